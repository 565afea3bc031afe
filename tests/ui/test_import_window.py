"""File > Import People… from the window: off the UI thread, errors listed by line, cancel."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from mentordesk.people_csv import CompetencyLevel, PersonRow, write_people
from mentordesk.services import people
from ui import tasks
from ui.app import MainWindow

DATA = Path(__file__).resolve().parent.parent / "data"


@pytest.fixture
def window(open_window, db_path: Path) -> MainWindow:
    return open_window(db_path, show=False)


def test_import_runs_in_background_and_reloads(qtbot, window: MainWindow) -> None:
    task = window.import_people(str(DATA / "people-sample.csv"))
    assert task is not None
    qtbot.waitUntil(lambda: getattr(window, "last_import_report", None) is not None, timeout=20000)
    assert window.last_import_report.added == 7
    assert people.count(window.db) == 7
    view = window.views["PeopleView"]
    assert view.model.rowCount() == 7


def test_bad_file_shows_every_line_and_imports_nothing(qtbot, window: MainWindow,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    boxes: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "open", lambda self: boxes.append(self))
    window.import_people(str(DATA / "people-bad-rows.csv"))
    qtbot.waitUntil(lambda: bool(boxes), timeout=20000)
    box = boxes[0]
    assert "Nothing was saved" in box.text() or "problem" in box.text()
    assert "Line " in box.detailedText()
    assert box.detailedText().count("Line ") == len(window.last_import_error.problems)
    assert people.count(window.db) == 0


def test_import_can_be_cancelled(qtbot, window: MainWindow, tmp_path: Path) -> None:
    rows = [PersonRow(line=i + 2, employee_id=f"C{i}", name=f"Person {i}", email=f"c{i}@example.com",
                      competencies=(CompetencyLevel("Excel", 1, 3),)) for i in range(4000)]
    big = tmp_path / "big.csv"
    write_people(rows, big)
    cancelled: list[bool] = []
    task = window.import_people(str(big))
    task._on_cancel = lambda: cancelled.append(True)
    task.cancel()
    assert tasks.wait_for_all(30_000)
    assert task not in tasks.running_tasks() and task.error is not None
    assert cancelled == [True]
    assert people.count(window.db) == 0
