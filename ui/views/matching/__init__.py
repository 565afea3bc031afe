"""The Matching screen as a small package: the screen, HR's decisions and its two dialogs.

- `view.py`: `MatchingView`, the screen composed of `header.py` (program, Run match, weights,
  summary, notes), `proposals_pane.py` (table, explanation, unused wishes), `action_bar.py`
  (the buttons) and `waiting_pane.py` (the waiting list, before and after a run)
- `running.py`: the run and the approval on worker threads
- `decisions.py`: lock, reject, swap (only the swaps the service accepts), pair rules and weights
- `weights_dialog.py`: `WeightsDialog`; `pair_rules.py`: `PairRulesDialog` and its model

Texts moved out of `MatchingView` keep their translation context ("MatchingView"):
the catalogs hold them there. The package is heavy (numpy, scipy through the
matcher) and is imported only when the screen is first shown (`ui/lazy_views.py`).
"""

from .pair_rules import PairRulesDialog, PairRulesModel
from .view import MatchingView
from .weights_dialog import WeightsDialog

__all__ = ["MatchingView", "PairRulesDialog", "PairRulesModel", "WeightsDialog"]
