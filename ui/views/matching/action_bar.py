"""The Matching screen's row of decisions: Lock, Reject, Swap…, Re-run, the rules, Approve, introductions.

Only the buttons and their tooltips; what they do is `decisions.py` and `view.py`.
Texts keep the translation context "MatchingView".
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget


def translate(context: str, text: str) -> str:
    """QCoreApplication.translate under the name lupdate knows; each call spells its context."""
    return QCoreApplication.translate(context, text)


class MatchActions(QWidget):
    """HR's decisions on the left, approval on the right."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.lock_button = self._button(translate("MatchingView", "Lock"),
                                        translate("MatchingView", "Keep this pair in every run until it is approved."))
        self.reject_button = self._button(translate("MatchingView", "Reject"), translate(
            "MatchingView", "Never propose this pair again, and run the match again."))
        self.swap_button = self._button(translate("MatchingView", "Swap…"),
                                        translate("MatchingView", "Exchange mentors with another proposal."))
        self.rerun_button = self._button(translate("MatchingView", "Re-run"))
        self.rules_button = self._button(translate("MatchingView", "Locks and exclusions…"), translate(
            "MatchingView", "See the pairs HR locked or rejected in this program, and undo a decision."), "rulesButton")
        for b in (self.lock_button, self.reject_button, self.swap_button, self.rerun_button, self.rules_button):
            row.addWidget(b)
        row.addStretch(1)
        self.approve_selected_button = self._button(translate("MatchingView", "Approve selected"))
        self.approve_all_button = self._button(translate("MatchingView", "Approve all"), name="approveAll")
        self.intro_button = self._button(translate("MatchingView", "Prepare introductions"), translate(
            "MatchingView", "Write the introduction e-mails of the pairs just approved, with why they were paired "
            "and their meetings as a calendar file."), "prepareIntroductions")
        for b in (self.approve_selected_button, self.approve_all_button, self.intro_button):
            row.addWidget(b)

    def _button(self, text: str, tip: str = "", name: str = "") -> QPushButton:
        button = QPushButton(text, self)
        if tip:
            button.setToolTip(tip)
        if name:
            button.setObjectName(name)
        return button
