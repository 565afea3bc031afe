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

from ..i18n import gettext as _
from ..i18n import ngettext, pgettext
from . import open_db
from .lazy import lazy
from .output import safe

if TYPE_CHECKING:
    from ..services import matching
else:  # numpy and scipy load when `match` runs, not to build the parser
    matching = lazy("mentordesk.services.matching")
programs_service = lazy("mentordesk.services.programs")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("match", help=_("propose mentor-mentee pairs for a program, with reasons"))
    p.add_argument("--program", metavar=pgettext("metavar", "NAME"), required=True, help=_("the program's name"))
    p.add_argument("--json", action="store_true", help=_("print JSON instead of text"))
    p.add_argument("--apply", action="store_true",
                   help=_("approve every proposal: start the relationships and waitlist the rest"))
    p.set_defaults(func=cmd_match)


def _proposal_json(p: matching.ProposalView) -> dict[str, Any]:
    return {
        "mentee": p.mentee, "mentee_id": p.mentee_id, "mentor": p.mentor, "mentor_id": p.mentor_id,
        "score": round(p.score, 1), "locked": p.locked, "blocked": p.blocked,
        "reasons": [{"label": r.label, "points": round(r.points, 1), "detail": r.detail} for r in p.reasons],
        "alternatives": [{"mentor": a.mentor, "mentor_id": a.mentor_id, "score": round(a.score, 1)}
                         for a in p.alternatives],
        "wishes": list(p.wishes),  # why the mentors the mentee asked for were not proposed
    }


def run_json(run: matching.MatchRun, approval: matching.Approval | None = None) -> dict[str, Any]:
    """The `--json` document; kept separate so it is one obvious shape to test."""
    doc: dict[str, Any] = {
        "program": run.program,
        "program_id": run.program_id,
        "proposals": [_proposal_json(p) for p in run.proposals],
        "waiting": [{"mentee": w.mentee, "mentee_id": w.mentee_id, "reason": w.reason, "since": w.since,
                     "held": w.held, "wishes": list(w.wishes)} for w in run.waiting],
        "notes": list(run.notes),
    }
    if approval is not None:
        doc["created"] = [{"relationship_id": rel_id, "mentee": p.mentee, "mentor": p.mentor}
                          for rel_id, p in approval.started]
        doc["skipped"] = [{"mentee": s.mentee, "mentor": s.mentor, "reason": s.reason} for s in approval.skipped]
        doc["waitlisted"] = len(approval.waitlisted)
    return doc


def _print_text(run: matching.MatchRun, approval: matching.Approval | None) -> None:
    pairs, waiting = len(run.proposals), len(run.waiting)
    print(_("%(program)s: %(pairs)s, %(waiting)s.") % {
        "program": safe(run.program),
        "pairs": ngettext("%(count)s proposed pair", "%(count)s proposed pairs", pairs) % {"count": pairs},
        "waiting": ngettext("%(count)s waiting", "%(count)s waiting", waiting) % {"count": waiting}})
    if run.proposals:
        _print_proposals(run.proposals)
    if run.waiting:
        print()
        print(_("Waiting list:"))
        for w in run.waiting:
            values = {"mentee": safe(w.mentee), "reason": safe(w.reason), "date": w.since}
            print("  " + (_("%(mentee)s: %(reason)s (waiting since %(date)s)") if w.since
                          else "%(mentee)s: %(reason)s") % values)
            for wish in w.wishes:
                print("    " + safe(wish))
    for note in run.notes:
        print(_("note: %(text)s") % {"text": safe(note)}, file=sys.stderr)
    if approval is not None:
        _print_approval(approval)


def _print_proposals(proposals: list[matching.ProposalView]) -> None:
    """A table whose columns fit both the names and the headings in the user's language."""
    heads = (_("Mentee"), _("Mentor"), _("Score"), _("Why"))
    width_e = max(len(heads[0]), *(len(safe(p.mentee)) for p in proposals))
    width_m = max(len(heads[1]), *(len(safe(p.mentor)) for p in proposals))
    width_s = max(5, len(heads[2]))
    print()
    print(f"  {heads[0]:<{width_e}}  {heads[1]:<{width_m}}  {heads[2]:>{width_s}}  {heads[3]}")
    for p in proposals:
        why = safe("; ".join(p.top_reasons) or "-")
        flag = " " + _("[locked]") if p.locked else ""
        print(f"  {safe(p.mentee):<{width_e}}  {safe(p.mentor):<{width_m}}  {p.score:{width_s}.0f}  {why}{flag}")
        if p.blocked:
            print(f"  {'':<{width_e}}  " + _("warning: %(text)s") % {"text": safe(p.blocked)})
        for wish in p.wishes:  # "Asked for Ana Ruiz, who is their own manager."
            print(f"  {'':<{width_e}}  {safe(wish)}")


def _print_approval(approval: matching.Approval) -> None:
    started, waitlisted = len(approval), len(approval.waitlisted)
    print()
    print(_("Approved: %(relationships)s started, %(mentees)s put on the waiting list.") % {
        "relationships": ngettext("%(count)s relationship", "%(count)s relationships", started) % {"count": started},
        "mentees": ngettext("%(count)s mentee", "%(count)s mentees", waitlisted) % {"count": waitlisted}})
    for _rel_id, p in approval.started:
        print("  " + _("started %(mentee)s with %(mentor)s") % {"mentee": safe(p.mentee), "mentor": safe(p.mentor)})
    for s in approval.skipped:
        print("  " + _("skipped %(mentee)s with %(mentor)s: %(reason)s")
              % {"mentee": safe(s.mentee), "mentor": safe(s.mentor), "reason": safe(s.reason)})


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
