"""Add or edit one person: their fields, competency portrait and mentor profile.

The dialog validates through `services.people.validate_person` before it closes,
so a refused save never loses what was typed: problems are listed in a red label
beside the buttons and the dialog stays open. Edits are saved with the version
the dialog opened (`expected_updated_at`); if someone else saved the same person
meanwhile the user sees both versions and chooses. Nothing is overwritten silently.
"""

from __future__ import annotations

import html
import re
from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QTableWidget,
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

from .. import theme
from ..dates import short_date
from ..models.people_model import role_label
from ..widgets.date_field import DateField
from ..widgets.portrait_chart import PortraitChart

NO_DATE = QDate(1900, 1, 1)
NO_TARGET = -1
COMPETENCY, CURRENT, TARGET = range(3)
_LANG_SPLIT = re.compile(r"[\s,;]+")


def manager_label(person: Person) -> str:
    """How a manager appears in the combo box: a name alone is ambiguous in a big company."""
    return f"{person.name} ({person.employee_id})"


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
        outer = QVBoxLayout(self)
        self.tabs = QTabWidget(self)
        outer.addWidget(self.tabs, 1)

        details = QWidget(self)
        form = QFormLayout(details)
        form.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
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

        self.manager = QComboBox(details)
        self.manager.setEditable(True)
        self.manager.setInsertPolicy(QComboBox.NoInsert)
        self.manager.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Fixed)
        self.manager.addItem(self.tr("(no manager)"), None)
        for p in sorted(self._people, key=lambda p: p.name.casefold()):
            if p.id != self.person_id:
                self.manager.addItem(manager_label(p), p.employee_id)
        completer = self.manager.completer()
        completer.setCompletionMode(QCompleter.PopupCompletion)
        completer.setFilterMode(Qt.MatchContains)
        completer.setCaseSensitivity(Qt.CaseInsensitive)

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

        # competency portrait
        self.portrait = QTableWidget(0, 3, details)
        self.portrait.setHorizontalHeaderLabels([self.tr("Competency"), self.tr("Current"), self.tr("Target")])
        header = self.portrait.horizontalHeader()
        header.setSectionResizeMode(COMPETENCY, QHeaderView.Stretch)
        header.setSectionResizeMode(CURRENT, QHeaderView.ResizeToContents)
        header.setSectionResizeMode(TARGET, QHeaderView.ResizeToContents)
        self.portrait.verticalHeader().hide()
        self.portrait.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.portrait.setSelectionMode(QAbstractItemView.SingleSelection)
        self.portrait.setMinimumHeight(150)
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
        self.tabs.addTab(details, self.tr("Details"))

        # mentor profile
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
        self.mentor_tab = mentor
        self.tabs.addTab(mentor, self.tr("Mentor profile"))

        # errors beside the buttons
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
        outer.addLayout(bottom)

        self.role.currentIndexChanged.connect(self._role_changed)

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
        i = self.manager.findData(p.manager_employee_id) if p.manager_employee_id else 0
        if i < 0:  # a manager not in the list (e.g. removed): keep the id visible
            self.manager.addItem(p.manager_employee_id, p.manager_employee_id)
            i = self.manager.count() - 1
        self.manager.setCurrentIndex(i)
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
        row = self.portrait.rowCount()
        self.portrait.insertRow(row)
        name = QLineEdit(self.portrait)
        name.setFrame(False)
        name.setPlaceholderText(self.tr("Competency"))
        completer = QCompleter(self._catalogue, name)
        completer.setCaseSensitivity(Qt.CaseInsensitive)
        completer.setFilterMode(Qt.MatchContains)
        name.setCompleter(completer)
        current = QSpinBox(self.portrait)
        current.setRange(0, 5)
        target = QSpinBox(self.portrait)
        target.setRange(NO_TARGET, 5)
        target.setSpecialValueText(self.tr("—"))
        target.setToolTip(self.tr("The level to reach; — for no target"))
        target.setValue(NO_TARGET)
        if entry is not None:
            name.setText(entry.competency)
            name.setReadOnly(stored)  # renaming would record a new competency, not rename this one
            current.setValue(entry.current)
            target.setValue(NO_TARGET if entry.target is None else entry.target)
        name.setProperty("stored", stored)
        name.textChanged.connect(self._refresh_chart)
        current.valueChanged.connect(self._refresh_chart)
        target.valueChanged.connect(self._refresh_chart)
        self.portrait.setCellWidget(row, COMPETENCY, name)
        self.portrait.setCellWidget(row, CURRENT, current)
        self.portrait.setCellWidget(row, TARGET, target)
        self._refresh_chart()
        if entry is None:
            name.setFocus()
        return row

    def remove_selected_row(self) -> None:
        row = self.portrait.currentRow()
        if row < 0 or self._row_is_stored(row):
            return
        self.portrait.removeRow(row)
        self._refresh_chart()
        self._update_remove()

    def _row_is_stored(self, row: int) -> bool:
        widget = self.portrait.cellWidget(row, COMPETENCY)
        return bool(widget is not None and widget.property("stored"))

    def _update_remove(self) -> None:
        """Recorded assessments are history: only rows added in this dialog can be removed."""
        row = self.portrait.currentRow()
        stored = row >= 0 and self._row_is_stored(row)
        self.remove_row_button.setEnabled(row >= 0 and not stored)
        self.remove_row_button.setToolTip(
            self.tr("Recorded assessments stay in the person's history; set the level instead.") if stored else "")

    def portrait_entries(self) -> list[PortraitEntry]:
        out: list[PortraitEntry] = []
        for row in range(self.portrait.rowCount()):
            name: QLineEdit = self.portrait.cellWidget(row, COMPETENCY)  # type: ignore[assignment]
            current: QSpinBox = self.portrait.cellWidget(row, CURRENT)  # type: ignore[assignment]
            target: QSpinBox = self.portrait.cellWidget(row, TARGET)  # type: ignore[assignment]
            out.append(PortraitEntry(name.text().strip(), current.value(),
                                     None if target.value() == NO_TARGET else target.value()))
        return out

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

    def _manager_employee_id(self) -> tuple[str | None, list[str]]:
        """The chosen manager's employee ID; typed text must match an entry in the list."""
        text = self.manager.currentText().strip()
        if not text or self.manager.currentIndex() == 0 and text == self.manager.itemText(0):
            return None, []
        i = self.manager.findText(text, Qt.MatchFixedString)
        if i < 0:  # allow typing just the employee ID
            i = self.manager.findData(text)
        if i < 0:
            return None, [self.tr("Choose the manager from the list (“{0}” is not a person here).").format(text)]
        return self.manager.itemData(i), []

    def form_person(self) -> tuple[Person, list[str]]:
        """The person as typed, plus problems only the dialog can see."""
        problems: list[str] = []
        manager, manager_problems = self._manager_employee_id()
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
    def _field_labels(self) -> dict[str, str]:
        return {
            "employee_id": self.tr("Employee ID"), "name": self.tr("Name"), "email": self.tr("Email"),
            "department": self.tr("Department"), "branch": self.tr("Branch"), "title": self.tr("Title"),
            "manager_employee_id": self.tr("Manager"), "hire_date": self.tr("Hire date"),
            "languages": self.tr("Languages"), "notes": self.tr("Notes"), "role": self.tr("Role"),
            "archived": self.tr("Archived"),
        }

    def _show_value(self, key: str, value: Any) -> str:
        if value is None or value == "":
            return "—"
        if key == "hire_date":
            d = date.fromisoformat(str(value))
            return short_date(d)
        if key == "languages":
            return ", ".join(x for x in str(value).split(";") if x)
        if key == "role":
            return role_label(str(value))
        if key == "archived":
            return self.tr("Yes") if value else self.tr("No")
        return str(value)

    def conflict_rows(self, exc: ConflictError) -> list[tuple[str, str, str, bool]]:
        """(field, theirs, yours, differs) for every field of the person."""
        out = []
        for key, label in self._field_labels().items():
            theirs, mine = exc.theirs.get(key), exc.mine.get(key)
            differs = (theirs or None) != (mine or None)
            out.append((label, self._show_value(key, theirs), self._show_value(key, mine), differs))
        return out

    def _show_conflict(self, exc: ConflictError, person: Person) -> None:
        self.conflict_rows_shown = self.conflict_rows(exc)
        rows = "".join(
            "<tr{style}><td>{mark}{label}</td><td>{theirs}</td><td>{mine}</td></tr>".format(
                style=f' style="font-weight:bold; background:{theme.css("changed_bg")}"' if differs else "",
                mark="≠ " if differs else "", label=html.escape(label),
                theirs=html.escape(theirs).replace("\n", "<br>"), mine=html.escape(mine).replace("\n", "<br>"))
            for label, theirs, mine, differs in self.conflict_rows_shown)
        table = ("<table cellspacing='0' cellpadding='4' border='1'><tr><th></th><th>"
                 + html.escape(self.tr("Theirs (saved)")) + "</th><th>" + html.escape(self.tr("Yours"))
                 + f"</th></tr>{rows}</table>")
        box = QMessageBox(QMessageBox.Warning, self.tr("Someone else changed this person"),
                          html.escape(self.tr("Someone else saved this person after you opened it. "
                                              "Nothing was saved. Compare both versions and choose.")),
                          QMessageBox.NoButton, self)
        box.setObjectName("conflictBox")
        box.setTextFormat(Qt.RichText)  # the comparison is an HTML table; every value is escaped
        box.setInformativeText(table)
        self.keep_theirs_button = box.addButton(self.tr("Keep theirs"), QMessageBox.RejectRole)
        self.overwrite_button = box.addButton(self.tr("Overwrite with mine"), QMessageBox.DestructiveRole)
        box.setDefaultButton(self.keep_theirs_button)
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
