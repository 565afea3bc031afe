"""The tables of the Programs screen: sortable, several rows selectable, columns fitted to a limit."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from ...models.table import RecordRole, RecordTableModel
from ...widgets.tables import record_table

#: Widest a column may start at; long texts (motivation, gaps) show in full in tooltips and the side panel.
MAX_COLUMN_WIDTH = 180


def program_table(parent: QWidget, model: RecordTableModel, name: str) -> QTableView:
    """The main screens' record table (ui/widgets/tables.py), sortable; HR decides for several
    applicants at once, so rows select extended, unlike the other screens."""
    table = record_table(parent, model, name, row_padding=10)
    table.setSelectionMode(QAbstractItemView.ExtendedSelection)
    table.setSortingEnabled(True)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.Interactive)
    table.horizontalHeader().setStretchLastSection(True)
    table.horizontalHeader().setSortIndicator(0, Qt.AscendingOrder)
    return table


def fit_columns(table: QTableView) -> None:
    table.resizeColumnsToContents()
    header = table.horizontalHeader()
    for col in range(header.count()):
        if header.sectionSize(col) > MAX_COLUMN_WIDTH:
            header.resizeSection(col, MAX_COLUMN_WIDTH)


def selected_records(table: QTableView) -> list:
    rows = sorted({i.row() for i in table.selectionModel().selectedRows()})
    return [table.model().index(r, 0).data(RecordRole) for r in rows]


def reselect(table: QTableView, model: RecordTableModel, key: Callable, wanted: set) -> None:
    """Select again, after a reload, the rows whose `key(record)` is in `wanted`."""
    sel = table.selectionModel()
    for row, record in enumerate(model.rows()):
        if key(record) in wanted:
            sel.select(model.index(row, 0), QItemSelectionModel.Select | QItemSelectionModel.Rows)
