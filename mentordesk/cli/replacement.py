"""`replacement-proposals` and `replace-mentor`: giving a mentee a new mentor.

    mentordesk --db FILE replacement-proposals --relationship ID [--json]
    mentordesk --db FILE replace-mentor --relationship ID --mentor EMPLOYEE_ID [--reason TEXT] [--on DATE]

`replace-mentor` prints the new relationship's id (and nothing else on stdout),
so a script can carry on with it. The rules (capacity, management line, HR's
exclusions, archived people) are the service's, the same as the window's.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys

from ..errors import ValidationError
from ..i18n import gettext as _
from ..i18n import pgettext
from . import open_db
from .lazy import lazy
from .output import safe

svc = lazy("mentordesk.services.mentor_replacement")
people_svc = lazy("mentordesk.services.people")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("replacement-proposals",
                       help=_("list possible new mentors for a relationship's mentee, with scores and reasons"))
    p.add_argument("--relationship", metavar=pgettext("metavar", "ID"), required=True, help=_("the relationship's id"))
    p.add_argument("--json", action="store_true", help=_("machine-readable output"))
    p.set_defaults(func=cmd_proposals)

    p = sub.add_parser("replace-mentor",
                       help=_("give the mentee a new mentor, keeping their goals; prints the new relationship's id"))
    p.add_argument("--relationship", metavar=pgettext("metavar", "ID"),
                   required=True, help=_("the relationship whose mentor leaves"))
    p.add_argument("--mentor", metavar=pgettext("metavar", "EMPLOYEE_ID"),
                   required=True, help=_("the new mentor's employee id"))
    p.add_argument("--reason", metavar=pgettext("metavar", "TEXT"), default="",
                   help=_("why the mentor is replaced (kept with the record)"))
    p.add_argument("--on", metavar=pgettext("metavar", "YYYY-MM-DD"),
                   help=_("the day the new mentor takes over (default: today)"))
    p.set_defaults(func=cmd_replace)


def _mentor_id(db, employee_id: str) -> str:
    """The person id for an employee id: exact first, then ignoring case."""
    wanted = (employee_id or "").strip()
    people = people_svc.list_people(db, include_archived=True)
    found = [p for p in people if p.employee_id == wanted] or \
        [p for p in people if p.employee_id.casefold() == wanted.casefold()]
    if not found:
        raise ValidationError(_("There is no one with the employee id %(id)s. Nothing was changed.")
                              % {"id": repr(wanted)})
    return found[0].id


def _date(text: str | None) -> dt.date | None:
    if text is None:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise ValidationError(_("The date %(text)s is not a real date; write it as YYYY-MM-DD.")
                              % {"text": repr(text)}) from None


def cmd_replace(args: argparse.Namespace) -> int:
    on = _date(args.on)
    db = open_db(args, create=False)
    try:
        new_id = svc.replace_mentor(db, args.relationship, _mentor_id(db, args.mentor), args.reason, on=on)
    finally:
        db.close()
    print(new_id)
    return 0


def cmd_proposals(args: argparse.Namespace) -> int:
    db = open_db(args, writes=False, create=False)
    try:
        found = svc.replacement_proposals(db, args.relationship)
    finally:
        db.close()
    if args.json:
        json.dump([{"mentor": p.mentor, "mentor_id": p.mentor_id, "employee_id": p.employee_id,
                    "score": round(p.score, 1), "free_places": p.free_places, "blocked": p.blocked,
                    "reasons": [{"label": r.label, "points": round(r.points, 1), "detail": r.detail}
                                for r in p.reasons]} for p in found],
                  sys.stdout, indent=2, ensure_ascii=False)
        sys.stdout.write("\n")
        return 0
    if not found:
        print(_("No one can take over as mentor."))
    for p in found:
        why = p.blocked or "; ".join(p.top_reasons) or "-"
        print(safe(f"{p.employee_id:<10} {p.mentor:<28} {p.score:5.0f}  {why}"))
    return 0
