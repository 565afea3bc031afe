"""Replace mentor…: the mentee keeps their goals and history with a new mentor.

Lists every possible mentor with the matcher's explained score (the same numbers
and reasons as a match run); people a hard rule rules out (capacity, management
line, HR's exclusions) are listed last with the rule, and cannot be chosen. The
replacement itself, and every rule, is the service's (`services.mentor_replacement`).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mentordesk import clock
from mentordesk.relationship_models import RelationshipSummary
from mentordesk.services import mentor_replacement as replacement_service
from mentordesk.storage.database import Database

from ..models.relationships_model import pydate
from .relationship_dialogs import _date_edit, _ServiceDialog

MENTOR, SCORE, WHY = range(3)


class ReplaceMentorDialog(_ServiceDialog):
    """Choose the new mentor; OK replaces, and `saved` carries the new relationship's id."""

    def __init__(self, db: Database, summary: RelationshipSummary, parent: QWidget | None = None) -> None:
        super().__init__(db, parent)
        self.summary = summary
        self.setWindowTitle(self.tr("Replace mentor"))
        self.setObjectName("replaceMentorDialog")
        self.proposals = replacement_service.replacement_proposals(db, summary.id)
        intro = QLabel(self.tr("{0} continues with a new mentor instead of {1}. Their goals and the goals' "
                               "history go with them; this relationship closes as “Mentor replaced”, which "
                               "counts neither as completed nor as ended early.").format(
                                   summary.mentee_name, summary.mentor_name), self)
        intro.setWordWrap(True)
        self.table = QTableWidget(len(self.proposals), 3, self)
        self.table.setObjectName("proposals")
        self.table.setHorizontalHeaderLabels([self.tr("Mentor"), self.tr("Score"), self.tr("Why")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        for row, p in enumerate(self.proposals):
            self._fill_row(row, p)
        self.table.resizeColumnsToContents()
        self.reason = QLineEdit(self)
        self.reason.setObjectName("reason")
        self.reason.setPlaceholderText(self.tr("Optional: why the mentor is replaced"))
        self.on = _date_edit(self, clock.today(), "replaced_on")
        form = QFormLayout()
        form.addRow(self.tr("&Reason"), self.reason)
        form.addRow(self.tr("New mentor &from"), self.on)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table)
        layout.addLayout(form)
        layout.addWidget(self.errors)
        layout.addWidget(self.buttons)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        first = next((i for i, p in enumerate(self.proposals) if p.allowed), None)
        if first is not None:
            self.table.selectRow(first)
        self._selection_changed()
        self.setMinimumWidth(640)

    def _fill_row(self, row: int, p: replacement_service.ReplacementProposal) -> None:
        name = QTableWidgetItem(f"{p.mentor} ({p.employee_id})")
        name.setData(Qt.UserRole, p.mentor_id)
        score = QTableWidgetItem("—" if not p.allowed else f"{p.score:.0f}")
        score.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
        why = QTableWidgetItem(p.blocked if not p.allowed else "; ".join(p.top_reasons))
        why.setToolTip("\n".join(f"{r.label}: {r.points:+.0f} — {r.detail}" for r in p.reasons) or (p.blocked or ""))
        for column, item in ((MENTOR, name), (SCORE, score), (WHY, why)):
            if not p.allowed:
                item.setFlags(item.flags() & ~Qt.ItemIsSelectable & ~Qt.ItemIsEnabled)
            self.table.setItem(row, column, item)

    def chosen_mentor_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return self.table.item(rows[0].row(), MENTOR).data(Qt.UserRole) if rows else None

    def choose(self, mentor_id: str) -> bool:
        """Select a proposal by person id (keyboard users and tests); False if it cannot be chosen."""
        for row, p in enumerate(self.proposals):
            if p.mentor_id == mentor_id and p.allowed:
                self.table.selectRow(row)
                return True
        return False

    def _selection_changed(self) -> None:
        self.ok_button.setEnabled(self.chosen_mentor_id() is not None)

    def accept(self) -> None:
        mentor_id = self.chosen_mentor_id()
        if mentor_id is None:
            self.show_problems([self.tr("Choose the new mentor.")])
            return
        self.run(lambda: replacement_service.replace_mentor(self.db, self.summary.id, mentor_id,
                                                            self.reason.text(), on=pydate(self.on.date())),
                 self.summary.id)
