"""A person's history (issue 13): programs, relationships with stage and outcome, past mentors and mentees."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys

import pytest

from mentordesk.errors import NotFoundError
from mentordesk.models import Person, Program
from mentordesk.services import people as people_service
from mentordesk.services import programs, relationships
from mentordesk.services.person_history import person_history
from mentordesk.storage.database import Database


def _person(db: Database, eid: str, name: str, role: str) -> str:
    return people_service.add_person(db, Person(employee_id=eid, name=name, email=f"{eid}@example.com", role=role))


@pytest.fixture
def story(db: Database) -> dict[str, str]:
    """Lena was mentored by Ana (completed), then by Bo (running), and now mentors Cas herself."""
    ids = {"lena": _person(db, "E1", "Lena Vos", "both"), "ana": _person(db, "E2", "Ana Ruiz", "mentor"),
           "bo": _person(db, "E3", "Bo Berg", "mentor"), "cas": _person(db, "E4", "Cas Mol", "mentee"),
           "other": _person(db, "E5", "Dee Other", "mentee")}
    ids["p2025"] = programs.create_program(db, Program(name="Mentoring 2025"))
    ids["p2026"] = programs.create_program(db, Program(name="Mentoring 2026"))
    programs.enrol(db, ids["p2025"], ids["lena"], "mentee", "accepted")
    programs.enrol(db, ids["p2026"], ids["lena"], "mentee", "accepted")
    programs.enrol(db, ids["p2026"], ids["lena"], "mentor", "applied")
    first = relationships.start_relationship(db, ids["ana"], ids["lena"], ids["p2025"], start=dt.date(2025, 1, 6))
    relationships.close(db, first, "completed", closed_on=dt.date(2025, 9, 30))
    ids["first"] = first
    ids["second"] = relationships.start_relationship(db, ids["bo"], ids["lena"], ids["p2026"],
                                                     start=dt.date(2026, 1, 5))
    ids["third"] = relationships.start_relationship(db, ids["lena"], ids["cas"], ids["p2026"],
                                                    start=dt.date(2026, 2, 2))
    relationships.start_relationship(db, ids["ana"], ids["other"], start=dt.date(2026, 1, 5))  # not Lena's
    return ids


def test_history_tells_programs_pairings_and_partners(db: Database, story: dict[str, str]) -> None:
    h = person_history(db, story["lena"])
    assert h.name == "Lena Vos" and not h.is_empty
    assert [(e.program_name, e.role, e.status) for e in h.enrolments] == [
        ("Mentoring 2025", "mentee", "accepted"), ("Mentoring 2026", "mentee", "accepted"),
        ("Mentoring 2026", "mentor", "applied")]
    rels = {r.id: r for r in h.relationships}
    assert set(rels) == {story["first"], story["second"], story["third"]}
    first = rels[story["first"]]
    assert (first.role, first.partner_name, first.status, first.closure_outcome) == (
        "mentee", "Ana Ruiz", "closed", "completed")
    assert (first.start_date, first.end_date) == (dt.date(2025, 1, 6), dt.date(2025, 9, 30))
    third = rels[story["third"]]
    assert (third.role, third.partner_name, third.active, third.stage) == ("mentor", "Cas Mol", True, 1)
    assert [(p.name, p.current) for p in h.mentors] == [("Ana Ruiz", False), ("Bo Berg", True)]
    assert [(p.name, p.current) for p in h.mentees] == [("Cas Mol", True)]


def test_history_from_the_partner_side_and_for_a_newcomer(db: Database, story: dict[str, str]) -> None:
    ana = person_history(db, story["ana"])
    assert [p.name for p in ana.mentees] == ["Lena Vos", "Dee Other"] and ana.mentors == []
    assert ana.enrolments == ()
    newcomer = _person(db, "E9", "New Person", "none")
    assert person_history(db, newcomer).is_empty
    with pytest.raises(NotFoundError):
        person_history(db, "no-such-person")


def test_cli_person_history(db: Database, story: dict[str, str]) -> None:
    path = db.path
    db.close()
    env = {**os.environ, "MENTORDESK_LANG": "en"}
    run = subprocess.run([sys.executable, "-m", "mentordesk", "--db", str(path), "person-history", "E1", "--json"],
                         capture_output=True, text=True, env=env, timeout=120)
    assert run.returncode == 0, run.stderr
    data = json.loads(run.stdout)
    assert [m["name"] for m in data["mentors"]] == ["Ana Ruiz", "Bo Berg"]
    assert {r["outcome"] for r in data["relationships"]} == {"completed", None}
    text = subprocess.run([sys.executable, "-m", "mentordesk", "--db", str(path), "person-history", "E1"],
                          capture_output=True, text=True, env=env, timeout=120)
    assert "Ana Ruiz" in text.stdout and "Mentoring 2025" in text.stdout
    missing = subprocess.run([sys.executable, "-m", "mentordesk", "--db", str(path), "person-history", "E404"],
                             capture_output=True, text=True, env=env, timeout=120)
    assert missing.returncode == 1 and "E404" in missing.stderr and "Traceback" not in missing.stderr
