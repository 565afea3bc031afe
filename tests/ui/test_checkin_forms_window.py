"""Check-in forms in the window: saved from the Relationships and Attention pages, returned ones
dropped on the main window (a real QDropEvent with file URLs) and summarised per file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from mentordesk import relationships as rules
from mentordesk.io import form_seal as fs
from mentordesk.services import checkin_forms as svc
from ui.app import MainWindow


@pytest.fixture
def window(qtbot, open_window, demo_file: Path) -> MainWindow:
    w = open_window(demo_file)  # shown: Qt delivers drag and drop events to visible windows only
    qtbot.waitExposed(w)
    return w


def _fill(src: Path, dst: Path, score: int) -> Path:
    writer = PdfWriter(clone_from=PdfReader(src))
    values = {f"{fs.SCORE_PREFIX}{k}": f"/{score}" for k in rules.CHECKIN_QUESTIONS}
    values[fs.F_MEETINGS] = "2"
    writer.update_page_form_field_values(writer.pages[0], values, auto_regenerate=True)
    writer.write(dst)
    return dst


def _mime(*paths: Path | str) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) if isinstance(p, Path) else QUrl(p) for p in paths])
    return mime


def _point(window: MainWindow) -> QPoint:
    """A point over the page shown (a child that takes no drops itself), in window coordinates."""
    return window.stack.mapTo(window, QPoint(60, 60))


def _enter(window: MainWindow, mime: QMimeData) -> bool:
    """A drag entering the window, delivered to its QWindow as the platform does."""
    event = QDragEnterEvent(_point(window), Qt.CopyAction, mime, Qt.LeftButton, Qt.NoModifier)
    event.ignore()
    QApplication.sendEvent(window.windowHandle(), event)
    return event.isAccepted()


def _drop(window: MainWindow, mime: QMimeData) -> QDropEvent:
    """Drag in and drop over the page shown: Qt finds the widget under the point and passes the
    drop up to the main window, which takes it."""
    assert _enter(window, mime)
    event = QDropEvent(QPointF(_point(window)), Qt.CopyAction, mime, Qt.LeftButton, Qt.NoModifier)
    event.ignore()
    QApplication.sendEvent(window.windowHandle(), event)
    return event


def test_drag_is_accepted_only_for_pdfs_and_folders(window: MainWindow, tmp_path: Path) -> None:
    pdf, txt = tmp_path / "a.pdf", tmp_path / "notes.txt"
    pdf.write_bytes(b"%PDF-1.4")
    txt.write_text("x")
    assert window.acceptDrops()
    assert _enter(window, _mime(pdf))
    assert _enter(window, _mime(tmp_path))
    assert _enter(window, _mime(txt, pdf))
    assert not _enter(window, _mime(txt))
    assert not _enter(window, _mime("https://example.com/form.pdf"))


def test_dropped_files_and_folder_are_recorded_and_summarised(qtbot, window: MainWindow, tmp_path: Path) -> None:
    forms, _ = svc.due_forms(window.db)
    made = svc.write_forms(window.db, tmp_path / "out", relationship_id=forms[0].relationship_id)
    by_role = {PdfReader(p).get_fields()[fs.F_ROLE]["/V"]: p for p in made.paths}
    good = _fill(by_role["mentor"], tmp_path / "mentor back.pdf", 4)
    folder = tmp_path / "inbox"
    folder.mkdir()
    blank = folder / "blank.pdf"
    blank.write_bytes(by_role["mentee"].read_bytes())
    (folder / "broken.pdf").write_bytes(b"%PDF-1.7 nothing else")
    event = _drop(window, _mime(good, folder, tmp_path / "ignored.txt"))
    assert event.isAccepted()
    qtbot.waitUntil(lambda: getattr(window, "form_import_dialog", None) is not None, timeout=30000)
    dialog = window.form_import_dialog
    assert dialog.statuses() == {"mentor back.pdf": svc.IMPORTED, "blank.pdf": svc.INCOMPLETE,
                                 "broken.pdf": svc.DAMAGED}
    assert dialog.table.rowCount() == 3
    assert dialog.table.item(0, 1).data(Qt.UserRole) != svc.IMPORTED  # refusals first: they need HR
    assert "1 recorded" in dialog.summary.text()
    rows = window.db.query("SELECT role, scores, form_id FROM checkins WHERE form_id IS NOT NULL")
    assert len(rows) == 1 and rows[0]["role"] == "mentor"
    assert json.loads(rows[0]["scores"]) == {k: 4 for k in rules.CHECKIN_QUESTIONS}
    # dropped again: recognised, nothing new
    window.form_import_dialog = None
    _drop(window, _mime(good))
    qtbot.waitUntil(lambda: getattr(window, "form_import_dialog", None) is not None, timeout=30000)
    assert window.form_import_dialog.statuses() == {"mentor back.pdf": svc.ALREADY}
    assert window.db.scalar("SELECT count(*) FROM checkins WHERE form_id IS NOT NULL") == 1


def test_relationships_view_saves_forms_for_the_selected_pair(qtbot, window: MainWindow, tmp_path: Path) -> None:
    view = window.show_view("RelationshipsView")
    assert view is not None and view.forms_button.isEnabled()
    active = [r for r in view.filtered() if r.status == "active"]
    assert view.select_relationship(active[0].id)
    view.save_checkin_forms(folder=tmp_path / "pair")
    qtbot.waitUntil(lambda: getattr(view, "last_forms", None) is not None, timeout=30000)
    fields = [PdfReader(p).get_fields() for p in view.last_forms.paths]
    assert sorted(f[fs.F_ROLE]["/V"] for f in fields) == ["mentee", "mentor"]
    assert {f[fs.F_RELATIONSHIP]["/V"] for f in fields} == {active[0].id}


def test_attention_page_saves_every_due_form(qtbot, window: MainWindow, tmp_path: Path) -> None:
    view = window.show_view("AttentionView")
    assert view is not None and view.forms_button.isEnabled()
    view.save_checkin_forms(folder=tmp_path / "due")
    qtbot.waitUntil(lambda: getattr(view, "last_forms", None) is not None, timeout=30000)
    expected, _ = svc.due_forms(window.db)
    assert len(view.last_forms.paths) == len(expected) > 0
    assert all(p.parent == (tmp_path / "due").resolve() for p in view.last_forms.paths)


def test_a_read_only_window_records_nothing_and_says_why(qtbot, window: MainWindow, tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    forms, _ = svc.due_forms(window.db)
    made = svc.write_forms(window.db, tmp_path / "out", relationship_id=forms[0].relationship_id)
    good = _fill(made.paths[0], tmp_path / "back.pdf", 3)
    window.reopen_read_only("Anna has this file open for editing.")
    boxes: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "open", lambda self: boxes.append(self))
    _drop(window, _mime(good))
    assert boxes and "reading only" in boxes[0].text() and "Nothing was changed" in boxes[0].text()
    assert getattr(window, "form_import_dialog", None) is None
    assert window.db.scalar("SELECT count(*) FROM checkins WHERE form_id IS NOT NULL") == 0
    # making forms still works read-only once the file has its key (made above)
    view = window.show_view("AttentionView")
    view.save_checkin_forms(folder=tmp_path / "again")
    qtbot.waitUntil(lambda: getattr(view, "last_forms", None) is not None, timeout=30000)
    assert view.last_forms.paths
