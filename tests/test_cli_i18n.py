"""The command line in the user's language (issue 12): help, argparse's own words and
errors, output lines and their plural forms, each through a real `mentordesk` process
whose language comes from the system locale (LANG) as on the HR manager's laptop.

Expected words are written out literally per language, so a catalog that maps a
text to itself (or to another language) cannot pass.
"""

from __future__ import annotations

import csv
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
LOCALES = {"es": "es_ES.UTF-8", "nl": "nl_NL.UTF-8", "de": "de_DE.UTF-8", "pl": "pl_PL.UTF-8"}

#: argparse's words and a few of MentorDesk's help texts, per language.
HELP_WORDS = {
    "es": ["uso: mentordesk", "argumentos posicionales:", "opciones:", "muestra esta ayuda y termina",
           "Gestione un programa de mentoring", "propone parejas mentor-mentee"],
    "nl": ["gebruik: mentordesk", "positionele argumenten:", "opties:", "toon deze hulp en stop",
           "Beheer een mentorprogramma", "stel mentor-mentee-koppels voor"],
    "de": ["Aufruf: mentordesk", "Positionsargumente:", "Optionen:", "diese Hilfe anzeigen und beenden",
           "Ein Mentoring-Programm über die Befehlszeile", "Mentor-Mentee-Paare für ein Programm"],
    "pl": ["użycie: mentordesk", "argumenty pozycyjne:", "opcje:", "pokaż tę pomoc i zakończ",
           "Prowadzenie programu mentoringowego", "zaproponuj pary mentor–mentee"],
}
ENGLISH_HELP = ["usage:", "positional arguments", "options:", "show this help message and exit",
                "Run a mentoring program", "propose mentor-mentee pairs"]
#: `log-meeting --help`: its own options' help.
MEETING_HELP = {  # with the usage line's placeholders (metavars) in the language too
    "es": ["cuánto duró la reunión, en minutos", "la ausencia o el cambio fue sin aviso", "--date AAAA-MM-DD",
           "--outcome RESULTADO", "[--notes TEXTO]"],
    "nl": ["hoe lang het gesprek duurde, in minuten", "het missen of verzetten gebeurde zonder bericht",
           "--date JJJJ-MM-DD", "--outcome UITKOMST", "[--notes TEKST]"],
    "de": ["wie lange das Treffen dauerte, in Minuten", "das Versäumnis oder die Änderung kam ohne Vorankündigung",
           "--date JJJJ-MM-TT", "--outcome ERGEBNIS", "[--notes TEXT]"],
    "pl": ["czas trwania spotkania w minutach", "nieobecność lub zmiana nastąpiła bez uprzedzenia",
           "--date RRRR-MM-DD", "--outcome WYNIK", "[--notes TEKST]"],
}


def _env(home: Path, lang: str, **extra: str) -> dict[str, str]:
    env = dict(os.environ)
    for var in ("MENTORDESK_LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        env.pop(var, None)  # the system's language decides, as on a laptop
    env.update({"LANG": lang, "MENTORDESK_CONFIG_DIR": str(home / "config"),
                "MENTORDESK_DATA_DIR": str(home / "data"), "MENTORDESK_SITE": "cli-i18n-test",
                "PYTHONPATH": str(ROOT), "COLUMNS": "100"})
    env.update(extra)
    return env


def _run(home: Path, lang: str, *args: str, **extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "mentordesk", *args], capture_output=True, text=True,
                          timeout=120, env=_env(home, lang, **extra), check=False, cwd=str(home))


def _flat(text: str) -> str:
    """argparse wraps help to the terminal width: compare with the line breaks undone."""
    return " ".join(text.split())


# ------------------------------------------------------------------------------ help

