"""The program report: is the mentoring program doing what it was set up for?
Figures are always shown next to the purpose and business goal they serve,
so executives judge results against intent, not in a vacuum."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    LongTable,
    Paragraph,
    Spacer,
    TableStyle,
)

from . import charts
from .data import BreakdownRow, ProgramReportData, ReportOptions
from .relationship import (
    ATTENDANCE_RULE,
    P,
    U,
    _facts_table,
    _h2,
    _h2_before_table,
    chunks,
    kpi_cards,
)
from .styles import (
    escape_text,
    fmt_date,
    fmt_hours,
    fmt_pct,
    frame_width,
    register_fonts,
    render,
    styles,
    table_style,
)
from .textguard import NAME, clean

TITLE = "Mentoring program report"


def _share(part: int, whole: int) -> float | None:
    return part / whole if whole else None


def _readings(d: ProgramReportData) -> list[tuple[str, str, str]]:
    """(indicator, figure, plain-language reading): rule-based and worded
    cautiously -- the report states what the numbers show, HR adds judgement."""
    out: list[tuple[str, str, str]] = []
    if d.match_rate is None:
        reading = "No mentees have asked for a mentor yet."
    elif d.match_rate >= 0.8:
        reading = "Most mentees who asked for a mentor have one."
    else:
        reading = "A significant share of mentees is still without a mentor; mentor capacity limits the program."
    if d.waiting_list:
        reading += f" {d.waiting_list} on the waiting list."
    out.append(("Participation", f"{d.mentees} mentees, {d.mentors} mentors; match rate {fmt_pct(d.match_rate)}",
                reading))
    # attendance = held / (held + missed): rescheduled and cancelled meetings count against no one
    if d.attendance_rate is None:
        att = "No meeting has been held or missed yet."
    elif d.attendance_rate >= 0.8:
        att = "Pairs rarely miss their meetings."
    elif d.attendance_rate >= 0.6:
        att = "Some pairs miss meetings regularly."
    else:
        att = "Many meetings are missed; the program's effect is at risk."
    att += " Rescheduled or cancelled meetings count against no one."
    out.append(("Attendance", (f"{fmt_pct(d.attendance_rate)} of meetings held; "
                f"{fmt_hours(d.mentoring_hours)} of mentoring"), att))
    finished = d.completed + d.ended_early
    early = _share(d.ended_early, finished)
    if not finished:
        fin = "No relationship has finished yet."
    elif early is not None and early >= 0.25:
        fin = f"{fmt_pct(early)} of finished relationships ended early: worth a closer look at matching."
    else:
        fin = "Most finished relationships ran their full course."
    out.append(("Relationships", f"{d.active} active, {d.completed} completed, {d.ended_early} ended early", fin))
    goal_rate = _share(d.goals_achieved, d.goals_total)
    if goal_rate is None:
        gr = "No goals recorded yet."
    elif goal_rate >= 0.5:
        gr = "Most goals set by the pairs are being achieved."
    else:
        gr = "Fewer than half of the goals are achieved so far (open goals count as not yet achieved)."
    out.append(("Goals", f"{d.goals_achieved} of {d.goals_total} achieved ({fmt_pct(goal_rate)})", gr))
    return out


def _breakdown_table(title: str, rows: Sequence[BreakdownRow], width: float) -> list[Flowable]:
    if not rows:
        return []
    heads = [title, "Mentors", "Mentees", "Match<br/>rate", "Active", "Completed", "Ended<br/>early",
             "Attendance", "Hours", "Goals<br/>achieved", "Check-in<br/>average"]
    th = ParagraphStyle("th_small", parent=styles()["th_right"], fontSize=6.4, leading=8)
    data: list[list[object]] = [[P(escape_text(title), "th")] + [Paragraph(h, th) for h in heads[1:]]]
    for r in rows:
        data.append([
            U(r.label, "cell", NAME),
            *[P(v, "cell_right") for v in (
                str(r.mentors), str(r.mentees), fmt_pct(r.match_rate), str(r.active), str(r.completed),
                str(r.ended_early), fmt_pct(r.attendance_rate), f"{r.mentoring_hours:,.0f}",
                f"{r.goals_achieved} / {r.goals_total}",
                "n/a" if r.checkin_average is None else f"{r.checkin_average:.1f}",
            )],
        ])
    fractions = [0.075, 0.08, 0.065, 0.065, 0.097, 0.065, 0.105, 0.06, 0.085, 0.08]
    widths = [width * (1 - sum(fractions))] + [width * f for f in fractions]
    t = LongTable(data, colWidths=widths, repeatRows=1)
    t.setStyle(TableStyle(table_style() + [("LEFTPADDING", (1, 0), (-1, -1), 2),
                                           ("RIGHTPADDING", (1, 0), (-1, -1), 3)]))
    # a few rows: keep the table whole (a one-row fragment at a page foot
    # reads badly); a long one may split after its first rows
    _, h = t.wrap(width, 10_000)
    return [*_h2_before_table(f"By {title.lower()}", room=min(h, 150) + 30), t]


def build_story(data: ProgramReportData, options: ReportOptions) -> list[Flowable]:
    register_fonts()
    width = frame_width(options)
    story: list[Flowable] = [
        U(data.name, "title", NAME),
        P(f"{escape_text(data.kind, room=NAME)} · {fmt_date(data.start_date)} to "
          f"{fmt_date(data.end_date) if data.end_date else 'open-ended'}", "subtitle"),
        _facts_table([("Purpose", U(data.purpose)), ("Business goal", U(data.business_goal))], width),
        Spacer(1, 8),
        kpi_cards([
            (str(data.mentees), "Mentees", ""),
            (str(data.mentors), "Mentors", ""),
            (str(data.waiting_list), "On the waiting list", ""),
            (fmt_pct(data.match_rate), "Match rate", ""),
        ], width),
        Spacer(1, 4),
        kpi_cards([
            (fmt_pct(data.attendance_rate), "Average attendance", ATTENDANCE_RULE),
            (fmt_hours(data.mentoring_hours), "Mentoring hours", ""),
            (f"{data.goals_achieved} / {data.goals_total}", "Goals achieved", ""),
            (str(data.active), "Active relationships", ""),
        ], width),
        _h2("Relationships"),
        charts.status_bar(data.active, data.completed, data.ended_early, width),
    ]

    rows: list[list[object]] = [[P("Indicator", "th"), P("Result", "th"), P("What it says about the purpose", "th")]]
    for indicator, figure, reading in _readings(data):
        rows.append([P(f"<b>{escape_text(indicator)}</b>", "cell"), P(escape_text(figure), "cell"),
                     P(escape_text(reading), "cell")])
    t = LongTable(rows, colWidths=[26 * mm, width * 0.36, width - 26 * mm - width * 0.36], repeatRows=1)
    t.setStyle(TableStyle(table_style()))
    story.append(KeepTogether([
        _h2("Results against the purpose"),
        P(f"Purpose: {escape_text(data.purpose)}", "small"),
        Spacer(1, 4),
        t,
        Spacer(1, 4),
        P(f"Business goal: {escape_text(data.business_goal)} The figures above are the program's contribution; "
          "the business outcome itself is measured outside MentorDesk.", "small"),
    ]))

    if data.checkin_averages:
        story.append(KeepTogether([
            _h2("Check-in averages"),
            P("Mean score per question across all check-ins (1 = poor, 5 = excellent).", "small"),
            Spacer(1, 4),
            *(charts.score_bars(dict(part), width) for part in chunks(data.checkin_averages.items())),
        ]))

    story.extend(_breakdown_table("Branch", data.by_branch, width))
    story.extend(_breakdown_table("Department", data.by_department, width))

    story.extend(_h2_before_table("Relationships needing attention"))
    if data.needs_attention:
        rows = [[P("Mentor", "th"), P("Mentee", "th"), P("Reason", "th")]]
        for item in data.needs_attention:
            rows.append([U(item.mentor_name, "cell", NAME), U(item.mentee_name, "cell", NAME), U(item.reason, "cell")])
        t = LongTable(rows, colWidths=[width * 0.2, width * 0.2, width * 0.6], repeatRows=1)
        # many two-line rows: slightly tighter padding keeps a typical list on the page
        t.setStyle(TableStyle(table_style() + [("TOPPADDING", (0, 1), (-1, -1), 2),
                                               ("BOTTOMPADDING", (0, 1), (-1, -1), 2)]))
        story.append(t)
    else:
        story.append(P("None at the moment.", "small"))
    return story


def build_program_report(data: ProgramReportData, options: ReportOptions, out: str | Path | BinaryIO) -> None:
    """Render the program report to `out` (a path, written atomically and
    owner-only, or a binary file object)."""
    name = clean(data.name, NAME)
    render(build_story(data, options), options, TITLE, out, subject=name, fallback_name=name)


__all__ = ["build_program_report"]
