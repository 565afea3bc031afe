"""What an attempt to take the lock note came to, with the sentence the window shows as-is.

Split from `storage/lockfile.py`, which decides; here are the outcomes and
their words, so the sentences a person reads about a colleague holding the
file are in one place.
"""

from __future__ import annotations

import errno
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

from ..i18n import gettext as _
from .lock_notes import LockInfo
from .lock_write import is_read_only_error

if TYPE_CHECKING:
    from .lockfile import HeldLock

LockStatus = Literal["acquired", "held", "stale", "read_only", "error"]


@dataclass(frozen=True)
class LockResult:
    """What happened, with a sentence the UI can show as-is.

    - acquired: `lock` is ours (new note, our own note, or one left by a process
      on this machine that no longer runs).
    - held: someone else has it open; `holder` says who. Open read-only.
    - stale: someone else's note has not been refreshed for a long time. Their
      laptop may just be asleep with the file open, so we do not take it without
      asking: the UI asks, then calls `take_over`.
    - read_only: the folder cannot be written; open read-only.
    - error: anything else (disk full, network drive gone); `message` explains.
    """

    status: LockStatus
    message: str
    lock: HeldLock | None = None
    holder: LockInfo | None = None
    took_over_from: LockInfo | None = field(default=None)

    @property
    def acquired(self) -> bool:
        return self.status == "acquired" and self.lock is not None


def os_error_result(exc: OSError) -> LockResult:
    """A failed write said as what it means for the user: read-only, disk full, or folder gone."""
    if is_read_only_error(exc):
        return LockResult(
            "read_only",
            _("This folder is read-only for you, so MentorDesk cannot mark the file as in use. "
            "You can look at the file but not change it."),
        )
    if exc.errno == errno.ENOSPC:
        return LockResult("error", _("The disk is full, so the file cannot be opened for editing. Free some space "
                                     "and try again."))
    return LockResult(
        "error",
        _("MentorDesk could not mark the file as in use (the folder may be offline). "
        "You can look at the file but not change it."),
    )


def held_result(holder: LockInfo) -> LockResult:
    """Someone (perhaps this account elsewhere) has the file open: look, do not change."""
    if holder.is_this_account():
        text = _("%(holder)s. You can look at the file but not change it until you close it there.")
    else:
        text = _("%(holder)s. You can look at the file but not change it until they close it.")
    return LockResult("held", text % {"holder": holder.describe()}, holder=holder)


def unknown_holder_result() -> LockResult:
    """A note is there but says nobody yet (being created, or garbage still fresh)."""
    return LockResult(
        "held",
        _("Someone else is opening or has opened this file for editing. "
        "You can look at it but not change it; try again in a moment."),
    )


def stale_result(holder: LockInfo) -> LockResult:
    """A quiet holder is named and asked about, never replaced without the user's word."""
    return LockResult(
        "stale",
        _("%(holder)s, but that session has not been active for a long time "
          "(their laptop may be asleep, or MentorDesk stopped unexpectedly). "
          "Only take over if you are sure they are not using it.") % {"holder": holder.describe()},
        holder=holder,
    )


def long_quiet_result() -> LockResult:
    """A note nobody can read that has not changed for the stale period: asked about, never taken silently."""
    return LockResult(
        "stale",
        _("Someone opened this file for editing a long time ago and has not been active since. "
        "Only take over if you are sure nobody is using it."),
    )
