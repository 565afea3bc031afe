"""The program report: is the mentoring program doing what it was set up for?
Figures are always shown next to the purpose and business goal they serve,
so executives judge results against intent, not in a vacuum."""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    LongTable,
    Paragraph,
    Spacer,
    TableStyle,
)

from ..i18n import N_, NC_, Translator
from . import charts
from .data import ReportOptions
from .flowables import T_, P, U, _facts_table, _h2, _h2_before_table, chunks, kpi_cards
from .program_data import BreakdownRow, ProgramReportData
from .relationship import ATTENDANCE_RULE
from .styles import (
    FONT_BOLD,
    escape_text,
    frame_width,
    register_fonts,
    render,
    report_translator,
    styles,
    table_style,
    xml_escape,
)
from .textguard import NAME, clean

TITLE = N_("Mentoring program report")


def _share(part: int, whole: int) -> float | None:
    return part / whole if whole else None


def _count(tr: Translator, singular: str, plural: str, n: int) -> str:
    return tr.ngettext(singular, plural, n) % {"count": n}


def _readings(d: ProgramReportData, tr: Translator) -> list[tuple[str, str, str]]:
    """(indicator, figure, plain-language reading): rule-based and worded
    cautiously -- the report states what the numbers show, HR adds judgement."""
    out: list[tuple[str, str, str]] = []
    if d.match_rate is None:
        reading = tr.gettext("No mentees have asked for a mentor yet.")
    elif d.match_rate >= 0.8:
        reading = tr.gettext("Most mentees who asked for a mentor have one.")
    else:
        reading = tr.gettext("A significant share of mentees is still without a mentor; "
                             "mentor capacity limits the program.")
    if d.waiting_list:
        reading += " " + _count(tr, "%(count)s on the waiting list.", "%(count)s on the waiting list.",
                                d.waiting_list)
    figure = tr.gettext("%(mentees)s, %(mentors)s; match rate %(rate)s") % {
        "mentees": _count(tr, "%(count)s mentee", "%(count)s mentees", d.mentees),
        "mentors": _count(tr, "%(count)s mentor", "%(count)s mentors", d.mentors),
        "rate": tr.percent(d.match_rate)}
    out.append((tr.gettext("Participation"), figure, reading))
    # attendance = held / (held + missed): rescheduled and cancelled meetings count against no one
    if d.attendance_rate is None:
        att = tr.gettext("No meeting has been held or missed yet.")
    elif d.attendance_rate >= 0.8:
        att = tr.gettext("Pairs rarely miss their meetings.")
    elif d.attendance_rate >= 0.6:
        att = tr.gettext("Some pairs miss meetings regularly.")
    else:
        att = tr.gettext("Many meetings are missed; the program's effect is at risk.")
    att += " " + tr.gettext("Rescheduled or cancelled meetings count against no one.")
    out.append((tr.gettext("Attendance"), tr.gettext("%(rate)s of meetings held; %(hours)s of mentoring") % {
        "rate": tr.percent(d.attendance_rate), "hours": tr.hours(d.mentoring_hours)}, att))
    finished = d.completed + d.ended_early
    early = _share(d.ended_early, finished)
    if not finished:
        fin = tr.gettext("No relationship has finished yet.")
    elif early is not None and early >= 0.25:
        fin = tr.gettext("%(rate)s of finished relationships ended early: worth a closer look at matching.") % {
            "rate": tr.percent(early)}
    else:
        fin = tr.gettext("Most finished relationships ran their full course.")
    out.append((tr.gettext("Relationships"),
                _relationship_counts(d, tr), fin))
    goal_rate = _share(d.goals_achieved, d.goals_total)
    if goal_rate is None:
        gr = tr.gettext("No goals recorded yet.")
    elif goal_rate >= 0.5:
        gr = tr.gettext("Most goals set by the pairs are being achieved.")
    else:
        gr = tr.gettext("Fewer than half of the goals are achieved so far (open goals count as not yet achieved).")
    out.append((tr.gettext("Goals"), tr.ngettext("%(achieved)s of %(total)s achieved (%(rate)s)",
                                                 "%(achieved)s of %(total)s achieved (%(rate)s)", d.goals_total) % {
        "achieved": d.goals_achieved, "total": d.goals_total, "rate": tr.percent(goal_rate)}, gr))
    return out


#: Column headers of a breakdown table after its first (the branch or department).  Their
#: own context: the columns are narrow, so translations may mark where a long word
#: may break with a soft hyphen (U+00AD), which prints as "-" only where it breaks.
COLUMN = "breakdown column"
BREAKDOWN_HEADS = (
    NC_("breakdown column", "Mentors"),
    NC_("breakdown column", "Mentees"),
    NC_("breakdown column", "Match rate"),
    NC_("breakdown column", "Active"),
    NC_("breakdown column", "Completed"),
    NC_("breakdown column", "Ended early"),
    NC_("breakdown column", "Attendance"),
    NC_("breakdown column", "Hours"),
    NC_("breakdown column", "Goals achieved"),
    NC_("breakdown column", "Check-in average"),
)
_BREAK_POINTS = re.compile(r"[\s\u00ad-]+")
BREAKDOWN_TITLES = {"branch": (N_("Branch"), N_("By branch")), "department": (N_("Department"), N_("By department"))}


