"""Charts drawn by hand straight on the page (`chart_parts.Chart`) rather than with
reportlab's chart widgets or shape trees: the layout stays under our control (no clipped
labels), they are several times faster, and every series is told apart by lightness,
stripes, marker shape or a printed value -- reports get photocopied in black and white.
(The check-in chart lives in checkin_chart.py.)
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from datetime import date

from reportlab.lib import colors
from reportlab.lib.colors import Color
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth

from ..i18n import N_, Translator
from ..vocabulary import MEETING_OUTCOME_NAMES, MEETING_OUTCOMES_IN_TEXT, STAGE_NAMES, Words, status_label
from .chart_parts import OTHER, Chart
from .chart_parts import fit as _fit
from .chart_parts import month_index as _month_index
from .checkin_chart import checkin_chart, checkin_question_summary, checkin_series
from .data import CompetencyGrowth, Meeting, MeetingOutcome
from .styles import (
    AMBER,
    CORAL,
    FONT,
    FONT_BOLD,
    INK,
    MUTED,
    NAVY,
    RULE,
    TEAL,
    TEAL_LIGHT,
    TINT,
    WHITE,
    english,
    register_fonts,
    runs_width,
    text_runs,
)

__all__ = ["OUTCOME_COUNT_LABELS", "OUTCOME_LABELS", "checkin_chart",
           "checkin_question_summary", "checkin_series", "competency_chart",
           "meetings_per_month", "progress_bar", "score_bars", "stage_timeline", "status_bar"]


# ------------------------------------------------------------------ timeline

def stage_timeline(current_stage: int, stage_started: Mapping[int, date], width: float,
                   tr: Translator | None = None) -> Chart:
    register_fonts()
    tr = tr or english()
    height = 74
    d = Chart(width, height)
    pad = width / 10
    step = (width - 2 * pad) / 4
    cy = height - 26
    xs = [pad + i * step for i in range(5)]
    for i in range(4):
        done = i + 2 <= current_stage
        d.line(xs[i], cy, xs[i + 1], cy, TEAL if done else RULE, 3 if done else 1.5, None if done else (3, 2))
    for i, x in enumerate(xs):
        stage = i + 1
        if stage < current_stage:
            d.circle(x, cy, 8, TEAL, WHITE, 1)
            d.text(x, cy - 3, stage, 8, FONT_BOLD, WHITE, "middle")
        elif stage == current_stage:
            d.circle(x, cy, 14, None, NAVY, 1)
            d.circle(x, cy, 11, NAVY)
            d.text(x, cy - 4, stage, 11, FONT_BOLD, WHITE, "middle")
            d.text(x, cy + 18, _fit(tr.gettext("CURRENT STAGE"), FONT_BOLD, 6, step - 4), 6, FONT_BOLD, NAVY,
                   "middle")
        else:
            d.circle(x, cy, 8, WHITE, RULE, 1.5)
            d.text(x, cy - 3, stage, 8, FONT, MUTED, "middle")
        is_current = stage == current_stage
        font = FONT_BOLD if is_current else FONT
        name = tr.gettext(STAGE_NAMES[stage])
        lines = [_fit(line, font, 7, step - 4) for line in simpleSplit(name, font, 7, step - 6)[:2]]
        y = cy - 26
        for line in lines:
            d.text(x, y, line, 7, font, NAVY if is_current else (INK if stage < current_stage else MUTED),
                   "middle")
            y -= 8.5
        started = stage_started.get(stage)
        label = tr.date(started) if started and stage <= current_stage else tr.gettext("not yet reached")
        label = _fit(label, FONT, 6.5, step - 4)
        d.text(x, cy - 26 - 8.5 * len(lines) - 1, label, 6.5, FONT, MUTED, "middle")
    return d


# ------------------------------------------------------------------ progress bar

def progress_bar(progress: float, width: float, achieved: bool = False, dropped: bool = False,
                 tr: Translator | None = None) -> Chart:
    """Fits in a table cell; the percentage is printed so grey print still reads."""
    register_fonts()
    p = max(0.0, min(100.0, float(progress or 0)))
    h = 11
    d = Chart(width, h)
    bar_w = width - 28
    d.rect(0, 2, bar_w, 7, TINT, RULE, 0.5, radius=2)
    fill = RULE if dropped else (NAVY if achieved else TEAL)
    if p > 0:
        d.rect(0, 2, max(3.0, bar_w * p / 100), 7, fill, radius=2)
    d.text(width, 2.5, (tr or english()).percent(p / 100), 7.5, FONT_BOLD if achieved else FONT, INK, "end")
    return d


# ------------------------------------------------------------------ meetings per month

#: The legend's and the running text's order: held, then moved, then missed, then cancelled.
_OUTCOME_ORDER = (MeetingOutcome.HELD, MeetingOutcome.RESCHEDULED_BY_MENTOR, MeetingOutcome.RESCHEDULED_BY_MENTEE,
                  MeetingOutcome.MISSED_BY_MENTOR, MeetingOutcome.MISSED_BY_MENTEE, MeetingOutcome.CANCELLED)
#: In English (`mentordesk.vocabulary`); printed through the report's translator.
OUTCOME_LABELS: Mapping[str, str] = {o: MEETING_OUTCOME_NAMES[o] for o in _OUTCOME_ORDER}
#: The legend entry shared by outcomes MentorDesk does not know.
OTHER_LABEL = N_("Other")
#: The same outcomes after a count in running text ("3 held · 1 missed by mentor").
OUTCOME_COUNT_LABELS: Words = Words(MEETING_OUTCOMES_IN_TEXT.context, {o: MEETING_OUTCOMES_IN_TEXT[o]
                                                                        for o in _OUTCOME_ORDER})
#: The competency chart's level at start.
_START_GREY = colors.HexColor("#B8C2CE")
# (fill, striped): mentor/mentee pairs share a hue, the mentee one is striped.
_OUTCOME_LOOK: Mapping[str, tuple[Color, bool]] = {
    MeetingOutcome.HELD: (NAVY, False),
    MeetingOutcome.RESCHEDULED_BY_MENTOR: (TEAL_LIGHT, False),
    MeetingOutcome.RESCHEDULED_BY_MENTEE: (TEAL_LIGHT, True),
    MeetingOutcome.MISSED_BY_MENTOR: (CORAL, False),
    MeetingOutcome.MISSED_BY_MENTEE: (CORAL, True),
    MeetingOutcome.CANCELLED: (colors.HexColor("#E4E7EB"), False),
}


def _swatch(d: Chart, x: float, y: float, w: float, h: float, outcome: str) -> None:
    fill, striped = _OUTCOME_LOOK.get(outcome, (RULE, False))
    if striped:
        d.rect(x, y, w, h, WHITE, fill, 0.6)
        d.stripes(x, y, w, h, fill)
    else:
        d.rect(x, y, w, h, fill, WHITE if outcome != MeetingOutcome.CANCELLED else MUTED, 0.4)


def _monthly_counts(meetings: Sequence[Meeting], start: int, end: int) -> dict[int, Counter]:
    """Meetings per month index in [start, end], by outcome.  Outcomes MentorDesk does
    not know share one legend entry, so odd data can never grow the legend taller than a page."""
    counts: dict[int, Counter] = defaultdict(Counter)
    for m in meetings:
        k = _month_index(m.held_on)
        if start <= k <= end:
            outcome = str(m.outcome)
            counts[k][outcome if outcome in _OUTCOME_LOOK else OTHER] += 1
    return counts


def _month_bars(d: Chart, counts: Mapping[int, Counter], start: int, n: int, box: tuple[float, float, float, float],
                top: int, tr: Translator) -> None:
    """One stacked bar per month (outcomes in the legend's order), its total above and
    the month below (every other month when more than fourteen are shown)."""
    left, bottom, plot_w, plot_h = box
    order = list(_OUTCOME_LOOK)
    slot = plot_w / n
    bar_w = min(26.0, slot * 0.62)
    for i in range(n):
        k = start + i
        x = left + i * slot + (slot - bar_w) / 2
        y = bottom
        c = counts.get(k, Counter())
        for outcome in order + [o for o in c if o not in order]:
            cnt = c.get(outcome, 0)
            if not cnt:
                continue
            h = plot_h * cnt / top
            _swatch(d, x, y, bar_w, h, outcome)
            y += h
        total = sum(c.values())
        if total:
            d.text(x + bar_w / 2, y + 2, total, 6.5, FONT_BOLD, INK, "middle")
        label_date = date(k // 12, k % 12 + 1, 1)
        if n <= 14 or i % 2 == 0:
            d.text(x + bar_w / 2, bottom - 9, _fit(tr.month(label_date), FONT, 6.2, slot * (1 if n <= 14 else 2)),
                   6.2, FONT, MUTED, "middle")


def _outcome_legend(d: Chart, legend: Sequence[str], width: float, left: float, legend_h: float,
                    tr: Translator) -> None:
    """The outcomes shown, in three columns."""
    col_w = width / 3
    for j, outcome in enumerate(legend):
        lx = (j % 3) * col_w + left
        ly = legend_h - 8 - (j // 3) * 11
        _swatch(d, lx, ly, 9, 7, outcome)
        label = tr.gettext(OUTCOME_LABELS.get(outcome, OTHER_LABEL))
        d.text(lx + 13, ly + 0.5, _fit(label, FONT, 7, col_w - 16), 7, FONT, INK)


def meetings_per_month(meetings: Sequence[Meeting], width: float, months: int = 12,
                       until: date | None = None, tr: Translator | None = None) -> Chart:
    """Stacked bars of the last `months` months' meetings by outcome, with a legend of
    the outcomes shown; the plot is lower when the bars are (one or two meetings a month
    need no 9 cm of height)."""
    register_fonts()
    tr = tr or english()
    if not meetings:
        d = Chart(width, 20)
        d.text(0, 6, tr.gettext("No meetings recorded yet."), 8, FONT, MUTED)
        return d
    last = until or max(m.held_on for m in meetings)
    end = _month_index(last)
    start = max(_month_index(min(m.held_on for m in meetings)), end - months + 1)
    counts = _monthly_counts(meetings, start, end)
    peak = max((sum(c.values()) for c in counts.values()), default=1) or 1
    tick = 1 if peak <= 5 else 2 if peak <= 10 else 5 if peak <= 25 else 10
    top = ((peak + tick - 1) // tick) * tick
    order = list(_OUTCOME_LOOK)
    present = {o for c in counts.values() for o in c}
    legend = [o for o in order if o in present] + sorted(present - set(order))
    legend_h = 11 * ((len(legend) + 2) // 3) + 6
    left, right, bottom = 22, 4, legend_h + 22
    plot_h = min(88.0, 24.0 + 16.0 * top)
    d = Chart(width, bottom + plot_h + 12)
    for v in range(0, top + 1, tick):
        y = bottom + plot_h * v / top
        d.line(left, y, width - right, y, RULE if v else MUTED, 0.4 if v else 0.8)
        d.text(left - 4, y - 2.5, v, 6.5, FONT, MUTED, "end")
    _month_bars(d, counts, start, end - start + 1, (left, bottom, width - left - right, plot_h), top, tr)
    _outcome_legend(d, legend, width, left, legend_h, tr)
    return d


# ------------------------------------------------------------------ competencies

def competency_chart(items: Sequence[CompetencyGrowth], width: float, tr: Translator | None = None) -> Chart:
    register_fonts()
    tr = tr or english()

    def level(v: float) -> str:
        return tr.number(v, "0.##")

    row_h = 19
    header, legend_h = 16, 16
    height = header + row_h * len(items) + legend_h
    d = Chart(width, height)
    scale = max([c.scale_max for c in items] + [1.0])
    label_w = width * 0.30
    value_w = 74
    x0, x1 = label_w + 6, width - value_w
    span = x1 - x0

    def xpos(v: float) -> float:
        return x0 + span * max(0.0, min(v, scale)) / scale

    top = height - header
    for t in range(int(scale) + 1):
        x = xpos(t)
        d.line(x, legend_h + 2, x, top + 2, RULE, 0.4, (1, 2))
        d.text(x, top + 5, t, 6.5, FONT, MUTED, "middle")
    d.text(width, top + 5, _fit(tr.gettext("start → now  (target)"), FONT, 6.5, value_w + 20), 6.5, FONT, MUTED,
           "end")
    for i, c in enumerate(items):
        cy = top - row_h * i - row_h / 2
        d.text(0, cy - 2.5, _fit(c.competency, FONT, 7.5, label_w), 7.5, FONT, INK)
        d.rect(x0, cy - 4, span, 8, TINT)
        lo = min(c.start_level, c.current_level)
        d.rect(x0, cy - 4, xpos(lo) - x0, 8, _START_GREY)
        if c.current_level > c.start_level:
            d.rect(xpos(c.start_level), cy - 4, xpos(c.current_level) - xpos(c.start_level), 8, TEAL)
        elif c.current_level < c.start_level:  # a decline is shown, not hidden
            d.rect(xpos(c.current_level), cy - 4, xpos(c.start_level) - xpos(c.current_level), 8, WHITE, CORAL, 0.8)
        tx = xpos(c.target_level)
        d.polygon((tx, cy + 7, tx + 4, cy + 3, tx, cy - 1, tx - 4, cy + 3), AMBER, INK, 0.6)
        d.line(tx, cy - 6, tx, cy - 1, INK, 0.8)
        d.text(width, cy - 2.5, f"{level(c.start_level)} → {level(c.current_level)}  ({level(c.target_level)})",
               7.5, FONT_BOLD, INK, "end")
    # legend entries are as wide as their (translated) words, not fixed steps
    lx = x0
    start_label, growth_label = tr.gettext("level at start"), tr.gettext("growth since start")
    d.rect(lx, 4, 10, 6, _START_GREY)
    d.text(lx + 13, 4, start_label, 6.5, FONT, MUTED)
    lx += 13 + runs_width(text_runs(start_label), 6.5) + 12
    d.rect(lx, 4, 10, 6, TEAL)
    d.text(lx + 13, 4, growth_label, 6.5, FONT, MUTED)
    lx += 13 + runs_width(text_runs(growth_label), 6.5) + 12
    d.polygon((lx + 4, 11, lx + 8, 7, lx + 4, 3, lx, 7), AMBER, INK, 0.6)
    d.text(lx + 12, 4, tr.gettext("target"), 6.5, FONT, MUTED)
    return d


# ------------------------------------------------------------------ program charts

def score_bars(averages: Mapping[str, float], width: float, scale: float = 5.0,
               tr: Translator | None = None, answers: Mapping[str, int] | None = None) -> Chart:
    """Horizontal bars of mean check-in score per question, value printed, and with
    `answers` how many answers each mean rests on ("3.8 (5 answers)")."""
    register_fonts()
    tr = tr or english()
    answers = answers or {}
    row_h = 14
    height = row_h * len(averages) + 14
    d = Chart(width, height)
    label_w = width * 0.45
    values = {q: _score_text(tr, v, answers.get(q)) for q, v in averages.items()}
    value_w = max((stringWidth(t, FONT_BOLD, 7.5) for t in values.values()), default=20.0)
    x0, x1 = label_w + 6, width - max(30.0, value_w + 8)
    top = height - 12
    for t in range(1, int(scale) + 1):
        x = x0 + (x1 - x0) * t / scale
        d.line(x, 0, x, top, RULE, 0.4, (1, 2))
        d.text(x, top + 3, t, 6.5, FONT, MUTED, "middle")
    for i, (q, v) in enumerate(averages.items()):
        cy = top - row_h * i - row_h / 2
        d.text(0, cy - 2.5, _fit(q, FONT, 7.5, label_w), 7.5, FONT, INK)
        d.rect(x0, cy - 4, x1 - x0, 8, TINT)
        d.rect(x0, cy - 4, (x1 - x0) * max(0.0, min(v, scale)) / scale, 8, TEAL)
        d.text(width, cy - 2.5, values[q], 7.5, FONT_BOLD, INK, "end")
    return d


def _score_text(tr: Translator, value: float, answers: int | None) -> str:
    if not answers:
        return tr.score(value)
    return tr.ngettext("%(score)s (%(count)s answer)", "%(score)s (%(count)s answers)", answers) % {
        "score": tr.score(value), "count": tr.number(answers, "#,##0")}


def status_bar(active: int, completed: int, ended_early: int, width: float,
               tr: Translator | None = None) -> Chart:
    """One stacked bar: active / completed / ended early, each labelled with
    its count so the three are never confused, in colour or in grey."""
    register_fonts()
    tr = tr or english()
    height = 34
    d = Chart(width, height)
    total = active + completed + ended_early
    parts = [(status_label("active", tr), active, TEAL, False), (status_label("completed", tr), completed, NAVY, False),
             (status_label("ended_early", tr), ended_early, CORAL, True)]
    x = 0.0
    if total:
        for _label, n, color, striped in parts:
            if not n:
                continue
            w = width * n / total
            if striped:
                d.rect(x, 16, w, 14, WHITE, color, 0.8)
                d.stripes(x, 16, w, 14, color)
            else:
                d.rect(x, 16, w, 14, color, WHITE, 0.8)
                if w > 20:
                    d.text(x + w / 2, 19.5, n, 7.5, FONT_BOLD, WHITE, "middle")
            x += w
    lx = 0.0
    for label, n, color, striped in parts:
        if striped:
            d.rect(lx, 2, 9, 7, WHITE, color, 0.6)
            d.stripes(lx, 2, 9, 7, color)
        else:
            d.rect(lx, 2, 9, 7, color)
        d.text(lx + 13, 2.5, _fit(f"{label}: {n}", FONT, 7.5, width / 3 - 16), 7.5, FONT, INK)
        lx += width / 3
    return d
