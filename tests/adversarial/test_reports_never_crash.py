"""Issue 9, section 7: reports never crash.

* Long or hostile text anywhere (2,000-character names with and without
  spaces, URLs, CJK, RTL, combining marks, zero-width characters, thousands
  of line breaks, 500 meetings, many goals) gives a PDF, for the relationship
  report, the program summary and the batch, with the text's start in it.
* A flowable that still cannot be laid out is sliced, not fatal.
* Emoji print with an embedded font (or a named stand-in), never as boxes.
* A batch killed with SIGKILL leaves no worker process behind.
"""

from __future__ import annotations

import io
import os
import re
import signal
import string
import subprocess
import sys
import time
import unicodedata
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader
from reportlab.pdfbase import pdfmetrics

from mentordesk.reports import (
    AttentionItem,
    BreakdownRow,
    CheckIn,
    CompetencyGrowth,
    Goal,
    Meeting,
    Person,
    ProgramReportData,
    RelationshipReportData,
    ReportOptions,
    batch,
    build_batch,
    build_program_report,
    build_relationship_report,
    textguard,
)
from mentordesk.reports import fonts as report_fonts
from mentordesk.reports import styles as report_styles
from mentordesk.reports.data import sample_program, sample_relationship

from .conftest import ROOT

OPTIONS = ReportOptions(company_name="Acme", generated_on=date(2025, 3, 1), include_notes=True)
HOSTILE = settings(max_examples=12, deadline=None, derandomize=True,
                   suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                          HealthCheck.large_base_example])

# ------------------------------------------------------------------ hostile text

ARABIC = st.characters(min_codepoint=0x0621, max_codepoint=0x064A)
HEBREW = st.characters(min_codepoint=0x05D0, max_codepoint=0x05EA)
CJK = st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF)
HANGUL = st.characters(min_codepoint=0xAC00, max_codepoint=0xD7A3)
EMOJI = st.sampled_from("😀🎉👍🏽🧑‍💻🇩🇪❤️🫠🥹🪿🀄🀁🂡✅💪")
MARKS = st.characters(min_codepoint=0x0300, max_codepoint=0x036F)
INVISIBLE = st.sampled_from("\u200b\u200c\u200d\u200e\u200f\u202e\u2066\ufeff\u00ad\x00\x1b\x7f\x85\u2028\ufe0f")
LATIN = st.sampled_from(string.ascii_letters)


