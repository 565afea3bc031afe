"""The person dialog's competency portrait table: one row of editors per competency.

Why widgets in cells (not delegates): the chart beside the table follows every keystroke
and spin, which cell editors that exist only while editing cannot offer.  Rows loaded
from the file are marked "stored": a recorded assessment is history, so its name cannot
be changed (that would record a new competency) and the row cannot be removed.
Texts keep the "PersonDialog" translation context they had inside the dialog.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCompleter,
    QHeaderView,
    QLineEdit,
    QSpinBox,
    QTableWidget,
    QWidget,
)

from mentordesk.models import PortraitEntry

NO_TARGET = -1
COMPETENCY, CURRENT, TARGET = range(3)


def portrait_table(parent: QWidget) -> QTableWidget:
    """An empty three-column table: the name stretches, the levels take what they need."""
    translate = QCoreApplication.translate
    table = QTableWidget(0, 3, parent)
    table.setHorizontalHeaderLabels([translate("PersonDialog", "Competency"),
                                     translate("PersonDialog", "Current"), translate("PersonDialog", "Target")])
    header = table.horizontalHeader()
    header.setSectionResizeMode(COMPETENCY, QHeaderView.Stretch)
    header.setSectionResizeMode(CURRENT, QHeaderView.ResizeToContents)
    header.setSectionResizeMode(TARGET, QHeaderView.ResizeToContents)
    table.verticalHeader().hide()
    table.setSelectionBehavior(QAbstractItemView.SelectRows)
    table.setSelectionMode(QAbstractItemView.SingleSelection)
    table.setMinimumHeight(150)
    return table


def _name_editor(table: QTableWidget, catalogue: list[str]) -> QLineEdit:
    """The competency name, completed from the file's catalogue so spellings converge."""
    name = QLineEdit(table)
    name.setFrame(False)
    name.setPlaceholderText(QCoreApplication.translate("PersonDialog", "Competency"))
    completer = QCompleter(catalogue, name)
    completer.setCaseSensitivity(Qt.CaseInsensitive)
    completer.setFilterMode(Qt.MatchContains)
    name.setCompleter(completer)
    return name


def _level_editors(table: QTableWidget) -> tuple[QSpinBox, QSpinBox]:
    """Current level 0-5 and target level 0-5, where — (NO_TARGET) means no target."""
    current = QSpinBox(table)
    current.setRange(0, 5)
    target = QSpinBox(table)
    target.setRange(NO_TARGET, 5)
    target.setSpecialValueText(QCoreApplication.translate("PersonDialog", "—"))
    target.setToolTip(QCoreApplication.translate("PersonDialog", "The level to reach; — for no target"))
    target.setValue(NO_TARGET)
    return current, target


def append_row(table: QTableWidget, catalogue: list[str], entry: PortraitEntry | None,
               stored: bool) -> tuple[QLineEdit, QSpinBox, QSpinBox]:
    """Append a row of editors filled from `entry` (None: an empty new row); return them."""
    row = table.rowCount()
    table.insertRow(row)
    name = _name_editor(table, catalogue)
    current, target = _level_editors(table)
    if entry is not None:
        name.setText(entry.competency)
        name.setReadOnly(stored)  # renaming would record a new competency, not rename this one
        current.setValue(entry.current)
        target.setValue(NO_TARGET if entry.target is None else entry.target)
    name.setProperty("stored", stored)
    table.setCellWidget(row, COMPETENCY, name)
    table.setCellWidget(row, CURRENT, current)
    table.setCellWidget(row, TARGET, target)
    return name, current, target


def row_is_stored(table: QTableWidget, row: int) -> bool:
    """Whether the row was loaded from the file (history) rather than added in this dialog."""
    widget = table.cellWidget(row, COMPETENCY)
    return bool(widget is not None and widget.property("stored"))


def entries(table: QTableWidget) -> list[PortraitEntry]:
    """Every row as typed, empty names included (validation names what is missing)."""
    out: list[PortraitEntry] = []
    for row in range(table.rowCount()):
        name: QLineEdit = table.cellWidget(row, COMPETENCY)  # type: ignore[assignment]
        current: QSpinBox = table.cellWidget(row, CURRENT)  # type: ignore[assignment]
        target: QSpinBox = table.cellWidget(row, TARGET)  # type: ignore[assignment]
        out.append(PortraitEntry(name.text().strip(), current.value(),
                                 None if target.value() == NO_TARGET else target.value()))
    return out
