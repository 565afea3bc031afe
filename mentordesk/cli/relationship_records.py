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

from ..errors import ValidationError
from ..relationship_rules.vocabulary import GOAL_STATUSES
from . import open_db
from .lazy import lazy
from .output import safe

if TYPE_CHECKING:
    from ..models import Person
    from ..relationship_models import RelationshipSummary

# The services (and the storage layer below them) load when a command runs.
people_svc = lazy("mentordesk.services.people")
svc = lazy("mentordesk.services.relationships")


def register(sub: argparse._SubParsersAction) -> None:
    g = sub.add_parser("goals", help="list a relationship's goals with their ids")
    g.add_argument("--relationship", metavar="ID", required=True)
    g.add_argument("--json", action="store_true", help="print JSON instead of a list")
    g.set_defaults(func=cmd_goals)

    c = sub.add_parser("checkins", help="list a relationship's check-ins with their ids")
    c.add_argument("--relationship", metavar="ID", required=True)
    c.add_argument("--json", action="store_true", help="print JSON instead of a list")
    c.set_defaults(func=cmd_checkins)

    dg = sub.add_parser("delete-goal", help="delete a goal entered by mistake (it leaves reports and attention)")
    dg.add_argument("--goal", metavar="ID", required=True, help="the goal's id, as `goals` shows")
    dg.set_defaults(func=cmd_delete_goal)

    dc = sub.add_parser("delete-checkin", help="delete a check-in entered by mistake")
    dc.add_argument("--checkin", metavar="ID", required=True, help="the check-in's id, as `checkins` shows")
    dc.set_defaults(func=cmd_delete_checkin)

    a = sub.add_parser("archive-person", help="archive someone who left (or --restore them)")
    a.add_argument("employee_id", metavar="EMPLOYEE_ID")
    a.add_argument("--restore", action="store_true", help="make an archived person active again")
    a.set_defaults(func=cmd_archive_person)


def cmd_goals(args: argparse.Namespace) -> int:
    db = open_db(args, writes=False)  # reads only: no lock note needed
    try:
        goals = svc.get_relationship(db, args.relationship).goals
    finally:
        db.close()
    if args.json:
        json.dump([{"id": g.id, "title": g.title, "status": g.status, "progress": g.progress,
                    "due": g.due_date.isoformat() if g.due_date else None} for g in goals],
                  sys.stdout, indent=2, ensure_ascii=False)
        sys.stdout.write("\n")
        return 0
    if not goals:
        print("No goals.")
    for g in goals:
        due = f", due {g.due_date.isoformat()}" if g.due_date else ""
        print(f"{g.id}  {safe(g.title)} ({GOAL_STATUSES.get(g.status, g.status).lower()}, {g.progress}%{due})")
    return 0


def cmd_checkins(args: argparse.Namespace) -> int:
    db = open_db(args, writes=False)
    try:
        checkins = svc.get_relationship(db, args.relationship).checkins
        from ..services.checkin_forms import form_facts  # on use: keeps the parser light

        forms = form_facts(db, args.relationship)
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
        print("No check-ins.")
    for c in checkins:
        average = "comments only" if c.average is None else f"average {c.average:.1f}"
        print(f"{c.id}  {c.date.isoformat()} {c.role} ({average})")
    return 0


def cmd_delete_goal(args: argparse.Namespace) -> int:
    db = open_db(args, create=False)  # a mistyped --db must not leave a new empty file
    try:
        svc.delete_goal(db, args.goal)
    finally:
        db.close()
    print(f"Deleted the goal {args.goal}; it no longer shows in the relationship, attention list or reports.")
    return 0


def cmd_delete_checkin(args: argparse.Namespace) -> int:
    db = open_db(args, create=False)
    try:
        svc.delete_checkin(db, args.checkin)
    finally:
        db.close()
    print(f"Deleted the check-in {args.checkin}; it no longer counts towards health or reports.")
    return 0


def _find_person(people: list[Person], employee_id: str) -> Person:
    wanted = (employee_id or "").strip()
    found = [p for p in people if p.employee_id == wanted] or \
        [p for p in people if p.employee_id.casefold() == wanted.casefold()]
    if not found:
        raise ValidationError(f"There is no one with the employee id {wanted!r}. Nothing was changed.")
    return found[0]


def _still_running(affected: list[RelationshipSummary]) -> None:
    """The warning the window shows as a question: what is left without a partner, and what to do."""
    n = len(affected)
    print(f"Still in {n} active relationship{'s' if n != 1 else ''}; close or re-pair "
          f"{'it' if n == 1 else 'each'} (health shows it at risk and the attention list flags it):")
    for s in affected:
        print(f"  {safe(s.mentor_name)} & {safe(s.mentee_name)} ({safe(s.program_name or 'no program')}): "
              f"mentordesk close-relationship --relationship {s.id} --outcome OUTCOME --reason TEXT")


def cmd_archive_person(args: argparse.Namespace) -> int:
    db = open_db(args, create=False)
    try:
        person = _find_person(people_svc.list_people(db), args.employee_id)
        affected = people_svc.set_archived(db, person.id, not args.restore)
    finally:
        db.close()
    done = "Restored" if args.restore else "Archived"
    print(f"{done} {safe(person.name)} ({safe(person.employee_id)}).")
    if affected:
        _still_running(affected)
    return 0
