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

from ..i18n import N_, Translator
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
    frame_width,
    register_fonts,
    render,
    report_translator,
    styles,
    table_style,
)
from .textguard import CELL, LABEL, NAME, PROSE, Room, clean

TITLE = N_("Mentoring relationship report")
# how attendance is counted, printed under every attendance figure
ATTENDANCE_RULE = N_("held ÷ (held + missed)")
RECENT_MEETINGS = 12
RECENT_COMMENTS = 8
CHART_ROWS = 30  # rows of a competency or score chart per drawing: well under a page
# beside the chart only while the question table is short; else below it, where it may split
SIDE_BY_SIDE_MAX_H = 260
T = TypeVar("T")

STATUS_LABELS = {
    RelationshipStatus.PLANNED: N_("Planned"),
    RelationshipStatus.ACTIVE: N_("Active"),
    RelationshipStatus.PAUSED: N_("Paused"),
    RelationshipStatus.COMPLETED: N_("Completed"),
    RelationshipStatus.ENDED_EARLY: N_("Ended early"),
    RelationshipStatus.REPLACED: N_("Mentor replaced"),
}
#: The status inside a sentence ("... to 10 Jan 2025 (completed)"): own texts, since
#: lower-casing a translated label is wrong in German.
STATUS_IN_TEXT = {
    RelationshipStatus.PLANNED: N_("planned"),
    RelationshipStatus.ACTIVE: N_("active"),
    RelationshipStatus.PAUSED: N_("paused"),
    RelationshipStatus.COMPLETED: N_("completed"),
    RelationshipStatus.ENDED_EARLY: N_("ended early"),
    RelationshipStatus.REPLACED: N_("mentor replaced"),
}
GOAL_LABELS = {
    GoalStatus.OPEN: N_("Open"),
    GoalStatus.IN_PROGRESS: N_("In progress"),
    GoalStatus.ACHIEVED: N_("Achieved"),
    GoalStatus.DROPPED: N_("Dropped"),
}


def chunks(items: Iterable[T], size: int = CHART_ROWS) -> list[list[T]]:
    """A chart is one drawing, which cannot break across pages: one with a
    row per user item (competency, question) is drawn in page-sized parts."""
    items = list(items)
    return [items[i : i + size] for i in range(0, len(items), size)]


#: Who answered a check-in, as the comments table names them.
RESPONDENT_LABELS = {"mentor": N_("Mentor"), "mentee": N_("Mentee")}


def _label(mapping: dict, value: object, tr: Translator) -> str:
    """A known code in the report's language; an unknown one as it is (never blank)."""
    if value in mapping:
        return tr.gettext(mapping[value])
    return str(value).replace("_", " ").capitalize()


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


def T_(tr: Translator, message: str, **values: object) -> str:
    """A translated sentence as Paragraph markup: the text escaped, then the values
    (already markup) put into their named places, which each language may reorder."""
    text = escape_text(tr.gettext(message))
    return text % values if values else text


