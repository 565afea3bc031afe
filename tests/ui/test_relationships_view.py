"""The Relationships screen through the real main window and a real file per test."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from mentordesk import clock
from mentordesk.models import MentorProfile, Person
from mentordesk.services import people as people_service
from mentordesk.services import relationships as rel_service
from mentordesk.storage.database import Database
from ui.dialogs.checkin_dialog import CheckinDialog
from ui.dialogs.goal_dialog import GoalDialog
from ui.dialogs.relationship_dialogs import CloseDialog, ExtendDialog, NextStageDialog, PairDialog
from ui.models import relationships_model as rm
from ui.views.relationships import RelationshipsView

TODAY = clock.today()
START = TODAY - timedelta(days=60)


@pytest.fixture
def people(db: Database) -> dict[str, str]:
    ids = {}
    for eid, name, role in (("E1", "Anna Berg", "mentor"), ("E2", "Bram Claes", "mentee"),
                            ("E3", "Cora Dijk", "mentee"), ("E4", "Daan Eck", "mentor")):
        ids[name.split()[0]] = people_service.add_person(
            db, Person(employee_id=eid, name=name, email=f"{eid.lower()}@example.com", role=role))
    people_service.save_mentor_profile(db, MentorProfile(person_id=ids["Anna"], capacity=1))
    return ids


@pytest.fixture
def rel_id(db: Database, people: dict[str, str]) -> str:
    return rel_service.start_relationship(db, people["Anna"], people["Bram"], start=START)


@pytest.fixture
def window(open_window, db: Database, db_path: Path, rel_id: str):
    return open_window(db_path)


@pytest.fixture
def view(window) -> RelationshipsView:
    v = window.show_view("RelationshipsView")
    assert isinstance(v, RelationshipsView)
    return v


def _ok(dialog) -> None:
    QTest.mouseClick(dialog.buttons.button(QDialogButtonBox.Ok), Qt.LeftButton)


def _show_tab(qtbot, view: RelationshipsView, index: int) -> None:
    """Click the title of the detail pane's tab `index`."""
    bar = view.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.LeftButton, pos=bar.tabRect(index).center())
    assert view.tabs.currentIndex() == index


def _click_row(qtbot, view: RelationshipsView, table, row: int) -> None:
    """Click a row of one of the detail pane's tables, its tab brought to the front first."""
    page = table
    while page.parentWidget().parentWidget() is not view.tabs:
        page = page.parentWidget()
    _show_tab(qtbot, view, view.tabs.indexOf(page))
    index = table.model().index(row, 0)
    table.scrollTo(index)
    qtbot.mouseClick(table.viewport(), Qt.LeftButton, pos=table.visualRect(index).center())
    assert [i.row() for i in table.selectionModel().selectedRows()] == [row]


def _wait_closed(qtbot, view: RelationshipsView) -> None:
    qtbot.waitUntil(lambda: view.dialog is None)


def test_title_list_and_buttons_follow_selection(view: RelationshipsView, rel_id: str) -> None:
    assert view.title() == "Relationships"
    assert view.model.rowCount() == 1
    assert view.selected() is None and view.empty.isVisible()
    actions = (view.meeting_button, view.checkin_button, view.stage_button, view.extend_button,
               view.close_button)
    assert view.pair_button.isEnabled()
    assert not any(b.isEnabled() for b in actions)
    assert view.meeting_button.shortcut().toString() == "Ctrl+M"

    assert view.open_relationship(rel_id)
    assert all(b.isEnabled() for b in actions)
    assert view.heading.text() == "Anna Berg mentoring Bram Claes"
    assert view.model.index(0, rm.HEALTH).data() in ("At risk", "Needs a check-in", "On track",
                                                     "Too early to tell")
    assert view.model.index(0, rm.STAGE).data() == "1 · Getting to know each other"

    view.set_readonly(True)
    assert not view.pair_button.isEnabled()
    assert not any(b.isEnabled() for b in actions)
    assert not view.add_goal_button.isEnabled()
    assert view.open_meeting_dialog() is None
    view.set_readonly(False)
    assert all(b.isEnabled() for b in actions)


