"""Restoring a backup: only a whole MentorDesk file of the same company may replace the file.

A restore replaces the company's records wholesale, so whatever is restored is
checked first, and a refusal changes nothing:

1. it is not the company file itself (any spelling of its path, a symlink or a
   hard link to it): "restoring" a file over itself would only lose the journal;
2. `check_file` finds it complete, readable SQLite, not from a newer MentorDesk;
3. on the staged copy, the very bytes that will be put in place (so a file
   changed between check and copy cannot slip through): `PRAGMA integrity_check`
   passes, its schema version is one this build knows (1 to `SCHEMA_VERSION`),
   and it has every table that version defines: that is what "a MentorDesk file" means;
4. it is the same company (`file_meta.company_id`), by this rule:

   - both carry a company id: they must be equal, otherwise it is refused;
   - the backup predates schema 5 and has none: if this file was *created* with
     its identity (`identity_origin = created`) every backup of it carries the id,
     so the backup cannot be this file's and is refused; if the file's id was
     made up at migration (`migrated`), the backup is accepted with the sentence
     that it could not be verified, and it takes this file's company id (it is
     brought up to the current schema on the staged copy), so branch files of
     this company still merge into it afterwards;
   - this file is missing, damaged, in the middle of an interrupted save or too
     old to carry an id: its other backups speak for it when all of those that
     carry an id carry the same one (then the rules above apply to that id);
     with no such evidence there is nothing to compare with, so it is accepted
     with the sentence that it could not be verified.

A backup from a newer MentorDesk is refused rather than put in place read-only:
the restored file would be one this computer can no longer edit, while the
file it replaced stays editable. Such a backup can still be looked at with
File > Open (read-only, as any newer file). The file's clock high-water mark
(`hlc`) never goes down through a restore, so later edits still order after
everything the file had seen.

The caller must hold the lock note: restoring under someone who has the file
open would pull it out from under them.
"""

from __future__ import annotations

import os
import sqlite3
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache
from pathlib import Path

from ..i18n import N_
from ..i18n import gettext as _
from . import backup as _b
from . import file_meta, schema
from .backup_catalog import list_backups, owner_path, read_company_id
from .erasure_restore import current_erasures, reapplied_sentence, reapply_erasures
from .filecheck import check_file

__all__ = ["RestoreResult", "restore_backup"]

#: English sources, translated where they are said (`_(...)`).
_UNCHANGED = N_("Your file was not changed.")

_REFUSALS = {
    "missing": N_("The backup could not be found; it may have been moved or deleted."),
    "unreadable": N_("MentorDesk could not read this backup."),
    "empty": N_("This backup is empty (0 bytes), so it cannot be restored."),
    "not_sqlite": N_("This is not a MentorDesk file, so it was not restored."),
    "not_mentordesk": N_("This is a database of another program, not a MentorDesk file, so it was not restored."),
    "truncated": N_("This backup is incomplete (only part of it was copied), so it was not restored."),
    "corrupt": N_("This backup is damaged, so it was not restored."),
    "needs_recovery": N_("This backup was interrupted while it was being saved, so it was not restored."),
    "busy": N_("Another program is writing to this backup right now, so it was not restored."),
    "newer": N_(
        "This backup was made by a newer version of MentorDesk, so this version cannot restore it. "
        "Update MentorDesk on this computer and restore it then."
    ),
}

UNVERIFIED_NOTE = N_(
    "This backup is from before MentorDesk files carried their company's identity, so MentorDesk could "
    "not confirm that it belongs to this company. Check the people in it before you carry on."
)
UNVERIFIED_CURRENT_NOTE = N_(
    "The file it replaced could not be read, so MentorDesk could not confirm that the backup belongs "
    "to the same company. Check the people in it before you carry on."
)


@dataclass(frozen=True)
class RestoreResult:
    """What restore did with the file it replaced, so the UI can tell the user where it went."""

    restored_from: Path
    previous_backup: Path | None
    moved_aside: Path | None
    #: True when the backup was shown to carry this file's company id.
    company_verified: bool = False
    #: A sentence for the user when something could not be verified ("" otherwise).
    note: str = ""
    #: issue 14: erasures made after the backup was taken, applied to it again (`erasure_restore`).
    erasures_reapplied: int = 0