def build_story(data: RelationshipReportData, options: ReportOptions) -> list[Flowable]:
    register_fonts()
    tr = report_translator(options)
    width = frame_width(options)
    story: list[Flowable] = []

    status = _label(STATUS_LABELS, data.status, tr)
    story.append(P(f"{escape_text(data.mentor.name, room=NAME)} <font color='#5F6B7A'>&amp;</font> "
                   f"{escape_text(data.mentee.name, room=NAME)}", "title"))
    story.append(P(T_(tr, "%(program)s · Mentoring relationship · Status: %(status)s",
                      program=escape_text(data.program_name, room=NAME),
                      status=f"<b>{escape_text(status, room=NAME)}</b>"), "subtitle"))

    stage = max(1, min(5, int(data.current_stage)))
    stage_since = data.stage_started.get(stage)
    stage_text = f"<b>{stage} · {escape_text(tr.gettext(STAGE_NAMES[stage]))}</b>"
    if stage_since:
        stage_text = T_(tr, "%(stage)s since %(date)s", stage=stage_text, date=tr.date(stage_since))
    dates = T_(tr, "%(start)s to %(end)s (planned)", start=tr.date(data.start_date),
               end=tr.date(data.planned_end_date))
    if data.end_date:
        dates = T_(tr, "%(start)s to %(end)s (%(status)s)", start=tr.date(data.start_date),
                   end=tr.date(data.end_date),
                   status=escape_text(_label(STATUS_IN_TEXT, data.status, tr), room=NAME))
    story.append(_facts_table([
        (tr.gettext("Mentor"), _person(data.mentor.name, data.mentor.department, data.mentor.branch)),
        (tr.gettext("Mentee"), _person(data.mentee.name, data.mentee.department, data.mentee.branch)),
        (tr.gettext("Period"), P(dates)),
        (tr.gettext("Stage"), P(stage_text)),
    ], width))
    story.append(Spacer(1, 8))

    meetings = sorted(data.meetings, key=lambda m: m.held_on)
    outcome_counts = Counter(str(m.outcome) for m in meetings)
    held = outcome_counts[MeetingOutcome.HELD]
    goals_done = sum(1 for g in data.goals if g.status == GoalStatus.ACHIEVED)
    goals_live = sum(1 for g in data.goals if g.status != GoalStatus.DROPPED)
    dropped = len(data.goals) - goals_live
    story.append(kpi_cards([
        (tr.percent(data.attendance_rate), tr.gettext("Attendance rate"), tr.gettext(ATTENDANCE_RULE)),
        (f"{held} / {data.planned_meetings_to_date}", tr.gettext("Held / planned to date"), ""),
        (tr.hours(data.mentoring_hours), tr.gettext("Mentoring hours"), ""),
        (f"{goals_done} / {goals_live}", tr.gettext("Goals achieved"),
         tr.ngettext("not counting %(count)s dropped", "not counting %(count)s dropped", dropped)
         % {"count": dropped} if dropped else ""),
    ], width))

    story.append(_h2(tr.gettext("Stage of the relationship")))
    story.append(charts.stage_timeline(stage, data.stage_started, width, tr=tr))

    story.extend(_h2_before_table(tr.gettext("Goals")))
    if data.goals:
        bar_w = 42 * mm
        rows: list[list[object]] = [_heads(tr, N_("Goal"), N_("Due"), N_("Status"), N_("Progress"))]
        for g in data.goals:
            rows.append([
                U(g.title, "cell", LABEL),
                tr.date(g.due_date),
                U(_label(GOAL_LABELS, g.status, tr), "cell_bold" if g.status == GoalStatus.ACHIEVED else "cell",
                  NAME),
                charts.progress_bar(g.progress, bar_w, achieved=g.status == GoalStatus.ACHIEVED,
                                    dropped=g.status == GoalStatus.DROPPED, tr=tr),
            ])
        t = LongTable(rows, colWidths=[width - bar_w - 8 - 24 * mm - 22 * mm, 22 * mm, 24 * mm, bar_w + 8],
                      repeatRows=1)
        t.setStyle(TableStyle(table_style() + [("VALIGN", (1, 1), (-1, -1), "MIDDLE")]))
        story.append(t)
    else:
        story.append(P(T_(tr, "No goals have been recorded yet."), "small"))

    story.append(_h2(tr.gettext("Meetings")))
    story.extend(_meetings_section(meetings, outcome_counts, options, width, tr))

    if data.competencies:
        story.append(_h2(tr.gettext("Competency growth")))
        story.extend(charts.competency_chart(part, width, tr=tr) for part in chunks(data.competencies))

    story.extend(_checkins_section(data.checkins, width, tr))
    if options.include_checkin_comments:
        commented = [c for c in sorted(data.checkins, key=lambda c: c.held_on) if (c.comments or "").strip()]
        if commented:
            shown = commented[-RECENT_COMMENTS:]
            rows = [_heads(tr, N_("Date"), N_("From"), N_("Comment"))]
            for c in shown:
                rows.append([tr.date(c.held_on), U(_label(RESPONDENT_LABELS, str(c.respondent).lower(), tr), "cell",
                                                   NAME),
                             U(c.comments, "cell")])
            t = LongTable(rows, colWidths=[22 * mm, 18 * mm, width - 40 * mm], repeatRows=1)
            t.setStyle(TableStyle(table_style()))
            caption = (T_(tr, tr.ngettext("The %(shown)s most recent of %(total)s comment.",
                                          "The %(shown)s most recent of %(total)s comments.", len(commented)),
                          shown=len(shown), total=len(commented))
                       if len(commented) > len(shown) else T_(tr, "Comments given with the check-ins."))
            story.append(KeepTogether([Spacer(1, 6), P(caption, "small"), Spacer(1, 3), t]))

    # summary and signature stay together, right after the last section
    # when they fit there: never a page holding only a signature line
    closing: list[Flowable] = [_h2(tr.gettext("HR summary")),
                               U(data.hr_summary or tr.gettext("No summary written."), "body", PROSE)]
    if (data.next_steps or "").strip():
        closing += [P(T_(tr, "Next steps"), "h3"), U(data.next_steps, "body", PROSE)]
    closing += [Spacer(1, 6), *_signature(width, tr)]
    story.append(KeepTogether(closing))
    return story