HEAD_SIZE = 6.4  # the breakdown's header font, smaller than other tables': ten columns
_PAD = 2 + 3  # the cells' left and right padding (set on the table below)
_FRACTIONS = (0.075, 0.08, 0.065, 0.065, 0.097, 0.065, 0.105, 0.06, 0.085, 0.08)
_LABEL_MIN = 0.14  # of the width: the branch or department name keeps at least this


def _relationship_counts(d: ProgramReportData, tr: Translator) -> str:
    """Active, completed and ended early; replaced mentors apart, since those mentees go on."""
    text = tr.gettext("%(active)s active, %(completed)s completed, %(ended_early)s ended early") % {
        "active": d.active, "completed": d.completed, "ended_early": d.ended_early}
    if d.replaced:
        text += "; " + tr.ngettext("%(count)s closed when the mentor was replaced",
                                   "%(count)s closed when the mentor was replaced", d.replaced) % {
            "count": d.replaced}
    return text


def _unbreakable(text: str, size: float) -> float:
    """The widest piece of a header that cannot wrap (between spaces and soft
    hyphens), with the hyphen printed where it breaks."""
    return max((stringWidth(w + "-", FONT_BOLD, size) for w in _BREAK_POINTS.split(text) if w), default=0.0)


def _column_widths(heads: Sequence[str], width: float) -> list[float]:
    """Each number column as wide as its house share, or as its longest unbreakable
    header piece needs (German and Polish words are long); the name column gives up
    room for that down to its minimum, below which `_header_cell` shrinks the font."""
    cols = [max(width * f, _unbreakable(h, HEAD_SIZE) + _PAD + 1) for h, f in zip(heads, _FRACTIONS, strict=True)]
    room = width * (1 - _LABEL_MIN)
    if sum(cols) > room:
        cols = [c * room / sum(cols) for c in cols]
    return [width - sum(cols), *cols]


def _header_cell(text: str, width: float, base: ParagraphStyle) -> Paragraph:
    """A narrow column's header: wraps between words and at the translation's soft
    hyphens, and shrinks when a piece is still wider than the column, so a header
    never spills into the next one."""
    size = base.fontSize
    longest = _unbreakable(text, size)
    if longest > width - 0.5:
        size = max(3.5, size * (width - 0.5) / longest)
    style = ParagraphStyle(f"th_fit_{size:.2f}", parent=base, fontSize=size, leading=size * 1.25,
                           embeddedHyphenation=1, splitLongWords=0)
    # our own translation, not user text: only XML-escaped, so its soft hyphens survive the text guard
    return Paragraph(xml_escape(text), style)


def _breakdown_table(kind: str, rows: Sequence[BreakdownRow], width: float, tr: Translator) -> list[Flowable]:
    rows = [r for r in rows if not r.is_empty()]  # a row of zeros says nothing (issue 13)
    if not rows:
        return []
    title, heading = (tr.gettext(t) for t in BREAKDOWN_TITLES[kind])
    th = ParagraphStyle("th_small", parent=styles()["th_right"], fontSize=HEAD_SIZE, leading=8)
    heads = [tr.pgettext(COLUMN, h) for h in BREAKDOWN_HEADS]
    widths = _column_widths(heads, width)
    data: list[list[object]] = [[P(escape_text(title), "th")] +
                                [_header_cell(h, w - _PAD, th) for h, w in zip(heads, widths[1:], strict=True)]]
    for r in rows:
        data.append([
            U(r.label, "cell", NAME),
            *[P(v, "cell_right") for v in (
                str(r.mentors), str(r.mentees), tr.percent(r.match_rate), str(r.active), str(r.completed),
                str(r.ended_early), tr.percent(r.attendance_rate), tr.number(r.mentoring_hours, "#,##0"),
                f"{r.goals_achieved} / {r.goals_total}",
                tr.gettext("n/a") if r.checkin_average is None else tr.score(r.checkin_average),
            )],
        ])
    t = LongTable(data, colWidths=widths, repeatRows=1)
    t.setStyle(TableStyle(table_style() + [("LEFTPADDING", (1, 0), (-1, -1), 2),
                                           ("RIGHTPADDING", (1, 0), (-1, -1), 3)]))
    # a few rows: keep the table whole (a one-row fragment at a page foot
    # reads badly); a long one may split after its first rows
    _, h = t.wrap(width, 10_000)
    return [*_h2_before_table(heading, room=min(h, 150) + 30), t]


