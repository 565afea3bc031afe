"""The Matching screen: run the cohort match, read why, adjust, approve.

The match runs on a worker thread (a few thousand people take tens of
seconds) with an inline progress bar and Cancel, so HR can keep reading the
previous proposals meanwhile. Every decision (lock, reject, swap, approve)
is one service call = one transaction; a decision that changes the plan
starts a fresh run so the screen never shows pairs the file would refuse.

Approval also runs on a worker thread, with the same bar: starting 1,800
relationships must not freeze the window. It is one transaction, so Cancel
is offered and rolls the *whole* approval back (the service raises inside
its transaction): HR never ends up with "the first 700 of 1,800" started.
A cancel that arrives after the last pair was written is too late and the
approval is reported as done, as the file says.

"Locks and exclusions…" lists HR's own pair decisions for the program, so
a pair rejected by mistake can be let back in.

The screen is `view.py`; HR's decisions are in `decisions.py`, the dialogs in
`weights_dialog.py` and `pair_rules.py`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, QLocale, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
)

from mentordesk.errors import MentorDeskError
from mentordesk.services import matching
from mentordesk.services import programs as programs_service

from ...dialogs.proposal_dialog import ProposalDialog, ProposalExplanation
from ...models.proposals_model import ProposalsModel, WaitingModel
from ...models.table import RecordRole
from ...tasks import Task, run_in_background, show_error
from ..base import View

if TYPE_CHECKING:  # pragma: no cover
    from ui.app import MainWindow

from .decisions import MatchingDecisions
from .weights_dialog import _weight_labels


class MatchingView(MatchingDecisions, View):
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

        heading = QLabel(self.tr("Matching"), self)
        heading.setStyleSheet("font-size: 18px; font-weight: 600;")
        layout.addWidget(heading)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Program:"), self))
        self.program_combo = QComboBox(self)
        self.program_combo.setObjectName("programCombo")
        self.program_combo.setMinimumWidth(260)
        self.program_combo.currentIndexChanged.connect(self._program_changed)
        top.addWidget(self.program_combo)
        self.run_button = QPushButton(self.tr("Run match"), self)
        self.run_button.setObjectName("runButton")
        self.run_button.setDefault(True)
        self.run_button.clicked.connect(self.start_run)
        top.addWidget(self.run_button)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("matchProgress")
        self.progress.setMaximumWidth(260)
        self.progress.setFormat(self.tr("Scoring pairs… %p%"))
        self.progress.hide()
        top.addWidget(self.progress)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.clicked.connect(self.cancel_run)
        self.cancel_button.hide()
        top.addWidget(self.cancel_button)
        top.addStretch(1)
        layout.addLayout(top)

        weights_row = QHBoxLayout()
        self.weights_label = QLabel(self)
        self.weights_label.setObjectName("weightsSummary")
        self.weights_label.setWordWrap(True)
        self.weights_label.setStyleSheet("color: #444;")
        weights_row.addWidget(self.weights_label, 1)
        self.weights_button = QPushButton(self.tr("Edit weights…"), self)
        self.weights_button.clicked.connect(self.edit_weights)
        weights_row.addWidget(self.weights_button)
        layout.addLayout(weights_row)

        self.summary = QLabel(self)
        self.summary.setObjectName("matchSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.notes = QLabel(self)
        self.notes.setObjectName("matchNotes")
        self.notes.setWordWrap(True)
        self.notes.setStyleSheet("color: #8a5a00;")
        self.notes.hide()
        layout.addWidget(self.notes)

        splitter = QSplitter(Qt.Horizontal, self)
        self.model = ProposalsModel(self)
        self.table = QTableView(splitter)
        self.table.setObjectName("proposalsTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.ExtendedSelection)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(ProposalsModel.SCORE, Qt.DescendingOrder)  # best pairs first
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.Interactive)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(ProposalsModel.REASONS, QHeaderView.Stretch)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(self.open_dialog)
        self.explanation = ProposalExplanation(splitter)
        self.explanation.setMinimumWidth(300)
        splitter.addWidget(self.table)
        splitter.addWidget(self.explanation)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout.addWidget(splitter, 3)

        actions = QHBoxLayout()
        self.lock_button = QPushButton(self.tr("Lock"), self)
        self.lock_button.setToolTip(self.tr("Keep this pair in every run until it is approved."))
        self.lock_button.clicked.connect(self.toggle_lock)
        self.reject_button = QPushButton(self.tr("Reject"), self)
        self.reject_button.setToolTip(self.tr("Never propose this pair again, and run the match again."))
        self.reject_button.clicked.connect(self.reject_selected)
        self.swap_button = QPushButton(self.tr("Swap…"), self)
        self.swap_button.setToolTip(self.tr("Exchange mentors with another proposal."))
        self.swap_button.clicked.connect(self.swap_dialog)
        self.rerun_button = QPushButton(self.tr("Re-run"), self)
        self.rerun_button.clicked.connect(self.start_run)
        self.rules_button = QPushButton(self.tr("Locks and exclusions…"), self)
        self.rules_button.setObjectName("rulesButton")
        self.rules_button.setToolTip(self.tr("See the pairs HR locked or rejected in this program, "
                                             "and undo a decision."))
        self.rules_button.clicked.connect(self.open_rules_dialog)
        self.approve_selected_button = QPushButton(self.tr("Approve selected"), self)
        self.approve_selected_button.clicked.connect(lambda: self.approve(selected_only=True))
        self.approve_all_button = QPushButton(self.tr("Approve all"), self)
        self.approve_all_button.setObjectName("approveAll")
        self.approve_all_button.clicked.connect(lambda: self.approve(selected_only=False))
        self.intro_button = QPushButton(self.tr("Prepare introductions"), self)
        self.intro_button.setObjectName("prepareIntroductions")
        self.intro_button.setToolTip(self.tr("Write the introduction e-mails of the pairs just approved, "
                                             "with why they were paired and their meetings as a calendar file."))
        self.intro_button.clicked.connect(lambda: self.prepare_introductions())
        for b in (self.lock_button, self.reject_button, self.swap_button, self.rerun_button, self.rules_button):
            actions.addWidget(b)
        actions.addStretch(1)
        actions.addWidget(self.approve_selected_button)
        actions.addWidget(self.approve_all_button)
        actions.addWidget(self.intro_button)
        layout.addLayout(actions)

        self.waiting_title = QLabel(self.tr("Waiting list"), self)
        self.waiting_title.setStyleSheet("font-weight: 600; margin-top: 6px;")
        layout.addWidget(self.waiting_title)
        self.waiting_model = WaitingModel(self)
        self.waiting_table = QTableView(self)
        self.waiting_table.setObjectName("waitingTable")
        self.waiting_table.setModel(self.waiting_model)
        self.waiting_table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.waiting_table.setSortingEnabled(True)
        self.waiting_table.sortByColumn(2, Qt.AscendingOrder)  # longest waiting first
        self.waiting_table.verticalHeader().hide()
        self.waiting_table.horizontalHeader().setSectionResizeMode(1, QHeaderView.Stretch)
        layout.addWidget(self.waiting_table, 1)

        self._poll = QTimer(self)
        self._poll.setInterval(80)
        self._poll.timeout.connect(self._update_progress)
        self._update_buttons()

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
        self._show_weights()
        self._update_buttons()

    def set_readonly(self, readonly: bool) -> None:
        self._update_buttons()

    # -- helpers ---------------------------------------------------------------------------
    def program_id(self) -> str | None:
        return self.program_combo.currentData()

    def selected(self) -> list[matching.ProposalView]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.record(r) for r in rows if self.model.record(r) is not None]

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
        """Ask before an action that writes many rows (tests replace this)."""
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
        writable = has_db and not self.readonly
        busy = self._busy()
        has_run = self.run is not None and bool(self.run.proposals)
        selected = self.selected()
        one = self.current()
        self.program_combo.setEnabled(not busy)
        self.run_button.setEnabled(has_db and not busy)
        self.rerun_button.setEnabled(has_db and not busy and self.run is not None)
        self.rules_button.setEnabled(has_db and not busy)
        self.weights_button.setEnabled(writable and not busy)
        self.lock_button.setEnabled(writable and not busy and one is not None)
        self.lock_button.setText(self.tr("Unlock") if one is not None and one.locked else self.tr("Lock"))
        self.reject_button.setEnabled(writable and not busy and one is not None)
        self.swap_button.setEnabled(writable and not busy and one is not None and self.model.rowCount() > 1)
        self.approve_selected_button.setEnabled(writable and not busy and bool(selected))
        self.approve_all_button.setEnabled(writable and not busy and has_run)
        self.intro_button.setEnabled(has_db and not busy and bool(self.last_approval and self.last_approval.started))

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
        self.waiting_model.set_rows([])
        self.explanation.show_proposal(None)
        self.summary.setText("")
        self.notes.hide()

    # -- running -----------------------------------------------------------------------------
    def start_run(self) -> None:
        pid = self.program_id()
        if self.db is None or pid is None or self._busy():
            return

        def work(ctx):
            return matching.run_match(ctx.db, pid, progress=ctx.progress, cancelled=ctx.cancelled)

        self.progress.setRange(0, 0)
        self.progress.show()
        self.cancel_button.show()
        self.cancel_button.setEnabled(True)
        self.task = run_in_background(self, work, label=self.tr("Matching…"), db_path=self.db.path,
                                      on_success=self._run_done, on_failure=self._run_failed,
                                      on_cancel=self._run_cancelled, show_progress=False)
        self._poll.start()
        self._update_buttons()

    def cancel_run(self) -> None:
        """Cancel the running match or approval; either leaves the file as it was."""
        if self.task is not None:
            self.task.cancel()
            self.cancel_button.setEnabled(False)
            self.progress.setFormat(self.tr("Cancelling…"))

    def _update_progress(self) -> None:
        if self.task is None:
            return
        done, total, _text = self.task.ctx.snapshot()
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))

    def _finish_task(self) -> None:
        self._poll.stop()
        self.task = None
        self.progress.hide()
        self.progress.setFormat(self.tr("Scoring pairs… %p%"))
        self.cancel_button.setToolTip("")
        self.cancel_button.hide()

    def _run_done(self, run: matching.MatchRun) -> None:
        self._finish_task()
        if run.program_id != self.program_id():  # HR switched program meanwhile
            self._update_buttons()
            return
        keep = {p.mentee_id for p in self.selected()}
        self.run = run
        self.model.set_rows(run.proposals)
        self.waiting_model.set_rows(run.waiting)
        self._sort_for_kind(run.kind)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(ProposalsModel.REASONS, QHeaderView.Stretch)
        self.waiting_table.resizeColumnToContents(0)
        self.waiting_table.resizeColumnToContents(2)
        locale = QLocale()
        if run.kind == "group":
            self.summary.setText(self.tr("{0} with {1}, {2}. Total score {3}.").format(
                self.tr("%Ln group(s)", "", len({p.mentor_id for p in run.proposals})),
                self.tr("%Ln mentee(s)", "", len(run.proposals)), self.tr("%Ln waiting", "", len(run.waiting)),
                locale.toString(float(sum(p.score for p in run.proposals)), "f", 0)))
        else:
            self.summary.setText(self.tr("{0}, {1}. Total score {2}.").format(
                self.tr("%Ln proposed pair(s)", "", len(run.proposals)), self.tr("%Ln waiting", "", len(run.waiting)),
                locale.toString(float(sum(p.score for p in run.proposals)), "f", 0)))
        self.waiting_title.setText(self.tr("Waiting list ({0})").format(locale.toString(len(run.waiting))))
        self.notes.setText("\n".join(run.notes))
        self.notes.setVisible(bool(run.notes))
        for mentee_id in keep:
            self.select_mentee(mentee_id)
        if not keep and run.proposals:
            self.table.selectRow(0)
        self._selection_changed()
        after, self._after_run = self._after_run, None
        if after is not None:
            after()

    def _sort_for_kind(self, kind: str) -> None:
        """Group programs list each mentor's group together (sorted by mentor);
        others list the best pairs first. Only when the kind changes, so a
        sort HR chose survives re-runs of the same program."""
        if kind == self._sorted_for:
            return
        self._sorted_for = kind
        if kind == "group":
            self.table.sortByColumn(ProposalsModel.MENTOR, Qt.AscendingOrder)
        else:
            self.table.sortByColumn(ProposalsModel.SCORE, Qt.DescendingOrder)

    def group_of(self, p: matching.ProposalView) -> list[matching.ProposalView]:
        """The proposals sharing `p`'s mentor in a group program (empty otherwise)."""
        if self.run is None or self.run.kind != "group":
            return []
        return [q for q in self.run.proposals if q.mentor_id == p.mentor_id]

    def _run_failed(self, error: BaseException) -> None:
        self._finish_task()
        self._after_run = None
        self._update_buttons()
        show_error(self, error, self.tr("The match could not be run"))

    def _run_cancelled(self) -> None:
        self._finish_task()
        self._after_run = None
        self._update_buttons()
        self._status(self.tr("Matching cancelled; the previous proposals are still shown."))

    # -- selection ---------------------------------------------------------------------------
    def _selection_changed(self, *_args) -> None:
        one = self.current()
        self.explanation.show_proposal(one, group=[q.mentee for q in self.group_of(one)] if one else None)
        self._update_buttons()

    def open_dialog(self, index=None) -> ProposalDialog | None:
        p = index.data(RecordRole) if index is not None and index.isValid() else self.current()
        if p is None:
            return None
        dialog = ProposalDialog(p, self, group=[q.mentee for q in self.group_of(p)])
        dialog.setAttribute(Qt.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def approve(self, selected_only: bool) -> Task | None:
        """Ask, then start the relationships on a worker thread; returns the running Task.

        The result arrives in `_approve_done` (and `self.last_approval`); tests
        wait for it. Cancel rolls the whole approval back (see the module
        docstring), so the shown proposals stay valid and can be approved again.
        """
        pid, run = self.program_id(), self.run
        if pid is None or run is None or self.db is None or self.readonly or self._busy():
            return None
        chosen = self.selected() if selected_only else list(run.proposals)
        if not chosen:
            return None
        if selected_only:
            text = self.tr("Start %Ln relationship(s) now?", "", len(chosen))
        else:
            text = self.tr("Start {0} now and put {1} on the waiting list with the reasons shown?").format(
                self.tr("%Ln relationship(s)", "", len(chosen)), self.tr("%Ln mentee(s)", "", len(run.waiting)))
        if not self.confirm(self.tr("Approve pairs"), text):
            return None
        mentee_ids = [p.mentee_id for p in chosen] if selected_only else None

        label = f"approval of {len(chosen)} pair{'' if len(chosen) == 1 else 's'}"

        def work(ctx) -> matching.Approval:
            from mentordesk.services import undo

            with undo.undoable(ctx.db, "bulk", label):  # a backup first: Edit > Undo puts it back
                return matching.approve(ctx.db, pid, run, mentee_ids, progress=ctx.progress,
                                        cancelled=ctx.cancelled)

        self.last_approval = None
        self.progress.setRange(0, 0)
        self.progress.setFormat(self.tr("Starting relationships… %p%"))
        self.progress.show()
        self.cancel_button.setToolTip(self.tr("Stop and start nobody: the approval is undone as a whole."))
        self.cancel_button.show()
        self.cancel_button.setEnabled(True)
        self.task = run_in_background(self, work, label=self.tr("Approving pairs…"), db_path=self.db.path,
                                      on_success=self._approve_done, on_failure=self._approve_failed,
                                      on_cancel=self._approve_cancelled, show_progress=False)
        self._poll.start()
        self._update_buttons()
        return self.task

    def _approve_done(self, result: matching.Approval) -> None:
        self._finish_task()
        self.last_approval = result
        message = self.tr("%Ln relationship(s) started.", "", len(result))
        if result.skipped:
            message += " " + self.tr("%Ln pair(s) were skipped because the file changed since the match "
                                     "was run:", "", len(result.skipped))
            self.inform(message, [f"{s.mentee} – {s.mentor}: {s.reason}" for s in result.skipped])
        elif result.started:
            self._status(message + " " + self.tr("Prepare introductions writes their introduction e-mails."))
        else:
            self._status(message)
        # The worker wrote through its own connection: let the other screens
        # (Relationships, People) read the new relationships now, not at the
        # next "changed elsewhere" tick with a misleading message.
        reload_all = getattr(self.window_, "reload_all", None)
        if callable(reload_all):
            reload_all()
        self._clear_run()
        self.start_run()

    def prepare_introductions(self) -> list:
        """Introduction drafts of the last approval's pairs, with the match's reasons (ui/widgets/drafts)."""
        if self.db is None or not self.last_approval or not self.last_approval.started:
            return []
        from mentordesk.services.invitations import match_reasons

        from ...widgets.drafts import prepare_introductions

        return prepare_introductions(self, self.db, [(rel_id, match_reasons(p.reasons))
                                                     for rel_id, p in self.last_approval.started])

    def _approve_failed(self, error: BaseException) -> None:
        self._finish_task()
        self._update_buttons()
        show_error(self, error, self.tr("The pairs were not approved"))

    def _approve_cancelled(self) -> None:
        self._finish_task()
        self._update_buttons()
        self._status(self.tr("Approval cancelled; no relationship was started."))
