"""Where a file's lock note lives, and the names lock notes take.

Apart from `lockfile` (taking, refreshing and releasing notes) because code that only
needs to *recognise* a note -- `outputs` refusing to write over one, `syncfolders`
skipping it -- should not load the note's parsing, watching and outcome records: a
read-only report never takes a note (issue 15). `lockfile` re-exports these names.
"""

from __future__ import annotations

import os
from pathlib import Path

LOCK_PREFIX = "."
LOCK_SUFFIX = ".mentordesk-lock"


def real_path(db_path: str | os.PathLike[str]) -> Path:
    """The file's one true name: symlinks (of the file and of its folders), `.` and `..` resolved.

    A file that does not exist yet still gets its folders resolved, so the note
    taken before `init` creates the file is the one found afterwards.
    """
    try:
        return Path(os.path.realpath(os.fspath(db_path)))
    except (OSError, ValueError):  # a symlink loop on some systems: the spelling is all we have
        return Path(os.path.abspath(os.fspath(db_path)))


def lock_path_for(db_path: str | os.PathLike[str]) -> Path:
    """Where the note for `db_path` lives: beside the real file, whichever path led to it.

    Other modules use this to skip the note (or refuse to write over it).
    """
    db = real_path(db_path)
    return db.with_name(f"{LOCK_PREFIX}{db.name}{LOCK_SUFFIX}")
