"""Writing the lock note: created only if absent, or replaced atomically, owner-only.

Split from `storage/lockfile.py`, which decides *whether* to write; here is only
*how*, so a reader on another laptop (through a sync folder) sees the old note
or the new one, never half of one, and the note is readable by its owner only
(it names a person and a machine).
"""

from __future__ import annotations

import errno
import os
from pathlib import Path


def _write_and_close(fd: int, payload: bytes) -> None:
    """The whole payload on disk (fsync) before the descriptor is closed, whatever happens."""
    try:
        os.write(fd, payload)
        os.fsync(fd)
    finally:
        os.close(fd)


def write_new_exclusive(path: Path, payload: bytes) -> None:
    """Create `path` only if absent; never leave a half-written note behind."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
    try:
        _write_and_close(fd, payload)
    except BaseException:
        unlink_quietly(path)
        raise
    chmod_owner_only(path)


def write_replace(path: Path, payload: bytes, token: str) -> None:
    """Replace `path` atomically, so readers see the old note or the new one, never half."""
    tmp = path.with_name(f"{path.name}.{token}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0), 0o600)
    try:
        _write_and_close(fd, payload)
        chmod_owner_only(tmp)
        os.replace(tmp, path)
    except BaseException:
        unlink_quietly(tmp)
        raise


def chmod_owner_only(path: Path) -> None:
    """Owner-only whatever the umask; a share without modes keeps what the create mode gave."""
    try:
        os.chmod(path, 0o600)
    except OSError:
        pass  # shares that do not support modes; the umask-independent create mode already applied


def unlink_quietly(path: Path) -> None:
    """Remove a leftover if we can; a note we cannot remove is judged by its age later."""
    try:
        path.unlink()
    except OSError:
        pass


def is_read_only_error(exc: OSError) -> bool:
    """A folder we may read but not write: the file opens read-only rather than failing."""
    return isinstance(exc, PermissionError) or exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM)
