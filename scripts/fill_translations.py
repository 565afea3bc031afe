"""Refresh every catalog and fill new texts from translation files (a developer's tool).

    .venv/bin/python scripts/fill_translations.py [TRANSLATIONS.json ...]

Why: several people add texts at once; each keeps the translations of their own new
texts in a small JSON file instead of hand-editing the shared catalogs.  This script
(holding a lock, so two runs never interleave) re-extracts the window's texts with
pyside6-lupdate and the core's with `mentordesk.i18n.extract`, then writes the JSON
translations into the `.ts` and `.po` files and prints what is still untranslated.

A JSON file is a list of entries:

    {"context": "PeopleView",            # Qt context (class name) -- or "po" for the core,
     "source": "Archive %n people",      # the English text exactly as in the code
     "plural": "...",                     # core only: msgid_plural for ngettext
     "msgctxt": "...",                    # core only: pgettext/NC_ context (optional)
     "comment": "...",                    # window only: tr(text, disambiguation) (optional)
     "es": "...", "nl": "...", "de": "...", "pl": "...",   # a string, or a list of plural forms
     "en": ["Archive %n person", "Archive %n people"]}     # window plurals only
"""

from __future__ import annotations

import fcntl
import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "resources" / "translations"
LANGS = ("es", "nl", "de", "pl")
LOCK = Path("/tmp/mentordesk-translations.lock")


def _lupdate() -> None:
    """Re-extract the window's texts into the .ts files (as the README says)."""
    tool = Path(sys.executable).with_name("pyside6-lupdate")
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "ui").rglob("*.py"))
    others = [str(TS_DIR.relative_to(ROOT) / f"mentordesk_{lang}.ts") for lang in LANGS]
    subprocess.run([str(tool), "-no-obsolete", *sources, "-ts", *others], cwd=ROOT, check=True,
                   capture_output=True)
    english = str(TS_DIR.relative_to(ROOT) / "mentordesk_en.ts")
    subprocess.run([str(tool), "-no-obsolete", "-pluralonly", *sources, "-ts", english], cwd=ROOT,
                   check=True, capture_output=True)


def _fill_ts(lang: str, entries: list[dict]) -> int:
    """Write the entries' translations into one .ts; return how many stay unfinished."""
    path = TS_DIR / f"mentordesk_{lang}.ts"
    tree = ET.parse(path)
    window = [e for e in entries if e.get("context") != "po" and lang in e]
    exact = {(e["context"], e["source"], e["comment"]): e[lang] for e in window if "comment" in e}
    loose = {(e["context"], e["source"]): e[lang] for e in window if "comment" not in e}
    unfinished = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source, comment = message.findtext("source"), message.findtext("comment") or ""
            # a disambiguated text (its own entry) is filled by an entry naming its comment; an
            # entry without one fills the text under any comment, as before comments were known
            value = exact.get((name, source, comment), loose.get((name, source)))
            node = message.find("translation")
            if value is not None and node is not None:
                node.attrib.pop("type", None)
                node.text = None
                for child in list(node):
                    node.remove(child)
                if message.get("numerus") == "yes":
                    forms = value if isinstance(value, list) else [value]
                    for form in forms:
                        ET.SubElement(node, "numerusform").text = form
                else:
                    node.text = value if isinstance(value, str) else value[0]
            if node is not None and node.get("type") == "unfinished":
                unfinished += 1
    ET.indent(tree, space="    ")
    with path.open("wb") as fh:
        fh.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(fh, encoding="utf-8", xml_declaration=False)
        fh.write(b"\n")
    return unfinished


def _fill_po(lang: str, entries: list[dict]) -> int:
    """Write the core entries' translations into one .po; return how many stay empty."""
    from babel.messages.pofile import read_po, write_po

    from mentordesk.i18n.catalog import DOMAIN, catalog_path

    path = catalog_path(lang)
    with path.open("rb") as fh:
        catalog = read_po(fh, locale=lang, domain=DOMAIN)
    for e in entries:
        if e.get("context") != "po" or lang not in e:
            continue
        key = (e["source"], e["plural"]) if e.get("plural") else e["source"]
        message = catalog.get(e["source"], context=e.get("msgctxt"))
        if message is None:
            print(f"  {lang}: not in the catalog (is it marked in the code?): {e['source'][:70]!r}"
                  + (f" (context {e['msgctxt']!r})" if e.get("msgctxt") else ""))
            continue
        value = e[lang]
        message.string = tuple(value) if isinstance(key, tuple) else (value if isinstance(value, str) else value[0])
        message.flags.discard("fuzzy")
    with path.open("wb") as fh:
        write_po(fh, catalog, width=100, sort_output=False, ignore_obsolete=True)
    return sum(1 for m in catalog if m.id and (not m.string or (isinstance(m.string, tuple) and not all(m.string))))


def main(argv: list[str]) -> int:
    entries: list[dict] = []
    for name in argv:
        entries.extend(json.loads(Path(name).read_text(encoding="utf-8")))
    with LOCK.open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        _lupdate()
        subprocess.run([sys.executable, "-m", "mentordesk.i18n.extract"], cwd=ROOT, check=True,
                       capture_output=True)
        for lang in LANGS:
            print(f"{lang}: window {_fill_ts(lang, entries)} unfinished, core {_fill_po(lang, entries)} untranslated")
        print(f"en: window plurals {_fill_ts('en', entries)} unfinished")
        _lupdate()  # back to lupdate's own layout, so a diff shows only what changed
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    sys.exit(main(sys.argv[1:]))
