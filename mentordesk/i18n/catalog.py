"""Loading a language's catalog, and its CLDR formats for dates and numbers.

A wheel carries compiled `.mo` files in `mentordesk/resources/locale/` (the
package build compiles them: setup.py, packaging/stage_resources.py).  A source
checkout has only the `.po` sources, so a missing or older `.mo` is compiled from
the `.po` on first use: editing a `.po` shows at the next start, with no build step
to forget.  That compilation needs Babel (a tenth of a second and more), so its
result is kept in the user's cache folder under the `.po`'s size and time: the next
command in that language reads a `.mo` with the standard library alone.  English
loads nothing.
"""

from __future__ import annotations

import datetime as dt
import gettext as _gettext
import io
import os
import struct
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from . import english

if TYPE_CHECKING:
    from babel import Locale

# Babel itself is imported where a format is made: a command that prints no date
# (most CLI runs) should not pay for loading CLDR at start-up.

DOMAIN = "mentordesk"
LOCALE_DIR = Path(__file__).resolve().parent / "locale"
#: English is the source language; the others have a catalog each.
LANGUAGES: tuple[str, ...] = ("en", "es", "nl", "de", "pl")
#: CLDR locale per language for dates and numbers.  English uses the British
#: forms ("7 Jan 2026"): day before month, as in the rest of Europe, and never
#: the ambiguous "1/7/26" a US or C locale would give.
_FORMAT_LOCALES = {"en": "en_GB", "es": "es_ES", "nl": "nl_NL", "de": "de_DE", "pl": "pl_PL"}
#: Env var that overrides everything (tests, scripts, a one-off report run).
ENV_LANGUAGE = "MENTORDESK_LANG"
#: The window's settings file and key (ui/dialogs/preferences_dialog.py writes it).
SETTINGS_FILE = "mentordesk.ini"
SETTINGS_SECTION, SETTINGS_KEY = "ui", "language"


def normalise_language(code: str | None) -> str:
    """'pl_PL.UTF-8', 'de-AT', 'ES' -> a shipped language code; anything else
    (C, POSIX, French, empty) -> "" so the caller can try the next source."""
    text = (code or "").strip().split(".", 1)[0].split("@", 1)[0].replace("-", "_").lower()
    lang = text.split("_", 1)[0]
    return lang if lang in LANGUAGES else ""


def _window_choice() -> str:
    """The language picked in the window's Preferences (an INI file), read without Qt."""
    from ..site import config_dir

    settings = config_dir() / SETTINGS_FILE
    try:
        if not settings.is_file():
            return ""  # no Preferences saved yet (a command-line user): spare configparser's import
    except (OSError, ValueError):
        return ""
    import configparser

    parser = configparser.ConfigParser(interpolation=None)
    try:
        parser.read(settings, encoding="utf-8")
        return normalise_language(parser.get(SETTINGS_SECTION, SETTINGS_KEY, fallback=""))
    except (OSError, configparser.Error, UnicodeDecodeError):
        return ""  # an unreadable settings file must not stop a report or a command


def default_language() -> str:
    """The language to use when none is given: MENTORDESK_LANG, else the window's
    Preferences choice, else the system's (LANGUAGE, LC_ALL, LC_MESSAGES, LANG,
    as gettext reads them), else English."""
    explicit = normalise_language(os.environ.get(ENV_LANGUAGE))
    if explicit:
        return explicit
    chosen = _window_choice()
    if chosen:
        return chosen
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        for part in (os.environ.get(var) or "").split(":"):
            found = normalise_language(part)
            if found:
                return found
            if part.strip() and var != "LANGUAGE":
                return "en"  # a set but unsupported locale (fr_FR, C) means English, not the next variable
    return "en"


def catalog_path(language: str, suffix: str = ".po") -> Path:
    return LOCALE_DIR / language / "LC_MESSAGES" / f"{DOMAIN}{suffix}"


def compile_po(po: Path) -> bytes:
    """A `.po` file compiled to `.mo` bytes with Babel (fuzzy entries left out)."""
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    with po.open("rb") as fh:
        catalog = read_po(fh, locale=po.parent.parent.name, domain=DOMAIN)
    buf = io.BytesIO()
    write_mo(buf, catalog, use_fuzzy=False)
    return buf.getvalue()


