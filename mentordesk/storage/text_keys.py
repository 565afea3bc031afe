"""The text keys SQLite's unique indexes compare, spelled in Python.

SQLite's built-in `lower()` folds only ASCII letters: `lower('Łączność')` stays
`Łączność` and `lower('ÉTICA')` is `Ética`. An index on `lower(name)` therefore treats
`Ł` and `ł` as different letters, and any Python code that looks a row up or caches it
by name must fold the same way, or it misses the row the index then refuses to
duplicate. Kept in a module of its own so a light command can use it without
importing the merge rules.
"""

from __future__ import annotations

import string
from typing import Any

_ASCII_LOWER = str.maketrans(string.ascii_uppercase, string.ascii_lowercase)


def sqlite_lower(text: Any) -> str:
    """SQLite's lower(): ASCII only, exactly what the unique indexes compare (a translation
    table, in C: an import keys every competency of every row with it)."""
    return str(text or "").translate(_ASCII_LOWER)
