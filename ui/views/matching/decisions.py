"""HR's decisions on the Matching screen: lock, reject, swap, the pair rules and the weights.

A mixin of `MatchingView` (which provides `current()`, `program_id()`, the
model, `run` and `start_run()`). Every decision is one service call = one
transaction; a decision that changes the plan starts a fresh run, so the
screen never shows pairs the file would refuse. Texts keep the translation
context "MatchingView", where the catalogs hold them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QInputDialog,
)

from mentordesk.errors import MentorDeskError, ValidationError
from mentordesk.services import matching
from mentordesk.services import programs as programs_service

from ...tasks import show_error
from .pair_rules import PairRulesDialog
from .weights_dialog import WeightsDialog


def translate(context: str, text: str) -> str:
    """QCoreApplication.translate under the name lupdate knows; each call spells its context."""
    return QCoreApplication.translate(context, text)


class MatchingDecisions:
    """Lock / unlock, Reject, Swap mentors…, Locks and exclusions…, Weights…."""

    # -- decisions ---------------------------------------------------------------------------
    def _act(self, fn: Callable[[], Any]) -> Any:
        """Run one service call; errors become a message, never a traceback."""
        try:
            return fn()
        except MentorDeskError as exc:
            show_error(self, exc)
            return None

    def toggle_lock(self) -> None:
        p, pid = self.current(), self.program_id()
        if p is None or pid is None or self.db is None:
            return
        if p.locked:
            if self._act(lambda: matching.unlock(self.db, pid, p.mentee_id)) is None:
                return
            updated = replace(p, locked=False)
            self._status(translate("MatchingView", "{0} is no longer locked to {1}.").format(p.mentee, p.mentor))
        else:
            if self._act(lambda: matching.lock_pair(self.db, pid, p.mentee_id, p.mentor_id)) is None:
                return
            updated = replace(p, locked=True)
            self._status(translate("MatchingView", "{0} stays with {1} in every run until approved.").format(
                p.mentee, p.mentor))
        row = self.model.row_of(p.mentee_id)
        self.model.update_record(row, updated)
        if self.run is not None:
            self.run.proposals = [updated if q.mentee_id == p.mentee_id else q for q in self.run.proposals]
        self._selection_changed()

    def reject_selected(self) -> None:
        p, pid = self.current(), self.program_id()
        if p is None or pid is None or self.db is None:
            return
        if self._act(lambda: matching.exclude_pair(self.db, pid, p.mentee_id, p.mentor_id)) is None:
            return
        self._status(translate("MatchingView", "{0} will not be proposed with {1} again.").format(p.mentee, p.mentor))
        self._after_run = lambda: self.select_mentee(p.mentee_id)
        self.start_run()

    def swap_dialog(self) -> None:
        p = self.current()
        if p is None:
            return
        others = self.swap_choices()
        if not others:
            self.inform(translate("MatchingView", "No swap is possible for {0}: every other proposal has the same "
                                                  "mentor or a matching rule forbids the exchange.").format(p.mentee))
            return
        items = [translate("MatchingView", "{0} (with {1})").format(q.mentee, q.mentor) for q in others]
        choice, ok = QInputDialog.getItem(
            self, translate("MatchingView", "Swap mentors"),
            translate("MatchingView", "Give {0}'s mentor, {1}, to:").format(p.mentee, p.mentor), items, 0, False)
        if ok and choice in items:
            self.swap_with(others[items.index(choice)].mentee_id)

    def swap_choices(self) -> list[matching.ProposalView]:
        """The proposals the selected one can swap mentors with: only those `swap` will accept,
        in the table's order, so choosing any of them succeeds."""
        p, pid = self.current(), self.program_id()
        if p is None or pid is None or self.db is None or self.run is None:
            return []
        allowed = {q.mentee_id for q in self._act(lambda: matching.swap_options(self.db, pid, p.mentee_id,
                                                                               self.run)) or ()}
        return [q for q in self.model.rows() if q.mentee_id in allowed]

    def swap_with(self, other_mentee_id: str) -> bool:
        p, pid = self.current(), self.program_id()
        if p is None or pid is None or self.db is None:
            return False
        done = self._act(lambda: matching.swap(self.db, pid, p.mentee_id, other_mentee_id, run=self.run) or True)
        if done is None:
            return False
        self._status(translate("MatchingView", "Mentors swapped and locked."))
        self._after_run = lambda: self.select_mentee(p.mentee_id)
        self.start_run()
        return True

    # -- HR's pair decisions -------------------------------------------------------------
    def open_rules_dialog(self) -> PairRulesDialog | None:
        """Show the program's locks and exclusions (window-modal, so the proposals
        cannot be acted on while their rules change); a removal re-runs the match."""
        pid = self.program_id()
        if pid is None or self.db is None:
            return None
        dialog = PairRulesDialog(self.db, pid, self.program_combo.currentText(), self.readonly, self)
        dialog.setAttribute(Qt.WA_DeleteOnClose)
        dialog.finished.connect(lambda _code: self._rules_closed(dialog.removed_any))
        dialog.open()
        return dialog

    def _rules_closed(self, removed_any: bool) -> None:
        if removed_any and self.run is not None:
            self._status(translate("MatchingView", "Decisions removed; running the match again."))
            self.start_run()

    def edit_weights(self) -> None:
        pid = self.program_id()
        if pid is None or self.db is None:
            return
        program = self._act(lambda: programs_service.get_program(self.db, pid))
        if program is None:
            return
        dialog = WeightsDialog(matching.settings_for(program), self)
        if dialog.exec() != QDialog.Accepted:
            return
        self.save_weights(dialog.values())

    def save_weights(self, values: dict[str, Any]) -> bool:
        pid = self.program_id()
        if pid is None or self.db is None:
            return False
        problems = matching.validate_match_settings(values)
        if problems:
            show_error(self, ValidationError(problems))
            return False
        program = programs_service.get_program(self.db, pid)
        merged = {**(program.match_settings or {}), **values}
        if self._act(lambda: programs_service.save_match_settings(self.db, pid, merged) or True) is None:
            return False
        self._show_weights()
        if self.run is not None:
            self.summary.setText(translate("MatchingView", "Weights changed: run the match again to see their effect."))
        return True
