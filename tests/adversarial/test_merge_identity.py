"""Issue 9 §2, identity: another company's file, migrated files, and two people under one employee ID.

Real files (the demo company, copies of it, separately made files, files taken back to
schema 4 as an older MentorDesk left them) merged by real `mentordesk merge` processes.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path

import pytest

from mentordesk.clock import now_iso
from mentordesk.models import Person
from mentordesk.services import people
from mentordesk.storage import file_meta, rows, schema
from mentordesk.storage.backup import list_backups, restore_backup
from mentordesk.storage.database import Database

from .merge_helpers import body, digest, dump, merge_cli, sql


def _identity(path: Path) -> tuple[str | None, str | None]:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return file_meta.company_id(conn), file_meta.identity_origin(conn)
    finally:
        conn.close()


def _add(path: Path, site: str, *persons: tuple[str, str, str]) -> list[str]:
    old = os.environ.get("MENTORDESK_SITE")
    os.environ["MENTORDESK_SITE"] = site
    try:
        db = Database.open(path)
        try:
            return [people.add_person(db, Person(employee_id=e, name=n, email=m)) for e, n, m in persons]
        finally:
            db.close()
    finally:
        if old is None:
            del os.environ["MENTORDESK_SITE"]
        else:
            os.environ["MENTORDESK_SITE"] = old


def _live(path: Path, eid_like: str) -> list[dict]:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    conn.row_factory = sqlite3.Row
    found = [dict(r) for r in conn.execute("SELECT * FROM people WHERE employee_id LIKE ? AND deleted_at IS NULL "
                                           "ORDER BY employee_id", (eid_like,))]
    conn.close()
    return found


def _to_schema_4(path: Path) -> None:
    """The same data as an older MentorDesk (schema 4, before identities) kept it: rebuilt table by table."""
    old = path.with_name(path.name + ".v4")
    conn = sqlite3.connect(old, isolation_level=None)
    schema.migrate(conn, target=4)
    conn.execute("ATTACH DATABASE ? AS src", (str(path),))
    for (table,) in conn.execute("SELECT name FROM main.sqlite_master WHERE type = 'table'").fetchall():
        cols = ", ".join(f'"{r[1]}"' for r in conn.execute(f'PRAGMA main.table_info("{table}")'))
        conn.execute(f'INSERT INTO main."{table}" ({cols}) SELECT {cols} FROM src."{table}"')
    conn.execute("DETACH DATABASE src")
    assert schema.user_version(conn) == 4
    conn.close()
    os.replace(old, path)


STRANGERS = [("E0001", "Someone Else", "someone@elsewhere.org"),
             ("E0002", "Daan Bakker", "daan@elsewhere.org"),        # same name, another person
             ("E0003", "Lucas Jansen", "lucas.jansen@example.com"),  # identical: the same person
             ("E9999", "New Face", "new.face@elsewhere.org")]


@pytest.fixture
def other_company(tmp_path: Path) -> Path:
    path = tmp_path / "globex.db"
    _add(path, "globex", *STRANGERS)
    return path


def test_another_companys_file_is_refused_without_a_word_changed(demo_file, other_company, home):
    before = digest(demo_file)
    for extra in ((), ("--dry-run",)):
        out = merge_cli(home, demo_file, other_company, "hq", *extra)
        assert out.returncode == 1
        assert "another company's file" in out.stderr and "--other-company" in out.stderr
        assert "Traceback" not in out.stderr
    assert digest(demo_file) == before
    assert [b for b in list_backups(demo_file) if b.reason == "merge"] == []


@pytest.mark.parametrize("theirs_older", [False, True])
def test_confirmed_other_company_re_identifies_nobody(demo_file, other_company, home, theirs_older):
    if theirs_older:  # the other company entered its people long before this one did
        sql(other_company, "UPDATE people SET created_at = '2001-01-01T00:00:00.000000Z'")
    mine = {p["employee_id"]: p for p in dump(demo_file)["people"]}
    identity = _identity(demo_file)

    dry = merge_cli(home, demo_file, other_company, "hq", "--other-company", "--dry-run")
    real = merge_cli(home, demo_file, other_company, "hq", "--other-company")
    assert real.returncode == 0, real.stderr
    assert body(dry.stdout) == body(real.stdout)

    for eid in ("E0001", "E0002", "E0003"):  # this company's people keep who they are
        here = _live(demo_file, eid)
        assert [(p["id"], p["name"], p["email"]) for p in here] == [
            (mine[eid]["id"], mine[eid]["name"], mine[eid]["email"])]
    for eid, name, email in STRANGERS[:2]:  # the other company's people are kept too, apart
        kept = _live(demo_file, f"{eid}-CONFLICT-%")
        assert [(p["name"], p["email"]) for p in kept] == [(name, email)]
        assert f"Employee ID {eid} is used for two different people" in real.stdout
    assert [p["name"] for p in _live(demo_file, "E9999")] == ["New Face"]
    assert _identity(demo_file) == identity  # it stays this company's file
    assert "merged because you confirmed it" in real.stdout


def test_separately_migrated_copies_merge_both_ways_and_stay_restorable(demo_file, tmp_path, home):
    _to_schema_4(demo_file)
    a, b = tmp_path / "a.db", tmp_path / "b.db"
    shutil.copy(demo_file, a)
    shutil.copy(demo_file, b)
    for path in (a, b):
        Database.open(path).close()  # each upgraded on its own laptop: two random ids
    ids = (_identity(a), _identity(b))
    assert ids[0][1] == ids[1][1] == "migrated" and ids[0][0] != ids[1][0]
    _add(b, "b", ("E0700", "Branch Hire", "branch.hire@example.com"))
    _add(a, "a", ("E0701", "Office Hire", "office.hire@example.com"))

    for into, other, site in ((a, b, "a"), (b, a, "b"), (a, b, "a")):
        out = merge_cli(home, into, other, site)
        assert out.returncode == 0, out.stderr
        assert "files share entries" in out.stdout
    assert dump(a)["people"] == dump(b)["people"]
    assert {p["name"] for p in _live(a, "E070%")} == {"Branch Hire", "Office Hire"}
    assert (_identity(a), _identity(b)) == ids  # each keeps the id its backups carry

    # The merge's backup undoes the merge: Restore (same-company rule) accepts it.
    before_merge = next(x for x in list_backups(a) if x.reason == "merge")
    restore_backup(before_merge.path, a)
    assert _live(a, "E0700") == []


def test_migrated_or_old_file_of_another_company_needs_confirmation(demo_file, tmp_path, home):
    stranger = tmp_path / "stranger.db"
    _add(stranger, "stranger", ("E0001", "Someone Else", "someone@elsewhere.org"),
         ("E0002", "Another One", "another@elsewhere.org"), ("E0003", "Third Person", "third@elsewhere.org"))
    _to_schema_4(stranger)
    old_copy = tmp_path / "stranger-old.db"
    shutil.copy(stranger, old_copy)  # stays at schema 4: merged as it is, no identity at all
    Database.open(stranger).close()  # upgraded: a migrated identity
    before = digest(demo_file)
    for other in (stranger, old_copy):
        out = merge_cli(home, demo_file, other, "hq")
        assert out.returncode == 1 and "another company's file" in out.stderr, out.stderr
        assert "0 of the 3 employee IDs" in out.stderr
    assert digest(demo_file) == before
    assert merge_cli(home, demo_file, old_copy, "hq", "--other-company").returncode == 0
    assert len(_live(demo_file, "E0001-CONFLICT-%")) == 1


def test_old_file_of_the_same_company_merges_without_asking(demo_file, tmp_path, home):
    old = tmp_path / "old-branch.db"
    shutil.copy(demo_file, old)
    _to_schema_4(old)
    stamp = now_iso()  # an older MentorDesk's edit, made after the copy
    sql(old, (("UPDATE people SET title = 'Old branch title', updated_at = ?, "
              "field_times = json_set(field_times, '$.title', ?) WHERE employee_id = 'E0004'"), (stamp, stamp)))
    out = merge_cli(home, demo_file, old, "hq")
    assert out.returncode == 0, out.stderr
    assert _live(demo_file, "E0004")[0]["title"] == "Old branch title"
    assert "older MentorDesk (version 4)" in out.stdout


@pytest.fixture
def branches(demo_file: Path, tmp_path: Path) -> tuple[Path, Path]:
    a, b = tmp_path / "rotterdam.db", tmp_path / "utrecht.db"
    shutil.copy(demo_file, a)
    shutil.copy(demo_file, b)
    return a, b


def test_one_employee_id_two_people_both_kept_in_both_files(branches, home):
    a, b = branches
    _add(a, "rotterdam", ("E0900", "Zoe Quist", "zoe.quist@example.com"))
    _add(b, "utrecht", ("E0900", "Yara Prins", "yara.prins@example.com"))

    into_a = merge_cli(home, a, b, "rotterdam")
    into_b = merge_cli(home, b, a, "utrecht")
    assert into_a.returncode == 0 and into_b.returncode == 0, into_a.stderr + into_b.stderr

    for path in (a, b):
        assert [p["name"] for p in _live(path, "E0900")] == ["Zoe Quist"]  # entered first, keeps the id
        assert [p["name"] for p in _live(path, "E0900-CONFLICT-%")] == ["Yara Prins"]
    assert "Zoe Quist" in into_a.stdout and "Yara Prins" in into_a.stdout
    assert dump(a) == dump(b)
    conn = sqlite3.connect(a)
    logged = " ".join(" ".join(r) for r in conn.execute("SELECT source_name, details, summary FROM merge_log"))
    conn.close()
    assert "provisional employee id" in logged  # HR can see it happened ...
    assert "Zoe" not in logged and "Yara" not in logged and "E0900" not in logged  # ... without personal data
    assert merge_cli(home, a, b, "rotterdam").stdout.count("two different people") == 0  # settled


def test_deleting_one_of_the_two_afterwards_keeps_both_rows(branches, home):
    a, b = branches
    _add(a, "rotterdam", ("E0901", "Zoe Quist", "zoe.quist@example.com"))
    (yara,) = _add(b, "utrecht", ("E0901", "Yara Prins", "yara.prins@example.com"))
    db = Database.open(b)
    with db.transaction() as conn:
        rows.tombstone(conn, "people", yara)  # the branch deleted its hire before anyone merged
    db.close()

    assert merge_cli(home, a, b, "rotterdam").returncode == 0
    assert merge_cli(home, b, a, "utrecht").returncode == 0
    for path in (a, b):
        everyone = {p["name"]: p for p in dump(path)["people"] if p["name"] in ("Zoe Quist", "Yara Prins")}
        assert everyone["Zoe Quist"]["deleted_at"] is None and everyone["Zoe Quist"]["employee_id"] == "E0901"
        assert everyone["Yara Prins"]["deleted_at"] is not None  # her tombstone travelled, nothing vanished
        assert everyone["Yara Prins"]["id"] == yara


@pytest.mark.parametrize("same", [("Zoe Quist", "zoe.q@other-mail.example.com"),
                                  ("Z. Quist-de Wit", "zoe.quist@example.com"),
                                  ("  zoe   QUIST ", "ZOE.QUIST@example.com")])
def test_same_name_or_same_email_under_one_id_is_one_person(branches, home, same):
    a, b = branches
    _add(a, "rotterdam", ("E0902", "Zoe Quist", "zoe.quist@example.com"))
    _add(b, "utrecht", ("E0902", same[0].strip(), same[1]))
    out = merge_cli(home, a, b, "rotterdam")
    assert out.returncode == 0, out.stderr
    assert len(_live(a, "E0902%")) == 1 and "two different people" not in out.stdout


# -- the window asks before another company's file comes in ---------------------------------


@pytest.mark.parametrize("answer", ["cancel", "merge anyway"])
def test_window_merges_another_company_only_after_an_explicit_yes(open_window, qtbot, demo_file, other_company,
                                                                    monkeypatch, answer):
    from PySide6.QtWidgets import QDialog, QMessageBox

    from ui import file_actions

    asked: list[str] = []
    notes: list[list[str]] = []

    def press(box: QMessageBox) -> int:
        asked.append(box.text())
        wanted = [b for b in box.buttons() if "anyway" in b.text()] if answer != "cancel" else []
        (wanted[0] if wanted else box.button(QMessageBox.Cancel)).click()
        return 0

    def accept(dialog) -> int:
        notes.append(list(dialog.notes))
        return QDialog.Accepted

    monkeypatch.setattr(file_actions.QMessageBox, "exec", press)
    monkeypatch.setattr(file_actions.QMessageBox, "information", lambda parent, title, text: None)
    monkeypatch.setattr(file_actions.ConflictDialog, "exec", accept)
    monkeypatch.setenv("MENTORDESK_SITE", "hq")
    before = digest(demo_file)
    w = open_window(demo_file, show=False)
    w.merge_files([other_company])
    qtbot.waitUntil(lambda: bool(asked), timeout=20000)
    assert "another company's file" in asked[0]
    if answer == "cancel":
        # The answer is handled on the spot: declining starts nothing, so there is nothing to wait for.
        assert getattr(w, "last_merge_result", None) is None
        w.db.close()
        w.db = None
        assert digest(demo_file) == before
        return
    qtbot.waitUntil(lambda: getattr(w, "last_merge_result", None) is not None, timeout=30000)
    assert any("Employee ID E0001 is used for two different people" in n for n in notes[0])
    assert [p["name"] for p in _live(demo_file, "E0001")] == ["Noor Jansen"]
