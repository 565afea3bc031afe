"""What an import of people would change, before anything is written; and what it did, after.

The preview lists the counts (new, changed, unchanged, archived, brought back), each changed
person with the fields that change, likely duplicate people (listed, never merged) and the bad
lines with their numbers. Import is offered only when the file can be imported (any bad line
imports nothing); Cancel writes nothing. The result dialog says what was done and how to take
it back (Edit > Undo), instead of a status-bar line that is gone in ten seconds.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QListWidget,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from mentordesk.services.people_import import ImportPreview, PersonChange

from ..widgets.guarded_dialog import GuardedDialog
from .column_mapping_dialog import column_label

__all__ = ["ImportPreviewDialog", "ImportResultDialog"]

#: Changes listed one by one (new, then changed people, each up to this many); the rest are counted.
SHOWN = 2000


def _list(parent: QWidget, name: str, lines: list[str]) -> QListWidget:
    widget = QListWidget(parent)
    widget.setObjectName(name)
    widget.addItems(lines)
    for i in range(widget.count()):
        widget.item(i).setToolTip(widget.item(i).text())
    return widget


class ImportPreviewDialog(GuardedDialog):
    """OK ("Import") imports the file as previewed; Cancel changes nothing."""

    ask_before_discarding = False  # nothing typed here

    def __init__(self, parent: QWidget | None, file_name: str, preview: ImportPreview) -> None:
        super().__init__(parent)
        self.setObjectName("importPreviewDialog")
        self.setWindowTitle(self.tr("Import preview: {0}").format(file_name))
        self.preview = preview
        layout = QVBoxLayout(self)
        self.summary = QLabel("\n".join(self._counts()), self)
        self.summary.setObjectName("previewCounts")
        layout.addWidget(self.summary)
        self.verdict = QLabel(self._verdict(), self)
        self.verdict.setObjectName("previewVerdict")
        self.verdict.setWordWrap(True)
        layout.addWidget(self.verdict)
        self.tabs = QTabWidget(self)
        self.changes = self._changes_table()
        self.tabs.addTab(self.changes, self.tr("Changes"))
        self.duplicates = _list(self, "previewDuplicates", self._duplicate_lines())
        self.tabs.addTab(self.duplicates, self.tr("Likely duplicates (%n)", "", len(preview.duplicates)))
        self.bad_lines = _list(self, "previewBadLines", [str(p) for p in preview.problems])
        self.tabs.addTab(self.bad_lines, self.tr("Bad lines (%n)", "", len(preview.problems)))
        if preview.warnings:
            self.tabs.addTab(_list(self, "previewWarnings", preview.warnings), self.tr("Warnings"))
        if preview.problems:
            self.tabs.setCurrentWidget(self.bad_lines)
        layout.addWidget(self.tabs, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, self)
        self.import_button = self.buttons.button(QDialogButtonBox.Ok)
        self.import_button.setText(self.tr("Import"))
        self.import_button.setEnabled(preview.ok)
        # shown by the caller when the file's columns were mapped: HR may change last time's choice
        self.columns_button = self.buttons.addButton(self.tr("Columns…"), QDialogButtonBox.ActionRole)
        self.columns_button.hide()
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(720, 480)

    def _counts(self) -> list[str]:
        p = self.preview
        return [self.tr("%n new people", "", len(p.new)), self.tr("%n people changed", "", len(p.changed)),
                self.tr("%n people unchanged", "", p.unchanged), self.tr("%n people archived", "", len(p.archived)),
                self.tr("%n people brought back from the archive", "", len(p.unarchived))]

    def _verdict(self) -> str:
        if self.preview.problems:
            return self.tr("This file cannot be imported: %n line has a problem. Fix it in the file and import "
                           "again; nothing has been changed.", "", len(self.preview.problems))
        if self.preview.duplicates:
            return self.tr("Some people may already be in MentorDesk under another employee ID. They are listed, "
                           "not merged: check them, then import or cancel.")
        return self.tr("Nothing has been changed yet. Import to apply these changes, or Cancel.")

    def _changes_table(self) -> QTableWidget:
        p = self.preview
        rows = [(c, self.tr("New person")) for c in p.new[:SHOWN]] + [
            (c, ", ".join(column_label(f) for f in c.fields)) for c in p.changed[:SHOWN]]
        hidden = len(p.new) + len(p.changed) - len(rows)
        if hidden > 0:  # a first import of 50,000 people: the counts say it all, the table stays quick
            rows.append((PersonChange("…", ""), self.tr("%n more not listed", "", hidden)))
        table = QTableWidget(len(rows), 3, self)
        table.setObjectName("previewChanges")
        table.setHorizontalHeaderLabels([self.tr("Employee ID"), self.tr("Name"), self.tr("What changes")])
        table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(2, QHeaderView.Stretch)
        for i, (change, what) in enumerate(rows):
            for j, text in enumerate((change.employee_id, change.name, what)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                table.setItem(i, j, item)
        return table

    def _duplicate_lines(self) -> list[str]:
        lines = []
        for d in self.preview.duplicates:
            other = f"{d.other_name} ({d.other_employee_id})"
            where = (self.tr("already in MentorDesk as {0}") if d.stored else self.tr("also in this file as {0}"))
            lines.append(self.tr("Line {0}: {1} ({2}) may be the same person, {3}").format(
                d.line, d.name, d.employee_id, where.format(other)))
        return lines


class ImportResultDialog(GuardedDialog):
    """What the import did (or why it did nothing), with how to take it back."""

    ask_before_discarding = False

    def __init__(self, parent: QWidget | None, file_name: str, report=None, problems: list[str] = ()) -> None:
        super().__init__(parent)
        self.setObjectName("importResultDialog")
        layout = QVBoxLayout(self)
        if report is not None:
            self.setWindowTitle(self.tr("Import finished: {0}").format(file_name))
            lines = [self.tr("%n people added", "", report.added), self.tr("%n people updated", "", report.updated),
                     self.tr("%n people unchanged", "", report.unchanged),
                     self.tr("%n competency assessments recorded", "", report.assessments),
                     "", self.tr("To take this import back, choose Edit > Undo import of {0}.").format(file_name)]
            details = list(report.warnings)
        else:
            self.setWindowTitle(self.tr("Nothing was imported: {0}").format(file_name))
            lines = [self.tr("Nothing was imported: %n line has a problem. Fix the file and import it again.",
                             "", len(problems))]
            details = list(problems)
        self.text = QLabel("\n".join(lines), self)
        self.text.setObjectName("resultText")
        self.text.setWordWrap(True)
        layout.addWidget(self.text)
        self.details = _list(self, "resultDetails", details)
        self.details.setVisible(bool(details))
        layout.addWidget(self.details, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok, self)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        self.resize(560, 360 if details else 220)
