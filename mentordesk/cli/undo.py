"""`undo`: Edit > Undo for the command line: take back the last import, merge or bulk action.

It restores the backup taken just before that action (see `services/undo.py`),
so it writes the whole file: like every writing command it holds the lock note
(through `open_db`), and it says first what will be lost. Without `--yes` it
only shows what it would do, so a script never undoes by accident.
"""

from __future__ import annotations

import argparse

from ..i18n import gettext as _
from . import open_db


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("undo", help=_("take back the last import, merge or bulk action (restores the backup "
                                      "taken before it; shows what would be lost unless --yes)"))
    p.add_argument("--yes", action="store_true", help=_("undo it now (without it, only show what would be undone)"))
    p.set_defaults(func=_undo)


def _undo(args: argparse.Namespace) -> int:
    from ..services import undo

    db = open_db(args, create=False, readonly=not args.yes)  # --yes writes: it takes the lock note first
    try:
        point = undo.last_undo(db)
        if point is None:
            raise undo.NothingToUndo(_("There is nothing to undo in %(file)s: no import, merge or bulk action has "
                                       "been recorded, or its backup was removed. Nothing was changed.")
                                     % {"file": db.path.name})
        lost = undo.loss_sentence(undo.changes_since(db, point))
        path = db.path
    finally:
        db.close()
    when = point.done_at.astimezone().strftime("%Y-%m-%d %H:%M")
    print(_("Last action: %(action)s (%(when)s). Undo puts the file back as it was before it. %(lost)s")
          % {"action": point.label, "when": when, "lost": lost})
    if not args.yes:
        print(_("Nothing was changed. Run again with --yes to undo it."))
        return 0
    result = undo.undo(path, point)
    if result.previous_backup is not None:
        print(_("Undone: %(action)s. The file as it was is kept as the backup %(name)s.")
              % {"action": point.label, "name": result.previous_backup.name})
    else:
        print(_("Undone: %(action)s. No backup of the file as it was could be kept.") % {"action": point.label})
    if result.note:
        print(result.note)
    return 0
