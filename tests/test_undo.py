"""Undo of the last import, merge or bulk action: real files, the real `mentordesk` CLI in real processes."""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from mentordesk.errors import ValidationError
from mentordesk.models import Person
from mentordesk.services import people as people_service
from mentordesk.services import undo
from mentordesk.storage.backup import list_backups, make_backup
from mentordesk.storage.database import Database
from tests.test_matching_service import cohort  # noqa: F401 - the shared cohort fixture

ROOT = Path(__file__).resolve().parents[1]
SAMPLE_ROWS = ("employee_id,name,email,department\n"
               "U001,Undo Ulla,ulla@example.org,Sales\nU002,Undo Uwe,uwe@example.org,Finance\n")


def cli(home: Path, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, MENTORDESK_CONFIG_DIR=str(home / "config"), MENTORDESK_DATA_DIR=str(home / "data"),
               MENTORDESK_SITE="undo-site", PYTHONPATH=str(ROOT))
    return subprocess.run([sys.executable, "-m", "mentordesk", *args], check=False, capture_output=True,
                          text=True, timeout=120, env=env, cwd=str(home), input=stdin)


def people_names(path: Path) -> set[str]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return {r[0] for r in conn.execute("SELECT name FROM people WHERE deleted_at IS NULL")}
    finally:
        conn.close()


def integrity(path: Path) -> str:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()


@pytest.fixture
def company(demo_file: Path) -> Path:
    return demo_file  # the shared demo company (tests/conftest.py)


@pytest.fixture
def sample(tmp_path: Path) -> Path:
    path = tmp_path / "people-sample.csv"
    path.write_text(SAMPLE_ROWS, encoding="utf-8")
    return path


@pytest.fixture
def home(tmp_path: Path) -> Path:
    folder = tmp_path / "home"
    folder.mkdir()
    return folder


def test_cli_import_then_undo_puts_the_file_back(company: Path, home: Path, sample: Path) -> None:
    before = people_names(company)
    res = cli(home, "--db", str(company), "import-people", str(sample))
    assert res.returncode == 0, res.stderr
    after_import = people_names(company)
    assert after_import > before
    backups = [b for b in list_backups(company) if b.reason == "before-import"]
    assert len(backups) == 1 and people_names(backups[0].path) == before

    # A new process (a restart) still knows what can be undone; without --yes nothing changes.
    shown = cli(home, "--db", str(company), "undo")
    assert shown.returncode == 0, shown.stderr
    assert "import of people-sample.csv" in shown.stdout and "Nothing was changed" in shown.stdout
    assert people_names(company) == after_import

    done = cli(home, "--db", str(company), "undo", "--yes")
    assert done.returncode == 0, done.stderr
    assert "Undone: import of people-sample.csv" in done.stdout
    assert people_names(company) == before
    assert integrity(company) == "ok"
    # The file as it was before the undo is kept, so the undo itself can be taken back.
    assert any(b.reason == "before-restore" and people_names(b.path) == after_import for b in list_backups(company))
    # The same action is never undone twice.
    again = cli(home, "--db", str(company), "undo", "--yes")
    assert again.returncode == 1 and again.stdout == ""
    assert again.stderr.startswith("mentordesk: There is nothing to undo")


def test_changes_made_since_are_named_before_they_are_lost(company: Path, sample: Path) -> None:
    db = Database.open(company)
    try:
        with undo.undoable(db, "import", "import of people.csv"):
            people_service.import_people(db, str(sample))
        point = undo.last_undo(db)
        assert point is not None and point.label == "import of people.csv"
        assert undo.changes_since(db, point) == {}
        assert undo.loss_sentence(undo.changes_since(db, point)) == "Nothing was changed since then."
        people_service.add_person(db, Person(employee_id="X900", name="Late Larry", email="larry@example.com"))
        changes = undo.changes_since(db, point)
        assert changes.get("people") == 1
        assert "1 person" in undo.loss_sentence(changes)
    finally:
        db.close()


def test_a_failed_import_records_nothing_and_keeps_the_previous_undo(company: Path, tmp_path: Path) -> None:
    db = Database.open(company)
    try:
        with undo.undoable(db, "bulk", "approval of all pairs in Demo"):
            pass
        bad = ROOT / "tests" / "data" / "people-bad-rows.csv"
        with pytest.raises(ValidationError), undo.undoable(db, "import", "import of people-bad-rows.csv"):
            people_service.import_people(db, str(bad))
        point = undo.last_undo(db)
        assert point is not None and point.label == "approval of all pairs in Demo" and point.kind == "bulk"
    finally:
        db.close()


