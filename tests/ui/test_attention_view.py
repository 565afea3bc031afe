"""The Attention start page through the real main window and a real file."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox

from mentordesk.services import relationships as relationships_service
from mentordesk.storage.database import Database
from mentordesk.storage.lockfile import Identity, acquire
from ui.dialogs.snooze_dialog import DEFAULT_SNOOZE_DAYS, SnoozeDialog
from ui.models import attention_model as am
from ui.models.attention_model import AttentionModel
from ui.views.attention import AttentionView
from ui.views.base import View

# Other screens (e.g. the report preview) start background work on reload: it ends before the
# next test, since a QThread destroyed while running aborts the process. `window` (the main window
# on this test's empty file) comes from tests/ui/conftest.py.
pytestmark = pytest.mark.usefixtures("no_task_left_running")


@pytest.fixture
def demo_window(open_window, demo_file: Path):
    """The real main window on a copy of the demo company (`demo_db` reads the same file)."""
    return open_window(demo_file)


def _view(window) -> AttentionView:
    view = window.views["AttentionView"]
    assert isinstance(view, AttentionView)
    return view


def _select(view: AttentionView, predicate) -> int:
    row = view.model.find_row(predicate)
    assert row >= 0
    view._select_row(row)
    return row


def test_attention_is_the_start_page(window) -> None:
    view = _view(window)
    assert window.current_view() is view
    assert view.title() == "Attention"


def test_empty_database_shows_the_empty_state(window) -> None:
    view = _view(window)
    assert view.model.rowCount() == 0
    assert view.is_empty_state()
    assert "Import your people next." in view.empty.text()  # a file without people: what to do next
    assert view.empty.isVisible() and not view.table.isVisible()
    assert {k: t.number() for k, t in view.tiles.items()} == {
        "active": 0, "on_track": 0, "needs_checkin": 0, "at_risk": 0, "waiting": 0}
    assert not view.open_button.isEnabled() and not view.snooze_button.isEnabled()


def test_demo_lists_every_kind_the_service_reports(demo_window, demo_db: Database) -> None:
    view = _view(demo_window)
    expected = relationships_service.attention_list(demo_db)
    assert expected, "the demo company should need attention"
    assert not view.is_empty_state() and view.table.isVisible()
    shown = view.items()
    assert {i.key for i in shown} == {i.key for i in expected}
    assert {i.kind for i in shown} == {i.kind for i in expected}
    # Default order is the services' order: most severe first.
    assert [i.key for i in shown] == [i.key for i in expected]
    for row, item in enumerate(shown):
        severity = view.model.index(row, am.SEVERITY)
        assert severity.data() == {"high": "High", "medium": "Medium", "low": "Low"}[item.severity]
        assert severity.data(Qt.DecorationRole) is not None
        assert view.model.index(row, am.KIND).data()
        assert view.model.index(row, am.DETAIL).data() == item.detail


def test_tiles_match_the_services(demo_window, demo_db: Database) -> None:
    view = _view(demo_window)
    active = relationships_service.list_relationships(demo_db, status="active")
    items = relationships_service.attention_list(demo_db)
    health = [s.health for s in active]
    assert view.tiles["active"].number() == len(active) == relationships_service.closure_counts(demo_db).active
    assert view.tiles["on_track"].number() == health.count("on_track")
    assert view.tiles["needs_checkin"].number() == health.count("needs_checkin")
    assert view.tiles["at_risk"].number() == health.count("at_risk")
    assert view.tiles["waiting"].number() == sum(1 for i in items if i.kind == "waiting_list")


def test_sorting_by_due_puts_undated_items_last(demo_window) -> None:
    view = _view(demo_window)
    view.table.sortByColumn(am.DUE, Qt.AscendingOrder)
    dues = [i.due for i in view.items()]
    dated = [d for d in dues if d is not None]
    assert dated == sorted(dated)
    assert dues[len(dated):] == [None] * (len(dues) - len(dated))
    view.table.sortByColumn(am.SEVERITY, Qt.AscendingOrder)
    order = [am.SEVERITY_ORDER[i.severity] for i in view.items()]
    assert order == sorted(order)


def test_buttons_follow_selection_and_readonly(demo_window, open_window, demo_file: Path, answer_box) -> None:
    view = _view(demo_window)
    assert not view.open_button.isEnabled() and not view.snooze_button.isEnabled()
    view._select_row(0)
    assert view.open_button.isEnabled() and view.snooze_button.isEnabled()
    # A colleague opens the file for editing; HR opens it again and clicks "Open Read-Only".
    demo_window.close()  # releases this window's lock note
    assert acquire(demo_file, identity=Identity(user="anna", machine="LAPTOP-7", pid=4242, token="other")).acquired
    asked = answer_box("Open Read-Only")
    readonly_window = open_window(demo_file)
    assert len(asked) == 1 and "anna" in asked[0] and readonly_window.db.readonly
    view = _view(readonly_window)
    view._select_row(0)
    assert not view.snooze_button.isEnabled()
    assert view.snooze_selected() is None
    assert view.open_button.isEnabled()  # looking around is fine read-only


def test_snooze_through_the_dialog_hides_the_item(qtbot, demo_window, demo_db: Database) -> None:
    view = _view(demo_window)
    _select(view, lambda i: i.kind == "checkin_overdue")
    item = view.selected_item()
    before = view.model.rowCount()
    qtbot.mouseClick(view.snooze_button, Qt.LeftButton)
    dialog = view.dialog
    assert isinstance(dialog, SnoozeDialog) and dialog.isVisible()
    assert dialog.until_date() == dt.date.today() + dt.timedelta(days=DEFAULT_SNOOZE_DAYS)

    # An empty note is refused in the dialog; nothing is written.
    dialog.buttons.button(QDialogButtonBox.Ok).click()
    assert dialog.isVisible() and dialog.errors.isVisible()
    assert item.key in {i.key for i in relationships_service.attention_list(demo_db)}

    until = dt.date.today() + dt.timedelta(days=10)
    dialog.until.setDate(QDate(until.year, until.month, until.day))
    dialog.note.setText("Asked Zoë to book the check-in")
    dialog.buttons.button(QDialogButtonBox.Ok).click()
    qtbot.waitUntil(lambda: view.dialog is None)

    assert view.model.rowCount() == before - 1
    assert item.key not in {i.key for i in view.items()}
    assert item.key not in {i.key for i in relationships_service.attention_list(demo_db)}
    # It comes back on the day the snooze ends.
    assert item.key in {i.key for i in relationships_service.attention_list(demo_db, today=until)}
    assert view.selected_item() is not None  # the next item is selected, ready for the next action


def test_cancelled_snooze_changes_nothing(qtbot, demo_window, demo_db: Database) -> None:
    view = _view(demo_window)
    view._select_row(0)
    before = [i.key for i in view.items()]
    dialog = view.snooze_selected()
    assert dialog is not None
    dialog.note.setText("never mind")
    dialog.buttons.button(QDialogButtonBox.Cancel).click()
    # A typed note is never thrown away unasked (ui/widgets/unsaved.py): HR discards it.
    from PySide6.QtWidgets import QMessageBox
    qtbot.waitUntil(lambda: dialog.findChild(QMessageBox, "unsavedBox") is not None)
    dialog.findChild(QMessageBox, "unsavedBox").button(QMessageBox.Discard).click()
    qtbot.waitUntil(lambda: view.dialog is None)
    assert [i.key for i in view.items()] == before
    assert [i.key for i in relationships_service.attention_list(demo_db)] == before


class _StubRelationships(View):
    """Stands in for the Relationships screen until it exists, recording what it was asked to open."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.opened: list[str] = []

    def title(self) -> str:
        return "Relationships"

    def open_relationship(self, rel_id: str) -> None:
        self.opened.append(rel_id)


