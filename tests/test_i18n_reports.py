"""The core's catalogs and the PDF reports in Spanish, Dutch, German and Polish.

Catalogs: complete, placeholders identical to the source, plural forms per
language, in step with the code.  Reports: rendered per language and read back
with pypdf -- translated headings and month names present, English headings
absent; `report --lang pl` through a real CLI process; the default language
follows MENTORDESK_LANG, the window's Preferences and the system, in that order.
"""

from __future__ import annotations

import io
import os
import re
import subprocess
import sys
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from babel.messages.pofile import read_po
from pypdf import PdfReader

from mentordesk.i18n import LANGUAGES, N_, default_language, translator
from mentordesk.i18n.catalog import catalog_path, compile_po
from mentordesk.reports import (
    ReportOptions,
    build_program_report,
    build_relationship_report,
)
from mentordesk.reports.data import STAGE_NAMES, sample_program, sample_relationship

ROOT = Path(__file__).resolve().parents[1]
TRANSLATED = [lang for lang in LANGUAGES if lang != "en"]
PLACEHOLDER = re.compile(r"%(?:\((\w+)\))?[-#0 +]*\d*(?:\.\d+)?[sdifr%]")
#: A report day whose month is spelled differently in every language (English "Oct").
REPORT_DAY = date(2026, 10, 7)
MONTH_IN_DATE = {"es": "7 oct 2026", "nl": "7 okt 2026", "de": "7. Okt. 2026", "pl": "7 paź 2026"}
#: Headings of the relationship and program reports (English source texts).
RELATIONSHIP_HEADINGS = [N_("Stage of the relationship"), N_("Goals"), N_("Meetings"), N_("Competency growth"),
                         N_("HR summary"), N_("Reviewed by"), N_("Mentoring relationship report")]
PROGRAM_HEADINGS = [N_("Results against the purpose"), N_("Check-in averages"), N_("By branch"),
                    N_("By department"), N_("Relationships needing attention"), N_("Mentoring program report")]
#: A few words checked literally (not only through the catalog) so a catalog that
#: maps a text to itself or to the wrong language cannot pass.
LITERAL = {"es": ["Objetivos", "Reuniones", "Página 1 de"], "nl": ["Doelen", "Gesprekken", "Pagina 1 van"],
           "de": ["Ziele", "Treffen", "Seite 1 von"], "pl": ["Cele", "Spotkania", "Strona 1 z"]}


def _catalog(lang: str):
    with catalog_path(lang).open("rb") as fh:
        return read_po(fh, locale=lang, domain="mentordesk")


def _names(text: str) -> list[str]:
    return sorted(m.group(0) for m in PLACEHOLDER.finditer(text) if m.group(0) != "%%")


def _pdf_text(data: bytes) -> str:
    reader = PdfReader(io.BytesIO(data))
    return "\n".join(page.extract_text() or "" for page in reader.pages)


def _lines(text: str) -> set[str]:
    return {" ".join(line.split()) for line in text.splitlines()}


# --------------------------------------------------------------------------- catalogs

@pytest.mark.parametrize("lang", TRANSLATED)
def test_every_text_is_translated_with_the_same_placeholders(lang):
    catalog = _catalog(lang)
    texts = [m for m in catalog if m.id]
    assert len(texts) > 100
    for m in texts:
        ids = [m.id] if isinstance(m.id, str) else list(m.id)
        strings = [m.string] if isinstance(m.string, str) else list(m.string)
        assert all(s.strip() for s in strings), f"{lang}: untranslated {m.id!r}"
        assert "fuzzy" not in m.flags, f"{lang}: fuzzy {m.id!r}"
        for s in strings:
            assert _names(s) == _names(ids[0]), f"{lang}: placeholders of {m.id!r} differ in {s!r}"
    # Babel's own checks (python-format among them) agree
    assert [(m.id, e) for m, errs in catalog.check() for e in errs] == []


