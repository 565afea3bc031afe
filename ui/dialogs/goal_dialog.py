"""Add or edit one goal of a relationship.

The linked competency is picked from the mentee's own portrait, because a
goal is meant to close one of their gaps; a goal already linked to another
competency keeps it in the list so editing never silently unlinks it. A new
goal starts open at 0 % (that is how `add_goal` records its first history
row), so status and progress are only editable once the goal exists; each
later change becomes a history row the report draws as a progress curve.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSlider,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from mentordesk import clock
from mentordesk.errors import MentorDeskError, ValidationError
from mentordesk.relationship_models import Goal, RelationshipSummary
from mentordesk.services import people as people_service
from mentordesk.services import relationships as rel_service
from mentordesk.storage.database import Database
from ui.widgets.forms import error_label
from ui.widgets.guarded_dialog import GuardedDialog

from .. import theme
from ..models.relationships_model import goal_status_labels, pydate, qdate
from ..widgets.date_field import DateField


class GoalDialog(GuardedDialog):
    """Emits `saved(goal_id)` after the service accepted the goal."""

    saved = Signal(str)

    def __init__(self, db: Database, summary: RelationshipSummary, parent: QWidget | None = None,
                 goal: Goal | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.summary = summary
        self.goal = goal
        self.setWindowTitle(self.tr("Edit goal") if goal else self.tr("Add goal"))
        self.setObjectName("goalDialog")

        self._build_text_fields()
        progress_row = self._build_progress()
        due_row = self._build_due()
        self.competency = QComboBox(self)
        self.competency.setObjectName("competency")
        self._fill_competencies()
        form = self._form(progress_row, due_row)
        self.new_hint = QLabel(self.tr("A new goal starts open at 0%; change its status and progress later."), self)
        self.new_hint.setWordWrap(True)
        theme.mark(self.new_hint, "hint")
        self.errors = error_label(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.new_hint)
        layout.addWidget(self.errors)
        layout.addWidget(self.buttons)
        self._load(goal)
        self.setMinimumWidth(460)
        self.title_edit.setFocus()

    # -- layout -------------------------------------------------------------------------
    def _build_text_fields(self) -> None:
        """Title, description (Tab leaves it) and how success will be recognised."""
        self.title_edit = QLineEdit(self)
        self.title_edit.setObjectName("title")
        self.description = QPlainTextEdit(self)
        self.description.setObjectName("description")
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(70)
        self.success = QLineEdit(self)
        self.success.setObjectName("success_measure")
        self.success.setPlaceholderText(self.tr("How will you both know it is reached?"))

    def _build_progress(self) -> QHBoxLayout:
        """Status and progress; the slider follows the spin box, which is the keyboard control."""
        self.status = QComboBox(self)
        self.status.setObjectName("status")
        for key, label in goal_status_labels().items():
            self.status.addItem(label, key)
        self.progress = QSpinBox(self)
        self.progress.setObjectName("progress")
        self.progress.setRange(0, 100)
        self.progress.setSuffix(self.tr(" %"))
        self.progress.setSingleStep(10)
        self.slider = QSlider(Qt.Horizontal, self)
        self.slider.setRange(0, 100)
        self.slider.setSingleStep(5)
        self.slider.setPageStep(10)
        self.slider.setFocusPolicy(Qt.NoFocus)  # the spin box is the keyboard control
        self.slider.valueChanged.connect(self.progress.setValue)
        self.progress.valueChanged.connect(self.slider.setValue)
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress)
        progress_row.addWidget(self.slider, 1)
        return progress_row

    def _build_due(self) -> QHBoxLayout:
        """An optional due date, three months ahead when first ticked."""
        self.has_due = QCheckBox(self.tr("Due by"), self)
        self.has_due.setObjectName("has_due")
        self.due = DateField(self)
        self.due.setObjectName("due")
        self.due.setDate(qdate(clock.today()).addMonths(3))
        self.has_due.toggled.connect(self.due.setEnabled)
        due_row = QHBoxLayout()
        due_row.addWidget(self.has_due)
        due_row.addWidget(self.due, 1)
        return due_row

    def _form(self, progress_row: QHBoxLayout, due_row: QHBoxLayout) -> QFormLayout:
        """The labelled rows, each with a mnemonic so Alt+letter jumps to it."""
        form = QFormLayout()
        form.addRow(self.tr("&Title"), self.title_edit)
        form.addRow(self.tr("&Description"), self.description)
        form.addRow(self.tr("&Success measure"), self.success)
        form.addRow(self.tr("St&atus"), self.status)
        progress_label = QLabel(self.tr("&Progress"), self)
        progress_label.setBuddy(self.progress)  # a row holding a layout gets no buddy: the & would show
        form.addRow(progress_label, progress_row)
        form.addRow(self.tr("Due date"), due_row)
        form.addRow(self.tr("&Competency"), self.competency)
        return form

    def _load(self, goal: Goal | None) -> None:
        """Fill an existing goal; a new one cannot set status or progress yet (module docstring)."""
        if goal is not None:
            self.title_edit.setText(goal.title)
            self.description.setPlainText(goal.description)
            self.success.setText(goal.success_measure)
            self.status.setCurrentIndex(max(0, self.status.findData(goal.status)))
            self.progress.setValue(goal.progress)
            if goal.due_date is not None:
                self.due.setDate(qdate(goal.due_date))
            self.has_due.setChecked(goal.due_date is not None)
            self.new_hint.hide()
        else:
            self.status.setEnabled(False)
            self.progress.setEnabled(False)
            self.slider.setEnabled(False)
        self.due.setEnabled(self.has_due.isChecked())

    def _fill_competencies(self) -> None:
        """The mentee's assessed competencies, mapped to catalogue ids (goals link by id)."""
        self.competency.addItem(self.tr("No linked competency"), None)
        try:
            catalogue = {c["name"].casefold(): c["id"] for c in people_service.competency_catalogue(self.db)}
            mentee = people_service.get_person(self.db, self.summary.mentee_id)
            names = [e.competency for e in mentee.portrait]
        except MentorDeskError:
            catalogue, names = {}, []
        seen: set[str] = set()
        for name in sorted(names, key=str.casefold):
            cid = catalogue.get(name.casefold())
            if cid and cid not in seen:
                self.competency.addItem(name, cid)
                seen.add(cid)
        if self.goal is not None and self.goal.competency_id and self.goal.competency_id not in seen:
            self.competency.addItem(self.goal.competency_name or self.goal.competency_id, self.goal.competency_id)
        if self.goal is not None:
            self.competency.setCurrentIndex(max(0, self.competency.findData(self.goal.competency_id)))

    def accept(self) -> None:
        title = self.title_edit.text()
        due = pydate(self.due.date()) if self.has_due.isChecked() else None
        competency = self.competency.currentData()
        try:
            if self.goal is None:
                goal_id = rel_service.add_goal(self.db, self.summary.id, title, self.description.toPlainText(),
                                               self.success.text(), due, competency)
            else:
                rel_service.update_goal(self.db, self.goal.id, title=title,
                                        description=self.description.toPlainText(),
                                        success_measure=self.success.text(), due_date=due,
                                        status=self.status.currentData(), progress=self.progress.value(),
                                        competency_id=competency)
                goal_id = self.goal.id
        except ValidationError as exc:
            self._show(exc.problems)
            return
        except MentorDeskError as exc:
            self._show([str(exc)])
            return
        self.saved.emit(goal_id)
        super().accept()

    def _show(self, problems: list[str]) -> None:
        self.errors.setText("\n".join(problems))
        self.errors.setVisible(bool(problems))
