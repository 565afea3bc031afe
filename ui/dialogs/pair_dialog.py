"""Pairing by hand: choose a mentor and a mentee (typing any part of a name finds them).

The dialog asks `pairing_problems` on every change of mentor or mentee, so HR
sees why a pair is refused before pressing anything; the rules stay in
`services.relationships`.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from mentordesk import clock
from mentordesk.errors import MentorDeskError
from mentordesk.models import Person
from mentordesk.namesakes import shared_name_ids
from mentordesk.services import people as people_service
from mentordesk.services import programs as programs_service
from mentordesk.services import relationships as rel_service
from mentordesk.storage.database import Database

from .. import theme
from ..models.relationships_model import (
    cadence_labels,
    mode_labels,
    pydate,
)
from .service_dialog import ServiceDialog, date_edit


class PersonCombo(QComboBox):
    """A combo you can type into: any part of a name (or department) finds the person."""

    def __init__(self, people: list[Person], parent: QWidget | None = None,
                 namesakes: set[str] | None = None) -> None:
        """`namesakes`: ids of people whose name another active person shares (by default, found
        in `people`); they are shown with their employee ID too, so two namesakes never look alike."""
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.NoInsert)
        self.addItem("", None)
        if namesakes is None:
            namesakes = shared_name_ids((p.id, p.name) for p in people)
        for p in people:
            detail = " · ".join(x for x in (p.employee_id if p.id in namesakes else "", p.department, p.title) if x)
            self.addItem(f"{p.name} ({detail})" if detail else p.name, p.id)
        completer = QCompleter(self.model(), self)
        completer.setCompletionMode(QCompleter.PopupCompletion)
        completer.setFilterMode(Qt.MatchContains)
        completer.setCaseSensitivity(Qt.CaseInsensitive)
        self.setCompleter(completer)
        self.lineEdit().setPlaceholderText(self.tr("Type to search…"))

    def person_id(self) -> str | None:
        """The person whose entry matches the typed text exactly; None while the text is partial."""
        i = self.findText(self.currentText(), Qt.MatchFixedString)
        return self.itemData(i) if i > 0 else None

    def select_person(self, person_id: str) -> None:
        i = self.findData(person_id)
        if i >= 0:
            self.setCurrentIndex(i)


class PairDialog(ServiceDialog):
    """Start a relationship by hand; OK stays disabled while `pairing_problems` finds anything."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(db, parent)
        self.setWindowTitle(self.tr("Pair two people"))
        self.setObjectName("pairDialog")
        people = sorted((p for p in people_service.list_people(db, include_archived=False)),
                        key=lambda p: p.name.casefold())
        mentors = [p for p in people if p.role in ("mentor", "both")] or people
        mentees = [p for p in people if p.role in ("mentee", "both")] or people
        namesakes = shared_name_ids((p.id, p.name) for p in people)  # among everyone active
        self.mentor = PersonCombo(mentors, self, namesakes)
        self.mentor.setObjectName("mentor")
        self.mentee = PersonCombo(mentees, self, namesakes)
        self.mentee.setObjectName("mentee")

        self.program = QComboBox(self)
        self.program.setObjectName("program")
        self.program.addItem(self.tr("No program"), None)
        for prog in programs_service.list_programs(db):
            if not prog.archived:
                self.program.addItem(prog.name, prog.id)
        self.start = date_edit(self, clock.today(), "start")
        self.cadence = QComboBox(self)
        self.cadence.setObjectName("cadence")
        for key, label in cadence_labels().items():
            self.cadence.addItem(label, key)
        self.cadence.setCurrentIndex(max(0, self.cadence.findData(rel_service.DEFAULT_CADENCE)))
        self.mode = QComboBox(self)
        self.mode.setObjectName("mode")
        for key, label in mode_labels().items():
            self.mode.addItem(label, key)

        self.problems = QLabel(self)
        self.problems.setObjectName("problems")
        self.problems.setWordWrap(True)
        self.problems.setTextFormat(Qt.PlainText)
        theme.mark(self.problems, "warning")

        form = QFormLayout()
        form.addRow(self.tr("&Mentor"), self.mentor)
        form.addRow(self.tr("M&entee"), self.mentee)
        form.addRow(self.tr("&Program"), self.program)
        form.addRow(self.tr("&Start"), self.start)
        form.addRow(self.tr("Meeting &frequency"), self.cadence)
        form.addRow(self.tr("Meeting m&ode"), self.mode)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problems)
        layout.addWidget(self.errors)
        layout.addWidget(self.buttons)

        for combo in (self.mentor, self.mentee):
            combo.currentTextChanged.connect(self.check)
        self.program.currentIndexChanged.connect(self._program_changed)
        self.setMinimumWidth(480)
        self.check()

    def _program_changed(self, *_args) -> None:
        """A program brings its own meeting frequency; HR can still change it."""
        program_id = self.program.currentData()
        if program_id is None:
            return
        try:
            prog = programs_service.get_program(self.db, program_id)
        except MentorDeskError:
            return
        self.cadence.setCurrentIndex(max(0, self.cadence.findData(prog.cadence)))

    def current_problems(self) -> list[str]:
        mentor, mentee = self.mentor.person_id(), self.mentee.person_id()
        if mentor is None or mentee is None:
            return [self.tr("Choose a mentor and a mentee.")]
        return rel_service.pairing_problems(self.db, mentor, mentee)

    def check(self, *_args) -> None:
        """Called on every change: the same rules the service will apply on OK."""
        problems = self.current_problems()
        self.problems.setText("\n".join(problems))
        self.problems.setVisible(bool(problems))
        self.ok_button.setEnabled(not problems)

    def accept(self) -> None:
        if self.current_problems():
            self.check()
            return
        self.run(lambda: rel_service.start_relationship(
            self.db, self.mentor.person_id(), self.mentee.person_id(), program_id=self.program.currentData(),
            start=pydate(self.start.date()), cadence=self.cadence.currentData(), mode=self.mode.currentData()), "")
