"""Building blocks shared by the charts: text that switches fonts per run,
labels fitted to their room, hatching, month arithmetic."""

from __future__ import annotations

from datetime import date

from reportlab.graphics.shapes import Group, Line, String
from reportlab.lib.colors import Color
from reportlab.pdfbase.pdfmetrics import stringWidth

from .styles import FONT, INK, fit_width, runs_width, text_runs

# outcomes or check-in sides MentorDesk does not know share this one entry
OTHER = "other"


def text(x: float, y: float, s: object, size: float = 7, font: str = FONT, color: Color = INK,
          anchor: str = "start") -> String | Group:
    runs = text_runs(s, font)
    if len(runs) <= 1:
        f, t = runs[0] if runs else (font, "")
        return String(x, y, t, fontName=f, fontSize=size, fillColor=color, textAnchor=anchor)
    # mixed scripts: one String per font run, laid end to end
    width = runs_width(runs, size)
    x -= {"start": 0, "middle": width / 2, "end": width}[anchor]
    g = Group()
    for f, t in runs:
        g.add(String(x, y, t, fontName=f, fontSize=size, fillColor=color))
        x += stringWidth(t, f, size)
    return g


def fit(s: object, font: str, size: float, width: float) -> str:
    """Shorten a label with an ellipsis so it never runs into the plot."""
    return fit_width(s, font, size, width)


def stripes(x: float, y: float, w: float, h: float, color: Color, gap: float = 2.2) -> Group:
    """Horizontal hatching: tells 'by mentee' from 'by mentor' without colour."""
    g = Group()
    yy = y + gap / 2
    while yy < y + h:
        g.add(Line(x, yy, x + w, yy, strokeColor=color, strokeWidth=0.7))
        yy += gap
    return g


def month_index(d: date) -> int:
    return d.year * 12 + d.month - 1