def _heads(tr: Translator, *names: str) -> list[str]:
    """A table's header row in the report's language (plain strings: the table style sets them)."""
    return [tr.gettext(n) for n in names]


def _change(first: float, latest: float, n_dates: int, tr: Translator) -> str:
    """Change since the first check-in, readable without colour: an arrow
    and the difference; a dash when the question was asked only once."""
    if n_dates < 2:
        return '<font color="#5F6B7A">–</font>'
    diff = round(latest - first, 1)
    if diff > 0:
        return f"<b>▲ +{tr.score(diff)}</b>"
    if diff < 0:
        return f"<b>▼ −{tr.score(-diff)}</b>"
    return f'<font color="#5F6B7A">= {tr.score(0)}</font>'


def _checkins_section(checkins: Sequence, width: float, tr: Translator) -> list[Flowable]:
    """Two lines (mentor's and mentee's average per check-in) beside a small
    table of each question's latest score and its change since the first."""
    heading = _h2(tr.gettext("Check-ins"))
    if not checkins:
        return [KeepTogether([heading, P(T_(tr, "No check-ins recorded yet."), "small")])]
    summary = charts.checkin_question_summary(checkins)
    intro = P(T_(tr, "Each side's average answer per check-in (1 = poor, 5 = excellent); per question the latest "
                 "score (mentor and mentee averaged) and its change since first asked."), "small")
    rows: list[list[object]] = [[P(T_(tr, "Question"), "th"), P(T_(tr, "Latest"), "th_right"),
                                 P(T_(tr, "Change"), "th_right")]]
    for q, first, latest, n in summary:
        rows.append([U(q, "cell", LABEL), P(f"<b>{tr.score(latest)}</b>", "cell_right"),
                     P(_change(first, latest, n, tr), "cell_right")])
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
    chart = charts.checkin_chart(list(checkins), chart_w, tr=tr)
    if not side_by_side:
        return [KeepTogether([heading, intro, Spacer(1, 4), chart]), Spacer(1, 6), t]
    both = Table([[chart, t]], colWidths=[chart_w + 10, table_w])
    both.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                              ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0),
                              ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
    return [KeepTogether([heading, intro, Spacer(1, 5), both])]


