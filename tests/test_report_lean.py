"""Issue 15: a one-relationship report loads only what it draws, and the fast paths draw the same.

Real processes record which modules a `report --relationship` command imported; the PDFs are
read back with pypdf.  No timings here (benchmarks/bench_startup.py measures).
"""

from __future__ import annotations

import io
import os
import pickle
import random
import sqlite3
import subprocess
import sys
import unicodedata
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

ROOT = Path(__file__).resolve().parents[1]

_RECORD_MODULES = """
import atexit, runpy, sys
out = sys.argv.pop(1)
atexit.register(lambda: open(out, "w").write("\\n".join(sys.modules)))
runpy.run_module("mentordesk", run_name="__main__", alter_sys=True)
"""

#: Never needed to write one relationship's report in English without a logo.
NOT_FOR_ONE_REPORT = {
    "PIL._imaging",                # Pillow's core: only a logo is an image
    "babel", "babel.dates", "babel.numbers",  # English dates and numbers need no CLDR
    "mentordesk.matching", "mentordesk.matching.scoring", "scipy", "numpy",
    "multiprocessing", "concurrent.futures", "mentordesk.reports.batch", "mentordesk.reports.program",
    "mentordesk.services.report_program", "mentordesk.services.programs",
    "mentordesk.services.relationship_lifecycle", "mentordesk.services.goals", "mentordesk.services.relationships",
    "socket", "selectors", "zoneinfo",
    # the charts draw straight on the canvas (chart_parts.Chart), not through shape trees
    "reportlab.graphics", "reportlab.graphics.shapes", "reportlab.graphics.renderPDF",
    "reportlab.graphics.renderbase",
    # the report reads its facts itself (services.report_reading): none of the screens' records, no
    # health or attention rules, no program records, no lock-note machinery (a read-only command)
    "mentordesk.relationship_models", "mentordesk.relationships", "mentordesk.services.relationship_reading",
    "mentordesk.relationship_rules.health", "mentordesk.relationship_rules.attention", "mentordesk.models",
    "mentordesk.storage.programs_repo", "mentordesk.storage.relationship_rows", "mentordesk.storage.lockfile",
    "mentordesk.storage.lock_notes", "mentordesk.storage.lock_watch", "mentordesk.storage.lock_results",
    # the backups folder's name is all a read-only open and a report's target check need (backup_place)
    "mentordesk.storage.backup", "mentordesk.storage.backup_catalog",
    # the fonts' folder is found beside the package on disk, without importlib.resources
    "importlib.resources", "importlib.readers", "zipfile",
}


def _first_active(demo_file: Path) -> str:
    """An active pair of the demo, read from the file itself (this test is about `report` alone)."""
    with sqlite3.connect(f"file:{demo_file}?mode=ro", uri=True) as conn:
        return conn.execute("SELECT id FROM relationships WHERE status = 'active' ORDER BY id").fetchone()[0]


