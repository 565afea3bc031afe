"""`start-relationship`, `close-relationship`, `extend-relationship`, `checkin` and `snooze`.

Each makes one service call (one transaction), so a refusal is printed as the
service's sentences, exits 1 and leaves the file untouched. People are named by
their employee id, the key HR's own system uses. Registered from
`cli/relationships.py`, after the listing commands, so `--help` keeps its order.
"""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..errors import MentorDeskError, ValidationError
from ..i18n import gettext as _
from ..i18n import pgettext
from ..relationship_rules.checkins import CHECKIN_QUESTIONS
from ..relationship_rules.vocabulary import CADENCES, CLOSURE_OUTCOMES, ROLES
from . import open_db
from . import relationship_args as args_
from . import relationship_words as words
from .lazy import lazy
from .output import safe

if TYPE_CHECKING:
    from ..models import Person

# The services (and the storage layer below them) load when a command runs, each command only
# its own: `services.relationships` re-exports them all, and importing it pulled every one in
# (goals, undo, lifecycle, matching's reasons), a fifth of a listing's start-up.
people_svc = lazy("mentordesk.services.people")
lifecycle_svc = lazy("mentordesk.services.relationship_lifecycle")
reading_svc = lazy("mentordesk.services.relationship_reading")
attendance_svc = lazy("mentordesk.services.attendance")
checkins_svc = lazy("mentordesk.services.checkins")
attention_svc = lazy("mentordesk.services.attention")


def register(sub: argparse._SubParsersAction) -> None:
    """The commands that change a pair's course, in the order `--help` lists them."""
    _register_start(sub)
    _register_close(sub)
    _register_extend(sub)
    _register_checkin(sub)
    _register_snooze(sub)


def _register_start(sub: argparse._SubParsersAction) -> None:
    """Pairing by hand: the program, length and cadence default as in the window."""
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


def _register_close(sub: argparse._SubParsersAction) -> None:
    """Closing with an outcome; a reason is needed unless the pair completed."""
    c = sub.add_parser("close-relationship", help=_("close a relationship with its outcome"))
    c.add_argument("--relationship", metavar=pgettext("metavar", "ID"), required=True, help=_("the relationship's id"))
    c.add_argument("--outcome", metavar=pgettext("metavar", "OUTCOME"), required=True,
                   help=_("one of: %(choices)s")
                   % {"choices": ", ".join(args_.cli_outcome(o) for o in CLOSURE_OUTCOMES)})
    c.add_argument("--reason", default="", metavar=pgettext("metavar", "TEXT"),
                   help=_("required unless the outcome is completed"))
    c.add_argument("--reflection", default="", metavar=pgettext("metavar", "TEXT"),
                   help=_("the pair's final reflection"))
    c.add_argument("--date", metavar=pgettext("metavar", "YYYY-MM-DD"), help=_("closing day (default: today)"))
    c.set_defaults(func=cmd_close_relationship)


def _register_extend(sub: argparse._SubParsersAction) -> None:
    """A later planned end, with the reason kept on the record."""
    e = sub.add_parser("extend-relationship", help=_("move a relationship's planned end later"))
    e.add_argument("--relationship", metavar=pgettext("metavar", "ID"), required=True, help=_("the relationship's id"))
    e.add_argument("--until", metavar=pgettext("metavar", "YYYY-MM-DD"), required=True, help=_("the new planned end"))
    e.add_argument("--reason", required=True, metavar=pgettext("metavar", "TEXT"),
                   help=_("why it is extended (kept with the record)"))
    e.set_defaults(func=cmd_extend_relationship)


def _register_checkin(sub: argparse._SubParsersAction) -> None:
    """A check-in as KEY=N scores and KEY=TEXT comments, checked all at once."""
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


