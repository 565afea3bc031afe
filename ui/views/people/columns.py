"""Which columns the People list shows: a right-click on the header or View > People Columns.

HR hides what they never read (languages, hire date) to give names and
departments room on a laptop. The choice is kept by column *name* in the
settings (`people/hiddenColumns`), not by position, so a column added in a
later version neither shifts the choice nor comes up hidden. The name column
always stays: a row without a name is no use.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtWidgets import QMenu, QTableView, QWidget

from ...models import people_model as pm

#: column -> the stable name it is remembered by.
KEYS = {pm.NAME: "name", pm.EMPLOYEE_ID: "employee_id", pm.EMAIL: "email", pm.DEPARTMENT: "department",
        pm.BRANCH: "branch", pm.TITLE: "title", pm.LANGUAGES: "languages", pm.HIRE_DATE: "hire_date",
        pm.ROLE: "role", pm.STATUS: "status"}
SETTINGS_KEY = "people/hiddenColumns"
ALWAYS_SHOWN = frozenset({pm.NAME})


def _settings():
    from ...settings import settings  # the app's own settings file (tests redirect it)

    return settings()


class ColumnChooser(QObject):
    """Shows, hides and remembers the People table's columns."""

    def __init__(self, table: QTableView) -> None:
        super().__init__(table)
        self.table = table
        header = table.horizontalHeader()
        header.setContextMenuPolicy(Qt.CustomContextMenu)
        header.customContextMenuRequested.connect(self._header_menu)
        self.last_menu: QMenu | None = None
        self.restore()

    def hidden_columns(self) -> list[int]:
        return [c for c in KEYS if self.table.isColumnHidden(c)]

    def restore(self) -> None:
        """Hide the columns remembered as hidden (unknown names from another version are ignored)."""
        stored = _settings().value(SETTINGS_KEY, [])
        names = {stored} if isinstance(stored, str) else set(stored or [])
        for column, key in KEYS.items():
            self.table.setColumnHidden(column, key in names and column not in ALWAYS_SHOWN)

    def set_shown(self, column: int, shown: bool) -> None:
        if column in ALWAYS_SHOWN:
            return
        self.table.setColumnHidden(column, not shown)
        _settings().setValue(SETTINGS_KEY, [KEYS[c] for c in self.hidden_columns()])

    def fill_menu(self, menu: QMenu) -> QMenu:
        """One tick per column (the name column greyed: it always shows)."""
        model = self.table.model()
        menu.clear()
        for column in KEYS:
            title = model.headerData(column, self.table.horizontalHeader().orientation())
            action = menu.addAction(str(title))
            action.setCheckable(True)
            action.setChecked(not self.table.isColumnHidden(column))
            action.setEnabled(column not in ALWAYS_SHOWN)
            action.setData(column)
            action.toggled.connect(lambda on, c=column: self.set_shown(c, on))
        return menu

    def menu(self, parent: QWidget) -> QMenu:
        menu = QMenu(self.tr("Columns"), parent)
        menu.setObjectName("peopleColumnsMenu")
        return self.fill_menu(menu)

    def _header_menu(self, pos: QPoint) -> None:
        header = self.table.horizontalHeader()
        self.last_menu = self.menu(header)
        self.last_menu.popup(header.viewport().mapToGlobal(pos))
