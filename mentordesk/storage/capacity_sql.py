"""The SQL every mentor query shares to say how full a mentor is.

Apart from `programs_repo` so `replacement_repo` (which the one-relationship report
reads, for the story of a replaced mentor) takes these two snippets without loading the
program records (issue 15). `programs_repo` re-exports them.
"""

from __future__ import annotations

from ..capacity import DEFAULT_CAPACITY

#: A mentor's capacity in SQL (their profile, joined as `mp`, else the default): the one expression
#: every mentor query uses, so the matcher, the mentor pool and replacement agree on who is full.
MENTOR_CAPACITY_SQL = f"COALESCE(mp.capacity, {DEFAULT_CAPACITY})"


def active_mentees_sql(mentor: str) -> str:
    """SQL counting the active relationships the person `mentor` (a column) mentors, in any program."""
    return (f"(SELECT count(*) FROM relationships r WHERE r.mentor_id = {mentor} "
            "AND r.status = 'active' AND r.deleted_at IS NULL)")
