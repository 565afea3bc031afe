"""File > Import People… reads the file once: the rows previewed are the rows imported, even when
the file is saved again, replaced or removed while the preview is open (real clicks)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from mentordesk.services import people
from ui.app import MainWindow

PREVIEWED = "employee_id,name,email\nR1,Rita Moreno,rita@example.com\nR2,Ralf Gerber,ralf@example.com\n"
REPLACED = "employee_id,name,email\nX9,Xavier Other,xavier@example.com\n"


def shown(qtbot, window: MainWindow, attribute: str):
    qtbot.waitUntil(lambda: getattr(window, attribute, None) is not None and getattr(window, attribute).isVisible(),
                    timeout=30_000)
    return getattr(window, attribute)


@pytest.mark.parametrize("meanwhile", ["saved again", "removed"])
def test_the_import_writes_the_rows_previewed(qtbot, open_window, db_path: Path, tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch, meanwhile: str) -> None:
    window = open_window(db_path)
    csv = tmp_path / "people.csv"
    csv.write_text(PREVIEWED, encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(csv), ""))
    window.import_people_dialog()
    preview = shown(qtbot, window, "import_preview_dialog")
    assert preview.summary.text().splitlines()[0] == "2 new people"
    if meanwhile == "saved again":
        csv.write_text(REPLACED, encoding="utf-8")
    else:
        csv.unlink()
    qtbot.mouseClick(preview.import_button, Qt.LeftButton)
    result = shown(qtbot, window, "import_result_dialog")
    assert result.text.text().splitlines()[0] == "2 people added"
    assert sorted(p.employee_id for p in people.list_people(window.db)) == ["R1", "R2"]
