"""Opening the file a user asked for, with everything that must happen on open.

The order matters: the file is classified first without touching it (a
truncated, half-synced, corrupt or foreign file is reported and left exactly as
it was), then opened, then backed up once a day. The lock note, the sync-folder
warning and conflict copies are for interactive use and are handled by the
window (`ui/file_open.py`) through `lock_for_editing` and `open_advice`.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import StorageError
from ..i18n import gettext as _
from ..storage import schema
from ..storage.database import Database

if TYPE_CHECKING:  # pragma: no cover
    from ..storage.read_ahead import ReadAhead
    from .open_check import PendingCheck

#: Statuses of `filecheck.check_file` under which the file may be opened.
OPENABLE = {"ok", "newer", "needs_recovery", "busy", "missing"}


class FileProblem(StorageError):
    """The file cannot be opened as it is; nothing on disk was changed."""

    def __init__(self, message: str, status: str, path: Path, has_backups: bool) -> None:
        super().__init__(message)
        self.status = status
        self.path = path
        self.has_backups = has_backups


def default_database_path() -> Path:
    """The company file in the user's data folder, used when no file is named."""
    override = os.environ.get("MENTORDESK_DATA_DIR")
    if override:
        folder = Path(override)
    else:
        from platformdirs import user_data_dir  # here: importing it costs every command a few ms

        folder = Path(user_data_dir("MentorDesk", appauthor=False))
    return folder / "mentordesk.db"


def check_before_open(path: Path, pending: PendingCheck | None = None) -> None:
    """Raise FileProblem for a file that must not be opened (and must not be changed).

    `pending` is this file's check already running (`open_check.PendingCheck`): its verdict
    is waited for instead of checking again.
    """
    if not path.exists():
        return
    if pending is not None and pending.path == Path(path).expanduser().absolute():
        verdict = pending.verdict()
    else:
        from ..storage.filecheck import check_file

        verdict = check_file(path, supported_version=schema.SCHEMA_VERSION)
    if verdict.status in OPENABLE:
        return
    from ..storage.backup import list_backups  # only for a refused file: every open imported it

    try:
        has_backups = bool(list_backups(path))
    except OSError:
        has_backups = False
    raise FileProblem(verdict.message, verdict.status, path, has_backups)


def open_database(path: str | os.PathLike[str] | None = None, *, readonly: bool = False,
                  create: bool = True, backup_on_open: bool = True, checked: bool = False,
                  read_ahead: ReadAhead | None = None) -> Database:
    """Open a file for a command or a window: check it, migrate it (after a backup), back it up daily.

    The check (`check_before_open`: SQLite's quick_check and the journal's verdict) runs once per
    open; a caller that has just run it itself (the window asks its questions in between) passes
    `checked=True` rather than reading a large file twice. The full integrity check is `check`'s.
    `read_ahead` is what `open_check.check_reading_ahead` read while checking; its reader takes
    it from the open file only if the file is unchanged.
    """
    target = Path(path).expanduser() if path else default_database_path()
    if path is None:
        target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    from ..storage.leftovers import clean_after_crash

    clean_after_crash(target)  # temporary files a killed export/report/backup left (never a user's file)
    if not checked:
        check_before_open(target)
    db = Database.open(target, readonly=readonly, create=create, before_migration=_backup_before_migration)
    db.read_ahead = read_ahead
    if backup_on_open and not db.readonly:
        try:
            from ..storage.backup import backup_on_open_if_due

            backup_on_open_if_due(db.path)
        except (OSError, StorageError):
            pass  # a missed daily backup must not stop work; the next open tries again
    if not db.readonly:  # issue 14: retention (never raises, never waits long; notices are shown once open)
        from .retention import run_on_open

        db.info.notices.extend(run_on_open(db))
    return db


def _backup_before_migration(path: Path, version: int) -> None:
    from ..storage.backup import make_backup

    make_backup(path, "migration")


@dataclass
class OpenAdvice:
    """What the user should be told once the file is open."""

    sync_service: str | None = None
    sync_advice: str = ""
    conflict_copies: list[Path] = field(default_factory=list)


def open_advice(path: Path) -> OpenAdvice:
    from ..storage.syncfolders import SYNC_ADVICE, find_conflict_copies, sync_service_for

    service = sync_service_for(path)
    try:
        copies = find_conflict_copies(path)
    except OSError:
        copies = []
    return OpenAdvice(sync_service=service, sync_advice=_(SYNC_ADVICE) if service else "", conflict_copies=copies)


def lock_for_editing(path: Path):
    """Try to take the lock note beside the file; see `storage.lockfile.LockResult`."""
    from ..storage.lockfile import acquire

    return acquire(path)
