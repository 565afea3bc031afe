"""What the relationship dialogs share: a red error label, OK/Cancel, and `run()` around one service call.

Its own module so the pairing dialog, the stage/extend/close dialogs and the
replace-mentor dialog can share it without importing each other.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton, QWidget

from mentordesk.errors import MentorDeskError, ValidationError
from mentordesk.storage.database import Database
from ui.widgets.forms import error_label
from ui.widgets.guarded_dialog import GuardedDialog

from ..models.relationships_model import qdate
from ..widgets.date_field import DateField


def date_edit(parent: QWidget, value: date, name: str) -> DateField:
    """A date field named for tests and starting on `value`."""
    edit = DateField(parent)
    edit.setObjectName(name)
    edit.setDate(qdate(value))
    return edit


class ServiceDialog(GuardedDialog):
    """Shared plumbing: a red error label, OK/Cancel, and `run()` that keeps the dialog open on refusal."""

    saved = Signal(str)

    def __init__(self, db: Database, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.db = db
        self.errors = error_label(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, self)
        self.ok_button: QPushButton = self.buttons.button(QDialogButtonBox.Ok)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def show_problems(self, problems: list[str]) -> None:
        self.errors.setText("\n".join(problems))
        self.errors.setVisible(bool(problems))

    def run(self, action, result_id: str) -> None:
        try:
            returned = action()
        except ValidationError as exc:
            self.show_problems(exc.problems)
            return
        except MentorDeskError as exc:
            self.show_problems([str(exc)])
            return
        self.show_problems([])
        self.saved.emit(returned if isinstance(returned, str) else result_id)
        QDialog.accept(self)
