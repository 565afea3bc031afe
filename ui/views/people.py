"""The People screen: everyone in the company, searchable, with a detail panel.

Built for 10,000 rows: the search keys (`services.people.search_text`) are
computed once per reload, filtering and sorting run in Python and reset the
model once (`RecordTableModel.set_rows`), the table has fixed row heights and
fixed column widths (no resize-to-contents, which measures every row).
"""

from __future__ import annotations

from PySide6.QtCore import QDate, QItemSelectionModel, QLocale, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from mentordesk.errors import MentorDeskError
from mentordesk.models import Person
from mentordesk.services import people as people_service
from ui.widgets.tables import record_table

from ..dialogs import privacy_dialogs as privacy
from ..dialogs.archive_warning import warn_still_paired
from ..dialogs.person_dialog import PersonDialog
from ..models import people_model as pm
from ..models.people_model import PeopleModel, role_label, status_label
from ..tasks import show_error
from ..widgets.portrait_chart import PortraitChart
from .base import View

#: Initial column widths in pixels; users can drag them, the last column stretches.
COLUMN_WIDTHS = {
    pm.NAME: 180, pm.EMPLOYEE_ID: 80, pm.EMAIL: 220, pm.DEPARTMENT: 100, pm.BRANCH: 90,
    pm.TITLE: 170, pm.LANGUAGES: 80, pm.HIRE_DATE: 90, pm.ROLE: 120, pm.STATUS: 70,
}


