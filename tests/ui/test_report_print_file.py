"""A report printed to a file (the print dialog's "Print to file") is owner-only like every other
report (issue 13): it holds personal data, whatever the user's umask."""

from __future__ import annotations

import os
import stat

import pytest
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter

from ui.views.reports import ReportsView

pytestmark = pytest.mark.usefixtures("no_task_left_running")


@pytest.fixture
def view(host_view, demo_db) -> ReportsView:
    return host_view(ReportsView, demo_db, size=(1200, 800))


@pytest.fixture
def open_umask():
    old = os.umask(0o022)  # files readable by everyone unless MentorDesk says otherwise
    yield
    os.umask(old)


def printer_to(path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


@pytest.mark.parametrize("existing_mode", [None, 0o644, 0o666])
def test_print_to_file_is_owner_only(qtbot, view, tmp_path, open_umask, existing_mode) -> None:
    target = tmp_path / "printed.pdf"
    if existing_mode is not None:  # printing over an older print that others could read
        target.write_bytes(b"old")
        os.chmod(target, existing_mode)
    view.item_list.setCurrentRow(1)
    qtbot.waitUntil(lambda: view.preview_ready(), timeout=30_000)
    printer = printer_to(target)
    view._prepare_printer(printer)
    pages = view.print_to(printer)
    assert pages >= 1 and len(PdfReader(target).pages) == pages
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o600
