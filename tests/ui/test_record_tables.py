"""ui/widgets/tables.py: the one table set-up every list shares, driven with real clicks and keys.

The Programs, Relationships and Attention screens built their tables through it;
these tests check what a person sees and does: the first order, a click on a title
re-sorting, Ctrl-click selecting several rows (or not), the selection surviving a
reload, widths never cutting a title, and the stretching column.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QWidget

from ui.models.table import Column, RecordTableModel
from ui.widgets.tables import fit_columns, reselect, selected_records, sortable_table


@dataclass(frozen=True)
class Person:
    id: str
    name: str
    branch: str
    note: str


PEOPLE = [Person("p1", "Zofia", "Kraków", "x"), Person("p2", "Anneke", "Rotterdam", "a long note " * 20),
          Person("p3", "Carmen", "Madrid", ""), Person("p4", "Bram", "Rotterdam", "y")]


def model(parent: QWidget) -> RecordTableModel[Person]:
    m = RecordTableModel([Column("Name", lambda p: p.name), Column("A rather long column title", lambda p: p.note),
                          Column("Branch", lambda p: p.branch)], parent)
    m.set_rows(PEOPLE)
    return m


@pytest.fixture
def host(qtbot) -> QWidget:
    widget = QWidget()
    widget.resize(700, 300)
    qtbot.addWidget(widget)
    return widget


def shown(qtbot, host: QWidget, **options):
    table = sortable_table(host, model(host), "people", **options)
    table.resize(host.size())
    host.show()
    qtbot.waitExposed(host)
    return table


def names(table) -> list[str]:
    return [table.model().index(r, 0).data() for r in range(table.model().rowCount())]


def click_row(qtbot, table, row: int, modifier=Qt.NoModifier) -> None:
    rect = table.visualRect(table.model().index(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.LeftButton, modifier, rect.center())


def click_title(qtbot, table, column: int) -> None:
    header = table.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.LeftButton, Qt.NoModifier, QPoint(x, header.height() // 2))


def test_first_order_and_a_click_on_a_title_sorts(qtbot, host) -> None:
    table = shown(qtbot, host)
    assert names(table) == ["Anneke", "Bram", "Carmen", "Zofia"]
    click_title(qtbot, table, 0)
    assert names(table) == ["Zofia", "Carmen", "Bram", "Anneke"]
    click_title(qtbot, table, 2)
    assert [table.model().record(r).branch for r in range(4)] == ["Kraków", "Madrid", "Rotterdam", "Rotterdam"]


def test_a_given_first_order_and_none(qtbot, host) -> None:
    by_branch = shown(qtbot, host, sort=(2, Qt.DescendingOrder))
    assert by_branch.model().record(0).branch == "Rotterdam" and by_branch.isSortingEnabled()
    unsorted = sortable_table(host, model(host), "unsorted", sort=None)
    assert names(unsorted) == [p.name for p in PEOPLE] and not unsorted.isSortingEnabled()


def test_ctrl_click_selects_several_only_when_asked(qtbot, host) -> None:
    many = shown(qtbot, host, many=True)
    click_row(qtbot, many, 0)
    click_row(qtbot, many, 2, Qt.ControlModifier)
    assert [p.name for p in selected_records(many)] == ["Anneke", "Carmen"]
    qtbot.keyClick(many, Qt.Key_Down, Qt.ShiftModifier)
    assert [p.name for p in selected_records(many)] == ["Anneke", "Carmen", "Zofia"]
    host.hide()
    one = shown(qtbot, host)
    click_row(qtbot, one, 0)
    click_row(qtbot, one, 2, Qt.ControlModifier)
    assert [p.name for p in selected_records(one)] == ["Carmen"]
    assert one.editTriggers() == QAbstractItemView.NoEditTriggers


def test_the_selection_comes_back_after_a_reload(qtbot, host) -> None:
    table = shown(qtbot, host, many=True)
    click_row(qtbot, table, 1)
    click_row(qtbot, table, 3, Qt.ControlModifier)
    wanted = {p.id for p in selected_records(table)}
    table.model().set_rows(list(reversed(PEOPLE)))  # a reload: the selection is gone
    assert selected_records(table) == []
    reselect(table, lambda p: p.id, wanted)
    assert {p.id for p in selected_records(table)} == wanted == {"p4", "p1"}


def test_widths_never_cut_a_title_and_one_column_stretches(qtbot, host) -> None:
    table = shown(qtbot, host, widths={0: 40, 1: 10, 2: 90}, stretch=2)
    header = table.horizontalHeader()
    # the sorted column's title has its arrow too: "Name ▲" is wider than 40 px
    assert header.sectionSize(0) >= header.sectionSizeHint(0) and header.sectionSize(1) >= header.sectionSizeHint(1)
    assert header.sectionSize(1) > 10
    assert header.sectionResizeMode(2) == QHeaderView.Stretch and not header.stretchLastSection()
    assert header.sectionResizeMode(0) == QHeaderView.Interactive
    last = sortable_table(host, model(host), "last")
    assert last.horizontalHeader().stretchLastSection()


def test_fit_columns_caps_the_widest(qtbot, host) -> None:
    table = shown(qtbot, host)
    fit_columns(table, 150)
    header = table.horizontalHeader()
    assert header.sectionSize(1) == 150  # the long note would be far wider
    assert header.sectionSize(0) < 150  # a short column keeps its own width
