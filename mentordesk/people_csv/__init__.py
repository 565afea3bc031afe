"""Read and write the People CSV (the format is described in docs/people-csv.md).

The HR manager feeds us whatever their HR system or Excel produced, so reading is lenient about
*encoding details* (BOM, delimiter, line ends, header case/order) and strict about *content*:
every row is checked and every problem reported with its physical line number, because the
format's rule is "a file with any invalid row imports nothing" and the manager has to be able
to fix the whole file in one pass.

Pure (no database, no Qt) so the UI, the CLI and the tests share it; the caller passes in what
it knows about the database (``known_employee_ids``, ``known_emails``, ``known_managers``).

    model     columns and the records passed around
    decoding  bytes -> text, or a sentence naming what the file really is
    cells     the reversible formula-injection escape of single cells
    headers   HR's own column names: guesses, mappings and the header row's fingerprint
    digests   a row's digest, so a re-import knows the rows it already checked and imported
    fields    one row's cells checked and converted (rules from mentordesk.validation)
    reading   header, rows and checks across rows and the company
    writing   the export
"""

from __future__ import annotations

from ..validation import ISO_639_1
from .cells import escape_cell, unescape_cell
from .decoding import LEGACY_ENCODINGS, NotText, guess_legacy_encoding
from .headers import TARGETS, fingerprint, guess_mapping, header_key, needs_mapping
from .model import (
    COLUMNS,
    DEFAULT_MENTOR_CAPACITY,
    MAX_CAPACITY,
    MAX_LEVEL,
    MIN_CAPACITY,
    MIN_LEVEL,
    NAME_PARTS,
    REQUIRED_COLUMNS,
    ROLES,
    CompetencyLevel,
    CsvInput,
    Dest,
    ImportedRow,
    KnownRow,
    ParseResult,
    PersonRow,
    Problem,
    Source,
)
from .reading import read_header, read_people
from .writing import CannotExport, format_row, write_people

__all__ = [
    "COLUMNS",
    "LEGACY_ENCODINGS",
    "NAME_PARTS",
    "TARGETS",
    "CsvInput",
    "NotText",
    "fingerprint",
    "guess_legacy_encoding",
    "guess_mapping",
    "header_key",
    "needs_mapping",
    "read_header",
    "DEFAULT_MENTOR_CAPACITY",
    "ISO_639_1",
    "MAX_CAPACITY",
    "MAX_LEVEL",
    "MIN_CAPACITY",
    "MIN_LEVEL",
    "REQUIRED_COLUMNS",
    "ROLES",
    "CannotExport",
    "CompetencyLevel",
    "Dest",
    "ImportedRow",
    "KnownRow",
    "ParseResult",
    "PersonRow",
    "Problem",
    "Source",
    "escape_cell",
    "format_row",
    "read_people",
    "unescape_cell",
    "write_people",
]
