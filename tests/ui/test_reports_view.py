"""The Reports screen: preview, options remembered, save, print, all reports with cancel."""

from __future__ import annotations

import os
import stat

import pytest
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter

from mentordesk.services import programs
from mentordesk.services import reports as svc
from ui import tasks
from ui.views.reports import PROGRAM_SUMMARY, ReportsView

PREVIEW_TIMEOUT = 30_000


# A preview may still be rendering when a test ends: it finishes before the next test starts.
pytestmark = pytest.mark.usefixtures("no_task_left_running")


@pytest.fixture
def db_path(demo_file):
    """This file's tests work on the shared demo company (`db` opens it)."""
    return demo_file


@pytest.fixture
def demo(db) -> str:
    """The demo company's program."""
    [program] = programs.list_programs(db)
    return program.id


@pytest.fixture
def view(host_view, db, demo) -> ReportsView:
    return host_view(ReportsView, db, size=(1200, 800))


def _wait_preview(qtbot, view: ReportsView) -> None:
    qtbot.waitUntil(lambda: view.preview_ready() and view.pdf_document.pageCount() >= 1, timeout=PREVIEW_TIMEOUT)


def test_lists_program_summary_then_each_relationship(view, db, demo):
    rels = svc.program_relationships(db, demo)
    assert view.program_combo.currentData() == demo
    assert view.item_list.count() == len(rels) + 1
    assert view.item_list.item(0).data(0x0100) == PROGRAM_SUMMARY
    first = view.item_list.item(1).text()
    assert first.startswith(f"{rels[0].mentor_name} → {rels[0].mentee_name}")
    assert "Stage" in first


def test_selecting_a_relationship_previews_its_pdf(qtbot, view, db, demo, screenshot):
    rel = svc.program_relationships(db, demo)[3]
    assert view.select_relationship(rel.id)
    _wait_preview(qtbot, view)
    assert view.pdf_document.pageCount() >= 1
    assert view.print_button.isEnabled() and view.save_button.isEnabled()
    # the preview lives in a private folder
    assert stat.S_IMODE(os.stat(view._tmp).st_mode) == 0o700
    assert stat.S_IMODE(os.stat(view._preview_path).st_mode) == 0o600
    text = "".join(p.extract_text() for p in PdfReader(view._preview_path).pages)
    assert rel.mentor_name in text and rel.mentee_name in text
    view.window().resize(1280, 820)
    screenshot(view.window(), "reports_view.png")


def test_program_summary_preview(qtbot, view, db, demo):
    view.item_list.setCurrentRow(0)
    _wait_preview(qtbot, view)
    text = "".join(p.extract_text() for p in PdfReader(view._preview_path).pages)
    assert "Growing Leaders 2026" in text


@pytest.fixture
def empty_db(tmp_path):
    """A company file with nothing in it yet, open for the test."""
    from mentordesk.storage.database import Database

    db = Database.open(tmp_path / "empty.db")
    yield db
    db.close()


def test_nothing_selected_disables_actions(host_view, empty_db):
    view = host_view(ReportsView, empty_db)  # empty file: no program
    assert view.item_list.count() == 0
    assert not view.print_button.isEnabled()
    assert not view.save_button.isEnabled()
    assert not view.batch_button.isEnabled()
    view.refresh_preview()  # what the scheduled preview does, now rather than after a wait
    assert view.preview_task is None and tasks.running_count() == 0
    assert view.pdf_document.pageCount() == 0
    assert view.status.text() == "Choose a program and a report."


def test_changing_options_renders_again_and_they_are_remembered(qtbot, host_view, view, db, demo):
    _wait_preview(qtbot, view)
    first = view._preview_path
    view.company.setText("Acme Ibérica S.L.")
    view.company.editingFinished.emit()
    view.for_manager.setChecked(True)
    view.paper.setCurrentIndex(view.paper.findData("Letter"))
    assert not view.include_notes.isEnabled()
    assert not view.save_button.isEnabled() or not view.preview_ready()
    _wait_preview(qtbot, view)
    assert view._preview_path != first and not first.exists()  # the old preview is cleaned up
    box = PdfReader(view._preview_path).pages[0].mediabox
    assert round(float(box.width)) == 612  # US Letter
    assert "Acme Ibérica S.L." in PdfReader(view._preview_path).pages[0].extract_text()
    again = host_view(ReportsView, db)
    assert again.company.text() == "Acme Ibérica S.L."
    assert again.for_manager.isChecked()
    assert again.paper.currentData() == "Letter"
    assert again.options().include_checkin_comments is False


