"""`mentordesk match` end to end on a real file: JSON shape, text, --apply, errors."""

from __future__ import annotations

import json

import pytest

from mentordesk.cli import main
from mentordesk.services import programs
from mentordesk.services import relationships as rel_service
from mentordesk.storage.database import Database
from tests.test_matching_service import cohort  # noqa: F401 - the shared cohort fixture


@pytest.fixture
def company(db, cohort):  # noqa: F811
    return cohort


def test_json_lists_proposals_with_reasons_and_the_waiting_list(db_path, company, capsys):
    assert main(["--db", str(db_path), "match", "--program", "leaders", "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["program"] == "Leaders"
    assert len(doc["proposals"]) == 4 and len(doc["waiting"]) == 1
    first = doc["proposals"][0]
    assert set(first) >= {"mentee", "mentee_id", "mentor", "mentor_id", "score", "reasons", "alternatives"}
    assert all(set(r) == {"label", "points", "detail"} for r in first["reasons"])
    assert abs(sum(r["points"] for r in first["reasons"]) - first["score"]) < 1
    assert all({"mentor", "mentor_id", "score"} <= set(a) for a in first["alternatives"])
    mentors = [p["mentor_id"] for p in doc["proposals"]]
    assert mentors.count(company["OMAR"]) <= 2 and mentors.count(company["MIA"]) <= 1
    assert not any(p["mentee_id"] == company["ANA"] and p["mentor_id"] == company["LEAD"]
                   for p in doc["proposals"])
    w = doc["waiting"][0]
    assert w["mentee"] and w["reason"] and "since" in w
    # Nothing was written.
    check = Database.open(db_path, readonly=True)
    try:
        assert rel_service.list_relationships(check) == []
    finally:
        check.close()


def test_text_output_names_pairs_and_waiting_reasons(db_path, company, capsys):
    assert main(["--db", str(db_path), "match", "--program", "Leaders"]) == 0
    out = capsys.readouterr().out
    assert "Leaders: 4 proposed pairs, 1 waiting." in out
    assert "Waiting list:" in out and "Every suitable mentor is full" in out


def test_apply_approves_everything_and_reports_it(db_path, company, capsys):
    assert main(["--db", str(db_path), "match", "--program", "Leaders", "--apply", "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert len(doc["created"]) == 4 and doc["skipped"] == [] and doc["waitlisted"] == 1
    check = Database.open(db_path, readonly=True)
    try:
        rels = rel_service.list_relationships(check, program_id=company["program"])
        assert {(r.mentee_name, r.mentor_name) for r in rels} == \
            {(c["mentee"], c["mentor"]) for c in doc["created"]}
        waiting = [p for p in programs.participants(check, company["program"], "mentee")
                   if p.status == "waitlisted"]
        assert [p.reason for p in waiting] == [doc["waiting"][0]["reason"]]
    finally:
        check.close()
    # Run again as text: nothing left to propose.
    assert main(["--db", str(db_path), "match", "--program", "Leaders", "--apply"]) == 0
    out = capsys.readouterr().out
    assert "0 proposed pairs" in out and "Approved: 0 relationships started" in out


def test_unknown_program_is_a_clear_error(db_path, company, capsys):
    assert main(["--db", str(db_path), "match", "--program", "Nope"]) == 1
    err = capsys.readouterr().err
    assert "There is no program called 'Nope'" in err and "Leaders" in err


def test_missing_file_is_a_clear_error(tmp_path, capsys):
    assert main(["--db", str(tmp_path / "none.db"), "match", "--program", "X"]) == 1
    assert "There is no MentorDesk file" in capsys.readouterr().err
