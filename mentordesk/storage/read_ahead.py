"""Rows read before a file is opened, kept only while the file is provably unchanged.

At 50,000 people SQLite's quick check on open (issue 15 asks for it on every open)
takes about as long as reading the People list. The window reads the list on its
own read-only connection while the check runs on another thread, so the two share
the machine's cores instead of queueing on one (`services.open_check`). Those rows
may be shown only if the file the window then opens holds exactly what was read.

The proof is the file's header: in SQLite's rollback-journal mode (the only mode
MentorDesk writes in) every commit raises the change counter at offset 24, and the
stamp also holds the schema cookie, `user_version`, size, modification time and inode.
The stamp is read before any connection to the file is open in this process and
again when the rows are taken, while none holds a lock: on POSIX, closing any
descriptor of a file drops every lock the process holds on it, SQLite's included,
so the header is never read while a connection is mid-read. A journal or WAL file
beside the file (a save in progress, another program's WAL mode, where commits do
not touch the counter) means no read-ahead at all. The check's own look at the header
may drop the read-ahead connection's lock for the same POSIX reason; then another
laptop could commit during the read, and the counter tells that too: rows are only
ever shown when no commit happened between the first stamp and the taking.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, NamedTuple

_SIDE_FILES = ("-journal", "-wal")
_ROLLBACK = b"\x01\x01"  # header bytes 18-19: legacy (rollback-journal) write and read versions


class ReadAhead(NamedTuple):
    """What was read (`kind` names the reader), from which file, and the file's stamp from
    before the reading began."""

    kind: str
    path: Path
    stamp: tuple[Any, ...]
    value: Any


def file_stamp(path: Path) -> tuple[Any, ...] | None:
    """The file's identity and last commit; None when rows read now might not stay provable.

    Call it only while no connection to `path` is open in this process (see the module's
    docstring): it opens and closes the file.
    """
    if any(path.with_name(path.name + suffix).exists() for suffix in _SIDE_FILES):
        return None
    try:
        with open(path, "rb") as fh:
            st = os.fstat(fh.fileno())
            header = fh.read(100)
    except OSError:
        return None
    if len(header) < 100 or header[18:20] != _ROLLBACK:
        return None
    return header[24:28], header[40:44], header[60:64], st.st_size, st.st_mtime_ns, st.st_ino, st.st_dev


def still_current(ahead: ReadAhead, path: Path) -> bool:
    """Whether `path` is the file the rows were read from, unchanged since (no commit at all)."""
    if Path(path).absolute() != ahead.path:
        return False
    return file_stamp(ahead.path) == ahead.stamp
