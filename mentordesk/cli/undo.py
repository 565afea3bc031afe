"""`undo`: Edit > Undo for the command line: take back the last edit, import, merge or bulk action.

The last single edit (a person, a goal, a meeting, a program) is put back from the
values kept when it was saved (`services/edit_undo.py`); a big action by restoring
the backup taken just before it (`services/undo.py`), which writes the whole file
and says first what will be lost. Whichever is newer is undone. Like every writing
command it holds the lock note (through `open_db`). Without `--yes` it only shows
what it would do, so a script never undoes by accident.
"""

from __future__ import annotations

import argparse

from ..i18n import gettext as _
from . import open_db


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("undo", help=_("take back the last edit, import, merge or bulk action (shows what it "
                                      "would undo unless --yes)"))
    p.add_argument("--yes", action="store_true", help=_("undo it now (without it, only show what would be undone)"))
    p.set_defaults(func=_undo)


def _undo(args: argparse.Namespace) -> int:
    from ..services import edit_undo, undo

    db = open_db(args, create=False, readonly=not args.yes)  # --yes writes: it takes the lock note first
    try:
        point = edit_undo.last_action(db)
        if point is None:
            raise undo.NothingToUndo(_("There is nothing to undo in %(file)s: no edit, import, merge or bulk "
                                       "action has been recorded, or it can no longer be undone. Nothing was "
                                       "changed.")
                                     % {"file": db.path.name})
        if isinstance(point, edit_undo.EditPoint):
            return _undo_edit(db, point, args.yes)
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


def _undo_edit(db, point, now: bool) -> int:
    """The last single edit: its old values are put back as a new edit, nothing else changes."""
    from ..services import edit_undo

    when = point.done_at.astimezone().strftime("%Y-%m-%d %H:%M")
    print(_("Last change: %(action)s (%(when)s). Undo puts the values from before it back; nothing else in "
            "the file changes.") % {"action": point.label, "when": when})
    if not now:
        print(_("Nothing was changed. Run again with --yes to undo it."))
        return 0
    edit_undo.undo_edit(db, point)
    print(_("Undone: %(action)s.") % {"action": point.label})
    return 0