def test_save_as_copies_the_previewed_file_owner_only(qtbot, view, tmp_path):
    view.item_list.setCurrentRow(2)
    _wait_preview(qtbot, view)
    out = view.save_to(tmp_path / "saved.pdf")
    assert out.read_bytes() == view._preview_path.read_bytes()
    assert stat.S_IMODE(os.stat(out).st_mode) == 0o600


def test_print_renders_every_page(qtbot, view, tmp_path):
    view.item_list.setCurrentRow(1)
    _wait_preview(qtbot, view)
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    view._prepare_printer(printer)
    pages = view.print_to(printer)
    assert pages == view.pdf_document.pageCount()
    assert len(PdfReader(tmp_path / "printed.pdf").pages) == pages


def _wait_batch(qtbot, view) -> None:
    qtbot.waitUntil(lambda: view.batch_task is None, timeout=120_000)


def test_all_reports_into_a_folder_with_progress(qtbot, view, db, demo, tmp_path):
    n = len(svc.program_relationships(db, demo))
    assert view.batch_button.isEnabled()
    task = view.export_all(out_dir=tmp_path / "out")
    assert task is not None and not view.batch_button.isEnabled()
    _wait_batch(qtbot, view)
    files, cancelled = view.last_batch
    assert not cancelled and len(files) == n
    assert task.ctx.snapshot()[:2] == (n, n)
    for f in files:
        assert len(PdfReader(f).pages) >= 1
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == sorted(f.name for f in files)
    assert view.batch_button.isEnabled()
    assert str(n) in view.batch_note.text()


@pytest.mark.parametrize("mode", ["folder", "combined"])
def test_cancelling_all_reports_leaves_no_partial_file(qtbot, view, db, demo, tmp_path, mode):
    n = len(svc.program_relationships(db, demo))
    out_dir = tmp_path / "out"
    combined = tmp_path / "all.pdf"
    task = view.export_all(out_dir=out_dir) if mode == "folder" else view.export_all(combined=combined)
    task.cancel()
    _wait_batch(qtbot, view)
    files, cancelled = view.last_batch
    assert cancelled
    written = list(out_dir.iterdir()) if out_dir.exists() else []
    written += [combined] if combined.exists() else []
    assert len(written) < n
    assert not [p for p in written if p.suffix != ".pdf"]  # no .part leftovers
    for p in written:
        PdfReader(p)  # every file that stays is whole
    if mode == "combined":
        assert not combined.exists()
    assert "Cancelled" in view.batch_note.text()


def test_hidden_screen_renders_only_when_shown(qtbot, host_view, db, demo):
    view = host_view(ReportsView, db, show=False)  # the file opened while another screen is showing
    assert view.item_list.count() > 0
    view.refresh_preview()  # what the scheduled preview does, now rather than after a wait
    assert view.preview_task is None and tasks.running_count() == 0
    view.window().show()
    _wait_preview(qtbot, view)
    assert view.preview_task is not None


def test_main_window_lists_the_reports_screen(empty_window):
    view = empty_window.show_view("ReportsView")
    assert isinstance(view, ReportsView)
    assert view.title() == "Reports"
    assert not view.batch_button.isEnabled() and not view.print_button.isEnabled()


def test_a_click_and_the_arrow_keys_choose_what_is_previewed(qtbot, view, db, demo):
    """As HR does it: click a relationship in the list, then step to the next one with the Down key."""
    from PySide6.QtCore import Qt

    rels = svc.program_relationships(db, demo)
    item = view.item_list.item(2)
    qtbot.mouseClick(view.item_list.viewport(), Qt.LeftButton, pos=view.item_list.visualItemRect(item).center())
    assert view.item_list.currentRow() == 2
    _wait_preview(qtbot, view)
    text = PdfReader(view._preview_path).pages[0].extract_text()
    assert rels[1].mentor_name in text and rels[1].mentee_name in text
    qtbot.keyClick(view.item_list, Qt.Key_Down)
    assert view.item_list.currentRow() == 3
    assert not view.preview_ready()  # the shown preview is for the previous relationship
    _wait_preview(qtbot, view)
    text = PdfReader(view._preview_path).pages[0].extract_text()
    assert rels[2].mentor_name in text and rels[2].mentee_name in text
    qtbot.keyClick(view.item_list, Qt.Key_Home)
    assert view.item_list.currentRow() == 0
    _wait_preview(qtbot, view)
    assert "Growing Leaders 2026" in PdfReader(view._preview_path).pages[0].extract_text()
