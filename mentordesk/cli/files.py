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
