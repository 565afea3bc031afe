"""`export`: relationships, meetings, goals or check-ins as an Excel or CSV file.

    mentordesk --db FILE export relationships OUT.xlsx
    mentordesk --db FILE export meetings OUT.csv

The format follows the file's ending (.xlsx or .csv). Read-only: the company file is
opened without the lock note and never changed; the output is written whole or not
at all, and never over the company file.
"""

from __future__ import annotations

import argparse

from . import open_db
from .lazy import lazy
from .output import safe

svc = lazy("mentordesk.services.exports")  # openpyxl loads only when an export runs

TABLE_NAMES = ("relationships", "meetings", "goals", "checkins")
_WHAT = {"relationships": ("relationship", "relationships"), "meetings": ("meeting", "meetings"),
         "goals": ("goal", "goals"), "checkins": ("check-in", "check-ins")}


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("export", help="write relationships, meetings, goals or check-ins to an Excel (.xlsx) "
                                      "or CSV file (by the file's ending)")
    p.add_argument("table", choices=TABLE_NAMES, help="what to export")
    p.add_argument("file", metavar="FILE", help="the file to write, ending in .xlsx or .csv")
    p.set_defaults(func=_export)


def _export(args: argparse.Namespace) -> int:
    db = open_db(args, readonly=True, create=False)
    try:
        n = svc.export_table(db, args.table, args.file)
    finally:
        db.close()
    one, many = _WHAT[args.table]
    print(f"Exported {n} {one if n == 1 else many} to {safe(args.file)}.")
    return 0
