"""The check-in chart: one line per side (the mentor's and the mentee's
average answer per check-in) on month bands, so date labels never collide;
and the per-question summary printed beside it."""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Mapping, Sequence
from datetime import date

from reportlab.lib.colors import Color
from reportlab.pdfbase.pdfmetrics import stringWidth

from ..i18n import Translator
from .chart_parts import OTHER, Chart
from .chart_parts import fit as _fit
from .chart_parts import month_index as _month_index
from .data import CheckIn
from .styles import (
    FONT,
    FONT_BOLD,
    INK,
    MUTED,
    NAVY,
    PLUM,
    RULE,
    TEAL,
    WHITE,
    english,
    register_fonts,
    runs_width,
    text_runs,
)

# one look per side, told apart by dash and marker as well as by colour
_SIDE_LOOK: Mapping[str, tuple[Color, tuple[float, ...] | None, int]] = {
    "mentor": (NAVY, None, 0),      # solid, filled circles
    "mentee": (TEAL, (4, 2), 1),    # dashed, open squares
}
_OTHER_LOOK: tuple[Color, tuple[float, ...] | None, int] = (PLUM, (1, 2), 3)  # dotted, open diamonds


def _marker(d: Chart, x: float, y: float, kind: int, color: Color) -> None:
    r = 2.6
    k = kind % 4
    if k == 0:
        d.circle(x, y, r, color, WHITE, 0.5)
    elif k == 1:
        d.rect(x - r, y - r, 2 * r, 2 * r, WHITE, color, 1)
    elif k == 2:
        d.polygon((x, y + r + 0.6, x + r, y - r, x - r, y - r), color)
    else:
        d.polygon((x, y + r + 0.5, x + r + 0.5, y, x, y - r - 0.5, x - r - 0.5, y), WHITE, color, 1)


def _side(respondent: object) -> str:
    return str(respondent or "").strip().lower()


def checkin_series(checkins: Sequence[CheckIn]) -> dict[str, list[tuple[date, float]]]:
    """Per side ('mentor', 'mentee', ...): the mean of all answers given at
    each check-in date, in date order.  Mentor and mentee come first."""
    acc: dict[str, dict[date, list[int]]] = defaultdict(lambda: defaultdict(list))
    extra = {_side(c.respondent) for c in checkins} - set(_SIDE_LOOK)
    for c in checkins:
        values = [int(v) for v in c.scores.values() if v is not None]
        side = _side(c.respondent)
        if len(extra) > 1 and side in extra:
            side = OTHER  # one line for all unknown sides: the legend stays one row
        if values:
            acc[side][c.held_on].extend(values)
    order = [s for s in _SIDE_LOOK if s in acc] + sorted(s for s in acc if s not in _SIDE_LOOK)
    return {s: sorted((d, sum(v) / len(v)) for d, v in acc[s].items()) for s in order}


def checkin_question_summary(checkins: Sequence[CheckIn]) -> list[tuple[str, float, float, int]]:
    """(question, first score, latest score, number of dates asked) per
    question, in the order questions first appear; a date's score is the
    mean of the answers given that day (mentor and mentee together)."""
    acc: dict[str, dict[date, list[int]]] = defaultdict(lambda: defaultdict(list))
    for c in sorted(checkins, key=lambda c: c.held_on):
        for q, v in c.scores.items():
            if v is not None:
                acc[q][c.held_on].append(int(v))
    out = []
    for q, by_date in acc.items():
        days = sorted(by_date)
        first, latest = by_date[days[0]], by_date[days[-1]]
        out.append((q, sum(first) / len(first), sum(latest) / len(latest), len(days)))
    return out


def _add_months(k: int) -> date:
    """The first day of month index `k`; the month after December 9999 (the
    end of a band that holds a date in that month) is the last day there is."""
    return date.max if k // 12 > date.max.year else date(k // 12, k % 12 + 1, 1)


def _legend_label(side: str, tr: Translator) -> str:
    if side == "mentor":
        return tr.gettext("Mentor's average")
    if side == "mentee":
        return tr.gettext("Mentee's average")
    return tr.gettext("%(side)s's average") % {"side": side.capitalize() or tr.gettext("Unknown")}


class _Plot:
    """Where values and dates land: [t0, t1) whole months across, scores 1-5 up.

    A plain class: a dataclass costs every report process ~1 ms to create at import (issue 15)."""

    __slots__ = ("left", "bottom", "plot_w", "plot_h", "t0", "t1")

    def __init__(self, left: float, bottom: float, plot_w: float, plot_h: float, t0: int, t1: int) -> None:
        self.left, self.bottom, self.plot_w, self.plot_h, self.t0, self.t1 = left, bottom, plot_w, plot_h, t0, t1

    def xp(self, day: date) -> float:
        return self.left + self.plot_w * (day.toordinal() - self.t0) / (self.t1 - self.t0)

    def yp(self, v: float) -> float:
        return self.bottom + self.plot_h * (v - 1) / 4


def _score_grid(d: Chart, plot: _Plot, width: float, right: float) -> None:
    for v in range(1, 6):
        y = plot.yp(v)
        d.line(plot.left, y, width - right, y, RULE if v > 1 else MUTED, 0.4 if v > 1 else 0.8)
        d.text(plot.left - 4, y - 2.5, v, 6.5, FONT, MUTED, "end")


