"""Opening a MentorDesk file safely, and the one way to write to it.

SQLite is safe on a file share only when used carefully (sqlite.org, "SQLite
Over a Network"), so every connection here:

- uses the rollback journal (`journal_mode=DELETE`), never WAL, which needs
  shared memory that network file systems do not provide;
- has foreign keys on and `synchronous=FULL`;
- runs in autocommit mode, so no read transaction stays open while the user
  looks at the screen;
- writes only inside `transaction()`, which starts with `BEGIN IMMEDIATE`
  (taking the write lock up front, so two writers never deadlock half-way) and
  retries politely while another laptop holds the lock;
- never lets SQLite see a `-journal` it has not judged: a journal from another
  copy of the file is set aside, an interrupted save is undone even when only
  reading (`storage.recovery`);
- remembers which file (device and inode) it opened and checks, before and at
  the end of every write, that the name still leads there: a file deleted,
  renamed or replaced while open gets nothing written into the orphan.

Reads are plain `sqlite3` cursors turned into dicts (`query`). sqlite-utils
was used for that alone, but importing it loads numpy (and pandas where
installed), which cost a one-record command half a second before it did
anything, and it wrapped every read in a savepoint. All writes go through
`execute` inside `transaction()`. Failures are put in the user's words by
`storage/db_errors.py`.
"""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .. import clock
from ..errors import ReadOnlyError, StaleDataError, StorageError
from ..i18n import gettext as _
from . import file_meta, recovery, schema
from .db_errors import (  # failures in words; FileMovedError and translate_error are imported from here too
    FileMovedError,
    moved_message,
    translate_error,
    translate_open_error,
)

BUSY_TIMEOUT_MS = 5000
#: How long a writer waits for another laptop's write to finish before giving up.
WRITE_WAIT_SECONDS = 30.0
#: Environment variable overriding WRITE_WAIT_SECONDS (seconds), e.g. for scripts that must not wait long.
WRITE_WAIT_ENV = "MENTORDESK_WRITE_WAIT"


def _busy_ms(wait_seconds: float) -> int:
    """SQLite's own busy wait: BUSY_TIMEOUT_MS, but never longer than the retry time asked for."""
    return max(1, min(BUSY_TIMEOUT_MS, int(wait_seconds * 1000)))


def write_wait_seconds() -> float:
    """The retry time for a busy file: WRITE_WAIT_SECONDS unless the environment says otherwise."""
    try:
        value = float(os.environ.get(WRITE_WAIT_ENV, ""))
    except ValueError:
        return WRITE_WAIT_SECONDS
    return value if 0 <= value <= 3600 else WRITE_WAIT_SECONDS


@dataclass
class OpenInfo:
    """What the UI tells the user about the file it opened."""

    path: Path
    readonly: bool
    reason: str = ""  # why it is read-only, in the user's words
    migrated_from: int | None = None
    #: Sentences to tell the user once the file is open (an interrupted save undone, a journal set aside).
    notices: list[str] = field(default_factory=list)


