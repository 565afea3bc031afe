"""Check-in forms in the window: "Check-in forms…" saves them to a folder; dropped PDFs come back in.

Both run off the UI thread through `ui.tasks` (a program's forms, or a folder of
forty returned ones, take seconds) with the worker's own connection. Dropped
files and folders are imported each on their own, and the summary dialog lists
every file; a stopped import keeps what it recorded and names the files it did
not look at. No SQL here: everything goes through `services.checkin_forms`.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMimeData, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

from mentordesk.errors import ReadOnlyError

from .file_dialogs import existing_folder
from .tasks import Task, run_in_background, show_error


def translate(context: str, text: str) -> str:
    """QCoreApplication.translate under the name lupdate knows; each call spells its context
    ("checkin_forms") so pyside6-lupdate can extract the text."""
    return QCoreApplication.translate(context, text)


# -- making forms --------------------------------------------------------------------------------

def save_checkin_forms(parent: QWidget, db, *, program: str | None = None, relationship_id: str | None = None,
                       folder: str | Path | None = None) -> Task | None:
    """Ask for a folder (unless given) and write the due forms there; with neither program nor
    relationship, every program's due check-ins."""
    if db is None:
        return None
    if folder is None:
        folder = existing_folder(parent, translate("checkin_forms", "Save check-in forms in"))
        if not folder:
            return None
    from mentordesk.services import checkin_forms as svc

    may_write = not db.readonly

    def work(ctx):
        return svc.write_forms(ctx.db, Path(folder), program=program, relationship_id=relationship_id,
                               may_write=may_write,
                               progress=lambda done,
                               total: ctx.progress(done, total, translate("checkin_forms", "Writing forms…")))

    def done(made) -> None:
        parent.last_forms = made
        lines = list(made.notes)
        if not made.paths:
            QMessageBox.information(parent, translate("checkin_forms", "Check-in forms"),
                                    "\n".join([translate("checkin_forms",
                                                         "No check-in is due, so no form was written."), *lines]))
            return
        box = QMessageBox(QMessageBox.Information, translate("checkin_forms", "Check-in forms"),
                          Task.tr("%Ln form(s) saved in {0}. Attach each to an e-mail to its person; "
                                  "drop the returned files on this window to record them.", "", len(made.paths))
                          .format(folder), QMessageBox.Ok, parent)
        box.setObjectName("checkinFormsSaved")
        if lines:
            box.setInformativeText("\n".join(lines))
        open_button = box.addButton(translate("checkin_forms", "Open Folder"), QMessageBox.ActionRole)
        open_button.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))))
        box.open()

    return run_in_background(parent, work, label=translate("checkin_forms", "Writing check-in forms…"), db_path=db.path,
                             on_success=done, cancellable=False)


# -- returned forms ------------------------------------------------------------------------------

def dropped_paths(mime: QMimeData | None) -> list[Path]:
    """The local PDF files and folders in a drag; anything else (web links, other files) is left out."""
    if mime is None or not mime.hasUrls():
        return []
    out = []
    for url in mime.urls():
        if not url.isLocalFile():
            continue
        path = Path(url.toLocalFile())
        if path.is_dir() or path.suffix.lower() == ".pdf":
            out.append(path)
    return out


def import_returned_forms(window, paths: list[Path]) -> Task | None:
    """Record the forms in `paths` (folders stand for their PDFs) and show the per-file summary."""
    db = getattr(window, "db", None)
    if db is None or not paths:
        return None
    if db.readonly:
        show_error(window, ReadOnlyError(
            "This file is open for reading only, so returned check-in forms cannot be recorded. "
            "Nothing was changed; open the file for editing and drop the forms again."))
        return None
    from mentordesk.services import checkin_forms as svc

    def work(ctx):
        return svc.import_forms(ctx.db, paths, should_stop=ctx.cancelled,
                                progress=lambda done, total, name: ctx.progress(
                                    done, total,
                                    translate("checkin_forms", "Reading {0}…").format(name) if name else ""))

    def done(outcomes) -> None:
        window.last_form_import = outcomes
        if any(o.recorded for o in outcomes):
            window.reload_all()
        from .dialogs.form_import_dialog import FormImportDialog

        dialog = FormImportDialog(outcomes, window)
        window.form_import_dialog = dialog
        dialog.open()

    return run_in_background(window, work, label=translate("checkin_forms", "Recording returned check-in forms…"),
                             db_path=db.path,
                             on_success=done)
