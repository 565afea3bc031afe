"""Preferences > Privacy: how long the open file keeps personal data (issue 14, GDPR Art. 5(1)(e)).

Why in Preferences and why per file: the spans are the company's retention
policy, not a taste of this laptop, so they are stored in the file itself
(`mentordesk.services.retention`, the same values `mentordesk retention` sets)
and apply on every laptop that opens it. A program may keep its own notes span
(set with the command line); this box sets the file's defaults and leaves those alone.

The box joins the Preferences dialog through `add_retention_box` and saves when
the dialog is accepted. The spin boxes only allow what the service accepts, so
the only thing that can go wrong is the file itself (busy, read-only); that is
said in a sentence and nothing else is lost.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QDialog, QFormLayout, QGroupBox, QLabel, QSpinBox, QVBoxLayout, QWidget

from mentordesk.errors import MentorDeskError
from mentordesk.services import retention

#: (object name, policy field, label) of each span, in the order shown.
SPANS: tuple[tuple[str, str, str], ...] = (
    ("notesMonths", "notes_months", QT_TRANSLATE_NOOP("retention_box", "Confidential &notes of closed relationships:")),
    ("inactiveMonths", "inactive_months", QT_TRANSLATE_NOOP("retention_box", "&Archived people without activity:")),
    ("backupMonths", "backup_months", QT_TRANSLATE_NOOP("retention_box", "&Backups:")),
)


def translate(context: str, text: str) -> str:
    """QCoreApplication.translate under the name lupdate knows (each call spells its context)."""
    return QCoreApplication.translate(context, text)


class RetentionBox(QGroupBox):
    """The three retention spans of the open file, read and written through the retention service."""

    def __init__(self, db, parent: QWidget | None = None) -> None:
        super().__init__(translate("retention_box", "Privacy: how long this file keeps personal data"), parent)
        self.setObjectName("retentionBox")
        self.db = db
        self.spins: dict[str, QSpinBox] = {}
        form = QFormLayout(self)
        if db is None:
            form.addRow(QLabel(translate("retention_box", "Open a file to set how long it keeps personal data."), self))
            return
        self.policy = retention.get_policy(db)
        for name, attr, label in SPANS:
            spin = QSpinBox(self)
            spin.setObjectName(name)
            spin.setRange(retention.MIN_MONTHS, retention.MAX_MONTHS)
            spin.setSuffix(translate("retention_box", " months"))
            spin.setValue(getattr(self.policy, attr))
            spin.setEnabled(not db.readonly)
            self.spins[attr] = spin
            form.addRow(translate("retention_box", label), spin)
        note = translate("retention_box", "Kept in {0} and used on every computer that opens it: notes are removed "
                         "and backups deleted when the file is opened; archived people are offered for erasure.")
        note = note.format(db.path.name)
        if db.readonly:
            note = translate("retention_box", "This file is open read-only, so its retention cannot be changed now.")
        hint = QLabel(note, self)
        hint.setObjectName("retentionNote")
        hint.setWordWrap(True)
        form.addRow(hint)

    def chosen(self) -> retention.RetentionPolicy | None:
        """The policy the boxes show (a program's own notes span kept), or None when nothing can be saved."""
        if not self.spins:
            return None
        return replace(self.policy, **{attr: spin.value() for attr, spin in self.spins.items()})

    def save(self) -> bool:
        """Write the spans if they changed; False (with the reason shown) when the file would not take them."""
        policy = self.chosen()
        if policy is None or self.db.readonly or policy == self.policy:
            return True
        try:
            retention.set_policy(self.db, policy)
        except MentorDeskError as exc:
            from ..tasks import show_error

            owner = self.window().parentWidget() or self.window()  # the dialog is closing: tell its window
            show_error(owner, exc)
            return False
        self.policy = policy
        return True


def add_retention_box(dialog: QDialog, layout: QVBoxLayout) -> RetentionBox:
    """Put the box in `dialog` (the Preferences dialog) for its parent window's open file; saved on OK."""
    window = dialog.parentWidget()
    box = RetentionBox(getattr(window, "db", None), dialog)
    layout.addWidget(box)
    dialog.retention_box = box
    dialog.accepted.connect(box.save)
    return box
