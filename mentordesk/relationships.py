"""Domain rules for a running mentoring relationship.

Everything here is pure: plain dates, plain dataclasses, no database and no Qt,
so the rules can be tested exhaustively and reused by the CLI, the GUI and the
report generator without any of them disagreeing about what "overdue" means.

Dates are calendar dates in the company's local time.  Meetings are booked as
local wall-clock times, so all schedule arithmetic happens on ``date`` objects;
the only place aware datetimes appear is at the boundary (``local_dates`` and
``planned_meeting_datetimes``), where ``zoneinfo`` keeps a DST switch from
moving a meeting onto another day.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from fractions import Fraction
from typing import Protocol
from zoneinfo import ZoneInfo

# ---------------------------------------------------------------------------
# Vocabularies
# ---------------------------------------------------------------------------

STAGES: list[tuple[int, str]] = [
    (1, "Getting to know each other"),
    (2, "Defining expectations"),
    (3, "Learning and application"),
    (4, "Becoming independent"),
    (5, "Transition"),
]
FIRST_STAGE = STAGES[0][0]
LAST_STAGE = STAGES[-1][0]

CADENCES: dict[str, str] = {
    "weekly": "Weekly",
    "fortnightly": "Every two weeks",
    "monthly": "Monthly",
}
# Nominal length in days.  Monthly schedules themselves use calendar months
# (see ``add_cadence``); 30 is only used where a window size is needed.
CADENCE_DAYS: dict[str, int] = {"weekly": 7, "fortnightly": 14, "monthly": 30}

MODES: dict[str, str] = {
    "in_person": "In person",
    "video": "Video call",
    "phone": "Phone call",
    "chat": "Chat",
}

OUTCOMES: dict[str, str] = {
    "held": "Held",
    "missed_by_mentor": "Missed by mentor",
    "missed_by_mentee": "Missed by mentee",
    "rescheduled_by_mentor": "Rescheduled by mentor",
    "rescheduled_by_mentee": "Rescheduled by mentee",
    "cancelled": "Cancelled",
}
# Meetings that count towards the attendance rate.  Rescheduled and cancelled
# meetings are deliberately absent: moving a meeting is normal life, and
# counting it as a miss would punish people for communicating.
COUNTED_OUTCOMES: frozenset[str] = frozenset({"held", "missed_by_mentor", "missed_by_mentee"})

CLOSURE_OUTCOMES: dict[str, str] = {
    "completed": "Completed",
    "ended_early_by_agreement": "Ended early by agreement",
    "mentor_withdrew": "Mentor withdrew",
    "mentee_withdrew": "Mentee withdrew",
}

GOAL_STATUSES: dict[str, str] = {
    "open": "Open",
    "in_progress": "In progress",
    "achieved": "Achieved",
    "dropped": "Dropped",
}
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
    if outcome not in CLOSURE_OUTCOMES:
        raise ValueError(f"Unknown closure outcome {outcome!r}.")
    return outcome == "completed"


def is_ended_early(outcome: str) -> bool:
    """The complement of ``is_completed`` for a valid outcome, kept explicit for readability."""
    return not is_completed(outcome)


# ---------------------------------------------------------------------------
# Stages
# ---------------------------------------------------------------------------


class StageChangeError(ValueError):
    """Carries every problem at once so the form can show them together."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__(" ".join(problems))
        self.problems = problems


