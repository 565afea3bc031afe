"""The merge summary and the lock message say things as a person would (issue 13, "Wording"):
"1 person added" not "1 inserted"; computers by name ("this computer", "LAPTOP-7") not by
installation id ("LAPTOP-7/3f2a9c1e"); "by you in another MentorDesk window" not "by root on vm"."""

from __future__ import annotations

import getpass
import os
import re
import shutil
import socket
from datetime import UTC, datetime
from pathlib import Path

import pytest

from mentordesk.cli import main
from mentordesk.storage import rows
from mentordesk.storage.database import Database
from mentordesk.storage.lock_notes import LockInfo
from mentordesk.storage.merge_result import changes_text, site_name, site_names

PERSON = {"employee_id": "E1", "name": "Ann", "email": "ann@x.nl"}
SITE_ID = re.compile(r"/[0-9a-f]{8}\b")


def make_file(path: Path, monkeypatch: pytest.MonkeyPatch, site: str, edit) -> dict:
    monkeypatch.setenv("MENTORDESK_SITE", site)
    d = Database.open(path)
    with d.transaction() as conn:
        ids = edit(conn) or {}
    d.close()
    return ids


def test_counts_in_words_with_the_right_form() -> None:
    assert changes_text("people", {"inserted": 1, "updated": 0, "unchanged": 7}) == "1 person added"
    assert changes_text("people", {"inserted": 2, "updated": 1, "deleted": 3, "merged": 1}) == \
        "2 people added, 1 person updated, 3 people deleted, 1 person joined with a duplicate"
    assert changes_text("checkins", {"updated": 1}) == "1 check-in updated"
    assert changes_text("person_competencies", {"deleted": 2}) == "2 competency assessments deleted"
    assert changes_text("meetings", {"unchanged": 4}) == ""


@pytest.mark.parametrize(("site", "said"), [
    ("LAPTOP-7/3f2a9c1e", "LAPTOP-7"), ("vm/83cd58ef", "vm"), ("rotterdam", "rotterdam"),
    ("here/12345678", "this computer"), ("", "an unnamed computer"),
])
def test_computers_by_name(site: str, said: str) -> None:
    assert site_name(site, here="here/12345678") == said


def test_each_computer_named_once_and_this_one_as_this_computer(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MENTORDESK_SITE", "OFFICE/0badcafe")
    assert site_names(["OFFICE/0badcafe", "LAPTOP-7/3f2a9c1e", "LAPTOP-7/99999999"]) == "this computer, LAPTOP-7"


def test_real_merge_summary_in_words(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    hq, branch = tmp_path / "hq.db", tmp_path / "branch.db"
    ids = make_file(hq, monkeypatch, "HQ-PC/1a2b3c4d", lambda c: {"ann": rows.insert(c, "people", PERSON)})
    shutil.copy(hq, branch)
    make_file(branch, monkeypatch, "LAPTOP-7/3f2a9c1e", lambda c: [
        rows.insert(c, "people", {"employee_id": f"E{n}", "name": f"New {n}", "email": f"n{n}@x.nl"}) for n in (2, 3)]
        + [rows.update(c, "people", ids["ann"], {"department": "Sales"})])
    monkeypatch.setenv("MENTORDESK_SITE", "HQ-PC/1a2b3c4d")
    assert main(["--db", str(hq), "merge", str(branch)]) == 0
    out = capsys.readouterr().out
    assert "2 people added, 1 person updated" in out
    assert "(from: LAPTOP-7" in out and not SITE_ID.search(out), out
    assert "inserted" not in out and "(s)" not in out
    monkeypatch.setenv("MENTORDESK_SITE", "LAPTOP-7/3f2a9c1e")  # back again, on the laptop
    assert main(["--db", str(branch), "merge", str(hq)]) == 0
    out = capsys.readouterr().out
    assert "(from: this computer)" in out and "LAPTOP-7" not in out, out  # every row was last changed here
    assert not SITE_ID.search(out) and "(s)" not in out


def test_conflicts_name_the_computers(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    hq = tmp_path / "hq.db"
    ids = make_file(hq, monkeypatch, "HQ-PC/1a2b3c4d", lambda c: {"ann": rows.insert(c, "people", PERSON)})
    a, b = tmp_path / "a.db", tmp_path / "b.db"
    shutil.copy(hq, a)
    shutil.copy(hq, b)
    make_file(a, monkeypatch, "HQ-PC/1a2b3c4d", lambda c: rows.update(c, "people", ids["ann"], {"department": "HR"}))
    make_file(b, monkeypatch, "LAPTOP-7/3f2a9c1e",
              lambda c: rows.update(c, "people", ids["ann"], {"department": "Sales"}))
    monkeypatch.setenv("MENTORDESK_SITE", "HQ-PC/1a2b3c4d")
    assert main(["--db", str(a), "merge", str(b)]) == 0
    out = capsys.readouterr().out
    assert "1 conflicting change:" in out
    assert "this computer," in out and "(LAPTOP-7," in out and not SITE_ID.search(out), out


def _note(user: str, machine: str) -> LockInfo:
    now = datetime.now(UTC)
    return LockInfo(user, machine, 4242, "token", now, now)


def test_your_own_other_window_is_called_yours() -> None:
    mine = _note(getpass.getuser(), socket.gethostname()).describe()
    assert mine.startswith("Opened for editing by you in another MentorDesk window or command on this computer since")
    assert socket.gethostname() not in mine
    other_user = _note("anna", socket.gethostname()).describe()  # a colleague on a shared computer
    assert other_user.startswith(f"Opened for editing by anna on {socket.gethostname()} since")
    other_machine = _note(getpass.getuser(), "LAPTOP-7").describe()  # same login name, another laptop
    assert other_machine.startswith(f"Opened for editing by {getpass.getuser()} on LAPTOP-7 since")


def test_the_window_is_told_it_is_its_own_other_window(tmp_path: Path) -> None:
    """Two apps of this login in one process (each its own token): the second hears "you"."""
    from mentordesk.storage import lockfile

    db = tmp_path / "company.db"
    Database.open(db).close()
    me = (getpass.getuser(), socket.gethostname(), os.getpid())  # a running process: its note is live
    first = lockfile.acquire(db, identity=lockfile.Identity(*me, "first-app"))
    try:
        second = lockfile.acquire(db, identity=lockfile.Identity(*me, "second-app"))
        assert second.status == "held"
        assert "by you in another MentorDesk window" in second.message
        assert "until you close it there" in second.message and "they" not in second.message
    finally:
        lockfile.release(first.lock)