def test_filters_search_and_selection_kept_across_reloads(qtbot, window, view: RelationshipsView, db: Database,
                                                          people: dict[str, str], rel_id: str) -> None:
    other = rel_service.start_relationship(db, people["Daan"], people["Cora"], start=START)
    window.reload_all()
    assert view.model.rowCount() == 2
    assert view.open_relationship(other)
    window.reload_all()
    assert view.selected().id == other
    view.table.sortByColumn(rm.MENTEE, Qt.DescendingOrder)
    assert view.selected().id == other

    qtbot.keyClicks(view.search, "cora")
    assert [r.id for r in view.model.rows()] == [other]
    assert view.count_label.text() == "1 of 2 shown"
    view.search.setText("nobody")
    assert view.model.rowCount() == 0 and view.selected() is None
    assert "No relationship matches" in view.empty.text()

    # the attention page opens a relationship the filters hide: filters are cleared
    assert view.open_relationship(rel_id)
    assert view.search.text() == "" and view.selected().id == rel_id

    rel_service.close(db, other, "completed", closed_on=TODAY)
    window.reload_all()
    assert [r.id for r in view.model.rows()] == [rel_id]  # active only by default
    view.status_filter.setCurrentIndex(view.status_filter.findData("closed"))
    assert [r.id for r in view.model.rows()] == [other]
    view.status_filter.setCurrentIndex(view.status_filter.findData(None))
    assert view.model.rowCount() == 2

    # opening a closed pair while only active ones are shown widens the status filter, and only that
    view.status_filter.setCurrentIndex(view.status_filter.findData("active"))
    qtbot.keyClicks(view.search, "berg")
    assert view.open_relationship(other)
    assert view.status_filter.currentData() is None and view.selected().id == other


def test_checkin_saved(qtbot, view: RelationshipsView, db: Database, rel_id: str) -> None:
    view.open_relationship(rel_id)
    qtbot.mouseClick(view.checkin_button, Qt.LeftButton)
    dialog = view.dialog
    assert isinstance(dialog, CheckinDialog)
    dialog.role.setCurrentIndex(dialog.role.findData("mentee"))
    assert dialog.answering.text() == "Bram Claes"
    dialog.set_score("value_received", 4)
    qtbot.mouseClick(dialog.groups["trust_respect"].button(5), Qt.LeftButton)
    qtbot.keyClicks(dialog.comments["trust_respect"], "We get on well")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.Save), Qt.LeftButton)
    _wait_closed(qtbot, view)

    checkins = rel_service.get_relationship(db, rel_id).checkins
    assert len(checkins) == 1
    c = checkins[0]
    assert (c.role, c.date, c.scores, c.comments) == (
        "mentee", TODAY, {"value_received": 4, "trust_respect": 5}, {"trust_respect": "We get on well"})
    assert view.checkins_model.rowCount() == 1
    assert view.checkins_model.index(0, 1).data() == "Mentee"
    assert view.checkins_model.index(0, 2).data() == "4.5"


def test_empty_checkin_refused_and_dialog_stays(qtbot, view: RelationshipsView, db: Database, rel_id: str) -> None:
    view.open_relationship(rel_id)
    qtbot.mouseClick(view.checkin_button, Qt.LeftButton)
    dialog = view.dialog
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.Save), Qt.LeftButton)
    assert dialog.isVisible() and "no answers" in dialog.errors.text()
    assert rel_service.get_relationship(db, rel_id).checkins == ()


