"""Issue 14: everything about one person exported, a person erased everywhere (to the file's bytes).

Real files throughout: a demo company in which one person is named in every
table (`tests/privacy_setup.py`), the archive unpacked and its PDF read back
with pypdf, the database file's bytes searched after the erasure, the CLI run
as real processes.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import sqlite3
import stat
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from pypdf import PdfReader

from mentordesk.errors import MentorDeskError, ValidationError
from mentordesk.services import personal_data as pd
from mentordesk.services import reports as report_svc
from mentordesk.storage.backup import list_backups, make_backup
from mentordesk.storage.database import Database
from mentordesk.storage.outputs import OutputRefused
from mentordesk.storage.schema import SYNCED_TABLES
from tests.privacy_setup import (
    EID,
    EMAIL,
    NAME,
    OTHERS_SECRET,
    Subject,
    make_demo,
    name_everywhere,
    naming_rows,
)

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def subject(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Subject:
    monkeypatch.setenv("MENTORDESK_SITE", "hq")
    path = tmp_path / "acme.db"
    make_demo(path)
    return name_everywhere(path)


def _open(path: Path, **kw) -> Database:
    """The file, with SQLite's freed space left as it is (the default on Windows and macOS, not on Debian)."""
    db = Database.open(path, **kw)
    db.conn.execute("PRAGMA secure_delete = OFF")
    return db


def _archive(path: Path) -> tuple[dict, str]:
    with zipfile.ZipFile(path) as z:
        document = json.loads(z.read(pd.JSON_NAME))
        pdf = PdfReader(io.BytesIO(z.read(pd.PDF_NAME)))
    return document, "\n".join(page.extract_text() or "" for page in pdf.pages)


def _flat(text: str) -> str:
    return " ".join(text.split())


# -- export ----------------------------------------------------------------------------------


def test_export_holds_every_record_naming_the_person_and_no_one_elses_notes(subject: Subject, tmp_path: Path):
    expected = naming_rows(subject.path, subject)
    assert len({t for t, _ in expected}) >= 10  # the setup really names them across the tables
    out = tmp_path / "zofia.zip"
    db = _open(subject.path)
    try:
        summary = pd.export_person_data(db, subject.person_id, out)
    finally:
        db.close()
    document, text = _archive(out)
    exported = {(t, r["id"]) for t, rows in document["records"].items() for r in rows}
    mentioned = {(m["table"], m["id"]) for m in document["mentions"]}
    assert expected <= exported | mentioned, sorted(expected - exported - mentioned)
    assert ("people", subject.other_person_id) in mentioned and ("people", subject.other_person_id) not in exported
    assert summary.records == len(exported)
    raw = json.dumps(document, ensure_ascii=False)
    for secret in subject.secrets:  # every marker, the deleted meeting's notes too
        assert secret in raw, secret
    assert OTHERS_SECRET not in raw and OTHERS_SECRET not in text
    flat = _flat(text)
    for secret in (NAME, EID, subject.markers[4], subject.markers[8], subject.markers[10]):
        assert secret in flat, secret
    assert stat.S_IMODE(out.stat().st_mode) == 0o600


def test_export_of_someone_without_records_and_the_refusals(subject: Subject, tmp_path: Path):
    db = _open(subject.path)
    try:
        with pytest.raises(MentorDeskError, match="Nobody has the employee ID"):
            pd.person_id_for(db, "NO-SUCH-ID")
        before = hashlib.sha256(subject.path.read_bytes()).hexdigest()
        for dest in (subject.path, subject.path.parent / "." / subject.path.name):
            with pytest.raises(OutputRefused):
                pd.export_person_data(db, subject.person_id, dest)
        assert hashlib.sha256(subject.path.read_bytes()).hexdigest() == before
        lonely = db.query_one("SELECT p.id FROM people p WHERE NOT EXISTS (SELECT 1 FROM relationships r WHERE "
                              "r.mentor_id = p.id OR r.mentee_id = p.id) AND p.id <> ? LIMIT 1",
                              [subject.other_person_id])["id"]
        pd.export_person_data(db, lonely, tmp_path / "lonely.zip")
    finally:
        db.close()
    document, text = _archive(tmp_path / "lonely.zip")
    assert [r["id"] for r in document["records"]["people"]] == [lonely]
    assert document["records"]["relationships"] == [] and "None held" in text
    assert NAME not in json.dumps(document, ensure_ascii=False) and subject.markers[4] not in text


