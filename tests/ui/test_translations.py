"""The window in Spanish, Dutch, German and Polish: complete catalogs, real plurals, real screens.

The catalogs are the `.ts` sources (what is committed); the `.qm` files the app loads
are compiled from them here with pyside6-lrelease into a temporary folder, exactly
as the package build does.  The window tests then load them through
`ui.resources.install_translations`, the code the app runs at start.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QCoreApplication, QDate, QLocale, QSettings, Qt, QTranslator
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox, QWidget

from tests.ui.conftest import TRANSLATIONS

ROOT = TRANSLATIONS.parents[1]
LANGUAGES = ("es", "nl", "de", "pl")
#: Plural forms Qt expects per language: Polish has one, a few (2–4, 22–24…) and many.
FORMS = {"es": 2, "nl": 2, "de": 2, "pl": 3, "en": 2}
PLACEHOLDER = re.compile(r"\{\d+\}|%L?n|%p%|%\d")
#: An accelerator is "&" before a letter; "&&" is a literal ampersand and "Regular & clear" has none.
ACCELERATOR = re.compile(r"&(?=[^&\s])")


def messages(ts: Path):
    """(context, message element) for every message of a catalog."""
    for context in ET.parse(ts).getroot().iter("context"):
        for message in context.iter("message"):
            yield context.findtext("name"), message


def problems_of(ts: Path, language: str) -> list[str]:
    """Every way a catalog falls short, one readable line each."""
    found = []
    for context, m in messages(ts):
        source = m.findtext("source")
        translation = m.find("translation")
        where = f"{ts.name} [{context}] {source[:60]!r}"
        if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
            found.append(f"{where}: not translated")
            continue
        if m.get("numerus") == "yes":
            texts = [form.text or "" for form in translation.iter("numerusform")]
            if len(texts) != FORMS[language]:
                found.append(f"{where}: {len(texts)} plural forms, {language} needs {FORMS[language]}")
        else:
            texts = [translation.text or ""]
        for text in texts:
            if not text.strip():
                found.append(f"{where}: empty translation")
            if sorted(PLACEHOLDER.findall(text)) != sorted(PLACEHOLDER.findall(source)):
                found.append(f"{where}: placeholders {PLACEHOLDER.findall(text)} differ from the source's")
            if len(ACCELERATOR.findall(source)) == 1 and len(ACCELERATOR.findall(text)) != 1:
                found.append(f"{where}: the source has one accelerator (&), {text!r} has not")
    return found


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_window_text_is_translated_with_the_same_placeholders(language: str) -> None:
    ts = TRANSLATIONS / f"mentordesk_{language}.ts"
    assert ts.is_file(), f"{ts.name} is missing"
    assert ET.parse(ts).getroot().get("language", "").startswith(language)
    problems = problems_of(ts, language)
    assert not problems, "\n".join(problems[:40])


def test_the_english_catalog_carries_every_plural() -> None:
    """English has no translation, only "1 person" / "2 people" for every %n text."""
    ts = TRANSLATIONS / "mentordesk_en.ts"
    assert not problems_of(ts, "en")
    english = {m.findtext("source") for _, m in messages(ts)}
    for language in LANGUAGES:
        plural = {m.findtext("source") for _, m in messages(TRANSLATIONS / f"mentordesk_{language}.ts")
                  if m.get("numerus") == "yes"}
        assert plural and plural <= english, sorted(plural - english)


def test_the_check_catches_what_it_guards_against(tmp_path: Path) -> None:
    """A dropped placeholder, a lost accelerator, an empty or unfinished text and a
    missing Polish plural form are each reported."""
    broken = tmp_path / "mentordesk_pl.ts"
    broken.write_text("""<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="pl_PL">
