"""The window's own words (issues 12 and 13): the Attention page's details in the window's language,
each report in a language of its own, and the small things said when a file is opened."""

from __future__ import annotations

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from mentordesk.i18n import translator
from mentordesk.services import programs as programs_svc
from mentordesk.services import relationships as rel_svc
from mentordesk.services import reports as svc
from mentordesk.storage.database import Database
from ui.models.attention_model import DETAIL, AttentionModel, detail_text

pytestmark = pytest.mark.usefixtures("no_task_left_running")


@pytest.fixture
def german():
    QLocale.setDefault(QLocale("de_DE"))
    yield
    QLocale.setDefault(QLocale.c())


def demo_items(demo_file) -> list:
    db = Database.open(demo_file)
    try:
        return rel_svc.attention_list(db)
    finally:
        db.close()


@pytest.mark.parametrize("language", ["de", "es", "pl"])
def test_attention_details_are_in_the_windows_language(qtbot, demo_file, language: str) -> None:
    items = [i for i in demo_items(demo_file) if i.message is not None]
    assert items, "the demo has attention items with translatable details"
    QLocale.setDefault(QLocale(language))
    try:
        model = AttentionModel()
        model.set_rows(items)
        shown = [model.index(row, DETAIL).data() for row in range(model.rowCount())]
        wanted = {i.message.render(translator(language)) for i in items}
        assert set(shown) == wanted
        assert any(text not in {i.detail for i in items} for text in shown), "translated, not the English"
    finally:
        QLocale.setDefault(QLocale.c())


def test_english_window_shows_the_english_detail(demo_file) -> None:
    QLocale.setDefault(QLocale("en_GB"))
    try:
        for item in demo_items(demo_file):
            assert detail_text(item) == item.detail
    finally:
        QLocale.setDefault(QLocale.c())


def test_the_attention_page_of_a_german_window_reads_german(qtbot, open_window, demo_file, german) -> None:
    window = open_window(demo_file)
    view = window.show_view("AttentionView")
    items = view.items()
    with_message = [(row, i) for row, i in enumerate(items) if i.message is not None]
    assert with_message
    for row, item in with_message:
        assert view.model.index(row, DETAIL).data() == item.message.render(translator("de"))


def test_each_report_may_have_its_own_language(qtbot, open_window, demo_file, tmp_path) -> None:
    window = open_window(demo_file)
    view = window.show_view("ReportsView")
    assert view.language.currentData() == ""  # Preferences' language until HR chooses another
    assert view.options().language == "en"
    texts = {}
    for code in ("es", "de"):
        view.language.setCurrentIndex(view.language.findData(code))
        assert view.options().language == code
        out = svc.write_program_report(window.db, view.program_combo.currentData(), tmp_path / f"{code}.pdf",
                                       view.options())
        texts[code] = PdfReader(out).pages[0].extract_text()
    assert translator("es").gettext("Mentees") in texts["es"]
    assert translator("de").gettext("Purpose") in texts["de"]
    assert texts["es"] != texts["de"]


def test_reports_open_on_a_program_with_relationships(qtbot, open_window, demo_file) -> None:
    db = Database.open(demo_file)
    try:  # an empty program whose name sorts first
        from mentordesk.models import Program

        programs_svc.create_program(db, Program(name="AAA empty program", purpose="p", business_goal="g"))
    finally:
        db.close()
    window = open_window(demo_file)
    view = window.show_view("ReportsView")
    assert view.program_combo.itemText(0) == "AAA empty program"
    chosen = view.program_combo.currentData()
    assert chosen and svc.program_relationships(window.db, chosen)


def test_the_demo_banner_shows_whenever_the_demo_is_open(qtbot, open_window, demo_file, tmp_path) -> None:
    window = open_window(demo_file)  # opened like any file (File > Open), not by the first start
    assert window.banner.isVisible() and "demo company" in window.banner.text()
    assert window.open_file(tmp_path / "ours.db")
    assert not window.banner.isVisible()
    assert window.open_file(demo_file)
    assert window.banner.isVisible()


def test_status_messages_clear_when_the_file_changes(qtbot, open_window, demo_file, tmp_path) -> None:
    window = open_window(demo_file)
    window.statusBar().showMessage("Imported 12 people from people.csv")
    assert window.statusBar().currentMessage()
    assert window.open_file(tmp_path / "other.db")
    assert window.statusBar().currentMessage() == ""


def test_a_new_file_says_import_your_people_next(qtbot, open_window, tmp_path) -> None:
    window = open_window(tmp_path / "new.db")
    view = window.show_view("AttentionView")
    assert view.is_empty_state()
    assert "Import your people next" in view.empty.text()
    assert "File &gt; Import People" in view.empty.text() or "File > Import People" in view.empty.text()
    QApplication.processEvents()


def test_a_file_with_people_and_nothing_due_says_nothing_needs_you(qtbot, open_window, tmp_path) -> None:
    from mentordesk.models import Person
    from mentordesk.services import people as people_svc

    path = tmp_path / "quiet.db"
    db = Database.open(path)
    try:
        people_svc.add_person(db, Person(employee_id="E1", name="Ana Ruiz", email="ana@example.com"))
    finally:
        db.close()
    window = open_window(path)
    view = window.show_view("AttentionView")
    assert "Nothing needs you today" in view.empty.text()
