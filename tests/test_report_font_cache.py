"""Issue 15: the font cache's compact layout gives reportlab exactly what a fresh parse gives,
and a font keeps one entry in the cache folder.

Real DejaVu files, real cache entries on disk; subsets compared byte for byte.
"""

from __future__ import annotations

import os
import pickle
import random
import shutil
from pathlib import Path

import pytest

from mentordesk.reports import font_cache
from mentordesk.reports.fonts import font_dir

FACES = ["DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf", "DejaVuSans-BoldOblique.ttf"]


@pytest.fixture
def cache(tmp_path: Path, monkeypatch) -> Path:
    monkeypatch.setenv("MENTORDESK_CACHE_DIR", str(tmp_path / "cache"))
    return tmp_path / "cache" / "fonts"


@pytest.mark.parametrize("filename", FACES)
def test_a_cached_face_subsets_and_measures_as_a_fresh_parse(filename: str, cache: Path, font_parses) -> None:
    path = font_dir() / filename
    fresh = font_cache.load_ttfont(f"C{filename}", path)
    cached = font_cache.load_ttfont(f"C{filename}", path)
    assert len(font_parses) == 1  # the second came from the entry
    assert [(int(a), int(b)) for a, b in cached.face.hmetrics] == [(int(a), int(b)) for a, b in fresh.face.hmetrics]
    assert [a for a, _ in cached.face.hmetrics] == [a for a, _ in fresh.face.hmetrics]
    assert list(cached.face.glyphPos) == list(fresh.face.glyphPos)
    assert cached.face.hmetrics[5:9] == fresh.face.hmetrics[5:9]
    rnd = random.Random(filename)
    codes = sorted(fresh.face.charToGlyph)
    for _ in range(3):
        subset = [0, 32, *rnd.sample(codes, 400)]
        assert cached.face.makeSubset(subset) == fresh.face.makeSubset(subset)
    text = "".join(chr(c) for c in rnd.sample(codes, 200))
    assert cached.stringWidth(text, 9.5) == fresh.stringWidth(text, 9.5)


def test_the_glyph_to_character_table_is_read_on_its_own_first_use(cache: Path) -> None:
    path = font_dir() / "DejaVuSans.ttf"
    fresh = font_cache.load_ttfont("G", path)
    cached = font_cache.load_ttfont("G", path)
    cached.stringWidth("Ærø", 10)  # measuring reads the face's tables ...
    assert "glyphToChar" not in vars(cached.face)  # ... but not the table only shaping needs
    assert cached.face.glyphToChar == fresh.face.glyphToChar
    assert "glyphToChar" in vars(cached.face)


def test_a_damaged_glyph_to_character_table_is_parsed_again(cache: Path, font_parses) -> None:
    path = font_dir() / "DejaVuSans-Bold.ttf"
    fresh = font_cache.load_ttfont("D", path)
    entry = next(cache.glob("D-*.pickle"))
    font_state, name, face_blob, _reverse = pickle.loads(entry.read_bytes())
    entry.write_bytes(pickle.dumps((font_state, name, face_blob, b"\x80\x05not a table")))
    damaged = font_cache.load_ttfont("D", path)
    font_parses.clear()
    assert damaged.stringWidth("Straße", 9) == fresh.stringWidth("Straße", 9) and not font_parses
    assert damaged.face.glyphToChar == fresh.face.glyphToChar and len(font_parses) == 1


def test_an_entry_in_the_old_layout_is_parsed_and_replaced(cache: Path, font_parses) -> None:
    path = font_dir() / "DejaVuSans.ttf"
    font_cache.load_ttfont("O", path)
    entry = next(cache.glob("O-*.pickle"))
    font_state, name, face_blob, _reverse = pickle.loads(entry.read_bytes())
    old = entry.with_name(entry.name.replace("-v3.pickle", "-v2.pickle"))
    entry.rename(old)
    old.write_bytes(pickle.dumps((font_state, name, face_blob)))  # what the previous version wrote
    font_parses.clear()
    assert font_cache.load_ttfont("O", path).stringWidth("x", 9) > 0 and len(font_parses) == 1
    assert [p.name for p in cache.iterdir()] == [entry.name]  # the old layout's entry is gone


def test_a_font_keeps_one_entry_and_leaves_other_fonts_entries(cache: Path, tmp_path: Path) -> None:
    """A changed font file (an update, a reinstall) gets a new entry; its older ones go, and fonts whose
    names merely start the same keep theirs."""
    copy = tmp_path / "Q.ttf"
    shutil.copy(font_dir() / "DejaVuSans.ttf", copy)
    font_cache.load_ttfont("Q-Bold", font_dir() / "DejaVuSans-Bold.ttf")
    font_cache.load_ttfont("QQ", font_dir() / "DejaVuSans-Oblique.ttf")
    for step in range(3):
        os.utime(copy, ns=(1_700_000_000_000_000_000 + step, 1_700_000_000_000_000_000 + step))
        font_cache.load_ttfont("Q", copy)
    names = sorted(p.name for p in cache.iterdir())
    assert len(names) == 3, names
    assert [n.split("-")[0] for n in names] == ["Q", "Q", "QQ"]
    assert any(n.startswith("Q-Bold-") for n in names)
    assert any(n.startswith("Q-") and "-1700000000000000002-" in n for n in names)