def _report_modules(demo_file: Path, tmp_path: Path, *extra: str, name: str = "r") -> tuple[set[str], Path]:
    """Run `report --relationship` in a real process; the modules it had loaded at exit and its PDF."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "MENTORDESK_CACHE_DIR": str(tmp_path / "cache")}
    rel = _first_active(demo_file)
    out, pdf = tmp_path / f"{name}-modules.txt", tmp_path / f"{name}.pdf"
    done = subprocess.run([sys.executable, "-c", _RECORD_MODULES, str(out), "--db", str(demo_file), "report",
                           "--relationship", rel, "--out", str(pdf), *extra], env=env, capture_output=True,
                          text=True, cwd=tmp_path)
    assert done.returncode == 0 and "Traceback" not in done.stderr, done.stderr[-2000:]
    return set(out.read_text().split()), pdf


def _pdf_text_and_fonts(pdf: Path) -> tuple[str, set[str]]:
    reader = PdfReader(pdf)
    text = "".join(page.extract_text() for page in reader.pages)
    fonts = {str(f.get_object().get("/BaseFont")) for page in reader.pages
             for f in (page["/Resources"].get("/Font") or {}).values()}
    return text, fonts


def test_an_english_report_without_a_logo_loads_none_of_the_heavy_modules(demo_file: Path, tmp_path: Path) -> None:
    loaded, pdf = _report_modules(demo_file, tmp_path)
    assert {"mentordesk.reports.relationship", "reportlab.platypus", "mentordesk.services.reports"} <= loaded
    assert not NOT_FOR_ONE_REPORT & loaded, sorted(NOT_FOR_ONE_REPORT & loaded)
    text, fonts = _pdf_text_and_fonts(pdf)
    assert "Mentoring relationship report" in text and "Attendance rate" in text
    assert any(f.endswith("+DejaVuSans") for f in fonts), fonts
    assert not any("Oblique" in f for f in fonts), fonts  # nothing italic drawn: the oblique faces stay unread


def test_a_logo_still_loads_pillow_and_is_drawn(demo_file: Path, tmp_path: Path) -> None:
    """Deferring Pillow must not lose the logo: it loads when the header draws one."""
    from PIL import Image

    logo = tmp_path / "logo.png"
    Image.new("RGB", (40, 16), (20, 90, 160)).save(logo)
    loaded, pdf = _report_modules(demo_file, tmp_path, "--logo", str(logo), name="logo")
    assert "PIL._imaging" in loaded
    page = PdfReader(pdf).pages[0]
    images = [x for x in (page["/Resources"].get("/XObject") or {}).values()
              if x.get_object().get("/Subtype") == "/Image"]
    assert images, "the logo was not drawn"


def test_the_deferred_pillow_module_behaves_as_the_real_one(tmp_path: Path) -> None:
    """In fresh processes: after `defer`, `from PIL import Image` (as reportlab does) reaches a module
    that waits; `load`, or a plain `import PIL.Image` elsewhere, runs it and it works as Pillow."""
    code = """
import sys
from mentordesk.reports import lazy_pil
lazy_pil.defer()
assert not lazy_pil.is_loaded()
from PIL import Image
assert Image is sys.modules["PIL.Image"] and not lazy_pil.is_loaded()
if sys.argv[1] == "load":
    lazy_pil.load()
else:
    import PIL.Image
assert lazy_pil.is_loaded()
import PIL.Image
im = PIL.Image.new("RGB", (3, 2))
assert im.size == (3, 2) and isinstance(im, Image.Image) and PIL.Image is Image
lazy_pil.defer()  # already there: changes nothing
assert sys.modules["PIL.Image"] is Image
print("ok")
"""
    for how in ("load", "import"):
        done = subprocess.run([sys.executable, "-c", code, how], env={**os.environ, "PYTHONPATH": str(ROOT)},
                              capture_output=True, text=True, cwd=tmp_path)
        assert done.returncode == 0 and done.stdout.strip() == "ok", (how, done.stderr[-2000:])


def _slow_drop(s: str, max_marks: int) -> str:
    """The guard's rule written plainly, character by character (the reference)."""
    out: list[str] = []
    marks = 0
    for ch in s:
        cp = ord(ch)
        if ch not in "\n\t" and (0xFE00 <= cp <= 0xFE0F or 0xE0000 <= cp <= 0xE01EF or 0x1F3FB <= cp <= 0x1F3FF
                                 or unicodedata.category(ch) in ("Cc", "Cf")):
            continue
        if unicodedata.category(ch).startswith("M"):
            marks += 1
            if marks > max_marks or not out:
                continue
        else:
            marks = 0
        out.append(" " if ch == "\t" else ch)
    return "".join(out)


def test_the_text_guard_fast_path_drops_exactly_what_the_slow_one_does() -> None:
    from mentordesk.reports import textguard

    def check(s: str) -> None:
        assert textguard._drop_invisible_and_marks(s) == _slow_drop(s, textguard.MAX_MARKS), repr(s)

    for cp in range(0x320):  # every character below the marks, and the first marks
        for s in (chr(cp), f"a{chr(cp)}b", f"{chr(cp)}\t{chr(cp)}"):
            check(s)
    rnd = random.Random(15)
    pools = ([chr(c) for c in range(0x300)],
             [*map(chr, range(0x20, 0x7F)), "\u00ad", "\x85", "\t", "\n", "\u0301", "\u200b", "\ufe0f", "é"],
             ["a", "\u0301", "\u0302", "\u0303", "\u0304", "\u0305", " ", "\u202e", "\U0001F44D", "\U0001F3FD"])
    for _ in range(3000):
        pool = rnd.choice(pools)
        check("".join(rnd.choice(pool) for _ in range(rnd.randrange(40))))
    assert textguard.clean("A\u00adB\x07\tC") == "AB C"  # soft hyphen and bell dropped, tab a space


