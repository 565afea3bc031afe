"""The short tables of the Relationships screen, and keeping a row selected across a reload."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QTableView, QWidget

from ...models.table import RecordTableModel
from ...widgets.tables import sortable_table


def pane_table(parent: QWidget, model: RecordTableModel, name: str) -> QTableView:
    """The screens' table (ui/widgets/tables.py) for the short tables of a relationship's tabs.

    They keep the order the model gives (meetings by date, goals as added): no
    click-to-sort. Columns are dragged wider by hand, the last one stretching.
    """
    return sortable_table(parent, model, name, sort=None)


def selected_record(table: QTableView) -> object | None:
    """The record of the selected row (the table's model is a RecordTableModel), or None."""
    rows = table.selectionModel().selectedRows()
    return table.model().record(rows[0].row()) if rows else None


def reselect(table: QTableView, row: int) -> None:
    """Select `row` again after the model was reset (a negative row: it is gone, select nothing)."""
    if row >= 0:
        table.selectionModel().setCurrentIndex(table.model().index(row, 0),
                                               QItemSelectionModel.ClearAndSelect | QItemSelectionModel.Rows)
