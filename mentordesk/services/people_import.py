"""Importing people as HR systems export them: look first, then preview, then import.

An HR manager imports a file they did not write: another system's column names, sometimes an
older Windows encoding, and possibly the same person twice under two employee IDs. So before
anything is written the window and the CLI go through the same three steps:

1. ``inspect_file`` reads the header: a Windows-text file is *named* (never decoded silently),
   and the columns get a proposed mapping (remembered for this header row, else guessed);
2. ``preview_import`` reads every row with that encoding and mapping and compares it with the
   company: new, changed (with the fields that change), unchanged, archived and brought back,
   the bad lines, and likely duplicate people (same name, another employee ID);
3. ``import_file`` imports it for real through ``people.import_people`` (all or nothing, with a
   backup first so Edit > Undo can take it back) and remembers the mapping in the file.

Each step takes a ``CsvFile`` (the file's bytes, read once by ``read_file``) or a path. The
window and the CLI read the file once and hand the same bytes to every step: a file read twice
could change in between (HR saves it again, a sync tool replaces it) and import something other
than what was previewed, and a pipe or FIFO cannot be read twice at all.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from .. import people_csv
from ..models import Person
from ..namesakes import name_key
from ..people_csv import CsvInput, KnownRow, PersonRow, Problem
from ..storage import import_mappings, people_import_repo, people_repo
from ..storage.database import Database
from . import people, undo

__all__ = [
    "CsvFile", "FileLook", "ImportPreview", "LikelyDuplicate", "PersonChange",
    "import_file", "inspect_file", "preview_import", "read_file",
]

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


@dataclass(frozen=True)
class CsvFile:
    """A CSV read once: its name for labels and sentences, its bytes for every later step."""

    name: str
    data: bytes = field(repr=False)


def read_file(path: str | Path) -> CsvFile:
    """The whole file in memory (an HR export is small); OSError is the caller's to say."""
    return CsvFile(Path(path).name, Path(path).read_bytes())


FileSource = CsvFile | str | Path


def _as_file(source: FileSource) -> CsvFile:
    return source if isinstance(source, CsvFile) else read_file(source)


@dataclass(frozen=True)
class FileLook:
    """What the header says before any row is read."""

    header: list[str] = field(default_factory=list)
    fingerprint: str = ""
    #: header as written -> column: remembered for this header row, else guessed by name
    mapping: dict[str, str] = field(default_factory=dict)
    remembered: bool = False
    #: the header is not the format's own names: HR should see (and may change) the mapping
    needs_mapping: bool = False
    #: the file is not UTF-8 but reads as this older Windows encoding: ask before using it
    suggested_encoding: str | None = None
    #: the file cannot be read at all (a picture, a workbook, ...): the sentence says what it is
    problem: Problem | None = None
    #: header -> the first data row's value under it, so HR recognises what a column holds
    example: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class PersonChange:
    employee_id: str
    name: str
    fields: tuple[str, ...] = ()


@dataclass(frozen=True)
class LikelyDuplicate:
    """A row whose person may already be there under another employee ID (not merged)."""

    line: int
    employee_id: str
    name: str
    other_employee_id: str
    other_name: str
    #: True: the other one is already in MentorDesk; False: on another line of this file
    stored: bool


@dataclass
class ImportPreview:
    new: list[PersonChange] = field(default_factory=list)
    changed: list[PersonChange] = field(default_factory=list)
    unchanged: int = 0
    archived: list[PersonChange] = field(default_factory=list)
    unarchived: list[PersonChange] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    duplicates: list[LikelyDuplicate] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """Whether importing would succeed now (a file with any bad line imports nothing)."""
        return not self.problems


# -- 1. the header -------------------------------------------------------------------

def inspect_file(db: Database, source: FileSource, encoding: str | None = None) -> FileLook:
    """The header and its proposed mapping, or which Windows encoding to offer, or the problem.

    OSError (the file is gone, unreadable) is left to the caller, who says it in its words.
    """
    data = _as_file(source).data
    try:
        first = people_csv.read_header(CsvInput(data, encoding=encoding), rows=1)
    except people_csv.NotText as exc:
        suggested = people_csv.guess_legacy_encoding(data) if encoding is None else None
        return FileLook(suggested_encoding=suggested, problem=exc.problem)
    header = first[0] if first else []
    example = first[1] if len(first) > 1 else []
    fp = people_csv.fingerprint(header)
    kept = import_mappings.remembered(db, fp)
    return FileLook(header=header, fingerprint=fp, mapping=people_csv.guess_mapping(header, kept),
                    remembered=bool(kept), needs_mapping=people_csv.needs_mapping(header),
                    example=dict(zip(header, example, strict=False)))


def column_map(header: list[str], mapping: Mapping[str, str]) -> dict[str, str]:
    """The mapping as reading takes it: every header HR did not map is left out of the file."""
    return {h: mapping.get(h, "") for h in header if h.strip()}