# -- erasure ---------------------------------------------------------------------------------


def _program_numbers(path: Path, program_id: str) -> tuple:
    db = _open(path, readonly=True)
    try:
        d = report_svc.program_report_data(db, program_id)
    finally:
        db.close()
    return (d.mentors, d.mentees, d.active, d.completed, d.ended_early, d.mentoring_hours, d.goals_total,
            d.attendance_rate, tuple((b.label, b.mentees) for b in d.by_branch) if d.by_branch else ())


def test_erasure_leaves_no_byte_of_the_person_in_the_file(subject: Subject, tmp_path: Path):
    before = subject.path.read_bytes()
    present = [s for s in subject.secrets if s.encode() in before]
    assert NAME.encode() in before and len(present) >= len(subject.secrets) - 1  # the test can fail
    numbers = _program_numbers(subject.path, subject.program_id)
    db = _open(subject.path)
    try:
        outcome = pd.erase_person(db, subject.person_id, "Art. 17 request received by post on 28 November")
        assert outcome.total >= 10
    finally:
        db.close()
    data = subject.path.read_bytes()
    for secret in subject.secrets:
        assert secret.encode() not in data, secret
        assert secret.encode("utf-16-le") not in data
    assert not Path(f"{subject.path}-journal").exists()
    # no query finds them either, and the erasure record holds nothing personal
    conn = sqlite3.connect(subject.path)
    for table in (*SYNCED_TABLES, "erasures", "merge_log"):
        for row in conn.execute(f'SELECT * FROM "{table}"'):
            text = json.dumps(list(row), ensure_ascii=False, default=str)
            assert not any(s in text for s in subject.secrets), (table, row)
    (erasure,) = conn.execute("SELECT reason, erased_by, person_ids FROM erasures").fetchall()
    assert erasure[0].startswith("Art. 17") and erasure[1] and subject.person_id in erasure[2]
    person = conn.execute("SELECT name, archived, department FROM people WHERE id = ?", [subject.person_id]).fetchone()
    conn.close()
    assert person[0] == "Erased person" and person[1] == 1 and person[2]
    # program reports still add up, without naming them
    assert _program_numbers(subject.path, subject.program_id) == numbers
    out = tmp_path / "program.pdf"
    db = _open(subject.path)
    try:
        report_svc.write_program_report(db, subject.program_id, out)
        report_svc.write_relationship_report(db, subject.rel_id, tmp_path / "rel.pdf")
        pd.export_person_data(db, subject.mentor_id, tmp_path / "mentor.zip")
    finally:
        db.close()
    for pdf in (out, tmp_path / "rel.pdf"):
        text = _flat("\n".join(p.extract_text() or "" for p in PdfReader(pdf).pages))
        assert not any(s in text for s in subject.secrets)
    document, text = _archive(tmp_path / "mentor.zip")
    assert not any(s in json.dumps(document, ensure_ascii=False) + text for s in subject.secrets)


@pytest.mark.parametrize("reason", ["", "   ", NAME, f"asked by {EMAIL.upper()}", f"employee {EID} left", "x" * 501])
def test_a_reason_that_is_empty_too_long_or_names_the_person_changes_nothing(subject: Subject, reason: str):
    before = hashlib.sha256(subject.path.read_bytes()).hexdigest()
    db = _open(subject.path)
    try:
        with pytest.raises(ValidationError):
            pd.erase_person(db, subject.person_id, reason)
        assert pd.erasure_log(db) == []
    finally:
        db.close()
    assert hashlib.sha256(subject.path.read_bytes()).hexdigest() == before


