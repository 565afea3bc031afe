"""SQL for people, competencies, portraits and mentor profiles."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from typing import Any

from ..models import MentorProfile, Person, PortraitEntry
from . import rows
from .database import Database
from .stored_dates import stored_date
from .text_keys import sqlite_lower

_PERSON_FIELDS = (
    "employee_id", "name", "email", "department", "branch", "title",
    "manager_employee_id", "hire_date", "languages", "notes", "role", "archived",
)


def _to_person(r: dict[str, Any]) -> Person:
    return Person(
        id=r["id"],
        employee_id=r["employee_id"],
        name=r["name"],
        email=r["email"],
        department=r["department"] or "",
        branch=r["branch"] or "",
        title=r["title"] or "",
        manager_employee_id=r["manager_employee_id"] or None,
        hire_date=stored_date(r["hire_date"], "people", "hire_date"),
        languages=tuple(x for x in (r["languages"] or "").split(";") if x),
        notes=r["notes"] or "",
        role=r["role"] or "none",
        archived=bool(r["archived"]),
        mentor_capacity=r.get("capacity"),
        updated_at=r["updated_at"],
        competency_names=r.get("competency_names") or "",
    )


def person_values(p: Person) -> dict[str, Any]:
    """The stored form of a person's own fields."""
    return {
        "employee_id": p.employee_id.strip(),
        "name": p.name.strip(),
        "email": p.email.strip(),
        "department": p.department.strip(),
        "branch": p.branch.strip(),
        "title": p.title.strip(),
        "manager_employee_id": (p.manager_employee_id or "").strip() or None,
        "hire_date": p.hire_date.isoformat() if p.hire_date else None,
        "languages": ";".join(p.languages),
        "notes": p.notes,
        "role": p.role,
        "archived": int(p.archived),
    }


# Only the columns a Person holds: `p.*` also read each row's sync bookkeeping (field_times
# is a JSON text per row), which the list never shows. `+p.deleted_at` keeps SQLite from
# walking the partial e-mail index (one table lookup per person, in e-mail order) where a
# plain scan of the table is a quarter faster; the list is ordered in Python (`_by_name`).
_LIST_SQL = """
SELECT p.id, p.employee_id, p.name, p.email, p.department, p.branch, p.title, p.manager_employee_id,
       p.hire_date, p.languages, p.notes, p.role, p.archived, p.updated_at, mp.capacity AS capacity
FROM people p
LEFT JOIN mentor_profiles mp ON mp.person_id = p.id AND mp.deleted_at IS NULL
WHERE +p.deleted_at IS NULL {extra}
"""

#: SQLite's NOCASE: only A-Z fold, every other character compares by its code point.
_NOCASE = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def _by_name(person: Person) -> str:
    """The order `ORDER BY name COLLATE NOCASE` gave, computed in Python: sorting 50,000
    short keys here is cheaper than SQLite's temporary b-tree over whole rows."""
    return person.name.translate(_NOCASE)

# One row per person: the ids of the competencies they were assessed in, in the order of the
# index person_competencies_person (person, competency, then date), which also groups the rows,
# so SQLite neither sorts nor builds a temporary b-tree. Without a condition on `deleted_at`
# (not in the index) the index alone answers, with no lookup of a quarter of a million table rows.
_PORTRAIT_IDS_SQL = """
SELECT person_id, group_concat(competency_id, ',') FROM person_competencies {where}
GROUP BY person_id
"""
_LIVE = "WHERE deleted_at IS NULL"
#: The people who have a deleted assessment (rare: an undone import, a merge): read again with
#: the condition, after the index-only pass that counted their deleted rows too.
#: NOT INDEXED: a plain scan; through the person index (for DISTINCT) it looks up every row.
_DELETED = "SELECT person_id FROM person_competencies NOT INDEXED WHERE deleted_at IS NOT NULL"
_WITH_DELETED = f"WHERE deleted_at IS NULL AND person_id IN ({_DELETED})"


