"""Check-ins from the mentor and the mentee."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from .. import clock
from .. import relationships as rules
from ..errors import NotFoundError, ValidationError
from ..i18n import gettext as _
from ..storage import checkin_forms_repo
from ..storage import relationships_repo as repo
from ..storage.database import Database
from .relationship_base import (
    _fmt,
    _load_rel,
    _refuse_if_closed,
)


def record_checkin(db: Database, rel_id: str, role: str, date: dt.date, scores: Mapping[str, int],
                   comments: Mapping[str, str] | None = None, *, today: dt.date | None = None) -> str:
    """Scores are 1-5 per question in rules.CHECKIN_QUESTIONS; skipped questions are simply absent."""
    today = today or clock.today()
    comments = dict(comments or {})
    with db.transaction() as conn:
        rel = _load_rel(db, rel_id)
        _refuse_if_closed(rel, "checkin")
        problems = []
        if role not in rules.ROLES:
            problems.append(_("A check-in is answered by the mentor or the mentee."))
        if not isinstance(date, dt.date):
            problems.append(_("The check-in date must be a date."))
        else:
            if date < rel.start:
                problems.append(_("The check-in date (%(date)s) is before the relationship started.")
                                % {"date": _fmt(date)})
            if date > today:
                problems.append(_("The check-in date (%(date)s) is in the future.") % {"date": _fmt(date)})
        for key, value in scores.items():
            if key not in rules.CHECKIN_QUESTIONS:
                problems.append(_("%(key)s is not a check-in question.") % {"key": repr(key)})
            elif isinstance(value, bool) or not isinstance(value, int) or not (
                    rules.SCALE_MIN <= value <= rules.SCALE_MAX):
                problems.append(_("The answer to \u201c%(question)s\u201d must be %(min)s to %(max)s, not %(value)s.")
                                % {"question": _(rules.CHECKIN_QUESTIONS[key]), "min": rules.SCALE_MIN,
                                   "max": rules.SCALE_MAX, "value": repr(value)})
        for key in comments:
            if key not in rules.CHECKIN_QUESTIONS:
                problems.append(_("A comment was given for %(key)s, which is not a check-in question.")
                                % {"key": repr(key)})
        if not scores and not any((c or "").strip() for c in comments.values()):
            problems.append(_("The check-in has no answers."))
        if problems:
            raise ValidationError(problems)
        return repo.insert_checkin(conn, {
            "relationship_id": rel_id, "role": role, "date": date.isoformat(),
            "scores": dict(scores), "comments": {k: v for k, v in comments.items() if (v or "").strip()},
        })


def delete_checkin(db: Database, checkin_id: str) -> bool:
    """A tombstone, like meetings; allowed on a closed relationship too (it corrects, not adds)."""
    with db.transaction() as conn:
        if repo.get_checkin(db, checkin_id) is None:
            raise NotFoundError(_("That check-in no longer exists (it may have been deleted already). "
                                  "Nothing was changed."))
        return repo.tombstone_checkin(conn, checkin_id)


def form_facts(db: Database, relationship_id: str) -> dict[str, dict[str, Any]]:
    """Per check-in id: the form it came from (None if typed in) and the meetings it reported.

    Here rather than in `checkin_forms`, which loads the forms' reader and seal: listing
    check-ins (`mentordesk checkins`) needs only these facts."""
    return checkin_forms_repo.form_facts(db, relationship_id)
