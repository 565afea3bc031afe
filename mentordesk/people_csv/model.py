"""The People CSV's columns and the records reading and writing pass around."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import IO, NamedTuple, Union

from ..i18n import gettext as _
from ..validation import MAX_CAPACITY, MAX_LEVEL, MIN_CAPACITY, MIN_LEVEL, ROLES

__all__ = [
    "COLUMNS", "DEFAULT_MENTOR_CAPACITY", "MAX_CAPACITY", "MAX_LEVEL", "MIN_CAPACITY",
    "MIN_LEVEL", "NAME_PARTS", "REQUIRED_COLUMNS", "ROLES", "CompetencyLevel", "CsvInput", "Dest",
    "ImportedRow", "KnownRow", "ParseResult", "PersonRow", "Problem", "Source",
]

COLUMNS: tuple[str, ...] = (
    "employee_id",
    "name",
    "email",
    "department",
    "branch",
    "title",
    "manager_employee_id",
    "hire_date",
    "languages",
    "role",
    "mentor_capacity",
    "competencies",
    "notes",
    "archived",
)
# Cells read as "archived" / "active"; an empty cell (or no column) leaves the stored state as it is.
ARCHIVED_YES: frozenset[str] = frozenset({"yes", "y", "true", "1", "archived"})
ARCHIVED_NO: frozenset[str] = frozenset({"no", "n", "false", "0", "active"})
REQUIRED_COLUMNS: tuple[str, ...] = ("employee_id", "name", "email")
# HR systems often split the name: a column mapped to one of these is read as part of `name`
# (first part, then last part, joined by a space) when the file has no name column of its own.
NAME_PARTS: tuple[str, ...] = ("first_name", "last_name")
# The format's default for an empty mentor_capacity. Not applied here: the parser keeps "empty"
# as None so that export -> import reproduces the file exactly; whoever assigns mentees applies it.
DEFAULT_MENTOR_CAPACITY = 2

Source = Union[str, "os.PathLike[str]", bytes, bytearray, IO[str], IO[bytes], "CsvInput"]
Dest = Union[str, "os.PathLike[str]", IO[str]]


@dataclass(frozen=True)
class CsvInput:
    """A file as HR's system wrote it, with how to read it: the format's spelling is UTF-8
    and MentorDesk's column names, but an HR export may be Windows text with its own headers.

    ``encoding`` None means UTF-8 (what the format asks for); otherwise a Python codec name
    HR agreed to (``cp1252``). ``column_map`` maps a header as written in the file (compared
    without case, accents or punctuation, see ``headers.header_key``) to a MentorDesk column,
    one of ``NAME_PARTS``, or "" to ignore that column without a warning.
    """

    source: Source
    encoding: str | None = None
    column_map: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class CompetencyLevel:
    name: str
    current: int
    target: int | None = None


@dataclass(frozen=True)
class PersonRow:
    line: int
    employee_id: str
    name: str
    email: str
    department: str = ""
    branch: str = ""
    title: str = ""
    manager_employee_id: str | None = None
    hire_date: date | None = None
    languages: tuple[str, ...] = ()
    role: str = "none"
    mentor_capacity: int | None = None
    competencies: tuple[CompetencyLevel, ...] = ()
    notes: str = ""
    # None: the file does not say (no column or an empty cell), so import keeps what is stored.
    archived: bool | None = None


class ImportedRow(NamedTuple):
    """A person as stored, known by the digest of the CSV row they were last imported from
    (``digests``): what reading needs to take that row again without parsing it. A tuple,
    made straight from the query's row: a company has tens of thousands of them."""

    person_id: str
    employee_id: str
    name: str
    email: str
    manager_employee_id: str | None
    hire_date: str | None


@dataclass(frozen=True, slots=True)
class KnownRow:
    """A row identical to the one its person was last imported from, taken from the stored
    person: only what the checks across rows (IDs, e-mails, managers) and HR's lists read."""

    line: int
    employee_id: str
    name: str
    email: str
    manager_employee_id: str | None
    person_id: str


@dataclass(frozen=True)
class Problem:
    """One reason the file cannot be imported; line 0 means the file as a whole."""

    line: int
    column: str | None
    message: str

    def __str__(self) -> str:
        if self.line > 0:
            return _("Line %(line)s: %(message)s") % {"line": self.line, "message": self.message}
        return _("File: %(message)s") % {"message": self.message}


@dataclass
class ParseResult:
    """``rows`` holds only the rows without problems; import only when ``ok``.

    When reading was given the rows imported before, ``unchanged`` holds the rows found
    identical to them (not parsed again, not in ``rows``) and ``digests`` the digest of
    every good row by line, for the import to remember.
    """

    rows: list[PersonRow] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    cancelled: bool = False
    unchanged: list[KnownRow] = field(default_factory=list)
    digests: dict[int, str] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.problems and not self.cancelled
