"""Issue 9 section 4: backups that keep history, belong to one file, and restore only what belongs.

Attacks: bursts of one kind of backup evicting every other day; `acme.db`,
`acme.sqlite` and `acme.db.bak` side by side taking each other's backups; and
restoring what is not this company's whole MentorDesk file. Real files, real
merges, real `mentordesk` processes under `faketime` for days that have passed.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from mentordesk.models import Person
from mentordesk.services import files, people
from mentordesk.storage import backup as backup_store
from mentordesk.storage import file_meta, schema
from mentordesk.storage.backup import (
    KEEP_DAILY_DAYS,
    KEEP_MERGE,
    REASONS,
    BackupError,
    Retention,
    backup_on_open_if_due,
    backups_dir_for,
    list_backups,
    make_backup,
    restore_backup,
)
from mentordesk.storage.database import Database

from .conftest import run_cli
from .damaged_files import damaged_forms

DAY0 = datetime(2026, 10, 1, 9, 0, tzinfo=UTC)


# -- helpers --------------------------------------------------------------------------

def company_id_of(path: Path) -> str | None:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return file_meta.company_id(conn)
    finally:
        conn.close()


def names_of(path: Path) -> list[str]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return sorted(r[0] for r in conn.execute("SELECT name FROM people WHERE deleted_at IS NULL"))
    finally:
        conn.close()


def tree(folder: Path) -> dict[str, bytes]:
    """Every file under `folder` with its bytes: a refusal must leave this exactly as it was."""
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def add_person(path: Path, eid: str, name: str) -> None:
    db = Database.open(path)
    try:
        people.add_person(db, Person(employee_id=eid, name=name, email=f"{eid.lower()}@example.com"))
    finally:
        db.close()


def other_company(tmp_path: Path, name: str = "rival.db") -> Path:
    """A separately created MentorDesk file: same schema, same kind of people, another company."""
    folder = tmp_path / "elsewhere"
    folder.mkdir(exist_ok=True)
    path = folder / name
    add_person(path, "E1", "Rival Person")
    return path


def pre_identity_file(path: Path, name: str = "Old Timer") -> Path:
    """A real MentorDesk file of schema 4, from before files carried a company id."""
    conn = sqlite3.connect(path, isolation_level=None)
    schema.migrate(conn, target=4)
    conn.execute(
        "INSERT INTO people (id, created_at, updated_at, employee_id, name, email) VALUES (?, ?, ?, ?, ?, ?)",
        ("old-1", "2026-01-01T00:00:00", "2026-01-01T00:00:00", "E900", name, "old@example.com"),
    )
    conn.close()
    return path


# -- retention: no burst of one kind evicts another ----------------------------------

def test_each_kind_is_kept_by_its_own_rule(demo_file: Path) -> None:
    dailies = [backup_on_open_if_due(demo_file, now=DAY0 + timedelta(days=d), local_tz=UTC) for d in range(20)]
    assert all(dailies)
    last_day = DAY0 + timedelta(days=19, hours=1)
    bursts = {"merge": 40, "migration": 25, "manual": 30, "before-restore": 25}
    for reason, n in bursts.items():
        for i in range(n):
            make_backup(demo_file, reason, now=last_day + timedelta(seconds=i))
    by_kind = {r: [b for b in list_backups(demo_file) if b.reason == r] for r in REASONS}
    default = Retention()
    # The last KEEP_DAILY_DAYS days keep their daily backup, whatever the bursts did.
    assert sorted(b.path for b in by_kind["open"]) == sorted(dailies[-KEEP_DAILY_DAYS:])
    for reason, n in bursts.items():
        kept = by_kind[reason]
        assert len(kept) == default.count_for(reason) < n
        # The newest ones of that kind are the ones kept.
        assert min(b.taken_at for b in kept) == last_day + timedelta(seconds=n - default.count_for(reason))


def test_days_with_a_backup_count_not_calendar_days(demo_file: Path) -> None:
    """A file left alone for months, or a laptop clock far ahead, does not make history look expired."""
    early = [backup_on_open_if_due(demo_file, now=DAY0 + timedelta(days=d), local_tz=UTC) for d in range(5)]
    months_later = DAY0 + timedelta(days=200)
    late = backup_on_open_if_due(demo_file, now=months_later, local_tz=UTC)
    assert late and all(p.exists() for p in early)
    # A laptop whose clock is a year ahead takes one day's place, not all of them.
    backup_on_open_if_due(demo_file, now=DAY0 + timedelta(days=565), local_tz=UTC)
    assert all(p.exists() for p in early) and late.exists()
    # A laptop whose clock is behind makes a backup older than all of them: it is not deleted by its own rotation.
    small = Retention(daily_days=3)
    behind = make_backup(demo_file, "open", retention=small, now=DAY0 - timedelta(days=30), local_tz=UTC)
    assert behind.exists()
    kept_days = {b.taken_at.date() for b in list_backups(demo_file) if b.reason == "open"}
    assert len(kept_days) == 4  # the three newest days with a backup + the protected newcomer
    assert [p.exists() for p in early] == [False, False, False, False, True]
    assert late.exists()


def test_two_laptops_opening_the_same_day_keep_both_and_still_count_one_day(demo_file: Path) -> None:
    folder = backups_dir_for(demo_file)
    for d in range(KEEP_DAILY_DAYS + 3):
        make_backup(demo_file, "open", now=DAY0 + timedelta(days=d, hours=8), local_tz=UTC)
        make_backup(demo_file, "open", now=DAY0 + timedelta(days=d, hours=9), local_tz=UTC)  # the other laptop
    opens = [b for b in list_backups(demo_file) if b.reason == "open"]
    assert len(opens) == 2 * KEEP_DAILY_DAYS
    assert len({b.taken_at.date() for b in opens}) == KEEP_DAILY_DAYS
    assert folder.is_dir()


def test_a_burst_of_real_merges_keeps_every_earlier_day(demo_file: Path, home: Path, tmp_path: Path) -> None:
    """Sixteen days of real opens (a real process under faketime), then more real merges than KEEP_MERGE."""
    if shutil.which("faketime") is None:
        pytest.skip("faketime is not installed (apt-get install faketime)")
    days = [datetime(2026, 11, 1 + d, 9, 0, tzinfo=UTC) for d in range(16)]
    for day in days:
        res = run_cli(home, "--db", str(demo_file), "init", prefix=["faketime", day.strftime("%Y-%m-%d %H:%M:%S")],
                      TZ="UTC")
        assert res.returncode == 0, res.stderr
    opens = [b for b in list_backups(demo_file) if b.reason == "open"]
    assert sorted(b.taken_at.date() for b in opens) == [d.date() for d in days[-KEEP_DAILY_DAYS:]]

    branch = tmp_path / "branch.db"
    merges = KEEP_MERGE + 3
    for i in range(merges):  # each merge brings something new, so each one really writes
        shutil.copyfile(demo_file, branch)
        add_person(branch, f"NEW{i}", f"New Hire {i}")
        db = Database.open(demo_file)
        try:
            files.merge_file(db, branch)
        finally:
            db.close()
    assert f"New Hire {merges - 1}" in names_of(demo_file)
    after = list_backups(demo_file)
    assert sorted(b.path for b in after if b.reason == "open") == sorted(b.path for b in opens)
    assert len([b for b in after if b.reason == "merge"]) == KEEP_MERGE


# -- the full file name --------------------------------------------------------------

@pytest.fixture
def three_files(demo_file: Path) -> dict[str, Path]:
    """acme.db (the demo), acme.sqlite (a copy: same company) and acme.db.bak side by side."""
    folder = demo_file.parent
    shutil.copyfile(demo_file, folder / "acme.sqlite")
    shutil.copyfile(demo_file, folder / "acme.db.bak")
    return {"db": demo_file, "sqlite": folder / "acme.sqlite", "bak": folder / "acme.db.bak"}


def test_side_by_side_files_have_their_own_backups_and_daily_rule(three_files: dict[str, Path]) -> None:
    db, sq, bak = three_files["db"], three_files["sqlite"], three_files["bak"]
    made = {k: backup_on_open_if_due(p, now=DAY0, local_tz=UTC) for k, p in three_files.items()}
    assert all(made.values()), "one file's daily backup counted for another"
    assert len({backups_dir_for(p) for p in three_files.values()}) == 3
    for key, path in three_files.items():
        assert [b.path for b in list_backups(path)] == [made[key]]
        assert made[key].name.startswith(path.name + " ")
        assert backup_on_open_if_due(path, now=DAY0 + timedelta(hours=3), local_tz=UTC) is None
    # Rotation of one file never touches another's: a burst on acme.sqlite leaves acme.db's alone.
    for i in range(30):
        make_backup(sq, "merge", retention=Retention(merge=2), now=DAY0 + timedelta(minutes=i))
    assert made["db"].exists() and made["bak"].exists()
    assert [b.path for b in list_backups(db)] == [made["db"]]
    assert [b.reason for b in list_backups(bak)] == ["open"]


def test_side_by_side_files_through_real_processes(three_files: dict[str, Path], home: Path) -> None:
    for path in three_files.values():
        res = run_cli(home, "--db", str(path), "init")
        assert res.returncode == 0, res.stderr
    for path in three_files.values():
        mine = list_backups(path)
        assert [b.reason for b in mine] == ["open"], path.name
        assert all(b.path.name.startswith(path.name + " ") for b in mine)


def test_restore_dialog_offers_only_this_files_backups(open_window, qtbot, three_files: dict[str, Path],
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    from ui import file_actions

    for path in three_files.values():
        make_backup(path, "manual", now=DAY0)
    offered: list[list[Path]] = []

    def look(self) -> int:
        offered.append([b.path for b in self.backups])
        return 0  # cancel

    monkeypatch.setattr(file_actions.RestoreDialog, "exec", look)
    w = open_window(three_files["sqlite"], show=False)
    w.restore_backup_dialog()
    assert offered and offered[0] and all(p.name.startswith("acme.sqlite ") for p in offered[0])
    assert set(offered[0]) == {b.path for b in list_backups(three_files["sqlite"])}


# -- old names: listed for the right file where that can be told -------------------------

def _old_backup(folder: Path, short: str, source: Path, when: datetime, reason: str = "open") -> Path:
    folder.mkdir(exist_ok=True)
    path = folder / f"{short} {when.strftime('%Y-%m-%dT%H%M%S')}.000Z {reason}.db"
    shutil.copyfile(source, path)
    return path


def test_old_backups_stay_with_the_only_file_of_that_name(demo_file: Path) -> None:
    old = _old_backup(demo_file.parent / "acme backups", "acme", demo_file, DAY0)
    listed = list_backups(demo_file)
    assert [(b.path, b.legacy) for b in listed] == [(old, True)]
    # An old daily backup of today still counts as today's.
    assert backup_on_open_if_due(demo_file, now=DAY0 + timedelta(hours=2), local_tz=UTC) is None
    # A text file with the same short name is no rival.
    (demo_file.parent / "acme.txt").write_text("notes")
    assert [b.path for b in list_backups(demo_file)] == [old]


def test_old_backups_of_two_same_named_files_are_not_misattributed(demo_file: Path, tmp_path: Path) -> None:
    folder = demo_file.parent
    rival = folder / "acme.sqlite"
    shutil.copyfile(other_company(tmp_path), rival)
    mine = _old_backup(folder / "acme backups", "acme", demo_file, DAY0)
    theirs = _old_backup(folder / "acme backups", "acme", rival, DAY0 + timedelta(hours=1))
    pre5 = _old_backup(folder / "acme backups", "acme", pre_identity_file(tmp_path / "pre.db"),
                       DAY0 + timedelta(hours=2))
    assert [b.path for b in list_backups(demo_file)] == [mine]
    assert [b.path for b in list_backups(rival)] == [theirs]
    assert pre5.exists()  # cannot be told: listed for neither, left on disk
    # Two copies of one company: the id cannot tell, so neither gets them.
    shutil.copyfile(demo_file, rival)
    assert list_backups(demo_file) == [] and list_backups(rival) == []
    assert mine.exists() and theirs.exists()


def test_old_backups_of_acme_db_bak_are_not_taken_for_acme_db(three_files: dict[str, Path]) -> None:
    db, bak = three_files["db"], three_files["bak"]
    (db.parent / "acme.sqlite").unlink()
    # The old folder of acme.db.bak was "acme.db backups": now the folder of acme.db.
    old_bak = _old_backup(db.parent / "acme.db backups", "acme.db", bak, DAY0)
    new_db = backup_on_open_if_due(db, now=DAY0 + timedelta(hours=1), local_tz=UTC)
    assert new_db is not None, "acme.db.bak's old daily backup counted for acme.db"
    assert [b.path for b in list_backups(db)] == [new_db]
    assert [b.path for b in list_backups(bak)] == [old_bak]
    # Rotation of acme.db's dailies never deletes acme.db.bak's old one.
    for d in range(1, 5):
        backup_on_open_if_due(db, now=DAY0 + timedelta(days=d), retention=Retention(daily_days=1), local_tz=UTC)
    assert old_bak.exists()


def test_old_backups_age_out_with_the_new_ones(demo_file: Path) -> None:
    olds = [_old_backup(demo_file.parent / "acme backups", "acme", demo_file, DAY0 + timedelta(days=d))
            for d in range(3)]
    for d in range(3, 6):
        backup_on_open_if_due(demo_file, now=DAY0 + timedelta(days=d), retention=Retention(daily_days=3), local_tz=UTC)
    assert not any(p.exists() for p in olds)
    assert len(list_backups(demo_file)) == 3


# -- restore: only this company's whole MentorDesk file ---------------------------------

def assert_refused(backup: Path, db: Path, *words: str) -> str:
    before = tree(db.parent)
    with pytest.raises(BackupError) as info:
        restore_backup(backup, db)
    message = str(info.value)
    assert "not changed" in message
    for word in words:
        assert word in message
    assert tree(db.parent) == before, "a refused restore changed something"
    return message


def test_restore_refuses_another_companys_file(demo_file: Path, tmp_path: Path) -> None:
    rival = other_company(tmp_path)
    assert company_id_of(rival) != company_id_of(demo_file)
    assert_refused(rival, demo_file, "another company")
    # Planted in this file's own backups folder under a backup's name: still refused.
    planted = backups_dir_for(demo_file) / f"acme.db {DAY0.strftime('%Y-%m-%dT%H%M%S')}.000Z open.backup.db"
    planted.parent.mkdir()
    shutil.copyfile(rival, planted)
    assert [b.path for b in list_backups(demo_file)] == [planted]
    assert_refused(planted, demo_file, "another company")
    # A copy of a file that was migrated from before identities is another company too once ids differ.
    migrated = pre_identity_file(tmp_path / "migrated.db")
    Database.open(migrated).close()
    assert_refused(migrated, demo_file, "another company")


def test_restore_refuses_damaged_truncated_and_foreign_files(demo_file: Path, tmp_path: Path) -> None:
    good = make_backup(demo_file, "manual", now=DAY0)
    folder = tmp_path / "attacks"
    folder.mkdir()
    for name, path in damaged_forms(good, folder).items():
        message = assert_refused(path, demo_file)
        assert "Traceback" not in message, name
    # Whole SQLite databases that are not MentorDesk files.
    other_program = folder / "other-program.db"
    conn = sqlite3.connect(other_program)
    conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")
    conn.commit()
    conn.close()
    assert_refused(other_program, demo_file, "not a MentorDesk file")
    blank = folder / "blank.db"
    sqlite3.connect(blank).close()
    assert_refused(blank, demo_file)
    look_alike = folder / "look-alike.db"  # a people table and a plausible version, nothing else
    conn = sqlite3.connect(look_alike)
    conn.execute("CREATE TABLE people (id TEXT PRIMARY KEY, name TEXT)")
    conn.execute("PRAGMA user_version = 3")
    conn.commit()
    conn.close()
    assert_refused(look_alike, demo_file, "not a MentorDesk file")
    # The same file, once its damage is gone, restores: the refusals were about the damage.
    assert restore_backup(good, demo_file).company_verified


def test_restore_refuses_a_backup_that_fails_only_the_full_integrity_check(demo_file: Path, tmp_path: Path) -> None:
    """An index that disagrees with its table passes quick_check but not integrity_check."""
    bad = tmp_path / "bad-index.db"
    shutil.copyfile(demo_file, bad)
    conn = sqlite3.connect(bad, isolation_level=None)
    conn.execute("PRAGMA writable_schema = ON")
    conn.execute("UPDATE sqlite_master SET sql = replace(sql, 'people(name)', 'people(email)') "
                 "WHERE name = 'people_name'")
    conn.execute("PRAGMA writable_schema = OFF")
    conn.close()
    conn = sqlite3.connect(f"file:{bad}?mode=ro", uri=True)
    assert conn.execute("PRAGMA quick_check").fetchall() == [("ok",)]
    assert conn.execute("PRAGMA integrity_check").fetchall() != [("ok",)]
    conn.close()
    assert_refused(bad, demo_file, "damaged")


def test_restore_refuses_the_company_file_itself(demo_file: Path, tmp_path: Path) -> None:
    spellings = [
        demo_file,
        demo_file.parent / "." / demo_file.name,
        demo_file.parent / ".." / demo_file.parent.name / demo_file.name,
    ]
    link = tmp_path / "link-to-acme.db"
    link.symlink_to(demo_file)
    hard = tmp_path / "hard-acme.db"
    os.link(demo_file, hard)
    for path in [*spellings, link, hard]:
        assert_refused(path, demo_file, "company file itself")
    # And the other way round: the company file reached through a symlink.
    assert_refused(demo_file, link, "company file itself")


def test_restore_refuses_a_backup_from_a_newer_mentordesk(demo_file: Path, tmp_path: Path) -> None:
    newer = tmp_path / "newer.db"
    shutil.copyfile(demo_file, newer)  # same company, so only the version can be the reason
    conn = sqlite3.connect(newer)
    conn.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    assert_refused(newer, demo_file, "newer version")


def test_pre_identity_backup_of_a_file_created_with_its_identity_is_refused(demo_file: Path, tmp_path: Path) -> None:
    conn = sqlite3.connect(f"file:{demo_file}?mode=ro", uri=True)
    assert file_meta.identity_origin(conn) == "created"
    conn.close()
    assert_refused(pre_identity_file(tmp_path / "old.db"), demo_file, "company")


def test_pre_identity_backup_of_a_migrated_file_restores_unverified_and_keeps_the_company(tmp_path: Path) -> None:
    path = pre_identity_file(tmp_path / "branch.db", name="Before Upgrade")
    old = tmp_path / "kept-before-upgrade.db"
    shutil.copyfile(path, old)
    db = Database.open(path)  # the upgrade gives it an id made up at migration
    people.add_person(db, Person(employee_id="E1", name="After Upgrade", email="e1@example.com"))
    db.close()
    company = company_id_of(path)
    assert company
    result = restore_backup(old, path)
    assert not result.company_verified and "could not confirm" in result.note
    assert names_of(path) == ["Before Upgrade"]
    # It keeps this file's company id, so this company's branch files still merge into it.
    assert company_id_of(path) == company
    conn = sqlite3.connect(path)
    assert schema.user_version(conn) == schema.SCHEMA_VERSION
    assert file_meta.identity_origin(conn) == "migrated"
    conn.close()
    assert result.previous_backup is not None and names_of(result.previous_backup) == ["After Upgrade",
                                                                                       "Before Upgrade"]


def test_restore_of_this_companys_backup_through_a_symlink_keeps_the_link(demo_file: Path, tmp_path: Path) -> None:
    backup = make_backup(demo_file, "manual", now=DAY0)
    add_person(demo_file, "LATE", "Late Arrival")
    link = tmp_path / "shortcut.db"
    link.symlink_to(demo_file)
    result = restore_backup(backup, link)
    assert result.company_verified
    assert link.is_symlink() and "Late Arrival" not in names_of(demo_file)
    assert result.previous_backup is not None and result.previous_backup.parent == backups_dir_for(demo_file)


def test_clock_high_water_mark_never_goes_down_through_a_restore(demo_file: Path) -> None:
    backup = make_backup(demo_file, "manual", now=DAY0)
    add_person(demo_file, "LATE", "Late Arrival")
    conn = sqlite3.connect(f"file:{demo_file}?mode=ro", uri=True)
    before = file_meta.hlc(conn)
    conn.close()
    restore_backup(backup, demo_file)
    conn = sqlite3.connect(f"file:{demo_file}?mode=ro", uri=True)
    assert (file_meta.hlc(conn) or "") >= (before or "")
    conn.close()


def test_refusal_reaches_the_window_as_a_sentence(open_window, qtbot, demo_file: Path, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    from ui import file_actions

    planted = backups_dir_for(demo_file) / f"acme.db {DAY0.strftime('%Y-%m-%dT%H%M%S')}.000Z open.backup.db"
    planted.parent.mkdir()
    shutil.copyfile(other_company(tmp_path), planted)
    shown: list[str] = []
    monkeypatch.setattr(file_actions, "show_error", lambda parent, exc: shown.append(str(exc)))
    monkeypatch.setattr(file_actions.QMessageBox, "information", lambda parent, title, text: shown.append(text))
    def choose_planted(self) -> int:
        self.table.selectRow([b.path for b in self.backups].index(planted))
        return 1

    monkeypatch.setattr(file_actions.RestoreDialog, "exec", choose_planted)
    before = names_of(demo_file)
    w = open_window(demo_file, show=False)
    w.restore_backup_dialog()
    assert shown and "another company" in shown[-1]
    assert w.db is not None and names_of(demo_file) == before


def test_cli_restore_refuses_in_a_sentence_and_changes_nothing(demo_file: Path, tmp_path: Path, home: Path) -> None:
    good = make_backup(demo_file, "manual", now=DAY0)
    (tmp_path / "attacks").mkdir()
    attacks = damaged_forms(good, tmp_path / "attacks")
    cases = {
        "another company": other_company(tmp_path),
        "company file itself": demo_file,
        "not a MentorDesk file": attacks["csv"],
        "incomplete": attacks["truncated"],
        "damaged": attacks["garbage-page"],
    }
    for words, backup in cases.items():
        before = tree(demo_file.parent)
        res = run_cli(home, "--db", str(demo_file), "restore", str(backup))
        assert res.returncode == 1, (words, res.stdout, res.stderr)
        assert res.stderr.startswith("mentordesk: ") and words in res.stderr, (words, res.stderr)
        assert "Traceback" not in res.stderr and "not changed" in res.stderr
        assert tree(demo_file.parent) == before, words


def test_cli_restore_respects_the_lock_note(demo_file: Path, home: Path) -> None:
    from mentordesk.storage.lockfile import acquire, release

    backup = make_backup(demo_file, "manual", now=DAY0)
    add_person(demo_file, "LATE", "Late Arrival")
    held = acquire(demo_file)
    assert held.acquired
    try:
        before = demo_file.read_bytes()
        res = run_cli(home, "--db", str(demo_file), "restore", str(backup))
        assert res.returncode == 1 and "nothing was changed" in res.stderr
        assert demo_file.read_bytes() == before
    finally:
        release(held.lock)
    res = run_cli(home, "--db", str(demo_file), "restore", str(backup))
    assert res.returncode == 0, res.stderr
    assert "Restored" in res.stdout and "before-restore" in res.stdout
    assert "Late Arrival" not in names_of(demo_file)
    assert any(b.reason == "before-restore" for b in list_backups(demo_file))


def test_cli_lists_only_this_files_backups(three_files: dict[str, Path], home: Path) -> None:
    for path in three_files.values():
        make_backup(path, "merge", now=DAY0)
    for path in three_files.values():
        res = run_cli(home, "--db", str(path), "backups")
        assert res.returncode == 0, res.stderr
        listed = [line for line in res.stdout.splitlines()[1:] if line.strip()]
        assert len(listed) == 1 and listed[0].endswith(str(list_backups(path)[0].path)), res.stdout


def test_backup_store_reexports_restore(demo_file: Path) -> None:
    assert backup_store.restore_backup is restore_backup


def test_window_says_when_a_restored_backup_could_not_be_verified(open_window, qtbot, tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    from ui import file_actions

    path = pre_identity_file(tmp_path / "branch.db", name="Before Upgrade")
    old = backups_dir_for(path) / f"branch.db {DAY0.strftime('%Y-%m-%dT%H%M%S')}.000Z migration.backup.db"
    old.parent.mkdir()
    shutil.copyfile(path, old)
    shown: list[str] = []
    monkeypatch.setattr(file_actions.QMessageBox, "information", lambda parent, title, text: shown.append(text))
    monkeypatch.setattr(file_actions, "show_error", lambda parent, exc: shown.append("ERROR " + str(exc)))

    def choose_old(self) -> int:
        self.table.selectRow([b.path for b in self.backups].index(old))
        return 1

    monkeypatch.setattr(file_actions.RestoreDialog, "exec", choose_old)
    w = open_window(path, show=False)  # upgrades it: its company id is made up now
    company = company_id_of(path)
    w.restore_backup_dialog()
    assert shown and "restored" in shown[-1] and "could not confirm" in shown[-1]
    assert w.db is not None and names_of(path) == ["Before Upgrade"] and company_id_of(path) == company


def _crash_mid_save(path: Path) -> None:
    """A real process killed in the middle of a big write: the file is left with a hot journal."""
    code = (
        "import sqlite3, os, sys\n"
        "c = sqlite3.connect(sys.argv[1]); c.execute('PRAGMA cache_size=1')\n"
        "c.execute('BEGIN'); c.execute(\"UPDATE people SET notes = notes || hex(randomblob(400))\")\n"
        "os._exit(0)\n"
    )
    import subprocess
    import sys

    subprocess.run([sys.executable, "-c", code, str(path)], check=True, timeout=60)
    assert path.with_name(path.name + "-journal").stat().st_size > 0


@pytest.mark.parametrize("harm", ["garbage", "interrupted save"])
def test_when_the_file_cannot_tell_its_backups_speak_for_it(demo_file: Path, tmp_path: Path, harm: str) -> None:
    own = make_backup(demo_file, "manual", now=DAY0)
    make_backup(demo_file, "merge", now=DAY0 + timedelta(hours=1))
    if harm == "garbage":
        demo_file.write_bytes(b"SQLite format 3\x00" + os.urandom(8192))
    else:
        _crash_mid_save(demo_file)
    rival = other_company(tmp_path)
    assert_refused(rival, demo_file, "another company")
    result = restore_backup(own, demo_file)
    assert result.company_verified and result.note == ""
    assert names_of(demo_file) == names_of(own)
    assert result.moved_aside is not None and result.moved_aside.exists()  # the harmed file is kept, not deleted


def test_kill_9_while_backing_up_leaves_only_whole_backups_and_keeps_history(demo_file: Path) -> None:
    """A process making merge backups as fast as it can, killed at random moments, again and again."""
    import random
    import signal
    import subprocess
    import sys
    import time

    dailies = [backup_on_open_if_due(demo_file, now=DAY0 + timedelta(days=d), local_tz=UTC) for d in range(5)]
    code = (
        "import sys\nfrom mentordesk.storage.backup import make_backup\n"
        "while True:\n    make_backup(sys.argv[1], 'merge')\n"
    )
    rng = random.Random(9)
    for _ in range(4):
        before = len(list_backups(demo_file))
        child = subprocess.Popen([sys.executable, "-c", code, str(demo_file)])
        deadline = time.monotonic() + 60
        while len(list_backups(demo_file)) <= before and time.monotonic() < deadline:
            time.sleep(0.01)  # polling a real condition: the child has written a backup
        assert child.poll() is None, "the backup process ended by itself"
        time.sleep(rng.uniform(0, 0.3))  # a random moment, not synchronisation
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
    listed = list_backups(demo_file)
    assert all(p.exists() for p in dailies)
    # A kill between a new backup's rename and the rotation that follows it may leave one extra;
    # the next backup rotates it away. Never fewer than were kept, never a burst beyond one.
    assert 0 < len([b for b in listed if b.reason == "merge"]) <= KEEP_MERGE + 1
    for info in listed:  # every backup under its real name is whole
        conn = sqlite3.connect(f"file:{info.path}?mode=ro", uri=True)
        try:
            assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)], info.path.name
        finally:
            conn.close()
