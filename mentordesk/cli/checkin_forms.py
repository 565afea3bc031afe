"""`checkin-forms` and `import-forms`: check-in forms out by e-mail and back into the file.

    mentordesk --db FILE checkin-forms --program NAME --out-dir DIR
    mentordesk --db FILE checkin-forms --relationship ID --out-dir DIR
    mentordesk --db FILE import-forms PATH...

`import-forms` judges every file alone and prints one line per file; it exits 0
when every file was recorded (now or before) and 1 when any was refused, so a
script notices, while the files that could be recorded are recorded anyway.
`checkins --relationship ID --json` (in `cli/relationship_records.py`) lists what
was recorded, with the form each check-in came from.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from ..i18n import gettext as _
from ..i18n import ngettext, pgettext
from . import open_db
from .output import safe

# The service (and reportlab, pypdf below it) is imported by the handlers, when a command runs,
# so building the parser for every other command stays light.


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("checkin-forms", help=_("write fillable PDF check-in forms for the due check-ins"))
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("--program", metavar=pgettext("metavar", "NAME"),
                       help=_("every check-in of the program due within two weeks"))
    which.add_argument("--relationship", metavar=pgettext("metavar", "ID"),
                       help=_("both people's next check-in of one relationship"))
    p.add_argument("--out-dir", metavar=pgettext("metavar", "DIR"),
                   required=True, help=_("the folder for the forms (made if missing)"))
    p.set_defaults(func=cmd_checkin_forms)

    i = sub.add_parser("import-forms", help=_("record the check-ins of returned PDF forms (files or folders)"))
    i.add_argument("paths", metavar=pgettext("metavar", "PATH"),
                   nargs="+", help=_("returned forms, or folders holding them"))
    i.set_defaults(func=cmd_import_forms)


def cmd_checkin_forms(args: argparse.Namespace) -> int:
    from ..services import checkin_forms as svc
    from ..storage import checkin_forms_repo as forms_repo

    db = open_db(args, create=False, writes=False)  # making forms reads; only the first ever writes a key
    try:
        if forms_repo.form_key(db) is None:
            db.close()
            db = open_db(args, create=False)  # the key is written: hold the lock note like every writer
        made = svc.write_forms(db, Path(args.out_dir).expanduser(), program=args.program,
                               relationship_id=args.relationship)
    finally:
        db.close()
    for note in made.notes:
        print(safe(note))
    if not made.paths:
        print(_("No check-in is due, so no form was written."))
        return 0
    for path in made.paths:
        print(safe(str(path)))
    print(ngettext("%(count)s form written.", "%(count)s forms written.", len(made.paths)) % {"count": len(made.paths)})
    return 0


def cmd_import_forms(args: argparse.Namespace) -> int:
    from ..services import checkin_forms as svc

    db = open_db(args, create=False)  # writes: takes the lock note
    try:
        outcomes = svc.import_forms(db, args.paths)
    finally:
        db.close()
    for o in outcomes:
        print(f"{o.label}: {safe(o.path)}")
        print(f"    {safe(o.message)}")
    print(svc.summary_line(outcomes))
    refused = [o for o in outcomes if o.status not in (svc.IMPORTED, svc.ALREADY)]
    return 1 if refused or not outcomes else 0
