"""Matching that honours the program's kind, around the one-to-one matcher.

The exact solver (`mentordesk.matching`) pairs mentees with mentors who have
free places. The kinds differ in three ways, all handled here so the solver
stays as it is for one-to-one programs:

- **group**: a mentor leads one group of up to the program's group size, so their
  places in this program are the group size less the mentees already in their
  group, whatever their one-to-one capacity (`places`, `group_full`).
- **peer**: pairs are symmetric and everyone is in one pair. Colleagues usually
  enrol on both sides; the assignment solver alone could propose A→B and B→A, or
  put A with B as a mentee and with C as a mentor. `_peer_plan` pairs people as a
  matching in a general graph instead (each person once, on either side).
- **reverse and job shadowing** keep the scoring but explain each pair in their
  own words (the junior who teaches, the host who is visited): `kind_reason`.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from ..i18n import gettext as _
from ..matching import Reason
from ..models import Program
from ..program_kinds import label, places_per_mentor
from ..storage import programs_repo
from ..storage.database import Database
from ..waiting_reasons import HOST_WORDS, WAIT_PEER_PAIRED

if TYPE_CHECKING:
    from ..matching import MatchPlan

__all__ = ["group_full", "kind_reason", "peer_already_paired", "place_by_kind", "plan"]


def place_by_kind(db: Database, inp) -> None:
    """Give each mentor the places the kind allows, and (peer) drop anyone already in a pair."""
    program: Program = inp.program
    if program.kind not in ("group", "peer"):
        return
    taken = programs_repo.mentees_per_mentor(db, program.id)
    paired = programs_repo.paired_people(db, program.id) if program.kind == "peer" else set()
    for mentor_id, free in list(inp.capacities.items()):
        here = 1 if mentor_id in paired else taken.get(mentor_id, 0)
        inp.capacities[mentor_id] = places_per_mentor(program, free, here)
    if paired:
        inp.mentees = [c for c in inp.mentees if c.person_id not in paired]


def group_full(conn: sqlite3.Connection, program: Program | None, mentor_id: str, mentor: str) -> str | None:
    """Why a group program's mentor can take nobody more (their group is full), or None.

    In a group program the group size, not the mentor's one-to-one capacity, limits
    them. Counted on the caller's connection, inside its transaction when there is
    one (approval), so two laptops filling the last place at once cannot both get it.
    """
    if program is None or program.kind != "group" or not program.group_size:
        return None
    here = programs_repo.group_members(conn, program.id, mentor_id)
    if here < program.group_size:
        return None
    return _("The group %(mentor)s leads in %(program)s is full (%(count)d of %(size)d places).") % {
        "mentor": mentor, "program": program.name, "count": here, "size": program.group_size}


def peer_already_paired(db: Database, program: Program | None, people: dict[str, str]) -> list[str]:
    """In a peer program everyone is in one pair: who of `people` ({id: name}) already is, as sentences."""
    if program is None or program.kind != "peer":
        return []
    paired = programs_repo.paired_people(db, program.id)
    return [_("%(name)s is already in a pair in %(program)s; in a peer program everyone is in one pair.")
            % {"name": name, "program": program.name} for pid, name in people.items() if pid in paired]


def kind_reason(program: Program, mentee: str, mentor: str) -> Reason | None:
    """One sentence saying what this pair is in the program's kind (no points: it explains, never scores)."""
    if program.kind == "reverse":
        detail = _("Reverse mentoring: %(mentor)s, the junior colleague, teaches %(mentee)s %(competency)s.") % {
            "mentor": mentor, "mentee": mentee, "competency": program.expertise or _("their expertise")}
        return Reason("kind", _("Reverse mentoring"), 0.0, detail)
    if program.kind == "job_shadowing":
        detail = _("Job shadowing: %(mentee)s visits %(mentor)s (host: %(host)s) to see their work first-hand.") % {
            "mentor": mentor, "mentee": mentee, "host": program.host or mentor}
        return Reason("kind", label("job_shadowing"), 0.0, detail)
    if program.kind == "peer":
        return Reason("kind", _("Peer pair"), 0.0, _("%(mentee)s and %(mentor)s learn from each other as equals; "
                                                     "neither is paired again in this program.")
                      % {"mentee": mentee, "mentor": mentor})
    if program.kind == "group":
        return Reason("kind", label("group"), 0.0, _("%(mentee)s joins the group led by %(mentor)s.")
                      % {"mentee": mentee, "mentor": mentor})
    return None


def plan(inp, progress: Callable[[int, int], None] | None = None, cancelled: Callable[[], bool] | None = None,
         today: dt.date | None = None) -> MatchPlan:
    """The cohort's plan for the program's kind, each pair explained in the kind's words."""
    if inp.program.kind == "peer":
        result = _peer_plan(inp, progress, cancelled, today or dt.date.today())
    else:
        result = _solve(inp, progress, cancelled, today)
    return _explained(inp, result)


def _solve(inp, progress, cancelled, today) -> MatchPlan:
    from ..matching import plan_matches  # numpy and scipy: only when a match runs

    return plan_matches(
        inp.mentees, inp.mentors, inp.capacities, inp.settings, inp.managers, inp.excluded,
        inp.preferences, inp.mentor_preferences, inp.locked, waiting_since=inp.waiting_since,
        progress=progress, cancelled=cancelled, today=today)


