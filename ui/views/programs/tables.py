"""The tables of the Programs screen: sortable, several rows selectable, columns fitted to a limit."""

from __future__ import annotations

from PySide6.QtWidgets import QTableView, QWidget

from ...models.table import RecordTableModel
from ...widgets import tables
from ...widgets.tables import reselect, selected_records

__all__ = ["MAX_COLUMN_WIDTH", "fit_columns", "program_table", "reselect", "selected_records"]

#: Widest a column may start at; long texts (motivation, gaps) show in full in tooltips and the side panel.
MAX_COLUMN_WIDTH = 180


def program_table(parent: QWidget, model: RecordTableModel, name: str) -> QTableView:
    """The screens' sortable table (ui/widgets/tables.py); HR decides for several applicants
    at once, so rows select extended."""
    return tables.sortable_table(parent, model, name, many=True)


def fit_columns(table: QTableView) -> None:
    tables.fit_columns(table, MAX_COLUMN_WIDTH)
