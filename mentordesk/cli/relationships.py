"""`relationships`, `log-meeting` and `attention`: the running program from the command line.

Arguments are parsed by hand where argparse would answer with a usage dump:
an HR manager who types 2026-02-30 or "ninety" should read one plain sentence
saying what is wrong, and nothing is written.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from typing import Any, Sequence

from ..errors import ValidationError
from ..relationship_models import AttentionItem, RelationshipSummary
from ..relationships import OUTCOMES
from ..services import relationships as svc
from . import open_db


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("relationships", help="list mentoring relationships with attendance and health")
    p.add_argument("--json", action="store_true", help="print JSON instead of a table")
    p.add_argument("--program", metavar="NAME", help="only this program")
    p.add_argument("--status", metavar="STATUS", help="active or closed")
    p.add_argument("--today", metavar="YYYY-MM-DD", help=argparse.SUPPRESS)
    p.set_defaults(func=cmd_relationships)

    m = sub.add_parser("log-meeting", help="record a meeting of a relationship")
    m.add_argument("--relationship", metavar="ID", required=True)
    m.add_argument("--date", metavar="YYYY-MM-DD", required=True)
    m.add_argument("--outcome", metavar="OUTCOME", required=True,
                   help="one of: " + ", ".join(_cli_outcome(o) for o in OUTCOMES))
    m.add_argument("--minutes", metavar="N", required=True)
    m.add_argument("--notes", default="")
    m.add_argument("--topics", default="")
    m.add_argument("--time", default="", metavar="HH:MM")
    m.add_argument("--mode", default=None, help="in-person, video, phone or chat (default: the relationship's)")
    m.add_argument("--without-notice", action="store_true", help="the miss or change came without notice")
    m.set_defaults(func=cmd_log_meeting)

    a = sub.add_parser("attention", help="what needs HR's attention, most urgent first")
    a.add_argument("--json", action="store_true", help="print JSON instead of a list")
    a.add_argument("--today", metavar="YYYY-MM-DD", help=argparse.SUPPRESS)
    a.set_defaults(func=cmd_attention)


def _cli_outcome(outcome: str) -> str:
    return outcome.replace("_", "-")


def _parse_date(text: str, what: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except (TypeError, ValueError):
        raise ValidationError(f"{what} {text!r} is not a real date; write it as YYYY-MM-DD.") from None


def _today(args: argparse.Namespace) -> dt.date | None:
    return _parse_date(args.today, "The date") if getattr(args, "today", None) else None


# -- relationships ------------------------------------------------------------------

def _summary_json(s: RelationshipSummary) -> dict[str, Any]:
    return {
        "id": s.id, "program": s.program_name or None, "program_id": s.program_id,
        "mentor": s.mentor_name, "mentor_id": s.mentor_id, "mentee": s.mentee_name, "mentee_id": s.mentee_id,
        "stage": s.stage_name, "stage_number": s.stage,
        "start": s.start.isoformat(), "planned_end": s.planned_end.isoformat(),
        "status": s.status, "closure_outcome": s.closure_outcome, "cadence": s.cadence, "mode": s.mode,
        "meetings_held": s.meetings_held, "meetings_missed": s.meetings_missed,
        "attendance_rate": s.attendance_rate, "hours": round(s.hours, 2),
        "health": s.health, "health_label": s.health_label, "health_reasons": list(s.health_reasons),
    }


def table(headers: Sequence[str], body: Sequence[Sequence[str]], right: Sequence[int] = ()) -> str:
    """Columns padded to their widest cell; numbers right-aligned so they line up."""
    widths = [max(len(str(x)) for x in col) for col in zip(headers, *body)]
    lines = []
    for row in (headers, *body):
        cells = [str(c).rjust(w) if i in right else str(c).ljust(w) for i, (c, w) in enumerate(zip(row, widths))]
        lines.append("  ".join(cells).rstrip())
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def cmd_relationships(args: argparse.Namespace) -> int:
    if args.status is not None and args.status not in svc.STATUSES:
        raise ValidationError(f"--status must be active or closed, not {args.status!r}.")
    today = _today(args)
    db = open_db(args)
    try:
        program_id = svc.program_id_by_name(db, args.program) if args.program else None
        found = svc.list_relationships(db, program_id=program_id, status=args.status, today=today)
    finally:
        db.close()
    if args.json:
        json.dump([_summary_json(s) for s in found], sys.stdout, indent=2, ensure_ascii=False)
        sys.stdout.write("\n")
        return 0
    if not found:
        print("No relationships.")
        return 0
    body = [
        [s.mentor_name, s.mentee_name, s.program_name or "-", f"{s.stage} {s.stage_name}",
         s.start.isoformat(), s.planned_end.isoformat(),
         str(s.meetings_held), str(s.meetings_missed),
         "-" if s.attendance_rate is None else f"{round(s.attendance_rate * 100)}%",
         f"{s.hours:.1f}", s.health_label, s.id]
        for s in found
    ]
    print(table(["Mentor", "Mentee", "Program", "Stage", "Start", "Planned end", "Held", "Missed",
                 "Attendance", "Hours", "Health", "ID"], body, right=(6, 7, 8, 9)))
    return 0


# -- log-meeting ---------------------------------------------------------------------

def cmd_log_meeting(args: argparse.Namespace) -> int:
    problems = []
    outcome = (args.outcome or "").strip().lower().replace("-", "_")
    if outcome not in OUTCOMES:
        problems.append(f"Unknown outcome {args.outcome!r}; use one of: "
                        + ", ".join(_cli_outcome(o) for o in OUTCOMES) + ".")
    date: dt.date | None = None
    try:
        date = _parse_date(args.date, "The date")
    except ValidationError as exc:
        problems += exc.problems
    try:
        minutes = int(str(args.minutes).strip())
    except ValueError:
        minutes = None
        problems.append(f"The duration {args.minutes!r} is not a whole number of minutes.")
    mode = args.mode.replace("-", "_") if args.mode else None
    if problems:
        raise ValidationError(problems)
    db = open_db(args)
    try:
        meeting_id = svc.log_meeting(db, args.relationship, date, minutes, outcome, mode=mode, time=args.time,
                                     with_notice=not args.without_notice, topics=args.topics, notes=args.notes)
    finally:
        db.close()
    print(f"Logged the {OUTCOMES[outcome].lower()} meeting of {date.isoformat()} ({meeting_id}).")
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
    db = open_db(args)
    try:
        items = svc.attention_list(db, today=today)
    finally:
        db.close()
    if args.json:
        json.dump([_item_json(i) for i in items], sys.stdout, indent=2, ensure_ascii=False)
        sys.stdout.write("\n")
        return 0
    if not items:
        print("Nothing needs attention.")
        return 0
    for i in items:
        due = f" ({i.due.isoformat()})" if i.due else ""
        print(f"[{i.severity.upper():6}] {i.title}{due}\n         {i.detail}")
    return 0
