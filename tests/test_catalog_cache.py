"""A checkout's gettext catalogs are compiled once and read cheaply afterwards.

A source checkout has only `.po` files; compiling one needs Babel, which costs a
command in Spanish a large part of its start-up. The compiled `.mo` is kept in the
cache folder under the `.po`'s size and time. These tests run real processes with
their own cache folder and look at what they imported and wrote.
"""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from mentordesk.i18n import catalog

ROOT = Path(__file__).resolve().parents[1]

_PROBE = """
import sys
from mentordesk.i18n import translator
print(translator(sys.argv[1]).gettext("Meetings"))
print(sorted({m.split(".")[0] for m in sys.modules} & {"babel", "importlib_resources", "email"}))
print("importlib.resources" in sys.modules)
"""


def _probe(cache: Path, language: str) -> tuple[str, str, str]:
    env = {**os.environ, "MENTORDESK_CACHE_DIR": str(cache), "PYTHONPATH": str(ROOT)}
    env.pop("MENTORDESK_LANG", None)
    done = subprocess.run([sys.executable, "-c", _PROBE, language], capture_output=True, text=True, env=env,
                          check=False, timeout=120)
    assert done.returncode == 0, done.stderr
    word, heavy, resources = done.stdout.splitlines()
    return word, heavy, resources


def _entries(cache: Path) -> list[Path]:
    return sorted((cache / "locale").glob("*.mo")) if (cache / "locale").is_dir() else []


@pytest.mark.parametrize(("language", "word"), [("es", "Reuniones"), ("pl", "Spotkania"), ("de", "Treffen")])
def test_second_start_reads_the_cache_without_babel(tmp_path: Path, language: str, word: str) -> None:
    cache = tmp_path / "cache"
    first = _probe(cache, language)
    assert first[0] == word and "babel" in first[1]
    (entry,) = _entries(cache)
    assert stat.S_IMODE(entry.stat().st_mode) == 0o600
    assert stat.S_IMODE(entry.parent.stat().st_mode) == 0o700
    second = _probe(cache, language)
    assert second == (word, "[]", "False")
    assert _entries(cache) == [entry]


def test_english_compiles_and_writes_nothing(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    assert _probe(cache, "en") == ("Meetings", "[]", "False")
    assert not cache.exists()


@pytest.fixture
def own_catalogs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the catalogs to edit, and an empty cache, for in-process loads."""
    locale = tmp_path / "locale"
    shutil.copytree(catalog.LOCALE_DIR, locale)
    monkeypatch.setattr(catalog, "LOCALE_DIR", locale)
    monkeypatch.setenv("MENTORDESK_CACHE_DIR", str(tmp_path / "cache"))
    return locale


def _set_translation(po: Path, msgid: str, text: str) -> None:
    lines = po.read_text(encoding="utf-8").splitlines()
    at = lines.index(f'msgid "{msgid}"')
    assert lines[at + 1].startswith("msgstr ")
    lines[at + 1] = f'msgstr "{text}"'
    po.write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_an_edited_po_is_never_read_from_a_stale_entry(own_catalogs: Path, tmp_path: Path) -> None:
    po = own_catalogs / "nl" / "LC_MESSAGES" / "mentordesk.po"
    assert catalog._load("nl").gettext("Meetings") != "Bijeenkomsten-X"
    _set_translation(po, "Meetings", "Bijeenkomsten-X")
    assert catalog._load("nl").gettext("Meetings") == "Bijeenkomsten-X"
    assert len(_entries(tmp_path / "cache")) == 2
    _set_translation(po, "Meetings", "Bijeenkomsten-Y")  # the same size: told apart by its time
    assert catalog._load("nl").gettext("Meetings") == "Bijeenkomsten-Y"


@pytest.mark.parametrize("damage", [b"", b"not a catalog", b"\xde\x12\x04\x95" + b"\x00" * 7])
def test_a_damaged_entry_is_compiled_again(own_catalogs: Path, damage: bytes) -> None:
    po = own_catalogs / "de" / "LC_MESSAGES" / "mentordesk.po"
    good = catalog._load("de").gettext("Meetings")
    entry = catalog.cached_mo(po)
    entry.write_bytes(damage)
    assert catalog._load("de").gettext("Meetings") == good
    assert entry.read_bytes()[:4] == b"\xde\x12\x04\x95"


def test_an_unwritable_cache_still_translates(own_catalogs: Path, tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("MENTORDESK_CACHE_DIR", str(blocker / "cache"))
    assert catalog._load("pl").gettext("Meetings") == "Spotkania"
    assert blocker.read_text() == "not a folder"
