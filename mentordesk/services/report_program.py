"""The program summary's figures (split from `services.reports`; definitions in its docstring).

Participation, outcomes, attendance, goals, check-ins with how many answers each average
rests on, branch and department rows (a row with nothing in it is left out), and the pairs
needing attention.  The helpers it shares with the relationship report (`status_of`, the
check-in question names, "Not recorded") stay in `services.reports`.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from .. import clock, program_kinds
from .. import relationships as rules
from ..errors import ValidationError
from ..i18n import Translator, translator
from ..i18n import gettext as _
from ..models import PROGRAM_KINDS
from ..reports import AttentionItem, BreakdownRow, ProgramReportData, RelationshipStatus, ReportOptions
from ..storage import relationships_repo, reports_repo
from ..storage.database import Database
from ..storage.reports_repo import PersonPlace
from ..vocabulary import said
from . import attention as attention_svc
from . import programs as programs_svc
from . import relationships as rel_svc
from .report_common import CADENCE_IN_TEXT, NO_LABEL, _default_options, _program, _question, status_of


def program_id_by_name(db: Database, name: str) -> str:
    """Case-insensitive; the error lists the programs there are."""
    return programs_svc.find_program(db, name).id


def _kind_text(program: Any, tr: Translator) -> str:
    kind = said(PROGRAM_KINDS, program.kind, tr, fallback=str(program.kind).replace("_", " ").capitalize())
    cadence = said(CADENCE_IN_TEXT, program.cadence, tr)
    months = int(program.relationship_months or 0)
    own = program_kinds.summary(program, tr)  # issue 13: what the kind itself asks for, in its words
    if program.kind == "job_shadowing" and own:
        return f"{kind}: {own}"  # a few short visits: no months-long cadence
    text = tr.ngettext("%(kind)s, %(months)s-month relationships, meeting %(cadence)s",
                       "%(kind)s, %(months)s-month relationships, meeting %(cadence)s", months) % {
        "kind": kind, "months": months, "cadence": cadence}
    return f"{text}; {own}" if own else text


def _attention_reason(item: Any, tr: Translator) -> str:
    """What needs attention: the kind in the report's language, then the detail.
    The detail is said in the report's language when the rules gave it as a Message."""
    label = attention_svc.ATTENTION_KINDS.get(item.kind)
    detail = item.message.render(tr) if getattr(item, "message", None) is not None else item.detail
    return tr.gettext("%(what)s: %(detail)s") % {"what": tr.gettext(label) if label else item.kind_label,
                                                 "detail": detail}


def _mean(values: list[float]) -> float | None:
    return sum(values) / len(values) if values else None


@dataclass
class _Group:
    """Running totals for the program as a whole or one branch/department."""

    mentors: int = 0
    mentees: int = 0
    asked: int = 0
    matched: int = 0
    active: int = 0
    completed: int = 0
    ended_early: int = 0
    hours: float = 0.0
    goals_achieved: int = 0
    goals_total: int = 0

    def __post_init__(self) -> None:
        self.meetings: list[rules.MeetingRecord] = []
        self.answers: list[int] = []

    def row(self, label: str) -> BreakdownRow:
        return BreakdownRow(
            label=label, mentors=self.mentors, mentees=self.mentees,
            match_rate=self.matched / self.asked if self.asked else None,
            active=self.active, completed=self.completed, ended_early=self.ended_early,
            attendance_rate=rules.attendance(self.meetings).rate,
            mentoring_hours=rules.mentoring_hours(self.meetings),
            goals_achieved=self.goals_achieved, goals_total=self.goals_total,
            checkin_average=_mean([float(a) for a in self.answers]),
            checkin_answers=len(self.answers),
        )


@dataclass
class _Tally:
    """The program's totals and its branch and department rows, counted side by side:
    a person (or a pair, by its mentee) adds to all three at once."""

    total: _Group = field(default_factory=_Group)
    by_branch: dict[str, _Group] = field(default_factory=lambda: defaultdict(_Group))
    by_dept: dict[str, _Group] = field(default_factory=lambda: defaultdict(_Group))

    def groups_for(self, branch: str, department: str) -> tuple[_Group, _Group, _Group]:
        return self.total, self.by_branch[branch or NO_LABEL], self.by_dept[department or NO_LABEL]


