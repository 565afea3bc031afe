"""The menus and keys of a desktop program, pressed as HR presses them (ui/menus.py, help dialogs,
ui/file_dialogs.py): Ctrl+1…6, Ctrl+F, Ctrl+S, Ctrl+P, Delete, F1, text size, the shortcuts list,
the remembered folder and Open Folder after saving a report."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Qt, QTimer, QUrl, Slot
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence, QPainter
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QMessageBox, QPushButton

from mentordesk import clock
from mentordesk.models import MentorProfile, Person
from mentordesk.services import people as people_service
from mentordesk.services import relationships as rel_service
from mentordesk.storage.database import Database
from tests.ui.conftest import TASK_TIMEOUT_MS, check_picture

TODAY = clock.today()
START = TODAY - timedelta(days=60)
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def rel_id(db: Database) -> str:
    ids = {}
    for eid, name, role in (("E1", "Anna Berg", "mentor"), ("E2", "Bram Claes", "mentee")):
        ids[eid] = people_service.add_person(
            db, Person(employee_id=eid, name=name, email=f"{eid.lower()}@example.com", role=role))
    people_service.save_mentor_profile(db, MentorProfile(person_id=ids["E1"], capacity=2))
    rel = rel_service.start_relationship(db, ids["E1"], ids["E2"], start=START)
    rel_service.log_meeting(db, rel, START + timedelta(days=3), 60, "held", notes="First talk")
    rel_service.add_goal(db, rel, "Present to the board")
    rel_service.record_checkin(db, rel, "mentee", START + timedelta(days=30), {"value_received": 4})
    return rel


@pytest.fixture
def window(open_window, db: Database, db_path: Path, rel_id: str, qtbot):
    w = open_window(db_path, size=(1280, 720))
    qtbot.waitExposed(w)
    w.activateWindow()
    return w


def press(qtbot, window, key, modifier=Qt.NoModifier) -> None:
    """A key press where the keyboard is: the focused widget of the window, else the window."""
    target = QApplication.focusWidget() if QApplication.focusWidget() is not None else window
    qtbot.keyClick(target, key, modifier)


def test_ctrl_number_shows_each_screen_and_view_menu_follows(qtbot, window) -> None:
    count = window.nav.count()
    assert count == 6
    for row in [*reversed(range(count)), 0, 4]:
        press(qtbot, window, Qt.Key_1 + row, Qt.ControlModifier)
        assert window.nav.currentRow() == row
        assert window.stack.currentIndex() == row
        view = window.current_view()
        assert view is not None and view.title() == window.nav.item(row).text()
        assert window.screen_actions[row].isChecked()
        assert window.screen_actions[row].text() == window.nav.item(row).text()


def test_ctrl_f_focuses_the_current_screens_search_and_selects_its_text(qtbot, window) -> None:
    for row, name in ((1, "peopleSearch"), (4, "relationshipSearch")):
        press(qtbot, window, Qt.Key_1 + row, Qt.ControlModifier)
        box = window.findChild(QLineEdit, name)
        box.setText("old words")
        window.nav.setFocus()
        press(qtbot, window, Qt.Key_F, Qt.ControlModifier)
        assert QApplication.focusWidget() is box
        qtbot.keyClicks(box, "Bram")  # the old text was selected: typing replaces it
        assert box.text() == "Bram"
        box.clear()
    press(qtbot, window, Qt.Key_3, Qt.ControlModifier)  # Programs: no search box
    window.nav.setFocus()
    press(qtbot, window, Qt.Key_F, Qt.ControlModifier)
    assert QApplication.focusWidget() is window.nav
    assert "no search" in window.statusBar().currentMessage()


@pytest.mark.parametrize(("tab", "button", "box_name"), [
    (0, "delete_goal_button", "confirmDeleteGoal"),
    (1, "delete_meeting_button", "confirmDeleteMeeting"),
    (2, "delete_checkin_button", "confirmDeleteCheckin"),
])
def test_delete_key_routes_to_the_visible_tabs_delete_button(qtbot, window, db: Database, rel_id: str,
                                                            tab: int, button: str, box_name: str) -> None:
    view = window.show_view("RelationshipsView")
    view.open_relationship(rel_id)
    view.tabs.setCurrentIndex(tab)
    table = view.tabs.currentWidget().table
    table.setFocus()
    table.clearSelection()
    press(qtbot, window, Qt.Key_Delete)
    assert view.dialog is None  # nothing selected: nothing asked, and HR is told why
    assert "Select" in window.statusBar().currentMessage()

    def counts() -> tuple[int, int, int]:
        rel = rel_service.get_relationship(db, rel_id)
        return len(rel.goals), len([m for m in rel.meetings if m.outcome == "held"]), len(rel.checkins)

    before = counts()
    table.selectRow(view.meetings_model.find_row(lambda r: r.meeting is not None) if tab == 1 else 0)
    assert getattr(view, button).isEnabled()
    table.setFocus()
    press(qtbot, window, Qt.Key_Delete)
    box = view.dialog
    assert isinstance(box, QMessageBox) and box.objectName() == box_name  # the button's own question
    assert box.defaultButton() is box.button(QMessageBox.Cancel)
    box.button(QMessageBox.Yes).click()
    after = counts()
    assert after[tab] == before[tab] - 1 and [a for i, a in enumerate(after) if i != tab] == \
        [b for i, b in enumerate(before) if i != tab]


def test_delete_key_in_a_text_field_deletes_a_letter_not_a_record(qtbot, window, db: Database, rel_id: str) -> None:
    view = window.show_view("RelationshipsView")
    view.open_relationship(rel_id)
    view.tabs.setCurrentIndex(1)
    view.meetings_table.selectRow(view.meetings_model.find_row(lambda r: r.meeting is not None))
    view.search.setText("Anna")
    view.search.setFocus()
    view.search.setCursorPosition(0)
    press(qtbot, window, Qt.Key_Delete)
    assert view.search.text() == "nna"
    assert view.dialog is None


def test_delete_on_a_screen_without_delete_buttons_says_so(qtbot, window) -> None:
    press(qtbot, window, Qt.Key_2, Qt.ControlModifier)
    window.nav.setFocus()
    press(qtbot, window, Qt.Key_Delete)
    assert "Delete key" in window.statusBar().currentMessage()
    assert QApplication.activeModalWidget() is None


def test_ctrl_s_saves_the_typed_summary(qtbot, window, db: Database, rel_id: str) -> None:
    view = window.show_view("RelationshipsView")
    view.open_relationship(rel_id)
    view.tabs.setCurrentIndex(3)
    view.hr_summary.setFocus()
    qtbot.keyClicks(view.hr_summary, "Going well")
    press(qtbot, window, Qt.Key_S, Qt.ControlModifier)
    assert rel_service.get_relationship(db, rel_id).hr_summary == "Going well"
    assert not view.save_summary_button.isEnabled()
    press(qtbot, window, Qt.Key_S, Qt.ControlModifier)  # nothing new: said, nothing else happens
    assert "nothing new" in window.statusBar().currentMessage()
    press(qtbot, window, Qt.Key_3, Qt.ControlModifier)
    press(qtbot, window, Qt.Key_S, Qt.ControlModifier)
    assert "nothing to save" in window.statusBar().currentMessage()


@pytest.fixture
def demo_window(open_window, demo_file: Path, qtbot):
    """The window on a demo company (programs with relationships and reports)."""
    w = open_window(demo_file, size=(1280, 720))
    qtbot.waitExposed(w)
    w.activateWindow()
    return w


def _ready_report(qtbot, window):
    view = window.show_view("ReportsView")
    view.reload()
    view.item_list.setCurrentRow(1)
    view.refresh_preview()
    qtbot.waitUntil(view.preview_ready, timeout=TASK_TIMEOUT_MS)
    return view


class UrlCatcher(QObject):
    """Qt's own hook for opening URLs: stands in for the file manager (Qt calls it, not the test)."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url)


