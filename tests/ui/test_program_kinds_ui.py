"""Programs that differ by kind, Run again… and Archive, driven on the Programs screen with clicks and keys."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from mentordesk.models import Person, Program
from mentordesk.services import people, programs
from ui.dialogs.program_dialog import ProgramDialog
from ui.dialogs.run_again_dialog import RunAgainDialog, next_name
from ui.views.programs import ProgramsView


@pytest.fixture
def view(host_view, db) -> ProgramsView:
    return host_view(ProgramsView, db, size=(1300, 800))


def _ok(qtbot, dialog) -> None:
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.Ok), Qt.LeftButton)


def _type(qtbot, widget, text: str) -> None:
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key_A, Qt.ControlModifier)
    qtbot.keyClicks(widget, text)


def _pick_kind(qtbot, dialog: ProgramDialog, kind: str) -> None:
    """Choose the kind with the keyboard, as a user tabbing through the form does."""
    dialog.kind.setFocus()
    qtbot.keyClick(dialog.kind, Qt.Key_Home)
    for _ in range(dialog.kind.count()):
        if dialog.kind.currentData() == kind:
            return
        qtbot.keyClick(dialog.kind, Qt.Key_Down)
    raise AssertionError(f"kind {kind} not offered")


def _shown(dialog: ProgramDialog) -> set[str]:
    fields = dialog.kind_fields
    return {name for name in fields.rows if getattr(fields, name).isVisibleTo(dialog)}


def test_group_fields_appear_save_and_come_back_on_reopen(qtbot, view, db) -> None:
    qtbot.mouseClick(view.new_button, Qt.LeftButton)
    dialog = view.dialog
    assert isinstance(dialog, ProgramDialog)
    qtbot.keyClicks(dialog.name, "Team leads circle")
    assert _shown(dialog) == set()  # one-to-one asks for nothing more
    _pick_kind(qtbot, dialog, "group")
    assert _shown(dialog) == {"group_size", "sessions"}
    assert "group of mentees" in dialog.kind_fields.hint.text()
    assert dialog.cadence_label.text() == "&Groups meet:"
    _type(qtbot, dialog.kind_fields.group_size.lineEdit(), "5")
    _type(qtbot, dialog.kind_fields.sessions.lineEdit(), "10")
    _ok(qtbot, dialog)
    assert view.dialog is None
    saved = programs.find_program(db, "Team leads circle")
    assert (saved.kind, saved.group_size, saved.sessions) == ("group", 5, 10)
    # The screen calls it by its kind's words.
    assert view.program_pane.labels["cadence"].text() == "Groups meet:"
    assert view.details["kind_detail"].text() == "up to 5 mentees, 10 sessions"
    assert view.details["kind_detail"].isVisibleTo(view)

    qtbot.mouseClick(view.edit_button, Qt.LeftButton)
    again = view.dialog
    assert again.kind.currentData() == "group" and _shown(again) == {"group_size", "sessions"}
    assert (again.kind_fields.group_size.value(), again.kind_fields.sessions.value()) == (5, 10)
    again.reject()


@pytest.mark.parametrize(("kind", "fields", "fill", "problem"), [
    ("job_shadowing", {"host", "visits", "visit_hours"}, ("host", "Warehouse team"), "needs a host"),
    ("reverse", {"expertise"}, ("expertise", "Digital tools"), "competency the junior"),
])
def test_each_kind_asks_for_its_own_fields_and_explains_what_is_missing(qtbot, view, db, kind, fields, fill,
                                                                       problem) -> None:
    qtbot.mouseClick(view.new_button, Qt.LeftButton)
    dialog = view.dialog
    dialog.name.setText("Zoë's programme")
    _pick_kind(qtbot, dialog, kind)
    assert _shown(dialog) == fields
    shadowing = kind == "job_shadowing"
    assert dialog.months.isVisibleTo(dialog) is not shadowing  # short visits: no months-long cadence
    assert dialog.cadence.isVisibleTo(dialog) is not shadowing
    _ok(qtbot, dialog)
    assert view.dialog is dialog and dialog.errors.isVisible() and problem in dialog.errors.text()
    assert programs.list_programs(db) == []
    name, text = fill
    widget = getattr(dialog.kind_fields, name)
    (widget.lineEdit() if hasattr(widget, "lineEdit") and widget.lineEdit() else widget).setText(text)
    _ok(qtbot, dialog)
    saved = programs.find_program(db, "Zoë's programme")
    assert getattr(saved, name) == text and saved.kind == kind
    if shadowing:
        assert not view.details["months"].isVisibleTo(view) and not view.details["cadence"].isVisibleTo(view)
        assert "hosted by Warehouse team" in view.details["kind_detail"].text()
    else:
        assert view.details["kind_detail"].text() == "Digital tools"


@pytest.fixture
def pilot(db) -> str:
    pid = programs.create_program(db, Program(name="Pilot 2026", kind="group", group_size=4, sessions=6,
                                              purpose="Grow leaders", start_date=date(2026, 3, 1),
                                              end_date=date(2026, 12, 31),
                                              match_settings={"branch_preference": "different"}))
    person = people.add_person(db, Person(employee_id="E1", name="Ana Mentor", email="ana@example.com"))
    programs.enrol(db, pid, person, "mentor", "accepted")
    return pid


def test_run_again_copies_the_program_without_its_people(qtbot, view, db, pilot) -> None:
    view.reload()
    view.select_program(pilot)
    qtbot.mouseClick(view.duplicate_button, Qt.LeftButton)
    dialog = view.dialog
    assert isinstance(dialog, RunAgainDialog)
    assert dialog.name.text() == "Pilot 2027"
    assert dialog.start.date().toPython() == date(2027, 3, 1) and dialog.end.date().toPython() == date(2027, 12, 31)
    dialog.name.setText("pilot 2026")  # the old one's name, in other letters: refused in a sentence
    _ok(qtbot, dialog)
    assert view.dialog is dialog and "already a program" in dialog.errors.text()
    _type(qtbot, dialog.name, "Pilot autumn")
    _ok(qtbot, dialog)
    copy = programs.find_program(db, "Pilot autumn")
    assert view.current_program().id == copy.id
    assert (copy.kind, copy.group_size, copy.sessions, copy.purpose) == ("group", 4, 6, "Grow leaders")
    assert copy.match_settings["branch_preference"] == "different"
    assert programs.participants(db, copy.id) == [] and len(programs.participants(db, pilot)) == 1


@pytest.mark.parametrize("name", ["Growing Leaders 2026", "2025 cohort (EMEA)", "Mentoring"])
def test_run_again_suggests_the_next_years_name(name) -> None:
    suggested = next_name(name)
    assert suggested != name
    if any(ch.isdigit() for ch in name):
        assert str(int("".join(c for c in name if c.isdigit())[:4]) + 1) in suggested


def test_archive_hides_makes_read_only_and_unarchive_brings_back(qtbot, view, db, pilot) -> None:
    view.reload()
    view.select_program(pilot)
    assert view.archive_button.text() == "Archive…" and view.edit_button.isEnabled()
    qtbot.mouseClick(view.archive_button, Qt.LeftButton)
    box = view.dialog
    assert isinstance(box, QMessageBox)
    qtbot.mouseClick(box.button(QMessageBox.Yes), Qt.LeftButton)
    assert programs.get_program(db, pilot).archived
    assert [p.id for p in view.program_model.rows()] == []  # hidden by default

    qtbot.mouseClick(view.show_archived, Qt.LeftButton)
    assert view.show_archived.isChecked()
    assert [p.name for p in view.program_model.rows()] == ["Pilot 2026"]
    assert view.program_model.index(0, 0).data() == "Pilot 2026 (archived)"
    view.select_program(pilot)
    for button in (view.edit_button, view.texts_button, view.mentors.enrol_button, view.mentees.enrol_button):
        assert not button.isEnabled()
    assert view.duplicate_button.isEnabled() and view.archive_button.text() == "Unarchive"
    view.edit_program()  # a double-click on the row: nothing opens for an archived program
    assert view.dialog is None

    qtbot.mouseClick(view.archive_button, Qt.LeftButton)
    assert not programs.get_program(db, pilot).archived
    assert view.edit_button.isEnabled() and view.archive_button.text() == "Archive…"