def _register_snooze(sub: argparse._SubParsersAction) -> None:
    """Hiding an attention item until a day, with a note saying why."""
    z = sub.add_parser("snooze", help=_("hide an attention item until a date"))
    z.add_argument("--item", metavar=pgettext("metavar", "KEY"),
                   required=True, help=_("the item's key, as `attention --json` shows"))
    z.add_argument("--until", metavar=pgettext("metavar", "YYYY-MM-DD"),
                   required=True, help=_("the day it shows again"))
    z.add_argument("--note", metavar=pgettext("metavar", "TEXT"), required=True, help=_("why it can wait"))
    z.add_argument("--today", metavar=pgettext("metavar", "YYYY-MM-DD"), help=argparse.SUPPRESS)
    z.set_defaults(func=cmd_snooze)


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
        start = args_.collect(problems, lambda: args_.parse_date(
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
                program_id = attendance_svc.program_id_by_name(db, args.program)
            except MentorDeskError as exc:
                problems.append(str(exc))
        if problems:
            raise ValidationError(problems)
        rel_id = lifecycle_svc.start_relationship(db, mentor.id, mentee.id, program_id=program_id, start=start,
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
            "text": repr(args.outcome), "choices": ", ".join(args_.cli_outcome(o) for o in CLOSURE_OUTCOMES)})
    closed_on: dt.date | None = None
    if args.date is not None:
        closed_on = args_.collect(problems, lambda: args_.parse_date(
            args.date, _("The closing date %(text)s is not a real date; write it as YYYY-MM-DD.")))
    if problems:
        raise ValidationError(problems)
    db = open_db(args, create=False)  # a mistyped --db must not leave a new empty file
    try:
        lifecycle_svc.close(db, args.relationship, outcome, reason=args.reason, reflection=args.reflection,
                  closed_on=closed_on)
        detail = reading_svc.get_relationship(db, args.relationship)
    finally:
        db.close()
    s = detail.summary
    print(_("Closed the relationship of %(mentor)s and %(mentee)s on %(date)s: %(outcome)s.") % {
        "mentor": safe(s.mentor_name), "mentee": safe(s.mentee_name), "date": detail.closed_on.isoformat(),
        "outcome": words.said(words.CLOSURE_OUTCOMES, outcome)})
    return 0


# -- extend-relationship --------------------------------------------------------------


def cmd_extend_relationship(args: argparse.Namespace) -> int:
    until = args_.parse_date(args.until, _("The new end date %(text)s is not a real date; write it as YYYY-MM-DD."))
    db = open_db(args, create=False)  # a mistyped --db must not leave a new empty file
    try:
        before = reading_svc.get_relationship(db, args.relationship).summary
        lifecycle_svc.extend(db, args.relationship, until, args.reason)
    finally:
        db.close()
    print(_("Extended the relationship of %(mentor)s and %(mentee)s to %(date)s (planned end was %(old)s).") % {
        "mentor": safe(before.mentor_name), "mentee": safe(before.mentee_name), "date": until.isoformat(),
        "old": before.planned_end.isoformat()})
    return 0


# -- checkin --------------------------------------------------------------------------


def cmd_checkin(args: argparse.Namespace) -> int:
    problems: list[str] = []
    date = args_.collect(problems, lambda: args_.parse_date(
        args.date, _("The check-in date %(text)s is not a real date; write it as YYYY-MM-DD.")))
    today = args_.collect(problems, lambda: args_.today(args))
    role = (args.role or "").strip().lower()
    if role not in ROLES:
        problems.append(_("The role must be mentor or mentee, not %(text)s.") % {"text": repr(args.role)})
    raw_scores, found = args_.pairs(
        args.score, _("Write each score as KEY=VALUE, like value_received=4; %(text)s is not."),
        _("The score for %(key)s is given twice."))
    problems += found
    comments, found = args_.pairs(
        args.comment, _("Write each comment as KEY=VALUE, like value_received=\"Useful talks\"; %(text)s is not."),
        _("The comment for %(key)s is given twice."))
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
        checkin_id = checkins_svc.record_checkin(db, args.relationship, role, date, scores, comments, today=today)
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
    until = args_.collect(problems, lambda: args_.parse_date(
        args.until, _("The snooze date %(text)s is not a real date; write it as YYYY-MM-DD.")))
    today = args_.collect(problems, lambda: args_.today(args))
    if not (args.note or "").strip():
        problems.append(_("Say in the note why the item can wait."))
    key = (args.item or "").strip()
    if problems:
        raise ValidationError(problems)
    db = open_db(args, create=False)  # a mistyped --db must not leave a new empty file
    try:
        item = next((i for i in attention_svc.attention_list(db, today=today) if i.key == key), None)
        if item is None:
            raise ValidationError(_("No item on the attention list has the key %(key)s; `mentordesk attention "
                                    "--json` shows the keys (an item already snoozed stays hidden until its date).")
                                  % {"key": repr(key)})
        attention_svc.snooze(db, key, until, args.note.strip(), today=today)
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
