"""Issue 16: the report reads (`storage/reports_repo.py`) answer in records, and the reports
built from them say what the file holds: a blank branch as "Not recorded", a deleted person
still by name, competency growth from the first, the latest and the latest given target.

Real demo files, PDFs read back with pypdf; the expected values are computed from what each
test writes into the file, so each assertion can fail.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pypdf import PdfReader

from mentordesk.models import PortraitEntry
from mentordesk.reports import ReportOptions
from mentordesk.services import relationships as rel_svc
from mentordesk.services import report_program
from mentordesk.services import reports as svc
from mentordesk.storage import people_repo, reports_repo
from mentordesk.storage import relationships_repo as repo
from mentordesk.storage.reports_repo import Assessment, PersonPlace

TODAY = dt.date(2026, 11, 30)


def _text(path: Path) -> str:
    return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(path).pages)


def _options(language: str) -> ReportOptions:
    return ReportOptions(company_name="Acme", generated_on=TODAY, language=language)


def _rel_with_program(db):
    return next(r for r in repo.list_relationships(db) if r.program_id and r.status == "active")


def test_places_are_records_for_every_person_asked_and_only_them(demo_db):
    rels = repo.list_relationships(demo_db)
    asked = {r.mentor_id for r in rels[:3]} | {r.mentee_id for r in rels[:3]}
    places = reports_repo.people_places(demo_db, [*asked, "no-such-person"])
    assert set(places) == asked
    for pid, place in places.items():
        assert type(place) is PersonPlace
        assert all(isinstance(v, str) for v in place)
        row = demo_db.query_one("SELECT name, department, branch, employee_id FROM people WHERE id = ?", [pid])
        assert place == (row["name"], row["department"], row["branch"], row["employee_id"])


def test_a_deleted_person_and_a_blank_branch_still_reach_the_relationship_report(demo_db, tmp_path):
    rel = _rel_with_program(demo_db)
    with demo_db.transaction() as conn:
        conn.execute("UPDATE people SET branch = '', department = 'Zollabteilung' WHERE id = ?", [rel.mentor_id])
        conn.execute("UPDATE people SET deleted_at = '2026-11-01T00:00:00Z' WHERE id = ?", [rel.mentee_id])
    places = reports_repo.people_places(demo_db, [rel.mentor_id, rel.mentee_id])
    assert places[rel.mentee_id].name == rel.mentee_name and places[rel.mentor_id].branch == ""
    for language in ("en", "de"):
        data = svc.relationship_report_data(demo_db, rel.id, _options(language), today=TODAY)
        assert (data.mentor.department, data.mentor.branch) == ("Zollabteilung", "")
        assert data.mentee.employee_id == places[rel.mentee_id].employee_id != ""
        text = _text(svc.write_relationship_report(demo_db, rel.id, tmp_path / f"{language}.pdf",
                                                   _options(language), today=TODAY))
        assert "Zollabteilung" in text and rel.mentee_name in text


def test_a_mentee_with_a_blank_branch_counts_under_not_recorded(demo_db, tmp_path):
    rel = _rel_with_program(demo_db)
    before = report_program.program_report_data(demo_db, rel.program_id, _options("en"), today=TODAY)
    blank_before = next((b.active for b in before.by_branch if b.label == "Not recorded"), 0)
    with demo_db.transaction() as conn:
        conn.execute("UPDATE people SET branch = '' WHERE id = ?", [rel.mentee_id])
    after = report_program.program_report_data(demo_db, rel.program_id, _options("en"), today=TODAY)
    assert next(b.active for b in after.by_branch if b.label == "Not recorded") == blank_before + 1
    assert sum(b.active for b in after.by_branch) == after.active == before.active
    text = _text(svc.write_program_report(demo_db, rel.program_id, tmp_path / "p.pdf", _options("de"), today=TODAY))
    assert "Nicht erfasst" in text


def _assess(db, person_id: str, competency: str, levels: list[tuple[int, int | None]]) -> str:
    """Replace the person's assessments of one competency with `levels`, one a year from 2020."""
    with db.transaction() as conn:
        cid = conn.execute("SELECT id FROM competencies WHERE name = ?", [competency]).fetchone()[0]
        conn.execute("UPDATE person_competencies SET deleted_at = '2019-01-01T00:00:00Z' "
                     "WHERE person_id = ? AND competency_id = ?", [person_id, cid])
        for year, (current, target) in enumerate(levels, start=2020):
            people_repo.record_portrait(conn, person_id, [PortraitEntry(competency, current, target)],
                                        f"{year}-03-01", latest={})
    return cid


@pytest.mark.parametrize("levels", [
    [(1, None), (3, None)],          # never a target: the bar ends at the higher level
    [(4, None), (2, None)],          # fell back: still no invented target above the start
    [(1, 4), (2, None), (3, None)],  # the latest target given, though later ones left it out
    [(2, 5), (3, 4)],                # a lowered target
    [(3, None)],                     # one assessment: start and current are the same
])
def test_growth_comes_from_the_first_and_latest_assessment_records(demo_db, levels):
    rel = _rel_with_program(demo_db)
    cid = _assess(demo_db, rel.mentee_id, "Negotiation", levels)
    history = reports_repo.competency_assessments(demo_db, [rel.mentee_id])[(rel.mentee_id, cid)]
    assert [type(h) for h in history] == [Assessment] * len(levels)
    assert [(h.current_level, h.target_level) for h in history] == levels
    rel_svc.add_goal(demo_db, rel.id, "Negotiate a contract", competency_id=cid)
    growth = {c.competency: c for c in svc.relationship_report_data(demo_db, rel.id, today=TODAY).competencies}
    given = [t for _, t in levels if t is not None]
    expected_target = given[-1] if given else max(levels[0][0], levels[-1][0])
    neg = growth["Negotiation"]
    assert (neg.start_level, neg.current_level, neg.target_level) == (levels[0][0], levels[-1][0], expected_target)
