"""Never lose typed work: the real window, real clicks and keys, a real file per test.

The HR summary typed for one relationship survives a click on another one (HR
is asked); Escape, Cancel or the close button on a filled dialog asks
"Save / Discard / Cancel"; an unchanged dialog still just closes.
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)

from mentordesk import clock
from mentordesk.models import MentorProfile, Person
from mentordesk.services import people as people_service
from mentordesk.services import relationships as rel_service
from mentordesk.storage.database import Database
from ui.views.relationships import RelationshipsView
from ui.widgets.unsaved import BOX_NAME

START = clock.today() - timedelta(days=60)


@pytest.fixture
def pairs(db: Database) -> dict[str, str]:
    ids = {}
    for eid, name, role in (("E1", "Anna Berg", "mentor"), ("E2", "Bram Claes", "mentee"),
                            ("E3", "Cora Dijk", "mentee"), ("E4", "Daan Eck", "mentor")):
        ids[name.split()[0]] = people_service.add_person(
            db, Person(employee_id=eid, name=name, email=f"{eid.lower()}@example.com", role=role))
    for mentor in ("Anna", "Daan"):
        people_service.save_mentor_profile(db, MentorProfile(person_id=ids[mentor], capacity=2))
    ids["A"] = rel_service.start_relationship(db, ids["Anna"], ids["Bram"], start=START)
    ids["B"] = rel_service.start_relationship(db, ids["Daan"], ids["Cora"], start=START)
    rel_service.set_hr_summary(db, ids["B"], "B's stored summary")
    return ids


@pytest.fixture
def window(open_window, db: Database, db_path: Path, pairs):
    return open_window(db_path)


@pytest.fixture
def view(window) -> RelationshipsView:
    v = window.show_view("RelationshipsView")
    assert isinstance(v, RelationshipsView)
    return v


def question(qtbot, parent: QWidget) -> QMessageBox:
    """The Save / Discard / Cancel question, once it is on screen."""
    found: list[QMessageBox] = []

    def shown() -> bool:
        found[:] = [b for b in parent.findChildren(QMessageBox, BOX_NAME) if b.isVisible()]
        return len(found) == 1

    qtbot.waitUntil(shown, timeout=5000)
    return found[0]


def no_question(parent: QWidget) -> bool:
    return not [b for b in parent.findChildren(QMessageBox, BOX_NAME) if b.isVisible()]


def click_row(qtbot, view: RelationshipsView, rel_id: str) -> None:
    index = view.model.index(view.model.row_of(rel_id), 1)
    rect = view.table.visualRect(index)
    qtbot.mouseClick(view.table.viewport(), Qt.LeftButton, pos=rect.center())


def type_summary(qtbot, view: RelationshipsView, rel_id: str, text: str) -> None:
    click_row(qtbot, view, rel_id)
    assert view.selected_id() == rel_id
    view.tabs.setCurrentWidget(view.hr_summary.parentWidget())
    view.hr_summary.setFocus()
    qtbot.keyClicks(view.hr_summary, text)


# -- the HR summary ------------------------------------------------------------------------

@pytest.mark.parametrize("how", ["click", "arrow key", "attention page"])
def test_moving_to_another_relationship_asks_and_cancel_keeps_the_text(qtbot, view, db, pairs, how) -> None:
    type_summary(qtbot, view, pairs["A"], "Meet monthly; plan the closing talk")
    if how == "click":
        click_row(qtbot, view, pairs["B"])
    elif how == "arrow key":
        view.table.setFocus()
        key = Qt.Key_Down if view.model.row_of(pairs["B"]) > view.model.row_of(pairs["A"]) else Qt.Key_Up
        qtbot.keyClick(view.table, key)
    else:
        view.open_relationship(pairs["B"])
    box = question(qtbot, view)
    assert "Anna Berg" in box.text()
    # While HR decides, the pair being written about stays selected and the text stays.
    assert view.selected_id() == pairs["A"]
    assert view.hr_summary.toPlainText() == "Meet monthly; plan the closing talk"
    qtbot.mouseClick(box.button(QMessageBox.Cancel), Qt.LeftButton)
    qtbot.waitUntil(lambda: no_question(view))
    assert view.selected_id() == pairs["A"]
    assert view.hr_summary.toPlainText() == "Meet monthly; plan the closing talk"
    assert rel_service.get_relationship(db, pairs["A"]).hr_summary == ""
    assert view.save_summary_button.isEnabled()


def test_save_stores_the_summary_then_shows_the_other_pair(qtbot, view, db, pairs) -> None:
    type_summary(qtbot, view, pairs["A"], "Going well")
    click_row(qtbot, view, pairs["B"])
    box = question(qtbot, view)
    qtbot.mouseClick(box.button(QMessageBox.Save), Qt.LeftButton)
    qtbot.waitUntil(lambda: view.selected_id() == pairs["B"])
    assert rel_service.get_relationship(db, pairs["A"]).hr_summary == "Going well"
    assert view.hr_summary.toPlainText() == "B's stored summary"
    # Back on A: the saved text is what is shown, and moving on asks nothing.
    click_row(qtbot, view, pairs["A"])
    assert view.hr_summary.toPlainText() == "Going well"
    click_row(qtbot, view, pairs["B"])
    assert no_question(view) and view.selected_id() == pairs["B"]


def test_discard_drops_the_text_and_writes_nothing(qtbot, view, db, pairs) -> None:
    type_summary(qtbot, view, pairs["A"], "Never mind")
    click_row(qtbot, view, pairs["B"])
    box = question(qtbot, view)
    qtbot.mouseClick(box.button(QMessageBox.Discard), Qt.LeftButton)
    qtbot.waitUntil(lambda: view.selected_id() == pairs["B"])
    assert view.hr_summary.toPlainText() == "B's stored summary"
    assert rel_service.get_relationship(db, pairs["A"]).hr_summary == ""


def test_an_unchanged_summary_switches_without_asking(qtbot, view, pairs) -> None:
    click_row(qtbot, view, pairs["A"])
    click_row(qtbot, view, pairs["B"])
    assert no_question(view) and view.selected_id() == pairs["B"]
    # Typing and typing it back to what was stored is no change either.
    view.hr_summary.setFocus()
    qtbot.keyClicks(view.hr_summary, "x")
    qtbot.keyClick(view.hr_summary, Qt.Key_Backspace)
    click_row(qtbot, view, pairs["A"])
    assert no_question(view) and view.selected_id() == pairs["A"]


@pytest.mark.parametrize("answer", [QMessageBox.Cancel, QMessageBox.Save, QMessageBox.Discard])
def test_closing_the_window_with_an_unsaved_summary_asks(qtbot, window, view, db, pairs, answer) -> None:
    type_summary(qtbot, view, pairs["A"], "Half a thought")
    window.close()
    box = question(qtbot, window)
    assert window.isVisible()
    qtbot.mouseClick(box.button(answer), Qt.LeftButton)
    if answer == QMessageBox.Cancel:
        qtbot.waitUntil(lambda: no_question(window))
        assert window.isVisible() and view.hr_summary.toPlainText() == "Half a thought"
        return
    qtbot.waitUntil(lambda: not window.isVisible())
    stored = rel_service.get_relationship(db, pairs["A"]).hr_summary
    assert stored == ("Half a thought" if answer == QMessageBox.Save else "")


@pytest.mark.parametrize("answer", [QMessageBox.Cancel, QMessageBox.Save, QMessageBox.Discard])
def test_opening_another_file_with_an_unsaved_summary_asks(qtbot, window, view, db, pairs, tmp_path, answer) -> None:
    from PySide6.QtCore import QTimer

    other = tmp_path / "other.db"
    Database.open(other).close()
    first = window.db.path
    type_summary(qtbot, view, pairs["A"], "Before switching files")
    clicked = []

    def answer_box() -> None:  # the question is modal: answer it as a user would, once it shows
        boxes = [b for b in window.findChildren(QMessageBox, BOX_NAME) if b.isVisible()]
        if not boxes:
            QTimer.singleShot(20, answer_box)
            return
        clicked.append(boxes[0].text())
        qtbot.mouseClick(boxes[0].button(answer), Qt.LeftButton)

    QTimer.singleShot(0, answer_box)
    opened = window.open_file(other)
    assert clicked and "Anna Berg" in clicked[0]
    if answer == QMessageBox.Cancel:
        assert not opened and window.db.path == first
        assert view.hr_summary.toPlainText() == "Before switching files"
        return
    assert opened and window.db.path == other
    stored = rel_service.get_relationship(db, pairs["A"]).hr_summary
    assert stored == ("Before switching files" if answer == QMessageBox.Save else "")


# -- dialogs ------------------------------------------------------------------------------------

def _people_view(window):
    return window.show_view("PeopleView")


def open_person(window, pairs):
    return _people_view(window).open_dialog(None)


def open_person_edit(window, pairs):
    return _people_view(window).open_dialog(pairs["Bram"])


def open_preferences(window, pairs):
    return window.show_preferences()


def open_program(window, pairs):
    programs = window.show_view("ProgramsView")
    programs._open_program_dialog(None)
    return programs.dialog


def _rel(window, pairs):
    v = window.show_view("RelationshipsView")
    assert v.open_relationship(pairs["A"])
    return v


def open_meeting(window, pairs):
    return _rel(window, pairs).open_meeting_dialog()


def open_goal(window, pairs):
    return _rel(window, pairs).open_goal_dialog(False)


def open_checkin(window, pairs):
    return _rel(window, pairs).open_checkin_dialog()


def open_close(window, pairs):
    return _rel(window, pairs).open_close_dialog()


def open_extend(window, pairs):
    return _rel(window, pairs).open_extend_dialog()


def open_pair(window, pairs):
    return _rel(window, pairs).open_pair_dialog()


DIALOGS = [open_person, open_person_edit, open_program, open_preferences, open_meeting, open_goal, open_checkin,
           open_close, open_extend, open_pair]


def first_text_field(dialog: QDialog) -> QWidget | None:
    """The first field HR can type into (not the inner line edit of a spin box or combo box)."""
    for widget in dialog.findChildren(QWidget):
        if not isinstance(widget, (QLineEdit, QPlainTextEdit)) or widget.isReadOnly():
            continue
        if not (widget.isVisible() and widget.isEnabled()):
            continue
        if widget.parentWidget().inherits("QAbstractSpinBox") or widget.parentWidget().inherits("QComboBox"):
            continue
        return widget
    return None


def fill_something(qtbot, dialog: QDialog):
    """Type into the first text field, or, in a form of choices only, choose another entry; the value's reader."""
    field = first_text_field(dialog)
    if field is not None:
        field.setFocus()
        qtbot.keyClicks(field, "Typed by HR")
        return field.text if isinstance(field, QLineEdit) else field.toPlainText
    combo = next(c for c in dialog.findChildren(QComboBox) if c.isVisible() and c.isEnabled() and c.count() > 1)
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key_Down if combo.currentIndex() < combo.count() - 1 else Qt.Key_Up)
    return combo.currentIndex


