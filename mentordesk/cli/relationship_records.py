"""`goals`, `checkins`, `delete-goal`, `delete-checkin` and `archive-person`.

Goals and check-ins are listed with their ids so a wrong one can be deleted (as a
tombstone, like meetings: the deletion also reaches other copies of the file when
merged). Archiving a person is never refused, but the command names every active
relationship left without a partner and how to close it, as the window does.
Registered from `cli/relationships.py`.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING

from .. import vocabulary
from ..errors import ValidationError
from ..i18n import NC_, ngettext, pgettext
from ..i18n import gettext as _
from . import open_db
from .lazy import lazy
from .output import safe
from .relationship_words import decimal

if TYPE_CHECKING:
    from ..models import Person
    from ..relationship_models import RelationshipSummary

# The services (and the storage layer below them) load when a command runs, each command only
# its own: `services.relationships` re-exports them all, and importing it pulled every one in
# (goals, undo, lifecycle, matching's reasons), a fifth of a listing's start-up.
people_svc = lazy("mentordesk.services.people")
reading_svc = lazy("mentordesk.services.relationship_reading")
goals_svc = lazy("mentordesk.services.goals")
checkins_svc = lazy("mentordesk.services.checkins")

#: A goal's status inside a sentence, in lower case (a lower-cased German noun would be wrong).
GOAL_STATUS_WORDS = vocabulary.GOAL_STATUSES_IN_TEXT
#: Who filled in a check-in, inside a sentence (a context: "mentee" alone is also a plural's msgid).
ROLE_WORDS = {"mentor": NC_("check-in by", "mentor"), "mentee": NC_("check-in by", "mentee")}


def register(sub: argparse._SubParsersAction) -> None:
    g = sub.add_parser("goals", help=_("list a relationship's goals with their ids"))
    g.add_argument("--relationship", metavar=pgettext("metavar", "ID"), required=True, help=_("the relationship's id"))
    g.add_argument("--json", action="store_true", help=_("print JSON instead of a list"))
    g.set_defaults(func=cmd_goals)

    c = sub.add_parser("checkins", help=_("list a relationship's check-ins with their ids"))
    c.add_argument("--relationship", metavar=pgettext("metavar", "ID"), required=True, help=_("the relationship's id"))
    c.add_argument("--json", action="store_true", help=_("print JSON instead of a list"))
    c.set_defaults(func=cmd_checkins)

    dg = sub.add_parser("delete-goal", help=_("delete a goal entered by mistake (it leaves reports and attention)"))
    dg.add_argument("--goal", metavar=pgettext("metavar", "ID"),
                    required=True, help=_("the goal's id, as `goals` shows"))
    dg.set_defaults(func=cmd_delete_goal)

    dc = sub.add_parser("delete-checkin", help=_("delete a check-in entered by mistake"))
    dc.add_argument("--checkin", metavar=pgettext("metavar", "ID"),
                    required=True, help=_("the check-in's id, as `checkins` shows"))
    dc.set_defaults(func=cmd_delete_checkin)

    a = sub.add_parser("archive-person", help=_("archive someone who left (or --restore them)"))
    a.add_argument("employee_id", metavar=pgettext("metavar", "EMPLOYEE_ID"), help=_("the person's employee ID"))
    a.add_argument("--restore", action="store_true", help=_("make an archived person active again"))
    a.set_defaults(func=cmd_archive_person)


def cmd_goals(args: argparse.Namespace) -> int:
    db = open_db(args, writes=False)  # reads only: no lock note needed
    try:
        goals = reading_svc.get_relationship(db, args.relationship).goals
    finally:
        db.close()
    if args.json:
        json.dump([{"id": g.id, "title": g.title, "status": g.status, "progress": g.progress,
                    "due": g.due_date.isoformat() if g.due_date else None} for g in goals],
                  sys.stdout, indent=2, ensure_ascii=False)
        sys.stdout.write("\n")
        return 0
    if not goals:
        print(_("No goals."))
    for g in goals:
        status = vocabulary.said(GOAL_STATUS_WORDS, g.status)
        values = {"id": g.id, "title": safe(g.title), "status": status, "progress": g.progress}
        if g.due_date:
            print(_("%(id)s  %(title)s (%(status)s, %(progress)s%%, due %(due)s)") % {**values,
                                                                                   "due": g.due_date.isoformat()})
        else:
            print(_("%(id)s  %(title)s (%(status)s, %(progress)s%%)") % values)
    return 0


def cmd_checkins(args: argparse.Namespace) -> int:
    db = open_db(args, writes=False)
    try:
        checkins = reading_svc.get_relationship(db, args.relationship).checkins
        forms = checkins_svc.form_facts(db, args.relationship)
    finally:
        db.close()
    if args.json:  # form_id and meetings_since_last: set when the check-in came back on a PDF form
        json.dump([{"id": c.id, "role": c.role, "date": c.date.isoformat(), "average": c.average,
                    "scores": c.scores, "comments": c.comments,
                    **forms.get(c.id, {"form_id": None, "meetings_since_last": None})}
                   for c in checkins], sys.stdout, indent=2, ensure_ascii=False)
        sys.stdout.write("\n")
        return 0
    if not checkins:
        print(_("No check-ins."))
    for c in checkins:
        role = pgettext("check-in by", ROLE_WORDS[c.role]) if c.role in ROLE_WORDS else c.role
        values = {"id": c.id, "date": c.date.isoformat(), "role": role}
        if c.average is None:
            print(_("%(id)s  %(date)s %(role)s (comments only)") % values)
        else:  # '3,5' where the language writes a decimal comma
            print(_("%(id)s  %(date)s %(role)s (average %(average)s)") % {**values,
                                                                       "average": decimal(c.average)})
    return 0


def cmd_delete_goal(args: argparse.Namespace) -> int:
    db = open_db(args, create=False)  # a mistyped --db must not leave a new empty file
    try:
        goals_svc.delete_goal(db, args.goal)
    finally:
        db.close()
    print(_("Deleted the goal %(id)s; it no longer shows in the relationship, attention list or reports.")
          % {"id": args.goal})
    return 0


def cmd_delete_checkin(args: argparse.Namespace) -> int:
    db = open_db(args, create=False)
    try:
        checkins_svc.delete_checkin(db, args.checkin)
    finally:
        db.close()
    print(_("Deleted the check-in %(id)s; it no longer counts towards health or reports.") % {"id": args.checkin})
    return 0


def _find_person(people: list[Person], employee_id: str) -> Person:
    wanted = (employee_id or "").strip()
    found = [p for p in people if p.employee_id == wanted] or \
        [p for p in people if p.employee_id.casefold() == wanted.casefold()]
    if not found:
        raise ValidationError(_("There is no one with the employee id %(id)s. Nothing was changed.")
                              % {"id": repr(wanted)})
    return found[0]


def _still_running(affected: list[RelationshipSummary]) -> None:
    """The warning the window shows as a question: what is left without a partner, and what to do."""
    n = len(affected)
    print(ngettext("Still in %(count)s active relationship; close or re-pair it "
                   "(health shows it at risk and the attention list flags it):",
                   "Still in %(count)s active relationships; close or re-pair each "
                   "(health shows it at risk and the attention list flags it):", n) % {"count": n})
    for s in affected:
        print("  " + _("%(mentor)s & %(mentee)s (%(program)s): mentordesk close-relationship --relationship %(id)s "
                       "--outcome OUTCOME --reason TEXT")
              % {"mentor": safe(s.mentor_name), "mentee": safe(s.mentee_name),
                 "program": safe(s.program_name) if s.program_name else _("no program"), "id": s.id})


def cmd_archive_person(args: argparse.Namespace) -> int:
    db = open_db(args, create=False)
    try:
        person = _find_person(people_svc.list_people(db), args.employee_id)
        affected = people_svc.set_archived(db, person.id, not args.restore)
    finally:
        db.close()
    values = {"name": safe(person.name), "id": safe(person.employee_id)}
    print((_("Restored %(name)s (%(id)s).") if args.restore else _("Archived %(name)s (%(id)s).")) % values)
    if affected:
        _still_running(affected)
    return 0