def test_ctrl_s_saves_the_report_in_the_last_folder_and_offers_to_open_it(qtbot, demo_window, tmp_path: Path,
                                                                           monkeypatch, no_task_left_running) -> None:
    window = demo_window
    view = _ready_report(qtbot, window)
    chosen = tmp_path / "out"
    chosen.mkdir()
    starts: list[str] = []

    def dialog(parent, caption, start, *rest):
        starts.append(start)
        return str(chosen / Path(start).name), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", dialog)
    view.item_list.setFocus()
    press(qtbot, window, Qt.Key_S, Qt.ControlModifier)
    saved = chosen / Path(starts[0]).name
    assert saved.is_file() and saved.read_bytes().startswith(b"%PDF")
    box = view.saved_box
    assert box.isVisible() and str(saved) in box.text()
    catcher = UrlCatcher()
    QDesktopServices.setUrlHandler("file", catcher, "open")
    try:
        box.findChild(QPushButton, "openFolderButton").click()
    finally:
        QDesktopServices.unsetUrlHandler("file")
    assert [u.toLocalFile() for u in catcher.urls] == [str(chosen)]
    press(qtbot, window, Qt.Key_S, Qt.ControlModifier)  # the next dialog starts where the last save went
    assert Path(starts[1]).parent == chosen


