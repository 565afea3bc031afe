"""Shared fixtures: every test gets its own real database file on disk."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(scope="session")
def _session_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One cache folder for the run (compiled catalogs, parsed fonts): built once, never the user's."""
    return tmp_path_factory.mktemp("cache")


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch,
                   _session_cache: Path) -> None:
    """Keep settings, the site id, caches and the default data file out of the real home folder."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("MENTORDESK_CACHE_DIR", str(_session_cache))
    monkeypatch.setenv("MENTORDESK_CONFIG_DIR", str(home / "config"))
    monkeypatch.setenv("MENTORDESK_DATA_DIR", str(home / "data"))
    monkeypatch.setenv("MENTORDESK_SITE", "test-site")
    # the core's texts in English whatever the developer's locale (tests of other languages set their own)
    monkeypatch.setenv("MENTORDESK_LANG", "en")
    monkeypatch.setenv("LC_PAPER", "C")  # A4 whatever the developer's country (paper tests set their own)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "company.db"


@pytest.fixture
def db(db_path: Path):
    from mentordesk.storage.database import Database

    database = Database.open(db_path)
    yield database
    database.close()


@pytest.fixture
def demo_file(tmp_path: Path) -> Path:
    """A real demo company file on disk (`acme.db`), closed again: tests open it as they need."""
    from tests.privacy_setup import make_demo

    path = tmp_path / "acme.db"
    make_demo(path)
    return path
