"""Swapping two proposals' mentors: one check shared by the offer and the swap itself.

The Swap dialog used to list every other proposal and let `swap` refuse half
of them ("Lars Lead is Ana Report's manager"). HR should only be offered what
will be accepted, so `swap_options` runs exactly the check `swap` runs
(`swap_problems`) on every other proposal and lists those with no problem:
choosing any of them succeeds as long as the file has not changed meanwhile.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..errors import ValidationError
from ..i18n import gettext as _
from ..matching import PairScore, score_pair
from ..storage.database import Database
from .matching_inputs import Inputs, load

if TYPE_CHECKING:  # pragma: no cover
    from .matching import MatchRun, ProposalView

__all__ = ["check_pair", "swap_options", "swap_problems"]


def check_pair(inp: Inputs, mentee_id: str, mentor_id: str, *, ignore_exclusion: bool = False) -> PairScore:
    """Score a pair with the program's own data; ValidationError if either person cannot take part."""
    mentee, mentor = inp.mentee(mentee_id), inp.mentor(mentor_id)
    if mentee is None:
        raise ValidationError(_("This mentee is not waiting for a mentor in this program "
                                "(already paired, on the waiting list, declined, withdrawn or archived)."))
    if mentor is None:
        raise ValidationError(_("This mentor is not an accepted mentor of this program."))
    excluded = inp.excluded - {(mentee_id, mentor_id)} if ignore_exclusion else inp.excluded
    return score_pair(mentee, mentor, inp.settings, inp.managers, excluded,
                      inp.preferences.get(mentee_id, ()), inp.mentor_preferences.get(mentor_id, ()))


def swap_problems(inp: Inputs, pa: ProposalView, pb: ProposalView) -> list[str]:
    """Why giving each mentee the other's mentor is refused, as sentences (empty: it is allowed)."""
    if pa.mentee_id == pb.mentee_id:
        return [_("Pick two different proposals to swap.")]
    if pa.mentor_id == pb.mentor_id:
        return [_("%(a)s and %(b)s already have the same mentor, %(mentor)s.")
                % {"a": pa.mentee, "b": pb.mentee, "mentor": pa.mentor}]
    problems: list[str] = []
    for mentee, mentor in ((pa, pb), (pb, pa)):
        try:
            score = check_pair(inp, mentee.mentee_id, mentor.mentor_id)
        except ValidationError as exc:
            problems.extend(exc.problems)
            continue
        if not score.allowed:
            problems.append(_("%(mentee)s cannot take %(mentor)s: %(why)s")
                            % {"mentee": mentee.mentee, "mentor": mentor.mentor, "why": score.blocked})
    return problems


def swap_options(db: Database, program_id: str, mentee_id: str, run: MatchRun) -> list[ProposalView]:
    """The proposals of `run` whose mentor `mentee_id` can swap for, i.e. every one `swap` accepts."""
    mine = run.proposal_for(mentee_id)
    if mine is None:
        return []
    inp = load(db, program_id)
    return [q for q in run.proposals if q.mentee_id != mentee_id and not swap_problems(inp, mine, q)]
