"""Issue 13 in the window: Delete goal… / Delete check-in… ask first and delete only on "Delete";
a closed relationship offers nothing to add; a held meeting in the future is refused in the
meeting dialog with the service's sentence; archiving someone still paired warns and offers to
close the relationship. Real main window, real file, real clicks."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from mentordesk import clock
from mentordesk.models import Person
from mentordesk.services import people as people_service
from mentordesk.services import relationships as rel_service
from mentordesk.storage.database import Database
from ui.dialogs.meeting_dialog import MeetingDialog
from ui.dialogs.relationship_dialogs import CloseDialog
from ui.models.relationships_model import qdate
from ui.views.people import PeopleView
from ui.views.relationships import RelationshipsView

TODAY = clock.today()
START = TODAY - timedelta(days=60)


@pytest.fixture
def people(db: Database) -> dict[str, str]:
    return {name.split()[0]: people_service.add_person(
        db, Person(employee_id=eid, name=name, email=f"{eid.lower()}@example.com", role=role))
        for eid, name, role in (("E1", "Anna Berg", "mentor"), ("E2", "Bram Claes", "mentee"))}


@pytest.fixture
def rel_id(db: Database, people: dict[str, str]) -> str:
    rid = rel_service.start_relationship(db, people["Anna"], people["Bram"], start=START)
    rel_service.add_goal(db, rid, "Run a workshop", due_date=START + timedelta(days=10))
    rel_service.add_goal(db, rid, "Present to the board")
    rel_service.record_checkin(db, rid, "mentee", TODAY - timedelta(days=3), {"value_received": 4})
    rel_service.record_checkin(db, rid, "mentor", TODAY - timedelta(days=2), {"value_given": 2})
    return rid


@pytest.fixture
def window(open_window, db: Database, db_path: Path, rel_id: str):
    return open_window(db_path)


@pytest.fixture
def view(window, rel_id: str) -> RelationshipsView:
    v = window.show_view("RelationshipsView")
    assert isinstance(v, RelationshipsView) and v.open_relationship(rel_id)
    return v


def _select_row(table, row: int) -> None:
    table.selectionModel().select(table.model().index(row, 0),
                                  QItemSelectionModel.ClearAndSelect | QItemSelectionModel.Rows)


def _row_of(model, pred) -> int:
    return next(r for r in range(model.rowCount()) if pred(model.record(r)))


def _question(qtbot, view, name: str) -> QMessageBox:
    qtbot.waitUntil(lambda: isinstance(view.dialog, QMessageBox) and view.dialog.isVisible())
    box = view.dialog
    assert box.objectName() == name
    return box


def test_delete_goal_asks_and_cancel_keeps_it(qtbot, view: RelationshipsView, db: Database, rel_id: str) -> None:
    view.tabs.setCurrentIndex(0)
    assert not view.delete_goal_button.isEnabled()  # nothing selected yet
    _select_row(view.goals_table, _row_of(view.goals_model, lambda g: g.title == "Run a workshop"))
    assert view.delete_goal_button.isEnabled()
    qtbot.mouseClick(view.delete_goal_button, Qt.LeftButton)
    box = _question(qtbot, view, "confirmDeleteGoal")
    assert "Run a workshop" in box.text()
    assert box.defaultButton() is box.button(QMessageBox.Cancel)
    qtbot.mouseClick(box.button(QMessageBox.Cancel), Qt.LeftButton)
    qtbot.waitUntil(lambda: view.dialog is None)
    assert len(rel_service.get_relationship(db, rel_id).goals) == 2


def test_delete_goal_removes_it_from_view_and_attention(qtbot, window, view: RelationshipsView, db: Database,
                                                        rel_id: str) -> None:
    assert any(i.kind == "goal_past_due" for i in rel_service.attention_list(db))
    _select_row(view.goals_table, _row_of(view.goals_model, lambda g: g.title == "Run a workshop"))
    qtbot.mouseClick(view.delete_goal_button, Qt.LeftButton)
    box = _question(qtbot, view, "confirmDeleteGoal")
    assert box.button(QMessageBox.Yes).text() == "Delete"
    qtbot.mouseClick(box.button(QMessageBox.Yes), Qt.LeftButton)
    qtbot.waitUntil(lambda: view.dialog is None)
    assert [g.title for g in rel_service.get_relationship(db, rel_id).goals] == ["Present to the board"]
    qtbot.waitUntil(lambda: view.goals_model.rowCount() == 1)
    assert view.goals_model.record(0).title == "Present to the board"
    assert not any(i.kind == "goal_past_due" for i in rel_service.attention_list(db))
    attention = window.show_view("AttentionView")
    titles = [i.title for i in attention.model.rows()]
    assert titles and not any("Run a workshop" in t for t in titles)  # the page still lists other items
    assert "Goal deleted." in window.statusBar().currentMessage()


def test_delete_checkin_asks_then_deletes_only_that_one(qtbot, view: RelationshipsView, db: Database,
                                                        rel_id: str) -> None:
    view.tabs.setCurrentIndex(2)
    assert view.delete_checkin_button.isVisible() and not view.delete_checkin_button.isEnabled()
    _select_row(view.checkins_table, _row_of(view.checkins_model, lambda c: c.role == "mentor"))
    qtbot.mouseClick(view.delete_checkin_button, Qt.LeftButton)
    box = _question(qtbot, view, "confirmDeleteCheckin")
    assert "mentor's check-in" in box.text()
    qtbot.mouseClick(box.button(QMessageBox.Yes), Qt.LeftButton)
    qtbot.waitUntil(lambda: view.dialog is None)
    assert [c.role for c in rel_service.get_relationship(db, rel_id).checkins] == ["mentee"]
    qtbot.waitUntil(lambda: view.checkins_model.rowCount() == 1)
    assert view.checkins_model.record(0).role == "mentee"


def test_readonly_file_offers_no_delete(qtbot, view: RelationshipsView) -> None:
    _select_row(view.goals_table, 0)
    _select_row(view.checkins_table, 0)
    assert view.delete_goal_button.isEnabled() and view.delete_checkin_button.isEnabled()
    view.set_readonly(True)
    assert not view.delete_goal_button.isEnabled() and not view.delete_checkin_button.isEnabled()
    assert view.confirm_delete_goal() is None and view.confirm_delete_checkin() is None


def test_closed_relationship_offers_nothing_to_add_but_deletes(qtbot, view: RelationshipsView, db: Database,
                                                               rel_id: str) -> None:
    rel_service.close(db, rel_id, "completed")
    view.window_.reload_all()
    assert view.open_relationship(rel_id)
    for button in (view.meeting_button, view.checkin_button, view.add_goal_button):
        assert not button.isEnabled(), button.text()
    _select_row(view.goals_table, 0)
    assert not view.edit_goal_button.isEnabled() and view.delete_goal_button.isEnabled()
    # double-clicks and shortcuts do not open a form that could only be refused either
    assert view.open_meeting_dialog() is None and view.open_checkin_dialog() is None
    assert view.open_goal_dialog(edit=True) is None and view.open_goal_dialog(edit=False) is None
    assert view.dialog is None and "closed" in view.window_.statusBar().currentMessage()
    view.table.doubleClicked.emit(view.table.currentIndex())
    assert view.dialog is None


def test_meeting_dialog_refuses_a_held_meeting_tomorrow(qtbot, view: RelationshipsView, db: Database,
                                                        rel_id: str) -> None:
    qtbot.mouseClick(view.meeting_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: isinstance(view.dialog, MeetingDialog) and view.dialog.isVisible())
    dialog = view.dialog
    dialog.date.setDate(qdate(TODAY + timedelta(days=1)))
    dialog.outcome.setCurrentIndex(dialog.outcome.findData("held"))
    dialog.buttons.button(QDialogButtonBox.Save).click()
    assert dialog.isVisible() and "in the future" in dialog.errors.text()
    assert rel_service.count_meetings(db, rel_id) == 0
    dialog.outcome.setCurrentIndex(dialog.outcome.findData("cancelled"))
    dialog.buttons.button(QDialogButtonBox.Save).click()
    qtbot.waitUntil(lambda: view.dialog is None)
    assert rel_service.count_meetings(db, rel_id) == 1


@pytest.mark.parametrize("choice", ["keepGoing", "closeRelationship"])
def test_archiving_a_paired_person_warns_and_offers_to_close(qtbot, window, db: Database, people, rel_id,
                                                             choice: str) -> None:
    people_view = window.show_view("PeopleView")
    assert isinstance(people_view, PeopleView) and people_view.select_person(people["Bram"])
    qtbot.mouseClick(people_view.archive_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: getattr(people_view, "archive_warning", None) is not None
                    and people_view.archive_warning.isVisible())
    box = people_view.archive_warning
    assert box.objectName() == "archivedStillPaired"
    assert "Bram Claes is archived" in box.text() and "Anna Berg & Bram Claes" in box.text()
    assert people_service.get_person(db, people["Bram"]).archived  # archiving itself is never refused
    button = next(b for b in box.buttons() if b.objectName() == choice)
    qtbot.mouseClick(button, Qt.LeftButton)
    view = window.views["RelationshipsView"]
    if choice == "keepGoing":
        assert rel_service.get_relationship(db, rel_id).summary.health == "at_risk"
        assert any(i.kind == "archived_partner" for i in rel_service.attention_list(db))
        attention = window.show_view("AttentionView")
        flagged = [i for i in attention.model.rows() if i.kind == "archived_partner"]
        assert [(i.relationship_id, i.severity) for i in flagged] == [(rel_id, "high")]
        return
    qtbot.waitUntil(lambda: isinstance(view.dialog, CloseDialog) and view.dialog.isVisible())
    assert window.current_view() is view and view.selected_id() == rel_id
    dialog = view.dialog
    dialog.outcome.setCurrentIndex(dialog.outcome.findData("mentee_withdrew"))
    qtbot.keyClicks(dialog.reason, "Left the company")
    dialog.buttons.button(QDialogButtonBox.Ok).click()
    qtbot.waitUntil(lambda: view.dialog is None)
    assert rel_service.get_relationship(db, rel_id).summary.status == "closed"
    assert not any(i.kind == "archived_partner" for i in rel_service.attention_list(db))


def test_screenshot_of_the_new_buttons(qtbot, window, view: RelationshipsView, screenshot) -> None:
    """Checked for size and that it painted; MENTORDESK_SHOT_DIR keeps a copy for a person to look at."""
    window.resize(1280, 720)
    view.tabs.setCurrentIndex(0)
    _select_row(view.goals_table, 0)
    qtbot.waitUntil(lambda: view.delete_goal_button.isVisible())
    out = screenshot(window, "relationships_goals_1280x720.png")
    view.tabs.setCurrentIndex(2)
    _select_row(view.checkins_table, 0)
    qtbot.waitUntil(lambda: view.delete_checkin_button.isVisible())
    screenshot(window, "relationships_checkins_1280x720.png")
    assert out.stat().st_size > 10_000
    right = view.delete_goal_button.mapTo(window, view.delete_goal_button.rect().bottomRight())
    assert right.x() <= 1280 and right.y() <= 720  # the button is on screen at 1280x720
