"""Building blocks shared by the charts: a flowable that draws straight on the canvas,
text that switches fonts per run, labels fitted to their room, hatching, month arithmetic.

The charts used to be reportlab.graphics shape trees rendered by renderPDF: importing
that package and walking the tree cost a one-report process about a sixth of its time
(issue 15).  A chart now records plain drawing steps while it is laid out and replays
them on the canvas, with the same geometry, colours and fonts renderPDF produced.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from reportlab.lib.colors import Color
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from .styles import FONT, INK, fit_width, runs_width, text_runs

# outcomes or check-in sides MentorDesk does not know share this one entry
OTHER = "other"

Dash = Sequence[float] | None


class Label:
    """One run of text as drawn: where it starts, what and in which font (tests read these)."""

    __slots__ = ("x", "y", "text", "fontName", "fontSize", "fillColor")
    textAnchor = "start"  # `x` is always the left end of the run

    def __init__(self, x: float, y: float, text: str, font: str, size: float, color: Color) -> None:
        self.x, self.y, self.text, self.fontName, self.fontSize, self.fillColor = x, y, text, font, size, color


class Chart(Flowable):
    """A fixed-size chart: shapes and labels are added in chart coordinates (origin bottom
    left, as a reportlab Drawing had it) and drawn in that order when the page is drawn.

    Every step sets the stroke and fill it uses, so nothing a table cell or an earlier
    flowable left on the canvas shows through."""

    def __init__(self, width: float, height: float) -> None:
        super().__init__()
        self.width, self.height = width, height
        self._steps: list[tuple] = []

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    # ---------------------------------------------------------------- recording

    def line(self, x1: float, y1: float, x2: float, y2: float, color: Color, width: float = 1,
             dash: Dash = None) -> None:
        self._steps.append(("line", (x1, y1, x2, y2), None, color, width, dash))

    def polyline(self, points: Sequence[float], color: Color, width: float = 1, dash: Dash = None) -> None:
        """A line through the points (x0, y0, x1, y1, ...), not closed, not filled."""
        self._steps.append(("path", (tuple(points), False), None, color, width, dash))

    def polygon(self, points: Sequence[float], fill: Color | None, stroke: Color | None = None,
                width: float = 1) -> None:
        self._steps.append(("path", (tuple(points), True), fill, stroke, width, None))

    def rect(self, x: float, y: float, w: float, h: float, fill: Color | None, stroke: Color | None = None,
             width: float = 1, radius: float = 0) -> None:
        self._steps.append(("rect", (x, y, w, h, radius), fill, stroke, width, None))

    def circle(self, x: float, y: float, r: float, fill: Color | None, stroke: Color | None = None,
               width: float = 1) -> None:
        self._steps.append(("circle", (x, y, r), fill, stroke, width, None))

    def text(self, x: float, y: float, s: object, size: float = 7, font: str = FONT, color: Color = INK,
             anchor: str = "start") -> None:
        """User or house text at (x, y), anchored at its start, middle or end; one run per
        font when it mixes scripts (a canvas cannot switch fonts mid-string)."""
        runs = text_runs(s, font) or [(font, "")]
        if len(runs) == 1:
            width = stringWidth(runs[0][1], runs[0][0], size)
        else:
            width = runs_width(runs, size)
        x -= {"start": 0, "middle": width / 2, "end": width}[anchor]
        for f, t in runs:
            self._steps.append(("text", Label(x, y, t, f, size, color), color, None, 0, None))
            x += stringWidth(t, f, size)

    def stripes(self, x: float, y: float, w: float, h: float, color: Color, gap: float = 2.2) -> None:
        """Horizontal hatching: tells 'by mentee' from 'by mentor' without colour."""
        yy = y + gap / 2
        while yy < y + h:
            self.line(x, yy, x + w, yy, color, 0.7)
            yy += gap

    def strings(self) -> list[Label]:
        """Every run of text, in drawing order."""
        return [step[1] for step in self._steps if step[0] == "text"]

    # ---------------------------------------------------------------- drawing

    def draw(self) -> None:
        """Shapes set the colours, width and dash they use, skipping what the shape before set
        already; each run of text sits in its own saved graphics state, as renderPDF drew it,
        so text extraction (pypdf) reads the page exactly as before."""
        canv = self.canv
        canv.setLineCap(0)
        canv.setLineJoin(0)
        state: dict[str, object] = {}
        for kind, shape, fill, stroke, width, dash in self._steps:
            if kind == "text":
                canv.saveState()
                canv.setFillColor(fill)
                canv.setFont(shape.fontName, shape.fontSize)
                canv.drawString(shape.x, shape.y, shape.text)
                canv.restoreState()  # what the text set is undone: `state` still holds
                continue
            if fill is not None and _changed(state, "fill", fill):
                canv.setFillColor(fill)
            if stroke is not None:
                if _changed(state, "stroke", stroke):
                    canv.setStrokeColor(stroke)
                if _changed(state, "width", width):
                    canv.setLineWidth(width)
                if _changed(state, "dash", dash or ()):
                    canv.setDash(list(dash) if dash else [])
            _draw_shape(canv, kind, shape, fill is not None, stroke is not None)


def _changed(state: dict[str, object], key: str, value: object) -> bool:
    """Whether the canvas needs `value` set (and remember it from now on)."""
    if key in state and state[key] == value:
        return False
    state[key] = value
    return True


def _draw_shape(canv: object, kind: str, shape: tuple, fill: bool, stroke: bool) -> None:
    if kind == "line":
        canv.line(*shape)
    elif kind == "rect":
        x, y, w, h, radius = shape
        if radius:
            canv.roundRect(x, y, w, h, radius, fill=int(fill), stroke=int(stroke))
        else:
            canv.rect(x, y, w, h, fill=int(fill), stroke=int(stroke))
    elif kind == "circle":
        canv.circle(*shape, fill=int(fill), stroke=int(stroke))
    else:
        points, closed = shape
        path = canv.beginPath()
        path.moveTo(points[0], points[1])
        for i in range(2, len(points), 2):
            path.lineTo(points[i], points[i + 1])
        if closed:
            path.close()
        canv.drawPath(path, stroke=int(stroke), fill=int(fill))


def fit(s: object, font: str, size: float, width: float) -> str:
    """Shorten a label with an ellipsis so it never runs into the plot."""
    return fit_width(s, font, size, width)


def month_index(d: date) -> int:
    return d.year * 12 + d.month - 1
