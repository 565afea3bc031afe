"""The weights HR gives the match criteria of a program (Matching screen, "Weights…").

The dialog and the translated names of the weights; `WeightsDialog` keeps its own
translation context, the names are under "MatchingWeights" whoever asks.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QWidget,
)

from mentordesk.matching.scoring import DEFAULT_WEIGHTS
from mentordesk.services import matching


class WeightsDialog(QDialog):
    """Edit a program's match settings; validated by the service before saving."""

    def __init__(self, settings: matching.MatchSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Match weights"))
        form = QFormLayout(self)
        intro = QLabel(self.tr("How much each part counts. Only the proportions matter: a perfect pair "
                               "always scores 100."), self)
        intro.setWordWrap(True)
        form.addRow(intro)
        self.spins: dict[str, QDoubleSpinBox] = {}
        for key, label in _weight_labels(self).items():
            spin = QDoubleSpinBox(self)
            spin.setRange(0, 100)
            spin.setDecimals(0)
            spin.setValue(settings.weights.get(key, DEFAULT_WEIGHTS[key]))
            spin.setObjectName(f"weight_{key}")
            self.spins[key] = spin
            form.addRow(label, spin)
        self.branch = QComboBox(self)
        for value, text in (("same", self.tr("Prefer the same branch")), ("none", self.tr("Does not matter")),
                            ("different", self.tr("Prefer another branch"))):
            self.branch.addItem(text, value)
        self.branch.setCurrentIndex(max(0, self.branch.findData(settings.branch_preference)))
        form.addRow(self.tr("Branch"), self.branch)
        self.cross = QCheckBox(self.tr("Prefer mentors from another department"), self)
        self.cross.setChecked(settings.prefer_cross_department)
        form.addRow(self.cross)
        buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> dict[str, Any]:
        return {
            "branch_preference": self.branch.currentData(),
            "prefer_cross_department": self.cross.isChecked(),
            "weights": {key: spin.value() for key, spin in self.spins.items()},
        }


def _weight_labels(obj=None) -> dict[str, str]:
    """Translated names of the weights, in the order HR reads them (one context
    whoever asks, so lupdate and the run-time lookup agree)."""
    translate = QCoreApplication.translate
    return {
        "gaps": translate("MatchingWeights", "Skill gaps covered"),
        "mutual": translate("MatchingWeights", "Stated wishes"),
        "seniority": translate("MatchingWeights", "Seniority"),
        "branch": translate("MatchingWeights", "Branch"),
        "department": translate("MatchingWeights", "Department"),
        "language": translate("MatchingWeights", "Shared language"),
    }