@pytest.mark.parametrize("lang", sorted(LOCALES))
def test_main_help_in_the_system_language(tmp_path, lang):
    done = _run(tmp_path, LOCALES[lang], "--help")
    assert done.returncode == 0, done.stderr
    text = _flat(done.stdout)
    for word in HELP_WORDS[lang]:
        assert word in text, (lang, word, done.stdout)
    for word in ENGLISH_HELP:
        assert word not in text, (lang, word)


@pytest.mark.parametrize("lang", sorted(LOCALES))
def test_a_subcommands_help_in_the_system_language(tmp_path, lang):
    done = _run(tmp_path, LOCALES[lang], "log-meeting", "--help")
    assert done.returncode == 0, done.stderr
    text = _flat(done.stdout)
    for word in [*MEETING_HELP[lang], HELP_WORDS[lang][0].replace("mentordesk", "mentordesk log-meeting")]:
        assert word in text, (lang, word, done.stdout)
    assert "how long the meeting lasted" not in text and "usage:" not in text and "YYYY-MM-DD" not in text


_DUMP = """
import json, sys
from mentordesk.cli import build_parser
parser = build_parser()
sub = next(a for a in parser._actions if a.__class__.__name__ == "_SubParsersAction")
pages = {"": parser.format_help(), **{name: p.format_help() for name, p in sub.choices.items()}}
json.dump(pages, sys.stdout)
"""


def _english_help_texts() -> dict[str, list[str]]:
    """Every help text of the parser as English builds it (this process runs in English)."""
    from mentordesk.cli import build_parser

    parser = build_parser()
    sub = next(a for a in parser._actions if a.__class__.__name__ == "_SubParsersAction")
    out = {"": [parser.description or ""] + [a.help for a in parser._actions if a.help]
           + [c.help for c in sub._choices_actions if c.help]}
    for name, p in sub.choices.items():
        out[name] = [a.help for a in p._actions if isinstance(a.help, str)]
    return out


@pytest.mark.parametrize("lang", sorted(LOCALES))
def test_no_help_text_of_any_command_stays_english(tmp_path, lang):
    """The class, not an example: every command's help page, every option's help."""
    done = subprocess.run([sys.executable, "-c", _DUMP], capture_output=True, text=True, timeout=120,
                          env=_env(tmp_path, LOCALES[lang]), check=False, cwd=str(tmp_path))
    assert done.returncode == 0, done.stderr
    pages = {name: _flat(page) for name, page in json.loads(done.stdout).items()}
    english = _english_help_texts()
    assert set(pages) == set(english) and len(pages) > 30
    left = [(name, text) for name, texts in english.items() for text in texts
            if " " in text.strip() and _flat(text) in pages[name]]
    assert left == [], left
    assert not [name for name, page in pages.items() if "usage:" in page or "show this help" in page]


# ------------------------------------------------------------------------------ argparse's errors

def test_a_missing_argument_is_said_in_spanish(tmp_path):
    done = _run(tmp_path, LOCALES["es"], "log-meeting", "--date", "2026-01-05")
    assert done.returncode == 2
    assert ("mentordesk log-meeting: error: faltan estos argumentos obligatorios: "
            "--relationship, --outcome, --minutes") in done.stderr
    assert done.stderr.startswith("uso: mentordesk log-meeting")
    assert "required" not in done.stderr and "Traceback" not in done.stderr


