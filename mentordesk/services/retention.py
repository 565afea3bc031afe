"""Retention that runs itself (GDPR Art. 5(1)(e): kept no longer than needed), issue 14.

Three spans, stored in the file (`file_meta`, key `retention`) with a default
per program on top of the file's defaults (the Preferences values):

- confidential meeting notes and check-in comments of a relationship closed
  more than `notes_months` ago are removed when the file is opened, with a
  notice (the meetings, check-ins and their counts stay for reports);
- archived people with no activity for `inactive_months` are offered for
  erasure (listed; erasing is HR's decision, `services.personal_data`);
- backups older than `backup_months` are removed when the file is opened.

`run_on_open` never raises and never waits: a read-only file, a busy file or
any failure skips retention until the next open (opening must never be
blocked by housekeeping).
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path

from .. import clock
from ..errors import MentorDeskError, ValidationError
from ..i18n import gettext as _
from ..i18n import ngettext
from ..relationship_rules.schedule import add_months
from ..storage import retention_repo as repo
from ..storage.backup import list_backups
from ..storage.backup_catalog import BackupInfo
from ..storage.database import Database

MIN_MONTHS, MAX_MONTHS = 1, 240
#: How long a write at open may wait for another laptop's save before retention gives up until next time.
OPEN_WRITE_WAIT = 0.5


@dataclass(frozen=True)
class RetentionPolicy:
    """The spans in months; `programs` overrides `notes_months` per program id."""

    notes_months: int = 24
    inactive_months: int = 36
    backup_months: int = 24
    programs: Mapping[str, int] = field(default_factory=dict)

    def problems(self) -> list[str]:
        out = []
        for label, value in ((_("Notes"), self.notes_months), (_("Inactive people"), self.inactive_months),
                             (_("Backups"), self.backup_months),
                             *((_("A program's notes"), v) for v in self.programs.values())):
            if not isinstance(value, int) or isinstance(value, bool) or not MIN_MONTHS <= value <= MAX_MONTHS:
                out.append(_("%(what)s: keep for %(min)s to %(max)s months, not %(value)s.")
                           % {"what": label, "min": MIN_MONTHS, "max": MAX_MONTHS, "value": repr(value)})
        return out

    def notes_months_for(self, program_id: str | None) -> int:
        return int(self.programs.get(program_id or "", self.notes_months))


def get_policy(db: Database) -> RetentionPolicy:
    """The file's policy; missing or unreadable values fall back to the defaults."""
    raw = repo.read_setting(db)
    base = RetentionPolicy()
    values = {k: raw[k] for k in ("notes_months", "inactive_months", "backup_months")
              if isinstance(raw.get(k), int) and MIN_MONTHS <= raw[k] <= MAX_MONTHS}
    programs = raw.get("programs") if isinstance(raw.get("programs"), dict) else {}
    kept = {str(k): v for k, v in programs.items() if isinstance(v, int) and MIN_MONTHS <= v <= MAX_MONTHS}
    return replace(base, **values, programs=kept)


def set_policy(db: Database, policy: RetentionPolicy) -> None:
    problems = policy.problems()
    if problems:
        raise ValidationError(problems)
    repo.write_setting(db, {"notes_months": policy.notes_months, "inactive_months": policy.inactive_months,
                            "backup_months": policy.backup_months, "programs": dict(policy.programs)})


# -- the three rules -------------------------------------------------------------------------


@dataclass
class NotesCleared:
    relationships: int = 0
    meetings: int = 0
    checkins: int = 0

    def notice(self) -> str:
        if not (self.meetings or self.checkins):
            return ""
        return _("Retention: the confidential notes of %(meetings)s and the comments of %(checkins)s were removed "
                 "(from %(relationships)s closed longer ago than the retention span). Dates, attendance and answers "
                 "are kept for reports.") % {
            "meetings": ngettext("%(count)s meeting", "%(count)s meetings", self.meetings) % {"count": self.meetings},
            "checkins": ngettext("%(count)s check-in", "%(count)s check-ins", self.checkins) % {"count": self.checkins},
            "relationships": ngettext("%(count)s relationship", "%(count)s relationships", self.relationships)
            % {"count": self.relationships}}


