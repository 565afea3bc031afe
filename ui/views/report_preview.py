"""The Reports screen's preview: the selected report rendered off the UI thread and shown.

A mixin of `ReportsView` (as `ReportOutput` is for printing and saving), kept apart
so the view holds its widgets and choices and this module the render cycle:
selections are debounced, every render carries a generation number, and a late
result for an old selection is dropped, so arrowing down the list never queues
stale previews. Texts keep the "ReportsView" translation context.
"""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtPdf import QPdfDocument

from mentordesk.errors import MentorDeskError
from mentordesk.services import reports as svc

from ..tasks import TaskContext, run_in_background
from .report_output import PROGRAM_SUMMARY, translate


class ReportPreview:
    """Render, show and drop previews; the view provides the widgets, `options()` and `_tmp`."""

    def _schedule_preview(self) -> None:
        self._update_actions()
        self._timer.start()

    def refresh_preview(self) -> None:
        """Render the selected report off the UI thread; the newest request wins."""
        self._timer.stop()
        target = self.current_item()
        program_id = self.program_combo.currentData()
        if not self.isVisible():
            self._stale = True  # rendered when the screen is shown, not on every file change
            return
        self._stale = False
        if self.db is None or target is None or not program_id:
            self._show_nothing(translate("ReportsView", "Choose a program and a report.") if self.db is not None
                               else translate("ReportsView", "Open a file to make reports."))
            return
        options = self.options()
        key = (program_id, target, options)
        if key == self._preview_key and self._preview_path is not None:
            return
        self._generation += 1
        generation = self._generation
        out = self._tmp / f"preview-{generation}.pdf"
        self._preview_key = None
        self.status.setText(translate("ReportsView", "Preparing the preview…"))
        self._update_actions()

        def work(ctx: TaskContext) -> Path:
            if target == PROGRAM_SUMMARY:
                svc.write_program_report(ctx.db, program_id, out, options)
            else:
                svc.write_relationship_report(ctx.db, target, out, options)
            return out

        def done(path: Path) -> None:
            if not shiboken6.isValid(self) or generation != self._generation:
                path.unlink(missing_ok=True)  # a newer selection is on its way
                return
            self._load_preview(path, key)

        def failed(error: BaseException) -> None:
            out.unlink(missing_ok=True)
            if shiboken6.isValid(self) and generation == self._generation:
                self._show_nothing(str(error) if isinstance(error, MentorDeskError)
                                   else translate("ReportsView", "The preview could not be made: {0}").format(error))

        # Not parented to the view: closing the window mid-render must not destroy a running
        # thread (Qt aborts on that); the task keeps itself alive until it ends.
        self.preview_task = run_in_background(None, work, label=translate("ReportsView", "Preparing the preview…"),
                                              db_path=self.db.path, on_success=done, on_failure=failed,
                                              cancellable=False, show_progress=False)

    def _load_preview(self, path: Path, key: tuple) -> None:
        old = self._preview_path
        self.pdf_document.close()
        error = self.pdf_document.load(str(path))
        if error != QPdfDocument.Error.None_:
            self._show_nothing(translate("ReportsView", "The preview could not be opened."))
            path.unlink(missing_ok=True)
            return
        self._preview_path, self._preview_key = path, key
        if old is not None and old != path:
            old.unlink(missing_ok=True)
        pages = self.pdf_document.pageCount()
        self.status.setText(self.counted("pages", pages))
        self._update_actions()

    def _show_nothing(self, text: str) -> None:
        self.pdf_document.close()
        if self._preview_path is not None:
            self._preview_path.unlink(missing_ok=True)
        self._preview_path, self._preview_key = None, None
        self.status.setText(text)
        self._update_actions()

    def preview_ready(self) -> bool:
        """True when the preview shows the current selection with the current options."""
        key = (self.program_combo.currentData(), self.current_item(), self.options())
        return self._preview_path is not None and self._preview_key == key \
            and self.pdf_document.pageCount() > 0