def test_a_cached_face_is_read_only_when_used_and_a_damaged_one_is_parsed(tmp_path: Path, monkeypatch,
                                                                          font_parses) -> None:
    """Registering a cached font reads only its name; the face's tables come on first use and
    measure as a fresh parse; a damaged face inside a readable entry is parsed instead."""
    from mentordesk.reports import font_cache
    from mentordesk.reports.fonts import font_dir

    monkeypatch.setenv("MENTORDESK_CACHE_DIR", str(tmp_path / "cache"))
    path = font_dir() / "DejaVuSans-Oblique.ttf"
    fresh = font_cache.load_ttfont("POblique", path)
    cached = font_cache.load_ttfont("POblique", path)
    assert "_pending" in vars(cached.face) and "charToGlyph" not in vars(cached.face)
    assert cached.face.name == fresh.face.name and "_pending" in vars(cached.face)
    sample = "Ærøskøbing · Żółć · Ñandú"
    assert cached.stringWidth(sample, 9) == fresh.stringWidth(sample, 9)
    assert "_pending" not in vars(cached.face) and cached.face.charToGlyph == fresh.face.charToGlyph
    assert cached.face.makeSubset(list(range(60, 120))) == fresh.face.makeSubset(list(range(60, 120)))
    with pytest.raises(AttributeError):
        cached.face.no_such_table  # noqa: B018 - a missing attribute stays missing once loaded

    entry = next((tmp_path / "cache" / "fonts").glob("POblique-*.pickle"))
    font_state, name, _blob, reverse = pickle.loads(entry.read_bytes())
    entry.write_bytes(pickle.dumps((font_state, name, b"\x80\x05damaged", reverse)))
    font_parses.clear()  # count from here: the fresh load above parsed once
    damaged = font_cache.load_ttfont("POblique", path)
    assert not font_parses  # the outer entry still reads
    assert damaged.stringWidth(sample, 9) == fresh.stringWidth(sample, 9) and len(font_parses) == 1


def test_italic_text_still_prints_in_the_oblique_face(tmp_path: Path, monkeypatch) -> None:
    """A meeting note (italic) loads the oblique face on demand: the PDF embeds it and shows the note."""
    import dataclasses

    from mentordesk.reports import ReportOptions, build_relationship_report
    from mentordesk.reports.data import sample_relationship

    monkeypatch.setenv("MENTORDESK_CACHE_DIR", str(tmp_path / "cache"))
    data = sample_relationship(n_meetings=3)
    meetings = tuple(dataclasses.replace(m, notes="Łucja noted: próxima reunión") for m in data.meetings)
    data = dataclasses.replace(data, meetings=meetings)
    buf = io.BytesIO()
    build_relationship_report(data, ReportOptions("Acme", date(2025, 6, 1), include_notes=True), buf)
    pdf = tmp_path / "notes.pdf"
    pdf.write_bytes(buf.getvalue())
    text, fonts = _pdf_text_and_fonts(pdf)
    assert "próxima reunión" in text
    assert any(f.endswith("+DejaVuSans-Oblique") for f in fonts), fonts


def test_korean_names_still_print_through_the_viewers_cid_font(tmp_path: Path, monkeypatch) -> None:
    """The Korean CID font is registered on the first Hangul character, not for every report."""
    from reportlab.pdfbase import pdfmetrics

    from mentordesk.reports import ReportOptions, build_relationship_report, fonts
    from mentordesk.reports.data import sample_relationship

    monkeypatch.setenv("MENTORDESK_CACHE_DIR", str(tmp_path / "cache"))
    options = ReportOptions("Acme", date(2025, 6, 1))
    build_relationship_report(sample_relationship(n_meetings=2), options, io.BytesIO())
    had_korean = fonts.CJK_FONT_KOREAN in pdfmetrics.getRegisteredFontNames()  # another test may have drawn some
    buf = io.BytesIO()
    build_relationship_report(sample_relationship(mentee="김민준", n_meetings=2), options, buf)
    assert fonts.CJK_FONT_KOREAN in pdfmetrics.getRegisteredFontNames()
    pdf = tmp_path / "ko.pdf"
    pdf.write_bytes(buf.getvalue())
    _text, used = _pdf_text_and_fonts(pdf)
    assert any(fonts.CJK_FONT_KOREAN in f for f in used), (used, had_korean)