@pytest.mark.parametrize(("lang", "args", "expected"), [
    ("de", ["export", "people", "out.csv"],
     "mentordesk export: Fehler: Argument TABELLE: ungültige Auswahl: 'people' (wählen Sie aus "),
    ("nl", ["invite", "--relationship", "r", "--out-dir", ".", "--minutes", "ten"],
     "mentordesk invite: fout: argument --minutes: ongeldige int-waarde: 'ten'"),
    ("pl", ["people", "--bogus"], "mentordesk: błąd: nierozpoznane argumenty: --bogus"),
    ("es", ["report", "--out", "x.pdf"],
     "mentordesk report: error: se necesita uno de los argumentos --relationship --program"),
    ("pl", ["undo", "--yes", "extra"], "mentordesk: błąd: nierozpoznane argumenty: extra"),
    ("es", ["export"], "mentordesk export: error: faltan estos argumentos obligatorios: TABLA, ARCHIVO"),
    ("de", ["merge"], "mentordesk merge: Fehler: diese Argumente sind erforderlich: ANDERE.db"),
])
def test_argparse_refusals_in_the_system_language(tmp_path, lang, args, expected):
    done = _run(tmp_path, LOCALES[lang], *args)
    assert done.returncode == 2
    assert expected in done.stderr, done.stderr
    assert "error:" not in done.stderr or lang == "es"
    assert "invalid" not in done.stderr and "unrecognized" not in done.stderr and "Traceback" not in done.stderr


# ------------------------------------------------------------------------------ what the commands print

MONTHS = {  # retention with 1, 2 and 5 months: every plural form a language has
    "pl": ["usuwane 1 miesiąc po", "przez 2 miesiące", "przez 5 miesięcy", "(0 programów z własnym okresem)"],
    "de": ["1 Monat nach", "2 Monate aufbewahrt", "5 Monate lang inaktiv", "(0 Programme mit eigener Frist)"],
    "es": ["se eliminan 1 mes después", "se conservan 2 meses", "durante 5 meses", "(0 programas con su propio"],
    "nl": ["worden 1 maand na", "worden 2 maanden bewaard", "die 5 maanden inactief", "(0 programma's met een eigen"],
}


@pytest.fixture
def plain_file(tmp_path: Path) -> Path:
    path = tmp_path / "company.db"
    done = _run(tmp_path, "C.UTF-8", "--db", str(path), "init")
    assert done.returncode == 0, done.stderr
    return path


@pytest.mark.parametrize("lang", sorted(MONTHS))
def test_plural_forms_of_a_printed_line(tmp_path, plain_file, lang):
    done = _run(tmp_path, LOCALES[lang], "--db", str(plain_file), "retention", "--notes-months", "1",
                "--backup-months", "2", "--inactive-months", "5")
    assert done.returncode == 0, done.stderr
    for words in MONTHS[lang]:
        assert words in done.stdout, (lang, words, done.stdout)
    assert "months" not in done.stdout and "Confidential" not in done.stdout


def test_polish_counts_take_the_polish_plural(tmp_path, demo_file):
    """Exports of 1, 2 and 5 goals' worth: 'cel', 'cele', 'celów' chosen by the Polish rule."""
    from mentordesk.i18n import translator

    tr = translator("pl")
    forms = [tr.ngettext("Exported %(count)s goal to %(file)s.", "Exported %(count)s goals to %(file)s.", n)
             % {"count": n, "file": "x"} for n in (1, 2, 5, 22)]
    assert forms == ["Wyeksportowano 1 cel do x.", "Wyeksportowano 2 cele do x.", "Wyeksportowano 5 celów do x.",
                     "Wyeksportowano 22 cele do x."]
    done = _run(tmp_path, LOCALES["pl"], "--db", str(demo_file), "export", "goals", str(tmp_path / "goals.csv"))
    assert done.returncode == 0, done.stderr
    with (tmp_path / "goals.csv").open(encoding="utf-8-sig", newline="") as fh:
        count = len(list(csv.reader(fh))) - 1
    assert count > 5
    expected = tr.ngettext("Exported %(count)s goal to %(file)s.", "Exported %(count)s goals to %(file)s.", count)
    assert expected.startswith("Wyeksportowano ")
    assert done.stdout.strip() == expected % {"count": count, "file": tmp_path / "goals.csv"}


