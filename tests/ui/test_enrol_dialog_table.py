"""The Enrol people dialog's table, now the shared `sortable_table`: sorted by name on opening,
several people picked with Ctrl/Shift-clicks, a header click re-sorts and the picks follow.

The dialog collects a decision and writes nothing, so it is driven alone with real clicks.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractItemView, QDialogButtonBox, QHeaderView

from mentordesk.models import Person
from ui.dialogs.enrol_dialog import PICK_WIDTHS, EnrolDialog

NAMES = ["Zoë Zimmermann", "Álvaro Peña", "bram Bos", "Łucja Nowak", "Chris Day"]


@pytest.fixture
def dialog(qtbot) -> EnrolDialog:
    people = [Person(employee_id=f"E{i}", name=name, email=f"e{i}@example.com", department=f"D{i % 2}",
                     id=f"p{i}") for i, name in enumerate(NAMES)]
    people.append(Person(employee_id="E9", name="Archie Archived", email="a@example.com", archived=True, id="p9"))
    shown = EnrolDialog(people, {"p1": "mentor"})
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def _names(dialog: EnrolDialog) -> list[str]:
    return [p.name for p in dialog.model.rows()]


def _click(qtbot, dialog: EnrolDialog, name: str, modifier=Qt.NoModifier) -> None:
    row = _names(dialog).index(name)
    rect = dialog.table.visualRect(dialog.model.index(row, 0))
    qtbot.mouseClick(dialog.table.viewport(), Qt.LeftButton, modifier, rect.center())


def test_opens_sorted_by_name_with_the_archived_left_out(dialog: EnrolDialog) -> None:
    shown = _names(dialog)
    assert "Archie Archived" not in shown and len(shown) == len(NAMES)
    assert shown == sorted(shown, key=str.casefold)
    assert shown.index("bram Bos") < shown.index("Chris Day") < shown.index("Zoë Zimmermann")  # no case
    header = dialog.table.horizontalHeader()
    assert header.sortIndicatorSection() == 0 and header.sortIndicatorOrder() == Qt.AscendingOrder
    assert dialog.table.selectionMode() == QAbstractItemView.ExtendedSelection
    assert header.sectionResizeMode(0) == QHeaderView.Interactive and header.stretchLastSection()
    for column, width in enumerate(PICK_WIDTHS):
        assert dialog.table.columnWidth(column) >= width
    row = _names(dialog).index("Álvaro Peña")
    assert dialog.model.index(row, 4).data() == "mentor"  # already in the program, and as what


def test_ctrl_click_picks_several_and_they_follow_a_resort(qtbot, dialog: EnrolDialog) -> None:
    ok = dialog.buttons.button(QDialogButtonBox.Ok)
    assert not ok.isEnabled()
    _click(qtbot, dialog, "Łucja Nowak")
    _click(qtbot, dialog, "Chris Day", Qt.ControlModifier)
    picked = [p.name for p in dialog.selected_people()]
    assert sorted(picked) == ["Chris Day", "Łucja Nowak"] and ok.isEnabled()
    assert dialog.count.text() == "2 people selected"
    before = _names(dialog)
    header = dialog.table.horizontalHeader()
    qtbot.mouseClick(header.viewport(), Qt.LeftButton,
                     pos=QPoint(header.sectionViewportPosition(0) + 10, header.height() // 2))
    assert _names(dialog) == list(reversed(before))  # a header click: descending
    assert sorted(p.name for p in dialog.selected_people()) == ["Chris Day", "Łucja Nowak"]
    rows = [_names(dialog).index(p.name) for p in dialog.selected_people()]
    assert rows == sorted(rows)  # top to bottom


def test_select_names_picks_exactly_those(dialog: EnrolDialog) -> None:
    dialog.select_names(["bram Bos", "Zoë Zimmermann", "Nobody Here"])
    assert [p.name for p in dialog.selected_people()] == [n for n in _names(dialog)
                                                          if n in ("bram Bos", "Zoë Zimmermann")]
    dialog.select_names(["Chris Day"])  # a new pick replaces the last
    assert [p.name for p in dialog.selected_people()] == ["Chris Day"]
    dialog.search.setText("peña")
    assert _names(dialog) == ["Álvaro Peña"] and dialog.selected_people() == []
    dialog.reject()
