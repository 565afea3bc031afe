"""The proposals table beside the explanation of the selected pair (Matching screen).

Under the explanation, the wishes that were not granted ("Asked for Ana Ruiz, who is
their own manager."): HR has to tell the mentee why, in a sentence, not a score.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from mentordesk.services import matching

from ... import theme
from ...dialogs.proposal_dialog import ProposalExplanation
from ...models.proposals_model import ProposalsModel
from ...widgets.tables import sortable_table


class ProposalsPane(QSplitter):
    """Table on the left (best pairs first), explanation and unused wishes on the right."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Horizontal, parent)
        self.model = ProposalsModel(self)
        self.table = sortable_table(self, self.model, "proposalsTable", many=True, stretch=ProposalsModel.REASONS,
                                    sort=(ProposalsModel.SCORE, Qt.DescendingOrder))  # best pairs first
        side = QWidget(self)
        column = QVBoxLayout(side)
        column.setContentsMargins(0, 0, 0, 0)
        self.explanation = ProposalExplanation(side)
        self.explanation.setMinimumWidth(300)
        column.addWidget(self.explanation, 1)
        self.wishes = QLabel(side)
        self.wishes.setObjectName("wishesNote")
        self.wishes.setWordWrap(True)
        theme.mark(self.wishes, "hint")
        self.wishes.hide()
        column.addWidget(self.wishes)
        self.addWidget(self.table)
        self.addWidget(side)
        self.setStretchFactor(0, 3)
        self.setStretchFactor(1, 2)

    def show_proposal(self, p: matching.ProposalView | None, group: list[str] | None = None) -> None:
        self.explanation.show_proposal(p, group=group)
        wishes = p.wishes if p is not None else ()
        self.wishes.setText("\n".join(wishes))
        self.wishes.setVisible(bool(wishes))

    def fit_columns(self) -> None:
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(ProposalsModel.REASONS, QHeaderView.Stretch)