def _closed_before(closed_on: str, months: int, today: dt.date) -> bool:
    try:
        closed = dt.date.fromisoformat(str(closed_on)[:10])
    except ValueError:
        return False
    return add_months(closed, months) < today


def clear_old_notes(db: Database, today: dt.date | None = None, policy: RetentionPolicy | None = None) -> NotesCleared:
    """Remove confidential text of relationships closed more than their program's span ago."""
    today = today or clock.today()
    policy = policy or get_policy(db)
    due = [r.id for r in repo.closed_relationships(db)
           if r.has_text and _closed_before(r.closed_on, policy.notes_months_for(r.program_id), today)]
    if not due:
        return NotesCleared()
    meetings, checkins = repo.clear_confidential_text(db, due)
    return NotesCleared(len(due), meetings, checkins)


@dataclass(frozen=True)
class InactivePerson:
    person_id: str
    name: str
    employee_id: str
    last_activity: str


def inactive_archived_people(db: Database, today: dt.date | None = None,
                             policy: RetentionPolicy | None = None) -> list[InactivePerson]:
    """Archived people with no activity for the span: offered for erasure (HR decides)."""
    today = today or clock.today()
    cutoff = add_months(today, -(policy or get_policy(db)).inactive_months).isoformat()
    return [InactivePerson(p.id, p.name, p.employee_id, p.last_activity)
            for p in repo.archived_people_activity(db) if p.last_activity < cutoff]


def expired_backups(db_path: str | os.PathLike[str], policy: RetentionPolicy,
                    now: datetime | None = None) -> list[BackupInfo]:
    now = now or datetime.now(UTC)
    cutoff = add_months(now.date(), -policy.backup_months)
    return [b for b in list_backups(db_path) if b.taken_at.date() < cutoff]


def remove_expired_backups(db_path: str | os.PathLike[str], policy: RetentionPolicy,
                           now: datetime | None = None) -> int:
    removed = 0
    for b in expired_backups(db_path, policy, now):
        try:
            Path(b.path).unlink()
            removed += 1
        except FileNotFoundError:
            pass
    return removed


def _offer_once_a_day(db: Database, today: dt.date, policy: RetentionPolicy) -> str:
    """Archived people inactive for the span, offered for erasure at most once a day (not on every command)."""
    inactive = inactive_archived_people(db, today, policy)
    if not inactive or repo.offered_on(db) == today.isoformat():
        return ""
    repo.mark_offered(db, today.isoformat())
    return _("Retention: archived people with no activity for %(months)s months: %(count)s. They can be erased "
             "(People > Show archived > right-click > Erase person…; `mentordesk retention` lists them).") % {
        "months": policy.inactive_months, "count": len(inactive)}


def run_on_open(db: Database, today: dt.date | None = None, now: datetime | None = None) -> list[str]:
    """Retention at open: the notices to show. Never raises, never waits long, skips a read-only file."""
    if db.readonly:
        return []
    notices: list[str] = []
    saved_wait = db.write_wait
    db.write_wait = min(db.write_wait, OPEN_WRITE_WAIT)
    try:
        policy = get_policy(db)
        cleared = clear_old_notes(db, today, policy)
        if cleared.notice():
            notices.append(cleared.notice())
        removed = remove_expired_backups(db.path, policy, now)
        if removed:
            notices.append(_("Retention: backups older than %(months)s months removed: %(count)s.")
                           % {"months": policy.backup_months, "count": removed})
        offer = _offer_once_a_day(db, today or clock.today(), policy)
        if offer:
            notices.append(offer)
    except (MentorDeskError, sqlite3.Error, OSError, ValueError):
        pass  # busy, read-only share, disk full…: opening goes on, retention tries again next time
    finally:
        db.write_wait = saved_wait
    return notices