class PersonDetail(QScrollArea):
    """The selected person's fields and portrait; read from the file on each selection."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.NoFrame)
        body = QWidget(self)
        layout = QVBoxLayout(body)
        self.heading = QLabel(body)
        self.heading.setObjectName("personName")
        self.heading.setStyleSheet("QLabel#personName { font-size: 16px; font-weight: 600; }")
        self.heading.setWordWrap(True)
        self.subheading = QLabel(body)
        self.subheading.setWordWrap(True)
        self.subheading.setStyleSheet("color: #555;")
        self.empty = QLabel(body)
        self.empty.setObjectName("detailEmpty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignCenter)
        self.empty.setStyleSheet("color: #666; padding: 24px;")
        self.fields = QWidget(body)
        form = QFormLayout(self.fields)
        form.setContentsMargins(0, 0, 0, 0)
        self.values: dict[str, QLabel] = {}
        for key, label in (("email", self.tr("Email")), ("employee_id", self.tr("Employee ID")),
                           ("manager", self.tr("Manager")), ("hire_date", self.tr("Hire date")),
                           ("languages", self.tr("Languages")), ("role", self.tr("Role")),
                           ("capacity", self.tr("Mentor capacity")), ("status", self.tr("Status")),
                           ("notes", self.tr("Notes"))):
            value = QLabel(self.fields)
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextSelectableByMouse)
            self.values[key] = value
            form.addRow(label, value)
        self.portrait_heading = QLabel(self.tr("<b>Competency portrait</b>"), body)
        self.chart = PortraitChart(body)
        layout.addWidget(self.empty)
        layout.addWidget(self.heading)
        layout.addWidget(self.subheading)
        layout.addWidget(self.fields)
        layout.addSpacing(8)
        layout.addWidget(self.portrait_heading)
        layout.addWidget(self.chart)
        layout.addStretch(1)
        self.setWidget(body)
        self.show_empty(self.tr("Select a person to see their details."))

    def show_empty(self, text: str) -> None:
        self.empty.setText(text)
        self.empty.show()
        for w in (self.heading, self.subheading, self.fields, self.portrait_heading, self.chart):
            w.hide()

    def show_person(self, person: Person, manager: str) -> None:
        locale = QLocale()
        self.empty.hide()
        for w in (self.heading, self.subheading, self.fields, self.portrait_heading, self.chart):
            w.show()
        self.heading.setText(person.name)
        self.subheading.setText(" · ".join(x for x in (person.title, person.department, person.branch) if x))
        hire = person.hire_date
        values = {
            "email": person.email,
            "employee_id": person.employee_id,
            "manager": manager or "—",
            "hire_date": locale.toString(QDate(hire.year, hire.month, hire.day), QLocale.LongFormat)
            if hire else "—",
            "languages": ", ".join(person.languages) or "—",
            "role": role_label(person.role),
            "capacity": locale.toString(person.mentor_capacity)
            if person.mentor_capacity is not None and person.role in ("mentor", "both") else "—",
            "status": status_label(person),
            "notes": person.notes or "—",
        }
        for key, text in values.items():
            self.values[key].setText(text)
        self.chart.set_entries(person.portrait)


class PeopleView(View):
    """Search, sort, add, edit and archive people."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self._all: list[Person] = []
        self._all_keys: list[str] = []
        self._active: list[Person] = []
        self._active_keys: list[str] = []
        self._by_employee_id: dict[str, Person] = {}
        # Everyone shown (all or active) in the table's order, their search keys alongside,
        # for the base list and sort they were made for; then the last search and the
        # positions it matched, which a longer search only narrows.
        self._ordered: tuple[object, list[Person], list[str]] = (None, [], [])
        self._last_search: tuple[str, list[int]] | None = None
        self.dialog: PersonDialog | None = None

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

        self.model = PeopleModel(self)
        self.table = record_table(self, self.model, "peopleTable", row_padding=10)
        self.table.setHorizontalScrollMode(QAbstractItemView.ScrollPerPixel)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.Interactive)
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignLeft | Qt.AlignVCenter)
        for column, width in COLUMN_WIDTHS.items():
            self.table.setColumnWidth(column, width)
        header.setStretchLastSection(True)
        header.setSortIndicator(pm.NAME, Qt.AscendingOrder)
        self.table.setSortingEnabled(True)  # calls model.sort: Python sort, one layout change
        self.table.doubleClicked.connect(self._double_clicked)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        # issue 14: personal data rights on the person (ui/dialogs/privacy_dialogs.py)
        self.table.setContextMenuPolicy(Qt.CustomContextMenu)
        self.table.customContextMenuRequested.connect(lambda pos: self.person_menu().popup(
            self.table.viewport().mapToGlobal(pos)))

        self.detail = PersonDetail(self)
        self.detail.setMinimumWidth(300)

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.show_archived)
        top.addSpacing(12)
        top.addWidget(self.count_label)
        top.addStretch(0)
        top.addWidget(self.add_button)
        top.addWidget(self.edit_button)
        top.addWidget(self.archive_button)
        splitter = QSplitter(Qt.Horizontal, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([800, 340])
        self.splitter = splitter
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        self._update_buttons()
        self._update_count(0, 0)

    def title(self) -> str:
        return self.tr("People")

    # -- data ---------------------------------------------------------------------------
    def reload(self) -> None:
        """Read everyone once and precompute search keys; filtering then never touches the file."""
        db = self.db
        if db is None:
            self._all, self._all_keys = [], []
        else:
            try:
                self._all = people_service.list_people(db, include_archived=True)
            except MentorDeskError as exc:
                show_error(self, exc)
                self._all = []
            self._all_keys = [people_service.search_text(p) for p in self._all]
        self._active = [p for p in self._all if not p.archived]
        self._active_keys = [k for p, k in zip(self._all, self._all_keys, strict=True) if not p.archived]
        self._by_employee_id = {p.employee_id: p for p in self._all}
        self._ordered = (None, [], [])  # new lists: order them again (an id() may be reused)
        self.apply_filter()

    def apply_filter(self) -> None:
        """Filter over the precomputed keys and reset the model once; no sort per keystroke.

        Everyone is put in the table's order once per reload, archive toggle or header
        click; a keystroke then keeps the matching people of that ordered list, and
        typing more of a word only looks at the people the shorter text matched. The
        match is `services.people.filter_people`'s: every typed word in the key.
        """
        selected = self.selected_person()
        if self.show_archived.isChecked():
            base, keys = self._all, self._all_keys
        else:
            base, keys = self._active, self._active_keys
        made_for = (id(base), self.model.sort_state())
        if self._ordered[0] != made_for:
            order = self.model.sorted_order(base)
            self._ordered = (made_for, [base[i] for i in order], [keys[i] for i in order])
            self._last_search = None
        _, people, people_keys = self._ordered
        text = self.search.text()
        words = people_service.search_words(text)  # folded like the keys: no case, no accents
        last = self._last_search
        candidates = last[1] if last is not None and last[0] and text.startswith(last[0]) else range(len(people))
        matched = [i for i in candidates if all(w in people_keys[i] for w in words)]
        self._last_search = (text, matched)
        rows = [people[i] for i in matched]
        self.model.set_ordered_rows(rows)
        self._update_count(len(rows), len(base))
        if selected is not None and self.select_person(selected.id):
            return
        self._selection_changed()

    def _update_count(self, shown: int, total: int) -> None:
        locale = QLocale()
        if shown == total:
            text = self.tr("%Ln person(s)", "", total)
        else:
            text = self.tr("{0} of {1} shown").format(locale.toString(shown), locale.toString(total))
        self.count_label.setText(text)

    # -- selection ----------------------------------------------------------------------
    def selected_person(self) -> Person | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    def select_person(self, person_id: str) -> bool:
        row = self.model.row_of(person_id)
        if row < 0:
            return False
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.ClearAndSelect | QItemSelectionModel.Rows)
        self.table.scrollTo(index)
        return True

    def _selection_changed(self, *_args) -> None:
        self._update_buttons()
        person = self.selected_person()
        if person is None:
            if not self._all:
                if self.db is None:
                    text = self.tr("No file is open.")
                else:
                    text = self.tr("No people yet. Click Add… or use File > Import People… to load your HR export.")
            elif self.model.rowCount() == 0:
                text = self.tr("No one matches your search.")
            else:
                text = self.tr("Select a person to see their details.")
            self.detail.show_empty(text)
            return
        full = person
        if self.db is not None:
            try:
                full = people_service.get_person(self.db, person.id)  # with the portrait
            except MentorDeskError:
                full = person
        manager = self._by_employee_id.get(full.manager_employee_id or "")
        self.detail.show_person(full, f"{manager.name} ({manager.employee_id})" if manager
                                else (full.manager_employee_id or ""))

    # -- actions ------------------------------------------------------------------------
    def set_readonly(self, readonly: bool) -> None:
        self._update_buttons()

    def _update_buttons(self) -> None:
        person = self.selected_person()
        writable = not self.readonly
        self.add_button.setEnabled(writable)
        self.edit_button.setEnabled(writable and person is not None)
        self.archive_button.setEnabled(writable and person is not None)
        self.archive_button.setText(self.tr("Restore") if person is not None and person.archived
                                    else self.tr("Archive"))

    def _double_clicked(self, index: QModelIndex) -> None:
        if index.isValid() and not self.readonly:
            self.edit_selected()

    def edit_selected(self) -> None:
        person = self.selected_person()
        if person is not None:
            self.open_dialog(person.id)

    def open_dialog(self, person_id: str | None) -> PersonDialog | None:
        """Open the dialog window-modally (not exec()): the event loop keeps running."""
        if self.db is None or self.readonly:
            return None
        try:
            dialog = PersonDialog(self.db, person_id, self)
        except MentorDeskError as exc:
            show_error(self, exc)
            self.window_.reload_all()
            return None
        dialog.setAttribute(Qt.WA_DeleteOnClose)
        dialog.saved.connect(self._saved)
        dialog.finished.connect(lambda _result: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _saved(self, person_id: str) -> None:
        self.window_.reload_all()
        if not self.select_person(person_id):
            # Saved but filtered out (search or archive): clear the search so it is visible.
            self.search.clear()
            self.select_person(person_id)

    def toggle_archived(self) -> None:
        person = self.selected_person()
        if person is None or self.db is None or self.readonly:
            return
        affected = []
        try:
            affected = people_service.set_archived(self.db, person.id, not person.archived)
        except MentorDeskError as exc:
            show_error(self, exc)
        self.window_.reload_all()
        if affected:  # a pair left without a partner: warn, offer to close it (archive_warning.py)
            self.archive_warning = warn_still_paired(self, self.window_, person, affected)

    # -- personal data rights (issue 14) ------------------------------------------------------
    def person_menu(self) -> QMenu:
        """The selected person's menu: Edit, Export personal data…, Erase person…."""
        person, menu = self.selected_person(), QMenu(self)
        menu.setObjectName("personMenu")
        for text, slot, writes in ((self.tr("Edit…"), self.edit_selected, True),
                                   (self.tr("Export personal data…"), self.export_personal_data, False),
                                   (self.tr("Erase person…"), self.erase_person, True)):
            action = menu.addAction(text, slot)
            action.setEnabled(person is not None and self.db is not None and not (writes and self.readonly))
        menu.addSeparator()
        menu.addAction(self.tr("Erasure log and old backups…"), self.show_erasure_log).setEnabled(self.db is not None)
        return menu

    def show_erasure_log(self) -> privacy.ErasureLogDialog | None:
        if self.db is None:
            return None
        dialog = privacy.ErasureLogDialog(self.db, self)
        dialog.setAttribute(Qt.WA_DeleteOnClose)
        self.erasure_log_dialog = dialog
        dialog.open()
        return dialog

    def export_personal_data(self) -> None:
        person = self.selected_person()
        if person is not None and self.db is not None:
            privacy.export_personal_data(self, self.db, person.id, person.employee_id)

    def erase_person(self) -> privacy.EraseDialog | None:
        person = self.selected_person()
        if person is None or self.db is None or self.readonly:
            return None
        try:
            dialog = privacy.EraseDialog(self.db, person.id, self)
        except MentorDeskError as exc:
            show_error(self, exc)
            return None
        dialog.setAttribute(Qt.WA_DeleteOnClose)
        dialog.erased.connect(lambda _pid: self.window_.reload_all())
        self.erase_dialog = dialog
        dialog.open()
        return dialog
