"""The re-import's row digests (issue 15): a row identical to the one its person was last
imported from is taken as stored instead of parsed, and the outcome is exactly the full path's.

Every case is judged against a twin: a copy of the company file taken just before the
re-import with its digests removed, so the same import there parses every row as before
the digests existed. Both must report the same, preview the same and hold the same people,
levels and mentor capacities afterwards. Each case also shows the digests were (or were
not) used, so a test cannot pass by never taking the short path.
"""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from mentordesk import people_csv
from mentordesk.errors import ValidationError
from mentordesk.models import MentorProfile, Person, PortraitEntry
from mentordesk.people_csv import CsvInput, digests
from mentordesk.services import files, people_import
from mentordesk.services import people as people_service
from mentordesk.storage import people_import_repo, people_repo
from mentordesk.storage.database import Database

HEADER = ("employee_id,name,email,department,branch,manager_employee_id,hire_date,role,mentor_capacity,"
          "competencies,notes")


def _row(i: int, *, name: str | None = None, dept: str = "Sales", branch: str = "Gdańsk",
         comps: str = "Coaching:2>4;Excel:3",
         capacity: str = "2", manager: str | None = None, extra: str = "") -> str:
    boss = manager if manager is not None else ("" if i == 0 else "E0")
    return (f'E{i},"{name or f"Person {i}"}",p{i}@example.com,{dept},{branch},{boss},2020-01-0{1 + i % 9},'
            f'mentor,{capacity},"{comps}",{extra}')


