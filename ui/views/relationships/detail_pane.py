"""The right half of the Relationships screen: the selected pair, its health, stages and four tabs.

It only shows what it is given (`show_detail`, `show_empty`); the screen reads
the relationship through the service and decides what the buttons may do.
Texts keep the translation context "RelationshipsView", where the catalogs hold them.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from mentordesk.relationship_models import RelationshipDetail

from ... import theme
from ...models.relationships_model import (
    cadence_labels,
    fmt_date,
    health_background,
    health_label,
    mode_labels,
)
from ...widgets.stage_timeline import StageTimeline
from .checkins_tab import CheckinsTab
from .goals_tab import GoalsTab
from .meetings_tab import MeetingsTab
from .summary_tab import SummaryTab, outcome_label


def translate(context: str, text: str) -> str:
    """QCoreApplication.translate under the name lupdate knows; each call spells its context."""
    return QCoreApplication.translate(context, text)


class DetailPane(QWidget):
    """Heading, health, stage timeline and the Goals / Meetings / Check-ins / Summary tabs of one pair."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("relationshipDetail")
        self.empty = QLabel(self)
        self.empty.setObjectName("detailEmpty")
        self.empty.setAlignment(Qt.AlignCenter)
        self.empty.setWordWrap(True)
        theme.mark(self.empty, "empty")
        self.heading = QLabel(self)
        self.heading.setObjectName("pairName")
        theme.mark(self.heading, "title")
        self.heading.setWordWrap(True)
        self.subheading = QLabel(self)
        self.subheading.setWordWrap(True)
        theme.mark(self.subheading, "hint")
        self.health = QLabel(self)
        self.health.setObjectName("health")
        self.health.setWordWrap(True)
        self.timeline = StageTimeline(self)
        self.timeline.setObjectName("stageTimeline")

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("detailTabs")
        self.goals = GoalsTab(self)
        self.meetings = MeetingsTab(self)
        self.checkins = CheckinsTab(self)
        self.summary = SummaryTab(self)
        self.tabs.addTab(self.goals, translate("RelationshipsView", "Goals"))
        self.tabs.addTab(self.meetings, translate("RelationshipsView", "Meetings"))
        self.tabs.addTab(self.checkins, translate("RelationshipsView", "Check-ins"))
        self.tabs.addTab(self.summary, translate("RelationshipsView", "Summary"))

        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        for widget in self._detail_widgets():
            layout.addWidget(widget, 1 if widget is self.tabs else 0)

    def _detail_widgets(self) -> tuple[QWidget, ...]:
        return (self.heading, self.subheading, self.health, self.timeline, self.tabs)

    def show_empty(self, text: str) -> None:
        """Why nothing is shown (no file, no pairs, filtered out, nothing selected), and nothing else."""
        self.empty.setText(text)
        self.empty.show()
        for widget in self._detail_widgets():
            widget.hide()
        self.timeline.clear()
        for model in (self.goals.model, self.meetings.model, self.checkins.model):
            model.set_rows([])

    def show_detail(self, d: RelationshipDetail) -> None:
        s = d.summary
        self.empty.hide()
        for widget in self._detail_widgets():
            widget.show()
        self.heading.setText(translate("RelationshipsView", "{0} mentoring {1}").format(s.mentor_name, s.mentee_name))
        parts = [s.program_name or translate("RelationshipsView", "No program"),
                 translate("RelationshipsView", "{0} to {1}").format(fmt_date(s.start), fmt_date(s.planned_end)),
                 cadence_labels().get(s.cadence, s.cadence), mode_labels().get(s.mode, s.mode)]
        if s.status != "active":
            parts.append(translate("RelationshipsView", "Closed {0}: {1}").format(
                fmt_date(d.closed_on), outcome_label(s.closure_outcome)))
        self.subheading.setText(" · ".join(parts))
        colour = health_background(s.health).name()
        reasons = "".join(f"<br>• {html.escape(r)}" for r in s.health_reasons)
        self.health.setText(f"<b>{html.escape(health_label(s.health))}</b>{reasons}")
        self.health.setStyleSheet(f"QLabel#health {{ background: {colour}; color: {theme.css('on_state_text')};"
                                  f" padding: 6px 8px; border: 1px solid {theme.css('state_border')};"
                                  " border-radius: 3px; }")
        self.timeline.set_stages(s.stage, d.stages, closed=s.status != "active")
        self.goals.show_goals(d.goals)
        self.meetings.show_meetings(d.meetings, d.overdue_dates)
        self.checkins.show_checkins(d.checkins)
        self.summary.show_summary(s.id, d.hr_summary)
        self.summary.show_history(d)
