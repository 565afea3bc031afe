"""The People table: one row per person, sorted and filtered in Python (see `table.py`)."""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, QModelIndex, QPersistentModelIndex, Qt

from mentordesk import vocabulary
from mentordesk.i18n import current
from mentordesk.models import Person

from .. import theme
from ..dates import short_date
from .table import Column, RecordRole, RecordTableModel, SortRole

#: Roles as plain ints, compared once per call: a paint asks for ~2,000 (cell, role) pairs.
_DISPLAY, _FOREGROUND, _ALIGNMENT = (int(r.value) for r in (
    Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.TextAlignmentRole))
_OTHER_ROLES = frozenset({int(Qt.ItemDataRole.ToolTipRole.value), int(SortRole), int(RecordRole)})

_COMBINING = re.compile("[\u0300-\u036f]")

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


def status_label(person: Person) -> str:
    return translate("PeopleModel", "Archived") if person.archived else translate("PeopleModel", "Active")


class PeopleModel(RecordTableModel[Person]):
    """Columns for people; archived people are greyed so they stand out when shown."""

    def __init__(self, parent=None) -> None:
        self._locale = QLocale()
        self._date_cache: dict[date, str] = {}
        self._fold_cache: dict[str, str] = {}
        columns = [
            Column(translate("PeopleModel", "Name"), lambda p: p.name, tooltip=lambda p: p.name),
            Column(translate("PeopleModel", "Employee ID"), lambda p: p.employee_id),
            Column(translate("PeopleModel", "Email"), lambda p: p.email, tooltip=lambda p: p.email),
            Column(translate("PeopleModel", "Department"), lambda p: p.department),
            Column(translate("PeopleModel", "Branch"), lambda p: p.branch),
            Column(translate("PeopleModel", "Title"), lambda p: p.title, tooltip=lambda p: p.title),
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

    def _hire_date(self, person: Person) -> str:
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

    def _sort_in_place(self) -> None:
        """Like the base sort, but empty values stay at the bottom in both directions."""
        self._rows = [self._rows[i] for i in self.sorted_order(self._rows)]

    def sort_state(self) -> tuple[int, Qt.SortOrder]:
        """The column and direction rows are shown in; it changes when HR clicks a header."""
        return self._sort_column, self._sort_order

    def sorted_order(self, people: list[Person]) -> list[int]:
        """Positions of `people` in the table's current order (empty values last either way).

        The People screen sorts everyone once per reload or header click with this and
        then only filters that ordered list as HR types (`set_ordered_rows`), instead of
        sorting every keystroke's result again.
        """
        if not (0 <= self._sort_column < len(self.columns)):
            return list(range(len(people)))
        column = self.columns[self._sort_column]
        key = column.sort_key or column.display
        filled: list[tuple[Any, int]] = []
        empty: list[int] = []
        for i, person in enumerate(people):
            value = key(person)
            if value is None or value == "":
                empty.append(i)
            else:
                filled.append((self._fold(value) if isinstance(value, str) else value, i))
        filled.sort(key=lambda pair: pair[0], reverse=self._sort_order == Qt.DescendingOrder)
        return [i for _, i in filled] + empty

    def set_ordered_rows(self, rows: list[Person]) -> None:
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
