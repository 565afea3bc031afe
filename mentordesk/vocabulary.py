"""Every word MentorDesk shows for a stored code -- stages, health, meeting and closure
outcomes, relationship and goal statuses, meeting modes, cadences -- marked for translation once.

Why one place: the window, the CLI and the PDF reports used to keep their own copies, so a
glossary change (issue 16) had to be made four times and the window could call a stage one
thing while the report printed another.  Here each English word is written once with `N_`
(found by `mentordesk.i18n.extract`) and said through a `Translator`: the report passes the
one of its own language, the CLI and the window pass nothing and get the process language
(the window's language, set by `ui.app.use_window_language`).

A word used inside a sentence ("Logged the held meeting") is its own entry, not a
lower-cased label: lower-casing a German noun is wrong.  Qt-free on purpose.
"""

from __future__ import annotations

from collections.abc import Mapping

from .i18n import N_, Translator, current

#: Stage number -> name (the glossary's stage names), in order.
STAGE_NAMES: Mapping[int, str] = {
    1: N_("Getting to know each other"),
    2: N_("Defining expectations"),
    3: N_("Learning and application"),
    4: N_("Becoming independent"),
    5: N_("Transition"),
}

#: A relationship's health as the Relationships list and `relationships list` show it.
HEALTH_NAMES: Mapping[str, str] = {
    "on_track": N_("On track"),
    "needs_checkin": N_("Needs a check-in"),
    "at_risk": N_("At risk"),
    "too_early": N_("Too early to tell"),
    "closed": N_("Closed"),
}

#: A meeting's outcome, in the order the meeting dialog offers them.
MEETING_OUTCOME_NAMES: Mapping[str, str] = {
    "held": N_("Held"),
    "missed_by_mentor": N_("Missed by mentor"),
    "missed_by_mentee": N_("Missed by mentee"),
    "rescheduled_by_mentor": N_("Rescheduled by mentor"),
    "rescheduled_by_mentee": N_("Rescheduled by mentee"),
    "cancelled": N_("Cancelled"),
}
#: The same outcomes inside a sentence or after a count ("3 held · 1 missed by mentor").
MEETING_OUTCOMES_IN_TEXT: Mapping[str, str] = {
    "held": N_("held"),
    "missed_by_mentor": N_("missed by mentor"),
    "missed_by_mentee": N_("missed by mentee"),
    "rescheduled_by_mentor": N_("rescheduled by mentor"),
    "rescheduled_by_mentee": N_("rescheduled by mentee"),
    "cancelled": N_("cancelled"),
}

#: How a relationship ended.  "mentor_replaced" is last: only Replace mentor writes it,
#: so it is not one of HR's choices when closing by hand (see `closure_choices`).
CLOSURE_OUTCOME_NAMES: Mapping[str, str] = {
    "completed": N_("Completed"),
    "ended_early_by_agreement": N_("Ended early by agreement"),
    "mentor_withdrew": N_("Mentor withdrew"),
    "mentee_withdrew": N_("Mentee withdrew"),
    "mentor_replaced": N_("Mentor replaced"),
}
#: The closure outcome at the end of "Closed the relationship of … on …:".
CLOSURE_OUTCOMES_IN_TEXT: Mapping[str, str] = {
    "completed": N_("completed"),
    "ended_early_by_agreement": N_("ended early by agreement"),
    "mentor_withdrew": N_("mentor withdrew"),
    "mentee_withdrew": N_("mentee withdrew"),
    "mentor_replaced": N_("mentor replaced"),
}

#: A relationship's status as a report prints it.
RELATIONSHIP_STATUS_NAMES: Mapping[str, str] = {
    "planned": N_("Planned"),
    "active": N_("Active"),
    "paused": N_("Paused"),
    "completed": N_("Completed"),
    "ended_early": N_("Ended early"),
    "mentor_replaced": N_("Mentor replaced"),
}
#: The status inside a sentence ("… to 10 Jan 2025 (completed)").
RELATIONSHIP_STATUSES_IN_TEXT: Mapping[str, str] = {
    "planned": N_("planned"),
    "active": N_("active"),
    "paused": N_("paused"),
    "completed": N_("completed"),
    "ended_early": N_("ended early"),
    "mentor_replaced": N_("mentor replaced"),
}

GOAL_STATUS_NAMES: Mapping[str, str] = {
    "open": N_("Open"),
    "in_progress": N_("In progress"),
    "achieved": N_("Achieved"),
    "dropped": N_("Dropped"),
}
#: A goal's status inside a sentence ("… is still in progress").
GOAL_STATUSES_IN_TEXT: Mapping[str, str] = {
    "open": N_("open"),
    "in_progress": N_("in progress"),
    "achieved": N_("achieved"),
    "dropped": N_("dropped"),
}

MODE_NAMES: Mapping[str, str] = {
    "in_person": N_("In person"),
    "video": N_("Video call"),
    "phone": N_("Phone call"),
    "chat": N_("Chat"),
}

CADENCE_NAMES: Mapping[str, str] = {
    "weekly": N_("Weekly"),
    "fortnightly": N_("Every two weeks"),
    "monthly": N_("Monthly"),
}
#: A cadence inside a sentence ("cadence is every two weeks").
CADENCES_IN_TEXT: Mapping[str, str] = {
    "weekly": N_("weekly"),
    "fortnightly": N_("every two weeks"),
    "monthly": N_("monthly"),
}


def said(table: Mapping[str, str], code: str | None, tr: Translator | None = None, fallback: str = "") -> str:
    """The word for `code` in `tr`'s language (default: the process language).

    An unknown code (a file written by a newer MentorDesk) is shown as `fallback`, or as
    stored, rather than blank or as an error: HR must still see something to ask about.
    """
    if code in table:
        return (tr or current()).gettext(table[code])
    return fallback or (code or "")


def all_said(table: Mapping[str, str], tr: Translator | None = None) -> dict[str, str]:
    """Every code -> word of `table`, in its order: what a combo box offers."""
    t = tr or current()
    return {code: t.gettext(word) for code, word in table.items()}


def stage_label(stage: int, tr: Translator | None = None) -> str:
    """A stage's name; an unknown number is shown as the number."""
    return (tr or current()).gettext(STAGE_NAMES[stage]) if stage in STAGE_NAMES else str(stage)


def health_label(code: str, tr: Translator | None = None) -> str:
    return said(HEALTH_NAMES, code, tr)


def outcome_label(code: str, tr: Translator | None = None) -> str:
    """A meeting outcome as a table cell or a combo box shows it."""
    return said(MEETING_OUTCOME_NAMES, code, tr)


def closure_label(code: str | None, tr: Translator | None = None) -> str:
    return said(CLOSURE_OUTCOME_NAMES, code, tr)


def closure_choices(tr: Translator | None = None) -> dict[str, str]:
    """The outcomes HR may pick when closing by hand (all but "Mentor replaced")."""
    return {k: v for k, v in all_said(CLOSURE_OUTCOME_NAMES, tr).items() if k != "mentor_replaced"}


def goal_status_label(code: str, tr: Translator | None = None) -> str:
    return said(GOAL_STATUS_NAMES, code, tr)


def status_label(code: str, tr: Translator | None = None) -> str:
    """A relationship's status (planned, active, … mentor replaced)."""
    return said(RELATIONSHIP_STATUS_NAMES, code, tr)
