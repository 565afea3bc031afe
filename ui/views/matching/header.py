"""The top of the Matching screen: which program, Run match with its progress, the weights, the summary.

Its own widget so the screen (`view.py`) only composes and reacts. Texts keep the
translation context "MatchingView", where the catalogs hold them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ... import theme


def translate(context: str, text: str) -> str:
    """QCoreApplication.translate under the name lupdate knows; each call spells its context."""
    return QCoreApplication.translate(context, text)


class MatchHeader(QWidget):
    """Heading, program picker, Run match / progress / Cancel, weights line, summary and notes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(translate("MatchingView", "Matching"), self)
        theme.mark(heading, "title")
        layout.addWidget(heading)
        layout.addLayout(self._program_row())
        layout.addLayout(self._weights_row())
        self.summary = QLabel(self)
        self.summary.setObjectName("matchSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.notes = QLabel(self)
        self.notes.setObjectName("matchNotes")
        self.notes.setWordWrap(True)
        theme.mark(self.notes, "warning")
        self.notes.hide()
        layout.addWidget(self.notes)

    def _program_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(QLabel(translate("MatchingView", "Program:"), self))
        self.program_combo = QComboBox(self)
        self.program_combo.setObjectName("programCombo")
        self.program_combo.setMinimumWidth(260)
        row.addWidget(self.program_combo)
        self.run_button = QPushButton(translate("MatchingView", "Run match"), self)
        self.run_button.setObjectName("runButton")
        self.run_button.setDefault(True)
        row.addWidget(self.run_button)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("matchProgress")
        self.progress.setMaximumWidth(320)
        self.progress.setFormat(translate("MatchingView", "Matching… %p%"))
        self.progress.hide()
        row.addWidget(self.progress)
        self.cancel_button = QPushButton(translate("MatchingView", "Cancel"), self)
        self.cancel_button.hide()
        row.addWidget(self.cancel_button)
        row.addStretch(1)
        return row

    def _weights_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.weights_label = QLabel(self)
        self.weights_label.setObjectName("weightsSummary")
        self.weights_label.setWordWrap(True)
        theme.mark(self.weights_label, "hint")
        row.addWidget(self.weights_label, 1)
        self.weights_button = QPushButton(translate("MatchingView", "Edit weights…"), self)
        row.addWidget(self.weights_button)
        return row

    def show_notes(self, notes: list[str]) -> None:
        """HR rules the run could not honour and double roles: shown only when there are any."""
        self.notes.setText("\n".join(notes))
        self.notes.setVisible(bool(notes))