@pytest.mark.parametrize("lang", TRANSLATED)
def test_catalogs_are_in_step_with_the_code(lang):
    """A text added to the code without running the extractor would print in English."""
    from mentordesk.i18n.extract import template

    def keys(catalog):
        return {(m.context, m.id if isinstance(m.id, str) else m.id[0]) for m in catalog if m.id}

    wanted, have = keys(template()), keys(_catalog(lang))
    assert wanted - have == set()
    assert (None, "Getting to know each other") in wanted and ("breakdown column", "Match rate") in wanted


SOURCE_TEXT = re.compile(r"""(?:\bgettext\(|\bT_\(tr,\s*|\bN_\(|\bNC_\("[^"]+",\s*)\s*(["'])((?:(?!\1)[^\\]|\\.)+)\1""")


def test_every_literal_text_in_the_reports_is_in_the_catalog():
    """Independent of Babel's extractor (which silently drops a call with another
    translation call nested in its arguments): every literal handed to a translation
    function in the report code starts some text of the catalog."""
    ids = [m.id if isinstance(m.id, str) else m.id[0] for m in _catalog("de") if m.id]
    files = [*(ROOT / "mentordesk" / "reports").glob("*.py"), ROOT / "mentordesk" / "services" / "reports.py"]
    found = [(f.name, m.group(2)) for f in files for m in SOURCE_TEXT.finditer(f.read_text(encoding="utf-8"))]
    assert len(found) > 100
    missing = [(name, text) for name, text in found
               if not any(i.startswith(text) for i in ids)]
    assert missing == []


def test_polish_has_three_plural_forms_chosen_by_the_polish_rule():
    catalog = _catalog("pl")
    assert catalog.num_plurals == 3
    plural = [m for m in catalog if m.id and not isinstance(m.id, str)]
    assert plural and all(len(m.string) == 3 for m in plural)
    tr = translator("pl")
    forms = {n: tr.ngettext("%(count)s meeting", "All %(count)s meetings", n) % {"count": n}
             for n in (1, 2, 4, 5, 12, 22, 25, 112)}
    assert forms[1] == "1 spotkanie"
    assert forms[2].endswith("spotkania") and forms[4].endswith("spotkania") and forms[22].endswith("spotkania")
    assert forms[5].endswith("spotkań") and forms[12].endswith("spotkań") and forms[25].endswith("spotkań")
    assert forms[112].endswith("spotkań")  # 112: "-naście" takes the many form


@pytest.mark.parametrize("lang", ["es", "nl", "de"])
def test_two_plural_forms_elsewhere(lang):
    assert _catalog(lang).num_plurals == 2
    tr = translator(lang)
    one = tr.ngettext("%(count)s mentor", "%(count)s mentors", 1) % {"count": 1}
    many = tr.ngettext("%(count)s mentor", "%(count)s mentors", 3) % {"count": 3}
    assert one != many and one.startswith("1") and many.startswith("3")


def test_a_checkout_compiles_the_po_itself(tmp_path):
    """No .mo is committed: the .po compiles (in memory) into a catalog gettext reads."""
    import gettext

    assert not list((ROOT / "mentordesk" / "i18n").rglob("*.mo"))
    compiled = gettext.GNUTranslations(io.BytesIO(compile_po(catalog_path("de"))))
    assert compiled.gettext("Goals") == "Ziele"


def test_the_package_build_compiles_every_catalog(tmp_path):
    import runpy

    stage = runpy.run_path(str(ROOT / "packaging" / "stage_resources.py"))
    made = stage["compile_catalogs"](ROOT / "mentordesk" / "i18n" / "locale", tmp_path)
    assert sorted(p.parent.parent.name for p in made) == sorted(TRANSLATED)
    import gettext

    with (tmp_path / "pl" / "LC_MESSAGES" / "mentordesk.mo").open("rb") as fh:
        assert gettext.GNUTranslations(fh).gettext("Meetings") == "Spotkania"


# --------------------------------------------------------------------------- glossary