def test_a_table_and_its_words_in_german(tmp_path, demo_file):
    done = _run(tmp_path, LOCALES["de"], "--db", str(demo_file), "relationships")
    assert done.returncode == 0, done.stderr
    head = done.stdout.splitlines()[0].split()
    assert head[:5] == ["Mentor", "Mentee", "Programm", "Phase", "Beginn"] and "Zustand" in head
    assert "Health" not in head and "Planned" not in head
    body = done.stdout.splitlines()[2:]
    healths = ("Im Plan", "Check-in fällig", "Gefährdet", "Noch zu früh", "Beendet")
    assert body and all(any(h in line for h in healths) for line in body)
    assert re.search(r"\d+\s%", done.stdout)  # German writes "86\u00a0%"
    assert not re.search(r"\d+%", done.stdout)


def test_refusals_of_the_commands_own_checks_in_polish(tmp_path, demo_file):
    done = _run(tmp_path, LOCALES["pl"], "--db", str(demo_file), "log-meeting", "--relationship", "x",
                "--date", "2026-02-30", "--outcome", "nope", "--minutes", "ten")
    assert done.returncode == 1
    err = done.stderr
    assert err.startswith("mentordesk: Nieznany wynik 'nope'; użyj jednego z: held, ")
    assert "Data '2026-02-30' nie jest prawdziwą datą; zapisz ją jako RRRR-MM-DD." in err
    assert "Czas trwania 'ten' nie jest całkowitą liczbą minut." in err
    assert "Traceback" not in err and "not a real date" not in err


def test_the_c_locale_stays_english(tmp_path, plain_file):
    done = _run(tmp_path, "C", "--help")
    assert done.returncode == 0
    text = _flat(done.stdout)
    assert all(word in text for word in ENGLISH_HELP)
    done = _run(tmp_path, "C", "--db", str(plain_file), "retention", "--notes-months", "1", "--backup-months", "2")
    assert "removed 1 month after a relationship closes (0 programs with their own span); backups are kept " \
           "2 months" in done.stdout
    done = _run(tmp_path, "C", "log-meeting")
    assert "error: the following arguments are required: --relationship" in done.stderr


def test_mentordesk_lang_wins_over_the_system(tmp_path):
    done = _run(tmp_path, LOCALES["de"], "--help", MENTORDESK_LANG="pl")
    assert "użycie: mentordesk" in done.stdout and "Aufruf" not in done.stdout


def test_english_loads_no_catalog_and_no_babel(tmp_path):
    """`mentordesk --help` in English must stay as light as before the translations."""
    code = ("import sys\nfrom mentordesk.cli import build_parser\nfrom mentordesk.i18n import current\n"
            "build_parser().format_help()\n"
            "print(type(current().catalog).__name__, any(m == 'babel' or m.startswith('babel.') for m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                          env=_env(tmp_path, "C.UTF-8"), check=False, cwd=str(tmp_path))
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["NullTranslations", "False"]


@pytest.mark.parametrize("args", [["attention"], ["relationships"], ["people"], ["--help"]])
def test_a_reader_that_stops_reading_gets_no_traceback(tmp_path, demo_file, args):
    """`mentordesk attention | head`: the pipe closes before the output is written; the command
    ends quietly with the shell's code for a cut-off writer, in any language."""
    cmd = [sys.executable, "-m", "mentordesk", "--db", str(demo_file), *args]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=str(tmp_path),
                            env=_env(tmp_path, LOCALES["de"]))
    proc.stdout.close()  # the reader is gone before the first line
    err = proc.stderr.read()
    proc.stderr.close()
    code = proc.wait(timeout=120)
    assert "Traceback" not in err and "BrokenPipe" not in err, err
    assert code == (0 if args == ["--help"] else 141)  # argparse itself ignores a broken pipe on --help


def test_version_in_the_system_language(tmp_path):
    done = _run(tmp_path, LOCALES["pl"], "--version")
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert re.fullmatch(r"MentorDesk \S+ \(format pliku \d+\)", lines[0]) and lines[2] == "Zawiera:"
    assert "file format" not in done.stdout and "Includes" not in done.stdout
