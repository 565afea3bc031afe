"""Every word MentorDesk shows for a stored code -- stages, health, meeting and closure
outcomes, relationship and goal statuses, meeting modes, cadences -- marked for translation once.

Why one place: the window, the CLI and the PDF reports used to keep their own copies, so a
glossary change (issue 16) had to be made four times and the window could call a stage one
thing while the report printed another.  Here each English word is written once with `N_`
(found by `mentordesk.i18n.extract`) and said through a `Translator`: the report passes the
one of its own language, the CLI and the window pass nothing and get the process language
(the window's language, set by `ui.app.use_window_language`).

A word used inside a sentence ("Logged the held meeting") is its own entry, not a
lower-cased label: lower-casing a German noun is wrong.  Such a table is a `Words`, marked
with `NC_` under one gettext context (msgctxt) per table, so "active" in "(active)" is
translated apart from any other "active" the program says.  A program's own words (its
kind, delivery, cadence, who meets, its participants' statuses) have a context too: a
program "In person" is a delivery ("Präsenz"), a meeting "In person" a mode ("Persönlich").
Qt-free on purpose.
"""

from __future__ import annotations

from collections.abc import Mapping

from .i18n import N_, NC_, Term, Translator, current, term


class Words(dict[str, str]):
    """code -> English word, every word marked with `NC_(context, word)`: said under `context`."""

    def __init__(self, context: str, words: Mapping[str, str]) -> None:
        super().__init__(words)
        self.context = context

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
MEETING_OUTCOMES_IN_TEXT: Words = Words("meeting outcome in a sentence", {
    "held": NC_("meeting outcome in a sentence", "held"),
    "missed_by_mentor": NC_("meeting outcome in a sentence", "missed by mentor"),
    "missed_by_mentee": NC_("meeting outcome in a sentence", "missed by mentee"),
    "rescheduled_by_mentor": NC_("meeting outcome in a sentence", "rescheduled by mentor"),
    "rescheduled_by_mentee": NC_("meeting outcome in a sentence", "rescheduled by mentee"),
    "cancelled": NC_("meeting outcome in a sentence", "cancelled"),
})

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
CLOSURE_OUTCOMES_IN_TEXT: Words = Words("closure outcome in a sentence", {
    "completed": NC_("closure outcome in a sentence", "completed"),
    "ended_early_by_agreement": NC_("closure outcome in a sentence", "ended early by agreement"),
    "mentor_withdrew": NC_("closure outcome in a sentence", "mentor withdrew"),
    "mentee_withdrew": NC_("closure outcome in a sentence", "mentee withdrew"),
    "mentor_replaced": NC_("closure outcome in a sentence", "mentor replaced"),
})

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
RELATIONSHIP_STATUSES_IN_TEXT: Words = Words("relationship status in a sentence", {
    "planned": NC_("relationship status in a sentence", "planned"),
    "active": NC_("relationship status in a sentence", "active"),
    "paused": NC_("relationship status in a sentence", "paused"),
    "completed": NC_("relationship status in a sentence", "completed"),
    "ended_early": NC_("relationship status in a sentence", "ended early"),
    "mentor_replaced": NC_("relationship status in a sentence", "mentor replaced"),
})

GOAL_STATUS_NAMES: Mapping[str, str] = {
    "open": N_("Open"),
    "in_progress": N_("In progress"),
    "achieved": N_("Achieved"),
    "dropped": N_("Dropped"),
}
#: A goal's status inside a sentence ("… is still in progress").
GOAL_STATUSES_IN_TEXT: Words = Words("goal status in a sentence", {
    "open": NC_("goal status in a sentence", "open"),
    "in_progress": NC_("goal status in a sentence", "in progress"),
    "achieved": NC_("goal status in a sentence", "achieved"),
    "dropped": NC_("goal status in a sentence", "dropped"),
})

MODE_NAMES: Mapping[str, str] = {
    "in_person": N_("In person"),
    "video": N_("Video call"),
    "phone": N_("Phone call"),
    "chat": N_("Chat"),
}
#: How a pair meets inside a sentence ("You meet every two weeks (video call)").
MODES_IN_TEXT: Words = Words("meeting mode in a sentence", {
    "in_person": NC_("meeting mode in a sentence", "in person"),
    "video": NC_("meeting mode in a sentence", "video call"),
    "phone": NC_("meeting mode in a sentence", "phone call"),
    "chat": NC_("meeting mode in a sentence", "chat"),
})

#: A person's mentoring role as a table cell, a filter or a choice shows it ("none" has no word:
#: the window shows a dash).
ROLE_NAMES: Mapping[str, str] = {
    "mentor": N_("Mentor"),
    "mentee": N_("Mentee"),
    "both": N_("Mentor and mentee"),
}
#: A person's mentoring role inside a sentence or a listing ("role change of 3 people to mentor").
ROLES_IN_TEXT: Words = Words("role in a sentence", {
    "mentor": NC_("role in a sentence", "mentor"),
    "mentee": NC_("role in a sentence", "mentee"),
    "both": NC_("role in a sentence", "mentor and mentee"),
    "none": NC_("role in a sentence", "no mentoring role"),
})

CADENCE_NAMES: Mapping[str, str] = {
    "weekly": N_("Weekly"),
    "fortnightly": N_("Every two weeks"),
    "monthly": N_("Monthly"),
}
#: A cadence inside a sentence ("cadence is every two weeks").
CADENCES_IN_TEXT: Words = Words("cadence in a sentence", {
    "weekly": NC_("cadence in a sentence", "weekly"),
    "fortnightly": NC_("cadence in a sentence", "every two weeks"),
    "monthly": NC_("cadence in a sentence", "monthly"),
})


