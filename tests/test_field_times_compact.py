"""The compact `field_times` ({} on a row untouched since insert) merges exactly like the long
form it replaced ({column: created_at, ...} for every column): real files, real merges."""

from __future__ import annotations

import json
import shutil
import sqlite3
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from mentordesk.models import Person, PortraitEntry
from mentordesk.services import files
from mentordesk.storage import field_times, people_repo, rows
from mentordesk.storage.database import Database
from mentordesk.storage.schema import BOOKKEEPING, SYNCED_TABLES

Edit = Callable[[sqlite3.Connection, dict[str, str]], Any]


def _person(eid: str, name: str, dept: str) -> Person:
    return Person(employee_id=eid, name=name, email=f"{eid.lower()}@example.com", department=dept,
                  branch="Lyon", title="Analyst", hire_date=date(2020, 1, 6), languages=("en",), role="mentee")


def _open(path: Path, site: str, monkeypatch: pytest.MonkeyPatch) -> Database:
    monkeypatch.setenv("MENTORDESK_SITE", site)
    return Database.open(path)


def _hq(tmp: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, dict[str, str]]:
    path = tmp / "hq.db"
    db = _open(path, "hq", monkeypatch)
    with db.transaction() as conn:
        ids = {eid: people_repo.insert_person(conn, _person(eid, name, "Sales"))
               for eid, name in (("E1", "Ann Bakker"), ("E2", "Bob Smit"), ("E3", "Cas Mulder"))}
        for pid in ids.values():
            people_repo.record_portrait(conn, pid, [PortraitEntry("Coaching", 2, 4), PortraitEntry("Excel", 3, None)],
                                        "2026-01-05")
    db.close()
    return path, ids


def _expand_to_long_form(path: Path) -> None:
    """What the previous version stored: every column recorded at created_at."""
    conn = sqlite3.connect(path)
    for table in SYNCED_TABLES:
        cols = [r[1] for r in conn.execute(f'PRAGMA table_info("{table}")') if r[1] not in BOOKKEEPING]
        for rid, created in conn.execute(f'SELECT id, created_at FROM "{table}" WHERE field_times = \'{{}}\' '
                                         "AND created_at = updated_at AND deleted_at IS NULL").fetchall():
            conn.execute(f'UPDATE "{table}" SET field_times = ? WHERE id = ?',
                         (json.dumps({c: created for c in sorted(cols)}), rid))
    conn.commit()
    conn.close()


def _dump(path: Path) -> dict[str, list[tuple]]:
    """Every synced row's values, whether it is deleted, its site and which columns carry a time.

    The two runs happen at different moments, so times and the ids of rows inserted by an edit
    differ between them; what the merge decided (values, deletions, winners' sites) must not.
    """
    conn = sqlite3.connect(path)
    conn.row_factory = sqlite3.Row
    out = {}
    for t in SYNCED_TABLES:
        found = []
        for r in map(dict, conn.execute(f'SELECT * FROM "{t}"')):
            values = tuple((k, v) for k, v in sorted(r.items()) if k not in BOOKKEEPING and not k.endswith("_id"))
            found.append((values, r["deleted_at"] is not None, r["site"], tuple(sorted(field_times.read(r)))))
        out[t] = sorted(found, key=repr)
    conn.close()
    return out


def test_an_inserted_row_with_every_column_stores_the_compact_form(tmp_path, monkeypatch) -> None:
    path, ids = _hq(tmp_path, monkeypatch)
    conn = sqlite3.connect(path)
    assert {r[0] for r in conn.execute("SELECT field_times FROM people")} == {"{}"}
    assert {r[0] for r in conn.execute("SELECT field_times FROM person_competencies")} == {"{}"}
    # a row inserted with only some columns keeps the long form: the others stay undated defaults
    partial = rows.insert(conn, "mentor_profiles", {"person_id": ids["E1"], "capacity": 2})
    assert json.loads(conn.execute("SELECT field_times FROM mentor_profiles WHERE id = ?", (partial,)).fetchone()[0]
                      ).keys() == {"capacity", "person_id"}
    conn.close()


def _edit(path: Path, site: str, monkeypatch, fn: Edit) -> None:
    db = _open(path, site, monkeypatch)
    with db.transaction() as conn:
        fn(conn, {r["employee_id"]: r["id"] for r in db.query("SELECT id, employee_id FROM people")})
    db.close()


SCENARIOS: dict[str, tuple[Edit, Edit]] = {
    "different fields": (lambda c, i: rows.update(c, "people", i["E1"], {"department": "IT"}),
                         lambda c, i: rows.update(c, "people", i["E1"], {"title": "Lead"})),
    "same field": (lambda c, i: rows.update(c, "people", i["E2"], {"branch": "Porto"}),
                   lambda c, i: rows.update(c, "people", i["E2"], {"branch": "Madrid"})),
    "deleted on one side, edited on the other": (
        lambda c, i: rows.tombstone(c, "people", i["E3"]),
        lambda c, i: rows.update(c, "people", i["E3"], {"name": "Cas M. Mulder"})),
    # fixed ids: which copy survives a join follows the ids, and both runs must ask the same
    "the same person entered on both sides": (
        lambda c, i: rows.insert(c, "people", people_repo.person_values(_person("E9", "Dirk Visser", "HR")),
                                 row_id="00000000-0000-4000-8000-00000000000a"),
        lambda c, i: (rows.insert(c, "people", people_repo.person_values(_person("E9", "Dirk Visser", "Legal")),
                                  row_id="00000000-0000-4000-8000-00000000000b"),
                      rows.update(c, "people", i["E1"], {"notes": "x"}))),
    "the same person entered on both sides, then edited on one": (
        lambda c, i: (rows.insert(c, "people", people_repo.person_values(_person("E8", "Eva Peña", "HR")),
                                  row_id="00000000-0000-4000-8000-0000000000b1"),),
        lambda c, i: (rows.insert(c, "people", people_repo.person_values(_person("E8", "Eva Peña", "Legal")),
                                  row_id="00000000-0000-4000-8000-0000000000a1"),
                      rows.update(c, "people", "00000000-0000-4000-8000-0000000000a1", {"title": "Boss"}))),
}


@pytest.mark.parametrize("name", sorted(SCENARIOS))
def test_merging_compact_rows_gives_what_the_long_form_gave(tmp_path, monkeypatch, name: str) -> None:
    hq, _ = _hq(tmp_path, monkeypatch)
    left, right = SCENARIOS[name]
    results = []
    for form in ("compact", "long"):
        a, b = tmp_path / f"{form}-a.db", tmp_path / f"{form}-b.db"
        shutil.copy(hq, a)
        shutil.copy(hq, b)
        if form == "long":
            _expand_to_long_form(a)
            _expand_to_long_form(b)
        _edit(a, "rotterdam", monkeypatch, left)
        _edit(b, "utrecht", monkeypatch, right)
        for into, other, site in ((a, b, "rotterdam"), (b, a, "utrecht")):
            db = _open(into, site, monkeypatch)
            files.merge_file(db, other)
            db.close()
        results.append((_dump(a), _dump(b)))
    (compact_a, compact_b), (long_a, long_b) = results
    assert compact_a == long_a
    assert compact_b == long_b
    assert compact_a["people"] == compact_b["people"]  # and both directions settle