def _month_axis(d: Chart, plot: _Plot, m0: int, m1: int, width: float, tr: Translator) -> None:
    """Month bands: a tick at each month start, labels centred in the band,
    every k-th month only when the bands are too narrow for their labels."""
    fmt_month, bottom, plot_w = tr.month, plot.bottom, plot.plot_w
    n_months = m1 - m0
    # labels differ only by month name: twelve months give the widest
    label_w = max(stringWidth(fmt_month(_add_months(k)), FONT, 6.2) for k in range(m0, min(m1, m0 + 12))) + 6
    steps = (1, 2, 3, 4, 6, 12, 24, 60, 120, 240, 600, 1200, 2400, 6000, 12000)
    step = next((k for k in steps if plot_w * k / n_months >= label_w), steps[-1])
    # a tick per month while they are at least a point apart; else one per label
    tick = 1 if plot_w / n_months >= 1 else step
    for k in range(m0, m1 + 1, tick):
        x = plot.xp(_add_months(k))
        d.line(x, bottom, x, bottom - 3, MUTED, 0.5)
        if k < m1 and (k - m0) % step == 0 and (step == 1 or x + label_w - 6 <= width):
            centre = (x + plot.xp(_add_months(k + 1))) / 2 if step == 1 else x
            d.text(centre, bottom - 10, fmt_month(_add_months(k)), 6.2, FONT, MUTED,
                   "middle" if step == 1 else "start")


def _lines(d: Chart, plot: _Plot, series: dict[str, list[tuple[date, float]]], width: float,
           tr: Translator) -> None:
    """A line per side, with markers while they stay readable, and each line's latest
    value printed beside its last point, nudged apart."""
    ends: list[list] = []
    for side, pts in series.items():
        color, dash, mark = _SIDE_LOOK.get(side, _OTHER_LOOK)
        if len(pts) > 1:
            flat = [c for day, v in pts for c in (plot.xp(day), plot.yp(v))]
            d.polyline(flat, color, 1.4, dash)
        if len(pts) <= 40:
            for day, v in pts:
                _marker(d, plot.xp(day), plot.yp(v), mark, color)
        ends.append([plot.xp(pts[-1][0]) + 5, plot.yp(pts[-1][1]) - 2.5, pts[-1][1]])
    ends.sort(key=lambda e: e[1])
    for a, b in itertools.pairwise(ends):
        if abs(b[0] - a[0]) < 18 and b[1] - a[1] < 8:
            b[1] = a[1] + 8
    for x, y, v in ends:
        d.text(min(x, width - 12), y, tr.score(v), 6.8, FONT_BOLD, INK)


def _legend(d: Chart, sides: Sequence[str], width: float, left: float, tr: Translator) -> None:
    """One row, as many entries as sides (normally two).  Each entry is as wide as its
    words while the row has room; a longer translation ("Durchschnitt Mentee") first
    gets slightly smaller type, then an ellipsis."""
    labels = [_legend_label(side, tr) for side in sides]
    natural = sum(runs_width(text_runs(lbl), 7) for lbl in labels) or 1.0
    text_room = width - left - 36 * len(labels)
    size = max(6.0, min(7.0, 7.0 * text_room / natural))
    room = max(40.0, text_room / len(labels)) if natural * size / 7 > text_room else width
    lx = left
    for side, label in zip(sides, labels, strict=True):
        color, dash, mark = _SIDE_LOOK.get(side, _OTHER_LOOK)
        d.line(lx, 5.5, lx + 18, 5.5, color, 1.4, dash)
        _marker(d, lx + 9, 5.5, mark, color)
        label = _fit(label, FONT, size, room)
        d.text(lx + 22, 3, label, size, FONT, INK)
        lx += 22 + runs_width(text_runs(label), size) + 14


def checkin_chart(checkins: Sequence[CheckIn], width: float, plot_h: float = 92,
                  tr: Translator | None = None) -> Chart:
    """One line per side: the average of a respondent's answers at each
    check-in, on month bands so date labels never collide."""
    register_fonts()
    tr = tr or english()
    series = checkin_series(checkins)
    if not series:
        d = Chart(width, 20)
        d.text(0, 6, tr.gettext("No check-ins recorded yet."), 8, FONT, MUTED)
        return d
    legend_h, axis_h, top_pad = 14, 14, 6
    bottom = legend_h + axis_h
    d = Chart(width, bottom + plot_h + top_pad)
    left, right = 16, 18
    dates = sorted({day for pts in series.values() for day, _ in pts})
    m0, m1 = _month_index(dates[0]), _month_index(dates[-1]) + 1  # [m0, m1) whole months
    plot = _Plot(left, bottom, width - left - right, plot_h,
                 _add_months(m0).toordinal(), _add_months(m1).toordinal())
    _score_grid(d, plot, width, right)
    _month_axis(d, plot, m0, m1, width, tr)
    _lines(d, plot, series, width, tr)
    _legend(d, list(series), width, left, tr)
    return d
