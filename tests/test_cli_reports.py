"""`mentordesk report` end to end: a real demo file, real argument parsing, real PDFs."""

from __future__ import annotations

import os
import shutil
import stat

import pytest
from pypdf import PdfReader

from mentordesk.cli import main
from mentordesk.services import programs
from mentordesk.services import reports as svc
from mentordesk.storage.database import Database

PROGRAM = "Growing Leaders 2026"


@pytest.fixture(scope="module")
def demo_file(demo_master, tmp_path_factory):
    """One copy of the shared demo company for the module (the commands only read), with the
    relationships of its program."""
    home = tmp_path_factory.mktemp("cli-home")
    path = tmp_path_factory.mktemp("cli") / "company.db"
    shutil.copy(demo_master, path)
    with pytest.MonkeyPatch.context() as mp:  # the per-test home isolation is not set up yet
        mp.setenv("MENTORDESK_CONFIG_DIR", str(home / "config"))
        mp.setenv("MENTORDESK_DATA_DIR", str(home / "data"))
        mp.setenv("MENTORDESK_SITE", "test-site")
        db = Database.open(path)
        try:
            [program] = programs.list_programs(db)
            rels = svc.program_relationships(db, program.id)
        finally:
            db.close()
    return path, rels


def _run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _text(path) -> str:
    return "\n".join(p.extract_text() for p in PdfReader(path).pages)


def test_relationship_report(demo_file, tmp_path, capsys):
    path, rels = demo_file
    rel = rels[0]
    out = tmp_path / "one.pdf"
    code, stdout, _ = _run(capsys, "--db", str(path), "report", "--relationship", rel.id, "--out", str(out),
                           "--company", "Acme Ibérica")
    assert code == 0
    assert f"Wrote {out}" in stdout
    text = _text(out)
    assert rel.mentor_name in text and rel.mentee_name in text and "Acme Ibérica" in text
    assert stat.S_IMODE(os.stat(out).st_mode) == 0o600
    assert round(float(PdfReader(out).pages[0].mediabox.width)) == 595  # A4


def test_program_report_letter(demo_file, tmp_path, capsys):
    path, _ = demo_file
    out = tmp_path / "program.pdf"
    code, stdout, _ = _run(capsys, "--db", str(path), "report", "--program", PROGRAM.lower(), "--out", str(out),
                           "--letter")
    assert code == 0 and f"Wrote {out}" in stdout
    reader = PdfReader(out)
    assert round(float(reader.pages[0].mediabox.width)) == 612
    assert PROGRAM in _text(out)


def test_each_writes_one_valid_pdf_per_relationship(demo_file, tmp_path, capsys):
    path, rels = demo_file
    out_dir = tmp_path / "each"
    code, stdout, _ = _run(capsys, "--db", str(path), "report", "--program", PROGRAM, "--each",
                           "--out-dir", str(out_dir), "--for-manager")
    assert code == 0
    files = sorted(out_dir.iterdir())
    assert len(files) == len(rels)
    assert all(f.suffix == ".pdf" for f in files)
    for f in files:
        assert len(PdfReader(f).pages) >= 1
        assert f"Wrote {f}" in stdout
    assert f"{len(rels)} reports in {out_dir}" in stdout


@pytest.mark.parametrize("argv, message", [
    (["--relationship", "no-such-id", "--out", "x.pdf"], "no relationship"),
    (["--program", "No Such Program", "--out", "x.pdf"], "no program called"),
    (["--program", PROGRAM, "--each"], "--out-dir"),
    (["--relationship", "x", "--each", "--out-dir", "d"], "--each needs --program"),
    (["--program", PROGRAM], "--out FILE.pdf"),
    (["--program", PROGRAM, "--out", "report.txt"], ".pdf"),
    (["--program", PROGRAM, "--out", "x.pdf", "--include-notes", "--for-manager"], "contradict"),
    (["--program", PROGRAM, "--out", "x.pdf", "--logo", "no-logo.png"], "does not exist"),
])
def test_bad_input_is_one_clear_sentence(demo_file, tmp_path, capsys, monkeypatch, argv, message):
    path, _ = demo_file
    monkeypatch.chdir(tmp_path)
    code, stdout, err = _run(capsys, "--db", str(path), "report", *argv)
    assert code != 0
    assert message in err
    assert "Traceback" not in err
    assert not list(tmp_path.glob("*.pdf")) and not (tmp_path / "d").exists()


def test_missing_file_is_not_created(tmp_path, capsys):
    missing = tmp_path / "missing.db"
    code, _, err = _run(capsys, "--db", str(missing), "report", "--program", PROGRAM, "--out",
                        str(tmp_path / "x.pdf"))
    assert code != 0 and "no MentorDesk file" in err
    assert not missing.exists()


def test_needs_relationship_or_program(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["report", "--out", "x.pdf"])
    assert exc.value.code != 0
