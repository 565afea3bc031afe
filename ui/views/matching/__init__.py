"""The Matching screen as a small package: the screen, HR's decisions and its two dialogs.

- `view.py`: `MatchingView`, the screen: the run on a worker thread, the proposals, approval
- `decisions.py`: lock, reject, swap, pair rules and weights (one service call each)
- `weights_dialog.py`: `WeightsDialog`; `pair_rules.py`: `PairRulesDialog` and its model

Texts moved out of `MatchingView` keep their translation context ("MatchingView"):
the catalogs hold them there. The package is heavy (numpy, scipy through the
matcher) and is imported only when the screen is first shown (`ui/lazy_views.py`).
"""

from .pair_rules import PairRulesDialog, PairRulesModel
from .view import MatchingView
from .weights_dialog import WeightsDialog

__all__ = ["MatchingView", "PairRulesDialog", "PairRulesModel", "WeightsDialog"]
