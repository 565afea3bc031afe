"""The window's last word on faults: a damaged date and an unforeseen error, each a sentence.

A date column changed outside MentorDesk used to raise a bare ValueError out of the
Relationships screen's reload: a traceback on a terminal nobody watches and an empty list
saying "No relationships yet". An exception escaping any slot went the same way. Now the
first is a MentorDeskError shown in the error box, and `ui.unexpected.install` shows the
second as "Something went wrong…", one box at a time.
"""

from __future__ import annotations

import sqlite3
import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton


def _boxes(window) -> list[QMessageBox]:
    return [b for b in window.findChildren(QMessageBox, "errorBox") if b.isVisible()]


def test_a_damaged_date_opens_an_error_box_on_the_relationships_screen(qtbot, demo_file, open_window):
    with sqlite3.connect(demo_file) as conn:
        conn.execute("UPDATE relationships SET planned_end = 'soon' WHERE status = 'active'")
    conn.close()
    window = open_window(demo_file)
    window.show_view("RelationshipsView")
    qtbot.waitUntil(lambda: bool(_boxes(window)))
    text = _boxes(window)[0].text()
    assert len(_boxes(window)) == 1  # the Attention screen read the same row: said once, not stacked
    assert "The company file holds 'soon'" in text and "planned_end in relationships" in text
    assert "Traceback" not in text
    view = window.views["RelationshipsView"]
    pane = view.detail_pane.empty.text()
    assert pane == text and "No relationships yet" not in pane  # not as if they were lost
    _boxes(window)[0].button(QMessageBox.Ok).click()
    with sqlite3.connect(demo_file) as conn:  # the date put back (say, by whoever changed it)
        conn.execute("UPDATE relationships SET planned_end = '2027-01-15' WHERE planned_end = 'soon'")
    conn.close()
    view.reload()
    assert view.model.rowCount() > 0 and not _boxes(window)
    assert "company file holds" not in view.detail_pane.empty.text()


@pytest.fixture
def hooked(qtbot, empty_window, monkeypatch):
    """The window with the start-up hook installed; sys.excepthook is put back after the test."""
    from ui.unexpected import install

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    install(empty_window)
    empty_window.show()
    return empty_window


def _faulty_button(window, error: Exception) -> QPushButton:
    button = QPushButton("Do it", window)

    def fault() -> None:
        raise error

    button.clicked.connect(fault)
    button.show()
    return button


@pytest.mark.parametrize("error", [RuntimeError("disk gremlin"), KeyError("department"), ZeroDivisionError("x")])
def test_a_fault_in_a_clicked_slot_shows_a_sentence(qtbot, hooked, error):
    button = _faulty_button(hooked, error)
    qtbot.mouseClick(button, Qt.LeftButton)
    qtbot.waitUntil(lambda: bool(_boxes(hooked)))
    text = _boxes(hooked)[0].text()
    assert text.startswith("Something went wrong and the action was not completed")
    assert "Traceback" not in text


def test_one_box_at_a_time_and_a_new_one_after_it_is_closed(qtbot, hooked):
    button = _faulty_button(hooked, RuntimeError("again"))
    for _ in range(3):
        qtbot.mouseClick(button, Qt.LeftButton)
    qtbot.waitUntil(lambda: bool(_boxes(hooked)))
    assert len(_boxes(hooked)) == 1
    _boxes(hooked)[0].button(QMessageBox.Ok).click()
    qtbot.waitUntil(lambda: not _boxes(hooked))
    qtbot.mouseClick(button, Qt.LeftButton)
    qtbot.waitUntil(lambda: len(_boxes(hooked)) == 1)
