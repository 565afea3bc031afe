"""The list tables of the main screens: one row per record, read-only, one selection."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QEvent, QModelIndex, Qt
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
