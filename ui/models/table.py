"""A base for MentorDesk's table models, after Vorta's archive table model.

Columns are declared once (`Column`: header, how to display, the raw value to
sort by). Sorting and filtering happen in Python on the list of records and the
model is reset once in `set_rows()`: a QSortFilterProxyModel calling Python
`data()` for every comparison takes seconds on 100,000 rows. Small edits use
`update_record()`, which emits `dataChanged` for one row only.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

T = TypeVar("T")

SortRole = Qt.UserRole + 1      # the raw value a column sorts by
RecordRole = Qt.UserRole + 2    # the whole record behind a row


@dataclass(frozen=True)
class Column(Generic[T]):
    header: str
    display: Callable[[T], Any]
    sort_key: Callable[[T], Any] | None = None
    align: Qt.AlignmentFlag | None = None
    tooltip: Callable[[T], str] | None = None


def _sortable(value: Any) -> tuple:
    """None sorts last; text sorts case-insensitively."""
    if value is None or value == "":
        return (1, "")
    if isinstance(value, str):
        return (0, value.casefold())
    return (0, value)


class RecordTableModel(QAbstractTableModel, Generic[T]):
    def __init__(self, columns: Sequence[Column[T]], parent=None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self._rows: list[T] = []
        self._sort_column = -1
        self._sort_order = Qt.AscendingOrder

    # -- Qt interface ---------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        record = self._rows[index.row()]
        column = self.columns[index.column()]
        if role == Qt.DisplayRole:
            value = column.display(record)
            return "" if value is None else value
        if role == SortRole:
            return (column.sort_key or column.display)(record)
        if role == RecordRole:
            return record
        if role == Qt.TextAlignmentRole and column.align is not None:
            return int(column.align | Qt.AlignVCenter)
        if role == Qt.ToolTipRole and column.tooltip is not None:
            return column.tooltip(record)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.DisplayRole) -> Any:
        if role == Qt.DisplayRole and orientation == Qt.Horizontal and 0 <= section < len(self.columns):
            return self.columns[section].header
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.AscendingOrder) -> None:
        self._sort_column, self._sort_order = column, order
        if not (0 <= column < len(self.columns)):
            return
        self.layoutAboutToBeChanged.emit()
        # Selections and current indexes follow their records, not their old row numbers.
        old = self.persistentIndexList()
        records = [self._rows[i.row()] if 0 <= i.row() < len(self._rows) else None for i in old]
        before = {id(r): i for i, r in enumerate(self._rows)}
        self._sort_in_place()
        after = {id(r): i for i, r in enumerate(self._rows)}
        new = [self.index(after[id(r)], i.column()) if r is not None and id(r) in before else i
               for i, r in zip(old, records, strict=True)]
        self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()

    # -- records --------------------------------------------------------------------
    def _sort_in_place(self) -> None:
        if not (0 <= self._sort_column < len(self.columns)):
            return
        col = self.columns[self._sort_column]
        key = col.sort_key or col.display
        self._rows.sort(key=lambda r: _sortable(key(r)), reverse=self._sort_order == Qt.DescendingOrder)

    def set_rows(self, rows: Sequence[T]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._sort_in_place()
        self.endResetModel()

    def rows(self) -> list[T]:
        return list(self._rows)

    def record(self, row: int) -> T | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def update_record(self, row: int, record: T) -> None:
        self._rows[row] = record
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.columns) - 1))

    def find_row(self, predicate: Callable[[T], bool]) -> int:
        for i, r in enumerate(self._rows):
            if predicate(r):
                return i
        return -1
