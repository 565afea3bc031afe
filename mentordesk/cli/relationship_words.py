"""The words the relationship commands print about stored codes, in the user's language.

The services hand back codes ("on_track", "missed_by_mentor") with English labels
made for the window's tables; a sentence needs its own lower-case forms (a
lower-cased German noun is wrong), and an attention item's English title is said
again from its kind and subject, as the window's Attention page does.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..i18n import N_
from ..i18n import gettext as _

if TYPE_CHECKING:
    from ..relationship_models import AttentionItem

HEALTH = {"on_track": N_("On track"), "needs_checkin": N_("Needs a check-in"), "at_risk": N_("At risk"),
          "too_early": N_("Too early to tell"), "closed": N_("Closed")}
#: A meeting's outcome inside "Logged the … meeting".
MEETING_OUTCOMES = {"held": N_("held"), "missed_by_mentor": N_("missed by mentor"),
                    "missed_by_mentee": N_("missed by mentee"), "rescheduled_by_mentor": N_("rescheduled by mentor"),
                    "rescheduled_by_mentee": N_("rescheduled by mentee"), "cancelled": N_("cancelled")}
#: A closure's outcome at the end of "Closed the relationship of … on …:".
CLOSURE_OUTCOMES = {"completed": N_("completed"), "ended_early_by_agreement": N_("ended early by agreement"),
                    "mentor_withdrew": N_("mentor withdrew"), "mentee_withdrew": N_("mentee withdrew"),
                    "mentor_replaced": N_("mentor replaced")}
SEVERITIES = {"high": N_("HIGH"), "medium": N_("MEDIUM"), "low": N_("LOW")}
#: The "<kind>: " an attention title starts with, said in the user's language.
TITLE_PREFIXES = {"No recent meeting": N_("No recent meeting"),
                  "Mentor check-in overdue": N_("Mentor check-in overdue"),
                  "Mentee check-in overdue": N_("Mentee check-in overdue"), "Goal past due": N_("Goal past due"),
                  "Ending soon": N_("Ending soon"), "Past planned end": N_("Past planned end"),
                  "Waiting for a mentor": N_("Waiting for a mentor"),
                  "Archived person in an active relationship": N_("Archived person in an active relationship")}
_MISSES = " misses meetings"


def said(table: dict[str, str], code: str | None, fallback: str = "") -> str:
    """The translated word for `code`; an unknown code (a newer file) is shown as stored."""
    if code in table:
        return _(table[code])
    return fallback or (code or "")


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
