"""Look at a file before opening it, and say in plain words what is wrong with it.

Opening a damaged or half-synced file read-write can make things worse: SQLite
may roll back a journal that belongs to a different copy, or our migrations may
write into a file that is still arriving from Dropbox. So this check never
changes anything on disk: it reads the 100-byte header itself, and lets SQLite
look further only through a read-only (`mode=ro`) connection. It does not use
`immutable=1`, which tells SQLite nobody else is writing, a lie on a share.

A WAL-mode file is the one case where even a read-only SQLite connection would
create `-wal`/`-shm` files beside it; those files are instead checked from a
private temporary copy.

A hot `-journal` (left by a crash) is judged first (`storage.journal`,
`storage.recovery`): one that belongs makes the file "needs_recovery" (opening
it where writing is allowed undoes the interrupted save); one from another copy
of the file is ignored, and the file is judged alone from a private copy, as
it will be once that journal is set aside on open.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from ..i18n import N_
from ..i18n import gettext as _
from .recovery import is_hot, judge_hot

__all__ = ["SQLITE_HEADER", "FileCheck", "FileStatus", "check_file", "format_size"]

SQLITE_HEADER = b"SQLite format 3\x00"
HEADER_SIZE = 100

FileStatus = Literal[
    "missing",
    "unreadable",
    "empty",
    "not_sqlite",
    "truncated",
    "corrupt",
    "busy",
    "needs_recovery",
    "not_mentordesk",
    "newer",
    "ok",
]

_RESTORE_HINT = N_("You can restore a backup (File > Restore Backup…).")  # said with _(_RESTORE_HINT)


@dataclass(frozen=True)
class FileCheck:
    """The verdict: a status for code, a message for the HR manager, facts for support.

    `detail` never holds file contents, only sizes, versions and modes.
    """

    status: FileStatus
    message: str
    detail: dict[str, Any] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return self.status == "ok"


def format_size(n: int) -> str:
    """Sizes the way Windows Explorer shows them (1 KB = 1024 bytes), so the numbers match what people see."""
    if n < 1024:
        return f"{n} bytes"
    if n < 1024**2:
        return f"{n / 1024:.1f} KB"
    if n < 1024**3:
        return f"{n / 1024**2:.1f} MB"
    return f"{n / 1024**3:.1f} GB"


def _parse_header(header: bytes, file_size: int) -> dict[str, Any]:
    """Facts from the header, per https://www.sqlite.org/fileformat.html#the_database_header."""
    raw_page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if raw_page_size == 1 else raw_page_size
    write_version, read_version = header[18], header[19]
    change_counter = int.from_bytes(header[24:28], "big")
    page_count = int.from_bytes(header[28:32], "big")
    version_valid_for = int.from_bytes(header[92:96], "big")
    # The in-header page count is only trustworthy when written by SQLite >= 3.7.0,
    # which is signalled by these two counters matching and the count being non-zero.
    count_valid = page_count > 0 and change_counter == version_valid_for
    return {
        "page_size": page_size,
        "page_size_valid": 512 <= page_size <= 65536 and page_size & (page_size - 1) == 0,
        "page_count": page_count if count_valid else None,
        "journal_mode": "wal" if (write_version == 2 or read_version == 2) else "rollback",
        "file_size": file_size,
    }


def check_file(path: str | os.PathLike[str], supported_version: int | None = None) -> FileCheck:
    """Classify `path` without modifying it.

    `supported_version` is the newest schema (PRAGMA user_version) this build
    understands; a file from a newer MentorDesk is reported as 'newer' so we
    never let old code write into it. None skips that check.
    """
    p = Path(path)
    detail: dict[str, Any] = {"name": p.name}
    early = _check_stat(p, detail)
    if early is not None:
        return early
    header = _read_header_bytes(p, detail)
    if isinstance(header, FileCheck):
        return header
    facts = _parse_header(header, detail["file_size"])
    detail.update(facts)
    wal = p.with_name(p.name + "-wal")
    _note_side_files(p, wal, detail)
    early = _check_size(detail)
    if early is not None:
        return early
    if detail.get("foreign_journal"):
        return _with_foreign_journal(_inspect_private_copy(p, wal, detail, supported_version))
    if facts["journal_mode"] == "wal" or detail["wal_file"]:
        return _inspect_private_copy(p, wal, detail, supported_version)
    return _inspect(p, detail, supported_version)


