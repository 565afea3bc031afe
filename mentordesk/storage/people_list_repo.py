"""The People list as light rows: what the People screen's table, filters and search show.

A `Person` per row (17 fields, a dataclass built field by field) was most of the time to
open 50,000 people (issue 15); the screen shows ten columns and reads the whole person
(`people_repo.get_person`) only when one is selected. `PersonListRow` is a named tuple
with the attribute names of `Person` for the fields it has, so the table's columns, the
filters and the search keys read either alike (the keys' competency names are read on
their own, `people_repo.competency_names_by_person`, after the list is shown); each row is made in C from the values
(`tuple.__new__`), repeated values (departments, dates, language lists) shared.
"""

from __future__ import annotations

import sqlite3
from datetime import date
from functools import partial
from operator import attrgetter
from pathlib import Path
from typing import NamedTuple

from ..errors import MentorDeskError
from .database import Database
from .read_ahead import ReadAhead, still_current
from .stored_dates import stored_date


class PersonListRow(NamedTuple):
    """One person as the People list shows them; `people_repo.get_person(id)` has the rest
    (manager, notes, portrait, capacity: the details pane reads them for the one selected)."""

    id: str
    employee_id: str
    name: str
    email: str
    department: str
    branch: str
    title: str
    hire_date: date | None
    languages: tuple[str, ...]
    role: str
    archived: bool


# `+deleted_at`: a plain scan of the table (see people_repo._LIST_SQL), in the same order, so
# the list's ties (people with the same name) come in the same order as `list_people`'s.
_ROWS_SQL = """
SELECT id, employee_id, name, email, department, branch, title, hire_date, languages, role, archived
FROM people WHERE +deleted_at IS NULL
"""

#: SQLite's NOCASE: only A-Z fold (the order `people_repo.list_people` gives).
_NOCASE = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


class _Shared(dict):
    """One object per distinct value (sqlite3 hands out a new copy of each for every row);
    seeded with what an empty value stands for."""

    def __missing__(self, key):
        self[key] = key
        return key


class _Dates(dict):
    def __missing__(self, key: str | None) -> date | None:
        value = self[key] = stored_date(key, "people", "hire_date")
        return value


class _Languages(dict):
    def __missing__(self, key: str | None) -> tuple[str, ...]:
        value = self[key] = tuple(x for x in (key or "").split(";") if x)
        return value


#: Rows taken from SQLite at a time: the columns of one batch are regrouped in C, and the
#: batch's raw tuples are freed before the next (all at once held ~10 MB more at 50,000).
_BATCH = 2048


_KIND = "people list"


def list_rows(db: Database) -> list[PersonListRow]:
    """Everyone not deleted (archived included), ordered by name as `list_people` orders them.

    The rows read ahead while the file was checked (`read_ahead`) are taken once, and only
    when the file is unchanged since; otherwise the list is read now.
    """
    ahead, db.read_ahead = db.read_ahead, None
    if isinstance(ahead, ReadAhead) and ahead.kind == _KIND and still_current(ahead, db.path):
        return ahead.value
    return _rows(db.conn)


def read_ahead(path: Path, stamp: tuple | None) -> ReadAhead | None:
    """The list read on a read-only connection of its own, before the file is opened.

    `stamp` is `read_ahead.file_stamp(path)` taken before any connection to the file was
    opened; None (a journal beside the file, not a rollback-mode file) reads nothing. Any
    error reading gives None too: the screen reads after the open, and says what is wrong
    there, as it always did (a damaged file is the check's to refuse).
    """
    if stamp is None:
        return None
    try:
        conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, isolation_level=None)
    except sqlite3.Error:
        return None
    try:
        rows = _rows(conn)
    except (sqlite3.Error, MentorDeskError):
        return None
    finally:
        conn.close()
    return ReadAhead(_KIND, path, stamp, rows)


def _rows(conn: sqlite3.Connection) -> list[PersonListRow]:
    """Column by column, each loop in C (`map`, `zip`): a Python loop over 50,000 rows that
    unpacks, looks up and builds each one took longer than SQLite's reading of them."""
    text, roles = _Shared({None: ""}), _Shared({None: "none", "": "none"})
    dates, languages = _Dates(), _Languages()
    make = partial(tuple.__new__, PersonListRow)
    rows: list[PersonListRow] = []
    cursor = conn.execute(_ROWS_SQL)
    while batch := cursor.fetchmany(_BATCH):
        (ids, employee_ids, full_names, emails, departments, branches, titles, hires, langs, role_codes,
         archived) = zip(*batch, strict=True)
        rows += map(make, zip(
            ids, employee_ids, full_names, emails, map(text.__getitem__, departments),
            map(text.__getitem__, branches), map(text.__getitem__, titles), map(dates.__getitem__, hires),
            map(languages.__getitem__, langs), map(roles.__getitem__, role_codes), map(bool, archived), strict=True))
    names = list(map(attrgetter("name"), rows))
    by_name = {n: n.translate(_NOCASE) for n in set(names)}  # each distinct name once
    order = sorted(range(len(rows)), key=list(map(by_name.__getitem__, names)).__getitem__)  # stable
    return list(map(rows.__getitem__, order))