def _ensure_relationships_view(window) -> View:
    view = window.views.build("RelationshipsView")  # built on first use (ui/lazy_views.py)
    if view is None:
        from PySide6.QtWidgets import QListWidgetItem

        view = _StubRelationships(window)
        window.views["RelationshipsView"] = view
        window.stack.addWidget(view)
        QListWidgetItem(view.title(), window.nav)
    return view


def test_double_click_opens_the_relationship(qtbot, demo_window) -> None:
    view = _view(demo_window)
    target = _ensure_relationships_view(demo_window)
    row = _select(view, lambda i: i.relationship_id is not None)
    item = view.model.record(row)
    index = view.model.index(row, am.TITLE)
    view.table.scrollTo(index)
    rect = view.table.visualRect(index)
    # A real double-click starts with a press; QTest's double-click event alone has none.
    qtbot.mouseClick(view.table.viewport(), Qt.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.table.viewport(), Qt.LeftButton, pos=rect.center())
    assert demo_window.current_view() is target
    if isinstance(target, _StubRelationships):
        assert target.opened == [item.relationship_id]
    elif callable(getattr(target, "selected", None)):  # the real screen: the relationship is selected
        assert getattr(target.selected(), "id", None) == item.relationship_id


def test_open_person_item_goes_to_people(qtbot, demo_window) -> None:
    view = _view(demo_window)
    _select(view, lambda i: i.relationship_id is None and i.kind != "waiting_list")
    item = view.selected_item()
    qtbot.mouseClick(view.open_button, Qt.LeftButton)
    people = demo_window.views["PeopleView"]
    assert demo_window.current_view() is people
    assert people.selected_person() is not None and people.selected_person().id == item.person_id


def test_open_waiting_mentee_goes_to_programs(demo_window) -> None:
    from mentordesk.relationship_models import AttentionItem

    view = _view(demo_window)
    waiting = AttentionItem(key="waiting_list:x", kind="waiting_list", kind_label="Waiting for a mentor",
                            relationship_id=None, person_id="p1", title="Waiting for a mentor: Someone",
                            detail="", severity="low", due=dt.date.today())
    shown = view.open_item(waiting)
    assert shown is demo_window.views["ProgramsView"]
    assert demo_window.current_view() is shown


def test_reload_keeps_the_selection(demo_window) -> None:
    view = _view(demo_window)
    view._select_row(3)
    key = view.selected_item().key
    demo_window.reload_all()
    assert view.selected_item() is not None and view.selected_item().key == key


def test_model_passes_qt_model_tester(qtmodeltester, demo_db: Database) -> None:
    model = AttentionModel()
    model.set_rows(relationships_service.attention_list(demo_db))
    assert model.rowCount() > 0
    qtmodeltester.check(model)
    model.sort(am.DUE, Qt.DescendingOrder)
    qtmodeltester.check(model)


def test_short_title_strips_only_the_exact_kind_prefix(demo_db: Database) -> None:
    for item in relationships_service.attention_list(demo_db):
        short = am.short_title(item)
        assert short and item.title.endswith(short)


def test_screenshot_with_demo_company(qtbot, demo_window, screenshot) -> None:
    demo_window.resize(1200, 780)
    view = _view(demo_window)
    view._select_row(1)
    assert view.selected_item() is not None
    screenshot(demo_window, "attention.png")
