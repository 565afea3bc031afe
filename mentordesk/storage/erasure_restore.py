"""Restoring a backup never brings an erased person back (issue 14).

Why here and not in the merge: a backup taken before an erasure still holds the
person, and a restore (File > Restore Backup, `mentordesk restore`, Edit > Undo)
puts that backup in place wholesale. So the restore reads every erasure record
of the file it replaces and applies them to the staged copy *before* it is put
in place, in the same operation: there is no moment at which the restored file
holds the person, and the erasure log stays complete (the records are written
into the restored file too).

The rows are cleared by the same rules a merge applies (`erasure.Scrubber` and
the fingerprint text matcher), with `secure_delete` on and a `VACUUM` after, so
neither the replaced values nor anything the backup held in free pages stays in
the file's bytes.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from .. import clock
from ..i18n import ngettext
from ..site import installation_site
from . import file_meta, schema
from .backup_catalog import list_backups
from .erasure import Erasure, Scrubber, has_table, matcher_for, read_erasures, text_changes, write_erasure
from .erasure_write import secure_delete, write_changes

__all__ = ["current_erasures", "reapply_erasures", "reapplied_sentence"]


def current_erasures(db: Path, backups_dir: Path | None = None) -> list[Erasure]:
    """Every erasure record of the file being replaced and of its backups (records never change).

    The backups count too because the file may be damaged or missing (that is
    often why a backup is restored), and an erasure it can no longer tell of
    must still hold.
    """
    found: dict[str, Erasure] = {}
    for path in [db, *(info.path for info in list_backups(db, backups_dir))]:
        for record in _read(path):
            found.setdefault(record.id, record)
    return sorted(found.values(), key=lambda e: e.id)


def _read(path: Path) -> list[Erasure]:
    if not path.exists():
        return []
    try:
        conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True, timeout=2.0)
    except (sqlite3.Error, OSError):
        return []
    try:
        return read_erasures(conn)
    except sqlite3.Error:
        return []
    finally:
        conn.close()


def reapply_erasures(conn: sqlite3.Connection, erasures: list[Erasure]) -> int:
    """Apply `erasures` to the staged file on `conn` (autocommit); returns how many it did not know yet.

    Every record is applied, known or not (a backup restored over a file that was
    edited by hand could hold the person again); the count is of records the
    backup did not carry, i.e. erasures made after it was taken.
    """
    if not erasures:
        return 0
    if not has_table(conn):
        schema.migrate(conn)  # a backup from before erasures existed (schema < 6)
    known = {e.id for e in read_erasures(conn)}
    scrubber, matcher = Scrubber(erasures), matcher_for(erasures)
    if file_meta.has_table(conn):
        clock.observe(file_meta.hlc(conn))  # stamped after everything the restored file has seen
    now, site = clock.now_iso(), installation_site()
    with secure_delete(conn):
        conn.execute("BEGIN IMMEDIATE")
        try:
            for table in schema.SYNCED_TABLES:
                _clear_table(conn, table, scrubber, matcher, now, site)
            _clear_merge_log(conn, matcher)
            for record in erasures:
                write_erasure(conn, record)
            if file_meta.has_table(conn):
                file_meta.raise_hlc(conn, now)
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("VACUUM")  # the backup's own free pages may still hold the person's bytes
    return sum(e.id not in known for e in erasures)


def _clear_table(conn: sqlite3.Connection, table: str, scrubber: Scrubber, matcher, now: str, site: str) -> None:
    cur = conn.execute(f'SELECT * FROM "{table}" ORDER BY id')
    cols = [d[0] for d in cur.description]
    for values in cur.fetchall():
        row = dict(zip(cols, values, strict=True))
        changes = scrubber.changes(table, row)
        changes.update(text_changes(matcher, table, {**row, **changes}, changes))
        if changes:
            write_changes(conn, table, row, changes, now, site)


def _clear_merge_log(conn: sqlite3.Connection, matcher) -> None:
    """The merge log's file names and entries, cleared of anything the erasures recognise."""
    for rid, details, source in conn.execute("SELECT id, details, source_name FROM merge_log").fetchall():
        new_details = matcher.clean(details) if isinstance(details, str) else details
        new_source = matcher.clean(source) if isinstance(source, str) else source
        if (new_details, new_source) != (details, source):
            conn.execute("UPDATE merge_log SET details = ?, source_name = ? WHERE id = ?",
                         (new_details, new_source, rid))


def reapplied_sentence(count: int) -> str:
    """What the restore says when the backup predates erasures ("" when none were new to it)."""
    if count <= 0:
        return ""
    return ngettext("%(count)s erasure made after this backup was applied again, so nobody erased comes back.",
                    "%(count)s erasures made after this backup were applied again, so nobody erased comes back.",
                    count) % {"count": count}