@pytest.mark.parametrize("lang", TRANSLATED)
def test_stage_names_match_the_windows_translation(lang):
    """One glossary: the window says stage names through `mentordesk.vocabulary` (issue 16), so
    its catalog (.ts) keeps no second translation that could drift from the report's."""
    import xml.etree.ElementTree as ET

    root = ET.parse(ROOT / "resources" / "translations" / f"mentordesk_{lang}.ts").getroot()
    window = {m.findtext("source") for m in root.iter("message")}
    tr = translator(lang)
    for name in STAGE_NAMES.values():
        assert name not in window, name
        assert tr.gettext(name) != name, (lang, name)


# --------------------------------------------------------------------------- reports

def _options(lang: str) -> ReportOptions:
    return ReportOptions(company_name="Acme Iberia", generated_on=REPORT_DAY, language=lang)


def _relationship_pdf(lang: str) -> str:
    buf = io.BytesIO()
    data = replace(sample_relationship(), planned_end_date=date(2026, 12, 1))
    build_relationship_report(data, _options(lang), buf)
    return _pdf_text(buf.getvalue())


def _program_pdf(lang: str) -> str:
    buf = io.BytesIO()
    build_program_report(sample_program(), _options(lang), buf)
    return _pdf_text(buf.getvalue())


def _flat(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("lang", TRANSLATED)
def test_relationship_report_in_each_language(lang):
    text = _relationship_pdf(lang)
    tr = translator(lang)
    flat, lines = _flat(text), _lines(text)
    for heading in RELATIONSHIP_HEADINGS:
        assert tr.gettext(heading) != heading or lang != "es", heading
        assert _flat(tr.gettext(heading)) in flat, (lang, heading)
    for word in LITERAL[lang]:
        assert word in flat, (lang, word)
    assert MONTH_IN_DATE[lang] in flat  # the report day, with the month in the report's language
    assert tr.gettext(STAGE_NAMES[3]) in flat
    english = [h for h in RELATIONSHIP_HEADINGS if tr.gettext(h) != h]
    assert [h for h in english if h in lines] == []
    for phrase in ("Page 1 of", "Report date", "Confidential", "Mentoring relationship report", "Attendance rate",
                   "CURRENT STAGE", "not yet reached", "Oct 2026", "All meetings", "most recent of"):
        assert phrase not in flat, (lang, phrase)


@pytest.mark.parametrize("lang", TRANSLATED)
def test_program_report_in_each_language(lang):
    text = _program_pdf(lang)
    tr = translator(lang)
    flat, lines = _flat(text), _lines(text)
    for heading in PROGRAM_HEADINGS:
        assert _flat(tr.gettext(heading)) in flat, (lang, heading)
    assert MONTH_IN_DATE[lang] in flat
    assert tr.date(date(2024, 1, 15)) in flat  # the program's start, spelled in the language
    assert f"{tr.date(date(2024, 1, 15))} to " not in flat  # the period is a translated sentence too
    english = [h for h in PROGRAM_HEADINGS if tr.gettext(h) != h]
    assert [h for h in english if h in lines] == []
    for phrase in ("Results against the purpose", "Match rate", "Average attendance", "Participation",
                   "Page 1 of", "open-ended", "What it says about the purpose", "match rate"):
        assert phrase not in flat, (lang, phrase)


def test_numbers_follow_the_language():
    """412.5 hours and 84 % as each reader writes them; English stays as it was."""
    assert "412.5 h" in _flat(_program_pdf("en"))
    german = _flat(_program_pdf("de"))
    assert "412,5 Std." in german and "84 %" in german.replace("\xa0", " ")
    assert "412,5 godz." in _flat(_program_pdf("pl"))


def test_english_report_is_unchanged_by_the_default():
    """The renderer's default language is English whatever the machine's locale."""
    assert ReportOptions(company_name="", generated_on=REPORT_DAY).language == "en"
    text = _flat(_relationship_pdf("en"))
    assert "Stage of the relationship" in text and "Report date 7 Oct 2026" in text


# --------------------------------------------------------------------------- which language

@pytest.fixture
def clean_env(monkeypatch):
    for var in ("MENTORDESK_LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(var, raising=False)
    return monkeypatch


def test_default_language_order(clean_env, tmp_path):
    assert default_language() == "en"
    clean_env.setenv("LANG", "C.UTF-8")
    assert default_language() == "en"  # C / POSIX: English, never a crash
    clean_env.setenv("LANG", "pl_PL.UTF-8")
    assert default_language() == "pl"
    clean_env.setenv("LC_ALL", "fr_FR.UTF-8")
    assert default_language() == "en"  # a set but unshipped locale wins over LANG, as in gettext
    clean_env.setenv("LANGUAGE", "nl:de")
    assert default_language() == "nl"
    config = Path(os.environ["MENTORDESK_CONFIG_DIR"])
    config.mkdir(parents=True, exist_ok=True)
    (config / "mentordesk.ini").write_text("[ui]\nlanguage=de\n", encoding="utf-8")
    assert default_language() == "de"  # the window's Preferences beat the system
    clean_env.setenv("MENTORDESK_LANG", "es_ES")
    assert default_language() == "es"
    (config / "mentordesk.ini").write_bytes(b"\xff\xfe garbage [[[")
    clean_env.delenv("MENTORDESK_LANG")
    assert default_language() == "nl"  # an unreadable settings file falls through to the system


def test_report_options_from_settings_follow_the_default(clean_env):
    from mentordesk.services import reports as svc

    clean_env.setenv("LANG", "de_DE.UTF-8")
    assert svc.report_options_from_settings({}).language == "de"
    assert svc.report_options_from_settings({"language": "pl"}).language == "pl"
    assert svc.report_options_from_settings({"reports/language": "xx"}).language == "de"


# --------------------------------------------------------------------------- the CLI

def _cli(home: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    full = dict(os.environ)
    for var in ("MENTORDESK_LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LC_PAPER"):
        full.pop(var, None)
    full.update({"MENTORDESK_CONFIG_DIR": str(home / "config"), "MENTORDESK_DATA_DIR": str(home / "data"),
                 "MENTORDESK_SITE": "i18n-test", "PYTHONPATH": str(ROOT), "LANG": "C.UTF-8"})
    full.update(env)
    return subprocess.run([sys.executable, "-m", "mentordesk", *args], check=False, capture_output=True, text=True,
                          timeout=180, env=full, cwd=str(home))


@pytest.fixture
def demo_company(demo_db) -> tuple[Path, str]:
    """The shared demo company (`acme.db`, closed again after the test) and its one program's name."""
    from mentordesk.services import programs

    [program] = programs.list_programs(demo_db)
    return demo_db.path, program.name


@pytest.mark.slow
def test_report_lang_pl_through_the_cli(demo_company, tmp_path):
    db, program = demo_company
    out = tmp_path / "program-pl.pdf"
    done = _cli(tmp_path, "--db", str(db), "report", "--program", program, "--out", str(out), "--lang", "pl")
    assert done.returncode == 0, done.stderr
    text = _flat(_pdf_text(out.read_bytes()))
    tr = translator("pl")
    for heading in ("Results against the purpose", "Relationships needing attention", "Mentoring program report"):
        assert tr.gettext(heading) in text
    assert "Strona 1 z" in text and "Wyniki na tle celu programu" in text
    assert "Results against the purpose" not in text and "Page 1 of" not in text
    # the reasons of the pairs needing attention are said in Polish too, not only their kind
    for english in ("Planned end", "days since", "check-in has been due", "close or extend", ": due "):
        assert english not in text, english
    # the demo's months print in Polish (a date on every page: the report day)
    assert re.search(r"\d{1,2} (sty|lut|mar|kwi|maj|cze|lip|sie|wrz|paź|lis|gru) \d{4}", text)


@pytest.mark.slow
def test_report_language_follows_the_system_without_lang(demo_company, tmp_path):
    db, program = demo_company
    out = tmp_path / "program-de.pdf"
    done = _cli(tmp_path, "--db", str(db), "report", "--program", program, "--out", str(out),
                LANG="de_DE.UTF-8")
    assert done.returncode == 0, done.stderr
    text = _flat(_pdf_text(out.read_bytes()))
    assert "Ergebnisse gemessen am Zweck" in text and "Seite 1 von" in text
    bad = _cli(tmp_path, "--db", str(db), "report", "--program", program, "--out", str(out), "--lang", "xx")
    assert bad.returncode != 0 and "--lang" in bad.stderr


# --------------------------------------------------------------------------- the wheel

@pytest.mark.slow
def test_the_wheel_ships_compiled_catalogs_not_sources(tmp_path):
    """Built by the package build (not committed): the installed copy, run outside the
    checkout, reads its .mo from inside itself and writes a Polish report."""
    import zipfile

    out, target, elsewhere = tmp_path / "wheel", tmp_path / "site", tmp_path / "elsewhere"
    elsewhere.mkdir()
    done = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(out), str(ROOT)],
                          capture_output=True, text=True, timeout=600, check=False)
    assert done.returncode == 0, done.stderr
    (wheel,) = out.glob("mentordesk-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    for lang in TRANSLATED:
        assert f"mentordesk/resources/locale/{lang}/LC_MESSAGES/mentordesk.mo" in names
    assert not [n for n in names if n.endswith(".po")]
    done = subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target", str(target),
                           str(wheel)], capture_output=True, text=True, timeout=600, check=False)
    assert done.returncode == 0, done.stderr
    code = ("import io, datetime; from mentordesk.i18n import translator; "
            "from mentordesk.i18n.catalog import compiled_path; "
            "from mentordesk.reports import ReportOptions, build_program_report; "
            "from mentordesk.reports.data import sample_program; "
            "print(compiled_path('pl')); print(translator('pl').gettext('Meetings')); "
            "buf = io.BytesIO(); build_program_report(sample_program(), ReportOptions('X', "
            "datetime.date(2026, 10, 7), language='pl'), buf); open('p.pdf', 'wb').write(buf.getvalue())")
    env = {**os.environ, "PYTHONPATH": str(target), "MENTORDESK_CONFIG_DIR": str(tmp_path / "config")}
    done = subprocess.run([sys.executable, "-c", code], check=False, capture_output=True, text=True, timeout=180,
                          env=env,
                          cwd=str(elsewhere))
    assert done.returncode == 0, done.stderr
    mo, word = done.stdout.splitlines()[:2]
    assert Path(mo).is_relative_to(target) and word == "Spotkania"
    assert "Wyniki na tle celu programu" in _flat(_pdf_text((elsewhere / "p.pdf").read_bytes()))


