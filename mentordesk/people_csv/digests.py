"""Digests of CSV rows, so a re-import can recognise a row it already checked and imported.

A row's digest covers everything its parse depends on: the cells under the columns read
(raw, as in the file: unescaping is a fixed function of them), where each column is (the
header mapping HR chose), and the rules themselves, as the source of the modules that
parse, check and compare a row (``rules_fingerprint``): any change to a rule, a column or
a cell gives another digest, and the row is read in full. The one rule that depends on
anything else, "hire_date is not in the future", is checked by the reader against the
stored date. What a digest may not cover, whether the *stored person* is still what the
row made of them, the database guarantees: any write to the person drops their digest
(schema 10).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Mapping, Sequence
from functools import cache
from operator import itemgetter
from pathlib import Path

__all__ = ["digester", "rules_fingerprint"]

#: Raise to make every stored digest stale at once (a change of what a digest means).
FORMAT = 1

# The modules whose code decides what a row becomes, relative to the mentordesk package.
_RULE_SOURCES = (
    "validation.py",
    "people_csv/cells.py",
    "people_csv/digests.py",
    "people_csv/fields.py",
    "people_csv/model.py",
    "people_csv/reading.py",
    "storage/people_repo.py",
    "services/people.py",
    "services/people_import_batch.py",
)


@cache
def rules_fingerprint() -> str:
    """The rules a row was checked by: the source of the modules above, read once a process.

    Where the source cannot be read (a packaged build keeping only compiled modules), the
    version stands for it: there the code changes only with the version.
    """
    from .. import __version__

    root = Path(__file__).resolve().parents[1]
    h = hashlib.blake2b(f"{FORMAT}\x00{__version__}".encode(), digest_size=16)
    for name in _RULE_SOURCES:
        try:
            h.update((root / name).read_bytes())
        except OSError:
            h.update(b"\x00unreadable:" + name.encode())
    return h.hexdigest()


def digester(index: Mapping[str, int], name_parts: Sequence[int]) -> Callable[[list[str]], str]:
    """The digest function for one file's rows: its mapping (column -> position, the name's
    parts) is fed in once; each call hashes the cells at those positions.

    The cells are hashed as their ``repr`` (a tuple of quoted strings, None for a cell a
    short row lacks), so no cell's content can shift what belongs to its neighbour.
    """
    columns = tuple(sorted(index.items()))
    positions = (*(pos for _column, pos in columns), *name_parts)
    base = hashlib.blake2b(repr((rules_fingerprint(), columns, tuple(name_parts))).encode(), digest_size=16)
    last = max(positions, default=-1)
    # a tuple even for one position (a header reading accepts maps at least two columns)
    cells_of = itemgetter(*positions) if len(positions) > 1 else (lambda record: (record[positions[0]],))

    def digest(record: list[str]) -> str:
        if len(record) > last:
            cells = cells_of(record)
        else:
            cells = tuple([record[p] if p < len(record) else None for p in positions])
        h = base.copy()
        h.update(repr(cells).encode())  # repr escapes what UTF-8 cannot hold (lone surrogates)
        return h.hexdigest()

    return digest
