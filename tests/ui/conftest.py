"""What every window test shares: the English catalog, windows, hosts for one view, screenshots.

The real main window (`empty_window`, `open_window`) is in tests/conftest.py, so the
adversarial tests open it the same way; `window` here is it on this test's own file.

Window tests read English as the app shows it: with the English plural catalog.

The running app loads `mentordesk_<language>.qm`, or `mentordesk_en.qm` (plural
forms only: "1 person", "2 people") when it has no translation for the user's
language.  The tests do the same, compiling the catalog from its `.ts` source with
pyside6-lrelease into a temporary folder, so they never depend on a stale build.
"""

from __future__ import annotations

import array
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"


def compile_catalog(language: str, folder: Path) -> Path:
    """`pyside6-lrelease mentordesk_<language>.ts` into `folder`; the .qm path."""
    qm = folder / f"mentordesk_{language}.qm"
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([str(lrelease), "-silent", str(TRANSLATIONS / f"mentordesk_{language}.ts"), "-qm", str(qm)],
                   check=True, capture_output=True)
    return qm


@pytest.fixture(scope="session", autouse=True)
def english_plurals(qapp, tmp_path_factory: pytest.TempPathFactory):
    from PySide6.QtCore import QTranslator

    qm = compile_catalog("en", tmp_path_factory.mktemp("qm"))
    translator = QTranslator(qapp)
    assert translator.load(str(qm))
    qapp.installTranslator(translator)
    yield translator
    qapp.removeTranslator(translator)


# -- windows -------------------------------------------------------------------------------------

#: How long a test waits for background work (a preview, an import, a match) before failing.
TASK_TIMEOUT_MS = 30_000


@pytest.fixture
def window(open_window, db, db_path: Path):
    """The main window on this test's own file (`db`), shown. Files that need data first override it."""
    return open_window(db_path)


def _view_host_class():
    from PySide6.QtWidgets import QMainWindow

    class ViewHost(QMainWindow):
        """Stands in for the main window around one screen: the open file (`db`) and `reload_all()`.

        `reloads` counts the `reload_all()` calls: the real window then refreshes every screen.
        """

        def __init__(self, db) -> None:
            super().__init__()
            self.db = db
            self.view = None
            self.reloads = 0

        def reload_all(self) -> None:
            self.reloads += 1
            if self.view is not None:
                self.view.reload()

    return ViewHost


@pytest.fixture
def host_view(qtbot) -> Callable[..., object]:
    """`host_view(ViewClass, db, size=(w, h))`: one screen alone in a small stand-in main window.

    For tests of a single screen that need neither menus nor the other screens.
    The view is reloaded, read-only exactly when the file is (as the window does).
    """
    host_class = _view_host_class()

    def make(view_class, db, *, size: tuple[int, int] = (1300, 800), show: bool = True):
        host = host_class(db)
        qtbot.addWidget(host)
        host.view = view_class(host)
        host.setCentralWidget(host.view)
        if hasattr(host.view, "set_readonly"):
            host.view.set_readonly(bool(getattr(db, "readonly", False)))
        host.view.reload()
        host.resize(*size)
        if show:
            host.show()
        return host.view

    return make


@pytest.fixture
def no_task_left_running(qtbot):
    """Let background work a test started (a preview still rendering) end before the next test."""
    yield
    from ui import tasks

    assert tasks.wait_for_all(TASK_TIMEOUT_MS), f"{tasks.running_count()} task(s) still running"


def _answering(qtbot, label: str):
    """A running timer that clicks the button labelled `label` in the modal message box, once shown."""
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    asked: list[str] = []

    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox) or not box.isVisible():
            return
        button = next((b for b in box.buttons() if b.text().replace("&", "") == label), None)
        if button is not None:
            asked.append(box.text())
            qtbot.mouseClick(button, Qt.LeftButton)

    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(click)
    timer.start()
    return timer, asked


@pytest.fixture
def answer_box(qtbot):
    """`answer_box("Open Read-Only")`: from now on, click that button (by its text) in modal message boxes.

    For boxes the code under test shows with a blocking `exec()`: a timer finds
    the box once it is up and clicks, as HR would. Returns the list of the texts
    of the boxes answered, in order, so a test can check what was asked.
    """
    timers = []

    def answer(label: str) -> list[str]:
        timer, asked = _answering(qtbot, label)
        timers.append(timer)
        return asked

    yield answer
    for timer in timers:
        timer.stop()


@pytest.fixture
def answer_questions(answer_box) -> list[str]:
    """Answer every Yes/No question box (`QMessageBox.question`) with Yes; the texts asked, in order.

    Boxes without a Yes button (information, warnings) are left alone.
    """
    return answer_box("Yes")


# -- screenshots ---------------------------------------------------------------------------------

def distinct_colours(image) -> int:
    """How many different colours a QImage holds (a blank or unpainted widget has one or two)."""
    from PySide6.QtGui import QImage

    rgb = image.convertToFormat(QImage.Format_RGB32)
    pixels = array.array("I", bytes(rgb.constBits())[: rgb.sizeInBytes()])
    return len(set(pixels))


def check_picture(image, size: tuple[int, int], name: str, *, min_colours: int = 16) -> None:
    """Fail unless `image` (a QImage) has `size` and at least `min_colours` colours.

    Text, icons and a table give hundreds of colours; a blank or unpainted widget gives one or two.
    """
    assert (image.width(), image.height()) == size, f"{name}: {image.width()}x{image.height()}, not {size}"
    colours = distinct_colours(image)
    assert colours >= min_colours, f"{name}: only {colours} colours, the widget did not paint"


@pytest.fixture
def picture_file():
    """`picture_file(path, (w, h))`: a PNG written elsewhere (a child process) has that size and painted."""
    from PySide6.QtGui import QImage

    def check(path: Path, size: tuple[int, int], *, min_colours: int = 16) -> None:
        image = QImage(str(path))
        assert not image.isNull(), f"{path} is not a readable picture"
        check_picture(image, size, path.name, min_colours=min_colours)

    return check


@pytest.fixture
def screenshot(qtbot, tmp_path: Path) -> Callable[..., Path]:
    """`screenshot(widget, "name.png")`: grab `widget` into this test's folder and check it painted.

    Fails unless the picture has the widget's size and at least `min_colours`
    colours (see `check_picture`). Set MENTORDESK_SHOT_DIR to keep a copy for a
    person to look at.
    """
    import os
    import shutil

    def grab(widget, name: str, *, min_colours: int = 16) -> Path:
        qtbot.waitExposed(widget)
        pixmap = widget.grab()
        ratio = pixmap.devicePixelRatio()
        check_picture(pixmap.toImage(), (round(widget.width() * ratio), round(widget.height() * ratio)), name,
                      min_colours=min_colours)
        out = tmp_path / name
        assert pixmap.save(str(out)) and out.stat().st_size > 0
        keep = os.environ.get("MENTORDESK_SHOT_DIR")
        if keep:
            shutil.copy(out, Path(keep) / name)
        return out

    return grab