def _competency_names(db: Database, person_id: str | None = None) -> dict[str, str]:
    """person id -> the names of the competencies in their portrait, each once, joined by '; '.

    For the search box only. The names (a few dozen) are read once and put in
    here, repeated assessments dropped in Python: the DISTINCT + JOIN +
    group_concat subquery this replaces built temporary b-trees over the whole
    table, and reading every (person, competency) pair into Python instead
    held a quarter of a million tuples at 50,000 people. People assessed in the
    same competencies share one joined string (built once, held once).
    """
    names = dict(db.conn.execute("SELECT id, name FROM competencies").fetchall())
    conn = db.conn
    if person_id is not None:
        passes = [conn.execute(_PORTRAIT_IDS_SQL.format(where=_LIVE + " AND person_id = ?"), (person_id,))]
        touched: set[str] = set()
    else:
        touched = {pid for (pid,) in conn.execute(_DELETED)}
        passes = [conn.execute(_PORTRAIT_IDS_SQL.format(where="")).fetchall()]
        if touched:
            passes.append(conn.execute(_PORTRAIT_IDS_SQL.format(where=_WITH_DELETED)).fetchall())
    joined: dict[str, str] = {}
    found: dict[str, str] = {}
    for i, rows_ in enumerate(passes):
        for pid, ids in rows_:
            if i == 0 and pid in touched:
                continue  # counted deleted assessments: the second pass has their live ones
            text = joined.get(ids)
            if text is None:
                text = joined[ids] = "; ".join(names[c] for c in dict.fromkeys(ids.split(",")) if c in names)
            found[pid] = text
    return found


#: The People list's reading (`people_list_repo`) needs the same names.
competency_names_by_person = _competency_names


class _Shared(dict):
    """One object per distinct value: 50,000 people name a few dozen departments, dates and
    language lists, and sqlite3 hands out a new copy of each for every row."""

    def __missing__(self, key: Any) -> Any:
        self[key] = key
        return key


def list_people(db: Database, *, include_archived: bool = True) -> list[Person]:
    """Everyone, for the People screen and the CLI: read as plain tuples (no dict per row),
    repeated values shared, so 50,000 people open quickly and stay small in memory."""
    extra = "" if include_archived else "AND p.archived = 0"
    names = _competency_names(db)
    shared, dates, languages = _Shared(), {}, {}
    people: list[Person] = []
    append = people.append
    for (pid, employee_id, name, email, department, branch, title, manager, hire, langs, notes, role, archived,
         updated_at, capacity) in db.conn.execute(_LIST_SQL.format(extra=extra)):
        if hire and hire not in dates:
            dates[hire] = stored_date(hire, "people", "hire_date")
        if langs not in languages:
            languages[langs] = tuple(x for x in (langs or "").split(";") if x)
        append(Person(
            id=pid, employee_id=employee_id, name=name, email=email, department=shared[department or ""],
            branch=shared[branch or ""], title=shared[title or ""], manager_employee_id=manager or None,
            hire_date=dates[hire] if hire else None, languages=languages[langs], notes=notes or "",
            role=shared[role or "none"], archived=bool(archived), mentor_capacity=capacity,
            updated_at=updated_at, competency_names=names.get(pid, ""),
        ))
    people.sort(key=_by_name)
    return people


def get_person(db: Database, person_id: str) -> Person | None:
    rows_ = db.query(_LIST_SQL.format(extra="AND p.id = ?"), (person_id,))
    if not rows_:
        return None
    rows_[0]["competency_names"] = _competency_names(db, person_id).get(person_id, "")
    person = _to_person(rows_[0])
    person.portrait = tuple(portrait(db, person_id))
    return person


def ids_by_employee_id(db: Database) -> dict[str, str]:
    return {r["employee_id"]: r["id"] for r in db.query(
        "SELECT id, employee_id FROM people WHERE deleted_at IS NULL")}


def emails(db: Database) -> dict[str, str]:
    """lower(email) -> employee_id, for uniqueness checks."""
    return {r["e"]: r["employee_id"] for r in db.query(
        "SELECT lower(email) AS e, employee_id FROM people WHERE deleted_at IS NULL")}


def managers_by_employee_id(db: Database) -> dict[str, str | None]:
    """employee_id -> manager's employee_id of everyone not deleted (archived included, as
    the people list has them): the company the loop check runs against."""
    return {r["employee_id"]: r["manager_employee_id"] or None for r in db.query(
        "SELECT employee_id, manager_employee_id FROM people WHERE deleted_at IS NULL")}