def validate_stage_change(
    current_stage: int,
    new_stage: int,
    stage_dates: Mapping[int, dt.date],
    *,
    status: str,
    hr_correction: bool = False,
) -> None:
    """Raise ``StageChangeError`` unless the change is allowed.

    Rules, and why:
    - The relationship must be active: a paused or closed relationship has no
      progress to record.
    - Staying on the same stage is allowed (re-saving a form is not an error).
    - Forward moves go one stage at a time, because the model assumes each
      stage's work was actually done.
    - Moving backwards is only allowed with ``hr_correction=True``: it rewrites
      history, so it must be a deliberate HR fix, never a casual edit.
    - ``stage_dates`` maps stage number to the date it started; the new stage
      must have a date when moving forward, and no stage up to the new one may
      start before the stage preceding it.

    ``status`` is required (not defaulted) so a caller cannot skip the
    active-relationship check by accident.
    """
    problems: list[str] = []
    valid = {n for n, _ in STAGES}
    if status != ACTIVE_STATUS:
        problems.append(f"The stage can only change while the relationship is active (it is {status}).")
    for label, value in (("Current", current_stage), ("New", new_stage)):
        if value not in valid:
            problems.append(f"{label} stage {value!r} is not a stage ({FIRST_STAGE}-{LAST_STAGE}).")
    for n in stage_dates:
        if n not in valid:
            problems.append(f"A date was given for stage {n!r}, which is not a stage.")
    if problems:
        raise StageChangeError(problems)

    if new_stage < current_stage and not hr_correction:
        problems.append(
            f"Stages cannot move backwards (from {current_stage} to {new_stage}) "
            "except as an HR correction."
        )
    if new_stage > current_stage + 1:
        problems.append(
            f"Stages move one at a time: from {current_stage} the next stage is "
            f"{current_stage + 1}, not {new_stage}."
        )
    if new_stage > current_stage and new_stage not in stage_dates:
        problems.append(f"Give the date stage {new_stage} ({stage_name(new_stage)}) started.")
    for n in range(FIRST_STAGE + 1, new_stage + 1):
        if n in stage_dates and n - 1 in stage_dates and stage_dates[n] < stage_dates[n - 1]:
            problems.append(
                f"Stage {n} cannot start ({stage_dates[n].isoformat()}) before stage "
                f"{n - 1} started ({stage_dates[n - 1].isoformat()})."
            )
    if problems:
        raise StageChangeError(problems)


# ---------------------------------------------------------------------------
# Cadence and planned meetings
# ---------------------------------------------------------------------------


def add_months(anchor: dt.date, months: int) -> dt.date:
    """Clamp to the month's end rather than overflow into the next month."""
    index = anchor.year * 12 + (anchor.month - 1) + months
    year, month = divmod(index, 12)
    month += 1
    last = calendar.monthrange(year, month)[1]
    return dt.date(year, month, min(anchor.day, last))


def add_cadence(anchor: dt.date, cadence: str, k: int = 1) -> dt.date:
    """The k-th occurrence is computed from the anchor, never from the previous occurrence.

    That is what keeps a monthly series anchored on the 31st at Jan 31 -> Feb 28
    -> Mar 31 instead of drifting to the 28th forever.
    """
    _check_cadence(cadence)
    if cadence == "monthly":
        return add_months(anchor, k)
    return anchor + dt.timedelta(days=CADENCE_DAYS[cadence] * k)


@dataclass(frozen=True)
class Extension:
    """A validated change of planned end date, as produced by ``extend``."""

    old_end: dt.date
    new_end: dt.date
    reason: str


def planned_meeting_dates(
    start: dt.date,
    cadence: str,
    until: dt.date,
    extensions: Iterable[Extension | dt.date] = (),
) -> list[dt.date]:
    """The first planned meeting is on the start date itself (the kick-off).

    ``extensions`` (``Extension`` objects or bare new end dates) push ``until``
    out to the latest extended end, so an extended relationship keeps its
    meeting plan without the caller recomputing the end date.
    """
    _check_cadence(cadence)
    end = until
    for ext in extensions:
        new_end = ext.new_end if isinstance(ext, Extension) else ext
        end = max(end, new_end)
    dates: list[dt.date] = []
    k = 0
    while (d := add_cadence(start, cadence, k)) <= end:
        dates.append(d)
        k += 1
    return dates


def _zone(tz: str | dt.tzinfo) -> dt.tzinfo:
    return ZoneInfo(tz) if isinstance(tz, str) else tz


def planned_meeting_datetimes(
    start: dt.date,
    cadence: str,
    until: dt.date,
    at: dt.time,
    tz: str | dt.tzinfo,
    extensions: Iterable[Extension | dt.date] = (),
) -> list[dt.datetime]:
    """Keep the local wall-clock time across DST by attaching the zone per date.

    Adding ``timedelta(days=7)`` to an aware datetime and converting would move a
    09:00 meeting to 08:00 or 10:00 after a DST switch (and a late-evening one
    onto another day); combining each local date with the local time cannot.
    """
    zone = _zone(tz)
    return [
        dt.datetime.combine(d, at, tzinfo=zone)
        for d in planned_meeting_dates(start, cadence, until, extensions)
    ]


