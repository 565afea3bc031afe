"""Record a check-in: the mentor's or the mentee's answers to the standard questions.

Each question is a row of five radio buttons (1–5) with a comment field; a
question left without an answer is skipped, because the service treats skipped
questions as absent rather than as a low score. The four prerequisites of a
good relationship are asked the same way, in their own group, so HR reads them
apart from the progress questions.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from mentordesk import clock
from mentordesk import relationships as rules
from mentordesk.errors import MentorDeskError, ValidationError
from mentordesk.relationship_models import RelationshipSummary
from mentordesk.services import relationships as rel_service
from mentordesk.storage.database import Database
from ui.widgets.forms import error_label
from ui.widgets.guarded_dialog import GuardedDialog

from .. import theme
from ..models.relationships_model import pydate, qdate, question_labels, role_label
from ..widgets.date_field import DateField


class CheckinDialog(GuardedDialog):
    """Emits `saved(checkin_id)` after `record_checkin` succeeded."""

    saved = Signal(str)

    def __init__(self, db: Database, summary: RelationshipSummary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.summary = summary
        self.setWindowTitle(self.tr("Check-in"))
        self.setObjectName("checkinDialog")

        heading = QLabel(self.tr("{0} and {1}").format(summary.mentor_name, summary.mentee_name), self)
        theme.mark(heading, "heading")

        self.role = QComboBox(self)
        self.role.setObjectName("role")
        for role in rules.ROLES:
            self.role.addItem(role_label(role), role)
        self.role.currentIndexChanged.connect(self._role_changed)
        self.answering = QLabel(self)
        theme.mark(self.answering, "hint")
        self.date = DateField(self)
        self.date.setObjectName("date")
        self.date.setDate(qdate(clock.today()))
        top = QFormLayout()
        role_row = QHBoxLayout()
        role_row.addWidget(self.role)
        role_row.addWidget(self.answering, 1)
        top.addRow(self.tr("Answered by"), role_row)
        top.addRow(self.tr("Date"), self.date)

        labels = question_labels()
        self.groups: dict[str, QButtonGroup] = {}
        self.comments: dict[str, QLineEdit] = {}
        progress_box = self._question_box(self.tr("How is it going?"), rules.CHECKIN_PROGRESS_QUESTIONS, labels)
        prereq_box = self._question_box(self.tr("Prerequisites of a good relationship"),
                                        rules.CHECKIN_PREREQUISITES, labels)
        scale = QLabel(self.tr("1 = not at all, 5 = fully. Leave a question unanswered to skip it."), self)
        theme.mark(scale, "hint")

        self.errors = error_label(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(top)
        layout.addWidget(scale)
        layout.addWidget(progress_box)
        layout.addWidget(prereq_box)
        layout.addWidget(self.errors)
        layout.addWidget(self.buttons)
        self._role_changed()
        self.setMinimumWidth(640)

    def _question_box(self, title: str, questions: dict[str, str], labels: dict[str, str]) -> QGroupBox:
        box = QGroupBox(title, self)
        grid = QGridLayout(box)
        grid.setHorizontalSpacing(6)
        for col, n in enumerate(range(rules.SCALE_MIN, rules.SCALE_MAX + 1), start=1):
            head = QLabel(str(n), box)
            head.setAlignment(Qt.AlignCenter)
            theme.mark(head, "hint")
            grid.addWidget(head, 0, col)
        for row, key in enumerate(questions, start=1):
            question = QLabel(labels.get(key, key), box)
            question.setWordWrap(True)
            grid.addWidget(question, row, 0)
            group = QButtonGroup(box)
            group.setExclusive(True)
            for col, n in enumerate(range(rules.SCALE_MIN, rules.SCALE_MAX + 1), start=1):
                radio = QRadioButton(box)
                radio.setObjectName(f"{key}_{n}")
                radio.setAccessibleName(self.tr("{0}: {1}").format(labels.get(key, key), n))
                group.addButton(radio, n)
                grid.addWidget(radio, row, col, Qt.AlignCenter)
            comment = QLineEdit(box)
            comment.setObjectName(f"{key}_comment")
            comment.setPlaceholderText(self.tr("Comment (optional)"))
            grid.addWidget(comment, row, rules.SCALE_MAX + 2)
            self.groups[key] = group
            self.comments[key] = comment
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(rules.SCALE_MAX + 2, 2)
        return box

    def _role_changed(self, *_args) -> None:
        name = self.summary.mentor_name if self.role.currentData() == "mentor" else self.summary.mentee_name
        self.answering.setText(name)

    # -- values -------------------------------------------------------------------------
    def set_score(self, key: str, value: int) -> None:
        self.groups[key].button(value).setChecked(True)

    def scores(self) -> dict[str, int]:
        return {key: group.checkedId() for key, group in self.groups.items() if group.checkedId() > 0}

    def comment_texts(self) -> dict[str, str]:
        return {key: edit.text().strip() for key, edit in self.comments.items() if edit.text().strip()}

    def checkin_date(self) -> date:
        return pydate(self.date.date())

    def accept(self) -> None:
        try:
            checkin_id = rel_service.record_checkin(self.db, self.summary.id, self.role.currentData(),
                                                    self.checkin_date(), self.scores(), self.comment_texts())
        except ValidationError as exc:
            self._show(exc.problems)
            return
        except MentorDeskError as exc:
            self._show([str(exc)])
            return
        self.saved.emit(checkin_id)
        super().accept()

    def _show(self, problems: list[str]) -> None:
        self.errors.setText("\n".join(problems))
        self.errors.setVisible(bool(problems))
