"""Waiting-list reasons are stored in English and said in the reader's language (issue 12).

The planner writes why a mentee waits; approval stores it in the company file, which is read
later by a Polish or German HR manager, the CLI and the Attention page. The file must keep the
stable English sentence (older versions and `kind_matching` read it), and every reader must see
it in their own language; HR's own words stay exactly as typed.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from mentordesk.i18n import LANGUAGES, translator, use_language
from mentordesk.models import Person, PortraitEntry, Program
from mentordesk.services import attention, matching, people, programs
from mentordesk.storage.database import Database
from mentordesk.waiting_reasons import (
    HOST_WORDS,
    WAIT_ALL_FULL,
    WAIT_ALL_FULL_GIVEN,
    WAIT_CHAIN_OR_EXCLUDED,
    WAIT_GROUPS_FULL,
    WAIT_GROUPS_FULL_GIVEN,
    WAIT_NO_LANGUAGE,
    WAIT_NO_MENTORS,
    WAIT_NOT_ALLOWED,
    WAIT_PEER_PAIRED,
    reason_text,
)

ROOT = Path(__file__).resolve().parents[1]
TODAY = dt.date(2026, 6, 1)
KNOWN = [WAIT_NO_MENTORS, WAIT_NO_LANGUAGE, WAIT_ALL_FULL, WAIT_GROUPS_FULL, WAIT_ALL_FULL_GIVEN,
         WAIT_GROUPS_FULL_GIVEN, WAIT_CHAIN_OR_EXCLUDED, WAIT_PEER_PAIRED, "The program is full.",
         *HOST_WORDS.values()]
OTHERS = [lang for lang in LANGUAGES if lang != "en"]
#: what the reader sees in German and Polish for the two reasons the cohort below produces
SAID = {
    "de": {WAIT_NO_LANGUAGE: "Kein Mentor spricht ihre Sprache",
           WAIT_ALL_FULL_GIVEN: "Alle passenden Mentoren sind ausgelastet: ihre Plätze gingen an Mentees mit "
                                "weniger Möglichkeiten"},
    "pl": {WAIT_NO_LANGUAGE: "Żaden mentor nie mówi w ich języku",
           WAIT_ALL_FULL_GIVEN: "Wszyscy odpowiedni mentorzy są już zajęci: ich miejsca przypadły mentee z "
                                "mniejszym wyborem"},
}


@pytest.fixture(autouse=True)
def english_afterwards():
    yield
    use_language("en")


# -- the lookup --------------------------------------------------------------------------------

@pytest.mark.parametrize("lang", OTHERS)
@pytest.mark.parametrize("stored", KNOWN)
def test_every_stored_reason_has_a_translation(lang: str, stored: str) -> None:
    said = reason_text(stored, translator(lang))
    assert said and said != stored


@pytest.mark.parametrize("lang", OTHERS)
def test_a_trailing_full_stop_is_forgiven_and_kept(lang: str) -> None:
    tr = translator(lang)
    plain = reason_text(WAIT_ALL_FULL, tr)
    assert reason_text(WAIT_ALL_FULL + ".", tr) == plain + "."  # the demo company writes it so
    assert reason_text("  " + WAIT_NO_LANGUAGE + " ", tr) == reason_text(WAIT_NO_LANGUAGE, tr)
    assert reason_text("The program is full", tr) == reason_text("The program is full.", tr).removesuffix(".")


@pytest.mark.parametrize(("lang", "language", "chain", "expected"), [
    ("pl", 1, 3, "Żaden mentor nie jest dozwolony: 1 nie mówi w ich języku, a 3 są w ich linii służbowej albo "
                 "zostali wykluczeni przez HR."),
    ("pl", 5, 1, "Żaden mentor nie jest dozwolony: 5 nie mówi w ich języku, a 1 jest w ich linii służbowej albo "
                 "został wykluczony przez HR."),
    ("de", 2, 1, "Kein Mentor ist zulässig: 2 sprechen ihre Sprache nicht und 1 steht in ihrer Führungslinie "
                 "oder wurde von HR ausgeschlossen."),
    ("en", 1, 2, "No mentor is allowed: 1 shares no language with them and 2 are in their management chain "
                 "or were excluded by HR."),
])
def test_a_counted_reason_is_read_back_into_its_numbers(lang: str, language: int, chain: int,
                                                        expected: str) -> None:
    stored = WAIT_NOT_ALLOWED % {"language": language, "chain": chain}
    assert reason_text(stored, translator(lang)) == expected


@pytest.mark.parametrize("typed", ["Starts after parental leave", "Every suitable mentor is full, says Ana",
                                   "No mentor is allowed: many", "", "Waiting for a mentor in their branch."])
def test_hr_s_own_words_are_shown_as_typed(typed: str) -> None:
    assert reason_text(typed, translator("pl")) == typed


# -- through the service: run, approve, read again ------------------------------------------------

def _person(emp: str, name: str, *, capacity: int | None = None, languages: tuple[str, ...] = ("en",)) -> Person:
    return Person(employee_id=emp, name=name, email=f"{emp.lower()}@example.com", department="Sales",
                  branch="Rotterdam", hire_date=dt.date(2015 if capacity else 2024, 1, 1), languages=languages,
                  mentor_capacity=capacity, portrait=(PortraitEntry("Negotiation", 5 if capacity else 1, 5),),
                  role="mentor" if capacity else "mentee")


def make_cohort(db: Database) -> tuple[str, dict[str, str]]:
    """One mentor with one place; Ben and Clo share her language, Piotr speaks only Polish."""
    ids = {p.employee_id: people.add_person(db, p) for p in [
        _person("MIA", "Mia Mentor", capacity=1), _person("BEN", "Ben New"), _person("CLO", "Clo New"),
        _person("PIO", "Piotr New", languages=("pl",))]}
    pid = programs.create_program(db, Program(name="Leaders", relationship_months=6, cadence="monthly"))
    programs.enrol(db, pid, ids["MIA"], "mentor", status="accepted")
    for emp in ("BEN", "CLO", "PIO"):
        programs.enrol(db, pid, ids[emp], "mentee", status="accepted")
    return pid, ids


def stored_reasons(db_path: Path) -> set[str]:
    conn = sqlite3.connect(db_path)
    try:
        return {r[0] for r in conn.execute("SELECT reason FROM participants WHERE status = 'waitlisted'")}
    finally:
        conn.close()


@pytest.mark.parametrize("lang", ["de", "pl"])
def test_the_run_shows_the_reader_s_language_and_the_file_keeps_english(db: Database, db_path: Path,
                                                                         lang: str) -> None:
    pid, _ids = make_cohort(db)
    use_language(lang)
    run = matching.run_match(db, pid, today=TODAY)
    assert sorted(w.reason for w in run.waiting) == sorted(SAID[lang].values())
    matching.approve(db, pid, run, today=TODAY)
    assert stored_reasons(db_path) == set(SAID[lang])  # English in the file, whoever approved

    other = "pl" if lang == "de" else "de"
    use_language(other)  # a colleague reads the same file in another language
    held = {w.reason for w in matching.waiting_list(db, pid)}
    assert held == {matching_held(other, r) for r in SAID[other].values()}
    details = [i.detail for i in attention.attention_list(db, today=TODAY) if i.kind == "waiting_list"]
    assert len(details) == 2
    for said in SAID[other].values():
        assert sum(d.endswith(": " + said) for d in details) == 1, details


def matching_held(lang: str, reason: str) -> str:
    return translator(lang).gettext("On the waiting list: %(reason)s") % {"reason": reason}


def test_a_job_shadowing_program_s_hosts_are_stored_in_english_and_said_translated(db: Database,
                                                                                   db_path: Path) -> None:
    pid = programs.create_program(db, Program(name="Shadow", kind="job_shadowing", relationship_months=1,
                                              cadence="monthly", host="Finance", visits=2, visit_hours=4))
    mentee = people.add_person(db, _person("BEN", "Ben New"))
    programs.enrol(db, pid, mentee, "mentee", status="accepted")
    use_language("de")
    run = matching.run_match(db, pid, today=TODAY)
    assert [w.reason for w in run.waiting] == ["In diesem Programm gibt es noch keine Gastgeber"]
    matching.approve(db, pid, run, today=TODAY)
    assert stored_reasons(db_path) == {HOST_WORDS[WAIT_NO_MENTORS]}


# -- through a real CLI process ----------------------------------------------------------------------

def cli(home: Path, lang: str, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES")}
    env.update({"MENTORDESK_LANG": lang, "LANG": "C.UTF-8", "PYTHONPATH": str(ROOT),
                "MENTORDESK_CONFIG_DIR": str(home / "config"), "MENTORDESK_DATA_DIR": str(home / "data")})
    return subprocess.run([sys.executable, "-m", "mentordesk", *args], capture_output=True, text=True,
                          timeout=120, env=env, cwd=str(home), check=False)


@pytest.mark.parametrize("lang", ["de", "pl"])
def test_cli_match_says_the_reasons_in_the_user_s_language(tmp_path: Path, db_path: Path, lang: str) -> None:
    db = Database.open(db_path)
    try:
        make_cohort(db)
    finally:
        db.close()
    done = cli(tmp_path, lang, "--db", str(db_path), "match", "--program", "Leaders", "--apply")
    assert done.returncode == 0, done.stderr
    for said in SAID[lang].values():
        assert said in done.stdout, done.stdout
    assert stored_reasons(db_path) == set(SAID[lang])
    assert "Every suitable" not in done.stdout and "No mentor shares" not in done.stdout
