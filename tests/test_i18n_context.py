"""Texts with a gettext context (msgctxt) through the core's i18n (issue 16): extraction keeps
the context, a compiled catalog says a context's plural forms (Polish has three), and the same
English without the context stays its own entry."""

from __future__ import annotations

import gettext
import io
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract
from babel.messages.pofile import write_po

from mentordesk.i18n import say, term
from mentordesk.i18n.catalog import Translator, compile_po
from mentordesk.i18n.extract import KEYWORDS

SOURCE = b'''
A = NC_("program delivery", "In person")
B = npgettext("visits", "%(n)d visit", "%(n)d visits", n)
C = pgettext("metavar", "FILE")
D = N_("In person")
'''


def test_extraction_keeps_each_context() -> None:
    found = {(context, message) for _line, message, _comments, context in
             extract("python", io.BytesIO(SOURCE), keywords=KEYWORDS)}
    assert found == {("program delivery", "In person"), ("visits", ("%(n)d visit", "%(n)d visits")),
                     ("metavar", "FILE"), (None, "In person")}


def _polish(tmp_path: Path) -> Translator:
    catalog = Catalog(locale="pl", domain="mentordesk")
    catalog.add("In person", "Osobiście")
    catalog.add("In person", "Stacjonarnie", context="program delivery")
    catalog.add(("%(n)d visit", "%(n)d visits"), ("%(n)d wizyta", "%(n)d wizyty", "%(n)d wizyt"), context="visits")
    po = tmp_path / "pl" / "LC_MESSAGES" / "mentordesk.po"
    po.parent.mkdir(parents=True)
    with po.open("wb") as fh:
        write_po(fh, catalog)
    return Translator("pl", gettext.GNUTranslations(io.BytesIO(compile_po(po))))


def test_a_context_and_its_plural_forms_are_said_from_a_compiled_catalog(tmp_path: Path) -> None:
    pl = _polish(tmp_path)
    assert pl.pgettext("program delivery", "In person") == "Stacjonarnie"
    assert pl.gettext("In person") == "Osobiście"  # the same English without the context: its own entry
    said = [pl.npgettext("visits", "%(n)d visit", "%(n)d visits", n) % {"n": n} for n in (1, 3, 5, 22)]
    assert said == ["1 wizyta", "3 wizyty", "5 wizyt", "22 wizyty"]
    assert pl.ngettext("%(n)d visit", "%(n)d visits", 5) == "%(n)d visits"  # no context: not translated


def test_a_term_in_a_message_is_said_under_its_context(tmp_path: Path) -> None:
    pl = _polish(tmp_path)
    assert say("%(how)s", how=term("In person", "program delivery")).render(pl) == "Stacjonarnie"
    assert say("%(how)s", how=term("In person")).render(pl) == "Osobiście"
