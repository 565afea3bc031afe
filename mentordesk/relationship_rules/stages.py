"""The five stages and the rule for moving between them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from ..i18n import gettext as _
from .vocabulary import ACTIVE_STATUS, FIRST_STAGE, LAST_STAGE, STAGES, stage_name


class StageChangeError(ValueError):
    """Carries every problem at once so the form can show them together."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__(" ".join(problems))
        self.problems = problems


def validate_stage_change(
    current_stage: int,
    new_stage: int,
    stage_dates: Mapping[int, dt.date],
    *,
    status: str,
    hr_correction: bool = False,
) -> None:
    """Raise ``StageChangeError`` unless the change is allowed.

    Rules, and why:
    - The relationship must be active: a paused or closed relationship has no
      progress to record.
    - Staying on the same stage is allowed (re-saving a form is not an error).
    - Forward moves go one stage at a time, because the model assumes each
      stage's work was actually done.
    - Moving backwards is only allowed with ``hr_correction=True``: it rewrites
      history, so it must be a deliberate HR fix, never a casual edit.
    - ``stage_dates`` maps stage number to the date it started; the new stage
      must have a date when moving forward, and no stage up to the new one may
      start before the stage preceding it.

    ``status`` is required (not defaulted) so a caller cannot skip the
    active-relationship check by accident.
    """
    problems: list[str] = []
    valid = {n for n, _ in STAGES}
    if status != ACTIVE_STATUS:
        problems.append(_("The stage can only change while the relationship is active (it is %(status)s).")
                        % {"status": status})
    for is_new, value in ((False, current_stage), (True, new_stage)):
        if value not in valid:
            problems.append((_("New stage %(value)s is not a stage (%(first)s-%(last)s).") if is_new else
                             _("Current stage %(value)s is not a stage (%(first)s-%(last)s)."))
                            % {"value": repr(value), "first": FIRST_STAGE, "last": LAST_STAGE})
    for n in stage_dates:
        if n not in valid:
            problems.append(_("A date was given for stage %(stage)s, which is not a stage.") % {"stage": repr(n)})
    if problems:
        raise StageChangeError(problems)

    if new_stage < current_stage and not hr_correction:
        problems.append(_("Stages cannot move backwards (from %(current)s to %(new)s) except as an HR correction.")
                        % {"current": current_stage, "new": new_stage})
    if new_stage > current_stage + 1:
        problems.append(_("Stages move one at a time: from %(current)s the next stage is %(next)s, not %(new)s.")
                        % {"current": current_stage, "next": current_stage + 1, "new": new_stage})
    if new_stage > current_stage and new_stage not in stage_dates:
        problems.append(_("Give the date stage %(stage)s (%(name)s) started.")
                        % {"stage": new_stage, "name": _(stage_name(new_stage))})
    for n in range(FIRST_STAGE + 1, new_stage + 1):
        if n in stage_dates and n - 1 in stage_dates and stage_dates[n] < stage_dates[n - 1]:
            problems.append(_("Stage %(stage)s cannot start (%(date)s) before stage %(previous)s started "
                              "(%(previous_date)s).") % {"stage": n, "date": stage_dates[n].isoformat(),
                                                         "previous": n - 1,
                                                         "previous_date": stage_dates[n - 1].isoformat()})
    if problems:
        raise StageChangeError(problems)

