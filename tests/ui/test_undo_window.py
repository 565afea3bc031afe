"""Edit > Undo in the window: the last import is put back after a question that says what is lost."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from mentordesk.models import Person
from mentordesk.services import people
from mentordesk.storage.database import Database
from ui.app import MainWindow
from ui.undo_menu import BOX_NAME, refresh_undo_action

DATA = Path(__file__).resolve().parent.parent / "data"


@pytest.fixture
def window(open_window, db_path: Path) -> MainWindow:
    Database.open(db_path).close()
    return open_window(db_path)


def imported(qtbot, window: MainWindow, csv: Path) -> None:
    window.last_import_report = None
    assert window.import_people(str(csv)) is not None
    qtbot.waitUntil(lambda: getattr(window, "last_import_report", None) is not None, timeout=20000)


def shown_boxes(window: MainWindow) -> list[QMessageBox]:
    return [b for b in window.findChildren(QMessageBox, BOX_NAME) if b.isVisible()]


def undo_box(qtbot, window: MainWindow) -> QMessageBox:
    qtbot.waitUntil(lambda: len(shown_boxes(window)) == 1)
    return shown_boxes(window)[0]


def test_edit_menu_undoes_the_last_import_after_asking(qtbot, window: MainWindow, tmp_path: Path) -> None:
    csv = tmp_path / "people.csv"
    shutil.copy(DATA / "people-sample.csv", csv)
    assert window.edit_menu.actions()[0] is window.undo_action
    assert window.undo_action.shortcut().matches(Qt.CTRL | Qt.Key_Z)
    refresh_undo_action(window)
    assert not window.undo_action.isEnabled()  # nothing done yet
    imported(qtbot, window, csv)
    assert people.count(window.db) == 7
    refresh_undo_action(window)
    assert window.undo_action.isEnabled() and window.undo_action.text() == "&Undo import of people.csv"
    people.add_person(window.db, Person(employee_id="L1", name="Late Lisa", email="lisa@example.com"))

    # Cancel: nothing changes.
    window.undo_action.trigger()
    box = undo_box(qtbot, window)
    assert box.text() == "Undo the import of people.csv?"
    assert "1 person" in box.informativeText()  # the change made since is named before it is lost
    qtbot.mouseClick(box.button(QMessageBox.Cancel), Qt.LeftButton)
    qtbot.waitUntil(lambda: not shown_boxes(window))
    assert people.count(window.db) == 8

    # Undo: back to before the import, the file reopened and editable.
    window.undo_action.trigger()
    box = undo_box(qtbot, window)
    undo_button = next(b for b in box.buttons() if b.text() == "Undo import of people.csv")
    qtbot.mouseClick(undo_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: window.db is not None and people.count(window.db) == 0)
    assert not window.db.readonly and window.lock is not None
    assert window.db.scalar("PRAGMA integrity_check") == "ok"
    refresh_undo_action(window)
    assert not window.undo_action.isEnabled()  # the same import is not undone twice


def test_another_file_does_not_offer_this_files_undo(qtbot, window: MainWindow, tmp_path: Path) -> None:
    csv = tmp_path / "staff.csv"
    shutil.copy(DATA / "people-sample.csv", csv)
    imported(qtbot, window, csv)
    refresh_undo_action(window)
    assert window.undo_action.text() == "&Undo import of staff.csv"
    other = tmp_path / "other.db"
    Database.open(other).close()
    assert window.open_file(other)
    refresh_undo_action(window)
    assert not window.undo_action.isEnabled() and window.undo_action.text() == "&Undo"
    window.undo_action.trigger()
    assert not shown_boxes(window)


def test_enrolling_several_people_is_one_undoable_bulk_action(qtbot, window: MainWindow) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    from mentordesk.models import Program
    from mentordesk.services import programs

    pid = programs.create_program(window.db, Program(name="Pilot", purpose="Grow leaders"))
    for i in range(3):
        people.add_person(window.db, Person(employee_id=f"M{i}", name=f"Mentor {i}", email=f"m{i}@example.com",
                                            role="mentor"))
    window.reload_all()
    view = window.show_view("ProgramsView")
    view.reload()
    view.enrol("mentor")
    dialog = view.dialog
    qtbot.waitUntil(dialog.isVisible)
    dialog.table.selectAll()
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.Ok), Qt.LeftButton)
    qtbot.waitUntil(lambda: len(programs.participants(window.db, pid)) == 3)
    refresh_undo_action(window)
    assert window.undo_action.text() == "&Undo enrolment of 3 people in Pilot"
    window.undo_action.trigger()
    box = undo_box(qtbot, window)
    qtbot.mouseClick(next(b for b in box.buttons() if b.text().startswith("Undo enrolment")), Qt.LeftButton)
    qtbot.waitUntil(lambda: window.db is not None and programs.participants(window.db, pid) == [])
    assert people.count(window.db) == 3  # only the enrolment is taken back
