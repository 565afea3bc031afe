"""The re-import's shortcuts (levels compared before a portrait is built, values compared and
written as one dict) give exactly the outcome of the full path, for every kind of change.

Each case imports a file, changes the company or the file one way, imports again and
checks what the report says and what the file holds afterwards.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from mentordesk.services import people as people_service
from mentordesk.storage import people_repo
from mentordesk.storage.database import Database

HEADER = "employee_id,name,email,role,competencies,notes,archived\n"


def _csv(tmp_path: Path, rows: list[str], name: str = "p.csv") -> Path:
    path = tmp_path / name
    path.write_text(HEADER + "".join(rows), encoding="utf-8")
    return path


def _row(i: int, comps: str = "Coaching:2>4; Éthique:3; ÖKONOMIE:1>2", notes: str = "", archived: str = "",
         name: str | None = None) -> str:
    return f'E{i},"{name or f"Person {i}"}",p{i}@example.com,mentee,"{comps}","{notes}",{archived}\n'


def _assessments(db: Database) -> int:
    return db.scalar("SELECT count(*) FROM person_competencies WHERE deleted_at IS NULL")


def test_an_unchanged_file_changes_nothing_also_with_accented_capitals(db: Database, tmp_path: Path) -> None:
    """'Éthique' and 'ÖKONOMIE': SQLite's lower() leaves É and Ö alone, Python's does not;
    a re-import must still see the same levels and record nothing."""
    path = _csv(tmp_path, [_row(i) for i in range(30)])
    first = people_service.import_people(db, path)
    assert (first.added, first.assessments) == (30, 90)
    stamps = dict(db.conn.execute("SELECT id, updated_at FROM people"))
    again = people_service.import_people(db, path)
    assert (again.added, again.updated, again.unchanged, again.assessments) == (0, 0, 30, 0)
    assert _assessments(db) == 90 and dict(db.conn.execute("SELECT id, updated_at FROM people")) == stamps


def test_one_person_saved_in_the_app_with_accented_competencies_records_nothing_new(db: Database,
                                                                                   tmp_path: Path) -> None:
    people_service.import_people(db, _csv(tmp_path, [_row(1)]))
    pid = people_repo.ids_by_employee_id(db)["E1"]
    person = people_service.get_person(db, pid)
    people_service.update_person(db, pid, person)
    assert _assessments(db) == 3


@pytest.mark.parametrize(("changed_row", "updated", "assessments"), [
    (_row(3, comps="Coaching:3>4; Éthique:3; ÖKONOMIE:1>2"), 1, 1),  # one level
    (_row(3, comps="Coaching:2>4; éthique:3; ökonomie:1>2"), 0, 0),  # only the case of a name
    (_row(3, comps="Coaching:2>4; Éthique:3; ÖKONOMIE:1>2; Lean:1"), 1, 1),  # a new competency
    (_row(3, name="Person Three"), 1, 0),  # a field of the person
    (_row(3, archived="yes"), 1, 0),  # archived by the file
])
def test_a_change_is_found_by_the_short_path(db: Database, tmp_path: Path, changed_row: str, updated: int,
                                            assessments: int) -> None:
    people_service.import_people(db, _csv(tmp_path, [_row(i) for i in range(6)]))
    rows = [_row(i) for i in range(6)]
    rows[3] = changed_row
    report = people_service.import_people(db, _csv(tmp_path, rows, "q.csv"))
    assert (report.updated, report.unchanged, report.assessments) == (updated, 6 - updated, assessments)


def test_notes_typed_in_the_app_and_the_stored_archived_state_are_kept(db: Database, tmp_path: Path) -> None:
    people_service.import_people(db, _csv(tmp_path, [_row(1), _row(2)]))
    ids = people_repo.ids_by_employee_id(db)
    with db.transaction() as conn:
        conn.execute("UPDATE people SET notes = 'typed in the app', archived = 1 WHERE id = ?", (ids["E1"],))
    report = people_service.import_people(db, _csv(tmp_path, [_row(1), _row(2)]))  # no notes, no archived cell
    assert (report.updated, report.unchanged) == (0, 2)
    row = db.conn.execute("SELECT notes, archived FROM people WHERE id = ?", (ids["E1"],)).fetchone()
    assert tuple(row) == ("typed in the app", 1)
    report = people_service.import_people(db, _csv(tmp_path, [_row(1, notes="from HR", archived="no"), _row(2)]))
    assert report.updated == 1
    row = db.conn.execute("SELECT notes, archived FROM people WHERE id = ?", (ids["E1"],)).fetchone()
    assert tuple(row) == ("from HR", 0)
