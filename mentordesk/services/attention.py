"""HR's attention list and snoozes."""

from __future__ import annotations

import datetime as dt

from .. import clock
from .. import relationships as rules
from ..errors import ValidationError
from ..i18n import N_, ngettext
from ..i18n import gettext as _
from ..relationship_models import (
    AttentionItem,
)
from ..storage import relationships_repo as repo
from ..storage.database import Database
from ..vocabulary import ATTENTION_KIND_NAMES
from ..waiting_reasons import reason_text
from .relationship_base import (
    WAITING_KIND,
    WAITING_LONG_DAYS,
    _fmt,
    _require_date,
)
from .relationship_reading import _snapshots


def _item_key(item: rules.AttentionItem) -> str:
    """Stable across days (no dates, no counts) and built from ids only, never display texts.

    Two goals with one title must not share a snooze, and renaming a goal must not
    bring its item back, so a goal's item is keyed by the goal's id; check-in and
    archived-partner items by the role (keys identical to the ones stored before).
    """
    owner = item.relationship_id if item.relationship_id is not None else item.person_id
    if item.subject is not None:
        return f"{item.kind}:{owner}:{item.subject}"
    return f"{item.kind}:{owner}"


def _legacy_key(item: rules.AttentionItem) -> str | None:
    """The key a goal's item had before snoozes were keyed by ids (the goal's title).

    Such snoozes keep hiding what they hid, until their date passes (a snooze is
    short-lived, so they die out); nothing rewrites them, because a branch file
    merged later may still bring title-keyed ones. Every new snooze uses the id.
    """
    if item.kind == "goal_past_due" and item.relationship_id is not None:
        return f"{item.kind}:{item.relationship_id}:{item.title.split(': ', 1)[-1]}"
    return None


_SEVERITY_ORDER = {s: i for i, s in enumerate(rules.SEVERITIES)}
ATTENTION_KINDS: dict[str, str] = {**rules.ATTENTION_KINDS, WAITING_KIND: ATTENTION_KIND_NAMES[WAITING_KIND]}


def attention_list(db: Database, today: dt.date | None = None,
                   miss_threshold: float = rules.MENTOR_MISS_RATE_THRESHOLD) -> list[AttentionItem]:
    """HR's to-do list: the rules' items plus mentees waiting longest, minus what HR snoozed."""
    today = today or clock.today()
    snaps = [snap for _, snap in _snapshots(db, None, None, today)]
    items: list[AttentionItem] = []
    legacy: dict[str, str] = {}
    for it in rules.attention_items(snaps, today, miss_threshold):
        old = _legacy_key(it)
        if old is not None:
            legacy[_item_key(it)] = old
        items.append(AttentionItem(
            key=_item_key(it), kind=it.kind, kind_label=ATTENTION_KINDS.get(it.kind, it.kind),
            relationship_id=it.relationship_id, person_id=it.person_id, title=it.title,
            detail=it.detail, severity=it.severity, due=it.due, message=it.message))
    for w in repo.waitlisted_mentees(db):
        since = w.waiting_since or today
        days = (today - since).days

        items.append(AttentionItem(
            key=f"{WAITING_KIND}:{w.id}", kind=WAITING_KIND, kind_label=ATTENTION_KINDS[WAITING_KIND],
            relationship_id=None, person_id=w.person_id,
            # English "<kind>: <who>" like the rules' titles: the window swaps the kind for its own word
            title=f"Waiting for a mentor: {w.name}" + (f" ({w.program_name})" if w.program_name else ""),
            detail=_waiting_detail(since, days, w.reason),
            severity="medium" if days > WAITING_LONG_DAYS else "low", due=since))
    snoozed = repo.snoozes(db)
    def hidden(key: str | None) -> bool:
        return key is not None and key in snoozed and snoozed[key] > today

    visible = [i for i in items if not (hidden(i.key) or hidden(legacy.get(i.key)))]
    return sorted(visible, key=lambda i: (_SEVERITY_ORDER[i.severity], i.due is None,
                                          i.due or dt.date.min, i.title))


def _waiting_detail(since: dt.date, days: int, reason: str | None) -> str:
    """Since when, and why (the stored reason said in the reader's language, HR's words as typed)."""
    values = {"date": _fmt(since), "days": days, "reason": reason_text(reason)}
    if not (reason or "").strip():
        return ngettext("On the waiting list since %(date)s (%(days)s day).",
                        "On the waiting list since %(date)s (%(days)s days).", days) % values
    return ngettext("On the waiting list since %(date)s (%(days)s day): %(reason)s",
                    "On the waiting list since %(date)s (%(days)s days): %(reason)s", days) % values


def snooze(db: Database, item_key: str, until: dt.date, note: str = "", *, today: dt.date | None = None) -> str:
    """Hide an item until `until` (it shows again on that day)."""
    today = today or clock.today()
    until = _require_date(until, N_("The snooze date"))
    if not (item_key or "").strip():
        raise ValidationError(_("Choose the item to snooze."))
    if until <= today:
        raise ValidationError(_("Snooze until a day after today, not %(date)s.") % {"date": _fmt(until)})
    with db.transaction() as conn:
        return repo.save_snooze(conn, item_key, until.isoformat(), note or "")