def local_dates(datetimes: Iterable[dt.datetime], tz: str | dt.tzinfo) -> list[dt.date]:
    """Dates as the people in the meeting saw them, whatever zone the value was stored in.

    Naive datetimes are refused: guessing their zone is how meetings end up on
    the wrong day.
    """
    zone = _zone(tz)
    out: list[dt.date] = []
    for value in datetimes:
        if value.tzinfo is None or value.utcoffset() is None:
            raise ValueError(f"Meeting time {value!r} has no time zone.")
        out.append(value.astimezone(zone).date())
    return out


def match_window_days(cadence: str) -> int:
    """Half a cadence, rounded down, so neighbouring windows barely overlap."""
    _check_cadence(cadence)
    return CADENCE_DAYS[cadence] // 2


def overdue_planned(
    planned: Sequence[dt.date],
    logged: Sequence[dt.date],
    today: dt.date,
    *,
    cadence: str,
) -> list[dt.date]:
    """Planned dates before today that no logged meeting accounts for.

    Matching rule: any logged meeting (held, missed, rescheduled or cancelled;
    logging it at all shows the pair is engaging with the plan) satisfies a
    planned date when it lies within ``match_window_days(cadence)`` days of it,
    before or after.  Each log satisfies at most one planned date.  Planned
    dates are matched in order to the earliest unused log in their window;
    because all windows are the same width this greedy choice satisfies as many
    planned dates as any assignment could.  Logs dated after ``today`` are
    ignored since a meeting cannot have been logged in advance.  A planned
    date is overdue from the day after it (on the day itself it is just today's
    meeting).
    """
    window = match_window_days(cadence)
    logs = sorted(d for d in logged if d <= today)
    used = [False] * len(logs)
    overdue: list[dt.date] = []
    for p in sorted(planned):
        matched = False
        for i, log in enumerate(logs):
            if used[i] or log < p - dt.timedelta(days=window):
                continue
            if log > p + dt.timedelta(days=window):
                break
            used[i] = True
            matched = True
            break
        if not matched and p < today:
            overdue.append(p)
    return overdue


def days_since_last_meeting(last_held: dt.date | None, today: dt.date) -> int | None:
    """None, not a large number, when nothing was held: the UI shows "never"."""
    if last_held is None:
        return None
    return (today - last_held).days


def no_meeting_deadline(last_held: dt.date | None, start: dt.date, cadence: str) -> dt.date:
    """Counting from the start when nothing was held gives a new pair the same grace period."""
    reference = last_held if last_held is not None else start
    return add_cadence(reference, cadence, 2)


def no_meeting_alert(
    last_held: dt.date | None, start: dt.date, cadence: str, today: dt.date
) -> bool:
    """True once more than twice the cadence has passed without a held meeting.

    Measured from the last held meeting, or from the start if none was held.
    Exactly two cadences (e.g. 14 days for weekly) is still fine; the day after
    is not.  Monthly uses calendar months (two months after the reference).
    """
    return today > no_meeting_deadline(last_held, start, cadence)


# ---------------------------------------------------------------------------
# Meetings and attendance
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class MeetingRecord:
    """``with_notice`` is separate from the outcome because notice is a courtesy, not a result."""

    date: dt.date
    outcome: str
    minutes: int | None = None
    with_notice: bool | None = None
    mode: str | None = None


class _HasOutcome(Protocol):
    @property
    def outcome(self) -> str: ...


class _HasOutcomeAndMinutes(_HasOutcome, Protocol):
    @property
    def minutes(self) -> int | None: ...


@dataclass(frozen=True)
class Attendance:
    """Counts per outcome; ``rate`` ignores rescheduled and cancelled meetings (see COUNTED_OUTCOMES)."""

    held: int = 0
    missed_by_mentor: int = 0
    missed_by_mentee: int = 0
    rescheduled_by_mentor: int = 0
    rescheduled_by_mentee: int = 0
    cancelled: int = 0

    @property
    def counted(self) -> int:
        """Driven by COUNTED_OUTCOMES so reports and this rate can never disagree."""
        return sum(getattr(self, outcome) for outcome in COUNTED_OUTCOMES)

    @property
    def rate(self) -> float | None:
        """None rather than 0 or 1 when there is nothing to judge."""
        if self.counted == 0:
            return None
        return self.held / self.counted


def attendance(meetings: Iterable[_HasOutcome]) -> Attendance:
    """Unknown outcomes raise so a typo in stored data cannot silently improve a rate."""
    counts = dict.fromkeys(OUTCOMES, 0)
    for m in meetings:
        _check_outcome(m.outcome)
        counts[m.outcome] += 1
    return Attendance(**counts)


