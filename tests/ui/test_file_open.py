"""Opening files in the window: lock notes, read-only mode, damaged files, newer versions."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from mentordesk.storage import schema
from mentordesk.storage.database import Database
from mentordesk.storage.lockfile import Identity, acquire, lock_path_for, read_lock
from ui import file_open
from ui.app import MainWindow


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def window(empty_window: MainWindow) -> MainWindow:
    """The shared main window with no file open: each test opens its own."""
    return empty_window


def test_open_takes_lock_and_close_releases_it(window: MainWindow, db_path: Path) -> None:
    assert window.open_file(db_path)
    assert not window.db.readonly
    assert read_lock(db_path) is not None
    assert window.path_label.text() == str(db_path)
    window.close()
    assert not lock_path_for(db_path).exists()


def test_file_held_by_someone_else_opens_read_only(window: MainWindow, db_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    Database.open(db_path).close()
    other = Identity(user="anna", machine="LAPTOP-7", pid=4242, token="other-app")
    assert acquire(db_path, identity=other).acquired
    asked = []
    monkeypatch.setattr(file_open, "ask_when_locked", lambda parent, result: asked.append(result.message) or "readonly")
    assert window.open_file(db_path)
    assert asked and "anna" in asked[0] and "LAPTOP-7" in asked[0]
    assert window.db.readonly
    assert window.banner.isVisibleTo(window) and "reading only" in window.banner.text()
    assert not window.import_action.isEnabled()
    window.close()
    assert read_lock(db_path).user == "anna"  # only its owner removes a lock


def test_cancel_when_locked_keeps_previous_file(window: MainWindow, db_path: Path, tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    first = tmp_path / "first.db"
    assert window.open_file(first)
    Database.open(db_path).close()
    acquire(db_path, identity=Identity(user="anna", machine="LAPTOP-7", pid=4242, token="x"))
    monkeypatch.setattr(file_open, "ask_when_locked", lambda parent, result: "cancel")
    assert not window.open_file(db_path)
    assert window.db.path == first


@pytest.mark.parametrize("content", [b"", b"hello, this is a text file\n",
                                     b"SQLite format 3\x00" + b"\x10\x00" + b"\x00" * 82])
def test_unusable_file_is_explained_and_untouched(window: MainWindow, tmp_path: Path, content: bytes,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    bad = tmp_path / "bad.db"
    bad.write_bytes(content)
    digest = _digest(bad)
    told = []
    monkeypatch.setattr(file_open, "tell_problem", lambda parent, problem: told.append(str(problem)) or False)
    assert not window.open_file(bad)
    assert told and "Traceback" not in told[0]
    assert _digest(bad) == digest
    assert not lock_path_for(bad).exists()


def test_truncated_file_is_explained(window: MainWindow, db_path: Path, demo_file: Path,
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    data = demo_file.read_bytes()
    db_path.write_bytes(data[: len(data) // 2])
    told = []
    monkeypatch.setattr(file_open, "tell_problem", lambda parent, problem: told.append(problem) or False)
    assert not window.open_file(db_path)
    assert told[0].status == "truncated"
    assert len(db_path.read_bytes()) == len(data) // 2


def test_newer_version_opens_read_only_without_lock(window: MainWindow, db_path: Path) -> None:
    db = Database.open(db_path)
    db.conn.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION + 1}")
    db.close()
    digest = _digest(db_path)
    assert window.open_file(db_path)
    assert window.db.readonly
    assert "newer version" in window.banner.text()
    assert not lock_path_for(db_path).exists()
    window.close()
    assert _digest(db_path) == digest


def test_lock_taken_over_elsewhere_turns_window_read_only(window: MainWindow, db_path: Path) -> None:
    import json

    from mentordesk.storage.lockfile import lock_path_for

    assert window.open_file(db_path)
    note = lock_path_for(db_path)
    data = json.loads(note.read_text())
    data.update(token="someone-else", user="anna", machine="LAPTOP-7")
    note.write_text(json.dumps(data))
    window._lock_heartbeat.timeout.emit()
    assert window.db.readonly
    assert "took over" in window.banner.text()
    assert not window.import_action.isEnabled()
    window.close()
    assert note.exists() and json.loads(note.read_text())["user"] == "anna"  # theirs is kept
