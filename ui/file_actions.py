"""File menu actions for shared files: merge another file, the merge log, backups."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, QObject, Qt, QTimeZone
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mentordesk.errors import MentorDeskError
from mentordesk.storage import backup as backup_store

from .dates import short_datetime
from .file_dialogs import open_file_name, save_file_name
from .tasks import run_in_background, show_error

if TYPE_CHECKING:  # pragma: no cover
    from ui.app import MainWindow


def _files():
    """`services.files` (and the merge machinery under it) loads when a File action is used,
    not when the window starts (issue 15: about a tenth of the time to the first screen)."""
    from mentordesk.services import files

    return files


def __getattr__(name: str):
    """`file_actions.files_service`, as callers and tests knew it (loaded on first use)."""
    if name == "files_service":
        return _files()
    raise AttributeError(name)


def translate(context: str, text: str) -> str:
    """QCoreApplication.translate under the name lupdate knows; each call spells its context
    ("file_actions") so pyside6-lupdate can extract the text."""
    return QCoreApplication.translate(context, text)


def add_file_actions(window: MainWindow, menu: QMenu) -> None:
    menu.addSeparator()
    window.merge_action = QAction(translate("file_actions", "&Merge Another File…"), window,
                                  triggered=lambda: _merge_dialog(window))
    window.merge_log_action = QAction(translate("file_actions", "Merge &Log…"), window,
                                      triggered=lambda: MergeLogDialog(window).exec())
    window.backup_action = QAction(translate("file_actions", "&Back Up Now…"), window,
                                   triggered=lambda: _backup_now(window))
    window.restore_action = QAction(translate("file_actions", "&Restore Backup…"), window,
                                    triggered=lambda: window.restore_backup_dialog())
    for action in (window.merge_action, window.merge_log_action, window.backup_action, window.restore_action):
        menu.addAction(action)
    window.merge_files = lambda paths, other_company=False: merge_files(window, list(paths), other_company)
    window.restore_backup_dialog = lambda path=None: restore_backup_dialog(window, path)


# -- merging ------------------------------------------------------------------------

def _merge_dialog(window: MainWindow) -> None:
    if window.db is None or window.db.readonly:
        show_error(window,
                   MentorDeskError(translate("file_actions",
                                             "Open a file for editing before merging another into it.")))
        return
    path = open_file_name(window, translate("file_actions", "Merge another MentorDesk file"),
                          translate("file_actions", "MentorDesk files (*.db);;All files (*)"))
    if path:
        merge_files(window, [Path(path)])


def merge_files(window: MainWindow, paths: list[Path], other_company: bool = False) -> None:
    """Dry run first; HR sees conflicts and warnings and chooses; then the same merge for real.

    A file of another company is merged only after HR confirms it in a question
    that names the risk; the confirmation travels with this file only.
    """
    if not paths or window.db is None or window.db.readonly:
        return
    path, rest = paths[0], paths[1:]
    db_path = window.db.path

    def dry(ctx):
        return _files().merge_file(ctx.db, path, dry_run=True, progress=ctx.progress, cancelled=ctx.cancelled,
                                        other_company=other_company)

    def dry_failed(error: BaseException) -> None:
        if isinstance(error, _files().OtherCompanyError) and not other_company:
            if confirm_other_company(window, str(error)):
                merge_files(window, [path, *rest], other_company=True)
            return
        show_error(window, error)

    def after_dry(result) -> None:
        resolutions = None
        # issue 14: the other file's erasures erase people here; HR decides, nothing is merged otherwise
        apply_erasures = bool(result.incoming_erasures)
        if apply_erasures and not confirm_incoming_erasures(window, path.name, result.incoming_erasures):
            return
        # A company judged the same from its data is only mentioned in the summary, not asked about again.
        if result.conflicts or result.identity_conflicts or result.future or other_company:
            dialog = ConflictDialog(window, result.conflicts, notes=_notes(result))
            if dialog.exec() != QDialog.Accepted:
                return
            resolutions = dialog.resolutions()

        def real(ctx):
            from datetime import UTC, datetime

            from mentordesk.services import undo

            started = datetime.now(UTC)
            result = _files().merge_file(ctx.db, path, resolutions=resolutions, progress=ctx.progress,
                                              cancelled=ctx.cancelled, other_company=other_company,
                                              apply_erasures=apply_erasures)
            undo.record_latest(ctx.db, "merge", undo.merge_label(path.name), started)  # Edit > Undo takes it back
            return result

        def done(final) -> None:
            window.reload_all()
            window.last_merge_result = final
            QMessageBox.information(window, translate("file_actions", "Merge finished"), final.summary_text())
            if rest:
                merge_files(window, rest)

        run_in_background(window, real, label=translate("file_actions", "Merging {0}…").format(path.name),
                          db_path=db_path,
                          on_success=done)

    run_in_background(window, dry, label=translate("file_actions", "Reading {0}…").format(path.name), db_path=db_path,
                      on_success=after_dry, on_failure=dry_failed)


def confirm_other_company(window: QWidget, message: str) -> bool:
    """An explicit yes: the default button is Cancel, the other one says what it does."""
    box = QMessageBox(QMessageBox.Warning, translate("file_actions", "Another company's file"), message,
                      QMessageBox.Cancel, window)
    merge_anyway = box.addButton(translate("file_actions", "Merge this company's file anyway"), QMessageBox.AcceptRole)
    box.setDefaultButton(QMessageBox.Cancel)
    box.setObjectName("otherCompanyBox")
    box.exec()
    return box.clickedButton() is merge_anyway


class ErasureQuestion(QObject):
    """Only a translation context for the plural question (lupdate reads `Class.tr(text, "", n)`)."""


def confirm_incoming_erasures(window: QWidget, file_name: str, erasures: list) -> bool:
    """An explicit yes to erasures made elsewhere: the list of who they erase, Cancel by default."""
    count = len(erasures)
    box = QMessageBox(QMessageBox.Warning, translate("file_actions", "Erasures in the other file"),
                      ErasureQuestion.tr("{0} carries %n erasure(s) of people not made in this file. Merging it "
                                         "erases them here too, and an erasure cannot be undone. Merge only if you "
                                         "know about these erasures.", "", count).format(file_name),
                      QMessageBox.Cancel, window)
    box.setInformativeText("\n".join(e.text() for e in erasures))
    apply = box.addButton(translate("file_actions", "Apply the erasures and merge"), QMessageBox.AcceptRole)
    box.setDefaultButton(QMessageBox.Cancel)
    box.setObjectName("incomingErasuresBox")
    box.exec()
    return box.clickedButton() is apply


def _notes(result) -> list[str]:
    """What HR must know before merging, besides the field conflicts (already in sentences)."""
    notes = [result.company_note] if result.company_note else []
    notes += [c.text() for c in result.identity_conflicts]
    notes += [f.text() for f in result.future]
    return notes


class ConflictDialog(QDialog):
    """Both files changed the same field: show both values, newer chosen by default; and the warnings."""

    def __init__(self, parent: QWidget, conflicts: list, notes: list[str] | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Before merging"))
        self.resize(900, 420)
        self.conflicts = list(conflicts)
        self.notes = list(notes or [])
        layout = QVBoxLayout(self)
        if self.notes:
            text = QPlainTextEdit("\n\n".join(self.notes), self)
            text.setReadOnly(True)
            text.setObjectName("mergeNotes")
            layout.addWidget(text)
        if self.conflicts:
            layout.addWidget(QLabel(self.tr(
                "Both files changed these fields differently. Choose which value to keep; the newer change "
                "is chosen for you."), wordWrap=True))
        self.table = QTableWidget(len(self.conflicts), 5, self)
        self.table.setHorizontalHeaderLabels([self.tr("Record"), self.tr("Field"), self.tr("In this file"),
                                              self.tr("In the other file"), self.tr("Keep")])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.Stretch)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.choices: list[QComboBox] = []
        for row, c in enumerate(self.conflicts):
            self.table.setItem(row, 0, QTableWidgetItem(c.label))
            self.table.setItem(row, 1, QTableWidgetItem(c.field))
            self.table.setItem(row, 2, QTableWidgetItem(f"{c.local_value}  ({c.local_site})"))
            self.table.setItem(row, 3, QTableWidgetItem(f"{c.incoming_value}  ({c.incoming_site})"))
            combo = QComboBox(self.table)
            combo.addItem(self.tr("This file's value"), "local")
            combo.addItem(self.tr("The other file's value"), "incoming")
            combo.setCurrentIndex(0 if c.kept == "local" else 1)
            self.table.setCellWidget(row, 4, combo)
            self.choices.append(combo)
        self.table.setVisible(bool(self.conflicts))
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, parent=self)
        buttons.button(QDialogButtonBox.Ok).setText(self.tr("Merge"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def resolutions(self) -> dict:
        return {c.key: combo.currentData() for c, combo in zip(self.conflicts, self.choices, strict=True)}


class MergeLogDialog(QDialog):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setWindowTitle(self.tr("Merge log"))
        self.resize(760, 420)
        layout = QVBoxLayout(self)
        from mentordesk.storage.merge_result import changes_text, site_names

        entries = _files().merge_log(window.db) if window.db is not None else []
        self.table = QTableWidget(len(entries), 3, self)
        self.table.setHorizontalHeaderLabels([self.tr("When"), self.tr("From file"), self.tr("What came in")])
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.Stretch)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        locale = QLocale()
        for row, e in enumerate(entries):
            when = QDateTime.fromString(e.merged_at.replace("Z", ""), Qt.ISODateWithMs)
            when.setTimeZone(QTimeZone.utc())
            self.table.setItem(row, 0, QTableWidgetItem(short_datetime(when, locale)))
            sites = site_names(e.source_sites)  # "this computer, LAPTOP-7", not installation ids
            self.table.setItem(row, 1, QTableWidgetItem(f"{e.source_name} ({sites})" if sites else e.source_name))
            changed = [text for t, c in e.summary.items() if (text := changes_text(t, c))]  # "1 person added"
            self.table.setItem(row, 2, QTableWidgetItem("; ".join(changed) or self.tr("nothing new")))
        if not entries:
            layout.addWidget(QLabel(self.tr("No file has been merged into this one yet.")))
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.Close, parent=self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


# -- backups --------------------------------------------------------------------------

def _backup_now(window: MainWindow) -> None:
    if window.db is None:
        return
    suggested = window.db.path.with_name(window.db.path.stem + " copy.db")
    path, _ = save_file_name(window, translate("file_actions", "Back up to"),
                             translate("file_actions", "MentorDesk files (*.db)"), name=suggested.name)
    if not path:
        return
    try:
        out = _files().backup_now(window.db, path)
    except MentorDeskError as exc:
        show_error(window, exc)
        return
    window.statusBar().showMessage(translate("file_actions", "Backed up to {0}").format(out), 8000)


def restore_backup_dialog(window: MainWindow, path: Path | None = None) -> None:
    target = Path(path) if path else (window.db.path if window.db is not None else None)
    if target is None:
        return
    backups = backup_store.list_backups(target)
    if not backups:
        QMessageBox.information(window, translate("file_actions", "Restore backup"),
                                translate("file_actions", "There are no backups of this file yet."))
        return
    dialog = RestoreDialog(window, backups, target.name)
    if dialog.exec() != QDialog.Accepted or dialog.chosen() is None:
        return
    if window.db is not None and window.db.readonly and window.db.path == target:
        show_error(window,
                   MentorDeskError(translate("file_actions",
                                             "This file is open read-only; someone else may be using it, "
                                               "so it cannot be replaced now.")))
        return
    reopen = window.db is not None and window.db.path == target
    if reopen:
        window._close_db()
    try:
        result = backup_store.restore_backup(dialog.chosen(), target)
    except MentorDeskError as exc:
        show_error(window, exc)
    else:
        note = translate("file_actions", "The backup from {0} was restored.").format(dialog.chosen_label())
        if result.previous_backup:
            note += "\n" + translate("file_actions", "The file as it was has been kept as a backup too.")
        if result.moved_aside:
            note += "\n" + translate("file_actions",
                                     "The damaged file was kept as {0}.").format(result.moved_aside.name)
        if result.note:  # the backup could not be shown to be this company's (see backup_restore)
            note += "\n\n" + result.note
        QMessageBox.information(window, translate("file_actions", "Backup restored"), note)
    window.open_file(target)


class RestoreDialog(QDialog):
    def __init__(self, parent: QWidget, backups: list, file_name: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore a backup of {0}").format(file_name) if file_name
                            else self.tr("Restore a backup"))
        self.resize(560, 360)
        self.backups = backups
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Choose the backup to restore. The file as it is now is kept as a "
                                        "backup first, so nothing is lost."), wordWrap=True))
        keep = backup_store.Retention()
        layout.addWidget(QLabel(self.tr("Daily backups are kept for the last %Ln day(s) the file was opened.", "",
                                        keep.daily_days) + " "
                                + self.tr("The last %Ln backup(s) made before a merge are kept as well.", "",
                                          keep.merge), wordWrap=True))
        self.table = QTableWidget(len(backups), 3, self)
        self.table.setHorizontalHeaderLabels([self.tr("Taken"), self.tr("Why"), self.tr("Size")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        locale = QLocale()
        reasons = {"open": self.tr("Daily, on open"), "migration": self.tr("Before an upgrade"),
                   "merge": self.tr("Before a merge"), "manual": self.tr("By hand"),
                   "before-restore": self.tr("Before a restore"), "before-import": self.tr("Before an import"),
                   "before-bulk": self.tr("Before a bulk action")}
        for row, b in enumerate(backups):
            self.table.setItem(row, 0, QTableWidgetItem(short_datetime(b.taken_at)))
            self.table.setItem(row, 1, QTableWidgetItem(reasons.get(b.reason, b.reason)))
            self.table.setItem(row, 2, QTableWidgetItem(locale.formattedDataSize(b.size)))
        if backups:
            self.table.selectRow(0)
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, parent=self)
        buttons.button(QDialogButtonBox.Ok).setText(self.tr("Restore"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def chosen(self) -> Path | None:
        rows = self.table.selectionModel().selectedRows()
        return self.backups[rows[0].row()].path if rows else None

    def chosen_label(self) -> str:
        rows = self.table.selectionModel().selectedRows()
        return self.table.item(rows[0].row(), 0).text() if rows else ""