def person_miss_rate(meetings: Iterable[_HasOutcome], role: str) -> float | None:
    """Each miss counts only against whoever missed it; the denominator is all counted meetings."""
    _check_role(role)
    a = attendance(meetings)
    if a.counted == 0:
        return None
    missed = a.missed_by_mentor if role == "mentor" else a.missed_by_mentee
    return missed / a.counted


def mentoring_hours(meetings: Iterable[_HasOutcomeAndMinutes]) -> float:
    """Only held meetings are time actually spent mentoring; a missing duration counts as 0."""
    total = 0
    for m in meetings:
        _check_outcome(m.outcome)
        if m.outcome != "held" or m.minutes is None:
            continue
        if m.minutes < 0:
            raise ValueError(f"Meeting duration cannot be negative ({m.minutes} minutes).")
        total += m.minutes
    return total / 60


# ---------------------------------------------------------------------------
# Check-ins
# ---------------------------------------------------------------------------

CHECKIN_PROGRESS_QUESTIONS: dict[str, str] = {
    "value_received": "Is the mentee getting tangible value?",
    "value_given": "Does the mentor feel they give solid value?",
    "meeting_as_planned": "Are you meeting as often as planned?",
    "goals_on_track": "Are you meeting your stated goals?",
}
CHECKIN_PREREQUISITES: dict[str, str] = {
    "trust_respect": "Trust and respect",
    "open_communication": "Open communication",
    "regular_meetings_clear_goals": "Regular meetings and clear goals",
    "responsibilities": "Responsibilities understood",
}
CHECKIN_QUESTIONS: dict[str, str] = {**CHECKIN_PROGRESS_QUESTIONS, **CHECKIN_PREREQUISITES}
SCALE_MIN = 1
SCALE_MAX = 5
CHECKIN_INTERVAL_DAYS = 30
FIRST_CHECKIN_AFTER_DAYS = 30


def checkin_average(answers: Mapping[str, int]) -> float | None:
    """Skipped questions are simply left out, so a partial check-in still yields a score."""
    values: list[int] = []
    for key, value in answers.items():
        if key not in CHECKIN_QUESTIONS:
            raise ValueError(f"Unknown check-in question {key!r}.")
        if value is None:
            continue
        if not (SCALE_MIN <= value <= SCALE_MAX) or isinstance(value, bool):
            raise ValueError(f"Answer to {key!r} must be {SCALE_MIN}-{SCALE_MAX}, got {value!r}.")
        values.append(value)
    return sum(values) / len(values) if values else None


def checkin_due_dates(
    start: dt.date,
    today: dt.date,
    interval_days: int = CHECKIN_INTERVAL_DAYS,
    first_after: int = FIRST_CHECKIN_AFTER_DAYS,
) -> list[dt.date]:
    """The nominal schedule (for calendars and reminders), up to and including today."""
    if interval_days <= 0:
        raise ValueError("The check-in interval must be positive.")
    out: list[dt.date] = []
    d = start + dt.timedelta(days=first_after)
    while d <= today:
        out.append(d)
        d += dt.timedelta(days=interval_days)
    return out


@dataclass(frozen=True)
class CheckinState:
    """``since`` is the day the check-in fell due; None while it is not overdue."""

    role: str
    due: dt.date
    overdue: bool
    since: dt.date | None


def overdue_checkins(
    start: dt.date,
    checkin_dates_by_role: Mapping[str, Iterable[dt.date]],
    today: dt.date,
    interval_days: int = CHECKIN_INTERVAL_DAYS,
    first_after: int = FIRST_CHECKIN_AFTER_DAYS,
) -> dict[str, CheckinState]:
    """Per role: the next check-in is due ``interval_days`` after that role's latest one.

    With no check-in yet it is due ``first_after`` days after the start.  It is
    overdue from the day after it falls due.  Counting from the latest check-in
    rather than a fixed calendar means a late check-in resets the clock instead
    of leaving a permanent "missed" mark.  Roles absent from the mapping have no
    check-ins.  Check-ins dated after today are ignored.
    """
    for role in checkin_dates_by_role:
        _check_role(role)
    out: dict[str, CheckinState] = {}
    for role in ROLES:
        dates = [d for d in checkin_dates_by_role.get(role, ()) if d <= today]
        if dates:
            due = max(dates) + dt.timedelta(days=interval_days)
        else:
            due = start + dt.timedelta(days=first_after)
        overdue = today > due
        out[role] = CheckinState(role=role, due=due, overdue=overdue, since=due if overdue else None)
    return out


