"""Opening the file a user asked for, with everything that must happen on open."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_dir

from ..storage.database import Database


def default_database_path() -> Path:
    """The company file in the user's data folder, used when no file is named."""
    override = os.environ.get("MENTORDESK_DATA_DIR")
    folder = Path(override) if override else Path(user_data_dir("MentorDesk", appauthor=False))
    return folder / "mentordesk.db"


def open_database(path: str | os.PathLike[str] | None = None, *, readonly: bool = False,
                  create: bool = True) -> Database:
    """Open a file for a user action (CLI) or a window; backs up before any migration."""
    target = Path(path) if path else default_database_path()
    if path is None:
        target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    return Database.open(target, readonly=readonly, create=create, before_migration=_backup_before_migration)


def _backup_before_migration(path: Path, version: int) -> None:
    try:
        from ..storage.backup import make_backup
    except ImportError:  # pragma: no cover - backup module ships with the app
        return
    make_backup(path, "migration")