def test_ctrl_p_prints_the_previewed_report_and_elsewhere_goes_to_reports(qtbot, demo_window,
                                                                           no_task_left_running) -> None:
    window = demo_window
    press(qtbot, window, Qt.Key_1, Qt.ControlModifier)
    press(qtbot, window, Qt.Key_P, Qt.ControlModifier)
    assert type(window.current_view()).__name__ == "ReportsView"
    assert "Ctrl+P" in window.statusBar().currentMessage()
    view = _ready_report(qtbot, window)
    seen: list[str] = []

    def close_print_dialog() -> None:
        modal = QApplication.activeModalWidget()
        if modal is not None and modal.isVisible():
            seen.append(modal.windowTitle())
            modal.reject()

    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(close_print_dialog)
    timer.start()
    try:
        view.item_list.setFocus()
        press(qtbot, window, Qt.Key_P, Qt.ControlModifier)
    finally:
        timer.stop()
    assert seen == [view.tr("Print report")]


def test_f1_opens_the_user_guide_from_the_shipped_files(qtbot, window) -> None:
    from mentordesk.assets import document

    press(qtbot, window, Qt.Key_F1)
    dialog = window.guide_dialog
    qtbot.waitExposed(dialog)
    text = dialog.browser.toPlainText()
    assert document("user-guide.md").read_text(encoding="utf-8").startswith("# MentorDesk User Guide")
    assert text.startswith("MentorDesk User Guide") and "#" not in text.splitlines()[0]  # rendered, not source
    for row in range(window.nav.count()):  # every screen has its section
        assert f"{window.nav.item(row).text()} (Ctrl+{row + 1})" in text
    for section in ("The File menu", "The Edit menu", "The command line"):
        assert section in text
    assert dialog.width() <= 1280 and dialog.height() <= 720
    dialog.browser.setFocus()
    press(qtbot, window, Qt.Key_F1)  # the open guide is raised, not a second one
    assert window.guide_dialog is dialog


def test_the_guide_travels_in_the_staged_resources(tmp_path: Path) -> None:
    import runpy

    stager = runpy.run_path(str(ROOT / "packaging" / "stage_resources.py"))
    written = stager["stage_docs"](ROOT / "docs", tmp_path / "resources" / "docs")
    assert [p.name for p in written] == ["user-guide.md"]
    staged = tmp_path / "resources" / "docs" / "user-guide.md"
    assert staged.read_bytes() == (ROOT / "docs" / "user-guide.md").read_bytes()
    assert "stage_docs(" in (ROOT / "packaging" / "stage_resources.py").read_text()  # called by stage()
    assert "docs/user-guide.md" in (ROOT / "MANIFEST.in").read_text()  # and in the source package


def test_shortcuts_dialog_lists_every_action_with_a_shortcut_and_none_twice(qtbot, window) -> None:
    window.show_view("MatchingView")
    window.show_view("ReportsView")
    window.show_view("RelationshipsView")
    window.shortcuts_action.trigger()
    dialog = window.shortcuts_dialog
    qtbot.waitExposed(dialog)
    table = dialog.table
    rows = [tuple(table.item(r, c).text() for c in range(3)) for r in range(table.rowCount())]
    listed = {(keys, command) for keys, command, _ in rows}
    actions = [a for a in window.findChildren(QAction) if not a.shortcut().isEmpty()]
    assert len(actions) >= 17
    for action in actions:
        for seq in action.shortcuts():
            assert (seq.toString(QKeySequence.NativeText), action.text().replace("&", "")) in listed
    keys = [keys for keys, _, _ in rows]
    assert len(keys) == len(set(keys)), f"shortcuts used twice: {sorted(k for k in keys if keys.count(k) > 1)}"
    for expected in ("Ctrl+N", "Ctrl+O", "Ctrl+S", "Ctrl+F", "Ctrl+P", "Ctrl+Z", "F1", "Del", "Ctrl+1", "Ctrl+6",
                     "Ctrl+M"):
        assert expected in keys
    assert ("Ctrl+F", "Find", "Edit") in rows
    assert ("Ctrl+M", "Log meeting…", "Relationships") in rows  # a button's shortcut, with its screen