def press_escape(qtbot, dialog: QDialog) -> None:
    target = QApplication.focusWidget() if dialog.isAncestorOf(QApplication.focusWidget() or dialog) else dialog
    qtbot.keyClick(target or dialog, Qt.Key_Escape)


@pytest.mark.parametrize("opener", DIALOGS, ids=lambda f: f.__name__)
def test_escape_on_a_filled_dialog_asks_and_cancel_keeps_it(qtbot, window, pairs, opener) -> None:
    dialog = opener(window, pairs)
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    read = fill_something(qtbot, dialog)
    typed = read()
    press_escape(qtbot, dialog)
    box = question(qtbot, dialog)
    assert dialog.isVisible()
    qtbot.keyClick(box, Qt.Key_Escape)  # Escape on the question means Cancel: back to the form
    qtbot.waitUntil(lambda: no_question(dialog))
    assert dialog.isVisible()
    assert read() == typed
    # The close button asks too; Discard then closes without saving.
    dialog.close()
    box = question(qtbot, dialog)
    qtbot.mouseClick(box.button(QMessageBox.Discard), Qt.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())


@pytest.mark.parametrize("opener", DIALOGS, ids=lambda f: f.__name__)
def test_escape_on_an_unchanged_dialog_just_closes(qtbot, window, pairs, opener) -> None:
    dialog = opener(window, pairs)
    qtbot.waitUntil(dialog.isVisible)
    press_escape(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert no_question(window)


def test_cancel_button_on_a_filled_person_form_then_save_from_the_question(qtbot, window, db, pairs) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    dialog = open_person(window, pairs)
    qtbot.waitUntil(dialog.isVisible)
    for field, text in ((dialog.employee_id, "E77"), (dialog.name, "Nora Vos"), (dialog.email, "nora@example.com")):
        field.setFocus()
        qtbot.keyClicks(field, text)
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.Cancel), Qt.LeftButton)
    box = question(qtbot, dialog)
    qtbot.mouseClick(box.button(QMessageBox.Save), Qt.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert "Nora Vos" in {p.name for p in people_service.list_people(db)}


def test_save_from_the_question_keeps_an_invalid_form_open_with_its_problems(qtbot, window, db, pairs) -> None:
    dialog = open_person(window, pairs)
    qtbot.waitUntil(dialog.isVisible)
    dialog.name.setFocus()
    qtbot.keyClicks(dialog.name, "No Email Person")
    press_escape(qtbot, dialog)
    box = question(qtbot, dialog)
    qtbot.mouseClick(box.button(QMessageBox.Save), Qt.LeftButton)
    qtbot.waitUntil(lambda: no_question(dialog))
    assert dialog.isVisible() and dialog.errors.isVisible()
    assert dialog.name.text() == "No Email Person"
    assert "No Email Person" not in {p.name for p in people_service.list_people(db)}


def test_a_changed_competency_level_counts_as_typed_work(qtbot, window, pairs) -> None:
    dialog = open_person_edit(window, pairs)
    qtbot.waitUntil(dialog.isVisible)
    row = dialog.add_competency_row()
    dialog.portrait.cellWidget(row, 0).setFocus()
    qtbot.keyClicks(dialog.portrait.cellWidget(row, 0), "Negotiation")
    press_escape(qtbot, dialog)
    question(qtbot, dialog)
