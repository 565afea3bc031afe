"""Dialogs for enrolment decisions: enrol people, give a reason, choose preferred mentors.

None of them writes to the file: they collect a decision, and the screen saves it
through the services. Enrolling the people chosen here (from the Programs screen
or the People screen's bulk action) runs `services.people_bulk.enrol` through
`enrol_in_background`: one transaction with a backup and an Edit > Undo entry,
off the window's thread with a progress bar and Cancel. Enrolling 418 people one
transaction each used to freeze the window for 55 seconds.

The people table is built for a whole company: fixed row heights and column
widths (resizing to contents measured every row of every column), and the search
filters precomputed keys.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from mentordesk import vocabulary
from mentordesk.i18n import current
from mentordesk.models import Person
from mentordesk.services import people as people_service
from mentordesk.services import people_bulk
from mentordesk.services.mentor_pool import MAX_PREFERRED
from ui.widgets.forms import error_label
from ui.widgets.guarded_dialog import GuardedDialog
from ui.widgets.tables import reselect, selected_records, sortable_table

from ..models.table import Column, RecordTableModel
from ..tasks import Task, run_in_background

#: Initial widths of the people table's columns (HR can drag them); the last one stretches.
PICK_WIDTHS = (200, 120, 110, 150)


def enrol_status_items() -> list[tuple[str, str]]:
    """The decisions people can be enrolled with together (declining or waitlisting needs a reason each)."""
    return [("applied", QCoreApplication.translate("EnrolDialog", "Applied (HR decides later)")),
            ("accepted", vocabulary.said(vocabulary.PARTICIPANT_STATUS_NAMES, "accepted", current()))]


def enrol_in_background(parent: QWidget, db_path: Path, program_id: str, person_ids: list[str], role: str,
                        status: str, *, on_done: Callable[[people_bulk.BulkResult], None],
                        on_cancel: Callable[[], None] | None = None) -> Task:
    """Enrol everyone chosen in one undoable transaction on a worker thread; `on_done` gets the result."""
    return run_in_background(
        parent, lambda ctx: people_bulk.enrol(ctx.db, program_id, person_ids, role, status,
                                              progress=ctx.progress, cancelled=ctx.cancelled),
        label=QCoreApplication.translate("EnrolDialog", "Enrolling people…"), db_path=db_path,
        on_success=on_done, on_cancel=on_cancel)


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
        for value, text in enrol_status_items():
            self.status.addItem(text, value)

        self.model = PeoplePickModel(enrolled, self)
        self.table = sortable_table(self, self.model, "people", row_padding=8, many=True,
                                    widths=dict(enumerate(PICK_WIDTHS)), sort=(0, Qt.AscendingOrder))
        self.model.set_rows(self._people)  # sorted by name as it is set (the model keeps its sort)

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
        self.table.selectionModel().clearSelection()
        reselect(self.table, lambda person: person.name, set(names))

    def selected_people(self) -> list[Person]:
        return selected_records(self.table)

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
        # The prompt wraps at this width: ask the layout how tall that makes it, or the reason box
        # is drawn over the buttons (a top-level layout sizes from the unwrapped label).
        height = max(self.sizeHint().height(), layout.totalHeightForWidth(420))
        self.setMinimumHeight(height)
        self.resize(420, height)

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
