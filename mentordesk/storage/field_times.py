"""Reading a row's `field_times`, including its compact form.

`field_times` says when each column last changed, so a merge can keep both sides' edits to
different fields of one row. A row just inserted has every column dated from `created_at`;
writing that out ({"name": t, "email": t, ...}) repeated one timestamp per column in every
row: 233 bytes of each competency assessment, a third of the file at 10,000 people.

So an inserted row stores `{}`, and a row whose `field_times` is empty while `updated_at`
equals `created_at` reads as "every column recorded at `created_at`": exactly what the long
form said. A row that was changed after insert always has its changes recorded (`rows.update`
and `rows.tombstone` write them), so `{}` with a later `updated_at` keeps its old meaning: a row
from before field times were kept, dated per row by `updated_at` (see `merge_rows.eff`).
Every reader goes through `read` so the merge sees the same times in either form.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from functools import lru_cache
from typing import Any

from .schema import BOOKKEEPING

COMPACT = "{}"


def read(row: Mapping[str, Any]) -> dict[str, str]:
    """The row's column -> time, the compact form expanded; a fresh dict (callers change it).
    A broken value reads as none, as before (incoming rows are checked by `merge_checks`)."""
    raw = row.get("field_times")
    found = dict(_parse(raw)) if isinstance(raw, str) else {}
    if not found and is_compact(row):
        created = str(row["created_at"])
        return {c: created for c in row if c not in BOOKKEEPING}
    return found


def is_compact(row: Mapping[str, Any]) -> bool:
    """Whether `row` stores its insert-time dates in the compact form (see the module text)."""
    raw = row.get("field_times")
    return (raw in (None, "", COMPACT) and row.get("created_at") is not None
            and row.get("created_at") == row.get("updated_at") and not row.get("deleted_at"))


@lru_cache(maxsize=16_384)
def _parse(raw: str) -> tuple[tuple[str, str], ...]:
    try:
        parsed = json.loads(raw or "{}")
    except ValueError:
        return ()
    return tuple((k, v) for k, v in parsed.items() if isinstance(v, str)) if isinstance(parsed, dict) else ()
