"""Snapshots of a relationship and its health label with the reasons for it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from ..i18n import gettext as _
from ..i18n import ngettext
from ..vocabulary import CADENCES_IN_TEXT, HEALTH_NAMES, said
from .checkins import overdue_checkins
from .meetings import MeetingRecord, attendance
from .schedule import no_meeting_alert
from .vocabulary import FINISHED_GOAL_STATUSES, ROLES, _check_role, _fmt


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
    #: The goal's id: what a snoozed "goal past due" item is keyed by (titles repeat and change).
    id: str | None = None


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
    mentor_archived: bool = False
    mentee_archived: bool = False

    @property
    def pair_name(self) -> str:
        return f"{self.mentor_name} & {self.mentee_name}"

    @property
    def archived_roles(self) -> list[tuple[str, str]]:
        """(role, name) of each partner who was archived while the relationship runs."""
        return [(role, name) for role, name, gone in (("mentor", self.mentor_name, self.mentor_archived),
                                                      ("mentee", self.mentee_name, self.mentee_archived))
                if gone]


def archived_sentence(role: str, name: str) -> str:
    """Said by health, attention and the archive warning alike."""
    if role == "mentor":
        return _("The mentor, %(name)s, is archived but the relationship is still active: close it with an outcome "
                 "or find a replacement.") % {"name": name}
    return _("The mentee, %(name)s, is archived but the relationship is still active: close it with an outcome "
             "or find a replacement.") % {"name": name}


#: The labels `health` can give (in English; said through `mentordesk.vocabulary.health_label`).
HEALTH_LABELS: dict[str, str] = {k: v for k, v in HEALTH_NAMES.items() if k != "closed"}
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
    An archived mentor or mentee makes any active relationship at_risk (even a
    new one): it cannot go on as it is.
    The 3-meeting minimum keeps one missed first meeting from branding a new
    pair "at risk".
    """
    archived = [archived_sentence(role, name) for role, name in rel.archived_roles]
    early = None if archived else _too_early(rel, today)
    if early is not None:
        return "too_early", early
    attendance_risks, attendance_concerns = _attendance_findings(rel)
    risks = archived + _meeting_risks(rel, today) + _checkin_score_risks(rel, today) + attendance_risks
    concerns = attendance_concerns + _overdue_concerns(rel, today) + _goal_concerns(rel, today)
    if risks:
        return "at_risk", risks + concerns
    if concerns:
        return "needs_checkin", concerns
    return "on_track", []


def _too_early(rel: RelationshipSnapshot, today: dt.date) -> list[str] | None:
    """The reason a pair is too early to judge, or None once it has run 30 days or logged anything."""
    age = (today - rel.start).days
    if age >= TOO_EARLY_DAYS or rel.meetings or rel.checkins:
        return None
    if age < 0:
        return [_("Starts on %(date)s.") % {"date": _fmt(rel.start)}]
    return [ngettext("Started %(days)s day ago and nothing has been logged yet.",
                     "Started %(days)s days ago and nothing has been logged yet.", age) % {"days": age}]


def _meeting_risks(rel: RelationshipSnapshot, today: dt.date) -> list[str]:
    """No meeting held in more than twice the cadence (counted from the start if none)."""
    held = last_held(rel.meetings, today)
    if not no_meeting_alert(held, rel.start, rel.cadence, today):
        return []
    if held is None:
        return [_("No meeting held since the start on %(date)s.") % {"date": _fmt(rel.start)}]
    days = (today - held).days
    return [ngettext("No meeting held for %(days)s day (cadence is %(cadence)s).",
                     "No meeting held for %(days)s days (cadence is %(cadence)s).", days)
            % {"days": days, "cadence": said(CADENCES_IN_TEXT, rel.cadence)}]


def _checkin_score_risks(rel: RelationshipSnapshot, today: dt.date) -> list[str]:
    """Either role's latest check-in averaging 2.5 or less, mentor before mentee."""
    risks = []
    for role, c in sorted(_latest_checkin_per_role(rel.checkins, today).items()):
        if c.average is not None and c.average <= AT_RISK_SCORE:
            values = {"date": _fmt(c.date), "average": f"{c.average:.1f}"}
            mentor = role == "mentor"
            risks.append((_("The mentor's latest check-in (%(date)s) averaged %(average)s out of 5.") if mentor
                          else _("The mentee's latest check-in (%(date)s) averaged %(average)s out of 5.")) % values)
    return risks


def _attendance_findings(rel: RelationshipSnapshot) -> tuple[list[str], list[str]]:
    """(risks, concerns) from the attendance rate, once at least 3 meetings count towards it."""
    a = attendance(rel.meetings)
    if a.rate is None or a.counted < MIN_COUNTED_FOR_RATE:
        return [], []
    values = {"pct": round(a.rate * 100), "held": a.held, "counted": a.counted}
    if a.rate < AT_RISK_ATTENDANCE:
        return [_("Only %(pct)s%% of meetings were held (%(held)s of %(counted)s).") % values], []
    if a.rate < NEEDS_CHECKIN_ATTENDANCE:
        return [], [_("%(pct)s%% of meetings were held (%(held)s of %(counted)s).") % values]
    return [], []


def checkin_dates_by_role(checkins: Iterable[CheckinRecord]) -> dict[str, list[dt.date]]:
    """Every check-in's date per role (each role present), as `overdue_checkins` takes them."""
    by_role: dict[str, list[dt.date]] = {r: [] for r in ROLES}
    for c in checkins:
        _check_role(c.role)
        by_role[c.role].append(c.date)
    return by_role


def _overdue_concerns(rel: RelationshipSnapshot, today: dt.date) -> list[str]:
    """A mentor's or mentee's check-in overdue (see `overdue_checkins`)."""
    concerns = []
    for role, state in overdue_checkins(rel.start, checkin_dates_by_role(rel.checkins), today).items():
        if state.overdue:
            assert state.since is not None
            concerns.append((_("The mentor's check-in has been due since %(date)s.") if role == "mentor"
                             else _("The mentee's check-in has been due since %(date)s."))
                            % {"date": _fmt(state.since)})
    return concerns


def _goal_concerns(rel: RelationshipSnapshot, today: dt.date) -> list[str]:
    """A goal past its due date and neither achieved nor dropped."""
    return [_("Goal \u201c%(title)s\u201d was due on %(date)s.") % {"title": g.title, "date": _fmt(g.due)}
            for g in goals_past_due(rel.goals, today)]
