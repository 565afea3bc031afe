"""SQLite's and the disk's failures in words an HR manager can act on (never SQLite's own).

Split from `storage/database.py`, which opens and writes; every failure there
is turned into a `StorageError` subclass here, saying what happened, that
nothing was saved, and what to do.
"""

from __future__ import annotations

import errno
import sqlite3

from ..errors import ReadOnlyError, StorageError
from ..i18n import N_
from ..i18n import gettext as _
from . import recovery

#: SQLite's extended result codes we tell apart (sqlite.org/rescode.html).
SQLITE_READONLY_ROLLBACK = 776
SQLITE_READONLY_DBMOVED = 1032

#: English source; say it with `_(BUSY_MESSAGE)` (the reader's language is known only then).
BUSY_MESSAGE = N_("Someone else is saving to this file; try again in a moment. Nothing was saved.")


class FileMovedError(StorageError):
    """The open file was deleted, renamed or replaced by another file; nothing was written."""


def moved_message(name: str) -> str:
    """Where the file went is unknown to us; the sentence says how to carry on from where it is now."""
    return _(
        "The file %(name)s was moved, renamed or deleted while it was open (or another file was put in its "
        "place); nothing was saved. Open the file again from where it is now, then repeat your change."
    ) % {"name": name}


def translate_error(exc: BaseException, name: str | None = None) -> Exception:
    """Turn sqlite/OS failures into messages an HR manager can act on (never SQLite's own words)."""
    if isinstance(exc, StorageError):
        return exc
    name = name or _("the file")
    text = str(exc).lower()
    code = getattr(exc, "sqlite_errorcode", None)
    if (isinstance(exc, OSError) and exc.errno == errno.ENOSPC
            or "disk is full" in text or "database or disk is full" in text):
        return StorageError(_(
            "The disk is full, so nothing was saved. Free some space and try again; "
            "your data is as it was before."
        ))
    if code == SQLITE_READONLY_DBMOVED:
        return FileMovedError(moved_message(name))
    if code == SQLITE_READONLY_ROLLBACK:
        return recovery.NeedsRecoveryError(recovery.recovery_needed_message(name))
    if "readonly" in text or "read-only" in text:
        return ReadOnlyError(_(
            "This file cannot be written (it is read-only or on a read-only share). Nothing was saved."
        ))
    if "locked" in text or "busy" in text:
        return StorageError(_(BUSY_MESSAGE))
    if "malformed" in text or "not a database" in text:
        return StorageError(_("The file is damaged. Restore a backup (File > Restore Backup…)."))
    detail = getattr(exc, "sqlite_errorname", None) or type(exc).__name__
    return StorageError(_(
        "MentorDesk could not use %(name)s, so nothing was saved; check that the drive or share is "
        "reachable and try again (technical detail for support: %(detail)s)."
    ) % {"name": name, "detail": detail})


def translate_open_error(exc: sqlite3.Error, name: str) -> Exception:
    """Why a file could not even be read, in words: busy, needs recovery, moved, or not ours/damaged."""
    text = str(exc).lower()
    code = getattr(exc, "sqlite_errorcode", None)
    if code in (SQLITE_READONLY_DBMOVED, SQLITE_READONLY_ROLLBACK) or "locked" in text or "busy" in text:
        return translate_error(exc, name)
    if "not a database" in text or "malformed" in text or "corrupt" in text:
        return StorageError(_(
            "%(name)s is not a MentorDesk file, or it is damaged. Nothing was changed; "
            "if it is your company's file, restore a backup (File > Restore Backup…)."
        ) % {"name": name})
    return translate_error(exc, name)
