"""`report`: PDF reports from the command line, for scripted month-end printing.

    mentordesk --db FILE report --relationship ID --out FILE.pdf
    mentordesk --db FILE report --program NAME --out FILE.pdf
    mentordesk --db FILE report --program NAME --each --out-dir DIR
    mentordesk --db FILE report --program NAME --out FILE.pdf --lang es

Mistakes in the arguments get one plain sentence and a non-zero exit, never a
half-written file: the PDF is only put in place once it is complete.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..errors import ValidationError
from ..i18n import LANGUAGES, ngettext, pgettext
from ..i18n import gettext as _
from . import open_db
from .lazy import lazy
from .output import safe

svc = lazy("mentordesk.services.reports")  # reportlab loads when a report is written


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("report", help=_("write a relationship report, a program summary, or all reports of a "
                                        "program"))
    what = p.add_mutually_exclusive_group(required=True)
    what.add_argument("--relationship", metavar=pgettext("metavar", "ID"),
                      help=_("the relationship's id (see 'mentordesk relationships')"))
    what.add_argument("--program", metavar=pgettext("metavar", "NAME"), help=_("the program's name"))
    p.add_argument("--out", metavar=pgettext("metavar", "FILE.pdf"), help=_("the PDF to write"))
    p.add_argument("--each", action="store_true", help=_("with --program: one report per relationship"))
    p.add_argument("--out-dir", metavar=pgettext("metavar", "DIR"), help=_("with --each: the folder for the reports"))
    paper = p.add_mutually_exclusive_group()
    paper.add_argument("--letter", action="store_true",
                       help=_("US Letter paper (default: the paper of your system's country)"))
    paper.add_argument("--a4", action="store_true", help=_("A4 paper (default: the paper of your system's country)"))
    p.add_argument("--include-notes", action="store_true", help=_("print private meeting notes (HR copy only)"))
    p.add_argument("--for-manager", action="store_true",
                   help=_("the line manager's copy: no notes and no check-in comments"))
    p.add_argument("--company", metavar=pgettext("metavar", "NAME"),
                   default="", help=_("company name in the page header"))
    p.add_argument("--logo", metavar=pgettext("metavar", "FILE"), default="", help=_("logo image for the page header"))
    p.add_argument("--lang", choices=LANGUAGES, default=None,
                   help=_("the report's language (default: yours, as the window's Preferences or the system "
                          "set it)"))
    p.set_defaults(func=cmd_report)


def _check_args(args: argparse.Namespace) -> None:
    """Every misuse in one message, before the file is even opened."""
    problems = []
    if args.each:
        if args.program is None:
            problems.append(_("--each needs --program NAME (it writes every relationship report of a program)."))
        if not args.out_dir:
            problems.append(_("--each needs --out-dir DIR, the folder for the reports."))
        if args.out:
            problems.append(_("--each writes one file per relationship into --out-dir; leave out --out."))
    else:
        if args.out_dir:
            problems.append(_("--out-dir is only used with --each; give --out FILE.pdf instead."))
        if not args.out:
            problems.append(_("Give --out FILE.pdf, the report to write."))
        elif Path(args.out).suffix.lower() != ".pdf":
            problems.append(_("The report is a PDF; name it with .pdf (not %(name)s).") % {"name": repr(args.out)})
    if args.include_notes and args.for_manager:
        problems.append(_("--include-notes and --for-manager contradict each other: "
                          "the manager's copy never shows private notes."))
    if args.logo and not Path(args.logo).is_file():
        problems.append(_("The logo file %(name)s does not exist.") % {"name": repr(args.logo)})
    if problems:
        raise ValidationError(problems)


def cmd_report(args: argparse.Namespace) -> int:
    _check_args(args)
    options = svc.report_options_from_settings({
        "page_size": "Letter" if args.letter else "A4" if args.a4 else "",
        "include_notes": args.include_notes,
        "for_manager": args.for_manager,
        "company_name": args.company,
        "logo_path": args.logo,
        "language": args.lang or "",
    })
    db = open_db(args, readonly=True, create=False)
    try:
        if args.relationship is not None:
            path = svc.write_relationship_report(db, args.relationship, args.out, options)
            print(_("Wrote %(file)s") % {"file": safe(path)})
            return 0
        program_id = svc.program_id_by_name(db, args.program)
        if not args.each:
            path = svc.write_program_report(db, program_id, args.out, options)
            print(_("Wrote %(file)s") % {"file": safe(path)})
            return 0
        out_dir = Path(args.out_dir)
        if out_dir.exists() and not out_dir.is_dir():
            raise ValidationError(_("%(path)s is a file, not a folder.") % {"path": out_dir})

        def progress(done: int, total: int) -> None:
            if sys.stderr.isatty() and total:
                print("\r" + ngettext("%(done)s of %(total)s report", "%(done)s of %(total)s reports", total)
                      % {"done": done, "total": total}, end="" if done < total else "\n", file=sys.stderr)

        written = svc.write_program_batch(db, program_id, out_dir=out_dir, options=options, progress=progress)
        for path in written:
            print(_("Wrote %(file)s") % {"file": safe(path)})
        print(ngettext("%(count)s report in %(folder)s", "%(count)s reports in %(folder)s", len(written))
              % {"count": len(written), "folder": safe(out_dir)})
        return 0
    finally:
        db.close()
