"""The People screen's list: everyone as light rows, and their search keys made in bulk.

At 50,000 people, building a `Person` per row and then a search key per person was
most of the time to open the screen (issue 15). The list reads named tuples
(`storage.people_list_repo`); the whole person is read with
`services.people.get_person` when one is opened. The keys are exactly
`services.people.search_text`'s, folded a column at a time (`search_fold.fold_column`);
the competency names they hold are read on their own (`competency_names`), so the
screen can show the list before it makes the keys.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from itertools import repeat
from operator import attrgetter

from ..models import Person
from ..search_fold import fold_column
from ..storage import people_list_repo, people_repo
from ..storage.database import Database
from ..storage.people_list_repo import PersonListRow

__all__ = ["PersonListRow", "competency_names", "list_rows", "search_keys"]

#: The fields `services.people.search_text` joins, in its order (then the competency names).
_SEARCHED = ("name", "email", "department", "branch", "title", "employee_id")


def list_rows(db: Database) -> list[PersonListRow]:
    """Everyone (archived included) as the People list shows them, in `list_people`'s order."""
    return people_list_repo.list_rows(db)


def competency_names(db: Database) -> dict[str, str]:
    """person id -> the names of the competencies in their portrait, as `Person.competency_names`."""
    return people_repo.competency_names_by_person(db)


def search_keys(people: Sequence[Person | PersonListRow], names: Mapping[str, str] | None = None) -> list[str]:
    """`[search_text(p) for p in people]`: each field's distinct values folded once, in C, then
    joined per person; several times faster than a `search_text` call per person. The
    competency names come from `names` (`competency_names`) when given, else from each Person."""
    if not people:
        return []
    columns = []
    for name in _SEARCHED:
        values = list(map(attrgetter(name), people))
        if None in values:
            values = [v or "" for v in values]
        columns.append(values)
    if names is None:
        columns.append([p.competency_names or "" for p in people])
    else:
        columns.append(list(map(names.get, map(attrgetter("id"), people), repeat(""))))
    return list(map(" ".join, zip(*map(fold_column, columns), strict=True)))
