"""Snooze one attention item: until when, and why.

The dialog only collects the decision; the Attention view saves it through
`services.relationships.snooze`, so every write goes through one place. A note
is required because a hidden item is easy to forget: the note tells the next
person (or HR in three weeks) why it was put aside.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from mentordesk.relationship_models import AttentionItem
from ui.widgets.forms import error_label
from ui.widgets.guarded_dialog import GuardedDialog

from .. import theme
from ..models.attention_model import full_title
from ..widgets.date_field import DateField

#: A week is long enough for a reminder email to be answered, short enough not to lose the item.
DEFAULT_SNOOZE_DAYS = 7


def _qdate(d: dt.date) -> QDate:
    return QDate(d.year, d.month, d.day)


class SnoozeDialog(GuardedDialog):
    """Choose a day after today and give a note; OK refuses an empty note on the spot."""

    def __init__(self, item: AttentionItem, today: dt.date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item = item
        today = today or dt.date.today()
        self.setWindowTitle(self.tr("Snooze"))

        what = QLabel(self)
        what.setObjectName("item")
        what.setWordWrap(True)
        what.setTextFormat(Qt.PlainText)
        what.setText(full_title(item))  # its kind in the window's language
        theme.mark(what, "strong")
        explain = QLabel(self.tr("Hide this item from the attention list until the day you choose. "
                                 "It comes back on that day if it still needs you."), self)
        explain.setWordWrap(True)
        theme.mark(explain, "hint")

        self.until = DateField(self)
        self.until.setObjectName("until")
        self.until.setMinimumDate(_qdate(today + dt.timedelta(days=1)))
        self.until.setDate(_qdate(today + dt.timedelta(days=DEFAULT_SNOOZE_DAYS)))
        self.note = QLineEdit(self)
        self.note.setObjectName("note")
        self.note.setPlaceholderText(self.tr("Why, e.g. “Asked Femke to book a meeting”"))
        self.note.textChanged.connect(lambda _text: self.errors.hide())

        self.errors = error_label(self)

        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, self)
        self.buttons.button(QDialogButtonBox.Ok).setText(self.tr("Snooze"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("&Until:"), self.until)
        form.addRow(self.tr("&Note:"), self.note)
        layout = QVBoxLayout(self)
        layout.addWidget(what)
        layout.addWidget(explain)
        layout.addLayout(form)
        layout.addWidget(self.errors)
        layout.addWidget(self.buttons)
        self.resize(440, 0)

    def until_date(self) -> dt.date:
        return self.until.date().toPython()

    def note_text(self) -> str:
        return self.note.text().strip()

    def accept(self) -> None:
        if not self.note_text():
            self.errors.setText(self.tr("Write a short note, so you remember why this was put aside."))
            self.errors.show()
            self.note.setFocus()
            return
        super().accept()
