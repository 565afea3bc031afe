"""The Reports screen: see exactly what will go on paper before it goes there.

Left, what to report on (a program, then its summary or one relationship) and
how (paper, private notes, the manager's copy, company name and logo -- the
last remembered between sessions).  Right, the real PDF, not an approximation:
it is rendered off the UI thread into a private temporary folder and shown with
QtPdf, so what HR previews, prints and saves is byte for byte the same file.

Rendering a report takes a few tenths of a second; selections are debounced
and every render carries a generation number, so arrowing down the list never
queues stale previews and a late result for an old selection is dropped.
"""

from __future__ import annotations

import shutil
import weakref
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from mentordesk.errors import MentorDeskError
from mentordesk.reports import ReportOptions
from mentordesk.services import programs as programs_svc
from mentordesk.services import reports as svc

from .. import theme
from ..models.relationships_model import stage_label, status_label
from ..report_header import HeaderFields, adopt_laptop_header
from ..settings import settings
from ..tasks import Task
from .base import View
from .report_language import language_combo
from .report_output import PROGRAM_SUMMARY, ItemRole, ReportOutput
from .report_preview import ReportPreview

#: Debounce for selection and option changes, in ms.
PREVIEW_DELAY = 150


def _private_dir() -> Path:
    """Reports hold personal data: their previews live in a folder only the user can read,
    named so the next start removes it if this window is killed (and old ones now)."""
    from mentordesk.storage.leftovers import private_temp_folder

    return private_temp_folder()


