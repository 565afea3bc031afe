"""`export`: relationships, meetings, goals or check-ins as an Excel or CSV file.

    mentordesk --db FILE export relationships OUT.xlsx
    mentordesk --db FILE export meetings OUT.csv

The format follows the file's ending (.xlsx or .csv). Read-only: the company file is
opened without the lock note and never changed; the output is written whole or not
at all, and never over the company file.
"""

from __future__ import annotations

import argparse

from ..i18n import gettext as _
from ..i18n import ngettext, pgettext
from . import open_db
from .lazy import lazy
from .output import safe

svc = lazy("mentordesk.services.exports")  # openpyxl loads only when an export runs

TABLE_NAMES = ("relationships", "meetings", "goals", "checkins")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("export", help=_("write relationships, meetings, goals or check-ins to an Excel (.xlsx) "
                                        "or CSV file (by the file's ending)"))
    p.add_argument("table", choices=TABLE_NAMES, metavar=pgettext("metavar", "TABLE"),
                   help=_("what to export: %(choices)s") % {"choices": ", ".join(TABLE_NAMES)})
    p.add_argument("file", metavar=pgettext("metavar", "FILE"), help=_("the file to write, ending in .xlsx or .csv"))
    p.set_defaults(func=_export)


def _export(args: argparse.Namespace) -> int:
    db = open_db(args, readonly=True, create=False)
    try:
        n = svc.export_table(db, args.table, args.file)
    finally:
        db.close()
    print(_exported(args.table, n) % {"count": n, "file": safe(args.file)})
    return 0


def _exported(table: str, n: int) -> str:
    """One whole sentence per table, so each language declines its own noun."""
    if table == "relationships":
        return ngettext("Exported %(count)s relationship to %(file)s.",
                        "Exported %(count)s relationships to %(file)s.", n)
    if table == "meetings":
        return ngettext("Exported %(count)s meeting to %(file)s.", "Exported %(count)s meetings to %(file)s.", n)
    if table == "goals":
        return ngettext("Exported %(count)s goal to %(file)s.", "Exported %(count)s goals to %(file)s.", n)
    return ngettext("Exported %(count)s check-in to %(file)s.", "Exported %(count)s check-ins to %(file)s.", n)
