"""The Qt-free core in the user's language: gettext catalogs, CLDR dates and numbers.

The window translates itself with Qt (`resources/translations/*.ts`); everything
below `mentordesk/` must stay free of Qt, so it uses the standard gettext catalogs
in `locale/<lang>/LC_MESSAGES/mentordesk.po`, extracted and compiled with Babel
(see README in this folder).  Two ways to use it:

* ``from mentordesk.i18n import gettext as _, ngettext`` for messages shown in the
  user's own language (CLI output, service sentences): they follow the process-wide
  language, set once with `use_language` (default: `default_language()`).
* a `Translator` passed explicitly where the language is chosen per document: an
  executive may read a report in Spanish while HR works in Dutch, so report code
  takes `translator(options.language)` and never reads the global.
"""

from __future__ import annotations

from .catalog import (
    LANGUAGES,
    Message,
    Term,
    Translator,
    default_language,
    default_paper_size,
    normalise_language,
    say,
    say_n,
    term,
    translator,
)

__all__ = ["LANGUAGES", "NC_", "N_", "Np_", "Message", "Term", "Translator", "current",
           "default_language", "default_paper_size", "gettext", "ngettext",
           "normalise_language", "npgettext", "pgettext", "say", "say_n", "term", "translator", "use_language"]

_current: Translator | None = None


def N_(message: str) -> str:
    """Mark a text for extraction without translating it now: module-level tables
    (stage names, outcomes) are built before anyone has chosen a language."""
    return message


def Np_(one: str, many: str) -> tuple[str, str]:
    """Mark a noun's two English forms (kept in a table) for extraction; say them later with
    `ngettext(one, many, n)` or `mentordesk.wording.count(n, one, many)`."""
    return one, many


def NC_(context: str, message: str) -> str:
    """`N_` with a context (translate later with `pgettext(context, message)`): the same
    English word may need another form in another place, e.g. a narrow column."""
    return message


def use_language(language: str | None) -> Translator:
    """Make `language` (a code like "es" or "pl_PL.UTF-8"; None: the default) the
    language of `gettext`/`ngettext` for this process, and return its translator."""
    global _current
    _current = translator(language if language else default_language())
    return _current


def current() -> Translator:
    """The process-wide translator, chosen on first use from `default_language()`."""
    return _current if _current is not None else use_language(None)


def gettext(message: str) -> str:
    return current().gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    return current().ngettext(singular, plural, n)


def pgettext(context: str, message: str) -> str:
    return current().pgettext(context, message)


def npgettext(context: str, singular: str, plural: str, n: int) -> str:
    return current().npgettext(context, singular, plural, n)
