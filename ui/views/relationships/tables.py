"""The short tables of the Relationships screen, and keeping a row selected across a reload."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QHeaderView, QTableView, QWidget

from ...models.table import RecordTableModel
from ...widgets.tables import record_table


def pane_table(parent: QWidget, model: RecordTableModel, name: str) -> QTableView:
    """Tables here are short; they still sort in Python through the model, like every table in the app.

    Columns are dragged wider by hand (no stretching but the last), since the
    screen sets each width in pixels for English and `RecordTable` widens a
    column whose title is longer.
    """
    table = record_table(parent, model, name, row_padding=10)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.Interactive)
    header.setHighlightSections(False)
    header.setDefaultAlignment(Qt.AlignLeft | Qt.AlignVCenter)
    header.setStretchLastSection(True)
    return table


def selected_record(table: QTableView) -> object | None:
    """The record of the selected row (the table's model is a RecordTableModel), or None."""
    rows = table.selectionModel().selectedRows()
    return table.model().record(rows[0].row()) if rows else None


def reselect(table: QTableView, row: int) -> None:
    """Select `row` again after the model was reset (a negative row: it is gone, select nothing)."""
    if row >= 0:
        table.selectionModel().setCurrentIndex(table.model().index(row, 0),
                                               QItemSelectionModel.ClearAndSelect | QItemSelectionModel.Rows)
