"""The Relationships screen split into panes (ui/views/relationships/): still one screen, still translated.

The panes are their own widget classes, but their texts stay filed under the
contexts the catalogs hold them in ("RelationshipsView", "RecordDeletions").
Here the window runs in German with the catalog compiled from its .ts source,
and every pane's texts must be the catalog's German, read from the .ts file.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication

from mentordesk.models import Person
from mentordesk.services import people as people_service
from mentordesk.services import relationships as rel_service
from tests.ui.conftest import TRANSLATIONS, compile_catalog

PACKAGE = Path(__file__).resolve().parents[2] / "ui" / "views" / "relationships"


def german(context: str, source: str) -> str:
    """The translation of `source` under `context` in the committed German catalog."""
    for ctx in ET.parse(TRANSLATIONS / "mentordesk_de.ts").getroot().iter("context"):
        if ctx.findtext("name") != context:
            continue
        for message in ctx.iter("message"):
            if message.findtext("source") == source:
                return message.findtext("translation") or ""
    raise AssertionError(f"[{context}] {source!r} is in no German catalog")


@pytest.fixture
def in_german(qapp, tmp_path: Path):
    translator = QTranslator()
    assert translator.load(str(compile_catalog("de", tmp_path)))
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


@pytest.fixture
def view(in_german, open_window, db, db_path: Path):
    ids = [people_service.add_person(db, Person(employee_id=f"E{i}", name=name, email=f"e{i}@example.com",
                                                role=role))
           for i, (name, role) in enumerate((("Anna Berg", "mentor"), ("Bram Claes", "mentee")))]
    rel_id = rel_service.start_relationship(db, *ids)
    v = open_window(db_path).show_view("RelationshipsView")
    assert v.open_relationship(rel_id)
    return v


def test_every_pane_speaks_the_catalogs_german(view) -> None:
    shown = [
        ("RelationshipsView", "Active", view.status_filter.itemText(0)),  # filter_bar.py
        ("RelationshipsView", "Search mentor or mentee…", view.search.placeholderText()),
        ("RelationshipsView", "Pair two people…", view.pair_button.text()),  # action_bar.py
        ("RelationshipsView", "Replace mentor…", view.replace_button.text()),
        ("RelationshipsView", "Goals", view.tabs.tabText(0)),  # detail_pane.py
        ("RelationshipsView", "Summary", view.tabs.tabText(3)),
        ("RelationshipsView", "Add goal…", view.add_goal_button.text()),  # goals_tab.py
        ("RecordDeletions", "Delete goal…", view.delete_goal_button.text()),
        ("RelationshipsView", "Delete meeting…", view.delete_meeting_button.text()),  # meetings_tab.py
        ("RecordDeletions", "Delete check-in…", view.delete_checkin_button.text()),  # checkins_tab.py
        ("RelationshipsView", "Save summary", view.save_summary_button.text()),  # summary_tab.py
        ("RelationshipsView", "HR's summary of this relationship and the next steps…",
         view.hr_summary.placeholderText()),
    ]
    for context, source, text in shown:
        expected = german(context, source)
        assert expected and expected != source, (context, source)
        assert text == expected, (source, text)
    heading = german("RelationshipsView", "{0} mentoring {1}").format("Anna Berg", "Bram Claes")
    assert view.heading.text() == heading
    extensions = german("RelationshipsView", "Extensions")
    assert f"<b>{extensions}</b>" in view.history.text()


def test_the_panes_are_the_screens_widgets(view) -> None:
    """The names tests and the summary guard use on the screen are the panes' own widgets, in the window."""
    pane = view.detail_pane
    assert view.goals_table is pane.goals.table and view.hr_summary is pane.summary.editor
    assert view.meetings_table.window() is view.window() is view.checkins_table.window()
    view.hr_summary.setFocus()
    view.hr_summary.insertPlainText("Typed")
    assert view._summary_dirty() and view._summary_for == view.selected_id()
    assert QApplication.focusWidget() in (view.hr_summary, None)


def test_no_module_of_the_screen_is_long() -> None:
    lengths = {p.name: len(p.read_text(encoding="utf-8").splitlines()) for p in PACKAGE.glob("*.py")}
    assert "view.py" in lengths and len(lengths) >= 8
    assert max(lengths.values()) <= 300, lengths
