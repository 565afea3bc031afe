"""`match`: propose pairs for a program, explain them, and optionally approve them.

Without `--apply` nothing is written (the file is opened read-only), so HR can
run it as often as they like; `--apply` approves every proposal in one
transaction and says what was created and what was skipped.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING, Any

from ..wording import count as count_words
from . import open_db
from .lazy import lazy
from .output import safe

if TYPE_CHECKING:
    from ..services import matching
else:  # numpy and scipy load when `match` runs, not to build the parser
    matching = lazy("mentordesk.services.matching")
programs_service = lazy("mentordesk.services.programs")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("match", help="propose mentor-mentee pairs for a program, with reasons")
    p.add_argument("--program", metavar="NAME", required=True, help="the program's name")
    p.add_argument("--json", action="store_true", help="print JSON instead of text")
    p.add_argument("--apply", action="store_true",
                   help="approve every proposal: start the relationships and waitlist the rest")
    p.set_defaults(func=cmd_match)


def _proposal_json(p: matching.ProposalView) -> dict[str, Any]:
    return {
        "mentee": p.mentee, "mentee_id": p.mentee_id, "mentor": p.mentor, "mentor_id": p.mentor_id,
        "score": round(p.score, 1), "locked": p.locked, "blocked": p.blocked,
        "reasons": [{"label": r.label, "points": round(r.points, 1), "detail": r.detail} for r in p.reasons],
        "alternatives": [{"mentor": a.mentor, "mentor_id": a.mentor_id, "score": round(a.score, 1)}
                         for a in p.alternatives],
    }


def run_json(run: matching.MatchRun, approval: matching.Approval | None = None) -> dict[str, Any]:
    """The `--json` document; kept separate so it is one obvious shape to test."""
    doc: dict[str, Any] = {
        "program": run.program,
        "program_id": run.program_id,
        "proposals": [_proposal_json(p) for p in run.proposals],
        "waiting": [{"mentee": w.mentee, "mentee_id": w.mentee_id, "reason": w.reason, "since": w.since}
                    for w in run.waiting],
        "notes": list(run.notes),
    }
    if approval is not None:
        doc["created"] = [{"relationship_id": rel_id, "mentee": p.mentee, "mentor": p.mentor}
                          for rel_id, p in approval.started]
        doc["skipped"] = [{"mentee": s.mentee, "mentor": s.mentor, "reason": s.reason} for s in approval.skipped]
        doc["waitlisted"] = len(approval.waitlisted)
    return doc


def _print_text(run: matching.MatchRun, approval: matching.Approval | None) -> None:
    print(f"{safe(run.program)}: {count_words(len(run.proposals), 'proposed pair', 'proposed pairs')}, "
          f"{len(run.waiting)} waiting.")
    if run.proposals:
        width_e = max(len(safe(p.mentee)) for p in run.proposals)
        width_m = max(len(safe(p.mentor)) for p in run.proposals)
        print()
        print(f"  {'Mentee':<{width_e}}  {'Mentor':<{width_m}}  Score  Why")
        for p in run.proposals:
            flag = " [locked]" if p.locked else ""
            why = safe("; ".join(p.top_reasons) or "-")
            print(f"  {safe(p.mentee):<{width_e}}  {safe(p.mentor):<{width_m}}  {p.score:5.0f}  {why}{flag}")
            if p.blocked:
                print(f"  {'':<{width_e}}  warning: {safe(p.blocked)}")
    if run.waiting:
        print()
        print("Waiting list:")
        for w in run.waiting:
            since = f" (waiting since {w.since})" if w.since else ""
            print(f"  {safe(w.mentee)}: {safe(w.reason)}{since}")
    for note in run.notes:
        print(f"note: {safe(note)}", file=sys.stderr)
    if approval is not None:
        print()
        print(f"Approved: {count_words(len(approval), 'relationship', 'relationships')} started, "
              f"{count_words(len(approval.waitlisted), 'mentee', 'mentees')} put on the waiting list.")
        for _rel_id, p in approval.started:
            print(f"  started {safe(p.mentee)} with {safe(p.mentor)}")
        for s in approval.skipped:
            print(f"  skipped {safe(s.mentee)} with {safe(s.mentor)}: {safe(s.reason)}")


def cmd_match(args: argparse.Namespace) -> int:
    db = open_db(args, readonly=not args.apply, create=False)
    try:
        program = programs_service.find_program(db, args.program)
        run = matching.run_match(db, program.id)
        approval = None
        if args.apply:
            from ..services import undo

            with undo.undoable(db, "bulk", undo.approval_label(0, program.name)):
                approval = matching.approve(db, program.id, run)
    finally:
        db.close()
    if args.json:
        print(json.dumps(run_json(run, approval), ensure_ascii=False, indent=2))
    else:
        _print_text(run, approval)
    return 0