@dataclass(frozen=True)
class _Identity:
    company_id: str | None = None
    origin: str | None = None
    hlc: str | None = None


class RestoreRefused(_b.BackupError):
    """The chosen file may not replace the company file; nothing was changed."""


def _refuse(reason: str) -> RestoreRefused:
    return RestoreRefused(" ".join((reason, _(_UNCHANGED), _("Choose another backup."))))


def restore_backup(
    backup_path: str | os.PathLike[str],
    db_path: str | os.PathLike[str],
    backups_dir: Path | None = None,
    *,
    now: datetime | None = None,
) -> RestoreResult:
    """Check a backup (see the module docstring), then put it in place of the database, keeping what was there.

    Order matters: the verified replacement is prepared first, so if anything
    fails or is refused the current file is untouched.
    """
    backup = Path(backup_path).expanduser()
    db = owner_path(db_path)
    now = now or _b._utcnow()
    _refuse_the_file_itself(backup, db)
    verdict = check_file(backup, supported_version=schema.SCHEMA_VERSION)
    if verdict.status != "ok":
        raise _refuse(_(_REFUSALS.get(verdict.status, _REFUSALS["corrupt"])))
    current = _expected_identity(db, backups_dir, backup)
    erasures = current_erasures(db, backups_dir)  # issue 14: nobody erased comes back with the backup

    staged = db.with_name(f".{db.name}.restore-{uuid.uuid4().hex}")
    _b._write_verified_copy(backup, staged, "restore the backup")
    try:
        verified, note = _prepare(staged, current)
        reapplied = _reapply(staged, erasures)
        previous_backup, moved_aside = _swap_in(staged, db, backups_dir, now)
    except OSError as exc:
        if _b._is_disk_full(exc):
            raise _b._disk_full_error("restore the backup") from exc
        raise _b.BackupError(_("MentorDesk could not put the backup in place. Your current file was kept.")) from exc
    finally:
        _b._unlink_quietly(staged)
    note = " ".join(n for n in (note, reapplied_sentence(reapplied)) if n)
    return RestoreResult(backup, previous_backup, moved_aside, verified, note, reapplied)


