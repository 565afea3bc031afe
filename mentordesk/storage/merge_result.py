"""What a merge tells the HR manager: counts, conflicts, identity clashes, clocks that run ahead.

Kept apart from the merge computation so the window, the CLI and the tests read one
result type, and so the summary's promise holds in one place: "Nothing to change"
is said only when the two files really hold the same data (no row written here and
no incoming value that differs and was set aside).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Literal

from ..errors import Cancelled as CancelledError
from ..errors import MentorDeskError
from ..i18n import Np_, ngettext
from ..i18n import gettext as _
from ..site import installation_site
from ..wording import count as count_words
from .schema import SCHEMA_VERSION

Side = Literal["local", "incoming"]
Prefer = Literal["newer", "local", "incoming"]
ResolutionKey = tuple[str, str, str]
Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]

#: Words for the summary the HR manager reads.
TABLE_LABELS = {
    "people": Np_("person", "people"),
    "competencies": Np_("competency", "competencies"),
    "person_competencies": Np_("competency assessment", "competency assessments"),
    "mentor_profiles": Np_("mentor profile", "mentor profiles"),
    "programs": Np_("program", "programs"),
    "participants": Np_("enrolment", "enrolments"),
    "pair_rules": Np_("pair rule", "pair rules"),
    "relationships": Np_("relationship", "relationships"),
    "relationship_stages": Np_("stage change", "stage changes"),
    "extensions": Np_("extension", "extensions"),
    "goals": Np_("goal", "goals"),
    "goal_history": Np_("goal update", "goal updates"),
    "meetings": Np_("meeting", "meetings"),
    "checkins": Np_("check-in", "check-ins"),
    "snoozes": Np_("snoozed item", "snoozed items"),
}


def table_word(table: str) -> str:
    """One row of `table` named in the reader's language ("person", "Person", "osoba")."""
    one, many = TABLE_LABELS.get(table, (table, table))
    return ngettext(one, many, 1)


def table_words(table: str) -> str:
    """The rows of `table` as a group ("people", "Personen", "osoby")."""
    one, many = TABLE_LABELS.get(table, (table, table))
    return ngettext(one, many, 2)


class MergeError(MentorDeskError):
    """The other file cannot be merged; nothing was changed."""


class MergeRefused(MergeError):
    """The other file holds rows this file may not take in; `problems` lists every reason."""

    def __init__(self, source_name: str, problems: list[str]):
        self.problems = list(problems)
        shown = problems[:20]
        more = ("\n  " + _("… and %(count)s more") % {"count": len(problems) - 20}) if len(problems) > 20 else ""
        head = ngettext(
            "%(file)s was not merged: %(count)s of its entries cannot be taken in. Nothing was "
            "changed. Correct it in that file (at the branch that made it), then merge again:",
            "%(file)s was not merged: %(count)s of its entries cannot be taken in. Nothing was "
            "changed. Correct them in that file (at the branch that made them), then merge again:",
            len(problems)) % {"file": source_name, "count": len(problems)}
        super().__init__(head + "\n  " + "\n  ".join(shown) + more)


class OtherCompanyError(MergeError):
    """The other file belongs to another company; merged only when HR confirms it explicitly."""


class MergeCancelled(CancelledError):
    def __init__(self) -> None:
        super().__init__(_("The merge was cancelled. Nothing was changed."))


@dataclass
class TableCounts:
    inserted: int = 0
    updated: int = 0
    deleted: int = 0
    unchanged: int = 0
    #: rows folded into another row that means the same (same employee id, same name…)
    merged: int = 0

    @property
    def changed(self) -> int:
        return self.inserted + self.updated + self.deleted + self.merged

    def as_dict(self) -> dict[str, int]:
        return {"inserted": self.inserted, "updated": self.updated, "deleted": self.deleted,
                "unchanged": self.unchanged, "merged": self.merged}


def short_time(t: str) -> str:
    return t[:16].replace("T", " ") if t else "?"


def site_name(site: str, here: str | None = None) -> str:
    """A site id as a person says it: "this computer" for this installation, else the computer's
    name without the random part that keeps installations apart ("LAPTOP-7/3f2a9c1e" -> "LAPTOP-7")."""
    if not site:
        return _("an unnamed computer")
    if site == (here if here is not None else installation_site()):
        return _("this computer")
    return site.split("/", 1)[0] or site


