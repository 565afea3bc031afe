"""The Relationships screen as a small package: the screen and its panes and tabs as widgets.

- `view.py`: `RelationshipsView`, the screen: list, filters, selection, buttons
- `filter_bar.py`, `action_bar.py`: the two rows above the list
- `detail_pane.py`: the selected pair, with `goals_tab.py`, `meetings_tab.py`,
  `checkins_tab.py` and `summary_tab.py`
- `actions.py`, `records.py`: the dialogs and deletions HR starts from the screen
- `summary_guard.py`: an unsaved summary survives a click on another pair

Texts moved out of `RelationshipsView` into the panes keep their translation
context ("RelationshipsView", "RecordDeletions"): the catalogs hold them there.
"""

from .view import COLUMN_WIDTHS, RelationshipsView

__all__ = ["COLUMN_WIDTHS", "RelationshipsView"]