def _csv(tmp_path: Path, rows: list[str], name: str = "people.csv", header: str = HEADER,
         encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(("\n".join([header, *rows]) + "\n").encode(encoding))
    return path


ROWS = [_row(i) for i in range(8)]


def _state(db: Database) -> tuple:
    """What an import decides, without the ids and times no two files share."""
    people = db.conn.execute(
        "SELECT employee_id, name, email, department, branch, title, manager_employee_id, hire_date, languages, "
        "notes, role, archived, deleted_at IS NULL FROM people ORDER BY employee_id").fetchall()
    levels = db.conn.execute(
        "SELECT p.employee_id, c.name, pc.current_level, pc.target_level, pc.assessed_at, pc.deleted_at IS NULL "
        "FROM person_competencies pc JOIN people p ON p.id = pc.person_id "
        "JOIN competencies c ON c.id = pc.competency_id ORDER BY 1, 2, 5, 3, 4").fetchall()
    profiles = db.conn.execute(
        "SELECT p.employee_id, m.capacity, m.willing, m.deleted_at IS NULL FROM mentor_profiles m "
        "JOIN people p ON p.id = m.person_id ORDER BY 1, 2").fetchall()
    return people, levels, profiles


def _twin(db: Database, tmp_path: Path) -> Database:
    """This file as it is now, without its digests: where the import parses every row."""
    path = tmp_path / "twin.db"
    path.unlink(missing_ok=True)
    copy = sqlite3.connect(path)
    db.conn.backup(copy)
    copy.execute("DELETE FROM people_import_digests")
    copy.commit()
    copy.close()
    return Database.open(path)


def _taken(db: Database, source: Path | CsvInput) -> int:
    """How many rows of `source` the digests let reading take as their stored person."""
    company = people_import_repo.company_for_import(db.conn)
    parsed = people_csv.read_people(source, known_employee_ids=company.known_ids, known_emails=company.emails,
                                    known_managers=company.managers, imported=company.imported)
    return len(parsed.unchanged)


def _preview(db: Database, path: Path, **options) -> tuple:
    p = people_import.preview_import(db, path, **options)
    return p.new, p.changed, p.unchanged, p.archived, p.unarchived, p.problems, p.warnings, p.duplicates


def _import(db: Database, path: Path, **options) -> tuple:
    try:
        report = people_import.import_file(db, path, **options)
    except ValidationError as exc:
        return ("refused", str(exc))
    return report.summary(), report.warnings


def _same_as_twin(db: Database, tmp_path: Path, path: Path, **options) -> tuple:
    """Preview and import `path` here and on the twin; both must agree in everything."""
    twin = _twin(db, tmp_path)
    try:
        assert _taken(twin, path if not options else CsvInput(path.read_bytes(), **_csv_input(options))) == 0
        expected_preview = _preview(twin, path, **options)
        assert _preview(db, path, **options) == expected_preview
        expected = _import(twin, path, **options)
        assert _import(db, path, **options) == expected
        assert _state(db) == _state(twin)
        return expected
    finally:
        twin.close()


def _csv_input(options: dict) -> dict:
    return {"encoding": options.get("encoding"), "column_map": dict(options.get("mapping") or {})}


def _pid(db: Database, employee_id: str) -> str:
    return people_repo.ids_by_employee_id(db)[employee_id]


# -- the short path is taken, and gives the same -------------------------------------------------

def test_an_unchanged_reimport_takes_every_row_as_stored_and_writes_nothing(db: Database, tmp_path: Path) -> None:
    path = _csv(tmp_path, ROWS)
    assert _taken(db, path) == 0
    people_service.import_people(db, path)
    assert _taken(db, path) == len(ROWS)
    stamps = db.conn.execute("SELECT id, updated_at, field_times FROM people ORDER BY id").fetchall()
    summary, _warnings = _same_as_twin(db, tmp_path, path)
    assert summary == people_service.ImportReport(unchanged=len(ROWS)).summary()
    assert db.conn.execute("SELECT id, updated_at, field_times FROM people ORDER BY id").fetchall() == stamps
    assert _taken(db, path) == len(ROWS)  # still standing after a re-import that wrote nothing


def test_rows_read_in_full_once_are_taken_the_next_time(db: Database, tmp_path: Path) -> None:
    """A file from before digests existed: the first re-import reads every row and remembers them."""
    path = _csv(tmp_path, ROWS)
    people_service.import_people(db, path)
    with db.transaction() as conn:
        conn.execute("DELETE FROM people_import_digests")
    assert _taken(db, path) == 0
    assert people_service.import_people(db, path).unchanged == len(ROWS)
    assert _taken(db, path) == len(ROWS)


# -- edits made in MentorDesk after the import ---------------------------------------------------

def _edit_name(db: Database) -> None:
    pid = _pid(db, "E3")
    people_service.update_person(db, pid, replace(people_service.get_person(db, pid), name="Renamed In App"))


def _archive(db: Database) -> None:
    people_service.set_archived(db, _pid(db, "E3"), True)


def _reassess(db: Database) -> None:
    with db.transaction() as conn:
        people_repo.record_portrait(conn, _pid(db, "E3"), [PortraitEntry("Excel", 5, None)], "2026-02-01")


def _capacity(db: Database) -> None:
    people_service.save_mentor_profile(db, MentorProfile(person_id=_pid(db, "E3"), capacity=7))


def _rename_competency(db: Database) -> None:
    with db.transaction() as conn:
        conn.execute("UPDATE competencies SET name = 'Spreadsheets' WHERE lower(name) = 'excel'")


def _manager(db: Database) -> None:
    with db.transaction() as conn:
        conn.execute("UPDATE people SET manager_employee_id = 'E1' WHERE employee_id = 'E3'")


@pytest.mark.parametrize("change", [_edit_name, _archive, _reassess, _capacity, _rename_competency, _manager])
def test_a_change_made_in_mentordesk_after_the_import_counts_as_changed(db: Database, tmp_path: Path,
                                                                      change) -> None:
    path = _csv(tmp_path, ROWS)
    people_service.import_people(db, path)
    before = _state(db)
    change(db)
    assert _state(db) != before  # the change is real
    assert _taken(db, path) < len(ROWS)
    _same_as_twin(db, tmp_path, path)


def test_an_edit_in_the_window_is_undone_by_reimporting_the_old_file(db: Database, tmp_path: Path) -> None:
    path = _csv(tmp_path, ROWS)
    people_service.import_people(db, path)
    pid = _pid(db, "E3")
    person = people_service.get_person(db, pid)
    people_service.update_person(db, pid, replace(person, name="Typed In App", department="Legal"))
    _same_as_twin(db, tmp_path, path)
    restored = people_service.get_person(db, pid)
    assert (restored.name, restored.department) == ("Person 3", "Sales")


def test_an_edit_by_the_command_line_is_undone_by_reimporting_the_old_file(db_path: Path, tmp_path: Path) -> None:
    """A real `mentordesk import-people` of an edited file in another process, then the old file here."""
    path = _csv(tmp_path, ROWS)
    db = Database.open(db_path)
    people_service.import_people(db, path)
    db.close()
    edited = _csv(tmp_path, [*ROWS[:3], _row(3, name="Edited Elsewhere"), *ROWS[4:]], "edited.csv")
    done = subprocess.run([sys.executable, "-m", "mentordesk", "--db", str(db_path), "import-people", str(edited)],
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    db = Database.open(db_path)
    try:
        assert people_service.get_person(db, _pid(db, "E3")).name == "Edited Elsewhere"
        assert _taken(db, path) == len(ROWS) - 1
        _same_as_twin(db, tmp_path, path)
        assert people_service.get_person(db, _pid(db, "E3")).name == "Person 3"
    finally:
        db.close()


# -- the file read differently -------------------------------------------------------------------

def test_a_different_mapping_of_the_same_file_counts_as_changed(db: Database, tmp_path: Path) -> None:
    header = HEADER.replace("department,branch", "Dept,Site")
    path = _csv(tmp_path, ROWS, header=header)
    as_written = {h: h for h in header.split(",")}
    people_service.import_people(db, CsvInput(path.read_bytes(), column_map={**as_written, "Dept": "department",
                                                                              "Site": "branch"}))
    swapped = {**as_written, "Dept": "branch", "Site": "department"}
    assert _taken(db, CsvInput(path.read_bytes(), column_map=swapped)) == 0
    _same_as_twin(db, tmp_path, path, mapping=swapped)
    assert people_service.get_person(db, _pid(db, "E3")).department == "Gdańsk"


def test_the_same_bytes_read_in_another_encoding_count_as_changed(db: Database, tmp_path: Path) -> None:
    rows = [_row(i, name=f"Łucja Żółć {i}") for i in range(5)]
    path = _csv(tmp_path, rows, encoding="cp1250")
    people_service.import_people(db, CsvInput(path.read_bytes(), encoding="cp1250"))
    assert _taken(db, CsvInput(path.read_bytes(), encoding="cp1250")) == 5
    assert _taken(db, CsvInput(path.read_bytes(), encoding="cp1252")) == 0
    _same_as_twin(db, tmp_path, path, encoding="cp1252")
    assert people_service.get_person(db, _pid(db, "E1")).name != "Łucja Żółć 1"


def test_the_same_text_in_another_encoding_is_still_unchanged(db: Database, tmp_path: Path) -> None:
    rows = [_row(i, name=f"Zoë Müller {i}", branch="Köln") for i in range(5)]
    people_service.import_people(db, _csv(tmp_path, rows))
    windows = _csv(tmp_path, rows, "windows.csv", encoding="cp1252")
    assert _taken(db, CsvInput(windows.read_bytes(), encoding="cp1252")) == 5
    summary, _w = _same_as_twin(db, tmp_path, windows, encoding="cp1252")
    assert summary == people_service.ImportReport(unchanged=5).summary()


def test_a_changed_rule_makes_every_row_count_as_changed(db: Database, tmp_path: Path, monkeypatch) -> None:
    rule = tmp_path / "rule.py"
    rule.write_text("MAX_NAME = 200\n")
    monkeypatch.setattr(digests, "_RULE_SOURCES", (*digests._RULE_SOURCES, str(rule)))
    digests.rules_fingerprint.cache_clear()
    try:
        path = _csv(tmp_path, ROWS)
        people_service.import_people(db, path)
        assert _taken(db, path) == len(ROWS)
        rule.write_text("MAX_NAME = 100\n")
        digests.rules_fingerprint.cache_clear()
        assert _taken(db, path) == 0
        _same_as_twin(db, tmp_path, path)
    finally:
        digests.rules_fingerprint.cache_clear()


# -- rows that look the same but are not good rows -----------------------------------------------

@pytest.mark.parametrize("rows", [
    [*ROWS, ROWS[3]],  # the same row twice
    [*ROWS, _row(3, name="Another Person 3")],  # the same employee id again
    [*ROWS, _row(9).replace("p9@", "p3@")],  # someone else's e-mail
    [*ROWS[:3], ROWS[3] + ",a value beyond the header", *ROWS[4:]],
    [*ROWS[:3], _row(3, manager="E5"), *ROWS[4:5], _row(5, manager="E3"), *ROWS[6:]],  # a loop
    [_row(i, manager="E99" if i == 0 else None) for i in range(8)],  # a manager nobody has
])
def test_checks_across_rows_still_see_the_rows_taken_as_stored(db: Database, tmp_path: Path, rows) -> None:
    people_service.import_people(db, _csv(tmp_path, ROWS))
    path = _csv(tmp_path, rows, "again.csv")
    assert _taken(db, path) >= 1
    outcome = _same_as_twin(db, tmp_path, path)
    assert outcome[0] == "refused"


def test_an_unnamed_column_with_values_is_still_reported(db: Database, tmp_path: Path) -> None:
    header = HEADER + ",,"
    people_service.import_people(db, _csv(tmp_path, [r + ",," for r in ROWS], header=header))
    path = _csv(tmp_path, [r + (",,'=x" if i == 2 else ",,") for i, r in enumerate(ROWS)], "again.csv",
                header=header)
    assert _taken(db, path) == len(ROWS)
    _summary, warnings = _same_as_twin(db, tmp_path, path)
    assert any("without a name" in w for w in warnings)


def test_a_hire_date_ahead_of_the_clock_is_refused_as_before(db: Database, tmp_path: Path) -> None:
    path = _csv(tmp_path, ROWS)
    people_service.import_people(db, path)
    company = people_import_repo.company_for_import(db.conn)
    options = {"known_employee_ids": company.known_ids, "known_emails": company.emails,
               "known_managers": company.managers, "today": date(2020, 1, 3)}
    full = people_csv.read_people(path, **options)
    short = people_csv.read_people(path, imported=company.imported, **options)
    assert [str(p) for p in short.problems] == [str(p) for p in full.problems] != []
    assert all("hire_date" in p.message for p in full.problems)
    assert len(short.unchanged) == 3 and not short.rows  # 2020-01-01 to 03 were taken, the rest refused


# -- someone saves while the file is being read ----------------------------------------------------

def _count_reads(monkeypatch) -> list[int]:
    reads: list[int] = []
    real = people_csv.read_people

    def counted(*args, **kwargs):
        reads.append(len(kwargs.get("imported") or {}))
        return real(*args, **kwargs)

    monkeypatch.setattr(people_csv, "read_people", counted)
    return reads


def test_a_colleague_saving_a_person_while_the_file_is_read_is_overwritten_as_before(
        db: Database, db_path: Path, tmp_path: Path, monkeypatch) -> None:
    path = _csv(tmp_path, ROWS)
    people_service.import_people(db, path)
    colleague = Database.open(db_path)
    saved = []

    def progress(done: int, total: int) -> None:
        if not saved and done >= total // 2 > 0:  # halfway through reading: another laptop saves
            with colleague.transaction() as conn:
                conn.execute("UPDATE people SET name = 'Saved Meanwhile' WHERE employee_id = 'E3'")
            saved.append(True)

    reads = _count_reads(monkeypatch)
    try:
        report = people_service.import_people(db, path, progress=progress)
    finally:
        colleague.close()
    assert saved and reads == [len(ROWS), 0]  # the digests taken no longer stood: read again in full
    assert (report.updated, report.unchanged) == (1, len(ROWS) - 1)
    assert people_service.get_person(db, _pid(db, "E3")).name == "Person 3"
    assert _taken(db, path) == len(ROWS)


def test_a_colleague_saving_someone_else_meanwhile_keeps_the_short_path(db: Database, db_path: Path,
                                                                       tmp_path: Path, monkeypatch) -> None:
    path = _csv(tmp_path, ROWS)
    people_service.import_people(db, path)
    people_service.add_person(db, Person(employee_id="X1", name="Not In The File", email="x1@example.com"))
    colleague = Database.open(db_path)
    calls = []

    def progress(done: int, total: int) -> None:
        calls.append(done)
        if len(calls) == 3:
            with colleague.transaction() as conn:
                conn.execute("UPDATE people SET title = 'Boss' WHERE employee_id = 'X1'")

    reads = _count_reads(monkeypatch)
    try:
        report = people_service.import_people(db, path, progress=progress)
    finally:
        colleague.close()
    assert len(calls) >= 3 and reads == [len(ROWS)]
    assert (report.updated, report.unchanged) == (0, len(ROWS))
    assert db.scalar("SELECT title FROM people WHERE employee_id = 'X1'") == "Boss"


# -- merges: the digests are this file's own, and a merged change drops them -----------------------

def test_a_merge_that_changes_a_person_drops_their_digest_and_brings_none(db_path: Path, tmp_path: Path) -> None:
    path = _csv(tmp_path, ROWS)
    db = Database.open(db_path)
    people_service.import_people(db, path)
    db.close()
    branch = tmp_path / "branch.db"
    shutil.copy(db_path, branch)
    other = Database.open(branch)
    try:
        pid = _pid(other, "E3")
        people_service.update_person(other, pid, replace(people_service.get_person(other, pid), title="Branch"))
        with other.transaction() as conn:  # the branch's own digests must not travel
            conn.execute("UPDATE people_import_digests SET digest = 'from the branch'")
    finally:
        other.close()
    db = Database.open(db_path)
    try:
        before = people_import_repo.digests_by_person(db.conn)
        files.merge_file(db, branch)
        assert people_service.get_person(db, _pid(db, "E3")).title == "Branch"  # the merge did change them
        after = people_import_repo.digests_by_person(db.conn)
        assert after == {pid: d for pid, d in before.items() if pid != _pid(db, "E3")}
        assert _taken(db, path) == len(ROWS) - 1
        _same_as_twin(db, tmp_path, path)
        assert people_service.get_person(db, _pid(db, "E3")).title == ""
    finally:
        db.close()


def _import_while_colleague_saves(path_db: Path, csv_path: Path, sql: str) -> str:
    """Import `csv_path` while another connection runs `sql` halfway through reading; what HR is told."""
    db, colleague = Database.open(path_db), Database.open(path_db)
    done: list[bool] = []

    def progress(at: int, total: int) -> None:
        if not done and at >= total // 2 > 0:
            with colleague.transaction() as conn:
                conn.execute(sql)
            done.append(True)

    try:
        return _outcome(lambda: people_service.import_people(db, csv_path, progress=progress))
    finally:
        colleague.close()
        db.close()


def _outcome(run) -> str:
    try:
        return run().summary()
    except ValidationError as exc:
        return "refused: " + str(exc)


def test_a_loop_a_colleague_closes_meanwhile_is_refused_in_the_same_words(db_path: Path, tmp_path: Path) -> None:
    rows = [_row(0, manager="X1"), *(_row(i, manager=f"E{i - 1}") for i in range(1, 6))]
    path = _csv(tmp_path, rows)
    db = Database.open(db_path)
    people_service.add_person(db, Person(employee_id="X1", name="Outside The File", email="x1@example.com"))
    people_service.import_people(db, path)
    assert _taken(db, path) == len(rows)
    twin = _twin(db, tmp_path)
    twin_path = twin.path
    twin.close()
    db.close()
    # one row changed in the middle: read in full, the rows around it taken as stored
    again = _csv(tmp_path, [*rows[:2], _row(2, name="Renamed", manager="E1"), *rows[3:]], "again.csv")
    closing = "UPDATE people SET manager_employee_id = 'E4' WHERE employee_id = 'X1'"
    told = _import_while_colleague_saves(db_path, again, closing)
    assert told.startswith("refused: ") and "(E0 → X1" in told  # told from the first line of the file
    assert told == _import_while_colleague_saves(twin_path, again, closing)


def _cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "mentordesk", *args], capture_output=True, text=True,
                          timeout=120, check=False)


def test_the_command_line_preview_says_the_same_as_before(db_path: Path, tmp_path: Path) -> None:
    """`import-people --preview` (read-only, a real process) on the file and on its twin."""
    path = _csv(tmp_path, ROWS)
    db = Database.open(db_path)
    people_service.import_people(db, path)
    _edit_name(db)  # one person renamed in the app: changed; the other seven unchanged
    twin = _twin(db, tmp_path)
    twin_path = twin.path
    twin.close()
    db.close()
    here = _cli("--db", str(db_path), "import-people", str(path), "--preview")
    there = _cli("--db", str(twin_path), "import-people", str(path), "--preview")
    assert here.returncode == there.returncode == 0, here.stderr + there.stderr
    assert here.stdout == there.stdout
    assert "1 changed, 7 unchanged" in here.stdout and "E3" in here.stdout