def _opening(data: ProgramReportData, tr: Translator, width: float) -> list[Flowable]:
    """Title, kind and dates, purpose and goal, the two rows of figures and the status bar."""
    # no translation call nested in another's arguments: the extractor would lose the outer one
    end = tr.date(data.end_date) if data.end_date else escape_text(tr.gettext("open-ended"))
    subtitle = T_(tr, "%(kind)s · %(start)s to %(end)s", kind=escape_text(data.kind, room=NAME),
                  start=tr.date(data.start_date), end=end)
    purpose, goal = tr.gettext("Purpose"), tr.gettext("Business goal")
    return [
        U(data.name, "title", NAME),
        P(subtitle, "subtitle"),
        _facts_table([(purpose, U(data.purpose)), (goal, U(data.business_goal))], width),
        Spacer(1, 8),
        kpi_cards([
            (str(data.mentees), tr.gettext("Mentees"), ""),
            (str(data.mentors), tr.gettext("Mentors"), ""),
            (str(data.waiting_list), tr.gettext("On the waiting list"), ""),
            (tr.percent(data.match_rate), tr.gettext("Match rate"), ""),
        ], width),
        Spacer(1, 4),
        kpi_cards([
            (tr.percent(data.attendance_rate), tr.gettext("Average attendance"), tr.gettext(ATTENDANCE_RULE)),
            (tr.hours(data.mentoring_hours), tr.gettext("Mentoring hours"), ""),
            (f"{data.goals_achieved} / {data.goals_total}", tr.gettext("Goals achieved"), ""),
            (str(data.active), tr.gettext("Active relationships"), ""),
        ], width),
        _h2(tr.gettext("Relationships")),
        charts.status_bar(data.active, data.completed, data.ended_early, width, tr=tr),
    ]


def _results(data: ProgramReportData, tr: Translator, width: float) -> Flowable:
    """Each indicator beside what it says about the program's purpose, kept on one page."""
    rows: list[list[object]] = [[P(T_(tr, "Indicator"), "th"), P(T_(tr, "Result"), "th"),
                                 P(T_(tr, "What it says about the purpose"), "th")]]
    for indicator, figure, reading in _readings(data, tr):
        rows.append([P(f"<b>{escape_text(indicator)}</b>", "cell"), P(escape_text(figure), "cell"),
                     P(escape_text(reading), "cell")])
    t = LongTable(rows, colWidths=[26 * mm, width * 0.36, width - 26 * mm - width * 0.36], repeatRows=1)
    t.setStyle(TableStyle(table_style()))
    return KeepTogether([
        _h2(tr.gettext("Results against the purpose")),
        P(T_(tr, "Purpose: %(purpose)s", purpose=escape_text(data.purpose)), "small"),
        Spacer(1, 4),
        t,
        Spacer(1, 4),
        P(T_(tr, "Business goal: %(goal)s The figures above are the program's contribution; "
                 "the business outcome itself is measured outside MentorDesk.",
             goal=escape_text(data.business_goal)), "small"),
    ])


def _checkin_averages(data: ProgramReportData, tr: Translator, width: float) -> list[Flowable]:
    """The mean score per question, if any check-in was answered."""
    if not data.checkin_averages:
        return []
    return [KeepTogether([
        _h2(tr.gettext("Check-in averages")),
        P(T_(tr, "Mean score per question across all check-ins (1 = poor, 5 = excellent)."), "small"),
        Spacer(1, 4),
        *(charts.score_bars(dict(part), width, tr=tr, answers=data.checkin_answers)
          for part in chunks(data.checkin_averages.items())),
    ])]


def _attention_table(data: ProgramReportData, tr: Translator, width: float) -> list[Flowable]:
    """The pairs needing attention, or a line saying there are none."""
    story = _h2_before_table(tr.gettext("Relationships needing attention"))
    if not data.needs_attention:
        return [*story, P(T_(tr, "None at the moment."), "small")]
    rows = [[P(T_(tr, "Mentor"), "th"), P(T_(tr, "Mentee"), "th"), P(T_(tr, "Reason"), "th")]]
    for item in data.needs_attention:
        rows.append([U(item.mentor_name, "cell", NAME), U(item.mentee_name, "cell", NAME), U(item.reason, "cell")])
    t = LongTable(rows, colWidths=[width * 0.2, width * 0.2, width * 0.6], repeatRows=1)
    # many two-line rows: slightly tighter padding keeps a typical list on the page
    t.setStyle(TableStyle(table_style() + [("TOPPADDING", (0, 1), (-1, -1), 2),
                                           ("BOTTOMPADDING", (0, 1), (-1, -1), 2)]))
    return [*story, t]


def build_story(data: ProgramReportData, options: ReportOptions) -> list[Flowable]:
    """The program report's sections in reading order."""
    register_fonts()
    tr = report_translator(options)
    width = frame_width(options)
    return [
        *_opening(data, tr, width),
        _results(data, tr, width),
        *_checkin_averages(data, tr, width),
        *_breakdown_table("branch", data.by_branch, width, tr),
        *_breakdown_table("department", data.by_department, width, tr),
        *_attention_table(data, tr, width),
    ]


def build_program_report(data: ProgramReportData, options: ReportOptions, out: str | Path | BinaryIO) -> None:
    """Render the program report to `out` (a path, written atomically and
    owner-only, or a binary file object)."""
    name = clean(data.name, NAME)
    render(build_story(data, options), options, report_translator(options).gettext(TITLE), out, subject=name,
           fallback_name=name)


__all__ = ["build_program_report"]
