"""`program`: list programs with their kind, run one again, archive and unarchive.

    mentordesk --db FILE program list [--archived] [--json]
    mentordesk --db FILE program duplicate NAME --name NEW [--start DATE] [--end DATE]
    mentordesk --db FILE program archive NAME
    mentordesk --db FILE program unarchive NAME

The same service calls as the window's Programs screen (`services/programs.py`).
"""

from __future__ import annotations

import argparse
import json
from datetime import date
from typing import TYPE_CHECKING

from ..errors import ValidationError
from ..i18n import gettext as _
from . import open_db
from .output import safe

if TYPE_CHECKING:  # pragma: no cover
    from ..models import Program


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("program", help=_("list programs with their kind; run one again, archive or unarchive it"))
    actions = p.add_subparsers(dest="action", metavar="ACTION")
    actions.required = True
    a = actions.add_parser("list", help=_("the programs with their kind (archived ones only with --archived)"))
    a.add_argument("--archived", action="store_true", help=_("also list archived programs"))
    a.add_argument("--json", action="store_true")
    a.set_defaults(func=_list)
    a = actions.add_parser("duplicate", help=_("a new program with this one's settings, texts and weights, "
                                               "without its people"))
    a.add_argument("program", metavar="NAME", help=_("the program to run again"))
    a.add_argument("--name", required=True, help=_("the new program's name"))
    a.add_argument("--start", metavar="YYYY-MM-DD", help=_("the new program's start date"))
    a.add_argument("--end", metavar="YYYY-MM-DD", help=_("the new program's end date"))
    a.set_defaults(func=_duplicate)
    for action, text in (("archive", _("hide a finished program from the lists and make it read-only")),
                         ("unarchive", _("bring an archived program back"))):
        a = actions.add_parser(action, help=text)
        a.add_argument("program", metavar="NAME")
        a.set_defaults(func=_archive, archive=action == "archive")


def _list(args: argparse.Namespace) -> int:
    from .. import program_kinds
    from ..services import programs

    db = open_db(args, readonly=True)
    try:
        found = programs.list_programs(db, include_archived=args.archived)
    finally:
        db.close()
    if args.json:
        print(json.dumps([{
            "id": p.id, "name": p.name, "kind": p.kind, "delivery": p.delivery, "cadence": p.cadence,
            "archived": p.archived,
            "start_date": p.start_date.isoformat() if p.start_date else None,
            "end_date": p.end_date.isoformat() if p.end_date else None,
            **{f: getattr(p, f) for f in program_kinds.FIELDS.get(p.kind, ())},
        } for p in found], indent=2, ensure_ascii=False))
        return 0
    if not found:
        print(_("No programs yet."))
    for p in found:
        detail = program_kinds.summary(p)
        line = f"{safe(p.name)} — {program_kinds.label(p.kind)}" + (f" ({safe(detail)})" if detail else "")
        print(line + (" " + _("[archived]") if p.archived else ""))
        print("  " + _how_it_runs(p))
    return 0


def _how_it_runs(p: Program) -> str:
    """Its delivery and who meets how often, in the words of the window's Programs screen
    (`mentordesk.vocabulary`); job shadowing is a few visits, with no cadence to tell."""
    from .. import vocabulary

    delivery = vocabulary.said(vocabulary.DELIVERY_NAMES, p.delivery)
    if p.kind == "job_shadowing":
        return delivery
    return f"{delivery} · {vocabulary.who_meets(p.kind)} {vocabulary.said(vocabulary.PROGRAM_CADENCE_NAMES, p.cadence)}"


def _date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise ValidationError(_("'%(value)s' is not a date like 2026-09-01. Nothing was changed.")
                              % {"value": safe(value)}) from None


def _duplicate(args: argparse.Namespace) -> int:
    from ..services import programs

    start, end = _date(args.start), _date(args.end)
    db = open_db(args)
    try:
        source = programs.find_program(db, args.program)
        new_id = programs.duplicate_program(db, source.id, args.name, start, end)
        copy = programs.get_program(db, new_id)
    finally:
        db.close()
    print(_("Created %(new)s with the settings, texts and weights of %(old)s (no people yet).")
          % {"new": safe(copy.name), "old": safe(source.name)})
    return 0


def _archive(args: argparse.Namespace) -> int:
    from ..services import programs

    db = open_db(args)
    try:
        program = programs.find_program(db, args.program)
        if args.archive:
            programs.archive_program(db, program.id)
        else:
            programs.unarchive_program(db, program.id)
    finally:
        db.close()
    done = _("Archived %(name)s: it is read-only and hidden from lists; 'program unarchive' brings it back.") \
        if args.archive else _("%(name)s is no longer archived.")
    print(done % {"name": safe(program.name)})
    return 0
