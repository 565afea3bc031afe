"""Undo of one small edit: a person, a goal, a meeting, a program's settings ("Undo edit of María José Núñez").

Why not a backup, as for imports and merges: an edit touches a row or three, so
the cheap and exact inverse is those rows as they were. The service that edits
runs its transaction as `recorded(...)`, which reads the rows in the edit's
scope before and after and keeps, for the rows that changed, the old values
(and which rows the edit created). Undo writes the old values back as a new
edit (new stamps, see `storage/undo_repo.py`), so two copies of the file merged
later agree on the undone values, and it tombstones what the edit created (a
re-assessment, a goal's history line).

Only the last edit is kept, beside the file's backups like the record of the
last big action (`services/undo.py`), owner-only. It is offered only while it
is still the last change to its rows: once someone changes them again (here,
on another laptop, by a merge), putting the old values back would silently
drop that change, so Undo no longer offers it. Edit > Undo takes back whichever
is newer, this edit or the last big action (`last_action`).
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from ..i18n import Message, say, translator
from ..i18n import gettext as _
from ..storage import undo_repo
from ..storage.backup import backups_dir_for
from ..storage.backup_catalog import owner_path
from ..storage.database import Database
from . import undo

__all__ = ["EditPoint", "last_action", "last_edit", "recorded", "undo_edit"]

#: What one kind of edit touches, for a row id: (table, column, value) per row set.
_SCOPES = {
    "person": lambda i: [("people", "id", i), ("mentor_profiles", "person_id", i),
                         ("person_competencies", "person_id", i)],
    "goal": lambda i: [("goals", "id", i), ("goal_history", "goal_id", i)],
    "meeting": lambda i: [("meetings", "id", i)],
    "program": lambda i: [("programs", "id", i)],
}


def _label(kind: str, what: str) -> Message:
    """The menu's words: "Undo edit of María José Núñez", said in the reader's language."""
    if kind == "goal":
        return say("edit of the goal “%(what)s”", what=what)
    if kind == "meeting":  # the date as a date: the reader's language formats it ("7 ene 2026")
        return say("edit of the meeting on %(what)s", what=_as_date(what))
    if kind == "program":
        return say("edit of the program %(what)s", what=what)
    return say("edit of %(what)s", what=what)


def _as_date(text: str) -> date | str:
    try:
        return date.fromisoformat(text[:10])
    except (TypeError, ValueError):
        return text


@dataclass(frozen=True)
class EditPoint:
    """The last single edit of a file, as Undo would take it back."""

    label: str
    done_at: datetime
    #: (table, id) -> the changed columns' old values, or None for a row the edit created.
    before: dict[tuple[str, str], dict[str, Any] | None]
    #: (table, id) -> the row's stamp right after the edit.
    after: dict[tuple[str, str], str]
    kind: str = "edit"


def record_path(db_path: str | os.PathLike[str]) -> Path:
    db = owner_path(db_path)
    return backups_dir_for(db) / f"{db.name} last edit.json"


@contextlib.contextmanager
def recorded(db: Database, kind: str, row_id: str, what: str) -> Iterator[sqlite3.Connection]:
    """The transaction of one edit (yields its connection), kept so Undo can put it back.

    Nothing is recorded when the body raises or the commit fails (the transaction
    rolls back), when it changes nothing, nor when the edit is part of a bigger
    action's transaction (the demo, an import): that action is what Undo would take
    back, not one row of it. The record is written once the edit is committed.

    The rows stay plain column -> value dicts (not records): undo must put back any
    column of any table in the scope, including ones added by later schema steps.
    """
    part_of_more = bool(getattr(db, "_in_write", False))  # Database: a write transaction is already open
    old: dict[tuple[str, str], dict[str, Any] | None] = {}
    stamps: dict[tuple[str, str], str] = {}
    with db.transaction() as conn:
        if part_of_more:
            yield conn
            return
        scope = _SCOPES[kind](row_id)
        before = undo_repo.capture(conn, scope)
        yield conn
        for key, columns in undo_repo.capture(conn, scope).items():
            if key not in before or columns["updated_at"] != before[key]["updated_at"]:
                old[key] = _changed_columns(before.get(key), columns)
                stamps[key] = columns["updated_at"]
    if stamps:  # committed: only now is it an edit Undo may offer
        _write(db, _label(kind, what), old, stamps)


def _changed_columns(before: dict[str, Any] | None, after: dict[str, Any]) -> dict[str, Any] | None:
    if before is None:
        return None
    return {k: v for k, v in before.items() if after.get(k) != v and k not in ("updated_at", "site", "field_times")}


def _key(key: tuple[str, str]) -> str:
    return f"{key[0]}/{key[1]}"


def _unkey(text: str) -> tuple[str, str]:
    table, _, row_id = text.partition("/")
    return table, row_id


def _write(db: Database, label: Message, before: dict, after: dict) -> None:
    data = {"file": owner_path(db.path).name, "company_id": undo._company(db),
            "label": label.render(translator("en")), "said": undo._said(label),
            "done_at": datetime.now(UTC).isoformat(),
            "before": {_key(k): v for k, v in before.items()}, "after": {_key(k): v for k, v in after.items()}}
    undo._write_private(record_path(db.path), json.dumps(data, indent=1, default=str))


def _read(db: Database) -> EditPoint | None:
    try:
        data = json.loads(record_path(db.path).read_text(encoding="utf-8"))
        point = EditPoint(undo._label(data), datetime.fromisoformat(data["done_at"]),
                          {_unkey(k): v for k, v in dict(data["before"]).items()},
                          {_unkey(k): str(v) for k, v in dict(data["after"]).items()})
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None
    if data.get("file") != owner_path(db.path).name or data.get("company_id") != undo._company(db):
        return None
    return point


def last_edit(db: Database) -> EditPoint | None:
    """The last edit, while it is still the last change to its rows; else None."""
    point = _read(db)
    if point is None:
        return None
    if not undo_repo.still_as_left(db.conn, point.after):
        if not db.readonly:
            forget(db.path)  # stale for good: do not keep a person's old values lying beside the file
        return None
    return point


def last_action(db: Database) -> undo.UndoPoint | EditPoint | None:
    """What Edit > Undo takes back: the newer of the last edit and the last big action."""
    edit, big = last_edit(db), undo.last_undo(db)
    if edit is None or big is None:
        return edit or big
    return edit if edit.done_at >= big.done_at else big


def undo_edit(db: Database, point: EditPoint) -> None:
    """Put the old values back as a new edit (one transaction) and forget the record.

    Re-checked inside the write transaction: if the rows changed since the question
    was asked, nothing is written and `NothingToUndo` says why."""
    with db.transaction() as conn:
        if not undo_repo.still_as_left(conn, point.after):
            raise undo.NothingToUndo(_("This edit can no longer be undone: what it changed was changed "
                                       "again since. Nothing was changed."))
        undo_repo.restore(conn, point.before)
    forget(db.path)


def forget(db_path: str | os.PathLike[str]) -> None:
    with contextlib.suppress(FileNotFoundError):
        record_path(db_path).unlink()
