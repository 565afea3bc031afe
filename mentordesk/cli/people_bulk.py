"""`people-bulk archive|restore|role|enrol` and `person-history`: the People screen's bulk actions and
history tab from the command line, through the same services (`services/people_bulk.py`,
`services/person_history.py`). People are named by employee ID."""

from __future__ import annotations

import argparse
import json

from .. import vocabulary
from ..i18n import gettext as _
from ..i18n import ngettext
from . import open_db
from .lazy import lazy
from .output import safe

bulk = lazy("mentordesk.services.people_bulk")
history = lazy("mentordesk.services.person_history")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("people-bulk", help=_("archive, restore, change the role of or enrol several people at once"))
    actions = p.add_subparsers(dest="bulk_action", metavar="ACTION")
    actions.required = True
    for name, text in (("archive", _("archive the people named")), ("restore", _("restore archived people"))):
        a = actions.add_parser(name, help=text)
        _people_args(a)
        a.set_defaults(func=_archive, archived=name == "archive")
    a = actions.add_parser("role", help=_("give the people named one role"))
    a.add_argument("role", choices=("mentor", "mentee", "both", "none"))
    _people_args(a)
    a.set_defaults(func=_role)
    a = actions.add_parser("enrol", help=_("enrol the people named in a program"))
    a.add_argument("program", metavar="PROGRAM", help=_("the program's name"))
    a.add_argument("--as", dest="as_role", choices=("mentor", "mentee"), required=True)
    a.add_argument("--status", choices=("applied", "accepted"), default="applied")
    _people_args(a)
    a.set_defaults(func=_enrol)
    p = sub.add_parser("person-history", help=_("a person's programs, relationships, mentors and mentees"))
    p.add_argument("employee_id", metavar="EMPLOYEE_ID")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=_history)


def _people_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("employee_ids", metavar="EMPLOYEE_ID", nargs="+")
    parser.add_argument("--json", action="store_true")


def _run(args: argparse.Namespace, action) -> int:
    db = open_db(args, create=False)
    try:
        result = action(db, bulk.ids_for_employee_ids(db, args.employee_ids))
    finally:
        db.close()
    if args.json:
        print(json.dumps({"action": result.label, "changed": result.changed, "unchanged": result.unchanged,
                          "waitlisted": result.waitlisted,
                          "still_paired": [s.id for s in result.still_paired]}, ensure_ascii=False, indent=2))
        return 0
    print(_("Done: %(action)s (changed: %(changed)s, already so: %(unchanged)s).")
          % {"action": safe(result.label), "changed": result.changed, "unchanged": result.unchanged})
    if result.waitlisted:
        print(ngettext("The program is full: %(count)s mentee went on the waiting list.",
                       "The program is full: %(count)s mentees went on the waiting list.", result.waitlisted)
              % {"count": result.waitlisted})
    for s in result.still_paired:
        print(_("warning: %(mentor)s and %(mentee)s are still in an active relationship: close it or "
                "replace the mentor.") % {"mentor": safe(s.mentor_name), "mentee": safe(s.mentee_name)})
    if result.changed:
        print(_("Edit > Undo in the window or `mentordesk undo --yes` takes it back."))
    return 0


def _archive(args: argparse.Namespace) -> int:
    return _run(args, lambda db, ids: bulk.set_archived(db, ids, args.archived))


def _role(args: argparse.Namespace) -> int:
    return _run(args, lambda db, ids: bulk.change_role(db, ids, args.role))


def _enrol(args: argparse.Namespace) -> int:
    from ..services import programs

    def enrol(db, ids):
        return bulk.enrol(db, programs.find_program(db, args.program).id, ids, args.as_role, args.status)

    return _run(args, enrol)


def _history(args: argparse.Namespace) -> int:
    db = open_db(args, readonly=True, create=False)
    try:
        person_id = bulk.ids_for_employee_ids(db, [args.employee_id])[0]
        found = history.person_history(db, person_id)
    finally:
        db.close()
    if args.json:
        print(json.dumps(_history_json(found), ensure_ascii=False, indent=2))
        return 0
    print(safe(found.name))
    print(_("Programs:") if found.enrolments else _("Programs: none"))
    for e in found.enrolments:
        status = vocabulary.said(vocabulary.PARTICIPANT_STATUS_NAMES, e.status)
        print(f"  {safe(e.program_name)}: {bulk.role_words(e.role)}, {status} ({_day(e.applied_on)})")
    print(_("Relationships:") if found.relationships else _("Relationships: none"))
    stage = _("stage")
    for r in found.relationships:
        ended = (vocabulary.closure_label(r.closure_outcome) if r.closure_outcome
                 else vocabulary.status_label(r.status))
        print(f"  {bulk.role_words(r.role)} · {safe(r.partner_name)} · {safe(r.program_name) or '—'} · "
              f"{_day(r.start_date)} – {_day(r.end_date)} · {stage} {r.stage} · {ended}")
    return 0


def _day(value) -> str:
    return value.isoformat() if value else "—"


def _history_json(found) -> dict:
    return {
        "name": found.name,
        "enrolments": [{"program": e.program_name, "role": e.role, "status": e.status, "reason": e.reason,
                        "applied_on": _day(e.applied_on)} for e in found.enrolments],
        "relationships": [{"id": r.id, "program": r.program_name, "role": r.role, "partner": r.partner_name,
                           "start": _day(r.start_date), "end": _day(r.end_date), "stage": r.stage,
                           "status": r.status, "outcome": r.closure_outcome} for r in found.relationships],
        "mentors": [{"name": p.name, "current": p.current} for p in found.mentors],
        "mentees": [{"name": p.name, "current": p.current} for p in found.mentees],
    }
