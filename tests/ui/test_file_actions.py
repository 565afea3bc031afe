"""Merging a branch's file and restoring backups from the window."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog

from mentordesk.models import Person
from mentordesk.services import people
from mentordesk.storage import backup as backup_store
from mentordesk.storage.database import Database
from ui import file_actions


@pytest.fixture
def quiet(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(file_actions.QMessageBox, "information", lambda parent, title, text: shown.append(text))
    return shown


def _person(eid: str, name: str) -> Person:
    return Person(employee_id=eid, name=name, email=f"{eid.lower()}@example.com")


def test_merge_branch_file_from_window(qtbot, open_window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                       quiet) -> None:
    head, branch = tmp_path / "head.db", tmp_path / "madrid.db"
    db = Database.open(head)
    pid = people.add_person(db, _person("E1", "Ana Peña"))
    db.close()
    shutil.copy(head, branch)
    monkeypatch.setenv("MENTORDESK_SITE", "madrid")
    db = Database.open(branch)
    people.add_person(db, _person("E2", "Íñigo Ibáñez"))
    person = people.get_person(db, pid)
    person.title = "Team lead"
    people.update_person(db, pid, person)
    db.close()
    monkeypatch.setenv("MENTORDESK_SITE", "head")

    w = open_window(head, show=False)
    w.merge_files([branch])
    qtbot.waitUntil(lambda: getattr(w, "last_merge_result", None) is not None, timeout=20000)
    names = {p.name: p for p in people.list_people(w.db)}
    assert set(names) == {"Ana Peña", "Íñigo Ibáñez"}
    assert names["Ana Peña"].title == "Team lead"
    assert quiet and "Merged" in quiet[-1]
    log = file_actions.files_service.merge_log(w.db)
    assert len(log) == 1 and log[0].source_name == "madrid.db"
    assert any(b.reason == "merge" for b in backup_store.list_backups(head))


def test_conflict_dialog_lets_hr_choose(qtbot, open_window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                        quiet) -> None:
    head, branch = tmp_path / "head.db", tmp_path / "branch.db"
    db = Database.open(head)
    pid = people.add_person(db, _person("E1", "Ana"))
    db.close()
    shutil.copy(head, branch)
    monkeypatch.setenv("MENTORDESK_SITE", "branch")
    db = Database.open(branch)
    p = people.get_person(db, pid)
    p.title = "Set at branch"
    people.update_person(db, pid, p)
    db.close()
    monkeypatch.setenv("MENTORDESK_SITE", "head")
    db = Database.open(head)
    p = people.get_person(db, pid)
    p.title = "Set at head office"  # newer than the branch's change
    people.update_person(db, pid, p)
    db.close()

    seen = []

    def choose_incoming(self) -> int:
        seen.append([(c.field, c.local_value, c.incoming_value) for c in self.conflicts])
        for combo in self.choices:
            combo.setCurrentIndex(1)
        return QDialog.Accepted

    monkeypatch.setattr(file_actions.ConflictDialog, "exec", choose_incoming)
    w = open_window(head, show=False)
    w.merge_files([branch])
    qtbot.waitUntil(lambda: getattr(w, "last_merge_result", None) is not None, timeout=20000)
    assert seen == [[("title", "Set at head office", "Set at branch")]]
    assert people.get_person(w.db, pid).title == "Set at branch"


def test_restore_backup_from_window(qtbot, open_window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, quiet) -> None:
    path = tmp_path / "company.db"
    db = Database.open(path)
    people.add_person(db, _person("E1", "Ana"))
    db.close()
    backup_store.make_backup(path, "manual")
    w = open_window(path, show=False)
    people.add_person(w.db, _person("E2", "Bram"))
    assert people.count(w.db) == 2
    monkeypatch.setattr(file_actions.RestoreDialog, "exec", lambda self: QDialog.Accepted)
    w.restore_backup_dialog()
    assert w.db is not None and not w.db.readonly
    assert [p.name for p in people.list_people(w.db)] == ["Ana"]
    assert "restored" in quiet[-1]