def test_close_needs_reason_then_frees_the_mentor(qtbot, view: RelationshipsView, db: Database,
                                                 people: dict[str, str], rel_id: str) -> None:
    problems = rel_service.pairing_problems(db, people["Anna"], people["Cora"])
    assert any("full capacity" in p for p in problems)

    view.open_relationship(rel_id)
    qtbot.mouseClick(view.close_button, Qt.LeftButton)
    dialog = view.dialog
    assert isinstance(dialog, CloseDialog)
    dialog.outcome.setCurrentIndex(dialog.outcome.findData("mentor_withdrew"))
    assert "required" in dialog.reason_label.text()
    _ok(dialog)
    assert dialog.isVisible() and "Give a reason" in dialog.errors.text()
    assert rel_service.get_relationship(db, rel_id).summary.status == "active"

    qtbot.keyClicks(dialog.reason, "Moved to another branch")
    qtbot.keyClicks(dialog.reflection, "Good start on the business case")
    _ok(dialog)
    _wait_closed(qtbot, view)
    detail = rel_service.get_relationship(db, rel_id)
    assert detail.summary.status == "closed" and detail.summary.closure_outcome == "mentor_withdrew"
    assert detail.closure_reason == "Moved to another branch"
    assert view.selected().id == rel_id and view.status_filter.currentData() is None  # still in sight
    assert not view.close_button.isEnabled() and not view.stage_button.isEnabled()
    assert "Mentor withdrew" in view.history.text() and "Moved to another branch" in view.history.text()
    assert rel_service.pairing_problems(db, people["Anna"], people["Cora"]) == []

    # the pair dialog now accepts Anna for Cora, live
    view.open_pair_dialog()
    pair = view.dialog
    assert isinstance(pair, PairDialog)
    assert not pair.ok_button.isEnabled()
    pair.mentor.select_person(people["Anna"])
    pair.mentee.select_person(people["Bram"])
    assert pair.ok_button.isEnabled()  # the old pair is closed, so no "already active"
    pair.mentee.select_person(people["Cora"])
    assert pair.problems.isHidden() and pair.ok_button.isEnabled()
    _ok(pair)
    _wait_closed(qtbot, view)
    new = view.selected()
    assert new is not None and (new.mentor_name, new.mentee_name) == ("Anna Berg", "Cora Dijk")
    assert rel_service.pairing_problems(db, people["Anna"], people["Bram"])  # capacity full again


def test_pair_dialog_shows_problems_live(qtbot, view: RelationshipsView, people: dict[str, str]) -> None:
    pair = view.open_pair_dialog()
    pair.mentor.select_person(people["Anna"])
    pair.mentee.select_person(people["Cora"])
    assert "full capacity" in pair.problems.text()
    assert not pair.ok_button.isEnabled()
    pair.mentor.select_person(people["Daan"])
    assert pair.ok_button.isEnabled()
    # typing part of a name is not a choice yet
    pair.mentee.setEditText("Cor")
    assert pair.mentee.person_id() is None and not pair.ok_button.isEnabled()


def test_timeline_shows_current_stage_and_next_stage_moves_it(qtbot, view: RelationshipsView, db: Database,
                                                             rel_id: str) -> None:
    view.open_relationship(rel_id)
    assert view.timeline.current_stage() == 1
    assert view.timeline.began_on(1) == START
    assert "1. Getting to know each other" in view.timeline.description()
    assert "current" in view.timeline.description().splitlines()[0]

    qtbot.mouseClick(view.stage_button, Qt.LeftButton)
    dialog = view.dialog
    assert isinstance(dialog, NextStageDialog)
    assert dialog.stage_label.text() == "2. Defining expectations"
    began = START + timedelta(days=20)
    dialog.began.setDate(rm.qdate(began))
    _ok(dialog)
    _wait_closed(qtbot, view)
    assert rel_service.get_relationship(db, rel_id).summary.stage == 2
    assert view.timeline.current_stage() == 2 and view.timeline.began_on(2) == began
    assert view.selected().id == rel_id
    view.timeline.grab()  # paints without error


def test_extend_and_summary(qtbot, view: RelationshipsView, db: Database, rel_id: str) -> None:
    view.open_relationship(rel_id)
    old_end = view.selected().planned_end
    dialog = view.open_extend_dialog()
    assert isinstance(dialog, ExtendDialog)
    _ok(dialog)  # no reason
    assert dialog.isVisible() and "reason" in dialog.errors.text()
    qtbot.keyClicks(dialog.reason, "Project delayed")
    _ok(dialog)
    _wait_closed(qtbot, view)
    assert view.selected().planned_end > old_end
    assert "Project delayed" in view.history.text()

    view.tabs.setCurrentIndex(3)
    assert not view.save_summary_button.isEnabled()
    qtbot.keyClicks(view.hr_summary, "Going well; plan closing talk")
    assert view.save_summary_button.isEnabled()
    qtbot.mouseClick(view.save_summary_button, Qt.LeftButton)
    assert rel_service.get_relationship(db, rel_id).hr_summary == "Going well; plan closing talk"
    assert view.hr_summary.toPlainText() == "Going well; plan closing talk"


