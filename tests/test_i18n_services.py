"""The services' own sentences in the user's language (issue 12): a busy file, another company's
file refused by the merge, the merge summary, the Undo menu's label, in German, Polish (plural
forms for 1, 2 and 5) and English, through the real services on real files, and once through
the real CLI process with LANG=es_ES.UTF-8."""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from mentordesk import i18n
from mentordesk.errors import StorageError
from mentordesk.models import Person
from mentordesk.services import people, undo
from mentordesk.services.files import merge_file
from mentordesk.storage.database import Database
from mentordesk.storage.merge_result import OtherCompanyError, changes_text
from tests.privacy_setup import make_demo

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def speak():
    """Switch the process language like the window and the CLI do; English again afterwards."""
    yield i18n.use_language
    i18n.use_language("en")


def _demo(path: Path) -> Path:
    make_demo(path)  # the shared builder (tests/privacy_setup.py)
    return path


class _Locker:
    """Another real process holding the file's write lock until told to let go."""

    def __init__(self, path: Path) -> None:
        code = ("import sqlite3, sys\n"
                f"c = sqlite3.connect({str(path)!r}, isolation_level=None)\n"
                "c.execute('BEGIN IMMEDIATE')\nprint('locked', flush=True)\nsys.stdin.readline()\n")
        self.proc = subprocess.Popen([sys.executable, "-c", code], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                     text=True)
        assert self.proc.stdout.readline().strip() == "locked"  # waits on the real lock being taken

    def release(self) -> None:
        self.proc.communicate("go\n", timeout=30)


@pytest.mark.parametrize(("lang", "expected"), [
    ("de", "Jemand anderes speichert gerade in diese Datei; versuchen Sie es gleich noch einmal."),
    ("pl", "Ktoś inny właśnie zapisuje ten plik; spróbuj ponownie za chwilę. Nic nie zapisano."),
    ("en", "Someone else is saving to this file; try again in a moment. Nothing was saved."),
])
def test_a_busy_file_is_explained_in_the_language(tmp_path, monkeypatch, speak, lang, expected):
    monkeypatch.setenv("MENTORDESK_WRITE_WAIT", "0")
    db = Database.open(tmp_path / "busy.db")
    locker = _Locker(db.path)
    try:
        speak(lang)
        with pytest.raises(StorageError) as caught:
            people.add_person(db, Person(employee_id="E1", name="Ana Nowak", email="ana@example.pl"))
    finally:
        locker.release()
        db.close()
    assert expected in str(caught.value)
    assert lang == "en" or "Nothing was saved" not in str(caught.value)
    db = Database.open(tmp_path / "busy.db")  # nothing was written while it was busy
    try:
        assert people.list_people(db) == []
    finally:
        db.close()


@pytest.mark.parametrize(("lang", "expected", "english"), [
    ("de", ["scheint die Datei eines anderen Unternehmens zu sein", "Es wurde nichts geändert."], "seems to be"),
    ("pl", ["wygląda na plik innej firmy", "Nic nie zmieniono."], "seems to be"),
    ("en", ["seems to be another company's file (it was created as another company's file)",
            "Nothing was changed."], "scheint"),
])
def test_another_companys_file_is_refused_in_the_language(tmp_path, speak, lang, expected, english):
    ours, theirs = _demo(tmp_path / "ours.db"), _demo(tmp_path / "theirs.db")
    before = ours.read_bytes()
    speak(lang)
    db = Database.open(ours)
    try:
        with pytest.raises(OtherCompanyError) as caught:
            merge_file(db, theirs)
    finally:
        db.close()
    text = str(caught.value)
    assert "theirs.db" in text
    for part in expected:
        assert part in text, (lang, part, text)
    assert english not in text
    assert ours.read_bytes() == before


@pytest.mark.parametrize(("lang", "expected"), [
    ("pl", "dodano: 1 osoba, zaktualizowano: 2 osoby, usunięto: 5 osób, połączono z duplikatem: 22 osoby"),
    ("de", "1 Person hinzugefügt, 2 Personen aktualisiert, 5 Personen gelöscht, "
           "22 Personen mit einem Duplikat zusammengelegt"),
    ("es", "se añadió 1 persona, se actualizaron 2 personas, se eliminaron 5 personas, "
           "se unieron 22 personas con un duplicado"),
    ("en", "1 person added, 2 people updated, 5 people deleted, 22 people joined with a duplicate"),
])
def test_merge_counts_take_the_languages_plural_forms(speak, lang, expected):
    speak(lang)
    assert changes_text("people", {"inserted": 1, "updated": 2, "deleted": 5, "merged": 22}) == expected


