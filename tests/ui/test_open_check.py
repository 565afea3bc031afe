"""The window's check on open runs beside other work and still decides (issue 15).

At launch the check starts before the window is built; on File > Open the People
list is read while it runs. Real windows and files, a real `ui.app` process for
launch; which thread finishes first is left to the machine except where a test
makes the check still be running (then the list is surely read ahead).
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from mentordesk.services import session
from mentordesk.services.open_check import PendingCheck
from mentordesk.services.session import open_database
from mentordesk.storage import people_list_repo

ROOT = Path(__file__).resolve().parents[2]


def _file_people(path: Path) -> list[str]:
    db = open_database(path, readonly=True, backup_on_open=False)
    try:
        return [p.id for p in people_list_repo.list_rows(db)]
    finally:
        db.close()


def _shown_people(window) -> list[str]:
    view = window.show_view("PeopleView")
    view.show_archived.setChecked(True)
    return sorted(p.id for p in view.model.rows())


@pytest.fixture
def check_still_running(monkeypatch):
    """The check reports itself running, so the list is read ahead whatever the machine's speed."""
    monkeypatch.setattr(PendingCheck, "running", lambda self: True)


def test_people_read_while_checking_are_the_file_s_people(qtbot, open_window, demo_file: Path,
                                                           check_still_running) -> None:
    window = open_window(demo_file)
    window.show_view("PeopleView")
    assert window.open_file(demo_file, PendingCheck(demo_file))
    assert window.db.read_ahead is None  # taken by the People screen as it reloaded
    assert _shown_people(window) == sorted(_file_people(demo_file))


def test_nothing_is_read_ahead_for_a_screen_that_does_not_show_people(qtbot, open_window, demo_file: Path,
                                                                       check_still_running) -> None:
    """On the start page the rows would only wait in memory for a screen HR may never open."""
    window = open_window(demo_file)
    assert type(window.current_view()).__name__ == "AttentionView"
    assert window.open_file(demo_file, PendingCheck(demo_file))
    assert window.db.read_ahead is None
    assert _shown_people(window) == sorted(_file_people(demo_file))


def test_a_save_elsewhere_between_the_read_and_the_open_is_what_people_shows(
        qtbot, open_window, demo_file: Path, check_still_running, monkeypatch) -> None:
    window = open_window(demo_file)
    window.show_view("PeopleView")
    real_open = session.open_database

    def another_laptop_saves_first(*args, **kwargs):
        with sqlite3.connect(demo_file) as conn:
            conn.execute("UPDATE people SET archived = 0, name = 'Zoë Changed' "
                         "WHERE rowid = (SELECT min(rowid) FROM people)")
        conn.close()
        return real_open(*args, **kwargs)

    monkeypatch.setattr(session, "open_database", another_laptop_saves_first)
    assert window.open_file(demo_file, PendingCheck(demo_file))
    view = window.show_view("PeopleView")
    assert "Zoë Changed" in [p.name for p in view.model.rows()]


def _damage(path: Path) -> None:
    data = path.read_bytes()
    page = int.from_bytes(data[16:18], "big")
    path.write_bytes(data[:page] + b"\x00" * (page * 4) + data[page * 5:])


@pytest.mark.parametrize(("language", "sentence"), [("de_DE.UTF-8", "Diese Datei ist beschädigt"),
                                                    ("pl_PL.UTF-8", "Ten plik jest uszkodzony"),
                                                    ("en_GB.UTF-8", "This file is damaged")])
def test_the_check_started_at_launch_speaks_the_window_s_language(tmp_path: Path, demo_file: Path,
                                                                    language: str, sentence: str) -> None:
    """The check starts before the window is built, but after its language is chosen."""
    _damage(demo_file)
    before = demo_file.read_bytes()
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "LANGUAGE")}
    env.update(QT_QPA_PLATFORM="offscreen", MENTORDESK_CONFIG_DIR=str(tmp_path / "config"),
               MENTORDESK_DATA_DIR=str(tmp_path / "data"), PYTHONPATH=str(ROOT), LC_ALL=language, LANG=language)
    done = subprocess.run([sys.executable, "-m", "ui.app", "--db", str(demo_file), "--check-startup"], cwd=tmp_path,
                          env=env, capture_output=True, text=True, timeout=180, check=False)
    assert done.returncode == 1 and "file NOT open" in done.stdout, done.stdout + done.stderr[-2000:]
    assert f"mentordesk-gui: {sentence}" in done.stderr, done.stderr[-2000:]
    assert "Traceback" not in done.stderr
    assert demo_file.read_bytes() == before