def _glossary_rows() -> list[dict[str, str]]:
    """The rows of docs/glossary.md's tables: {"en": ..., "es": ..., ...}."""
    rows = []
    for line in (ROOT / "docs" / "glossary.md").read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) == 6 and cells[0].isdigit():  # the stages table has a number first
            cells = cells[1:]
        if len(cells) == 5 and cells[0] not in ("English", "") and not set(cells[0]) <= set("-"):
            rows.append(dict(zip(["en", *TRANSLATED], cells, strict=True)))
    return rows


@pytest.mark.parametrize("lang", TRANSLATED)
def test_report_words_follow_the_glossary(lang):
    """Every glossary word the reports print (stages, check-in questions, outcomes,
    program kinds, statuses) is translated exactly as the glossary says."""
    catalog = {m.id: m.string for m in _catalog(lang) if isinstance(m.id, str) and m.id and m.context is None}
    checked = [(row["en"], row[lang]) for row in _glossary_rows() if row["en"] in catalog]
    assert len(checked) >= 25, checked
    assert [(en, catalog[en], want) for en, want in checked if catalog[en] != want] == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_translated_label_is_cut_short(lang):
    """Labels that cannot wrap (chart legends, axis months, stage names, footers) are
    shortened with an ellipsis when too long: with ordinary data no language needs one."""
    assert "…" not in _relationship_pdf(lang)
    assert "…" not in _program_pdf(lang)


