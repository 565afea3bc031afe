"""The person dialog on a real file: fields, levels, validation, mentor profile, conflicts."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QSpinBox

from mentordesk.models import Person, PortraitEntry
from mentordesk.services import people as people_service
from mentordesk.storage.database import Database
from ui.dialogs.person_dialog import CURRENT, NO_DATE, TARGET, PersonDialog
from ui.widgets.portrait_chart import PortraitChart


def _add(db: Database, employee_id: str, name: str, **kw) -> str:
    email = kw.pop("email", f"{employee_id.lower()}@example.com")
    return people_service.add_person(db, Person(employee_id=employee_id, name=name, email=email, **kw))


def _dialog(qtbot, db: Database, person_id: str | None = None) -> PersonDialog:
    dialog = PersonDialog(db, person_id)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _ok(dialog: PersonDialog) -> None:
    dialog.buttons.button(QDialogButtonBox.Ok).click()


def _fill_required(qtbot, dialog: PersonDialog, employee_id: str = "E0500") -> None:
    qtbot.keyClicks(dialog.employee_id, employee_id)
    qtbot.keyClicks(dialog.name, "Ruben Hoekstra")
    qtbot.keyClicks(dialog.email, "ruben.hoekstra@example.com")


def test_levels_are_saved_and_charted_live(qtbot, db: Database) -> None:
    dialog = _dialog(qtbot, db)
    _fill_required(qtbot, dialog)
    assert dialog.chart.entries() == []
    row = dialog.add_competency_row()
    qtbot.keyClicks(dialog.portrait.cellWidget(row, 0), "Negotiation")
    current: QSpinBox = dialog.portrait.cellWidget(row, CURRENT)
    target: QSpinBox = dialog.portrait.cellWidget(row, TARGET)
    current.setValue(2)
    target.setValue(4)
    assert [(e.competency, e.current, e.target) for e in dialog.chart.entries()] == [("Negotiation", 2, 4)]
    row = dialog.add_competency_row()
    dialog.portrait.cellWidget(row, 0).setText("Intercultural skills")
    dialog.portrait.cellWidget(row, CURRENT).setValue(3)  # target stays "—": no target
    _ok(dialog)
    assert dialog.result() == QDialog.Accepted
    person = people_service.get_person(db, dialog.person_id)
    assert [(e.competency, e.current, e.target) for e in person.portrait] == [
        ("Intercultural skills", 3, None), ("Negotiation", 2, 4)]

    # editing: recorded rows cannot be removed (they are history), new ones can
    edit = _dialog(qtbot, db, dialog.person_id)
    assert edit.portrait.rowCount() == 2
    edit.portrait.selectRow(0)
    assert not edit.remove_row_button.isEnabled()
    edit.portrait.cellWidget(1, CURRENT).setValue(3)
    row = edit.add_competency_row()
    edit.portrait.selectRow(row)
    assert edit.remove_row_button.isEnabled()
    edit.remove_row_button.click()
    assert edit.portrait.rowCount() == 2
    _ok(edit)
    assert edit.result() == QDialog.Accepted
    levels = {e.competency: e.current for e in people_service.get_person(db, dialog.person_id).portrait}
    assert levels == {"Intercultural skills": 3, "Negotiation": 3}
    assert len(people_service.competency_history(db, dialog.person_id, "Negotiation")) == 2


def test_level_out_of_range_cannot_be_typed(qtbot, db: Database) -> None:
    dialog = _dialog(qtbot, db)
    row = dialog.add_competency_row()
    spin: QSpinBox = dialog.portrait.cellWidget(row, CURRENT)
    spin.setValue(9)
    assert spin.value() == 5
    target: QSpinBox = dialog.portrait.cellWidget(row, TARGET)
    target.setValue(-5)
    assert dialog.portrait_entries()[0].target is None


def test_competency_without_name_and_duplicates_refused(qtbot, db: Database) -> None:
    dialog = _dialog(qtbot, db)
    _fill_required(qtbot, dialog)
    dialog.add_competency_row()
    _ok(dialog)
    assert dialog.isVisible() and "needs a name" in dialog.errors.text()
    dialog.portrait.cellWidget(0, 0).setText("Excel")
    row = dialog.add_competency_row()
    dialog.portrait.cellWidget(row, 0).setText("excel")
    _ok(dialog)
    assert dialog.isVisible() and "listed twice" in dialog.errors.text()
    assert people_service.count(db) == 0


def test_fields_languages_date_manager_and_mentor_profile(qtbot, db: Database) -> None:
    _add(db, "E0001", "Íñigo Muñoz")
    dialog = _dialog(qtbot, db)
    assert dialog.manager.findText("Íñigo Muñoz (E0001)") > 0
    _fill_required(qtbot, dialog, "E0002")
    dialog.manager.setCurrentIndex(dialog.manager.findText("Íñigo Muñoz (E0001)"))
    qtbot.keyClicks(dialog.languages, "NL en;es  en")
    assert dialog.languages_list() == ("nl", "en", "es")
    assert dialog.hire_date.date() == NO_DATE and dialog.hire() is None
    dialog.hire_date.setDate(QDate(2019, 4, 2))
    assert not dialog.capacity.isEnabled()
    assert not dialog.tabs.isTabEnabled(dialog.tabs.indexOf(dialog.mentor_tab))
    dialog.role.setCurrentIndex(dialog.role.findData("mentor"))
    assert dialog.capacity.isEnabled()
    assert dialog.tabs.isTabEnabled(dialog.tabs.indexOf(dialog.mentor_tab))
    dialog.capacity.setValue(3)
    dialog.motivation.setPlainText("Pass on what I learnt.")
    qtbot.keyClicks(dialog.availability, "Tuesday mornings")
    qtbot.keyClicks(dialog.recognition, "Training budget")
    qtbot.keyClicks(dialog.notes, "Prefers video calls")
    _ok(dialog)
    assert dialog.result() == QDialog.Accepted, dialog.errors.text()
    person = people_service.get_person(db, dialog.person_id)
    assert person.manager_employee_id == "E0001"
    assert person.languages == ("nl", "en", "es")
    assert person.hire_date == date(2019, 4, 2)
    assert person.role == "mentor" and person.mentor_capacity == 3
    assert person.notes == "Prefers video calls"
    profile = people_service.mentor_profile(db, dialog.person_id)
    assert (profile.motivation, profile.availability, profile.recognition, profile.capacity) == (
        "Pass on what I learnt.", "Tuesday mornings", "Training budget", 3)

    # reopening shows everything again; clearing the date stores no date
    edit = _dialog(qtbot, db, dialog.person_id)
    assert edit.manager.currentText() == "Íñigo Muñoz (E0001)"
    assert edit.motivation.toPlainText() == "Pass on what I learnt."
    edit.clear_date.click()
    _ok(edit)
    assert people_service.get_person(db, dialog.person_id).hire_date is None


def test_unknown_manager_and_bad_language_keep_dialog_open(qtbot, db: Database) -> None:
    dialog = _dialog(qtbot, db)
    _fill_required(qtbot, dialog)
    dialog.manager.setEditText("Nobody Here")
    qtbot.keyClicks(dialog.languages, "english")
    _ok(dialog)
    assert dialog.isVisible() and dialog.errors.isVisible()
    assert "Choose the manager from the list" in dialog.errors.text()
    assert "'english' is not a language code" in dialog.errors.text()
    assert people_service.count(db) == 0


def _edit_elsewhere(db: Database, pid: str, **changes) -> None:
    person = people_service.get_person(db, pid)
    people_service.update_person(db, pid, replace(person, portrait=(), **changes),
                                 expected_updated_at=person.updated_at)


def test_conflict_shows_both_versions_and_keep_theirs_overwrites_nothing(qtbot, db: Database) -> None:
    pid = _add(db, "E0001", "Thijs Bos", title="Planner")
    dialog = _dialog(qtbot, db, pid)
    _edit_elsewhere(db, pid, title="Senior Planner")   # someone else saves meanwhile
    dialog.title_edit.setText("Lead Planner")
    _ok(dialog)
    box = dialog.conflict_box
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert dialog.isVisible()
    rows = {label: (theirs, mine, differs) for label, theirs, mine, differs in
            dialog.conflict_rows_shown}
    assert rows["Title"] == ("Senior Planner", "Lead Planner", True)
    assert rows["Name"] == ("Thijs Bos", "Thijs Bos", False)
    assert "Senior Planner" in box.informativeText() and "Lead Planner" in box.informativeText()
    assert people_service.get_person(db, pid).title == "Senior Planner"  # nothing overwritten

    dialog.keep_theirs_button.click()
    assert dialog.conflict_box is None
    assert dialog.isVisible()
    assert dialog.title_edit.text() == "Senior Planner"
    assert dialog.notice.isVisible()
    assert people_service.get_person(db, pid).title == "Senior Planner"
    # after reloading theirs, a new edit saves normally against the new version
    dialog.notes.setPlainText("Checked with HR")
    _ok(dialog)
    assert dialog.result() == QDialog.Accepted
    saved = people_service.get_person(db, pid)
    assert (saved.title, saved.notes) == ("Senior Planner", "Checked with HR")


def test_conflict_overwrite_with_mine(qtbot, db: Database) -> None:
    pid = _add(db, "E0001", "Eva Smit", department="Sales")
    dialog = _dialog(qtbot, db, pid)
    _edit_elsewhere(db, pid, department="Marketing")
    dialog.department.setText("Finance")
    _ok(dialog)
    assert dialog.conflict_box is not None
    assert people_service.get_person(db, pid).department == "Marketing"
    dialog.overwrite_button.click()
    assert dialog.result() == QDialog.Accepted
    assert people_service.get_person(db, pid).department == "Finance"


def test_edit_elsewhere_of_other_field_is_still_a_conflict_not_silent(qtbot, db: Database) -> None:
    pid = _add(db, "E0001", "Mila Bakker", department="Sales", branch="Rotterdam")
    dialog = _dialog(qtbot, db, pid)
    _edit_elsewhere(db, pid, branch="Madrid")
    dialog.department.setText("Finance")
    _ok(dialog)
    assert dialog.conflict_box is not None  # my save would put Rotterdam back: ask, do not overwrite
    assert people_service.get_person(db, pid).branch == "Madrid"
    dialog.conflict_box.reject()


def test_portrait_chart_empty_and_size_hint_grows(qtbot) -> None:
    chart = PortraitChart()
    qtbot.addWidget(chart)
    chart.resize(360, 200)
    empty_height = chart.sizeHint().height()
    image = chart.grab().toImage()
    assert not image.isNull()
    chart.set_entries([PortraitEntry(f"Competency with a rather long name {i}", i % 6, min(5, i % 6 + 1))
                       for i in range(8)])
    assert chart.sizeHint().height() > empty_height + 6 * PortraitChart.ROW_HEIGHT
    chart.resize(chart.sizeHint())
    assert not chart.grab().toImage().isNull()
    assert "target" in chart.toolTip()
