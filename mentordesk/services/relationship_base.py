"""What every relationship service module shares: limits, date helpers, loading a relationship.

The use cases are split by what they change (`relationship_lifecycle`, `goals`,
`meetings`, `checkins`, `relationship_reading`, `attention`, `attendance`);
`services.relationships` re-exports them all for the window and the CLI.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from ..capacity import DEFAULT_CAPACITY as DEFAULT_CAPACITY  # the services' callers import it here
from ..errors import NotFoundError, ValidationError
from ..i18n import gettext as _
from ..relationship_rules import records as record_rules  # not the whole `relationships` facade: a report loads this
from ..storage import relationships_repo as repo
from ..storage.database import Database
from ..storage.records import RelationshipRecord

DEFAULT_MONTHS = 9
DEFAULT_CADENCE = "fortnightly"
MAX_MEETING_MINUTES = 600
MAX_DAYS_AHEAD = record_rules.MAX_DAYS_AHEAD
STATUSES = ("active", "closed")
WAITING_KIND = "waiting_list"
WAITING_LONG_DAYS = 60
_TIME_RE = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")


def _fmt(d: dt.date) -> str:
    return d.strftime("%d %b %Y").lstrip("0")


def _require_date(value: Any, what: str) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    raise ValidationError(_("%(what)s must be a date.") % {"what": _(what)})  # `what` is marked with N_


def _load_rel(db: Database, rel_id: str) -> RelationshipRecord:
    rel = repo.get_relationship(db, rel_id)
    if rel is None:
        raise NotFoundError(_("There is no relationship with the id %(id)s.") % {"id": repr(rel_id)})
    return rel


def _refuse_if_closed(rel: RelationshipRecord, what: str) -> None:
    """One sentence naming why: a closed relationship's record is final (see `record_rules.closed_problem`)."""
    problem = record_rules.closed_problem(rel.status, rel.closed_on, what)
    if problem:
        raise ValidationError(problem)
