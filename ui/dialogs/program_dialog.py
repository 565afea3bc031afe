"""Create or edit a program: what it is for, how it runs, and how the matcher weighs pairs.

The dialog validates with `services.programs.validate_program` before it closes,
so the HR manager sees every problem at once, in a red label, with the fields
still filled in; it never writes to the file itself (the view saves).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from mentordesk import vocabulary
from mentordesk.clock import today
from mentordesk.errors import MentorDeskError
from mentordesk.i18n import current
from mentordesk.matching.scoring import DEFAULT_WEIGHTS as SCORING_DEFAULT_WEIGHTS
from mentordesk.models import Program
from mentordesk.services import people, programs
from mentordesk.storage.database import Database
from ui.widgets.forms import error_label
from ui.widgets.guarded_dialog import GuardedDialog

from ..models.participants_model import cadence_labels, delivery_labels, kind_labels
from ..widgets.date_field import DateField
from .program_kind_fields import KindFields

#: Weights shown for a program that has none saved yet: the matcher's own defaults, so what
#: HR sees is what the matcher uses.
DEFAULT_WEIGHTS: dict[str, float] = dict(SCORING_DEFAULT_WEIGHTS)
BRANCH_PREFERENCES = ("same", "none", "different")


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class ProgramDialog(GuardedDialog):
    """Every program field plus the matching settings; `program()` is the edited record."""

    def __init__(self, db: Database, program: Program | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.original = program
        self.setWindowTitle(self.tr("Edit program") if program else self.tr("New program"))
        self.setMinimumWidth(560)
        p = program or Program(name="", start_date=today(), end_date=None)
        self._build_texts(p)
        self._build_dates(p, new=program is None)
        self._build_sizes(p)
        form = self._build_form()
        matching = self._build_matching(dict(p.match_settings or {}))
        self.errors = error_label(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(matching)
        layout.addWidget(self.errors)
        layout.addWidget(self.buttons)

    def _build_texts(self, p: Program) -> None:
        """Name, purpose, goal and the three choices (kind, delivery, cadence)."""
        self.name = QLineEdit(p.name, self)
        self.name.setObjectName("name")
        self.purpose = QPlainTextEdit(p.purpose, self)
        self.purpose.setObjectName("purpose")
        self.purpose.setPlaceholderText(self.tr("Why the program exists, e.g. help new team leads grow."))
        self.purpose.setFixedHeight(54)
        self.business_goal = QPlainTextEdit(p.business_goal, self)
        self.business_goal.setObjectName("business_goal")
        self.business_goal.setPlaceholderText(self.tr("What the company wants to see, e.g. fill 60 % of "
                                                      "team-lead vacancies from within."))
        self.business_goal.setFixedHeight(70)
        self.kind = self._combo("kind", kind_labels(), p.kind)
        self.delivery = self._combo("delivery", delivery_labels(), p.delivery)
        self.cadence = self._combo("cadence", cadence_labels(), p.cadence)

    def _build_dates(self, p: Program, *, new: bool) -> None:
        """Start and end, each behind a tick box: a new program gets an end a year on by default."""
        self.has_start = QCheckBox(self.tr("Starts on:"), self)
        self.has_start.setObjectName("has_start")
        self.start = DateField(self, _qdate(p.start_date or today()))
        self.start.setObjectName("start")
        self.has_end = QCheckBox(self.tr("Ends on:"), self)
        self.has_end.setObjectName("has_end")
        default_end = p.end_date or replace_year(p.start_date or today(), 1)
        self.end = DateField(self, _qdate(default_end))
        self.end.setObjectName("end")
        for check, edit, value in ((self.has_start, self.start, p.start_date),
                                   (self.has_end, self.end, p.end_date)):
            check.setToolTip(self.tr("Untick while the date is not fixed yet."))
            check.setChecked(value is not None or (new and check is self.has_end))
            edit.setEnabled(check.isChecked())
            check.toggled.connect(edit.setEnabled)

    def _build_sizes(self, p: Program) -> None:
        """Relationship length, the mentee limit and the kind-specific fields."""
        self.months = QSpinBox(self)
        self.months.setObjectName("months")
        self.months.setRange(1, 24)
        self.months.setValue(p.relationship_months)
        self.months.setSuffix(self.tr(" months"))
        self.months.setToolTip(self.tr("How long each mentoring relationship is planned to last; "
                                       "6 to 12 months is usual."))
        self.max_mentees = QSpinBox(self)
        self.max_mentees.setObjectName("max_mentees")
        self.max_mentees.setRange(0, 9999)
        self.max_mentees.setSpecialValueText(self.tr("No limit"))
        self.max_mentees.setValue(p.max_mentees or 0)
        self.max_mentees.setToolTip(self.tr("Mentees accepted beyond this number go on a waiting list."))

        self.kind_fields = KindFields(p, self._competencies(), self)
        self.kind_fields.setObjectName("kind_fields")
        self.cadence_label = QLabel(self)
        self.cadence_label.setBuddy(self.cadence)
        self.max_label = QLabel(self)
        self.max_label.setBuddy(self.max_mentees)

    def _build_form(self) -> QFormLayout:
        """The program's own fields in one form; the kind decides which rows show."""
        form = self.form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Purpose:"), self.purpose)
        form.addRow(self.tr("&Business goal:"), self.business_goal)
        form.addRow(self.tr("&Kind:"), self.kind)
        form.addRow("", self.kind_fields)
        form.addRow(self.tr("&Delivery:"), self.delivery)
        form.addRow(self.has_start, self._row(self.start))
        form.addRow(self.has_end, self._row(self.end))
        usual = QLabel(self.tr("(6–12 is usual)"), self)
        self.months_row = self._row(self.months, usual)
        form.addRow(self.tr("&Relationship length:"), self.months_row)
        form.addRow(self.cadence_label, self.cadence)
        form.addRow(self.max_label, self.max_mentees)
        self.kind.currentIndexChanged.connect(lambda *_: self._kind_changed())
        self._kind_changed()
        return form

    def _build_matching(self, settings: dict) -> QGroupBox:
        """Branch preference, department preference and the weights; unknown settings are kept."""
        self.branch_preference = QComboBox(self)
        self.branch_preference.setObjectName("branch_preference")
        for key, label in (("same", self.tr("Prefer the same branch")), ("none", self.tr("Branch does not matter")),
                           ("different", self.tr("Prefer a different branch"))):
            self.branch_preference.addItem(label, key)
        bp = settings.get("branch_preference", "same")
        self.branch_preference.setCurrentIndex(max(0, self.branch_preference.findData(bp)))
        self.cross_department = QCheckBox(self.tr("Prefer mentors from another department"), self)
        self.cross_department.setObjectName("prefer_cross_department")
        self.cross_department.setChecked(bool(settings.get("prefer_cross_department", False)))
        self._extra_settings = {k: v for k, v in settings.items()
                                if k not in ("branch_preference", "prefer_cross_department", "weights")}
        grid = self._weights_grid(settings.get("weights") or {})
        matching = QGroupBox(self.tr("Matching"), self)
        mform = QFormLayout(matching)
        mform.addRow(self.tr("Branches:"), self.branch_preference)
        mform.addRow("", self.cross_department)
        note = QLabel(self.tr("Weights (points; only their proportions matter):"), self)
        mform.addRow(note)
        mform.addRow(grid)
        return matching

    def _weights_grid(self, saved: dict) -> QGridLayout:
        """One spin box per matcher weight, two to a row; the matcher's default where none is saved."""
        weights = {**DEFAULT_WEIGHTS, **{k: v for k, v in saved.items() if k in DEFAULT_WEIGHTS}}
        weight_labels = {
            "gaps": self.tr("Mentor covers the mentee's gaps"), "branch": self.tr("Branch"),
            "department": self.tr("Department"), "language": self.tr("Shared language"),
            "mutual": self.tr("Asked for each other"), "seniority": self.tr("Seniority difference"),
        }
        self.weights: dict[str, QSpinBox] = {}
        grid = QGridLayout()
        for i, key in enumerate(DEFAULT_WEIGHTS):
            spin = QSpinBox(self)
            spin.setObjectName(f"weight_{key}")
            spin.setRange(0, 100)
            spin.setValue(int(round(float(weights[key]))))
            self.weights[key] = spin
            label = QLabel(weight_labels[key], self)
            label.setBuddy(spin)
            grid.addWidget(label, i // 2, (i % 2) * 2)
            grid.addWidget(spin, i // 2, (i % 2) * 2 + 1)
        return grid

    def _competencies(self) -> list[str]:
        """The file's competency names, offered for what a reverse mentor teaches."""
        try:
            return [row["name"] for row in people.competency_catalogue(self.db)]
        except MentorDeskError:
            return []  # the field still takes a typed name

    def _kind_changed(self) -> None:
        """Ask for what the chosen kind needs, and call its meetings and people by their names."""
        kind = self.kind.currentData()
        self.kind_fields.set_kind(kind)
        self.cadence_label.setText(with_mnemonic(vocabulary.who_meets(kind, current())))
        self.max_label.setText(self.tr("&Maximum participants:") if kind == "peer"
                               else self.tr("&Maximum mentees:"))
        shadowing = kind == "job_shadowing"  # a few short visits: no months-long cadence
        self.form.setRowVisible(self.months_row, not shadowing)
        self.form.setRowVisible(self.cadence, not shadowing)

    def _combo(self, name: str, labels: dict[str, str], current: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        for key, label in labels.items():
            combo.addItem(label, key)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        return combo

    def _row(self, *widgets: QWidget) -> QWidget:
        box = QWidget(self)
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        for w in widgets:
            row.addWidget(w)
        row.addStretch(1)
        return box

    def program(self) -> Program:
        """The program as filled in (not validated)."""
        base = self.original or Program(name="")
        settings = dict(self._extra_settings)
        settings.update(
            branch_preference=self.branch_preference.currentData(),
            prefer_cross_department=self.cross_department.isChecked(),
            weights={key: spin.value() for key, spin in self.weights.items()},
        )
        return replace(
            base,
            name=self.name.text().strip(),
            purpose=self.purpose.toPlainText().strip(),
            business_goal=self.business_goal.toPlainText().strip(),
            kind=self.kind.currentData(),
            delivery=self.delivery.currentData(),
            cadence=self.cadence.currentData(),
            start_date=_pydate(self.start.date()) if self.has_start.isChecked() else None,
            end_date=_pydate(self.end.date()) if self.has_end.isChecked() else None,
            relationship_months=self.months.value(),
            max_mentees=self.max_mentees.value() or None,
            match_settings=settings,
            **self.kind_fields.values(),
        )

    def problems(self) -> list[str]:
        problems = programs.validate_program(self.db, self.program(), self.original.id if self.original else None)
        if sum(spin.value() for spin in self.weights.values()) == 0:
            problems.append(self.tr("At least one matching weight must be above zero."))
        return problems

    def accept(self) -> None:
        """Close only when the program can be saved; otherwise list what to fix and stay open."""
        problems = self.problems()
        if problems:
            self.errors.setText("\n".join(problems))
            self.errors.show()
            return
        self.errors.hide()
        super().accept()


def with_mnemonic(caption: str) -> str:
    """A caption from the core's vocabulary (no Qt "&" in it) with Alt+its first letter, so the
    form's label keeps a keyboard shortcut to its field in every language."""
    return "&" + caption.replace("&", "&&")


def replace_year(value: date, years: int) -> date:
    """The same day `years` later (28 February for a 29 February start)."""
    try:
        return value.replace(year=value.year + years)
    except ValueError:
        return value.replace(year=value.year + years, day=28)
