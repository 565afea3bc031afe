"""The Programs screen: define programs and decide who takes part in them.

Left, the programs; right, the selected program's details and two tabs: the
mentor pool (the evidence HR weighs for each applicant mentor) and the mentees
(their gaps and preferred mentors). Every decision is saved through
`services.programs` and then the whole window reloads, because the matching and
report screens show the same participants.

Dialogs are opened with `open()`, not `exec()`: the window keeps repainting,
and tests can fill a dialog in while the view waits for its `accepted` signal
(the open dialog is `self.dialog`).
"""

from __future__ import annotations

import html
from typing import Callable

from PySide6.QtCore import QItemSelectionModel, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QFormLayout, QHBoxLayout, QHeaderView, QLabel, QMessageBox, QPushButton,
    QSplitter, QTableView, QTabWidget, QTextBrowser, QVBoxLayout, QWidget,
)

from mentordesk.errors import MentorDeskError
from mentordesk.models import Program
from mentordesk.services import mentor_pool, people, programs

from ..dialogs.enrol_dialog import EnrolDialog, PreferencesDialog, ReasonDialog
from ..dialogs.program_dialog import ProgramDialog
from ..models.participants_model import (
    DASH, MenteesModel, MentorPoolModel, ProgramListModel, cadence_labels, delivery_labels, fmt_date,
    fmt_percent, fmt_period, kind_labels, status_labels,
)
from ..models.table import RecordRole, RecordTableModel
from ..tasks import show_error
from .base import View

#: Widest a column may start at; long texts (motivation, gaps) show in full in tooltips and the side panel.
MAX_COLUMN_WIDTH = 180


def _table(parent: QWidget, model: RecordTableModel, name: str) -> QTableView:
    table = QTableView(parent)
    table.setObjectName(name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectRows)
    table.setSelectionMode(QAbstractItemView.ExtendedSelection)
    table.setSortingEnabled(True)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.Interactive)
    table.horizontalHeader().setStretchLastSection(True)
    table.horizontalHeader().setSortIndicator(0, Qt.AscendingOrder)
    return table


def _fit_columns(table: QTableView) -> None:
    table.resizeColumnsToContents()
    header = table.horizontalHeader()
    for col in range(header.count()):
        if header.sectionSize(col) > MAX_COLUMN_WIDTH:
            header.resizeSection(col, MAX_COLUMN_WIDTH)


def _selected(table: QTableView) -> list:
    rows = sorted({i.row() for i in table.selectionModel().selectedRows()})
    return [table.model().index(r, 0).data(RecordRole) for r in rows]


def _reselect(table: QTableView, model: RecordTableModel, key: Callable, wanted: set) -> None:
    sel = table.selectionModel()
    for row, record in enumerate(model.rows()):
        if key(record) in wanted:
            sel.select(model.index(row, 0), QItemSelectionModel.Select | QItemSelectionModel.Rows)


class ParticipantsTab(QWidget):
    """A table of one role's participants with the decision buttons under it."""

    def __init__(self, view: "ProgramsView", role: str, model: RecordTableModel, name: str) -> None:
        super().__init__(view)
        self.view = view
        self.role = role
        self.model = model
        self.table = _table(self, model, name)
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
        return _selected(self.table)

    def selected_ids(self) -> set[str]:
        return {r.participant_id for r in self.selected()}


