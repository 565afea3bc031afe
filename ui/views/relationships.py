"""The Relationships screen: every mentoring pair, how it is going, and what happened so far.

Left, the list (filter by program and status, search by name) with a health
label per pair; right, the selected pair: its stage timeline and tabs for
goals, meetings, check-ins and HR's summary. Everything is read through
`services.relationships` (the list in four queries whatever its length, the
detail once per selection) and every action is one service call followed by a
reload of the whole window, because the attention and report screens show the
same pairs.

Dialogs are opened with `open()`, not `exec()`, and kept in `self.dialog`:
the window keeps repainting and tests can drive a dialog with the keyboard.
"""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import (
    QItemSelectionModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    Qt,
)
from PySide6.QtGui import QKeySequence, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionProgressBar,
    QStyleOptionViewItem,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from mentordesk.errors import MentorDeskError
from mentordesk.relationship_models import (
    Goal,
    Meeting,
    RelationshipDetail,
    RelationshipSummary,
)
from mentordesk.relationships import FIRST_STAGE, LAST_STAGE
from mentordesk.services import programs as programs_service
from mentordesk.services import relationships as rel_service

from ..dialogs.checkin_dialog import CheckinDialog
from ..dialogs.goal_dialog import GoalDialog
from ..dialogs.meeting_dialog import MeetingDialog
from ..dialogs.relationship_dialogs import (
    CloseDialog,
    ExtendDialog,
    NextStageDialog,
    PairDialog,
)
from ..models import relationships_model as rm
from ..models.relationships_model import (
    HEALTH_COLOURS,
    CheckinsModel,
    GoalsModel,
    MeetingsModel,
    RelationshipsModel,
    cadence_labels,
    closure_labels,
    fmt_date,
    health_label,
    meeting_rows,
    mode_labels,
    outcome_labels,
)
from ..models.table import RecordTableModel
from ..tasks import show_error
from ..widgets.stage_timeline import StageTimeline
from ..widgets.tables import RecordTable
from .base import View
from .relationship_records import RecordDeletions
from .summary_guard import summary_guard

NO_PROGRAM = "__none__"

COLUMN_WIDTHS = {
    rm.MENTOR: 140, rm.MENTEE: 140, rm.HEALTH: 125, rm.PROGRAM: 140, rm.STAGE: 170, rm.START: 80,
    rm.PLANNED_END: 80, rm.HELD: 45, rm.MISSED: 50, rm.ATTENDANCE: 75, rm.HOURS: 50,
}