def _reapply(staged: Path, erasures: list) -> int:
    """The file's erasures applied to the staged copy before it is put in place (`erasure_restore`)."""
    if not erasures:
        return 0
    conn = sqlite3.connect(staged, isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode=MEMORY")  # no journal file with default permissions
        count = reapply_erasures(conn, erasures)
        conn.execute("PRAGMA journal_mode=DELETE")
        return count
    except sqlite3.Error as exc:
        raise _b.BackupError(_("MentorDesk could not apply this file's erasures to the backup, so it was not "
                               "restored.") + " " + _(_UNCHANGED)) from exc
    finally:
        conn.close()


def _refuse_the_file_itself(backup: Path, db: Path) -> None:
    try:
        same = backup.exists() and db.exists() and os.path.samefile(backup, db)
    except OSError:
        same = False
    if same:
        raise RestoreRefused(" ".join((
            _("That is the company file itself, not a backup of it, so nothing was restored."),
            _(_UNCHANGED), _("Choose a backup from the list."))))


def _expected_identity(db: Path, backups_dir: Path | None, chosen: Path) -> _Identity:
    """This file's identity; when the file cannot tell (damaged, interrupted save), its own backups do.

    The backups count only when every one of them that carries a company id
    carries the same one: they are then evidence of which company this file is.
    """
    current = _read_identity(db)
    if current.company_id is not None:
        return current
    ids: set[str] = set()
    for info in list_backups(db, backups_dir):
        try:
            if chosen.exists() and os.path.samefile(info.path, chosen):
                continue
        except OSError:
            continue
        found = read_company_id(info.path)
        if found is not None:
            ids.add(found)
    return _Identity(company_id=ids.pop()) if len(ids) == 1 else _Identity()


def _read_identity(db: Path) -> _Identity:
    """The current file's identity, read without writing; empty when it is missing, damaged or too old."""
    try:
        conn = sqlite3.connect(db.resolve().as_uri() + "?mode=ro", uri=True, timeout=2.0)
    except (sqlite3.Error, OSError):
        return _Identity()
    try:
        return _Identity(file_meta.company_id(conn), file_meta.identity_origin(conn), file_meta.hlc(conn))
    except sqlite3.Error:
        return _Identity()
    finally:
        conn.close()


def _prepare(staged: Path, current: _Identity) -> tuple[bool, str]:
    """Check the staged copy and make it carry this file's identity; returns (verified, note)."""
    conn = sqlite3.connect(staged, isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode=MEMORY")  # no journal file with default permissions
        _check_whole_mentordesk_file(conn)
        theirs = file_meta.company_id(conn)
        verified, note = _company_verdict(theirs, current)
        if theirs is None and current.company_id is not None:
            _adopt_identity(conn, current)
        if current.hlc:
            conn.execute("BEGIN IMMEDIATE")
            file_meta.raise_hlc(conn, current.hlc)
            conn.execute("COMMIT")
        conn.execute("PRAGMA journal_mode=DELETE")
        return verified, note
    except sqlite3.Error as exc:
        raise _refuse(_("This backup could not be read as a MentorDesk file.")) from exc
    finally:
        conn.close()


def _check_whole_mentordesk_file(conn: sqlite3.Connection) -> None:
    rows = conn.execute("PRAGMA integrity_check").fetchall()
    if rows != [("ok",)]:
        raise _refuse(_(_REFUSALS["corrupt"]))
    version = schema.user_version(conn)
    if version > schema.SCHEMA_VERSION:
        raise _refuse(_(_REFUSALS["newer"]))
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if version < 1 or not _tables_of_version(version) <= tables:
        raise _refuse(_(_REFUSALS["not_sqlite"]))
    if version >= 5 and file_meta.company_id(conn) is None:
        raise _refuse(_(_REFUSALS["corrupt"]))


@cache
def _tables_of_version(version: int) -> frozenset[str]:
    """Every table schema `version` defines, read from a blank in-memory file taken to that version."""
    conn = sqlite3.connect(":memory:", isolation_level=None)
    try:
        schema.migrate(conn, target=version)
        return frozenset(r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'"))
    finally:
        conn.close()


def _company_verdict(theirs: str | None, current: _Identity) -> tuple[bool, str]:
    """The same-company rule of the module docstring: (verified, note), or a refusal."""
    if current.company_id is None:
        return False, _(UNVERIFIED_CURRENT_NOTE if theirs is not None else UNVERIFIED_NOTE)
    if theirs is not None:
        if theirs != current.company_id:
            raise _refuse(_("This is a backup of another company's MentorDesk file, not of this one, "
                            "so it was not restored."))
        return True, ""
    if current.origin == "created":
        raise _refuse(_("This is not a backup of this company's file: every backup of this file carries the "
                        "company's identity and this one does not, so it was not restored."))
    return False, _(UNVERIFIED_NOTE)


def _adopt_identity(conn: sqlite3.Connection, current: _Identity) -> None:
    """Bring an older backup up to date on the staged copy and give it this file's company id."""
    schema.migrate(conn)
    conn.execute("BEGIN IMMEDIATE")
    file_meta.set_value(conn, file_meta.COMPANY_ID, current.company_id or "")
    file_meta.set_value(conn, file_meta.IDENTITY_ORIGIN, current.origin or "migrated")
    conn.execute("COMMIT")


def _swap_in(staged: Path, db: Path, backups_dir: Path | None, now: datetime) -> tuple[Path | None, Path | None]:
    """Keep the current file (as a backup, or moved aside if damaged), then rename the staged copy in."""
    previous_backup: Path | None = None
    moved_aside: Path | None = None
    stamp = now.astimezone(UTC).strftime("%Y%m%d-%H%M%S")
    if db.exists():
        status = check_file(db).status
        if status in ("ok", "newer", "not_mentordesk"):
            previous_backup = _b.make_backup(db, "before-restore", backups_dir, now=now)
        else:
            moved_aside = db.with_name(f"{db.name}.corrupt-{stamp}")
            os.replace(db, moved_aside)
    # A journal left beside the old file would be "rolled back" into the restored one.
    for suffix in _b._SIDE_SUFFIXES:
        side = db.with_name(db.name + suffix)
        if side.exists():
            os.replace(side, db.with_name(f"{db.name}{suffix}.replaced-{stamp}"))
    os.replace(staged, db)
    _b._fsync_dir(db.parent)
    try:
        os.chmod(db, 0o600)
    except OSError:
        pass
    return previous_backup, moved_aside
