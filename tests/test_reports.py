"""Relationship and program PDFs: opened with pypdf and checked for what an
executive would read, plus hostile text, privacy variants and page sizes."""

from __future__ import annotations

import io
import os
import re
import shutil
import subprocess
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from mentordesk.reports import (
    CheckIn,
    Goal,
    GoalStatus,
    Meeting,
    MeetingOutcome,
    Person,
    ReportOptions,
    build_program_report,
    build_relationship_report,
    escape_text,
)
from mentordesk.reports.data import sample_program, sample_relationship
from mentordesk.reports.styles import CJK_FONT, visual_order

OPTIONS = ReportOptions(company_name="Nordlicht Consulting GmbH", generated_on=date(2024, 11, 20))
HOSTILE = [
    "<b>bold?</b>",
    "Fish & Chips",
    "<script>alert(1)</script>",
    "<para",
    "<font name='x' unclosed",
    "happy 😀",
    "مريم",
    "王小明",
]


def render(data=None, options=OPTIONS) -> tuple[PdfReader, str]:
    buf = io.BytesIO()
    build_relationship_report(data or sample_relationship(), options, buf)
    reader = PdfReader(io.BytesIO(buf.getvalue()))
    text = "\n".join(p.extract_text() for p in reader.pages)
    return reader, text


def flat(text: str) -> str:
    """pypdf puts line breaks where the layout wrapped; compare without them."""
    return re.sub(r"\s+", " ", text)


def test_relationship_report_pages_names_and_figures():
    data = sample_relationship()
    reader, text = render(data)
    assert 1 <= len(reader.pages) <= 4
    for name in ("María José Núñez", "Zoë Ødegaard", "Leadership Mentoring 2024"):
        assert name in text
    held = sum(1 for m in data.meetings if m.outcome == MeetingOutcome.HELD)
    assert f"{round(data.attendance_rate * 100)}%" in text
    assert f"{held} / {data.planned_meetings_to_date}" in text
    achieved = sum(1 for g in data.goals if g.status == GoalStatus.ACHIEVED)
    live = sum(1 for g in data.goals if g.status != GoalStatus.DROPPED)
    assert f"{achieved} / {live}" in text
    assert "Learning and application" in text
    assert "Page 1 of" in text
    assert "HR manager" in text  # signature line


@pytest.mark.parametrize("name", ["Αλέξανδρος Παπαδόπουλος", "Дмитрий Иванов", "Zoë Ødegaard"])
def test_non_latin_names_extract_literally(name):
    data = replace(sample_relationship(), mentee=Person(name, "Ventas", "Αθήνα"))
    _, text = render(data)
    assert name in text
    assert "Αθήνα" in text


def test_hostile_text_renders_literally():
    base = sample_relationship(n_meetings=6)
    data = replace(
        base,
        mentor=Person(HOSTILE[0], HOSTILE[1], HOSTILE[3]),
        mentee=Person(HOSTILE[2], HOSTILE[4], HOSTILE[6]),
        program_name=" ".join(HOSTILE),
        goals=tuple(Goal(h, GoalStatus.OPEN, 10) for h in HOSTILE),
        meetings=tuple(replace(m, topics=h) for m, h in zip(base.meetings, HOSTILE, strict=False)),
        hr_summary="\n".join(HOSTILE),
        next_steps="a < b && c > d",
    )
    reader, text = render(data, replace(OPTIONS, company_name="<Evil & Co>"))
    assert 1 <= len(reader.pages) <= 4
    for literal in ("<b>bold?</b>", "Fish & Chips", "<script>alert(1)</script>", "<para", "<font name='x' unclosed",
                    "a < b && c > d", "<Evil & Co>", "王小明"):
        assert literal in text, literal
    # the emoji is drawn (DejaVu has it) but reportlab's ToUnicode map writes
    # non-BMP code points in a form pypdf rejects, so it cannot be extracted
    assert "happy" in text


