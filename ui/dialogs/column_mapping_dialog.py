"""Which MentorDesk field each column of an HR system's export is: one choice per column.

HR's system names its columns in its own words ("Employee Number", "Personalnummer"); the
dialog opens with MentorDesk's guesses (or the choices made last time for the same header row)
and HR corrects them. OK is refused, with the reason in the dialog, while a required field has
no column or two columns are read as one field, so the preview never starts from a mapping that
cannot import.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mentordesk.people_csv import TARGETS

from ..widgets.guarded_dialog import GuardedDialog

__all__ = ["ColumnMappingDialog", "column_label"]


def column_label(column: str) -> str:
    """A field's name as the window shows it (the CSV's own names are for the file)."""
    labels = {
        "employee_id": QCoreApplication.translate("ColumnMappingDialog", "Employee ID"),
        "name": QCoreApplication.translate("ColumnMappingDialog", "Name"),
        "first_name": QCoreApplication.translate("ColumnMappingDialog", "First name (part of the name)"),
        "last_name": QCoreApplication.translate("ColumnMappingDialog", "Last name (part of the name)"),
        "email": QCoreApplication.translate("ColumnMappingDialog", "Email"),
        "department": QCoreApplication.translate("ColumnMappingDialog", "Department"),
        "branch": QCoreApplication.translate("ColumnMappingDialog", "Branch"),
        "title": QCoreApplication.translate("ColumnMappingDialog", "Title"),
        "manager_employee_id": QCoreApplication.translate("ColumnMappingDialog", "Manager's employee ID"),
        "hire_date": QCoreApplication.translate("ColumnMappingDialog", "Hire date"),
        "languages": QCoreApplication.translate("ColumnMappingDialog", "Languages"),
        "role": QCoreApplication.translate("ColumnMappingDialog", "Role"),
        "mentor_capacity": QCoreApplication.translate("ColumnMappingDialog", "Mentor capacity"),
        "competencies": QCoreApplication.translate("ColumnMappingDialog", "Competencies"),
        "notes": QCoreApplication.translate("ColumnMappingDialog", "Notes"),
        "archived": QCoreApplication.translate("ColumnMappingDialog", "Archived"),
        "": QCoreApplication.translate("ColumnMappingDialog", "(leave out)"),
    }
    return labels.get(column, column)


class ColumnMappingDialog(GuardedDialog):
    """One row per column of the file: its header and a choice of field (or "leave out")."""

    ask_before_discarding = False  # choices from a list, nothing typed to lose

    def __init__(self, parent: QWidget | None, file_name: str, header: list[str],
                 mapping: Mapping[str, str], example: Mapping[str, str] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("columnMappingDialog")
        self.setWindowTitle(self.tr("Columns of {0}").format(file_name))
        self._header = [h for h in header if h.strip()]
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Choose what each column of your HR system's file holds. MentorDesk "
                               "remembers your choice for files with the same columns."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(len(self._header), 3, self)
        self.table.setHorizontalHeaderLabels([self.tr("Column in the file"), self.tr("First row"), self.tr("Read as")])
        self.table.setEditTriggers(QTableWidget.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.Stretch)
        self.table.verticalHeader().hide()
        self.combos: dict[str, QComboBox] = {}
        for row, name in enumerate(self._header):
            item = QTableWidgetItem(name.strip())
            item.setToolTip(name.strip())
            self.table.setItem(row, 0, item)
            value = (example or {}).get(name, "").strip()
            shown = QTableWidgetItem(value if len(value) <= 60 else value[:57] + "…")
            shown.setToolTip(value[:500])
            self.table.setItem(row, 1, shown)
            combo = QComboBox(self.table)
            for column in ("", *TARGETS):
                combo.addItem(column_label(column), column)
            combo.setCurrentIndex(max(0, combo.findData(mapping.get(name, ""))))
            self.table.setCellWidget(row, 2, combo)
            self.combos[name] = combo
        layout.addWidget(self.table, 1)
        self.problem = QLabel(self)
        self.problem.setObjectName("mappingProblem")
        self.problem.setWordWrap(True)
        self.problem.hide()
        layout.addWidget(self.problem)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(560, 420)

    def mapping(self) -> dict[str, str]:
        """Header as written -> field ("" for a column left out): what reading takes."""
        return {name: combo.currentData() or "" for name, combo in self.combos.items()}

    def _problem(self) -> str:
        chosen = [c for c in self.mapping().values() if c]
        for column in chosen:
            if chosen.count(column) > 1:
                return self.tr("Two columns are read as {0}; choose one of them.").format(column_label(column))
        for column in ("employee_id", "email"):
            if column not in chosen:
                return self.tr("Choose the column that holds {0}.").format(column_label(column))
        if not {"name", "first_name", "last_name"} & set(chosen):
            return self.tr("Choose the column that holds the name (or the first and last name).")
        return ""

    def accept(self) -> None:
        problem = self._problem()
        if problem:
            self.problem.setText(problem)
            self.problem.show()
            return
        super().accept()
