"""The Attention screen: the HR manager's start page.

It answers "what needs me today?" first: a row of tiles for the state of the
program (how many relationships run, how many are healthy, how many mentees
wait), then the list of items to act on, most severe first. Everything comes
from `services.relationships` (health labels and `attention_list`); the view
never decides what needs attention itself, so the CLI, reports and this page
always agree.

From an item HR goes to where it can be fixed (the relationship, the programs
waiting list, the person), or snoozes it with a note. The snooze dialog is
opened with `open()`, not `exec()`, so the window keeps repainting and tests can
fill it in (the open dialog is `self.dialog`).
"""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import QDate, QItemSelectionModel, QLocale, QModelIndex, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
)

from mentordesk.errors import MentorDeskError
from mentordesk.relationship_models import AttentionItem, RelationshipSummary

# The reading and snoozing modules, not the `services.relationships` facade: that brings goals,
# attendance, undo and matching's scoring, ~30 ms of imports before the first screen (issue 15).
from mentordesk.services import attention as attention_service
from mentordesk.services import relationship_reading
from mentordesk.services.relationship_base import WAITING_KIND
from ui.widgets.tables import sortable_table

from .. import theme
from ..dialogs.snooze_dialog import SnoozeDialog
from ..models import attention_model as am
from ..models.attention_model import AttentionModel
from ..tasks import show_error
from .attention_tiles import TILES, SummaryTile, build_tiles, update_tiles  # noqa: F401 - TILES, SummaryTile kept importable here
from .base import View

#: Initial column widths in pixels; the detail column stretches.
COLUMN_WIDTHS = {am.SEVERITY: 96, am.KIND: 190, am.TITLE: 320, am.DUE: 90}

#: Items a reminder draft exists for (services.invitations.REMINDER_KINDS, without importing it at start).
REMINDER_KINDS = ("no_meeting", "checkin_overdue")

