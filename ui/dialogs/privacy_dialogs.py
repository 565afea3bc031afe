"""Personal data rights on a person (issue 14): "Export personal data…" and "Erase person…".

Qt only: every decision and every word about what happens comes from
`mentordesk.services.personal_data`. The erase dialog states what will happen
before anything does, needs a reason, and afterwards lists the backups taken
before the erasure with a button to remove them.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mentordesk.errors import MentorDeskError
from mentordesk.services import personal_data as pd
from mentordesk.storage.database import Database

from ..file_dialogs import save_file_name
from ..tasks import show_error


class PrivacyTexts(QObject):
    """Only the translation context of this module's functions: `parent.tr` would look the
    texts up under the parent's class at run time but lupdate files them under "parent"."""


def export_personal_data(parent: QWidget, db: Database, person_id: str, employee_id: str) -> Path | None:
    """Ask where, then write the archive; returns the file written (None when cancelled or refused)."""
    chosen, _ = save_file_name(parent, PrivacyTexts.tr("Export personal data"), PrivacyTexts.tr("ZIP archives (*.zip)"),
                               name=f"personal data {employee_id}.zip")
    if not chosen:
        return None
    return export_to(parent, db, person_id, Path(chosen))


def export_to(parent: QWidget, db: Database, person_id: str, dest: Path) -> Path | None:
    try:
        summary = pd.export_person_data(db, person_id, dest)
    except MentorDeskError as exc:
        show_error(parent, exc)
        return None
    box = QMessageBox(QMessageBox.Information, PrivacyTexts.tr("Personal data exported"),
                      PrivacyTexts.tr("Wrote {0}: %Ln record(s) naming the person, as a JSON file for other systems "
                                      "and a PDF to read.", "", summary.records).format(summary.path.name),
                      QMessageBox.Ok, parent)
    box.setObjectName("exportDoneBox")
    box.open()
    return summary.path


class EraseDialog(QDialog):
    """Confirm, erase, then offer to remove the backups that still hold the person."""

    erased = Signal(str)

    def __init__(self, db: Database, person_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("eraseDialog")
        self.setWindowTitle(self.tr("Erase person"))
        self.db, self.person_id = db, person_id
        self.old_backups: list[pd.OldBackup] = []
        self.explanation = QLabel(pd.what_erasure_does(db, person_id), self)
        self.explanation.setWordWrap(True)
        self.explanation.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.reason = QLineEdit(self)
        self.reason.setObjectName("eraseReason")
        self.reason.setPlaceholderText(self.tr("Reason, without naming the person (kept in the erasure log)"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.Cancel, self)
        self.erase_button = self.buttons.addButton(self.tr("Erase permanently"), QDialogButtonBox.DestructiveRole)
        self.erase_button.setObjectName("eraseButton")
        self.erase_button.setEnabled(False)
        self.reason.textChanged.connect(lambda text: self.erase_button.setEnabled(bool(text.strip())))
        self.erase_button.clicked.connect(self.erase)
        self.buttons.rejected.connect(self.reject)
        self.backups_label = QLabel(self)
        self.backups_label.setWordWrap(True)
        self.backups = QListWidget(self)
        self.purge_button = QPushButton(self.tr("Remove these backups"), self)
        self.purge_button.setObjectName("purgeBackups")
        self.purge_button.clicked.connect(self.purge)
        for w in (self.backups_label, self.backups, self.purge_button):
            w.setVisible(False)
        layout = QVBoxLayout(self)
        for w in (self.explanation, self.reason, self.backups_label, self.backups, self.purge_button, self.buttons):
            layout.addWidget(w)
        self.resize(560, 320)

    def erase(self) -> bool:
        try:
            outcome = pd.erase_person(self.db, self.person_id, self.reason.text())
            self.old_backups = pd.backups_older_than_erasures(self.db.path, pd.erasure_log(self.db))
        except MentorDeskError as exc:
            show_error(self, exc)
            return False
        self.erased.emit(self.person_id)
        self.reason.setEnabled(False)
        self.erase_button.setVisible(False)
        self.buttons.button(QDialogButtonBox.Cancel).setText(self.tr("Close"))
        self.explanation.setText(self.tr("The person was erased: %Ln record(s) cleared. The erasure is in the "
                                         "erasure log and travels with every merge.", "", outcome.total))
        self._show_backups()
        return True

    def _show_backups(self) -> None:
        self.backups.clear()
        for b in self.old_backups:
            self.backups.addItem(f"{b.taken_at.astimezone().strftime('%Y-%m-%d %H:%M')}   {b.path.name}")
        has = bool(self.old_backups)
        self.backups_label.setText(
            self.tr("%n backup(s) were taken before the erasure and may still hold the person:", "",
                    len(self.old_backups)) if has else self.tr("No backup taken before the erasure is left."))
        self.backups_label.setVisible(True)
        self.backups.setVisible(has)
        self.purge_button.setVisible(has)

    def purge(self) -> int:
        try:
            removed = pd.purge_backups(self.db.path, self.old_backups)
        except OSError as exc:
            show_error(self, MentorDeskError(self.tr("The backups could not all be removed ({0}); the rest are "
                                                     "still listed.").format(exc.strerror or exc)))
            removed = 0
        self.old_backups = [b for b in self.old_backups if b.path.exists()]
        self._show_backups()
        return removed


class ErasureLogDialog(QDialog):
    """The erasure log (when, by whom, why) and the backups older than the last erasure, with the purge button."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("erasureLogDialog")
        self.setWindowTitle(self.tr("Erasure log"))
        self.db = db
        self.log = QListWidget(self)
        self.log.setObjectName("erasureLog")
        erasures = pd.erasure_log(db)
        for e in erasures:
            self.log.addItem(self.tr("{0} UTC, by {1}: {2}").format(e.erased_at[:16].replace("T", " "), e.erased_by,
                                                                    e.reason))
        if not erasures:
            self.log.addItem(self.tr("Nobody has been erased in this file."))
        self.backups_label = QLabel(self)
        self.backups_label.setWordWrap(True)
        self.backups = QListWidget(self)
        self.purge_button = QPushButton(self.tr("Remove these backups"), self)
        self.purge_button.setObjectName("purgeBackups")
        self.purge_button.clicked.connect(self.purge)
        self.old_backups = pd.backups_older_than_erasures(db.path, erasures)
        buttons = QDialogButtonBox(QDialogButtonBox.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for w in (self.log, self.backups_label, self.backups, self.purge_button, buttons):
            layout.addWidget(w)
        self._show()
        self.resize(560, 360)

    def _show(self) -> None:
        self.backups.clear()
        for b in self.old_backups:
            self.backups.addItem(f"{b.taken_at.astimezone().strftime('%Y-%m-%d %H:%M')}   {b.path.name}")
        has = bool(self.old_backups)
        self.backups_label.setText(
            self.tr("%n backup(s) were taken before the last erasure and may still hold erased people:", "",
                    len(self.old_backups)) if has else self.tr("No backup taken before an erasure is left."))
        self.backups.setVisible(has)
        self.purge_button.setVisible(has)

    def purge(self) -> int:
        try:
            removed = pd.purge_backups(self.db.path, self.old_backups)
        except OSError as exc:
            show_error(self, MentorDeskError(self.tr("The backups could not all be removed ({0}); the rest are "
                                                     "still listed.").format(exc.strerror or exc)))
            removed = 0
        self.old_backups = [b for b in self.old_backups if b.path.exists()]
        self._show()
        return removed
