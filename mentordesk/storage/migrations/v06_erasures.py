"""Schema 6: the erasure records that travel in every merge."""

from __future__ import annotations


def erasures() -> str:
    """Erasures of people (GDPR Art. 17): one row per erased person, holding no personal data.

    A row is both the tombstone every merge applies and the erasure log HR keeps
    (when, by whom, why). It holds the erased people rows' random ids and salted
    fingerprints of their employee id and e-mail, never the values, so a branch
    copy that still holds the person (even one entered there separately) is
    erased when it meets this file. Rows are written once, never changed, and
    travel in merges by id in both directions (`storage.erasure`).
    """
    return """
        CREATE TABLE erasures (
            id TEXT PRIMARY KEY NOT NULL,
            erased_at TEXT NOT NULL,
            erased_by TEXT NOT NULL DEFAULT '',
            site TEXT NOT NULL DEFAULT '',
            reason TEXT NOT NULL DEFAULT '',
            person_ids TEXT NOT NULL DEFAULT '[]',
            salt TEXT NOT NULL DEFAULT '',
            fingerprints TEXT NOT NULL DEFAULT '[]'
        );
        """
