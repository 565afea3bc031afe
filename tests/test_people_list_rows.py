"""The People screen's light list (issue 15) says exactly what the full reading says.

`people_list.list_rows` (named tuples) against `people.list_people` (Persons), field by
field and in the same order; `people_list.search_keys` against `search_text` per person;
`search_fold.fold_many` / `fold_column` against `fold` per text. Real files: people with
accents, archived people, a deleted person, repeated and deleted assessments (the
competency names skip the deleted ones, as the full reading does).
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date

import pytest

from mentordesk.models import Person, PortraitEntry
from mentordesk.search_fold import fold, fold_column, fold_many
from mentordesk.services import people as people_service
from mentordesk.services import people_list
from mentordesk.storage.database import Database

NAMES = ["Álvaro Núñez", "alvaro nunez", "Zoë Łukasz", "ßimon Straße", "María José", "Øyvind", "Íñigo Ibáñez",
         "Anneke de Vries", "ǅemal", "Ｊoost", "Zoë Łukasz"]
COMPETENCIES = ["Coaching", "Négociation", "łączność", "Excel", "Data analysis"]


def _company(db: Database, rng: random.Random, n: int = 40) -> list[str]:
    ids = []
    for i in range(n):
        portrait = tuple(PortraitEntry(c, rng.randint(0, 4), 5) for c in rng.sample(COMPETENCIES, rng.randint(0, 3)))
        ids.append(people_service.add_person(db, Person(
            employee_id=f"E{i:03d}", name=rng.choice(NAMES), email=f"p{i}@example.com",
            department=rng.choice(["Finance", "Operaciones", "Łączność", ""]), branch=rng.choice(["Kraków", ""]),
            title=rng.choice(["", "Jefa de ventas"]), role=rng.choice(["mentor", "mentee", "both", "none"]),
            languages=tuple(rng.sample(["en", "nl", "pl"], rng.randint(0, 2))), archived=i % 7 == 3,
            hire_date=None if i % 5 == 0 else date(2020, 1 + i % 12, 1 + i % 28),
            portrait=portrait)))
    return ids


def _same(db: Database) -> None:
    everyone = people_service.list_people(db, include_archived=True)
    rows = people_list.list_rows(db)
    assert [r.id for r in rows] == [p.id for p in everyone]
    for row, person in zip(rows, everyone, strict=True):
        for field in row._fields:
            assert getattr(row, field) == getattr(person, field), (field, row, person)
    names = people_list.competency_names(db)
    assert people_list.search_keys(rows, names) == [people_service.search_text(p) for p in everyone]
    assert people_list.search_keys(everyone) == [people_service.search_text(p) for p in everyone]


@pytest.mark.parametrize("seed", [1, 2])
def test_rows_and_keys_equal_the_full_reading(db: Database, seed: int) -> None:
    rng = random.Random(seed)
    ids = _company(db, rng)
    _same(db)
    # Someone assessed again in the competencies they have (repeats are named once), one person removed.
    for pid in ids[:6]:
        person = people_service.get_person(db, pid)
        changed = tuple(replace(e, current=min(5, e.current + 1)) for e in person.portrait)
        people_service.update_person(db, pid, replace(person, portrait=changed))
    with db.transaction() as conn:
        conn.execute("UPDATE people SET deleted_at = '2026-01-01' WHERE id = ?", (ids[2],))
    _same(db)


def test_deleted_assessments_are_left_out_of_the_names(db: Database) -> None:
    """An assessment deleted (an undone import, a merge) no longer names its competency; someone
    whose every assessment is deleted has no names; the others keep theirs."""
    ids = _company(db, random.Random(3))
    with db.transaction() as conn:
        rows = conn.execute("SELECT id, person_id FROM person_competencies ORDER BY id").fetchall()
        some = [r[0] for r in rows[::3]]
        conn.executemany("UPDATE person_competencies SET deleted_at = '2026-01-01' WHERE id = ?", [(i,) for i in some])
        conn.execute("UPDATE person_competencies SET deleted_at = '2026-01-01' WHERE person_id = ?", (ids[4],))
    _same(db)
    names = people_list.competency_names(db)
    assert ids[4] not in names
    assert any(names.values())


def test_an_empty_file_lists_no_one(db: Database) -> None:
    assert people_list.list_rows(db) == [] and people_list.search_keys([]) == []


ALPHABET = "aAzZ0 -@.ßİıłŁøØæŒþðĸéÉñÑüŪ\u0301\u0308\u0345ﬁＪℌ\u00a0\x1f\u1e9e\U0001d400Σς日本Ωǅ"


@pytest.mark.parametrize("seed", range(4))
def test_fold_many_and_fold_column_equal_fold_per_text(seed: int) -> None:
    """Random texts of letters with and without decompositions, marks at the start, the
    separator itself, full-width and mathematical letters, repeats: each folded as on its own."""
    rng = random.Random(seed)
    for _ in range(400):
        texts = ["".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, 9))) for _ in range(rng.randint(0, 8))]
        texts += rng.sample(texts, min(2, len(texts)))
        expected = [fold(t) for t in texts]
        assert fold_many(texts) == expected, texts
        assert fold_column(texts) == expected, texts
    ascii_texts = [f"Person {i} @Example.COM" for i in range(50)]
    assert fold_many(ascii_texts) == [t.lower() for t in ascii_texts]