#: A check-in's questions: how the relationship progresses, then its prerequisites (the
#: check-in form, the window's check-in dialog and the reports ask them in this order).
CHECKIN_PROGRESS_QUESTIONS: Mapping[str, str] = {
    "value_received": N_("Is the mentee getting tangible value?"),
    "value_given": N_("Does the mentor feel they give solid value?"),
    "meeting_as_planned": N_("Are you meeting as often as planned?"),
    "goals_on_track": N_("Are you meeting your stated goals?"),
}
CHECKIN_PREREQUISITES: Mapping[str, str] = {
    "trust_respect": N_("Trust and respect"),
    "open_communication": N_("Open communication"),
    "regular_meetings_clear_goals": N_("Regular meetings and clear goals"),
    "responsibilities": N_("Responsibilities understood"),
}

#: What needs HR's attention, by kind (the Attention list's What column, `attention`, the
#: program report); "waiting_list" comes from the waiting list, the others from the rules.
ATTENTION_KIND_NAMES: Mapping[str, str] = {
    "no_meeting": N_("No recent meeting"),
    "checkin_overdue": N_("Check-in overdue"),
    "goal_past_due": N_("Goal past due"),
    "ending_soon": N_("Ending soon"),
    "past_planned_end": N_("Past planned end"),
    "mentor_miss_rate": N_("Mentor misses meetings"),
    "archived_partner": N_("Archived person in an active relationship"),
    "waiting_list": N_("Waiting for a mentor"),
}
#: An overdue check-in says whose: one relationship can have both.
CHECKIN_OVERDUE_BY: Mapping[str, str] = {
    "mentor": N_("Mentor check-in overdue"),
    "mentee": N_("Mentee check-in overdue"),
}

# -- a program's own words (the Programs screen, its form, `program list`, the program report)

#: The kinds of program (`services.programs` checks a program's kind against these codes).
PROGRAM_KIND_NAMES: Words = Words("program kind", {
    "one_to_one": NC_("program kind", "One-to-one"),
    "group": NC_("program kind", "Group"),
    "reverse": NC_("program kind", "Reverse"),
    "peer": NC_("program kind", "Peer"),
    "job_shadowing": NC_("program kind", "Job shadowing"),
})
#: How a program is delivered: not a meeting's mode (a meeting is held "in person", a program
#: runs "in person" as opposed to online), so the words are translated apart.
DELIVERY_NAMES: Words = Words("program delivery", {
    "in_person": NC_("program delivery", "In person"),
    "digital": NC_("program delivery", "Digital"),
    "mixed": NC_("program delivery", "Mixed"),
})
#: How often a program's pairs meet, as its form and details say it (a relationship's own
#: cadence is `CADENCE_NAMES`; inside a sentence both use `CADENCES_IN_TEXT`).
PROGRAM_CADENCE_NAMES: Words = Words("program cadence", {
    "weekly": NC_("program cadence", "Weekly"),
    "fortnightly": NC_("program cadence", "Fortnightly"),
    "monthly": NC_("program cadence", "Monthly"),
})
#: The caption before a program's cadence, naming who meets in its kind; kinds not listed
#: (one-to-one, reverse, job shadowing) say "Pairs meet:".
WHO_MEETS: Words = Words("program cadence caption", {
    "pairs": NC_("program cadence caption", "Pairs meet:"),
    "group": NC_("program cadence caption", "Groups meet:"),
    "peer": NC_("program cadence caption", "Peers meet:"),
})
#: Where a person stands in a program (enrolment), in the order the lists sort them.
PARTICIPANT_STATUS_NAMES: Words = Words("program participant status", {
    "applied": NC_("program participant status", "Applied"),
    "accepted": NC_("program participant status", "Accepted"),
    "waitlisted": NC_("program participant status", "Waitlisted"),
    "declined": NC_("program participant status", "Declined"),
    "withdrawn": NC_("program participant status", "Withdrawn"),
})


def said(table: Mapping[str, str], code: str | None, tr: Translator | None = None, fallback: str = "") -> str:
    """The word for `code` in `tr`'s language (default: the process language).

    An unknown code (a file written by a newer MentorDesk) is shown as `fallback`, or as
    stored, rather than blank or as an error: HR must still see something to ask about.
    """
    if code in table:
        return word_said(table, table[code], tr or current())
    return fallback or (code or "")


def word_said(table: Mapping[str, str], word: str, tr: Translator) -> str:
    """One of `table`'s English words in `tr`'s language, under the table's context if it has one."""
    return tr.pgettext(table.context, word) if isinstance(table, Words) else tr.gettext(word)


def all_said(table: Mapping[str, str], tr: Translator | None = None) -> dict[str, str]:
    """Every code -> word of `table`, in its order: what a combo box offers."""
    t = tr or current()
    return {code: word_said(table, word, t) for code, word in table.items()}


def in_text(table: Words, code: str | None) -> Term:
    """The word for `code` kept untranslated for a `Message` (said in its reader's language)."""
    return term(table[code], table.context) if code in table else Term(code or "")


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


def program_kind_label(kind: str, tr: Translator | None = None) -> str:
    """A program's kind ("Job shadowing"); an unknown kind (a newer file) as stored."""
    return said(PROGRAM_KIND_NAMES, kind, tr)


def who_meets(kind: str, tr: Translator | None = None) -> str:
    """The caption before a program's cadence: "Groups meet:", "Peers meet:", else "Pairs meet:"."""
    return said(WHO_MEETS, kind if kind in WHO_MEETS else "pairs", tr)
