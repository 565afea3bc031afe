"""Dialogs for enrolment decisions: enrol people, give a reason, choose preferred mentors.

None of them writes to the file: they collect a decision and the Programs view
saves it through `services.programs`, so every write goes through one place.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mentordesk.models import Person
from mentordesk.services import people as people_service
from mentordesk.services.mentor_pool import MAX_PREFERRED
from ui.widgets.forms import error_label
from ui.widgets.guarded_dialog import GuardedDialog

from ..models.table import Column, RecordRole, RecordTableModel


class PeoplePickModel(RecordTableModel[Person]):
    """People to enrol; `enrolled` notes who is already in the program and as what."""

    def __init__(self, enrolled: dict[str, str], parent=None) -> None:
        super().__init__([], parent)
        self.enrolled = enrolled
        self.columns = [
            Column(self.tr("Name"), lambda p: p.name),
            Column(self.tr("Department"), lambda p: p.department),
            Column(self.tr("Branch"), lambda p: p.branch),
            Column(self.tr("Title"), lambda p: p.title),
            Column(self.tr("In this program"), lambda p: self.enrolled.get(p.id, "")),
        ]


class EnrolDialog(GuardedDialog):
    """Search people, choose mentor or mentee, pick several, enrol them as applied or accepted."""

    def __init__(self, people: list[Person], enrolled: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Enrol people"))
        self.resize(720, 520)
        self._people = [p for p in people if not p.archived]
        self._keys = [people_service.search_text(p) for p in self._people]

        self.search = QLineEdit(self)
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.tr("Search name, department, branch, title, competency…"))
        self.search.setClearButtonEnabled(True)
        self.role = QComboBox(self)
        self.role.setObjectName("role")
        self.role.addItem(self.tr("Mentor"), "mentor")
        self.role.addItem(self.tr("Mentee"), "mentee")
        self.status = QComboBox(self)
        self.status.setObjectName("status")
        self.status.addItem(self.tr("Applied (HR decides later)"), "applied")
        self.status.addItem(self.tr("Accepted"), "accepted")

        self.model = PeoplePickModel(enrolled, self)
        self.table = QTableView(self)
        self.table.setObjectName("people")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.ExtendedSelection)
        self.table.setSortingEnabled(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.model.set_rows(self._people)
        self.table.sortByColumn(0, Qt.AscendingOrder)

        self.count = QLabel(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, self)
        self.buttons.button(QDialogButtonBox.Ok).setText(self.tr("Enrol"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("&Search:"), self.search)
        choices = QHBoxLayout()
        choices.addWidget(QLabel(self.tr("Enrol as:"), self))
        choices.addWidget(self.role)
        choices.addSpacing(16)
        choices.addWidget(QLabel(self.tr("Status:"), self))
        choices.addWidget(self.status)
        choices.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(choices)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)
        layout.addWidget(self.buttons)

        self.search.textChanged.connect(self._filter)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self._selection_changed()

    def _filter(self, text: str) -> None:
        self.model.set_rows(people_service.filter_people(self._people, text, self._keys))
        self._selection_changed()

    def _selection_changed(self, *_args) -> None:
        n = len(self.selected_people())
        if n == 0:
            text = self.tr("No one selected; Ctrl- or Shift-click to select several people.")
        else:
            text = self.tr("%Ln person(s) selected", "", n)
        self.count.setText(text)
        self.buttons.button(QDialogButtonBox.Ok).setEnabled(n > 0)

    def select_names(self, names: list[str]) -> None:
        """Select the listed people (for keyboard-free use, e.g. tests and 'select all matches')."""
        sel = self.table.selectionModel()
        sel.clearSelection()
        for row, person in enumerate(self.model.rows()):
            if person.name in names:
                sel.select(self.model.index(row, 0),
                           QItemSelectionModel.Select | QItemSelectionModel.Rows)

    def selected_people(self) -> list[Person]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.index(r, 0).data(RecordRole) for r in rows]

    def chosen_role(self) -> str:
        return self.role.currentData()

    def chosen_status(self) -> str:
        return self.status.currentData()


class ReasonDialog(GuardedDialog):
    """Ask why: declining or waitlisting someone needs a reason they can be told."""

    def __init__(self, title: str, prompt: str, required: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.required = required
        self.prompt = QLabel(prompt, self)
        self.prompt.setWordWrap(True)
        self.reason = QPlainTextEdit(self)
        self.reason.setObjectName("reason")
        self.reason.setFixedHeight(80)
        self.errors = error_label(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.prompt)
        layout.addWidget(self.reason)
        layout.addWidget(self.errors)
        layout.addWidget(self.buttons)
        self.resize(420, 0)

    def text(self) -> str:
        return self.reason.toPlainText().strip()

    def accept(self) -> None:
        if self.required and not self.text():
            self.errors.setText(self.tr("Give a reason, so the person can be told why."))
            self.errors.show()
            return
        super().accept()


class PreferencesDialog(GuardedDialog):
    """Choose the people someone would like to be paired with.

    For a mentee: up to three mentors, a fourth tick is refused on the spot. For a
    mentor (`limit=None`): any number of mentees they would like to take.
    """

    def __init__(self, mentee_name: str, mentors: list[tuple[str, str]], chosen: list[str],
                 parent: QWidget | None = None, *, limit: int | None = MAX_PREFERRED) -> None:
        super().__init__(parent)
        self.limit = limit
        self.setWindowTitle(self.tr("Preferred mentors") if limit else self.tr("Mentees they would like"))
        self._order: list[str] = [pid for pid in chosen if pid in {m[0] for m in mentors}][:limit]
        if limit:
            text = self.tr("Mentors {0} would like to work with (at most {1}):").format(mentee_name, limit)
        else:
            text = self.tr("Mentees {0} would like to take:").format(mentee_name)
        label = QLabel(text, self)
        label.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setObjectName("mentors")
        for person_id, name in mentors:
            item = QListWidgetItem(name, self.list)
            item.setData(Qt.UserRole, person_id)
            item.setFlags(item.flags() | Qt.ItemIsUserCheckable)
            item.setCheckState(Qt.Checked if person_id in self._order else Qt.Unchecked)
        self.list.itemChanged.connect(self._changed)
        self.errors = error_label(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.errors)
        layout.addWidget(self.buttons)
        self.resize(380, 420)

    def _changed(self, item: QListWidgetItem) -> None:
        person_id = item.data(Qt.UserRole)
        if item.checkState() == Qt.Checked:
            if person_id in self._order:
                return
            if self.limit is not None and len(self._order) >= self.limit:
                self.list.blockSignals(True)
                item.setCheckState(Qt.Unchecked)
                self.list.blockSignals(False)
                self.errors.setText(self.tr("At most {0} preferred mentors: untick one first.").format(self.limit))
                self.errors.show()
                return
            self._order.append(person_id)
        elif person_id in self._order:
            self._order.remove(person_id)
        self.errors.hide()

    def set_checked(self, person_id: str, checked: bool) -> None:
        for i in range(self.list.count()):
            item = self.list.item(i)
            if item.data(Qt.UserRole) == person_id:
                item.setCheckState(Qt.Checked if checked else Qt.Unchecked)

    def chosen_ids(self) -> list[str]:
        """In the order they were ticked: the first is the mentee's first choice."""
        return list(self._order)