def create_private_file(path: Path) -> None:
    """Create an empty file readable by its owner only (HR data is personal)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    os.close(fd)


def _column_keys(description: Any) -> list[str]:
    """Column names of a result, a repeated one numbered as sqlite-utils did (`id`, `id_2`)."""
    keys: list[str] = []
    seen: set[str] = set()
    for column in description:
        key, n = column[0], 1
        while key in seen:
            n += 1
            key = f"{column[0]}_{n}"
        seen.add(key)
        keys.append(key)
    return keys

def _access(path: Path, readonly: bool, create: bool) -> tuple[bool, str]:
    """(read-only, why) before connecting: a missing file is created (owner-only) unless
    that was not asked for; a file or folder we may not write opens for reading only."""
    if not path.exists():
        if not create or readonly:
            raise StorageError(_("There is no MentorDesk file at %(path)s.") % {"path": path})
        create_private_file(path)
    elif not readonly and not os.access(path, os.W_OK):
        return True, _("The file is read-only, so MentorDesk opened it for reading only.")
    elif not readonly and not os.access(path.parent, os.W_OK):
        # SQLite must create a journal beside the file to write safely.
        return True, _("The folder holding this file is read-only, so MentorDesk opened it for reading only.")
    return readonly, ""


def _older_read_only(conn: sqlite3.Connection, path: Path, version: int, reason: str) -> str:
    """Why an older file is not upgraded; an empty one cannot even be set up read-only."""
    if version == 0:
        conn.close()
        raise StorageError(_("%(name)s is empty and cannot be set up while read-only.") % {"name": path.name})
    return reason or _(
        "This file was saved by an older version of MentorDesk and is open read-only, "
        "so it was not upgraded."
    )


def _migrate(conn: sqlite3.Connection, path: Path, version: int,
             before_migration: Callable[[Path, int], None] | None) -> None:
    """Upgrade to this build's schema; `before_migration` (a backup) runs before each step
    of a file that held data (version > 0), and a failure closes the connection."""
    hook = None
    if before_migration is not None and version > 0:
        def hook(v: int) -> None:
            before_migration(path, v)
    try:
        schema.migrate(conn, before_step=hook)
    except sqlite3.Error as exc:
        conn.close()
        raise translate_error(exc, path.name) from exc


class Database:
    """An open MentorDesk file. Cheap to keep; holds no transaction between calls."""

    def __init__(self, conn: sqlite3.Connection, info: OpenInfo):
        self.conn = conn
        self.info = info
        self._seen_data_version = self.data_version()
        self._in_write = False
        #: Seconds a write waits for another laptop's save before giving up.
        self.write_wait = write_wait_seconds()
        self._identity = self._current_identity()
        #: Rows read while the file was checked (`storage.read_ahead`), taken once by their reader.
        self.read_ahead: object | None = None

    # -- opening -----------------------------------------------------------------

    @classmethod
    def open(
        cls,
        path: str | os.PathLike[str],
        *,
        readonly: bool = False,
        create: bool = True,
        migrate: bool = True,
        before_migration: Callable[[Path, int], None] | None = None,
    ) -> Database:
        """Open (and if needed create and migrate) a file.

        A file written by a newer MentorDesk opens read-only with `info.reason`
        saying so; it is never altered. Raises StorageError for a file that is
        not usable at all (missing with create=False, not a database).
        """
        path = Path(path).expanduser().absolute()
        notices = recovery.prepare(path) if path.exists() else []
        readonly, reason = _access(path, readonly, create)
        conn, version = cls._connect_and_read_version(path, readonly)
        migrated_from = None
        if version > schema.SCHEMA_VERSION:
            if not readonly:
                conn.close()
                conn = cls._connect(path, True)
            readonly, reason = True, _(
                "This file was saved by a newer version of MentorDesk. It is open for reading only "
                "and will not be changed; update MentorDesk to edit it."
            )
        elif version < schema.SCHEMA_VERSION:
            if readonly:
                reason = _older_read_only(conn, path, version, reason)
            elif migrate:
                _migrate(conn, path, version, before_migration)
                migrated_from = version
        return cls(conn, OpenInfo(path=path, readonly=readonly, reason=reason, migrated_from=migrated_from,
                                  notices=notices))

    @classmethod
    def _connect_and_read_version(cls, path: Path, readonly: bool) -> tuple[sqlite3.Connection, int]:
        """A connection and the file's schema version; a file that is not a database is
        refused here in the user's words (translate_open_error), the connection closed."""
        try:
            conn = cls._connect(path, readonly)
        except sqlite3.Error as exc:
            raise translate_open_error(exc, path.name) from exc
        try:
            return conn, schema.user_version(conn)
        except sqlite3.DatabaseError as exc:
            conn.close()
            raise translate_open_error(exc, path.name) from exc

    @staticmethod
    def _connect(path: Path, readonly: bool) -> sqlite3.Connection:
        if readonly:
            uri = f"{path.as_uri()}?mode=ro"
            conn = sqlite3.connect(uri, uri=True, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000,
                                   check_same_thread=False)
        else:
            conn = sqlite3.connect(str(path), isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000,
                                   check_same_thread=False)
        conn.execute(f"PRAGMA busy_timeout = {_busy_ms(write_wait_seconds())}")
        conn.execute("PRAGMA foreign_keys = ON")
        if not readonly:
            try:
                mode = conn.execute("PRAGMA journal_mode").fetchone()[0]
                if str(mode).lower() != "delete":
                    conn.execute("PRAGMA journal_mode = DELETE")
                conn.execute("PRAGMA synchronous = FULL")
            except sqlite3.DatabaseError:
                pass  # judged by the caller's version read
        return conn

    def close(self) -> None:
        self.conn.close()

    def _current_identity(self) -> tuple[int, int] | None:
        try:
            st = os.stat(self.info.path)
        except OSError:
            return None
        return st.st_dev, st.st_ino

    def check_still_there(self) -> None:
        """Raise FileMovedError when the name no longer leads to the file we opened (a cheap stat)."""
        if self._identity is not None and self._current_identity() != self._identity:
            raise FileMovedError(moved_message(self.path.name))

    @property
    def path(self) -> Path:
        return self.info.path

    @property
    def readonly(self) -> bool:
        return self.info.readonly

    # -- reading -----------------------------------------------------------------

    def query(self, sql: str, params: Any = ()) -> list[dict[str, Any]]:
        """Every row as a dict keyed by column name (a repeated name gets `_2`, `_3`, ...)."""
        cursor = self.conn.execute(sql, params)
        if cursor.description is None:
            raise ValueError("query() is for statements that return rows; use execute() for others")
        keys = _column_keys(cursor.description)
        return [dict(zip(keys, row, strict=True)) for row in cursor]

    def query_one(self, sql: str, params: Any = ()) -> dict[str, Any] | None:
        rows = self.query(sql, params)
        return rows[0] if rows else None

    def scalar(self, sql: str, params: Any = ()) -> Any:
        row = self.conn.execute(sql, params).fetchone()
        return row[0] if row else None

    def data_version(self) -> int:
        """Changes whenever another connection commits to the file."""
        return int(self.conn.execute("PRAGMA data_version").fetchone()[0])

    def changed_elsewhere(self) -> bool:
        """True if someone else wrote to the file since `mark_seen()`."""
        return self.data_version() != self._seen_data_version

    def mark_seen(self) -> None:
        self._seen_data_version = self.data_version()

    # -- writing -----------------------------------------------------------------

    @contextmanager
    def transaction(self, *, require_fresh: bool = False) -> Iterator[sqlite3.Connection]:
        """One user action = one transaction. `BEGIN IMMEDIATE`, retried while busy.

        With `require_fresh`, refuse (StaleDataError) when another process
        committed since the screen last read the file, so the caller reloads
        instead of overwriting.
        """
        if self.readonly:
            raise ReadOnlyError(self.info.reason or _("This file is open for reading only."))
        if self._in_write:
            yield self.conn  # nested: part of the outer action
            return
        self.check_still_there()
        self._begin_immediate()
        self._in_write = True
        try:
            self.check_still_there()  # the lock may have taken a while: look again now that we hold it
            if require_fresh and self.changed_elsewhere():
                raise StaleDataError(_(
                    "Someone else changed this file since you opened this screen. "
                    "It has been reloaded; please check and save again."
                ))
            clock.observe(file_meta.hlc(self.conn))  # stamp after everything this file has seen
            issued = clock.issued_count()
            yield self.conn
            if clock.issued_count() != issued:
                file_meta.raise_hlc(self.conn, clock.last_stamp())
            self.check_still_there()  # nothing reaches the disk before COMMIT (pages stay in the cache)
            self.conn.execute("COMMIT")
        except BaseException as exc:
            if self.conn.in_transaction:
                try:
                    self.conn.execute("ROLLBACK")
                except sqlite3.Error:
                    pass
            if isinstance(exc, (sqlite3.Error, OSError)):
                raise translate_error(exc, self.path.name) from exc
            raise
        finally:
            self._in_write = False
        self.mark_seen()

    def _begin_immediate(self) -> None:
        """BEGIN IMMEDIATE, retried for `write_wait` seconds while another process holds the write lock."""
        deadline = time.monotonic() + self.write_wait
        delay = 0.02
        self.conn.execute(f"PRAGMA busy_timeout = {_busy_ms(self.write_wait)}")
        while True:
            try:
                self.conn.execute("BEGIN IMMEDIATE")
                return
            except sqlite3.OperationalError as exc:
                text = str(exc).lower()
                if ("locked" not in text and "busy" not in text) or time.monotonic() >= deadline:
                    raise translate_error(exc, self.path.name) from exc
                time.sleep(min(delay, max(0.0, deadline - time.monotonic())))
                delay = min(delay * 2, 0.5)

    # -- maintenance -------------------------------------------------------------

    def integrity_check(self) -> list[str]:
        return [r[0] for r in self.conn.execute("PRAGMA integrity_check").fetchall()]

    def schema_version(self) -> int:
        return schema.user_version(self.conn)
