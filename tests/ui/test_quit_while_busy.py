"""Quitting while background work runs: the real window in a real process, offscreen.

Before, closing during a long import or "Approve all" ended the process with a
running QThread and Qt aborted it (exit 134). Now the window asks; whichever way
the application ends, the process exits 0 and the file passes integrity_check.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

CHILD = r'''
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox
from ui.startup import start_qt
from ui import tasks

db, csv, mode = sys.argv[1], sys.argv[2], sys.argv[3]
app = start_qt(["mentordesk-gui"])
state = {"window": None, "task": None, "closed": False}


def window():
    from ui.app import MainWindow
    for w in app.topLevelWidgets():
        if isinstance(w, MainWindow) and w.db is not None:
            return w
    return None


def ended():
    task = state["task"]
    print("task-ended", type(task.error).__name__ if task.error else "ok", flush=True)


def drive():
    w = state["window"] or window()
    if w is None:
        return
    state["window"] = w
    if state["task"] is None:
        state["task"] = w.import_people(csv)
        state["task"].done.connect(ended)
        return
    if not state["closed"]:
        if state["task"].ctx.snapshot()[0] > 0:  # the import is under way
            state["closed"] = True
            print("running-at-close", tasks.running_count(), flush=True)
            if mode == "exit":
                poll.stop()
                app.exit(0)  # ends the loop without a close event: main() must still end the work
            else:
                w.close()
        return
    box = w.findChild(QMessageBox, "quitWhileBusyBox")
    if box is not None and box.isVisible():
        wanted = {"wait": "Wait, then Quit", "stop": "Stop It and Quit"}[mode]
        [b for b in box.buttons() if b.text() == wanted][0].click()
        poll.stop()


poll = QTimer()
poll.setInterval(5)
poll.timeout.connect(drive)
poll.start()
from ui.app import main
code = main(["mentordesk-gui", "--db", db])
print("exit-code", code, flush=True)
sys.exit(code)
'''


def people_count(path: Path) -> int:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return conn.execute("SELECT count(*) FROM people").fetchone()[0]
    finally:
        conn.close()


@pytest.fixture
def company(demo_file: Path) -> Path:
    return demo_file  # the shared demo company (tests/conftest.py)


@pytest.fixture
def big_csv(tmp_path: Path) -> Path:
    """An import long enough to still be running when the window is closed."""
    path = tmp_path / "people.csv"
    rows = ["employee_id,name,email,department"]
    rows += [f"Q{i:06d},Quitter {i},quitter{i}@example.org,Dept {i % 40}" for i in range(12000)]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


def run_child(tmp_path: Path, company: Path, csv: Path, mode: str) -> subprocess.CompletedProcess[str]:
    script = tmp_path / "child.py"
    script.write_text(CHILD, encoding="utf-8")
    home = tmp_path / "home"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT),
               MENTORDESK_CONFIG_DIR=str(home / "config"), MENTORDESK_DATA_DIR=str(home / "data"),
               MENTORDESK_SITE="quit-site")
    return subprocess.run([sys.executable, str(script), str(company), str(csv), mode], capture_output=True,
                          text=True, timeout=300, env=env, cwd=str(ROOT), check=False)


@pytest.mark.parametrize("mode", ["stop", "exit"])
def test_stopping_the_work_on_quit_exits_cleanly_and_changes_nothing(tmp_path, company, big_csv, mode) -> None:
    before = people_count(company)
    res = run_child(tmp_path, company, big_csv, mode)
    assert res.returncode == 0, res.stdout + res.stderr
    assert "QThread" not in res.stderr
    assert "running-at-close 1" in res.stdout  # the import really was running when the window closed
    assert "task-ended ImportCancelled" in res.stdout  # stopped, not finished
    assert "exit-code 0" in res.stdout
    assert people_count(company) == before  # the cancelled import left the file as it was


def test_waiting_for_the_work_on_quit_finishes_it_then_exits(tmp_path, company, big_csv) -> None:
    before = people_count(company)
    res = run_child(tmp_path, company, big_csv, "wait")
    assert res.returncode == 0, res.stdout + res.stderr
    assert "QThread" not in res.stderr
    assert "running-at-close 1" in res.stdout
    assert "task-ended ok" in res.stdout and "exit-code 0" in res.stdout
    assert people_count(company) == before + 12000
