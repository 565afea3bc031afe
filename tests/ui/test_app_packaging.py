"""Issue 10, the window side: Help > About, the program icon, starting checks, and
the plain message when Qt cannot open a window (provoked for real, in child processes)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from mentordesk import __version__
from mentordesk.about import LICENCES
from mentordesk.storage.schema import SCHEMA_VERSION

ROOT = Path(__file__).resolve().parents[2]


def gui_env(tmp_path: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")}
    env.update(MENTORDESK_CONFIG_DIR=str(tmp_path / "config"), MENTORDESK_DATA_DIR=str(tmp_path / "data"),
               PYTHONPATH=str(ROOT))
    env.update(extra)
    return env


def run_gui(args: list[str], env: dict[str, str], cwd: Path, prefix: list[str] | None = None):
    return subprocess.run([*(prefix or []), sys.executable, "-m", "ui.app", *args], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=120, check=False)


# ------------------------------------------------------------------ Help > About and the icon

@pytest.fixture
def window(open_window, db_path):
    return open_window(db_path, show=False)


def test_about_shows_version_file_format_open_file_and_licence_texts(window, db_path, qtbot):
    actions = [a for m in window.menuBar().actions() for a in m.menu().actions()]
    about_action = next(a for a in actions if a.text().replace("&", "") == "About MentorDesk")
    about_action.trigger()
    from ui.dialogs.about_dialog import AboutDialog

    dialog = window.findChild(AboutDialog)
    assert dialog is not None and dialog.isVisible()
    summary = dialog.summary.text()
    assert f"MentorDesk {__version__}" in summary
    assert f"File format version {SCHEMA_VERSION}" in summary
    assert str(db_path) in summary
    assert dialog.licences.count() == len(LICENCES) >= 3
    expected = ["GNU LESSER GENERAL PUBLIC LICENSE", "Bitstream Vera", "Apache License"]
    for row in range(len(expected), len(LICENCES)):
        dialog.licences.setCurrentRow(row)
        assert LICENCES[row].licence.split()[0] in dialog.licence_text.toPlainText()
    for row, phrase in enumerate(expected):
        dialog.licences.setCurrentRow(row)
        assert phrase in dialog.licence_text.toPlainText()
        assert dialog.licence_text.toPlainText() == LICENCES[row].text()
    assert "Qt" in dialog.licences.item(0).text() and "LGPL" in dialog.licences.item(0).text()
    dialog.close()


def test_about_without_an_open_file_says_so(qtbot):
    from ui.app import MainWindow

    win = MainWindow()
    qtbot.addWidget(win)
    dialog = win.show_about()
    assert "no file is open" in dialog.summary.text()
    dialog.close()


def test_window_has_the_program_icon_in_many_sizes(window):
    sizes = {s.width() for s in window.windowIcon().availableSizes()}
    assert not window.windowIcon().isNull()
    assert {16, 32, 48, 256} <= sizes
    image = window.windowIcon().pixmap(64, 64).toImage()
    assert image.pixelColor(32, 4).alpha() > 0 and image.pixelColor(0, 0).alpha() == 0, "rounded square"


# ------------------------------------------------------------------ starting for real

@pytest.mark.slow
def test_check_start_opens_the_window_with_the_named_file(tmp_path):
    from mentordesk.storage.database import Database

    company = tmp_path / "company.db"
    Database.open(company).close()
    env = gui_env(tmp_path, QT_QPA_PLATFORM="offscreen")
    done = run_gui([str(company), "--check-start"], env, tmp_path)  # a double-clicked file
    assert done.returncode == 0, done.stderr
    assert "window shown" in done.stdout and f"file open: {company}" in done.stdout
    # A word that is no existing file (e.g. a Qt option's value) never becomes a new file.
    done = run_gui(["-platform", "offscreen", "--db", str(company), "--check-start"], env, tmp_path)
    assert done.returncode == 0, done.stderr
    assert not (tmp_path / "offscreen").exists()


# ------------------------------------------------------------------ when Qt cannot open a window

def test_debian_package_names_follow_the_soname():
    from ui.platform_check import debian_package

    assert debian_package("libxcb-cursor.so.0") == "libxcb-cursor0"
    assert debian_package("libxcb-icccm.so.4") == "libxcb-icccm4"
    assert debian_package("libxkbcommon-x11.so.0") == "libxkbcommon-x11-0"
    assert debian_package("libEGL.so.1") == "libegl1"
    assert debian_package("libdbus-1.so.3") == "libdbus-1-3"
    assert debian_package("libX11-xcb.so.1") == "libx11-xcb1"


@pytest.fixture
def plugin_needing_a_missing_library(tmp_path) -> Path:
    """A real Qt-plugin-shaped tree whose platforms/libqxcb.so needs a library that is gone."""
    cc = shutil.which("cc") or shutil.which("gcc")
    if cc is None:
        pytest.skip("no C compiler to make a library with a missing dependency")
    build = tmp_path / "build"
    build.mkdir()
    (build / "gone.c").write_text("int gone(void) { return 1; }\n")
    (build / "plugin.c").write_text("int gone(void);\nint plugin(void) { return gone(); }\n")
    subprocess.run([cc, "-shared", "-fPIC", "-o", str(build / "libmdgone.so.7"), str(build / "gone.c"),
                    "-Wl,-soname,libmdgone.so.7"], check=True)
    plugins = tmp_path / "Qt" / "plugins"
    (plugins / "platforms").mkdir(parents=True)
    subprocess.run([cc, "-shared", "-fPIC", "-o", str(plugins / "platforms" / "libqxcb.so"), str(build / "plugin.c"),
                    str(build / "libmdgone.so.7")], check=True)
    (build / "libmdgone.so.7").unlink()
    return plugins


def test_missing_library_is_named_with_ldd_and_without(plugin_needing_a_missing_library, monkeypatch):
    from ui.platform_check import missing_libraries

    plugin = plugin_needing_a_missing_library / "platforms" / "libqxcb.so"
    if shutil.which("ldd"):
        assert missing_libraries(plugin) == ["libmdgone.so.7"]
    monkeypatch.setenv("PATH", "")  # no ldd: loading the plugin names what is missing
    assert missing_libraries(plugin) == ["libmdgone.so.7"]


def test_platform_problem_names_the_package_to_install(plugin_needing_a_missing_library):
    from ui.platform_check import platform_problem

    def problem(env, platform="linux"):
        return platform_problem(env, platform, plugins_dir=lambda: plugin_needing_a_missing_library)

    for env in ({"DISPLAY": ":0"}, {"DISPLAY": ":0", "QT_QPA_PLATFORM": "xcb"},
                {"DISPLAY": ":0", "QT_QPA_PLATFORM": "xcb;offscreen"}):
        text = problem(env)
        assert text and "sudo apt install libmdgone7" in text and "libmdgone.so.7" in text
        assert "platform plugin" not in text
    assert problem({"DISPLAY": ":0", "QT_QPA_PLATFORM": "offscreen"}) is None
    assert problem({"DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0"}) is None
    assert problem({"DISPLAY": ":0"}, platform="win32") is None
    assert "no desktop display" in problem({})


def _xcb_ready() -> bool:
    from ui.platform_check import platform_problem

    return platform_problem({"DISPLAY": ":0"}, "linux") is None


@pytest.mark.slow
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the X11 plugin is Linux's")
def test_without_libxcb_cursor_the_user_is_told_what_to_install(tmp_path):
    """libxcb-cursor0 really hidden: a private mount namespace gets a copy of the library
    folder without it, as on a fresh Ubuntu that lacks the package."""
    lib = Path("/usr/lib/x86_64-linux-gnu")
    if not _xcb_ready() or not list(lib.glob("libxcb-cursor.so*")) or not shutil.which("unshare"):
        pytest.skip("needs the xcb libraries present and unshare to hide one")
    orig, fake = tmp_path / "orig", tmp_path / "fake"
    script = (f"set -e; mkdir -p {orig} {fake}; mount --bind {lib} {orig}; mount -t tmpfs tmpfs {fake}; "
              f"for f in {orig}/*; do b=$(basename \"$f\"); case \"$b\" in libxcb-cursor*) ;; "
              f"*) ln -s \"{orig}/$b\" \"{fake}/$b\";; esac; done; mount --bind {fake} {lib}; "
              f"exec \"$@\"")
    probe = subprocess.run(["unshare", "--mount", "sh", "-c", script, "sh", "true"], capture_output=True,
                           text=True, check=False)
    if probe.returncode != 0:
        pytest.skip(f"cannot make a mount namespace here: {probe.stderr.strip()}")
    env = gui_env(tmp_path, QT_QPA_PLATFORM="xcb", DISPLAY=":77")
    done = run_gui(["--db", str(tmp_path / "x.db")], env, tmp_path,
                   prefix=["unshare", "--mount", "sh", "-c", script, "sh"])
    assert done.returncode == 1, done.stderr
    assert "sudo apt install libxcb-cursor0" in done.stderr
    assert "libxcb-cursor.so.0" in done.stderr
    assert "qt.qpa" not in done.stderr and "Traceback" not in done.stderr
    assert not (tmp_path / "x.db").exists(), "nothing was opened or created"


@pytest.mark.slow
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the X11 plugin is Linux's")
def test_unreachable_display_gives_a_sentence_not_an_abort(tmp_path):
    if not _xcb_ready():
        pytest.skip("the xcb libraries are missing here (the test above covers that)")
    done = run_gui(["--db", str(tmp_path / "x.db")], gui_env(tmp_path, QT_QPA_PLATFORM="xcb", DISPLAY=":77"), tmp_path)
    assert done.returncode == 1, (done.returncode, done.stderr)  # not -6 (SIGABRT)
    assert "could not reach the desktop display (:77)" in done.stderr
    assert "This application failed to start" not in done.stderr


@pytest.mark.slow
def test_unknown_platform_plugin_and_no_display_give_sentences(tmp_path):
    done = run_gui(["--db", str(tmp_path / "x.db")], gui_env(tmp_path, QT_QPA_PLATFORM="nosuchplugin"), tmp_path)
    assert done.returncode == 1, (done.returncode, done.stderr)
    assert "MentorDesk cannot open its window" in done.stderr and "reinstall MentorDesk" in done.stderr
    assert "Available platform plugins" not in done.stderr
    if sys.platform.startswith("linux"):
        done = run_gui(["--db", str(tmp_path / "x.db")], gui_env(tmp_path), tmp_path)
        assert done.returncode == 1 and "no desktop display was found" in done.stderr
    assert not (tmp_path / "x.db").exists()