class ProgressDelegate(QStyledItemDelegate):
    """Draws a goal's progress (the cell's display value, 0–100) as a bar with its percentage."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        value = index.data(Qt.DisplayRole)
        if not isinstance(value, int):
            super().paint(painter, option, index)
            return
        bar = QStyleOptionProgressBar()
        bar.rect = QRect(option.rect.adjusted(4, 4, -4, -4))
        bar.minimum, bar.maximum, bar.progress = 0, 100, value
        bar.text = rm.fmt_percent(value / 100)
        bar.textVisible = True
        bar.textAlignment = Qt.AlignCenter
        bar.state = option.state | QStyle.State_Horizontal
        style = option.widget.style() if option.widget is not None else QApplication.style()
        if option.state & QStyle.State_Selected:
            painter.fillRect(option.rect, option.palette.highlight())
        style.drawControl(QStyle.CE_ProgressBar, bar, painter, option.widget)


def _table(parent: QWidget, model: RecordTableModel, name: str) -> QTableView:
    """Tables here are short; they still sort in Python through the model, like every table in the app."""
    table = RecordTable(parent)  # column titles in any language fit their initial width
    table.setObjectName(name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectRows)
    table.setSelectionMode(QAbstractItemView.SingleSelection)
    table.setEditTriggers(QAbstractItemView.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.setTextElideMode(Qt.ElideRight)
    vheader = table.verticalHeader()
    vheader.hide()
    vheader.setSectionResizeMode(QHeaderView.Fixed)
    vheader.setDefaultSectionSize(table.fontMetrics().height() + 10)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.Interactive)
    header.setHighlightSections(False)
    header.setDefaultAlignment(Qt.AlignLeft | Qt.AlignVCenter)
    header.setStretchLastSection(True)
    return table


class RelationshipsView(RecordDeletions, View):
    """List, inspect and act on mentoring relationships."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self._all: list[RelationshipSummary] = []
        self._current_id: str | None = None
        self._detail: RelationshipDetail | None = None
        self._readonly = False
        self.dialog: QDialog | None = None
        #: The relationship the summary editor holds text for, and the stored summary that text started from.
        self._summary_for: str | None = None
        self._summary_base = ""

        # -- filters and actions --------------------------------------------------------
        self.program_filter = QComboBox(self)
        self.program_filter.setObjectName("programFilter")
        self.program_filter.setMinimumContentsLength(18)
        self.status_filter = QComboBox(self)
        self.status_filter.setObjectName("statusFilter")
        for label, key in ((self.tr("Active"), "active"), (self.tr("Closed"), "closed"), (self.tr("All"), None)):
            self.status_filter.addItem(label, key)
        self.search = QLineEdit(self)
        self.search.setObjectName("relationshipSearch")
        self.search.setPlaceholderText(self.tr("Search mentor or mentee…"))
        self.search.setClearButtonEnabled(True)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("relationshipCount")
        self.program_filter.currentIndexChanged.connect(self.apply_filter)
        self.status_filter.currentIndexChanged.connect(self.apply_filter)
        self.search.textChanged.connect(self.apply_filter)

        self.pair_button = QPushButton(self.tr("Pair two people…"), self)
        self.meeting_button = QPushButton(self.tr("Log meeting…"), self)
        self.meeting_button.setShortcut(QKeySequence(self.tr("Ctrl+M")))
        self.meeting_button.setToolTip(self.tr("Log a meeting of the selected pair (Ctrl+M)"))
        self.checkin_button = QPushButton(self.tr("Check-in…"), self)
        self.stage_button = QPushButton(self.tr("Next stage…"), self)
        self.extend_button = QPushButton(self.tr("Extend…"), self)
        self.close_button = QPushButton(self.tr("Close…"), self)
        self.pair_button.clicked.connect(self.open_pair_dialog)
        self.meeting_button.clicked.connect(lambda: self.open_meeting_dialog())
        self.checkin_button.clicked.connect(self.open_checkin_dialog)
        self.stage_button.clicked.connect(self.open_stage_dialog)
        self.extend_button.clicked.connect(self.open_extend_dialog)
        self.close_button.clicked.connect(self.open_close_dialog)
        self.replace_button = QPushButton(self.tr("Replace mentor…"), self)
        self.replace_button.setObjectName("replaceMentor")
        self.replace_button.setToolTip(self.tr("Give the mentee a new mentor; their goals and history go with them."))
        self.replace_button.clicked.connect(self.open_replace_dialog)
        self.forms_button = QPushButton(self.tr("Check-in forms…"), self)
        self.forms_button.setObjectName("checkinForms")
        self.forms_button.setToolTip(self.tr("Save fillable PDF check-in forms for the selected pair (or, with none "
                                             "selected, every due check-in of the program shown) in a folder."))
        self.forms_button.clicked.connect(lambda: self.save_checkin_forms())
        self.intro_button = QPushButton(self.tr("Prepare introduction…"), self)
        self.intro_button.setObjectName("prepareIntroduction")
        self.intro_button.setToolTip(self.tr("Write the introduction e-mail to both, with their meetings as a "
                                             "calendar file, and open it in your mail program."))
        self.intro_button.clicked.connect(lambda: self.prepare_introduction())

        # -- list -----------------------------------------------------------------------
        self.model = RelationshipsModel(self)
        self.table = _table(self, self.model, "relationshipsTable")
        for column, width in COLUMN_WIDTHS.items():
            self.table.setColumnWidth(column, width)
        self.table.horizontalHeader().setSortIndicator(rm.HEALTH, Qt.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda _i: self.open_meeting_dialog())

        # -- detail ---------------------------------------------------------------------
        self.detail_pane = QWidget(self)
        self.detail_pane.setObjectName("relationshipDetail")
        self.empty = QLabel(self.detail_pane)
        self.empty.setObjectName("detailEmpty")
        self.empty.setAlignment(Qt.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: #666; padding: 24px;")
        self.heading = QLabel(self.detail_pane)
        self.heading.setObjectName("pairName")
        self.heading.setStyleSheet("QLabel#pairName { font-size: 16px; font-weight: 600; }")
        self.heading.setWordWrap(True)
        self.subheading = QLabel(self.detail_pane)
        self.subheading.setWordWrap(True)
        self.subheading.setStyleSheet("color: #555;")
        self.health = QLabel(self.detail_pane)
        self.health.setObjectName("health")
        self.health.setWordWrap(True)
        self.timeline = StageTimeline(self.detail_pane)
        self.timeline.setObjectName("stageTimeline")

        self.tabs = QTabWidget(self.detail_pane)
        self.tabs.setObjectName("detailTabs")
        self.goals_model = GoalsModel(self)
        self.goals_table = _table(self, self.goals_model, "goalsTable")
        self.goals_table.setItemDelegateForColumn(rm.GOAL_PROGRESS, ProgressDelegate(self.goals_table))
        self.goals_table.setColumnWidth(rm.GOAL_TITLE, 220)
        self.goals_table.setColumnWidth(rm.GOAL_STATUS, 90)
        self.goals_table.setColumnWidth(rm.GOAL_PROGRESS, 110)
        self.goals_table.setColumnWidth(rm.GOAL_DUE, 85)
        self.goals_table.doubleClicked.connect(lambda _i: self.open_goal_dialog(edit=True))
        self.goals_table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.add_goal_button = QPushButton(self.tr("Add goal…"), self)
        self.edit_goal_button = QPushButton(self.tr("Edit goal…"), self)
        self.add_goal_button.clicked.connect(lambda: self.open_goal_dialog(edit=False))
        self.edit_goal_button.clicked.connect(lambda: self.open_goal_dialog(edit=True))
        self._make_delete_buttons()  # Delete goal… / Delete check-in… (relationship_records.py)
        goals_tab = QWidget(self)
        gl = QVBoxLayout(goals_tab)
        gl.addWidget(self.goals_table, 1)
        gb = QHBoxLayout()
        gb.addStretch(1)
        gb.addWidget(self.add_goal_button)
        gb.addWidget(self.edit_goal_button)
        gb.addWidget(self.delete_goal_button)
        gl.addLayout(gb)

        self.meetings_model = MeetingsModel(self)
        self.meetings_table = _table(self, self.meetings_model, "meetingsTable")
        for column, width in ((rm.MEETING_DATE, 85), (rm.MEETING_TIME, 55), (rm.MEETING_MINUTES, 70),
                              (rm.MEETING_MODE, 80), (rm.MEETING_OUTCOME, 175), (rm.MEETING_TOPICS, 200)):
            self.meetings_table.setColumnWidth(column, width)
        self.meetings_table.doubleClicked.connect(self._meeting_double_clicked)
        self.meetings_table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.delete_meeting_button = QPushButton(self.tr("Delete meeting…"), self)
        self.delete_meeting_button.setObjectName("deleteMeeting")
        self.delete_meeting_button.clicked.connect(self.confirm_delete_meeting)
        self.meetings_note = QLabel(self.tr("Newest first. Planned meetings that passed with nothing logged are "
                                            "shown in italics as “Planned, not logged (overdue)”. Notes are "
                                            "confidential. Double-click a meeting to correct it."), self)
        self.meetings_note.setWordWrap(True)
        self.meetings_note.setStyleSheet("color: #555;")
        meetings_tab = QWidget(self)
        ml = QVBoxLayout(meetings_tab)
        ml.addWidget(self.meetings_table, 1)
        mb = QHBoxLayout()
        mb.addWidget(self.meetings_note, 1)
        mb.addWidget(self.delete_meeting_button, 0, Qt.AlignTop)
        ml.addLayout(mb)

        self.checkins_model = CheckinsModel(self)
        self.checkins_table = _table(self, self.checkins_model, "checkinsTable")
        for column in range(self.checkins_model.columnCount()):
            self.checkins_table.setColumnWidth(column, 85 if column < 3 else 95)
        self.checkins_table.selectionModel().selectionChanged.connect(self._update_buttons)

        summary_tab = QWidget(self)
        sl = QVBoxLayout(summary_tab)
        self.hr_summary = QPlainTextEdit(summary_tab)
        self.hr_summary.setObjectName("hrSummary")
        self.hr_summary.setTabChangesFocus(True)
        self.hr_summary.setPlaceholderText(self.tr("HR's summary of this relationship and the next steps…"))
        self.save_summary_button = QPushButton(self.tr("Save summary"), summary_tab)
        self.save_summary_button.clicked.connect(self.save_summary)
        self.hr_summary.textChanged.connect(self._update_buttons)
        self.summary_conflict = QLabel(
            self.tr("Changed elsewhere meanwhile — saving will overwrite their summary"), summary_tab)
        self.summary_conflict.setObjectName("summaryConflict")
        self.summary_conflict.setWordWrap(True)
        self.summary_conflict.setStyleSheet("QLabel#summaryConflict { color: #8a4b00; }")
        self.summary_conflict.hide()
        self.history = QLabel(summary_tab)
        self.history.setObjectName("history")
        self.history.setWordWrap(True)
        self.history.setTextFormat(Qt.RichText)
        self.history.setAlignment(Qt.AlignTop | Qt.AlignLeft)
        self.history.setTextInteractionFlags(Qt.TextSelectableByMouse)
        sl.addWidget(QLabel(self.tr("<b>Summary and next steps</b>"), summary_tab))
        sl.addWidget(self.hr_summary, 1)
        sb = QHBoxLayout()
        sb.addWidget(self.summary_conflict, 1)
        sb.addWidget(self.save_summary_button)
        sl.addLayout(sb)
        history_scroll = QScrollArea(summary_tab)
        history_scroll.setWidgetResizable(True)
        history_scroll.setFrameShape(QFrame.NoFrame)
        history_scroll.setWidget(self.history)
        sl.addWidget(history_scroll, 1)

        self.tabs.addTab(goals_tab, self.tr("Goals"))
        self.tabs.addTab(meetings_tab, self.tr("Meetings"))
        self.tabs.addTab(self._checkins_tab(), self.tr("Check-ins"))
        self.tabs.addTab(summary_tab, self.tr("Summary"))

        dl = QVBoxLayout(self.detail_pane)
        dl.addWidget(self.empty)
        dl.addWidget(self.heading)
        dl.addWidget(self.subheading)
        dl.addWidget(self.health)
        dl.addWidget(self.timeline)
        dl.addWidget(self.tabs, 1)
        self._detail_widgets = (self.heading, self.subheading, self.health, self.timeline, self.tabs)

        # -- layout ---------------------------------------------------------------------
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Program"), self))
        filters.addWidget(self.program_filter)
        filters.addWidget(QLabel(self.tr("Status"), self))
        filters.addWidget(self.status_filter)
        filters.addWidget(self.search, 1)
        filters.addWidget(self.count_label)
        actions = QHBoxLayout()
        actions.addWidget(self.pair_button)
        actions.addWidget(self.intro_button)
        actions.addWidget(self.forms_button)
        actions.addStretch(1)
        for button in (self.meeting_button, self.checkin_button, self.stage_button, self.extend_button,
                       self.close_button, self.replace_button):
            actions.addWidget(button)
        splitter = QSplitter(Qt.Horizontal, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail_pane)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([600, 540])
        self.splitter = splitter
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(actions)
        layout.addWidget(splitter, 1)
        self._show_empty()
        self._update_buttons()

    def title(self) -> str:
        return self.tr("Relationships")

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
        self._all = []
        if db is not None:
            try:
                self._all = rel_service.list_relationships(db)
                programs = [(p.name, p.id) for p in programs_service.list_programs(db)]
            except MentorDeskError as exc:
                show_error(self, exc)
        chosen = self.program_filter.currentData()
        self.program_filter.blockSignals(True)
        self.program_filter.clear()
        self.program_filter.addItem(self.tr("All programs"), None)
        for name, pid in sorted(programs, key=lambda x: x[0].casefold()):
            self.program_filter.addItem(name, pid)
        self.program_filter.addItem(self.tr("No program"), NO_PROGRAM)
        self.program_filter.setCurrentIndex(max(0, self.program_filter.findData(chosen)))
        self.program_filter.blockSignals(False)
        self.apply_filter()
        if typing_for is not None and self.selected_id() != typing_for and any(r.id == typing_for
                                                                              for r in self._all):
            self.open_relationship(typing_for)

    def filtered(self) -> list[RelationshipSummary]:
        program = self.program_filter.currentData()
        status = self.status_filter.currentData()
        words = self.search.text().casefold().split()
        out = []
        for r in self._all:
            if status is not None and r.status != status:
                continue
            if program == NO_PROGRAM and r.program_id is not None:
                continue
            if program not in (None, NO_PROGRAM) and r.program_id != program:
                continue
            if words:
                names = f"{r.mentor_name} {r.mentee_name}".casefold()
                if not all(w in names for w in words):
                    continue
            out.append(r)
        return out

    def apply_filter(self, *_args) -> None:
        """Reset the model once, then put the selection back on the same relationship if it is still shown."""
        keep = self._current_id
        rows = self.filtered()
        self.model.set_rows(rows)
        locale = QLocale()
        if len(rows) == len(self._all):
            self.count_label.setText(self.tr("%Ln relationship(s)", "", len(rows)))
        else:
            self.count_label.setText(self.tr("{0} of {1} shown").format(locale.toString(len(rows)),
                                                                        locale.toString(len(self._all))))
        if keep is not None and self.select_relationship(keep):
            self._load_detail(keep)
            return
        self._current_id = None
        self._selection_changed()

    # -- selection ----------------------------------------------------------------------
    def selected(self) -> RelationshipSummary | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

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
        relax: list[Callable[[], None]] = [
            self.search.clear,
            lambda: self.program_filter.setCurrentIndex(0),
            lambda: self.status_filter.setCurrentIndex(self.status_filter.findData(None)),
        ]
        for step in relax:
            if self.model.row_of(rel_id) >= 0:
                break
            for widget in (self.search, self.program_filter, self.status_filter):
                widget.blockSignals(True)
            step()
            for widget in (self.search, self.program_filter, self.status_filter):
                widget.blockSignals(False)
            self.apply_filter()
        if not self.select_relationship(rel_id):
            return False
        self.table.setFocus()
        return True

    def _selection_changed(self, *_args) -> None:
        record = self.selected()
        if not summary_guard(self).allow_switch(record.id if record is not None else None):
            return  # an unsaved summary: HR is asked first (ui/views/summary_guard.py)
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
        elif not self._all:
            text = self.tr("No relationships yet. Pair two people, or approve a match on the Matching screen.")
        elif self.model.rowCount() == 0:
            text = self.tr("No relationship matches the filters.")
        else:
            text = self.tr("Select a relationship to see its stages, goals, meetings and check-ins.")
        self.empty.setText(text)
        self.empty.show()
        for w in self._detail_widgets:
            w.hide()
        self.timeline.clear()
        for m in (self.goals_model, self.meetings_model, self.checkins_model):
            m.set_rows([])

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
        self._show_detail(detail)
        self._update_buttons()

    def _show_detail(self, d: RelationshipDetail) -> None:
        s = d.summary
        self.empty.hide()
        for w in self._detail_widgets:
            w.show()
        self.heading.setText(self.tr("{0} mentoring {1}").format(s.mentor_name, s.mentee_name))
        parts = [s.program_name or self.tr("No program"),
                 self.tr("{0} to {1}").format(fmt_date(s.start), fmt_date(s.planned_end)),
                 cadence_labels().get(s.cadence, s.cadence), mode_labels().get(s.mode, s.mode)]
        if s.status != "active":
            parts.append(self.tr("Closed {0}: {1}").format(fmt_date(d.closed_on),
                                                          self._outcome_label(s.closure_outcome)))
        self.subheading.setText(" · ".join(parts))
        colour = HEALTH_COLOURS.get(s.health, "#eeeeee")
        reasons = "".join(f"<br>• {html.escape(r)}" for r in s.health_reasons)
        self.health.setText(f"<b>{html.escape(health_label(s.health))}</b>{reasons}")
        self.health.setStyleSheet(f"QLabel#health {{ background: {colour}; color: #1f1f1f; padding: 6px 8px;"
                                  " border: 1px solid #b8bcc2; border-radius: 3px; }")
        self.timeline.set_stages(s.stage, d.stages, closed=s.status != "active")

        keep_goal = self._selected_id(self.goals_table, self.goals_model)
        self.goals_model.set_rows(d.goals)
        if keep_goal:
            self._reselect(self.goals_table, self.goals_model.row_of(keep_goal))
        keep_meeting = self.selected_meeting()
        self.meetings_model.set_rows(meeting_rows(d.meetings, d.overdue_dates))
        if keep_meeting is not None:  # the automatic reload must not drop the meeting HR is about to act on
            self._reselect(self.meetings_table, self.meetings_model.find_row(
                lambda r: r.meeting is not None and r.meeting.id == keep_meeting.id))
        self.checkins_model.set_rows(sorted(d.checkins, key=lambda c: (c.date, c.role), reverse=True))
        self._show_summary(s.id, d.hr_summary)
        self.history.setText(self._history_html(d))

    def _summary_dirty(self) -> bool:
        return self._summary_for is not None and self.hr_summary.document().isModified()

    def _show_summary(self, rel_id: str, stored: str) -> None:
        """Show the stored summary unless HR is typing one for this pair.

        Reloads come every few seconds while a colleague works on the same file;
        replacing the editor's text would silently lose what HR typed. The typed
        text stays, and when the stored summary moved on since HR started, a
        notice says that saving overwrites the colleague's version (shown in the
        notice's tooltip).
        """
        if rel_id == self._summary_for and self._summary_dirty():
            typed = self.hr_summary.toPlainText()
            if typed == stored:  # both wrote the same: nothing left to save
                self.hr_summary.document().setModified(False)
                self._summary_base = stored
            conflict = stored not in (self._summary_base, typed)
            self.summary_conflict.setToolTip(self.tr("Their summary:\n{0}").format(stored) if conflict else "")
            self.summary_conflict.setVisible(conflict)
            return
        self._summary_for = rel_id
        self._summary_base = stored
        self.hr_summary.blockSignals(True)
        self.hr_summary.setPlainText(stored)
        self.hr_summary.document().setModified(False)
        self.hr_summary.blockSignals(False)
        self.summary_conflict.setToolTip("")
        self.summary_conflict.hide()

    def _history_html(self, d: RelationshipDetail) -> str:
        s = d.summary
        out = ["<p><b>" + html.escape(self.tr("Extensions")) + "</b><br>"]
        if d.extensions:
            for e in d.extensions:
                out.append(html.escape(self.tr("{0} → {1}: {2}").format(
                    fmt_date(e.previous_end), fmt_date(e.new_end), e.reason)) + "<br>")
        else:
            out.append(html.escape(self.tr("None.")))
        out.append("</p>")
        out.append("<p><b>" + html.escape(self.tr("Closure")) + "</b><br>")
        if s.status == "active":
            out.append(html.escape(self.tr("Still running; planned to end on {0}.").format(
                fmt_date(s.planned_end, QLocale.LongFormat))))
        else:
            out.append(html.escape(self.tr("{0} on {1}.").format(
                self._outcome_label(s.closure_outcome), fmt_date(d.closed_on, QLocale.LongFormat))))
            if d.closure_reason:
                out.append("<br>" + html.escape(self.tr("Reason: {0}").format(d.closure_reason)))
            if d.reflection:
                out.append("<br>" + html.escape(self.tr("Final reflection: {0}").format(d.reflection)))
        out.append("</p>")
        out.append(self._story_html(d))
        return "".join(out)

    def _outcome_label(self, outcome: str | None) -> str:
        """HR's closing choices plus "Mentor replaced", which only Replace mentor… writes."""
        if outcome == "mentor_replaced":
            return self.tr("Mentor replaced")
        return closure_labels().get(outcome or "", outcome or "")

    def _story_html(self, d: RelationshipDetail) -> str:
        """Where this relationship came from and went on to when a mentor was replaced."""
        lines = [self.tr("Continues the relationship with {0} ({1}–{2}).").format(
            e.mentor_name, fmt_date(e.start), fmt_date(e.ended) if e.ended else "?") for e in d.continues]
        if d.continued_by is not None:
            lines.append(self.tr("Continued with {0} from {1}.").format(
                d.continued_by.mentor_name, fmt_date(d.continued_by.start)))
        return "<p>" + "<br>".join(html.escape(x) for x in lines) + "</p>" if lines else ""

    @staticmethod
    def _selected_id(table: QTableView, model: RecordTableModel) -> str | None:
        rows = table.selectionModel().selectedRows()
        record = model.record(rows[0].row()) if rows else None
        return getattr(record, "id", None)

    @staticmethod
    def _reselect(table: QTableView, row: int) -> None:
        if row >= 0:
            table.selectionModel().setCurrentIndex(table.model().index(row, 0),
                                                   QItemSelectionModel.ClearAndSelect | QItemSelectionModel.Rows)

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
        self.meeting_button.setEnabled(writable and active)
        self.checkin_button.setEnabled(writable and active)
        # also at the last stage: the dialog offers HR's correction to an earlier one
        self.stage_button.setEnabled(writable and active and (rel.stage < LAST_STAGE or rel.stage > FIRST_STAGE))
        self.extend_button.setEnabled(writable and active)
        self.close_button.setEnabled(writable and active)
        self.replace_button.setEnabled(writable and active)
        self.add_goal_button.setEnabled(writable and active)
        self.edit_goal_button.setEnabled(writable and active
                                         and bool(self.goals_table.selectionModel().selectedRows()))
        self.delete_meeting_button.setEnabled(writable and rel is not None
                                              and self.selected_meeting() is not None)
        self._update_delete_buttons(writable, rel is not None)
        dirty = self._detail is not None and self.hr_summary.toPlainText() != self._detail.hr_summary
        self.save_summary_button.setEnabled(writable and rel is not None and dirty)

    # -- actions ------------------------------------------------------------------------
    def _open(self, make: Callable[[], QDialog]) -> QDialog | None:
        """Open a dialog window-modally; after a save, reload everything and keep the selection."""
        if self.db is None or self.is_readonly():
            return None
        try:
            dialog = make()
        except MentorDeskError as exc:
            show_error(self, exc)
            return None
        dialog.setAttribute(Qt.WA_DeleteOnClose)
        dialog.saved.connect(self._saved)
        dialog.finished.connect(lambda _r: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()
        return dialog

    def prepare_introduction(self) -> list:
        """Write the selected pair's introduction draft and open it in the mail program (ui/widgets/drafts)."""
        rel = self.selected()
        if self.db is None or rel is None:
            return []
        from ..widgets.drafts import prepare_introductions

        return prepare_introductions(self, self.db, [(rel.id, ())])

    def save_checkin_forms(self, folder=None):
        """Check-in forms for the selected pair, or for the program shown (ui/checkin_forms_actions)."""
        from ..checkin_forms_actions import save_checkin_forms

        rel = self.selected()
        if rel is not None:
            return save_checkin_forms(self, self.db, relationship_id=rel.id, folder=folder)
        program = self.program_filter.currentText() if self.program_filter.currentData() is not None else None
        return save_checkin_forms(self, self.db, program=program, folder=folder)

    def _saved(self, _id: str = "") -> None:
        self.window_.reload_all()

    def open_meeting_dialog(self, meeting=None) -> MeetingDialog | None:
        if self._detail is None or self.selected() is None:
            return None
        if meeting is None and not self._accepts_new_records():
            return None  # no form to fill in that could only be refused
        detail = self._detail
        return self._open(lambda: MeetingDialog(self.db, detail, self, meeting=meeting))

    def _meeting_double_clicked(self, index: QModelIndex) -> None:
        row = self.meetings_model.record(index.row())
        if row is not None and row.meeting is not None and not self.is_readonly():
            self.open_meeting_dialog(row.meeting)

    def selected_meeting(self) -> Meeting | None:
        """The logged meeting selected in the Meetings tab; None for a planned-but-not-logged row."""
        rows = self.meetings_table.selectionModel().selectedRows()
        row = self.meetings_model.record(rows[0].row()) if rows else None
        return row.meeting if row is not None else None

    def confirm_delete_meeting(self) -> QMessageBox | None:
        """Ask first: a deleted meeting leaves attendance, hours and health, and notes may be confidential."""
        meeting = self.selected_meeting()
        if meeting is None or self.db is None or self.is_readonly():
            return None
        outcome = outcome_labels().get(meeting.outcome, meeting.outcome)
        box = QMessageBox(QMessageBox.Question, self.tr("Delete meeting"),
                          self.tr("Delete the meeting of {0} ({1})? It no longer counts towards attendance, "
                                  "hours or health, and its notes are removed.").format(
                              fmt_date(meeting.date, QLocale.LongFormat), outcome),
                          QMessageBox.Yes | QMessageBox.Cancel, self)
        box.setObjectName("confirmDeleteMeeting")
        box.setDefaultButton(QMessageBox.Cancel)
        box.button(QMessageBox.Yes).setText(self.tr("Delete"))
        box.setAttribute(Qt.WA_DeleteOnClose)
        meeting_id = meeting.id  # the list may reload while the question is open
        box.accepted.connect(lambda: self._delete_meeting(meeting_id))
        box.finished.connect(lambda _r: setattr(self, "dialog", None))
        self.dialog = box
        box.open()
        return box

    def _delete_meeting(self, meeting_id: str) -> None:
        try:
            rel_service.delete_meeting(self.db, meeting_id)
        except MentorDeskError as exc:
            show_error(self, exc)
            return
        self.window_.reload_all()
        self.window_.statusBar().showMessage(self.tr("Meeting deleted."), 5000)

    def open_checkin_dialog(self) -> CheckinDialog | None:
        rel = self.selected()
        if rel is None or not self._accepts_new_records():
            return None
        return self._open(lambda: CheckinDialog(self.db, rel, self))

    def open_goal_dialog(self, edit: bool) -> GoalDialog | None:
        rel = self.selected()
        if rel is None or not self._accepts_new_records():
            return None
        goal: Goal | None = None
        if edit:
            rows = self.goals_table.selectionModel().selectedRows()
            goal = self.goals_model.record(rows[0].row()) if rows else None
            if goal is None:
                return None
        return self._open(lambda: GoalDialog(self.db, rel, self, goal=goal))

    def open_pair_dialog(self) -> PairDialog | None:
        dialog = self._open(lambda: PairDialog(self.db, self))
        if dialog is not None:
            dialog.saved.connect(self._paired)
        return dialog

    def _paired(self, rel_id: str) -> None:
        if rel_id:
            self.open_relationship(rel_id)

    def open_stage_dialog(self) -> NextStageDialog | None:
        rel = self.selected()
        return self._open(lambda: NextStageDialog(self.db, rel, self)) if rel else None

    def open_extend_dialog(self) -> ExtendDialog | None:
        rel = self.selected()
        return self._open(lambda: ExtendDialog(self.db, rel, self)) if rel else None

    def open_close_dialog(self) -> CloseDialog | None:
        """After closing, the pair stays selected even if the list only shows active ones."""
        rel = self.selected()
        dialog = self._open(lambda: CloseDialog(self.db, rel, self)) if rel else None
        if dialog is not None:
            dialog.saved.connect(self.open_relationship)
        return dialog

    def open_replace_dialog(self):
        """Replace mentor…; afterwards the new relationship is shown, with its story."""
        from ..dialogs.replace_mentor_dialog import ReplaceMentorDialog

        rel = self.selected()
        dialog = self._open(lambda: ReplaceMentorDialog(self.db, rel, self)) if rel else None
        if dialog is not None:
            dialog.saved.connect(self._replaced)
        return dialog

    def _replaced(self, rel_id: str) -> None:
        if rel_id:
            self.open_relationship(rel_id)

    def save_summary(self) -> None:
        if self._detail is None or self.db is None or self.is_readonly():
            return
        try:
            rel_service.set_hr_summary(self.db, self._detail.summary.id, self.hr_summary.toPlainText())
        except MentorDeskError as exc:
            show_error(self, exc)
            return
        self.hr_summary.document().setModified(False)  # saved: the reload may show the stored text again
        self.window_.reload_all()
        self.window_.statusBar().showMessage(self.tr("Summary saved."), 5000)
