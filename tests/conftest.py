"""Shared fixtures: every test gets its own real database file on disk.

- `db_path` / `db`: this test's own empty company file (`company.db`), open;
- `demo_file`: a copy of the demo company (`acme.db`), closed; `demo_db`: the same, open;
- `demo_master`: the demo company built once per run, for tests that copy it themselves;
- `empty_window`, `open_window(path)`: the real main window (tests/ui/conftest.py has the rest);
- `public_folder`: a folder an unprivileged process (`setpriv --reuid=65534`) can reach.

The demo is built once (`tests/privacy_setup.make_demo`) and copied: a copy is the
same company, byte for byte, as a file built afresh on the same day, and building
it costs more than a second that a hundred tests would each pay.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _isolation(home: Path, cache: Path) -> dict[str, str]:
    """The environment that keeps settings, the site id, caches and data out of the real home folder."""
    return {
        "MENTORDESK_CACHE_DIR": str(cache),
        "MENTORDESK_CONFIG_DIR": str(home / "config"),
        "MENTORDESK_DATA_DIR": str(home / "data"),
        "MENTORDESK_SITE": "test-site",
        # the core's texts in English whatever the developer's locale (tests of other languages set their own)
        "MENTORDESK_LANG": "en",
        "LC_PAPER": "C",  # A4 whatever the developer's country (paper tests set their own)
    }


@pytest.fixture(scope="session")
def _session_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One cache folder for the run (compiled catalogs, parsed fonts): built once, never the user's."""
    return tmp_path_factory.mktemp("cache")


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch,
                   _session_cache: Path) -> None:
    """Keep settings, the site id, caches and the default data file out of the real home folder."""
    for name, value in _isolation(tmp_path_factory.mktemp("home"), _session_cache).items():
        monkeypatch.setenv(name, value)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "company.db"


@pytest.fixture
def db(db_path: Path):
    from mentordesk.storage.database import Database

    database = Database.open(db_path)
    yield database
    database.close()


@pytest.fixture(scope="session")
def demo_master(tmp_path_factory: pytest.TempPathFactory, _session_cache: Path) -> Path:
    """The demo company built once for the run, closed. Copy it; never open it for writing.

    Session fixtures are set up before the function-scoped home isolation, so the
    build sets the same environment itself.
    """
    from tests.privacy_setup import make_demo

    folder = tmp_path_factory.mktemp("demo-master")
    with pytest.MonkeyPatch.context() as patch:
        for name, value in _isolation(folder / "home", _session_cache).items():
            patch.setenv(name, value)
        make_demo(folder / "acme.db")
    assert not [p.name for p in folder.iterdir() if p.name.startswith("acme.db-")], "the demo was left open"
    return folder / "acme.db"


@pytest.fixture
def demo_file(demo_master: Path, tmp_path: Path) -> Path:
    """A real demo company file on disk (`acme.db`, owner-only), closed: tests open it as they need."""
    path = tmp_path / "acme.db"
    shutil.copy(demo_master, path)
    return path


@pytest.fixture
def demo_db(demo_file: Path) -> Iterator[object]:
    """The demo company file (`demo_file`), open for this test and closed after it."""
    from mentordesk.storage.database import Database

    database = Database.open(demo_file)
    yield database
    database.close()


@pytest.fixture
def public_folder() -> Iterator[Path]:
    """A fresh folder (mode 755) in the system's temporary folder, removed after the test.

    pytest's own temporary tree is root-only, so a step run as an unprivileged user
    (`setpriv --reuid=65534 ...`) could not even reach a file in `tmp_path`.
    """
    folder = Path(tempfile.mkdtemp(prefix="mentordesk-test-"))
    folder.chmod(0o755)
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


# -- the real main window ------------------------------------------------------------------------

@pytest.fixture
def empty_window(qtbot):
    """The real main window with no file open; closed (and its file released) after the test."""
    from ui.app import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    return window


@pytest.fixture
def open_window(qtbot) -> Callable[..., object]:
    """`open_window(path, show=True)`: the real main window with `path` open.

    A factory rather than a window, so a test (or a file's own `window` fixture)
    fills the file first and opens the window on what it wrote.
    """
    from ui.app import MainWindow

    def make(path: Path, *, show: bool = True, size: tuple[int, int] | None = None) -> MainWindow:
        window = MainWindow()
        qtbot.addWidget(window)
        assert window.open_file(path)
        if size is not None:
            window.resize(*size)
        if show:
            window.show()
        return window

    return make


@pytest.fixture
def font_parses(monkeypatch) -> list[str]:
    """The font files reportlab's TrueType parser reads from now on (the font cache's tests
    count them: a cached face must not be parsed again)."""
    from reportlab.pdfbase import ttfonts

    parsed: list[str] = []
    real = ttfonts.TTFontFile.extractInfo

    def counted(self, *args, **kwargs):
        parsed.append(self.filename)
        return real(self, *args, **kwargs)

    monkeypatch.setattr(ttfonts.TTFontFile, "extractInfo", counted)
    return parsed
