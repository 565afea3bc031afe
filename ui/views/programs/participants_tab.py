"""One tab of the Programs screen: a role's participants (the mentor pool, or the mentees) and decisions.

`ParticipantsTab` keeps its own translation context ("ParticipantsTab"); the
buttons only one role has, and the mentor's evidence beside the pool, were
written under "ProgramsView" and keep that context.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QSplitter, QTextBrowser, QVBoxLayout, QWidget

from mentordesk.waiting_reasons import reason_text

from ... import theme
from ...models.participants_model import DASH, MenteesModel, MentorPoolModel, fmt_date, fmt_percent, status_labels
from ...models.table import RecordTableModel
from .tables import program_table, selected_records

if TYPE_CHECKING:  # pragma: no cover
    from .view import ProgramsView


def translate(context: str, text: str) -> str:
    """QCoreApplication.translate under the name lupdate knows; each call spells its context."""
    return QCoreApplication.translate(context, text)


class ParticipantsTab(QWidget):
    """A table of one role's participants with the decision buttons under it."""

    def __init__(self, view: ProgramsView, role: str, model: RecordTableModel, name: str) -> None:
        super().__init__(view)
        self.view = view
        self.role = role
        self.model = model
        self.table = program_table(self, model, name)
        self.buttons = QHBoxLayout()
        self.enrol_button = self._button(self.tr("Enrol people…"), f"{role}_enrol", lambda: view.enrol(role))
        self.buttons.addSpacing(12)
        self.accept_button = self._button(self.tr("Accept"), f"{role}_accept",
                                          lambda: view.decide(role, "accepted"))
        self.decline_button = self._button(self.tr("Decline…"), f"{role}_decline",
                                           lambda: view.decide(role, "declined"))
        self.waitlist_button = self._button(self.tr("Waitlist…"), f"{role}_waitlist",
                                            lambda: view.decide(role, "waitlisted"))
        self.table.selectionModel().selectionChanged.connect(lambda *_: view.update_buttons())

    def _button(self, text: str, name: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.clicked.connect(slot)
        self.buttons.addWidget(button)
        return button

    def selected(self) -> list:
        return selected_records(self.table)

    def selected_ids(self) -> set[str]:
        return {r.participant_id for r in self.selected()}


def mentor_pool_tab(view: ProgramsView) -> ParticipantsTab:
    """The mentor pool, with each selected mentor's evidence in full beside it (`tab.evidence`)."""
    tab = ParticipantsTab(view, "mentor", MentorPoolModel(view), "mentor_pool")
    tab.wishes_button = tab._button(translate("ProgramsView", "Mentees they'd like…"), "mentor_preferences",
                                    view.edit_mentor_wishes)
    tab.remove_button = tab._button(translate("ProgramsView", "Remove"), "mentor_remove",
                                    lambda: view.remove("mentor"))
    tab.buttons.addStretch(1)
    tab.evidence = QTextBrowser(tab)
    tab.evidence.setObjectName("evidence")
    tab.evidence.setMinimumWidth(180)
    split = QSplitter(Qt.Horizontal, tab)
    split.addWidget(tab.table)
    split.addWidget(tab.evidence)
    split.setStretchFactor(0, 4)
    split.setStretchFactor(1, 1)
    split.setSizes([800, 230])
    layout = QVBoxLayout(tab)
    layout.addWidget(split, 1)
    layout.addLayout(tab.buttons)
    tab.table.selectionModel().currentRowChanged.connect(lambda *_: show_evidence(tab))
    tab.table.selectionModel().selectionChanged.connect(lambda *_: show_evidence(tab))
    return tab


def mentees_tab(view: ProgramsView) -> ParticipantsTab:
    tab = ParticipantsTab(view, "mentee", MenteesModel(view), "mentees")
    tab.preferences_button = tab._button(translate("ProgramsView", "Preferences…"), "mentee_preferences",
                                         view.edit_preferences)
    tab.remove_button = tab._button(translate("ProgramsView", "Remove"), "mentee_remove",
                                    lambda: view.remove("mentee"))
    tab.buttons.addStretch(1)
    layout = QVBoxLayout(tab)
    layout.addWidget(tab.table, 1)
    layout.addLayout(tab.buttons)
    return tab


def show_evidence(tab: ParticipantsTab) -> None:
    """The side panel: everything about one mentor in full, motivation first."""
    chosen = tab.selected()
    if len(chosen) != 1:
        hint = html.escape(translate("ProgramsView", "Select a mentor to read their motivation and evidence."))
        tab.evidence.setHtml(f"<p style='color:{theme.css('muted')}'>{hint}</p>")
        return
    tab.evidence.setHtml(evidence_html(chosen[0]))


def evidence_html(m) -> str:
    """One mentor of the pool (a `mentor_pool` row) as the HTML of the evidence panel."""
    loc = QLocale()
    esc = html.escape

    def row(label: str, value: str) -> str:
        return f"<p><b>{esc(label)}</b><br>{esc(value) if value else DASH}</p>"

    willing = DASH if m.willing is None else (translate("ProgramsView", "Yes") if m.willing
                                              else translate("ProgramsView", "No"))
    seniority = DASH if m.seniority_years is None else translate("ProgramsView", "{0} years").format(
        loc.toString(m.seniority_years, "f", 1))
    attendance = DASH if m.attendance_rate is None else ParticipantsTab.tr(
        "{0}: held {1} of %Ln meeting(s)", "", m.meetings_held + m.meetings_missed).format(
        fmt_percent(m.attendance_rate), loc.toString(m.meetings_held))
    status = status_labels().get(m.status, m.status)
    if m.status == "waitlisted" and m.waitlisted_since:
        status = translate("ProgramsView", "{0} since {1}").format(status, fmt_date(m.waitlisted_since))
    parts = [
        f"<h3>{esc(m.name)}</h3><p>{esc(' · '.join(x for x in (m.title, m.department, m.branch) if x))}</p>",
        row(translate("ProgramsView", "Willing to mentor"), willing),
        row(translate("ProgramsView", "Motivation"), m.motivation),
        row(translate("ProgramsView", "Availability"), m.availability),
        row(translate("ProgramsView", "Seniority"), seniority),
        row(translate("ProgramsView", "Expertise (level 4–5)"), ", ".join(m.expertise)),
        row(translate("ProgramsView", "Capacity"), translate("ProgramsView", "{0} at a time: {1} active now, {2} free")
            .format(loc.toString(m.capacity), loc.toString(m.active_mentees), loc.toString(m.free_capacity))),
        row(translate("ProgramsView", "Attendance in past relationships"), attendance),
        row(translate("ProgramsView", "Recognition agreed"), m.recognition),
        row(translate("ProgramsView", "Status"), status + (f": {reason_text(m.reason)}" if m.reason else "")),
    ]
    return "".join(parts)
