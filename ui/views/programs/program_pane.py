"""The right of the Programs screen: the selected program's details over its two participant tabs.

Texts keep the translation context "ProgramsView", where the catalogs hold them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QTabWidget, QVBoxLayout, QWidget

from mentordesk import vocabulary
from mentordesk.i18n import current
from mentordesk.models import Program

from ... import theme
from ...models.participants_model import DASH, cadence_labels, delivery_labels, fmt_period, kind_labels
from .participants_tab import mentees_tab, mentor_pool_tab

if TYPE_CHECKING:  # pragma: no cover
    from .view import ProgramsView


def translate(context: str, text: str) -> str:
    """QCoreApplication.translate under the name lupdate knows; each call spells its context."""
    return QCoreApplication.translate(context, text)


class ProgramPane(QWidget):
    """Name, purpose and rules of the program in two columns, then the Mentor pool and Mentees tabs."""

    def __init__(self, view: ProgramsView) -> None:
        super().__init__(view)
        self.heading = QLabel(self)
        self.heading.setObjectName("program_name")
        theme.mark(self.heading, "title")
        self.details: dict[str, QLabel] = {}
        self.labels: dict[str, QLabel] = {}
        self._detail_form: dict[str, QFormLayout] = {}
        # Two columns: the why (purpose, goal) beside the how, so the tables keep the height.
        why, how = QFormLayout(), QFormLayout()
        for form in (why, how):
            form.setLabelAlignment(Qt.AlignRight)
            form.setVerticalSpacing(3)
        for form, key, label in (
                (why, "purpose", translate("ProgramsView", "Purpose:")),
                (why, "business_goal", translate("ProgramsView", "Business goal:")),
                (how, "kind", translate("ProgramsView", "Kind:")),
                (how, "kind_detail", ""),
                (how, "delivery", translate("ProgramsView", "Delivery:")),
                (how, "dates", translate("ProgramsView", "Dates:")),
                (how, "months", translate("ProgramsView", "Relationships last:")),
                (how, "cadence", vocabulary.who_meets("one_to_one", current())),
                (how, "max_mentees", translate("ProgramsView", "Maximum mentees:"))):
            value = QLabel(self)
            value.setObjectName(f"detail_{key}")
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextSelectableByMouse)
            self.details[key] = value
            self._detail_form[key] = form
            self.labels[key] = QLabel(label, self)  # a widget, so the kind can rename the row
            form.addRow(self.labels[key], value)
        details = QHBoxLayout()
        details.addLayout(why, 3)
        details.addSpacing(16)
        details.addLayout(how, 2)
        self.empty = QLabel(translate("ProgramsView", "Choose a program on the left, or create one with New…"), self)
        self.empty.setObjectName("empty")
        theme.mark(self.empty, "hint")

        self.mentors = mentor_pool_tab(view)
        self.mentees = mentees_tab(view)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("tabs")
        self.tabs.addTab(self.mentors, translate("ProgramsView", "Mentor pool"))
        self.tabs.addTab(self.mentees, translate("ProgramsView", "Mentees"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 8, 8)
        layout.addWidget(self.heading)
        layout.addLayout(details)
        layout.addWidget(self.empty)
        layout.addWidget(self.tabs, 1)

    def set_shown(self, shown: bool, hidden: frozenset[str] = frozenset()) -> None:
        """A program's details and tabs, or (none selected) the hint to choose one; `hidden`
        rows do not apply to the program's kind."""
        self.tabs.setVisible(shown)
        self.heading.setVisible(shown)
        for key, label in self.details.items():
            self._detail_form[key].setRowVisible(label, shown and key not in hidden)
        self.empty.setVisible(not shown)

    def _show_kind(self, p: Program) -> None:
        """What the kind asks for, and its meetings and people called by their names."""
        detail, label = "", ""
        if p.kind == "group":
            label = translate("ProgramsView", "Groups:")
            detail = ", ".join((
                self.tr("up to %Ln mentee(s)", "", p.group_size or 0),
                self.tr("%Ln session(s)", "", p.sessions or 0)))
        elif p.kind == "reverse":
            label, detail = translate("ProgramsView", "Juniors teach:"), p.expertise or DASH
        elif p.kind == "job_shadowing":
            label = translate("ProgramsView", "Visits:")
            detail = ", ".join((
                translate("ProgramsView", "hosted by {0}").format(p.host or DASH),
                self.tr("%Ln visit(s)", "", p.visits or 0),
                self.tr("%Ln hour(s) each", "", p.visit_hours or 0)))
        self.labels["kind_detail"].setText(label)
        self.details["kind_detail"].setText(detail)
        self.labels["cadence"].setText(vocabulary.who_meets(p.kind, current()))
        self.labels["max_mentees"].setText(translate("ProgramsView", "Maximum participants:") if p.kind == "peer"
                                           else translate("ProgramsView", "Maximum mentees:"))
        hidden = {"months", "cadence"} if p.kind == "job_shadowing" else set()
        self.set_shown(True, frozenset(hidden | ({"kind_detail"} if not label else set())))

    def show_program(self, p: Program, months: str, counts: dict[tuple[str, str], int]) -> None:
        """`months` is the screen's "%Ln month(s)" (a plural lupdate files under its class)."""
        loc = QLocale()
        self.heading.setText(p.name + (translate("ProgramsView", " (archived)") if p.archived else ""))
        self.details["purpose"].setText(p.purpose or DASH)
        self.details["business_goal"].setText(p.business_goal or DASH)
        self.details["kind"].setText(kind_labels().get(p.kind, p.kind))
        self.details["delivery"].setText(delivery_labels().get(p.delivery, p.delivery))
        self.details["dates"].setText(fmt_period(p.start_date, p.end_date)
                                      or translate("ProgramsView", "Not fixed yet"))
        self.details["months"].setText(months)
        self.details["cadence"].setText(cadence_labels().get(p.cadence, p.cadence))
        self._show_kind(p)
        accepted = counts.get(("mentee", "accepted"), 0)
        waiting = counts.get(("mentee", "waitlisted"), 0)
        limit = translate("ProgramsView", "No limit") if not p.max_mentees else loc.toString(p.max_mentees)
        self.details["max_mentees"].setText(translate("ProgramsView", "{0} — {1} accepted, {2} waiting").format(
            limit, loc.toString(accepted), loc.toString(waiting)))

    def show_counts(self, mentors: int, mentees: int) -> None:
        loc = QLocale()
        self.tabs.setTabText(0, translate("ProgramsView", "Mentor pool ({0})").format(loc.toString(mentors)))
        self.tabs.setTabText(1, translate("ProgramsView", "Mentees ({0})").format(loc.toString(mentees)))