def _repeat(alphabet: st.SearchStrategy[str], lo: int = 300, hi: int = 2500) -> st.SearchStrategy[str]:
    """A long run drawn from one alphabet: seeds a few characters, repeats them."""
    return st.builds(lambda seed, n: (seed * (n // max(1, len(seed)) + 1))[:n],
                     st.text(alphabet, min_size=1, max_size=12), st.integers(lo, hi))


HOSTILE_TEXT = st.one_of(
    st.text(max_size=60),  # anything Unicode has, short
    _repeat(LATIN),  # one 2,000-letter word, no space
    _repeat(st.sampled_from("Anna Maria ")),  # long, with spaces
    st.builds(lambda n: "https://example.com/" + "path/segment?q=1&" * n, st.integers(20, 150)),  # a URL
    _repeat(CJK), _repeat(HANGUL), _repeat(ARABIC | st.just(" ")), _repeat(HEBREW),
    st.builds(lambda b, m, n: (b + m * 40) * n, LATIN, MARKS, st.integers(1, 80)),  # "Zalgo"
    _repeat(INVISIBLE | LATIN, 200, 3000), _repeat(EMOJI | st.just(" "), 50, 800),
    st.builds(lambda n: "line\n" * n, st.integers(50, 3000)),  # thousands of line breaks
    st.builds(lambda n: "<b>&amp;</para>" * n, st.integers(1, 400)),  # markup
    st.text(max_size=4000),
)


def flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


def pdf_text(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) >= 1
    return "\n".join(page.extract_text() for page in reader.pages)


def latin_start(name: str) -> str:
    """The generated names start with 3 to 8 plain letters: the part every report must show."""
    return re.match(r"[A-Za-z]{3,8}", name)[0]


def bare(text: str) -> str:
    """Without combining marks: a letter followed by marks reads back composed ("y" + ring = "ẙ")."""
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


def assert_shows_start(pdf: bytes, start: str) -> None:
    """The PDF reads back and holds `start` (of a long name) as real text."""
    assert start and bare(start) in bare(flat(pdf_text(pdf))), start


@st.composite
def relationships(draw: st.DrawFn, text: st.SearchStrategy[str] = HOSTILE_TEXT) -> RelationshipReportData:
    start = draw(st.dates(max_value=date(9980, 1, 1)))
    day = st.dates()  # year 1 to 9999: month bands and axes must cope
    meetings = draw(st.lists(st.builds(Meeting, day, st.integers(0, 600),
                                       st.sampled_from(["held", "missed_by_mentor", "cancelled", "??"]) | text,
                                       text, text), max_size=6))
    # the count matters, not the variety: up to 500 meetings repeat the drawn ones
    n_meetings = draw(st.sampled_from([0, 1, 12, 500]))
    meetings = [replace(meetings[i % len(meetings)], held_on=start + timedelta(days=7 * i))
                for i in range(n_meetings)] if meetings else []
    checkins = draw(st.lists(st.builds(CheckIn, day, st.sampled_from(["mentor", "mentee"]) | text,
                                       st.dictionaries(text, st.integers(1, 5), max_size=4), text), max_size=8))
    name = draw(st.text(LATIN, min_size=3, max_size=8)) + draw(text)
    return RelationshipReportData(
        program_name=draw(text),
        mentor=Person(name, draw(text), draw(text)),
        mentee=Person(draw(text), draw(text), draw(text)),
        start_date=start, planned_end_date=start + timedelta(days=365),
        current_stage=draw(st.integers(-3, 9)), stage_started={1: start},
        status=draw(st.sampled_from(["active", "completed", "ended_early"]) | text),
        planned_meetings_to_date=draw(st.integers(0, 10_000)),
        attendance_rate=draw(st.none() | st.floats(0, 1)),
        mentoring_hours=draw(st.floats(0, 1e6)),
        goals=draw(st.lists(st.builds(Goal, text, st.sampled_from(["open", "achieved", "dropped"]) | text,
                                      st.integers(-50, 500), st.none() | day), max_size=40)),
        meetings=tuple(meetings),
        competencies=draw(st.lists(st.builds(CompetencyGrowth, text, st.floats(0, 5), st.floats(0, 5),
                                             st.floats(0, 5)), max_size=70)),
        checkins=tuple(checkins),
        hr_summary=draw(text), next_steps=draw(text),
    )


def programs(text: st.SearchStrategy[str] = HOSTILE_TEXT) -> st.SearchStrategy[ProgramReportData]:
    row = st.builds(BreakdownRow, text, st.integers(0, 999), st.integers(0, 999), st.none() | st.floats(0, 1),
                    st.integers(0, 99), st.integers(0, 99), st.integers(0, 99), st.none() | st.floats(0, 1),
                    st.floats(0, 1e5), st.integers(0, 99), st.integers(0, 99), st.none() | st.floats(1, 5))
    return st.builds(
        lambda prefix, name, **kw: replace(sample_program(), name=prefix + name, **kw),
        st.text(LATIN, min_size=3, max_size=8), text,
        purpose=text, business_goal=text, kind=text,
        checkin_averages=st.dictionaries(text, st.floats(1, 5), max_size=60),
        by_branch=st.lists(row, max_size=60), by_department=st.lists(row, max_size=5),
        needs_attention=st.lists(st.builds(AttentionItem, text, text, text), max_size=120),
    )


@HOSTILE
@given(relationships(), HOSTILE_TEXT)
def test_relationship_report_survives_hostile_data(data: RelationshipReportData, company: str) -> None:
    buf = io.BytesIO()
    build_relationship_report(data, replace(OPTIONS, company_name=company), buf)
    assert_shows_start(buf.getvalue(), latin_start(data.mentor.name))


@HOSTILE
@given(programs(), HOSTILE_TEXT)
def test_program_summary_survives_hostile_data(data: ProgramReportData, company: str) -> None:
    buf = io.BytesIO()
    build_program_report(data, replace(OPTIONS, company_name=company), buf)
    assert_shows_start(buf.getvalue(), latin_start(data.name))


@settings(HOSTILE, max_examples=4)
@given(st.lists(relationships(), min_size=1, max_size=3))
def test_batch_survives_hostile_data(tmp_path_factory: pytest.TempPathFactory,
                                     items: list[RelationshipReportData]) -> None:
    folder = tmp_path_factory.mktemp("batch")
    written = build_batch(items, OPTIONS, out_dir=folder, workers=1)
    assert len(written) == len(items)
    for item, path in zip(items, written, strict=True):
        assert_shows_start(path.read_bytes(), latin_start(item.mentor.name))
    combined = build_batch(items, OPTIONS, combined_path=folder / "all.pdf", workers=1)
    text = bare(flat(pdf_text(combined[0].read_bytes())))
    assert all(bare(latin_start(i.mentor.name)) in text for i in items)


# The cases from the issue, by hand: each form of a 2,000-character name in every place a name goes.
# (name, the start every report must show as text: invisible characters are not printed)
LONG_NAMES = {
    "no spaces": ("Bartholomew" + "x" * 1989, "Bartholome"),
    "spaces": (("Anna Maria Gonzalez " * 100)[:2000], "AnnaMariaG"),
    "url": ("https://intranet.example.com/" + "people/" * 282, "https://in"),
    "cjk": ("王小明" * 667, "王小明王小明王小明王"),
    "emoji": ("Zoë😀" * 400, "Zoë😀Zoë😀Zo"),
    "zero width": ("Ana\u200b" * 500, "AnaAnaAnaA"),
}
POOLED = {"no spaces", "cjk"}  # through worker processes, as the batch ran (slow: two forms only)


@pytest.mark.parametrize("form", LONG_NAMES)
def test_a_2000_character_name_everywhere(tmp_path: Path, form: str) -> None:
    name, start = LONG_NAMES[form]
    data = replace(sample_relationship(mentor=name, mentee=name, n_meetings=500), program_name=name,
                   mentor=Person(name, name, name), mentee=Person(name, name, name),
                   goals=tuple(Goal(name) for _ in range(30)), hr_summary=name, next_steps=name,
                   competencies=tuple(CompetencyGrowth(name, 1, 2, 3) for _ in range(40)))
    options = replace(OPTIONS, company_name=name)
    buf = io.BytesIO()
    build_relationship_report(data, options, buf)
    assert_shows_start(buf.getvalue(), start)

    program = replace(sample_program(), name=name, purpose=name, business_goal=name, kind=name,
                      checkin_averages={name + str(i): 3.0 for i in range(40)},
                      by_branch=tuple(replace(sample_program().by_branch[0], label=name) for _ in range(30)),
                      needs_attention=tuple(AttentionItem(name, name, name) for _ in range(60)))
    buf = io.BytesIO()
    build_program_report(program, options, buf)
    assert_shows_start(buf.getvalue(), start)

    pooled = form in POOLED
    items = [data] * (batch.PARALLEL_THRESHOLD if pooled else 2)
    written = build_batch(items, options, out_dir=tmp_path / "each", workers=2 if pooled else 1)
    assert len(written) == len(items)
    for path in written:
        assert_shows_start(path.read_bytes(), start)
        assert len(path.name.encode()) <= 255


# ------------------------------------------------------------------ batch workers die with their parent

BATCH_CHILD = """
import sys
from datetime import date
from pathlib import Path
from mentordesk.reports import ReportOptions, build_batch
from mentordesk.reports.data import sample_relationship
items = [sample_relationship(seed=i, n_meetings=200) for i in range(400)]
build_batch(items, ReportOptions("Acme", date(2025, 3, 1)), out_dir=Path(sys.argv[1]), workers=2)
"""


def _stat(pid: int) -> tuple[int, str, int] | None:
    """(parent pid, state, start time) of a live process, None once it is gone."""
    try:
        raw = Path(f"/proc/{pid}/stat").read_text()
    except (FileNotFoundError, ProcessLookupError):
        return None
    fields = raw[raw.rindex(")") + 2:].split()
    return int(fields[1]), fields[0], int(fields[19])


def _descendants(root: int) -> dict[int, int]:
    """Every live descendant of `root`: pid -> start time (so a reused pid is not mistaken for it)."""
    parent_of: dict[int, tuple[int, int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit() and (st_ := _stat(int(entry.name))) and st_[1] != "Z":
            parent_of[int(entry.name)] = (st_[0], st_[2])
    found: dict[int, int] = {}
    frontier = [root]
    while frontier:
        p = frontier.pop()
        for pid, (ppid, started) in parent_of.items():
            if ppid == p and pid not in found:
                found[pid] = started
                frontier.append(pid)
    return found


def _alive(pid: int, started: int) -> bool:
    st_ = _stat(pid)
    return st_ is not None and st_[2] == started and st_[1] != "Z"  # a zombie has ended


# Loaded by every process of the batch (parent and spawned workers) through PYTHONPATH: turns
# off Linux's death signal, so only the portable mechanism (the parent-watch thread) is left,
# as on Windows and macOS.
WITHOUT_PDEATHSIG = """
import mentordesk.process_life as life
life._linux_death_signal = lambda: None
"""


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads the process table from /proc")
@pytest.mark.parametrize("mechanisms", ["all", "portable only"])
def test_batch_workers_end_when_the_batch_is_killed(tmp_path: Path, mechanisms: str) -> None:
    path = [str(ROOT)]
    if mechanisms == "portable only":
        (tmp_path / "site").mkdir()
        (tmp_path / "site" / "sitecustomize.py").write_text(WITHOUT_PDEATHSIG)
        path.insert(0, str(tmp_path / "site"))
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(path)}
    child = subprocess.Popen([sys.executable, "-c", BATCH_CHILD, str(tmp_path / "out")], env=env,
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    workers: dict[int, int] = {}
    try:
        # wait (bounded) until both workers run and the first reports are written: mid-batch for sure
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and child.poll() is None:
            workers = _descendants(child.pid)
            spawned = [p for p in workers if b"multiprocessing" in Path(f"/proc/{p}/cmdline").read_bytes()
                       ] if workers else []
            if len(spawned) >= 2 and any((tmp_path / "out").glob("*.pdf")):
                break
            time.sleep(0.05)
        else:
            pytest.fail(f"the batch never got going: {child.stderr.read().decode()[-2000:] if child.poll() else ''}")
        assert len(workers) >= 2, workers
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=30)
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline and any(_alive(p, s) for p, s in workers.items()):
            time.sleep(0.05)
        survivors = [p for p, s in workers.items() if _alive(p, s)]
        assert not survivors, f"worker processes outlived the killed batch: {survivors}"
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
        for pid, started in workers.items():  # never leave strays behind, even when the test failed
            if _alive(pid, started):
                os.kill(pid, signal.SIGKILL)


# ------------------------------------------------------------------ the guard, as a property


ROOMS = [textguard.NAME, textguard.LABEL, textguard.CELL, textguard.PROSE, textguard.LINE]


@settings(HOSTILE, max_examples=60)
@given(HOSTILE_TEXT, st.sampled_from(ROOMS))
def test_guard_bounds_every_text_to_its_room(text: str, room: textguard.Room) -> None:
    out = textguard.clean(text, room)
    assert len(out) <= room.chars
    assert out.count("\n") < room.lines
    assert not [c for c in out if unicodedata.category(c) in ("Cc", "Cf", "Cs") and c != "\n"]


@settings(HOSTILE, max_examples=40)
@given(HOSTILE_TEXT)
def test_a_cell_of_any_text_stays_far_below_a_page(text: str) -> None:
    """The narrowest column that holds free text (a mentor's name in the
    attention list, ~100 pt) at the cell size: even the worst text in a
    cell's room leaves most of a page, so a table row always fits, and no
    line runs out of its column."""
    from reportlab.platypus import Paragraph

    frame_h = 842 - 47 * 72 / 25.4  # A4 less the top and bottom margins
    for room, width in ((textguard.NAME, 100), (textguard.LABEL, 180), (textguard.CELL, 280)):
        para = Paragraph(report_styles.escape_text(text, room=room), report_styles.styles()["cell"])
        _, height = para.wrap(width, frame_h)
        assert height < frame_h * 0.9, (room, height)
        # and unbroken runs (a 2,000-letter word, a URL, CJK) break inside the column: no line overflows it
        slack = [line.extraSpace if hasattr(line, "extraSpace") else line[0] for line in para.blPara.lines]
        assert min(slack, default=0) >= -0.5, (room, min(slack))


# ------------------------------------------------------------------ the last resort

def _giant_row(chars: int = 8_000) -> list:
    """One table row far taller than a page, built without the guard: what the
    guard would let through if a future change forgot it somewhere."""
    from reportlab.platypus import Paragraph, Table

    text = "Unguarded " + "w" * chars
    return [Paragraph("Before the giant row", report_styles.styles()["body"]),
            Table([[Paragraph(text, report_styles.styles()["cell"])]], colWidths=[200]),
            Paragraph("After the giant row", report_styles.styles()["body"])]


def _nested_table() -> list:
    """A long table inside one cell of another (like a chart beside a table):
    the outer row cannot split, and it is too wide for the page as well."""
    from reportlab.platypus import Table

    inner = Table([[f"Nested row {i}"] for i in range(120)])
    return [Table([["Before the giant row", inner, "x" * 200]])]


def _tall_drawing() -> list:
    from reportlab.graphics.shapes import Drawing, String

    d = Drawing(300, 3000)
    d.add(String(0, 2990, "Top of a drawing taller than a page"))
    return [d]


UNPLACEABLE = {"a row taller than a page": (_giant_row, ("Beforethegiantrow", "Unguardedwww", "Afterthegiantrow")),
               "a nested table": (_nested_table, ("Beforethegiantrow", "Nestedrow0", "Nestedrow119")),
               "a drawing": (_tall_drawing, ("Topofadrawing",))}


@pytest.mark.parametrize("case", UNPLACEABLE)
def test_an_unplaceable_flowable_is_sliced_not_fatal(case: str) -> None:
    story, expected_texts = UNPLACEABLE[case]
    from reportlab.platypus import SimpleDocTemplate
    from reportlab.platypus.doctemplate import LayoutError

    with pytest.raises(LayoutError):  # what reportlab alone does with it
        SimpleDocTemplate(io.BytesIO()).build(story())
    buf = io.BytesIO()
    report_styles.render(story(), OPTIONS, "Test", buf)
    text = flat(pdf_text(buf.getvalue()))
    for expected in expected_texts:
        assert expected in text


def test_a_runaway_flowable_is_cut_with_a_note() -> None:
    from mentordesk.reports.overflow import CUT_NOTE

    buf = io.BytesIO()
    report_styles.render(_giant_row(40_000), OPTIONS, "Test", buf)
    reader = PdfReader(io.BytesIO(buf.getvalue()))
    text = "\n".join(p.extract_text() for p in reader.pages)
    assert flat(CUT_NOTE) in flat(text)
    assert "After the giant row" in text
    assert len(reader.pages) <= 6  # bounded, not hundreds of pages


# ------------------------------------------------------------------ emoji

EMOJI_SAMPLES = "😀🎉👍🚀💪🔥🪿🫠🥹"


def _no_font_has(category: str = "So") -> str:
    """A symbol no embedded font draws (found, not hard-coded), for the stand-in."""
    report_styles.register_fonts()
    for cp in range(0x1F000, 0x1FB00):
        ch = chr(cp)
        if unicodedata.category(ch) == category and unicodedata.name(ch, "") and \
                report_fonts._font_for(ch, False)[1] != ch:
            return ch
    pytest.skip("every symbol has a font")


def test_emoji_print_as_glyphs_or_named_stand_ins(tmp_path: Path) -> None:
    missing = _no_font_has()
    name = f"Ana {EMOJI_SAMPLES} López {missing}"
    data = replace(sample_relationship(mentor=name), hr_summary=f"Great 💪 progress {missing}",
                   program_name="Rocket 🚀")
    pdf = tmp_path / "emoji.pdf"
    build_relationship_report(data, replace(OPTIONS, company_name="Acme 🚀"), pdf)
    reader = PdfReader(pdf)
    text = "\n".join(p.extract_text() for p in reader.pages)
    for ch in EMOJI_SAMPLES:
        assert ch in text, ch  # real text: searchable, copyable
    assert f"[{unicodedata.name(missing).lower()}]" in text
    assert "\ufffd" not in text and missing not in text
    # the emoji font is embedded (a subset), so no viewer substitutes boxes
    fonts = {}
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            fonts[str(font["/BaseFont"])] = font
    emoji = [f for n, f in fonts.items() if "NotoEmoji" in n]
    assert emoji, sorted(fonts)
    descriptor = emoji[0]["/FontDescriptor"].get_object()
    assert "/FontFile2" in descriptor
    # and the page really shows ink where the emoji are (not blank boxes): see the look test in the report
    png = subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", str(pdf), str(tmp_path / "p")],
                         capture_output=True, check=False)
    if png.returncode == 0:
        assert next(tmp_path.glob("p*.png")).stat().st_size > 1000


def test_every_emoji_the_font_lacks_is_never_a_box() -> None:
    """Each character ends up in a font that has it, or as a stand-in."""
    report_styles.register_fonts()
    checked = 0
    for cp in list(range(0x1F300, 0x1FAFF)) + list(range(0x2600, 0x27C0)):
        ch = chr(cp)
        if unicodedata.category(ch) != "So":
            continue
        font, text = report_fonts._font_for(ch, False)
        if text == ch:
            cmap = pdfmetrics.getFont(font or report_fonts.FONT).face.charToGlyph
            assert cp in cmap, hex(cp)
        else:
            assert text.startswith("[") and text.endswith("]"), hex(cp)
        checked += 1
    assert checked > 1000


# ------------------------------------------------------------------ end to end: a real file, the real CLI

def _make_names_hostile(path: Path) -> tuple[str, list[str]]:
    """Every person gets a 2,000-character name (a different start each), the
    program a purpose of 2,000 characters with emoji, and one meeting a note of
    5,000 line breaks -- as a branch file or an import could bring them."""
    import sqlite3

    con = sqlite3.connect(path)
    try:
        starts = []
        for i, (pid,) in enumerate(con.execute("SELECT id FROM people ORDER BY employee_id").fetchall()):
            start = f"Person{i:03d}"
            starts.append(start)
            con.execute("UPDATE people SET name = ?, department = ? WHERE id = ?",
                        (start + "x" * 1991, "Dept " * 400, pid))
        con.execute("UPDATE programs SET purpose = ?", ("Grow 🌱 leaders " * 125,))
        con.execute("UPDATE meetings SET notes = ? WHERE rowid = (SELECT min(rowid) FROM meetings)", ("n\n" * 5000,))
        (program,) = con.execute("SELECT name FROM programs").fetchone()
        con.commit()
    finally:
        con.close()
    return program, starts


@pytest.mark.slow
def test_cli_reports_of_a_file_with_2000_character_names(home: Path, demo_file: Path) -> None:
    from tests.adversarial.conftest import run_cli

    program, starts = _make_names_hostile(demo_file)
    out = home / "reports"
    each = run_cli(home, "--db", str(demo_file), "report", "--program", program, "--each", "--out-dir", str(out),
                   "--include-notes", timeout=600)
    assert each.returncode == 0, each.stderr
    pdfs = sorted(out.glob("*.pdf"))
    assert len(pdfs) >= batch.PARALLEL_THRESHOLD  # the batch ran through worker processes
    shown = set()
    for pdf in pdfs:
        text = flat(pdf_text(pdf.read_bytes()))
        shown |= {s for s in starts if s in text}
    assert len(shown) >= len(pdfs)  # every report names its pair, each a real start of a long name

    summary = run_cli(home, "--db", str(demo_file), "report", "--program", program, "--out",
                      str(home / "summary.pdf"))
    assert summary.returncode == 0, summary.stderr
    text = pdf_text((home / "summary.pdf").read_bytes())
    assert "Grow 🌱 leaders" in text


@pytest.mark.parametrize("logo", ["x" * 5000, "logo\x00.png", "/", __file__], ids=["too long", "NUL", "a folder",
                                                                                   "not an image"])
def test_a_broken_logo_costs_only_the_logo(logo: str) -> None:
    buf = io.BytesIO()
    build_relationship_report(sample_relationship(), replace(OPTIONS, logo_path=logo), buf)
    assert "Mentoring relationship report" in pdf_text(buf.getvalue())
