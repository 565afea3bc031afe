"""After a crash: set aside a journal from another copy, undo an interrupted save, say so.

Called by `Database.open` before any connection of ours reads the file, so
SQLite never sees a journal we have not judged (`storage.journal`):

1. A journal that is *hot* (SQLite's own test: a read-only connection refuses
   to read because it would have to roll back; a journal that a live writer
   holds is not hot, and is never touched) is judged by its headers and then by
   a trial on private copies.
2. A foreign journal is renamed beside the file to a name SQLite never reads
   (`acme.db set-aside journal <time>`) and a copy is kept in the file's
   backups folder; the file itself is left exactly as last saved.
3. A journal that belongs (or cannot be judged) is rolled back by a brief
   read-write connection, as SQLite always did, even when the caller only
   wants to read: otherwise every read-only command fails after a crash. Where
   writing is not allowed, the user is told how to get it recovered.
"""

from __future__ import annotations

import os
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from ..errors import StorageError
from ..i18n import gettext as _
from . import journal
from .journal import Verdict, journal_path

SQLITE_READONLY_ROLLBACK = 776
_PROBE_TIMEOUT = 2.0


class NeedsRecoveryError(StorageError):
    """A save was interrupted and must be undone, but this user may not write to the file or its folder."""


def recovery_needed_message(name: str) -> str:
    return _(
        "MentorDesk (or the computer) stopped while %(name)s was being saved, and that unfinished save must "
        "be undone before the file can be read. You may not write to this file or its folder here, so "
        "MentorDesk cannot do it; nothing was changed. Open the file in MentorDesk where you may write to "
        "it (or ask whoever can write to that folder to open it once), then try again."
    ) % {"name": name}


def recovered_message(name: str) -> str:
    return _(
        "MentorDesk (or the computer) stopped while %(name)s was being saved last time. That unfinished "
        "save was undone; everything saved before it is intact."
    ) % {"name": name}


def set_aside_message(name: str, aside: Path, copy: Path | None) -> str:
    values = {"name": name, "aside": aside.name, "folder": copy.parent.name if copy is not None else ""}
    if copy is None:
        return _("A leftover save journal from another copy of %(name)s was beside it (sync services sometimes copy "
                 "it separately). It was not applied, so %(name)s is exactly as it was last saved. The journal was "
                 "set aside as “%(aside)s”.") % values
    return _("A leftover save journal from another copy of %(name)s was beside it (sync services sometimes copy "
             "it separately). It was not applied, so %(name)s is exactly as it was last saved. The journal was "
             "set aside as “%(aside)s”, with a copy in “%(folder)s”.") % values


def is_hot(db_path: Path) -> bool:
    """SQLite's own answer: would a reader have to roll the journal back? Changes nothing."""
    if not journal_path(db_path).exists():
        return False
    try:
        conn = sqlite3.connect(f"{db_path.resolve().as_uri()}?mode=ro", uri=True, timeout=_PROBE_TIMEOUT)
    except sqlite3.Error:
        return False
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.Error as exc:
        return getattr(exc, "sqlite_errorcode", None) == SQLITE_READONLY_ROLLBACK
    finally:
        conn.close()
    return False


def trial(db_path: Path, verdict: Verdict) -> Verdict:
    """Roll the journal back into a private copy: foreign if that breaks the file or changes its company."""
    if verdict.kind not in ("belongs", "unknown"):
        return verdict
    import shutil  # here: only a file with a journal beside it gets this far (shutil loads bz2 and lzma)
    import tempfile

    with tempfile.TemporaryDirectory(prefix="mentordesk-journal-") as tmp:
        os.chmod(tmp, 0o700)
        alone, rolled = Path(tmp) / "alone.db", Path(tmp) / "rolled.db"
        try:
            shutil.copyfile(db_path, alone)
            shutil.copyfile(db_path, rolled)
            shutil.copyfile(journal_path(db_path), journal_path(rolled))
            rolled_ok = _integrity(rolled)  # the first read rolls the journal back
            rolled_company, alone_company = _company(rolled), _company(alone)
            alone_ok = rolled_ok or _integrity(alone)
        except (OSError, sqlite3.Error):
            return verdict  # no room or no way to try: keep the judgement by headers
    if alone_company and rolled_company and alone_company != rolled_company:
        return Verdict("foreign", "rolling it back would turn the file into another company's")
    if not rolled_ok and alone_ok:
        return Verdict("foreign", "rolling it back would damage the file, which is sound without it")
    return verdict


def _connect(path: Path) -> sqlite3.Connection:
    """A connection to a private copy; read-write so that its first read rolls a copied journal back."""
    return sqlite3.connect(str(path), timeout=_PROBE_TIMEOUT)


