"""Backups of the database file: making them verified, and when.

Which backups belong to which file (the full file name), and how many of each
kind are kept, is `backup_catalog`; restoring one, and what may be restored,
is `backup_restore`. Both are re-exported here.

Copies are made with SQLite's online backup API rather than a file copy, so a
backup taken while someone else is saving is still a consistent database, never
a mixture of before and after. Every copy is written under a temporary name,
checked with `PRAGMA quick_check`, and only then renamed into place: a backup
that exists under its real name is always complete and readable. A full disk
leaves no half backup that could later be "restored".
"""

from __future__ import annotations

import errno
import os
import sqlite3
from datetime import UTC, datetime, timedelta, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING

from mentordesk.errors import StorageError
from mentordesk.i18n import N_
from mentordesk.i18n import gettext as _

from .backup_catalog import (
    KEEP_BEFORE_RESTORE,
    KEEP_DAILY_DAYS,
    KEEP_MANUAL,
    KEEP_MERGE,
    KEEP_MIGRATION,
    REASONS,
    BackupInfo,
    Retention,
    backup_name,
    backups_dir_for,
    expired,
    legacy_backups_dir_for,
    list_backups,
    owner_path,
)

if TYPE_CHECKING:  # for the annotation only (database.py reaches this module through recovery.py)
    from .database import Database

__all__ = [
    "KEEP_BEFORE_RESTORE",
    "KEEP_DAILY_DAYS",
    "KEEP_MANUAL",
    "KEEP_MERGE",
    "KEEP_MIGRATION",
    "REASONS",
    "BackupError",
    "BackupInfo",
    "Retention",
    "backup_on_open_if_due",
    "backups_dir_for",
    "legacy_backups_dir_for",
    "list_backups",
    "make_backup",
]

# `restore_backup` and `RestoreResult` are served by `__getattr__` below.

# SQLite's own files beside a database; a stale one would be replayed into a restored file.
_SIDE_SUFFIXES = ("-journal", "-wal", "-shm")


class BackupError(StorageError):
    """A backup or restore did not happen; the message says why in plain words."""


def _utcnow() -> datetime:
    return datetime.now(UTC)


def _is_disk_full(exc: BaseException) -> bool:
    if isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
        return True
    return isinstance(exc,
                      sqlite3.Error) and ("disk is full" in str(exc).lower()
                                          or "database or disk is full" in str(exc).lower())


#: What went wrong, per action ("make a backup", "restore the backup"): whole sentences, since
#: the action's words take another place and form in another language ("um … anzulegen").
_SAYINGS = {
    ("make a backup", "full"): N_("The disk is full: there is not enough free space to make a backup. Nothing was "
                                  "changed. Free some space (or empty the recycle bin) and try again."),
    ("restore the backup", "full"): N_("The disk is full: there is not enough free space to restore the backup. "
                                       "Nothing was changed. Free some space (or empty the recycle bin) and try "
                                       "again."),
    ("make a backup", "check"): N_("MentorDesk could not make a backup: the copy did not pass its safety check, "
                                   "which usually means the original file is damaged. Nothing was changed."),
    ("restore the backup", "check"): N_("MentorDesk could not restore the backup: the copy did not pass its safety "
                                        "check, which usually means the backup is damaged. Nothing was changed."),
    ("make a backup", "interrupted"): N_("MentorDesk could not make a backup: the file's last save was interrupted "
                                         "and it needs to be opened for editing once to recover. Nothing was "
                                         "changed."),
    ("restore the backup", "interrupted"): N_("MentorDesk could not restore the backup: its last save was "
                                              "interrupted and it needs to be opened for editing once to recover. "
                                              "Nothing was changed."),
    ("make a backup", "io"): N_("MentorDesk could not make a backup (the file or folder could not be read or "
                                "written). Nothing was changed."),
    ("restore the backup", "io"): N_("MentorDesk could not restore the backup (the file or folder could not be "
                                     "read or written). Nothing was changed."),
}


def _said(what: str, kind: str) -> str:
    return _(_SAYINGS[(what, kind)])


def _disk_full_error(what: str) -> BackupError:
    return BackupError(_said(what, "full"))


def _unlink_quietly(path: Path) -> None:
    try:
        path.unlink()
    except OSError:
        pass


def _ensure_private_dir(folder: Path) -> None:
    created = not folder.exists()
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    if created:
        try:
            os.chmod(folder, 0o700)  # mkdir's mode is reduced by the umask
        except OSError:
            pass


def _create_private_file(path: Path) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
    os.close(fd)
    try:
        os.chmod(path, 0o600)
    except OSError:
        pass


def _ro_uri(path: Path) -> str:
    return path.resolve().as_uri() + "?mode=ro"


def _copy_database(src: Path, dst: Path) -> None:
    """Copy a consistent snapshot of `src` into the existing empty file `dst`."""
    source = sqlite3.connect(_ro_uri(src), uri=True, timeout=10.0)
    try:
        target = sqlite3.connect(dst)
        try:
            # No journal file beside the temp copy: it would be created with default
            # permissions, and a failed copy is thrown away anyway.
            target.execute("PRAGMA journal_mode=MEMORY")
            source.backup(target)
            target.execute("PRAGMA journal_mode=DELETE")  # a restored file must not be WAL
        finally:
            target.close()
    finally:
        source.close()


