"""Importing people as HR systems export them: the preview, column mapping, Windows text, duplicates.

Real company files and real CSV files; the preview is checked against what the import then
really does, and "writes nothing" against every row of the file.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from mentordesk import people_csv
from mentordesk.models import Person
from mentordesk.services import people, people_import, undo
from mentordesk.storage.database import Database

FORMAT_HEADER = "employee_id,name,email,department,title,competencies,notes,archived\n"


@pytest.fixture
def db(tmp_path: Path):
    database = Database.open(tmp_path / "company.db")
    yield database
    database.close()


def write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


def all_rows(path: Path) -> list[tuple]:
    """Every row of every table of the file: what "nothing was written" is compared on."""
    conn = sqlite3.connect(path)
    try:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        return [(t, *row) for t in tables for row in conn.execute(f"SELECT * FROM \"{t}\" ORDER BY rowid")]
    finally:
        conn.close()


def preview_then_import(db: Database, path: Path, **options):
    preview = people_import.preview_import(db, path, **options)
    report = people_import.import_file(db, path, **options)
    return preview, report


# -- the preview says what the import does ---------------------------------------------------------

def test_preview_counts_match_the_import_in_every_form(db: Database, tmp_path: Path) -> None:
    first = write(tmp_path / "a.csv", FORMAT_HEADER + "E1,Ann de Vries,ann@example.com,Sales,Rep,Excel:2,hello,\n"
                  "E2,Bo Li,bo@example.com,IT,Dev,,,\nE3,Cy Ito,cy@example.com,IT,Dev,,,no\n")
    preview, report = preview_then_import(db, first)
    assert [c.employee_id for c in preview.new] == ["E1", "E2", "E3"] and not preview.changed
    assert (len(preview.new), len(preview.changed), preview.unchanged) == (report.added, report.updated,
                                                                            report.unchanged) == (3, 0, 0)
    preview, report = preview_then_import(db, first)  # the same file again: nothing changes
    assert (len(preview.new), len(preview.changed), preview.unchanged) == (0, 0, 3) == (
        report.added, report.updated, report.unchanged)
    second = write(tmp_path / "b.csv", FORMAT_HEADER + "E1,Ann de Vries,ann@example.com,Finance,Rep,Excel:3,,\n"
                   "E2,Bo Li,bo@example.com,IT,Lead,,,yes\nE3,Cy Ito,cy@example.com,IT,Dev,,,\n"
                   "E4,Di Oz,di@example.com,HR,,,,\n")
    preview, report = preview_then_import(db, second)
    fields = {c.employee_id: set(c.fields) for c in preview.changed}
    # notes left empty keep what is stored; an empty archived cell keeps the state
    assert fields == {"E1": {"department", "competencies"}, "E2": {"title", "archived"}}
    assert [c.employee_id for c in preview.archived] == ["E2"] and not preview.unarchived
    assert (len(preview.new), len(preview.changed), preview.unchanged) == (report.added, report.updated,
                                                                            report.unchanged) == (1, 2, 1)
    back = write(tmp_path / "c.csv", FORMAT_HEADER + "E2,Bo Li,bo@example.com,IT,Lead,,,no\n")
    preview, report = preview_then_import(db, back)
    assert [c.employee_id for c in preview.unarchived] == ["E2"] and preview.changed[0].fields == ("archived",)
    assert report.updated == 1


def test_preview_writes_nothing_even_for_a_changing_file(db: Database, tmp_path: Path) -> None:
    people.add_person(db, Person(employee_id="E1", name="Ann", email="ann@example.com", department="Sales"))
    before = all_rows(db.path)
    source = write(tmp_path / "p.csv", FORMAT_HEADER + "E1,Ann,ann@example.com,IT,,Excel:1>3,,yes\n"
                   "E2,Bo,bo@example.com,IT,,,,\n")
    preview = people_import.preview_import(db, source)
    assert preview.ok and len(preview.new) == 1 and len(preview.changed) == 1
    assert all_rows(db.path) == before
    assert undo.last_undo(db) is None  # no backup recorded as an import either


def test_bad_lines_are_in_the_preview_with_their_numbers(db: Database, tmp_path: Path) -> None:
    source = write(tmp_path / "p.csv", FORMAT_HEADER + "E1,Ann,ann@example.com,,,,,\nE2,,bo@example.com,,,,,\n"
                   "E3,Cy,not-an-address,,,,,\nE4,Di,di@example.com,,,Excel:9,,\n")
    preview = people_import.preview_import(db, source)
    assert not preview.ok
    assert [p.line for p in preview.problems] == [3, 4, 5]
    assert [c.employee_id for c in preview.new] == ["E1"]  # the good rows are still shown


# -- Windows text ----------------------------------------------------------------------------------

@pytest.mark.parametrize("name, encoding", [
    ("María José Núñez", "cp1252"), ("Jürgen Weiß", "cp1252"), ("François Lefèvre", "cp1252"),
    ("Bartłomiej Żółć", "cp1250"), ("Łucja Wąs", "cp1250"),
])
def test_windows_text_is_named_and_read_only_when_chosen(db: Database, tmp_path: Path, name: str,
                                                         encoding: str) -> None:
    source = write(tmp_path / "p.csv", f"employee_id,name,email\nE1,{name},e1@example.com\n", encoding)
    look = people_import.inspect_file(db, source)
    assert look.problem is not None and look.suggested_encoding == encoding
    assert not people_import.preview_import(db, source).ok  # never decoded without being asked
    people_import.import_file(db, source, encoding=encoding)
    assert [p.name for p in people.list_people(db)] == [name]


def test_a_utf8_file_is_never_read_as_windows_text(db: Database, tmp_path: Path) -> None:
    source = write(tmp_path / "p.csv", "employee_id,name,email\nE1,María José Núñez,e1@example.com\n")
    assert people_import.inspect_file(db, source).suggested_encoding is None
    people_import.import_file(db, source, encoding="cp1252")  # a remembered or typed choice
    assert [p.name for p in people.list_people(db)] == ["María José Núñez"]


@pytest.mark.parametrize("data", [bytes(range(256)) * 8, b"\x89PNG\r\n\x1a\n" + bytes(300),
                                  "employee_id\tname\n".encode("utf-16-le")])
def test_binary_files_get_no_encoding_offer(db: Database, tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "p.csv"
    path.write_bytes(data)
    look = people_import.inspect_file(db, path)
    assert look.problem is not None and look.suggested_encoding is None


# -- column mapping --------------------------------------------------------------------------------

@pytest.mark.parametrize("header", [
    ["Employee Number", "First Name", "Last Name", "E-Mail", "Department"],
    ["Número de empleado", "Nombre", "Apellidos", "Correo electrónico", "Departamento"],
    ["Personeelsnummer", "Voornaam", "Achternaam", "E-mailadres", "Afdeling"],
    ["Personalnummer", "Vorname", "Nachname", "E-Mail-Adresse", "Abteilung"],
    ["Nr ewidencyjny", "Imię", "Nazwisko", "Adres e-mail", "Dział"],
])
def test_common_headers_are_guessed_in_five_languages(db: Database, tmp_path: Path, header: list[str]) -> None:
    rows = ["E1;Ana;Gómez Ruiz;ana@example.com;Ventas", "E2;Piotr;Łaski;piotr@example.com;IT"]
    source = write(tmp_path / "p.csv", ";".join(header) + "\n" + "\n".join(rows) + "\n")
    look = people_import.inspect_file(db, source)
    assert look.needs_mapping and not look.remembered
    assert [look.mapping.get(h) for h in header] == ["employee_id", "first_name", "last_name", "email", "department"]
    people_import.import_file(db, source, mapping=look.mapping, fingerprint=look.fingerprint)
    found = {p.employee_id: (p.name, p.department) for p in people.list_people(db)}
    assert found == {"E1": ("Ana Gómez Ruiz", "Ventas"), "E2": ("Piotr Łaski", "IT")}


def test_last_name_first_in_the_file_still_makes_first_last(db: Database, tmp_path: Path) -> None:
    source = write(tmp_path / "p.csv", "Surname,Given Name,Staff ID,Work Email\nNúñez,José,7,jose@example.com\n")
    look = people_import.inspect_file(db, source)
    people_import.import_file(db, source, mapping=look.mapping)
    assert [p.name for p in people.list_people(db)] == ["José Núñez"]


def test_ambiguous_headers_are_left_to_hr(db: Database, tmp_path: Path) -> None:
    source = write(tmp_path / "p.csv", "Employee ID,Full Name,Display Name,Email\n1,A B,AB,a@example.com\n")
    look = people_import.inspect_file(db, source)
    assert "Full Name" not in look.mapping and "Display Name" not in look.mapping  # both would be the name
    assert look.mapping["Employee ID"] == "employee_id"


def test_a_confirmed_mapping_is_remembered_in_the_file_and_travels_with_it(db: Database, tmp_path: Path) -> None:
    header = "Emp Code,Who,Mail Address,Kostenstelle\n"
    source = write(tmp_path / "p.csv", header + "1,Ann Lee,ann@example.com,K1\n")
    look = people_import.inspect_file(db, source)
    assert "Emp Code" not in look.mapping  # not a known name: HR has to say it
    chosen = {"Emp Code": "employee_id", "Who": "name", "Mail Address": "email", "Kostenstelle": ""}
    people_import.import_file(db, source, mapping=chosen, fingerprint=look.fingerprint)
    again = people_import.inspect_file(db, write(tmp_path / "q.csv", header.upper() + "2,Bo,bo@example.com,K2\n"))
    assert again.remembered and again.fingerprint == look.fingerprint
    assert {k.lower(): v for k, v in again.mapping.items()} == {k.lower(): v for k, v in chosen.items()}
    other = people_import.inspect_file(db, write(tmp_path / "r.csv", "Emp Code,Who,Mail Address\n"))
    assert not other.remembered
    copy = tmp_path / "laptop2.db"
    db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    shutil.copy(db.path, copy)
    with_copy = Database.open(copy)
    try:
        assert people_import.inspect_file(with_copy, source).mapping == chosen
    finally:
        with_copy.close()


def test_undoing_the_import_keeps_the_mapping(db: Database, tmp_path: Path) -> None:
    source = write(tmp_path / "people.csv", "Emp Code,Who,Mail Address\n1,Ann Lee,ann@example.com\n")
    look = people_import.inspect_file(db, source)
    mapping = {"Emp Code": "employee_id", "Who": "name", "Mail Address": "email"}
    people_import.import_file(db, source, mapping=mapping, fingerprint=look.fingerprint)
    point = undo.last_undo(db)
    assert point is not None and "people.csv" in str(point.label)
    db.close()
    undo.undo(db.path, point)
    reopened = Database.open(db.path)
    try:
        assert people.count(reopened) == 0
        assert people_import.inspect_file(reopened, source).mapping == mapping
    finally:
        reopened.close()


# -- likely duplicates -----------------------------------------------------------------------------

def test_likely_duplicates_are_listed_not_merged(db: Database, tmp_path: Path) -> None:
    people.add_person(db, Person(employee_id="E1", name="María José Núñez", email="mj@example.com"))
    people.add_person(db, Person(employee_id="E2", name="Piotr Łaski", email="piotr@example.com"))
    source = write(tmp_path / "p.csv", "employee_id,name,email\n"
                   "E1,María José Núñez,mj@example.com\n"      # the same person, same ID: not a duplicate
                   "X9,maria jose nunez,other@example.com\n"   # same name folded, another ID
                   "X8,\"Laski, Piotr\",pl@example.com\n"       # same words in another order
                   "X7,Anna Kowalska,ak1@example.com\n"
                   "X6,ANNA KOWALSKA,ak2@example.com\n"        # twice in the file under two IDs
                   "X5,Anna Kowalski,ak3@example.com\n")       # a different name
    preview = people_import.preview_import(db, source)
    found = {(d.employee_id, d.other_employee_id, d.stored, d.line) for d in preview.duplicates}
    assert found == {("X9", "E1", True, 3), ("X8", "E2", True, 4), ("X6", "X7", False, 6)}
    assert preview.ok
    report = people_import.import_file(db, source)
    assert report.added == 5 and people.count(db) == 7  # imported all the same, nobody merged


# -- the command line ------------------------------------------------------------------------------

def cli(home: Path, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "MENTORDESK_CONFIG_DIR": str(home / "config"), "MENTORDESK_DATA_DIR": str(home / "data"),
           "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "MENTORDESK_LANG": "en"}
    return subprocess.run([sys.executable, "-m", "mentordesk", *args], capture_output=True, text=True, env=env,
                          timeout=120)


def test_cli_names_the_encoding_option_then_reads_with_it(tmp_path: Path) -> None:
    company = tmp_path / "c.db"
    source = write(tmp_path / "hr.csv", "Employee Number;Name;E-Mail\n1;María José Núñez;mj@example.com\n", "cp1252")
    refused = cli(tmp_path, "--db", str(company), "import-people", str(source))
    assert refused.returncode == 2 and "Traceback" not in refused.stderr
    assert "--encoding cp1252" in refused.stderr and "Windows text (Western European)" in refused.stderr
    done = cli(tmp_path, "--db", str(company), "import-people", str(source), "--encoding", "cp1252")
    assert done.returncode == 0, done.stderr
    assert "'Employee Number' read as employee_id" in done.stderr
    listed = cli(tmp_path, "--db", str(company), "people", "--json")
    assert '"name": "María José Núñez"' in listed.stdout


def test_cli_map_and_preview(tmp_path: Path) -> None:
    company = tmp_path / "c.db"
    assert cli(tmp_path, "--db", str(company), "init").returncode == 0
    source = write(tmp_path / "hr.csv", "Emp Code,Who,Mail,Cost\n1,Ann Lee,ann@example.com,K1\n")
    before = all_rows(company)
    shown = cli(tmp_path, "--db", str(company), "import-people", str(source), "--preview",
                "--map", "emp code=employee_id", "--map", "Who=name", "--map", "Mail=email", "--map", "Cost=")
    assert shown.returncode == 0, shown.stderr
    assert "1 new person, 0 changed, 0 unchanged" in shown.stdout
    assert all_rows(company) == before  # a preview writes nothing
    refusals = [(["--map", "Nope=name"], "has no column 'Nope'"), (["--map", "Who=nickname"], "not a MentorDesk"),
                (["--map", "Who"], "HEADER=COLUMN")]
    for bad, said in refusals:
        refused = cli(tmp_path, "--db", str(company), "import-people", str(source), *bad)
        assert refused.returncode == 1 and said in refused.stderr and "Traceback" not in refused.stderr
    assert all_rows(company) == before
    done = cli(tmp_path, "--db", str(company), "import-people", str(source),
               "--map", "Emp Code=employee_id", "--map", "Who=name", "--map", "Mail=email", "--map", "Cost=")
    assert done.returncode == 0 and "1 added" in done.stdout, done.stderr
    # remembered in the file: the next run needs no --map
    again = cli(tmp_path, "--db", str(company), "import-people", str(source), "--preview")
    assert again.returncode == 0 and "0 new people, 0 changed, 1 unchanged" in again.stdout, again.stderr


def test_header_helpers_agree_with_reading() -> None:
    assert people_csv.header_key("  E-Mail_Address ") == "e mail address"
    same = people_csv.fingerprint(["EMPLOYEE  NUMBER", "e-mail"])
    assert people_csv.fingerprint(["Employee Number", "E-Mail"]) == same
    assert people_csv.fingerprint(["A", "B"]) != people_csv.fingerprint(["B", "A"])
    assert not people_csv.needs_mapping(["employee_id", "name", "email", "notes"])
    assert people_csv.needs_mapping(["employee_id", "name", "email", "Cost Centre"])