class AttentionView(View):
    """What needs HR: summary tiles, then the attention list with Open and Snooze."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.dialog: SnoozeDialog | None = None
        self._items: list[AttentionItem] = []
        self._summaries: list[RelationshipSummary] = []

        tiles_row, self.tiles = build_tiles(self, self._tile_captions())
        self._build_actions()
        self._build_table()
        self._build_empty()
        self._build_layout(tiles_row)
        self._show_items([])

    def _tile_captions(self) -> dict[str, tuple[str, str, str]]:
        """Caption, tooltip and accent role of each tile (translated here, in this screen's context)."""
        return {
            "active": (self.tr("Active relationships"),
                       self.tr("Mentoring relationships running now."), "accent"),
            "on_track": (self.tr("On track", "tile: how many relationships"),
                         self.tr("Active relationships whose meetings, check-ins and goals are in order."),
                         "success"),
            "needs_checkin": (self.tr("Need a check-in"),
                              self.tr("Active relationships where a check-in or a meeting is overdue."),
                              "caution"),
            "at_risk": (self.tr("At risk", "tile: how many relationships"),
                        self.tr("Active relationships with low scores, poor attendance or no recent meetings."),
                        "error"),
            "waiting": (self.tr("Mentees waiting"),
                        self.tr("Mentees on a program's waiting list for a mentor (snoozed ones not counted)."),
                        "caution"),
        }

    def _build_actions(self) -> None:
        """The list's heading, its count and the buttons acting on the selected item."""
        self.heading = QLabel(self.tr("What needs you"), self)
        self.heading.setObjectName("attentionHeading")
        theme.mark(self.heading, "title")
        self.count_label = QLabel(self)
        self.count_label.setObjectName("attentionCount")
        theme.mark(self.count_label, "caption")
        self.open_button = QPushButton(self.tr("Open"), self)
        self.open_button.setObjectName("openItem")
        self.open_button.setToolTip(self.tr("Go to the relationship, person or program this item is about."))
        self.snooze_button = QPushButton(self.tr("Snooze…"), self)
        self.snooze_button.setObjectName("snoozeItem")
        self.snooze_button.setToolTip(self.tr("Hide this item until a later day, with a note why."))
        self.open_button.clicked.connect(lambda: self.open_item())
        self.snooze_button.clicked.connect(lambda: self.snooze_selected())
        self.forms_button = QPushButton(self.tr("Check-in forms…"), self)
        self.forms_button.setObjectName("checkinForms")
        self.forms_button.setToolTip(self.tr("Save a fillable PDF form for every check-in due in the next two "
                                             "weeks (or overdue) in a folder, to send by e-mail."))
        self.forms_button.clicked.connect(lambda: self.save_checkin_forms())
        self.remind_button = QPushButton(self.tr("Prepare reminder…"), self)
        self.remind_button.setObjectName("prepareReminder")
        self.remind_button.setToolTip(self.tr("Write a reminder e-mail to whoever has to act on this item and "
                                              "open it in your mail program."))
        self.remind_button.clicked.connect(lambda: self.prepare_reminder())

    def _build_table(self) -> None:
        """The attention list, most severe first, the detail column taking the spare width."""
        self.model = AttentionModel(self)
        self.table = sortable_table(self, self.model, "attentionTable", row_padding=12, widths=COLUMN_WIDTHS,
                                    stretch=am.DETAIL, sort=(am.SEVERITY, Qt.AscendingOrder))
        self.table.setShowGrid(False)
        self.table.doubleClicked.connect(self._double_clicked)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())

    def _build_empty(self) -> None:
        """A sentence in place of the table when nothing needs HR (or no file is open)."""
        self.empty = QLabel(self)
        self.empty.setObjectName("attentionEmpty")
        self.empty.setAlignment(Qt.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setTextFormat(Qt.RichText)
        self.empty.setStyleSheet(theme.empty_sheet("attentionEmpty"))
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.table)
        self.pages.addWidget(self.empty)

    def _build_layout(self, tiles_row: QHBoxLayout) -> None:
        """Tiles on top, then the heading with the buttons, then the list."""
        bar = QHBoxLayout()
        bar.addWidget(self.heading)
        bar.addSpacing(8)
        bar.addWidget(self.count_label)
        bar.addStretch(1)
        bar.addWidget(self.open_button)
        bar.addWidget(self.remind_button)
        bar.addWidget(self.snooze_button)
        bar.addWidget(self.forms_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 12)
        layout.setSpacing(10)
        layout.addLayout(tiles_row)
        layout.addSpacing(6)
        layout.addLayout(bar)
        layout.addWidget(self.pages, 1)

    def title(self) -> str:
        return self.tr("Attention")

    # -- data ---------------------------------------------------------------------------
    def reload(self) -> None:
        """Ask the services again; keep the selected item selected if it is still listed."""
        selected = self.selected_item()
        db = self.db
        items: list[AttentionItem] = []
        summaries: list[RelationshipSummary] = []
        if db is not None:
            try:
                summaries = relationship_reading.list_relationships(db, status="active")
                items = attention_service.attention_list(db)
            except MentorDeskError as exc:
                show_error(self, exc)
        self._summaries, self._items = summaries, items
        self._update_tiles()
        self._show_items(items)
        if selected is not None:
            self.select_item(selected.key)

    def _update_tiles(self) -> None:
        update_tiles(self.tiles, None if self.db is None else self._summaries, self._items, WAITING_KIND)

    def _show_items(self, items: list[AttentionItem]) -> None:
        self.model.set_rows(items)
        locale = QLocale()
        if self.db is None:
            headline = self.tr("No file is open.")
            more = self.tr("Choose File > Open… or File > New… to start.")
        elif not items and self._no_people():
            headline = self.tr("Import your people next.")  # a new file: what to do, not "nothing to do"
            more = self.tr("Choose File > Import People… to load your HR system's export, then create a "
                           "program and enrol them. What needs you will show up here.")
        else:
            headline = self.tr("Nothing needs you today.")
            more = self.tr("Overdue meetings, check-ins and goals, relationships near their end and "
                           "mentees waiting for a mentor show up here.")
        self.empty.setText(f"<p style='font-size: 18px; font-weight: 600; color: {theme.css('card_text')};'>"
                           f"{html.escape(headline)}"
                           f"</p><p>{html.escape(more)}</p>")
        self.pages.setCurrentWidget(self.table if items else self.empty)
        if items:
            counts = self.model.count_by_severity()
            self.count_label.setText(self.tr("%Ln item(s): {0} high, {1} medium, {2} low", "", len(items)).format(
                locale.toString(counts["high"]),
                locale.toString(counts["medium"]), locale.toString(counts["low"])))
        else:
            self.count_label.setText("")
        self._update_buttons()

    def _no_people(self) -> bool:
        """A file with nobody in it yet (just made with File > New)."""
        from mentordesk.services import people as people_service

        try:
            return self.db is not None and people_service.count(self.db) == 0
        except MentorDeskError:
            return False

    def items(self) -> list[AttentionItem]:
        """The items as shown, in the table's current order."""
        return self.model.rows()

    def is_empty_state(self) -> bool:
        return self.pages.currentWidget() is self.empty

    # -- selection ----------------------------------------------------------------------
    def selected_item(self) -> AttentionItem | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    def select_item(self, key: str) -> bool:
        row = self.model.row_of(key)
        if row < 0:
            return False
        self._select_row(row)
        return True

    def _select_row(self, row: int) -> None:
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.ClearAndSelect | QItemSelectionModel.Rows)
        self.table.scrollTo(index)

    # -- actions ------------------------------------------------------------------------
    def set_readonly(self, readonly: bool) -> None:
        self._update_buttons()

    def _update_buttons(self) -> None:
        """Open only navigates, so it works read-only too; Snooze writes, so it needs a writable file."""
        item = self.selected_item()
        self.open_button.setEnabled(item is not None and self.db is not None)
        self.snooze_button.setEnabled(item is not None and not self.readonly)
        self.remind_button.setEnabled(item is not None and self.db is not None and item.relationship_id is not None
                                      and item.kind in REMINDER_KINDS)

    def _double_clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_item(self.model.record(index.row()))

    def open_item(self, item: AttentionItem | None = None) -> View | None:
        """Go where the item can be dealt with; returns the view shown, or None if there is none yet.

        Relationship items open the relationship; waiting mentees go to Programs,
        where they are enrolled and matched; other person items (a mentor who
        misses meetings) go to People with that person selected.
        """
        item = item or self.selected_item()
        if item is None:
            return None
        if item.relationship_id is not None:
            view = self.window_.show_view("RelationshipsView")
            opener = getattr(view, "open_relationship", None)
            if callable(opener):
                opener(item.relationship_id)
        elif item.kind == WAITING_KIND:
            view = self.window_.show_view("ProgramsView")
        else:
            view = self.window_.show_view("PeopleView")
            select = getattr(view, "select_person", None)
            if callable(select) and item.person_id is not None:
                select(item.person_id)
        if view is None:
            self._notify(self.tr("That screen is not available in this version."))
        return view

    def prepare_reminder(self, item: AttentionItem | None = None) -> list:
        """A reminder draft for an overdue meeting or check-in, opened in the mail program (ui/widgets/drafts)."""
        item = item or self.selected_item()
        if item is None or self.db is None or item.relationship_id is None or item.kind not in REMINDER_KINDS:
            return []
        from ..widgets.drafts import prepare_reminders

        role = item.key.rsplit(":", 1)[-1] if item.kind == "checkin_overdue" else None
        return prepare_reminders(self, self.db, item.relationship_id, item.kind,
                                 role if role in ("mentor", "mentee") else None)

    def save_checkin_forms(self, folder=None):
        """Forms for every due check-in of every program (ui/checkin_forms_actions)."""
        from ..checkin_forms_actions import save_checkin_forms

        return save_checkin_forms(self, self.db, folder=folder)

    def snooze_selected(self) -> SnoozeDialog | None:
        """Open the snooze dialog window-modally; the item is saved when the dialog is accepted."""
        item = self.selected_item()
        if item is None or self.db is None or self.readonly:
            return None
        dialog = SnoozeDialog(item, parent=self)
        dialog.setAttribute(Qt.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._save_snooze(dialog.item, dialog.until_date(), dialog.note_text()))
        dialog.finished.connect(lambda _result: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _save_snooze(self, item: AttentionItem, until: dt.date, note: str) -> None:
        if self.db is None or self.readonly:
            return
        row = self.model.row_of(item.key)
        try:
            attention_service.snooze(self.db, item.key, until, note)
        except MentorDeskError as exc:
            show_error(self, exc, self.tr("Not snoozed"))
            return
        reload_all = getattr(self.window_, "reload_all", None)
        if callable(reload_all):
            reload_all()
        else:
            self.reload()
        if self.model.rowCount():
            self._select_row(min(max(row, 0), self.model.rowCount() - 1))
        when = QLocale().toString(QDate(until.year, until.month, until.day), QLocale.LongFormat)
        self._notify(self.tr("Snoozed until {0}.").format(when))

    def _notify(self, text: str) -> None:
        status_bar = getattr(self.window_, "statusBar", None)
        if callable(status_bar):
            status_bar().showMessage(text, 8000)
