"""Who waits and why: the waiting list before a run, held-back mentees, unused wishes, double roles.

HR opens the Matching screen to answer "who is still without a mentor, and
what would help them": recruit mentors, raise a capacity, revisit an exclusion
or take someone off the waiting list. So before any run the screen lists the
waiting (held back by HR or by a full program, or not matched yet), and after
a run every mentee whose own wish was not granted is told *why* in a sentence
("Asked for Ana Ruiz, who is their own manager."), because "the algorithm
decided" is not something HR can repeat to an employee.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..i18n import gettext as _
from ..matching import score_pair
from ..matching.scoring import (
    RULE_EXCLUDED,
    RULE_LANGUAGE,
    RULE_MENTEE_ABOVE,
    RULE_MENTOR_ABOVE,
    RULE_SAME_PERSON,
)
from ..storage import matching_repo as repo
from ..storage.database import Database
from ..storage.matching_repo import PersonState
from ..waiting_reasons import reason_text
from .matching_inputs import HELD_STATUS, Inputs, disambiguate
from .programs import PROGRAM_FULL, get_program

__all__ = ["WaitingView", "held_views", "role_conflicts", "waiting_list", "wish_notes"]


@dataclass(frozen=True)
class WaitingView:
    """A mentee without a mentor, the reason in words, and since when they wait."""

    mentee_id: str
    mentee: str
    #: the reason in the reader's language, for the screen and the CLI
    reason: str
    since: str | None = None
    #: On the waiting list (HR's decision or a full program): no run matches them.
    held: bool = False
    #: Why the mentors they asked for were not used, one sentence each.
    wishes: tuple[str, ...] = ()
    #: the plan's reason as the file keeps it (English, see `waiting_reasons`): what approval stores
    stored: str = ""


def held_reason(reason: str) -> str:
    """The waiting-list reason as the screen shows it, in the reader's language (a reason the
    matcher wrote is looked up in the catalog); HR's own words kept as typed."""
    if reason == PROGRAM_FULL:
        return _("On the waiting list: the program is full.")
    if not reason:
        return _("On the waiting list (no reason given).")
    return _("On the waiting list: %(reason)s") % {"reason": reason_text(reason)}


def held_views(inp: Inputs) -> list[WaitingView]:
    return [WaitingView(h.person_id, h.name, held_reason(h.reason.strip()), h.waiting_since, held=True)
            for h in inp.held]


def waiting_list(db: Database, program_id: str) -> list[WaitingView]:
    """Everyone in the program still without a mentor, before any run: the held back first
    (they need HR, not the matcher), then the others; each group longest waiting first.

    Two queries, no scoring data: the screen asks on every visit, for cohorts of thousands."""
    get_program(db, program_id)  # NotFoundError for a program removed meanwhile
    mentees = repo.open_mentees(db, program_id)
    disambiguate([*repo.mentors(db, program_id), *mentees])
    held, open_ = [], []
    for r in mentees:
        since = r.waiting_since
        if r.status == HELD_STATUS:
            held.append(WaitingView(r.person_id, r.name, held_reason(r.reason.strip()), since, held=True))
        else:
            open_.append(WaitingView(r.person_id, r.name,
                                     _("Not matched yet: run the match to propose a mentor."), since))
    return sorted(held, key=_by_date) + sorted(open_, key=_by_date)


def _by_date(w: WaitingView) -> tuple[bool, str]:
    """Longest waiting first; unknown dates last."""
    return (w.since is None, w.since or "")


def role_conflicts(db: Database, program_id: str, kind: str) -> list[str]:
    """A warning per person enrolled both as mentor and as mentee (peer programs excepted:
    there everybody is both, by design)."""
    if kind == "peer":
        return []
    return [_("%(name)s is both a mentor and a mentee in this program: decline one of the two "
              "enrolments in Programs unless this is intended.") % {"name": name}
            for name in repo.names_in_both_roles(db, program_id)]


def _locked_counts(inp: Inputs) -> dict[str, int]:
    counts: dict[str, int] = {}
    for mentor_id in inp.locked.values():
        counts[mentor_id] = counts.get(mentor_id, 0) + 1
    return counts


def wish_notes(db: Database, inp: Inputs, given: dict[str, str | None]) -> dict[str, tuple[str, ...]]:
    """For each mentee in `given` (mentee id -> mentor proposed, or None), why each mentor they
    asked for was not the one proposed. Mentees who got one of the mentors they asked for, or
    who asked for nobody, are left out."""
    wished = {w for mentee_id in given for w in inp.preferences.get(mentee_id, ())}
    outside = repo.people_states(db, [w for w in wished if inp.mentor(w) is None])
    locks = _locked_counts(inp)
    out: dict[str, tuple[str, ...]] = {}
    for mentee_id, mentor_id in given.items():
        wishes = inp.preferences.get(mentee_id, ())
        if mentor_id in wishes:
            continue  # one of their wishes was granted: nothing to explain
        notes = [note for w in wishes for note in [_one_wish(inp, mentee_id, w, outside, locks)] if note]
        if notes:
            out[mentee_id] = tuple(notes)
    return out


def _one_wish(inp: Inputs, mentee_id: str, wished: str, outside: dict[str, PersonState],
              locks: dict[str, int]) -> str:
    """One sentence: the first thing that kept `wished` from being this mentee's mentor."""
    mentee, mentor = inp.mentee(mentee_id), inp.mentor(wished)
    if mentor is None:
        state = outside.get(wished)
        if state is None:
            return ""  # the person was erased: nobody to name
        if state.archived:
            return _("Asked for %(mentor)s, who is archived.") % {"mentor": state.name}
        return _("Asked for %(mentor)s, who is not an accepted mentor in this program.") % {"mentor": state.name}
    if mentee is None:
        return ""
    name = {"mentor": mentor.name}
    score = score_pair(mentee, mentor, inp.settings, inp.managers, inp.excluded,
                       inp.preferences.get(mentee_id, ()), inp.mentor_preferences.get(wished, ()))
    if not score.allowed:
        return _blocked_wish(inp, mentee_id, wished, score.rule) % name
    if inp.locked.get(mentee_id) not in (None, wished):
        return _("Asked for %(mentor)s, but HR locked them with another mentor.") % name
    if inp.capacities.get(wished, 0) - locks.get(wished, 0) <= 0:
        return _("Asked for %(mentor)s, who is full.") % name
    return _("Asked for %(mentor)s, whose places went to mentees with fewer options: the best plan for "
             "the whole cohort pairs them differently.") % name


def _blocked_wish(inp: Inputs, mentee_id: str, wished: str, rule: str | None) -> str:
    """The sentence (with a %(mentor)s placeholder) for a wish a hard rule forbids."""
    if rule == RULE_MENTOR_ABOVE:
        if inp.managers.get(mentee_id) == wished:
            return _("Asked for %(mentor)s, who is their own manager.")
        return _("Asked for %(mentor)s, who is above them in their management line.")
    if rule == RULE_MENTEE_ABOVE:
        return _("Asked for %(mentor)s, who is below them in their management line.")
    if rule == RULE_EXCLUDED:
        return _("Asked for %(mentor)s, but HR excluded this pair.")
    if rule == RULE_LANGUAGE:
        return _("Asked for %(mentor)s, who shares no language with them.")
    if rule == RULE_SAME_PERSON:
        return _("Asked for themself (%(mentor)s), which is never allowed.")
    return _("Asked for %(mentor)s, which a matching rule does not allow.")
