"""The Programs screen, driven as the HR manager would (pytest-qt, a fresh file per test)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QStackedWidget, QTabWidget

from mentordesk.errors import ValidationError
from mentordesk.models import MentorProfile, Person, PortraitEntry, Program
from mentordesk.services import mentor_pool, people, programs
from mentordesk.storage import rows
from ui.dialogs.enrol_dialog import EnrolDialog, PreferencesDialog, ReasonDialog
from ui.dialogs.program_dialog import ProgramDialog
from ui.models.participants_model import MenteesModel, MentorPoolModel, ProgramListModel
from ui.views.programs import ProgramsView
from ui.widgets.tables import selected_records


@pytest.fixture
def view(host_view, db) -> ProgramsView:
    return host_view(ProgramsView, db, size=(1300, 800))


def _add(db, n: int, name: str, **kw) -> str:
    return people.add_person(db, Person(employee_id=f"E{n:03d}", name=name, email=f"p{n}@example.com", **kw))


@pytest.fixture
def company(db):
    """A program with two mentors and two mentees already known as people (not enrolled)."""
    pid = programs.create_program(db, Program(name="Pilot", purpose="Grow leaders", max_mentees=1))
    ids = {
        "anna": _add(db, 1, "Anna Mentor", department="Sales", branch="Madrid", hire_date=date(2015, 1, 1),
                     role="mentor", portrait=(PortraitEntry("Negotiation", 5, None),)),
        "bob": _add(db, 2, "Bob Mentor", role="mentor"),
        "cleo": _add(db, 3, "Cleo Mentee", portrait=(PortraitEntry("Negotiation", 1, 4),)),
        "dan": _add(db, 4, "Dan Mentee"),
    }
    people.save_mentor_profile(db, MentorProfile(person_id=ids["anna"], motivation="Pay it forward.", capacity=2))
    return {"program": pid, **ids}


def _ok(dialog) -> None:
    QTest.mouseClick(dialog.buttons.button(QDialogButtonBox.Ok), Qt.LeftButton)


def _click_row(table, row: int, modifier=Qt.NoModifier) -> None:
    """Click a row as HR does: its tab comes to the front first (a click on the tab's title)."""
    page = table
    while page is not None and not isinstance(page.parentWidget(), QStackedWidget):
        page = page.parentWidget()
    if page is not None and isinstance(page.parentWidget().parentWidget(), QTabWidget):
        tabs = page.parentWidget().parentWidget()
        title = tabs.tabBar().tabRect(tabs.indexOf(page)).center()
        QTest.mouseClick(tabs.tabBar(), Qt.LeftButton, Qt.NoModifier, title)
        assert tabs.currentWidget() is page
    index = table.model().index(row, 0)
    table.scrollTo(index)
    QTest.mouseClick(table.viewport(), Qt.LeftButton, modifier, table.visualRect(index).center())


def _enrol(qtbot, view, role: str, names: list[str], status: str = "applied") -> None:
    tab = view.mentors if role == "mentor" else view.mentees
    qtbot.mouseClick(tab.enrol_button, Qt.LeftButton)
    dialog = view.dialog
    assert isinstance(dialog, EnrolDialog)
    assert dialog.chosen_role() == role
    dialog.status.setCurrentIndex(dialog.status.findData(status))
    dialog.select_names(names)
    _ok(dialog)
    from ui import tasks

    assert tasks.wait_for_all(30_000)  # enrolling runs in the background (ui/dialogs/enrol_dialog.py)


def _select(table, names: list[str]) -> None:
    """Click the first of `names`, Ctrl-click the others; exactly those are selected then."""
    rows = [row for row, record in enumerate(table.model().rows()) if record.name in names]
    assert len(rows) == len(names), names
    for n, row in enumerate(rows):
        _click_row(table, row, Qt.ControlModifier if n else Qt.NoModifier)
    assert sorted(r.name for r in selected_records(table)) == sorted(names)


def _status(db, program_id: str, name: str) -> tuple[str, str]:
    part = next(p for p in programs.participants(db, program_id) if p.name == name)
    return part.status, part.reason


# -- programs -----------------------------------------------------------------------------

def test_title_and_empty_state(view):
    assert view.title() == "Programs"
    assert view.program_model.rowCount() == 0
    assert view.empty.isVisible() and not view.tabs.isVisible()
    assert not view.edit_button.isEnabled() and view.new_button.isEnabled()


def test_create_program_through_the_dialog(qtbot, view, db):
    qtbot.mouseClick(view.new_button, Qt.LeftButton)
    dialog = view.dialog
    assert isinstance(dialog, ProgramDialog) and dialog.isVisible()
    qtbot.keyClicks(dialog.name, "Sales Academy")
    dialog.purpose.setPlainText("Grow key account managers.")
    dialog.business_goal.setPlainText("Two internal promotions a year.\nLower attrition.")
    dialog.kind.setCurrentIndex(dialog.kind.findData("group"))
    dialog.delivery.setCurrentIndex(dialog.delivery.findData("digital"))
    dialog.has_start.setChecked(True)
    dialog.start.setDate(QDate(2026, 3, 1))
    dialog.has_end.setChecked(True)
    dialog.end.setDate(QDate(2027, 2, 28))
    dialog.months.setValue(12)
    dialog.cadence.setCurrentIndex(dialog.cadence.findData("monthly"))
    dialog.max_mentees.setValue(15)
    dialog.branch_preference.setCurrentIndex(dialog.branch_preference.findData("different"))
    dialog.cross_department.setChecked(True)
    assert {k: s.value() for k, s in dialog.weights.items()} == {
        "gaps": 40, "branch": 10, "department": 10, "language": 8, "mutual": 20, "seniority": 12}
    dialog.weights["language"].setValue(25)
    _ok(dialog)

    assert view.dialog is None
    assert [p.name for p in view.program_model.rows()] == ["Sales Academy"]
    saved = programs.find_program(db, "Sales Academy")
    assert (saved.kind, saved.delivery, saved.cadence) == ("group", "digital", "monthly")
    assert (saved.start_date, saved.end_date) == (date(2026, 3, 1), date(2027, 2, 28))
    assert saved.relationship_months == 12 and saved.max_mentees == 15
    assert saved.business_goal == "Two internal promotions a year.\nLower attrition."
    assert saved.match_settings["branch_preference"] == "different"
    assert saved.match_settings["prefer_cross_department"] is True
    assert saved.match_settings["weights"]["language"] == 25
    # the new program is selected and its details shown
    assert view.current_program().id == saved.id
    assert view.heading.text() == "Sales Academy"
    assert view.details["purpose"].text() == "Grow key account managers."


def test_invalid_program_keeps_the_dialog_open(qtbot, view, db):
    qtbot.mouseClick(view.new_button, Qt.LeftButton)
    dialog = view.dialog
    dialog.has_start.setChecked(True)
    dialog.start.setDate(QDate(2026, 5, 1))
    dialog.has_end.setChecked(True)
    dialog.end.setDate(QDate(2026, 4, 1))
    _ok(dialog)
    assert view.dialog is dialog and dialog.isVisible()
    assert dialog.errors.isVisible()
    assert "needs a name" in dialog.errors.text()
    assert "cannot end before it starts" in dialog.errors.text()
    assert programs.list_programs(db) == []

    dialog.name.setText("Mentoría Madrid")  # accents through setText, not keyClicks
    dialog.end.setDate(QDate(2026, 12, 1))
    _ok(dialog)
    assert not dialog.isVisible()
    assert [p.name for p in programs.list_programs(db)] == ["Mentoría Madrid"]


def test_duplicate_name_and_no_limit(qtbot, view, db, company):
    view.reload()
    qtbot.mouseClick(view.new_button, Qt.LeftButton)
    dialog = view.dialog
    dialog.name.setText("pilot")
    _ok(dialog)
    assert "already a program called" in dialog.errors.text()
    dialog.name.setText("Second")
    assert dialog.max_mentees.value() == 0 and dialog.max_mentees.text() == "No limit"
    _ok(dialog)
    assert programs.find_program(db, "Second").max_mentees is None


def test_edit_program_keeps_other_match_settings(qtbot, view, db):
    pid = programs.create_program(db, Program(name="Pilot", match_settings={"custom": 1, "weights": {"gaps": 70}}))
    view.reload()
    assert view.current_program().id == pid
    qtbot.mouseClick(view.edit_button, Qt.LeftButton)
    dialog = view.dialog
    assert dialog.name.text() == "Pilot" and dialog.weights["gaps"].value() == 70
    dialog.months.setValue(6)
    _ok(dialog)
    saved = programs.get_program(db, pid)
    assert saved.relationship_months == 6 and saved.match_settings["custom"] == 1
    assert view.details["months"].text() == "6 months"


# -- enrolment and decisions --------------------------------------------------------------

def test_enrol_people_and_see_them_in_the_tabs(qtbot, view, db, company):
    view.reload()
    _enrol(qtbot, view, "mentor", ["Anna Mentor", "Bob Mentor"])
    assert [m.name for m in view.mentor_model.rows()] == ["Anna Mentor", "Bob Mentor"]
    _enrol(qtbot, view, "mentee", ["Cleo Mentee"], status="accepted")
    assert view.tabs.currentWidget() is view.mentees
    rows_ = view.mentee_model.rows()
    assert [m.name for m in rows_] == ["Cleo Mentee"]
    assert _status(db, company["program"], "Cleo Mentee") == ("accepted", "")
    # the gaps column reads like the portrait
    assert view.mentee_model.index(0, 3).data() == "Negotiation 1→4"
    assert view.tabs.tabText(0) == "Mentor pool (2)" and view.tabs.tabText(1) == "Mentees (1)"


def test_enrol_dialog_search_filters(qtbot, view, db, company):
    view.reload()
    qtbot.mouseClick(view.mentees.enrol_button, Qt.LeftButton)
    dialog = view.dialog
    assert not dialog.buttons.button(QDialogButtonBox.Ok).isEnabled()
    qtbot.keyClicks(dialog.search, "mentee")
    assert [p.name for p in dialog.model.rows()] == ["Cleo Mentee", "Dan Mentee"]
    dialog.table.selectAll()
    assert len(dialog.selected_people()) == 2 and dialog.buttons.button(QDialogButtonBox.Ok).isEnabled()
    dialog.reject()


def test_accept_and_decline_with_reason(qtbot, view, db, company):
    pid = company["program"]
    for person in ("anna", "bob"):
        programs.enrol(db, pid, company[person], "mentor")
    view.reload()
    _select(view.mentors.table, ["Anna Mentor"])
    assert view.evidence.toPlainText().count("Pay it forward.") == 1
    qtbot.mouseClick(view.mentors.accept_button, Qt.LeftButton)
    assert _status(db, pid, "Anna Mentor") == ("accepted", "")

    _select(view.mentors.table, ["Bob Mentor"])
    qtbot.mouseClick(view.mentors.decline_button, Qt.LeftButton)
    dialog = view.dialog
    assert isinstance(dialog, ReasonDialog)
    qtbot.keyClicks(dialog.reason, "No capacity this year")
    _ok(dialog)
    assert _status(db, pid, "Bob Mentor") == ("declined", "No capacity this year")
    row = view.mentor_model.find_row(lambda m: m.name == "Bob Mentor")
    assert view.mentor_model.index(row, 1).data() == "Declined: No capacity this year"
    # the decided row stays selected after the reload
    assert [m.name for m in view.mentors.selected()] == ["Bob Mentor"]


def test_decline_without_reason_is_refused(qtbot, view, db, company):
    pid = company["program"]
    programs.enrol(db, pid, company["cleo"], "mentee")
    view.reload()
    _select(view.mentees.table, ["Cleo Mentee"])
    qtbot.mouseClick(view.mentees.decline_button, Qt.LeftButton)
    dialog = view.dialog
    qtbot.keyClicks(dialog.reason, "   ")
    _ok(dialog)
    assert dialog.isVisible() and dialog.errors.isVisible()
    assert _status(db, pid, "Cleo Mentee") == ("applied", "")
    dialog.reject()
    assert _status(db, pid, "Cleo Mentee") == ("applied", "")


def test_waitlist_shows_waiting_since(qtbot, view, db, company):
    pid = company["program"]
    programs.enrol(db, pid, company["cleo"], "mentee")
    view.reload()
    _select(view.mentees.table, ["Cleo Mentee"])
    qtbot.mouseClick(view.mentees.waitlist_button, Qt.LeftButton)
    qtbot.keyClicks(view.dialog.reason, "Next cohort")
    _ok(view.dialog)
    assert _status(db, pid, "Cleo Mentee") == ("waitlisted", "Next cohort")
    assert view.mentee_model.index(0, 6).data() != ""


def test_accepting_beyond_the_limit_forms_a_waiting_list(qtbot, view, db, company):
    pid = company["program"]  # max_mentees=1
    for person in ("cleo", "dan"):
        programs.enrol(db, pid, company[person], "mentee")
    view.reload()
    _select(view.mentees.table, ["Cleo Mentee", "Dan Mentee"])
    qtbot.mouseClick(view.mentees.accept_button, Qt.LeftButton)
    assert _status(db, pid, "Cleo Mentee") == ("accepted", "")
    assert _status(db, pid, "Dan Mentee") == ("waitlisted", "The program is full.")
    assert "1 accepted, 1 waiting" in view.details["max_mentees"].text()


def test_preferences_at_most_three(qtbot, view, db, company):
    pid = company["program"]
    extra = [_add(db, 10 + i, f"Extra Mentor {i}", role="mentor") for i in range(2)]
    for person in [company["anna"], company["bob"], *extra]:
        programs.enrol(db, pid, person, "mentor")
    programs.enrol(db, pid, company["cleo"], "mentee")
    view.reload()
    view.tabs.setCurrentWidget(view.mentees)
    _select(view.mentees.table, ["Cleo Mentee"])
    assert view.mentees.preferences_button.isEnabled()
    qtbot.mouseClick(view.mentees.preferences_button, Qt.LeftButton)
    dialog = view.dialog
    assert isinstance(dialog, PreferencesDialog) and dialog.list.count() == 4
    for person in (company["bob"], company["anna"], extra[0], extra[1]):
        dialog.set_checked(person, True)
    assert dialog.chosen_ids() == [company["bob"], company["anna"], extra[0]]
    assert dialog.errors.isVisible()
    _ok(dialog)
    cleo = mentor_pool.mentee_needs(db, pid)[0]
    assert cleo.preferred_names == ("Bob Mentor", "Anna Mentor", "Extra Mentor 0")
    assert view.mentee_model.index(0, 4).data() == "Bob Mentor, Anna Mentor, Extra Mentor 0"


def test_remove_asks_first(qtbot, view, db, company):
    pid = company["program"]
    programs.enrol(db, pid, company["dan"], "mentee")
    view.reload()
    _select(view.mentees.table, ["Dan Mentee"])
    qtbot.mouseClick(view.mentees.remove_button, Qt.LeftButton)
    box = view.dialog
    assert isinstance(box, QMessageBox)
    qtbot.mouseClick(box.button(QMessageBox.Yes), Qt.LeftButton)
    assert programs.participants(db, pid) == []
    assert view.mentee_model.rowCount() == 0


def test_read_only_disables_every_edit(qtbot, view, db, company):
    programs.enrol(db, company["program"], company["anna"], "mentor")
    view.reload()
    _select(view.mentors.table, ["Anna Mentor"])
    assert view.mentors.accept_button.isEnabled()
    view.set_readonly(True)
    for button in (view.new_button, view.edit_button, view.mentors.enrol_button, view.mentors.accept_button,
                   view.mentors.decline_button, view.mentors.waitlist_button, view.mentees.enrol_button,
                   view.mentees.preferences_button, view.mentees.remove_button):
        assert not button.isEnabled()
    view.decide("mentor", "accepted")  # a stray call writes nothing either
    assert _status(db, company["program"], "Anna Mentor") == ("applied", "")


# -- evidence -----------------------------------------------------------------------------

def test_mentor_pool_shows_free_capacity_and_attendance(qtbot, view, db, company):
    pid = company["program"]
    programs.enrol(db, pid, company["anna"], "mentor")
    with db.transaction() as conn:
        rel = rows.insert(conn, "relationships", {
            "program_id": pid, "mentor_id": company["anna"], "mentee_id": company["cleo"],
            "start_date": "2026-01-01", "planned_end": "2026-10-01",
        })
        for day, outcome in enumerate(("held", "held", "held", "missed_by_mentor", "missed_by_mentee"), 1):
            rows.insert(conn, "meetings", {"relationship_id": rel, "date": f"2026-02-0{day}", "outcome": outcome})
    view.reload()
    model = view.mentor_model
    headers = [model.headerData(c, Qt.Horizontal) for c in range(model.columnCount())]
    row = {h: model.index(0, c).data() for c, h in enumerate(headers)}
    assert row["Capacity"] == "2" and row["Free"] == "1"
    assert row["Attendance"].startswith("75") and "(3 of 4)" in row["Attendance"]
    assert row["Expertise"] == "Negotiation"
    assert row["Willing / motivation"] == "Yes — Pay it forward."
    assert row["Years"] not in ("", "—")
    bob_pool = mentor_pool.mentor_pool(db, pid)
    assert bob_pool[0].free_capacity == 1


def test_mentor_without_meetings_shows_a_dash(qtbot, view, db, company):
    programs.enrol(db, company["program"], company["bob"], "mentor")
    view.reload()
    col = [view.mentor_model.headerData(c, Qt.Horizontal) for c in range(view.mentor_model.columnCount())]
    assert view.mentor_model.index(0, col.index("Attendance")).data() == "—"


def test_models_pass_the_model_tester(qtmodeltester, db, company):
    pid = company["program"]
    programs.enrol(db, pid, company["anna"], "mentor")
    programs.enrol(db, pid, company["cleo"], "mentee")
    for model, records in ((ProgramListModel(), programs.list_programs(db)),
                           (MentorPoolModel(), mentor_pool.mentor_pool(db, pid)),
                           (MenteesModel(), mentor_pool.mentee_needs(db, pid))):
        model.set_rows(records)
        qtmodeltester.check(model)
        model.sort(1, Qt.DescendingOrder)
        qtmodeltester.check(model)


def test_demo_company_screenshot(host_view, demo_db, screenshot):
    view = host_view(ProgramsView, demo_db, size=(1400, 850))
    assert view.mentor_model.rowCount() > 0 and view.mentee_model.rowCount() > 0
    _click_row(view.mentors.table, 0)
    assert view.mentors.table.selectionModel().selectedRows()
    screenshot(view.window(), "programs.png")


def test_switching_programs_shows_their_participants(qtbot, view, db, company):
    other = programs.create_program(db, Program(name="Another", kind="peer"))
    programs.enrol(db, company["program"], company["anna"], "mentor")
    programs.enrol(db, other, company["bob"], "mentor")
    view.reload()
    other_row = view.program_model.find_row(lambda p: p.id == other)
    _click_row(view.program_table, other_row)
    assert view.heading.text() == "Another" and view.details["kind"].text() == "Peer"
    assert [m.name for m in view.mentor_model.rows()] == ["Bob Mentor"]
    qtbot.keyClick(view.program_table, Qt.Key_Up if other_row else Qt.Key_Down)  # the arrow to the other one
    assert [m.name for m in view.mentor_model.rows()] == ["Anna Mentor"]
    view.reload()  # a reload keeps the chosen program
    assert view.current_program().id == company["program"]


def test_mentor_marks_mentees_they_would_like(qtbot, view, db) -> None:
    """Mentors may mark any number of mentees; the wish is stored on their enrolment."""
    from mentordesk.models import Program
    from mentordesk.services import programs as programs_service
    from ui.dialogs.enrol_dialog import PreferencesDialog

    ids = [_add(db, i, f"Person {i}") for i in range(6)]
    pid = programs_service.create_program(db, Program(name="Wishes"))
    programs_service.enrol(db, pid, ids[0], "mentor", "accepted")
    for mentee in ids[1:]:
        programs_service.enrol(db, pid, mentee, "mentee", "accepted")
    view.reload()
    _click_row(view.mentors.table, 0)
    assert view.mentors.wishes_button.isEnabled()
    qtbot.mouseClick(view.mentors.wishes_button, Qt.LeftButton)
    dialog = view.dialog
    assert isinstance(dialog, PreferencesDialog) and dialog.isVisible()
    assert dialog.limit is None
    for mentee in ids[1:5]:  # four: more than a mentee's limit of three
        dialog.set_checked(mentee, True)
    assert dialog.errors.isHidden()
    _ok(dialog)
    qtbot.waitUntil(lambda: view.dialog is None)
    mentor = programs_service.participants(db, pid, "mentor")[0]
    assert list(mentor.preferred) == ids[1:5]


def test_a_mentee_names_at_most_three_mentors(db) -> None:
    """The mentors' "any number" does not leak to mentees: four are refused, nothing is stored."""
    ids = [_add(db, i, f"Person {i}") for i in range(5)]
    pid = programs.create_program(db, Program(name="Wishes"))
    for mentor in ids[1:]:
        programs.enrol(db, pid, mentor, "mentor", "accepted")
    programs.enrol(db, pid, ids[0], "mentee", "accepted")
    mentee = programs.participants(db, pid, "mentee")[0]
    programs.set_preferences(db, mentee.id, ids[1:4])  # three: allowed
    with pytest.raises(ValidationError, match="at most three"):
        programs.set_preferences(db, mentee.id, ids[1:5])
    assert list(programs.participants(db, pid, "mentee")[0].preferred) == ids[1:4]