def test_attention_details_say_in_english_what_the_rules_wrote(demo_company):
    """The translatable form of every attention detail reads, in English, exactly as the
    detail the rules wrote (snooze keys and older callers use that text): the two never drift."""
    from mentordesk.services import attention
    from mentordesk.storage.database import Database

    path, _ = demo_company
    db = Database.open(path)
    try:
        items = attention.attention_list(db)
    finally:
        db.close()
    said = [i for i in items if i.message is not None]
    assert len(said) >= 5 and len({i.kind for i in said}) >= 3
    en, pl = translator("en"), translator("pl")
    for item in said:
        assert item.message.render(en).replace("Sept", "Sep") == item.detail, item.kind
        assert item.message.render(pl) != item.detail


@pytest.mark.parametrize(("env", "paper"), [
    ({"LANG": "en_US.UTF-8"}, "Letter"), ({"LANG": "es_MX.UTF-8"}, "Letter"), ({"LANG": "fr_CA"}, "Letter"),
    ({"LANG": "de_DE.UTF-8"}, "A4"), ({"LANG": "pl_PL.UTF-8"}, "A4"), ({"LANG": "C.UTF-8"}, "A4"), ({}, "A4"),
    ({"LANG": "en_US.UTF-8", "LC_PAPER": "nl_NL.UTF-8"}, "A4"), ({"LANG": "de_DE", "LC_ALL": "en_CA"}, "Letter"),
])
def test_paper_follows_the_systems_country(clean_env, env, paper):
    from mentordesk.i18n import default_paper_size
    from mentordesk.services import reports as svc

    for var in ("LC_PAPER", "LC_ALL", "LANG"):
        clean_env.delenv(var, raising=False)
    for var, value in env.items():
        clean_env.setenv(var, value)
    assert default_paper_size() == paper
    assert svc.report_options_from_settings({}).page_size == paper
    assert svc.report_options_from_settings({"page_size": "A4"}).page_size == "A4"  # a stored choice wins


