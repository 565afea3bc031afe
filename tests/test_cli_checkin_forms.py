"""`checkin-forms`, `import-forms` and `checkins --json` as real processes."""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.checkin_form_tools import (
    ROOT,
    active_rel,
    all_answers,
    fill_pypdf,
    forms_for,
    program_name,
)


@pytest.fixture
def company(demo_db):
    """The demo company (`acme.db` in this test's folder), open; closed after the test."""
    return demo_db

# -- the command line, in real processes ---------------------------------------------------------

def _cli(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT), MENTORDESK_CONFIG_DIR=str(tmp_path / "cfg"),
               MENTORDESK_DATA_DIR=str(tmp_path / "data"), MENTORDESK_SITE="cli-site")
    return subprocess.run([sys.executable, "-m", "mentordesk", *args], check=False, capture_output=True, text=True,
                          env=env, timeout=180, cwd=str(tmp_path))


def test_cli_make_import_and_list(company, tmp_path):
    db_file = str(company.path)
    program = program_name(company)
    rel_id = active_rel(company)
    company.close()
    made = _cli(tmp_path, "--db", db_file, "checkin-forms", "--program", program, "--out-dir", "forms")
    assert made.returncode == 0, made.stderr
    paths = [Path(line) for line in made.stdout.splitlines() if line.endswith(".pdf")]
    assert paths and all(p.exists() and (p.stat().st_mode & 0o777) == 0o600 for p in paths)
    one = _cli(tmp_path, "--db", db_file, "checkin-forms", "--relationship", rel_id, "--out-dir", "one")
    assert one.returncode == 0 and one.stdout.count(".pdf") == 2, one.stderr
    mine = [Path(line) for line in one.stdout.splitlines() if line.endswith(".pdf")]
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for p in mine:
        fill_pypdf(p, inbox / p.name, all_answers(4), "2", {"open_communication": "Gut"})
    (inbox / "broken.pdf").write_bytes(b"%PDF-1.4 broken")
    imported = _cli(tmp_path, "--db", db_file, "import-forms", str(inbox))
    assert imported.returncode == 1  # one file was refused
    assert imported.stdout.count("Recorded:") == 2 and "Damaged file:" in imported.stdout
    assert "2 recorded, 1 damaged file" in imported.stdout and "Traceback" not in imported.stderr
    again = _cli(tmp_path, "--db", db_file, "import-forms", *(str(inbox / p.name) for p in mine))
    assert again.returncode == 0 and again.stdout.count("Already recorded:") == 2
    listed = _cli(tmp_path, "--db", db_file, "checkins", "--relationship", rel_id, "--json")
    assert listed.returncode == 0, listed.stderr
    rows = [r for r in json.loads(listed.stdout) if r["form_id"]]
    assert sorted(r["role"] for r in rows) == ["mentee", "mentor"]
    for r in rows:
        assert r["scores"] == all_answers(4) and r["comments"] == {"open_communication": "Gut"}
        assert r["meetings_since_last"] == 2 and r["date"] == dt.date.today().isoformat()


def test_cli_refusals_are_sentences(company, tmp_path):
    db_file = str(company.path)
    company.close()
    for args in (["checkin-forms", "--program", "No Such Program", "--out-dir", "x"],
                 ["checkin-forms", "--relationship", "nope", "--out-dir", "x"],
                 ["checkin-forms", "--program", "x", "--out-dir", db_file]):
        r = _cli(tmp_path, "--db", db_file, *args)
        assert r.returncode == 1 and r.stderr.startswith("mentordesk: ") and "Traceback" not in r.stderr, r.stderr
    missing = _cli(tmp_path, "--db", db_file, "import-forms", str(tmp_path / "nothing-here.pdf"))
    assert missing.returncode == 1 and "Could not be read" in missing.stdout


HOLDER = """
import sys
from pathlib import Path
from mentordesk.services import session
result = session.lock_for_editing(Path(sys.argv[1]))
print(result.status, flush=True)
sys.stdin.readline()  # held until the test closes stdin
session_release = getattr(session, "release_lock", None)
"""


def test_cli_import_respects_someone_elses_lock_note(company, tmp_path):
    db_file = company.path
    forms = forms_for(company, active_rel(company), tmp_path / "out")
    filled = fill_pypdf(forms["mentor"], tmp_path / "f.pdf", all_answers(4), "1")
    company.close()
    env = dict(os.environ, PYTHONPATH=str(ROOT), MENTORDESK_CONFIG_DIR=str(tmp_path / "holder-cfg"),
               MENTORDESK_DATA_DIR=str(tmp_path / "holder-data"), MENTORDESK_SITE="holder-site")
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(db_file)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True, env=env)
    try:
        assert holder.stdout.readline().strip() == "acquired"
        r = _cli(tmp_path, "--db", str(db_file), "import-forms", str(filled))
        assert r.returncode == 1 and r.stderr.startswith("mentordesk: ") and "Traceback" not in r.stderr
        conn = sqlite3.connect(db_file)
        assert conn.execute("SELECT count(*) FROM checkins WHERE form_id IS NOT NULL").fetchone()[0] == 0
        conn.close()
    finally:
        holder.kill()
        holder.wait()
    # the holder died: its note is stale and taken over; now the form is recorded
    r = _cli(tmp_path, "--db", str(db_file), "import-forms", str(filled))
    assert r.returncode == 0 and "Recorded:" in r.stdout, (r.stdout, r.stderr)
