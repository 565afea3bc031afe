"""What may be recorded on a relationship, and on which dates.

Decisions (and why):
- A closed relationship takes no new meetings, goals, goal updates or check-ins:
  its outcome and reports are final, and a late entry would silently change the
  attendance and health quoted to management.  Mistakes can still be removed
  (meetings, goals and check-ins are deleted as tombstones).
- A meeting that was held or missed is a fact, so it cannot be dated after today:
  logged in advance it would count in attendance and reports before it happened.
  Only the outcomes that can be known ahead (moved or cancelled in advance) may
  lie in the future, at most a year ahead; the planned schedule itself is
  computed, not logged.  Today counts as happened whatever the hour, so a
  morning meeting can be logged straight after it.
- No meeting may be dated before the relationship started: whatever the pair did
  before the start belongs to no relationship, and counting it would flatter the
  attendance of the first weeks.  (To record an earlier kick-off, start the
  relationship on that day.)
"""

from __future__ import annotations

import datetime as dt

from ..i18n import N_
from ..i18n import gettext as _
from .vocabulary import COUNTED_OUTCOMES, OUTCOMES, _fmt

# Outcomes that can be known before the day: a meeting moved or cancelled in advance.
FUTURE_OUTCOMES: frozenset[str] = frozenset(OUTCOMES) - COUNTED_OUTCOMES
MAX_DAYS_AHEAD = 365

# What a closed relationship no longer takes, as the refusal says it.
RECORD_KINDS: dict[str, str] = {
    "meeting": N_("no meeting can be logged"),
    "goal": N_("no goal can be added"),
    "goal_update": N_("its goals can no longer be changed"),
    "checkin": N_("no check-in can be recorded"),
}


def happened_by(date: dt.date, outcome: str, today: dt.date) -> bool:
    """False for a held or missed meeting dated after today.

    Such a meeting cannot be logged any more, but one may already be in the file (logged
    before this rule, or merged in from an older copy); until its day it is left out of
    attendance, hours, health and reports, while the meeting log still shows it to correct.
    """
    return not (outcome in COUNTED_OUTCOMES and date > today)


def closed_problem(status: str, closed_on: dt.date | None, what: str) -> str | None:
    """The sentence refusing `what` (a RECORD_KINDS key) on a relationship that is not active, or None."""
    if status == "active":
        return None
    if closed_on is None:
        return _("This relationship was closed, so %(what)s: its record is final. Nothing was changed.") % {
            "what": _(RECORD_KINDS[what])}
    return _("This relationship was closed on %(date)s, so %(what)s: its record is final. Nothing was changed.") % {
        "date": _fmt(closed_on), "what": _(RECORD_KINDS[what])}


def meeting_date_problems(date: dt.date, outcome: str, *, start: dt.date, closed_on: dt.date | None,
                          today: dt.date) -> list[str]:
    """Every reason `date` cannot carry a meeting with `outcome` (see the module's decisions)."""
    problems: list[str] = []
    if date < start:
        problems.append(_("The meeting date (%(date)s) is before the relationship started (%(start)s); a meeting "
                          "before the start belongs to no relationship.") % {"date": _fmt(date), "start": _fmt(start)})
    if date > today and outcome in COUNTED_OUTCOMES:
        label = _(OUTCOMES[outcome])
        problems.append(_("A meeting cannot be logged as \u201c%(outcome)s\u201d on %(date)s, which is in the future; "
                          "log it on the day or after. Only a meeting moved or cancelled in advance may be logged "
                          "ahead.") % {"outcome": label, "date": _fmt(date)})
    if date > today + dt.timedelta(days=MAX_DAYS_AHEAD):
        problems.append(_("The meeting date (%(date)s) is more than a year ahead.") % {"date": _fmt(date)})
    if closed_on is not None and date > closed_on:
        problems.append(_("The meeting date (%(date)s) is after the relationship closed (%(closed)s).")
                        % {"date": _fmt(date), "closed": _fmt(closed_on)})
    return problems
