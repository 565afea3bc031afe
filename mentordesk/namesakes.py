"""Telling apart people with the same name: "Anna Kowalska (E0412, Finance)".

A company of a few thousand has namesakes; a picker or a report list showing two
"Anna Kowalska" lets HR pair or print the wrong one. Names count as the same when
they fold alike (`search_fold.fold`: case, accents and spacing aside), because
"Jose Nunez" and "José Núñez" look the same to someone choosing from a list. Only
namesakes get the longer label; everyone else keeps their plain name.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from .search_fold import fold

__all__ = ["label", "name_key", "shared_name_ids"]


def name_key(name: str) -> str:
    """What two names must share to be confused: folded, runs of spaces as one."""
    return " ".join(fold(name or "").split())


def shared_name_ids(people: Iterable[tuple[str, str]]) -> set[str]:
    """The ids, of (id, name) pairs, whose name another id also has."""
    by_name: dict[str, set[str]] = defaultdict(set)
    for person_id, name in people:
        by_name[name_key(name)].add(person_id)
    return {pid for ids in by_name.values() if len(ids) > 1 for pid in ids}


def label(name: str, employee_id: str = "", department: str = "") -> str:
    """'Name (E0412, Finance)': the name with what tells it apart (what is known of it)."""
    detail = ", ".join(x for x in (employee_id, department) if x)
    return f"{name} ({detail})" if detail else name
