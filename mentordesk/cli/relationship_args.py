"""Hand parsing of the relationship commands' arguments: dates, outcomes, KEY=VALUE pairs.

Arguments are parsed by hand where argparse would answer with a usage dump:
an HR manager who types 2026-02-30 or "ninety" should read one plain sentence
saying what is wrong, and nothing is written. Shared by `cli/relationships.py`
and `cli/relationship_changes.py`.
"""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Callable, Sequence
from typing import TypeVar

from ..errors import ValidationError
from ..i18n import gettext as _

T = TypeVar("T")


def cli_outcome(outcome: str) -> str:
    """A stored outcome as typed on the command line (dashes, like the other option values)."""
    return outcome.replace("_", "-")


def collect(problems: list[str], parse: Callable[[], T]) -> T | None:
    """Run one parse; on refusal add its sentences to `problems`, so every mistake is reported at once."""
    try:
        return parse()
    except ValidationError as exc:
        problems += exc.problems
        return None


def parse_date(text: str, refusal: str) -> dt.date:
    """`refusal` is the whole sentence naming which date, with %(text)s for what was typed."""
    try:
        return dt.date.fromisoformat(text)
    except (TypeError, ValueError):
        raise ValidationError(refusal % {"text": repr(text)}) from None


def today(args: argparse.Namespace) -> dt.date | None:
    """The hidden --today (tests and demos run on a chosen day), or None for the real today."""
    if not getattr(args, "today", None):
        return None
    return parse_date(args.today, _("The date %(text)s is not a real date; write it as YYYY-MM-DD."))


def pairs(values: Sequence[str], malformed: str, twice: str) -> tuple[dict[str, str], list[str]]:
    """KEY=VALUE arguments as a dict; a missing '=' or a key given twice is a problem, not a guess.
    `malformed` and `twice` are the whole sentences for the two mistakes (%(text)s, %(key)s)."""
    out: dict[str, str] = {}
    problems: list[str] = []
    for value in values:
        key, sep, text = value.partition("=")
        key = key.strip()
        if not sep or not key:
            problems.append(malformed % {"text": repr(value)})
        elif key in out:
            problems.append(twice % {"key": repr(key)})
        else:
            out[key] = text
    return out, problems
