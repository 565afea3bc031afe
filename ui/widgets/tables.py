"""The list tables of the main screens: one row per record, read-only, one selection."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget


class RecordTable(QTableView):
    """A QTableView whose initial column widths never clip the column's title: the
    screens set widths in pixels for English, and "Personalnummer" is longer."""

    def setColumnWidth(self, column: int, width: int) -> None:
        super().setColumnWidth(column, max(width, self.horizontalHeader().sectionSizeHint(column)))


def record_table(parent: QWidget, model: QAbstractItemModel, name: str, row_padding: int) -> QTableView:
    """A table that selects whole rows, never edits in place and keeps a fixed, compact row height.

    Fixed row heights matter at 10,000 rows: resizing rows to contents measures every row.
    """
    table = RecordTable(parent)
    table.setObjectName(name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectRows)
    table.setSelectionMode(QAbstractItemView.SingleSelection)
    table.setEditTriggers(QAbstractItemView.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.setTextElideMode(Qt.ElideRight)
    vheader = table.verticalHeader()
    vheader.hide()
    vheader.setSectionResizeMode(QHeaderView.Fixed)
    vheader.setDefaultSectionSize(parent.fontMetrics().height() + row_padding)
    return table