#: The peer plan's progress, in steps of one bar: scoring every pair (up to `_SCORED`), the graph
#: (`_GRAPH`), the blossom rounds (`_PAIRED`), then the one-to-one planner explaining the pairs.
#: Shares of the time measured at 1,000-2,000 people (benchmarks/bench_peer.py).
PEER_STEPS = 100
_SCORED = 20
_GRAPH = 30
_PAIRED = {1: 55, 2: 70}


def _peer_plan(inp, progress, cancelled, today: dt.date) -> MatchPlan:
    """Peer pairs: the best set of pairs in which each person appears at most once, on either side.

    Colleagues usually enrol as mentor and mentee both. Pairing them is a matching in a
    general graph (people, and the pairs the hard rules allow), not an assignment between
    two sides, so it is solved with the blossom algorithm (`matching/peer.py`, in a child
    process Cancel can stop: `matching/peer_solver.py`), maximum number of pairs first,
    then the best total score; each pair is put the way round that scores better. The
    chosen pairs go through the one-to-one planner as fixed pairs, so they carry the same
    explanations and alternatives as every other proposal. `progress` moves over all of
    it (one bar of `PEER_STEPS`) and Cancel is honoured in every phase.
    """
    from ..matching.fast import ALLOWED
    from ..matching.peer import best_pairs, peer_graph

    bar = _Bar(progress)
    _check(cancelled)
    fixed = set(inp.locked) | set(inp.locked.values())
    mentees = [c for c in inp.mentees if c.person_id not in fixed]
    mentors = [c for c in inp.mentors if c.person_id not in fixed and inp.capacities.get(c.person_id, 0) > 0]
    scores, rules = _scores(inp, mentees, mentors, today, bar.part(0, _SCORED), cancelled)
    graph = peer_graph([c.person_id for c in mentees], [c.person_id for c in mentors], scores, rules == ALLOWED)
    del scores, rules
    bar.to(_GRAPH)
    _check(cancelled)
    found = best_pairs(graph, cancelled, step=lambda k: bar.to(_PAIRED[k]))
    chosen = dict(graph.pair(x, y) for x, y in found)
    _check(cancelled)
    result = _fixed_plan(inp, chosen, set(graph.people), bar.part(_PAIRED[2], PEER_STEPS), cancelled, today)
    bar.to(PEER_STEPS)
    return result


class _Bar:
    """One progress bar over several phases, each given a stretch of it; it never goes back."""

    def __init__(self, progress: Callable[[int, int], None] | None) -> None:
        self._progress = progress
        self._at = -1

    def to(self, step: int) -> None:
        if self._progress is not None and step > self._at:
            self._at = step
            self._progress(step, PEER_STEPS)

    def part(self, start: int, end: int) -> Callable[[int, int], None]:
        """A `progress(done, total)` that moves this bar from `start` to `end`."""
        return lambda done, total: self.to(start + (end - start) * done // max(total, 1))


def _check(cancelled) -> None:
    from ..matching.cancel import stop_if_cancelled

    stop_if_cancelled(cancelled)


def _scores(inp, mentees, mentors, today, progress, cancelled):
    """Every pair's total and rule code, a block of rows at a time (progress moves, Cancel is heard)."""
    import numpy as np

    from ..matching.fast import CohortScorer, cohort_chains

    scorer = CohortScorer(mentees, mentors, inp.settings, cohort_chains([*mentees, *mentors], inp.managers),
                          inp.excluded, inp.preferences, inp.mentor_preferences, today)
    n, m = len(mentees), len(mentors)
    scores, rules = np.zeros((n, m)), np.zeros((n, m), dtype=np.int8)
    step = max(1, min(-(-n // 10), (1 << 18) // max(m, 1)))
    for start in range(0, n, step):
        _check(cancelled)
        stop = min(n, start + step)
        scorer.score_rows(start, stop, out=(scores[start:stop], rules[start:stop]))
        progress(stop, n)
    return scores, rules


def _fixed_plan(inp, chosen: dict[str, str], pairable: set[str], progress, cancelled, today) -> MatchPlan:
    """Explain the chosen pairs with the one-to-one planner: they are fixed there like HR's locks."""
    from ..matching import plan_matches

    on_mentor_side = set(chosen.values()) | set(inp.locked.values())
    mentees = [c for c in inp.mentees if c.person_id not in on_mentor_side]
    mentors = [c for c in inp.mentors if c.person_id in on_mentor_side]
    capacities = {c.person_id: 1 for c in mentors}
    result = plan_matches(mentees, mentors, capacities, inp.settings, inp.managers, inp.excluded,
                          inp.preferences, inp.mentor_preferences, {**inp.locked, **chosen},
                          waiting_since=inp.waiting_since, progress=progress, cancelled=cancelled, today=today)
    result.proposals = [replace(p, locked=p.mentee_id in inp.locked) for p in result.proposals]
    # stored in English like the planner's reasons; said in the reader's language by reason_text
    result.waiting = [replace(w, reason=WAIT_PEER_PAIRED) if w.mentee_id in pairable else w
                      for w in result.waiting]
    return result


def _explained(inp, result: MatchPlan) -> MatchPlan:
    proposals = []
    for p in result.proposals:
        extra = kind_reason(inp.program, inp.names[p.mentee_id], inp.names[p.mentor_id])
        if extra is not None and p.score.allowed:
            p = replace(p, score=replace(p.score, reasons=[extra, *p.score.reasons]))
        proposals.append(p)
    result.proposals = proposals
    if inp.program.kind == "job_shadowing":
        # the planner's English sentences in a host's words, still English (stored as such)
        result.waiting = [replace(w, reason=HOST_WORDS.get(w.reason, w.reason)) for w in result.waiting]
    return result