def _meetings_section(meetings: list, outcome_counts: Counter, options: ReportOptions,
                      width: float, tr: Translator) -> list[Flowable]:
    out: list[Flowable] = []
    if not meetings:
        out.append(P(T_(tr, "No meetings recorded yet."), "small"))
        return out
    out.append(charts.meetings_per_month(meetings, width, tr=tr))
    out.append(Spacer(1, 6))
    recent = meetings[-RECENT_MEETINGS:][::-1]
    rows: list[list[object]] = [_heads(tr, N_("Date"), N_("Length"), N_("Outcome"), N_("Topics"))]
    for m in recent:
        topics = escape_text(m.topics) or "–"
        if options.include_notes and (m.notes or "").strip():
            note = T_(tr, "Note: %(note)s", note=escape_text(m.notes, italic=True))
            topics += f'<br/><font name="DejaVuSans-Oblique" color="#5F6B7A">{note}</font>'
        outcome = clean(_label(charts.OUTCOME_LABELS, m.outcome, tr), NAME)
        length = (tr.gettext("%(minutes)s min") % {"minutes": m.minutes}
                  if m.minutes or m.outcome == MeetingOutcome.HELD else "–")
        rows.append([tr.date(m.held_on), length, P(escape_text(outcome), "cell"), P(topics, "cell")])
    total_minutes = sum(m.minutes for m in meetings if m.outcome == MeetingOutcome.HELD)
    # counted outcomes have their own lower-case words ("3 held"): German keeps its capitals
    parts = [tr.gettext("%(count)s %(outcome)s") % {"count": outcome_counts[o], "outcome": tr.gettext(lbl)}
             for o, lbl in charts.OUTCOME_COUNT_LABELS.items() if outcome_counts.get(o, 0)]
    everything = tr.ngettext("%(count)s meeting", "All %(count)s meetings", len(meetings)) % {"count": len(meetings)}
    total = T_(tr, "Total")  # not inside the f-string: the extractor cannot see into one
    rows.append([P(f"<b>{total}</b>", "cell"),
                 P(f"<b>{tr.hours(total_minutes / 60)}</b>", "cell_right"),
                 P(f"<b>{escape_text(everything)}:</b> {escape_text(' · '.join(parts))}", "cell"), ""])
    # the outcome never wraps ('Rescheduled by mentee' is the longest); topics do
    # the length column holds the total ("152,5 Std.", "152,5 godz.") on one line in every language
    t = LongTable(rows, colWidths=[22 * mm, 22 * mm, 39 * mm, width - 83 * mm], repeatRows=1)
    t.setStyle(TableStyle(table_style(total_row=True)
                          + [("SPAN", (2, -1), (3, -1)), ("ALIGN", (1, 0), (1, -1), "RIGHT")]))
    caption = (T_(tr, tr.ngettext(
        "The %(shown)s most recent of %(total)s meeting, newest first; the last row counts all of "
        "them (hours are of meetings held).",
        "The %(shown)s most recent of %(total)s meetings, newest first; the last row counts all of "
        "them (hours are of meetings held).", len(meetings)), shown=len(recent), total=len(meetings))
        if len(meetings) > len(recent)
        else T_(tr, "All meetings, newest first; the last row gives the totals (hours are of meetings held)."))
    # may split (the header row repeats) rather than leave the rest of a page
    # empty; CondPageBreak keeps caption and header from being stranded with under three rows
    cap = P(caption, "small")
    cap.keepWithNext = 1
    out += [CondPageBreak(84), cap, Spacer(1, 3), t]
    return out


def _signature(width: float, tr: Translator) -> list[Flowable]:
    st = styles()
    line_w = width * 0.38
    t = Table(
        [["", "", ""], [Paragraph(T_(tr, "HR manager (name and signature)"), st["small"]), "",
                        Paragraph(T_(tr, "Date"), st["small"])]],
        colWidths=[line_w, width - 2 * line_w, line_w], rowHeights=[20, None],
    )
    t.setStyle(TableStyle([("LINEBELOW", (0, 0), (0, 0), 0.8, NAVY), ("LINEBELOW", (2, 0), (2, 0), 0.8, NAVY),
                           ("LEFTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 1), (-1, 1), 3)]))
    # a list, not a KeepTogether: nested inside the closing KeepTogether one
    # would report an endless height and always force a page break
    return [P(T_(tr, "Reviewed by"), "h3"), t]


def build_relationship_report(data: RelationshipReportData, options: ReportOptions,
                              out: str | Path | BinaryIO) -> None:
    """Render one relationship to `out` (a path, written atomically and
    owner-only, or a binary file object)."""
    render(build_story(data, options), options, report_translator(options).gettext(TITLE), out,
           subject=f"{clean(data.mentor.name, NAME)} & {clean(data.mentee.name, NAME)}",
           fallback_name=clean(data.program_name, NAME))

