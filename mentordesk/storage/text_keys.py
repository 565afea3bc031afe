"""The text keys SQLite's unique indexes compare, spelled in Python.

SQLite's built-in `lower()` folds only ASCII letters: `lower('Łączność')` stays
`Łączność` and `lower('ÉTICA')` is `Ética`. An index on `lower(name)` therefore treats
`Ł` and `ł` as different letters, and any Python code that looks a row up or caches it
by name must fold the same way, or it misses the row the index then refuses to
duplicate. Kept in a module of its own so a light command can use it without
importing the merge rules.
"""

from __future__ import annotations

from typing import Any


def sqlite_lower(text: Any) -> str:
    """SQLite's lower(): ASCII only, exactly what the unique indexes compare."""
    return "".join(chr(ord(ch) + 32) if "A" <= ch <= "Z" else ch for ch in str(text or ""))
