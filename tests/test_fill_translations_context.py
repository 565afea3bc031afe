"""scripts/fill_translations.py fills a text with a context into that entry only (issue 16).

A core entry names its gettext context ("msgctxt"), a window entry its disambiguation
("comment"); the same English without it, or under another, keeps its own translation.
Run on real catalog files in a temp folder (the script's folders pointed there).
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def fill(monkeypatch: pytest.MonkeyPatch, tmp_path: Path):
    """The script as a module, its .ts folder and the core's locale folder in `tmp_path`."""
    spec = importlib.util.spec_from_file_location("fill_translations", ROOT / "scripts" / "fill_translations.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    monkeypatch.setattr(module, "TS_DIR", tmp_path)
    monkeypatch.setattr("mentordesk.i18n.catalog.LOCALE_DIR", tmp_path / "locale")
    return module


def _ts(path: Path, messages: list[tuple[str, str | None]]) -> None:
    rows = "".join(f"<message><source>{source}</source>" + (f"<comment>{comment}</comment>" if comment else "")
                   + '<translation type="unfinished"></translation></message>' for source, comment in messages)
    path.write_text(f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="de">'
                    f"<context><name>Tiles</name>{rows}</context></TS>\n", encoding="utf-8")


def _translations(path: Path) -> dict[tuple[str, str], str]:
    import xml.etree.ElementTree as ET

    return {(m.findtext("source"), m.findtext("comment") or ""): m.findtext("translation") or ""
            for m in ET.parse(path).getroot().iter("message")}


def test_a_window_entry_with_a_comment_fills_that_variant_only(fill, tmp_path: Path) -> None:
    _ts(tmp_path / "mentordesk_de.ts", [("At risk", None), ("At risk", "tile"), ("Closed", "tile")])
    left = fill._fill_ts("de", [
        {"context": "Tiles", "source": "At risk", "comment": "tile", "de": "Gefährdet (Kachel)"},
        {"context": "Tiles", "source": "At risk", "de": "Gefährdet"},
        {"context": "Tiles", "source": "Closed", "de": "Abgeschlossen"},  # no comment: fills any, as before
    ])
    assert _translations(tmp_path / "mentordesk_de.ts") == {
        ("At risk", ""): "Gefährdet", ("At risk", "tile"): "Gefährdet (Kachel)", ("Closed", "tile"): "Abgeschlossen"}
    assert left == 0


def test_a_core_entry_with_a_context_fills_that_entry_only(fill, tmp_path: Path) -> None:
    folder = tmp_path / "locale" / "de" / "LC_MESSAGES"
    folder.mkdir(parents=True)
    catalog = Catalog(locale="de", domain="mentordesk")
    catalog.add("In person")
    catalog.add("In person", context="program delivery")
    catalog.add("held", context="meeting outcome in a sentence")
    with (folder / "mentordesk.po").open("wb") as fh:
        write_po(fh, catalog)
    left = fill._fill_po("de", [
        {"context": "po", "msgctxt": "program delivery", "source": "In person", "de": "Präsenz"},
        {"context": "po", "msgctxt": "meeting outcome in a sentence", "source": "held", "de": "stattgefunden"},
    ])
    with (folder / "mentordesk.po").open("rb") as fh:
        back = read_po(fh, locale="de")
    assert back.get("In person", context="program delivery").string == "Präsenz"
    assert back.get("held", context="meeting outcome in a sentence").string == "stattgefunden"
    assert not back.get("In person").string  # the meeting's "In person" is another entry
    assert left == 1
