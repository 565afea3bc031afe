"""The waiting list of the Matching screen: who waits for a mentor and why, before and after a run.

Before any run it lists the program's mentees without a mentor (the waitlisted ones
first: the matcher never pairs them, only HR can let them in); after a run, the
mentees the run could not place, with the reason and, on hovering, why the mentors
they asked for were not used.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from mentordesk.services import matching

from ... import theme
from ...models.proposals_model import WaitingModel
from ...widgets.tables import sortable_table


def translate(context: str, text: str) -> str:
    """QCoreApplication.translate under the name lupdate knows; each call spells its context."""
    return QCoreApplication.translate(context, text)


class WaitingListModel(WaitingModel):
    """`WaitingModel` whose reason also tells, on hover, why wished-for mentors were not used."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.columns[1] = replace(self.columns[1], tooltip=lambda w: "\n".join((w.reason, *w.wishes)))


class WaitingPane(QWidget):
    """Title with the count, a hint when someone is held back, and the table."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        self.title = QLabel(translate("MatchingView", "Waiting list"), self)
        theme.mark(self.title, "strong")
        layout.addWidget(self.title)
        self.hint = QLabel(self)
        self.hint.setObjectName("waitingHint")
        self.hint.setWordWrap(True)
        theme.mark(self.hint, "hint")
        self.hint.hide()
        layout.addWidget(self.hint)
        self.model = WaitingListModel(self)
        self.table = sortable_table(self, self.model, "waitingTable", stretch=1,
                                    sort=(2, Qt.AscendingOrder))  # longest waiting first
        layout.addWidget(self.table, 1)

    def show_waiting(self, waiting: list[matching.WaitingView], *, before_run: bool) -> None:
        """Fill the list; `before_run` says no match has been run for what is shown."""
        self.model.set_rows(waiting)
        self.table.resizeColumnToContents(0)
        self.table.resizeColumnToContents(2)
        count = QLocale().toString(len(waiting))
        title = translate("MatchWaiting", "Waiting list before the match ({0})") if before_run \
            else translate("MatchingView", "Waiting list ({0})")
        self.title.setText(title.format(count))
        held = sum(1 for w in waiting if w.held)
        self.hint.setText(translate("MatchWaiting", "Mentees on the waiting list are never matched: accept them "
                                                    "in Programs to include them in the next match.") if held else "")
        self.hint.setVisible(bool(held))

    def clear(self) -> None:
        self.model.set_rows([])
        self.title.setText(translate("MatchingView", "Waiting list"))
        self.hint.hide()