def site_names(sites: list[str]) -> str:
    """The computers changes came from, each named once ("this computer, LAPTOP-7")."""
    here = installation_site()
    return ", ".join(dict.fromkeys(site_name(s, here) for s in sites))


#: The kinds of change, in the order they are said: "1 person added, 2 people updated".
CHANGE_KINDS = ("inserted", "updated", "deleted", "merged")


def _changed(kind: str, things: str, n: int) -> str:
    """'%(things)s added' in the reader's language: the verb may agree with the count (Spanish
    "se añadieron"), so each kind is a plural entry of its own."""
    if kind == "inserted":
        template = ngettext("%(things)s added", "%(things)s added", n)
    elif kind == "updated":
        template = ngettext("%(things)s updated", "%(things)s updated", n)
    elif kind == "deleted":
        template = ngettext("%(things)s deleted", "%(things)s deleted", n)
    else:
        template = ngettext("%(things)s joined with a duplicate", "%(things)s joined with a duplicate", n)
    return template % {"things": things}


def changes_text(table: str, counts: dict[str, int]) -> str:
    """One table's changes in words, e.g. "1 person added, 2 people updated" (no count: "")."""
    one, many = TABLE_LABELS.get(table, (table, table))
    return ", ".join(_changed(kind, count_words(counts[kind], one, many), counts[kind])
                     for kind in CHANGE_KINDS if counts.get(kind, 0))


@dataclass(frozen=True)
class Conflict:
    """One field both files changed differently since they last met."""

    table: str
    row_id: str
    label: str
    field: str
    local_value: Any
    local_time: str
    local_site: str
    incoming_value: Any
    incoming_time: str
    incoming_site: str
    kept: Side
    chosen: bool  # True when the caller chose; False when "newer wins" decided

    @property
    def key(self) -> ResolutionKey:
        return (self.table, self.row_id, self.field)

    def text(self) -> str:
        values = {"label": self.label, "what": table_word(self.table), "field": self.field,
                  "here": repr(self.local_value), "here_site": site_name(self.local_site),
                  "here_time": short_time(self.local_time), "incoming": repr(self.incoming_value),
                  "incoming_site": site_name(self.incoming_site), "incoming_time": short_time(self.incoming_time)}
        if self.kept == "local":
            kept = _("kept this file's value (your choice)") if self.chosen else _("kept this file's value (newer)")
        else:
            kept = _("kept the incoming value (your choice)") if self.chosen else _("kept the incoming value (newer)")
        return _("%(label)s (%(what)s), %(field)s: here %(here)s (%(here_site)s, %(here_time)s), "
                 "incoming %(incoming)s (%(incoming_site)s, %(incoming_time)s)") % values + " → " + kept


@dataclass(frozen=True)
class IdentityConflict:
    """Two different people under one employee ID: both kept, one under a provisional ID."""

    employee_id: str
    kept_id: str           # row that keeps the employee ID
    kept_name: str
    other_id: str          # row given the provisional ID
    other_name: str
    provisional_id: str

    def text(self) -> str:
        return _("Employee ID %(id)s is used for two different people: %(kept)s keeps it, "
                 "%(other)s was kept as well under the provisional ID %(provisional)s. "
                 "Give them their right employee ID.") % {"id": self.employee_id, "kept": self.kept_name,
                                                          "other": self.other_name,
                                                          "provisional": self.provisional_id}


@dataclass(frozen=True)
class FutureStamps:
    """Changes from one site dated ahead of this computer's clock by more than the tolerance."""

    site: str
    count: int
    newest: str
    ahead_seconds: float

    def text(self) -> str:
        return ngettext(
            "From %(site)s: %(count)s change dated up to %(ahead)s ahead of this computer's clock (newest "
            "%(newest)s UTC): that computer's clock is probably wrong. It was ordered by what each side had "
            "seen, not by its date.",
            "From %(site)s: %(count)s changes dated up to %(ahead)s ahead of this computer's clock (newest "
            "%(newest)s UTC): that computer's clock is probably wrong. They were ordered by what each side had "
            "seen, not by their dates.", self.count) % {
                "site": site_name(self.site), "count": self.count, "ahead": _duration(self.ahead_seconds),
                "newest": short_time(self.newest)}


