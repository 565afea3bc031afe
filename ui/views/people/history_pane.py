"""The History tab of the People screen: programs, relationships, past mentors and mentees.

Everything comes from one service call (`services.person_history.person_history`)
made when the tab is looked at, not on every selection: a keystroke in the search
box moves the selection and must not read the file. Texts are plain (names are
never read as HTML) and use the words the other screens use for stages, outcomes
and decisions.
"""

from __future__ import annotations

import html
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from mentordesk import vocabulary
from mentordesk.i18n import current
from mentordesk.services.person_history import Enrolment, Partner, PastRelationship, PersonHistory
from mentordesk.waiting_reasons import reason_text

from ... import theme
from ...dates import short_date
from ...models.participants_model import status_labels
from ...models.relationships_model import ended_label, stage_label

DASH = "—"


def _day(value: date | None) -> str:
    return short_date(value) if value else DASH


class PersonHistoryPane(QScrollArea):
    """Sections of plain lines; `person_id` is whose history is shown (None: none yet).

    A relationship's line is a link: clicking it emits `open_relationship` with its id.
    """

    open_relationship = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.NoFrame)
        self.person_id: str | None = None
        self._body = QWidget(self)
        self._layout = QVBoxLayout(self._body)
        self._layout.addStretch(1)
        self.setWidget(self._body)
        self.sections: dict[str, list[str]] = {}
        #: relationship id -> its clickable line in the Relationships section.
        self.links: dict[str, QLabel] = {}
        self._message: str | None = None
        self.show_message(self.tr("Select a person to see their history."))

    # -- filling ----------------------------------------------------------------------------
    def _clear(self) -> None:
        self.links = {}
        while self._layout.count() > 1:
            item = self._layout.takeAt(0)
            if item.widget() is not None:
                item.widget().hide()  # at once: deleteLater waits for the event loop
                item.widget().deleteLater()
        self.sections = {}

    def _add(self, widget: QWidget) -> None:
        self._layout.insertWidget(self._layout.count() - 1, widget)

    def _line(self, text: str, role: str | None = None, link: str | None = None) -> QLabel:
        label = QLabel(self._body)
        label.setWordWrap(True)
        if link is None:
            label.setTextFormat(Qt.PlainText)
            label.setText(text)
            label.setTextInteractionFlags(Qt.TextSelectableByMouse)
        else:  # names are escaped: a name is never read as HTML
            label.setTextFormat(Qt.RichText)
            label.setText(f'<a href="{html.escape(link)}">{html.escape(text)}</a>')
            label.setTextInteractionFlags(Qt.TextBrowserInteraction)
            label.setToolTip(self.tr("Open this relationship on the Relationships screen"))
            label.linkActivated.connect(self.open_relationship.emit)
        if role:
            theme.mark(label, role)
        self._add(label)
        return label

    def _section(self, key: str, title: str, lines: list[str], none: str, links: list[str] | None = None) -> None:
        heading = self._line(title, "strong")
        heading.setObjectName(f"history_{key}")
        self.sections[key] = lines
        for i, text in enumerate(lines):
            label = self._line("• " + text, None, links[i] if links else None)
            if links:
                self.links[links[i]] = label
        if not lines:
            self._line(none, "hint")

    def show_message(self, text: str) -> None:
        if self.person_id is None and self._message == text:
            return  # a keystroke in the search box: the same message, nothing to rebuild
        self._clear()
        self.person_id = None
        self._message = text
        label = self._line(text, "empty")
        label.setObjectName("historyEmpty")
        label.setAlignment(Qt.AlignCenter)

    def show_history(self, history: PersonHistory) -> None:
        self._clear()
        self._message = None
        self.person_id = history.person_id
        if history.is_empty:
            label = self._line(self.tr("{0} has not taken part in a program or a relationship yet.")
                               .format(history.name), "hint")
            label.setObjectName("historyEmpty")
            return
        self._section("programs", self.tr("Programs"), [self._enrolment(e) for e in history.enrolments],
                      self.tr("Not enrolled in any program."))
        newest_first = list(reversed(history.relationships))
        self._section("relationships", self.tr("Relationships"), [self._relationship(r) for r in newest_first],
                      self.tr("No relationships."), links=[r.id for r in newest_first])
        self._section("mentors", self.tr("Mentors"), [self._partner(p) for p in history.mentors],
                      self.tr("No mentor so far."))
        self._section("mentees", self.tr("Mentees"), [self._partner(p) for p in history.mentees],
                      self.tr("No mentees so far."))

    # -- wording ----------------------------------------------------------------------------
    def _enrolment(self, e: Enrolment) -> str:
        role = vocabulary.said(vocabulary.ROLES_IN_TEXT, e.role, current())  # the CLI's word too
        status = status_labels().get(e.status, e.status)
        text = self.tr("{0}: {1}, {2} (applied {3})").format(e.program_name, role, status, _day(e.applied_on))
        return f"{text} — {reason_text(e.reason)}" if e.reason else text

    def _relationship(self, r: PastRelationship) -> str:
        who = (self.tr("Mentor of {0}") if r.role == "mentor" else self.tr("Mentee of {0}")).format(r.partner_name)
        when = f"{_day(r.start_date)} – {_day(r.end_date)}"
        if r.active:
            state = self.tr("running, stage {0}: {1}").format(r.stage, stage_label(r.stage))
        else:
            state = self.tr("ended: {0}").format(ended_label(r.closure_outcome))
        parts = [who, r.program_name, when, state]
        return " · ".join(p for p in parts if p)

    def _partner(self, p: Partner) -> str:
        if p.current:
            return self.tr("{0} (now, since {1})").format(p.name, _day(p.since))
        return self.tr("{0} ({1} – {2})").format(p.name, _day(p.since), _day(p.until))
