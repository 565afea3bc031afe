"""The one-relationship report HR hands to executives: where the pair stands,
whether they meet, what they are achieving -- in one to four pages however
long the relationship has run."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, LongTable, Spacer, TableStyle

from ..i18n import N_, Translator
from ..vocabulary import GOAL_STATUS_NAMES, RELATIONSHIP_STATUS_NAMES, RELATIONSHIP_STATUSES_IN_TEXT, STAGE_NAMES
from . import charts
from .data import (
    GoalStatus,
    MeetingOutcome,
    RelationshipReportData,
    ReportOptions,
)
from .flowables import T_, P, U, _facts_table, _h2, _h2_before_table, _label, _person, chunks, kpi_cards
from .relationship_sections import (
    _checkins_section,
    _closing_section,
    _comments_section,
    _heads,
    _meetings_section,
)
from .styles import escape_text, frame_width, register_fonts, render, report_translator, table_style
from .textguard import LABEL, NAME, clean

TITLE = N_("Mentoring relationship report")
# how attendance is counted, printed under every attendance figure
ATTENDANCE_RULE = N_("held ÷ (held + missed)")

#: In English (`mentordesk.vocabulary`); printed through the report's translator.  The
#: status inside a sentence ("... to 10 Jan 2025 (completed)") has its own words.
STATUS_LABELS = RELATIONSHIP_STATUS_NAMES
STATUS_IN_TEXT = RELATIONSHIP_STATUSES_IN_TEXT
GOAL_LABELS = GOAL_STATUS_NAMES


def _title_and_facts(data: RelationshipReportData, width: float, tr: Translator) -> list[Flowable]:
    """The pair's names, program and status, then who, when and at which stage."""
    status = _label(STATUS_LABELS, data.status, tr)
    title = P(f"{escape_text(data.mentor.name, room=NAME)} <font color='#5F6B7A'>&amp;</font> "
              f"{escape_text(data.mentee.name, room=NAME)}", "title")
    subtitle = P(T_(tr, "%(program)s · Mentoring relationship · Status: %(status)s",
                    program=escape_text(data.program_name, room=NAME),
                    status=f"<b>{escape_text(status, room=NAME)}</b>"), "subtitle")
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
    facts = _facts_table([
        (tr.gettext("Mentor"), _person(data.mentor.name, data.mentor.department, data.mentor.branch)),
        (tr.gettext("Mentee"), _person(data.mentee.name, data.mentee.department, data.mentee.branch)),
        (tr.gettext("Period"), P(dates)),
        (tr.gettext("Stage"), P(stage_text)),
    ], width)
    return [title, subtitle, facts, Spacer(1, 8)]


def _figures(data: RelationshipReportData, held: int, width: float, tr: Translator) -> Flowable:
    """Attendance, meetings held against planned, hours and goals achieved as tiles."""
    goals_done = sum(1 for g in data.goals if g.status == GoalStatus.ACHIEVED)
    goals_live = sum(1 for g in data.goals if g.status != GoalStatus.DROPPED)
    dropped = len(data.goals) - goals_live
    return kpi_cards([
        (tr.percent(data.attendance_rate), tr.gettext("Attendance rate"), tr.gettext(ATTENDANCE_RULE)),
        (f"{held} / {data.planned_meetings_to_date}", tr.gettext("Held / planned to date"), ""),
        (tr.hours(data.mentoring_hours), tr.gettext("Mentoring hours"), ""),
        (f"{goals_done} / {goals_live}", tr.gettext("Goals achieved"),
         tr.ngettext("not counting %(count)s dropped", "not counting %(count)s dropped", dropped)
         % {"count": dropped} if dropped else ""),
    ], width)


def _goals_section(data: RelationshipReportData, width: float, tr: Translator) -> list[Flowable]:
    """Each goal with its due date, status and a progress bar (a table that may split)."""
    story = _h2_before_table(tr.gettext("Goals"))
    if not data.goals:
        return [*story, P(T_(tr, "No goals have been recorded yet."), "small")]
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
    return [*story, t]


def build_story(data: RelationshipReportData, options: ReportOptions) -> list[Flowable]:
    """The relationship report's sections in reading order."""
    register_fonts()
    tr = report_translator(options)
    width = frame_width(options)
    meetings = sorted(data.meetings, key=lambda m: m.held_on)
    outcome_counts = Counter(str(m.outcome) for m in meetings)
    story: list[Flowable] = [
        *_title_and_facts(data, width, tr),
        _figures(data, outcome_counts[MeetingOutcome.HELD], width, tr),
        _h2(tr.gettext("Stage of the relationship")),
        charts.stage_timeline(max(1, min(5, int(data.current_stage))), data.stage_started, width, tr=tr),
        *_goals_section(data, width, tr),
        _h2(tr.gettext("Meetings")),
        *_meetings_section(meetings, outcome_counts, options, width, tr),
    ]
    if data.competencies:
        story.append(_h2(tr.gettext("Competency growth")))
        story.extend(charts.competency_chart(part, width, tr=tr) for part in chunks(data.competencies))
    story.extend(_checkins_section(data.checkins, width, tr))
    if options.include_checkin_comments:
        story.extend(_comments_section(data, width, tr))
    story.append(_closing_section(data, width, tr))
    return story


def build_relationship_report(data: RelationshipReportData, options: ReportOptions,
                              out: str | Path | BinaryIO) -> None:
    """Render one relationship to `out` (a path, written atomically and
    owner-only, or a binary file object)."""
    render(build_story(data, options), options, report_translator(options).gettext(TITLE), out,
           subject=f"{clean(data.mentor.name, NAME)} & {clean(data.mentee.name, NAME)}",
           fallback_name=clean(data.program_name, NAME))

