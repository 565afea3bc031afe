"""Competency names with capitals outside ASCII, shared by several people (issue 13 class).

The unique index on competencies is `lower(name)` with SQLite's ASCII-only `lower`, so the
lookup that decides "this competency exists already" must fold the same way. Before, the
second person with "Łączność" made MentorDesk insert the competency again and fail with
"could not use company.db".
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mentordesk.models import Person, PortraitEntry
from mentordesk.services import people
from mentordesk.storage import people_repo
from mentordesk.storage.database import Database
from mentordesk.storage.text_keys import sqlite_lower

NAMES = ["Łączność", "Ética profesional", "Öffentlichkeitsarbeit", "Çeviri", "ÅRSREDOVISNING", "Ñandú"]


@pytest.fixture
def db(tmp_path):
    database = Database.open(tmp_path / "company.db", create=True)
    yield database
    database.close()


def _person(n: int, name: str) -> Person:
    return Person(employee_id=f"E{n}", name=f"Person {n}", email=f"p{n}@example.com",
                  portrait=(PortraitEntry(competency=name, current=2, target=4),))


@pytest.mark.parametrize("name", NAMES)
def test_second_person_with_the_same_competency_shares_it(db, name):
    first = people.add_person(db, _person(1, name))
    second = people.add_person(db, _person(2, name))
    assert db.scalar("SELECT count(*) FROM competencies WHERE deleted_at IS NULL") == 1
    for pid in (first, second):
        portrait = people.get_person(db, pid).portrait
        assert [e.competency for e in portrait] == [name]


def test_the_cache_and_the_file_agree_on_spelling_variants(db):
    """Within one import (a cache) and across calls (the file), ASCII case folds and the
    other letters stay apart exactly as the index says."""
    cache: dict[str, str] = {}
    with db.transaction() as conn:
        a = people_repo.ensure_competency(conn, "Łączność", cache=cache)
        assert people_repo.ensure_competency(conn, "ŁąCZNOść", cache=cache) == a
        assert people_repo.ensure_competency(conn, "  Łączność ", cache=cache) == a
        b = people_repo.ensure_competency(conn, "ética profesional")
        assert people_repo.ensure_competency(conn, "éTICA PROFESIONAL") == b
        assert people_repo.ensure_competency(conn, "Ética profesional") != b  # É is not ASCII
    with db.transaction() as conn:
        assert people_repo.ensure_competency(conn, "Łączność") == a


def test_sqlite_lower_matches_sqlite(db):
    for text in [*NAMES, "MiXeD Case", "ŁĄCZNOŚĆ", "straße", ""]:
        assert sqlite_lower(text) == db.scalar("SELECT lower(?)", (text,))


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=40))
def test_sqlite_lower_folds_exactly_as_sqlite_does(text: str) -> None:
    """Python's key and SQLite's `lower()` agree on any text (ASCII folded, nothing else), so a
    lookup by name finds the row the unique index compares."""
    import sqlite3

    with sqlite3.connect(":memory:") as conn:
        assert sqlite_lower(text) == conn.execute("SELECT lower(?)", (text,)).fetchone()[0]
    assert sqlite_lower("ÉTICA Łączność ABC") == "Ética Łączność abc"
    assert sqlite_lower(None) == ""
