"""Edit > Undo of a single edit in the window (issue 13): "Undo edit of María José Núñez", asked
first, the old values back on every screen, and a bulk action before it offered next."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from mentordesk.models import Person
from mentordesk.services import people, undo
from mentordesk.storage.database import Database
from tests.ui.test_undo_window import shown_boxes, undo_box
from ui.app import MainWindow
from ui.undo_menu import refresh_undo_action


@pytest.fixture
def window(open_window, db_path: Path) -> MainWindow:
    db = Database.open(db_path)
    try:
        with undo.undoable(db, "bulk", "approval of 2 pairs"):
            people.add_person(db, Person(employee_id="E1", name="María José Núñez", email="mj@example.es",
                                         department="Finance"))
    finally:
        db.close()
    return open_window(db_path)


def test_edit_undo_asks_then_puts_the_person_back_and_offers_the_bulk_action_next(qtbot, window):
    refresh_undo_action(window)
    assert window.undo_action.text() == "&Undo approval of 2 pairs"
    person_id = people.list_people(window.db)[0].id
    person = people.get_person(window.db, person_id)
    people.update_person(window.db, person_id, replace(person, department="Sales"))
    refresh_undo_action(window)
    assert window.undo_action.text() == "&Undo edit of María José Núñez"

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key_Z, Qt.ControlModifier)  # Ctrl+Z, as HR presses it
    box = undo_box(qtbot, window)
    assert box.text() == "Undo the edit of María José Núñez?"
    assert "nothing else in the file changes" in box.informativeText()
    qtbot.mouseClick(box.button(QMessageBox.Cancel), Qt.LeftButton)
    qtbot.waitUntil(lambda: not shown_boxes(window))
    assert people.get_person(window.db, person_id).department == "Sales"

    window.undo_action.trigger()
    box = undo_box(qtbot, window)
    button = next(b for b in box.buttons() if b.text() == "Undo edit of María José Núñez")
    qtbot.mouseClick(button, Qt.LeftButton)
    qtbot.waitUntil(lambda: people.get_person(window.db, person_id).department == "Finance")
    assert "Undone: edit of María José Núñez." in window.statusBar().currentMessage()
    refresh_undo_action(window)
    assert window.undo_action.text() == "&Undo approval of 2 pairs"  # the bulk action comes next

