"""A date another program spoiled is repaired in place, without a restore that loses later work.

Real company files damaged with sqlite3 (as a database browser would), real `mentordesk`
processes: `check` names each damaged cell, `repair-date` refuses what it must not do (in a
sentence, with no backup) and repairs what it may (with a backup holding the file as it was),
and the screens' reads work again.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from mentordesk.storage.backup import list_backups

ROOT = Path(__file__).resolve().parents[1]


def _cli(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "MENTORDESK_CONFIG_DIR": str(home / "config"),
           "MENTORDESK_DATA_DIR": str(home / "data"), "MENTORDESK_CACHE_DIR": str(home / "cache"),
           "MENTORDESK_LANG": "en"}
    return subprocess.run([sys.executable, "-m", "mentordesk", *args], env=env, capture_output=True, text=True,
                          cwd=home)


@pytest.fixture
def damaged(demo_file: Path, tmp_path: Path) -> tuple[Path, str, str]:
    """A company file with a person's hire date and a meeting's day spoiled: (file, person, meeting)."""
    path = tmp_path / "company-damaged.db"
    shutil.copy(demo_file, path)
    with sqlite3.connect(path) as conn:
        person = conn.execute("SELECT id FROM people WHERE deleted_at IS NULL ORDER BY id").fetchone()[0]
        meeting = conn.execute("SELECT id FROM meetings WHERE deleted_at IS NULL ORDER BY id").fetchone()[0]
        conn.execute("UPDATE people SET hire_date = '31/02/2026' WHERE id = ?", (person,))
        conn.execute("UPDATE meetings SET date = 'soon' WHERE id = ?", (meeting,))
    return path, person, meeting


def _manual_backups(path: Path) -> list[Path]:
    return [b.path for b in list_backups(path) if b.reason == "manual"]


def test_check_names_each_damaged_cell_and_the_command(damaged, tmp_path: Path) -> None:
    path, person, meeting = damaged
    said = _cli(tmp_path, "--db", str(path), "people")
    assert said.returncode == 1 and "Traceback" not in said.stderr
    assert "'31/02/2026'" in said.stderr and "mentordesk check" in said.stderr
    checked = _cli(tmp_path, "--db", str(path), "check")
    assert checked.returncode == 1
    assert f"people {person} hire_date: '31/02/2026'" in checked.stdout
    assert f"meetings {meeting} date: 'soon'" in checked.stdout
    assert "mentordesk repair-date TABLE ID COLUMN --date YYYY-MM-DD" in checked.stdout


@pytest.mark.parametrize(("args", "words"), [
    (("meetings", "{meeting}", "date", "--clear"), "cannot be empty"),
    (("meetings", "{meeting}", "date", "--date", "2026-02-31"), "is not a date in the form YYYY-MM-DD"),
    (("meetings", "{meeting}", "date", "--date", "2.3.2026"), "is not a date in the form YYYY-MM-DD"),
    (("people", "{person}", "name", "--date", "2024-03-15"), "is not a date MentorDesk keeps"),
    (("people", "{meeting}", "hire_date", "--date", "2024-03-15"), "is not damaged (or there is no such row)"),
    (("people; DROP TABLE people", "{person}", "hire_date", "--clear"), "is not a date MentorDesk keeps"),
])
def test_what_may_not_be_repaired_is_refused_in_a_sentence_without_a_backup(damaged, tmp_path: Path,
                                                                           args: tuple[str, ...], words: str) -> None:
    path, person, meeting = damaged
    done = _cli(tmp_path, "--db", str(path), "repair-date",
                *(a.format(person=person, meeting=meeting) for a in args))
    assert done.returncode == 1 and words in done.stderr and "Traceback" not in done.stderr, done.stderr
    assert _manual_backups(path) == []
    with sqlite3.connect(path) as conn:  # the damaged cells are as they were
        assert conn.execute("SELECT hire_date FROM people WHERE id = ?", (person,)).fetchone()[0] == "31/02/2026"
        assert conn.execute("SELECT date FROM meetings WHERE id = ?", (meeting,)).fetchone()[0] == "soon"


def test_a_repair_keeps_later_work_takes_a_backup_and_the_screens_read_again(damaged, tmp_path: Path) -> None:
    path, person, meeting = damaged
    with sqlite3.connect(path) as conn:
        goals_before = conn.execute("SELECT count(*) FROM goals").fetchone()[0]
    fixed = _cli(tmp_path, "--db", str(path), "repair-date", "people", person, "hire_date", "--date", "2024-03-15")
    assert fixed.returncode == 0, fixed.stderr
    assert "is now 2024-03-15" in fixed.stdout
    (backup,) = _manual_backups(path)
    with sqlite3.connect(backup) as conn:  # the file as it was, damage included: nothing is lost by repairing
        assert conn.execute("SELECT hire_date FROM people WHERE id = ?", (person,)).fetchone()[0] == "31/02/2026"
    assert _cli(tmp_path, "--db", str(path), "repair-date", "meetings", meeting, "date",
                "--date", "2026-03-02").returncode == 0
    assert _cli(tmp_path, "--db", str(path), "check").returncode == 0
    listed = _cli(tmp_path, "--db", str(path), "people")
    assert listed.returncode == 0 and listed.stdout.strip(), listed.stderr
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT hire_date FROM people WHERE id = ?", (person,)).fetchone()[0] == "2024-03-15"
        assert conn.execute("SELECT count(*) FROM goals").fetchone()[0] == goals_before
    # a good date is not this command's to change
    again = _cli(tmp_path, "--db", str(path), "repair-date", "people", person, "hire_date", "--date", "2024-03-16")
    assert again.returncode == 1 and "is not damaged" in again.stderr


def test_an_optional_date_may_be_cleared_and_the_repair_travels_with_a_merge(damaged, tmp_path: Path) -> None:
    """The repair is written like an edit (its change stamp), so a copy still holding the damage takes it."""
    path, person, meeting = damaged
    branch = tmp_path / "branch-damaged.db"
    shutil.copy(path, branch)
    assert _cli(tmp_path, "--db", str(path), "repair-date", "people", person, "hire_date", "--clear").returncode == 0
    assert _cli(tmp_path, "--db", str(path), "repair-date", "meetings", meeting, "date",
                "--date", "2026-03-02").returncode == 0
    merged = _cli(tmp_path, "--db", str(branch), "merge", str(path))
    assert merged.returncode == 0, merged.stderr
    with sqlite3.connect(branch) as conn:
        assert conn.execute("SELECT hire_date FROM people WHERE id = ?", (person,)).fetchone()[0] is None
        assert conn.execute("SELECT date FROM meetings WHERE id = ?", (meeting,)).fetchone()[0] == "2026-03-02"
    assert _cli(tmp_path, "--db", str(branch), "check").returncode == 0
