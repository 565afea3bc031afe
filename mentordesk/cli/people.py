"""`init`, `demo`, `import-people`, `export-people`, `people`."""

from __future__ import annotations

import argparse
import json

from ..i18n import gettext as _
from ..i18n import ngettext
from . import open_db, people_import
from .output import safe


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("init", help=_("create (or upgrade) a MentorDesk file"))
    p.set_defaults(func=_init)
    p = sub.add_parser("demo", help=_("fill a new file with a believable demo company"))
    p.add_argument("--seed", type=int, default=7)
    p.set_defaults(func=_demo)
    p = sub.add_parser("import-people", help=_("import or update people from an HR system's CSV"))
    people_import.add_arguments(p)  # --map, --encoding, --preview: cli/people_import.py
    p = sub.add_parser("export-people", help=_("write everyone to a CSV that import-people reads back"))
    p.add_argument("csv", metavar="CSV")
    p.set_defaults(func=_export)
    p = sub.add_parser("people", help=_("list people"))
    p.add_argument("--search", default="")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=_list)


def _init(args: argparse.Namespace) -> int:
    db = open_db(args)
    try:
        print(_("%(file)s: ready (schema version %(version)s).") % {"file": db.path, "version": db.schema_version()})
        if db.info.reason:
            print(db.info.reason)
    finally:
        db.close()
    return 0


def _demo(args: argparse.Namespace) -> int:
    from ..demo import fill_demo
    from ..services import people

    db = open_db(args)
    try:
        fill_demo(db, seed=args.seed)
        count = people.count(db)
        print(ngettext("%(file)s: demo company with %(count)s person created.",
                       "%(file)s: demo company with %(count)s people created.", count)
              % {"file": db.path, "count": count})
    finally:
        db.close()
    return 0


def _export(args: argparse.Namespace) -> int:
    from ..services import people

    db = open_db(args, readonly=True, create=False)
    try:
        n = people.export_people(db, args.csv)
    finally:
        db.close()
    print(ngettext("Exported %(count)s person to %(file)s.", "Exported %(count)s people to %(file)s.", n)
          % {"count": n, "file": safe(args.csv)})
    return 0


def _list(args: argparse.Namespace) -> int:
    from ..services import people

    db = open_db(args, readonly=True, create=False)
    try:
        found = people.filter_people(people.list_people(db), args.search)
    finally:
        db.close()
    if args.json:
        print(json.dumps([{"id": p.id, "employee_id": p.employee_id, "name": p.name, "email": p.email,
                           "department": p.department, "branch": p.branch, "title": p.title,
                           "archived": p.archived} for p in found], ensure_ascii=False, indent=2))
    else:
        for p in found:
            print(f"{safe(p.employee_id):<8} {safe(p.name):<30} {safe(p.department):<12} "
                  f"{safe(p.branch):<12} {safe(p.email)}")
    return 0