@pytest.mark.slow
def test_cli_report_paper_from_the_locale_or_the_flags(demo_company, tmp_path):
    db, program = demo_company

    def width(*extra: str, **env: str) -> float:
        out = tmp_path / f"p{len(list(tmp_path.glob('p*.pdf')))}.pdf"
        done = _cli(tmp_path, "--db", str(db), "report", "--program", program, "--out", str(out), *extra, **env)
        assert done.returncode == 0, done.stderr
        return float(PdfReader(out).pages[0].mediabox.width)

    assert round(width(LANG="en_US.UTF-8")) == 612  # US Letter
    assert round(width(LANG="de_DE.UTF-8")) == 595  # A4
    assert round(width("--a4", LANG="en_US.UTF-8")) == 595
    assert round(width("--letter", LANG="pl_PL.UTF-8")) == 612


@pytest.mark.parametrize("lang", LANGUAGES)
def test_narrow_column_headers_keep_their_words_whole(lang):
    """The check-in table's "Latest" and "Change" columns are wide enough for their longest
    word in every language ("Zuletzt" and "Veränderung" were broken mid-word in German)."""
    tr = translator(lang)
    lines = [line.strip() for line in _relationship_pdf(lang).splitlines()]
    at = lines.index(tr.gettext("Question"))  # the header row's first cell, a line of its own
    expected = f"{tr.gettext('Latest')} {tr.gettext('Change')}".split()
    read = " ".join(lines[at + 1:at + 1 + len(expected)]).split()[:len(expected)]
    assert read == expected, (lang, lines[at:at + 6])