def test_erasing_twice_is_refused(subject: Subject):
    db = _open(subject.path)
    try:
        pd.erase_person(db, subject.person_id, "Their request")
        with pytest.raises(ValidationError, match="already been erased"):
            pd.erase_person(db, subject.person_id, "Again")
        assert len(pd.erasure_log(db)) == 1
    finally:
        db.close()


def test_backups_older_than_the_erasure_are_listed_and_purged(subject: Subject):
    old = make_backup(subject.path, "manual")
    assert NAME.encode() in old.read_bytes()
    db = _open(subject.path)
    try:
        pd.erase_person(db, subject.person_id, "Their request")
        log = pd.erasure_log(db)
    finally:
        db.close()
    newer = make_backup(subject.path, "manual")
    listed = pd.backups_older_than_erasures(subject.path, log)
    assert old in [b.path for b in listed] and newer not in [b.path for b in listed]
    stranger = subject.path.parent / "elsewhere.db"
    stranger.write_bytes(b"not ours")
    forged = pd.OldBackup(stranger, listed[0].taken_at, 8)
    assert pd.purge_backups(subject.path, [*listed, forged]) == len(listed)
    assert not old.exists() and newer.exists() and stranger.exists()
    assert pd.backups_older_than_erasures(subject.path, log) == []
    assert NAME.encode() not in newer.read_bytes()


# -- the command line, as real processes ----------------------------------------------------------


def _cli(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "MENTORDESK_CONFIG_DIR": str(tmp_path / "cfg"), "MENTORDESK_DATA_DIR": str(tmp_path / "data"),
           "MENTORDESK_SITE": "cli-site", "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "mentordesk", *args], check=False, capture_output=True, text=True,
                          env=env,
                          cwd=str(tmp_path), timeout=180)


def test_cli_exports_erases_and_purges(subject: Subject, tmp_path: Path):
    db_arg = ["--db", str(subject.path)]
    make_backup(subject.path, "manual")
    done = _cli(tmp_path, *db_arg, "person-data", EID, "--out", str(tmp_path / "p.zip"))
    assert done.returncode == 0, done.stderr
    document, _ = _archive(tmp_path / "p.zip")
    assert document["records"]["people"][0]["email"] == EMAIL
    refused = _cli(tmp_path, *db_arg, "person-data", EID, "--out", str(subject.path))
    assert refused.returncode == 1 and refused.stderr.startswith("mentordesk: ") and "Traceback" not in refused.stderr
    unknown = _cli(tmp_path, *db_arg, "erase-person", "NOBODY-1", "--reason", "Their request")
    assert unknown.returncode == 1 and "Nobody has the employee ID" in unknown.stderr
    naming = _cli(tmp_path, *db_arg, "erase-person", EID, "--reason", f"{NAME} asked")
    assert naming.returncode == 1 and "names the person" in naming.stderr and NAME.encode() in subject.path.read_bytes()
    taken_before = len(list_backups(subject.path))  # the manual one and the CLI's daily one
    assert taken_before >= 1
    erased = _cli(tmp_path, *db_arg, "erase-person", EID, "--reason", "Their written request")
    assert erased.returncode == 0, erased.stderr
    assert "Erased" in erased.stdout and "--purge-backups" in erased.stdout
    assert not any(s.encode() in subject.path.read_bytes() for s in subject.secrets)
    log = _cli(tmp_path, *db_arg, "erasures", "--purge-backups")
    assert (log.returncode == 0 and "Their written request" in log.stdout
            and f"Removed {taken_before} backup" in log.stdout)
    again = _cli(tmp_path, *db_arg, "erasures")
    assert "may still hold" not in again.stdout
    gone = _cli(tmp_path, *db_arg, "person-data", EID, "--out", str(tmp_path / "q.zip"))
    assert gone.returncode == 1 and not (tmp_path / "q.zip").exists()