class ReportsView(ReportPreview, ReportOutput, View):
    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self._tmp = _private_dir()
        self._finalizer = weakref.finalize(self, shutil.rmtree, str(self._tmp), True)
        self._generation = 0
        self._preview_path: Path | None = None
        self._preview_key: tuple | None = None
        self.preview_task: Task | None = None
        self.batch_task: Task | None = None
        self.last_batch: tuple[list[Path], bool] | None = None
        self._loading_settings = False

        options_box = self._build_choices()
        left = self._build_left(options_box)
        right = self._build_preview()
        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([330, 800])
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(splitter)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY)
        self._timer.timeout.connect(self.refresh_preview)

        self._load_settings()
        self._update_actions()

    def _build_choices(self) -> QGroupBox:
        """What to report on (program, then summary or a pair) and how (the options box)."""
        self.program_combo = QComboBox(self)
        self.program_combo.setObjectName("reportProgram")
        self.program_combo.currentIndexChanged.connect(self._program_changed)
        self.item_list = QListWidget(self)
        self.item_list.setObjectName("reportItems")
        self.item_list.setAlternatingRowColors(True)
        self.item_list.currentItemChanged.connect(lambda *_: self._schedule_preview())
        self.paper = QComboBox(self)
        self.paper.addItem(self.tr("A4"), "A4")
        self.paper.addItem(self.tr("US Letter"), "Letter")
        self.include_notes = QCheckBox(self.tr("Include private meeting notes"), self)
        self.for_manager = QCheckBox(self.tr("Manager's copy (no notes, no check-in comments)"), self)
        self.language = language_combo(self)
        self.header = HeaderFields(None, self)  # the open file's header (issue 13), saved into the file
        self.company = self.header.company
        options_box = QGroupBox(self.tr("Options"), self)
        form = QFormLayout(options_box)
        form.addRow(self.tr("&Paper:"), self.paper)
        form.addRow(self.tr("Lan&guage:"), self.language)
        form.addRow(self.include_notes)
        form.addRow(self.for_manager)
        form.addRow(self.header)
        self.paper.currentIndexChanged.connect(self._options_changed)
        self.language.currentIndexChanged.connect(self._options_changed)
        self.include_notes.toggled.connect(self._options_changed)
        self.for_manager.toggled.connect(self._options_changed)
        self.header.changed.connect(self._header_changed)
        return options_box

    def _build_left(self, options_box: QGroupBox) -> QWidget:
        """The left column: heading, program, report list, options and the batch button."""
        self.batch_button = QPushButton(self.tr("All reports for this program…"), self)
        self.batch_button.setObjectName("batchButton")
        self.batch_button.clicked.connect(self.export_all_dialog)
        self.batch_note = QLabel(self)
        self.batch_note.setWordWrap(True)
        self.batch_note.setObjectName("batchNote")

        left = QWidget(self)
        lv = QVBoxLayout(left)
        lv.setContentsMargins(12, 12, 6, 12)
        heading = QLabel(self.tr("Reports"), left)
        theme.mark(heading, "page_title")
        lv.addWidget(heading)
        lv.addWidget(QLabel(self.tr("Program"), left))
        lv.addWidget(self.program_combo)
        lv.addWidget(QLabel(self.tr("Report"), left))
        lv.addWidget(self.item_list, 1)
        lv.addWidget(options_box)
        lv.addWidget(self.batch_button)
        lv.addWidget(self.batch_note)
        return left

    def _build_preview(self) -> QWidget:
        """The right column: the real PDF, its status line, Print and Save As."""
        self.pdf_document = QPdfDocument(self)
        self.pdf_view = QPdfView(self)
        self.pdf_view.setObjectName("reportPreview")
        self.pdf_view.setDocument(self.pdf_document)
        self.pdf_view.setPageMode(QPdfView.PageMode.MultiPage)
        self.pdf_view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.pdf_view.setPageSpacing(12)
        self.pdf_view.setStyleSheet(f"QPdfView {{ background: {theme.css('preview_bg')}; }}")
        self.status = QLabel(self)
        self.status.setObjectName("previewStatus")
        self.status.setWordWrap(True)
        self.print_button = QPushButton(self.tr("Print…"), self)
        self.print_button.setObjectName("printButton")
        self.print_button.clicked.connect(self.print_dialog)
        self.save_button = QPushButton(self.tr("Save As…"), self)
        self.save_button.setObjectName("saveButton")
        self.save_button.clicked.connect(self.save_dialog)
        bar = QHBoxLayout()
        bar.addWidget(self.status, 1)
        bar.addWidget(self.print_button)
        bar.addWidget(self.save_button)
        right = QWidget(self)
        rv = QVBoxLayout(right)
        rv.setContentsMargins(6, 12, 12, 12)
        rv.addLayout(bar)
        rv.addWidget(self.pdf_view, 1)
        return right

    def title(self) -> str:
        return self.tr("Reports")

    def counted(self, what: str, n: int) -> str:
        """The sentences with a count, here so lupdate sees Qt's plural forms (`self.tr(..., n)`)."""
        if what == "sent":
            return self.tr("Sent %n page(s) to the printer.", "", n)
        if what == "pages":
            return self.tr("%n page(s)", "", n)
        if what == "cancelled":
            return self.tr("Cancelled. %n report file(s) written.", "", n)
        return self.tr("%n report file(s) written to {0}.", "", n)

    # -- settings --------------------------------------------------------------------------
    def _settings(self):
        return settings()

    def _load_settings(self) -> None:
        s = self._settings()
        self._loading_settings = True
        try:
            values = {key: s.value(key) for key in svc.SETTING_KEYS}
            if not values[svc.SETTING_PAGE_SIZE]:  # never chosen: the locale's paper (Letter in the US)
                from ui.dialogs.preferences_dialog import default_paper_size

                values[svc.SETTING_PAGE_SIZE] = default_paper_size()
            options = svc.report_options_from_settings(values)
            self.paper.setCurrentIndex(max(0, self.paper.findData(options.page_size)))
            self.for_manager.setChecked(svc._flag(values[svc.SETTING_FOR_MANAGER]))
            self.include_notes.setChecked(svc._flag(values[svc.SETTING_INCLUDE_NOTES]))
        finally:
            self._loading_settings = False
        self._sync_option_states()

    def _save_settings(self) -> None:
        s = self._settings()
        s.setValue(svc.SETTING_PAGE_SIZE, self.paper.currentData())
        s.setValue(svc.SETTING_INCLUDE_NOTES, self.include_notes.isChecked())
        s.setValue(svc.SETTING_FOR_MANAGER, self.for_manager.isChecked())
        s.sync()

    def _sync_option_states(self) -> None:
        # the manager's copy never carries notes, so the box cannot claim otherwise
        self.include_notes.setEnabled(not self.for_manager.isChecked())

    def options(self) -> ReportOptions:
        """The options as shown on screen (the notes box counts only for the HR copy); the
        company name and logo are the file's, filled in by the report service."""
        return svc.report_options_from_settings({
            "page_size": self.paper.currentData(),
            "include_notes": self.include_notes.isChecked() and not self.for_manager.isChecked(),
            "for_manager": self.for_manager.isChecked(),
            "language": self.language.currentData() or "",
        })

    def _options_changed(self, *_: Any) -> None:
        if self._loading_settings:
            return
        self._sync_option_states()
        self._save_settings()
        self._schedule_preview()

    def _header_changed(self) -> None:
        """The header was edited: into the file at once, then a new preview shows it."""
        if self.header.save():
            self._preview_key = None
            self._schedule_preview()

    # -- data ------------------------------------------------------------------------------
    def reload(self) -> None:
        """Programs and pairs again from the file; the selection and preview follow."""
        current_program = self.program_combo.currentData()
        current_item = self.current_item()
        adopt_laptop_header(self.db, self._settings())
        self.header.load(self.db)
        self.program_combo.blockSignals(True)
        self.program_combo.clear()
        if self.db is not None:
            try:
                for p in programs_svc.list_programs(self.db):
                    self.program_combo.addItem(p.name, p.id)
            except MentorDeskError as exc:
                self.status.setText(str(exc))
        index = self.program_combo.findData(current_program) if current_program else -1
        self.program_combo.setCurrentIndex(index if index >= 0 else self._first_program_with_pairs())
        self.program_combo.blockSignals(False)
        self._fill_items(current_item)

    def _first_program_with_pairs(self) -> int:
        """Where the screen opens: the first program that has relationships to report on
        (a new, empty program first in the list would show an empty summary)."""
        for row in range(self.program_combo.count()):
            try:
                if svc.program_relationships(self.db, self.program_combo.itemData(row)):
                    return row
            except MentorDeskError:
                break
        return 0 if self.program_combo.count() else -1

    def _program_changed(self, *_: Any) -> None:
        self._fill_items(PROGRAM_SUMMARY)

    def _fill_items(self, select: str | None) -> None:
        self.item_list.blockSignals(True)
        self.item_list.clear()
        program_id = self.program_combo.currentData()
        self._relationship_count = 0
        if self.db is not None and program_id:
            summary = QListWidgetItem(self.tr("Program summary"), self.item_list)
            summary.setData(ItemRole, PROGRAM_SUMMARY)
            font = summary.font()
            font.setBold(True)
            summary.setFont(font)
            try:
                rels = svc.program_relationships(self.db, program_id)
            except MentorDeskError as exc:
                rels = []
                self.status.setText(str(exc))
            self._relationship_count = len(rels)
            from mentordesk.services.namesakes import namesake_labels
            shown = namesake_labels(self.db) if rels else {}  # two active namesakes: with ID and department
            for r in rels:
                item = QListWidgetItem(self.tr("{0} → {1}").format(shown.get(r.mentor_id, r.mentor_name),
                                                                  shown.get(r.mentee_id, r.mentee_name)),
                                       self.item_list)
                item.setData(ItemRole, r.id)
                item.setToolTip(self._stage_text(r))
                item.setText(item.text() + "\n   " + self._stage_text(r))
        wanted = select if select is not None else PROGRAM_SUMMARY
        for row in range(self.item_list.count()):
            if self.item_list.item(row).data(ItemRole) == wanted:
                self.item_list.setCurrentRow(row)
                break
        else:
            if self.item_list.count():
                self.item_list.setCurrentRow(0)
        self.item_list.blockSignals(False)
        self._preview_key = None  # the file may have changed: render again
        self._schedule_preview()

    def _stage_text(self, r: Any) -> str:
        """The stage and the status in the words the report itself prints (mentordesk.vocabulary)."""
        if r.status == "closed":
            code = r.closure_outcome if r.closure_outcome in ("completed", "mentor_replaced") else "ended_early"
        else:
            code = "active"
        return self.tr("Stage {0}: {1} · {2}").format(r.stage, stage_label(r.stage), status_label(code))

    def current_item(self) -> str | None:
        item = self.item_list.currentItem()
        return item.data(ItemRole) if item is not None else None

    def select_relationship(self, rel_id: str) -> bool:
        for row in range(self.item_list.count()):
            if self.item_list.item(row).data(ItemRole) == rel_id:
                self.item_list.setCurrentRow(row)
                return True
        return False

    # -- preview -------------------------------------------------------------------------
    def _update_actions(self) -> None:
        # only what is on screen for the current choice may be printed or saved
        ready = self.preview_ready()
        self.print_button.setEnabled(ready)
        self.save_button.setEnabled(ready)
        has_pairs = self.db is not None and bool(self.program_combo.currentData()) \
            and getattr(self, "_relationship_count", 0) > 0 and self.batch_task is None
        self.batch_button.setEnabled(has_pairs)
        self.program_combo.setEnabled(self.db is not None and self.program_combo.count() > 0)
        self.item_list.setEnabled(self.db is not None and self.item_list.count() > 0)

    # -- lifecycle ----------------------------------------------------------------------------
    def showEvent(self, event) -> None:
        super().showEvent(event)
        if getattr(self, "_stale", False):
            self._schedule_preview()

    def closeEvent(self, event) -> None:
        self.pdf_document.close()
        super().closeEvent(event)