<context><name>X</name>
<message><source>Saved {0}.</source><translation>Zapisano.</translation></message>
<message><source>&amp;File</source><translation>Plik</translation></message>
<message><source>Keep</source><translation></translation></message>
<message><source>Drop</source><translation type="unfinished">Usuń</translation></message>
<message numerus="yes"><source>%n page(s)</source><translation>
<numerusform>%n strona</numerusform><numerusform>%n strony</numerusform></translation></message>
<message><source>Regular &amp; clear</source><translation>Regularność i jasność</translation></message>
</context></TS>""", encoding="utf-8")
    problems = "\n".join(problems_of(broken, "pl"))
    assert "'Saved {0}.'" in problems and "placeholders" in problems
    assert "accelerator" in problems and "empty translation" in problems and "not translated" in problems
    assert "2 plural forms, pl needs 3" in problems
    assert "Regular" not in problems


def test_the_catalogs_hold_every_text_the_window_has_now(tmp_path: Path) -> None:
    """Run pyside6-lupdate over ui/ into copies: nothing new may appear, so a text
    added to the window without a translation fails here, in every language."""
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "ui").rglob("*.py"))
    copies = []
    for language in LANGUAGES:
        copy = ROOT / "resources" / "translations" / f".check_{os.getpid()}_{language}.ts"
        shutil.copy(TRANSLATIONS / f"mentordesk_{language}.ts", copy)
        copies.append(copy)
    try:
        subprocess.run([str(lupdate), "-no-obsolete", *sources, "-ts", *map(str, copies)],
                       cwd=ROOT, check=True, capture_output=True)
        for language, copy in zip(LANGUAGES, copies, strict=True):
            problems = problems_of(copy, language)
            assert not problems, "run pyside6-lupdate and translate:\n" + "\n".join(problems[:20])
    finally:
        for copy in copies:
            copy.unlink(missing_ok=True)


def tr_calls(path: Path):
    """(line, text argument node) of every text a module asks Qt to translate: each
    tr()/translate() call, and each call of a home-made wrapper (a function passing its
    own parameter on to translate(), like `def _tr(text)`), which lupdate cannot see.
    The `translate(context, text)` helpers of ui/ are spelled so lupdate does see them."""
    import ast

    def text_arg(call: ast.Call):
        name = call.func.attr if isinstance(call.func, ast.Attribute) else getattr(call.func, "id", None)
        position = {"tr": 0, "translate": 1}.get(name)
        if name == "translate" and len(call.args) == 1:
            return call.args[0]  # a one-argument translate(): lupdate takes the text for a context
        return call.args[position] if position is not None and len(call.args) > position else None

    tree = ast.parse(path.read_text(encoding="utf-8"))
    wrappers = set()
    for fn in ast.walk(tree):
        if isinstance(fn, ast.FunctionDef) and fn.name != "translate":
            params = {a.arg for a in fn.args.args}
            passed = [text_arg(c) for c in ast.walk(fn) if isinstance(c, ast.Call)]
            if any(isinstance(arg, ast.Name) and arg.id in params for arg in passed):
                wrappers.add(fn.name)
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        arg = text_arg(node)
        if arg is None and getattr(node.func, "id", None) in wrappers and node.args:
            arg = node.args[0]
        if arg is not None and not isinstance(arg, (ast.Name, ast.Subscript)):
            yield node.lineno, arg


def test_every_text_the_code_asks_for_is_in_the_catalogs() -> None:
    """What lupdate cannot see stays English for ever: a tr() inside an f-string, a text
    built at run time, a wrapper lupdate does not know.  Read the code itself."""
    import ast

    known = {m.findtext("source") for _, m in messages(TRANSLATIONS / "mentordesk_de.ts")}
    missing = []
    for path in sorted((ROOT / "ui").rglob("*.py")):
        for line, arg in tr_calls(path):
            where = f"{path.relative_to(ROOT)}:{line}"
            if not (isinstance(arg, ast.Constant) and isinstance(arg.value, str)):
                missing.append(f"{where}: not a literal text ({ast.unparse(arg)[:50]})")
            elif arg.value not in known:
                missing.append(f"{where}: {arg.value[:60]!r} is in no catalog")
    assert not missing, "\n".join(missing[:30])


def test_no_text_is_asked_for_through_another_object() -> None:
    """`parent.tr("…")` or `self.view.tr("…")`: lupdate files the text under "parent" or
    "self.view", but Qt looks it up under that object's class, so it stays English.
    Ask through `self.tr` or a class (`SomeClass.tr`), as archive_warning.py does."""
    import ast

    wrong = []
    for path in sorted((ROOT / "ui").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "tr":
                owner = node.func.value
                by_class = isinstance(owner, ast.Name) and (owner.id == "self" or owner.id[:1].isupper())
                if not by_class:
                    wrong.append(f"{path.relative_to(ROOT)}:{node.lineno}: {ast.unparse(node.func)}(…)")
    assert not wrong, "\n".join(wrong)


def test_the_code_reader_sees_what_lupdate_misses(tmp_path: Path) -> None:
    module = tmp_path / "m.py"
    module.write_text("def _tr(text):\n    return QCoreApplication.translate('ctx', text)\n"
                      "class V:\n    def f(self, x):\n        a = f\"<b>{self.tr('Hidden')}</b>\"\n"
                      "        return self.tr(x), translate('Ctx', 'Seen'), _tr('Wrapped'), self.tr(f'{x}')\n"
                      "translate('No context')\n",
                      encoding="utf-8")
    found = [(line, getattr(arg, "value", None)) for line, arg in tr_calls(module)]
    assert (5, "Hidden") in found and (6, "Seen") in found and (6, "Wrapped") in found
    assert (6, None) in found  # the f-string text
    assert (7, "No context") in found
    assert len(found) == 5  # a text passed along in a variable is not judged here


@pytest.fixture
def catalogs(tmp_path: Path) -> Path:
    """The .qm files as the package build makes them (packaging/stage_resources.py)."""
    import runpy

    folder = tmp_path / "qm"
    build = runpy.run_path(str(ROOT / "packaging" / "stage_resources.py"))["compile_translations"]
    made = {p.name for p in build(TRANSLATIONS, folder)}
    assert {f"mentordesk_{code}.qm" for code in (*LANGUAGES, "en")} <= made  # Polish ships too
    return folder


@pytest.fixture
def language(qapp, catalogs: Path):
    """Switch the running app to a language as `ui.app.main` does, then back."""
    from ui.resources import install_translations

    before = set(qapp.findChildren(QTranslator))
    english = list(before)
    for t in english:
        qapp.removeTranslator(t)

    def switch(code: str) -> bool:
        QLocale.setDefault(QLocale(code))
        return install_translations(qapp, QLocale(code), folder=catalogs)

    yield switch
    for t in set(qapp.findChildren(QTranslator)) - before:
        qapp.removeTranslator(t)
        t.setParent(None)
    for t in english:
        qapp.installTranslator(t)
    QLocale.setDefault(QLocale.c())


@pytest.mark.parametrize("n, expected", [(1, "1 osoba"), (2, "2 osoby"), (4, "4 osoby"), (5, "5 osób"),
                                         (12, "12 osób"), (22, "22 osoby"), (25, "25 osób"), (0, "0 osób")])
def test_polish_counts_people_with_three_forms(language, n: int, expected: str) -> None:
    assert language("pl")
    assert QCoreApplication.translate("PeopleView", "%Ln person(s)", "", n) == expected


def test_a_language_without_a_catalog_still_gets_english_plurals(language) -> None:
    assert not language("fr")  # no French MentorDesk: English words, singular and plural right
    assert QCoreApplication.translate("PeopleView", "%Ln person(s)", "", 1) == "1 person"
    assert QCoreApplication.translate("PeopleView", "%Ln person(s)", "", 3) == "3 people"


@pytest.mark.parametrize("code, titles, cancel", [
    ("de", ["&Datei", "&Hilfe"], "Abbrechen"),
    ("pl", ["&Plik", "Pomo&c"], "Anuluj"),
    ("es", ["&Archivo", "A&yuda"], "Cancelar"),
    ("nl", ["&Bestand", "&Help"], "Annuleren"),
])
def test_the_window_speaks_the_language(qtbot, language, code: str, titles: list[str], cancel: str) -> None:
    """Menus, a screen's heading and Qt's own buttons (qtbase) in the chosen language."""
    from ui.app import MainWindow

    assert language(code)
    window = MainWindow()
    qtbot.addWidget(window)
    menus = [action.text() for action in window.menuBar().actions()]
    assert (menus[0], menus[-1]) == tuple(titles)
    english = {"&File", "&Edit", "&View", "&Tools", "&Window", "&Help"} - set(titles)  # Dutch says "&Help" too
    assert not english & set(menus), menus
    assert window.views["ReportsView"].title() == QCoreApplication.translate("ReportsView", "Reports") != "Reports"
    buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
    qtbot.addWidget(buttons)
    assert buttons.button(QDialogButtonBox.Cancel).text().replace("&", "") == cancel


def test_the_attention_page_and_a_dialog_in_german(qtbot, language, tmp_path: Path) -> None:
    from ui.app import MainWindow, _create_demo

    assert language("de")
    demo = tmp_path / "demo.db"
    _create_demo(demo)
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.open_file(demo)
    attention = window.views["AttentionView"]
    headers = [attention.model.headerData(c, Qt.Horizontal) for c in range(attention.model.columnCount())]
    assert "Dringlichkeit" in headers and "Fällig" in headers
    assert re.search(r"^\d+ Einträge?: ", attention.count_label.text())
    dialog = window.show_preferences()
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Einstellungen"
    assert dialog.buttons.button(QDialogButtonBox.Cancel).text().replace("&", "") == "Abbrechen"


def test_preferences_save_language_and_company_by_clicks(qtbot, tmp_path: Path) -> None:
    """File > Preferences: choose Polish and type a company with the keyboard and
    mouse, press OK; the settings file holds both and the Reports screen shows the company."""
    from PySide6.QtCore import QPoint

    from mentordesk.services import reports as report_settings
    from ui.app import MainWindow, settings
    from ui.dialogs.preferences_dialog import SETTING_LANGUAGE, AppPreferencesDialog

    window = MainWindow()
    qtbot.addWidget(window)
    assert window.open_file(tmp_path / "company.db")  # the company name is the open file's (issue 13)
    window.show()
    file_menu = window.menuBar().actions()[0].menu()
    assert window.preferences_action in file_menu.actions()
    window.preferences_action.trigger()
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), AppPreferencesDialog))
    dialog = QApplication.activeModalWidget()
    assert dialog.restart_note.isHidden()

    combo = dialog.language
    qtbot.mouseClick(combo, Qt.LeftButton, pos=QPoint(5, combo.height() // 2))
    combo.hidePopup()
    for _ in range(combo.count()):
        if combo.currentData() == "pl":
            break
        qtbot.keyClick(combo, Qt.Key_Down)
    assert combo.currentData() == "pl"
    assert not dialog.restart_note.isHidden()  # says the language applies at the next start
    qtbot.mouseClick(dialog.company, Qt.LeftButton)
    dialog.company.selectAll()
    qtbot.keyClicks(dialog.company, "Acme Polska sp. z o.o.")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.Ok), Qt.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())

    stored = QSettings(settings().fileName(), QSettings.IniFormat)  # read back from the file
    assert stored.value(SETTING_LANGUAGE) == "pl"
    from mentordesk.services.report_branding import get_branding
    assert window.db is not None and get_branding(window.db).company_name == "Acme Polska sp. z o.o."
    assert stored.value(report_settings.SETTING_COMPANY) is None  # the file's, not this laptop's (issue 13)
    assert stored.value(report_settings.SETTING_PAGE_SIZE) in ("A4", "Letter")
    assert window.views["ReportsView"].company.text() == "Acme Polska sp. z o.o."


def test_cancel_keeps_the_settings(qtbot) -> None:
    from ui.app import settings
    from ui.dialogs.preferences_dialog import (
        SETTING_LANGUAGE,
        AppPreferencesDialog,
        stored_language,
    )

    store = settings()
    store.setValue(SETTING_LANGUAGE, "de")
    dialog = AppPreferencesDialog(store)
    qtbot.addWidget(dialog)
    assert dialog.language.currentData() == "de"
    dialog.language.setCurrentIndex(dialog.language.findData("es"))
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.Cancel), Qt.LeftButton)
    assert stored_language(settings()) == "de"
    store.setValue(SETTING_LANGUAGE, "klingon")  # a code this version does not ship
    assert stored_language(settings()) == ""


def test_the_stored_language_is_what_the_next_start_loads(qtbot, language, catalogs: Path) -> None:
    """What `ui.app.main` does before the first window: read the choice, load it."""
    from ui.app import MainWindow, settings
    from ui.dialogs.preferences_dialog import SETTING_LANGUAGE, stored_language
    from ui.resources import chosen_locale, install_translations

    language("en")  # start from English (removes nothing we need)
    for t in QApplication.instance().findChildren(QTranslator):
        QApplication.instance().removeTranslator(t)
    settings().setValue(SETTING_LANGUAGE, "pl")
    assert install_translations(QApplication.instance(), chosen_locale(stored_language(settings())), folder=catalogs)
    assert QLocale().language() == QLocale.Language.Polish  # dates and numbers follow the choice
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.menuBar().actions()[0].text() == "&Plik"


# -- dates ----------------------------------------------------------------------------------

@pytest.mark.parametrize("name, expected", [
    ("C", "2026-01-07"), ("de_DE", "07.01.2026"), ("pl_PL", "7.01.2026"), ("en_US", "1/7/2026"),
    ("es_ES", "7/1/2026"), ("nl_NL", "07-01-2026"),
])
def test_short_dates_have_four_digit_years_and_iso_under_c(name: str, expected: str) -> None:
    import datetime as dt

    from ui.dates import date_format, short_date

    locale = QLocale.c() if name == "C" else QLocale(name)
    assert short_date(dt.date(2026, 1, 7), locale) == expected
    assert short_date(QDate(2026, 1, 7), locale) == expected
    assert "yyyy" in date_format(locale) and "yyyyyy" not in date_format(locale)


def test_a_table_shows_iso_dates_under_c(qtbot, language, tmp_path: Path) -> None:
    """The People table and the Attention table under the C locale."""
    from ui.app import MainWindow, _create_demo

    language("en")
    QLocale.setDefault(QLocale.c())
    demo = tmp_path / "demo.db"
    _create_demo(demo)
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.open_file(demo)
    model = window.views["PeopleView"].model
    column = next(c for c in range(model.columnCount()) if model.headerData(c, Qt.Horizontal) == "Hire date")
    shown = [model.data(model.index(r, column)) for r in range(model.rowCount())]
    dated = [s for s in shown if s]
    assert dated and all(re.fullmatch(r"\d{4}-\d{2}-\d{2}", s) for s in dated), dated[:5]


def test_lang_c_process_shows_iso_dates(tmp_path: Path) -> None:
    """A real process started with LANG=C (a bare server or container) formats ISO dates."""
    env = {**os.environ, "LANG": "C", "LC_ALL": "C", "QT_QPA_PLATFORM": "offscreen"}
    code = ("import datetime as dt, sys\n"
            "from PySide6.QtWidgets import QApplication\n"
            "app = QApplication(sys.argv)\n"
            "from ui.dates import short_date, short_datetime\n"
            "print(short_date(dt.date(2026, 1, 7)))\n"
            "print(short_datetime(dt.datetime(2026, 1, 7, 9, 30, tzinfo=dt.timezone.utc)))\n")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True,
                         timeout=120, check=True).stdout.split("\n")
    assert out[0] == "2026-01-07"
    assert re.fullmatch(r"2026-01-0[67] \d{2}:\d{2}", out[1])


def test_archive_warning_uses_one_context_whatever_the_parent(qtbot, language) -> None:
    """Texts asked for through a class (not `parent.tr`) are found whoever opens them."""
    from PySide6.QtWidgets import QWidget

    from mentordesk.models import Person
    from ui.dialogs.archive_warning import warn_still_paired

    assert language("de")
    parent = QWidget()
    qtbot.addWidget(parent)
    person = Person(employee_id="E1", name="Femke", email="femke@example.com")
    pair = SimpleNamespace(id="r1", mentor_name="Anna", mentee_name="Femke", program_name="Leads")
    box = warn_still_paired(parent, None, person, [pair])
    assert isinstance(box, QMessageBox)
    assert box.windowTitle() == "Noch in einem Tandem"
    assert "noch in 1 aktiven Tandem:" in box.text()
    box.close()


def test_column_titles_are_not_clipped_in_german(qtbot, language, tmp_path: Path) -> None:
    """The screens size columns in pixels for English; a longer German title still fits."""
    from ui.app import MainWindow

    assert language("de")
    window = MainWindow()
    qtbot.addWidget(window)
    for view_name in ("PeopleView", "AttentionView", "RelationshipsView"):
        table = window.views[view_name].table
        header = table.horizontalHeader()
        titles = [table.model().headerData(c, Qt.Horizontal) for c in range(header.count())]
        assert "Personalnummer" in titles or view_name != "PeopleView"
        for column in range(header.count()):
            if not header.isSectionHidden(column) and header.sectionResizeMode(column) != header.ResizeMode.Stretch:
                needed = header.fontMetrics().horizontalAdvance(str(titles[column])) + 8
                assert header.sectionSize(column) >= needed, (view_name, titles[column])


@pytest.mark.parametrize("name, paper", [("en_US", "Letter"), ("en_CA", "Letter"), ("de_DE", "A4"),
                                         ("pl_PL", "A4"), ("es_ES", "A4"), ("en_GB", "A4")])
def test_paper_follows_the_locale_until_chosen(qtbot, name: str, paper: str) -> None:
    from ui.app import settings
    from ui.dialogs.preferences_dialog import AppPreferencesDialog, default_paper_size
    from ui.views.reports import ReportsView

    assert default_paper_size(QLocale(name)) == paper
    QLocale.setDefault(QLocale(name))
    try:
        dialog = AppPreferencesDialog(settings())
        qtbot.addWidget(dialog)
        assert dialog.paper.currentData() == paper

        class Host(QWidget):
            db = None

        host = Host()
        qtbot.addWidget(host)
        assert ReportsView(host).paper.currentData() == paper  # type: ignore[arg-type]
        settings().setValue("reports/page_size", "A4" if paper == "Letter" else "Letter")
        assert ReportsView(host).paper.currentData() != paper  # a choice wins over the locale
    finally:
        QLocale.setDefault(QLocale.c())
