"""Writing one CSV import: the rows gathered into one batch and written together.

Split from `services.people` (issue 16): `import_people` reads and checks the file, then
`write_import` (inside the write transaction) hands each row to an `ImportBatch`, which
decides add / update / unchanged against the rows read inside the transaction and writes
new people and levels in bulk. Rows reading recognised as the ones their people were last
imported from (`people_csv.digests`) are unchanged by construction: they are counted and
take part in the loop check, and nothing else is read or written for them.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .. import people_csv, validation
from ..errors import ValidationError
from ..i18n import gettext as _
from ..models import Person, PortraitEntry
from ..people_csv.model import CompetencyLevel
from ..storage import people_import_repo, people_repo, rows

if TYPE_CHECKING:
    from .people import ImportReport

__all__ = ["ImportBatch", "person_from_row", "refuse_loops", "same_levels", "write_import"]


@dataclass
class ImportBatch:
    """One import's writes gathered row by row and written together at the end: new people
    and levels go in with one `insert_many` each, which is what keeps a 50,000-row first
    import fast; changed people are updated as they are met."""

    report: ImportReport
    latest: dict[str, dict]
    assessed_at: str
    cache: dict[str, str] = field(default_factory=dict)
    new_people: list[tuple[str, dict]] = field(default_factory=list)
    new_levels: list[tuple[str, dict]] = field(default_factory=list)
    capacities: list[tuple[str, int]] = field(default_factory=list)
    #: new people's mentor profiles (none can exist yet): written with one `insert_many`
    new_profiles: list[tuple[str, dict]] = field(default_factory=list)
    newly_archived: list[str] = field(default_factory=list)
    #: (person id, line) of every row taken: whose row digest to remember once all is written
    people: list[tuple[str, int]] = field(default_factory=list)

    def take(self, conn: sqlite3.Connection, row: people_csv.PersonRow, current: dict | None) -> None:
        """One row: add or update the person, record changed levels, count the outcome."""
        pid, changed = self._person(conn, row, current)
        self.people.append((pid, row.line))
        levels = self.latest.setdefault(pid, {})
        added = 0 if same_levels(levels, row.competencies) else people_repo.record_portrait(
            conn, pid,
            [PortraitEntry(c.name, c.current, c.target) for c in row.competencies],
            self.assessed_at, latest=levels, cache=self.cache, sink=self.new_levels,
        )
        self.report.assessments += added
        capacity = row.mentor_capacity
        if capacity is None and row.role in ("mentor", "both") and current is None:
            capacity = people_csv.DEFAULT_MENTOR_CAPACITY
        if capacity is not None and current is None:
            self.new_profiles.append((rows.new_id(), {"person_id": pid, "capacity": capacity, "willing": 1}))
        elif capacity is not None:
            self.capacities.append((pid, capacity))
        if current is not None:
            if changed or added:
                self.report.updated += 1
            else:
                self.report.unchanged += 1

    def _person(self, conn: sqlite3.Connection, row: people_csv.PersonRow, current: dict | None) -> tuple[str, bool]:
        """(person id, whether their row changed); a row identical to what is stored writes nothing."""
        values = people_repo.person_values(person_from_row(row))
        if current is None:
            pid = rows.new_id()
            self.new_people.append((pid, values))
            self.report.added += 1
            return pid, True
        pid = current["id"]
        if not values["notes"] and current["notes"]:
            values["notes"] = current["notes"]  # keep notes typed in the app
        if row.archived is None:  # the file does not say: keep the stored state
            values["archived"] = int(bool(current["archived"]))
        elif row.archived and not current["archived"]:
            self.newly_archived.append(pid)
        # compared here against the row already read: an unchanged person costs no query
        changed = any(current[k] != v for k, v in values.items()) and \
            people_repo.update_person_values(conn, pid, values)
        return pid, bool(changed)

    def write(self, conn: sqlite3.Connection) -> None:
        """The gathered new people, their levels and the mentors' capacities."""
        rows.insert_many(conn, "people", self.new_people)
        rows.insert_many(conn, "person_competencies", self.new_levels)
        rows.insert_many(conn, "mentor_profiles", self.new_profiles)
        for pid, capacity in self.capacities:
            people_repo.set_mentor_capacity(conn, pid, capacity)