def test_the_record_is_private_and_never_offers_another_files_action(company: Path, tmp_path: Path,
                                                                     sample: Path) -> None:
    db = Database.open(company)
    try:
        with undo.undoable(db, "import", "import of people.csv"):
            people_service.import_people(db, str(sample))
        assert undo.last_undo(db) is not None
    finally:
        db.close()
    record = undo.record_path(company)
    assert stat.S_IMODE(record.stat().st_mode) == 0o600

    # A copy of the file with the record copied beside it under the copy's name: another file, refused.
    copy = tmp_path / "branch.db"
    shutil.copy(company, copy)
    undo.record_path(copy).parent.mkdir()
    shutil.copy(record, undo.record_path(copy))
    shutil.copy(list_backups(company)[0].path,
                undo.record_path(copy).parent / list_backups(company)[0].path.name)
    other = Database.open(copy)
    try:
        assert undo.last_undo(other) is None
    finally:
        other.close()

    # Another company's file put in this one's place: its record does not apply.
    stranger = tmp_path / "stranger" / "acme.db"
    stranger.parent.mkdir()
    Database.open(stranger).close()
    company.unlink()
    shutil.copy(stranger, company)
    db = Database.open(company)
    try:
        assert undo.last_undo(db) is None
    finally:
        db.close()


def test_a_removed_backup_means_nothing_to_undo(company: Path) -> None:
    db = Database.open(company)
    try:
        with undo.undoable(db, "bulk", "approval of all pairs in Demo") as backup:
            pass
        assert undo.last_undo(db) is not None
        backup.unlink()
        assert undo.last_undo(db) is None
    finally:
        db.close()


def test_undo_waits_for_the_lock_note_like_every_writer(company: Path, home: Path, sample: Path) -> None:
    assert cli(home, "--db", str(company), "import-people", str(sample)).returncode == 0
    imported = people_names(company)
    holder = subprocess.Popen(
        [sys.executable, "-c", ("import sys; from mentordesk.storage.lockfile import acquire; "
                                f"r = acquire({str(company)!r}); print(r.acquired, flush=True); sys.stdin.read()")],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, cwd=str(ROOT),
        env=dict(os.environ, MENTORDESK_CONFIG_DIR=str(home / "other"), MENTORDESK_SITE="other-site",
                 PYTHONPATH=str(ROOT)))
    try:
        assert holder.stdout.readline().strip() == "True"
        res = cli(home, "--db", str(company), "undo", "--yes")
        assert res.returncode == 1 and res.stderr.startswith("mentordesk: ")
        assert people_names(company) == imported
    finally:
        holder.stdin.close()
        holder.wait(timeout=30)
    assert cli(home, "--db", str(company), "undo", "--yes").returncode == 0
    assert people_names(company) != imported


def test_cli_merge_is_undoable(company: Path, home: Path, tmp_path: Path) -> None:
    branch = tmp_path / "branch.db"
    shutil.copy(company, branch)
    db = Database.open(branch)
    try:
        people_service.add_person(db, Person(employee_id="B777", name="Branch Bea", email="bea@example.com"))
    finally:
        db.close()
    before = people_names(company)
    res = cli(home, "--db", str(company), "merge", str(branch))
    assert res.returncode == 0, res.stderr
    assert "Branch Bea" in people_names(company)
    shown = cli(home, "--db", str(company), "undo")
    assert "merge of branch.db" in shown.stdout, shown.stdout + shown.stderr
    assert cli(home, "--db", str(company), "undo", "--yes").returncode == 0
    assert people_names(company) == before


def test_import_backups_are_kept_by_their_own_count(company: Path) -> None:
    from mentordesk.storage.backup import Retention

    for _ in range(Retention().before_import + 3):
        make_backup(company, "before-import")
    kept = [b for b in list_backups(company) if b.reason == "before-import"]
    assert len(kept) == Retention().before_import


def test_cli_approve_all_is_undoable(db_path: Path, cohort, capsys) -> None:  # noqa: F811
    from mentordesk.cli import main
    from mentordesk.services import relationships as rel_service

    def started() -> int:
        check = Database.open(db_path, readonly=True)
        try:
            return len(rel_service.list_relationships(check, program_id=cohort["program"]))
        finally:
            check.close()

    assert started() == 0
    assert main(["--db", str(db_path), "match", "--program", "Leaders", "--apply"]) == 0
    assert started() == 4
    capsys.readouterr()
    assert main(["--db", str(db_path), "undo"]) == 0
    assert "approval of all pairs in Leaders" in capsys.readouterr().out and started() == 4
    assert main(["--db", str(db_path), "undo", "--yes"]) == 0
    assert started() == 0
    assert integrity(db_path) == "ok"


def test_a_backup_swapped_for_another_companys_file_is_never_restored(company: Path, tmp_path: Path,
                                                                      home: Path) -> None:
    db = Database.open(company)
    try:
        with undo.undoable(db, "bulk", "approval of all pairs in Demo") as backup:
            pass
    finally:
        db.close()
    stranger = tmp_path / "stranger.db"
    Database.open(stranger).close()
    shutil.copy(stranger, backup)  # same name, another company's contents
    before = people_names(company)
    res = cli(home, "--db", str(company), "undo", "--yes")
    assert res.returncode == 1 and "nothing to undo" in res.stderr
    assert people_names(company) == before


def test_a_restore_after_the_action_withdraws_its_undo(company: Path, home: Path, sample: Path) -> None:
    assert cli(home, "--db", str(company), "import-people", str(sample)).returncode == 0
    manual = make_backup(company, "manual")
    assert cli(home, "--db", str(company), "restore", str(manual)).returncode == 0
    res = cli(home, "--db", str(company), "undo")
    assert res.returncode == 1 and "nothing to undo" in res.stderr