def test_add_and_edit_goal(qtbot, view: RelationshipsView, db: Database, people: dict[str, str],
                           rel_id: str) -> None:
    from mentordesk.models import PortraitEntry

    bram = people_service.get_person(db, people["Bram"])
    bram.portrait = (PortraitEntry(competency="Presenting", current=2, target=4),)
    people_service.update_person(db, bram.id, bram)
    view.open_relationship(rel_id)
    qtbot.mouseClick(view.add_goal_button, Qt.LeftButton)
    dialog = view.dialog
    assert isinstance(dialog, GoalDialog) and not dialog.status.isEnabled()
    qtbot.keyClicks(dialog.title_edit, "Present to the board")
    dialog.has_due.setChecked(True)
    dialog.competency.setCurrentIndex(dialog.competency.findText("Presenting"))
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.Save), Qt.LeftButton)
    _wait_closed(qtbot, view)
    goals = rel_service.get_relationship(db, rel_id).goals
    assert [(g.title, g.competency_name) for g in goals] == [("Present to the board", "Presenting")]

    _click_row(qtbot, view, view.goals_table, 0)
    assert view.edit_goal_button.isEnabled()
    qtbot.mouseClick(view.edit_goal_button, Qt.LeftButton)
    dialog = view.dialog
    dialog.status.setCurrentIndex(dialog.status.findData("in_progress"))
    dialog.progress.setValue(40)
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.Save), Qt.LeftButton)
    _wait_closed(qtbot, view)
    goal = rel_service.get_relationship(db, rel_id).goals[0]
    assert (goal.status, goal.progress, len(goal.history)) == ("in_progress", 40, 2)
    assert view.goals_model.index(0, rm.GOAL_PROGRESS).data() == 40
    assert view.goals_model.index(0, rm.GOAL_STATUS).data() == "In progress"


def test_models_pass_the_model_tester(qtmodeltester, demo_db: Database) -> None:
    rows = rel_service.list_relationships(demo_db)
    model = rm.RelationshipsModel()
    model.set_rows(rows)
    qtmodeltester.check(model)
    model.sort(rm.HEALTH, Qt.AscendingOrder)
    qtmodeltester.check(model)

    detail = max((rel_service.get_relationship(demo_db, r.id) for r in rows), key=lambda d: len(d.meetings))
    meetings = rm.MeetingsModel()
    meetings.set_rows(rm.meeting_rows(detail.meetings, detail.overdue_dates))
    qtmodeltester.check(meetings)
    goals = rm.GoalsModel()
    goals.set_rows(detail.goals)
    qtmodeltester.check(goals)
    checkins = rm.CheckinsModel()
    checkins.set_rows(detail.checkins)
    qtmodeltester.check(checkins)


def test_overdue_planned_meetings_styled(db: Database, people: dict[str, str], rel_id: str) -> None:
    detail = rel_service.get_relationship(db, rel_id)
    assert detail.overdue_dates  # started 60 days ago, nothing logged
    model = rm.MeetingsModel()
    model.set_rows(rm.meeting_rows(detail.meetings, detail.overdue_dates))
    index = model.index(0, rm.MEETING_OUTCOME)
    assert index.data() == "Planned, not logged (overdue)"
    assert index.data(Qt.FontRole).italic()
    assert [r.date for r in model.rows()] == sorted(detail.overdue_dates, reverse=True)


def test_screenshots_with_demo_company(qtbot, open_window, demo_file: Path, screenshot) -> None:
    w = open_window(demo_file, size=(1400, 860))
    view = w.show_view("RelationshipsView")
    at_risk = view.model.find_row(lambda r: r.health == "at_risk")
    assert at_risk >= 0  # the demo company has a relationship at risk
    assert view.open_relationship(view.model.record(at_risk).id)
    view.tabs.setCurrentIndex(1)
    assert view.tabs.currentWidget().isVisible()
    screenshot(w, "relationships.png")
    dialog = view.open_meeting_dialog()
    qtbot.waitUntil(dialog.isVisible)
    screenshot(dialog, "meeting_dialog.png")
    dialog.reject()


