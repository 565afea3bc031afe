"""The row above the Relationships list: program, status, a name search, and how many are shown.

The filters run in Python over the whole list the screen read once
(`RelationshipsView.reload`), so typing in the search asks the file nothing.
Texts keep the translation context "RelationshipsView", where the catalogs hold them.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QWidget

from mentordesk.relationship_models import RelationshipSummary

from ...models.relationships_model import health_label

NO_PROGRAM = "__none__"


def translate(context: str, text: str) -> str:
    """QCoreApplication.translate under the name lupdate knows; each call spells its context."""
    return QCoreApplication.translate(context, text)


class FilterBar(QWidget):
    """Program, status and search filters over the relationships list."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.program_filter = QComboBox(self)
        self.program_filter.setObjectName("programFilter")
        self.program_filter.setMinimumContentsLength(18)
        self.status_filter = QComboBox(self)
        self.status_filter.setObjectName("statusFilter")
        for label, key in ((translate("RelationshipsView", "Active"), "active"),
                           (health_label("closed"), "closed"),
                           (translate("RelationshipsView", "All"), None)):
            self.status_filter.addItem(label, key)
        self.search = QLineEdit(self)
        self.search.setObjectName("relationshipSearch")
        self.search.setPlaceholderText(translate("RelationshipsView", "Search mentor or mentee…"))
        self.search.setClearButtonEnabled(True)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("relationshipCount")

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)  # lines up with the buttons underneath, as one row of the screen
        layout.addWidget(QLabel(translate("RelationshipsView", "Program"), self))
        layout.addWidget(self.program_filter)
        layout.addWidget(QLabel(translate("RelationshipsView", "Status"), self))
        layout.addWidget(self.status_filter)
        layout.addWidget(self.search, 1)
        layout.addWidget(self.count_label)

    def on_change(self, apply: Callable[..., None]) -> None:
        """Run `apply` whenever a filter or the search text changes."""
        self.program_filter.currentIndexChanged.connect(apply)
        self.status_filter.currentIndexChanged.connect(apply)
        self.search.textChanged.connect(apply)

    def set_programs(self, programs: list[tuple[str, str]]) -> None:
        """Fill the program choice (name, id) by name, keeping the one chosen; emits nothing."""
        combo = self.program_filter
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(translate("RelationshipsView", "All programs"), None)
        for name, pid in sorted(programs, key=lambda x: x[0].casefold()):
            combo.addItem(name, pid)
        combo.addItem(translate("RelationshipsView", "No program"), NO_PROGRAM)
        combo.setCurrentIndex(max(0, combo.findData(chosen)))
        combo.blockSignals(False)

    def program_name(self) -> str | None:
        """The program chosen, by name; None for "All programs" (check-in forms are saved per program)."""
        return self.program_filter.currentText() if self.program_filter.currentData() is not None else None

    def keep(self, rows: list[RelationshipSummary]) -> list[RelationshipSummary]:
        """The relationships the filters and the search (every word, in either name) let through."""
        program = self.program_filter.currentData()
        status = self.status_filter.currentData()
        words = self.search.text().casefold().split()
        out = []
        for r in rows:
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

    def show_count(self, shown: int, total: int, all_shown: str) -> None:
        """`all_shown` is the screen's "%Ln relationship(s)" (a plural lupdate files under its class)."""
        if shown == total:
            self.count_label.setText(all_shown)
        else:
            locale = QLocale()
            self.count_label.setText(translate("RelationshipsView", "{0} of {1} shown").format(
                locale.toString(shown), locale.toString(total)))

    def relax_steps(self) -> list[Callable[[], None]]:
        """How to show a hidden relationship, one step at a time: search, then program, then status."""
        return [
            self.search.clear,
            lambda: self.program_filter.setCurrentIndex(0),
            lambda: self.status_filter.setCurrentIndex(self.status_filter.findData(None)),
        ]

    def block(self, blocked: bool) -> None:
        for widget in (self.search, self.program_filter, self.status_filter):
            widget.blockSignals(blocked)