# ---------------------------------------------------------------------------
# Snapshots, health and attention items
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class CheckinRecord:
    """Only the average is needed for health; answers stay in storage."""

    date: dt.date
    role: str
    average: float | None


@dataclass(frozen=True)
class GoalRecord:
    title: str
    due: dt.date | None
    status: str


@dataclass(frozen=True)
class RelationshipSnapshot:
    """A plain copy of what the rules need, so they never touch the database.

    Ids are the storage layer's TEXT primary keys, passed through untouched.
    """

    id: str
    mentor_id: str
    mentor_name: str
    mentee_id: str
    mentee_name: str
    start: dt.date
    planned_end: dt.date | None
    cadence: str
    status: str
    meetings: Sequence[MeetingRecord] = field(default_factory=tuple)
    checkins: Sequence[CheckinRecord] = field(default_factory=tuple)
    goals: Sequence[GoalRecord] = field(default_factory=tuple)

    @property
    def pair_name(self) -> str:
        return f"{self.mentor_name} & {self.mentee_name}"


HEALTH_LABELS: dict[str, str] = {
    "on_track": "On track",
    "needs_checkin": "Needs a check-in",
    "at_risk": "At risk",
    "too_early": "Too early to tell",
}
TOO_EARLY_DAYS = 30
AT_RISK_SCORE = 2.5
AT_RISK_ATTENDANCE = 0.5
NEEDS_CHECKIN_ATTENDANCE = 0.75
MIN_COUNTED_FOR_RATE = 3


def last_held(meetings: Iterable[MeetingRecord], today: dt.date) -> dt.date | None:
    held = [m.date for m in meetings if m.outcome == "held" and m.date <= today]
    return max(held) if held else None


def goals_past_due(goals: Iterable[GoalRecord], today: dt.date) -> list[GoalRecord]:
    """A goal due today is not yet late; goals without a due date never are."""
    return [
        g for g in goals
        if g.due is not None and g.due < today and g.status not in FINISHED_GOAL_STATUSES
    ]


def _latest_checkin_per_role(checkins: Iterable[CheckinRecord], today: dt.date) -> dict[str, CheckinRecord]:
    latest: dict[str, CheckinRecord] = {}
    for c in checkins:
        _check_role(c.role)
        if c.date > today:
            continue
        if c.role not in latest or c.date >= latest[c.role].date:
            latest[c.role] = c
    return latest


def _fmt(d: dt.date) -> str:
    return d.strftime("%d %b %Y").lstrip("0")


def health(rel: RelationshipSnapshot, today: dt.date) -> tuple[str, list[str]]:
    """Label a relationship and explain why, so HR knows whom to call first.

    Rules (the worst label found wins; reasons list every finding, worst first):
    - too_early: started fewer than 30 days ago (or not yet) and nothing logged
      (no meetings, no check-ins).  With any data the normal rules apply.
    - at_risk if any of:
      * no meeting held in more than twice the cadence (from the start if none);
      * either role's latest check-in averages 2.5 or less;
      * attendance rate below 50%, once at least 3 meetings count towards it.
    - needs_checkin if any of:
      * a mentor or mentee check-in is overdue (see ``overdue_checkins``);
      * a goal is past its due date and neither achieved nor dropped;
      * attendance rate below 75%, once at least 3 meetings count towards it.
    - on_track otherwise, with no reasons.
    The 3-meeting minimum keeps one missed first meeting from branding a new
    pair "at risk".
    """
    age = (today - rel.start).days
    if age < TOO_EARLY_DAYS and not rel.meetings and not rel.checkins:
        if age < 0:
            return "too_early", [f"Starts on {_fmt(rel.start)}."]
        return "too_early", [f"Started {age} days ago and nothing has been logged yet."]

    risks: list[str] = []
    concerns: list[str] = []

    held = last_held(rel.meetings, today)
    if no_meeting_alert(held, rel.start, rel.cadence, today):
        if held is None:
            risks.append(f"No meeting held since the start on {_fmt(rel.start)}.")
        else:
            risks.append(
                f"No meeting held for {(today - held).days} days "
                f"(cadence is {CADENCES[rel.cadence].lower()})."
            )

    for role, c in sorted(_latest_checkin_per_role(rel.checkins, today).items()):
        if c.average is not None and c.average <= AT_RISK_SCORE:
            risks.append(f"The {role}'s latest check-in ({_fmt(c.date)}) averaged {c.average:.1f} out of 5.")

    a = attendance(rel.meetings)
    if a.rate is not None and a.counted >= MIN_COUNTED_FOR_RATE:
        pct = round(a.rate * 100)
        if a.rate < AT_RISK_ATTENDANCE:
            risks.append(f"Only {pct}% of meetings were held ({a.held} of {a.counted}).")
        elif a.rate < NEEDS_CHECKIN_ATTENDANCE:
            concerns.append(f"{pct}% of meetings were held ({a.held} of {a.counted}).")

    by_role: dict[str, list[dt.date]] = {r: [] for r in ROLES}
    for c in rel.checkins:
        _check_role(c.role)
        by_role[c.role].append(c.date)
    for role, state in overdue_checkins(rel.start, by_role, today).items():
        if state.overdue:
            assert state.since is not None
            concerns.append(f"The {role}'s check-in has been due since {_fmt(state.since)}.")

    for g in goals_past_due(rel.goals, today):
        assert g.due is not None
        concerns.append(f"Goal \u201c{g.title}\u201d was due on {_fmt(g.due)}.")

    if risks:
        return "at_risk", risks + concerns
    if concerns:
        return "needs_checkin", concerns
    return "on_track", []