def _duration(seconds: float) -> str:
    minutes = int(seconds // 60)
    days, rest = divmod(minutes, 24 * 60)
    hours, mins = divmod(rest, 60)
    parts = [ngettext("%(count)s day", "%(count)s days", days) % {"count": days} if days else "",
             _("%(hours)s h") % {"hours": hours} if hours else "",
             _("%(minutes)s min") % {"minutes": mins} if mins else ""]
    return " ".join(p for p in parts if p) or _("a minute")


@dataclass
class MergeResult:
    source_name: str
    source_sites: list[str]
    source_version: int
    dry_run: bool
    counts: dict[str, TableCounts] = field(default_factory=dict)
    conflicts: list[Conflict] = field(default_factory=list)
    identity_conflicts: list[IdentityConflict] = field(default_factory=list)
    future: list[FutureStamps] = field(default_factory=list)
    #: incoming values that differ from this file's and lost to newer local ones (not conflicts)
    kept_local: int = 0
    #: how the other file's company was judged (`mentordesk.storage.merge_identity`)
    company_note: str = ""
    details: list[str] = field(default_factory=list)
    log_id: str | None = None
    #: issue 14: the sentence saying erasures were applied (`storage/erasure.py`), empty when none
    erasure_note: str = ""
    #: issue 14: the other file's erasure records not made here (`erasure_incoming.IncomingErasure`),
    #: which a real merge applies only when HR confirms them
    incoming_erasures: list[Any] = field(default_factory=list)

    @property
    def changed(self) -> int:
        return sum(c.changed for c in self.counts.values())

    @property
    def differs(self) -> bool:
        """Whether the two files hold different data (even if nothing here had to change)."""
        return bool(self.changed or self.kept_local or self.conflicts or self.identity_conflicts)

    def summary_text(self) -> str:
        sites = site_names(self.source_sites) or _("no changes recorded")
        if self.dry_run:
            head = _("Dry run, nothing was written: merging %(file)s (from: %(sites)s).")
        else:
            head = _("Merged %(file)s (from: %(sites)s).")
        return "\n".join([head % {"file": self.source_name, "sites": sites}, *self.summary_lines()])

    def summary_lines(self) -> list[str]:
        """Everything but the first line: the same for a dry run and the real merge."""
        lines: list[str] = []
        if self.source_version < SCHEMA_VERSION:
            lines.append(_("The other file is from an older MentorDesk (version %(version)s); "
                           "only what both versions have was merged.") % {"version": self.source_version})
        if self.company_note:
            lines.append(self.company_note)
        if self.incoming_erasures:
            n = len(self.incoming_erasures)
            lines.append(ngettext("The other file carries %(count)s erasure not made in this file; "
                                  "merging applies it here (HR confirms it first):",
                                  "The other file carries %(count)s erasures not made in this file; "
                                  "merging applies them here (HR confirms them first):", n) % {"count": n})
            lines.extend(f"  {e.text()}" for e in self.incoming_erasures)
        if self.erasure_note:
            lines.append(self.erasure_note)
        for table, c in self.counts.items():
            if not c.changed:
                continue
            lines.append(f"  {changes_text(table, c.as_dict())}")
        if not self.differs:
            lines.append("  " + _("Nothing to change: this file already has everything from the other one."))
        elif not self.changed:
            lines.append("  " + _("No entry in this file had to change, but the files differ: see below."))
        if self.kept_local:
            lines.append("  " + _("Older values in the other file, not taken: %(count)s "
                                  "(the other file gets this file's values when it merges this one).")
                         % {"count": self.kept_local})
        if self.identity_conflicts:
            lines.append(_("Employee IDs used for two different people: %(count)s")
                         % {"count": len(self.identity_conflicts)})
            lines.extend(f"  {c.text()}" for c in self.identity_conflicts)
        if self.conflicts:
            n = len(self.conflicts)
            lines.append(ngettext("%(count)s conflicting change:", "%(count)s conflicting changes:", n)
                         % {"count": n})
            lines.extend(f"  {c.text()}" for c in self.conflicts)
        if self.future:
            lines.append(_("Clocks ahead:"))
            lines.extend(f"  {f.text()}" for f in self.future)
        return lines


@dataclass(frozen=True)
class MergeLogEntry:
    id: str
    merged_at: str
    source_name: str
    source_sites: list[str]
    summary: dict[str, dict[str, int]]
    details: list[str]