class ProgramsView(View):
    """Programs on the left; details, mentor pool and mentees of the selected one on the right."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.dialog: QDialog | QMessageBox | None = None
        self._programs: dict[str, Program] = {}
        self._readonly = True

        # -- left: the programs ----------------------------------------------------------
        left = QWidget(self)
        self.program_model = ProgramListModel(self)
        self.program_table = _table(left, self.program_model, "programs")
        self.program_table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.new_button = QPushButton(self.tr("New…"), left)
        self.new_button.setObjectName("new_program")
        self.edit_button = QPushButton(self.tr("Edit…"), left)
        self.edit_button.setObjectName("edit_program")
        self.new_button.clicked.connect(self.new_program)
        self.edit_button.clicked.connect(self.edit_program)
        self.texts_button = QPushButton(self.tr("E-mail texts…"), left)
        self.texts_button.setObjectName("message_texts")
        self.texts_button.setToolTip(self.tr("Edit the introduction and reminder e-mails of this program."))
        self.texts_button.clicked.connect(lambda: self.edit_message_texts())
        self.program_table.doubleClicked.connect(lambda *_: self.edit_program())
        left_buttons = QHBoxLayout()
        left_buttons.addWidget(self.new_button)
        left_buttons.addWidget(self.edit_button)
        left_buttons.addWidget(self.texts_button)
        left_buttons.addStretch(1)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(8, 8, 0, 8)
        heading = QLabel(self.tr("Programs"), left)
        heading.setStyleSheet("font-size: 15px; font-weight: 600;")
        left_layout.addWidget(heading)
        left_layout.addWidget(self.program_table, 1)
        left_layout.addLayout(left_buttons)

        # -- right: details and tabs -------------------------------------------------------
        right = QWidget(self)
        self.heading = QLabel(right)
        self.heading.setObjectName("program_name")
        self.heading.setStyleSheet("font-size: 17px; font-weight: 600;")
        self.details: dict[str, QLabel] = {}
        self._detail_form: dict[str, QFormLayout] = {}
        # Two columns: the why (purpose, goal) beside the how, so the tables keep the height.
        why, how = QFormLayout(), QFormLayout()
        for form in (why, how):
            form.setLabelAlignment(Qt.AlignRight)
            form.setVerticalSpacing(3)
        for form, key, label in (
                (why, "purpose", self.tr("Purpose:")), (why, "business_goal", self.tr("Business goal:")),
                (how, "kind", self.tr("Kind:")), (how, "delivery", self.tr("Delivery:")),
                (how, "dates", self.tr("Dates:")), (how, "months", self.tr("Relationships last:")),
                (how, "cadence", self.tr("Pairs meet:")), (how, "max_mentees", self.tr("Maximum mentees:"))):
            value = QLabel(right)
            value.setObjectName(f"detail_{key}")
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextSelectableByMouse)
            self.details[key] = value
            self._detail_form[key] = form
            form.addRow(label, value)
        details = QHBoxLayout()
        details.addLayout(why, 3)
        details.addSpacing(16)
        details.addLayout(how, 2)
        self.empty = QLabel(self.tr("Choose a program on the left, or create one with New…"), right)
        self.empty.setObjectName("empty")
        self.empty.setStyleSheet("color: #666;")

        self.mentor_model = MentorPoolModel(self)
        self.mentors = ParticipantsTab(self, "mentor", self.mentor_model, "mentor_pool")
        self.mentors.wishes_button = self.mentors._button(self.tr("Mentees they'd like…"), "mentor_preferences",
                                                          self.edit_mentor_wishes)
        self.mentors.remove_button = self.mentors._button(self.tr("Remove"), "mentor_remove",
                                                          lambda: self.remove("mentor"))
        self.mentors.buttons.addStretch(1)
        self.evidence = QTextBrowser(self.mentors)
        self.evidence.setObjectName("evidence")
        self.evidence.setMinimumWidth(180)
        split = QSplitter(Qt.Horizontal, self.mentors)
        split.addWidget(self.mentors.table)
        split.addWidget(self.evidence)
        split.setStretchFactor(0, 4)
        split.setStretchFactor(1, 1)
        split.setSizes([800, 230])
        mentor_layout = QVBoxLayout(self.mentors)
        mentor_layout.addWidget(split, 1)
        mentor_layout.addLayout(self.mentors.buttons)
        self.mentors.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_evidence())
        self.mentors.table.selectionModel().selectionChanged.connect(lambda *_: self._show_evidence())

        self.mentee_model = MenteesModel(self)
        self.mentees = ParticipantsTab(self, "mentee", self.mentee_model, "mentees")
        self.mentees.preferences_button = self.mentees._button(self.tr("Preferences…"), "mentee_preferences",
                                                               self.edit_preferences)
        self.mentees.remove_button = self.mentees._button(self.tr("Remove"), "mentee_remove",
                                                          lambda: self.remove("mentee"))
        self.mentees.buttons.addStretch(1)
        mentee_layout = QVBoxLayout(self.mentees)
        mentee_layout.addWidget(self.mentees.table, 1)
        mentee_layout.addLayout(self.mentees.buttons)

        self.tabs = QTabWidget(right)
        self.tabs.setObjectName("tabs")
        self.tabs.addTab(self.mentors, self.tr("Mentor pool"))
        self.tabs.addTab(self.mentees, self.tr("Mentees"))

        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 8, 8, 8)
        right_layout.addWidget(self.heading)
        right_layout.addLayout(details)
        right_layout.addWidget(self.empty)
        right_layout.addWidget(self.tabs, 1)

        splitter = QSplitter(Qt.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([330, 1000])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        self._loading = False  # set while reload() rebuilds the list: load the selected program once, after
        self.program_table.selectionModel().selectionChanged.connect(self._program_selection_changed)
        self._program_changed()

    # -- View --------------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Programs")

    def set_readonly(self, readonly: bool) -> None:
        self._readonly = readonly
        self.update_buttons()

    def reload(self) -> None:
        """Read programs and participants again, keeping the selected program and rows."""
        current = self.current_program()
        keep_id = current.id if current else None
        if self.db is None:
            self._programs = {}
            self.program_model.set_rows([])
            self._program_changed()
            return
        try:
            rows = programs.list_programs(self.db)
        except MentorDeskError as exc:
            show_error(self, exc)
            return
        self._programs = {p.id: p for p in rows}
        self._loading = True
        try:
            self.program_model.set_rows(rows)
            if keep_id not in self._programs and rows:
                keep_id = self.program_model.record(0).id
            if keep_id:
                self.select_program(keep_id)
        finally:
            self._loading = False
        _fit_columns(self.program_table)
        self._program_changed()

    # -- programs ----------------------------------------------------------------------
    def current_program(self) -> Program | None:
        rows = _selected(self.program_table)
        return rows[0] if rows else None

    def select_program(self, program_id: str) -> None:
        row = self.program_model.find_row(lambda p: p.id == program_id)
        if row >= 0:
            self.program_table.selectionModel().setCurrentIndex(
                self.program_model.index(row, 0), QItemSelectionModel.ClearAndSelect | QItemSelectionModel.Rows)

    def _program_selection_changed(self, *_args) -> None:
        if not self._loading:
            self._program_changed()

    def _program_changed(self) -> None:
        program = self.current_program()
        shown = program is not None
        self.tabs.setVisible(shown)
        self.heading.setVisible(shown)
        for key, label in self.details.items():
            self._detail_form[key].setRowVisible(label, shown)
        self.empty.setVisible(not shown)
        if program is None:
            self.mentor_model.set_rows([])
            self.mentee_model.set_rows([])
            self.evidence.clear()
            self.update_buttons()
            return
        self._show_details(program)
        self._load_participants(program)
        self.update_buttons()

    def _show_details(self, p: Program) -> None:
        loc = QLocale()
        self.heading.setText(p.name + (self.tr(" (archived)") if p.archived else ""))
        self.details["purpose"].setText(p.purpose or DASH)
        self.details["business_goal"].setText(p.business_goal or DASH)
        self.details["kind"].setText(kind_labels().get(p.kind, p.kind))
        self.details["delivery"].setText(delivery_labels().get(p.delivery, p.delivery))
        self.details["dates"].setText(fmt_period(p.start_date, p.end_date) or self.tr("Not fixed yet"))
        self.details["months"].setText(self.tr("%Ln month(s)", "", p.relationship_months))
        self.details["cadence"].setText(cadence_labels().get(p.cadence, p.cadence))
        counts = programs.counts(self.db, p.id)
        accepted = counts.get(("mentee", "accepted"), 0)
        waiting = counts.get(("mentee", "waitlisted"), 0)
        limit = self.tr("No limit") if not p.max_mentees else loc.toString(p.max_mentees)
        self.details["max_mentees"].setText(self.tr("{0} — {1} accepted, {2} waiting").format(
            limit, loc.toString(accepted), loc.toString(waiting)))

    def _load_participants(self, program: Program) -> None:
        keep_mentors = self.mentors.selected_ids()
        keep_mentees = self.mentees.selected_ids()
        try:
            pool = mentor_pool.mentor_pool(self.db, program.id)
            needs = mentor_pool.mentee_needs(self.db, program.id)
        except MentorDeskError as exc:
            show_error(self, exc)
            return
        self.mentor_model.set_rows(pool)
        self.mentee_model.set_rows(needs)
        _reselect(self.mentors.table, self.mentor_model, lambda r: r.participant_id, keep_mentors)
        _reselect(self.mentees.table, self.mentee_model, lambda r: r.participant_id, keep_mentees)
        _fit_columns(self.mentors.table)
        _fit_columns(self.mentees.table)
        loc = QLocale()
        self.tabs.setTabText(0, self.tr("Mentor pool ({0})").format(loc.toString(len(pool))))
        self.tabs.setTabText(1, self.tr("Mentees ({0})").format(loc.toString(len(needs))))
        self._show_evidence()

    def new_program(self) -> None:
        if self.db is None or self._readonly:
            return
        self._open_program_dialog(None)

    def edit_program(self) -> None:
        program = self.current_program()
        if self.db is None or self._readonly or program is None:
            return
        self._open_program_dialog(program)

    def edit_message_texts(self):
        """The program's introduction and reminder texts (ui/dialogs/message_text_dialog)."""
        program = self.current_program()
        if self.db is None or self._readonly or program is None:
            return None
        from ..dialogs.message_text_dialog import MessageTextDialog

        dialog = MessageTextDialog(self.db, program, self)
        self._open(dialog)
        return dialog

    def _open_program_dialog(self, program: Program | None) -> None:
        dialog = ProgramDialog(self.db, program, self)
        dialog.accepted.connect(lambda: self._save_program(dialog))
        self._open(dialog)

    def _save_program(self, dialog: ProgramDialog) -> None:
        edited = dialog.program()
        try:
            if dialog.original is None:
                program_id = programs.create_program(self.db, edited)
            else:
                program_id = dialog.original.id
                programs.update_program(self.db, program_id, edited, expected_updated_at=dialog.original.updated_at)
        except MentorDeskError as exc:
            show_error(self, exc, self.tr("The program was not saved"))
            return
        self._reload_window()
        self.select_program(program_id)
        self._notify(self.tr("Saved {0}.").format(edited.name))

    # -- participants ------------------------------------------------------------------
    def _tab(self, role: str) -> ParticipantsTab:
        return self.mentors if role == "mentor" else self.mentees

    def enrol(self, role: str) -> None:
        program = self.current_program()
        if self.db is None or self._readonly or program is None:
            return
        enrolled: dict[str, list[str]] = {}
        for part in programs.participants(self.db, program.id):
            label = self.tr("Mentor") if part.role == "mentor" else self.tr("Mentee")
            enrolled.setdefault(part.person_id, []).append(
                f"{label} ({status_labels().get(part.status, part.status)})")
        dialog = EnrolDialog(people.list_people(self.db, include_archived=False),
                             {k: ", ".join(v) for k, v in enrolled.items()}, self)
        dialog.role.setCurrentIndex(max(0, dialog.role.findData(role)))
        dialog.accepted.connect(lambda: self._save_enrolment(program, dialog))
        self._open(dialog)

    def _save_enrolment(self, program: Program, dialog: EnrolDialog) -> None:
        role, status = dialog.chosen_role(), dialog.chosen_status()
        chosen = dialog.selected_people()
        from mentordesk.services import undo

        done = 0
        try:
            backup = undo.checkpoint(self.db, "bulk") if len(chosen) > 1 else None  # Edit > Undo puts it back
            for person in chosen:
                programs.enrol(self.db, program.id, person.id, role, status)
                done += 1
        except MentorDeskError as exc:
            show_error(self, exc, self.tr("Not everyone was enrolled"))
        if len(chosen) > 1 and done:
            undo.record(self.db, "bulk", f"enrolment of {done} people in {program.name}", backup)
        self.tabs.setCurrentWidget(self._tab(role))
        self._reload_window()
        self._notify(self.tr("Enrolled {0} as {1}.").format(
            QLocale().toString(len(chosen)), self.tr("mentors") if role == "mentor" else self.tr("mentees")))

    def decide(self, role: str, status: str) -> None:
        """Accept at once; decline or waitlist only with a reason the person can be told."""
        tab = self._tab(role)
        chosen = tab.selected()
        if self.db is None or self._readonly or not chosen:
            return
        if status == "accepted":
            self._apply_status(role, [r.participant_id for r in chosen], status, "")
            return
        names = ", ".join(r.name for r in chosen[:3]) + ("…" if len(chosen) > 3 else "")
        if status == "declined":
            title = self.tr("Decline")
            prompt = self.tr("Why is {0} declined? The reason is kept with the application.").format(names)
        else:
            title = self.tr("Waiting list")
            prompt = self.tr("Why does {0} go on the waiting list?").format(names)
        dialog = ReasonDialog(title, prompt, required=True, parent=self)
        ids = [r.participant_id for r in chosen]
        dialog.accepted.connect(lambda: self._apply_status(role, ids, status, dialog.text()))
        self._open(dialog)

    def _apply_status(self, role: str, ids: list[str], status: str, reason: str) -> None:
        program = self.current_program()
        if program is None:
            return
        full = 0
        try:
            # The service puts a mentee accepted into a full program on the waiting list.
            for pid in ids:
                full += programs.set_status(self.db, pid, status, reason) != status
        except MentorDeskError as exc:
            show_error(self, exc, self.tr("Not every decision was saved"))
        self._reload_window()
        if full:
            self._notify(self.tr("The program is full: {0} went on the waiting list.").format(QLocale().toString(full)))

    def edit_preferences(self) -> None:
        chosen = self.mentees.selected()
        if self.db is None or self._readonly or len(chosen) != 1:
            return
        mentee = chosen[0]
        # Department and branch tell apart two mentors with the same name; namesakes get their employee ID.
        from mentordesk.services.namesakes import namesake_labels
        shown = namesake_labels(self.db)
        mentors = [(m.person_id, " — ".join(x for x in (shown.get(m.person_id, m.name),
                                                        ", ".join(y for y in (m.department, m.branch) if y)) if x))
                   for m in self.mentor_model.rows()
                   if m.status not in ("declined", "withdrawn") or m.person_id in mentee.preferred_ids]
        mentors.sort(key=lambda m: m[1].casefold())
        dialog = PreferencesDialog(mentee.name, mentors, list(mentee.preferred_ids), self)
        dialog.accepted.connect(lambda: self._save_preferences(mentee.participant_id, dialog.chosen_ids()))
        self._open(dialog)

    def edit_mentor_wishes(self) -> None:
        """Mentors may mark mentees they would like to take: with the mentee's own wish, the strongest signal."""
        chosen = self.mentors.selected()
        if self.db is None or self._readonly or len(chosen) != 1:
            return
        mentor, program = chosen[0], self.current_program()
        if program is None:
            return
        current = next((p.preferred for p in programs.participants(self.db, program.id, "mentor")
                        if p.id == mentor.participant_id), ())
        from mentordesk.services.namesakes import namesake_labels
        shown = namesake_labels(self.db)  # "Name (E0412, Finance)" where two active people share a name
        mentees = sorted(((m.person_id, shown.get(m.person_id, m.name)) for m in self.mentee_model.rows()
                          if m.status not in ("declined", "withdrawn")), key=lambda m: m[1].casefold())
        dialog = PreferencesDialog(mentor.name, mentees, list(current), self, limit=None)
        dialog.accepted.connect(lambda: self._save_preferences(mentor.participant_id, dialog.chosen_ids()))
        self._open(dialog)

    def _save_preferences(self, participant_id: str, chosen: list[str]) -> None:
        try:
            programs.set_preferences(self.db, participant_id, chosen)
        except MentorDeskError as exc:
            show_error(self, exc, self.tr("The preferences were not saved"))
        self._reload_window()

    def remove(self, role: str) -> None:
        chosen = self._tab(role).selected()
        if self.db is None or self._readonly or not chosen:
            return
        box = QMessageBox(QMessageBox.Question, self.tr("Remove from program"),
                          self.tr("Remove {0} from this program? Their application and status are removed; "
                                  "the people themselves stay.").format(", ".join(r.name for r in chosen)),
                          QMessageBox.Yes | QMessageBox.Cancel, self)
        box.setObjectName("confirmRemove")
        box.setDefaultButton(QMessageBox.Cancel)
        ids = [r.participant_id for r in chosen]
        box.accepted.connect(lambda: self._remove(ids))
        self._open(box)

    def _remove(self, ids: list[str]) -> None:
        try:
            for pid in ids:
                programs.remove(self.db, pid)
        except MentorDeskError as exc:
            show_error(self, exc)
        self._reload_window()

    # -- helpers -----------------------------------------------------------------------
    def update_buttons(self) -> None:
        editable = self.db is not None and not self._readonly
        has_program = self.current_program() is not None
        self.new_button.setEnabled(editable)
        self.edit_button.setEnabled(editable and has_program)
        self.texts_button.setEnabled(editable and has_program)
        for tab in (self.mentors, self.mentees):
            n = len(tab.selected())
            tab.enrol_button.setEnabled(editable and has_program)
            for button in (tab.accept_button, tab.decline_button, tab.waitlist_button, tab.remove_button):
                button.setEnabled(editable and n > 0)
        self.mentees.preferences_button.setEnabled(editable and len(self.mentees.selected()) == 1)
        self.mentors.wishes_button.setEnabled(editable and len(self.mentors.selected()) == 1)

    def _show_evidence(self) -> None:
        """The side panel: everything about one mentor in full, motivation first."""
        chosen = self.mentors.selected()
        if len(chosen) != 1:
            hint = html.escape(self.tr("Select a mentor to read their motivation and evidence."))
            self.evidence.setHtml(f"<p style='color:#666'>{hint}</p>")
            return
        m = chosen[0]
        loc = QLocale()
        esc = html.escape

        def row(label: str, value: str) -> str:
            return f"<p><b>{esc(label)}</b><br>{esc(value) if value else DASH}</p>"

        willing = DASH if m.willing is None else (self.tr("Yes") if m.willing else self.tr("No"))
        seniority = DASH if m.seniority_years is None else self.tr("{0} years").format(
            loc.toString(m.seniority_years, "f", 1))
        attendance = DASH if m.attendance_rate is None else self.tr("{0}: held {1} of {2} meetings").format(
            fmt_percent(m.attendance_rate), loc.toString(m.meetings_held),
            loc.toString(m.meetings_held + m.meetings_missed))
        status = status_labels().get(m.status, m.status)
        if m.status == "waitlisted" and m.waitlisted_since:
            status = self.tr("{0} since {1}").format(status, fmt_date(m.waitlisted_since))
        parts = [
            f"<h3>{esc(m.name)}</h3><p>{esc(' · '.join(x for x in (m.title, m.department, m.branch) if x))}</p>",
            row(self.tr("Willing to mentor"), willing),
            row(self.tr("Motivation"), m.motivation),
            row(self.tr("Availability"), m.availability),
            row(self.tr("Seniority"), seniority),
            row(self.tr("Expertise (level 4–5)"), ", ".join(m.expertise)),
            row(self.tr("Capacity"), self.tr("{0} at a time: {1} active now, {2} free").format(
                loc.toString(m.capacity), loc.toString(m.active_mentees), loc.toString(m.free_capacity))),
            row(self.tr("Attendance in past relationships"), attendance),
            row(self.tr("Recognition agreed"), m.recognition),
            row(self.tr("Status"), status + (f": {m.reason}" if m.reason else "")),
        ]
        self.evidence.setHtml("".join(parts))

    def _open(self, dialog: QDialog | QMessageBox) -> None:
        self.dialog = dialog
        dialog.setAttribute(Qt.WA_DeleteOnClose)
        dialog.finished.connect(lambda *_: self._dialog_closed(dialog))
        dialog.open()

    def _dialog_closed(self, dialog) -> None:
        if self.dialog is dialog:
            self.dialog = None

    def _reload_window(self) -> None:
        reload_all = getattr(self.window_, "reload_all", None)
        if callable(reload_all):
            reload_all()
        else:
            self.reload()

    def _notify(self, text: str) -> None:
        status_bar = getattr(self.window_, "statusBar", None)
        if callable(status_bar):
            status_bar().showMessage(text, 8000)
