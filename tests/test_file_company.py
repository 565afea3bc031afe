"""The report header (company name and logo) belongs to the company's file (issue 13):
stored in it, printed from it on any laptop, merged with it (newer change wins), and a
laptop's old setting moved into a file once."""

from __future__ import annotations

import io
import shutil
import sqlite3
import sys
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader

from mentordesk.errors import ValidationError
from mentordesk.services import programs as programs_svc
from mentordesk.services import report_branding as branding
from mentordesk.services import reports as svc
from mentordesk.storage.database import Database
from mentordesk.storage.merge import merge_other_file


def png(colour: str, size: tuple[int, int] = (60, 24)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, colour).save(out, "PNG")
    return out.getvalue()


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)


def pdf_images(path: Path) -> list[bytes]:
    """The raw images on the first page (the header logo is drawn there)."""
    return [image.data for image in PdfReader(str(path)).pages[0].images]


def first_program(db: Database) -> str:
    return next(p.id for p in programs_svc.list_programs(db) if svc.program_relationships(db, p.id))


@pytest.fixture
def demo(demo_file: Path):
    db = Database.open(demo_file)
    yield db
    db.close()


def test_the_header_is_stored_in_the_file_and_printed_from_it(demo: Database, tmp_path: Path) -> None:
    assert branding.get_branding(demo) == branding.Branding()
    branding.set_branding(demo, "  Acme Iberia S.L.  ", png("red"))
    demo.close()
    again = Database.open(demo.path)  # another laptop opening the same file: no laptop setting involved
    try:
        assert branding.get_branding(again).company_name == "Acme Iberia S.L."
        assert branding.get_branding(again).logo == png("red")
        out = svc.write_program_report(again, first_program(again), tmp_path / "summary.pdf")
        assert "Acme Iberia S.L." in pdf_text(out)
        assert pdf_images(out), "the file's logo is drawn in the header"
        rel = svc.program_relationships(again, first_program(again))[0]
        one = svc.write_relationship_report(again, rel.id, tmp_path / "one.pdf")
        assert "Acme Iberia S.L." in pdf_text(one)
    finally:
        again.close()


def test_one_reports_own_company_wins_over_the_files(demo: Database, tmp_path: Path) -> None:
    branding.set_branding(demo, "Acme", None)
    options = svc.report_options_from_settings({"company_name": "Board copy Ltd"})
    out = svc.write_program_report(demo, first_program(demo), tmp_path / "board.pdf", options)
    text = pdf_text(out)
    assert "Board copy Ltd" in text and "Acme" not in text.split("\n")[0]


def test_no_logo_prints_no_image(demo: Database, tmp_path: Path) -> None:
    branding.set_branding(demo, "Acme", None)
    out = svc.write_program_report(demo, first_program(demo), tmp_path / "plain.pdf")
    assert pdf_images(out) == []


@pytest.mark.parametrize(("content", "words"), [
    (b"GIF89a not a png", "not a PNG or JPEG"),
    (b"", "not a PNG or JPEG"),
    (b"\x89PNG\r\n\x1a\n" + b"0" * (branding.MAX_LOGO_BYTES + 1), "larger than 1 MB"),
])
def test_a_logo_that_is_no_image_is_refused_in_a_sentence(tmp_path: Path, content: bytes, words: str) -> None:
    path = tmp_path / "logo.png"
    path.write_bytes(content)
    with pytest.raises(ValidationError) as err:
        branding.read_logo(path)
    assert words in str(err.value) and "not changed" in str(err.value)


def test_a_missing_logo_file_is_said(tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="could not be read"):
        branding.read_logo(tmp_path / "gone.png")


def copies(demo_file: Path, tmp_path: Path) -> tuple[Path, Path]:
    """The company's file and a branch's copy of it (same company)."""
    branch = tmp_path / "branch.db"
    shutil.copy(demo_file, branch)
    return demo_file, branch


def set_header(path: Path, name: str, logo: bytes | None) -> None:
    db = Database.open(path)
    try:
        branding.set_branding(db, name, logo)
    finally:
        db.close()


def header(path: Path) -> branding.Branding:
    db = Database.open(path)
    try:
        return branding.get_branding(db)
    finally:
        db.close()


def merge(into: Path, other: Path) -> None:
    db = Database.open(into)
    try:
        merge_other_file(db, other)
    finally:
        db.close()


def test_a_header_set_on_the_branch_copy_arrives_with_the_merge(demo_file: Path, tmp_path: Path) -> None:
    main, branch = copies(demo_file, tmp_path)
    set_header(branch, "Acme Rotterdam", png("blue"))
    merge(main, branch)
    assert header(main) == branching("Acme Rotterdam", png("blue"))


def branching(name: str, logo: bytes | None) -> branding.Branding:
    return branding.Branding(name, logo)


