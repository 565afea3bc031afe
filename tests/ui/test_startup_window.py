"""The window shows its first screen before the heavy screens are imported.

Matching (numpy, scipy) and Reports (reportlab, Qt PDF) are built the first
time they are shown; `--check-startup` opens a file, paints the first screen,
prints the seconds since the process started and exits. Real processes for
start-up (the import log tells what was loaded), a real window for the rest.
No timings are asserted.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from mentordesk.storage.database import Database

ROOT = Path(__file__).resolve().parents[2]
HEAVY_MODULES = {"numpy", "scipy", "reportlab", "ui.views.matching", "ui.views.reports",
                 "mentordesk.services.matching", "mentordesk.services.reports",
                 # screens not shown first, and what only they need (issue 15)
                 "ui.views.people", "ui.views.programs", "ui.views.relationships",
                 "ui.people_csv_actions", "ui.people_import_flow",
                 "mentordesk.services.files", "mentordesk.storage.merge",  # File > Merge loads them
                 # the relationships facade and what only writing to a relationship needs
                 "mentordesk.services.relationships", "mentordesk.services.goals", "mentordesk.matching",
                 "mentordesk.services.attendance", "mentordesk.services.relationship_lifecycle",
                 "mentordesk.storage.people_list_repo"}  # read ahead only with People showing


def run_gui(tmp_path: Path, *args: str) -> tuple[subprocess.CompletedProcess[str], set[str]]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.update(QT_QPA_PLATFORM="offscreen", MENTORDESK_CONFIG_DIR=str(tmp_path / "config"),
               MENTORDESK_DATA_DIR=str(tmp_path / "data"), PYTHONPATH=str(ROOT))
    done = subprocess.run([sys.executable, "-X", "importtime", "-m", "ui.app", *args], cwd=tmp_path, env=env,
                          capture_output=True, text=True, timeout=180, check=False)
    imported = {line.rsplit("|", 1)[1].strip() for line in done.stderr.splitlines()
                if line.startswith("import time:") and line.count("|") == 2}
    return done, imported


def test_check_startup_paints_the_first_screen_without_heavy_imports(tmp_path, demo_file) -> None:
    done, imported = run_gui(tmp_path, "--db", str(demo_file), "--check-startup")
    assert done.returncode == 0, done.stderr[-3000:]
    match = re.match(r"(\d+\.\d+) s from process start to the first screen painted \((\w+), file open\)",
                     done.stdout.strip())
    assert match, done.stdout
    assert float(match.group(1)) > 0
    assert match.group(2) == "AttentionView"
    # The log is read (modules imported by name through importlib are not in it, their imports are).
    assert "ui.models.attention_model" in imported and "PySide6.QtWidgets" in imported
    assert not imported & HEAVY_MODULES, sorted(imported & HEAVY_MODULES)


def test_check_startup_fails_when_no_screen_can_show_data(tmp_path) -> None:
    """A folder is no file: nothing opens, so the check must not report success."""
    folder = tmp_path / "not a file.db"
    folder.mkdir()
    done, _ = run_gui(tmp_path, "--db", str(folder), "--check-startup")
    assert done.returncode == 1
    assert "file NOT open" in done.stdout
    assert "folder" in done.stderr  # the dialog's sentence, printed instead of waiting for an answer


@pytest.fixture
def window(open_window, demo_file: Path):
    """The real main window on a copy of the demo company (tests/conftest.py), shown."""
    return open_window(demo_file)


def test_heavy_screens_wait_in_the_navigation_until_shown(window) -> None:
    from ui.views.base import View

    titles = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert titles == ["Attention", "People", "Programs", "Matching", "Relationships", "Reports"]
    assert window.stack.count() == 6
    # Only the first screen is built; every other one waits for its first showing (issue 15).
    assert set(window.views) == {"AttentionView"}
    for name in ("PeopleView", "ProgramsView", "MatchingView", "RelationshipsView", "ReportsView"):
        assert not window.views.is_built(name), name
    assert window.views.names() == ["AttentionView", "PeopleView", "ProgramsView", "MatchingView",
                                    "RelationshipsView", "ReportsView"]
    # Reloading (after a write or a change elsewhere) builds nothing.
    window.reload_all()
    assert not window.views.is_built("MatchingView")
    # Clicking the navigation entry builds the screen in its place and shows it, loaded.
    window.nav.setCurrentRow(3)
    view = window.stack.currentWidget()
    assert type(view).__name__ == "MatchingView" and isinstance(view, View)
    assert window.views["MatchingView"] is view and window.stack.indexOf(view) == 3
    assert view.program_combo.count() > 0  # loaded from the open file when built
    assert view.weights_button.isEnabled()  # writable file
    assert window.stack.count() == 6
    # Asking by name builds it too, at its own place, and does not move the current screen.
    reports = window.views["ReportsView"]
    assert type(reports).__name__ == "ReportsView"
    assert window.stack.indexOf(reports) == 5 and window.stack.currentWidget() is view
    assert window.show_view("ReportsView") is reports and window.stack.currentIndex() == 5
    assert window.views.build("NoSuchView") is None
    with pytest.raises(KeyError):
        window.views["NoSuchView"]


def test_a_screen_built_later_follows_read_only(qtbot, window, demo_file: Path) -> None:
    from mentordesk.services.session import open_database

    window._close_db()
    window.db = open_database(demo_file, readonly=True)
    for view in window.views.values():
        view.set_readonly(True)
    built = window.show_view("MatchingView")
    assert built is not None and built.program_combo.count() > 0
    assert built.run_button.isEnabled()  # proposing reads only
    assert not built.weights_button.isEnabled()  # changing the weights writes


# ------------------------------------------------------------------ the check runs once per open

_connects: list[str] | None = None


def _reading_ahead() -> bool:
    """Whether this connection is the People list read while the check runs (`open_check`)."""
    frame = sys._getframe(2)
    while frame is not None:
        if frame.f_code.co_name == "read_ahead" and frame.f_code.co_filename.endswith("people_list_repo.py"):
            return True
        frame = frame.f_back
    return False


def _audit(event: str, args: tuple) -> None:
    if _connects is not None and event == "sqlite3.connect":
        _connects.append(("read ahead: " if _reading_ahead() else "") + str(args[0]))


sys.addaudithook(_audit)  # audit hooks cannot be removed; this one records only while a test asks


def _probes_before_opening(path: Path, opened_by) -> int:
    """Read-only looks at the file (the check) before the connection that opens it for work."""
    global _connects
    _connects = []
    try:
        opened_by()
    finally:
        seen, _connects = _connects, None
    probe = path.resolve().as_uri() + "?mode=ro"
    assert str(path) in seen, seen  # the file was really opened
    return seen[:seen.index(str(path))].count(probe)


def test_the_window_checks_the_file_once_per_open(qtbot, db_path) -> None:
    from ui.app import MainWindow

    Database.open(db_path).close()
    win = MainWindow()
    qtbot.addWidget(win)
    assert _probes_before_opening(db_path, lambda: win.open_file(db_path)) == 1
    assert _connects is None
    win.close()


def test_the_list_read_while_checking_is_read_once_and_only_read(qtbot, db_path) -> None:
    """Beside the one check, at most one more read-only look: the People list read meanwhile."""
    from mentordesk.services.open_check import PendingCheck
    from ui.app import MainWindow

    Database.open(db_path).close()
    win = MainWindow()
    qtbot.addWidget(win)
    global _connects
    _connects = []
    try:
        assert win.open_file(db_path, PendingCheck(db_path))
    finally:
        seen, _connects = _connects, None
    ahead = [c for c in seen if c.startswith("read ahead: ")]
    assert len(ahead) <= 1 and all(c.endswith("?mode=ro") for c in ahead), seen
    assert seen.count(str(db_path)) == 1, seen
    win.close()


def test_a_command_checks_the_file_once_per_open(db_path) -> None:
    from mentordesk.services.session import open_database

    Database.open(db_path).close()
    assert _probes_before_opening(db_path, lambda: open_database(db_path).close()) == 1
    assert _probes_before_opening(db_path, lambda: open_database(db_path, checked=True).close()) == 0


def test_people_built_later_follows_read_only_and_shows_the_file(qtbot, window, demo_file: Path) -> None:
    """A screen built after a read-only open is read-only and loaded (People here, as Matching above)."""
    from mentordesk.services import people as people_service
    from mentordesk.services.session import open_database

    window._close_db()
    window.db = open_database(demo_file, readonly=True)
    for view in window.views.values():
        view.set_readonly(True)
    people = window.show_view("PeopleView")
    assert people is not None and window.views.is_built("PeopleView")
    assert not people.add_button.isEnabled()
    everyone = people_service.list_people(window.db, include_archived=False)
    assert people.model.rowCount() == len(everyone) > 0


def test_the_people_columns_menu_builds_the_people_screen(qtbot, window) -> None:
    """View > People Columns lists the columns even before People was shown (it builds the screen)."""
    assert not window.views.is_built("PeopleView")
    window.people_columns_menu.aboutToShow.emit()
    assert window.views.is_built("PeopleView")
    texts = [a.text() for a in window.people_columns_menu.actions() if a.text()]
    assert "Department" in texts and "Email" in texts, texts
