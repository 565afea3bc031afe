"""A people file is read once: what was checked (and previewed) is what is imported.

The CLI runs as a real process reading a FIFO: the test writes the file it means, then replaces
the path on disk with another file before closing the FIFO. A command that opened the path a
second time would import the other file (or wait forever on the FIFO); reading once imports
exactly the rows it read.
"""

from __future__ import annotations

import errno
import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from mentordesk.services import people, people_import, undo
from mentordesk.storage.database import Database

ROOT = Path(__file__).resolve().parents[1]
MEANT = ("employee_id,name,email,department\n"
         "R1,Rita Moreno,rita@example.com,Sales\nR2,Ralf Gerber,ralf@example.com,IT\n")
OTHER = ("employee_id,name,email,department\n"
         "X9,Xavier Other,xavier@example.com,Legal\n")
HR_MEANT = ("Employee Number;Full Name;Mail;Dept\n"
            "R1;Rita Moreno;rita@example.com;Sales\nR2;Ralf Gerber;ralf@example.com;IT\n")
HR_OTHER = "Employee Number;Full Name;Mail;Dept\nX9;Xavier Other;xavier@example.com;Legal\n"
HR_MAP = ["--map", "Employee Number=employee_id", "--map", "Full Name=name", "--map", "Mail=email",
          "--map", "Dept=department"]


def employee_ids(db_path: Path) -> list[str]:
    conn = sqlite3.connect(db_path)
    try:
        return [r[0] for r in conn.execute("SELECT employee_id FROM people ORDER BY employee_id")]
    finally:
        conn.close()


def open_writer(fifo: Path, proc: subprocess.Popen[str]) -> int:
    """The FIFO's write end, once the command opened it for reading (bounded, never a sleep as sync)."""
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            return os.open(fifo, os.O_WRONLY | os.O_NONBLOCK)
        except OSError as exc:
            if exc.errno != errno.ENXIO:
                raise
        if proc.poll() is not None:
            pytest.fail(f"the command ended before reading its CSV: {proc.communicate()}")
        time.sleep(0.01)  # polling a real condition: the reader has not opened the FIFO yet
    pytest.fail("the command never opened its CSV")


def run_replacing(tmp_path: Path, db_path: Path, meant: str, other: str, *args: str) -> subprocess.CompletedProcess:
    """`mentordesk --db F import-people FIFO ARGS`: feed `meant`, then put `other` at the path."""
    fifo = tmp_path / "people.csv"
    os.mkfifo(fifo)
    env = {**os.environ, "PYTHONPATH": str(ROOT), "MENTORDESK_CONFIG_DIR": str(tmp_path / "config"),
           "MENTORDESK_DATA_DIR": str(tmp_path / "data"), "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8",
           "LANGUAGE": "en"}
    proc = subprocess.Popen([sys.executable, "-m", "mentordesk", "--db", str(db_path), "import-people",
                             str(fifo), *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env=env, cwd=str(tmp_path))
    try:
        writer = open_writer(fifo, proc)
        os.set_blocking(writer, True)
        os.write(writer, meant.encode("utf-8"))
        replacement = tmp_path / "replacement.csv"
        replacement.write_text(other, encoding="utf-8")
        os.replace(replacement, fifo)  # saved again / replaced by a sync tool while being read
        os.close(writer)
        out, err = proc.communicate(timeout=120)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate(timeout=60)
    return subprocess.CompletedProcess(proc.args, proc.returncode, out, err)


@pytest.fixture
def company(db_path: Path) -> Path:
    Database.open(db_path).close()
    return db_path


@pytest.mark.parametrize(("meant", "other", "args"), [
    (MEANT, OTHER, []),
    (HR_MEANT, HR_OTHER, HR_MAP),  # HR's own headers, mapped on the command line
])
def test_the_cli_imports_the_rows_it_read_even_if_the_file_is_replaced(
        tmp_path: Path, company: Path, meant: str, other: str, args: list[str]) -> None:
    res = run_replacing(tmp_path, company, meant, other, *args)
    assert res.returncode == 0, res.stderr
    assert "Traceback" not in res.stderr
    assert employee_ids(company) == ["R1", "R2"]


def test_the_cli_preview_shows_the_rows_it_read_even_if_the_file_is_replaced(tmp_path: Path, company: Path) -> None:
    res = run_replacing(tmp_path, company, MEANT, OTHER, "--preview")
    assert res.returncode == 0, res.stderr
    assert "2 new people" in res.stdout and "1 new person" not in res.stdout
    assert employee_ids(company) == []  # a preview writes nothing


def test_a_bad_line_read_once_is_said_with_its_number_even_if_the_file_is_fixed_meanwhile(
        tmp_path: Path, company: Path) -> None:
    bad = MEANT.replace("ralf@example.com", "not an address")
    res = run_replacing(tmp_path, company, bad, MEANT)
    assert res.returncode == 2 and "Line 3" in res.stderr, res.stderr
    assert employee_ids(company) == []  # nothing imported: neither the bad rows nor the replacement's


def test_the_service_previews_and_imports_the_same_bytes(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "hr export.csv"
    path.write_text(MEANT, encoding="utf-8")
    csv_file = people_import.read_file(path)
    preview = people_import.preview_import(db, csv_file)
    path.write_text(OTHER, encoding="utf-8")  # changed after the preview ...
    path.unlink()  # ... and even gone
    report = people_import.import_file(db, csv_file)
    assert [c.employee_id for c in preview.new] == ["R1", "R2"]
    assert sorted(p.employee_id for p in people.list_people(db)) == ["R1", "R2"]
    assert report.added == 2
    last = undo.last_undo(db)
    assert last is not None and "hr export.csv" in str(last.label)  # the way back names the file read


def test_a_path_is_still_read_when_given(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "p.csv"
    path.write_text(MEANT, encoding="utf-8")
    assert people_import.inspect_file(db, path).header == ["employee_id", "name", "email", "department"]
    people_import.import_file(db, path)
    assert sorted(p.employee_id for p in people.list_people(db)) == ["R1", "R2"]
