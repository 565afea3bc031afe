"""Approving a match: proposals become relationships, in one transaction.

A run is a snapshot HR may have looked at for minutes while a colleague paired
someone by hand on another laptop, so every pair is re-checked inside approval's
own write transaction (`_recheck`) and skipped, with a reason, when the file no
longer allows it, instead of over-filling a mentor. Split from `matching.py`
(which re-exports these names) to keep each module to one job.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .. import clock
from ..errors import ValidationError
from ..i18n import gettext as _
from ..matching import Cancelled
from ..models import Program
from ..storage import matching_repo as repo
from ..storage import people_repo, programs_repo
from ..storage.database import Database
from . import kind_matching
from . import programs as programs_service
from . import relationships as relationships_service

if TYPE_CHECKING:  # pragma: no cover
    from .matching import MatchRun, ProposalView
    from .matching_waiting import WaitingView

__all__ = ["Approval", "ApprovalCancelled", "SkippedPair", "approve"]


@dataclass(frozen=True)
class SkippedPair:
    mentee_id: str
    mentee: str
    mentor_id: str
    mentor: str
    reason: str


class Approval(list):
    """The ids of the relationships created (it *is* that list), plus what was
    skipped and who was put on the waiting list, so the caller can tell HR."""

    def __init__(self, created: Iterable[str] = ()) -> None:
        super().__init__(created)
        self.skipped: list[SkippedPair] = []
        self.waitlisted: list[str] = []
        #: (relationship id, the proposal it came from), in approval order.
        self.started: list[tuple[str, ProposalView]] = []


class ApprovalCancelled(Cancelled):
    """HR cancelled an approval; its transaction was rolled back, so nothing was started."""


def _recheck(conn, program_id: str, p: ProposalView, program: Program | None = None) -> str | None:
    """Why the file no longer allows this pair, or None. Runs inside approval's transaction."""
    mentor = repo.participant_in_tx(conn, program_id, p.mentor_id, "mentor")
    if mentor is None or mentor.status != "accepted":
        return f"{p.mentor} is no longer an accepted mentor of this program."
    mentee = repo.participant_in_tx(conn, program_id, p.mentee_id, "mentee")
    if mentee is None or mentee.status not in repo.OPEN_MENTEE_STATUSES:
        return f"{p.mentee} is no longer waiting for a mentor in this program."
    if mentee.status == "waitlisted":
        return _("%(mentee)s was put on the waiting list since the match was run.") % {"mentee": p.mentee}
    current = repo.mentee_has_active_in_program(conn, program_id, p.mentee_id)
    if current is not None:
        return f"{p.mentee} already has a relationship with {current} in this program."
    excluded = repo.rules_in_tx(conn, program_id, mentee_id=p.mentee_id, mentor_id=p.mentor_id,
                                rule="excluded")
    if excluded:
        return f"HR has since excluded pairing {p.mentee} with {p.mentor}."
    if program is not None and program.kind == "group":  # the group size limits a group's mentor
        return kind_matching.group_full(conn, program, p.mentor_id, p.mentor)
    capacity, active = repo.mentor_load_in_tx(conn, p.mentor_id)
    if active >= capacity:
        return f"{p.mentor} is now full ({active} of {capacity} places taken)."
    return None


@dataclass
class _Approving:
    """One approval's fixed inputs, so each step is a short function."""

    db: Database
    conn: sqlite3.Connection
    program: Program
    kind: str
    start: dt.date
    managers: dict[str, str | None]
    result: Approval

    def pair(self, p: ProposalView) -> None:
        """Start one relationship, or record why it was skipped (nothing written for it then)."""
        pid = self.program.id
        why = _recheck(self.conn, pid, p, self.program)
        if why is None:
            try:
                rel_id = relationships_service.start_relationship(
                    self.db, p.mentor_id, p.mentee_id, program_id=pid, start=self.start,
                    months=self.program.relationship_months, cadence=self.program.cadence,
                    group_key=p.mentor_id if self.kind == "group" else None, managers=self.managers)
            except ValidationError as exc:
                why = " ".join(exc.problems)
        if why is not None:
            self.result.skipped.append(SkippedPair(p.mentee_id, p.mentee, p.mentor_id, p.mentor, why))
            return
        self.result.append(rel_id)
        self.result.started.append((rel_id, p))
        part = repo.participant_in_tx(self.conn, pid, p.mentee_id, "mentee")
        if part is not None:
            programs_repo.update_participant(self.conn, part.id, {"status": "accepted", "reason": ""})
        for rule in repo.rules_in_tx(self.conn, pid, mentee_id=p.mentee_id, rule="locked"):
            repo.remove_rule(self.conn, rule.id)

    def waiting(self, w: WaitingView, now: str) -> None:
        """Put a mentee the run could not place on the waiting list with the plan's reason."""
        if w.held:
            return  # already on the waiting list: keep HR's reason and date
        part = repo.participant_in_tx(self.conn, self.program.id, w.mentee_id, "mentee")
        if part is None or part.status not in repo.OPEN_MENTEE_STATUSES:
            return  # withdrew or declined since the run: leave their answer alone
        if repo.mentee_has_active_in_program(self.conn, self.program.id, w.mentee_id):
            return  # paired by hand since the run
        programs_repo.update_participant(self.conn, part.id, {  # the English the file keeps, not the words shown
            "status": "waitlisted", "reason": w.stored or w.reason,
            "waitlisted_since": part.waitlisted_since or now})
        self.result.waitlisted.append(w.mentee_id)


def approve(db: Database, program_id: str, run: MatchRun, mentee_ids: list[str] | None = None,
            today: dt.date | None = None, *,
            progress: Callable[[int, int], None] | None = None,
            cancelled: Callable[[], bool] | None = None) -> Approval:
    """Turn proposals into relationships, in ONE transaction.

    Approved pairs start today with the program's length and cadence and
    their mentees become 'accepted'; the run's waiting list is put on the
    waiting list with the plan's reason (keeping an earlier waiting date,
    so nobody loses their place in the queue; mentees already held there keep
    HR's reason); locks used up are removed. A pair the file no longer allows
    is skipped with the reason, not forced; its mentee is left for the next run.

    `progress(done, total)` is called per pair (and per waiting mentee). When
    `cancelled()` turns true before the last write, `ApprovalCancelled` is raised
    inside the transaction, which rolls *everything* back: a cancelled approval
    started nobody, never "the first 700 of 1,800".

    The management chain is read once, inside the transaction, and handed to
    every `start_relationship`: reading it per pair made large cohorts slow.
    """
    if run.program_id != program_id:
        raise ValidationError(_("This match was run for another program; run it again for this one."))
    wanted = None if mentee_ids is None else set(mentee_ids)
    chosen = [p for p in run.proposals if wanted is None or p.mentee_id in wanted]
    if wanted is not None and not chosen:
        raise ValidationError(_("Select at least one proposal to approve."))
    program = programs_service.editable_program(db, program_id)  # an archived program starts nobody
    total = len(chosen) + len(run.waiting)

    def step(done: int) -> None:
        if cancelled is not None and cancelled():
            raise ApprovalCancelled(_("Approval was cancelled. No relationship was started."))
        if progress is not None:
            progress(done, total)

    with db.transaction() as conn:
        work = _Approving(db, conn, program, run.kind, today or clock.today(), people_repo.managers(db), Approval())
        for done, p in enumerate(chosen):
            step(done)
            work.pair(p)
        now = clock.now_iso()
        for done, w in enumerate(run.waiting, start=len(chosen)):
            step(done)
            work.waiting(w, now)
        step(total)
    return work.result