def _check_stat(p: Path, detail: dict[str, Any]) -> FileCheck | None:
    """Missing, not allowed, a folder or empty, told apart before the file is opened;
    None when there is something to read (its size is then in `detail`)."""
    try:
        st = p.stat()
    except FileNotFoundError:
        return FileCheck(
            "missing",
            _("The file could not be found. It may have been moved, renamed or deleted, "
            "or the network drive is not connected."),
            detail,
        )
    except OSError:
        return FileCheck("unreadable", _("MentorDesk is not allowed to read this file."), detail)
    if not p.is_file():
        return FileCheck("not_sqlite", _("This is a folder, not a MentorDesk file."), detail)
    detail["file_size"] = st.st_size
    if st.st_size == 0:
        return FileCheck(
            "empty",
            _("This file is empty (0 bytes). It may not have finished downloading from the sync "
              "service yet, or it was never saved.") + " " + _(_RESTORE_HINT),
            detail,
        )
    return None


def _read_header_bytes(p: Path, detail: dict[str, Any]) -> bytes | FileCheck:
    """The SQLite header, or why there is none: unreadable, cut short, or not SQLite at all."""
    try:
        with open(p, "rb") as fh:
            header = fh.read(HEADER_SIZE)
    except OSError:
        # Also what an online-only placeholder that cannot be downloaded right now looks like.
        return FileCheck(
            "unreadable",
            _("MentorDesk could not read this file. If it is in a cloud folder, make sure it is "
            "downloaded to this computer (available offline)."),
            detail,
        )
    if len(header) < HEADER_SIZE:
        if SQLITE_HEADER.startswith(header[: len(SQLITE_HEADER)]) or header.startswith(SQLITE_HEADER):
            return _truncated(detail, detail["file_size"], None)
        return _not_sqlite(detail)
    if not header.startswith(SQLITE_HEADER):
        return _not_sqlite(detail)
    return header


def _note_side_files(p: Path, wal: Path, detail: dict[str, Any]) -> None:
    """Whether a hot journal (ours or a foreign one) or a WAL file lies beside the file."""
    real = p.resolve()  # SQLite keeps the journal beside the real file, not beside a symlink
    journal = real.with_name(real.name + "-journal")
    # Asking SQLite whether the journal is hot needs a connection: never on a WAL file (side files).
    detail["hot_journal"] = (_nonempty(journal) and _first_byte(journal) != b"\x00"
                             and detail["journal_mode"] != "wal" and is_hot(real))
    if detail["hot_journal"] and judge_hot(real).kind == "foreign":
        detail["hot_journal"], detail["foreign_journal"] = False, True
    detail["wal_file"] = _nonempty(wal)


def _check_size(detail: dict[str, Any]) -> FileCheck | None:
    """A damaged header, or a file shorter than its header says (a copy cut off mid-way)."""
    if not detail["page_size_valid"]:
        return _corrupt(detail, _("the file header is damaged"))
    size: int = detail["file_size"]
    page_size: int = detail["page_size"]
    page_count: int | None = detail["page_count"]
    if page_count is not None:
        expected = page_size * page_count
        detail["expected_size"] = expected
        if size < expected:
            return _truncated(detail, size, expected)
    elif size % page_size != 0:
        return _truncated(detail, size, None)
    return None


def _first_byte(path: Path) -> bytes:
    """SQLite calls a journal hot only when its first byte is not zero."""
    try:
        with open(path, "rb") as fh:
            return fh.read(1)
    except OSError:
        return b""


def _nonempty(path: Path) -> bool:
    try:
        return path.stat().st_size > 0
    except OSError:
        return False


def _inspect_private_copy(
    p: Path, wal: Path, detail: dict[str, Any], supported_version: int | None
) -> FileCheck:
    """Check a copy in a private temp folder, because SQLite would create -wal/-shm beside the original."""
    import shutil  # here, as in `trial`: only a file with side files is copied, and every open imported them
    import tempfile

    with tempfile.TemporaryDirectory(prefix="mentordesk-check-") as tmp:
        os.chmod(tmp, 0o700)
        copy = Path(tmp) / "check.db"
        try:
            shutil.copyfile(p, copy)
            if wal.exists():
                shutil.copyfile(wal, Path(tmp) / "check.db-wal")
        except OSError:
            return FileCheck("unreadable", _("MentorDesk could not read this file."), detail)
        result = _inspect(copy, detail, supported_version)
    return result


