"""`invite`, `remind` and `message-text`: drafts for the mail program, and the texts they use.

    mentordesk --db FILE invite --relationship ID --out-dir DIR [--time 09:30] [--minutes 45]
    mentordesk --db FILE remind --relationship ID --about no_meeting|checkin_overdue --out-dir DIR
    mentordesk --db FILE message-text --program NAME --kind introduction [--subject S --body-file F | --reset]

`invite` and `remind` only read the company file and write drafts beside it
(through `storage.outputs`), so they take no lock note; `message-text` with a
new text writes the file and holds the note like every writing command.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import ValidationError
from ..i18n import gettext as _
from ..i18n import pgettext
from . import open_db
from .output import safe

if TYPE_CHECKING:  # zoneinfo reads the system's zone list: only `invite` needs it, not --help
    from zoneinfo import ZoneInfo


def register(sub: argparse._SubParsersAction) -> None:
    from ..services.message_templates import KINDS, REMINDER_KINDS  # no icalendar for --help

    p = sub.add_parser("invite",
                       help=_("write the introduction e-mail draft (.eml) of a pair with its meeting series (.ics)"))
    p.add_argument("--relationship", metavar=pgettext("metavar", "ID"), required=True, help=_("the relationship's id"))
    p.add_argument("--out-dir", metavar=pgettext("metavar", "DIR"), required=True, help=_("the folder for the draft"))
    p.add_argument("--time", metavar=pgettext("metavar", "HH:MM"),
                   default="10:00", help=_("the meetings' time of day (default 10:00)"))
    p.add_argument("--minutes", metavar=pgettext("metavar", "N"),
                   type=int, default=60, help=_("how long a meeting lasts (default 60)"))
    p.add_argument("--timezone", metavar=pgettext("metavar", "ZONE"),
                   help=_("e.g. Europe/Amsterdam (default: this computer's)"))
    p.set_defaults(func=cmd_invite)

    p = sub.add_parser("remind", help=_("write a reminder draft for an overdue meeting or check-in"))
    p.add_argument("--relationship", metavar=pgettext("metavar", "ID"), required=True, help=_("the relationship's id"))
    p.add_argument("--about", choices=list(REMINDER_KINDS), required=True, help=_("what is overdue"))
    p.add_argument("--role", choices=("mentor", "mentee"), help=_("with checkin_overdue: only this person"))
    p.add_argument("--out-dir", metavar=pgettext("metavar", "DIR"), required=True, help=_("the folder for the drafts"))
    p.set_defaults(func=cmd_remind)

    p = sub.add_parser("message-text", help=_("show or change a program's introduction or reminder text"))
    p.add_argument("--program", metavar=pgettext("metavar", "NAME"), required=True, help=_("the program's name"))
    p.add_argument("--kind", choices=list(KINDS), required=True, help=_("which text"))
    p.add_argument("--subject", metavar=pgettext("metavar", "TEXT"), help=_("the new subject line"))
    p.add_argument("--body-file", metavar=pgettext("metavar", "FILE"), help=_("a UTF-8 text file holding the new text"))
    p.add_argument("--reset", action="store_true", help=_("go back to MentorDesk's own text"))
    p.set_defaults(func=cmd_message_text)


def _time(text: str) -> dt.time:
    try:
        value = dt.time.fromisoformat(text)
    except ValueError:
        raise ValidationError(_("The time %(text)s is not a time of day like 09:30.") % {"text": repr(text)}) from None
    return value.replace(second=0, microsecond=0)


def _zone(name: str | None) -> ZoneInfo | None:
    if not name:
        return None
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValidationError(
            _("%(zone)s is not a time zone MentorDesk knows; write it like Europe/Amsterdam.") % {"zone": repr(name)}
        ) from None


def _report(drafts) -> None:
    for d in drafts:
        if d.ics is not None:
            print(_("Wrote %(file)s") % {"file": safe(d.ics)})
        print(_("Wrote %(file)s") % {"file": safe(d.eml)})
        for note in d.notes:
            print(f"mentordesk: {safe(note)}", file=sys.stderr)


def cmd_invite(args: argparse.Namespace) -> int:
    from ..services import invitations

    at, zone = _time(args.time), _zone(args.timezone)
    db = open_db(args, readonly=True, create=False)
    try:
        _report([invitations.write_introduction(db, args.relationship, args.out_dir, at=at,
                                                minutes=args.minutes, zone=zone)])
    finally:
        db.close()
    return 0


def cmd_remind(args: argparse.Namespace) -> int:
    from ..services import invitations

    db = open_db(args, readonly=True, create=False)
    try:
        _report(invitations.write_reminders(db, args.relationship, args.about, args.out_dir, role=args.role))
    finally:
        db.close()
    return 0


def _body(path: str) -> str:
    try:
        return Path(path).read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise ValidationError(_("%(file)s is not UTF-8 text. Nothing was saved.") % {"file": path}) from None
    except OSError as exc:
        raise ValidationError(_("%(file)s could not be read (%(reason)s). Nothing was saved.")
                              % {"file": path, "reason": exc.strerror}) from None


def cmd_message_text(args: argparse.Namespace) -> int:
    from ..services import message_templates as texts
    from ..services import programs

    changing = args.reset or args.subject is not None or args.body_file is not None
    if args.reset and (args.subject is not None or args.body_file is not None):
        raise ValidationError(_("--reset goes back to MentorDesk's text; leave out --subject and --body-file."))
    db = open_db(args, readonly=not changing, create=False)
    try:
        program = programs.find_program(db, args.program)
        if args.reset:
            texts.reset_template(db, program.id, args.kind)
        elif changing:
            current = texts.get_template(db, program.id, args.kind)
            subject = args.subject if args.subject is not None else current.subject
            body = _body(args.body_file) if args.body_file is not None else current.body
            texts.save_template(db, program.id, args.kind, subject, body)
        shown = texts.get_template(db, program.id, args.kind)
        print(_("Subject: %(subject)s") % {"subject": safe(shown.subject)} + "\n")
        print(safe(shown.body, keep_layout=True))
    finally:
        db.close()
    return 0