def _add_people(path: Path, n: int) -> None:
    db = Database.open(path)
    try:
        for i in range(n):
            people.add_person(db, Person(employee_id=f"N{i}", name=f"Nowa Osoba {i}", email=f"n{i}@example.pl"))
    finally:
        db.close()


@pytest.mark.parametrize(("lang", "n", "head", "line"), [
    ("de", 1, "%s zusammengeführt (von: ", "1 Person hinzugefügt"),
    ("pl", 2, "Scalono plik %s (z: ", "dodano: 2 osoby"),
    ("pl", 5, "Scalono plik %s (z: ", "dodano: 5 osób"),
    ("en", 5, "Merged %s (from: ", "5 people added"),
])
def test_a_real_merge_summary_in_the_language(tmp_path, speak, lang, n, head, line):
    ours = _demo(tmp_path / "ours.db")
    branch = tmp_path / "branch.db"
    shutil.copyfile(ours, branch)
    _add_people(branch, n)
    speak(lang)
    db = Database.open(ours)
    try:
        dry = merge_file(db, branch, dry_run=True)
        done = merge_file(db, branch)
    finally:
        db.close()
    summary = done.summary_text()
    assert summary.startswith(head % "branch.db"), summary
    assert f"  {line}" in summary.splitlines(), summary
    assert dry.summary_lines() == done.summary_lines()


@pytest.mark.parametrize(("lang", "count", "label", "lost"), [
    ("de", 2, "Import von people.csv", "Seitdem vorgenommene Änderungen gehen ebenfalls verloren: 2 Personen."),
    ("pl", 5, "import pliku people.csv", "Zmiany wprowadzone od tego czasu również zostaną utracone: 5 osób."),
    ("es", 1, "importación de people.csv", "También se pierden los cambios hechos desde entonces: 1 persona."),
    ("en", 5, "import of people.csv", "Changes made since then are lost too: 5 people."),
])
def test_the_undo_label_is_said_in_the_readers_language(tmp_path, speak, lang, count, label, lost):
    path = _demo(tmp_path / "acme.db")
    speak("nl")  # the action is done in Dutch; whoever reads the menu later reads their own language
    db = Database.open(path)
    try:
        with undo.undoable(db, "import", undo.import_label("people.csv")):
            pass
        assert undo.last_undo(db).label == "import van people.csv"
    finally:
        db.close()
    _add_people(path, count)
    speak(lang)
    db = Database.open(path)
    try:
        point = undo.last_undo(db)
        assert point.label == label
        assert undo.loss_sentence(undo.changes_since(db, point)) == lost
    finally:
        db.close()


def test_polish_loss_sentence_has_three_forms(speak):
    speak("pl")
    said = [undo.loss_sentence({"people": n}) for n in (1, 2, 5)]
    assert [s.rsplit(": ", 1)[1] for s in said] == ["1 osoba.", "2 osoby.", "5 osób."]
    assert undo.loss_sentence({"people": 2, "meetings": 1, "snoozes": 5}) == (
        "Zmiany wprowadzone od tego czasu również zostaną utracone: 2 osoby, 1 spotkanie i 5 innych zmian.")


@pytest.mark.slow
def test_the_cli_refuses_another_companys_file_in_spanish(tmp_path):
    from tests.adversarial.conftest import run_cli

    ours, theirs = _demo(tmp_path / "ours.db"), _demo(tmp_path / "theirs.db")
    done = run_cli(tmp_path, "--db", str(ours), "merge", str(theirs), LANG="es_ES.UTF-8", MENTORDESK_LANG="",
                   LANGUAGE="", LC_ALL="", LC_MESSAGES="")
    assert done.returncode == 1, done.stderr
    assert "theirs.db parece ser el archivo de otra empresa (se creó como archivo de otra empresa)." in done.stderr
    assert "No se ha cambiado nada." in done.stderr
    assert "seems to be" not in done.stderr and "Traceback" not in done.stderr


