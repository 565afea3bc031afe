"""The core's messages in the user's language: the People CSV import through a real
CLI process, the system's locale choosing the language, line numbers kept."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from mentordesk.i18n import translator

ROOT = Path(__file__).resolve().parents[1]
BAD = ("employee_id,name,email,hire_date,role\n"
       "E1,Ana,ana@example.es,2024-13-01,mentor\n"
       "E2,,bad-mail,2020-01-01,boss\n"
       "E1,Bea,bea@example.es,,mentee\n")


def _import(home: Path, csv_file: Path, lang: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    for var in ("MENTORDESK_LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        env.pop(var, None)
    env.update({"LANG": lang, "MENTORDESK_CONFIG_DIR": str(home / "config"),
                "MENTORDESK_DATA_DIR": str(home / "data"), "MENTORDESK_SITE": "i18n-test",
                "PYTHONPATH": str(ROOT)})
    return subprocess.run([sys.executable, "-m", "mentordesk", "--db", str(home / "f.db"), "import-people",
                           str(csv_file)], capture_output=True, text=True, timeout=120, env=env, check=False,
                          cwd=str(home))


@pytest.mark.slow
def test_import_people_explains_bad_lines_in_spanish(tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text(BAD, encoding="utf-8")
    done = _import(tmp_path, bad, "es_ES.UTF-8")
    assert done.returncode == 2
    err = done.stderr
    assert "No se importó nada: 5 problemas en" in err
    assert "Línea 2: hire_date '2024-13-01' no es una fecha real" in err
    assert "Línea 3: name está vacío" in err
    assert "Línea 3: email 'bad-mail' no es una dirección válida" in err
    assert "Línea 3: role 'boss' debe ser mentor, mentee, both o none" in err
    assert "Línea 4: employee_id 'E1' se usa dos veces; aparece por primera vez en la línea 2" in err
    assert "Line " not in err and "is not" not in err and "Nothing was imported" not in err


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "expected", "english"), [
    ("pl_PL.UTF-8", ["Nic nie zaimportowano: 5 problemów", "Wiersz 3: name jest puste"], "Line 3"),
    ("de_DE.UTF-8", ["Nichts wurde importiert: 5 Probleme", "Zeile 4: employee_id 'E1' wird zweimal verwendet"],
     "Line 4"),
    ("C.UTF-8", ["Nothing was imported: 5 problems", "Line 3: name is empty"], "Línea"),
])
def test_import_people_follows_the_system_language(tmp_path, lang, expected, english):
    bad = tmp_path / "bad.csv"
    bad.write_text(BAD, encoding="utf-8")
    done = _import(tmp_path, bad, lang)
    assert done.returncode == 2
    for text in expected:
        assert text in done.stderr, (lang, text, done.stderr)
    assert english not in done.stderr


@pytest.mark.slow
def test_a_file_that_is_no_csv_is_named_in_the_language(tmp_path):
    png = tmp_path / "people.csv"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    done = _import(tmp_path, png, "nl_NL.UTF-8")
    assert done.returncode == 2
    assert "Het bestand is een PNG-afbeelding, geen CSV-tekstbestand." in done.stderr
    assert "Kies in Excel Bestand > Opslaan als" in done.stderr


def test_plural_forms_of_the_import_messages():
    """'1 problem' / '2 problemy' / '5 problemów': the catalog's plural forms, not an 's'."""
    tr = translator("pl")
    forms = [tr.ngettext("Nothing was imported: %(count)s problem in %(file)s.",
                         "Nothing was imported: %(count)s problems in %(file)s.", n) % {"count": n, "file": "x"}
             for n in (1, 3, 5, 22)]
    assert [f.split()[4] for f in forms] == ["problem", "problemy", "problemów", "problemy"]
    en = translator("en")
    assert en.ngettext("%(count)s value", "%(count)s values", 1) % {"count": 1} == "1 value"
    assert en.ngettext("%(count)s value", "%(count)s values", 2) % {"count": 2} == "2 values"


def test_people_service_messages_translate_in_process(monkeypatch):
    """The services use the process language (`use_language`), here through validation."""
    from mentordesk import i18n, validation

    try:
        i18n.use_language("de")
        assert validation.email_problem("nope") == "email 'nope' ist keine gültige Adresse"
        i18n.use_language("en")
        assert validation.email_problem("nope") == "email 'nope' is not a valid address"
    finally:
        i18n.use_language("en")


def _cli(home: Path, lang: str, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    for var in ("MENTORDESK_LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        env.pop(var, None)
    env.update({"LANG": lang, "MENTORDESK_CONFIG_DIR": str(home / "config"),
                "MENTORDESK_DATA_DIR": str(home / "data"), "PYTHONPATH": str(ROOT)})
    return subprocess.run([sys.executable, "-m", "mentordesk", *args], capture_output=True, text=True,
                          timeout=120, env=env, check=False, cwd=str(home))


@pytest.mark.slow
def test_report_help_and_misuse_in_the_language(tmp_path):
    helped = _cli(tmp_path, "de_DE.UTF-8", "report", "--help")
    assert helped.returncode == 0
    assert "die Sprache des Berichts" in helped.stdout and "mit --each: der Ordner für die Berichte" in helped.stdout
    assert "the folder for the reports" not in helped.stdout
    misused = _cli(tmp_path, "es_ES.UTF-8", "--db", str(tmp_path / "f.db"), "report", "--program", "X", "--each",
                   "--out", "y.pdf")
    assert misused.returncode == 1
    assert "--each necesita --out-dir CARPETA" in misused.stderr and "quite --out" in misused.stderr
    assert not (tmp_path / "y.pdf").exists()


@pytest.mark.slow
def test_settings_file_language_wins_over_the_system(tmp_path):
    """The window's Preferences choice (an INI file beside the window's settings) is the
    CLI's language too, whatever LANG says."""
    (tmp_path / "config").mkdir()
    (tmp_path / "config" / "mentordesk.ini").write_text("[ui]\nlanguage=pl\n", encoding="utf-8")
    helped = _cli(tmp_path, "de_DE.UTF-8", "report", "--help")
    assert "język raportu" in helped.stdout and "die Sprache des Berichts" not in helped.stdout
