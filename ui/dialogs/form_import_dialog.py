"""The summary after returned check-in forms were imported: one row per file, what happened and why.

Each file was judged alone (`services.checkin_forms.import_forms`), so the
dialog lists every one — recorded, already recorded, or refused with the reason
HR can act on (ask for the form to be completed, send a new one, …) — with the
refusals first, since they are what needs HR.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mentordesk.services.checkin_forms import (
    ALREADY,
    IMPORTED,
    SKIPPED,
    ImportOutcome,
    summary_line,
)

from .. import theme

_GOOD = (IMPORTED, ALREADY)
_COLOURS = {IMPORTED: "success", ALREADY: "hint", SKIPPED: "hint"}  # theme roles


class FormImportDialog(QDialog):
    """Shows `outcomes`; `table` and `summary` are kept as attributes for tests and screen readers."""

    def __init__(self, outcomes: list[ImportOutcome], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("formImportDialog")
        self.setWindowTitle(self.tr("Returned check-in forms"))
        self.outcomes = sorted(outcomes, key=lambda o: (o.status in _GOOD, o.status == SKIPPED))
        self.summary = QLabel(summary_line(outcomes), self)
        self.summary.setObjectName("formImportSummary")
        self.summary.setWordWrap(True)
        theme.mark(self.summary, "strong")
        self.table = QTableWidget(len(self.outcomes), 3, self)
        self.table.setObjectName("formImportTable")
        self.table.setHorizontalHeaderLabels([self.tr("File"), self.tr("Result"), self.tr("Details")])
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.Stretch)
        self.table.setColumnWidth(0, 220)
        for row, outcome in enumerate(self.outcomes):
            self._fill_row(row, outcome)
        # Row heights follow the wrapped details once the columns have their real widths.
        header.sectionResized.connect(lambda *_: self.table.resizeRowsToContents())
        buttons = QDialogButtonBox(QDialogButtonBox.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(860, 420)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.table.resizeRowsToContents()

    def _fill_row(self, row: int, outcome: ImportOutcome) -> None:
        name = QTableWidgetItem(Path(outcome.path).name)
        name.setToolTip(outcome.path)
        result = QTableWidgetItem(outcome.label)
        result.setForeground(theme.colour(_COLOURS.get(outcome.status, "refused")))
        result.setData(Qt.UserRole, outcome.status)
        details = QTableWidgetItem(outcome.message)
        details.setToolTip(outcome.message)
        for column, item in enumerate((name, result, details)):
            self.table.setItem(row, column, item)

    def statuses(self) -> dict[str, str]:
        """File name -> status key, as shown (for tests)."""
        return {self.table.item(r, 0).text(): self.table.item(r, 1).data(Qt.UserRole)
                for r in range(self.table.rowCount())}
