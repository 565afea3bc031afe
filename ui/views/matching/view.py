"""The Matching screen: run the cohort match, read why, adjust, approve.

The match runs on a worker thread (a few thousand people take tens of
seconds) with an inline progress bar and Cancel, so HR can keep reading the
previous proposals meanwhile. Every decision (lock, reject, swap, approve)
is one service call = one transaction; a decision that changes the plan
starts a fresh run so the screen never shows pairs the file would refuse.

Before any run the waiting list already shows who waits and why (held back on
the waiting list, or not matched yet), and a person enrolled both as mentor and
as mentee is warned about: HR opens this screen to see where the program stands.

The screen composes small widgets: `header.py` (program, Run match, weights,
summary), `proposals_pane.py` (table and explanation), `action_bar.py` (the
buttons), `waiting_pane.py`; the run and approval are `running.py`, HR's
decisions `decisions.py`, the dialogs `weights_dialog.py` and `pair_rules.py`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, QLocale, Qt, QTimer
from PySide6.QtWidgets import QDialog, QMessageBox, QVBoxLayout

from mentordesk.errors import MentorDeskError
from mentordesk.services import matching
from mentordesk.services import programs as programs_service

from ...dialogs.proposal_dialog import ProposalDialog
from ...models.table import RecordRole
from ...tasks import Task
from ...widgets.tables import selected_records
from ..base import View
from .action_bar import MatchActions
from .decisions import MatchingDecisions
from .header import MatchHeader
from .proposals_pane import ProposalsPane
from .running import MatchRunning
from .waiting_pane import WaitingPane
from .weights_dialog import _weight_labels

if TYPE_CHECKING:  # pragma: no cover
    from collections.abc import Callable

    from ui.app import MainWindow


class MatchingView(MatchRunning, MatchingDecisions, View):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.run: matching.MatchRun | None = None
        self.task: Task | None = None
        #: What the last approval did (created ids, .skipped, .waitlisted); None until one finishes.
        self.last_approval: matching.Approval | None = None
        self._after_run: Callable[[], None] | None = None
        #: Program kind the table's sort was last chosen for (group programs sort by mentor).
        self._sorted_for: str | None = None
        self._dialogs: list[QDialog] = []

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        self.header = MatchHeader(self)
        self.proposals = ProposalsPane(self)
        self.actions = MatchActions(self)
        self.waiting = WaitingPane(self)
        layout.addWidget(self.header)
        layout.addWidget(self.proposals, 3)
        layout.addWidget(self.actions)
        layout.addWidget(self.waiting, 1)
        self._expose_widgets()
        self._connect()
        self._poll = QTimer(self)
        self._poll.setInterval(80)
        self._poll.timeout.connect(self._update_progress)
        self._update_buttons()

    def _expose_widgets(self) -> None:
        """The parts' widgets under the screen's own names (decisions, tests and the fit checks use them)."""
        h, a = self.header, self.actions
        self.program_combo, self.run_button, self.progress = h.program_combo, h.run_button, h.progress
        self.cancel_button, self.weights_label, self.weights_button = h.cancel_button, h.weights_label, h.weights_button
        self.summary, self.notes = h.summary, h.notes
        pane = self.proposals
        self.model, self.table, self.explanation = pane.model, pane.table, pane.explanation
        self.lock_button, self.reject_button, self.swap_button = a.lock_button, a.reject_button, a.swap_button
        self.rerun_button, self.rules_button = a.rerun_button, a.rules_button
        self.approve_selected_button, self.approve_all_button = a.approve_selected_button, a.approve_all_button
        self.intro_button = a.intro_button
        self.waiting_model, self.waiting_table, self.waiting_title = (self.waiting.model, self.waiting.table,
                                                                      self.waiting.title)

    def _connect(self) -> None:
        self.program_combo.currentIndexChanged.connect(self._program_changed)
        self.run_button.clicked.connect(self.start_run)
        self.cancel_button.clicked.connect(self.cancel_run)
        self.weights_button.clicked.connect(self.edit_weights)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(self.open_dialog)
        self.lock_button.clicked.connect(self.toggle_lock)
        self.reject_button.clicked.connect(self.reject_selected)
        self.swap_button.clicked.connect(self.swap_dialog)
        self.rerun_button.clicked.connect(self.start_run)
        self.rules_button.clicked.connect(self.open_rules_dialog)
        self.approve_selected_button.clicked.connect(lambda: self.approve(selected_only=True))
        self.approve_all_button.clicked.connect(lambda: self.approve(selected_only=False))
        self.intro_button.clicked.connect(lambda: self.prepare_introductions())

    # -- View ----------------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Matching")

    def reload(self) -> None:
        """Refresh the program list and weights; a shown run stays (approval re-checks it)."""
        current = self.program_id()
        self.program_combo.blockSignals(True)
        self.program_combo.clear()
        if self.db is not None:
            for program in programs_service.list_programs(self.db):
                if not program.archived:
                    self.program_combo.addItem(program.name, program.id)
        index = self.program_combo.findData(current) if current else 0
        self.program_combo.setCurrentIndex(max(0, index) if self.program_combo.count() else -1)
        self.program_combo.blockSignals(False)
        if self.program_id() != current:
            self._clear_run()
        elif self.run is None:
            self._show_before_run()
        self._show_weights()
        self._update_buttons()

    def set_readonly(self, readonly: bool) -> None:
        self._update_buttons()

    # -- helpers ---------------------------------------------------------------------------
    def program_id(self) -> str | None:
        return self.program_combo.currentData()

    def selected(self) -> list[matching.ProposalView]:
        return selected_records(self.table)

    def current(self) -> matching.ProposalView | None:
        chosen = self.selected()
        return chosen[0] if len(chosen) == 1 else None

    def select_mentee(self, mentee_id: str) -> None:
        row = self.model.row_of(mentee_id)
        if row >= 0:
            self.table.selectionModel().select(
                self.model.index(row, 0),
                QItemSelectionModel.ClearAndSelect | QItemSelectionModel.Rows)
            self.table.scrollTo(self.model.index(row, 0))

    def confirm(self, title: str, text: str) -> bool:
        """Ask before an action that writes many rows."""
        return QMessageBox.question(self, title, text) == QMessageBox.Yes

    def inform(self, text: str, details: list[str] | None = None) -> None:
        """Tell HR what happened without blocking the screen."""
        box = QMessageBox(QMessageBox.Information, self.tr("Matching"), text, QMessageBox.Ok, self)
        box.setObjectName("matchingInfo")
        if details:
            box.setInformativeText("\n".join(details[:12]) + ("\n…" if len(details) > 12 else ""))
            box.setDetailedText("\n".join(details))
        box.open()
        self._dialogs.append(box)

    def _status(self, text: str) -> None:
        bar = getattr(self.window_, "statusBar", None)
        if callable(bar):
            bar().showMessage(text, 6000)

    def _busy(self) -> bool:
        return self.task is not None

    def _update_buttons(self) -> None:
        has_db = self.db is not None and self.program_id() is not None
        writable = has_db and not self.readonly and not self._busy()
        idle = has_db and not self._busy()
        one = self.current()
        self.program_combo.setEnabled(not self._busy())
        self.run_button.setEnabled(idle)
        self.rerun_button.setEnabled(idle and self.run is not None)
        self.rules_button.setEnabled(idle)
        self.weights_button.setEnabled(writable)
        self.lock_button.setEnabled(writable and one is not None)
        self.lock_button.setText(self.tr("Unlock") if one is not None and one.locked else self.tr("Lock"))
        self.reject_button.setEnabled(writable and one is not None)
        self.swap_button.setEnabled(writable and one is not None and self.model.rowCount() > 1)
        self.approve_selected_button.setEnabled(writable and bool(self.selected()))
        self.approve_all_button.setEnabled(writable and self.run is not None and bool(self.run.proposals))
        self.intro_button.setEnabled(idle and bool(self.last_approval and self.last_approval.started))

    def _show_weights(self) -> None:
        pid = self.program_id()
        if self.db is None or pid is None:
            self.weights_label.setText(self.tr("Open a file with a program to match its participants."))
            return
        try:
            settings = matching.settings_for(programs_service.get_program(self.db, pid))
        except MentorDeskError as exc:
            self.weights_label.setText(str(exc))
            return
        locale = QLocale()
        labels = _weight_labels(self)
        parts = [f"{labels[k]} {locale.toString(float(settings.weights[k]), 'f', 0)}" for k in labels
                 if not (k == "branch" and settings.branch_preference == "none")]
        branch = {"same": self.tr("same branch preferred"), "none": self.tr("branch ignored"),
                  "different": self.tr("other branch preferred")}[settings.branch_preference]
        dept = self.tr("other department preferred") if settings.prefer_cross_department \
            else self.tr("same department a small bonus")
        self.weights_label.setText(self.tr("Weights: {0} ({1}; {2}).").format(" · ".join(parts), branch, dept))

    def _program_changed(self, _index: int) -> None:
        """Another program: its proposals are not these, so never show them side by side."""
        self._clear_run()
        self._show_weights()
        self._update_buttons()

    def _clear_run(self) -> None:
        self.run = None
        self.model.set_rows([])
        self.proposals.show_proposal(None)
        self.summary.setText("")
        self._show_before_run()

    def _show_before_run(self) -> None:
        """The waiting list and the double roles of the chosen program, before any run."""
        pid = self.program_id()
        if self.db is None or pid is None:
            self.waiting.clear()
            self.header.show_notes([])
            return
        try:
            waiting = matching.waiting_list(self.db, pid)
            notes = matching.role_conflicts(self.db, pid, programs_service.get_program(self.db, pid).kind)
        except MentorDeskError as exc:
            waiting, notes = [], [str(exc)]
        self.waiting.show_waiting(waiting, before_run=True)
        self.header.show_notes(notes)

    # -- texts with counts (plural forms under this class's context) -------------------------
    def _run_summary(self, run: matching.MatchRun) -> str:
        total = QLocale().toString(float(sum(p.score for p in run.proposals)), "f", 0)
        waiting = self.tr("%Ln waiting", "", len(run.waiting))
        if run.kind == "group":
            return self.tr("{0} with {1}, {2}. Total score {3}.").format(
                self.tr("%Ln group(s)", "", len({p.mentor_id for p in run.proposals})),
                self.tr("%Ln mentee(s)", "", len(run.proposals)), waiting, total)
        return self.tr("{0}, {1}. Total score {2}.").format(
            self.tr("%Ln proposed pair(s)", "", len(run.proposals)), waiting, total)

    def _approve_question(self, selected_only: bool, chosen: int, waiting: int) -> str:
        if selected_only:
            return self.tr("Start %Ln relationship(s) now?", "", chosen)
        return self.tr("Start {0} now and put {1} on the waiting list with the reasons shown?").format(
            self.tr("%Ln relationship(s)", "", chosen), self.tr("%Ln mentee(s)", "", waiting))

    def _approval_message(self, result: matching.Approval) -> tuple[str, str]:
        """(what was started, the sentence introducing the skipped pairs)."""
        return (self.tr("%Ln relationship(s) started.", "", len(result)),
                self.tr("%Ln pair(s) were skipped because the file changed since the match was run:", "",
                        len(result.skipped)))

    # -- selection ---------------------------------------------------------------------------
    def group_of(self, p: matching.ProposalView) -> list[matching.ProposalView]:
        """The proposals sharing `p`'s mentor in a group program (empty otherwise)."""
        if self.run is None or self.run.kind != "group":
            return []
        return [q for q in self.run.proposals if q.mentor_id == p.mentor_id]

    def _selection_changed(self, *_args) -> None:
        one = self.current()
        self.proposals.show_proposal(one, group=[q.mentee for q in self.group_of(one)] if one else None)
        self._update_buttons()

    def open_dialog(self, index=None) -> ProposalDialog | None:
        p = index.data(RecordRole) if index is not None and index.isValid() else self.current()
        if p is None:
            return None
        dialog = ProposalDialog(p, self, group=[q.mentee for q in self.group_of(p)])
        dialog.setAttribute(Qt.WA_DeleteOnClose)
        dialog.show()
        return dialog
