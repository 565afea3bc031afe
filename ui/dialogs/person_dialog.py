"""Add or edit one person: their fields, competency portrait and mentor profile.

The dialog validates through `services.people.validate_person` before it closes,
so a refused save never loses what was typed: problems are listed in a red label
beside the buttons and the dialog stays open. Edits are saved with the version
the dialog opened (`expected_updated_at`); if someone else saved the same person
meanwhile the user sees both versions and chooses. Nothing is overwritten silently.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from mentordesk.errors import ConflictError, MentorDeskError, ValidationError
from mentordesk.models import DEFAULT_CAPACITY, ROLES, MentorProfile, Person, PortraitEntry
from mentordesk.services import people as people_service
from mentordesk.storage.database import Database
from ui.widgets.forms import error_label
from ui.widgets.guarded_dialog import GuardedDialog
from ui.widgets.screen_fit import refit

from ..models.people_model import role_label
from ..widgets.date_field import DateField
from ..widgets.portrait_chart import PortraitChart
from . import person_conflict, person_manager, person_portrait
from .person_manager import manager_label
from .person_portrait import COMPETENCY, CURRENT, NO_TARGET, TARGET

__all__ = ["COMPETENCY", "CURRENT", "NO_DATE", "NO_TARGET", "TARGET", "PersonDialog", "manager_label"]

NO_DATE = QDate(1900, 1, 1)
_LANG_SPLIT = re.compile(r"[\s,;]+")


class PersonDialog(GuardedDialog):
    """Every field of a person; OK saves, or stays open listing what is wrong."""

    saved = Signal(str)  # the person's id after a successful save

    def __init__(self, db: Database, person_id: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.person_id = person_id
        self.person: Person | None = people_service.get_person(db, person_id) if person_id else None
        self.expected_updated_at: str | None = self.person.updated_at if self.person else None
        self.profile: MentorProfile | None = people_service.mentor_profile(db, person_id) if person_id else None
        self.conflict_box: QMessageBox | None = None
        self.conflict_rows_shown: list[tuple[str, str, str, bool]] = []
        self._people = people_service.list_people(db, include_archived=True)
        self._catalogue = [c["name"] for c in people_service.competency_catalogue(db)]
        self._stored_competencies: set[str] = set()

        self.setWindowTitle(self.tr("Edit {0}").format(self.person.name) if self.person else self.tr("Add person"))
        self.setMinimumWidth(620)
        self._build()
        self._load(self.person, self.profile)

    # -- layout -------------------------------------------------------------------------
    def _build(self) -> None:
        """Two tabs (details with the portrait, mentor profile) over the problems and buttons."""
        outer = QVBoxLayout(self)
        self.tabs = QTabWidget(self)
        outer.addWidget(self.tabs, 1)
        details = QWidget(self)
        form = QFormLayout(details)
        form.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self._build_text_fields(details)
        self.manager = person_manager.manager_combo(details, self._people, self.person_id)
        date_row = self._build_hire_date(details)
        self._build_later_fields(details)
        self._add_detail_rows(form, date_row)
        self._build_portrait(details, form)
        self.tabs.addTab(details, self.tr("Details"))
        self.mentor_tab = self._build_mentor_tab()
        self.tabs.addTab(self.mentor_tab, self.tr("Mentor profile"))
        outer.addLayout(self._build_bottom())
        self.role.currentIndexChanged.connect(self._role_changed)

    def _build_text_fields(self, details: QWidget) -> None:
        """Identity fields; department, branch and title complete from the file's values
        so one department is not spelled three ways."""
        self.employee_id = QLineEdit(details)
        self.employee_id.setPlaceholderText(self.tr("e.g. E0123"))
        self.name = QLineEdit(details)
        self.email = QLineEdit(details)
        self.email.setPlaceholderText(self.tr("name@company.com"))
        self.department = QLineEdit(details)
        self.branch = QLineEdit(details)
        self.title_edit = QLineEdit(details)
        for edit, values in ((self.department, {p.department for p in self._people}),
                             (self.branch, {p.branch for p in self._people}),
                             (self.title_edit, {p.title for p in self._people})):
            completer = QCompleter(sorted(v for v in values if v), edit)
            completer.setCaseSensitivity(Qt.CaseInsensitive)
            edit.setCompleter(completer)

    def _build_hire_date(self, details: QWidget) -> QHBoxLayout:
        """A date with a "No date" button: many HR exports do not know the hire date."""
        date_row = QHBoxLayout()
        self.hire_date = DateField(details)
        self.hire_date.setMinimumDate(NO_DATE)
        self.hire_date.setMaximumDate(QDate.currentDate())
        self.hire_date.setSpecialValueText(self.tr("No date"))
        self.clear_date = QToolButton(details)
        self.clear_date.setText(self.tr("No date"))
        self.clear_date.setToolTip(self.tr("The hire date is not known"))
        self.clear_date.clicked.connect(lambda: self.hire_date.setDate(NO_DATE))
        date_row.addWidget(self.hire_date, 1)
        date_row.addWidget(self.clear_date)
        return date_row

    def _build_later_fields(self, details: QWidget) -> None:
        """Languages, role, mentor capacity (only mentors', see `_role_changed`) and notes,
        created in form order so Tab walks the form top to bottom."""
        self.languages = QLineEdit(details)
        self.languages.setPlaceholderText(self.tr("two-letter codes, e.g. en, nl, es"))
        self.role = QComboBox(details)
        for code in ROLES:
            self.role.addItem(role_label(code) if code != "none" else self.tr("None"), code)
        self.capacity = QSpinBox(details)
        self.capacity.setRange(1, 10)
        self.capacity.valueChanged.connect(self._capacity_suffix)  # "1 mentee", "3 mentees"
        self._capacity_suffix(self.capacity.value())
        self.capacity.setToolTip(self.tr("How many mentees this person can take at a time"))
        self.notes = QPlainTextEdit(details)
        self.notes.setFixedHeight(60)

    def _add_detail_rows(self, form: QFormLayout, date_row: QHBoxLayout) -> None:
        """The labelled rows in the order HR reads a person's record."""
        form.addRow(self.tr("Employee ID"), self.employee_id)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Email"), self.email)
        form.addRow(self.tr("Department"), self.department)
        form.addRow(self.tr("Branch"), self.branch)
        form.addRow(self.tr("Title"), self.title_edit)
        form.addRow(self.tr("Manager"), self.manager)
        form.addRow(self.tr("Hire date"), date_row)
        form.addRow(self.tr("Languages"), self.languages)
        form.addRow(self.tr("Role"), self.role)
        form.addRow(self.tr("Mentor capacity"), self.capacity)
        form.addRow(self.tr("Notes"), self.notes)

    def _build_portrait(self, details: QWidget, form: QFormLayout) -> None:
        """The competency table, its Add/Remove buttons and the live chart under them."""
        self.portrait = person_portrait.portrait_table(details)
        self.portrait.itemSelectionChanged.connect(self._update_remove)
        buttons = QHBoxLayout()
        self.add_row_button = QPushButton(self.tr("Add competency"), details)
        self.remove_row_button = QPushButton(self.tr("Remove"), details)
        self.add_row_button.clicked.connect(lambda: self.add_competency_row())
        self.remove_row_button.clicked.connect(self.remove_selected_row)
        buttons.addWidget(self.add_row_button)
        buttons.addWidget(self.remove_row_button)
        buttons.addStretch(1)
        self.chart = PortraitChart(details)
        form.addRow(QLabel(self.tr("<b>Competency portrait</b>"), details))
        form.addRow(self.portrait)
        form.addRow(buttons)
        form.addRow(self.chart)

    def _build_mentor_tab(self) -> QWidget:
        """What matching and introductions need to know about a willing mentor."""
        mentor = QWidget(self)
        mform = QFormLayout(mentor)
        self.willing = QCheckBox(self.tr("Willing to mentor now"), mentor)
        self.motivation = QPlainTextEdit(mentor)
        self.motivation.setPlaceholderText(self.tr("Why do they want to mentor?"))
        self.availability = QLineEdit(mentor)
        self.availability.setPlaceholderText(self.tr("e.g. Tuesday mornings, flexible"))
        self.recognition = QLineEdit(mentor)
        self.recognition.setPlaceholderText(self.tr("How their mentoring is recognised"))
        mform.addRow(self.willing)
        mform.addRow(self.tr("Motivation"), self.motivation)
        mform.addRow(self.tr("Availability"), self.availability)
        mform.addRow(self.tr("Recognition"), self.recognition)
        return mentor

    def _build_bottom(self) -> QHBoxLayout:
        """Problems and notices beside the buttons, where the eye is when OK is refused."""
        bottom = QHBoxLayout()
        self.errors = error_label(self)
        self.notice = QLabel(self)
        self.notice.setObjectName("notice")
        self.notice.setWordWrap(True)
        self.notice.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        bottom.addWidget(self.errors, 1)
        bottom.addWidget(self.notice, 1)
        bottom.addWidget(self.buttons, 0, Qt.AlignBottom)
        return bottom

    # -- loading ------------------------------------------------------------------------
    def _capacity_suffix(self, n: int) -> None:
        self.capacity.setSuffix(self.tr(" mentee(s)", "", n))

    def _load(self, person: Person | None, profile: MentorProfile | None) -> None:
        """Fill every field from `person` (None: a new, empty person)."""
        p = person or Person(employee_id="", name="", email="")
        self.employee_id.setText(p.employee_id)
        self.name.setText(p.name)
        self.email.setText(p.email)
        self.department.setText(p.department)
        self.branch.setText(p.branch)
        self.title_edit.setText(p.title)
        person_manager.select_manager(self.manager, p.manager_employee_id)
        self.hire_date.setDate(QDate(p.hire_date.year, p.hire_date.month, p.hire_date.day)
                               if p.hire_date else NO_DATE)
        self.languages.setText(", ".join(p.languages))
        self.role.setCurrentIndex(max(0, self.role.findData(p.role)))
        self.capacity.setValue(p.mentor_capacity or (profile.capacity if profile else DEFAULT_CAPACITY))
        self.notes.setPlainText(p.notes)
        self.portrait.setRowCount(0)
        self._stored_competencies = {e.competency.casefold() for e in p.portrait}
        for entry in p.portrait:
            self.add_competency_row(entry, stored=True)
        self.willing.setChecked(profile.willing if profile else True)
        self.motivation.setPlainText(profile.motivation if profile else "")
        self.availability.setText(profile.availability if profile else "")
        self.recognition.setText(profile.recognition if profile else "")
        self._role_changed()
        self._refresh_chart()
        self._update_remove()

    def _role_changed(self) -> None:
        mentors = self.role.currentData() in ("mentor", "both")
        self.capacity.setEnabled(mentors)
        self.tabs.setTabEnabled(self.tabs.indexOf(self.mentor_tab), mentors)

    # -- competency rows ----------------------------------------------------------------
    def add_competency_row(self, entry: PortraitEntry | None = None, *, stored: bool = False) -> int:
        """Append a row; widgets (not delegates) so the chart follows every change live."""
        name, current, target = person_portrait.append_row(self.portrait, self._catalogue, entry, stored)
        name.textChanged.connect(self._refresh_chart)
        current.valueChanged.connect(self._refresh_chart)
        target.valueChanged.connect(self._refresh_chart)
        self._refresh_chart()
        if self.isVisible():  # several rows added at once must not push OK below the screen's edge:
            QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)  # sizes settled now,
            refit(self)  # then the fields move into a scroll area if they no longer fit
        if entry is None:
            name.setFocus()
        return self.portrait.rowCount() - 1

    def remove_selected_row(self) -> None:
        row = self.portrait.currentRow()
        if row < 0 or person_portrait.row_is_stored(self.portrait, row):
            return
        self.portrait.removeRow(row)
        self._refresh_chart()
        self._update_remove()

    def _update_remove(self) -> None:
        """Recorded assessments are history: only rows added in this dialog can be removed."""
        row = self.portrait.currentRow()
        stored = row >= 0 and person_portrait.row_is_stored(self.portrait, row)
        self.remove_row_button.setEnabled(row >= 0 and not stored)
        self.remove_row_button.setToolTip(
            self.tr("Recorded assessments stay in the person's history; set the level instead.") if stored else "")

    def portrait_entries(self) -> list[PortraitEntry]:
        return person_portrait.entries(self.portrait)

    def _refresh_chart(self) -> None:
        self.chart.set_entries([e for e in self.portrait_entries() if e.competency])

    # -- reading the form ---------------------------------------------------------------
    def languages_list(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(t.lower() for t in _LANG_SPLIT.split(self.languages.text()) if t))

    def hire(self) -> date | None:
        d = self.hire_date.date()
        if d == NO_DATE or not d.isValid():
            return None
        return date(d.year(), d.month(), d.day())

    def form_person(self) -> tuple[Person, list[str]]:
        """The person as typed, plus problems only the dialog can see."""
        problems: list[str] = []
        manager, manager_problems = person_manager.chosen_manager(self.manager)
        problems += manager_problems
        mentors = self.role.currentData() in ("mentor", "both")
        base = self.person or Person(employee_id="", name="", email="")
        person = replace(
            base,
            employee_id=self.employee_id.text().strip(), name=self.name.text().strip(),
            email=self.email.text().strip(), department=self.department.text().strip(),
            branch=self.branch.text().strip(), title=self.title_edit.text().strip(),
            manager_employee_id=manager, hire_date=self.hire(), languages=self.languages_list(),
            notes=self.notes.toPlainText(), role=self.role.currentData(),
            mentor_capacity=self.capacity.value() if mentors else None,
            portrait=tuple(self.portrait_entries()),
        )
        return person, problems

    def form_profile(self, person_id: str) -> MentorProfile:
        return MentorProfile(
            person_id=person_id, willing=self.willing.isChecked(),
            motivation=self.motivation.toPlainText().strip(), capacity=self.capacity.value(),
            availability=self.availability.text().strip(), recognition=self.recognition.text().strip(),
            id=self.profile.id if self.profile else "",
        )

    # -- saving -------------------------------------------------------------------------
    def show_problems(self, problems: list[str]) -> None:
        self.notice.hide()
        self.errors.setText("\n".join(problems))
        self.errors.setVisible(bool(problems))

    def accept(self) -> None:
        """Validate first; close only after a successful save."""
        person, problems = self.form_person()
        try:
            problems += people_service.validate_person(self.db, person, self.person_id)
        except MentorDeskError as exc:
            problems.append(str(exc))
        if problems:
            self.show_problems(problems)
            return
        self._save(person, self.expected_updated_at)

    def _save(self, person: Person, expected_updated_at: str | None) -> None:
        try:
            if self.person_id is None:
                self.person_id = people_service.add_person(self.db, person)
            else:
                people_service.update_person(self.db, self.person_id, person,
                                             expected_updated_at=expected_updated_at)
            if person.role in ("mentor", "both"):
                people_service.save_mentor_profile(self.db, self.form_profile(self.person_id))
        except ConflictError as exc:
            self._show_conflict(exc, person)
            return
        except ValidationError as exc:
            self.show_problems(exc.problems)
            return
        except MentorDeskError as exc:
            self.show_problems([str(exc)])
            return
        self.saved.emit(self.person_id)
        super().accept()

    # -- conflicts ----------------------------------------------------------------------
    def conflict_rows(self, exc: ConflictError) -> list[tuple[str, str, str, bool]]:
        """(field, theirs, yours, differs) for every field of the person."""
        return person_conflict.conflict_rows(exc)

    def _show_conflict(self, exc: ConflictError, person: Person) -> None:
        """Ask (without blocking) whether to keep their save or overwrite it with the form."""
        self.conflict_rows_shown = self.conflict_rows(exc)
        box, self.keep_theirs_button, self.overwrite_button = person_conflict.conflict_box(
            self, self.conflict_rows_shown)
        box.buttonClicked.connect(lambda button: self._conflict_choice(button, person))
        self.conflict_box = box
        box.open()

    def _conflict_choice(self, button, person: Person) -> None:
        self.conflict_box = None
        if button is self.overwrite_button:
            self._save(person, None)
        else:
            self.keep_theirs()

    def keep_theirs(self) -> None:
        """Reload the saved version into the form; the user's edits are dropped, not saved."""
        try:
            self.person = people_service.get_person(self.db, self.person_id) if self.person_id else None
            self.profile = people_service.mentor_profile(self.db, self.person_id) if self.person_id else None
        except MentorDeskError as exc:
            self.show_problems([str(exc)])
            return
        self.expected_updated_at = self.person.updated_at if self.person else None
        self._load(self.person, self.profile)
        self.errors.hide()
        self.notice.setText(self.tr("Their version is shown; your changes were not saved."))
        self.notice.show()