SEVERITIES: tuple[str, ...] = ("high", "medium", "low")
ENDING_SOON_DAYS = 30
MENTOR_MISS_RATE_THRESHOLD = 0.20
MIN_COUNTED_FOR_MISS_RATE = 3


@dataclass(frozen=True)
class AttentionItem:
    """One thing HR should act on.  Exactly one of relationship_id / person_id is set."""

    kind: str
    relationship_id: str | None
    person_id: str | None
    title: str
    detail: str
    severity: str
    due: dt.date | None


ATTENTION_KINDS: dict[str, str] = {
    "no_meeting": "No recent meeting",
    "checkin_overdue": "Check-in overdue",
    "goal_past_due": "Goal past due",
    "ending_soon": "Ending soon",
    "past_planned_end": "Past planned end",
    "mentor_miss_rate": "Mentor misses meetings",
}


def _sort_key(item: AttentionItem) -> tuple[int, int, dt.date, str]:
    return (
        SEVERITIES.index(item.severity),
        item.due is None,
        item.due or dt.date.min,
        item.title,
    )


def attention_items(
    relationships: Iterable[RelationshipSnapshot],
    today: dt.date,
    mentor_miss_rate_threshold: float = MENTOR_MISS_RATE_THRESHOLD,
) -> list[AttentionItem]:
    """HR's to-do list, most severe first and, within a severity, earliest due first.

    Per active relationship (other statuses need no follow-up):
    - no_meeting (high): no meeting held in more than twice the cadence; due is
      the day the alert started.
    - checkin_overdue (medium): one item per overdue role; due is when it fell due.
    - goal_past_due (medium): one item per goal past due and not achieved/dropped.
    - ending_soon (low): planned end between today and 30 days from today.
    - past_planned_end (medium): planned end has passed but the relationship is
      still active, so it must be closed or extended.
    Per mentor, across every relationship given (closed ones too, since a habit
    of missing meetings does not reset when a pairing ends):
    - mentor_miss_rate (medium): meetings missed by the mentor / counted meetings
      (held + missed by either) is strictly above the threshold, and at least 3
      meetings count; fewer is too little evidence to flag a person.  Exactly
      at the threshold is not flagged.
    Waiting-list items belong to the service layer and are not produced here.
    """
    threshold = Fraction(str(mentor_miss_rate_threshold))
    items: list[AttentionItem] = []
    mentor_totals: dict[str, tuple[str, int, int]] = {}

    for rel in relationships:
        a = attendance(rel.meetings)
        name, missed, counted = mentor_totals.get(rel.mentor_id, (rel.mentor_name, 0, 0))
        mentor_totals[rel.mentor_id] = (name, missed + a.missed_by_mentor, counted + a.counted)

        if rel.status != ACTIVE_STATUS or rel.start > today:
            continue

        held = last_held(rel.meetings, today)
        if no_meeting_alert(held, rel.start, rel.cadence, today):
            since = held if held is not None else rel.start
            what = "a meeting was held" if held is not None else "the relationship started"
            items.append(AttentionItem(
                kind="no_meeting", relationship_id=rel.id, person_id=None,
                title=f"No recent meeting: {rel.pair_name}",
                detail=f"{(today - since).days} days since {what} ({_fmt(since)}); "
                       f"cadence is {CADENCES[rel.cadence].lower()}.",
                severity="high",
                due=no_meeting_deadline(held, rel.start, rel.cadence),
            ))

        by_role: dict[str, list[dt.date]] = {r: [] for r in ROLES}
        for c in rel.checkins:
            _check_role(c.role)
            by_role[c.role].append(c.date)
        for role, state in overdue_checkins(rel.start, by_role, today).items():
            if state.overdue:
                person = rel.mentor_name if role == "mentor" else rel.mentee_name
                items.append(AttentionItem(
                    kind="checkin_overdue", relationship_id=rel.id, person_id=None,
                    title=f"{role.capitalize()} check-in overdue: {rel.pair_name}",
                    detail=f"{person}'s check-in has been due since {_fmt(state.due)}.",
                    severity="medium", due=state.due,
                ))

        for g in goals_past_due(rel.goals, today):
            items.append(AttentionItem(
                kind="goal_past_due", relationship_id=rel.id, person_id=None,
                title=f"Goal past due: {g.title}",
                detail=f"{rel.pair_name}: due {_fmt(g.due)}, status "
                       f"{GOAL_STATUSES.get(g.status, g.status).lower()}.",
                severity="medium", due=g.due,
            ))

        if rel.planned_end is not None:
            days_left = (rel.planned_end - today).days
            if 0 <= days_left <= ENDING_SOON_DAYS:
                items.append(AttentionItem(
                    kind="ending_soon", relationship_id=rel.id, person_id=None,
                    title=f"Ending soon: {rel.pair_name}",
                    detail=f"Planned end {_fmt(rel.planned_end)} ({days_left} days). "
                           "Plan the closing conversation or extend.",
                    severity="low", due=rel.planned_end,
                ))
            elif days_left < 0:
                items.append(AttentionItem(
                    kind="past_planned_end", relationship_id=rel.id, person_id=None,
                    title=f"Past planned end: {rel.pair_name}",
                    detail=f"Planned end was {_fmt(rel.planned_end)}; close or extend it.",
                    severity="medium", due=rel.planned_end,
                ))

    for mentor_id, (name, missed, counted) in mentor_totals.items():
        if counted < MIN_COUNTED_FOR_MISS_RATE:
            continue
        if Fraction(missed, counted) > threshold:
            items.append(AttentionItem(
                kind="mentor_miss_rate", relationship_id=None, person_id=mentor_id,
                title=f"{name} misses meetings",
                detail=f"Missed {missed} of {counted} meetings ({round(100 * missed / counted)}%) "
                       f"across their relationships; threshold is {float(threshold):.0%}.",
                severity="medium", due=None,
            ))

    return sorted(items, key=_sort_key)


# ---------------------------------------------------------------------------
# Extensions
# ---------------------------------------------------------------------------

MAX_LENGTH_MONTHS = 24


def extend(
    planned_end: dt.date, new_end: dt.date, reason: str, *, start: dt.date
) -> Extension:
    """Validate an extension; raise ValueError with a human message otherwise.

    - The new end must be after the current planned end (shortening is closing
      early, which has its own outcome).
    - A reason is required, because HR has to justify extensions later.
    - The whole relationship may last at most 24 calendar months from its start
      (end on or before the same day 24 months later): programs that run
      longer stop being mentoring and become a standing arrangement.
    """
    if new_end <= planned_end:
        raise ValueError(
            f"The new end ({_fmt(new_end)}) must be after the current planned end ({_fmt(planned_end)})."
        )
    cleaned = (reason or "").strip()
    if not cleaned:
        raise ValueError("Give a reason for the extension.")
    limit = add_months(start, MAX_LENGTH_MONTHS)
    if new_end > limit:
        raise ValueError(
            f"A relationship can last at most {MAX_LENGTH_MONTHS} months; "
            f"the latest possible end is {_fmt(limit)}."
        )
    return Extension(old_end=planned_end, new_end=new_end, reason=cleaned)
