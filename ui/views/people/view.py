"""The People screen: everyone in the company, searchable and filterable, with Details and History.

Built for 50,000 rows: everyone is read as light rows (`services.people_list`:
the whole person is read when one is selected); the search keys (a column at a
time) are made once per reload, just after the list is shown (`search_keys.py`);
the list is sorted once per reload or header click,
filtered once per filter change (`filter_bar.py`), and a keystroke only keeps
the matching people of that result, typing more narrowing the last match; the
model is reset once (`set_ordered_rows`). The table has fixed row heights and
column widths (no resize-to-contents, which measures every row).
"""

from __future__ import annotations

from itertools import compress
from operator import attrgetter, not_

from PySide6.QtCore import QLocale, QModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from mentordesk import search_fold
from mentordesk.errors import MentorDeskError
from mentordesk.services import people as people_service
from mentordesk.services import people_filters, people_list
from mentordesk.services.people_list import PersonListRow
from mentordesk.services.person_history import person_history

from ...models.people_model import PeopleModel
from ...tasks import show_error
from ..base import View
from . import table as people_table
from .bulk_actions import BulkActions
from .columns import ColumnChooser
from .detail import PersonDetail
from .filter_bar import FilterBar, keep_function
from .history_pane import PersonHistoryPane
from .person_actions import PersonActions
from .search_keys import SearchKeys

_ARCHIVED = attrgetter("archived")

#: The search keys are made this long after a reload, once the list is painted (see search_keys.py).
KEYS_AFTER_MS = 50


