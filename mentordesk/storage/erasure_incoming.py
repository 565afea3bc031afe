"""Erasures arriving with another file are shown and confirmed, never applied silently (issue 14).

Why: an erasure record is a few lines anyone can write into a branch file. A
forged record, or one made by mistake at a branch, would otherwise erase people
here the moment the file is merged, and an erasure cannot be undone. So a merge
lists the other file's erasure records that this file does not have (when and
where they were made, HR's reason, and which of this file's people they erase,
by employee ID), and the real merge applies them only when HR confirms
(`merge_other_file(apply_erasures=True)`, `mentordesk merge --apply-erasures`,
the button in the merge dialog); otherwise it refuses and changes nothing.

The other direction is never optional: erasures made here always apply to the
other file's rows (`erasure.MergeErasures`), a branch copy cannot bring anyone back.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from ..i18n import N_, ngettext
from ..i18n import gettext as _
from .erasure import ERASED_NAME, Erasure, Scrubber
from .merge_result import MergeError

NO_LONGER_HERE = N_("a person no longer in this file")  # said with _(NO_LONGER_HERE)


@dataclass(frozen=True)
class IncomingErasure:
    """One erasure record of the other file, as HR judges it before confirming (no personal data)."""

    erased_at: str
    site: str
    reason: str
    #: this file's employee IDs of the people it erases (empty: nobody here any more)
    employee_ids: tuple[str, ...]

    def text(self) -> str:
        who = ", ".join(_("employee ID %(id)s") % {"id": e} for e in self.employee_ids) or _(NO_LONGER_HERE)
        return _("Erasure made %(date)s at %(site)s (%(reason)s): %(who)s") % {
            "date": self.erased_at[:10], "site": self.site or _("an unknown site"), "reason": self.reason, "who": who}


class ErasuresNotConfirmed(MergeError):
    """The other file carries erasures not made here and HR has not confirmed them; nothing was changed."""

    def __init__(self, source_name: str, count: int):
        self.count = count
        super().__init__(ngettext(
            "%(file)s carries %(count)s erasure of a person not made in this file. Merging it would erase "
            "that person here too, and an erasure cannot be undone, so nothing was merged and nothing was "
            "changed. Look at it in the dry run and confirm it to merge.",
            "%(file)s carries %(count)s erasures of people not made in this file. Merging it would erase "
            "those people here too, and an erasure cannot be undone, so nothing was merged and nothing was "
            "changed. Look at them in the dry run and confirm them to merge.", count)
            % {"file": source_name, "count": count})


def new_erasures(local: list[Erasure], incoming: list[Erasure]) -> list[Erasure]:
    """The other file's records this file does not have yet."""
    mine = {e.id for e in local}
    return sorted((e for e in incoming if e.id not in mine), key=lambda e: (e.erased_at, e.id))


def describe(conn: sqlite3.Connection, erasures: list[Erasure]) -> list[IncomingErasure]:
    """Which of this file's live people each record would erase, by their employee ID."""
    cur = conn.execute("SELECT id, employee_id, email, name FROM people WHERE deleted_at IS NULL ORDER BY employee_id")
    cols = [d[0] for d in cur.description]
    people = [dict(zip(cols, r, strict=True)) for r in cur.fetchall()]
    out = []
    for record in erasures:
        scrubber = Scrubber([record])
        ids = tuple(str(p["employee_id"]) for p in people
                    if p["name"] != ERASED_NAME and scrubber.erasure_of(p) is not None)
        out.append(IncomingErasure(record.erased_at, record.site, record.reason, ids))
    return out
