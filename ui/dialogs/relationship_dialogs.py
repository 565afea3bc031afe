"""The small dialogs that change a relationship's course: next stage, extend, close (pairing by hand
is in `pair_dialog.py`, their shared base in `service_dialog.py`).

Each one collects a few values, calls one service function (one transaction)
and shows the service's ValidationError in red without closing, so the rules
(capacity, management chain, 24-month limit, reasons for early ends) stay in
`services.relationships` and the dialogs only explain them.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from mentordesk import clock
from mentordesk import relationships as rules
from mentordesk.relationship_models import RelationshipSummary
from mentordesk.services import relationships as rel_service
from mentordesk.storage.database import Database

from .. import theme
from ..models.relationships_model import (
    closure_labels,
    fmt_date,
    pydate,
    qdate,
    stage_label,
)
from .pair_dialog import PairDialog, PersonCombo  # noqa: F401 - importable from here as before
from .service_dialog import ServiceDialog, date_edit

#: The former private names, still used by ui/dialogs/replace_mentor_dialog.py.
_ServiceDialog = ServiceDialog
_date_edit = date_edit


# -- stages, extensions, closing ----------------------------------------------------------

class NextStageDialog(ServiceDialog):
    """Move one stage forward (the service refuses jumps), or, as an HR correction, back to an earlier stage.

    Going back rewrites the pair's history (the later stages' dates are
    dropped), so it is a separate, deliberate choice with its own confirmation
    rather than a free stage picker.
    """

    def __init__(self, db: Database, summary: RelationshipSummary, parent: QWidget | None = None) -> None:
        super().__init__(db, parent)
        self.summary = summary
        self.confirm: QMessageBox | None = None
        self.setWindowTitle(self.tr("Next stage"))
        self.setObjectName("nextStageDialog")
        self.next_stage = min(summary.stage + 1, rules.LAST_STAGE)
        at_last = summary.stage >= rules.LAST_STAGE
        current = QLabel(self.tr("{0}. {1}").format(summary.stage, stage_label(summary.stage)), self)
        self.stage_label = QLabel(self.tr("{0}. {1}").format(self.next_stage, stage_label(self.next_stage)), self)
        self.stage_label.setObjectName("nextStage")
        theme.mark(self.stage_label, "strong")
        if at_last:
            self.stage_label.setText(self.tr("None: this is the last stage"))
        self.began = date_edit(self, clock.today(), "began")

        self.correct = QCheckBox(self.tr("C&orrect to an earlier stage"), self)
        self.correct.setObjectName("correct")
        self.earlier = QComboBox(self)
        self.earlier.setObjectName("earlierStage")
        for n in range(summary.stage - 1, rules.FIRST_STAGE - 1, -1):
            self.earlier.addItem(self.tr("{0}. {1}").format(n, stage_label(n)), n)
        self.correct.setEnabled(self.earlier.count() > 0)
        self.correction_note = QLabel(self.tr("Only to put right a stage recorded by mistake: the dates of the "
                                              "later stages are removed."), self)
        self.correction_note.setWordWrap(True)
        theme.mark(self.correction_note, "hint")

        form = QFormLayout()
        form.addRow(self.tr("Current stage"), current)
        form.addRow(self.tr("Next stage"), self.stage_label)
        form.addRow(self.tr("&Began on"), self.began)
        form.addRow(self.correct)
        form.addRow(self.tr("Back to &stage"), self.earlier)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.correction_note)
        layout.addWidget(self.errors)
        layout.addWidget(self.buttons)
        self.correct.toggled.connect(self._mode_changed)
        if at_last and self.correct.isEnabled():
            self.correct.setChecked(True)  # moving forward is impossible; the correction is all that is left
        self._mode_changed()
        self.setMinimumWidth(420)

    def correcting(self) -> bool:
        return self.correct.isChecked()

    def _mode_changed(self, *_args) -> None:
        """Forward needs a start date; a correction needs the stage to go back to. Only one is editable."""
        correcting = self.correcting()
        forward_possible = self.summary.stage < rules.LAST_STAGE
        self.began.setEnabled(not correcting and forward_possible)
        self.earlier.setEnabled(correcting)
        self.correction_note.setVisible(correcting)
        self.ok_button.setEnabled(correcting or forward_possible)
        self.ok_button.setText(self.tr("Correct…") if correcting else self.tr("OK"))
        if not correcting and not forward_possible:
            self.show_problems([self.tr("This relationship is already in its last stage.")])
        else:
            self.show_problems([])

    def accept(self) -> None:
        if not self.correcting():
            self.run(lambda: rel_service.advance_stage(self.db, self.summary.id, self.next_stage,
                                                       pydate(self.began.date())), self.summary.id)
            return
        stage = self.earlier.currentData()
        if stage is None:
            return
        box = QMessageBox(QMessageBox.Warning, self.tr("Correct the stage"),
                          self.tr("Move {0} and {1} back from stage {2} ({3}) to stage {4} ({5})? The dates "
                                  "recorded for the later stages are removed.").format(
                              self.summary.mentor_name, self.summary.mentee_name, self.summary.stage,
                              stage_label(self.summary.stage), stage, stage_label(stage)),
                          QMessageBox.Yes | QMessageBox.Cancel, self)
        box.setObjectName("confirmCorrection")
        box.setDefaultButton(QMessageBox.Cancel)
        box.button(QMessageBox.Yes).setText(self.tr("Correct the stage"))
        box.setAttribute(Qt.WA_DeleteOnClose)
        box.accepted.connect(lambda: self._correct(stage))
        box.finished.connect(lambda _r: setattr(self, "confirm", None))
        self.confirm = box
        box.open()

    def _correct(self, stage: int) -> None:
        """The date is ignored by the service for a backward move; the earlier stage keeps its own date."""
        self.run(lambda: rel_service.advance_stage(self.db, self.summary.id, stage, pydate(self.began.date()),
                                                   hr_correction=True), self.summary.id)


class ExtendDialog(ServiceDialog):
    """A new planned end and the reason HR will be asked about later."""

    def __init__(self, db: Database, summary: RelationshipSummary, parent: QWidget | None = None) -> None:
        super().__init__(db, parent)
        self.summary = summary
        self.setWindowTitle(self.tr("Extend relationship"))
        self.setObjectName("extendDialog")
        current = QLabel(fmt_date(summary.planned_end, QLocale.LongFormat), self)
        self.new_end = date_edit(self, summary.planned_end, "new_end")
        self.new_end.setDate(qdate(summary.planned_end).addMonths(3))
        self.reason = QLineEdit(self)
        self.reason.setObjectName("reason")
        self.reason.setPlaceholderText(self.tr("Why is more time needed?"))
        limit = QLabel(self.tr("A relationship can last at most %Ln month(s) from its start ({0}).", "",
                               rules.MAX_LENGTH_MONTHS).format(
            fmt_date(rules.add_months(summary.start, rules.MAX_LENGTH_MONTHS), QLocale.LongFormat)), self)
        limit.setWordWrap(True)
        theme.mark(limit, "hint")
        form = QFormLayout()
        form.addRow(self.tr("Planned end now"), current)
        form.addRow(self.tr("&New end"), self.new_end)
        form.addRow(self.tr("&Reason"), self.reason)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(limit)
        layout.addWidget(self.errors)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)

    def accept(self) -> None:
        self.run(lambda: rel_service.extend(self.db, self.summary.id, pydate(self.new_end.date()),
                                            self.reason.text()), self.summary.id)


class CloseDialog(ServiceDialog):
    """How it ended, why (required unless completed), a final reflection and the date."""

    def __init__(self, db: Database, summary: RelationshipSummary, parent: QWidget | None = None) -> None:
        super().__init__(db, parent)
        self.summary = summary
        self.setWindowTitle(self.tr("Close relationship"))
        self.setObjectName("closeDialog")
        self.outcome = QComboBox(self)
        self.outcome.setObjectName("outcome")
        for key, label in closure_labels().items():
            self.outcome.addItem(label, key)
        self.reason = QLineEdit(self)
        self.reason.setObjectName("reason")
        self.reason_label = QLabel(self.tr("&Reason"), self)
        self.reason_label.setBuddy(self.reason)
        self.reflection = QPlainTextEdit(self)
        self.reflection.setObjectName("reflection")
        self.reflection.setTabChangesFocus(True)
        self.reflection.setPlaceholderText(self.tr("What did the pair achieve? What would they do differently?"))
        self.reflection.setFixedHeight(90)
        self.closed_on = date_edit(self, clock.today(), "closed_on")
        note = QLabel(self.tr("Closing frees a place in the mentor's capacity. Only “Completed” counts "
                              "towards the completion rate."), self)
        note.setWordWrap(True)
        theme.mark(note, "hint")
        form = QFormLayout()
        form.addRow(self.tr("&Outcome"), self.outcome)
        form.addRow(self.reason_label, self.reason)
        form.addRow(self.tr("Final re&flection"), self.reflection)
        form.addRow(self.tr("&Closed on"), self.closed_on)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.errors)
        layout.addWidget(self.buttons)
        self.outcome.currentIndexChanged.connect(self._outcome_changed)
        self._outcome_changed()
        self.setMinimumWidth(460)

    def _outcome_changed(self, *_args) -> None:
        required = self.outcome.currentData() != "completed"
        self.reason.setPlaceholderText(self.tr("Required: why did it end early?") if required
                                       else self.tr("Optional"))
        self.reason_label.setText(self.tr("&Reason (required)") if required else self.tr("&Reason"))

    def accept(self) -> None:
        self.run(lambda: rel_service.close(self.db, self.summary.id, self.outcome.currentData(),
                                           self.reason.text(), self.reflection.toPlainText(),
                                           pydate(self.closed_on.date())), self.summary.id)
