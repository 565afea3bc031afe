"""File > Import People… with real clicks: the encoding question, the column mapping, the preview,
Cancel writing nothing, Import writing what the preview said, and the result in a dialog."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QMessageBox

from mentordesk.models import Person
from mentordesk.services import people
from mentordesk.storage.database import Database
from ui import tasks
from ui.app import MainWindow
from ui.people_import_flow import ENCODING_BOX

HR_HEADER = "Employee Number;First Name;Last Name;E-Mail;Abteilung;Cost Centre\r\n"


def hr_file(folder: Path, rows: list[str], encoding: str = "cp1252", name: str = "hr.csv") -> Path:
    path = folder / name
    path.write_bytes((HR_HEADER + "".join(r + "\r\n" for r in rows)).encode(encoding))
    return path


def table_rows(db_path: Path) -> list[tuple]:
    """Every row of the people and assessments tables, as the file holds them."""
    conn = sqlite3.connect(db_path)
    try:
        return [tuple(r) for t in ("people", "person_competencies")
                for r in conn.execute(f"SELECT * FROM {t} ORDER BY id")]
    finally:
        conn.close()


@pytest.fixture
def window(open_window, db_path: Path) -> MainWindow:
    db = Database.open(db_path)
    people.add_person(db, Person(employee_id="7", name="Ana Gómez", email="ana@example.com", department="IT"))
    db.close()
    return open_window(db_path)


def choose_file(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))


def shown(qtbot, window: MainWindow, attribute: str):
    qtbot.waitUntil(lambda: getattr(window, attribute, None) is not None and getattr(window, attribute).isVisible(),
                    timeout=30_000)
    return getattr(window, attribute)


def click(qtbot, button) -> None:
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.LeftButton)


def answer_encoding(qtbot, window: MainWindow, yes: bool = True) -> QMessageBox:
    box = shown(qtbot, window, "import_question")
    assert box.objectName() == ENCODING_BOX
    assert box.text() == "This file looks like Windows text (Western European). Read it that way?"
    click(qtbot, box.button(QMessageBox.Yes if yes else QMessageBox.Cancel))
    return box


def test_windows_file_is_asked_about_mapped_previewed_and_cancel_writes_nothing(
        qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    csv = hr_file(tmp_path, ["1;José;Núñez;jose@example.com;Ventas;C1",
                             "7;Ana;Gómez;ana@example.com;Finanzas;C2",
                             "9;Jose;Nunez;jn@example.com;IT;C3"])
    before = table_rows(window.db.path)
    choose_file(monkeypatch, csv)
    window.import_people_dialog()
    answer_encoding(qtbot, window)

    mapping = shown(qtbot, window, "import_mapping_dialog")
    combos = mapping.combos
    assert combos["Employee Number"].currentData() == "employee_id"  # guessed from the header
    assert combos["First Name"].currentData() == "first_name" and combos["Last Name"].currentData() == "last_name"
    assert combos["Abteilung"].currentData() == "department"
    assert combos["Cost Centre"].currentData() == ""  # unknown: left out unless HR says otherwise
    table = mapping.table
    examples = {table.item(r, 0).text(): table.item(r, 1).text() for r in range(table.rowCount())}
    assert examples["First Name"] == "José" and examples["Last Name"] == "Núñez"  # the first row, read as asked
    # HR first leaves the employee number out: refused with the reason, the dialog stays
    combos["Employee Number"].setCurrentIndex(combos["Employee Number"].findData(""))
    click(qtbot, mapping.buttons.button(QDialogButtonBox.Ok))
    assert mapping.isVisible() and "Employee ID" in mapping.problem.text()
    combos["Employee Number"].setCurrentIndex(combos["Employee Number"].findData("employee_id"))
    click(qtbot, mapping.buttons.button(QDialogButtonBox.Ok))

    preview = shown(qtbot, window, "import_preview_dialog")
    counts = preview.summary.text().splitlines()
    assert counts[:3] == ["2 new people", "1 person changed", "0 people unchanged"]
    changes = {preview.changes.item(r, 0).text(): preview.changes.item(r, 2).text()
               for r in range(preview.changes.rowCount())}
    assert changes == {"1": "New person", "9": "New person", "7": "Department"}
    assert preview.duplicates.count() == 1 and "Jose Nunez (9)" in preview.duplicates.item(0).text()
    assert "José Núñez (1)" in preview.duplicates.item(0).text()  # read as Windows text, not mangled
    click(qtbot, preview.buttons.button(QDialogButtonBox.Cancel))
    assert tasks.wait_for_all(30_000)
    assert not preview.isVisible()
    assert table_rows(window.db.path) == before  # Cancel wrote nothing


def test_import_writes_what_the_preview_showed_and_says_so_in_a_dialog(
        qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    csv = hr_file(tmp_path, ["1;José;Núñez;jose@example.com;Ventas;C1", "7;Ana;Gómez;ana@example.com;IT;C2"])
    choose_file(monkeypatch, csv)
    window.import_people_dialog()
    answer_encoding(qtbot, window)
    mapping = shown(qtbot, window, "import_mapping_dialog")
    click(qtbot, mapping.buttons.button(QDialogButtonBox.Ok))
    preview = shown(qtbot, window, "import_preview_dialog")
    assert preview.summary.text().splitlines()[:3] == ["1 new person", "0 people changed", "1 person unchanged"]
    click(qtbot, preview.import_button)
    result = shown(qtbot, window, "import_result_dialog")
    assert result.text.text().splitlines()[:3] == ["1 person added", "0 people updated", "1 person unchanged"]
    assert "Edit > Undo import of hr.csv" in result.text.text()
    names = sorted(p.name for p in people.list_people(window.db))
    assert names == ["Ana Gómez", "José Núñez"]

    # the same HR report next month: the mapping is remembered in the file, not asked again
    window.import_mapping_dialog = None
    nxt = hr_file(tmp_path, ["1;José;Núñez;jose@example.com;Ventas;C1", "8;Piotr;Łaski;pl@example.com;IT;C3"],
                  encoding="utf-8", name="hr-next.csv")
    choose_file(monkeypatch, nxt)
    window.import_people_dialog()
    preview2 = shown(qtbot, window, "import_preview_dialog")
    assert preview2 is not preview and window.import_mapping_dialog is None
    assert preview2.summary.text().splitlines()[0] == "1 new person"


def test_declining_the_encoding_imports_nothing(qtbot, window: MainWindow, tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    before = table_rows(window.db.path)
    choose_file(monkeypatch, hr_file(tmp_path, ["1;José;Núñez;jose@example.com;Ventas;C1"]))
    window.import_people_dialog()
    box = answer_encoding(qtbot, window, yes=False)
    assert tasks.wait_for_all(30_000)
    assert not box.isVisible() and getattr(window, "import_mapping_dialog", None) is None
    assert table_rows(window.db.path) == before


def test_bad_lines_are_listed_and_import_is_not_offered(qtbot, window: MainWindow, tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    csv = tmp_path / "people.csv"
    csv.write_text("employee_id,name,email,role\nE1,Zoe,zoe@example.com,boss\nE2,,x@example.com,mentor\n"
                   "E3,Kim,kim@example.com,mentee\n", encoding="utf-8")
    choose_file(monkeypatch, csv)
    window.import_people_dialog()
    preview = shown(qtbot, window, "import_preview_dialog")  # the format's own columns: no mapping asked
    lines = [preview.bad_lines.item(i).text() for i in range(preview.bad_lines.count())]
    assert [line.split(":")[0] for line in lines] == ["Line 2", "Line 3"]
    assert not preview.import_button.isEnabled()
    assert preview.tabs.currentWidget() is preview.bad_lines
    click(qtbot, preview.buttons.button(QDialogButtonBox.Cancel))
    assert people.count(window.db) == 1


def test_columns_button_changes_a_remembered_mapping(qtbot, window: MainWindow, tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    first = hr_file(tmp_path, ["1;José;Núñez;jose@example.com;Ventas;C1"], encoding="utf-8")
    choose_file(monkeypatch, first)
    window.import_people_dialog()
    click(qtbot, shown(qtbot, window, "import_mapping_dialog").buttons.button(QDialogButtonBox.Ok))
    click(qtbot, shown(qtbot, window, "import_preview_dialog").import_button)
    shown(qtbot, window, "import_result_dialog").accept()

    window.import_mapping_dialog = window.import_preview_dialog = None
    choose_file(monkeypatch, hr_file(tmp_path, ["1;José;Núñez;jose@example.com;Madrid;C1"], encoding="utf-8",
                                     name="next.csv"))
    window.import_people_dialog()
    preview = shown(qtbot, window, "import_preview_dialog")  # remembered: straight to the preview
    assert window.import_mapping_dialog is None and preview.columns_button.isVisible()
    click(qtbot, preview.columns_button)
    mapping = shown(qtbot, window, "import_mapping_dialog")
    assert not preview.isVisible()
    assert mapping.combos["Abteilung"].currentData() == "department"  # last time's choice
    mapping.combos["Abteilung"].setCurrentIndex(mapping.combos["Abteilung"].findData("branch"))
    click(qtbot, mapping.buttons.button(QDialogButtonBox.Ok))
    qtbot.waitUntil(lambda: window.import_preview_dialog is not preview and window.import_preview_dialog.isVisible(),
                    timeout=30_000)
    again = window.import_preview_dialog
    # no column is read as the department any more: the import empties it, and the preview says so
    assert again.changes.item(0, 2).text() == "Department, Branch"
    window.last_import_report = None
    click(qtbot, again.import_button)
    qtbot.waitUntil(lambda: window.last_import_report is not None or hasattr(window, "last_import_error"),
                    timeout=30_000)
    assert window.last_import_report is not None, window.last_import_error
    [jose] = [p for p in people.list_people(window.db) if p.employee_id == "1"]
    assert (jose.branch, jose.department) == ("Madrid", "")


def test_a_big_preview_runs_in_the_background_with_progress_and_can_be_cancelled(
        qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    csv = tmp_path / "big.csv"
    csv.write_text("employee_id,name,email\n" + "".join(f"B{i},Person {i},b{i}@example.com\n" for i in range(4000)),
                   encoding="utf-8")
    before = table_rows(window.db.path)
    choose_file(monkeypatch, csv)
    window.import_people_dialog()
    [task] = tasks.running_tasks()
    task.cancel()
    assert tasks.wait_for_all(30_000)
    assert getattr(window, "import_preview_dialog", None) is None  # cancelled: no preview, nothing asked
    assert table_rows(window.db.path) == before

    window.import_people_dialog()
    [task] = tasks.running_tasks()
    assert tasks.wait_for_all(30_000)
    assert task.ctx.snapshot()[:2] == (4001, 4001)  # every line was reported as it was read
    preview = shown(qtbot, window, "import_preview_dialog")
    assert preview.summary.text().splitlines()[0] == "4000 new people"
    assert preview.changes.rowCount() == 2001 and preview.changes.item(2000, 2).text() == "2000 more not listed"
    assert table_rows(window.db.path) == before