def test_cjk_and_rtl_use_fallbacks_not_boxes():
    assert escape_text("王小明") == f'<font name="{CJK_FONT}">王小明</font>'
    assert escape_text("<a&b>") == "&lt;a&amp;b&gt;"
    assert escape_text("x\ny") == "x<br/>y"
    assert escape_text("tab\there\x00") == "tab here"
    # right-to-left runs are reversed into visual order, digits keep theirs
    assert visual_order("Abc שלום 123 עולם x") == "Abc םלוע 123 םולש x"
    # Arabic letters are joined: no base (unjoined) Arabic letters remain
    shaped = visual_order("مريم")
    assert len(shaped) == 4 and all(0xFE70 <= ord(c) <= 0xFEFF for c in shaped)
    # oblique faces lack Arabic: italic text falls back to the upright face
    assert 'name="DejaVuSans"' in escape_text("مريم", italic=True)


def test_three_hundred_meetings_summarised():
    reader, text = render(sample_relationship(n_meetings=300))
    assert len(reader.pages) <= 4
    assert "All 300 meetings" in flat(text)
    assert "12 most recent of 300" in flat(text)


def test_notes_only_with_include_notes():
    data = sample_relationship(n_meetings=12)
    _, text = render(data)
    assert "Private note" not in text
    _, text = render(data, replace(OPTIONS, include_notes=True))
    assert "Private note 12" in flat(text)


def test_manager_variant_has_no_comments_or_notes():
    data = sample_relationship(n_meetings=12)
    _, text = render(data)
    assert "comment after month" in text
    manager = replace(OPTIONS, include_notes=True).manager_variant()
    _, text = render(data, manager)
    assert "comment after month" not in text
    assert "Private note" not in text
    assert "Mentoring hours" in text  # the figures stay


def test_page_sizes():
    a4, _ = render(options=replace(OPTIONS, page_size="A4"))
    letter, _ = render(options=replace(OPTIONS, page_size="Letter"))
    assert [round(float(v)) for v in a4.pages[0].mediabox.upper_right] == [595, 842]
    assert [round(float(v)) for v in letter.pages[0].mediabox.upper_right] == [612, 792]


def test_long_text_flows_and_huge_notes_do_not_break_layout():
    essay = " ".join(["The mentee presented the quarterly review and handled hard questions well."] * 120)
    base = sample_relationship(n_meetings=20)
    data = replace(base, hr_summary=essay,
                   meetings=tuple(replace(m, notes="x" * 9000, topics="y " * 2000) for m in base.meetings))
    reader, text = render(data, replace(OPTIONS, include_notes=True))
    assert len(reader.pages) >= 2
    assert "handled hard questions well" in text


def test_empty_relationship_renders():
    data = replace(sample_relationship(), goals=(), meetings=(), competencies=(), checkins=(),
                   planned_meetings_to_date=0, attendance_rate=None, mentoring_hours=0, hr_summary="",
                   current_stage=1, stage_started={})
    reader, text = render(data)
    assert len(reader.pages) == 1
    assert "n/a" in text and "No meetings recorded yet." in text


def test_unknown_outcome_and_checkin_strings_tolerated():
    base = sample_relationship(n_meetings=3)
    data = replace(base, meetings=base.meetings + (Meeting(date(2024, 12, 1), 30, "postponed"),),
                   checkins=(CheckIn(date(2024, 5, 1), "mentee", {"Q": 4}, ""),))
    _, text = render(data)
    assert "Postponed" in text or "postponed" in text


def test_path_output_is_owner_only_and_atomic(tmp_path: Path):
    out = tmp_path / "report.pdf"
    build_relationship_report(sample_relationship(), OPTIONS, out)
    assert out.stat().st_mode & 0o777 == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["report.pdf"]
    assert len(PdfReader(out).pages) >= 1


def test_missing_logo_is_ignored_and_real_logo_drawn(tmp_path: Path):
    from PIL import Image

    logo = tmp_path / "logo.png"
    Image.new("RGB", (200, 80), (31, 58, 95)).save(logo)
    for path in (logo, tmp_path / "missing.png"):
        buf = io.BytesIO()
        build_relationship_report(sample_relationship(), replace(OPTIONS, logo_path=path), buf)
        assert buf.getvalue().startswith(b"%PDF")


