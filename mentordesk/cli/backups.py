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

from ..wording import count as count_words

REASON_WORDS = {"open": "daily, on open", "migration": "before an upgrade", "merge": "before a merge",
                "manual": "by hand", "before-restore": "before a restore",
                "before-import": "before an import", "before-bulk": "before a bulk action"}


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("backups", help="list this file's backups, newest first")
    p.set_defaults(func=_list)
    p = sub.add_parser("restore", help="put a backup of this file back in its place (the file as it is is kept)")
    p.add_argument("backup", metavar="BACKUP", help="a backup of this file (see `mentordesk backups`)")
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
    print(f"{target.name}: {count_words(len(found), 'backup', 'backups')}. "
          f"Daily backups are kept for the last {keep.daily_days} days "
          f"it was opened; the last {keep.merge} before a merge, {keep.migration} before an upgrade, "
          f"{keep.before_restore} before a restore and {keep.manual} by hand.")
    for b in found:
        taken = b.taken_at.astimezone().strftime("%Y-%m-%d %H:%M")
        print(f"{taken}  {REASON_WORDS.get(b.reason, b.reason):<18}  {format_size(b.size):>9}  {b.path}")
    return 0


def _restore(args: argparse.Namespace) -> int:
    from ..storage.backup import restore_backup
    from .write_lock import holding_lock_note

    target = _target(args)
    with holding_lock_note(target, ignore_lock=bool(getattr(args, "ignore_lock", False))):
        result = restore_backup(args.backup, target)
    print(f"Restored {Path(args.backup).name} into {target}.")
    if result.previous_backup is not None:
        print(f"The file as it was is kept as the backup {result.previous_backup.name}.")
    if result.moved_aside is not None:
        print(f"The damaged file was kept as {result.moved_aside.name}.")
    if result.note:
        print(result.note)
    return 0