def compiled_path(language: str) -> Path | None:
    """The `.mo` the package build put into `mentordesk/resources/locale/` (None in a checkout).

    Looked up as a plain path beside this package when it is a real folder (always, except
    inside a zip), which spares importlib.resources and its tempfile/zipfile imports."""
    relative = ("resources", "locale", language, "LC_MESSAGES", f"{DOMAIN}.mo")
    package = Path(__file__).resolve().parent.parent
    if package.is_dir():
        packaged = package.joinpath(*relative)
        return packaged if packaged.is_file() else None
    from importlib.resources import files

    found = files("mentordesk").joinpath(*relative)
    return Path(str(found)) if found.is_file() else None


def cache_dir() -> Path:
    """Where a checkout's compiled catalogs are kept (MENTORDESK_CACHE_DIR overrides)."""
    override = os.environ.get("MENTORDESK_CACHE_DIR")
    if override:
        return Path(override)
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("MentorDesk", appauthor=False))


def cached_mo(po: Path) -> Path:
    """The cache entry for this exact `.po`: its language, size and modification time in the
    name, so an edited or replaced `.po` never meets a stale `.mo`."""
    info = po.stat()
    return cache_dir() / "locale" / f"{po.parent.parent.name}-{info.st_size}-{info.st_mtime_ns}.mo"


def _from_source(po: Path) -> _gettext.GNUTranslations:
    """The `.po` compiled: read from the cache, else compiled with Babel and cached
    (best effort: an unwritable cache only costs the next start its Babel import; a
    damaged cache entry is compiled again and replaced)."""
    entry = cached_mo(po)
    try:
        return _gettext.GNUTranslations(io.BytesIO(entry.read_bytes()))
    except (OSError, ValueError, IndexError, struct.error, UnicodeDecodeError):
        pass
    data = compile_po(po)
    try:
        _write_private(entry, data)
    except OSError:
        pass
    return _gettext.GNUTranslations(io.BytesIO(data))


def _write_private(path: Path, data: bytes) -> None:
    """Write owner-only (0600, folder 0700) and atomically: two commands starting at once
    may both compile; each renames a whole file into place."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    temp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(temp, path)
    finally:
        if temp.exists():
            temp.unlink()


def _load(language: str) -> _gettext.NullTranslations:
    """The compiled catalog of an installed copy; in a source checkout (only the
    `.po` sources, or a `.po` newer than the build) the `.po` compiled (and cached)."""
    if language == "en":
        return _gettext.NullTranslations()
    po, mo = catalog_path(language), compiled_path(language)
    if mo is not None and (not po.is_file() or mo.stat().st_mtime >= po.stat().st_mtime):
        with mo.open("rb") as fh:
            return _gettext.GNUTranslations(fh)
    if po.is_file():
        return _from_source(po)
    return _gettext.NullTranslations()  # a damaged installation still works, in English


@dataclass(frozen=True)
class Translator:
    """One language's texts and formats, handed explicitly to code that writes a
    document in a chosen language (a report), so it never depends on a global."""

    language: str
    catalog: _gettext.NullTranslations = field(repr=False, compare=False)

    @property
    def locale(self) -> Locale:
        return _babel_locale(self.language)

    # -- texts
    def gettext(self, message: str) -> str:
        return self.catalog.gettext(message)

    def ngettext(self, singular: str, plural: str, n: int) -> str:
        """Plural forms by the catalog's Plural-Forms (Polish has three)."""
        return self.catalog.ngettext(singular, plural, n)

    def pgettext(self, context: str, message: str) -> str:
        return self.catalog.pgettext(context, message)

    def npgettext(self, context: str, singular: str, plural: str, n: int) -> str:
        """`ngettext` for a text with a context (msgctxt): the same English in another role."""
        return self.catalog.npgettext(context, singular, plural, n)

    # -- formats (CLDR via Babel; English by `english`, the same text without loading CLDR)
    def date(self, d: dt.date | None) -> str:
        """Day, spelled-out month and four-digit year in the language's order
        ('7 ene 2026', '7. Jan. 2026'): '03/04' reads differently per country."""
        if d is None:
            return "–"
        return english.date(d) if self.language == "en" else _skeleton(self.language, "yMMMd", d)

    def month(self, d: dt.date) -> str:
        """Month and four-digit year, for chart axes ('sty 2026')."""
        return english.month(d) if self.language == "en" else _skeleton(self.language, "yMMM", d)

    def percent(self, rate: float | None) -> str:
        """'84 %' in German and Spanish, '84%' in Dutch; 'n/a' (translated) when unknown."""
        if rate is None:
            return self.gettext("n/a")
        quick = english.number(rate, "#,##0%") if self.language == "en" else None
        if quick is not None:
            return quick
        from babel.numbers import format_percent

        return format_percent(rate, locale=self.locale)

    def number(self, value: float, pattern: str = "#,##0.#") -> str:
        quick = english.number(value, pattern) if self.language == "en" else None
        if quick is not None:
            return quick
        from babel.numbers import format_decimal

        return format_decimal(value, pattern, locale=self.locale)

    def score(self, value: float) -> str:
        """A 1-5 average with one decimal: '4,3' in most of Europe."""
        return self.number(value, "0.0")

    def hours(self, hours: float) -> str:
        return self.gettext("%(hours)s h") % {"hours": self.number(hours, "#,##0.#" if hours % 1 else "#,##0")}


