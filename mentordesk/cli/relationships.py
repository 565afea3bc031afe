"""`relationships`, `log-meeting`, `attention` and the commands that change a pair's course.

`start-relationship`, `close-relationship`, `extend-relationship`, `checkin`
and `snooze` each make one service call (one transaction), so a refusal is
printed as the service's sentences, exits 1 and leaves the file untouched.
People are named by their employee id, the key HR's own system uses.

Arguments are parsed by hand where argparse would answer with a usage dump:
an HR manager who types 2026-02-30 or "ninety" should read one plain sentence
saying what is wrong, and nothing is written.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, TypeVar

from ..errors import MentorDeskError, ValidationError
from ..i18n import gettext as _
from ..i18n import pgettext

# The vocabulary modules, not `..relationships`: the help texts need only
# these words, and the whole rule set (attention, health, time zones) costs
# more to import than the rest of `--help`.
from ..relationship_rules.checkins import CHECKIN_QUESTIONS
from ..relationship_rules.vocabulary import CADENCES, CLOSURE_OUTCOMES, OUTCOMES, ROLES
from . import open_db, relationship_records
from . import relationship_words as words
from .lazy import lazy
from .output import safe

if TYPE_CHECKING:
    from ..models import Person
    from ..relationship_models import AttentionItem, RelationshipSummary

# The services (and the storage layer below them) load when a command runs.
people_svc = lazy("mentordesk.services.people")
svc = lazy("mentordesk.services.relationships")

T = TypeVar("T")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("relationships", help=_("list mentoring relationships with attendance and health"))
    p.add_argument("--json", action="store_true", help=_("print JSON instead of a table"))
    p.add_argument("--program", metavar=pgettext("metavar", "NAME"), help=_("only this program"))
    p.add_argument("--status", metavar=pgettext("metavar", "STATUS"), help=_("active or closed"))
    p.add_argument("--today", metavar=pgettext("metavar", "YYYY-MM-DD"), help=argparse.SUPPRESS)
    p.set_defaults(func=cmd_relationships)

    m = sub.add_parser("log-meeting", help=_("record a meeting of a relationship"))
    m.add_argument("--relationship", metavar=pgettext("metavar", "ID"), required=True, help=_("the relationship's id"))
    m.add_argument("--date", metavar=pgettext("metavar", "YYYY-MM-DD"), required=True,
                   help=_("not after today for a held or missed meeting; a cancelled or rescheduled one may be "
                          "ahead (a closed relationship takes no new meetings)"))
    m.add_argument("--outcome", metavar=pgettext("metavar", "OUTCOME"), required=True,
                   help=_("one of: %(choices)s") % {"choices": ", ".join(_cli_outcome(o) for o in OUTCOMES)})
    m.add_argument("--minutes", metavar=pgettext("metavar", "N"),
                   required=True, help=_("how long the meeting lasted, in minutes"))
    m.add_argument("--notes", default="", metavar=pgettext("metavar", "TEXT"),
                   help=_("confidential notes (HR's copy of the report only)"))
    m.add_argument("--topics", default="", metavar=pgettext("metavar", "TEXT"), help=_("what was talked about"))
    m.add_argument("--time", default="", metavar=pgettext("metavar", "HH:MM"), help=_("the time of day it started"))
    m.add_argument("--mode", default=None, metavar=pgettext("metavar", "MODE"),
                   help=_("in-person, video, phone or chat (default: the relationship's)"))
    m.add_argument("--without-notice", action="store_true", help=_("the miss or change came without notice"))
    m.set_defaults(func=cmd_log_meeting)

    a = sub.add_parser("attention", help=_("what needs HR's attention, most urgent first"))
    a.add_argument("--json", action="store_true", help=_("print JSON instead of a list"))
    a.add_argument("--today", metavar=pgettext("metavar", "YYYY-MM-DD"), help=argparse.SUPPRESS)
    a.set_defaults(func=cmd_attention)

    s = sub.add_parser("start-relationship", help=_("pair a mentor and a mentee by hand; prints the new id"))
    s.add_argument("--mentor", metavar=pgettext("metavar", "EMPLOYEE_ID"),
                   required=True, help=_("the mentor's employee ID"))
    s.add_argument("--mentee", metavar=pgettext("metavar", "EMPLOYEE_ID"),
                   required=True, help=_("the mentee's employee ID"))
    s.add_argument("--program", metavar=pgettext("metavar", "NAME"),
                   help=_("the program it belongs to (default: none)"))
    s.add_argument("--start", metavar=pgettext("metavar", "YYYY-MM-DD"), help=_("first day (default: today)"))
    s.add_argument("--months", metavar=pgettext("metavar", "N"),
                   help=_("planned length (default: the program's, else 9)"))
    s.add_argument("--cadence", metavar=pgettext("metavar", "CADENCE"),
                   help=_("one of: %(choices)s (default: the program's, else "
                                                          "fortnightly)") % {"choices": ", ".join(CADENCES)})
    s.set_defaults(func=cmd_start_relationship)

    c = sub.add_parser("close-relationship", help=_("close a relationship with its outcome"))
    c.add_argument("--relationship", metavar=pgettext("metavar", "ID"), required=True, help=_("the relationship's id"))
    c.add_argument("--outcome", metavar=pgettext("metavar", "OUTCOME"), required=True,
                   help=_("one of: %(choices)s") % {"choices": ", ".join(_cli_outcome(o) for o in CLOSURE_OUTCOMES)})
    c.add_argument("--reason", default="", metavar=pgettext("metavar", "TEXT"),
                   help=_("required unless the outcome is completed"))
    c.add_argument("--reflection", default="", metavar=pgettext("metavar", "TEXT"),
                   help=_("the pair's final reflection"))
    c.add_argument("--date", metavar=pgettext("metavar", "YYYY-MM-DD"), help=_("closing day (default: today)"))
    c.set_defaults(func=cmd_close_relationship)

    e = sub.add_parser("extend-relationship", help=_("move a relationship's planned end later"))
    e.add_argument("--relationship", metavar=pgettext("metavar", "ID"), required=True, help=_("the relationship's id"))
    e.add_argument("--until", metavar=pgettext("metavar", "YYYY-MM-DD"), required=True, help=_("the new planned end"))
    e.add_argument("--reason", required=True, metavar=pgettext("metavar", "TEXT"),
                   help=_("why it is extended (kept with the record)"))
    e.set_defaults(func=cmd_extend_relationship)

    k = sub.add_parser("checkin", help=_("record a mentor's or mentee's check-in"))
    k.add_argument("--relationship", metavar=pgettext("metavar", "ID"), required=True, help=_("the relationship's id"))
    k.add_argument("--role", metavar=pgettext("metavar", "ROLE"), required=True, help=_("mentor or mentee"))
    k.add_argument("--date", metavar=pgettext("metavar", "YYYY-MM-DD"),
                   required=True, help=_("the day of the check-in"))
    k.add_argument("--score", metavar=pgettext("metavar", "KEY=N"), action="extend", nargs="+", default=[],
                   help=_("an answer from 1 to 5; questions: %(keys)s") % {"keys": ", ".join(CHECKIN_QUESTIONS)})
    k.add_argument("--comment", metavar=pgettext("metavar", "KEY=TEXT"), action="extend", nargs="+", default=[],
                   help=_("a comment on one question"))
    k.add_argument("--today", metavar=pgettext("metavar", "YYYY-MM-DD"), help=argparse.SUPPRESS)
    k.set_defaults(func=cmd_checkin)

    z = sub.add_parser("snooze", help=_("hide an attention item until a date"))
    z.add_argument("--item", metavar=pgettext("metavar", "KEY"),
                   required=True, help=_("the item's key, as `attention --json` shows"))
    z.add_argument("--until", metavar=pgettext("metavar", "YYYY-MM-DD"),
                   required=True, help=_("the day it shows again"))
    z.add_argument("--note", metavar=pgettext("metavar", "TEXT"), required=True, help=_("why it can wait"))
    z.add_argument("--today", metavar=pgettext("metavar", "YYYY-MM-DD"), help=argparse.SUPPRESS)
    z.set_defaults(func=cmd_snooze)

    relationship_records.register(sub)  # goals, checkins, delete-goal, delete-checkin, archive-person


def _cli_outcome(outcome: str) -> str:
    return outcome.replace("_", "-")



def _collect(problems: list[str], parse: Callable[[], T]) -> T | None:
    """Run one parse; on refusal add its sentences to `problems`, so every mistake is reported at once."""
    try:
        return parse()
    except ValidationError as exc:
        problems += exc.problems
        return None

def _parse_date(text: str, refusal: str) -> dt.date:
    """`refusal` is the whole sentence naming which date, with %(text)s for what was typed."""
    try:
        return dt.date.fromisoformat(text)
    except (TypeError, ValueError):
        raise ValidationError(refusal % {"text": repr(text)}) from None


def _today(args: argparse.Namespace) -> dt.date | None:
    if not getattr(args, "today", None):
        return None
    return _parse_date(args.today, _("The date %(text)s is not a real date; write it as YYYY-MM-DD."))


# -- relationships ------------------------------------------------------------------

def _summary_json(s: RelationshipSummary, goals: Sequence[tuple[str, str]] = ()) -> dict[str, Any]:
    return {
        "id": s.id, "program": s.program_name or None, "program_id": s.program_id,
        "mentor": s.mentor_name, "mentor_id": s.mentor_id, "mentee": s.mentee_name, "mentee_id": s.mentee_id,
        "stage": s.stage_name, "stage_number": s.stage,
        "start": s.start.isoformat(), "planned_end": s.planned_end.isoformat(),
        "status": s.status, "closure_outcome": s.closure_outcome, "cadence": s.cadence, "mode": s.mode,
        "meetings_held": s.meetings_held, "meetings_missed": s.meetings_missed,
        "attendance_rate": s.attendance_rate, "hours": round(s.hours, 2),
        "health": s.health, "health_label": s.health_label, "health_reasons": list(s.health_reasons),
        "goals": [{"title": title, "status": status} for title, status in goals],
        "replaces_id": s.replaces_id,
    }


def table(headers: Sequence[str], body: Sequence[Sequence[str]], right: Sequence[int] = ()) -> str:
    """Columns padded to their widest cell; numbers right-aligned so they line up."""
    body = [[safe(c) for c in row] for row in body]  # names from HR data: no raw control characters
    widths = [max(len(str(x)) for x in col) for col in zip(headers, *body, strict=False)]
    lines = []
    for row in (headers, *body):
        cells = [str(c).rjust(w) if i in right else str(c).ljust(w) for i,
                 (c, w) in enumerate(zip(row, widths, strict=False))]
        lines.append("  ".join(cells).rstrip())
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def cmd_relationships(args: argparse.Namespace) -> int:
    if args.status is not None and args.status not in svc.STATUSES:
        raise ValidationError(_("--status must be active or closed, not %(text)s.") % {"text": repr(args.status)})
    today = _today(args)
    db = open_db(args, writes=False)  # reads only: no lock note needed
    try:
        program_id = svc.program_id_by_name(db, args.program) if args.program else None
        found = svc.list_relationships(db, program_id=program_id, status=args.status, today=today)
        goals = svc.goals_by_relationship(db, program_id=program_id, status=args.status) if args.json else {}
    finally:
        db.close()
    if args.json:
        json.dump([_summary_json(s, goals.get(s.id, ())) for s in found], sys.stdout, indent=2, ensure_ascii=False)
        sys.stdout.write("\n")
        return 0
    if not found:
        print(_("No relationships."))
        return 0
    body = [
        [s.mentor_name, s.mentee_name, s.program_name or "-", f"{s.stage} {_(s.stage_name)}",
         s.start.isoformat(), s.planned_end.isoformat(),
         str(s.meetings_held), str(s.meetings_missed),
         "-" if s.attendance_rate is None else words.percent(s.attendance_rate),
         words.decimal(s.hours), words.said(words.HEALTH, s.health, s.health_label), s.id]
        for s in found
    ]
    print(table([_("Mentor"), _("Mentee"), _("Program"), _("Stage"), _("Start"), _("Planned end"), _("Held"),
                 _("Missed"), _("Attendance"), _("Hours"), _("Health"), _("ID")], body, right=(6, 7, 8, 9)))
    return 0


# -- log-meeting ---------------------------------------------------------------------

def cmd_log_meeting(args: argparse.Namespace) -> int:
    problems = []
    outcome = (args.outcome or "").strip().lower().replace("-", "_")
    if outcome not in OUTCOMES:
        problems.append(_("Unknown outcome %(text)s; use one of: %(choices)s.")
                        % {"text": repr(args.outcome), "choices": ", ".join(_cli_outcome(o) for o in OUTCOMES)})
    date = _collect(problems, lambda: _parse_date(
        args.date, _("The date %(text)s is not a real date; write it as YYYY-MM-DD.")))
    try:
        minutes = int(str(args.minutes).strip())
    except ValueError:
        minutes = None
        problems.append(_("The duration %(text)s is not a whole number of minutes.") % {"text": repr(args.minutes)})
    mode = args.mode.replace("-", "_") if args.mode else None
    if problems:
        raise ValidationError(problems)
    db = open_db(args)
    try:
        meeting_id = svc.log_meeting(db, args.relationship, date, minutes, outcome, mode=mode, time=args.time,
                                     with_notice=not args.without_notice, topics=args.topics, notes=args.notes)
    finally:
        db.close()
    print(_("Logged the %(outcome)s meeting of %(date)s (%(id)s).")
          % {"outcome": words.said(words.MEETING_OUTCOMES, outcome), "date": date.isoformat(), "id": meeting_id})
    return 0


# -- attention ------------------------------------------------------------------------

def _item_json(i: AttentionItem) -> dict[str, Any]:
    return {
        "key": i.key, "kind": i.kind, "kind_label": i.kind_label, "severity": i.severity,
        "title": i.title, "detail": i.detail, "due": i.due.isoformat() if i.due else None,
        "relationship_id": i.relationship_id, "person_id": i.person_id,
    }


def cmd_attention(args: argparse.Namespace) -> int:
    today = _today(args)
    db = open_db(args, writes=False)  # reads only: no lock note needed
    try:
        items = svc.attention_list(db, today=today)
    finally:
        db.close()
    if args.json:
        json.dump([_item_json(i) for i in items], sys.stdout, indent=2, ensure_ascii=False)
        sys.stdout.write("\n")
        return 0
    if not items:
        print(_("Nothing needs attention."))
        return 0
    width = max(len(_(word)) for word in words.SEVERITIES.values())
    for i in items:
        due = f" ({i.due.isoformat()})" if i.due else ""
        severity = words.said(words.SEVERITIES, i.severity, i.severity.upper())
        print(f"[{severity:{width}}] {safe(words.attention_title(i))}{due}\n"
              f"{'':{width + 3}}{safe(words.attention_detail(i))}")
    return 0


# -- start-relationship ---------------------------------------------------------------

def _person_by_employee_id(people: Sequence[Person], employee_id: str, role: str) -> tuple[Person | None, str]:
    """The person with that employee id, or a sentence saying why there is none.

    An exact match wins; otherwise case is ignored ("e12" finds "E12"). Archived
    people are refused because the pairing dialog does not offer them either.
    """
    wanted = (employee_id or "").strip()
    found = [p for p in people if p.employee_id == wanted]
    if not found:
        found = [p for p in people if p.employee_id.casefold() == wanted.casefold()]
    if not found:
        if role == "mentor":
            return None, _("There is no one with the employee id %(id)s (the mentor).") % {"id": repr(wanted)}
        return None, _("There is no one with the employee id %(id)s (the mentee).") % {"id": repr(wanted)}
    person = found[0]
    if person.archived:
        values = {"name": person.name, "id": person.employee_id}
        if role == "mentor":
            return None, _("%(name)s (%(id)s) is archived, so cannot be paired as the mentor.") % values
        return None, _("%(name)s (%(id)s) is archived, so cannot be paired as the mentee.") % values
    return person, ""


def cmd_start_relationship(args: argparse.Namespace) -> int:
    problems: list[str] = []
    start: dt.date | None = None
    if args.start is not None:
        start = _collect(problems, lambda: _parse_date(
            args.start, _("The start date %(text)s is not a real date; write it as YYYY-MM-DD.")))
    months: int | None = None
    if args.months is not None:
        try:
            months = int(str(args.months).strip())
        except ValueError:
            problems.append(_("The length %(text)s is not a whole number of months.") % {"text": repr(args.months)})
    cadence = args.cadence.strip().lower() if args.cadence is not None else None
    db = open_db(args, create=False)  # a mistyped --db must not leave a new empty file
    try:
        people = people_svc.list_people(db)
        mentor, problem = _person_by_employee_id(people, args.mentor, "mentor")
        problems += [problem] if problem else []
        mentee, problem = _person_by_employee_id(people, args.mentee, "mentee")
        problems += [problem] if problem else []
        program_id = None
        if args.program is not None:
            try:
                program_id = svc.program_id_by_name(db, args.program)
            except MentorDeskError as exc:
                problems.append(str(exc))
        if problems:
            raise ValidationError(problems)
        rel_id = svc.start_relationship(db, mentor.id, mentee.id, program_id=program_id, start=start,
                                        months=months, cadence=cadence)
    finally:
        db.close()
    print(rel_id)
    return 0


# -- close-relationship ---------------------------------------------------------------

def cmd_close_relationship(args: argparse.Namespace) -> int:
    problems: list[str] = []
    outcome = (args.outcome or "").strip().lower().replace("-", "_")
    if outcome not in CLOSURE_OUTCOMES:
        problems.append(_("Unknown outcome %(text)s; use one of: %(choices)s.") % {
            "text": repr(args.outcome), "choices": ", ".join(_cli_outcome(o) for o in CLOSURE_OUTCOMES)})
    closed_on: dt.date | None = None
    if args.date is not None:
        closed_on = _collect(problems, lambda: _parse_date(
            args.date, _("The closing date %(text)s is not a real date; write it as YYYY-MM-DD.")))
    if problems:
        raise ValidationError(problems)
    db = open_db(args, create=False)  # a mistyped --db must not leave a new empty file
    try:
        svc.close(db, args.relationship, outcome, reason=args.reason, reflection=args.reflection,
                  closed_on=closed_on)
        detail = svc.get_relationship(db, args.relationship)
    finally:
        db.close()
    s = detail.summary
    print(_("Closed the relationship of %(mentor)s and %(mentee)s on %(date)s: %(outcome)s.") % {
        "mentor": safe(s.mentor_name), "mentee": safe(s.mentee_name), "date": detail.closed_on.isoformat(),
        "outcome": words.said(words.CLOSURE_OUTCOMES, outcome)})
    return 0


# -- extend-relationship --------------------------------------------------------------

def cmd_extend_relationship(args: argparse.Namespace) -> int:
    until = _parse_date(args.until, _("The new end date %(text)s is not a real date; write it as YYYY-MM-DD."))
    db = open_db(args, create=False)  # a mistyped --db must not leave a new empty file
    try:
        before = svc.get_relationship(db, args.relationship).summary
        svc.extend(db, args.relationship, until, args.reason)
    finally:
        db.close()
    print(_("Extended the relationship of %(mentor)s and %(mentee)s to %(date)s (planned end was %(old)s).") % {
        "mentor": safe(before.mentor_name), "mentee": safe(before.mentee_name), "date": until.isoformat(),
        "old": before.planned_end.isoformat()})
    return 0


# -- checkin --------------------------------------------------------------------------

def _pairs(values: Sequence[str], malformed: str, twice: str) -> tuple[dict[str, str], list[str]]:
    """KEY=VALUE arguments as a dict; a missing '=' or a key given twice is a problem, not a guess.
    `malformed` and `twice` are the whole sentences for the two mistakes (%(text)s, %(key)s)."""
    out: dict[str, str] = {}
    problems: list[str] = []
    for value in values:
        key, sep, text = value.partition("=")
        key = key.strip()
        if not sep or not key:
            problems.append(malformed % {"text": repr(value)})
        elif key in out:
            problems.append(twice % {"key": repr(key)})
        else:
            out[key] = text
    return out, problems


def cmd_checkin(args: argparse.Namespace) -> int:
    problems: list[str] = []
    date = _collect(problems, lambda: _parse_date(
        args.date, _("The check-in date %(text)s is not a real date; write it as YYYY-MM-DD.")))
    today = _collect(problems, lambda: _today(args))
    role = (args.role or "").strip().lower()
    if role not in ROLES:
        problems.append(_("The role must be mentor or mentee, not %(text)s.") % {"text": repr(args.role)})
    raw_scores, found = _pairs(args.score, _("Write each score as KEY=VALUE, like value_received=4; %(text)s is not."),
                               _("The score for %(key)s is given twice."))
    problems += found
    comments, found = _pairs(args.comment, _("Write each comment as KEY=VALUE, like value_received=\"Useful talks\"; "
                                             "%(text)s is not."), _("The comment for %(key)s is given twice."))
    problems += found
    scores: dict[str, int] = {}
    for key, text in raw_scores.items():
        try:
            scores[key] = int(text.strip())
        except ValueError:
            problems.append(_("The score for %(key)s must be a whole number from 1 to 5, not %(text)s.")
                            % {"key": repr(key), "text": repr(text)})
    if problems:
        raise ValidationError(problems)
    db = open_db(args, create=False)  # a mistyped --db must not leave a new empty file
    try:
        checkin_id = svc.record_checkin(db, args.relationship, role, date, scores, comments, today=today)
    finally:
        db.close()
    print(_recorded(role, scores) % {"date": date.isoformat(), "id": checkin_id,
                                     "average": words.decimal(sum(scores.values()) / len(scores)) if scores else ""})
    return 0


# -- snooze ---------------------------------------------------------------------------

def cmd_snooze(args: argparse.Namespace) -> int:
    """Only a key on today's attention list is accepted: a mistyped key would otherwise be 'snoozed'
    while the real item keeps showing."""
    problems: list[str] = []
    until = _collect(problems, lambda: _parse_date(
        args.until, _("The snooze date %(text)s is not a real date; write it as YYYY-MM-DD.")))
    today = _collect(problems, lambda: _today(args))
    if not (args.note or "").strip():
        problems.append(_("Say in the note why the item can wait."))
    key = (args.item or "").strip()
    if problems:
        raise ValidationError(problems)
    db = open_db(args, create=False)  # a mistyped --db must not leave a new empty file
    try:
        item = next((i for i in svc.attention_list(db, today=today) if i.key == key), None)
        if item is None:
            raise ValidationError(_("No item on the attention list has the key %(key)s; `mentordesk attention "
                                    "--json` shows the keys (an item already snoozed stays hidden until its date).")
                                  % {"key": repr(key)})
        svc.snooze(db, key, until, args.note.strip(), today=today)
    finally:
        db.close()
    print(_("Snoozed \u201c%(title)s\u201d until %(date)s.") % {"title": safe(words.attention_title(item)),
                                                              "date": until.isoformat()})
    return 0


def _recorded(role: str, scores: dict[str, int]) -> str:
    """The confirmation as one whole sentence per role, with or without an average."""
    if role == "mentor":
        return (_("Recorded the mentor's check-in of %(date)s (average %(average)s; %(id)s).") if scores
                else _("Recorded the mentor's check-in of %(date)s (comments only; %(id)s)."))
    return (_("Recorded the mentee's check-in of %(date)s (average %(average)s; %(id)s).") if scores
            else _("Recorded the mentee's check-in of %(date)s (comments only; %(id)s)."))