def test_program_report_figures():
    data = sample_program()
    buf = io.BytesIO()
    build_program_report(data, OPTIONS, buf)
    reader = PdfReader(io.BytesIO(buf.getvalue()))
    text = flat("\n".join(p.extract_text() for p in reader.pages))
    assert 1 <= len(reader.pages) <= 4
    for expected in ("86%", "41 / 77", "84%", "412.5 h", "Active: 14", "Completed: 4", "Ended early: 2",
                     "Kraków", "Customer Service", "Αλέξανδρος Παπαδόπουλος", "Dmitrij Petrov",
                     "Fill 60% of new team-lead positions", "Results against the purpose", "By branch",
                     "By department", "I feel listened to"):
        assert expected in text, expected


def _ppm_nonwhite_fraction(ppm: bytes) -> float:
    # binary PPM: "P6\n<w> <h>\n<max>\n" then RGB bytes
    parts = ppm.split(maxsplit=4)
    assert parts[0] == b"P6"
    w, h = int(parts[1]), int(parts[2])
    pixels = parts[4][: w * h * 3]
    nonwhite = sum(1 for i in range(0, len(pixels), 3 * 7) if pixels[i : i + 3] != b"\xff\xff\xff")
    return nonwhite / (len(pixels) / (3 * 7))


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="pdftoppm (poppler-utils) is not installed")
def test_first_page_rasterises_not_blank(tmp_path: Path):
    pdf = tmp_path / "r.pdf"
    build_relationship_report(sample_relationship(), OPTIONS, pdf)
    subprocess.run(["pdftoppm", "-r", "30", "-f", "1", "-l", "1", str(pdf), str(tmp_path / "page")], check=True,
                   env={**os.environ, "LC_ALL": "C"})
    ppm = next(tmp_path.glob("page*.ppm")).read_bytes()
    frac = _ppm_nonwhite_fraction(ppm)
    assert 0.02 < frac < 0.9, frac


def test_program_report_hostile_and_empty():
    from mentordesk.reports import AttentionItem, BreakdownRow

    data = replace(
        sample_program(),
        name="<b>Prog</b> & Co",
        purpose="<script>alert(1)</script>",
        business_goal="<para",
        by_branch=(BreakdownRow("王小明 <font", 1, 1, None, 0, 0, 0, None, 0, 0, 0, None),),
        by_department=(),
        needs_attention=(AttentionItem("مريم", "Дмитрий", "& <b>"),),
        checkin_averages={},
    )
    buf = io.BytesIO()
    build_program_report(data, OPTIONS, buf)
    text = flat("\n".join(p.extract_text() for p in PdfReader(io.BytesIO(buf.getvalue())).pages))
    for literal in ("<b>Prog</b> & Co", "<script>alert(1)</script>", "王小明 <font", "Дмитрий", "& <b>"):
        assert literal in text, literal
    assert "By department" not in text


def test_completed_relationship_shows_actual_end():
    data = replace(sample_relationship(), status="completed", current_stage=5, end_date=date(2025, 1, 10),
                   stage_started={1: date(2024, 1, 15), 2: date(2024, 3, 1), 3: date(2024, 6, 3),
                                  4: date(2024, 9, 1), 5: date(2024, 12, 1)})
    _, text = render(data)
    assert "Status: Completed" in flat(text)
    assert "10 Jan 2025 (completed)" in flat(text)
    assert "not yet reached" not in text


def _strings(chart) -> list:
    """Every run of text a chart draws, in drawing order."""
    return chart.strings()


def test_checkin_chart_is_two_lines_not_a_legend_row_per_question():
    from mentordesk.reports import charts

    data = sample_relationship()
    questions = {q for c in data.checkins for q in c.scores}
    assert len(questions) >= 4
    texts = [s.text for s in _strings(charts.checkin_chart(data.checkins, 260))]
    assert not any(q in t for q in questions for t in texts), "questions are not chart legend rows"
    assert "Mentor's average" in texts and "Mentee's average" in texts
    assert not any(t.startswith("latest") for t in texts)
    # the questions are in the table beside the chart instead, each once
    _, text = render(data)
    for q in questions:
        assert flat(text).count(q) == 1, q
    assert "Latest" in text and "Change" in text


