"""HR's attention list and snoozes."""

from __future__ import annotations

import datetime as dt

from .. import clock
from .. import relationships as rules
from ..errors import ValidationError
from ..relationship_models import (
    AttentionItem,
)
from ..storage import relationships_repo as repo
from ..storage.database import Database
from .relationship_base import (
    WAITING_KIND,
    WAITING_LONG_DAYS,
    _date,
    _fmt,
    _require_date,
)
from .relationship_reading import _snapshots


def _item_key(item: rules.AttentionItem) -> str:
    """Stable across days (no dates, no counts) so a snooze keeps hiding the same item."""
    owner = item.relationship_id if item.relationship_id is not None else item.person_id
    if item.kind == "checkin_overdue":
        return f"{item.kind}:{owner}:{item.title.split(' ', 1)[0].lower()}"
    if item.kind == "archived_partner":
        return f"{item.kind}:{owner}:{item.detail.split(',', 1)[0].split()[-1]}"  # "The mentor, ..."
    if item.kind == "goal_past_due":
        return f"{item.kind}:{owner}:{item.title.split(': ', 1)[-1]}"
    return f"{item.kind}:{owner}"


_SEVERITY_ORDER = {s: i for i, s in enumerate(rules.SEVERITIES)}
ATTENTION_KINDS: dict[str, str] = {**rules.ATTENTION_KINDS, WAITING_KIND: "Waiting for a mentor"}


def attention_list(db: Database, today: dt.date | None = None,
                   miss_threshold: float = rules.MENTOR_MISS_RATE_THRESHOLD) -> list[AttentionItem]:
    """HR's to-do list: the rules' items plus mentees waiting longest, minus what HR snoozed."""
    today = today or clock.today()
    snaps = [snap for _, snap in _snapshots(db, None, None, today)]
    items: list[AttentionItem] = []
    for it in rules.attention_items(snaps, today, miss_threshold):
        items.append(AttentionItem(
            key=_item_key(it), kind=it.kind, kind_label=ATTENTION_KINDS.get(it.kind, it.kind),
            relationship_id=it.relationship_id, person_id=it.person_id, title=it.title,
            detail=it.detail, severity=it.severity, due=it.due))
    for w in repo.waitlisted_mentees(db):
        since = _date(w["waiting_since"]) or today
        days = (today - since).days
        program = f" ({w['program_name']})" if w["program_name"] else ""
        items.append(AttentionItem(
            key=f"{WAITING_KIND}:{w['id']}", kind=WAITING_KIND, kind_label=ATTENTION_KINDS[WAITING_KIND],
            relationship_id=None, person_id=w["person_id"],
            title=f"Waiting for a mentor: {w['name']}{program}",
            detail=f"On the waiting list since {_fmt(since)} ({days} days).",
            severity="medium" if days > WAITING_LONG_DAYS else "low", due=since))
    snoozed = repo.snoozes(db)
    visible = [i for i in items if not (i.key in snoozed and dt.date.fromisoformat(snoozed[i.key]) > today)]
    return sorted(visible, key=lambda i: (_SEVERITY_ORDER[i.severity], i.due is None,
                                          i.due or dt.date.min, i.title))


def snooze(db: Database, item_key: str, until: dt.date, note: str = "", *, today: dt.date | None = None) -> str:
    """Hide an item until `until` (it shows again on that day)."""
    today = today or clock.today()
    until = _require_date(until, "The snooze date")
    if not (item_key or "").strip():
        raise ValidationError("Choose the item to snooze.")
    if until <= today:
        raise ValidationError(f"Snooze until a day after today, not {_fmt(until)}.")
    with db.transaction() as conn:
        return repo.save_snooze(conn, item_key, until.isoformat(), note or "")