@pytest.mark.parametrize(("locale", "found", "expected"), [("de_DE", True, "de"), ("pl_PL", True, "pl"),
                                                           ("fr_FR", False, "en")])
def test_the_window_makes_the_services_speak_its_language(speak, locale, found, expected):
    """ui/app.py: the language the window's translator was loaded for is the services' language too
    (French has no MentorDesk translation, so the window and its messages are English)."""
    from PySide6.QtCore import QLocale

    from ui.app import use_window_language

    speak("es")
    assert use_window_language(QLocale(locale), found) == expected
    assert i18n.gettext("The merge was cancelled. Nothing was changed.") == i18n.translator(expected).gettext(
        "The merge was cancelled. Nothing was changed.")
    assert (expected == "en") == (i18n.gettext("This file is open for reading only.")
                                  == "This file is open for reading only.")


@pytest.mark.parametrize(("lang", "expected"), [
    ("de", ["acme.db ist die in MentorDesk geöffnete Unternehmensdatei",
            "Es wurde nichts geschrieben, und die Unternehmensdatei ist unverändert.",
            "Wählen Sie einen anderen Namen oder Ordner."]),
    ("pl", ["acme.db to plik firmy otwarty w MentorDesk", "Nic nie zapisano, a plik firmy pozostał bez zmian."]),
    ("en", ["acme.db is the company file that is open in MentorDesk",
            "Nothing was written and the company file is unchanged. Choose another name or folder."]),
])
def test_a_backup_over_the_company_file_is_refused_in_the_language(demo_file, speak, lang, expected):
    from mentordesk.services.files import backup_now
    from mentordesk.storage.outputs import OutputRefused

    before = demo_file.read_bytes()
    speak(lang)
    db = Database.open(demo_file)
    try:
        with pytest.raises(OutputRefused) as caught:
            backup_now(db, demo_file)
    finally:
        db.close()
    for part in expected:
        assert part in str(caught.value), (lang, part, str(caught.value))
    assert demo_file.read_bytes() == before


