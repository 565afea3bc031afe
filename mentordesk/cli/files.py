"""`merge`, `backup`, `check`: the File menu, scriptable."""

from __future__ import annotations

import argparse

from ..i18n import gettext as _
from ..i18n import pgettext
from . import open_db
from .output import safe


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("merge",
                       help=_("merge another MentorDesk file (a branch's file, a sync conflict copy) into this one"))
    p.add_argument("other", metavar=pgettext("metavar", "OTHER.db"), help=_("the file to merge in; it is only read"))
    p.add_argument("--dry-run", action="store_true", help=_("show what would change, write nothing"))
    p.add_argument("--prefer", choices=("newer", "local", "incoming"), default="newer",
                   help=_("how to settle fields both files changed (default: the newer change)"))
    p.add_argument("--other-company", action="store_true",
                   help=_("merge even though OTHER.db belongs to another company (people are never joined "
                          "unless employee ID, name and e-mail all match)"))
    p.add_argument("--apply-erasures", action="store_true",
                   help=_("apply the erasures of people OTHER.db carries that were not made in this file "
                          "(see them first with --dry-run); without it such a merge is refused"))
    p.set_defaults(func=_merge)
    p = sub.add_parser("backup", help=_("write a copy of the file to PATH"))
    p.add_argument("--out", metavar=pgettext("metavar", "PATH"), required=True, help=_("where to write the copy"))
    p.set_defaults(func=_backup)
    p = sub.add_parser("check", help=_("check the file's integrity and schema version"))
    p.set_defaults(func=_check)
    p = sub.add_parser("repair-date", help=_("put a real date where another program left something else "
                                             "(see 'mentordesk check'); a backup is taken first"))
    p.add_argument("table", metavar=pgettext("metavar", "TABLE"), help=_("the table 'mentordesk check' names"))
    p.add_argument("row", metavar=pgettext("metavar", "ID"), help=_("the row's id, as 'mentordesk check' lists it"))
    p.add_argument("column", metavar=pgettext("metavar", "COLUMN"), help=_("the date column"))
    what = p.add_mutually_exclusive_group(required=True)
    what.add_argument("--date", metavar=pgettext("metavar", "YYYY-MM-DD"), help=_("the date it should be"))
    what.add_argument("--clear", action="store_true", help=_("leave it empty (only where a date may be empty)"))
    p.set_defaults(func=_repair_date)


def _merge(args: argparse.Namespace) -> int:
    from ..services import files

    db = open_db(args, create=False, readonly=bool(args.dry_run))
    try:
        from datetime import UTC, datetime
        from pathlib import Path

        from ..services import undo

        started = datetime.now(UTC)
        result = files.merge_file(db, args.other, dry_run=args.dry_run, prefer=args.prefer,
                                  other_company=args.other_company, apply_erasures=args.apply_erasures)
        if not args.dry_run:
            undo.record_latest(db, "merge", undo.merge_label(Path(args.other).name), started)
        print(result.summary_text())
    except files.ErasuresNotConfirmed as exc:
        raise files.MergeError(  # the same refusal, with the command that confirms
            _("%(refusal)s To apply them, run the command again with --apply-erasures.") % {"refusal": exc}) from exc
    except files.OtherCompanyError as exc:
        raise files.OtherCompanyError(
            _("%(refusal)s To merge it anyway, run the command again with --other-company.") % {"refusal": exc}
        ) from exc
    finally:
        db.close()
    return 0


def _backup(args: argparse.Namespace) -> int:
    from ..services import files

    db = open_db(args, create=False, readonly=True)
    try:
        out = files.backup_now(db, args.out)
        print(_("Backup written to %(file)s.") % {"file": safe(out)})
    finally:
        db.close()
    return 0


def _check(args: argparse.Namespace) -> int:
    from ..services import files

    db = open_db(args, create=False, readonly=True)
    try:
        result = files.check(db)
        print(f"{safe(db.path.name)}:")
        for line in result.lines:
            print(safe(line))
    finally:
        db.close()
    return 0 if result.ok else 1


def _repair_date(args: argparse.Namespace) -> int:
    from ..services import date_repair

    db = open_db(args, create=False)
    try:
        backup = date_repair.repair_date(db, args.table, args.row, args.column, None if args.clear else args.date)
        print(_("Repaired: %(column)s of %(row)s in %(table)s is now %(value)s. The file as it was is kept as "
                "the backup %(backup)s.") % {
            "column": safe(args.column), "row": safe(args.row), "table": safe(args.table),
            "value": _("empty") if args.clear else safe(args.date), "backup": safe(backup.name)})
    finally:
        db.close()
    return 0