def managers(db: Database) -> dict[str, str | None]:
    """person id -> the manager's person id: the management chain for matching rules."""
    out: dict[str, str | None] = {}
    for r in db.query(
        """SELECT p.id, m.id AS manager_id FROM people p
           LEFT JOIN people m ON m.employee_id = p.manager_employee_id AND m.deleted_at IS NULL
           WHERE p.deleted_at IS NULL"""
    ):
        out[r["id"]] = r["manager_id"]
    return out


# -- competencies and portraits ------------------------------------------------

def competency_catalogue(db: Database) -> list[dict[str, Any]]:
    return db.query(
        "SELECT id, name, category FROM competencies WHERE deleted_at IS NULL ORDER BY category, name"
    )


def ensure_competency(conn: sqlite3.Connection, name: str, category: str = "",
                      cache: dict[str, str] | None = None) -> str:
    """The id of the live competency called `name`, created if missing.

    Names are matched the way the unique index on `lower(name)` compares them (SQLite's
    ASCII-only `lower`, see `storage.text_keys`): folding with Python's `str.lower` missed
    `Łączność` on the second person and then broke the index."""
    key = sqlite_lower(name.strip())
    if cache is not None and key in cache:
        return cache[key]
    found = conn.execute(
        "SELECT id FROM competencies WHERE lower(name) = lower(?) AND deleted_at IS NULL", (name.strip(),)
    ).fetchone()
    cid = found[0] if found else rows.insert(conn, "competencies", {"name": name.strip(), "category": category})
    if cache is not None:
        cache[key] = cid
    return cid


_PORTRAIT_SQL = """
SELECT pc.person_id, c.name AS competency, c.category, pc.current_level, pc.target_level,
       pc.assessed_at, pc.competency_id
FROM person_competencies pc JOIN competencies c ON c.id = pc.competency_id
WHERE pc.deleted_at IS NULL {extra}
  AND pc.id = (SELECT x.id FROM person_competencies x
               WHERE x.person_id = pc.person_id AND x.competency_id = pc.competency_id
                 AND x.deleted_at IS NULL
               ORDER BY x.assessed_at DESC, x.created_at DESC LIMIT 1)
ORDER BY c.name COLLATE NOCASE
"""


def _entry(r: dict[str, Any]) -> PortraitEntry:
    return PortraitEntry(
        competency=r["competency"], current=r["current_level"], target=r["target_level"],
        category=r["category"] or "", assessed_at=r["assessed_at"],
    )


def portrait(db: Database, person_id: str) -> list[PortraitEntry]:
    return [_entry(r) for r in db.query(_PORTRAIT_SQL.format(extra="AND pc.person_id = ?"), (person_id,))]


def all_portraits(db: Database) -> dict[str, list[PortraitEntry]]:
    out: dict[str, list[PortraitEntry]] = {}
    for r in db.query(_PORTRAIT_SQL.format(extra="")):
        out.setdefault(r["person_id"], []).append(_entry(r))
    return out


def competency_history(db: Database, person_id: str, competency: str) -> list[PortraitEntry]:
    """Every dated assessment, oldest first: how a competency grew."""
    return [_entry(r) for r in db.query(
        """SELECT c.name AS competency, c.category, pc.current_level, pc.target_level, pc.assessed_at
           FROM person_competencies pc JOIN competencies c ON c.id = pc.competency_id
           WHERE pc.person_id = ? AND lower(c.name) = lower(?) AND pc.deleted_at IS NULL
           ORDER BY pc.assessed_at, pc.created_at""", (person_id, competency))]


def record_portrait(
    conn: sqlite3.Connection,
    person_id: str,
    entries: Iterable[PortraitEntry],
    assessed_at: str,
    latest: dict[str, tuple[int, int | None]] | None = None,
    cache: dict[str, str] | None = None,
    sink: list | None = None,
) -> int:
    """Add a dated assessment for each competency whose levels changed; returns rows added.

    An unchanged level adds nothing, so re-importing the same file changes nothing.
    """
    if latest is None:
        latest = {}
        for r in conn.execute(_PORTRAIT_SQL.format(extra="AND pc.person_id = ?"), (person_id,)).fetchall():
            latest[r[1].lower()] = (r[3], r[4])  # Python's lower, as the keys below: SQLite's folds only A-Z
    added = 0
    for e in entries:
        key = e.competency.strip().lower()
        if latest.get(key) == (e.current, e.target):
            continue
        cid = ensure_competency(conn, e.competency, e.category, cache)
        values = {"person_id": person_id, "competency_id": cid, "current_level": e.current,
                  "target_level": e.target, "assessed_at": assessed_at}
        if sink is not None:  # the caller inserts the batch with rows.insert_many
            sink.append((rows.new_id(), values))
        else:
            rows.insert(conn, "person_competencies", values)
        latest[key] = (e.current, e.target)
        added += 1
    return added