def _count_participants(tally: _Tally, participants: Iterable[Any], matched_mentees: set[str]) -> int:
    """Mentors accepted, mentees accepted and asked, matched mentees; returns the waiting list."""
    waiting = 0
    for p in participants:
        gs = tally.groups_for(p.branch, p.department)
        if p.role == "mentor" and p.status == "accepted":
            for g in gs:
                g.mentors += 1
        elif p.role == "mentee" and p.status in ("accepted", "waitlisted"):
            waiting += p.status == "waitlisted"
            for g in gs:
                g.mentees += p.status == "accepted"
                g.asked += 1
                g.matched += p.person_id in matched_mentees
    return waiting


#: A mentee erased from the file (no row left) counts under "Not recorded", like one whose branch was never given.
_UNKNOWN_PLACE = PersonPlace(name="", department="", branch="", employee_id="")


def _count_relationships(tally: _Tally, summaries: Iterable[Any], places: Mapping[str, PersonPlace],
                         today: dt.date) -> tuple[dict[str, tuple[_Group, ...]], set[str]]:
    """Each pair's status into its mentee's groups; returns the groups of each pair (its
    meetings, goals and check-ins count there too) and the pairs whose mentor was replaced."""
    rel_groups: dict[str, tuple[_Group, ...]] = {}
    replaced: set[str] = set()
    for s in summaries:
        place = places.get(s.mentee_id, _UNKNOWN_PLACE)
        gs = tally.groups_for(place.branch, place.department)
        rel_groups[s.id] = gs
        status = status_of(s.status, s.closure_outcome, s.start, today)
        if status == RelationshipStatus.REPLACED:
            replaced.add(s.id)
        for g in gs:
            if status == RelationshipStatus.COMPLETED:
                g.completed += 1
            elif status == RelationshipStatus.ENDED_EARLY:
                g.ended_early += 1
            elif s.status == "active":
                g.active += 1
    return rel_groups, replaced


def _count_meetings(db: Database, program_id: str, rel_groups: Mapping[str, tuple[_Group, ...]],
                    today: dt.date) -> None:
    for m in relationships_repo.meetings_bulk(db, program_id):
        record = rules.MeetingRecord(date=m.date, outcome=m.outcome, minutes=m.minutes)
        if not rules.happened_by(record.date, record.outcome, today):
            continue  # a held or missed meeting dated after today is not a fact yet
        for g in rel_groups.get(m.relationship_id, ()):
            g.meetings.append(record)


def _count_goals(db: Database, program_id: str, rel_groups: Mapping[str, tuple[_Group, ...]],
                 replaced: set[str]) -> None:
    for goal in relationships_repo.goals_bulk(db, program_id):
        if goal.relationship_id in replaced:
            continue  # the replacement carries these goals on: count each goal once
        for g in rel_groups.get(goal.relationship_id, ()):
            if goal.status != "dropped":
                g.goals_total += 1
                g.goals_achieved += goal.status == "achieved"


def _count_checkins(db: Database, program_id: str,
                    rel_groups: Mapping[str, tuple[_Group, ...]]) -> dict[str, list[int]]:
    """Every answer into its pair's groups; returns the answers per question."""
    per_question: dict[str, list[int]] = defaultdict(list)
    for c in relationships_repo.checkins_bulk(db, program_id):
        for key, value in c.scores.items():
            if value is None:
                continue
            per_question[key].append(int(value))
            for g in rel_groups.get(c.relationship_id, ()):
                g.answers.append(int(value))
    return per_question


def _check_counts(db: Database, program_id: str, total: _Group, replaced: set[str]) -> None:
    counts = rel_svc.closure_counts(db, program_id)
    if ((counts.active, counts.completed, counts.ended_early, counts.replaced)
            != (total.active, total.completed, total.ended_early, len(replaced))):
        # both come from the same rows and rule; a difference is a bug, never print it
        raise ValidationError(_("The relationship counts do not add up; the report was not made."))


