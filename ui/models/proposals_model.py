"""Table models for the matching screen: proposed pairs and the waiting list.

Numbers and dates are formatted with QLocale so a Dutch HR manager reads
"1.234" and "6-5-2026" like everywhere else on their laptop; the sort role
keeps the raw values so sorting by score is numeric, not alphabetical.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QLocale, Qt

from mentordesk.services.matching import ProposalView, WaitingView

from ..dates import short_date
from .table import Column, RecordTableModel


def format_score(value: float, decimals: int = 0) -> str:
    return QLocale().toString(float(value), "f", decimals)


def format_since(value: str | None) -> str:
    """An ISO date (or timestamp) in the user's short date format; empty when unknown."""
    if not value:
        return ""
    try:
        d = dt.date.fromisoformat(value[:10])
    except ValueError:
        return value
    return short_date(d)


class ProposalsModel(RecordTableModel[ProposalView]):
    """One row per proposed pair; column 4 marks HR's locks (and warns when a lock is blocked)."""

    MENTEE, MENTOR, SCORE, REASONS, LOCKED = range(5)

    def __init__(self, parent=None) -> None:
        super().__init__([], parent)
        self.columns = [
            Column(self.tr("Mentee"), lambda p: p.mentee),
            Column(self.tr("Mentor"), lambda p: p.mentor),
            Column(self.tr("Score"), lambda p: format_score(p.score), sort_key=lambda p: p.score,
                   align=Qt.AlignRight),
            Column(self.tr("Top reasons"), self._reasons_text, tooltip=self._reasons_tooltip),
            Column(self.tr("Locked"), self._locked_text, sort_key=lambda p: (p.locked, p.blocked is not None),
                   tooltip=lambda p: p.blocked or ""),
        ]

    def _reasons_text(self, p: ProposalView) -> str:
        best = sorted((r for r in p.reasons if r.points > 0.05), key=lambda r: -r.points)[:3]
        return " · ".join(r.label for r in best)

    def _reasons_tooltip(self, p: ProposalView) -> str:
        return "\n".join(f"{r.label}: +{format_score(r.points)}" for r in p.reasons)

    def _locked_text(self, p: ProposalView) -> str:
        if p.locked and p.blocked:
            return self.tr("Locked (not allowed)")
        return self.tr("Locked") if p.locked else ""

    def row_of(self, mentee_id: str) -> int:
        return self.find_row(lambda p: p.mentee_id == mentee_id)


class WaitingModel(RecordTableModel[WaitingView]):
    """Mentees the match could not place, longest waiting first, with the reason."""

    def __init__(self, parent=None) -> None:
        super().__init__([], parent)
        self.columns = [
            Column(self.tr("Mentee"), lambda w: w.mentee),
            Column(self.tr("Reason"), lambda w: w.reason, tooltip=lambda w: w.reason),
            Column(self.tr("Waiting since"), lambda w: format_since(w.since), sort_key=lambda w: w.since or ""),
        ]