@cache
def _babel_locale(language: str) -> Locale:
    from babel import Locale

    return Locale.parse(_FORMAT_LOCALES[language])


@lru_cache(maxsize=4096)
def _skeleton(language: str, skeleton: str, d: dt.date) -> str:
    """Cached: a batch prints the same few dates (report day, month labels) many times."""
    from babel.dates import format_skeleton

    return format_skeleton(skeleton, d, locale=_babel_locale(language))


@cache
def _translator(language: str) -> Translator:
    return Translator(language, _load(language))


def translator(language: str | None = None) -> Translator:
    """The translator for `language` (a code or a locale name); None or an
    unsupported language: `default_language()`."""
    return _translator(normalise_language(language) or default_language())


class Term(str):
    """A value that is itself a text to translate ("every two weeks", "in progress").

    `context` is its msgctxt (None: none): a word said inside a sentence ("active") is
    translated apart from the same English elsewhere; make one with `term(word, context)`."""

    __slots__ = ()
    context: str | None = None

    def said(self, tr: Translator) -> str:
        return tr.pgettext(self.context, str(self)) if self.context else tr.gettext(str(self))


class _TermInContext(Term):
    """A Term with its own context (a str subclass cannot hold it in __slots__)."""

    def __new__(cls, word: str, context: str | None = None) -> _TermInContext:
        made = super().__new__(cls, word)
        made.context = context
        return made


def term(word: str, context: str | None = None) -> Term:
    """A Term for `word`, translated under `context` when one is given."""
    return _TermInContext(word, context) if context else Term(word)


@dataclass(frozen=True)
class Message:
    """A sentence kept as its English template and values, so that whoever shows it says it
    in their reader's language (a report in Polish, the window in Dutch): dates, rates and
    terms are formatted by the reader's translator, never frozen in at creation."""

    singular: str
    values: tuple[tuple[str, object], ...] = ()
    plural: str | None = None
    count: int = 0

    def render(self, tr: Translator) -> str:
        template = tr.ngettext(self.singular, self.plural, self.count) if self.plural else tr.gettext(self.singular)
        return template % {key: _shown(value, tr) for key, value in self.values}


def _shown(value: object, tr: Translator) -> object:
    if isinstance(value, Term):
        return value.said(tr)
    if isinstance(value, dt.date):
        return tr.date(value)
    if isinstance(value, float):
        return tr.percent(value)
    return value


def say(template: str, **values: object) -> Message:
    """A sentence to translate when shown (see Message); floats are rates, shown as percentages."""
    return Message(template, tuple(values.items()))


def say_n(singular: str, plural: str, count: int, **values: object) -> Message:
    """`say` with plural forms chosen by `count` in the reader's language."""
    return Message(singular, tuple(values.items()), plural, count)


#: Where US Letter is the paper in the stationery cupboard (CLDR's paperSize "US-Letter").
LETTER_TERRITORIES = frozenset({"US", "CA", "PR", "MX", "CO", "VE", "CL", "PH", "GT", "CR", "PA", "DO", "SV", "NI",
                                "BZ"})


def default_paper_size() -> str:
    """"Letter" where the system's locale (LC_PAPER, else LC_ALL, else LANG) is in a Letter
    country, else "A4" -- also for C/POSIX, since most of MentorDesk's users print on A4."""
    for var in ("LC_PAPER", "LC_ALL", "LANG"):
        value = (os.environ.get(var) or "").strip()
        if value:
            territory = value.split(".", 1)[0].split("@", 1)[0].replace("-", "_").partition("_")[2].upper()
            return "Letter" if territory in LETTER_TERRITORIES else "A4"
    return "A4"