def _checkin_figures(per_question: Mapping[str, list[int]],
                     tr: Translator) -> tuple[dict[str, float], dict[str, int]]:
    """(average, number of answers) per question asked, in the house order of questions."""
    asked = [k for k in rules.CHECKIN_QUESTIONS if per_question.get(k)]
    averages = {_question(k, tr): sum(per_question[k]) / len(per_question[k]) for k in asked}
    answers = {_question(k, tr): len(per_question[k]) for k in asked}
    return averages, answers


def _attention(db: Database, summaries: list[Any], today: dt.date, tr: Translator) -> tuple[AttentionItem, ...]:
    """The program's pairs needing attention, and its mentors who miss too many meetings."""
    names = {s.mentor_id: s.mentor_name for s in summaries}
    by_id = {s.id: s for s in summaries}
    attention: list[AttentionItem] = []
    for item in rel_svc.attention_list(db, today=today):
        if item.relationship_id in by_id:
            s = by_id[item.relationship_id]
            attention.append(AttentionItem(s.mentor_name, s.mentee_name, _attention_reason(item, tr)))
        elif item.kind == "mentor_miss_rate" and item.person_id in names:
            attention.append(AttentionItem(names[item.person_id], tr.gettext("All their mentees"),
                                           _attention_reason(item, tr)))
    return tuple(attention)


def _rows(groups: Mapping[str, _Group], tr: Translator) -> tuple[BreakdownRow, ...]:
    """Branch or department rows by name, "Not recorded" last; a row of zeros says nothing."""
    shown = (groups[k].row(tr.gettext(k) if k == NO_LABEL else k)
             for k in sorted(groups, key=lambda k: (k == NO_LABEL, k.casefold())))
    return tuple(r for r in shown if not r.is_empty())


def program_report_data(db: Database, program_id: str, options: ReportOptions | None = None,
                        today: dt.date | None = None) -> ProgramReportData:
    """The program summary: participation, outcomes, attendance, goals, check-ins,
    breakdowns and the pairs needing attention (definitions in the module docstring).

    `options` gives the language of the texts put into the data (branch "Not
    recorded", check-in questions, attention reasons); nothing in the program
    report is private text, so the privacy options change nothing here.
    """
    options = options or _default_options()
    tr = translator(options.language)
    today = today or clock.today()
    program = _program(db, program_id)
    summaries = rel_svc.list_relationships(db, program_id=program_id, today=today)
    places = reports_repo.people_places(db, {s.mentee_id for s in summaries})

    tally = _Tally()
    waiting = _count_participants(tally, programs_svc.participants(db, program_id),
                                  {s.mentee_id for s in summaries})
    rel_groups, replaced = _count_relationships(tally, summaries, places, today)
    _count_meetings(db, program_id, rel_groups, today)
    _count_goals(db, program_id, rel_groups, replaced)
    per_question = _count_checkins(db, program_id, rel_groups)
    total = tally.total
    _check_counts(db, program_id, total, replaced)
    checkin_averages, checkin_answers = _checkin_figures(per_question, tr)

    row = total.row(program.name)
    return ProgramReportData(
        name=program.name,
        purpose=program.purpose or "",
        business_goal=program.business_goal or "",
        kind=_kind_text(program, tr),
        start_date=program.start_date or min((s.start for s in summaries), default=today),
        end_date=program.end_date,
        mentors=total.mentors,
        mentees=total.mentees,
        waiting_list=waiting,
        match_rate=row.match_rate,
        active=total.active,
        completed=total.completed,
        ended_early=total.ended_early,
        replaced=len(replaced),
        attendance_rate=row.attendance_rate,
        mentoring_hours=row.mentoring_hours,
        goals_achieved=total.goals_achieved,
        goals_total=total.goals_total,
        checkin_averages=checkin_averages,
        checkin_answers=checkin_answers,
        by_branch=_rows(tally.by_branch, tr),
        by_department=_rows(tally.by_dept, tr),
        needs_attention=_attention(db, summaries, today, tr),
    )
