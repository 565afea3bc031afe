"""The People screen through the real main window and a real file."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from mentordesk.models import Person, PortraitEntry
from mentordesk.services import people as people_service
from mentordesk.storage.database import Database
from ui.models import people_model as pm
from ui.views.people import PeopleView


@pytest.fixture
def view(window) -> PeopleView:
    """The People screen in the shared `window` (tests/ui/conftest.py) on this test's file."""
    v = window.show_view("PeopleView")
    assert isinstance(v, PeopleView)
    return v


def _add(db: Database, employee_id: str, name: str, **kw) -> str:
    email = kw.pop("email", f"{employee_id.lower()}@example.com")
    return people_service.add_person(db, Person(employee_id=employee_id, name=name, email=email, **kw))


def _ok(dialog) -> None:
    dialog.buttons.button(QDialogButtonBox.Ok).click()


def test_title_and_empty_state(view: PeopleView) -> None:
    assert view.title() == "People"
    assert view.count_label.text() == "0 people"
    assert view.detail.empty.isVisible()
    assert "No people yet" in view.detail.empty.text()
    assert not view.edit_button.isEnabled() and not view.archive_button.isEnabled()
    assert view.add_button.isEnabled()


def test_add_person_through_dialog_then_find_by_search(qtbot, window, view: PeopleView, db: Database) -> None:
    _add(db, "E0001", "Anneke de Vries", department="Finance")
    window.reload_all()
    qtbot.mouseClick(view.add_button, Qt.LeftButton)
    dialog = view.dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(dialog.employee_id, "E0042")
    dialog.name.setText("Zoë Núñez-Ibáñez")  # non-ASCII: setText, never keyClicks
    qtbot.keyClicks(dialog.email, "zoe.nunez@example.com")
    qtbot.keyClicks(dialog.department, "Research")
    qtbot.keyClicks(dialog.branch, "Madrid")
    qtbot.keyClicks(dialog.languages, "es, en")
    _ok(dialog)
    qtbot.waitUntil(lambda: view.dialog is None)
    assert people_service.count(db) == 2
    assert view.count_label.text() == "2 people"
    assert view.selected_person() is not None and view.selected_person().employee_id == "E0042"

    qtbot.keyClicks(view.search, "resea")
    assert view.model.rowCount() == 1
    person = view.model.record(0)
    assert person.name == "Zoë Núñez-Ibáñez" and person.languages == ("es", "en")
    assert view.count_label.text() == "1 of 2 shown"
    view.search.setText("núñez madrid")
    assert [p.employee_id for p in view.model.rows()] == ["E0042"]
    view.search.setText("nobody-like-this")
    assert view.model.rowCount() == 0
    assert "No one matches" in view.detail.empty.text()


def test_invalid_email_keeps_dialog_open_and_writes_nothing(qtbot, view: PeopleView, db: Database) -> None:
    dialog = view.open_dialog(None)
    qtbot.keyClicks(dialog.employee_id, "E0100")
    qtbot.keyClicks(dialog.name, "Sam Smit")
    qtbot.keyClicks(dialog.email, "not-an-email")
    _ok(dialog)
    assert dialog.isVisible()
    assert dialog.errors.isVisible()
    assert "not a valid email" in dialog.errors.text()
    assert people_service.count(db) == 0

    dialog.email.setText("sam.smit@example.com")
    _ok(dialog)
    qtbot.waitUntil(lambda: view.dialog is None)
    assert people_service.count(db) == 1


def test_duplicate_employee_id_refused(qtbot, window, view: PeopleView, db: Database) -> None:
    _add(db, "E0007", "Pieter Bakker")
    window.reload_all()
    dialog = view.open_dialog(None)
    qtbot.keyClicks(dialog.employee_id, "E0007")
    qtbot.keyClicks(dialog.name, "Someone Else")
    qtbot.keyClicks(dialog.email, "someone@example.com")
    _ok(dialog)
    assert dialog.isVisible() and dialog.errors.isVisible()
    assert "E0007 is already used" in dialog.errors.text()
    assert people_service.count(db) == 1


def test_archive_hides_from_default_list_and_restore(qtbot, window, view: PeopleView, db: Database) -> None:
    pid = _add(db, "E0001", "Lotte Visser")
    _add(db, "E0002", "Bram Mulder")
    window.reload_all()
    assert view.select_person(pid)
    assert view.archive_button.isEnabled() and view.archive_button.text() == "Archive"
    qtbot.mouseClick(view.archive_button, Qt.LeftButton)
    assert people_service.get_person(db, pid).archived
    assert [p.name for p in view.model.rows()] == ["Bram Mulder"]
    assert view.count_label.text() == "1 person"

    view.show_archived.setChecked(True)
    assert view.model.rowCount() == 2
    row = view.model.row_of(pid)
    assert view.model.index(row, pm.STATUS).data() == "Archived"
    assert view.select_person(pid)
    assert view.archive_button.text() == "Restore"
    qtbot.mouseClick(view.archive_button, Qt.LeftButton)
    assert not people_service.get_person(db, pid).archived
    view.show_archived.setChecked(False)
    assert view.model.rowCount() == 2


