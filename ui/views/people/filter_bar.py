"""The filters above the People list: department, branch, role and program, each starting at "All".

The choices come from the data (the departments and branches people have, the
programs in the file), refilled on every reload while keeping what HR chose if
it still exists. Filtering itself is a plain Python test per person
(`PeopleFilter.keep`), run once when a filter changes; the search box then only
narrows that result (see `view.PeopleView.apply_filter`), so a keystroke costs
no more with filters than without, at 50,000 people too.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from operator import attrgetter

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QWidget

from mentordesk.models import ROLES, Person
from mentordesk.services.people_filters import ProgramChoice

from ...models.people_model import role_label


@dataclass(frozen=True)
class PeopleFilter:
    """The chosen filters; None is "All". Equal filters give equal results (used as a cache key)."""

    department: str | None = None
    branch: str | None = None
    role: str | None = None
    program_id: str | None = None

    @property
    def is_everyone(self) -> bool:
        return self == PeopleFilter()


def keep_function(chosen: PeopleFilter, members: Mapping[str, frozenset[str]]):
    """A test `person -> bool` for the chosen filters, with the program's people looked up once."""
    enrolled = members.get(chosen.program_id, frozenset()) if chosen.program_id is not None else None

    def keep(p: Person) -> bool:
        return ((chosen.department is None or p.department == chosen.department)
                and (chosen.branch is None or p.branch == chosen.branch)
                and (chosen.role is None or p.role == chosen.role)
                and (enrolled is None or p.id in enrolled))

    return keep


class FilterBar(QWidget):
    """Four combo boxes and "Clear filters"; `changed` fires once per choice HR makes."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.members: dict[str, frozenset[str]] = {}
        self.department = self._combo("peopleDepartmentFilter")
        self.branch = self._combo("peopleBranchFilter")
        self.role = self._combo("peopleRoleFilter")
        self.program = self._combo("peopleProgramFilter")
        self.clear_button = QPushButton(self.tr("Clear filters"), self)
        self.clear_button.setObjectName("peopleClearFilters")
        self.clear_button.clicked.connect(self.clear)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for text, combo in ((self.tr("Department:"), self.department), (self.tr("Branch:"), self.branch),
                            (self.tr("Role:"), self.role), (self.tr("Program:"), self.program)):
            label = QLabel(text, self)
            label.setBuddy(combo)
            layout.addWidget(label)
            layout.addWidget(combo, 1)
        layout.addWidget(self.clear_button)
        self.fill([], [], {})
        self._update_clear()

    def _combo(self, name: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        combo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(8)
        combo.currentIndexChanged.connect(self._chosen)
        return combo

    # -- choices ----------------------------------------------------------------------------
    def fill(self, people: Iterable[Person], programs: list[ProgramChoice],
             members: Mapping[str, frozenset[str]]) -> None:
        """Offer what the data holds; a choice that still exists stays chosen (no `changed` signal)."""
        people = list(people)
        self.members = dict(members)
        # set(map(attrgetter)) runs in C: 50,000 people are read at every reload
        departments = sorted(set(map(attrgetter("department"), people)) - {"", None}, key=str.casefold)
        branches = sorted(set(map(attrgetter("branch"), people)) - {"", None}, key=str.casefold)
        self._refill(self.department, self.tr("All departments"), [(d, d) for d in departments])
        self._refill(self.branch, self.tr("All branches"), [(b, b) for b in branches])
        self._refill(self.role, self.tr("All roles"), [(r, role_label(r)) for r in ROLES])
        self._refill(self.program, self.tr("All programs"), [
            (c.id, self.tr("{0} (archived)").format(c.name) if c.archived else c.name) for c in programs])
        self._update_clear()

    def _refill(self, combo: QComboBox, everyone: str, items: list[tuple[str, str]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        try:
            combo.clear()
            combo.addItem(everyone, None)
            for value, text in items:
                combo.addItem(text, value)
                combo.setItemData(combo.count() - 1, text, Qt.ToolTipRole)  # the full name if cut
            combo.setCurrentIndex(max(0, combo.findData(current)) if current is not None else 0)
        finally:
            combo.blockSignals(False)

    # -- state ------------------------------------------------------------------------------
    def current(self) -> PeopleFilter:
        return PeopleFilter(self.department.currentData(), self.branch.currentData(), self.role.currentData(),
                            self.program.currentData())

    def choose(self, combo: QComboBox, value: str | None) -> bool:
        """Select `value` in one of the combos (as a click would); False when it is not offered."""
        index = combo.findData(value) if value is not None else 0
        if index < 0:
            return False
        combo.setCurrentIndex(index)
        return True

    def clear(self) -> None:
        if self.current().is_everyone:
            return
        for combo in (self.department, self.branch, self.role, self.program):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self._chosen()

    def _chosen(self, *_args) -> None:
        self._update_clear()
        self.changed.emit()

    def _update_clear(self) -> None:
        self.clear_button.setEnabled(not self.current().is_everyone)
