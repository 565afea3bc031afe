"""File > Export > Relationships…/Meetings…/Goals…/Check-ins… in the real window, on a demo file."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from mentordesk.people_csv.cells import TRIGGERS


@pytest.fixture
def demo_window(open_window, demo_file: Path):
    return open_window(demo_file)


def test_export_menu_lists_the_four_tables(demo_window) -> None:
    texts = [a.text() for a in demo_window.export_menu.actions()]
    assert texts == ["&Relationships…", "&Meetings…", "&Goals…", "&Check-ins…"]
    assert demo_window.export_menu.menuAction() in demo_window.file_menu.actions()


@pytest.mark.parametrize("table,ending", [("relationships", "xlsx"), ("meetings", "csv"), ("goals", "xlsx"),
                                          ("checkins", "xlsx")])
def test_menu_export_writes_the_table(demo_window, qtbot, tmp_path: Path, no_task_left_running,
                                      table: str, ending: str) -> None:
    from ui.table_exports import export_table_dialog

    out = tmp_path / f"{table}.{ending}"
    export_table_dialog(demo_window, table, str(out))
    qtbot.waitUntil(lambda: "Exported" in demo_window.statusBar().currentMessage(), timeout=20000)
    assert out.exists() and out.stat().st_mode & 0o777 == 0o600
    if ending == "xlsx":
        rows = list(openpyxl.load_workbook(out).worksheets[0].iter_rows())
        assert len(rows) > 1
        assert all(c.data_type != "f" for row in rows for c in row)
        n = len(rows) - 1
    else:
        lines = out.read_text(encoding="utf-8-sig").splitlines()
        assert all(line[:1] not in TRIGGERS for line in lines)
        n = len(lines) - 1  # the demo's texts hold no line breaks
    assert f"Exported {n} rows to {out.name}" in demo_window.statusBar().currentMessage()