def test_sort_by_columns(window, view: PeopleView, db: Database) -> None:
    _add(db, "E0003", "carla Ruiz", hire_date=date(2015, 3, 1), department="Sales")
    _add(db, "E0001", "Álvaro Peña", hire_date=None, department="IT")
    _add(db, "E0002", "Bram Bos", hire_date=date(2020, 6, 1), department="Finance")
    window.reload_all()
    names = lambda: [p.name for p in view.model.rows()]  # noqa: E731
    assert view.table.isSortingEnabled()
    view.table.sortByColumn(pm.EMPLOYEE_ID, Qt.AscendingOrder)
    assert names() == ["Álvaro Peña", "Bram Bos", "carla Ruiz"]
    view.table.sortByColumn(pm.HIRE_DATE, Qt.DescendingOrder)
    assert names()[:2] == ["Bram Bos", "carla Ruiz"]
    view.table.sortByColumn(pm.HIRE_DATE, Qt.AscendingOrder)
    assert names() == ["carla Ruiz", "Bram Bos", "Álvaro Peña"]  # no date sorts last
    view.table.sortByColumn(pm.DEPARTMENT, Qt.AscendingOrder)
    assert names() == ["Bram Bos", "Álvaro Peña", "carla Ruiz"]
    # the sort survives a filter (one model reset, rows sorted in Python)
    view.search.setText("e000")
    assert names() == ["Bram Bos", "Álvaro Peña", "carla Ruiz"]
    view.search.setText("e0003 ")
    assert names() == ["carla Ruiz"]
    assert view.model.index(0, pm.HIRE_DATE).data(Qt.TextAlignmentRole) & int(Qt.AlignRight)


def test_model_passes_qtmodeltester(qtmodeltester, open_window, demo_file: Path) -> None:
    view = open_window(demo_file).show_view("PeopleView")
    assert isinstance(view, PeopleView) and view.model.rowCount() > 100
    qtmodeltester.check(view.model)


def test_detail_panel_shows_portrait(window, view: PeopleView, db: Database) -> None:
    mid = _add(db, "E0001", "Femke Meijer")
    pid = _add(db, "E0002", "Daan Jansen", manager_employee_id="E0001",
               portrait=(PortraitEntry("Negotiation", 2, 4), PortraitEntry("Excel", 3, None)))
    window.reload_all()
    assert view.select_person(pid)
    assert not view.detail.empty.isVisible()
    assert view.detail.heading.text() == "Daan Jansen"
    assert view.detail.values["manager"].text() == "Femke Meijer (E0001)"
    assert [(e.competency, e.current, e.target) for e in view.detail.chart.entries()] == [
        ("Excel", 3, None), ("Negotiation", 2, 4)]
    assert view.select_person(mid)
    assert view.detail.chart.entries() == []


def test_double_click_edits(qtbot, window, view: PeopleView, db: Database) -> None:
    pid = _add(db, "E0001", "Noor Smit")
    window.reload_all()
    view.select_person(pid)
    index = view.model.index(view.model.row_of(pid), pm.NAME)
    view.table.doubleClicked.emit(index)
    assert view.dialog is not None and view.dialog.person_id == pid
    view.dialog.title_edit.setText("Controller")
    _ok(view.dialog)
    qtbot.waitUntil(lambda: view.dialog is None)
    assert people_service.get_person(db, pid).title == "Controller"
    assert view.model.index(view.model.row_of(pid), pm.TITLE).data() == "Controller"


def test_readonly_file_disables_edit_actions(qtbot, db: Database, db_path: Path) -> None:
    _add(db, "E0001", "Sem de Boer")

    class Host(QWidget):
        def __init__(self) -> None:
            super().__init__()
            self.db = Database.open(db_path, readonly=True)

        def reload_all(self) -> None:
            view.reload()

    host = Host()
    qtbot.addWidget(host)
    view = PeopleView(host)  # type: ignore[arg-type]
    view.set_readonly(True)
    view.reload()
    view.table.selectRow(0)
    assert view.selected_person() is not None
    assert not view.add_button.isEnabled()
    assert not view.edit_button.isEnabled()
    assert not view.archive_button.isEnabled()
    assert view.open_dialog(None) is None
    host.db.close()


def test_count_uses_locale_numbers(qtbot, db: Database, db_path: Path) -> None:
    from PySide6.QtCore import QLocale

    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.German, QLocale.Germany))
    try:
        from mentordesk.people_csv import PersonRow, write_people

        rows = [PersonRow(line=i + 2, employee_id=f"E{i:05d}", name=f"Person {i}", email=f"p{i}@example.com")
                for i in range(1200)]
        csv_path = db_path.with_name("people.csv")
        write_people(rows, csv_path)
        people_service.import_people(db, csv_path)

        class Host(QWidget):
            def __init__(self) -> None:
                super().__init__()
                self.db = db

        host = Host()
        qtbot.addWidget(host)
        view = PeopleView(host)  # type: ignore[arg-type]
        view.reload()
        assert view.count_label.text() == "1.200 people"
        view.search.setText("person 1199")
        assert view.count_label.text() == "1 of 1.200 shown"
    finally:
        QLocale.setDefault(previous)


def test_base_model_sort_keeps_selection_on_the_same_record(qtbot) -> None:
    """Sorting moves rows; the selection must stay on the record, not the row number."""
    from PySide6.QtWidgets import QTableView

    from ui.models.table import Column, RecordRole, RecordTableModel

    model = RecordTableModel([Column("Name", lambda r: r[0]), Column("Age", lambda r: r[1], sort_key=lambda r: r[1])])
    model.set_rows([("Ana", 40), ("Bram", 20), ("Carla", 30)])
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.selectRow(0)  # Ana
    model.sort(1)  # by age: Bram, Carla, Ana
    selected = view.selectionModel().selectedRows()
    assert len(selected) == 1
    assert selected[0].data(RecordRole) == ("Ana", 40)
    assert selected[0].row() == 2
