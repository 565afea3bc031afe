"""`backups`, `restore`: File > Restore Backup…, scriptable.

`backups` lists this file's own backups (its full name: `acme.sqlite`'s are
never shown for `acme.db`). `restore` puts one back with the same checks as the
window (only a whole MentorDesk file of the same company; see
`storage/backup_restore.py`), and like every writing command it holds the lock
note meanwhile, so it never pulls the file from under a colleague.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from ..i18n import N_, ngettext, pgettext
from ..i18n import gettext as _

#: Why a backup was taken, said in the list (translated when printed).
REASON_WORDS = {"open": N_("daily, on open"), "migration": N_("before an upgrade"), "merge": N_("before a merge"),
                "manual": N_("by hand"), "before-restore": N_("before a restore"),
                "before-import": N_("before an import"), "before-bulk": N_("before a bulk action")}


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("backups", help=_("list this file's backups, newest first"))
    p.set_defaults(func=_list)
    p = sub.add_parser("restore", help=_("put a backup of this file back in its place (the file as it is is kept)"))
    p.add_argument("backup", metavar=pgettext("metavar", "BACKUP"),
                   help=_("a backup of this file (see `mentordesk backups`)"))
    p.set_defaults(func=_restore)


def _target(args: argparse.Namespace) -> Path:
    from ..services.session import default_database_path

    return Path(args.db).expanduser() if args.db else default_database_path()


def _list(args: argparse.Namespace) -> int:
    from ..storage.backup import Retention, list_backups
    from ..storage.filecheck import format_size

    target = _target(args)
    found = list_backups(target)
    keep = Retention()
    counted = ngettext("%(file)s: %(count)s backup.", "%(file)s: %(count)s backups.", len(found)) % {
        "file": target.name, "count": len(found)}
    kept = ngettext("Daily backups are kept for the last %(days)s day it was opened; the last %(merge)s before a "
                    "merge, %(migration)s before an upgrade, %(restore)s before a restore and %(manual)s by hand.",
                    "Daily backups are kept for the last %(days)s days it was opened; the last %(merge)s before a "
                    "merge, %(migration)s before an upgrade, %(restore)s before a restore and %(manual)s by hand.",
                    keep.daily_days) % {"days": keep.daily_days, "merge": keep.merge, "migration": keep.migration,
                                        "restore": keep.before_restore, "manual": keep.manual}
    print(f"{counted} {kept}")  # two whole sentences
    reasons = [_(REASON_WORDS[b.reason]) if b.reason in REASON_WORDS else b.reason for b in found]
    width = max((len(r) for r in reasons), default=0)  # the column fits the words of the language
    for b, reason in zip(found, reasons, strict=True):
        taken = b.taken_at.astimezone().strftime("%Y-%m-%d %H:%M")
        print(f"{taken}  {reason:<{width}}  {format_size(b.size):>9}  {b.path}")
    return 0


def _restore(args: argparse.Namespace) -> int:
    from ..storage.backup import restore_backup
    from .write_lock import holding_lock_note

    target = _target(args)
    with holding_lock_note(target, ignore_lock=bool(getattr(args, "ignore_lock", False))):
        result = restore_backup(args.backup, target)
    print(_("Restored %(backup)s into %(file)s.") % {"backup": Path(args.backup).name, "file": target})
    if result.previous_backup is not None:
        print(_("The file as it was is kept as the backup %(name)s.") % {"name": result.previous_backup.name})
    if result.moved_aside is not None:
        print(_("The damaged file was kept as %(name)s.") % {"name": result.moved_aside.name})
    if result.note:
        print(result.note)
    return 0
