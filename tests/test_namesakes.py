"""People with the same name are told apart (employee ID, department) in pickers, the report list
and batch file names — and only they: everyone else keeps their plain name."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest

from mentordesk.models import Person
from mentordesk.namesakes import label, name_key, shared_name_ids
from mentordesk.reports.batch import build_batch, namesakes_in, safe_file_stem
from mentordesk.reports.data import Person as ReportPerson
from mentordesk.reports.data import ReportOptions, sample_relationship
from mentordesk.services import namesakes as namesakes_service
from mentordesk.services import people as people_service
from mentordesk.services import relationships as rel_service
from mentordesk.services import reports as reports_service
from mentordesk.storage import rows

D = dt.date


def test_names_that_fold_alike_are_namesakes() -> None:
    found = shared_name_ids([("1", "José Núñez"), ("2", "jose  NUNEZ"), ("3", "Jose Nunes"), ("4", "Anna"),
                             ("5", "ANNA"), ("6", "Łukasz"), ("7", "Lukasz "), ("8", "Solo")])
    assert found == {"1", "2", "4", "5", "6", "7"}
    assert shared_name_ids([("1", "Anna"), ("1", "Anna")]) == set()  # one person listed twice
    assert name_key("  María   José ") == "maria jose"
    assert label("Anna Kowalska", "E0412", "Finance") == "Anna Kowalska (E0412, Finance)"
    assert label("Anna Kowalska", "E0412", "") == "Anna Kowalska (E0412)"
    assert label("Anna Kowalska") == "Anna Kowalska"


def _add(db, emp: str, name: str, dept: str, **kw) -> str:
    return people_service.add_person(db, Person(employee_id=emp, name=name, email=f"{emp.lower()}@example.com",
                                                department=dept, **kw))


def test_only_active_namesakes_get_the_longer_label(db) -> None:
    a1 = _add(db, "E1", "Anna Kowalska", "Finance")
    a2 = _add(db, "E2", "Anna  kowalska", "Sales")
    p1 = _add(db, "E3", "Piet Jansen", "IT")
    p2 = _add(db, "E4", "Piet Jansen", "IT")
    solo = _add(db, "E5", "Zoë Ørn", "HR")
    shown = namesakes_service.namesake_labels(db)
    assert shown == {a1: "Anna Kowalska (E1, Finance)", a2: "Anna  kowalska (E2, Sales)",
                     p1: "Piet Jansen (E3, IT)", p2: "Piet Jansen (E4, IT)"}
    assert solo not in shown
    people_service.set_archived(db, p2, True)  # an archived namesake confuses no picker
    shown = namesakes_service.namesake_labels(db)
    assert p1 not in shown and p2 not in shown and set(shown) == {a1, a2}


def _named(item, mentor: ReportPerson, mentee: ReportPerson):
    return dataclasses.replace(item, mentor=mentor, mentee=mentee)


def test_batch_file_names_tell_namesakes_apart(tmp_path: Path) -> None:
    base = sample_relationship(n_meetings=2)
    anna1 = ReportPerson("Anna Kowalska", "Finance", "Madrid", employee_id="E1")
    anna2 = ReportPerson("Anna Kowalska", "Sales", "Madrid", employee_id="E2")
    bob = ReportPerson("Bob Stone", "IT", "Lyon", employee_id="E3")
    cleo = ReportPerson("Cléo Ñu", "IT", "Lyon", employee_id="E4")
    items = [_named(base, anna1, bob), _named(base, anna2, cleo), _named(base, bob, cleo)]
    assert namesakes_in(items) == {"anna kowalska"}
    written = build_batch(items, ReportOptions(company_name="Acme", generated_on=D(2026, 3, 1)), out_dir=tmp_path,
                          workers=1)
    names = sorted(p.name for p in written)
    assert names == ["Anna Kowalska (E1, Finance) - Bob Stone.pdf", "Anna Kowalska (E2, Sales) - Cléo Ñu.pdf",
                     "Bob Stone - Cléo Ñu.pdf"]
    assert all(p.stat().st_size > 1000 for p in written)
    # Without namesakes in the batch, plain names as before.
    assert safe_file_stem(items[0], namesakes_in(items[:1])) == "Anna Kowalska - Bob Stone"
    # The same person twice (same employee ID) is no namesake.
    assert namesakes_in([_named(base, anna1, bob), _named(base, anna1, cleo)]) == set()
    # Without IDs (an older caller), a different department still tells them apart.
    no_ids = [_named(base, ReportPerson("Anna", "Finance"), bob), _named(base, ReportPerson("ANNA", "Sales"), cleo)]
    assert {safe_file_stem(i, namesakes_in(no_ids)) for i in no_ids} == {
        "Anna (Finance) - Bob Stone", "ANNA (Sales) - Cléo Ñu"}


@pytest.mark.parametrize("dangerous", ["Anna/Kowalska", "Anna:Kowalska"])
def test_namesake_file_names_stay_safe(dangerous: str) -> None:
    base = sample_relationship(n_meetings=1)
    items = [_named(base, ReportPerson(dangerous, "../x", employee_id="E/1"), ReportPerson("B")),
             _named(base, ReportPerson(dangerous, "y", employee_id="E2"), ReportPerson("C"))]
    stems = [safe_file_stem(i, namesakes_in(items)) for i in items]
    assert len(set(stems)) == 2 and all("/" not in s and ":" not in s for s in stems)


def test_program_batch_from_the_file_names_namesakes(db, tmp_path: Path) -> None:
    m1 = _add(db, "E10", "Jan de Vries", "Finance", role="mentor")
    m2 = _add(db, "E11", "Jan de Vries", "Legal", role="mentor")
    e1 = _add(db, "E12", "Eva", "IT", role="mentee")
    e2 = _add(db, "E13", "Mo", "IT", role="mentee")
    with db.transaction() as conn:
        pid = rows.insert(conn, "programs", {"name": "P", "relationship_months": 6, "cadence": "monthly"})
    rel_service.start_relationship(db, m1, e1, program_id=pid, start=D(2026, 1, 5))
    rel_service.start_relationship(db, m2, e2, program_id=pid, start=D(2026, 1, 5))
    written = reports_service.write_program_batch(db, pid, out_dir=tmp_path / "out", workers=1,
                                                  today=D(2026, 3, 1))
    assert sorted(p.name for p in written) == ["Jan de Vries (E10, Finance) - Eva.pdf",
                                               "Jan de Vries (E11, Legal) - Mo.pdf"]


def test_combined_pdf_bookmarks_tell_namesakes_apart(tmp_path: Path) -> None:
    from pypdf import PdfReader

    base = sample_relationship(n_meetings=1)
    items = [_named(base, ReportPerson("Anna Kowalska", "Finance", employee_id="E1"), ReportPerson("Bob")),
             _named(base, ReportPerson("Anna Kowalska", "Sales", employee_id="E2"), ReportPerson("Bob")),
             _named(base, ReportPerson("Cleo", "IT", employee_id="E3"), ReportPerson("Dan"))]
    out = build_batch(items, ReportOptions(company_name="Acme", generated_on=D(2026, 3, 1)),
                      combined_path=tmp_path / "all.pdf", workers=1)
    titles = [o.title for o in PdfReader(out[0]).outline]
    assert titles == ["Anna Kowalska (E1, Finance) & Bob", "Anna Kowalska (E2, Sales) & Bob", "Cleo & Dan"]
