"""The Programs screen: define programs and decide who takes part in them.

Left, the programs (`program_list.py`); right, the selected program's details
and two tabs (`program_pane.py`, `participants_tab.py`): the mentor pool (the
evidence HR weighs for each applicant mentor) and the mentees (their gaps and
preferred mentors). What HR does there is in `actions.py`.

The widgets of the panes are also attributes of the screen (`view.program_table`,
`view.mentors`, `view.details`…): the window's tests reach them there.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QDialog, QMessageBox, QSplitter, QVBoxLayout

from mentordesk.errors import MentorDeskError
from mentordesk.models import Program
from mentordesk.services import mentor_pool, programs

from ...tasks import show_error
from ..base import View
from .actions import ProgramActions
from .participants_tab import show_evidence
from .program_life import ProgramLife
from .program_list import ProgramList
from .program_pane import ProgramPane
from .tables import fit_columns, reselect, selected_records


class ProgramsView(ProgramActions, ProgramLife, View):
    """Programs on the left; details, mentor pool and mentees of the selected one on the right."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.dialog: QDialog | QMessageBox | None = None
        self._programs: dict[str, Program] = {}
        self._readonly = True

        self.program_list = ProgramList(self)
        self.program_pane = ProgramPane(self)
        self._alias_pane_widgets()
        self.new_button.clicked.connect(self.new_program)
        self.edit_button.clicked.connect(self.edit_program)
        self.texts_button.clicked.connect(lambda: self.edit_message_texts())
        self.duplicate_button.clicked.connect(self.run_again)
        self.archive_button.clicked.connect(self.toggle_archive)
        self.show_archived.toggled.connect(lambda *_: self.reload())
        self.program_table.doubleClicked.connect(lambda *_: self.edit_program())

        splitter = QSplitter(Qt.Horizontal, self)
        splitter.addWidget(self.program_list)
        splitter.addWidget(self.program_pane)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([330, 1000])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        self._loading = False  # set while reload() rebuilds the list: load the selected program once, after
        self.program_table.selectionModel().selectionChanged.connect(self._program_selection_changed)
        self._program_changed()

    def _alias_pane_widgets(self) -> None:
        """The names the screen always had for the widgets that now live in its panes."""
        left, right = self.program_list, self.program_pane
        self.program_model, self.program_table = left.model, left.table
        self.new_button, self.edit_button, self.texts_button = left.new_button, left.edit_button, left.texts_button
        self.duplicate_button, self.archive_button = left.duplicate_button, left.archive_button
        self.show_archived = left.show_archived
        self.heading, self.details, self._detail_form = right.heading, right.details, right._detail_form
        self.empty, self.tabs = right.empty, right.tabs
        self.mentors, self.mentees = right.mentors, right.mentees
        self.mentor_model, self.mentee_model = right.mentors.model, right.mentees.model
        self.evidence = right.mentors.evidence

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
            rows = programs.list_programs(self.db, include_archived=self.show_archived.isChecked())
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
        fit_columns(self.program_table)
        self._program_changed()

    # -- programs ----------------------------------------------------------------------
    def current_program(self) -> Program | None:
        rows = selected_records(self.program_table)
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
        self.program_pane.set_shown(program is not None)
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
        self.program_pane.show_program(p, self.tr("%Ln month(s)", "", p.relationship_months),
                                       programs.counts(self.db, p.id))

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
        reselect(self.mentors.table, lambda r: r.participant_id, keep_mentors)
        reselect(self.mentees.table, lambda r: r.participant_id, keep_mentees)
        fit_columns(self.mentors.table)
        fit_columns(self.mentees.table)
        self.program_pane.show_counts(len(pool), len(needs))
        self._show_evidence()

    def _show_evidence(self) -> None:
        show_evidence(self.mentors)

    # -- buttons -----------------------------------------------------------------------
    def update_buttons(self) -> None:
        """An archived program is read-only: only Run again… and Unarchive stay (and New…)."""
        writable = self.db is not None and not self._readonly
        program = self.current_program()
        has_program = program is not None
        editable = writable and has_program and not program.archived
        self.new_button.setEnabled(writable)
        self.edit_button.setEnabled(editable)
        self.texts_button.setEnabled(editable)
        self.duplicate_button.setEnabled(writable and has_program)
        self.archive_button.setEnabled(writable and has_program)
        self.program_list.set_archive_label(bool(program and program.archived))
        for tab in (self.mentors, self.mentees):
            n = len(tab.selected())
            tab.enrol_button.setEnabled(editable)
            for button in (tab.accept_button, tab.decline_button, tab.waitlist_button, tab.remove_button):
                button.setEnabled(editable and n > 0)
        self.mentees.preferences_button.setEnabled(editable and len(self.mentees.selected()) == 1)
        self.mentors.wishes_button.setEnabled(editable and len(self.mentors.selected()) == 1)
