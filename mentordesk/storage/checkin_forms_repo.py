"""The check-in rows behind PDF forms: which form a check-in came from, found again by its id."""

from __future__ import annotations

import datetime as dt
import sqlite3
from typing import Any, NamedTuple

from . import file_meta, rows
from .database import Database
from .stored_dates import required_date


class FormCheckin(NamedTuple):
    """The check-in a form was recorded as, and whether HR has deleted it since."""

    id: str
    date: dt.date
    deleted: bool


def checkin_by_form(db: Database, form_id: str) -> FormCheckin | None:
    """The check-in recorded from this form, deleted ones too (newest first): a form whose
    check-in HR deleted is not quietly recorded again by the next import."""
    row = db.query_one(
        "SELECT id, date, deleted_at FROM checkins WHERE form_id = ? "
        "ORDER BY deleted_at IS NOT NULL, created_at DESC LIMIT 1", (form_id,))
    if row is None:
        return None
    return FormCheckin(row["id"], required_date(row["date"], "checkins", "date"), bool(row["deleted_at"]))


def mark_from_form(conn: sqlite3.Connection, checkin_id: str, form_id: str, meetings: int | None) -> None:
    """Inside the transaction that recorded the check-in, so the two are never apart."""
    rows.update(conn, "checkins", checkin_id, {"form_id": form_id, "meetings_reported": meetings})


def form_facts(db: Database, rel_id: str) -> dict[str, dict[str, Any]]:
    """Per check-in id of a relationship: the form it came from and the meetings it reported."""
    return {r["id"]: {"form_id": r["form_id"], "meetings_since_last": r["meetings_reported"]}
            for r in db.query("SELECT id, form_id, meetings_reported FROM checkins "
                              "WHERE relationship_id = ? AND deleted_at IS NULL", (rel_id,))}


def form_key(db: Database) -> str | None:
    return file_meta.form_key(db.conn)


def form_keys(db: Database) -> list[str]:
    """This file's key and those of the copies merged into it (`file_meta.form_keys`)."""
    return file_meta.form_keys(db.conn)


def ensure_form_key(db: Database) -> str:
    """The file's form key, made in a write transaction the first time forms are made."""
    key = file_meta.form_key(db.conn)
    if key is not None:
        return key
    with db.transaction() as conn:
        return file_meta.ensure_form_key(conn)


def company_id(db: Database) -> str:
    return file_meta.company_id(db.conn) or ""
