"""The one-relationship report HR hands to executives: where the pair stands,
whether they meet, what they are achieving -- in one to four pages however
long the relationship has run."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import BinaryIO, TypeVar

from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    LongTable,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from . import charts
from .data import (
    STAGE_NAMES,
    GoalStatus,
    MeetingOutcome,
    RelationshipReportData,
    RelationshipStatus,
    ReportOptions,
)
from .styles import (
    NAVY,
    RULE,
    TINT,
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
from .textguard import CELL, LABEL, NAME, PROSE, Room, clean

TITLE = "Mentoring relationship report"
# how attendance is counted, printed under every attendance figure
ATTENDANCE_RULE = "held ÷ (held + missed)"
RECENT_MEETINGS = 12
RECENT_COMMENTS = 8
CHART_ROWS = 30  # rows of a competency or score chart per drawing: well under a page
# beside the chart only while the question table is short; else below it, where it may split
SIDE_BY_SIDE_MAX_H = 260
T = TypeVar("T")

STATUS_LABELS = {
    RelationshipStatus.PLANNED: "Planned",
    RelationshipStatus.ACTIVE: "Active",
    RelationshipStatus.PAUSED: "Paused",
    RelationshipStatus.COMPLETED: "Completed",
    RelationshipStatus.ENDED_EARLY: "Ended early",
}
GOAL_LABELS = {
    GoalStatus.OPEN: "Open",
    GoalStatus.IN_PROGRESS: "In progress",
    GoalStatus.ACHIEVED: "Achieved",
    GoalStatus.DROPPED: "Dropped",
}


def chunks(items: Iterable[T], size: int = CHART_ROWS) -> list[list[T]]:
    """A chart is one drawing, which cannot break across pages: one with a
    row per user item (competency, question) is drawn in page-sized parts."""
    items = list(items)
    return [items[i : i + size] for i in range(0, len(items), size)]


def _label(mapping: dict, value: object) -> str:
    return mapping.get(value, str(value).replace("_", " ").capitalize())


def P(text: str, style: str = "body") -> Paragraph:
    return Paragraph(text, styles()[style])


def U(user_text: object, style: str = "body", room: Room = CELL) -> Paragraph:
    """Paragraph of user text: always escaped and fitted to its room (a
    table row cannot break across pages, so a cell must never outgrow one)."""
    st = styles()[style]
    return Paragraph(escape_text(user_text, italic="Oblique" in st.fontName, room=room), st)


def kpi_cards(cards: Sequence[tuple[str, str, str]], width: float) -> Table:
    """Big-number tiles: (value, label, sub-label)."""
    cells = [[P(escape_text(v), "kpi_value"), P(escape_text(lbl), "kpi_label"), P(escape_text(sub), "kpi_label")]
             for v, lbl, sub in cards]
    gap = 4
    col = (width - gap * (len(cards) - 1)) / len(cards)
    inner = [Table([[c[0]], [c[1]]] + ([[c[2]]] if c[2].text else []), colWidths=[col - 8]) for c in cells]
    for t in inner:
        t.setStyle(TableStyle([("ALIGN", (0, 0), (-1, -1), "CENTER"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
    row: list[Flowable | str] = []
    widths: list[float] = []
    for i, t in enumerate(inner):
        if i:
            row.append("")
            widths.append(gap)
        row.append(t)
        widths.append(col)
    outer = Table([row], colWidths=widths)
    cmds = [("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("TOPPADDING", (0, 0), (-1, -1), 7),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 7)]
    for i in range(0, len(widths), 2):
        cmds += [("BACKGROUND", (i, 0), (i, 0), TINT), ("LINEABOVE", (i, 0), (i, 0), 2, NAVY)]
    outer.setStyle(TableStyle(cmds))
    return outer


def _facts_table(pairs: Sequence[tuple[str, Paragraph]], width: float) -> Table:
    """Label/value pairs in two columns, like a form."""
    rows = []
    for i in range(0, len(pairs), 2):
        row: list[object] = []
        for label, value in pairs[i : i + 2]:
            row += [P(escape_text(label), "label"), value]
        while len(row) < 4:
            row.append("")
        rows.append(row)
    t = Table(rows, colWidths=[width * 0.13, width * 0.37, width * 0.13, width * 0.37])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
                           ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                           ("LEFTPADDING", (0, 0), (-1, -1), 2)]))
    return t


def _person(name: str, department: str, branch: str) -> Paragraph:
    where = " · ".join(clean(x, NAME) for x in (department, branch) if x)
    text = f"<b>{escape_text(name, room=NAME)}</b>"
    if where:
        text += f'<br/><font size="7.5" color="#5F6B7A">{escape_text(where, room=LABEL)}</font>'
    return P(text, "body")


def _h2(text: str) -> Paragraph:
    p = P(escape_text(text), "h2")
    p.keepWithNext = 1
    return p


def _h2_before_table(text: str, room: float = 70) -> list[Flowable]:
    """A heading over a table that may split across pages.  keepWithNext
    would bind heading and whole table, pushing both to a new page and
    leaving a gap; instead start a page only when not even the heading and
    a few rows fit."""
    p = P(escape_text(text), "h2")
    return [CondPageBreak(room), p]


def build_story(data: RelationshipReportData, options: ReportOptions) -> list[Flowable]:
    register_fonts()
    width = frame_width(options)
    story: list[Flowable] = []

    status = _label(STATUS_LABELS, data.status)
    story.append(P(f"{escape_text(data.mentor.name, room=NAME)} <font color='#5F6B7A'>&amp;</font> "
                   f"{escape_text(data.mentee.name, room=NAME)}", "title"))
    story.append(P(f"{escape_text(data.program_name, room=NAME)} · Mentoring relationship · "
                   f"Status: <b>{escape_text(status, room=NAME)}</b>", "subtitle"))

    stage = max(1, min(5, int(data.current_stage)))
    stage_since = data.stage_started.get(stage)
    stage_text = f"<b>{stage} · {escape_text(STAGE_NAMES[stage])}</b>"
    if stage_since:
        stage_text += f" since {fmt_date(stage_since)}"
    dates = f"{fmt_date(data.start_date)} to {fmt_date(data.planned_end_date)} (planned)"
    if data.end_date:
        dates = f"{fmt_date(data.start_date)} to {fmt_date(data.end_date)} ({escape_text(status.lower(), room=NAME)})"
    story.append(_facts_table([
        ("Mentor", _person(data.mentor.name, data.mentor.department, data.mentor.branch)),
        ("Mentee", _person(data.mentee.name, data.mentee.department, data.mentee.branch)),
        ("Period", P(dates)),
        ("Stage", P(stage_text)),
    ], width))
    story.append(Spacer(1, 8))

    meetings = sorted(data.meetings, key=lambda m: m.held_on)
    outcome_counts = Counter(str(m.outcome) for m in meetings)
    held = outcome_counts[MeetingOutcome.HELD]
    goals_done = sum(1 for g in data.goals if g.status == GoalStatus.ACHIEVED)
    goals_live = sum(1 for g in data.goals if g.status != GoalStatus.DROPPED)
    story.append(kpi_cards([
        (fmt_pct(data.attendance_rate), "Attendance rate", ATTENDANCE_RULE),
        (f"{held} / {data.planned_meetings_to_date}", "Held / planned to date", ""),
        (fmt_hours(data.mentoring_hours), "Mentoring hours", ""),
        (f"{goals_done} / {goals_live}", "Goals achieved",
         f"not counting {len(data.goals) - goals_live} dropped" if len(data.goals) > goals_live else ""),
    ], width))

    story.append(_h2("Stage of the relationship"))
    story.append(charts.stage_timeline(stage, data.stage_started, width))

    story.extend(_h2_before_table("Goals"))
    if data.goals:
        bar_w = 42 * mm
        rows: list[list[object]] = [["Goal", "Due", "Status", "Progress"]]
        for g in data.goals:
            rows.append([
                U(g.title, "cell", LABEL),
                fmt_date(g.due_date),
                U(_label(GOAL_LABELS, g.status), "cell_bold" if g.status == GoalStatus.ACHIEVED else "cell", NAME),
                charts.progress_bar(g.progress, bar_w, achieved=g.status == GoalStatus.ACHIEVED,
                                    dropped=g.status == GoalStatus.DROPPED),
            ])
        t = LongTable(rows, colWidths=[width - bar_w - 8 - 24 * mm - 22 * mm, 22 * mm, 24 * mm, bar_w + 8],
                      repeatRows=1)
        t.setStyle(TableStyle(table_style() + [("VALIGN", (1, 1), (-1, -1), "MIDDLE")]))
        story.append(t)
    else:
        story.append(P("No goals have been recorded yet.", "small"))

    story.append(_h2("Meetings"))
    story.extend(_meetings_section(meetings, outcome_counts, options, width))

    if data.competencies:
        story.append(_h2("Competency growth"))
        story.extend(charts.competency_chart(part, width) for part in chunks(data.competencies))

    story.extend(_checkins_section(data.checkins, width))
    if options.include_checkin_comments:
        commented = [c for c in sorted(data.checkins, key=lambda c: c.held_on) if (c.comments or "").strip()]
        if commented:
            shown = commented[-RECENT_COMMENTS:]
            rows = [["Date", "From", "Comment"]]
            for c in shown:
                rows.append([fmt_date(c.held_on), U(str(c.respondent).capitalize(), "cell", NAME),
                             U(c.comments, "cell")])
            t = LongTable(rows, colWidths=[22 * mm, 18 * mm, width - 40 * mm], repeatRows=1)
            t.setStyle(TableStyle(table_style()))
            caption = (f"The {len(shown)} most recent of {len(commented)} comments." if len(commented) > len(shown)
                       else "Comments given with the check-ins.")
            story.append(KeepTogether([Spacer(1, 6), P(caption, "small"), Spacer(1, 3), t]))

    # summary and signature stay together, right after the last section
    # when they fit there: never a page holding only a signature line
    closing: list[Flowable] = [_h2("HR summary"), U(data.hr_summary or "No summary written.", "body", PROSE)]
    if (data.next_steps or "").strip():
        closing += [P("Next steps", "h3"), U(data.next_steps, "body", PROSE)]
    closing += [Spacer(1, 6), *_signature(width)]
    story.append(KeepTogether(closing))
    return story


def _change(first: float, latest: float, n_dates: int) -> str:
    """Change since the first check-in, readable without colour: an arrow
    and the difference; a dash when the question was asked only once."""
    if n_dates < 2:
        return '<font color="#5F6B7A">–</font>'
    diff = round(latest - first, 1)
    if diff > 0:
        return f"<b>▲ +{diff:.1f}</b>"
    if diff < 0:
        return f"<b>▼ −{-diff:.1f}</b>"
    return '<font color="#5F6B7A">= 0.0</font>'


def _checkins_section(checkins: Sequence, width: float) -> list[Flowable]:
    """Two lines (mentor's and mentee's average per check-in) beside a small
    table of each question's latest score and its change since the first."""
    heading = _h2("Check-ins")
    if not checkins:
        return [KeepTogether([heading, P("No check-ins recorded yet.", "small")])]
    summary = charts.checkin_question_summary(checkins)
    intro = P("Each side's average answer per check-in (1 = poor, 5 = excellent); per question the latest score "
              "(mentor and mentee averaged) and its change since first asked.", "small")
    rows: list[list[object]] = [[P("Question", "th"), P("Latest", "th_right"), P("Change", "th_right")]]
    for q, first, latest, n in summary:
        rows.append([U(q, "cell", LABEL), P(f"<b>{latest:.1f}</b>", "cell_right"),
                     P(_change(first, latest, n), "cell_right")])
    value_w, change_w = 36, 44
    table_w = width * 0.55
    t = Table(rows, colWidths=[table_w - value_w - change_w, value_w, change_w], repeatRows=1)
    side_by_side = len(summary) <= 14 and t.wrap(table_w, 10_000)[1] <= SIDE_BY_SIDE_MAX_H
    if not side_by_side:
        table_w = width
        t = Table(rows, colWidths=[table_w - value_w - change_w, value_w, change_w], repeatRows=1)
    chart_w = width - table_w - 10 if side_by_side else width
    t.setStyle(TableStyle(table_style() + [("TOPPADDING", (0, 0), (-1, -1), 2),
                                           ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
    chart = charts.checkin_chart(list(checkins), chart_w)
    if not side_by_side:
        return [KeepTogether([heading, intro, Spacer(1, 4), chart]), Spacer(1, 6), t]
    both = Table([[chart, t]], colWidths=[chart_w + 10, table_w])
    both.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                              ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0),
                              ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
    return [KeepTogether([heading, intro, Spacer(1, 5), both])]


def _meetings_section(meetings: list, outcome_counts: Counter, options: ReportOptions,
                      width: float) -> list[Flowable]:
    out: list[Flowable] = []
    if not meetings:
        out.append(P("No meetings recorded yet.", "small"))
        return out
    out.append(charts.meetings_per_month(meetings, width))
    out.append(Spacer(1, 6))
    recent = meetings[-RECENT_MEETINGS:][::-1]
    rows: list[list[object]] = [["Date", "Length", "Outcome", "Topics"]]
    for m in recent:
        topics = escape_text(m.topics) or "–"
        if options.include_notes and (m.notes or "").strip():
            topics += f'<br/><font name="DejaVuSans-Oblique" color="#5F6B7A">Note: ' \
                      f'{escape_text(m.notes, italic=True)}</font>'
        outcome = clean(charts.OUTCOME_LABELS.get(m.outcome, str(m.outcome).replace("_", " ").capitalize()), NAME)
        length = f"{m.minutes} min" if m.minutes or m.outcome == MeetingOutcome.HELD else "–"
        rows.append([fmt_date(m.held_on), length, P(escape_text(outcome), "cell"), P(topics, "cell")])
    total_minutes = sum(m.minutes for m in meetings if m.outcome == MeetingOutcome.HELD)
    parts = [f"{outcome_counts.get(o, 0)} {lbl.lower()}" for o, lbl in charts.OUTCOME_LABELS.items()
             if outcome_counts.get(o, 0)]
    everything = f"All {len(meetings)} meetings" if len(meetings) > 1 else "1 meeting"
    rows.append([P("<b>Total</b>", "cell"), P(f"<b>{fmt_hours(total_minutes / 60)}</b>", "cell_right"),
                 P(f"<b>{everything}:</b> {escape_text(' · '.join(parts))}", "cell"), ""])
    # the outcome never wraps ('Rescheduled by mentee' is the longest); topics do
    t = LongTable(rows, colWidths=[22 * mm, 17 * mm, 39 * mm, width - 78 * mm], repeatRows=1)
    t.setStyle(TableStyle(table_style(total_row=True) + [("SPAN", (2, -1), (3, -1)), ("ALIGN", (1, 0), (1, -1), "RIGHT")]))
    caption = (f"The {len(recent)} most recent of {len(meetings)} meetings, newest first; the last row counts all of "
               "them (hours are of meetings held)." if len(meetings) > len(recent)
               else "All meetings, newest first; the last row gives the totals (hours are of meetings held).")
    # may split (the header row repeats) rather than leave the rest of a page
    # empty; CondPageBreak keeps caption and header from being stranded with under three rows
    cap = P(caption, "small")
    cap.keepWithNext = 1
    out += [CondPageBreak(84), cap, Spacer(1, 3), t]
    return out


def _signature(width: float) -> list[Flowable]:
    st = styles()
    line_w = width * 0.38
    t = Table(
        [["", "", ""], [Paragraph("HR manager (name and signature)", st["small"]), "", Paragraph("Date", st["small"])]],
        colWidths=[line_w, width - 2 * line_w, line_w], rowHeights=[20, None],
    )
    t.setStyle(TableStyle([("LINEBELOW", (0, 0), (0, 0), 0.8, NAVY), ("LINEBELOW", (2, 0), (2, 0), 0.8, NAVY),
                           ("LEFTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 1), (-1, 1), 3)]))
    # a list, not a KeepTogether: nested inside the closing KeepTogether one
    # would report an endless height and always force a page break
    return [P("Reviewed by", "h3"), t]


def build_relationship_report(data: RelationshipReportData, options: ReportOptions,
                              out: str | Path | BinaryIO) -> None:
    """Render one relationship to `out` (a path, written atomically and
    owner-only, or a binary file object)."""
    render(build_story(data, options), options, TITLE, out,
           subject=f"{clean(data.mentor.name, NAME)} & {clean(data.mentee.name, NAME)}",
           fallback_name=clean(data.program_name, NAME))

