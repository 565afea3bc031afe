"""Where a file's backups live: the folder beside it named for the whole file name.

Apart from `backup_catalog` (which backups exist, their names and retention) because
code that only needs the *folder* -- cleaning leftovers at every open, even a read-only
report's -- should not load the catalog's records and name patterns (issue 15).
`backup_catalog` re-exports these names.
"""

from __future__ import annotations

import os
from pathlib import Path


def owner_path(db_path: str | os.PathLike[str]) -> Path:
    """The file backups belong to: a symlink is followed, so one file has one history."""
    db = Path(db_path).expanduser()
    if db.is_symlink():
        return Path(os.path.realpath(db))
    return db


def backups_dir_for(db_path: str | os.PathLike[str]) -> Path:
    db = owner_path(db_path)
    return db.parent / f"{db.name} backups"


def legacy_backups_dir_for(db_path: str | os.PathLike[str]) -> Path:
    """Where the old naming kept this file's backups (`acme backups` for `acme.db`); they may still be there."""
    db = owner_path(db_path)
    return db.parent / f"{db.stem} backups"