def test_the_newer_change_wins_in_both_directions(demo_file: Path, tmp_path: Path) -> None:
    main, branch = copies(demo_file, tmp_path)
    set_header(branch, "Old name", png("blue"))
    set_header(main, "New name", png("green"))  # later: wins wherever it is merged
    merge(main, branch)
    assert header(main) == branching("New name", png("green"))
    merge(branch, main)
    assert header(branch) == branching("New name", png("green"))


def test_each_part_keeps_its_own_newer_change(demo_file: Path, tmp_path: Path) -> None:
    """The branch changed only the logo, the main file only the name later: both survive."""
    main, branch = copies(demo_file, tmp_path)
    set_header(main, "Acme", None)
    shutil.copy(main, branch)
    db = Database.open(branch)
    try:
        branding.set_branding(db, "Acme", png("blue"))  # the name unchanged: not stamped again
    finally:
        db.close()
    set_header(main, "Acme Group", None)
    merge(main, branch)
    assert header(main) == branching("Acme Group", png("blue"))


def test_a_damaged_setting_prints_without_it(demo: Database, tmp_path: Path) -> None:
    with demo.transaction() as conn:
        conn.execute("INSERT INTO file_meta (key, value) VALUES ('setting:report_logo', '{not json')")
        conn.execute("""INSERT INTO file_meta (key, value) VALUES ('setting:report_company', '{"value": 5}')""")
    assert branding.get_branding(demo) == branding.Branding()
    out = svc.write_program_report(demo, first_program(demo), tmp_path / "ok.pdf")
    assert out.is_file()


def test_the_laptops_old_header_moves_into_a_file_without_one_once(demo: Database, tmp_path: Path) -> None:
    logo = tmp_path / "logo.png"
    logo.write_bytes(png("red"))
    assert branding.adopt_laptop_values(demo, "Acme", str(logo))
    assert branding.get_branding(demo) == branching("Acme", png("red"))
    branding.set_branding(demo, "Acme Group", None)
    assert not branding.adopt_laptop_values(demo, "Acme", str(logo))  # the file's own choice stays
    assert branding.get_branding(demo) == branching("Acme Group", None)


def test_an_empty_laptop_header_or_a_read_only_file_changes_nothing(demo_file: Path, tmp_path: Path) -> None:
    db = Database.open(demo_file)
    try:
        assert not branding.adopt_laptop_values(db, "", "")
        assert not branding.has_branding(db)
    finally:
        db.close()
    ro = Database.open(demo_file, readonly=True)
    try:
        assert not branding.adopt_laptop_values(ro, "Acme", "")
        assert not branding.has_branding(ro)
    finally:
        ro.close()


def test_the_command_line_prints_the_files_header(demo: Database, tmp_path: Path) -> None:
    import subprocess

    branding.set_branding(demo, "Acme Kraków Sp. z o.o.", None)
    program = next(p.name for p in programs_svc.list_programs(demo) if svc.program_relationships(demo, p.id))
    demo.close()
    out = tmp_path / "cli.pdf"
    done = subprocess.run([sys.executable, "-m", "mentordesk", "--db", str(demo.path), "report", "--program",
                           program, "--out", str(out)], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "Acme Kraków Sp. z o.o." in pdf_text(out)


def test_file_meta_keeps_the_setting_as_the_merge_reads_it(demo: Database) -> None:
    branding.set_branding(demo, "Acme", None)
    raw = sqlite3.connect(demo.path).execute(
        "SELECT value FROM file_meta WHERE key = 'setting:report_company'").fetchone()[0]
    assert '"value": "Acme"' in raw and '"at": ' in raw


def plant(path: Path, key: str, raw: str) -> None:
    """Write a setting into a copy by hand, as a broken or hostile file would hold it."""
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("INSERT OR REPLACE INTO file_meta (key, value) VALUES (?, ?)", (f"setting:{key}", raw))
    conn.close()


@pytest.mark.parametrize("raw", [
    '{"value": "Hijacked Ltd", "at": "9999-01-01T00:00:00.000000Z"}',  # years ahead: would win forever
    '{"value": "Hijacked Ltd", "at": "not a time"}',
    '{"value": "' + "H" * 2_100_000 + '", "at": "2026-01-01T00:00:00.000000Z"}',  # a giant value
    '{"value": ["Hijacked Ltd"], "at": "2026-01-01T00:00:00.000000Z"}',
    "Hijacked Ltd",
])
def test_a_broken_or_hostile_copy_cannot_take_the_header(demo_file: Path, tmp_path: Path, raw: str) -> None:
    main, branch = copies(demo_file, tmp_path)
    set_header(main, "Acme", None)
    plant(branch, "report_company", raw)
    merge(main, branch)
    assert header(main).company_name == "Acme"
    from mentordesk import clock

    assert (clock.last_stamp() or "") < "9000"  # this process's clock was not dragged into the future
