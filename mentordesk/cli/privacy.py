"""`person-data`, `erase-person`, `erasures`: personal data rights from the command line (issue 14).

`person-data` only reads. `erase-person` writes, so it holds the lock note like
every writing command (`open_db`); it prints what it cleared and the backups
that still hold the person, which `--purge-backups` (here or on `erasures`)
removes.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from ..i18n import gettext as _
from ..i18n import ngettext, pgettext
from . import open_db

if TYPE_CHECKING:  # storage.erasure (hashlib, merge rules) loads when a command runs, not for --help
    from ..storage.erasure import Erasure


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("person-data", help=_("export everything held about one person (JSON and PDF in a ZIP)"))
    p.add_argument("employee_id", metavar=pgettext("metavar", "EMPLOYEE_ID"), help=_("the person's employee ID"))
    p.add_argument("--out", required=True, metavar=pgettext("metavar", "FILE.zip"), help=_("the archive to write"))
    p.set_defaults(func=_export)
    p = sub.add_parser("erase-person", help=_("erase one person everywhere in this file (cannot be undone)"))
    p.add_argument("employee_id", metavar=pgettext("metavar", "EMPLOYEE_ID"), help=_("the person's employee ID"))
    p.add_argument("--reason", required=True, metavar=pgettext("metavar", "TEXT"),
                   help=_("why (kept in the erasure log; must not name the person)"))
    p.add_argument("--purge-backups", action="store_true",
                   help=_("also remove the backups taken before the erasure"))
    p.set_defaults(func=_erase)
    p = sub.add_parser("erasures", help=_("the erasure log, and the backups that may still hold erased people"))
    p.add_argument("--purge-backups", action="store_true",
                   help=_("remove the backups taken before the last erasure"))
    p.set_defaults(func=_log)
    p = sub.add_parser("retention", help=_("how long personal data is kept; archived people inactive long enough"))
    p.add_argument("--notes-months", type=int, metavar=pgettext("metavar", "N"),
                   help=_("keep notes of closed relationships N months"))
    p.add_argument("--inactive-months", type=int, metavar=pgettext("metavar", "N"),
                   help=_("offer archived people inactive N months"))
    p.add_argument("--backup-months", type=int, metavar=pgettext("metavar", "N"), help=_("keep backups N months"))
    p.add_argument("--program", action="append", default=[], metavar=pgettext("metavar", "NAME=N"),
                   help=_("keep one program's notes N months (repeatable)"))
    p.set_defaults(func=_retention)


def _export(args: argparse.Namespace) -> int:
    from ..services import personal_data as pd

    db = open_db(args, readonly=True, create=False)
    try:
        summary = pd.export_person_data(db, pd.person_id_for(db, args.employee_id), args.out)
    finally:
        db.close()
    print(_("Wrote %(file)s: %(records)s naming the person, %(mentions)s listed, as %(json)s and %(pdf)s.") % {
        "file": summary.path, "json": pd.JSON_NAME, "pdf": pd.PDF_NAME,
        "records": ngettext("%(count)s record", "%(count)s records", summary.records) % {"count": summary.records},
        "mentions": ngettext("%(count)s other mention", "%(count)s other mentions", summary.mentions)
        % {"count": summary.mentions}})
    return 0


def _erase(args: argparse.Namespace) -> int:
    from ..services import personal_data as pd

    db = open_db(args, create=False)
    try:
        outcome = pd.erase_person(db, pd.person_id_for(db, args.employee_id), args.reason)
        erasures = pd.erasure_log(db)
    finally:
        db.close()
    print(ngettext("Erased: %(count)s record cleared; erasure %(id)s is in the erasure log and travels with "
                   "every merge.",
                   "Erased: %(count)s records cleared; erasure %(id)s is in the erasure log and travels with "
                   "every merge.", outcome.total) % {"count": outcome.total, "id": outcome.record.id[:8]})
    return _backups(db.path, erasures, args.purge_backups)


def _log(args: argparse.Namespace) -> int:
    from ..services import personal_data as pd

    db = open_db(args, readonly=not args.purge_backups, create=False)
    try:
        erasures = pd.erasure_log(db)
    finally:
        db.close()
    if not erasures:
        print(_("Nobody has been erased in this file."))
    for e in erasures:
        print(_("%(when)s UTC  by %(who)s  reason: %(reason)s")
              % {"when": e.erased_at[:19].replace("T", " "), "who": e.erased_by, "reason": e.reason})
    return _backups(db.path, erasures, args.purge_backups)


def _backups(path: Path, erasures: list[Erasure], purge: bool) -> int:
    from ..services import personal_data as pd

    old = pd.backups_older_than_erasures(path, erasures)
    if not old:
        return 0
    if purge:
        removed = pd.purge_backups(path, old)
        print(ngettext("Removed %(count)s backup taken before the erasure.",
                       "Removed %(count)s backups taken before the erasure.", removed) % {"count": removed})
        return 0
    print(_("Backups taken before the erasure that may still hold the person: %(count)s; "
            "remove them with --purge-backups:") % {"count": len(old)})
    for b in old:
        print(f"  {b.taken_at.astimezone().strftime('%Y-%m-%d %H:%M')}  {b.path}")
    return 0


def _retention(args: argparse.Namespace) -> int:
    from dataclasses import replace

    from ..errors import ValidationError
    from ..services import retention
    from ..services.reports import program_id_by_name

    changing = any(v is not None for v in (args.notes_months, args.inactive_months, args.backup_months)) or args.program
    db = open_db(args, readonly=not changing, create=False)
    try:
        policy = retention.get_policy(db)
        if changing:
            spans = {k: v for k, v in (("notes_months", args.notes_months), ("inactive_months", args.inactive_months),
                                       ("backup_months", args.backup_months)) if v is not None}
            programs = dict(policy.programs)
            for item in args.program:
                name, _sep, months = item.rpartition("=")
                if not name or not months.strip().isdigit():
                    raise ValidationError(_("Give a program as NAME=MONTHS, not %(text)s. Nothing was changed.")
                                          % {"text": repr(item)})
                programs[program_id_by_name(db, name)] = int(months)
            policy = replace(policy, **spans, programs=programs)
            retention.set_policy(db, policy)
        inactive = retention.inactive_archived_people(db, policy=policy)
    finally:
        db.close()
    print(_("Confidential notes and check-in comments are removed %(notes)s after a relationship closes "
            "(%(programs)s with their own span); backups are kept %(backups)s; archived people inactive for "
            "%(inactive)s are offered for erasure.") % {
        "notes": _months(policy.notes_months), "backups": _months(policy.backup_months),
        "inactive": _months(policy.inactive_months),
        "programs": ngettext("%(count)s program", "%(count)s programs", len(policy.programs))
        % {"count": len(policy.programs)}})
    for person in inactive:
        print("  " + _("%(id)s  %(name)s  last active %(date)s  (mentordesk erase-person %(id)s --reason ...)")
              % {"id": person.employee_id, "name": person.name, "date": person.last_activity})
    return 0


def _months(n: int) -> str:
    """"12 months" with the language's plural form."""
    return ngettext("%(count)s month", "%(count)s months", n) % {"count": n}
