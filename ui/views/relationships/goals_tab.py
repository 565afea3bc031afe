"""The Goals tab of a relationship: its goals with a progress bar each, and Add / Edit / Delete goal….

The screen connects the buttons (the dialogs and the deletion live in
`RelationshipsView` and `records.RecordDeletions`). Texts keep the translation
contexts the catalogs hold them under ("RelationshipsView", "RecordDeletions").
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionProgressBar,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from mentordesk.relationship_models import Goal

from ...models import relationships_model as rm
from ...models.relationships_model import GoalsModel
from .tables import pane_table, reselect, selected_record


def translate(context: str, text: str) -> str:
    """QCoreApplication.translate under the name lupdate knows; each call spells its context."""
    return QCoreApplication.translate(context, text)


class ProgressDelegate(QStyledItemDelegate):
    """Draws a goal's progress (the cell's display value, 0–100) as a bar with its percentage."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        value = index.data(Qt.DisplayRole)
        if not isinstance(value, int):
            super().paint(painter, option, index)
            return
        bar = QStyleOptionProgressBar()
        bar.rect = QRect(option.rect.adjusted(4, 4, -4, -4))
        bar.minimum, bar.maximum, bar.progress = 0, 100, value
        bar.text = rm.fmt_percent(value / 100)
        bar.textVisible = True
        bar.textAlignment = Qt.AlignCenter
        bar.state = option.state | QStyle.State_Horizontal
        style = option.widget.style() if option.widget is not None else QApplication.style()
        if option.state & QStyle.State_Selected:
            painter.fillRect(option.rect, option.palette.highlight())
        style.drawControl(QStyle.CE_ProgressBar, bar, painter, option.widget)


class GoalsTab(QWidget):
    """The selected pair's goals; the selection survives the reloads that come while HR works."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.model = GoalsModel(self)
        self.table = pane_table(self, self.model, "goalsTable")
        self.table.setItemDelegateForColumn(rm.GOAL_PROGRESS, ProgressDelegate(self.table))
        for column, width in ((rm.GOAL_TITLE, 220), (rm.GOAL_STATUS, 90), (rm.GOAL_PROGRESS, 110),
                              (rm.GOAL_DUE, 85)):
            self.table.setColumnWidth(column, width)
        self.add_button = QPushButton(translate("RelationshipsView", "Add goal…"), self)
        self.edit_button = QPushButton(translate("RelationshipsView", "Edit goal…"), self)
        self.delete_button = QPushButton(translate("RecordDeletions", "Delete goal…"), self)
        self.delete_button.setObjectName("deleteGoal")

        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        layout.addLayout(buttons)

    def selected(self) -> Goal | None:
        return selected_record(self.table)

    def show_goals(self, goals: list[Goal]) -> None:
        keep = self.selected()
        self.model.set_rows(goals)
        if keep is not None:
            reselect(self.table, self.model.row_of(keep.id))
