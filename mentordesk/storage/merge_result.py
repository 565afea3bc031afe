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
from ..site import installation_site
from ..wording import count
from .schema import SCHEMA_VERSION

Side = Literal["local", "incoming"]
Prefer = Literal["newer", "local", "incoming"]
ResolutionKey = tuple[str, str, str]
Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]

#: Words for the summary the HR manager reads.
TABLE_LABELS = {
    "people": ("person", "people"),
    "competencies": ("competency", "competencies"),
    "person_competencies": ("competency assessment", "competency assessments"),
    "mentor_profiles": ("mentor profile", "mentor profiles"),
    "programs": ("program", "programs"),
    "participants": ("enrolment", "enrolments"),
    "pair_rules": ("pair rule", "pair rules"),
    "relationships": ("relationship", "relationships"),
    "relationship_stages": ("stage change", "stage changes"),
    "extensions": ("extension", "extensions"),
    "goals": ("goal", "goals"),
    "goal_history": ("goal update", "goal updates"),
    "meetings": ("meeting", "meetings"),
    "checkins": ("check-in", "check-ins"),
    "snoozes": ("snoozed item", "snoozed items"),
}


class MergeError(MentorDeskError):
    """The other file cannot be merged; nothing was changed."""


class MergeRefused(MergeError):
    """The other file holds rows this file may not take in; `problems` lists every reason."""

    def __init__(self, source_name: str, problems: list[str]):
        self.problems = list(problems)
        shown = problems[:20]
        more = f"\n  … and {len(problems) - 20} more" if len(problems) > 20 else ""
        super().__init__(
            f"{source_name} was not merged: {len(problems)} of its entries cannot be taken in. Nothing was "
            "changed. Correct them in that file (at the branch that made them), then merge again:\n  "
            + "\n  ".join(shown) + more
        )


class OtherCompanyError(MergeError):
    """The other file belongs to another company; merged only when HR confirms it explicitly."""


class MergeCancelled(CancelledError):
    def __init__(self) -> None:
        super().__init__("The merge was cancelled. Nothing was changed.")


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
        return "an unnamed computer"
    if site == (here if here is not None else installation_site()):
        return "this computer"
    return site.split("/", 1)[0] or site


def site_names(sites: list[str]) -> str:
    """The computers changes came from, each named once ("this computer, LAPTOP-7")."""
    here = installation_site()
    return ", ".join(dict.fromkeys(site_name(s, here) for s in sites))


#: How each kind of change is said after the count: "1 person added".
CHANGE_WORDS = (("inserted", "added"), ("updated", "updated"), ("deleted", "deleted"),
                ("merged", "joined with a duplicate"))


def changes_text(table: str, counts: dict[str, int]) -> str:
    """One table's changes in words, e.g. "1 person added, 2 people updated" (no count: "")."""
    one, many = TABLE_LABELS.get(table, (table, table))
    return ", ".join(f"{count(counts.get(key, 0), one, many)} {verb}" for key, verb in CHANGE_WORDS
                     if counts.get(key, 0))


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
        how = "your choice" if self.chosen else "newer"
        return (f"{self.label} ({TABLE_LABELS.get(self.table, (self.table,))[0]}), {self.field}: "
                f"here {self.local_value!r} ({site_name(self.local_site)}, {short_time(self.local_time)}), "
                f"incoming {self.incoming_value!r} ({site_name(self.incoming_site)}, "
                f"{short_time(self.incoming_time)})"
                f" → kept {'this file' if self.kept == 'local' else 'incoming'} ({how})")


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
        return (f"Employee ID {self.employee_id} is used for two different people: {self.kept_name} keeps it, "
                f"{self.other_name} was kept as well under the provisional ID {self.provisional_id}. "
                "Give them their right employee ID.")


@dataclass(frozen=True)
class FutureStamps:
    """Changes from one site dated ahead of this computer's clock by more than the tolerance."""

    site: str
    count: int
    newest: str
    ahead_seconds: float

    def text(self) -> str:
        return (f"From {site_name(self.site)}: {count(self.count, 'change', 'changes')} dated up to "
                f"{_duration(self.ahead_seconds)} ahead of this computer's clock (newest {short_time(self.newest)} "
                "UTC): that computer's clock is probably wrong. They were ordered by what each side had seen, "
                "not by their dates.")


def _duration(seconds: float) -> str:
    minutes = int(seconds // 60)
    days, rest = divmod(minutes, 24 * 60)
    hours, mins = divmod(rest, 60)
    parts = [count(days, "day", "days") if days else "", f"{hours} h" if hours else "", f"{mins} min" if mins else ""]
    return " ".join(p for p in parts if p) or "a minute"


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
        head = "Dry run, nothing was written: merging" if self.dry_run else "Merged"
        sites = site_names(self.source_sites) or "no changes recorded"
        return "\n".join([f"{head} {self.source_name} (from: {sites}).",
                          *self.summary_lines()])

    def summary_lines(self) -> list[str]:
        """Everything but the first line: the same for a dry run and the real merge."""
        lines: list[str] = []
        if self.source_version < SCHEMA_VERSION:
            lines.append(f"The other file is from an older MentorDesk (version {self.source_version}); "
                         "only what both versions have was merged.")
        if self.company_note:
            lines.append(self.company_note)
        if self.incoming_erasures:
            n = len(self.incoming_erasures)
            lines.append(f"The other file carries {n} erasure{'' if n == 1 else 's'} not made in this file; "
                         "merging applies them here (HR confirms them first):")
            lines.extend(f"  {e.text()}" for e in self.incoming_erasures)
        if self.erasure_note:
            lines.append(self.erasure_note)
        for table, c in self.counts.items():
            if not c.changed:
                continue
            lines.append(f"  {changes_text(table, c.as_dict())}")
        if not self.differs:
            lines.append("  Nothing to change: this file already has everything from the other one.")
        elif not self.changed:
            lines.append("  No entry in this file had to change, but the files differ: see below.")
        if self.kept_local:
            lines.append(f"  Older values in the other file, not taken: {self.kept_local} "
                         "(the other file gets this file's values when it merges this one).")
        if self.identity_conflicts:
            lines.append(f"Employee IDs used for two different people: {len(self.identity_conflicts)}")
            lines.extend(f"  {c.text()}" for c in self.identity_conflicts)
        if self.conflicts:
            lines.append(f"{count(len(self.conflicts), 'conflicting change', 'conflicting changes')}:")
            lines.extend(f"  {c.text()}" for c in self.conflicts)
        if self.future:
            lines.append("Clocks ahead:")
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
