"""Saving, printing and the all-reports batch of the Reports screen (split from `reports.py`).

A mixin of `ReportsView`: what leaves the screen goes through here.  What was previewed is
what is saved or printed, byte for byte or page for page; every file written is owner-only
(0600), a "Print to file" too (issue 13), since reports hold personal data.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QCheckBox, QDialog, QMessageBox

from mentordesk.errors import MentorDeskError
from mentordesk.services import reports as svc

from ..file_dialogs import existing_folder, offer_open_folder, save_file_name
from ..tasks import Task, TaskContext, run_in_background, show_error


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """QCoreApplication.translate under the name lupdate knows. The texts keep the context
    "ReportsView" they had before the split, where the catalogs hold them."""
    return QCoreApplication.translate(context, text, disambiguation, n)


# Printing renders each page as an image; above this the printer gains nothing visible.
MAX_PRINT_DPI = 300
# The Reports list's first row: the program summary rather than one relationship.
PROGRAM_SUMMARY = "__program__"
ItemRole = Qt.UserRole


def owner_only_file(path: str) -> None:
    """Make `path` exist readable by its owner alone, before and after Qt writes it (Qt keeps
    the mode of a file it truncates, and would make a new one as the umask says)."""
    import os

    try:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT, 0o600))
        os.chmod(path, 0o600)
    except OSError:
        pass  # Qt reports a path it cannot write as a printing failure


class ReportOutput:
    """Save As, Print and All reports for this program, for `ReportsView`."""

    # -- save and print ----------------------------------------------------------------------
    def _suggested_name(self) -> str:
        item = self.item_list.currentItem()
        if item is None:
            return "report.pdf"
        if item.data(ItemRole) == PROGRAM_SUMMARY:
            base = self.program_combo.currentText()
        else:
            base = item.text().split("\n", 1)[0].replace("→", "-")
        safe = "".join(c for c in base if c not in '<>:"/\\|?*').strip() or "report"
        return f"{safe}.pdf"

    def save_dialog(self) -> None:
        if not self.save_button.isEnabled():
            return
        path, _ = save_file_name(self, translate("ReportsView", "Save report"),
                                 translate("ReportsView", "PDF files (*.pdf)"), name=self._suggested_name())
        if path:
            if not path.lower().endswith(".pdf"):
                path += ".pdf"
            try:
                self.save_to(Path(path))
            except MentorDeskError:
                return  # save_to has shown the sentence; nothing was written
            said = translate("ReportsView", "The report was saved as {0}.").format(path)
            self.saved_box = offer_open_folder(self, path, said)

    def save_to(self, path: Path) -> Path:
        """Copy the previewed PDF: what was seen is what is saved (owner-only, atomic, never
        onto the company file or any database: `storage.outputs`)."""
        if self._preview_path is None or self.db is None:
            raise MentorDeskError(translate("ReportsView", "There is no report to save yet."))
        try:
            svc.save_copy(self.db, self._preview_path, path)
        except MentorDeskError as exc:
            show_error(self, exc, translate("ReportsView", "The report was not saved"))
            raise
        self.status.setText(translate("ReportsView", "Saved to {0}").format(path))
        return path

    def print_dialog(self) -> None:
        if not self.print_button.isEnabled():
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        self._prepare_printer(printer)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(translate("ReportsView", "Print report"))
        if dialog.exec() == QDialog.Accepted:
            self.print_to(printer)

    def _prepare_printer(self, printer: QPrinter) -> None:
        size = QPageSize.Letter if self.paper.currentData() == "Letter" else QPageSize.A4
        printer.setPageSize(QPageSize(size))
        printer.setPageOrientation(QPageLayout.Portrait)
        printer.setDocName(self._suggested_name()[:-4])

    def print_to(self, printer: QPrinter) -> int:
        """Draw every page of the preview on `printer`, scaled to fit its printable area.

        Pages are rendered one at a time at no more than MAX_PRINT_DPI, so a
        1200 dpi printer driver does not need a gigabyte per page.  Returns the
        number of pages printed.
        """
        doc = self.pdf_document
        pages = doc.pageCount()
        if pages <= 0:
            return 0
        to_file = printer.outputFileName()
        if to_file:
            owner_only_file(to_file)  # "Print to file" holds personal data like every other report
        painter = QPainter()
        if not painter.begin(printer):
            show_error(self, MentorDeskError(translate("ReportsView", "The printer could not be started.")))
            return 0
        try:
            dpi = min(printer.resolution(), MAX_PRINT_DPI)
            for i in range(pages):
                if i:
                    printer.newPage()
                area = painter.viewport()
                pt = doc.pagePointSize(i)
                image = doc.render(i, QSize(max(1, round(pt.width() / 72 * dpi)),
                                            max(1, round(pt.height() / 72 * dpi))))
                scaled = QSize(image.width(), image.height()).scaled(area.size(), Qt.KeepAspectRatio)
                top_left = QPoint(area.x() + (area.width() - scaled.width()) // 2, area.y())
                painter.drawImage(QRect(top_left, scaled), image)
        finally:
            painter.end()
            if to_file:
                owner_only_file(to_file)
        self.status.setText(self.counted("sent", pages))
        return pages

    # -- all reports of a program ---------------------------------------------------------------
    def export_all_dialog(self) -> None:
        if not self.batch_button.isEnabled():
            return
        box = QMessageBox(QMessageBox.Question, translate("ReportsView", "All reports for this program"),
                          translate("ReportsView", "Write one PDF per relationship into a folder, or one combined PDF "
                                  "to print in a single go?"), QMessageBox.NoButton, self)
        folder = box.addButton(translate("ReportsView", "One file each…"), QMessageBox.AcceptRole)
        combined = box.addButton(translate("ReportsView", "One combined PDF…"), QMessageBox.AcceptRole)
        box.addButton(QMessageBox.Cancel)
        with_summary = QCheckBox(translate("ReportsView", "Also the program summary"), box)
        with_summary.setChecked(True)
        box.setCheckBox(with_summary)
        self.batch_box = box
        box.exec()
        summary = with_summary.isChecked()
        if box.clickedButton() is folder:
            path = existing_folder(self, translate("ReportsView", "Folder for the reports"))
            if path:
                self._offer_folder = True  # chosen by HR in a dialog: offer to open where they went
                self.export_all(out_dir=Path(path), summary=summary)
        elif box.clickedButton() is combined:
            name = f"{self.program_combo.currentText() or 'reports'}.pdf"
            path, _ = save_file_name(self, translate("ReportsView", "Combined report"),
                                     translate("ReportsView", "PDF files (*.pdf)"), name=name)
            if path:
                if not path.lower().endswith(".pdf"):
                    path += ".pdf"
                self._offer_folder = True
                self.export_all(combined=Path(path), summary=summary)

    def export_all(self, out_dir: Path | None = None, combined: Path | None = None,
                   summary: bool = False) -> Task | None:
        """Every relationship report of the program (and with `summary` the program summary),
        off the UI thread with progress and Cancel.

        Cancelled in folder mode, the whole reports finished so far stay; in
        combined mode nothing is written.  `last_batch` is (files, cancelled).
        """
        program_id = self.program_combo.currentData()
        if self.db is None or not program_id or self.batch_task is not None:
            return None
        options = self.options()
        # translated here: the worker thread must not touch this widget
        reading = translate("ReportsView", "Reading the relationships…")
        each = translate("ReportsView", "Report {0} of {1}")

        def work(ctx: TaskContext) -> tuple[list[Path], bool]:
            ctx.progress(0, 0, reading)
            written = svc.write_program_batch(
                ctx.db, program_id, out_dir=out_dir, combined=combined, options=options, summary=summary,
                progress=lambda done, total: ctx.progress(done, total, each.format(done, total)),
                cancelled=ctx.cancelled)
            return written, ctx.cancelled()

        def finished() -> None:
            self.batch_task = None
            self._update_actions()

        def done(result: tuple[list[Path], bool]) -> None:
            self.last_batch = result
            files, cancelled = result
            where = out_dir if out_dir is not None else combined
            if cancelled:
                text = self.counted("cancelled", len(files))
            else:
                text = self.counted("written", len(files)).format(where)
            self.batch_note.setText(text)
            if files and getattr(self, "_offer_folder", False):
                self.saved_box = offer_open_folder(self, where, text)
            self._offer_folder = False

        def failed(error: BaseException) -> None:
            self.last_batch = ([], False)
            show_error(self, error, translate("ReportsView", "The reports were not written"))

        self.batch_note.setText("")
        self.batch_task = run_in_background(
            self, work, label=translate("ReportsView", "Writing the reports…"), db_path=self.db.path,
            on_success=done, on_failure=failed, on_cancel=lambda: None, cancellable=True, show_progress=True)
        self.batch_task.done.connect(finished)
        self._update_actions()
        return self.batch_task
