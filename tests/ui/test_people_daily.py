"""The People screen for a week of daily use (issue 13): filters, columns, bulk actions, undo, history.

Real windows on real files, driven with clicks and keys (qtbot); background work is
waited for through `ui.tasks`, never with sleeps.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from mentordesk.models import Person, Program
from mentordesk.services import people as people_service
from mentordesk.services import programs, relationships
from mentordesk.storage.database import Database
from ui import tasks
from ui.models import people_model as pm
from ui.undo_menu import BOX_NAME
from ui.views.people import PeopleView
from ui.views.people.bulk_actions import BulkChoiceDialog

DEPARTMENTS = ["Sales", "Finance", "Legal"]
BRANCHES = ["Madrid", "Lyon"]


def _fill(path: Path, n: int) -> dict[str, str]:
    """`n` people over three departments and two branches, every third a mentor; one program."""
    db = Database.open(path)
    try:
        ids = {}
        for i in range(n):
            ids[f"E{i:03d}"] = people_service.add_person(db, Person(
                employee_id=f"E{i:03d}", name=f"Person {i:03d}", email=f"p{i}@example.com",
                department=DEPARTMENTS[i % 3], branch=BRANCHES[i % 2], role="mentor" if i % 3 == 0 else "mentee"))
        ids["program"] = programs.create_program(db, Program(name="Spring cohort"))
        return ids
    finally:
        db.close()


@pytest.fixture
def company(db_path: Path) -> dict[str, str]:
    return _fill(db_path, 30)


@pytest.fixture
def view(open_window, db_path: Path, company) -> PeopleView:
    window = open_window(db_path, size=(1280, 720))
    v = window.show_view("PeopleView")
    assert isinstance(v, PeopleView)
    return v


def shown(view: PeopleView) -> list[Person]:
    return view.model.rows()


def click_row(qtbot, view: PeopleView, row: int, modifier=Qt.NoModifier) -> None:
    index = view.model.index(row, pm.NAME)
    view.table.scrollTo(index)
    qtbot.mouseClick(view.table.viewport(), Qt.LeftButton, modifier, view.table.visualRect(index).center())


def choose(qtbot, combo, text: str) -> None:
    """Pick an item as HR does with the keyboard: focus the combo and type the start of its text."""
    combo.setFocus()
    qtbot.keyClicks(combo, text)
    assert combo.currentText().startswith(text)


# -- filters ----------------------------------------------------------------------------------

def test_filter_by_department_branch_role_and_program_with_the_search(qtbot, view: PeopleView, company) -> None:
    everyone = people_service.list_people(view.db)
    choose(qtbot, view.filters.department, "Sales")
    assert {p.department for p in shown(view)} == {"Sales"}
    assert len(shown(view)) == sum(p.department == "Sales" for p in everyone) == 10
    assert view.count_label.text() == "10 of 30 shown"
    choose(qtbot, view.filters.branch, "Lyon")
    assert {(p.department, p.branch) for p in shown(view)} == {("Sales", "Lyon")}
    choose(qtbot, view.filters.role, "Mentor")
    expected = [p.name for p in everyone if p.department == "Sales" and p.branch == "Lyon" and p.role == "mentor"]
    assert [p.name for p in shown(view)] == sorted(expected) and expected
    qtbot.keyClicks(view.search, expected[0][-3:])  # the search narrows the filtered list
    assert [p.name for p in shown(view)] == [expected[0]]
    view.search.clear()
    qtbot.mouseClick(view.filters.clear_button, Qt.LeftButton)
    assert len(shown(view)) == 30 and not view.filters.clear_button.isEnabled()
    # program: only the people enrolled in it, whatever their role or decision
    programs.enrol(view.db, company["program"], company["E004"], "mentee")
    programs.enrol(view.db, company["program"], company["E009"], "mentor", "accepted")
    view.window_.reload_all()
    choose(qtbot, view.filters.program, "Spring")
    assert [p.employee_id for p in shown(view)] == ["E004", "E009"]
    qtbot.keyClicks(view.search, "nobody at all")
    assert shown(view) == [] and "filters" in view.detail.empty.text()


def test_a_filter_choice_survives_a_reload_and_a_vanished_value_falls_back_to_all(qtbot, view: PeopleView,
                                                                                   company) -> None:
    choose(qtbot, view.filters.department, "Legal")
    view.window_.reload_all()
    assert view.filters.department.currentText() == "Legal" and {p.department for p in shown(view)} == {"Legal"}
    for p in list(shown(view)):
        person = people_service.get_person(view.db, p.id)  # the table holds list rows, not whole people
        people_service.update_person(view.db, p.id, replace(person, department="Finance"))
    view.window_.reload_all()
    assert view.filters.current().department is None and len(shown(view)) == 30


# -- columns ----------------------------------------------------------------------------------

def header_menu(qtbot, view: PeopleView):
    header = view.table.horizontalHeader()
    pos = QPoint(10, header.height() // 2)
    QApplication.sendEvent(header.viewport(), QContextMenuEvent(QContextMenuEvent.Mouse, pos,
                                                                header.viewport().mapToGlobal(pos)))
    menu = view.columns.last_menu
    qtbot.waitUntil(lambda: menu is not None and menu.isVisible())
    return menu


def click_action(qtbot, menu, text: str) -> None:
    action = next(a for a in menu.actions() if a.text() == text)
    qtbot.mouseClick(menu, Qt.LeftButton, pos=menu.actionGeometry(action).center())


def test_hide_a_column_and_it_stays_hidden_after_reopening(qtbot, view: PeopleView, open_window,
                                                           db_path: Path) -> None:
    menu = header_menu(qtbot, view)
    name_action = next(a for a in menu.actions() if a.text() == "Name")
    assert not name_action.isEnabled()  # the name always shows
    click_action(qtbot, menu, "Email")
    assert view.table.isColumnHidden(pm.EMAIL)
    click_action(qtbot, header_menu(qtbot, view), "Hire date")
    assert view.table.isColumnHidden(pm.HIRE_DATE) and not view.table.isColumnHidden(pm.DEPARTMENT)
    view.window_.close()

    again = open_window(db_path).show_view("PeopleView")
    assert again.table.isColumnHidden(pm.EMAIL) and again.table.isColumnHidden(pm.HIRE_DATE)
    assert [c for c in range(again.model.columnCount()) if again.table.isColumnHidden(c)] == [pm.EMAIL,
                                                                                              pm.HIRE_DATE]
    # View > People Columns shows the same choice and brings a column back
    columns_menu = again.window_.people_columns_menu
    columns_menu.aboutToShow.emit()
    email = next(a for a in columns_menu.actions() if a.text() == "Email")
    assert not email.isChecked()
    email.trigger()
    assert not again.table.isColumnHidden(pm.EMAIL)
    third = open_window(db_path).show_view("PeopleView")
    assert not third.table.isColumnHidden(pm.EMAIL) and third.table.isColumnHidden(pm.HIRE_DATE)


# -- bulk actions and undo --------------------------------------------------------------------

def undo_box(qtbot, window) -> QMessageBox:
    qtbot.waitUntil(lambda: any(b.isVisible() for b in window.findChildren(QMessageBox, BOX_NAME)))
    return next(b for b in window.findChildren(QMessageBox, BOX_NAME) if b.isVisible())


def test_ctrl_click_three_archive_them_and_edit_undo_restores(qtbot, view: PeopleView, db_path: Path) -> None:
    click_row(qtbot, view, 2)
    click_row(qtbot, view, 5, Qt.ControlModifier)
    click_row(qtbot, view, 7, Qt.ControlModifier)
    chosen = [p.employee_id for p in view.selected_people()]
    assert chosen == ["E002", "E005", "E007"]
    assert view.selection_bar.isVisible() and view.selection_label.text() == "3 people selected"
    assert not view.edit_button.isEnabled() and view.archive_button.text() == "Archive"
    qtbot.mouseClick(view.archive_button, Qt.LeftButton)
    assert tasks.wait_for_all(30_000)
    archived = {r["employee_id"] for r in view.db.query("SELECT employee_id FROM people WHERE archived = 1")}
    assert archived == set(chosen)
    assert len(shown(view)) == 27 and "archiving of 3 people" in view.window_.statusBar().currentMessage()

    window = view.window_
    window.undo_action.trigger()
    box = undo_box(qtbot, window)
    assert box.text() == "Undo the archiving of 3 people?"
    qtbot.mouseClick(next(b for b in box.buttons() if b.text().startswith("Undo archiving")), Qt.LeftButton)
    qtbot.waitUntil(lambda: window.db is not None
                    and window.db.scalar("SELECT count(*) FROM people WHERE archived = 1") == 0)
    assert len(window.views["PeopleView"].model.rows()) == 30


def test_restore_several_and_change_their_role(qtbot, view: PeopleView, company) -> None:
    view.show_archived.setChecked(True)
    people_service.set_archived(view.db, company["E001"], True)
    people_service.set_archived(view.db, company["E002"], True)
    view.window_.reload_all()
    click_row(qtbot, view, 1)
    click_row(qtbot, view, 2, Qt.ShiftModifier)
    assert view.archive_button.text() == "Restore"
    qtbot.mouseClick(view.archive_button, Qt.LeftButton)
    assert tasks.wait_for_all(30_000)
    assert view.db.scalar("SELECT count(*) FROM people WHERE archived = 1") == 0
    click_row(qtbot, view, 3)
    click_row(qtbot, view, 4, Qt.ControlModifier)
    enabled = {a.text(): a.isEnabled() for a in view.person_menu().actions() if a.text()}
    assert enabled["Change role…"] and enabled["Enrol in program…"] and not enabled["Edit…"]
    qtbot.mouseClick(view.role_button, Qt.LeftButton)
    dialog = view.bulk.dialog
    assert isinstance(dialog, BulkChoiceDialog)
    qtbot.waitUntil(dialog.isVisible)
    choose(qtbot, dialog.combos["role"], "Mentor and")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.Ok), Qt.LeftButton)
    assert tasks.wait_for_all(30_000)
    roles = {r["employee_id"]: r["role"] for r in view.db.query("SELECT employee_id, role FROM people")}
    assert roles["E003"] == roles["E004"] == "both" and roles["E005"] != "both"


def test_enrol_400_people_with_progress_while_the_window_keeps_responding(qtbot, open_window,
                                                                         tmp_path: Path) -> None:
    path = tmp_path / "big.db"
    ids = _fill(path, 400)
    window = open_window(path, size=(1280, 720))
    view = window.show_view("PeopleView")
    click_row(qtbot, view, 0)
    qtbot.keyClick(view.table, Qt.Key_A, Qt.ControlModifier)
    assert len(view.selected_people()) == 400 and view.selection_label.text() == "400 people selected"
    qtbot.mouseClick(view.enrol_button, Qt.LeftButton)
    dialog = view.bulk.dialog
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.combos["program"].currentData() == ids["program"]
    choose(qtbot, dialog.combos["status"], "Accepted")

    ticks: list[int] = []  # the window's event loop, counted while the enrolment runs
    timer = QTimer(window)
    timer.timeout.connect(lambda: ticks.append(tasks.running_count()))
    timer.start(0)
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.Ok), Qt.LeftButton)
    task = view.bulk.task
    assert task is not None and tasks.running_count() == 1 and task.dialog is not None
    assert task.dialog.labelText() == "Enrolling people…"
    assert tasks.wait_for_all(60_000)
    timer.stop()
    assert sum(1 for running in ticks if running) > 0  # events were handled while it worked
    assert task.ctx.snapshot()[:2] == (400, 400)
    parts = programs.participants(window.db, ids["program"])
    assert len(parts) == 400 and {p.status for p in parts} == {"accepted"}
    assert "enrolment of 400 people in Spring cohort" in window.statusBar().currentMessage()


def test_archiving_people_still_paired_warns_once(qtbot, view: PeopleView, company) -> None:
    relationships.start_relationship(view.db, company["E000"], company["E001"], start=dt.date(2026, 1, 5))
    view.window_.reload_all()
    click_row(qtbot, view, 0)
    click_row(qtbot, view, 1, Qt.ControlModifier)
    qtbot.mouseClick(view.archive_button, Qt.LeftButton)
    assert tasks.wait_for_all(30_000)
    box = view.bulk.paired_box
    assert box is not None and box.isVisible()
    assert box.text() == "1 relationship still runs with someone just archived:"
    assert "Person 000 & Person 001" in box.informativeText()


# -- history ----------------------------------------------------------------------------------

def test_history_tab_shows_a_past_mentor(qtbot, view: PeopleView, company) -> None:
    db = view.db
    rel = relationships.start_relationship(db, company["E000"], company["E001"], company["program"],
                                           start=dt.date(2025, 2, 3))
    relationships.close(db, rel, "completed", closed_on=dt.date(2025, 10, 31))
    relationships.start_relationship(db, company["E003"], company["E001"], start=dt.date(2026, 1, 5))
    view.window_.reload_all()
    assert view.select_person(company["E001"])
    tab_bar = view.detail_tabs.tabBar()
    qtbot.mouseClick(tab_bar, Qt.LeftButton, pos=tab_bar.tabRect(1).center())
    assert view.detail_tabs.currentWidget() is view.history
    from PySide6.QtWidgets import QLabel

    # the "select a person" message is gone at once, not drawn under the history until the loop runs
    assert [w for w in view.history.findChildren(QLabel, "historyEmpty") if w.isVisible()] == []
    mentors = view.history.sections["mentors"]
    assert mentors[0].startswith("Person 000 (") and "now" not in mentors[0]
    assert mentors[1].startswith("Person 003 (now")
    assert any("Mentee of Person 000" in line and "Completed" in line
               for line in view.history.sections["relationships"])
    assert view.history.sections["mentees"] == []
    # a relationship's line opens it on the Relationships screen
    link = view.history.links[rel]
    qtbot.mouseClick(link, Qt.LeftButton, pos=QPoint(12, link.fontMetrics().height() // 2))
    relationships_view = view.window_.current_view()
    assert type(relationships_view).__name__ == "RelationshipsView"
    assert relationships_view.selected().id == rel
    view.window_.show_view("PeopleView")
    # another person: read again for them
    click_row(qtbot, view, 0)
    assert view.history.sections["mentees"][0].startswith("Person 001")



def test_cancel_on_the_progress_bar_changes_nobody(qtbot, view: PeopleView, db_path: Path) -> None:
    """Another process holds the write lock, so the bulk action waits visibly; Cancel then rolls it back."""
    import sqlite3

    from PySide6.QtWidgets import QPushButton

    from mentordesk.services import undo

    other = sqlite3.connect(db_path)
    other.execute("BEGIN IMMEDIATE")  # someone else is saving
    try:
        click_row(qtbot, view, 0)
        qtbot.keyClick(view.table, Qt.Key_A, Qt.ControlModifier)
        qtbot.mouseClick(view.archive_button, Qt.LeftButton)
        task = view.bulk.task
        assert task is not None and tasks.running_count() == 1
        qtbot.waitUntil(lambda: task.dialog is not None and task.dialog.isVisible(), timeout=10_000)
        cancel = next(b for b in task.dialog.findChildren(QPushButton) if b.text() == "Cancel")
        qtbot.mouseClick(cancel, Qt.LeftButton)
    finally:
        other.rollback()
        other.close()
    assert tasks.wait_for_all(30_000)
    assert view.db.scalar("SELECT count(*) FROM people WHERE archived = 1") == 0
    assert undo.last_undo(view.db) is None
    assert view.window_.statusBar().currentMessage() == "Cancelled. Nobody was changed."
    assert len(shown(view)) == 30


def test_someone_removed_elsewhere_stops_the_bulk_action_with_a_sentence(qtbot, view: PeopleView,
                                                                          company) -> None:
    from mentordesk.storage import rows

    click_row(qtbot, view, 0)
    click_row(qtbot, view, 1, Qt.ControlModifier)
    click_row(qtbot, view, 2, Qt.ControlModifier)
    with view.db.transaction() as conn:  # e.g. a merge from a branch file erased one of them meanwhile
        rows.tombstone(conn, "people", company["E001"])
    qtbot.mouseClick(view.archive_button, Qt.LeftButton)
    assert tasks.wait_for_all(30_000)
    boxes = [b for b in view.findChildren(QMessageBox, "errorBox") if b.isVisible()]
    assert len(boxes) == 1 and "no longer exists" in boxes[0].text() and "Nobody was changed" in boxes[0].text()
    assert "Traceback" not in boxes[0].text()
    assert view.db.scalar("SELECT count(*) FROM people WHERE archived = 1") == 0
    assert company["E001"] not in {p.id for p in shown(view)}  # the list shows the file as it is now
