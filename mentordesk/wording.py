"""Counts said as a person says them: "1 person", "3 people", never "person(s)".

The number and its word go through `mentordesk.i18n.ngettext`, so the word takes
the language's plural form once a catalog holds it, and the English rule until
then (gettext's own fallback).  For sentences the core prints in English today
(merge summaries, CLI lines, service warnings).
"""

from __future__ import annotations

from .i18n import ngettext


def count(n: int, one: str, many: str) -> str:
    """`count(1, "person", "people")` -> "1 person"; `count(3, ...)` -> "3 people"."""
    return f"{n} {ngettext(one, many, n)}"
