"""The People screen as a small package: the screen and each of its bars and panes as a module.

- `view.py`: `PeopleView`, the screen: search, list, selection, buttons, the filter pipeline
- `table.py`: the table's set-up (`widgets.tables.sortable_table`) and the selection read from and put back on it
- `filter_bar.py`: department, branch, role and program filters
- `columns.py`: the column chooser (header right-click, View > People Columns), remembered
- `detail.py`: `PersonDetail`, the Details tab; `history_pane.py`, the History tab
- `person_actions.py`: add, edit, archive, the person menu, personal data rights
- `bulk_actions.py`: archive / restore, change role, enrol several people, in the background

Texts that moved out of `PeopleView` keep their translation context ("PeopleView",
"PersonDetail"): the catalogs hold them there.
"""

from .detail import PersonDetail
from .table import COLUMN_WIDTHS
from .view import PeopleView

__all__ = ["COLUMN_WIDTHS", "PeopleView", "PersonDetail"]
