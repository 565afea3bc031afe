"""Importing and exporting people through the service and the command line, on real files."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from mentordesk.cli import main as cli
from mentordesk.errors import Cancelled, ValidationError
from mentordesk.services import people
from mentordesk.storage.database import Database

DATA = Path(__file__).parent / "data"
SAMPLE = DATA / "people-sample.csv"


def test_sample_imports_everyone_with_portraits_and_managers(db: Database) -> None:
    report = people.import_people(db, SAMPLE)
    everyone = {p.employee_id: p for p in people.list_people(db)}
    assert report.added == len(everyone) == 7
    maria = everyone["E003"]
    assert maria.name == "María José Núñez"
    assert maria.branch == "Madrid" and maria.languages == ("es", "en")
    assert maria.manager_employee_id == "E005"
    full = people.get_person(db, maria.id)
    levels = {e.competency: (e.current, e.target) for e in full.portrait}
    assert levels["HR tools"] == (2, 4)
    anneke = everyone["E001"]
    assert anneke.role == "mentor" and anneke.mentor_capacity == 3


def test_bad_file_imports_nothing_and_lists_lines(db: Database) -> None:
    people.import_people(db, SAMPLE)
    before = people.count(db)
    with pytest.raises(ValidationError) as info:
        people.import_people(db, DATA / "people-bad-rows.csv")
    assert people.count(db) == before
    assert all(p.startswith(("Line ", "File")) for p in info.value.problems)
    assert len(info.value.problems) >= 5


def test_round_trip_changes_nothing(db: Database, tmp_path: Path) -> None:
    people.import_people(db, SAMPLE)
    snapshot = db.query("SELECT id, updated_at, field_times FROM people ORDER BY id")
    assessments = db.scalar("SELECT count(*) FROM person_competencies")
    out = tmp_path / "export.csv"
    assert people.export_people(db, out) == 7
    assert stat.S_IMODE(os.stat(out).st_mode) == 0o600
    report = people.import_people(db, out)
    assert (report.added, report.updated, report.unchanged) == (0, 0, 7)
    assert db.query("SELECT id, updated_at, field_times FROM people ORDER BY id") == snapshot
    assert db.scalar("SELECT count(*) FROM person_competencies") == assessments


def test_reimport_updates_by_employee_id_and_adds_dated_assessment(db: Database, tmp_path: Path) -> None:
    people.import_people(db, SAMPLE)
    text = SAMPLE.read_text(encoding="utf-8").replace("HR Specialist", "Senior HR Specialist").replace(
        "HR tools:2>4", "HR tools:3>4")
    changed = tmp_path / "changed.csv"
    changed.write_text(text, encoding="utf-8")
    report = people.import_people(db, changed)
    assert (report.added, report.updated, report.unchanged) == (0, 1, 6)
    maria = next(p for p in people.list_people(db) if p.employee_id == "E003")
    assert maria.title == "Senior HR Specialist"
    history = people.competency_history(db, maria.id, "HR tools")
    assert [h.current for h in history] == [2, 3]


def test_semicolon_and_bom_files_import(db: Database) -> None:
    report = people.import_people(db, DATA / "people-excel-semicolon.csv")
    assert report.added >= 1
    assert all(p.name for p in people.list_people(db))


def test_cancelled_import_rolls_back(db: Database) -> None:
    calls = {"n": 0}

    def cancelled() -> bool:
        calls["n"] += 1
        return calls["n"] > 1  # let parsing start, then cancel

    with pytest.raises(Cancelled, match="(?i)cancel"):
        people.import_people(db, SAMPLE, cancelled=cancelled)
    assert people.count(db) == 0


def test_cli_import_reports_lines_and_fails(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli(["--db", str(db_path), "init"]) == 0
    status = cli(["--db", str(db_path), "import-people", str(DATA / "people-bad-rows.csv")])
    err = capsys.readouterr().err
    assert status != 0
    assert "Nothing was imported" in err and "Line " in err
    db = Database.open(db_path)
    assert people.count(db) == 0
    db.close()


def test_cli_export_import_round_trip(db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli(["--db", str(db_path), "import-people", str(SAMPLE)]) == 0
    out = tmp_path / "out.csv"
    assert cli(["--db", str(db_path), "export-people", str(out)]) == 0
    assert cli(["--db", str(db_path), "import-people", str(out)]) == 0
    assert "0 added, 0 updated, 7 unchanged" in capsys.readouterr().out


def test_demo_company_is_believable(db: Database) -> None:
    from mentordesk.demo import fill_demo
    from mentordesk.services import programs

    program_id = fill_demo(db)
    everyone = people.list_people(db)
    assert 100 <= len(everyone) <= 130
    assert len({p.branch for p in everyone}) == 3
    assert any(not p.name.isascii() for p in everyone)
    assert len(people.competency_catalogue(db)) >= 25
    ids = {p.employee_id for p in everyone}
    assert all(p.manager_employee_id in ids for p in everyone if p.manager_employee_id)
    parts = programs.participants(db, program_id)
    assert any(p.role == "mentor" for p in parts) and any(p.role == "mentee" for p in parts)
