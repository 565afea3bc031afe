"""HR's to-do list computed from relationship snapshots."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from fractions import Fraction

from ..i18n import Message, say, say_n
from ..vocabulary import ATTENTION_KIND_NAMES, CADENCES_IN_TEXT, GOAL_STATUSES_IN_TEXT, in_text
from .checkins import overdue_checkins
from .health import RelationshipSnapshot, archived_sentence, checkin_dates_by_role, goals_past_due, last_held
from .meetings import attendance
from .schedule import no_meeting_alert, no_meeting_deadline
from .vocabulary import ACTIVE_STATUS, CADENCES, GOAL_STATUSES, _fmt

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
    #: What the item is about within its relationship: the goal's id, or the role ("mentor"/"mentee").
    #: Snoozes are keyed by it, never by the display texts, which repeat and change.
    subject: str | None = None
    #: The detail as a sentence to translate when shown (a report in the reader's language);
    #: `detail` stays the English text the snooze keys and older callers know.
    message: Message | None = None


#: The rules' kinds (English; their words live in `mentordesk.vocabulary`); the waiting list is the services'.
ATTENTION_KINDS: dict[str, str] = {k: w for k, w in ATTENTION_KIND_NAMES.items() if k != "waiting_list"}


# The details' words in the reader's language (see AttentionItem.message).
_GOAL_STATUS_IN_TEXT = GOAL_STATUSES_IN_TEXT
_CADENCE_IN_TEXT = CADENCES_IN_TEXT


def _archived_message(role: str, name: str) -> Message:
    """`health.archived_sentence`, one whole sentence per role so each language words it its own way."""
    if role == "mentor":
        return say("The mentor, %(name)s, is archived but the relationship is still active: "
                   "close it with an outcome or find a replacement.", name=name)
    return say("The mentee, %(name)s, is archived but the relationship is still active: "
               "close it with an outcome or find a replacement.", name=name)


def _no_meeting_message(held: bool, days: int, since: dt.date, cadence: str) -> Message:
    values = {"days": days, "date": since, "cadence": in_text(_CADENCE_IN_TEXT, cadence)}
    if held:
        return say_n("%(days)s day since a meeting was held (%(date)s); cadence is %(cadence)s.",
                     "%(days)s days since a meeting was held (%(date)s); cadence is %(cadence)s.", days, **values)
    return say_n("%(days)s day since the relationship started (%(date)s); cadence is %(cadence)s.",
                 "%(days)s days since the relationship started (%(date)s); cadence is %(cadence)s.", days, **values)


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
    - archived_partner (high): the mentor or mentee was archived (left the
      company, long leave) while the relationship runs; one item per person,
      even before the start, because it must be closed or re-paired.
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
        if rel.status == ACTIVE_STATUS:
            items += _relationship_items(rel, today)
    items += _miss_rate_items(mentor_totals, threshold)
    return sorted(items, key=_sort_key)


def _relationship_items(rel: RelationshipSnapshot, today: dt.date) -> list[AttentionItem]:
    """One active relationship's items; before its start only an archived partner counts."""
    items = _archived_items(rel)
    if rel.start > today:
        return items
    items += _no_meeting_items(rel, today)
    items += _checkin_items(rel, today)
    items += _goal_items(rel, today)
    items += _end_items(rel, today)
    return items


def _archived_items(rel: RelationshipSnapshot) -> list[AttentionItem]:
    """One item per archived partner: the pair must be closed or re-paired."""
    return [AttentionItem(
        kind="archived_partner", relationship_id=rel.id, person_id=None,
        title=f"{ATTENTION_KINDS['archived_partner']}: {rel.pair_name}",
        detail=archived_sentence(role, name), severity="high", due=None, subject=role,
        message=_archived_message(role, name),
    ) for role, name in rel.archived_roles]


def _no_meeting_items(rel: RelationshipSnapshot, today: dt.date) -> list[AttentionItem]:
    """No meeting held in more than twice the cadence; due is the day the alert started."""
    held = last_held(rel.meetings, today)
    if not no_meeting_alert(held, rel.start, rel.cadence, today):
        return []
    since = held if held is not None else rel.start
    what = "a meeting was held" if held is not None else "the relationship started"
    return [AttentionItem(
        kind="no_meeting", relationship_id=rel.id, person_id=None,
        title=f"No recent meeting: {rel.pair_name}",
        detail=f"{(today - since).days} days since {what} ({_fmt(since)}); "
               f"cadence is {CADENCES[rel.cadence].lower()}.",
        severity="high",
        due=no_meeting_deadline(held, rel.start, rel.cadence),
        message=_no_meeting_message(held is not None, (today - since).days, since, rel.cadence),
    )]