class PeopleView(PersonActions, View):
    """Search, filter, sort, add, edit, archive, act on many people at once, read a person's history."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self._all: list[PersonListRow] = []
        self._active: list[PersonListRow] = []
        self._active_positions: list[int] = []  # where the active people are in `_all`
        self._keys = SearchKeys(None, [])
        self._by_employee_id: dict[str, PersonListRow] | None = None  # made when a detail needs a manager
        # Everyone shown (all or active) in the table's order with their positions in `_all`, for
        # the base list and sort they were made for (and their search keys, once made); then the
        # positions the filters keep, for those filters; then the last search and the positions it
        # matched, which a longer search only narrows.
        self._ordered: tuple[object, list[PersonListRow], list[int]] = (None, [], [])
        self._ordered_keys_for: tuple[object, list[str]] | None = None
        self._filtered: tuple[object, list[int] | range] = (None, range(0))
        self._last_search: tuple[str, list[int]] | None = None
        self.dialog = None
        self._build_top_row()
        self.filters = FilterBar(self)
        self.filters.setObjectName("peopleFilters")
        self.filters.changed.connect(self.apply_filter)
        self._build_selection_bar()
        self._build_table()
        self.bulk = BulkActions(self)
        self.columns = ColumnChooser(self.table)
        self._build_detail()
        layout = QVBoxLayout(self)
        layout.addLayout(self.top_row)
        layout.addWidget(self.filters)
        layout.addWidget(self.selection_bar)
        layout.addWidget(self.splitter, 1)
        self._update_buttons()
        self._update_count(0, 0)

    # -- building -------------------------------------------------------------------------
    def _build_top_row(self) -> None:
        self.search = QLineEdit(self)
        self.search.setObjectName("peopleSearch")
        self.search.setPlaceholderText(self.tr("Search name, email, department, branch, competency…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.apply_filter)
        self.show_archived = QCheckBox(self.tr("Show archived"), self)
        self.show_archived.toggled.connect(self.apply_filter)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("peopleCount")
        self.add_button = QPushButton(self.tr("Add…"), self)
        self.edit_button = QPushButton(self.tr("Edit…"), self)
        self.archive_button = QPushButton(self.tr("Archive"), self)
        self.add_button.clicked.connect(lambda: self.open_dialog(None))
        self.edit_button.clicked.connect(self.edit_selected)
        self.archive_button.clicked.connect(self.toggle_archived)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.show_archived)
        top.addSpacing(12)
        top.addWidget(self.count_label)
        top.addStretch(0)
        for button in (self.add_button, self.edit_button, self.archive_button):
            top.addWidget(button)
        self.top_row = top

    def _build_selection_bar(self) -> None:
        """Shown while several people are selected: what can be done to all of them at once."""
        bar = QWidget(self)
        bar.setObjectName("peopleSelectionBar")
        self.selection_label = QLabel(bar)
        self.role_button = QPushButton(self.tr("Change role…"), bar)
        self.role_button.setObjectName("peopleChangeRole")
        self.enrol_button = QPushButton(self.tr("Enrol in program…"), bar)
        self.enrol_button.setObjectName("peopleEnrol")
        self.role_button.clicked.connect(lambda: self.bulk.ask_role(self.selected_people()))
        self.enrol_button.clicked.connect(lambda: self.bulk.ask_enrol(self.selected_people()))
        row = QHBoxLayout(bar)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.selection_label, 1)
        row.addWidget(self.role_button)
        row.addWidget(self.enrol_button)
        bar.hide()
        self.selection_bar = bar

    def _build_table(self) -> None:
        self.model = PeopleModel(self)
        self.table = people_table.make_table(self, self.model)  # Ctrl/Shift-click for bulk actions
        self.table.doubleClicked.connect(self._double_clicked)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.setContextMenuPolicy(Qt.CustomContextMenu)
        self.table.customContextMenuRequested.connect(lambda pos: self.person_menu().popup(
            self.table.viewport().mapToGlobal(pos)))

    def _build_detail(self) -> None:
        self.detail = PersonDetail(self)
        self.history = PersonHistoryPane(self)
        self.history.setObjectName("personHistory")
        self.history.open_relationship.connect(self.open_relationship)
        self.detail_tabs = QTabWidget(self)
        self.detail_tabs.setObjectName("personTabs")
        self.detail_tabs.addTab(self.detail, self.tr("Details"))
        self.detail_tabs.addTab(self.history, self.tr("History"))
        self.detail_tabs.setMinimumWidth(300)
        self.detail_tabs.currentChanged.connect(lambda _i: self._show_history())
        splitter = QSplitter(Qt.Horizontal, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail_tabs)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([800, 340])
        self.splitter = splitter

    def title(self) -> str:
        return self.tr("People")

    # -- data ---------------------------------------------------------------------------
    def reload(self) -> None:
        """Read everyone once; filtering then never touches the file. The search keys are made
        just after the list is shown (`search_keys.py`), or at once if HR searches first."""
        db = self.db
        programs, members = [], {}
        self._all = []
        if db is not None:
            try:
                self._all = people_list.list_rows(db)
                programs, members = people_filters.program_choices(db), people_filters.program_members(db)
            except MentorDeskError as exc:
                show_error(self, exc)
                self._all = []
        self._keys = SearchKeys(db, self._all)
        # in C (`compress`, `map`): a Python loop over 50,000 rows here was ~4 % of the open
        self._active_positions = list(compress(range(len(self._all)), map(not_, map(_ARCHIVED, self._all))))
        self._active = list(map(self._all.__getitem__, self._active_positions))  # a new list: see _ordered
        self._by_employee_id = None
        self._ordered = (None, [], [])  # new lists: order them again (an id() may be reused)
        self.filters.fill(self._all, programs, members)
        self.history.person_id = None  # read again when next shown
        self.apply_filter()
        if self._all:
            QTimer.singleShot(KEYS_AFTER_MS, self, self._make_keys)  # ends with the screen

    def _make_keys(self) -> None:
        """Just after a reload: the keys, while the screen is shown and the file they are read
        from is still the open one (a hidden screen makes them when searched)."""
        if self.isVisible() and self.db is not None and self._keys.reads(self.db):
            self._ordered_keys()

    def search_ready(self) -> bool:
        """Whether the search keys of the list shown are made (a search before makes them)."""
        return self._keys.ready

    def apply_filter(self) -> None:
        """Sort once per reload/header click, filter once per filter change, then narrow by the search.

        The match is `services.people.filter_people`'s: every typed word in the key.
        """
        selected = self._selected_ids()
        base = self._all if self.show_archived.isChecked() else self._active
        made_for = (id(base), self.model.sort_state())
        if self._ordered[0] != made_for:
            order = self.model.sorted_order(base)
            if base is not self._all:  # positions in everyone's list, where the keys are
                order_in_all = list(map(self._active_positions.__getitem__, order))
            else:
                order_in_all = order
            self._ordered = (made_for, list(map(base.__getitem__, order)), order_in_all)
            self._ordered_keys_for = None
            self._filtered = (None, range(0))
        people = self._ordered[1]
        chosen = self.filters.current()
        if self._filtered[0] != (made_for, chosen):
            keep = keep_function(chosen, self.filters.members)
            kept = range(len(people)) if chosen.is_everyone else [i for i, p in enumerate(people) if keep(p)]
            self._filtered = ((made_for, chosen), kept)
            self._last_search = None
        text = self.search.text()
        matched = self._search(text)
        self._last_search = (text, matched)
        # One reset with rows already ordered; a copy, as the model may replace a row in place.
        rows = list(people) if len(matched) == len(people) else list(map(people.__getitem__, matched))
        self.model.set_ordered_rows(rows)
        self._update_count(len(rows), len(base))
        if not (selected and self._select_ids(selected)):
            self._selection_changed()

    def _ordered_keys(self) -> list[str]:
        """The search keys of the people in the table's order (made now if not made yet)."""
        made_for, _, order_in_all = self._ordered
        if self._ordered_keys_for is None or self._ordered_keys_for[0] != made_for:
            keys = self._keys.all()
            if self._keys.error is not None:
                error, self._keys.error = self._keys.error, None
                show_error(self, error)
            self._ordered_keys_for = (made_for, list(map(keys.__getitem__, order_in_all)))
        return self._ordered_keys_for[1]

    def _search(self, text: str) -> list[int] | range:
        """Positions (in the filtered, ordered list) whose key has every typed word.

        When HR typed more, only the last result is searched, and only for the words it was
        not already searched for (a word HR is still typing counts as new)."""
        words = people_service.search_words(text)  # folded like the keys: no case, no accents
        last = self._last_search
        if last is not None and last[0] and text.startswith(last[0]):
            done = set(people_service.search_words(last[0]))
            todo = [w for w in words if w not in done]
            return last[1] if not todo else search_fold.matching(self._ordered_keys(), todo, last[1])
        kept = self._filtered[1]
        if not words:
            return kept
        return search_fold.matching(self._ordered_keys(), words, None if isinstance(kept, range) else kept)

    def _update_count(self, shown: int, total: int) -> None:
        locale = QLocale()
        if shown == total:
            text = self.tr("%Ln person(s)", "", total)
        else:
            text = self.tr("{0} of {1} shown").format(locale.toString(shown), locale.toString(total))
        self.count_label.setText(text)

    # -- selection (read from and put back on the table: table.py) -------------------------
    def selected_people(self) -> list[PersonListRow]:
        return people_table.selected_people(self.table)

    def selected_person(self) -> PersonListRow | None:
        """The one person the detail pane shows: the current row if selected, else the first selected."""
        return people_table.selected_person(self.table)

    def _selected_ids(self) -> list[str]:
        return people_table.selected_ids(self.table)

    def _select_ids(self, person_ids: list[str]) -> bool:
        """Select these people where still shown, the first one current; False if none is shown."""
        if not people_table.select_ids(self.table, person_ids):
            return False
        self._selection_changed()
        return True

    def select_person(self, person_id: str) -> bool:
        return people_table.select_person(self.table, person_id)

    def _selection_changed(self, *_args) -> None:
        self._update_buttons()
        chosen = self.selected_people()
        if len(chosen) > 1:
            self.detail.show_empty(self.tr("%n people selected: archive them, change their role or enrol "
                                           "them in a program together.", "", len(chosen)))
            self.history.show_message(self.tr("Select one person to see their history."))
            return
        person = chosen[0] if chosen else None
        if person is None:
            self.detail.show_empty(self._empty_text())
            self.history.show_message(self.tr("Select a person to see their history."))
            return
        if self.db is None:
            return
        try:
            full = people_service.get_person(self.db, person.id)  # the whole person, with the portrait
        except MentorDeskError as exc:  # removed elsewhere since the list was read
            self.detail.show_empty(str(exc))
            return
        if self._by_employee_id is None:
            self._by_employee_id = {p.employee_id: p for p in self._all}
        manager = self._by_employee_id.get(full.manager_employee_id or "")
        self.detail.show_person(full, f"{manager.name} ({manager.employee_id})" if manager
                                else (full.manager_employee_id or ""))
        self._show_history()

    def _empty_text(self) -> str:
        if not self._all:
            if self.db is None:
                return self.tr("No file is open.")
            return self.tr("No people yet. Click Add… or use File > Import People… to load your HR export.")
        if self.model.rowCount() == 0:
            if not self.filters.current().is_everyone:
                return self.tr("No one matches your search and filters. Clear filters shows everyone.")
            return self.tr("No one matches your search.")
        return self.tr("Select a person to see their details.")

    def _show_history(self) -> None:
        """Read the history when its tab is shown (one service call), not on every selection."""
        if self.detail_tabs.currentWidget() is not self.history:
            return
        chosen = self.selected_people()
        if len(chosen) != 1 or self.db is None or self.history.person_id == chosen[0].id:
            return
        try:
            self.history.show_history(person_history(self.db, chosen[0].id))
        except MentorDeskError as exc:
            self.history.show_message(str(exc))

    def open_relationship(self, rel_id: str) -> bool:
        """From the History tab: show that relationship on the Relationships screen."""
        view = self.window_.show_view("RelationshipsView")
        return view is not None and view.open_relationship(rel_id)

    # -- buttons --------------------------------------------------------------------------
    def set_readonly(self, readonly: bool) -> None:
        self._update_buttons()

    def _update_buttons(self) -> None:
        chosen = self.selected_people()
        writable = not self.readonly
        self.add_button.setEnabled(writable)
        self.edit_button.setEnabled(writable and len(chosen) == 1)
        self.archive_button.setEnabled(writable and bool(chosen))
        archive = not chosen or any(not p.archived for p in chosen)
        self.archive_button.setText(self.tr("Archive") if archive else self.tr("Restore"))
        self.role_button.setEnabled(writable and bool(chosen))
        self.enrol_button.setEnabled(writable and bool(chosen))
        many = len(chosen) > 1
        if many:
            self.selection_label.setText(self.tr("%n people selected", "", len(chosen)))
        self.selection_bar.setVisible(many)

    def _double_clicked(self, index: QModelIndex) -> None:
        if index.isValid() and not self.readonly:
            self.edit_selected()
