"""The People screen's table: how it is set up, and the selection read from and put back on it.

The table is `widgets.tables.sortable_table` (as every screen's list) over the fast
`PeopleModel`: fixed row heights and column widths in pixels, never resized to
contents, which measures every one of 50,000 rows. Several people can be selected
(Ctrl/Shift-click) for the bulk actions; a reload puts the selection back with one
`select` call over a whole `QItemSelection`, not a call per row.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QTableView, QWidget

from mentordesk.services.people_list import PersonListRow

from ...models import people_model as pm
from ...models.people_model import PeopleModel
from ...widgets.tables import selected_records, sortable_table

#: Initial column widths in pixels; users can drag them, the last column stretches.
COLUMN_WIDTHS = {
    pm.NAME: 180, pm.EMPLOYEE_ID: 80, pm.EMAIL: 220, pm.DEPARTMENT: 100, pm.BRANCH: 90,
    pm.TITLE: 170, pm.LANGUAGES: 80, pm.HIRE_DATE: 90, pm.ROLE: 120, pm.STATUS: 70,
}
#: Above this many selected people a reload keeps only the current one selected (finding rows costs).
KEEP_SELECTED = 200


def make_table(parent: QWidget, model: PeopleModel) -> QTableView:
    """The list of people, sorted by name at first; a header click sorts in Python (`PeopleModel.sort`)."""
    table = sortable_table(parent, model, "peopleTable", many=True, widths=COLUMN_WIDTHS,
                           sort=(pm.NAME, Qt.AscendingOrder))
    table.setHorizontalScrollMode(QAbstractItemView.ScrollPerPixel)
    return table


def selected_people(table: QTableView) -> list[PersonListRow]:
    """The selected people, top to bottom."""
    return selected_records(table)


def selected_person(table: QTableView) -> PersonListRow | None:
    """The one person the detail pane shows: the current row if selected, else the first selected."""
    selection, model = table.selectionModel(), table.model()
    current = selection.currentIndex()
    if current.isValid() and selection.isRowSelected(current.row(), QModelIndex()):
        return model.record(current.row())
    rows = selection.selectedRows()
    return model.record(min(i.row() for i in rows)) if rows else None


def selected_ids(table: QTableView) -> list[str]:
    """The ids to select again after a reload: the current person first, the others only when
    there are at most `KEEP_SELECTED` (finding each one's row again costs)."""
    current = selected_person(table)
    many = len(table.selectionModel().selectedRows()) > KEEP_SELECTED
    ids = [] if many else [p.id for p in selected_people(table)]
    return ([current.id] if current else []) + [i for i in ids if current is None or i != current.id]


def select_ids(table: QTableView, person_ids: list[str]) -> bool:
    """Select these people where still shown, the first one current; False if none is shown."""
    model: PeopleModel = table.model()
    rows = [r for r in (model.row_of(pid) for pid in person_ids) if r >= 0]
    if not rows:
        return False
    selection = QItemSelection()
    last_column = model.columnCount() - 1
    for r in rows:
        selection.select(model.index(r, 0), model.index(r, last_column))
    chosen = table.selectionModel()
    chosen.select(selection, QItemSelectionModel.ClearAndSelect | QItemSelectionModel.Rows)
    chosen.setCurrentIndex(model.index(rows[0], 0), QItemSelectionModel.NoUpdate)
    table.scrollTo(model.index(rows[0], 0))
    return True


def select_person(table: QTableView, person_id: str) -> bool:
    """Make this person the one selected and current; False if they are not shown."""
    model: PeopleModel = table.model()
    row = model.row_of(person_id)
    if row < 0:
        return False
    index = model.index(row, 0)
    table.selectionModel().setCurrentIndex(index, QItemSelectionModel.ClearAndSelect | QItemSelectionModel.Rows)
    table.scrollTo(index)
    return True
