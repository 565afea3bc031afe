"""Edit a program's introduction and reminder e-mails, with the placeholders checked before saving.

The texts and their check live in `services.message_templates`; this dialog
shows the placeholders, keeps what HR typed per text while switching between
them, and saves the one shown. A text with an unknown placeholder (a typo such
as ``$mentee`` for ``$mentee_name``) is refused with the reason in the dialog,
so it never goes out verbatim to a mentee.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mentordesk.errors import MentorDeskError
from mentordesk.models import Program
from mentordesk.services import message_templates as texts
from ui.widgets.forms import error_label
from ui.widgets.guarded_dialog import GuardedDialog

from .. import theme


class MessageTextDialog(GuardedDialog):
    """One program's e-mail texts; Save stores the text shown, Close leaves."""

    def __init__(self, db, program: Program, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.program = program
        self.setWindowTitle(self.tr("E-mail texts of {0}").format(program.name))
        self._typed: dict[str, tuple[str, str]] = {}
        self._shown: str | None = None

        self.kind = QComboBox(self)
        self.kind.setObjectName("kind")
        labels = {"introduction": self.tr("Introduction of a new pair"),
                  "reminder_meeting": self.tr("Reminder: no recent meeting"),
                  "reminder_checkin": self.tr("Reminder: check-in overdue")}
        for key in texts.KINDS:
            self.kind.addItem(labels.get(key, key), key)
        self.subject = QLineEdit(self)
        self.subject.setObjectName("subject")
        self.body = QPlainTextEdit(self)
        self.body.setObjectName("body")
        self.body.setMinimumHeight(260)
        names = ", ".join(f"${name}" for name in texts.PLACEHOLDERS)
        hint = QLabel(self.tr("Placeholders (a name after $ is filled in for each e-mail): {0}").format(names), self)
        hint.setWordWrap(True)
        theme.mark(hint, "hint")
        self.errors = error_label(self)
        self.saved_label = QLabel(self)
        self.saved_label.setObjectName("saved")

        self.buttons = QDialogButtonBox(QDialogButtonBox.Close, self)
        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.setObjectName("save")
        self.reset_button = QPushButton(self.tr("Use MentorDesk's text"), self)
        self.reset_button.setObjectName("reset")
        self.buttons.addButton(self.save_button, QDialogButtonBox.ActionRole)
        self.buttons.addButton(self.reset_button, QDialogButtonBox.ResetRole)
        self.buttons.rejected.connect(self.reject)
        self.save_button.clicked.connect(self.save)
        self.reset_button.clicked.connect(self.reset)
        self.kind.currentIndexChanged.connect(lambda _i: self._show_kind())
        for edit in (self.subject, self.body):
            edit.textChanged.connect(self._edited)

        form = QFormLayout()
        form.addRow(self.tr("Text"), self.kind)
        form.addRow(self.tr("Subject"), self.subject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.body, 1)
        layout.addWidget(hint)
        layout.addWidget(self.errors)
        layout.addWidget(self.saved_label)
        layout.addWidget(self.buttons)
        self.resize(640, 560)
        self._show_kind()

    def current_kind(self) -> str:
        return self.kind.currentData()

    def _show_kind(self) -> None:
        if self._shown is not None:
            self._typed[self._shown] = (self.subject.text(), self.body.toPlainText())
        kind = self.current_kind()
        stored = texts.get_template(self.db, self.program.id, kind)
        subject, body = self._typed.get(kind, (stored.subject, stored.body))
        self._shown = None  # no "edited" bookkeeping while filling in
        self.subject.setText(subject)
        self.body.setPlainText(body)
        self._shown = kind
        self.errors.hide()
        self.saved_label.clear()

    def _edited(self) -> None:
        self.errors.hide()
        self.saved_label.clear()

    def save(self) -> bool:
        """Store the shown text; the problems are shown (and nothing is saved) when a placeholder is wrong."""
        kind = self.current_kind()
        try:
            texts.save_template(self.db, self.program.id, kind, self.subject.text(), self.body.toPlainText())
        except MentorDeskError as exc:
            self.errors.setText(str(exc))
            self.errors.show()
            return False
        self._typed.pop(kind, None)
        self.saved_label.setText(self.tr("Saved."))
        return True

    def reset(self) -> None:
        kind = self.current_kind()
        try:
            texts.reset_template(self.db, self.program.id, kind)
        except MentorDeskError as exc:
            self.errors.setText(str(exc))
            self.errors.show()
            return
        self._typed.pop(kind, None)
        self._shown = None
        self._show_kind()
