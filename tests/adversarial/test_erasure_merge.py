"""Issue 14: a merge never brings an erased person back, in either direction, and says it applied the erasure.

Attacks, each on real files: a branch copy made before the erasure that went on
editing the person (new meetings, notes, goals) merged both ways; the erasure
made at the branch instead of head office; the person entered again separately
at a branch (another row id, same employee ID and e-mail); a branch file from
before erasures existed (schema 5); a forged or unreadable erasure record; the
merge through the real `mentordesk merge` process, dry run included.
After every merge the whole file's bytes are searched.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from mentordesk.services import files
from mentordesk.services import personal_data as pd
from mentordesk.storage import rows
from mentordesk.storage.database import Database
from mentordesk.storage.merge import MergeError
from mentordesk.storage.schema import SYNCED_TABLES
from tests.privacy_setup import EID, EMAIL, NAME, Subject, make_demo, name_everywhere

from .conftest import run_cli

BRANCH_MARKERS = ["QX50-BRANCH", "QX51-BRANCH", "QX52-BRANCH"]
OTHER_ZOFIA = "Zofia Kowalska"  # someone else: never cleared


@pytest.fixture
def hq(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Subject:
    monkeypatch.setenv("MENTORDESK_SITE", "hq")
    path = tmp_path / "hq.db"
    make_demo(path)
    return name_everywhere(path)


def _write(monkeypatch: pytest.MonkeyPatch, path: Path, site: str, fn) -> Any:
    monkeypatch.setenv("MENTORDESK_SITE", site)
    db = Database.open(path)
    try:
        with db.transaction() as conn:
            return fn(conn)
    finally:
        db.close()


def _erase(monkeypatch: pytest.MonkeyPatch, path: Path, site: str, person_id: str) -> None:
    monkeypatch.setenv("MENTORDESK_SITE", site)
    db = Database.open(path)
    try:
        db.conn.execute("PRAGMA secure_delete = OFF")  # as on Windows and macOS (see `_merge`)
        pd.erase_person(db, person_id, "Their written request")
    finally:
        db.close()


def _merge(monkeypatch: pytest.MonkeyPatch, into: Path, other: Path, site: str, **kw) -> files.MergeResult:
    # HR confirms the other file's erasures (since the issue 14 follow-up a merge applies them only then,
    # see tests/adversarial/test_erasure_followups.py); erasures made here apply regardless.
    kw.setdefault("apply_erasures", True)
    monkeypatch.setenv("MENTORDESK_SITE", site)
    db = Database.open(into)
    try:
        # Debian's SQLite zeroes freed space by default, Windows' and macOS' do not: be the latter here
        db.conn.execute("PRAGMA secure_delete = OFF")
        return files.merge_file(db, other, **kw)
    finally:
        db.close()


def _branch_goes_on(monkeypatch: pytest.MonkeyPatch, branch: Path, s: Subject) -> None:
    """The branch keeps working with the person after its copy was made."""
    def edit(conn):
        rows.update(conn, "people", s.person_id, {"notes": f"Branch note {BRANCH_MARKERS[0]}"})
        rows.insert(conn, "meetings", {"relationship_id": s.rel_id, "date": "2026-11-20", "minutes": 47,
                                       "outcome": "held", "notes": f"Talked about {NAME}, {BRANCH_MARKERS[1]}"})
        goal = conn.execute("SELECT id FROM goals WHERE relationship_id = ? ORDER BY id", [s.rel_id]).fetchone()[0]
        rows.update(conn, "goals", goal, {"description": BRANCH_MARKERS[2]})
        rows.update(conn, "people", s.other_person_id, {"title": "Branch lead"})  # an unrelated edit still arrives
        # someone else's meeting that names them only in passing, in other case and punctuation
        rows.insert(conn, "meetings", {"relationship_id": s.other_rel_id, "date": "2026-11-21", "minutes": 31,
                                       "outcome": "held", "notes": f"Met {NAME.upper()}, wrote to {EMAIL.title()}; "
                                                                   f"{OTHER_ZOFIA} joins"})
        rows.insert(conn, "checkins", {"relationship_id": s.other_rel_id, "role": "mentor", "date": "2026-11-21",
                                       "scores": "{}", "comments": json.dumps({"growth": f"({EID}) helped"})})
    _write(monkeypatch, branch, "madrid", edit)


def _clean(path: Path, s: Subject) -> None:
    data = path.read_bytes()
    leaked = [x for x in (*s.secrets, *BRANCH_MARKERS, NAME.upper(), EMAIL.title()) if x.encode() in data]
    assert not leaked, f"{path.name} still holds {leaked}"


def _passing_mention(path: Path, s: Subject) -> str:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT notes FROM meetings WHERE relationship_id = ? AND minutes = 31 AND date = ?",
                            [s.other_rel_id, "2026-11-21"]).fetchone()[0]
    finally:
        conn.close()


def _dump(path: Path) -> dict[str, list[dict[str, Any]]]:
    conn = sqlite3.connect(path)
    conn.row_factory = sqlite3.Row
    try:
        out = {t: [{**dict(r), "field_times": json.loads(r["field_times"])}
                   for r in conn.execute(f'SELECT * FROM "{t}" ORDER BY id')] for t in SYNCED_TABLES}
        out["erasures"] = [dict(r) for r in conn.execute("SELECT * FROM erasures ORDER BY id")]
        return out
    finally:
        conn.close()


def _erased_row(path: Path, person_id: str) -> dict[str, Any]:
    conn = sqlite3.connect(path)
    conn.row_factory = sqlite3.Row
    try:
        return dict(conn.execute("SELECT * FROM people WHERE id = ?", [person_id]).fetchone())
    finally:
        conn.close()


@pytest.mark.parametrize("erased_at", ["hq", "branch"])
def test_an_old_branch_copy_never_brings_the_person_back_either_way(hq: Subject, tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch, erased_at: str):
    branch = tmp_path / "madrid.db"
    shutil.copy(hq.path, branch)
    _branch_goes_on(monkeypatch, branch, hq)
    if erased_at == "hq":
        _erase(monkeypatch, hq.path, "hq", hq.person_id)
    else:  # head office still holds the old values; the branch erased (after its own edits)
        _erase(monkeypatch, branch, "madrid", hq.person_id)
    first, second = (hq.path, branch, "hq"), (branch, hq.path, "madrid")
    into, other, site = first
    result = _merge(monkeypatch, into, other, site)
    assert result.erasure_note and result.erasure_note in result.summary_text()
    assert not any(s in result.summary_text() for s in hq.secrets)
    _clean(into, hq)
    assert _erased_row(into, hq.person_id)["name"] == "Erased person"
    assert _erased_row(into, hq.other_person_id)["title"] == "Branch lead"
    into, other, site = second
    result = _merge(monkeypatch, into, other, site)
    assert result.erasure_note or result.changed == 0
    _clean(hq.path, hq)
    _clean(branch, hq)
    assert _dump(hq.path) == _dump(branch)  # converged, erasure records included
    assert _passing_mention(hq.path, hq) == f"Met [erased], wrote to [erased]; {OTHER_ZOFIA} joins"
    for into, other, site in (first, second):  # and settled: nothing more to change either way
        again = _merge(monkeypatch, into, other, site)
        assert again.changed == 0 and not again.conflicts, again.summary_text()
    conn = sqlite3.connect(branch)
    assert conn.execute("SELECT count(*) FROM erasures").fetchone()[0] == 1
    assert conn.execute("SELECT count(*) FROM meetings WHERE relationship_id = ? AND date = '2026-11-20' AND "
                        "minutes = 47", [hq.rel_id]).fetchone()[0] == 1  # the branch's meeting is kept, without text
    conn.close()


def test_the_person_entered_again_at_a_branch_is_erased_too(hq: Subject, tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch):
    branch = tmp_path / "krakow.db"
    shutil.copy(hq.path, branch)

    def re_enter(conn):
        rows.tombstone(conn, "people", hq.person_id)
        return rows.insert(conn, "people", {"employee_id": EID, "name": NAME, "email": EMAIL.upper(),
                                            "notes": BRANCH_MARKERS[0], "department": "Finance"})
    twin = _write(monkeypatch, branch, "krakow", re_enter)
    _erase(monkeypatch, hq.path, "hq", hq.person_id)
    result = _merge(monkeypatch, hq.path, branch, "hq")
    assert result.erasure_note
    _clean(hq.path, hq)
    conn = sqlite3.connect(hq.path)
    live = conn.execute("SELECT count(*) FROM people "
                        "WHERE deleted_at IS NULL AND (employee_id = ? OR lower(email) = ?)",
                        [EID, EMAIL]).fetchone()[0]
    conn.close()
    assert live == 0 and _erased_row(hq.path, twin)["name"] == "Erased person"
    _merge(monkeypatch, branch, hq.path, "krakow")
    _clean(branch, hq)


def test_a_branch_file_from_before_erasures_existed(hq: Subject, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    old = tmp_path / "rotterdam.db"
    shutil.copy(hq.path, old)
    _branch_goes_on(monkeypatch, old, hq)
    conn = sqlite3.connect(old)
    conn.execute("DROP TABLE erasures")
    conn.execute("PRAGMA user_version = 5")
    conn.commit()
    conn.close()
    _erase(monkeypatch, hq.path, "hq", hq.person_id)
    result = _merge(monkeypatch, hq.path, old, "hq")
    assert result.erasure_note and result.source_version == 5
    _clean(hq.path, hq)


@pytest.mark.parametrize("forged", [
    {"person_ids": "not json"},
    {"fingerprints": json.dumps(["short"])},
    {"person_ids": json.dumps([1, 2])},
])
def test_an_unreadable_erasure_record_refuses_the_merge(hq: Subject, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                        forged: dict[str, str]):
    branch = tmp_path / "madrid.db"
    shutil.copy(hq.path, branch)
    _erase(monkeypatch, branch, "madrid", hq.person_id)
    conn = sqlite3.connect(branch)
    for col, value in forged.items():
        conn.execute(f"UPDATE erasures SET {col} = ?", (value,))
    conn.commit()
    conn.close()
    before = hashlib.sha256(hq.path.read_bytes()).hexdigest()
    with pytest.raises(MergeError, match="erasure record"):
        _merge(monkeypatch, hq.path, branch, "hq")
    assert hashlib.sha256(hq.path.read_bytes()).hexdigest() == before


def test_the_merge_command_says_it_applied_the_erasure(hq: Subject, tmp_path: Path, home: Path,
                                                       monkeypatch: pytest.MonkeyPatch):
    branch = tmp_path / "madrid.db"
    shutil.copy(hq.path, branch)
    _branch_goes_on(monkeypatch, branch, hq)
    _erase(monkeypatch, hq.path, "hq", hq.person_id)
    before = hashlib.sha256(branch.read_bytes()).hexdigest()
    dry = run_cli(home, "--db", str(branch), "merge", str(hq.path), "--dry-run")
    assert dry.returncode == 0, dry.stderr
    # The dry run lists the incoming erasure by the employee ID HR confirms (name, e-mail, text: never)
    assert "Erasures applied" in dry.stdout and not any(s in dry.stdout for s in hq.secrets if s != EID)
    assert EID in dry.stdout
    assert hashlib.sha256(branch.read_bytes()).hexdigest() == before
    refused = run_cli(home, "--db", str(branch), "merge", str(hq.path), MENTORDESK_SITE="madrid")
    assert refused.returncode == 1 and "--apply-erasures" in refused.stderr
    assert hashlib.sha256(branch.read_bytes()).hexdigest() == before
    done = run_cli(home, "--db", str(branch), "merge", str(hq.path), "--apply-erasures", MENTORDESK_SITE="madrid")
    assert done.returncode == 0, done.stderr
    assert "Erasures applied" in done.stdout and not any(s in done.stdout for s in hq.secrets)
    _clean(branch, hq)
    back = run_cli(home, "--db", str(hq.path), "merge", str(branch), MENTORDESK_SITE="hq")
    assert back.returncode == 0, back.stderr
    _clean(hq.path, hq)
    assert _dump(hq.path) == _dump(branch)


def test_someone_else_with_the_same_name_keeps_it_through_erasures_and_merges(hq: Subject, tmp_path: Path,
                                                                             monkeypatch: pytest.MonkeyPatch):
    db = Database.open(hq.path)
    try:
        twin = db.scalar("SELECT id FROM people WHERE deleted_at IS NULL AND id NOT IN (?, ?) ORDER BY id DESC",
                         [hq.person_id, hq.other_person_id])
    finally:
        db.close()
    _write(monkeypatch, hq.path, "hq", lambda c: rows.update(c, "people", twin, {"name": NAME}))
    branch = tmp_path / "madrid.db"
    shutil.copy(hq.path, branch)
    _erase(monkeypatch, hq.path, "hq", hq.person_id)
    for into, other, site in ((hq.path, branch, "hq"), (branch, hq.path, "madrid"), (hq.path, branch, "hq")):
        _merge(monkeypatch, into, other, site)
        assert _erased_row(into, twin)["name"] == NAME and _erased_row(into, hq.person_id)["name"] == "Erased person"
    _erase(monkeypatch, hq.path, "hq", twin)  # the second one asks too
    _merge(monkeypatch, branch, hq.path, "madrid")
    for path in (hq.path, branch):
        conn = sqlite3.connect(path)
        names = [r[0] for r in conn.execute("SELECT name FROM people")]
        conn.close()
        assert NAME not in names and not any("[erased]" in n for n in names)
        assert NAME.encode() not in path.read_bytes()
