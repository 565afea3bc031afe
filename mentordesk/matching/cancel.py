"""The one check every matching phase calls between steps: stop, in the user's words, once asked."""

from __future__ import annotations

from collections.abc import Callable

from ..errors import Cancelled as _CancelledBase
from ..i18n import gettext


class Cancelled(_CancelledBase):
    """Raised when the caller's ``cancelled()`` returns True mid-run, so a
    worker thread can unwind without producing a half-built plan."""


def stop_if_cancelled(cancelled: Callable[[], bool] | None) -> None:
    """Raise Cancelled once `cancelled()` is true; nothing has been written by then."""
    if cancelled is not None and cancelled():
        raise Cancelled(gettext("Matching was cancelled. Nothing was changed."))
