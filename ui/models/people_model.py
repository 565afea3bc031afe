"""The People table: one row per person, sorted and filtered in Python (see `table.py`).

Rows are `PersonListRow`s (light named tuples, `services.people.list_rows`) on the People
screen, or `Person`s: the columns read the attributes both have.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from operator import attrgetter
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, QModelIndex, QPersistentModelIndex, Qt

from mentordesk import vocabulary
from mentordesk.i18n import current
from mentordesk.models import Person
from mentordesk.services.people_list import PersonListRow

from .. import theme
from ..dates import short_date
from .table import Column, RecordRole, RecordTableModel, SortRole

#: Roles as plain ints, compared once per call: a paint asks for ~2,000 (cell, role) pairs.
_DISPLAY, _FOREGROUND, _ALIGNMENT = (int(r.value) for r in (
    Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.TextAlignmentRole))
_OTHER_ROLES = frozenset({int(Qt.ItemDataRole.ToolTipRole.value), int(SortRole), int(RecordRole)})

_COMBINING = re.compile("[\u0300-\u036f]")
#: Between the texts `_fold_new` folds in one piece (see `search_fold.fold_many`).
_SEPARATOR = "\x1f"

NAME, EMPLOYEE_ID, EMAIL, DEPARTMENT, BRANCH, TITLE, LANGUAGES, HIRE_DATE, ROLE, STATUS = range(10)


def translate(context: str, text: str) -> str:
    """QCoreApplication.translate under the name lupdate knows; each call spells its context
    ("PeopleModel") so pyside6-lupdate can extract the text."""
    return QCoreApplication.translate(context, text)


def role_label(role: str) -> str:
    """Roles are stored as codes; the table and the dialog show the words of `mentordesk.vocabulary`."""
    if role == "none":
        return translate("PeopleModel", "—")
    return vocabulary.said(vocabulary.ROLE_NAMES, role, current())


def status_label(person: Person | PersonListRow) -> str:
    return translate("PeopleModel", "Archived") if person.archived else translate("PeopleModel", "Active")


class PeopleModel(RecordTableModel[Person | PersonListRow]):
    """Columns for people; archived people are greyed so they stand out when shown."""

    def __init__(self, parent=None) -> None:
        self._locale = QLocale()
        self._date_cache: dict[date, str] = {}
        self._fold_cache: dict[str, str] = {}
        columns = [
            # attrgetter: read in C, 50,000 times per sort
            Column(translate("PeopleModel", "Name"), attrgetter("name"), tooltip=attrgetter("name")),
            Column(translate("PeopleModel", "Employee ID"), attrgetter("employee_id")),
            Column(translate("PeopleModel", "Email"), attrgetter("email"), tooltip=attrgetter("email")),
            Column(translate("PeopleModel", "Department"), attrgetter("department")),
            Column(translate("PeopleModel", "Branch"), attrgetter("branch")),
            Column(translate("PeopleModel", "Title"), attrgetter("title"), tooltip=attrgetter("title")),
            Column(translate("PeopleModel", "Languages"), lambda p: ", ".join(p.languages),
                   sort_key=lambda p: ",".join(p.languages)),
            Column(translate("PeopleModel", "Hire date"), self._hire_date, sort_key=lambda p: p.hire_date,
                   align=Qt.AlignRight),
            Column(translate("PeopleModel", "Role"), lambda p: role_label(p.role)),
            Column(translate("PeopleModel", "Status"), status_label, sort_key=lambda p: p.archived),
        ]
        super().__init__(columns, parent)
        self._display = [c.display for c in columns]
        self._alignment = [None if c.align is None else int(c.align | Qt.AlignVCenter) for c in columns]

    def _hire_date(self, person: Person | PersonListRow) -> str:
        """Short date in the user's locale; cached because many people share a date."""
        d = person.hire_date
        if d is None:
            return ""
        text = self._date_cache.get(d)
        if text is None:
            text = short_date(d, self._locale)
            self._date_cache[d] = text
        return text

    def _fold(self, text: str) -> str:
        """Accent- and case-blind sort key, so 'Álvaro' sorts with 'Alicia', not after 'Zoë'."""
        key = self._fold_cache.get(text)
        if key is None:
            key = text.casefold()
            if not key.isascii():  # strip diacritics in C (regex), not per character in Python
                key = _COMBINING.sub("", unicodedata.normalize("NFKD", key))
            self._fold_cache[text] = key
        return key

    def _fold_new(self, texts: set[str]) -> None:
        """`_fold` of every text not folded yet, as one joined text (casefold, NFKD and the regex
        each run once in C): sorting 50,000 names by a call per name took longer than reading them."""
        new = [t for t in texts if t not in self._fold_cache]
        joined = _SEPARATOR.join(new)
        if len(new) < 2 or joined.count(_SEPARATOR) != len(new) - 1:
            for text in new:
                self._fold(text)
            return
        folded = joined.casefold()
        if not folded.isascii():
            folded = _COMBINING.sub("", unicodedata.normalize("NFKD", folded))
        parts = folded.split(_SEPARATOR)
        if len(parts) != len(new):
            for text in new:
                self._fold(text)
            return
        self._fold_cache.update(zip(new, parts, strict=True))

    def _sort_in_place(self) -> None:
        """Like the base sort, but empty values stay at the bottom in both directions."""
        self._rows = [self._rows[i] for i in self.sorted_order(self._rows)]

    def sort_state(self) -> tuple[int, Qt.SortOrder]:
        """The column and direction rows are shown in; it changes when HR clicks a header."""
        return self._sort_column, self._sort_order

    def sorted_order(self, people: list[Person] | list[PersonListRow]) -> list[int]:
        """Positions of `people` in the table's current order (empty values last either way).

        The People screen sorts everyone once per reload or header click with this and
        then only filters that ordered list as HR types (`set_ordered_rows`), instead of
        sorting every keystroke's result again.
        """
        if not (0 <= self._sort_column < len(self.columns)):
            return list(range(len(people)))
        column = self.columns[self._sort_column]
        values = raw = list(map(column.sort_key or column.display, people))
        distinct = set(values)
        if set(map(type, distinct)) == {str}:  # a text column: every step below runs in C
            self._fold_new(distinct)
            values = list(map(self._fold_cache.__getitem__, values))
            empties = {""} if "" in distinct else set()
        else:
            texts = {v for v in distinct if isinstance(v, str)}
            if texts:
                self._fold_new(texts)
                values = [self._fold_cache[v] if isinstance(v, str) else v for v in values]
            empties = {None, ""} & distinct
        if empties:  # judged on the values themselves, as before folding
            filled = [i for i, v in enumerate(raw) if v is not None and v != ""]
            empty = [i for i, v in enumerate(raw) if v is None or v == ""]
        else:
            filled, empty = list(range(len(values))), []
        # stable, like the sort of (key, position) pairs it replaces: ties keep the list's order
        filled.sort(key=values.__getitem__, reverse=self._sort_order == Qt.DescendingOrder)
        return filled + empty

    def set_ordered_rows(self, rows: list[Person] | list[PersonListRow]) -> None:
        """Show rows already in the current order (one model reset, no sort)."""
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = _DISPLAY) -> Any:
        """The base model's answers, with the roles a paint asks for (about seven per cell, for
        every visible cell after each keystroke) answered first and without enum arithmetic."""
        row = index.row()
        if not 0 <= row < len(self._rows):
            return None  # an invalid index has row -1
        if role == _DISPLAY:
            value = self._display[index.column()](self._rows[row])
            return "" if value is None else value
        if role == _FOREGROUND:
            return theme.colour("archived") if self._rows[row].archived else None
        if role == _ALIGNMENT:
            return self._alignment[index.column()]
        if role in _OTHER_ROLES:
            return super().data(index, role)
        return None

    def row_of(self, person_id: str) -> int:
        """The row showing `person_id`, or -1: used to keep the selection across resets."""
        return self.find_row(lambda p: p.id == person_id)
