"""The Relationships screen: every mentoring pair, how it is going, and what happened so far.

Left, the list (filter by program and status, search by name) with a health
label per pair; right, the selected pair (`detail_pane.py`): its stage timeline
and tabs for goals, meetings, check-ins and HR's summary. Everything is read
through `services.relationships` (the list in four queries whatever its length,
the detail once per selection) and every action (`actions.py`, `records.py`) is
one service call followed by a reload of the whole window, because the
attention and report screens show the same pairs.

The widgets of the panes are also attributes of the screen (`view.goals_table`,
`view.hr_summary`…): the window's tests and the summary guard reach them there.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QDialog, QSplitter, QVBoxLayout

from mentordesk.errors import MentorDeskError
from mentordesk.relationship_models import RelationshipDetail, RelationshipSummary
from mentordesk.relationships import FIRST_STAGE, LAST_STAGE
from mentordesk.services import programs as programs_service
from mentordesk.services import relationships as rel_service

from ...models import relationships_model as rm
from ...models.relationships_model import RelationshipsModel
from ...tasks import show_error
from ...widgets.tables import sortable_table
from ..base import View
from .action_bar import ActionBar
from .actions import RelationshipActions
from .detail_pane import DetailPane
from .filter_bar import FilterBar
from .records import RecordDeletions
from .summary_guard import summary_guard
from .tables import selected_record

COLUMN_WIDTHS = {
    rm.MENTOR: 140, rm.MENTEE: 140, rm.HEALTH: 125, rm.PROGRAM: 140, rm.STAGE: 170, rm.START: 80,
    rm.PLANNED_END: 80, rm.HELD: 45, rm.MISSED: 50, rm.ATTENDANCE: 75, rm.HOURS: 50,
}


class RelationshipsView(RelationshipActions, RecordDeletions, View):
    """List, inspect and act on mentoring relationships."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self._all: list[RelationshipSummary] = []
        #: Why the last reload read nothing (a damaged file): the empty pane says it instead of
        #: "No relationships yet", which would read as if they were lost.
        self._read_error = ""
        self._current_id: str | None = None
        self._detail: RelationshipDetail | None = None
        self._readonly = False
        self.dialog: QDialog | None = None

        self.filter_bar = FilterBar(self)
        self.filter_bar.on_change(self.apply_filter)
        self.action_bar = ActionBar(self)
        self.model = RelationshipsModel(self)
        self.table = sortable_table(self, self.model, "relationshipsTable", widths=COLUMN_WIDTHS,
                                    sort=(rm.HEALTH, Qt.AscendingOrder))
        self.detail_pane = DetailPane(self)
        self._alias_pane_widgets()
        self._connect()

        self.splitter = QSplitter(Qt.Horizontal, self)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail_pane)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([600, 540])
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.action_bar)
        layout.addWidget(self.splitter, 1)
        self._show_empty()
        self._update_buttons()

    def _alias_pane_widgets(self) -> None:
        """The names the screen always had for the widgets that now live in its panes."""
        f, a, d = self.filter_bar, self.action_bar, self.detail_pane
        self.program_filter, self.status_filter, self.search = f.program_filter, f.status_filter, f.search
        self.count_label = f.count_label
        self.pair_button, self.meeting_button, self.checkin_button = a.pair_button, a.meeting_button, a.checkin_button
        self.stage_button, self.extend_button, self.close_button = a.stage_button, a.extend_button, a.close_button
        self.replace_button, self.forms_button, self.intro_button = a.replace_button, a.forms_button, a.intro_button
        self.empty, self.heading, self.subheading, self.health = d.empty, d.heading, d.subheading, d.health
        self.timeline, self.tabs = d.timeline, d.tabs
        self.goals_model, self.goals_table = d.goals.model, d.goals.table
        self.add_goal_button, self.edit_goal_button = d.goals.add_button, d.goals.edit_button
        self.delete_goal_button = d.goals.delete_button
        self.meetings_model, self.meetings_table = d.meetings.model, d.meetings.table
        self.delete_meeting_button, self.meetings_note = d.meetings.delete_button, d.meetings.note
        self.checkins_model, self.checkins_table = d.checkins.model, d.checkins.table
        self.delete_checkin_button = d.checkins.delete_button
        self.hr_summary, self.save_summary_button = d.summary.editor, d.summary.save_button
        self.summary_conflict, self.history = d.summary.conflict, d.summary.history

    def _connect(self) -> None:
        a = self.action_bar
        a.pair_button.clicked.connect(self.open_pair_dialog)
        a.meeting_button.clicked.connect(lambda: self.open_meeting_dialog())
        a.checkin_button.clicked.connect(self.open_checkin_dialog)
        a.stage_button.clicked.connect(self.open_stage_dialog)
        a.extend_button.clicked.connect(self.open_extend_dialog)
        a.close_button.clicked.connect(self.open_close_dialog)
        a.replace_button.clicked.connect(self.open_replace_dialog)
        a.forms_button.clicked.connect(lambda: self.save_checkin_forms())
        a.intro_button.clicked.connect(lambda: self.prepare_introduction())
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda _i: self.open_meeting_dialog())
        self.goals_table.doubleClicked.connect(lambda _i: self.open_goal_dialog(edit=True))
        self.add_goal_button.clicked.connect(lambda: self.open_goal_dialog(edit=False))
        self.edit_goal_button.clicked.connect(lambda: self.open_goal_dialog(edit=True))
        self.delete_goal_button.clicked.connect(self.confirm_delete_goal)
        self.meetings_table.doubleClicked.connect(self._meeting_double_clicked)
        self.delete_meeting_button.clicked.connect(self.confirm_delete_meeting)
        self.delete_checkin_button.clicked.connect(self.confirm_delete_checkin)
        self.save_summary_button.clicked.connect(self.save_summary)
        self.hr_summary.textChanged.connect(self._update_buttons)
        for table in (self.goals_table, self.meetings_table, self.checkins_table):
            table.selectionModel().selectionChanged.connect(self._update_buttons)

    def title(self) -> str:
        return self.tr("Relationships")

    # -- the summary being typed (summary_guard.py reads these) ------------------------------
    @property
    def _summary_for(self) -> str | None:
        """The relationship the summary editor holds text for."""
        return self.detail_pane.summary.summary_for

    @property
    def _summary_base(self) -> str:
        """The stored summary the editor's text started from."""
        return self.detail_pane.summary.summary_base

    def _summary_dirty(self) -> bool:
        return self.detail_pane.summary.dirty()

    # -- data ---------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the whole list once; filters and search then run in Python on it.

        The window also calls this every few seconds when a colleague changed the
        file, so a summary being typed must survive it: if the filters would now
        hide that pair (say it was closed elsewhere), they are relaxed to keep it
        selected rather than dropping the text.
        """
        db = self.db
        typing_for = self._summary_for if self._summary_dirty() else None
        programs: list[tuple[str, str]] = []
        self._all, self._read_error = [], ""
        if db is not None:
            try:
                self._all = rel_service.list_relationships(db)
                programs = [(p.name, p.id) for p in programs_service.list_programs(db)]
            except MentorDeskError as exc:
                self._read_error = str(exc)
                show_error(self, exc)
        self.filter_bar.set_programs(programs)
        self.apply_filter()
        if typing_for is not None and self.selected_id() != typing_for and any(r.id == typing_for
                                                                              for r in self._all):
            self.open_relationship(typing_for)

    def filtered(self) -> list[RelationshipSummary]:
        return self.filter_bar.keep(self._all)

    def apply_filter(self, *_args) -> None:
        """Reset the model once, then put the selection back on the same relationship if it is still shown."""
        keep = self._current_id
        rows = self.filtered()
        self.model.set_rows(rows)
        self.filter_bar.show_count(len(rows), len(self._all), self.tr("%Ln relationship(s)", "", len(rows)))
        if keep is not None and self.select_relationship(keep):
            self._load_detail(keep)
            return
        self._current_id = None
        self._selection_changed()

    # -- selection ----------------------------------------------------------------------
    def selected(self) -> RelationshipSummary | None:
        return selected_record(self.table)

    def selected_id(self) -> str | None:
        record = self.selected()
        return record.id if record is not None else None

    def select_relationship(self, rel_id: str) -> bool:
        row = self.model.row_of(rel_id)
        if row < 0:
            return False
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(index, QItemSelectionModel.ClearAndSelect
                                                    | QItemSelectionModel.Rows)
        self.table.scrollTo(index)
        return True

    def open_relationship(self, rel_id: str) -> bool:
        """Select and show one relationship (used by the attention page).

        Filters that hide it are relaxed one at a time (search, then program,
        then status), so HR keeps as much of their view as possible.
        """
        for step in self.filter_bar.relax_steps():
            if self.model.row_of(rel_id) >= 0:
                break
            self.filter_bar.block(True)
            step()
            self.filter_bar.block(False)
            self.apply_filter()
        if not self.select_relationship(rel_id):
            return False
        self.table.setFocus()
        return True

    def _selection_changed(self, *_args) -> None:
        record = self.selected()
        if not summary_guard(self).allow_switch(record.id if record is not None else None):
            return  # an unsaved summary: HR is asked first (summary_guard.py)
        if record is None:
            self._current_id = None
            self._detail = None
            self._show_empty()
        elif record.id != self._current_id or self._detail is None:
            self._current_id = record.id
            self._load_detail(record.id)
        self._update_buttons()

    def _show_empty(self) -> None:
        if self.db is None:
            text = self.tr("No file is open.")
        elif self._read_error:
            text = self._read_error
        elif not self._all:
            text = self.tr("No relationships yet. Pair two people, or approve a match on the Matching screen.")
        elif self.model.rowCount() == 0:
            text = self.tr("No relationship matches the filters.")
        else:
            text = self.tr("Select a relationship to see its stages, goals, meetings and check-ins.")
        self.detail_pane.show_empty(text)

    def _load_detail(self, rel_id: str) -> None:
        if self.db is None:
            return
        try:
            detail = rel_service.get_relationship(self.db, rel_id)
        except MentorDeskError as exc:
            show_error(self, exc)
            self._detail = None
            self._show_empty()
            return
        self._detail = detail
        self._current_id = rel_id
        self.detail_pane.show_detail(detail)
        self._update_buttons()

    # -- buttons ------------------------------------------------------------------------
    def set_readonly(self, readonly: bool) -> None:
        """The window calls this for a read-only file; it also locks the screen on its own (tests, previews)."""
        self._readonly = readonly
        self.hr_summary.setReadOnly(readonly)
        self._update_buttons()

    def is_readonly(self) -> bool:
        return self._readonly or self.readonly

    def _update_buttons(self, *_args) -> None:
        writable = not self.is_readonly()
        rel = self._detail.summary if self._detail is not None and self.selected() is not None else None
        active = rel is not None and rel.status == "active"
        self.pair_button.setEnabled(writable)
        self.forms_button.setEnabled(self.db is not None and (rel is None or rel.status == "active"))
        self.intro_button.setEnabled(active)  # writes a draft beside, never the file: read-only is fine
        # a closed relationship's record is final: nothing new is added (the service refuses it too)
        for button in (self.meeting_button, self.checkin_button, self.extend_button, self.close_button,
                       self.replace_button, self.add_goal_button):
            button.setEnabled(writable and active)
        # also at the last stage: the dialog offers HR's correction to an earlier one
        self.stage_button.setEnabled(writable and active and (rel.stage < LAST_STAGE or rel.stage > FIRST_STAGE))
        self.edit_goal_button.setEnabled(writable and active and self.selected_goal() is not None)
        self.delete_meeting_button.setEnabled(writable and rel is not None and self.selected_meeting() is not None)
        self._update_delete_buttons(writable, rel is not None)
        dirty = self._detail is not None and self.hr_summary.toPlainText() != self._detail.hr_summary
        self.save_summary_button.setEnabled(writable and rel is not None and dirty)