def test_reload_keeps_the_summary_being_typed(qtbot, window, view: RelationshipsView, db: Database,
                                             rel_id: str) -> None:
    """The window reloads every view when a colleague changes the file; typed text must survive that."""
    rel_service.set_hr_summary(db, rel_id, "First draft")
    window.reload_all()
    view.open_relationship(rel_id)
    view.tabs.setCurrentIndex(3)
    assert view.hr_summary.toPlainText() == "First draft"
    view.hr_summary.selectAll()
    qtbot.keyClicks(view.hr_summary, "Mine")

    view.reload()  # nothing changed elsewhere: the text stays, no notice
    assert view.hr_summary.toPlainText() == "Mine" and view.summary_conflict.isHidden()

    rel_service.set_hr_summary(db, rel_id, "Theirs")  # a colleague saves meanwhile
    view.reload()
    assert view.hr_summary.toPlainText() == "Mine"
    assert view.summary_conflict.isVisible()
    assert view.summary_conflict.text() == "Changed elsewhere meanwhile — saving will overwrite their summary"
    assert "Theirs" in view.summary_conflict.toolTip()
    assert view.save_summary_button.isEnabled()

    qtbot.mouseClick(view.save_summary_button, Qt.LeftButton)
    assert rel_service.get_relationship(db, rel_id).hr_summary == "Mine"
    assert view.summary_conflict.isHidden()
    assert not view.save_summary_button.isEnabled()

    # after saving, the editor follows the file again
    rel_service.set_hr_summary(db, rel_id, "Theirs again")
    view.reload()
    assert view.hr_summary.toPlainText() == "Theirs again" and view.summary_conflict.isHidden()


def test_reload_keeps_a_typed_summary_when_the_pair_was_closed_elsewhere(qtbot, window, view: RelationshipsView,
                                                                        db: Database, rel_id: str) -> None:
    view.open_relationship(rel_id)
    view.tabs.setCurrentIndex(3)
    qtbot.keyClicks(view.hr_summary, "Wrapping up")
    rel_service.close(db, rel_id, "completed", closed_on=TODAY)
    window.reload_all()  # the list shows active pairs only, but the pair being written about stays
    assert view.selected().id == rel_id
    assert view.hr_summary.toPlainText() == "Wrapping up"
    assert view.summary_conflict.isHidden()  # the summary itself was not changed elsewhere


def _select_meeting(qtbot, view: RelationshipsView, meeting_id: str) -> None:
    row = view.meetings_model.find_row(lambda r: r.meeting is not None and r.meeting.id == meeting_id)
    assert row >= 0
    _click_row(qtbot, view, view.meetings_table, row)


def test_delete_meeting_asks_first(qtbot, window, view: RelationshipsView, db: Database, rel_id: str) -> None:
    keep = rel_service.log_meeting(db, rel_id, START + timedelta(days=1), 60, "held", notes="Keep me")
    gone = rel_service.log_meeting(db, rel_id, START + timedelta(days=15), 45, "held", notes="Confidential")
    window.reload_all()
    view.open_relationship(rel_id)
    _show_tab(qtbot, view, 1)
    assert not view.delete_meeting_button.isEnabled()  # nothing selected
    overdue = view.meetings_model.find_row(lambda r: r.meeting is None)
    _click_row(qtbot, view, view.meetings_table, overdue)
    assert not view.delete_meeting_button.isEnabled()  # a planned date is not a meeting to delete
    assert view.confirm_delete_meeting() is None

    _select_meeting(qtbot, view, gone)
    assert view.delete_meeting_button.isEnabled()
    window.reload_all()  # the automatic reload keeps the selected meeting
    assert view.selected_meeting().id == gone

    qtbot.mouseClick(view.delete_meeting_button, Qt.LeftButton)
    box = view.dialog
    assert isinstance(box, QMessageBox) and box.defaultButton() is box.button(QMessageBox.Cancel)
    assert "(Held)" in box.text() and "notes are removed" in box.text()
    qtbot.mouseClick(box.button(QMessageBox.Cancel), Qt.LeftButton)
    assert view.dialog is None
    assert {m.id for m in rel_service.get_relationship(db, rel_id).meetings} == {keep, gone}

    _select_meeting(qtbot, view, gone)
    qtbot.mouseClick(view.delete_meeting_button, Qt.LeftButton)
    qtbot.mouseClick(view.dialog.button(QMessageBox.Yes), Qt.LeftButton)
    assert [m.id for m in rel_service.get_relationship(db, rel_id).meetings] == [keep]
    assert view.meetings_model.find_row(lambda r: r.meeting is not None and r.meeting.id == gone) < 0
    assert view.selected().meetings_held == 1
    assert view.dialog is None

    view.set_readonly(True)
    _select_meeting(qtbot, view, keep)
    assert not view.delete_meeting_button.isEnabled()
    assert view.confirm_delete_meeting() is None


