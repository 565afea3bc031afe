"""Reports from the file: fill the renderer's dataclasses, then write PDFs.

The renderer (`mentordesk.reports`) only draws what it is handed; this module
decides what that is.  Two principles:

* **Figures agree with the rest of the app.**  Attendance, hours, stage names,
  completed vs ended early all come from the relationship service and the pure
  rules in `mentordesk.relationships` -- the very functions the Relationships
  screen and the CLI use -- so an executive never sees a percentage on paper
  that differs from the one HR sees on screen.
* **Private text only when asked for.**  Meeting notes (and the closing
  reflection) are dropped from the data unless ``options.include_notes``;
  check-in comments are dropped when ``options.include_checkin_comments`` is
  off (the manager version).  They are removed *here*, not merely hidden by the
  renderer, so a renderer change can never leak them.

Definitions used in the program report (also printed in docs/help):

* ``mentors`` / ``mentees``: accepted participants of that role;
  ``waiting_list``: waitlisted mentees.
* ``match_rate`` = mentees (accepted or waitlisted) who have a relationship in
  the program, of all accepted + waitlisted mentees.  Waitlisted mentees are in
  the denominator because they asked for a mentor and did not get one yet.
* ``attendance_rate`` is pooled over every meeting of the program's
  relationships (``rules.attendance``: held / (held + missed); rescheduled and
  cancelled meetings do not count), so a pair with 40 meetings weighs more than
  a pair with 2 -- the same rule as one relationship's rate.
* ``goals_total`` leaves dropped goals out (as the relationship report's
  "Goals achieved" card does): a goal the pair agreed to drop is not a failure.
* Branch and department rows attribute a relationship to its **mentee's**
  branch/department (the program exists for the mentees); mentor and mentee
  counts in a row are the accepted participants from that branch/department.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any

from .. import clock
from ..i18n import Translator, translator
from ..relationship_rules.vocabulary import ENDED_OUTCOMES, FIRST_STAGE
from ..reports import (
    CheckIn,
    CompetencyGrowth,
    Goal,
    Meeting,
    Person,
    RelationshipReportData,
    ReportOptions,
)
from ..storage import reports_repo
from ..storage.database import Database
from ..storage.reports_repo import Assessment, PersonPlace

if TYPE_CHECKING:
    from ..relationship_models import RelationshipSummary
from .report_common import (  # shared with report_program and report_files; re-exported for callers
    CADENCE_IN_TEXT,
    NO_LABEL,
    SCALE_MAX,
    SETTING_COMPANY,
    SETTING_FOR_MANAGER,
    SETTING_INCLUDE_NOTES,
    SETTING_KEYS,
    SETTING_LANGUAGE,
    SETTING_LOGO,
    SETTING_PAGE_SIZE,
    _default_options,
    _flag,
    _program,
    _question,
    report_options_from_settings,
    status_of,
)

# A report reads the facts it prints (`report_reading`), not the window's detail page: no
# health, no goal histories, none of the screens' records (issue 15). Same rules, same rows.
from .report_reading import ReportFacts, read_report_facts

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


# ---------------------------------------------------------------------------
# One relationship
# ---------------------------------------------------------------------------


def _comment_text(comments: Mapping[str, str], tr: Translator) -> str:
    parts = []
    for key, text in comments.items():
        text = (text or "").strip()
        if text:
            question = _question(key, tr)
            parts.append(f"{question} \u2014 {text}")  # the question, then what was said about it
    return "\n".join(parts)


def _growth(goal_competencies: Iterable[str], assessments: Mapping[str, list[Assessment]]
            ) -> tuple[CompetencyGrowth, ...]:
    """Growth for the competencies the pair's goals work on.

    Start = the first assessment, current = the latest, target = the latest
    target given; a competency never assessed has nothing to show and is left
    out.  Without any target the bar ends at the current level (no invented goal).
    """
    out = []
    seen: set[str] = set()
    for cid in goal_competencies:
        if cid in seen:
            continue
        seen.add(cid)
        history = assessments.get(cid) or []
        if not history:
            continue
        targets = [h.target_level for h in history if h.target_level is not None]
        first, last = history[0], history[-1]
        target = targets[-1] if targets else max(first.current_level, last.current_level)
        out.append(CompetencyGrowth(
            competency=last.competency, start_level=float(first.current_level),
            current_level=float(last.current_level), target_level=float(target), scale_max=SCALE_MAX))
    return tuple(out)


def _person(place: PersonPlace | None, name: str) -> Person:
    if place is None:
        return Person(name)
    return Person(name, place.department, place.branch, employee_id=place.employee_id)


def _story(facts: ReportFacts, tr: Translator) -> str:
    """Where a relationship came from and went on to, when a mentor was replaced."""
    lines = []
    for earlier in facts.continues:
        lines.append(tr.gettext("Continues the relationship with %(mentor)s (%(start)s–%(end)s).") % {
            "mentor": earlier.mentor_name, "start": tr.date(earlier.start),
            "end": tr.date(earlier.closed_on) if earlier.closed_on else "?"})
    later = facts.continued_by
    if later is not None:
        lines.append(tr.gettext("Continued with %(mentor)s from %(date)s.") % {
            "mentor": later.mentor_name, "date": tr.date(later.start)})
    return "\n".join(lines)


def _stage_started(facts: ReportFacts) -> dict[int, dt.date]:
    """The day each stage up to the current one began (the first stage: the pair's start)."""
    s = facts.rel
    started: dict[int, dt.date] = {}
    for entry in facts.stages:
        if entry.stage <= s.stage:
            started.setdefault(entry.stage, entry.began_on)
    started.setdefault(FIRST_STAGE, s.start)
    return started


def _checkins(facts: ReportFacts, options: ReportOptions, tr: Translator) -> tuple[CheckIn, ...]:
    """Check-ins with their questions in the report's language; comments only if the options allow."""
    comments_ok = options.include_checkin_comments
    return tuple(
        CheckIn(held_on=c.date, respondent=c.role,
                scores={_question(k, tr): int(v) for k, v in c.scores.items() if v is not None},
                comments=_comment_text(c.comments, tr) if comments_ok else "")
        for c in facts.checkins)


def _meetings(facts: ReportFacts, options: ReportOptions) -> tuple[Meeting, ...]:
    """Meetings; their private notes only if the options include notes."""
    return tuple(
        Meeting(held_on=m.date, minutes=int(m.minutes or 0), outcome=m.outcome, topics=m.topics or "",
                notes=(m.notes or "") if options.include_notes else "")
        for m in facts.meetings)


def _closing(facts: ReportFacts, options: ReportOptions, tr: Translator) -> str:
    """How a closed relationship ended, why, and (with notes) the closing reflection."""
    s = facts.rel
    how = ENDED_OUTCOMES.get(s.closure_outcome)
    how = tr.gettext(how) if how else s.closure_outcome
    closing = (tr.gettext("How it ended: %(outcome)s on %(date)s.") % {"outcome": how,
                                                                      "date": tr.date(s.closed_on)}
               if s.closed_on else tr.gettext("How it ended: %(outcome)s.") % {"outcome": how})
    if (s.closure_reason or "").strip():
        closing += " " + tr.gettext("Reason: %(reason)s") % {"reason": s.closure_reason.strip()}
    if options.include_notes and (s.reflection or "").strip():
        closing += "\n" + tr.gettext("Closing reflection: %(text)s") % {"text": s.reflection.strip()}
    return closing


def _summary(facts: ReportFacts, options: ReportOptions, tr: Translator) -> str:
    """HR's summary framed by where the pair came from (a replaced mentor) and how it ended."""
    s = facts.rel
    summary = (s.hr_summary or "").strip()
    if s.status == "closed" and s.closure_outcome:
        closing = _closing(facts, options, tr)
        summary = f"{summary}\n\n{closing}" if summary else closing
    story = _story(facts, tr)
    if story:
        summary = f"{story}\n\n{summary}" if summary else story
    return summary


def _relationship_data(facts: ReportFacts, places: Mapping[str, PersonPlace],
                       assessments: Mapping[tuple[str, str], list[Assessment]],
                       options: ReportOptions, today: dt.date) -> RelationshipReportData:
    """Pure: one relationship's facts (already read) to the renderer's record."""
    s = facts.rel
    tr = translator(options.language)
    goals = tuple(Goal(title=g.title, status=g.status, progress=int(g.progress), due_date=g.due_date)
                  for g in facts.goals)
    mentee_assessments = {cid: rows for (pid, cid), rows in assessments.items() if pid == s.mentee_id}
    competencies = _growth((g.competency_id for g in facts.goals if g.competency_id), mentee_assessments)
    # planned_dates already stop at the earlier of planned end and closing day
    planned_to_date = sum(1 for d in facts.planned_dates if d <= today)
    return RelationshipReportData(
        program_name=s.program_name or tr.gettext("No program"),
        mentor=_person(places.get(s.mentor_id), s.mentor_name),
        mentee=_person(places.get(s.mentee_id), s.mentee_name),
        start_date=s.start,
        planned_end_date=s.planned_end,
        current_stage=s.stage,
        stage_started=_stage_started(facts),
        status=status_of(s.status, s.closure_outcome, s.start, today),
        planned_meetings_to_date=planned_to_date,
        attendance_rate=facts.attendance_rate,  # rules.attendance: held / (held + missed)
        mentoring_hours=facts.hours,            # rules.mentoring_hours: held meetings only
        goals=goals,
        meetings=_meetings(facts, options),
        competencies=competencies,
        checkins=_checkins(facts, options, tr),
        hr_summary=_summary(facts, options, tr),
        end_date=s.closed_on if s.status == "closed" else None,
    )


def _facts_to_data(db: Database, all_facts: list[ReportFacts], options: ReportOptions,
                   today: dt.date) -> list[RelationshipReportData]:
    person_ids = {f.rel.mentor_id for f in all_facts} | {f.rel.mentee_id for f in all_facts}
    places = reports_repo.people_places(db, person_ids)
    assessments = reports_repo.competency_assessments(db, {f.rel.mentee_id for f in all_facts})
    return [_relationship_data(f, places, assessments, options, today) for f in all_facts]


def relationship_report_data(db: Database, rel_id: str, options: ReportOptions | None = None,
                             today: dt.date | None = None) -> RelationshipReportData:
    """Everything one relationship report shows, read from the file.

    Raises NotFoundError for an unknown id (a sentence fit for the user)."""
    options = options or _default_options()
    today = today or clock.today()
    return _facts_to_data(db, [read_report_facts(db, rel_id, today)], options, today)[0]


def program_relationships(db: Database, program_id: str) -> list[RelationshipSummary]:
    """The pairs of a program in the order the report batch and the Reports screen show them."""
    from . import relationship_reading as rel_svc  # the list with health: the Reports screen's, a batch's

    _program(db, program_id)
    return sorted(rel_svc.list_relationships(db, program_id=program_id),
                  key=lambda s: (s.mentor_name.casefold(), s.mentee_name.casefold(), s.start))


def program_relationship_data(db: Database, program_id: str, options: ReportOptions | None = None,
                              today: dt.date | None = None, cancelled: Cancelled | None = None,
                              ) -> list[RelationshipReportData]:
    """One report record per relationship of the program (all statuses), for a batch."""
    options = options or _default_options()
    today = today or clock.today()
    is_cancelled = cancelled or (lambda: False)
    all_facts = []
    for s in program_relationships(db, program_id):
        if is_cancelled():
            return []
        all_facts.append(read_report_facts(db, s.id, today))
    return _facts_to_data(db, all_facts, options, today)


# ---------------------------------------------------------------------------
# Elsewhere, re-exported here: the program summary's figures (`report_program`) and
# writing PDFs (`report_files`), split to keep this module about what a report says.
# The program summary loads when first asked for: one relationship's report never needs it.
# ---------------------------------------------------------------------------

from .report_files import (  # noqa: E402 - they use the helpers above
    save_copy,
    write_program_batch,
    write_program_report,
    write_relationship_report,
)

if TYPE_CHECKING:
    from .report_program import program_id_by_name, program_report_data

_PROGRAM_NAMES = frozenset({"program_id_by_name", "program_report_data"})


def __getattr__(name: str) -> Any:
    """`program_id_by_name` and `program_report_data` from `report_program`, imported on use."""
    if name in _PROGRAM_NAMES:
        from . import report_program

        return getattr(report_program, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["CADENCE_IN_TEXT", "NO_LABEL", "SETTING_COMPANY", "SETTING_FOR_MANAGER", "SETTING_INCLUDE_NOTES",
           "SETTING_KEYS", "SETTING_LANGUAGE", "SETTING_LOGO", "SETTING_PAGE_SIZE", "_flag", "program_id_by_name",
           "program_report_data", "report_options_from_settings", "save_copy", "status_of", "write_program_batch",
           "write_program_report", "write_relationship_report"]
