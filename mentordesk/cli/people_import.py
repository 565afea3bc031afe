"""`import-people CSV [--map "Employee Number=employee_id"] [--encoding cp1252] [--preview]`.

The command line's side of `services.people_import`: the same mapping guesses and remembered
mappings as the window, a Windows-text file refused with the option that reads it, and a
preview that writes nothing. Registered by `cli/people.py`.
"""

from __future__ import annotations

import argparse
import sys

from ..errors import MentorDeskError, ValidationError
from ..i18n import gettext as _
from ..i18n import ngettext
from . import open_db
from .output import safe

__all__ = ["add_arguments", "run"]


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("csv", metavar="CSV")
    p.add_argument("--map", action="append", default=[], metavar="HEADER=COLUMN",
                   help=_("read the file's column HEADER as MentorDesk's COLUMN (e.g. \"Employee Number=employee_id\"; "
                          "an empty COLUMN leaves the column out); may be given several times"))
    p.add_argument("--encoding", metavar="ENCODING",
                   help=_("read a file that is not UTF-8 text, e.g. cp1252 (Windows, Western European) "
                          "or cp1250 (Windows, Central European)"))
    p.add_argument("--preview", action="store_true",
                   help=_("show what the import would change, and change nothing"))
    p.set_defaults(func=run)


def _user_mapping(header: list[str], pairs: list[str]) -> dict[str, str]:
    """--map options as header as written -> column; a typo is said, never ignored."""
    from ..people_csv import TARGETS, header_key

    by_key = {header_key(h): h for h in header if h.strip()}
    chosen: dict[str, str] = {}
    for pair in pairs:
        source, sep, column = pair.rpartition("=")
        column = column.strip().lower()
        if not sep or not source.strip():
            raise MentorDeskError(_("--map '%(value)s' must be written as HEADER=COLUMN, for example "
                                    "\"Employee Number=employee_id\".") % {"value": pair})
        if column and column not in TARGETS:
            raise MentorDeskError(_("--map: '%(column)s' is not a MentorDesk column; use one of: %(columns)s.")
                                  % {"column": column, "columns": ", ".join(TARGETS)})
        found = by_key.get(header_key(source))
        if found is None:
            raise MentorDeskError(_("--map: the file has no column '%(header)s'; its columns are: %(columns)s.")
                                  % {"header": source.strip(), "columns": ", ".join(by_key.values())})
        chosen[found] = column
    return chosen


def _not_readable(args: argparse.Namespace, look) -> int:
    from ..people_csv import LEGACY_ENCODINGS

    print(ngettext("Nothing was imported: %(count)s problem in %(file)s.",
                   "Nothing was imported: %(count)s problems in %(file)s.", 1)
          % {"count": 1, "file": safe(args.csv)}, file=sys.stderr)
    print(f"  {safe(look.problem)}", file=sys.stderr)
    if look.suggested_encoding:
        print(_("It looks like %(what)s: to read it that way, run the command again with --encoding %(encoding)s.")
              % {"what": _(LEGACY_ENCODINGS[look.suggested_encoding]), "encoding": look.suggested_encoding},
              file=sys.stderr)
    return 2


def _say_mapping(header: list[str], mapping: dict[str, str]) -> None:
    for h in header:
        column = mapping.get(h)
        if column is not None and column != h.strip().lower():
            text = (_("column '%(header)s' read as %(column)s") if column else _("column '%(header)s' left out")) \
                % {"header": safe(h.strip()), "column": column}
            print(_("note: %(text)s") % {"text": text}, file=sys.stderr)


def run(args: argparse.Namespace) -> int:
    from ..services import people_import

    db = open_db(args, readonly=args.preview, create=not args.preview)
    try:
        # read once: every step below works on these bytes (a FIFO or pipe cannot be read twice,
        # and a file replaced meanwhile must not import other rows than the ones checked)
        csv_file = people_import.read_file(args.csv)
        look = people_import.inspect_file(db, csv_file, encoding=args.encoding)
        if look.problem is not None:
            return _not_readable(args, look)
        mapping = {**look.mapping, **_user_mapping(look.header, args.map)}
        _say_mapping(look.header, mapping)
        options = {"encoding": args.encoding, "mapping": mapping}
        if args.preview:
            preview = people_import.preview_import(db, csv_file, **options)
            return _print_preview(args.csv, preview)
        report = people_import.import_file(db, csv_file, fingerprint=look.fingerprint if args.map else "",
                                           **options)
    except ValidationError as exc:
        print(ngettext("Nothing was imported: %(count)s problem in %(file)s.",
                       "Nothing was imported: %(count)s problems in %(file)s.", len(exc.problems))
              % {"count": len(exc.problems), "file": safe(args.csv)}, file=sys.stderr)
        for problem in exc.problems:
            print(f"  {safe(problem)}", file=sys.stderr)
        return 2
    except OSError as exc:
        print(_("mentordesk: cannot read %(file)s: %(reason)s") % {"file": safe(args.csv), "reason": exc.strerror},
              file=sys.stderr)
        return 2
    finally:
        db.close()
    for warning in report.warnings:
        print(_("warning: %(text)s") % {"text": safe(warning)}, file=sys.stderr)
    print(_("Imported %(file)s: %(summary)s.") % {"file": safe(args.csv), "summary": report.summary()})
    return 0


def _people(changes) -> str:
    return ", ".join(f"{safe(c.name)} ({safe(c.employee_id)})" for c in changes)


def _print_preview(path: str, preview) -> int:
    """The preview as lines: counts first, then who changes how, then what stops the import."""
    print(_("Preview of %(file)s (nothing was changed): %(new)s, %(changed)s, %(unchanged)s.") % {
        "file": safe(path),
        "new": ngettext("%(count)s new person", "%(count)s new people", len(preview.new)) % {"count": len(preview.new)},
        "changed": ngettext("%(count)s changed", "%(count)s changed", len(preview.changed))
        % {"count": len(preview.changed)},
        "unchanged": ngettext("%(count)s unchanged", "%(count)s unchanged", preview.unchanged)
        % {"count": preview.unchanged}})
    for change in preview.changed:
        print("  " + _("changes %(person)s: %(fields)s") % {"person": _people([change]),
                                                             "fields": ", ".join(change.fields)})
    if preview.archived:
        print("  " + _("archived: %(people)s") % {"people": _people(preview.archived)})
    if preview.unarchived:
        print("  " + _("brought back from the archive: %(people)s") % {"people": _people(preview.unarchived)})
    for dup in preview.duplicates:
        where = (_("already in MentorDesk as %(other)s") if dup.stored else _("also in this file as %(other)s")) % {
            "other": f"{safe(dup.other_name)} ({safe(dup.other_employee_id)})"}
        print("  " + _("Line %(line)s: %(person)s may be the same person, %(where)s (not merged)") % {
            "line": dup.line, "person": f"{safe(dup.name)} ({safe(dup.employee_id)})", "where": where})
    for warning in preview.warnings:
        print(_("warning: %(text)s") % {"text": safe(warning)}, file=sys.stderr)
    if preview.problems:
        print(ngettext("Importing it would import nothing: %(count)s problem.",
                       "Importing it would import nothing: %(count)s problems.", len(preview.problems))
              % {"count": len(preview.problems)}, file=sys.stderr)
        for problem in preview.problems:
            print(f"  {safe(problem)}", file=sys.stderr)
        return 2
    return 0
