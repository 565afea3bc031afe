"""The people list at company scale: the same people as one-by-one reading, held small.

`people_repo.list_people` reads plain tuples and shares repeated values (department,
branch, title, role, hire date, languages, competency names) between people; a Person
has no per-object dict. These tests check that the list says exactly what reading each
person alone says, that the sharing happens, and that it never mixes two values up.
"""

from __future__ import annotations

import datetime as dt
import random
import sys

from mentordesk.models import Person, PortraitEntry
from mentordesk.services import people as people_service
from mentordesk.storage import people_repo
from mentordesk.storage.database import Database

FIELDS = ("id", "employee_id", "name", "email", "department", "branch", "title", "manager_employee_id",
          "hire_date", "languages", "notes", "role", "archived", "mentor_capacity", "updated_at", "competency_names")


def _fill(db: Database, n: int) -> None:
    rng = random.Random(11)
    for i in range(n):
        people_service.add_person(db, Person(
            employee_id=f"E{i:03d}", name=f"Person {i}", email=f"p{i}@example.com",
            department=rng.choice(["Sales", "Finance", ""]), branch=rng.choice(["Utrecht", "Kraków"]),
            title=rng.choice(["Analyst", "Lead", ""]), role=rng.choice(["mentor", "mentee", "both", "none"]),
            hire_date=rng.choice([None, dt.date(2020, 1, 6), dt.date(2021, 3, 1)]),
            languages=rng.choice([(), ("en",), ("en", "pl")]), notes=rng.choice(["", "likes chess"]),
            archived=rng.random() < 0.2, manager_employee_id=f"E{i - 1:03d}" if i and rng.random() < 0.5 else None,
            portrait=tuple(PortraitEntry(c, 1, 3) for c in rng.sample(["SQL", "Lean", "Coaching"], rng.randint(0, 2))),
        ))


def test_the_list_says_what_reading_each_person_says(db: Database) -> None:
    _fill(db, 80)
    listed = people_repo.list_people(db)
    assert len(listed) == 80
    for person in listed:
        alone = people_repo.get_person(db, person.id)
        assert alone is not None
        for name in FIELDS:
            assert getattr(person, name) == getattr(alone, name), (person.employee_id, name)
    active = people_repo.list_people(db, include_archived=False)
    assert [p.id for p in active] == [p.id for p in listed if not p.archived] and len(active) < len(listed)


def test_repeated_values_are_held_once(db: Database) -> None:
    _fill(db, 80)
    listed = people_repo.list_people(db)
    for name in ("department", "branch", "title", "hire_date", "languages", "competency_names", "role"):
        values = [getattr(p, name) for p in listed]
        distinct = {id(v) for v in values}
        assert len(distinct) == len(set(values)), name  # one object per distinct value
    assert not hasattr(listed[0], "__dict__")


def test_a_person_is_small() -> None:
    """With a __dict__ a Person of 16 fields costs several hundred bytes more."""
    p = Person(employee_id="E1", name="A", email="a@example.com")
    assert sys.getsizeof(p) < 8 * 24 and not hasattr(p, "__dict__")


def test_the_list_is_in_sqlites_nocase_name_order(db: Database) -> None:
    """Sorted in Python now: SQLite itself must agree that each name is <= the next one."""
    names = ["álvaro Núñez", "Zoë", "zeta", "Émile", "ADAM", "adam", "Adam", "Ådne", "ß", "Bob", "bob", "_x",
             "Łukasz", "Lukas", "李雷", "1st", "élodie", "Zeta"]
    for i, name in enumerate(names):
        people_service.add_person(db, Person(employee_id=f"N{i}", name=name, email=f"n{i}@example.com"))
    listed = [p.name for p in people_repo.list_people(db)]
    assert sorted(listed) == sorted(names)
    for a, b in zip(listed, listed[1:], strict=False):
        assert db.scalar("SELECT ? <= ? COLLATE NOCASE", (a, b)) == 1, (a, b)
    expected = [r[0] for r in db.conn.execute("SELECT name FROM people ORDER BY name COLLATE NOCASE")]
    assert [n.lower() for n in listed] == [n.lower() for n in expected]