def _integrity(path: Path) -> bool:
    """True when SQLite's full integrity check (b-trees and indexes against their tables) passes."""
    conn = _connect(path)
    try:
        return [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall()] == ["ok"]
    except sqlite3.DatabaseError:
        return False
    finally:
        conn.close()


def _company(path: Path) -> str | None:
    conn = _connect(path)
    try:
        row = conn.execute("SELECT value FROM file_meta WHERE key = 'company_id'").fetchone()
    except sqlite3.Error:
        return None
    finally:
        conn.close()
    return None if row is None else str(row[0])


_last_judgement: tuple[tuple[int, ...], Verdict] | None = None


def _signature(db_path: Path) -> tuple[int, ...] | None:
    try:
        a, b = db_path.stat(), journal_path(db_path).stat()
    except OSError:
        return None
    return a.st_dev, a.st_ino, a.st_size, a.st_mtime_ns, b.st_ino, b.st_size, b.st_mtime_ns


def judge_hot(db_path: Path) -> Verdict:
    """The full judgement of a hot journal: headers, then the trial.

    The check before opening and the open itself both ask; the answer for the
    very same pair of files (same inodes, sizes and times) is remembered once.
    """
    global _last_judgement
    key = _signature(db_path)
    if key is not None and _last_judgement is not None and _last_judgement[0] == key:
        return _last_judgement[1]
    verdict = trial(db_path, journal.judge(db_path))
    if key is not None and key == _signature(db_path):
        _last_judgement = (key, verdict)
    return verdict


def set_aside(db_path: Path, expected: os.stat_result) -> tuple[Path, Path | None]:
    """Rename the journal (only the one judged: same inode) beside the file and keep a copy in the backups folder."""
    source = journal_path(db_path)
    stamp = datetime.now(UTC).strftime("%Y-%m-%dT%H%M%SZ")
    aside = db_path.with_name(f"{db_path.name} set-aside journal {stamp}")
    n = 1
    while aside.exists():
        n += 1
        aside = db_path.with_name(f"{db_path.name} set-aside journal {stamp} ({n})")
    os.rename(source, aside)
    moved = aside.stat()
    if (moved.st_dev, moved.st_ino) != (expected.st_dev, expected.st_ino):
        os.rename(aside, source)  # another process put a new journal there meanwhile: leave it
        raise StorageError(_("%(name)s is being saved by someone else right now; try again in a moment.")
                           % {"name": db_path.name})
    os.chmod(aside, 0o600)
    return aside, _keep_copy(db_path, aside)


def _keep_copy(db_path: Path, aside: Path) -> Path | None:
    """A private copy in the file's backups folder, so the evidence survives the folder being tidied."""
    try:
        import shutil

        from .backup import backups_dir_for

        folder = backups_dir_for(db_path)
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        target = folder / aside.name
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as out, open(aside, "rb") as src:
            shutil.copyfileobj(src, out)
        return target
    except (OSError, ImportError):
        return None


def _roll_back(db_path: Path) -> None:
    """Let SQLite roll the hot journal back with a brief read-write connection; NeedsRecoveryError if it cannot."""
    try:
        # mode=rw never creates a missing file; on a write-protected one SQLite falls back to reading only.
        conn = sqlite3.connect(f"{db_path.resolve().as_uri()}?mode=rw", uri=True, timeout=_PROBE_TIMEOUT)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            conn.close()
    except sqlite3.Error as exc:
        if is_hot(db_path):
            raise NeedsRecoveryError(recovery_needed_message(db_path.name)) from exc
        # database imports this module, so its translation is imported at call time
        from .database import translate_error

        raise translate_error(exc, db_path.name) from exc
    if is_hot(db_path):
        raise NeedsRecoveryError(recovery_needed_message(db_path.name))


def prepare(db_path: Path) -> list[str]:
    """Deal with a hot journal before the file is opened; returns sentences to tell the user."""
    db_path = db_path.resolve()  # SQLite keeps the journal beside the real file, not beside a symlink
    source = journal_path(db_path)
    try:
        before = source.stat()
    except OSError:
        return []
    if before.st_size == 0 or not is_hot(db_path):
        return []
    verdict = judge_hot(db_path)
    if verdict.kind == "foreign":
        try:
            aside, copy = set_aside(db_path, before)
        except FileNotFoundError:
            return []  # someone else dealt with it meanwhile
        except OSError as exc:  # no permission, a read-only file system
            raise NeedsRecoveryError(_(
                "A leftover save journal from another copy of %(name)s is beside it, and it must be "
                "set aside before the file can be read. You may not change that folder here, so nothing was "
                "changed. Open the file in MentorDesk where you may write to that folder (or ask whoever can)."
            ) % {"name": db_path.name}) from exc
        return [set_aside_message(db_path.name, aside, copy)]
    if verdict.kind in ("cold", "none"):
        return []  # not hot after all, or someone else recovered it meanwhile
    _roll_back(db_path)
    return [recovered_message(db_path.name)]
