"""The codes of a relationship: stages, cadences, modes, meeting and closure outcomes.

Kept apart so every other rule module reads the same codes; a typo in stored data
raises here instead of showing blank.  The English words come from
`mentordesk.vocabulary`, where each is marked for translation once (issue 16): these
tables keep them untranslated, as the rules and the exports need them.
"""

from __future__ import annotations

import datetime as dt

from ..vocabulary import (
    CADENCE_NAMES,
    CLOSURE_OUTCOME_NAMES,
    GOAL_STATUS_NAMES,
    MEETING_OUTCOME_NAMES,
    MODE_NAMES,
    STAGE_NAMES,
)

STAGES: list[tuple[int, str]] = list(STAGE_NAMES.items())
FIRST_STAGE = STAGES[0][0]
LAST_STAGE = STAGES[-1][0]

CADENCES: dict[str, str] = dict(CADENCE_NAMES)
# Nominal length in days.  Monthly schedules themselves use calendar months
# (see ``add_cadence``); 30 is only used where a window size is needed.
CADENCE_DAYS: dict[str, int] = {"weekly": 7, "fortnightly": 14, "monthly": 30}

MODES: dict[str, str] = dict(MODE_NAMES)

OUTCOMES: dict[str, str] = dict(MEETING_OUTCOME_NAMES)
# Meetings that count towards the attendance rate.  Rescheduled and cancelled
# meetings are deliberately absent: moving a meeting is normal life, and
# counting it as a miss would punish people for communicating.
COUNTED_OUTCOMES: frozenset[str] = frozenset({"held", "missed_by_mentor", "missed_by_mentee"})

#: HR's choices when closing by hand.
CLOSURE_OUTCOMES: dict[str, str] = {k: v for k, v in CLOSURE_OUTCOME_NAMES.items() if k != "mentor_replaced"}
#: Written only by replacing a mentor (the mentee's work goes on in a new relationship),
#: so it is not one of HR's choices when closing by hand.
REPLACED_OUTCOME = "mentor_replaced"
#: Every outcome a closed relationship can carry, with its label.
ENDED_OUTCOMES: dict[str, str] = dict(CLOSURE_OUTCOME_NAMES)

GOAL_STATUSES: dict[str, str] = dict(GOAL_STATUS_NAMES)
# Goals in these states can no longer be "past due".
FINISHED_GOAL_STATUSES: frozenset[str] = frozenset({"achieved", "dropped"})

ROLES: tuple[str, str] = ("mentor", "mentee")
ACTIVE_STATUS = "active"


def stage_name(n: int) -> str:
    """Raise on an unknown stage so a corrupt row is noticed instead of shown blank."""
    for number, name in STAGES:
        if number == n:
            return name
    raise ValueError(f"Unknown stage {n!r}; stages are {FIRST_STAGE}-{LAST_STAGE}.")


def _check_cadence(cadence: str) -> None:
    if cadence not in CADENCES:
        raise ValueError(f"Unknown cadence {cadence!r}; expected one of {', '.join(CADENCES)}.")


def _check_outcome(outcome: str) -> None:
    if outcome not in OUTCOMES:
        raise ValueError(f"Unknown meeting outcome {outcome!r}.")


def _check_role(role: str) -> None:
    if role not in ROLES:
        raise ValueError(f"Unknown role {role!r}; expected 'mentor' or 'mentee'.")


def is_completed(outcome: str) -> bool:
    """Only a relationship that ran its course counts as completed.

    Reports quote a completion rate to management; an early end by agreement is
    a respectable outcome but must never be counted as a completion.
    """
    if outcome not in ENDED_OUTCOMES:
        raise ValueError(f"Unknown closure outcome {outcome!r}.")
    return outcome == "completed"


def is_replaced(outcome: str) -> bool:
    """A replaced mentor is neither a completion nor an early end: the mentee's relationship
    goes on with another mentor, so reports count it on its own."""
    if outcome not in ENDED_OUTCOMES:
        raise ValueError(f"Unknown closure outcome {outcome!r}.")
    return outcome == REPLACED_OUTCOME


def is_ended_early(outcome: str) -> bool:
    """Closed before its course, and not continued with another mentor."""
    return not is_completed(outcome) and not is_replaced(outcome)


def _fmt(d: dt.date) -> str:
    """'7 Jan 2026' in English; in another user language its CLDR form ('7 ene 2026', '7 sty 2026')."""
    from ..i18n import current

    tr = current()
    return d.strftime("%d %b %Y").lstrip("0") if tr.language == "en" else tr.date(d)