def write_import(conn: sqlite3.Connection, parsed: people_csv.ParseResult, report: ImportReport,
                 assessed_at: str, read_at: int, progress: Callable[[int, int], None] | None = None,
                 cancelled: Callable[[], bool] | None = None) -> ImportBatch | None:
    """The import's writes, inside its transaction; None (nothing written) when a person whose
    row was taken as unchanged was saved by someone since, so the file must be read again.

    ``read_at`` is the company's version when the file was checked against it
    (`people_import_repo.company_for_import`): when nobody has saved since, the digests
    and the loop check reading did still hold, and neither is read again.

    ``cancelled()`` is polled every 200 rows: ``ImportCancelled`` rolls the whole import back.
    The digests are remembered last: any write to a person drops theirs (schema 10).
    """
    if not people_import_repo.unchanged_since(conn, read_at):
        taken = ((r.person_id, parsed.digests[r.line]) for r in parsed.unchanged)
        if not people_import_repo.standing(conn, taken):
            return None
        in_file_order = sorted([*parsed.rows, *parsed.unchanged], key=lambda row: row.line)  # as loops are told
        refuse_loops(people_import_repo.managers(conn), in_file_order)
    existing = people_repo.person_rows_by_employee_id(conn) if parsed.rows else {}
    latest = people_repo.latest_levels_by_person(conn) if parsed.rows else {}
    batch = ImportBatch(report, latest, assessed_at)
    total = len(parsed.rows)
    for i, row in enumerate(parsed.rows):
        if cancelled is not None and i % 200 == 0 and cancelled():
            from .people import ImportCancelled  # defined beside the import that raises it too

            raise ImportCancelled()
        batch.take(conn, row, existing.get(row.employee_id))
        if progress is not None and i % 100 == 0:
            progress(total + i, total * 2)
    batch.write(conn)
    report.unchanged += len(parsed.unchanged)
    people_import_repo.remember(conn, ((pid, parsed.digests[line]) for pid, line in batch.people))
    return batch


def refuse_loops(current: Mapping[str, str | None],
                 incoming: Iterable[people_csv.PersonRow | people_csv.KnownRow]) -> None:
    """Refuse the import if the company as it is now, with the file's managers, has a loop.

    ``read_people`` checked this against the file as it was when parsing began; a colleague may
    have saved since, so the same rule runs on the managers read inside the transaction.
    """
    loops = validation.loops_after(current, {r.employee_id: r.manager_employee_id for r in incoming})
    if loops:
        raise ValidationError([
            _("Someone changed managers while the file was being read: importing it now would make "
              "a loop in who manages whom (%(loop)s). Nothing was imported.") % {"loop": validation.describe_loop(loop)}
            for loop in loops
        ])


def same_levels(latest: dict[str, tuple[int, int | None]], competencies: Iterable[CompetencyLevel]) -> bool:
    """Whether every competency in the row has the levels last recorded: the common case of a
    re-import, decided without building a portrait (record_portrait applies the same rule)."""
    get = latest.get
    return all(get(c.name.strip().lower()) == (c.current, c.target) for c in competencies)


def person_from_row(row: people_csv.PersonRow) -> Person:
    """The row as a person record, so the repository builds its column values one way."""
    return Person(
        employee_id=row.employee_id, name=row.name, email=row.email, department=row.department,
        branch=row.branch, title=row.title, manager_employee_id=row.manager_employee_id,
        hire_date=row.hire_date, languages=row.languages, notes=row.notes, role=row.role,
        mentor_capacity=row.mentor_capacity, archived=bool(row.archived),
    )