def _quick_check_ok(path: Path) -> bool:
    try:
        conn = sqlite3.connect(_ro_uri(path), uri=True)
    except sqlite3.Error:
        return False
    try:
        rows = conn.execute("PRAGMA quick_check").fetchall()
        return rows == [("ok",)]
    except sqlite3.Error:
        return False
    finally:
        conn.close()


def copy_open_database(db: Database, dst: Path) -> bool:
    """Copy the open file's consistent snapshot into the new file `dst`; True if the copy passes quick_check.

    Through SQLite's backup API on the window's or command's own connection, so
    someone saving meanwhile cannot leave a half-written copy. No journal beside
    the copy (it would not be owner-only); the copy is left in rollback-journal mode.
    """
    target = sqlite3.connect(dst)
    try:
        target.execute("PRAGMA journal_mode=MEMORY")
        db.conn.backup(target)
        target.execute("PRAGMA journal_mode=DELETE")
        return target.execute("PRAGMA quick_check").fetchall() == [("ok",)]
    finally:
        target.close()


def _fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_dir(folder: Path) -> None:
    # Makes the rename durable on POSIX; Windows cannot open directories and doesn't need it.
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _write_verified_copy(src: Path, final: Path, what: str) -> None:
    """Copy `src` to `final` via a temp file; on any failure nothing is left at either name."""
    tmp = final.with_name(f".{final.name}.{os.urandom(16).hex()}.partial")  # as uuid4().hex, without uuid's platform
    try:
        _create_private_file(tmp)
        _copy_database(src, tmp)
        if not _quick_check_ok(tmp):
            raise BackupError(_said(what, "check"))
        _fsync_file(tmp)
        os.replace(tmp, final)
        _fsync_dir(final.parent)
    except BackupError:
        _unlink_quietly(tmp)
        raise
    except (OSError, sqlite3.Error) as exc:
        _unlink_quietly(tmp)
        for suffix in _SIDE_SUFFIXES:
            _unlink_quietly(tmp.with_name(tmp.name + suffix))
        if _is_disk_full(exc):
            raise _disk_full_error(what) from exc
        if isinstance(exc, sqlite3.Error) and "readonly" in str(exc).lower():
            # A read-only connection refuses a file whose last save was interrupted.
            raise BackupError(_said(what, "interrupted")) from exc
        raise BackupError(_said(what, "io")) from exc
    except BaseException:
        _unlink_quietly(tmp)
        raise


def make_backup(
    db_path: str | os.PathLike[str],
    reason: str,
    backups_dir: Path | None = None,
    *,
    retention: Retention | None = None,
    now: datetime | None = None,
    local_tz: tzinfo | None = None,
) -> Path:
    """Make a verified copy of the database and return its path.

    `now` is the clock seam (tests, and a caller that already read the time).
    Rotation happens only after the new copy is safely in place, only among
    backups of the same kind, and never deletes that copy, so a failing backup
    can't cost us the older ones and a burst of merges can't cost us the dailies.
    """
    if reason not in REASONS:
        raise ValueError(f"unknown backup reason {reason!r}")
    db = owner_path(db_path)
    folder = backups_dir if backups_dir is not None else backups_dir_for(db)
    now = now or _utcnow()
    try:
        _ensure_private_dir(folder)
    except OSError as exc:
        if _is_disk_full(exc):
            raise _disk_full_error("make a backup") from exc
        raise BackupError(_("MentorDesk could not create the backups folder next to the file.")) from exc

    final = folder / backup_name(db.name, now, reason)
    while final.exists():  # two backups in the same millisecond
        now += timedelta(milliseconds=1)
        final = folder / backup_name(db.name, now, reason)
    _write_verified_copy(db, final, "make a backup")
    for info in expired(list_backups(db, backups_dir), reason, retention or Retention(), final, local_tz):
        _unlink_quietly(info.path)
    return final


def backup_on_open_if_due(
    db_path: str | os.PathLike[str],
    backups_dir: Path | None = None,
    *,
    retention: Retention | None = None,
    now: datetime | None = None,
    local_tz: tzinfo | None = None,
) -> Path | None:
    """Back up on the first open of each calendar day; return the new backup or None.

    "Day" is the user's local day, so opening at 08:55 after yesterday's 09:00
    still counts as a new day. Only this file's own daily backups count (full
    name, see `backup_catalog`): `acme.sqlite` opened today does not make the
    daily backup of `acme.db` look done. Backups dated in the future (another
    laptop with a fast clock, synced into this folder) are not "today" and do not
    suppress it.
    """
    now = now or _utcnow()
    today = now.astimezone(local_tz).date()
    for info in list_backups(db_path, backups_dir):
        if info.reason == "open" and info.taken_at.astimezone(local_tz).date() == today:
            return None
    return make_backup(db_path, "open", backups_dir, retention=retention, now=now, local_tz=local_tz)


def __getattr__(name: str):
    """`restore_backup` and `RestoreResult` live in `backup_restore` (which uses this module)."""
    if name in ("restore_backup", "RestoreResult"):
        from . import backup_restore

        return getattr(backup_restore, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
