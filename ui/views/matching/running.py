"""The Matching screen's background work: the run and the approval, each on a worker thread.

A mixin of `MatchingView` (which provides the widgets, `program_id()`, `selected()`,
`_update_buttons()` and the texts with plurals). The run scores thousands of pairs
and approval starts hundreds of relationships, so both go through `ui/tasks.py`
with the inline bar and Cancel: HR keeps reading meanwhile. Approval is one
transaction, so Cancel rolls it back as a whole (see `services/matching.approve`).
Texts keep the translation context "MatchingView".
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt

from mentordesk.services import matching

from ...models.proposals_model import ProposalsModel
from ...tasks import Task, run_in_background, show_error


def translate(context: str, text: str) -> str:
    """QCoreApplication.translate under the name lupdate knows; each call spells its context."""
    return QCoreApplication.translate(context, text)


class MatchRunning:
    """Run match / Cancel / Approve, and what the screen shows when they finish."""

    run: matching.MatchRun | None
    task: Task | None
    last_approval: matching.Approval | None
    _after_run: Callable[[], None] | None
    _sorted_for: str | None

    # -- the run ---------------------------------------------------------------------------
    def start_run(self) -> None:
        pid = self.program_id()
        if self.db is None or pid is None or self._busy():
            return

        def work(ctx):
            return matching.run_match(ctx.db, pid, progress=ctx.progress, cancelled=ctx.cancelled)

        self._show_busy(translate("MatchingView", "Matching… %p%"), "")
        self.task = run_in_background(self, work, label=translate("MatchingView", "Matching…"),
                                      db_path=self.db.path, on_success=self._run_done,
                                      on_failure=self._run_failed, on_cancel=self._run_cancelled,
                                      show_progress=False)
        self._poll.start()
        self._update_buttons()

    def _show_busy(self, text: str, cancel_tip: str) -> None:
        self.progress.setRange(0, 0)
        self.progress.setFormat(text)
        # wide enough for its words at 100 %: squeezed beside the buttons, the text broke over two lines
        needed = self.progress.fontMetrics().horizontalAdvance(text.replace("%p", "100")) + 32
        self.progress.setMinimumWidth(min(needed, self.progress.maximumWidth()))
        self.progress.show()
        self.cancel_button.setToolTip(cancel_tip)
        self.cancel_button.show()
        self.cancel_button.setEnabled(True)

    def cancel_run(self) -> None:
        """Cancel the running match or approval; either leaves the file as it was."""
        if self.task is not None:
            self.task.cancel()
            self.cancel_button.setEnabled(False)
            self.progress.setFormat(translate("MatchingView", "Cancelling…"))

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
        self.progress.setFormat(translate("MatchingView", "Matching… %p%"))
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
        self.waiting.show_waiting(run.waiting, before_run=False)
        self._sort_for_kind(run.kind)
        self.proposals.fit_columns()
        self.summary.setText(self._run_summary(run))
        self.header.show_notes(run.notes)
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

    def _run_failed(self, error: BaseException) -> None:
        self._finish_task()
        self._after_run = None
        self._update_buttons()
        show_error(self, error, translate("MatchingView", "The match could not be run"))

    def _run_cancelled(self) -> None:
        self._finish_task()
        self._after_run = None
        self._update_buttons()
        self._status(translate("MatchingView", "Matching cancelled; the previous proposals are still shown."))

    # -- approval --------------------------------------------------------------------------
    def approve(self, selected_only: bool) -> Task | None:
        """Ask, then start the relationships on a worker thread; returns the running Task.

        The result arrives in `_approve_done` (and `self.last_approval`); tests
        wait for it. Cancel rolls the whole approval back, so the shown
        proposals stay valid and can be approved again.
        """
        pid, run = self.program_id(), self.run
        if pid is None or run is None or self.db is None or self.readonly or self._busy():
            return None
        chosen = self.selected() if selected_only else list(run.proposals)
        if not chosen or not self.confirm(translate("MatchingView", "Approve pairs"),
                                          self._approve_question(selected_only, len(chosen), len(run.waiting))):
            return None
        mentee_ids = [p.mentee_id for p in chosen] if selected_only else None
        from mentordesk.services import undo as undo_service

        label = undo_service.approval_label(len(chosen))  # said in the language of whoever reads Edit > Undo

        def work(ctx) -> matching.Approval:
            with undo_service.undoable(ctx.db, "bulk", label):  # a backup first: Edit > Undo puts it back
                return matching.approve(ctx.db, pid, run, mentee_ids, progress=ctx.progress,
                                        cancelled=ctx.cancelled)

        self.last_approval = None
        self._show_busy(translate("MatchingView", "Starting relationships… %p%"), translate(
            "MatchingView", "Stop and start nobody: the approval is undone as a whole."))
        self.task = run_in_background(self, work, label=translate("MatchingView", "Approving pairs…"),
                                      db_path=self.db.path, on_success=self._approve_done,
                                      on_failure=self._approve_failed, on_cancel=self._approve_cancelled,
                                      show_progress=False)
        self._poll.start()
        self._update_buttons()
        return self.task

    def _approve_done(self, result: matching.Approval) -> None:
        self._finish_task()
        self.last_approval = result
        message, skipped = self._approval_message(result)
        if result.skipped:
            self.inform(message + " " + skipped, [f"{s.mentee} – {s.mentor}: {s.reason}" for s in result.skipped])
        elif result.started:
            self._status(message + " " + translate("MatchingView",
                                                   "Prepare introductions writes their introduction e-mails."))
        else:
            self._status(message)
        # The worker wrote through its own connection: let the other screens read the new
        # relationships now, not at the next "changed elsewhere" tick with a misleading message.
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
        show_error(self, error, translate("MatchingView", "The pairs were not approved"))

    def _approve_cancelled(self) -> None:
        self._finish_task()
        self._update_buttons()
        self._status(translate("MatchingView", "Approval cancelled; no relationship was started."))
