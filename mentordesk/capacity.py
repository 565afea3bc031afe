"""How many mentees a mentor takes when nobody said otherwise.

A module of its own so the SQL that counts capacity (`storage/capacity_sql.py`) can
name the default without loading `mentordesk.models` and its record classes: reading
one relationship for its report never builds a program or a profile (issue 15).
`mentordesk.models` re-exports it.
"""

from __future__ import annotations

#: Mentees a mentor takes at a time when nobody said otherwise (no mentor profile yet).
#: The one value behind the profile's default, the matching run, the mentor pool and
#: the relationship rules, so every screen agrees on who is full.
DEFAULT_CAPACITY = 2
