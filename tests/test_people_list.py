"""The people list's competency names (for the search box), read without the group_concat subquery."""

from __future__ import annotations

import random
from dataclasses import replace

from mentordesk.models import Person, PortraitEntry
from mentordesk.services import people as people_service
from mentordesk.storage import people_repo
from mentordesk.storage.database import Database

COMPS = ["Coaching", "Negotiation", "SQL", "Excel", "Lean", "Hiring", "Pricing", "Quality"]

# The query the list used before, kept here as the reference the new reading must agree with.
REFERENCE = """
SELECT x.person_id, group_concat(c.name, '; ') AS names
FROM (SELECT DISTINCT person_id, competency_id FROM person_competencies WHERE deleted_at IS NULL) x
JOIN competencies c ON c.id = x.competency_id
GROUP BY x.person_id
"""


def _fill(db: Database, n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    ids = []
    for i in range(n):
        portrait = tuple(PortraitEntry(c, rng.randint(0, 3), rng.randint(3, 5))
                         for c in rng.sample(COMPS, rng.randint(0, 4)))
        ids.append(people_service.add_person(db, Person(
            employee_id=f"E{i:04d}", name=f"Person {i}", email=f"p{i}@example.com", portrait=portrait)))
    # Re-assessments (the same competency again) and a removed assessment.
    for pid in rng.sample(ids, n // 3):
        person = people_service.get_person(db, pid)
        if person.portrait:
            changed = tuple(PortraitEntry(e.competency, min(5, e.current + 1), e.target) for e in person.portrait)
            people_service.update_person(db, pid, replace(person, portrait=changed))
    with db.transaction() as conn:
        conn.execute("UPDATE person_competencies SET deleted_at = '2026-01-01T00:00:00Z' "
                     "WHERE rowid IN (SELECT rowid FROM person_competencies ORDER BY rowid LIMIT 3)")
    return ids


def test_names_agree_with_the_old_query(db: Database) -> None:
    ids = _fill(db, 60, seed=3)
    expected = {r["person_id"]: sorted(r["names"].split("; ")) for r in db.query(REFERENCE)}
    listed = {p.id: p for p in people_repo.list_people(db)}
    assert set(listed) == set(ids)
    with_names = 0
    for pid, person in listed.items():
        got = person.competency_names.split("; ") if person.competency_names else []
        assert len(got) == len(set(got)), person.competency_names  # each competency once
        assert sorted(got) == expected.get(pid, []), pid
        with_names += bool(got)
        one = people_repo.get_person(db, pid)
        assert one is not None and sorted(one.competency_names.split("; ") if one.competency_names else []) \
            == expected.get(pid, [])
    assert with_names > 20
    assert db.scalar("SELECT count(*) FROM person_competencies WHERE deleted_at IS NOT NULL") == 3


def test_search_finds_people_by_competency(db: Database) -> None:
    _fill(db, 30, seed=5)
    everyone = people_repo.list_people(db)
    for comp in ("sql", "negotiation"):
        found = people_service.filter_people(everyone, comp)
        expected = [p for p in everyone if comp in p.competency_names.casefold()]
        assert found == expected and found
