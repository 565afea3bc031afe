"""Issue 15: the reports' paragraphs (`flowables.Para`) remember their last wrap, so a table
cell measured two or three times per layout breaks its lines once.

The remembered wrap must never differ from a fresh one: every sequence of wraps, splits and
draws gives the same sizes, pieces and page content as reportlab's own Paragraph.
"""

from __future__ import annotations

import io
import random
from datetime import date

import pytest
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph
from reportlab.platypus import paragraph as rl_paragraph

from mentordesk.reports import ReportOptions, build_relationship_report
from mentordesk.reports.data import sample_relationship
from mentordesk.reports.flowables import Para
from mentordesk.reports.styles import FONT, escape_text, register_fonts, styles

TEXTS = [
    "Short",
    "A goal with a longer title that wraps over several lines in a narrow cell of the goals table",
    "<b>Bold</b> and <i>italic</i> words, then a line break<br/>and more text after it, " * 3,
    escape_text("王小明 and محمد عبد الله met on Tuesday; Zoë brought the notes " * 4),
]


@pytest.fixture
def breaks(monkeypatch) -> list[int]:
    """Counts reportlab's line breaking (the work the memo saves)."""
    calls: list[int] = []
    real = rl_paragraph.Paragraph.breakLines

    def counted(self, *args, **kwargs):
        calls.append(1)
        return real(self, *args, **kwargs)

    monkeypatch.setattr(rl_paragraph.Paragraph, "breakLines", counted)
    return calls


def test_a_second_wrap_at_the_same_width_breaks_no_lines(breaks: list[int]) -> None:
    register_fonts()
    p = Para(TEXTS[1], styles()["cell"])
    first = p.wrap(120, 500)
    assert len(breaks) == 1
    assert p.wrap(120, 300) == first and len(breaks) == 1
    assert p.wrap(200, 500) != first and len(breaks) == 2  # another width: broken again
    assert p.wrap(120, 500) == first and len(breaks) == 3
    p.drawOn(Canvas(io.BytesIO(), initialFontName=FONT), 0, 0)
    assert p.wrap(120, 500) == first and len(breaks) == 4  # a draw forgets


def _ops(rnd: random.Random) -> list[tuple]:
    widths = [40, 95.5, 120, 300]
    ops = []
    for _ in range(rnd.randrange(2, 9)):
        kind = rnd.choice(["wrap", "wrap", "wrap", "split", "draw"])
        ops.append((kind, rnd.choice(widths), rnd.choice([12, 30, 60, 500])))
    return ops


def _run(cls: type, text: str, style_name: str, ops: list[tuple]) -> tuple[list, str]:
    """What a paragraph answers to `ops`, and the page its pieces draw."""
    canvas = Canvas(io.BytesIO(), initialFontName=FONT)
    live = [cls(text, styles()[style_name])]
    answers: list = []
    y = 700
    for kind, width, height in ops:
        p = live[-1]
        if kind == "wrap":
            answers.append(p.wrap(width, height))
        elif kind == "split":
            parts = p.split(width, height)
            assert all(type(x) is cls for x in parts)  # the pieces remember too
            answers.append([x.wrap(width, 10_000) for x in parts])
            if parts:
                live = parts
        else:
            p.wrap(width, 10_000)
            p.drawOn(canvas, 20, y)
            y -= 40
    return answers, "\n".join(canvas._code)


@pytest.mark.parametrize("seed", range(40))
def test_the_remembered_wrap_answers_as_a_fresh_one(seed: int) -> None:
    register_fonts()
    rnd = random.Random(seed)
    text, style_name = rnd.choice(TEXTS), rnd.choice(["cell", "body", "small", "cell_right"])
    ops = _ops(rnd)
    assert _run(Para, text, style_name, ops) == _run(Paragraph, text, style_name, ops), (text, ops)


def test_a_report_breaks_each_paragraph_about_once(monkeypatch, breaks: list[int]) -> None:
    """A whole report: far fewer line breakings than reportlab's own repeated wraps made."""
    data = sample_relationship(n_meetings=30)
    build_relationship_report(data, ReportOptions("Acme", date(2025, 6, 1)), io.BytesIO())
    remembered = len(breaks)
    breaks.clear()
    monkeypatch.setattr(Para, "wrap", Paragraph.wrap)  # the same report without the memo
    build_relationship_report(data, ReportOptions("Acme", date(2025, 6, 1)), io.BytesIO())
    assert remembered * 2 < len(breaks), (remembered, len(breaks))
