"""The list tables of the screens and dialogs: one row per record, read-only, sorted by a click.

`record_table` is the bare table; `sortable_table` adds what every screen's list had
written out by hand (columns dragged wider, widths in pixels, titles left-aligned, a
stretching column, a sort order); `selected_records`, `reselect` and `fit_columns` are
the selection and column helpers the screens shared.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QAbstractItemModel, QEvent, QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolTip,
    QWidget,
)


class ElidedTextTips(QStyledItemDelegate):
    """A cell cut short ("María José Núñ…") shows its whole text as a tooltip (issue 13); a cell
    that fits shows none, and a model's own tooltip always wins."""

    def helpEvent(self, event: QHelpEvent, view: QAbstractItemView, option: QStyleOptionViewItem,  # noqa: N802
                  index: QModelIndex) -> bool:
        if event.type() != QEvent.ToolTip or index.data(Qt.ToolTipRole):
            return super().helpEvent(event, view, option, index)
        text = index.data(Qt.DisplayRole)
        if isinstance(text, str) and text and self.is_cut(view, option, index):
            QToolTip.showText(event.globalPos(), text, view)
        else:
            QToolTip.hideText()
        return True

    def is_cut(self, view: QAbstractItemView, option: QStyleOptionViewItem, index: QModelIndex) -> bool:
        """Whether the cell's text is wider than the room the style gives it."""
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        room = view.style().subElementRect(QStyle.SE_ItemViewItemText, opt, view).width()
        return opt.fontMetrics.horizontalAdvance(opt.text) > room


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
    table.setItemDelegate(ElidedTextTips(table))
    vheader = table.verticalHeader()
    vheader.hide()
    vheader.setSectionResizeMode(QHeaderView.Fixed)
    vheader.setDefaultSectionSize(parent.fontMetrics().height() + row_padding)
    return table


def sortable_table(parent: QWidget, model: QAbstractItemModel, name: str, *, row_padding: int = 10,
                   many: bool = False, widths: Mapping[int, int] | None = None, stretch: int | None = None,
                   sort: tuple[int, Qt.SortOrder] | None = (0, Qt.AscendingOrder)) -> QTableView:
    """A `record_table` as the screens' lists are: HR drags columns wider, sorts by a click.

    `widths` are pixels for English (`RecordTable` widens a column whose title is
    longer); column `stretch`, or else the last, takes the spare width; `many` lets
    Ctrl/Shift-click select several rows; `sort` is the first order (None: the caller
    sorts later). Sorting calls the model's `sort`: a Python sort, one layout change.
    """
    table = record_table(parent, model, name, row_padding)
    if many:
        table.setSelectionMode(QAbstractItemView.ExtendedSelection)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.Interactive)
    header.setHighlightSections(False)
    header.setDefaultAlignment(Qt.AlignLeft | Qt.AlignVCenter)
    if sort is not None:  # before the widths: the sort arrow widens its column's title
        header.setSortIndicator(*sort)
        table.setSortingEnabled(True)
    for column, width in (widths or {}).items():
        table.setColumnWidth(column, width)
    if stretch is None:
        header.setStretchLastSection(True)
    else:
        header.setSectionResizeMode(stretch, QHeaderView.Stretch)
    return table


def fit_columns(table: QTableView, limit: int) -> None:
    """Columns as wide as their contents, none wider than `limit` (long texts show in tooltips)."""
    table.resizeColumnsToContents()
    header = table.horizontalHeader()
    for column in range(header.count()):
        if header.sectionSize(column) > limit:
            header.resizeSection(column, limit)


def selected_records(table: QTableView) -> list:
    """The records of the selected rows, top to bottom (the model is a RecordTableModel)."""
    model = table.model()
    rows = sorted({index.row() for index in table.selectionModel().selectedRows()})
    return [r for r in (model.record(row) for row in rows) if r is not None]


def reselect(table: QTableView, key: Callable[[object], object], wanted: set) -> None:
    """Select again, after a reload, the rows whose `key(record)` is in `wanted`."""
    model, selection = table.model(), table.selectionModel()
    for row, record in enumerate(model.rows()):
        if key(record) in wanted:
            selection.select(model.index(row, 0), QItemSelectionModel.Select | QItemSelectionModel.Rows)
