"""File > Import People…: ask about the encoding, map the columns, preview, import, show the result.

The steps are `services.people_import`'s; this module only asks HR between them. The file is
read once, when HR picks it: every later step (encoding question, mapping, preview, import) works
on those bytes, so what HR previewed is what is imported even if the file is saved again or
replaced meanwhile. Checking every row for the preview and the import itself run in the
background (`ui/tasks.py`, with progress and Cancel). Each dialog is opened
non-modally (`open()`) and the next step runs from its answer, so nothing blocks the window.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QMessageBox

from mentordesk.errors import MentorDeskError, ValidationError
from mentordesk.people_csv import LEGACY_ENCODINGS
from mentordesk.services import people_import
from mentordesk.services.people_import import CsvFile

from .tasks import Task, run_in_background, show_error

if TYPE_CHECKING:  # pragma: no cover
    from ui.app import MainWindow

__all__ = ["ENCODING_BOX", "start_import"]

#: The object name of the "Read it that way?" question (tests find it by this name).
ENCODING_BOX = "encodingQuestion"


def translate(context: str, text: str) -> str:
    """QCoreApplication.translate under the name lupdate knows (each call spells its context)."""
    return QCoreApplication.translate(context, text)


def _encoding_words(encoding: str) -> str:
    words = {"cp1252": translate("people_import_flow", "Windows text (Western European)"),
             "cp1250": translate("people_import_flow", "Windows text (Central European)")}
    return words.get(encoding, encoding)


def start_import(window: MainWindow, path: str) -> None:
    """Begin importing `path`: read it once, then every later step follows from HR's answers."""
    if window.db is None or window.db.readonly:
        show_error(window, MentorDeskError(
            translate("people_import_flow", "Open a file for editing before importing people into it.")))
        return
    try:
        csv_file = people_import.read_file(path)
    except OSError as exc:
        show_error(window, MentorDeskError(translate(
            "people_import_flow", "{0} could not be read ({1}). Nothing was imported.").format(
            Path(path).name, exc.strerror or exc)))
        return
    _look(window, csv_file, None)


def _look(window: MainWindow, csv_file: CsvFile, encoding: str | None) -> None:
    """The header read from the bytes in memory: which question comes next, if any."""
    look = people_import.inspect_file(window.db, csv_file, encoding=encoding)
    if look.problem is not None and look.suggested_encoding in LEGACY_ENCODINGS:
        _ask_encoding(window, csv_file, look.suggested_encoding)
    elif look.problem is not None:
        window.last_import_error = ValidationError([str(look.problem)])
        show_error(window, window.last_import_error, translate("people_import_flow", "Nothing was imported"))
    elif look.needs_mapping and not look.remembered:
        _ask_mapping(window, csv_file, encoding, look)
    else:
        _preview(window, csv_file, encoding, look, people_import.column_map(look.header, look.mapping)
                 if look.needs_mapping else {})


def _ask_encoding(window: MainWindow, csv_file: CsvFile, encoding: str) -> None:
    box = QMessageBox(QMessageBox.Question, translate("people_import_flow", "Import people"),
                      translate("people_import_flow",
                                "This file looks like {0}. Read it that way?").format(_encoding_words(encoding)),
                      QMessageBox.Yes | QMessageBox.Cancel, window)
    box.setObjectName(ENCODING_BOX)
    box.setInformativeText(translate("people_import_flow",
                                     "It is not saved as UTF-8 text. If names look wrong in the preview, cancel "
                                     "and save the file as 'CSV UTF-8' instead."))
    box.button(QMessageBox.Yes).setText(
        translate("people_import_flow", "Read as {0}").format(_encoding_words(encoding)))
    box.finished.connect(lambda answer: _look(window, csv_file, encoding)
                         if answer == QMessageBox.Yes else None)
    window.import_question = box
    box.open()


def _ask_mapping(window: MainWindow, csv_file: CsvFile, encoding: str | None, look) -> None:
    from .dialogs.column_mapping_dialog import ColumnMappingDialog

    dialog = ColumnMappingDialog(window, csv_file.name, look.header, look.mapping, look.example)

    def answered(result: int) -> None:
        if result == QDialog.Accepted:
            _preview(window, csv_file, encoding, look, dialog.mapping())

    dialog.finished.connect(answered)
    window.import_mapping_dialog = dialog
    dialog.open()


def _preview(window: MainWindow, csv_file: CsvFile, encoding: str | None, look, mapping: dict[str, str]) -> Task:
    def work(ctx):
        return people_import.preview_import(ctx.db, csv_file, encoding=encoding, mapping=mapping,
                                            progress=ctx.progress, cancelled=ctx.cancelled)

    def show(preview) -> None:
        from .dialogs.import_preview_dialog import ImportPreviewDialog

        window.last_import_preview = preview
        dialog = ImportPreviewDialog(window, csv_file.name, preview)
        dialog.accepted.connect(lambda: _apply(window, csv_file, encoding, look.fingerprint if mapping else "",
                                               mapping))
        if mapping:
            dialog.columns_button.show()
            dialog.columns_button.clicked.connect(lambda: (dialog.reject(), _ask_mapping(
                window, csv_file, encoding, replace(look, mapping=mapping))))
        window.import_preview_dialog = dialog
        dialog.open()

    label = translate("people_import_flow", "Reading {0}…").format(csv_file.name)
    return run_in_background(window, work, label=label, db_path=window.db.path, on_success=show)


def _apply(window: MainWindow, csv_file: CsvFile, encoding: str | None, fingerprint: str,
           mapping: dict[str, str]) -> Task:
    def work(ctx):
        return people_import.import_file(ctx.db, csv_file, encoding=encoding, mapping=mapping,
                                         fingerprint=fingerprint,
                                         progress=ctx.progress, cancelled=ctx.cancelled)

    def failed(error: BaseException) -> None:
        window.last_import_error = error
        if isinstance(error, ValidationError):
            show_result(window, csv_file.name, problems=error.problems)
        else:
            show_error(window, error, translate("people_import_flow", "Nothing was imported"))

    return run_in_background(window, work, label=translate("people_import_flow", "Importing people…"),
                             db_path=window.db.path,
                             on_success=lambda report: _done(window, csv_file.name, report),
                             on_failure=failed)


def _done(window: MainWindow, path: str, report) -> None:
    window.reload_all()
    window.last_import_report = report
    show_result(window, path, report=report)


def show_result(window: MainWindow, path: str, report=None, problems: list[str] = ()) -> None:
    """The import's result in a dialog: counts and the way back, or the lines to fix."""
    from .dialogs.import_preview_dialog import ImportResultDialog

    dialog = ImportResultDialog(window, Path(path).name, report=report, problems=list(problems))
    window.import_result_dialog = dialog
    dialog.open()
