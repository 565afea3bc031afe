"""User text made safe for reportlab: Paragraph markup, font runs for canvases and
charts, and one-line fitting.

Paragraph parses an XML-ish mini language and a canvas cannot switch fonts mid-string,
so every name or note a report prints passes through here (after `textguard` has fitted
it to its room) and can never break, blank or box-fill a page.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from .fonts import FONT, _font_for, register_fonts
from .rtl import visual_order
from .textguard import CELL, ELLIPSIS, LINE, Room, clean


def xml_escape(text: str) -> str:
    """`&`, `<` and `>` as entities for reportlab's paragraph markup: what
    `xml.sax.saxutils.escape` does, without its import of `urllib.request` (~13 ms of
    every report command)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")




def _runs(s: object, italic: bool = False, room: Room = CELL) -> list[tuple[str | None, str]]:
    """Split user text into (font or None for the main font, text) runs,
    after the guard has fitted it to its room."""
    register_fonts()
    s = "\n".join(visual_order(line) for line in clean(s, room).split("\n"))
    runs: list[tuple[str | None, str]] = []
    for ch in s:
        font, text = _font_for(ch, italic)
        if runs and runs[-1][0] == font:
            runs[-1] = (font, runs[-1][1] + text)
        else:
            runs.append((font, text))
    return runs


def escape_text(s: object, italic: bool = False, room: Room = CELL) -> str:
    """Make user text safe Paragraph markup that fits its `room` (see textguard).

    Paragraph parses an XML-ish mini language, so raw '<' or '&' in a name or
    a note would raise or, worse, silently change formatting.  Characters the
    main font lacks are switched to a fallback font so they never print as
    empty boxes.  Line breaks the user typed are kept.  Pass italic=True for
    text set in an oblique style, whose faces cover fewer scripts.
    """
    # cached, so a batch of many reports escapes each name once; the key is
    # cut to what the guard reads at most, so a megabyte note is not kept
    return _escape_cached("" if s is None else str(s)[: room.scan], italic, room)


@lru_cache(maxsize=8192)
def _escape_cached(s: str, italic: bool, room: Room) -> str:
    parts = []
    for font, text in _runs(s, italic, room):
        esc = xml_escape(text).replace("\n", "<br/>")
        parts.append(esc if font is None else f'<font name="{font}">{esc}</font>')
    return "".join(parts)


def text_runs(s: object, font: str = FONT, room: Room = LINE) -> list[tuple[str, str]]:
    """For text drawn straight on a canvas or in a chart, which cannot switch
    fonts mid-string: (font name, text) runs, `font` standing for the main
    font.  Single-line: line breaks become spaces."""
    return [(f or font, t) for f, t in _runs(s, room=room)]


def canvas_text(s: object) -> tuple[str, str | None]:
    """The displayable text and, if all of it needs one fallback font, that
    font -- for measuring and shortening labels."""
    runs = _runs(s, room=LINE)
    fonts = {f for f, _ in runs}
    text = "".join(t for _, t in runs)
    return text, (next(iter(fonts)) if len(fonts) == 1 else None)


def fit_width(s: object, font: str, size: float, width: float) -> str:
    """The longest start of `s` (with an ellipsis when cut) whose one line
    fits `width`: for labels and headers, which cannot wrap.  A binary search,
    so a 2,000-character name costs a dozen measurements, not two thousand."""
    text = clean(s, LINE)
    if runs_width(text_runs(text, font), size) <= width:
        return text

    def fits(n: int) -> bool:
        return runs_width(text_runs(text[:n].rstrip() + ELLIPSIS, font), size) <= width

    lo, hi = 0, len(text)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if fits(mid):
            lo = mid
        else:
            hi = mid - 1
    return text[:lo].rstrip() + ELLIPSIS


def runs_width(runs: Sequence[tuple[str, str]], size: float) -> float:
    return sum(pdfmetrics.stringWidth(t, f, size) for f, t in runs)


def draw_string(
    canvas: Canvas, x: float, y: float, s: object, font: str = FONT, size: float = 9, align: str = "left"
) -> float:
    """Draw user text on a canvas, switching fonts per run; returns the width."""
    runs = text_runs(s, font)
    width = runs_width(runs, size)
    if align == "right":
        x -= width
    elif align == "center":
        x -= width / 2
    for fname, text in runs:
        canvas.setFont(fname, size)
        canvas.drawString(x, y, text)
        x += pdfmetrics.stringWidth(text, fname, size)
    return width