HOLDER = r"""
import sys
from pathlib import Path
from mentordesk.services import session
from mentordesk.storage.lockfile import release

result = session.lock_for_editing(Path(sys.argv[1]))  # exactly what the window does on open
print(result.status, flush=True)
sys.stdin.readline()
release(result.lock)
"""


def test_erase_person_respects_a_colleague_holding_the_file(subject: Subject, tmp_path: Path):
    env = {**os.environ, "PYTHONPATH": str(ROOT), "MENTORDESK_CONFIG_DIR": str(tmp_path / "holder")}
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(subject.path)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True, env=env)
    try:
        assert holder.stdout.readline().strip() == "acquired"
        refused = _cli(tmp_path, "--db", str(subject.path), "erase-person", EID, "--reason", "Their request")
        assert refused.returncode == 1 and "nothing was changed" in refused.stderr
        assert NAME.encode() in subject.path.read_bytes()
        exported = _cli(tmp_path, "--db", str(subject.path), "person-data", EID, "--out", str(tmp_path / "r.zip"))
        assert exported.returncode == 0, exported.stderr  # reading is never refused
    finally:
        holder.stdin.close()
        holder.wait(timeout=30)
    done = _cli(tmp_path, "--db", str(subject.path), "erase-person", EID, "--reason", "Their request")
    assert done.returncode == 0, done.stderr
    assert NAME.encode() not in subject.path.read_bytes()


def test_the_export_lists_the_merges_that_joined_their_records(subject: Subject, tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch):
    import shutil

    from mentordesk.services import files
    from mentordesk.storage import rows

    a, b = tmp_path / "madrid.db", tmp_path / "krakow.db"
    shutil.copy(subject.path, a)
    shutil.copy(subject.path, b)
    for path, site in ((a, "madrid"), (b, "krakow")):  # the same newcomer entered at two branches
        monkeypatch.setenv("MENTORDESK_SITE", site)
        db = _open(path)
        try:
            with db.transaction() as conn:
                rows.insert(conn, "people", {"employee_id": "NEW-1", "name": "Nils Newcomer",
                                             "email": "nils.newcomer@example.com"})
        finally:
            db.close()
    monkeypatch.setenv("MENTORDESK_SITE", "madrid")
    db = _open(a)
    try:
        files.merge_file(db, b)
        pd.export_person_data(db, pd.person_id_for(db, "NEW-1"), tmp_path / "nils.zip")
        others = pd.person_data(db, subject.person_id)["merge_log"]
    finally:
        db.close()
    document, text = _archive(tmp_path / "nils.zip")
    assert len(document["records"]["people"]) == 2  # the joined duplicate is theirs too
    assert len(document["merge_log"]) == 1 and any("joined into" in line for line in document["merge_log"][0]["lines"])
    assert "krakow.db" in _flat(text)
    assert others == []  # a merge that did not touch someone's records is not in their export


def test_a_long_confidential_note_is_printed_whole(subject: Subject, tmp_path: Path):
    from mentordesk.storage import rows

    note = "\n".join(f"Line {i} of a long session" for i in range(300)) + "\n" + "w" * 9000 + " END-QX77-MARK"
    db = _open(subject.path)
    try:
        meeting = db.scalar("SELECT id FROM meetings WHERE relationship_id = ? AND deleted_at IS NULL ORDER BY date",
                            [subject.rel_id])
        with db.transaction() as conn:
            rows.update(conn, "meetings", meeting, {"notes": note})
        pd.export_person_data(db, subject.person_id, tmp_path / "long.zip")
    finally:
        db.close()
    document, text = _archive(tmp_path / "long.zip")
    assert note in [m["notes"] for m in document["records"]["meetings"]]
    flat = _flat(text)
    assert "Line 0 of" in flat and "Line 299 of" in flat and "END-QX77-MARK" in flat
