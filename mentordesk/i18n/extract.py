"""Refresh the catalogs after changing texts (a developer's tool, needs Babel):

    python -m mentordesk.i18n.extract

Extracts every text marked with gettext/ngettext/pgettext/npgettext/N_/NC_ (and
`T_(tr, text)` in the report renderer) from `mentordesk/`, each with its context
(msgctxt) when it has one, adds the tables the reports print through a translator
(attention kinds), and merges the result into each language's
`.po`: new texts arrive untranslated (the catalog test then fails until they are
translated), texts no longer used are dropped.
"""

from __future__ import annotations

import sys
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import DEFAULT_KEYWORDS, extract_from_dir
from babel.messages.pofile import read_po, write_po

from .catalog import DOMAIN, LANGUAGES, catalog_path

PACKAGE = Path(__file__).resolve().parent.parent
KEYWORDS = {**DEFAULT_KEYWORDS, "N_": None, "NC_": ((1, "c"), 2), "T_": (2,), "_count": (2, 3), "Np_": (1, 2),
            "say": (1,), "say_n": (1, 2)}


def vocabulary() -> dict[str, list[str]]:
    """Stored codes' English names that reports translate: {text: [where]}."""
    from ..services.attention import ATTENTION_KINDS

    # Check-in questions, closure outcomes and program kinds are marked where they live
    # (mentordesk/vocabulary.py), the kinds with their context: adding them here again would
    # make context-less copies.
    out: dict[str, list[str]] = {}
    for name, table in (("ATTENTION_KINDS", ATTENTION_KINDS),):
        for text in table.values():
            out.setdefault(text, []).append(name)
    return out


def template() -> Catalog:
    catalog = Catalog(domain=DOMAIN, project="MentorDesk", charset="utf-8")
    for filename, lineno, message, comments, context in extract_from_dir(
            str(PACKAGE), method_map=[("**.py", "python")], keywords=KEYWORDS,
            comment_tags=("Translators:",), strip_comment_tags=True):
        catalog.add(message, None, [(f"mentordesk/{filename}", lineno)], auto_comments=comments, context=context)
    for text, where in vocabulary().items():
        if text not in catalog:
            catalog.add(text, None, [(f"vocabulary:{w}", 0) for w in where])
    return catalog


def main() -> int:
    pot = template()
    for lang in LANGUAGES[1:]:
        path = catalog_path(lang)
        if path.is_file():
            with path.open("rb") as fh:
                catalog = read_po(fh, locale=lang, domain=DOMAIN)
        else:
            catalog = Catalog(locale=lang, domain=DOMAIN, project="MentorDesk", charset="utf-8")
        catalog.update(pot, no_fuzzy_matching=True)
        catalog.obsolete.clear()
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("wb") as fh:
            write_po(fh, catalog, width=100, sort_output=False, ignore_obsolete=True)
        missing = sum(1 for m in catalog if m.id and not m.string)
        print(f"{path.relative_to(PACKAGE.parent)}: {len(catalog)} texts, {missing} untranslated")
    return 0


if __name__ == "__main__":
    sys.exit(main())