_LEVELS_IN_ORDER_SQL = """
SELECT person_id, competency_id, current_level, target_level
FROM person_competencies
WHERE deleted_at IS NULL
ORDER BY assessed_at, created_at
"""


def latest_levels_by_person(conn: sqlite3.Connection) -> dict[str, dict[str, tuple[int, int | None]]]:
    """person id -> lower(competency) -> (current, target) of the latest assessment.

    Every assessment read oldest first, each overwriting the one before: one sorted scan
    instead of ``_PORTRAIT_SQL``'s subquery per row (0.3 s of a 10,000-person re-import);
    the few dozen competency names are looked up in Python rather than joined per row.
    """
    names = {cid: name.lower() for cid, name in conn.execute("SELECT id, name FROM competencies")}
    out: dict[str, dict[str, tuple[int, int | None]]] = {}
    for pid, cid, current, target in conn.execute(_LEVELS_IN_ORDER_SQL):
        name = names.get(cid)
        if name is None:
            continue  # as the join did: an assessment of a competency that is not there
        levels = out.get(pid)
        if levels is None:
            levels = out[pid] = {}
        levels[name] = (current, target)
    return out


# -- people writes -----------------------------------------------------------------

def insert_person(conn: sqlite3.Connection, person: Person) -> str:
    return rows.insert(conn, "people", person_values(person))


def update_person(conn: sqlite3.Connection, person_id: str, person: Person,
                  expected_updated_at: str | None = None) -> bool:
    return rows.update(conn, "people", person_id, person_values(person),
                       expected_updated_at=expected_updated_at)


def update_person_values(conn: sqlite3.Connection, person_id: str, values: dict[str, Any]) -> bool:
    """`update_person` for values already in their stored form (`person_values`): the import
    builds them once to compare with the stored row and writes the same dict."""
    return rows.update(conn, "people", person_id, values)


def person_rows_by_employee_id(conn: sqlite3.Connection) -> dict[str, dict[str, Any]]:
    cur = conn.execute("SELECT * FROM people WHERE deleted_at IS NULL")
    names = [d[0] for d in cur.description]
    return {r[names.index("employee_id")]: dict(zip(names, r, strict=True)) for r in cur.fetchall()}


# -- mentor profiles ---------------------------------------------------------------

def mentor_profile(db: Database, person_id: str) -> MentorProfile | None:
    r = db.query_one("SELECT * FROM mentor_profiles WHERE person_id = ? AND deleted_at IS NULL", (person_id,))
    if r is None:
        return None
    return MentorProfile(person_id=person_id, willing=bool(r["willing"]), motivation=r["motivation"],
                         capacity=r["capacity"], availability=r["availability"],
                         recognition=r["recognition"], id=r["id"])


def save_mentor_profile(conn: sqlite3.Connection, profile: MentorProfile) -> str:
    values = {
        "person_id": profile.person_id, "willing": int(profile.willing), "motivation": profile.motivation,
        "capacity": profile.capacity, "availability": profile.availability, "recognition": profile.recognition,
    }
    found = conn.execute(
        "SELECT id FROM mentor_profiles WHERE person_id = ? AND deleted_at IS NULL", (profile.person_id,)
    ).fetchone()
    if found:
        rows.update(conn, "mentor_profiles", found[0], values)
        return found[0]
    return rows.insert(conn, "mentor_profiles", values)


def set_mentor_capacity(conn: sqlite3.Connection, person_id: str, capacity: int) -> None:
    found = conn.execute(
        "SELECT id FROM mentor_profiles WHERE person_id = ? AND deleted_at IS NULL", (person_id,)
    ).fetchone()
    if found:
        rows.update(conn, "mentor_profiles", found[0], {"capacity": capacity})
    else:
        rows.insert(conn, "mentor_profiles", {"person_id": person_id, "capacity": capacity, "willing": 1})


def count_people(db: Database) -> int:
    return int(db.scalar("SELECT count(*) FROM people WHERE deleted_at IS NULL"))