def _inspect(p: Path, detail: dict[str, Any], supported_version: int | None) -> FileCheck:
    uri = p.resolve().as_uri() + "?mode=ro"
    try:
        conn = sqlite3.connect(uri, uri=True, timeout=2.0, isolation_level=None)
    except sqlite3.Error as exc:
        return _from_sqlite_error(exc, detail)
    try:
        try:
            rows = conn.execute("PRAGMA quick_check").fetchall()
            problems = [r[0] for r in rows if r and r[0] != "ok"]
            if problems:
                detail["problem_count"] = len(problems)
                return _corrupt(detail, None)
            user_version = int(conn.execute("PRAGMA user_version").fetchone()[0])
            tables = {
                r[0]
                for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
                if not str(r[0]).startswith("sqlite_")
            }
        except sqlite3.Error as exc:
            return _from_sqlite_error(exc, detail)
    finally:
        conn.close()

    detail["user_version"] = user_version
    detail["table_count"] = len(tables)
    has_people = "people" in tables
    if tables and not has_people and user_version == 0:
        return _not_mentordesk(detail)
    if supported_version is not None and user_version > supported_version:
        detail["supported_version"] = supported_version
        return FileCheck(
            "newer",
            _("This file was saved by a newer version of MentorDesk. Update MentorDesk on this "
            "computer to edit it; until then you can only look at it."),
            detail,
        )
    if tables and not has_people:
        return _not_mentordesk(detail)
    if detail.get("journal_mode") == "wal":
        return FileCheck(
            "ok",
            _("The file is fine. It was last saved by another program in a mode MentorDesk does not "
            "use; MentorDesk will switch it back when it opens it."),
            detail,
        )
    return FileCheck("ok", _("The file is fine."), detail)


def _from_sqlite_error(exc: sqlite3.Error, detail: dict[str, Any]) -> FileCheck:
    text = str(exc).lower()
    if "locked" in text or "busy" in text:
        return FileCheck(
            "busy",
            _("Someone is saving to this file right now. Try again in a moment."),
            detail,
        )
    if "readonly" in text or "read-only" in text or "read only" in text:
        # A read-only connection refuses to roll back a hot journal left by a crash.
        return _needs_recovery(detail)
    if "not a database" in text:
        return _not_sqlite(detail)
    if "unable to open" in text:
        return FileCheck("unreadable", _("MentorDesk could not open this file."), detail)
    return _corrupt(detail, None)


def _not_sqlite(detail: dict[str, Any]) -> FileCheck:
    return FileCheck(
        "not_sqlite",
        _("This is not a MentorDesk file (it is a different kind of file that has a .db name). "
        "Choose the MentorDesk file instead."),
        detail,
    )


def _not_mentordesk(detail: dict[str, Any]) -> FileCheck:
    return FileCheck(
        "not_mentordesk",
        _("This is a database, but not a MentorDesk one; it probably belongs to another program. "
        "MentorDesk will not change it. Choose the MentorDesk file instead."),
        detail,
    )


def _needs_recovery(detail: dict[str, Any]) -> FileCheck:
    return FileCheck(
        "needs_recovery",
        _("MentorDesk (or the computer) stopped while this file was being saved. MentorDesk undoes "
        "the unfinished change when it opens the file where it may write to it. Make sure nobody "
        "else has it open, and that it has finished syncing, before you open it."),
        detail,
    )


def _with_foreign_journal(alone: FileCheck) -> FileCheck:
    """The file is judged alone; a sound one still cannot be read in place until that journal is set aside."""
    if alone.status != "ok":
        return alone
    return FileCheck(
        "needs_recovery",
        _("The file itself is fine, but a leftover save journal from another copy of it lies beside it "
        "(sync services sometimes copy the two separately). Open the file in MentorDesk where you may "
        "write to its folder: MentorDesk sets that journal aside without applying it and keeps a copy."),
        alone.detail,
    )


def _truncated(detail: dict[str, Any], size: int, expected: int | None) -> FileCheck:
    if detail.get("hot_journal"):
        # A crash mid-save leaves the size and header out of step; the journal puts it right.
        return _needs_recovery(detail)
    if expected is not None:
        text = _("This file is only partly copied (%(size)s of %(expected)s). It may still be syncing; wait for "
                 "the sync to finish, or restore a backup.") % {"size": format_size(size),
                                                                "expected": format_size(expected)}
    else:
        text = _("This file is only partly copied. It may still be syncing; wait for the sync to finish, or "
                 "restore a backup.")
    return FileCheck("truncated", text, detail)


def _corrupt(detail: dict[str, Any], why: str | None) -> FileCheck:
    lead = _("This file is damaged (%(why)s).") % {"why": why} if why else _("This file is damaged.")
    text = _("%(lead)s MentorDesk will not open it for editing, so nothing more is lost. %(hint)s") % {
        "lead": lead, "hint": _(_RESTORE_HINT)}
    return FileCheck("corrupt", text, detail)