# -- 2. the preview --------------------------------------------------------------------

def preview_import(db: Database, source: FileSource, *, encoding: str | None = None,
                   mapping: Mapping[str, str] | None = None, progress: Progress | None = None,
                   cancelled: Cancelled | None = None) -> ImportPreview:
    """What importing would do, computed without writing anything (raises ImportCancelled).

    Rows identical to the ones their people were last imported from are counted unchanged
    without being parsed, exactly as the import will take them (`people_csv.digests`).
    """
    company = people_import_repo.company_for_import(db.conn)
    parsed = people_csv.read_people(
        CsvInput(_as_file(source).data, encoding=encoding, column_map=dict(mapping or {})),
        known_employee_ids=company.known_ids, known_emails=company.emails,
        progress=progress, cancelled=cancelled, known_managers=company.managers, imported=company.imported,
    )
    if parsed.cancelled:
        raise people.ImportCancelled()
    preview = ImportPreview(problems=list(parsed.problems), warnings=list(parsed.warnings),
                            unchanged=len(parsed.unchanged))
    stored = people_repo.person_rows_by_employee_id(db.conn)
    levels = people_repo.latest_levels_by_person(db.conn) if parsed.rows else {}
    for row in parsed.rows:
        current = stored.get(row.employee_id)
        if current is None:
            preview.new.append(PersonChange(row.employee_id, row.name))
            continue
        _compare(preview, row, current, levels.get(current["id"], {}))
    every_row = sorted([*parsed.rows, *parsed.unchanged], key=lambda row: row.line)
    preview.duplicates = likely_duplicates(every_row, stored)
    return preview


def _compare(preview: ImportPreview, row: PersonRow, current: Mapping, levels: Mapping) -> None:
    """The fields import would change for a stored person, by the import's own rules (notes
    typed in the app are kept when the file has none; no archived cell keeps the state)."""
    values = people_repo.person_values(_person(row))
    if not values["notes"]:
        values["notes"] = current["notes"]
    if row.archived is None:
        values["archived"] = current["archived"]
    fields = [k for k, v in values.items() if current[k] != v]
    if any(levels.get(c.name.strip().lower()) != (c.current, c.target) for c in row.competencies):
        fields.append("competencies")
    change = PersonChange(row.employee_id, row.name, tuple(fields))
    if not fields:
        preview.unchanged += 1
        return
    preview.changed.append(change)
    if "archived" in fields:
        (preview.archived if values["archived"] else preview.unarchived).append(change)


def _person(row: PersonRow) -> Person:
    return Person(employee_id=row.employee_id, name=row.name, email=row.email, department=row.department,
                  branch=row.branch, title=row.title, manager_employee_id=row.manager_employee_id,
                  hire_date=row.hire_date, languages=row.languages, notes=row.notes, role=row.role,
                  mentor_capacity=row.mentor_capacity, archived=bool(row.archived))


def _same_person_key(name: str) -> str:
    """Names that fold alike in any word order ("Núñez, José" and "Jose Nunez")."""
    return " ".join(sorted(name_key(name).replace(",", " ").split()))


def likely_duplicates(rows: list[PersonRow | KnownRow], stored: Mapping[str, Mapping]) -> list[LikelyDuplicate]:
    """Rows whose name is already someone else's (another employee ID, here or in the file).

    Same e-mail with another ID is refused outright by reading; the same name is only likely
    the same person (namesakes exist), so it is listed for HR and the import stays possible.
    """
    seen: dict[str, tuple[str, str, bool]] = {}
    for employee_id, r in stored.items():
        seen.setdefault(_same_person_key(r["name"]), (employee_id, r["name"], True))
    found: list[LikelyDuplicate] = []
    for row in rows:
        key = _same_person_key(row.name)
        other = seen.get(key)
        if other is not None and other[0] != row.employee_id:
            found.append(LikelyDuplicate(row.line, row.employee_id, row.name, other[0], other[1], other[2]))
        elif other is None:
            seen[key] = (row.employee_id, row.name, False)
    return found


# -- 3. the import ---------------------------------------------------------------------

def import_file(db: Database, source: FileSource, *, encoding: str | None = None,
                mapping: Mapping[str, str] | None = None, fingerprint: str = "",
                progress: Progress | None = None, cancelled: Cancelled | None = None) -> people.ImportReport:
    """Import for real, all or nothing, with a backup first (Edit > Undo, `mentordesk undo`).

    A mapping HR confirmed is remembered before the backup is taken, so undoing the import
    does not forget how this HR system's export is read.
    """
    csv_file = _as_file(source)
    if mapping and fingerprint:
        import_mappings.remember(db, fingerprint, mapping)
    read = CsvInput(csv_file.data, encoding=encoding, column_map=dict(mapping or {}))
    with undo.undoable(db, "import", undo.import_label(csv_file.name)):
        return people.import_people(db, read, progress=progress, cancelled=cancelled)
