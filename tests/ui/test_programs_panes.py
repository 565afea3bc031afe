"""The Programs screen split into panes (ui/views/programs/): still one screen, still translated.

The panes are their own widgets, but their texts stay filed under the contexts
the catalogs hold them in ("ProgramsView", "ParticipantsTab"). The window runs
in German with the catalog compiled from its .ts source; every pane's texts must
be the catalog's German, read from the .ts file.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from tests.ui.conftest import compile_catalog
from tests.ui.test_relationships_panes import german

PACKAGE = Path(__file__).resolve().parents[2] / "ui" / "views" / "programs"


@pytest.fixture
def view(qapp, tmp_path: Path, open_window):
    from ui.app import _create_demo

    translator = QTranslator()
    assert translator.load(str(compile_catalog("de", tmp_path)))
    qapp.installTranslator(translator)
    demo = tmp_path / "demo.db"
    _create_demo(demo)
    try:
        v = open_window(demo).show_view("ProgramsView")
        assert v.current_program() is not None  # the demo's program, selected on opening
        v.mentors.table.selectRow(0)
        yield v
    finally:
        qapp.removeTranslator(translator)


def test_every_pane_speaks_the_catalogs_german(view) -> None:
    shown = [
        ("ProgramsView", "New…", view.new_button.text()),  # program_list.py
        ("ProgramsView", "E-mail texts…", view.texts_button.text()),
        ("ProgramsView", "Purpose:", view._detail_form["purpose"].labelForField(view.details["purpose"]).text()),
        ("ProgramsView", "Maximum mentees:",  # program_pane.py
         view._detail_form["max_mentees"].labelForField(view.details["max_mentees"]).text()),
        ("ParticipantsTab", "Enrol people…", view.mentors.enrol_button.text()),  # participants_tab.py
        ("ParticipantsTab", "Waitlist…", view.mentees.waitlist_button.text()),
        ("ProgramsView", "Mentees they'd like…", view.mentors.wishes_button.text()),
        ("ProgramsView", "Preferences…", view.mentees.preferences_button.text()),
        ("ProgramsView", "Remove", view.mentees.remove_button.text()),
    ]
    for context, source, text in shown:
        expected = german(context, source)
        assert expected and expected != source, (context, source)
        assert text == expected, (source, text)
    pool = german("ProgramsView", "Mentor pool ({0})").split("{0}")[0]
    assert view.tabs.tabText(0).startswith(pool)
    motivation = german("ProgramsView", "Motivation")
    assert f">{motivation}<" in view.evidence.toHtml()  # the mentor's evidence, in the side panel


def test_no_module_of_the_screen_is_long() -> None:
    lengths = {p.name: len(p.read_text(encoding="utf-8").splitlines()) for p in PACKAGE.glob("*.py")}
    assert "view.py" in lengths and len(lengths) >= 6
    assert max(lengths.values()) <= 300, lengths