@pytest.mark.parametrize("days",
                         [(0,), (0, 6), (0, 20, 45), tuple(range(0, 3 * 365, 30)), tuple(range(0, 9 * 365, 60))])
@pytest.mark.parametrize("width", [180, 260, 480])
def test_checkin_date_labels_never_overlap(days, width):
    from datetime import timedelta

    from reportlab.pdfbase.pdfmetrics import stringWidth

    from mentordesk.reports import charts

    start = date(2024, 1, 29)
    checkins = [CheckIn(start + timedelta(days=d), who, {"Q": 1 + (d // 30) % 5})
                for d in days for who in ("mentor", "mentee")]
    drawing = charts.checkin_chart(checkins, width)
    labels = [s for s in _strings(drawing) if re.fullmatch(r"[A-Z][a-z]{2,3} \d{4}", s.text)]  # four-digit years
    assert labels
    spans = []
    for s in labels:
        w = stringWidth(s.text, s.fontName, s.fontSize)
        x0 = {"start": s.x, "middle": s.x - w / 2, "end": s.x - w}[s.textAnchor]
        spans.append((x0, x0 + w))
        assert x0 >= 0 and x0 + w <= width, s.text
    spans.sort()
    assert all(a[1] + 2 <= b[0] for a, b in zip(spans, spans[1:], strict=False)), spans


def test_header_never_blank_without_company_name():
    data = sample_relationship()
    for company, expected in (("", data.program_name), ("  ", data.program_name), ("Acme", "Acme")):
        reader, _ = render(data, replace(OPTIONS, company_name=company))
        for page in reader.pages:
            assert expected in page.extract_text()
    from mentordesk.reports.styles import header_name

    assert header_name(replace(OPTIONS, company_name=""), "") == "MentorDesk"


def test_attendance_wording_matches_the_rule():
    buf = io.BytesIO()
    build_program_report(sample_program(), OPTIONS, buf)
    text = flat("\n".join(p.extract_text() for p in PdfReader(io.BytesIO(buf.getvalue())).pages))
    assert "of planned meetings" not in text
    assert "84% of meetings held" in text
    assert "count against no one" in text
    assert "held ÷ (held + missed)" in text
    _, text = render()
    assert "held ÷ (held + missed)" in text
    assert "Held / planned to date" in text


def test_outcomes_do_not_wrap_and_summary_stays_with_signature():
    data = sample_relationship(n_meetings=40, seed=2)
    reader, text = render(data)
    outcomes = {str(m.outcome) for m in sorted(data.meetings, key=lambda m: m.held_on)[-12:]}
    labels = {"missed_by_mentee": "Missed by mentee", "missed_by_mentor": "Missed by mentor",
              "rescheduled_by_mentor": "Rescheduled by mentor", "rescheduled_by_mentee": "Rescheduled by mentee"}
    shown = [lbl for o, lbl in labels.items() if o in outcomes]
    assert len(shown) >= 3
    for lbl in shown:
        assert lbl in text  # on one line: a wrap would put a line break inside
    last = reader.pages[-1].extract_text()
    assert "HR summary" in last and "HR manager" in last  # kept together
    # where it fits, the closing block follows earlier content instead of
    # sitting alone on a last page
    reader, _ = render(replace(sample_relationship(), competencies=()))
    last = reader.pages[-1].extract_text()
    assert "HR summary" in last and "HR manager" in last
    assert "Comment" in last or "Check-ins" in last


def test_new_relationship_fits_one_page():
    base = sample_relationship(n_meetings=1)
    data = replace(base, goals=base.goals[:3], checkins=(), competencies=(), hr_summary="", next_steps="")
    reader, text = render(data)
    assert len(reader.pages) == 1
    assert "1 meeting:" in text and "No summary written." in text
