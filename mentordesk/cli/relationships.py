"""`relationships`, `log-meeting` and `attention`, and where the other relationship commands register.

This module lists (relationships, attention) and logs meetings; the commands
that change a pair's course live in `cli/relationship_changes.py`, goals and
check-ins in `cli/relationship_records.py`, and the hand parsing of dates and
outcomes (one plain sentence instead of a usage dump) in `cli/relationship_args.py`.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from ..errors import ValidationError
from ..i18n import gettext as _
from ..i18n import pgettext

# The vocabulary modules, not `..relationships`: the help texts need only
# these words, and the whole rule set (attention, health, time zones) costs
# more to import than the rest of `--help`.
from ..relationship_rules.vocabulary import OUTCOMES
from . import open_db, relationship_changes, relationship_records
from . import relationship_args as args_
from . import relationship_words as words
from .lazy import lazy
from .output import safe

if TYPE_CHECKING:
    from ..relationship_models import AttentionItem, RelationshipSummary

# The services (and the storage layer below them) load when a command runs, each command only
# its own: `services.relationships` re-exports them all, and importing it pulled every one in
# (goals, undo, lifecycle, matching's reasons), a fifth of a listing's start-up.
base_svc = lazy("mentordesk.services.relationship_base")
reading_svc = lazy("mentordesk.services.relationship_reading")
attendance_svc = lazy("mentordesk.services.attendance")
meetings_svc = lazy("mentordesk.services.meetings")
attention_svc = lazy("mentordesk.services.attention")


def register(sub: argparse._SubParsersAction) -> None:
    """Every relationship command, in the order `--help` has always listed them."""
    _register_listing(sub)
    relationship_changes.register(sub)  # start, close, extend, checkin, snooze
    relationship_records.register(sub)  # goals, checkins, delete-goal, delete-checkin, archive-person


def _register_listing(sub: argparse._SubParsersAction) -> None:
    """`relationships`, `log-meeting` and `attention`."""
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
                   help=_("one of: %(choices)s") % {"choices": ", ".join(args_.cli_outcome(o) for o in OUTCOMES)})
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
    if args.status is not None and args.status not in base_svc.STATUSES:
        raise ValidationError(_("--status must be active or closed, not %(text)s.") % {"text": repr(args.status)})
    today = args_.today(args)
    db = open_db(args, writes=False)  # reads only: no lock note needed
    try:
        program_id = attendance_svc.program_id_by_name(db, args.program) if args.program else None
        found = reading_svc.list_relationships(db, program_id=program_id, status=args.status, today=today)
        goals = reading_svc.goals_by_relationship(db, program_id=program_id, status=args.status) if args.json else {}
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
                        % {"text": repr(args.outcome), "choices": ", ".join(args_.cli_outcome(o) for o in OUTCOMES)})
    date = args_.collect(problems, lambda: args_.parse_date(
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
        meeting_id = meetings_svc.log_meeting(db, args.relationship, date, minutes, outcome, mode=mode, time=args.time,
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
    today = args_.today(args)
    db = open_db(args, writes=False)  # reads only: no lock note needed
    try:
        items = attention_svc.attention_list(db, today=today)
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
