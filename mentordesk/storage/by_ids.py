"""Reads that take many ids at once: the one chunked `IN (...)` helper every repository uses.

SQLite refuses a statement with more host parameters than its build allows
(999 before 3.32, and some distributions still ship such builds), while a report
or a screen about a whole program may ask about thousands of people. Every
`IN` over ids a caller passes goes through `select_in`, which asks in chunks,
so no repository hand-rolls its own chunking (or forgets to).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from .database import Database

#: Ids per statement: well under the oldest limit, leaving room for the query's own parameters.
CHUNK = 500

_MARKS = "{ids}"


def chunks(ids: Iterable[str], size: int = CHUNK) -> Iterator[list[str]]:
    """The distinct ids, in first-seen order, at most `size` at a time."""
    unique = list(dict.fromkeys(ids))
    for start in range(0, len(unique), size):
        yield unique[start:start + size]


def select_in(db: Database, sql: str, ids: Iterable[str], params: Sequence[Any] = ()) -> list[dict[str, Any]]:
    """Run `sql` once per chunk of `ids` and return every row.

    `sql` holds the literal `{ids}` where the chunk's placeholders go
    (`... WHERE id IN ({ids})`); `params` are bound before the chunk's ids. Rows
    come chunk by chunk, so an ORDER BY orders within one chunk only: group by a
    key that lies in a single chunk (the id itself), or sort afterwards.

    Every `{ids}` gets the same chunk (`mentor_id IN ({ids}) OR mentee_id IN ({ids})`);
    a row matching one column in one chunk and the other in another then comes
    twice, so such a caller drops repeats by id.
    """
    marks = sql.count(_MARKS)
    if not marks:
        raise ValueError("select_in needs '{ids}' where the ids go")
    out: list[dict[str, Any]] = []
    for chunk in chunks(ids, max(1, CHUNK // marks)):  # the statement binds marks x chunk ids
        out.extend(db.query(sql.replace(_MARKS, ", ".join("?" * len(chunk))), (*params, *(chunk * marks))))
    return out


def people_names(db: Database, person_ids: Iterable[str]) -> dict[str, str]:
    """person id -> name, deleted and archived people too: a past wish or pair still names who it was."""
    return {r["id"]: r["name"] for r in select_in(db, "SELECT id, name FROM people WHERE id IN ({ids})", person_ids)}