def _checkin_items(rel: RelationshipSnapshot, today: dt.date) -> list[AttentionItem]:
    """One item per role whose check-in is overdue; due is when it fell due."""
    items = []
    for role, state in overdue_checkins(rel.start, checkin_dates_by_role(rel.checkins), today).items():
        if state.overdue:
            person = rel.mentor_name if role == "mentor" else rel.mentee_name
            items.append(AttentionItem(
                kind="checkin_overdue", relationship_id=rel.id, person_id=None,
                title=f"{role.capitalize()} check-in overdue: {rel.pair_name}",
                detail=f"{person}'s check-in has been due since {_fmt(state.due)}.",
                severity="medium", due=state.due, subject=role,
                message=say("%(name)s's check-in has been due since %(date)s.", name=person, date=state.due),
            ))
    return items


def _goal_items(rel: RelationshipSnapshot, today: dt.date) -> list[AttentionItem]:
    """One item per goal past due and neither achieved nor dropped."""
    return [AttentionItem(
        kind="goal_past_due", relationship_id=rel.id, person_id=None,
        title=f"Goal past due: {g.title}",
        detail=f"{rel.pair_name}: due {_fmt(g.due)}, status "
               f"{GOAL_STATUSES.get(g.status, g.status).lower()}.",
        severity="medium", due=g.due, subject=g.id,
        message=say("%(pair)s: due %(date)s, status %(status)s.", pair=rel.pair_name, date=g.due,
                    status=in_text(_GOAL_STATUS_IN_TEXT, g.status)),
    ) for g in goals_past_due(rel.goals, today)]


def _end_items(rel: RelationshipSnapshot, today: dt.date) -> list[AttentionItem]:
    """Ending within 30 days (low), or past its planned end and still active (medium)."""
    if rel.planned_end is None:
        return []
    days_left = (rel.planned_end - today).days
    if 0 <= days_left <= ENDING_SOON_DAYS:
        return [AttentionItem(
            kind="ending_soon", relationship_id=rel.id, person_id=None,
            title=f"Ending soon: {rel.pair_name}",
            detail=f"Planned end {_fmt(rel.planned_end)} ({days_left} days). "
                   "Plan the closing conversation or extend.",
            severity="low", due=rel.planned_end,
            message=say_n("Planned end %(date)s (%(days)s day). Plan the closing conversation or extend.",
                          "Planned end %(date)s (%(days)s days). Plan the closing conversation or extend.",
                          days_left, date=rel.planned_end, days=days_left),
        )]
    if days_left < 0:
        return [AttentionItem(
            kind="past_planned_end", relationship_id=rel.id, person_id=None,
            title=f"Past planned end: {rel.pair_name}",
            detail=f"Planned end was {_fmt(rel.planned_end)}; close or extend it.",
            severity="medium", due=rel.planned_end,
            message=say("Planned end was %(date)s; close or extend it.", date=rel.planned_end),
        )]
    return []


def _miss_rate_items(mentor_totals: dict[str, tuple[str, int, int]], threshold: Fraction) -> list[AttentionItem]:
    """Mentors missing strictly more than the threshold of at least 3 counted meetings."""
    items = []
    for mentor_id, (name, missed, counted) in mentor_totals.items():
        if counted < MIN_COUNTED_FOR_MISS_RATE or Fraction(missed, counted) <= threshold:
            continue
        items.append(AttentionItem(
            kind="mentor_miss_rate", relationship_id=None, person_id=mentor_id,
            title=f"{name} misses meetings",
            detail=f"Missed {missed} of {counted} meetings ({round(100 * missed / counted)}%) "
                   f"across their relationships; threshold is {float(threshold):.0%}.",
            severity="medium", due=None,
            message=say_n("Missed %(missed)s of %(counted)s meeting (%(rate)s) across their relationships; "
                          "threshold is %(threshold)s.",
                          "Missed %(missed)s of %(counted)s meetings (%(rate)s) across their relationships; "
                          "threshold is %(threshold)s.", counted, missed=missed, counted=counted,
                          rate=round(100 * missed / counted) / 100, threshold=float(threshold)),
        ))
    return items
