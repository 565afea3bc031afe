"""Logging a meeting with the keyboard alone, through the real main window and a real file.

Keys go to whatever widget has focus (`QApplication.focusWidget()`), as they
would for a user, so a broken tab order or a field that swallows Tab fails
here. Only ASCII goes through `keyClicks`: a non-ASCII character aborts the run.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from mentordesk import clock
from mentordesk.models import Person
from mentordesk.services import people as people_service
from mentordesk.services import relationships as rel_service
from mentordesk.storage.database import Database
from ui.dialogs.meeting_dialog import MeetingDialog
from ui.models import relationships_model as rm
from ui.views.relationships import RelationshipsView

START = clock.today() - timedelta(days=40)


@pytest.fixture
def rel_id(db: Database) -> str:
    mentor = people_service.add_person(db, Person(employee_id="E1", name="Anna Berg", email="anna@example.com",
                                                  role="mentor"))
    mentee = people_service.add_person(db, Person(employee_id="E2", name="Bram Claes", email="bram@example.com",
                                                  role="mentee"))
    rid = rel_service.start_relationship(db, mentor, mentee, start=START, cadence="fortnightly", mode="video")
    rel_service.add_goal(db, rid, "Present to the board")
    rel_service.log_meeting(db, rid, START, 50, "held", time="09:30")
    return rid


@pytest.fixture
def view(qtbot, open_window, db: Database, db_path: Path, rel_id: str) -> RelationshipsView:
    w = open_window(db_path)
    w.activateWindow()
    qtbot.waitActive(w)
    v = w.show_view("RelationshipsView")
    assert isinstance(v, RelationshipsView)
    assert v.open_relationship(rel_id)
    return v


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has keyboard focus"
    return widget


def press(qtbot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.NoModifier) -> None:
    qtbot.keyClick(focused(), key, modifier)


def type_text(qtbot, text: str) -> None:
    assert text.isascii()
    qtbot.keyClicks(focused(), text)


def open_with_ctrl_m(qtbot, view: RelationshipsView) -> MeetingDialog:
    qtbot.keyClick(view.table, Qt.Key_M, Qt.ControlModifier)
    qtbot.waitUntil(lambda: isinstance(view.dialog, MeetingDialog) and view.dialog.isVisible())
    dialog = view.dialog
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.date)
    return dialog


def test_log_missed_meeting_with_keyboard_only(qtbot, view: RelationshipsView, db: Database, rel_id: str) -> None:
    dialog = open_with_ctrl_m(qtbot, view)
    assert dialog.date.date().toPython() == clock.today()
    assert dialog.minutes.value() == 50  # the last meeting's duration
    assert dialog.mode.currentData() == "video"  # the relationship's mode

    press(qtbot, Qt.Key_Tab)
    assert focused() is dialog.time
    press(qtbot, Qt.Key_Tab)
    assert focused() is dialog.minutes
    type_text(qtbot, "30")
    press(qtbot, Qt.Key_Tab)
    assert focused() is dialog.mode
    press(qtbot, Qt.Key_Tab)
    assert focused() is dialog.outcome
    type_text(qtbot, "M")  # first letter: "Missed by mentor"
    assert dialog.outcome.currentData() == "missed_by_mentor"
    press(qtbot, Qt.Key_Down)
    assert dialog.outcome.currentData() == "missed_by_mentee"
    press(qtbot, Qt.Key_Tab)
    assert focused() is dialog.topics  # "with notice" is only asked for rescheduled meetings
    type_text(qtbot, "Phone did not connect")
    press(qtbot, Qt.Key_Return)

    qtbot.waitUntil(lambda: view.dialog is None)
    detail = rel_service.get_relationship(db, rel_id)
    logged = [m for m in detail.meetings if m.date == clock.today()]
    assert len(logged) == 1
    m = logged[0]
    assert (m.outcome, m.minutes, m.mode, m.topics, m.time) == (
        "missed_by_mentee", 30, "video", "Phone did not connect", "09:30")

    # the table shows it, newest first, and the list's counts moved
    row = view.meetings_model.find_row(lambda r: r.meeting is not None and r.meeting.id == m.id)
    assert row == 0
    assert view.meetings_model.index(row, rm.MEETING_OUTCOME).data() == "Missed by mentee"
    assert view.selected() is not None and view.selected().id == rel_id
    assert view.selected().meetings_missed == 1


def test_rescheduled_with_notice_box_and_ctrl_enter_from_notes(qtbot, view: RelationshipsView, db: Database,
                                                              rel_id: str) -> None:
    dialog = open_with_ctrl_m(qtbot, view)
    for _ in range(4):
        press(qtbot, Qt.Key_Tab)
    assert focused() is dialog.outcome
    type_text(qtbot, "R")
    assert dialog.outcome.currentData() == "rescheduled_by_mentor"
    press(qtbot, Qt.Key_Tab)
    assert focused() is dialog.with_notice and dialog.with_notice.isChecked()
    press(qtbot, Qt.Key_Space)
    assert not dialog.with_notice.isChecked()
    press(qtbot, Qt.Key_Tab)
    assert focused() is dialog.topics
    press(qtbot, Qt.Key_Tab)
    assert focused() is dialog.goals
    press(qtbot, Qt.Key_Tab)
    assert focused() is dialog.notes
    type_text(qtbot, "Mentor travelling")
    press(qtbot, Qt.Key_Tab)  # tabChangesFocus: Tab leaves the notes
    assert focused() is dialog.save_button
    press(qtbot, Qt.Key_Backtab)
    assert focused() is dialog.notes
    press(qtbot, Qt.Key_Return, Qt.ControlModifier)

    qtbot.waitUntil(lambda: view.dialog is None)
    m = [m for m in rel_service.get_relationship(db, rel_id).meetings if m.date == clock.today()][0]
    assert (m.outcome, m.with_notice, m.notes) == ("rescheduled_by_mentor", False, "Mentor travelling")


def test_held_meeting_with_zero_minutes_stays_open_and_writes_nothing(qtbot, view: RelationshipsView,
                                                                      db: Database, rel_id: str) -> None:
    before = rel_service.count_meetings(db, rel_id)
    dialog = open_with_ctrl_m(qtbot, view)
    press(qtbot, Qt.Key_Tab)
    press(qtbot, Qt.Key_Tab)
    assert focused() is dialog.minutes
    type_text(qtbot, "0")
    press(qtbot, Qt.Key_Return)

    assert dialog.isVisible() and view.dialog is dialog
    assert dialog.errors.isVisible()
    assert "held meeting lasts 1 to 600 minutes" in dialog.errors.text()
    assert dialog.errors.objectName() == "errors"
    assert rel_service.count_meetings(db, rel_id) == before

    # fix it from the keyboard: the dialog is still usable and now saves
    dialog.minutes.setFocus()
    dialog.minutes.selectAll()
    type_text(qtbot, "45")
    press(qtbot, Qt.Key_Return)
    qtbot.waitUntil(lambda: view.dialog is None)
    assert rel_service.count_meetings(db, rel_id) == before + 1


def test_date_before_start_refused(qtbot, view: RelationshipsView, db: Database, rel_id: str) -> None:
    before = rel_service.count_meetings(db, rel_id)
    dialog = open_with_ctrl_m(qtbot, view)
    earlier = START - timedelta(days=3)
    dialog.date.setDate(rm.qdate(earlier))
    press(qtbot, Qt.Key_Return)
    assert dialog.isVisible()
    assert "before the relationship started" in dialog.errors.text()
    assert rel_service.count_meetings(db, rel_id) == before


def test_escape_cancels_without_writing(qtbot, view: RelationshipsView, db: Database, rel_id: str) -> None:
    before = rel_service.count_meetings(db, rel_id)
    dialog = open_with_ctrl_m(qtbot, view)
    press(qtbot, Qt.Key_Tab)
    press(qtbot, Qt.Key_Tab)
    type_text(qtbot, "90")
    press(qtbot, Qt.Key_Escape)
    # Typed work is never thrown away unasked (ui/widgets/unsaved.py): HR discards it.
    from PySide6.QtWidgets import QMessageBox
    qtbot.waitUntil(lambda: dialog.findChild(QMessageBox, "unsavedBox") is not None)
    dialog.findChild(QMessageBox, "unsavedBox").button(QMessageBox.Discard).click()
    qtbot.waitUntil(lambda: view.dialog is None)
    assert _deleted(dialog) or not dialog.isVisible()
    assert rel_service.count_meetings(db, rel_id) == before


def test_goals_discussed_are_saved(qtbot, view: RelationshipsView, db: Database, rel_id: str) -> None:
    dialog = open_with_ctrl_m(qtbot, view)
    assert dialog.goals.count() == 1
    dialog.goals.item(0).setCheckState(Qt.Checked)
    press(qtbot, Qt.Key_Return)
    qtbot.waitUntil(lambda: view.dialog is None)
    detail = rel_service.get_relationship(db, rel_id)
    m = [m for m in detail.meetings if m.date == clock.today()][0]
    assert m.goals_discussed == (detail.goals[0].id,)


def test_editing_a_meeting_from_the_table(qtbot, view: RelationshipsView, db: Database, rel_id: str) -> None:
    row = view.meetings_model.find_row(lambda r: r.meeting is not None)
    meeting = view.meetings_model.record(row).meeting
    view.open_meeting_dialog(meeting)
    dialog = view.dialog
    assert isinstance(dialog, MeetingDialog) and dialog.windowTitle() == "Edit meeting"
    assert dialog.minutes.value() == 50 and dialog.time_text() == "09:30"
    dialog.minutes.setValue(75)
    dialog.accept()
    qtbot.waitUntil(lambda: view.dialog is None)
    updated = [m for m in rel_service.get_relationship(db, rel_id).meetings if m.id == meeting.id][0]
    assert updated.minutes == 75
    assert rel_service.count_meetings(db, rel_id) == 1


def _deleted(widget: QWidget) -> bool:
    try:
        widget.objectName()
    except RuntimeError:
        return True
    return False


def test_default_duration_is_sixty_without_meetings(qtbot, db: Database) -> None:
    a = people_service.add_person(db, Person(employee_id="E7", name="Cas Dekker", email="cas@example.com"))
    b = people_service.add_person(db, Person(employee_id="E8", name="Dana Eijk", email="dana@example.com"))
    rid = rel_service.start_relationship(db, a, b, start=date.today())
    dialog = MeetingDialog(db, rel_service.get_relationship(db, rid))
    qtbot.addWidget(dialog)
    assert dialog.minutes.value() == 60
    assert dialog.time_text() == ""  # no time given until HR types one
    assert not dialog.goals.isEnabled()
    assert not dialog.with_notice.isEnabled()
