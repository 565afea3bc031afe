"""The words the relationship commands print about stored codes, in the user's language.

The services hand back codes ("on_track", "missed_by_mentor") with English labels
made for the window's tables; a sentence needs its own lower-case forms (a
lower-cased German noun is wrong), and an attention item's English title is said
again from its kind and subject, as the window's Attention page does.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from .. import vocabulary
from ..i18n import N_
from ..i18n import gettext as _

if TYPE_CHECKING:
    from ..relationship_models import AttentionItem

#: The health, meeting and closure words live in `mentordesk.vocabulary` (one copy for the
#: window, the CLI and the reports); a sentence uses their in-text forms.
HEALTH = vocabulary.HEALTH_NAMES
#: A meeting's outcome inside "Logged the … meeting".
MEETING_OUTCOMES = vocabulary.MEETING_OUTCOMES_IN_TEXT
#: A closure's outcome at the end of "Closed the relationship of … on …:".
CLOSURE_OUTCOMES = vocabulary.CLOSURE_OUTCOMES_IN_TEXT
SEVERITIES = {"high": N_("HIGH"), "medium": N_("MEDIUM"), "low": N_("LOW")}
#: The "<kind>: " an attention title starts with, said in the user's language.
TITLE_PREFIXES = {word: word for word in (*vocabulary.ATTENTION_KIND_NAMES.values(),
                                           *vocabulary.CHECKIN_OVERDUE_BY.values())}
_MISSES = " misses meetings"


def said(table: Mapping[str, str], code: str | None, fallback: str = "") -> str:
    """The translated word for `code`; an unknown code (a newer file) is shown as stored."""
    return vocabulary.said(table, code, fallback=fallback)


def attention_title(item: AttentionItem) -> str:
    """The item's title with its kind in the user's language and its subject (names, goal) as stored.

    A title worded in a way this table does not know is shown whole, in English, rather than guessed at.
    """
    head, sep, rest = item.title.partition(": ")
    if sep and head in TITLE_PREFIXES:
        return _("%(what)s: %(subject)s") % {"what": _(TITLE_PREFIXES[head]), "subject": rest}
    if item.kind == "mentor_miss_rate" and item.title.endswith(_MISSES):
        return _("%(name)s misses meetings") % {"name": item.title[: -len(_MISSES)]}
    return item.title


def decimal(value: float) -> str:
    """One decimal, with the language's decimal mark ('3,5' in German); English needs no CLDR."""
    from ..i18n import current

    tr = current()
    return f"{value:.1f}" if tr.language == "en" else tr.number(value, "0.0")


def percent(rate: float) -> str:
    """A rate as the language writes a percentage ('84 %' in German); English needs no CLDR."""
    from ..i18n import current

    tr = current()
    return f"{round(rate * 100)}%" if tr.language == "en" else tr.percent(rate)


def attention_detail(item: AttentionItem) -> str:
    """The detail in the user's language when the rules gave it as a sentence to translate."""
    from ..i18n import current

    return item.message.render(current()) if item.message is not None else item.detail
