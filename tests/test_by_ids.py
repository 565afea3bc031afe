"""The one chunked IN helper (storage/by_ids.py): more ids than SQLite binds in one statement."""

from __future__ import annotations

import sqlite3

import pytest

from mentordesk.storage import by_ids, rows

N = 2_300  # more than two chunks, and more than the 999 host parameters of older SQLite builds


@pytest.fixture
def people(db) -> list[str]:
    items = [(rows.new_id(), {"employee_id": f"E{i:05d}", "name": f"Person {i}", "email": f"p{i}@example.com"})
             for i in range(N)]
    with db.transaction() as conn:
        rows.insert_many(conn, "people", items)
        rows.tombstone(conn, "people", items[7][0])
    return [pid for pid, _ in items]


@pytest.fixture
def old_sqlite_limit(db):
    """Behave like a build limited to 999 host parameters, as older SQLite builds are."""
    db.conn.setlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER, 999)
    with pytest.raises(sqlite3.OperationalError, match="too many SQL variables"):
        db.query(f"SELECT id FROM people WHERE id IN ({', '.join('?' * 1000)})", ["x"] * 1000)


def test_names_of_more_people_than_one_statement_may_bind(db, people, old_sqlite_limit):
    names = by_ids.people_names(db, people)
    assert len(names) == N
    assert names[people[0]] == "Person 0" and names[people[-1]] == f"Person {N - 1}"
    assert names[people[7]] == "Person 7"  # deleted people are still named (a past pair names who it was)


def test_repeated_and_unknown_ids_are_asked_once_and_left_out(db, people, old_sqlite_limit):
    asked = people[:600] * 3 + ["no-such-id"]
    found = by_ids.select_in(db, "SELECT id FROM people WHERE id IN ({ids})", asked)
    assert sorted(r["id"] for r in found) == sorted(people[:600])
    assert by_ids.people_names(db, []) == {}


def test_parameters_before_the_ids_are_bound_in_every_chunk(db, people, old_sqlite_limit):
    found = by_ids.select_in(db, "SELECT id FROM people WHERE deleted_at IS NULL AND name LIKE ? AND id IN ({ids})",
                             people, ["Person 1%"])
    expected = {pid for i, pid in enumerate(people) if str(i).startswith("1") and i != 7}
    assert {r["id"] for r in found} == expected and len(expected) > by_ids.CHUNK


def test_chunks_keep_first_seen_order_and_size():
    got = list(by_ids.chunks(["b", "a", "b", "c", "a", "d"], size=2))
    assert got == [["b", "a"], ["c", "d"]]


def test_a_query_without_the_ids_slot_is_refused(db):
    with pytest.raises(ValueError, match="ids"):
        by_ids.select_in(db, "SELECT id FROM people WHERE id IN (?)", ["x"])


def test_a_person_s_data_with_more_goals_than_one_statement_binds(db, old_sqlite_limit):
    """A long-serving mentor: 1,200 goals and their history, each asked for in chunks, in order."""
    from mentordesk.models import Person
    from mentordesk.services import people, personal_data
    from mentordesk.services import relationships as rel_service

    mentor = people.add_person(db, Person(employee_id="M1", name="Mara Mentor", email="m1@example.com"))
    mentee = people.add_person(db, Person(employee_id="T1", name="Tom Mentee", email="t1@example.com"))
    rel = rel_service.start_relationship(db, mentor, mentee)
    goals = [(rows.new_id(), {"relationship_id": rel, "title": f"Goal {i}"}) for i in range(1_200)]
    with db.transaction() as conn:
        rows.insert_many(conn, "goals", goals)
        rows.insert_many(conn, "goal_history", [(rows.new_id(), {"goal_id": gid, "status": "open", "progress": 0})
                                                for gid, _ in goals])
    found = personal_data.person_data(db, mentor)["records"]
    assert len(found["goals"]) == 1_200 and len(found["goal_history"]) == 1_200
    assert [g["id"] for g in found["goals"]] == sorted(g["id"] for g in found["goals"])
    history = [(h["created_at"], h["id"]) for h in found["goal_history"]]
    assert history == sorted(history)
    assert personal_data.person_data(db, mentor)["names"]["people"][mentee] == "Tom Mentee"


def test_old_notes_of_more_relationships_than_one_statement_binds_are_cleared(db, old_sqlite_limit):
    """Years of closed relationships: every one's meeting notes emptied, none left behind a chunk edge."""
    from mentordesk.models import Person
    from mentordesk.services import people
    from mentordesk.storage import retention_repo

    mentor = people.add_person(db, Person(employee_id="M1", name="Mara Mentor", email="m1@example.com"))
    mentee = people.add_person(db, Person(employee_id="T1", name="Tom Mentee", email="t1@example.com"))
    rels = [(rows.new_id(), {"mentor_id": mentor, "mentee_id": mentee, "start_date": "2019-01-07",
                             "planned_end": "2019-10-07", "status": "closed", "closed_on": "2019-10-07"})
            for _ in range(1_100)]
    with db.transaction() as conn:
        rows.insert_many(conn, "relationships", rels)
        rows.insert_many(conn, "meetings", [(rows.new_id(), {"relationship_id": rid, "date": "2019-02-04",
                                                             "outcome": "held", "notes": f"private note {i}"})
                                            for i, (rid, _) in enumerate(rels)])
    assert retention_repo.clear_confidential_text(db, [rid for rid, _ in rels]) == (1_100, 0)
    assert db.scalar("SELECT count(*) FROM meetings WHERE notes <> ''") == 0