def test_text_size_grows_shrinks_resets_and_is_remembered(qtbot, window, open_window, db_path: Path) -> None:
    app = QApplication.instance()
    base = app.font().pointSizeF()
    try:
        press(qtbot, window, Qt.Key_Plus, Qt.ControlModifier)
        press(qtbot, window, Qt.Key_Plus, Qt.ControlModifier)
        assert app.font().pointSizeF() == base + 2
        qtbot.waitUntil(lambda: window.path_label.font().pointSizeF() == base + 2)  # open widgets follow
        press(qtbot, window, Qt.Key_Minus, Qt.ControlModifier)
        assert app.font().pointSizeF() == base + 1
        window.close()
        app.setFont(_sized(app.font(), base))
        again = open_window(db_path)  # the next start uses the size chosen
        assert app.font().pointSizeF() == base + 1 and again.text_step == 1
        again.normal_text_action.trigger()
        assert app.font().pointSizeF() == base
        for _ in range(20):
            again.smaller_text_action.trigger()
        assert app.font().pointSizeF() == base - 2 and not again.smaller_text_action.isEnabled()
    finally:
        app.setFont(_sized(app.font(), base))
        from ui.app import settings

        settings().remove("view/text_size_step")


def _sized(font, points: float):
    font.setPointSizeF(points)
    return font


def test_show_archived_people_in_view_menu_is_the_people_screens_box(qtbot, window) -> None:
    window.show_archived_action.trigger()
    people = window.current_view()
    assert type(people).__name__ == "PeopleView" and people.show_archived.isChecked()
    people.show_archived.setChecked(False)
    window.view_menu.aboutToShow.emit()
    assert not window.show_archived_action.isChecked()


def test_every_file_dialog_starts_in_the_folder_chosen_last(qtbot, window, tmp_path: Path, monkeypatch) -> None:
    from ui.app import MainWindow

    folder = tmp_path / "hr exports"
    folder.mkdir()
    starts: list[tuple[str, str]] = []

    def save(parent, caption, start, *rest):
        starts.append(("save", start))
        return (str(folder / "people.csv"), "") if len(starts) == 1 else ("", "")

    def open_(parent, caption, start, *rest):
        starts.append(("open", start))
        return "", ""

    def folder_(parent, caption, start, *rest):
        starts.append(("folder", start))
        return ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", open_)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", folder_)
    window.export_people_dialog()  # the first dialog: the home folder; HR picks "hr exports"
    assert starts[0] == ("save", str(Path.home() / "people.csv"))
    assert (folder / "people.csv").is_file()
    other = MainWindow()  # remembered in the settings: another window, the next start
    qtbot.addWidget(other)
    other.open_dialog()
    window.import_people_dialog()
    window.new_file()
    from ui.checkin_forms_actions import save_checkin_forms
    save_checkin_forms(window, window.db)
    assert starts[1:] == [("open", str(folder)), ("open", str(folder)), ("save", str(folder)),
                          ("folder", str(folder))]
    folder.joinpath("people.csv").unlink()
    folder.rmdir()  # a folder gone since: back to the home folder, never an error
    window.open_dialog()
    assert starts[-1] == ("open", str(Path.home()))


def test_no_file_dialog_call_bypasses_the_helper() -> None:
    calls = [f"{p.relative_to(ROOT)}" for p in (ROOT / "ui").rglob("*.py")
             if p.name != "file_dialogs.py" and "QFileDialog." in p.read_text(encoding="utf-8")]
    assert calls == []


def test_menus_screenshot_at_1280x720(qtbot, demo_window, tmp_path: Path) -> None:
    """The window with the File and View menus open, at 1280x720: menu and window painted into one picture."""
    import os
    import shutil

    window = demo_window
    shots = []
    for menu in (window.file_menu, window.view_menu):
        bar = window.menuBar()
        where = bar.mapToGlobal(bar.actionGeometry(menu.menuAction()).bottomLeft())
        menu.popup(where)
        qtbot.waitExposed(menu)
        picture = window.grab()
        painter = QPainter(picture)
        painter.drawPixmap(window.mapFromGlobal(where), menu.grab())
        painter.end()
        menu.hide()
        check_picture(picture.toImage(), (1280, 720), "menus.png", min_colours=64)
        assert window.mapFromGlobal(where).y() + menu.height() <= 720  # the whole menu fits the window
        shots.append(picture)
    out = tmp_path / "menus.png"
    assert shots[1].save(str(out)) and shots[0].save(str(tmp_path / "file-menu.png"))
    keep = os.environ.get("MENTORDESK_SHOT_DIR")
    if keep:
        shutil.copy(out, Path(keep) / "menus.png")
        shutil.copy(tmp_path / "file-menu.png", Path(keep) / "file-menu.png")
