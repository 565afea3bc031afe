"""The relationship report's longer sections: meetings (chart, recent meetings and the
totals row), check-ins (chart beside the question table), check-in comments, and the
closing HR summary with its signature lines.

Split from `relationship` so each section reads on its own; they share the house
flowables (`flowables`) with the program report.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    LongTable,
    Spacer,
    Table,
    TableStyle,
)

from ..i18n import N_, Translator
from ..vocabulary import ROLE_NAMES, word_said
from . import charts
from .data import MeetingOutcome, RelationshipReportData, ReportOptions
from .flowables import T_, P, U, _h2, _label
from .styles import CELL_PADDING, FONT_BOLD, HEADER_SIZE, NAVY, escape_text, runs_width, table_style, text_runs
from .textguard import LABEL, NAME, PROSE, clean

RECENT_MEETINGS = 12
RECENT_COMMENTS = 8
# beside the chart only while the question table is short; else below it, where it may split
SIDE_BY_SIDE_MAX_H = 260
#: Who answered a check-in, as the comments table names them.
RESPONDENT_LABELS = ROLE_NAMES


def _comments_section(data: RelationshipReportData, width: float, tr: Translator) -> list[Flowable]:
    """The most recent check-in comments, newest last (only when the options include them)."""
    commented = [c for c in sorted(data.checkins, key=lambda c: c.held_on) if (c.comments or "").strip()]
    if not commented:
        return []
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
    return [KeepTogether([Spacer(1, 6), P(caption, "small"), Spacer(1, 3), t])]


def _closing_section(data: RelationshipReportData, width: float, tr: Translator) -> Flowable:
    """Summary and signature stay together, right after the last section when they
    fit there: never a page holding only a signature line."""
    closing: list[Flowable] = [_h2(tr.gettext("HR summary")),
                               U(data.hr_summary or tr.gettext("No summary written."), "body", PROSE)]
    if (data.next_steps or "").strip():
        closing += [P(T_(tr, "Next steps"), "h3"), U(data.next_steps, "body", PROSE)]
    closing += [Spacer(1, 6), *_signature(width, tr)]
    return KeepTogether(closing)


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


def _header_room(title: str, least: float) -> float:
    """A narrow column's width: `least`, or room for the longest word of its header plus the
    cells' padding ("Zuletzt", "Veränderung" were broken mid-word in 36 and 44 points)."""
    longest = max((runs_width(text_runs(word, FONT_BOLD), HEADER_SIZE) for word in title.split()), default=0)
    return max(least, longest + 2 * CELL_PADDING + 1)


def _checkins_section(checkins: Sequence, width: float, tr: Translator) -> list[Flowable]:
    """Two lines (mentor's and mentee's average per check-in) beside a small
    table of each question's latest score and its change since the first."""
    heading = _h2(tr.gettext("Check-ins"))
    if not checkins:
        return [KeepTogether([heading, P(T_(tr, "No check-ins recorded yet."), "small")])]
    summary = charts.checkin_question_summary(checkins)
    intro = P(T_(tr, "Each side's average answer per check-in (1 = poor, 5 = excellent); per question the latest "
                 "score (mentor and mentee averaged) and its change since first asked."), "small")
    latest_title, change_title = T_(tr, "Latest"), T_(tr, "Change")
    rows: list[list[object]] = [[P(T_(tr, "Question"), "th"), P(latest_title, "th_right"),
                                 P(change_title, "th_right")]]
    for q, first, latest, n in summary:
        rows.append([U(q, "cell", LABEL), P(f"<b>{tr.score(latest)}</b>", "cell_right"),
                     P(_change(first, latest, n, tr), "cell_right")])
    value_w, change_w = _header_room(latest_title, 36), _header_room(change_title, 44)
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
    counted = charts.OUTCOME_COUNT_LABELS
    parts = [tr.gettext("%(count)s %(outcome)s") % {"count": outcome_counts[o], "outcome": word_said(counted, lbl, tr)}
             for o, lbl in counted.items() if outcome_counts.get(o, 0)]
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
    line_w = width * 0.38
    t = Table(
        [["", "", ""], [P(T_(tr, "HR manager (name and signature)"), "small"), "", P(T_(tr, "Date"), "small")]],
        colWidths=[line_w, width - 2 * line_w, line_w], rowHeights=[20, None],
    )
    t.setStyle(TableStyle([("LINEBELOW", (0, 0), (0, 0), 0.8, NAVY), ("LINEBELOW", (2, 0), (2, 0), 0.8, NAVY),
                           ("LEFTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 1), (-1, 1), 3)]))
    # a list, not a KeepTogether: nested inside the closing KeepTogether one
    # would report an endless height and always force a page break
    return [P(T_(tr, "Reviewed by"), "h3"), t]