def test_stage_correction_back_to_an_earlier_stage(qtbot, view: RelationshipsView, db: Database,
                                                  rel_id: str) -> None:
    for stage in (2, 3):
        rel_service.advance_stage(db, rel_id, stage, START + timedelta(days=10 * stage))
    view.window_.reload_all()
    view.open_relationship(rel_id)
    qtbot.mouseClick(view.stage_button, Qt.LeftButton)
    dialog = view.dialog
    assert isinstance(dialog, NextStageDialog)
    assert not dialog.correcting() and not dialog.earlier.isEnabled() and dialog.began.isEnabled()
    assert [dialog.earlier.itemData(i) for i in range(dialog.earlier.count())] == [2, 1]

    dialog.correct.setChecked(True)
    assert dialog.earlier.isEnabled() and not dialog.began.isEnabled()
    dialog.earlier.setCurrentIndex(dialog.earlier.findData(1))
    _ok(dialog)
    box = dialog.confirm
    assert isinstance(box, QMessageBox) and "back from stage 3" in box.text()
    qtbot.mouseClick(box.button(QMessageBox.Cancel), Qt.LeftButton)  # changed their mind: nothing written
    assert dialog.isVisible() and rel_service.get_relationship(db, rel_id).summary.stage == 3

    _ok(dialog)
    qtbot.mouseClick(dialog.confirm.button(QMessageBox.Yes), Qt.LeftButton)
    _wait_closed(qtbot, view)
    detail = rel_service.get_relationship(db, rel_id)
    assert detail.summary.stage == 1 and [s.stage for s in detail.stages] == [1]
    assert view.timeline.current_stage() == 1 and view.selected().id == rel_id


def test_stage_dialog_at_first_and_last_stage(qtbot, view: RelationshipsView, db: Database, rel_id: str) -> None:
    from mentordesk.relationships import LAST_STAGE

    view.open_relationship(rel_id)
    dialog = view.open_stage_dialog()
    assert not dialog.correct.isEnabled() and dialog.earlier.count() == 0  # nothing earlier than stage 1
    dialog.reject()
    _wait_closed(qtbot, view)

    for stage in range(2, LAST_STAGE + 1):
        rel_service.advance_stage(db, rel_id, stage, START + timedelta(days=5 * stage))
    view.window_.reload_all()
    assert view.stage_button.isEnabled()  # the correction is still possible
    dialog = view.open_stage_dialog()
    assert dialog.correcting() and dialog.ok_button.isEnabled() and not dialog.began.isEnabled()
    dialog.correct.setChecked(False)
    assert not dialog.ok_button.isEnabled() and "last stage" in dialog.errors.text()
    dialog.correct.setChecked(True)
    assert dialog.errors.isHidden()
    dialog.earlier.setCurrentIndex(dialog.earlier.findData(LAST_STAGE - 1))
    _ok(dialog)
    qtbot.mouseClick(dialog.confirm.button(QMessageBox.Yes), Qt.LeftButton)
    _wait_closed(qtbot, view)
    assert rel_service.get_relationship(db, rel_id).summary.stage == LAST_STAGE - 1