@pytest.mark.parametrize(("lang", "expected"), [
    ("pl", "Ten plik jest skopiowany tylko częściowo ("),
    ("es", "Este archivo solo se ha copiado en parte ("),
    ("en", "This file is only partly copied ("),
])
def test_a_half_copied_file_is_explained_in_the_language(demo_file, tmp_path, speak, lang, expected):
    from mentordesk.storage.filecheck import check_file

    half = tmp_path / "half.db"
    data = demo_file.read_bytes()
    half.write_bytes(data[: len(data) // 2])
    speak(lang)
    verdict = check_file(half)
    assert verdict.status == "truncated"
    assert verdict.message.startswith(expected), verdict.message


@pytest.mark.parametrize(("made_in", "read_in", "printed", "recorded"), [
    ("de", "pl", ["Mentoring-Check-in", "Wie läuft es?", "Vertrauen und Respekt"], "zapisano check-in z terminem"),
    ("pl", "en", ["Check-in mentoringu", "Jak idzie?", "Zaufanie i szacunek"], "recorded the check-in due"),
    ("es", "de", ["Seguimiento de mentoría", "¿Cómo va?", "Confianza y respeto"], "Check-in fällig am"),
])
def test_a_checkin_form_is_printed_in_the_language_and_read_back_in_any(tmp_path, demo_file, speak, made_in, read_in,
                                                                         printed, recorded):
    """The form speaks its reader's language; the import recognises it by its fields, not its words."""
    from pypdf import PdfReader

    from mentordesk.services import checkin_forms as svc
    from tests.checkin_form_tools import active_rel, all_answers, fill_pypdf, forms_for

    db = Database.open(demo_file)
    try:
        rel_id = active_rel(db, 1)
        speak(made_in)
        form = forms_for(db, rel_id, tmp_path / "out")["mentor"]
        text = " ".join(" ".join((page.extract_text() or "").split()) for page in PdfReader(form).pages)
        for words in printed:
            assert words in text, (made_in, words, text[:400])
        assert "How is it going?" not in text
        back = fill_pypdf(form, tmp_path / "back.pdf", all_answers(4), "2")
        speak(read_in)
        [outcome] = svc.import_forms(db, [back])
    finally:
        db.close()
    assert outcome.status == svc.IMPORTED, outcome.message
    assert recorded in outcome.message


@pytest.mark.parametrize(("lang", "n", "expected"), [
    ("pl", 1, "1 plik: 1 uszkodzony plik."), ("pl", 2, "2 pliki: 2 uszkodzone pliki."),
    ("pl", 5, "5 plików: 5 uszkodzonych plików."), ("de", 2, "2 Dateien: 2 beschädigte Dateien."),
    ("en", 1, "1 file: 1 damaged file."),
])
def test_the_form_import_summary_counts_in_the_language(demo_file, tmp_path, speak, lang, n, expected):
    from mentordesk.services import checkin_forms as svc

    for i in range(n):
        (tmp_path / f"broken{i}.pdf").write_bytes(b"%PDF-1.7\n" + bytes(300))
    speak(lang)
    db = Database.open(demo_file)
    try:
        outcomes = svc.import_forms(db, [tmp_path / f"broken{i}.pdf" for i in range(n)])
    finally:
        db.close()
    assert svc.summary_line(outcomes) == expected
    assert all(o.status == svc.DAMAGED for o in outcomes)


@pytest.mark.parametrize(("lang", "greeting", "subject"), [
    ("pl", "Drodzy ", "Przedstawiam partnera do mentoringu: "),
    ("nl", "Beste ", "Kennismaking met je mentoringpartner: "),
    ("en", "Dear ", "Introducing your mentoring partner: "),
])
def test_the_introduction_draft_uses_the_language_of_its_writer(tmp_path, demo_file, speak, lang, greeting, subject):
    from email import message_from_bytes, policy

    from mentordesk.services import invitations
    from mentordesk.services import relationships as rel_svc
    from tests.checkin_form_tools import active_rel

    db = Database.open(demo_file)
    try:
        rel_id = active_rel(db, 1)
        start = rel_svc.get_relationship(db, rel_id).summary.start
        speak(lang)
        draft = invitations.write_introduction(db, rel_id, tmp_path / "drafts", today=start)
    finally:
        db.close()
    mail = message_from_bytes(draft.eml.read_bytes(), policy=policy.default)
    body = mail.get_body(("plain",)).get_content()
    assert str(mail["Subject"]).startswith(subject)
    assert body.startswith(greeting) and "$" not in body
    assert lang == "en" or "Why you were paired" not in body


@pytest.mark.parametrize(("lang", "themself", "reason"), [
    ("de", "kann nicht sich selbst mentorieren.", "Geben Sie einen Grund an, wenn ein Tandem vorzeitig endet."),
    ("pl", "nie może być mentorem samego siebie.", "Podaj powód, gdy relacja kończy się wcześniej."),
    ("en", "cannot mentor themself.", "Give a reason when a relationship ends early."),
])
def test_relationship_refusals_in_the_language(demo_file, speak, lang, themself, reason):
    from mentordesk.errors import ValidationError
    from mentordesk.services import relationships as rel_svc
    from tests.checkin_form_tools import active_rel

    db = Database.open(demo_file)
    try:
        rel_id = active_rel(db, 1)
        mentor_id = rel_svc.get_relationship(db, rel_id).summary.mentor_id
        speak(lang)
        with pytest.raises(ValidationError) as same:
            rel_svc.start_relationship(db, mentor_id, mentor_id)
        with pytest.raises(ValidationError) as early:
            rel_svc.close(db, rel_id, "ended_early_by_agreement")
        still = rel_svc.get_relationship(db, rel_id).summary.status
    finally:
        db.close()
    assert themself in str(same.value)
    assert reason in early.value.problems
    assert still == "active"


@pytest.mark.parametrize(("lang", "n", "head", "line"), [
    ("pl", 1, "nie można przyjąć 1 jego wpisu", "czas ostatniej zmiany 'yesterday' nie jest datą i godziną"),
    ("pl", 2, "nie można przyjąć 2 jego wpisów", "czas ostatniej zmiany 'yesterday' nie jest datą i godziną"),
    ("de", 5, "5 ihrer Einträge können nicht übernommen werden",
     "Der Zeitpunkt der letzten Änderung 'yesterday' ist kein Datum mit Uhrzeit"),
    ("en", 5, "5 of its entries cannot be taken in", "the time it was last changed 'yesterday' is not a date and time"),
])
def test_a_damaged_branch_file_is_refused_in_the_language(tmp_path, speak, lang, n, head, line):
    import sqlite3

    from mentordesk.storage.merge_result import MergeRefused

    ours = _demo(tmp_path / "ours.db")
    branch = tmp_path / "branch.db"
    shutil.copyfile(ours, branch)
    conn = sqlite3.connect(branch)
    conn.execute("UPDATE people SET updated_at = 'yesterday' WHERE rowid IN "
                 "(SELECT rowid FROM people ORDER BY rowid LIMIT ?)", (n,))
    conn.commit()
    conn.close()
    before = ours.read_bytes()
    speak(lang)
    db = Database.open(ours)
    try:
        with pytest.raises(MergeRefused) as caught:
            merge_file(db, branch)
    finally:
        db.close()
    text = str(caught.value)
    assert head in text, text[:300]
    assert text.count(line) == n, text[:600]
    assert ours.read_bytes() == before


@pytest.mark.parametrize(("lang", "words"), [
    ("de", {"Gleicher Standort", "Anderer Standort", "Kein geäußerter Wunsch", "Gemeinsame Sprache",
            "Gleiche Abteilung", "Andere Abteilung", "Mentor ist länger dabei", "Mentor ist nicht länger dabei",
            "Standort nicht berücksichtigt", "Sprache unbekannt", "Keine Entwicklungslücken erfasst"}),
    ("pl", {"Ten sam oddział", "Inny oddział", "Brak wskazanej preferencji", "Wspólny język", "Ten sam dział",
            "Inny dział", "Mentor ma dłuższy staż", "Mentor nie ma dłuższego stażu", "Oddział nieuwzględniony",
            "Język nieznany", "Brak zapisanych luk rozwojowych"}),
])
def test_a_proposals_reasons_are_said_in_the_language(demo_file, speak, lang, words):
    """The reasons the Matching screen shows beside a proposal (label and sentence) come from the core."""
    from mentordesk.services import matching

    db = Database.open(demo_file)
    try:
        program_id = db.query("SELECT id FROM programs WHERE deleted_at IS NULL ORDER BY name")[0]["id"]
        speak(lang)
        run = matching.run_match(db, program_id)
    finally:
        db.close()
    reasons = [r for p in run.proposals for r in p.reasons]
    assert reasons
    shown = {r.label for r in reasons}
    assert shown & words, shown
    assert not shown & {"Same branch", "Different branch", "No stated preference", "Shared language"}, shown
    gaps = [r.label for r in reasons if r.key == "gaps" and "%" not in r.label]
    assert gaps and all(not g.startswith("Covers") for g in gaps)


def _error_classes(files: list[Path]) -> set[str]:
    """Every MentorDeskError subclass defined in `files` (by its bases' names, to a fixed point)."""
    bases: dict[str, set[str]] = {}
    for path in files:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                bases.setdefault(node.name, set()).update(
                    b.id if isinstance(b, ast.Name) else b.attr if isinstance(b, ast.Attribute) else ""
                    for b in node.bases)
    found = {"MentorDeskError"}
    while True:
        more = {name for name, of in bases.items() if of & found} - found
        if not more:
            return found
        found |= more


def test_no_sentence_for_the_user_is_raised_untranslated():
    """The class, not the examples: no MentorDeskError in the core is made from a bare literal or an
    f-string (which gettext cannot look up); each goes through _()/ngettext. CLI texts are checked
    by tests/test_cli_i18n.py."""
    core = ROOT / "mentordesk"
    scope = [p for sub in ("storage", "services", "relationship_rules", "io", "matching") for p in
             sorted((core / sub).glob("*.py"))] + [core / "errors.py", core / "validation.py", core / "demo.py"]
    errors = _error_classes([*scope, core / "people_csv" / "model.py"])
    assert {"StorageError", "MergeRefused", "OutputRefused", "ValidationError"} <= errors
    offenders = []
    for path in scope:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and node.args:
                name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", "")
                first = node.args[0]
                if name in errors and (isinstance(first, ast.JoinedStr) or (
                        isinstance(first, ast.Constant) and isinstance(first.value, str))):
                    offenders.append(f"{path.relative_to(ROOT)}:{node.lineno} {name}")
    assert offenders == []
