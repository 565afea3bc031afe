"""Backups of the database file, and restoring one.

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
import re
import sqlite3
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone, tzinfo
from pathlib import Path

from mentordesk.errors import StorageError
from mentordesk.storage.filecheck import check_file

__all__ = [
    "REASONS",
    "BackupError",
    "BackupInfo",
    "RestoreResult",
    "backups_dir_for",
    "make_backup",
    "backup_on_open_if_due",
    "list_backups",
    "restore_backup",
]

REASONS = ("open", "migration", "merge", "manual", "before-restore")
DEFAULT_KEEP = 20

_TS_FORMAT = "%Y-%m-%dT%H%M%S"
# "<stem> 2026-11-02T091400.123Z <reason>.db" - no colons, which Windows forbids in names.
_NAME_RE = re.compile(r"^(?P<stem>.+) (?P<ts>\d{4}-\d{2}-\d{2}T\d{6})\.(?P<ms>\d{3})Z (?P<reason>[a-z-]+)\.db$")

# SQLite's own files beside a database; a stale one would be replayed into a restored file.
_SIDE_SUFFIXES = ("-journal", "-wal", "-shm")


class BackupError(StorageError):
    """A backup or restore did not happen; the message says why in plain words."""


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: datetime
    reason: str
    size: int


@dataclass(frozen=True)
class RestoreResult:
    """What restore did with the file it replaced, so the UI can tell the user where it went."""

    restored_from: Path
    previous_backup: Path | None
    moved_aside: Path | None


def backups_dir_for(db_path: str | os.PathLike[str]) -> Path:
    db = Path(db_path)
    return db.parent / f"{db.stem} backups"


def _utcnow() -> datetime:
    return datetime.now(timezone.utc)


def _is_disk_full(exc: BaseException) -> bool:
    if isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
        return True
    return isinstance(exc, sqlite3.Error) and ("disk is full" in str(exc).lower() or "database or disk is full" in str(exc).lower())


def _disk_full_error(what: str) -> BackupError:
    return BackupError(
        f"The disk is full: there is not enough free space to {what}. "
        "Nothing was changed. Free some space (or empty the recycle bin) and try again."
    )


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
    tmp = final.with_name(f".{final.name}.{uuid.uuid4().hex}.partial")
    try:
        _create_private_file(tmp)
        _copy_database(src, tmp)
        if not _quick_check_ok(tmp):
            raise BackupError(
                f"MentorDesk could not {what}: the copy did not pass its safety check, "
                "which usually means the original file is damaged. Nothing was changed."
            )
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
            raise BackupError(
                f"MentorDesk could not {what}: the file's last save was interrupted and it "
                "needs to be opened for editing once to recover. Nothing was changed."
            ) from exc
        raise BackupError(
            f"MentorDesk could not {what} (the file or folder could not be read or written). "
            "Nothing was changed."
        ) from exc
    except BaseException:
        _unlink_quietly(tmp)
        raise


def _backup_name(stem: str, when: datetime, reason: str) -> str:
    when = when.astimezone(timezone.utc)
    return f"{stem} {when.strftime(_TS_FORMAT)}.{when.microsecond // 1000:03d}Z {reason}.db"


def _parse_name(name: str, stem: str) -> tuple[datetime, str] | None:
    m = _NAME_RE.match(name)
    if not m or m.group("stem") != stem:
        return None
    try:
        taken = datetime.strptime(m.group("ts"), _TS_FORMAT).replace(tzinfo=timezone.utc)
    except ValueError:
        return None
    return taken + timedelta(milliseconds=int(m.group("ms"))), m.group("reason")


def make_backup(
    db_path: str | os.PathLike[str],
    reason: str,
    backups_dir: Path | None = None,
    keep: int = DEFAULT_KEEP,
    *,
    now: datetime | None = None,
) -> Path:
    """Make a verified copy of the database and return its path.

    Rotation happens only after the new copy is safely in place, and never
    deletes that copy, so a failing backup can't cost us the older ones.
    """
    if reason not in REASONS:
        raise ValueError(f"unknown backup reason {reason!r}")
    if keep < 1:
        raise ValueError("keep must be at least 1")
    db = Path(db_path)
    folder = backups_dir if backups_dir is not None else backups_dir_for(db)
    now = now or _utcnow()
    try:
        _ensure_private_dir(folder)
    except OSError as exc:
        if _is_disk_full(exc):
            raise _disk_full_error("make a backup") from exc
        raise BackupError("MentorDesk could not create the backups folder next to the file.") from exc

    final = folder / _backup_name(db.stem, now, reason)
    while final.exists():  # two backups in the same millisecond
        now += timedelta(milliseconds=1)
        final = folder / _backup_name(db.stem, now, reason)
    _write_verified_copy(db, final, "make a backup")
    _rotate(db, folder, keep, protect=final)
    return final


def _rotate(db: Path, folder: Path, keep: int, protect: Path) -> None:
    backups = list_backups(db, folder)
    survivors = 0
    for info in backups:  # newest first
        if info.path == protect or survivors < keep - 1:
            if info.path != protect:
                survivors += 1
            continue
        _unlink_quietly(info.path)


def list_backups(db_path: str | os.PathLike[str], backups_dir: Path | None = None) -> list[BackupInfo]:
    """Complete backups of this database, newest first. Temp files and strangers are ignored."""
    db = Path(db_path)
    folder = backups_dir if backups_dir is not None else backups_dir_for(db)
    try:
        entries = list(folder.iterdir())
    except OSError:
        return []
    found: list[BackupInfo] = []
    for entry in entries:
        parsed = _parse_name(entry.name, db.stem)
        if parsed is None:
            continue
        try:
            st = entry.stat()
        except OSError:
            continue
        if not entry.is_file():
            continue
        found.append(BackupInfo(entry, parsed[0], parsed[1], st.st_size))
    found.sort(key=lambda b: (b.taken_at, b.path.name), reverse=True)
    return found


def backup_on_open_if_due(
    db_path: str | os.PathLike[str],
    backups_dir: Path | None = None,
    keep: int = DEFAULT_KEEP,
    *,
    now: datetime | None = None,
    local_tz: tzinfo | None = None,
) -> Path | None:
    """Back up on the first open of each calendar day; return the new backup or None.

    "Day" is the user's local day, so opening at 08:55 after yesterday's 09:00
    still counts as a new day. Backups dated in the future (another laptop with
    a fast clock, synced into this folder) are not "today" and do not suppress it.
    """
    now = now or _utcnow()
    today = now.astimezone(local_tz).date()
    for info in list_backups(db_path, backups_dir):
        if info.reason == "open" and info.taken_at.astimezone(local_tz).date() == today:
            return None
    return make_backup(db_path, "open", backups_dir, keep, now=now)


def restore_backup(
    backup_path: str | os.PathLike[str],
    db_path: str | os.PathLike[str],
    backups_dir: Path | None = None,
    *,
    now: datetime | None = None,
) -> RestoreResult:
    """Put a backup in place of the database, keeping whatever was there.

    The caller must hold the lock note: restoring under someone who has the file
    open would pull it out from under them. Order matters: the verified
    replacement is prepared first, so if anything fails the current file is untouched.
    """
    backup = Path(backup_path)
    db = Path(db_path)
    now = now or _utcnow()
    if not _quick_check_ok(backup):
        raise BackupError("This backup is damaged or is not a MentorDesk file, so it was not restored. Choose another backup.")

    staged = db.with_name(f".{db.name}.restore-{uuid.uuid4().hex}")
    _write_verified_copy(backup, staged, "restore the backup")
    try:
        previous_backup: Path | None = None
        moved_aside: Path | None = None
        stamp = now.astimezone(timezone.utc).strftime("%Y%m%d-%H%M%S")
        if db.exists():
            status = check_file(db).status
            if status in ("ok", "newer", "not_mentordesk"):
                previous_backup = make_backup(db, "before-restore", backups_dir, keep=DEFAULT_KEEP, now=now)
            else:
                moved_aside = db.with_name(f"{db.name}.corrupt-{stamp}")
                os.replace(db, moved_aside)
        # A journal left beside the old file would be "rolled back" into the restored one.
        for suffix in _SIDE_SUFFIXES:
            side = db.with_name(db.name + suffix)
            if side.exists():
                os.replace(side, db.with_name(f"{db.name}{suffix}.replaced-{stamp}"))
        os.replace(staged, db)
        _fsync_dir(db.parent)
        try:
            os.chmod(db, 0o600)
        except OSError:
            pass
    except OSError as exc:
        if _is_disk_full(exc):
            raise _disk_full_error("restore the backup") from exc
        raise BackupError("MentorDesk could not put the backup in place. Your current file was kept.") from exc
    finally:
        _unlink_quietly(staged)
    return RestoreResult(backup, previous_backup, moved_aside)
