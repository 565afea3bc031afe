"""Issue 9 §1: nothing MentorDesk writes may land on the company file.

Every writer (people export, relationship and program reports, a report batch,
a saved preview, a backup, and the low-level CSV/PDF writers) is pointed at the
company file, its journal, lock note and backups folder and at other databases,
by every spelling (``./``, ``..``, symlinks, hard links, letter case). Each must
refuse with a sentence and leave the company file byte for byte as it was.
Outputs are atomic: a real process killed with SIGKILL in the middle of a big
backup or export leaves nothing under the chosen name, and the next start
cleans its temporary file. A missing, unwritable or full destination gives a
sentence, never a traceback.
"""

from __future__ import annotations

import errno
import hashlib
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from mentordesk.errors import MentorDeskError
from mentordesk.storage import leftovers, outputs
from mentordesk.storage.backup import backups_dir_for
from mentordesk.storage.lockfile import lock_path_for

from .conftest import ROOT, cli_env, run_cli

PROGRAM = "Growing Leaders 2026"
SETPRIV = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]


# -- helpers ---------------------------------------------------------------------------------

def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def people_count(db: Path) -> int:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        return conn.execute("SELECT count(*) FROM people WHERE deleted_at IS NULL").fetchone()[0]
    finally:
        conn.close()


def temp_files(folder: Path) -> list[Path]:
    """Our temporary files anywhere below `folder` (symlinked folders not followed)."""
    found = []
    for root, _dirs, files in os.walk(folder):
        found += [Path(root) / f for f in files if leftovers.TEMP_SUFFIX in f]
    return found


def make_sqlite(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE ledger (amount INTEGER)")
    conn.execute("INSERT INTO ledger VALUES (42)")
    conn.commit()
    conn.close()


def dead_pid() -> int:
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


class Company:
    """A folder with the company file and every kind of place that must not be written."""

    def __init__(self, master: Path, folder: Path) -> None:
        folder.mkdir()
        self.folder = folder
        self.db = folder / "acme.db"
        shutil.copy(master, self.db)
        self.other = folder / "ledger.sqlite"
        make_sqlite(self.other)
        self.backups = backups_dir_for(self.db)
        self.backups.mkdir()
        (folder / "sub").mkdir()
        (folder / "linkdir").symlink_to(folder)
        (folder / "link.db").symlink_to(self.db)
        (folder / "bk").symlink_to(self.backups)
        (folder / "ledger-link").symlink_to(self.other)
        os.link(self.db, folder / "hard.db")
        self.people = people_count(self.db)
        self.digest = sha(self.db)
        self.snapshot = self._snapshot()

    def _snapshot(self) -> dict[str, str]:
        return {str(p): sha(p) for p in self.folder.rglob("*") if p.is_file() and not p.is_symlink()}

    def assert_untouched(self) -> None:
        assert sha(self.db) == self.digest
        assert people_count(self.db) == self.people
        assert self._snapshot() == self.snapshot, "a file appeared or changed"
        assert temp_files(self.folder) == []


@pytest.fixture
def company(demo_master: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Company:
    place = Company(demo_master, tmp_path / "co")
    monkeypatch.chdir(place.folder)  # relative spellings are relative to the company's folder
    return place


def _lock_name() -> str:
    return lock_path_for(Path("acme.db")).name


def _backups_name() -> str:
    return backups_dir_for(Path("acme.db")).name


# Every way to name a place that must not be written, relative to the company's folder.
COMPANY_TARGETS = {
    "db": "acme.db",
    "db ./": "./acme.db",
    "db ..": "sub/../acme.db",
    "db symlink": "link.db",
    "db symlinked folder": "linkdir/acme.db",
    "db hard link": "hard.db",
    "db other case": "ACME.DB",
    "journal": "acme.db-journal",
    "journal case ..": "sub/../ACME.db-Journal",
    "wal symlinked folder": "linkdir/acme.db-wal",
    "shm ./": "./acme.db-shm",
    "lock note": None,  # filled below: the name comes from storage.lockfile
    "lock note symlinked folder": None,
    "backups": None,
    "backups .. and ./": None,
    "backups symlink": "bk/x.out",
    "other sqlite": "ledger.sqlite",
    "other sqlite symlink": "ledger-link",
    "other sqlite journal": "ledger.sqlite-journal",
}
COMPANY_TARGETS["lock note"] = _lock_name()
COMPANY_TARGETS["lock note symlinked folder"] = f"linkdir/{_lock_name()}"
COMPANY_TARGETS["backups"] = f"{_backups_name()}/x.out"
COMPANY_TARGETS["backups .. and ./"] = f"sub/../{_backups_name()}/./x.out"

# What a writer that does not know the open file must still refuse: any database and its journal.
GENERIC_TARGETS = {k: v for k, v in COMPANY_TARGETS.items()
                   if k not in ("db other case", "journal case ..", "backups", "backups .. and ./", "backups symlink")}


def _ids(db):
    from mentordesk.services import reports as svc

    program = svc.program_id_by_name(db, PROGRAM)
    return program, svc.program_relationships(db, program)[0].id


def _export(db, target):
    from mentordesk.services import people
    people.export_people(db, target)


def _relationship_report(db, target):
    from mentordesk.services import reports as svc
    svc.write_relationship_report(db, _ids(db)[1], target)


def _program_report(db, target):
    from mentordesk.services import reports as svc
    svc.write_program_report(db, _ids(db)[0], target)


def _combined_batch(db, target):
    from mentordesk.services import reports as svc
    svc.write_program_batch(db, _ids(db)[0], combined=target, workers=1)


def _saved_preview(db, target):
    from mentordesk.services import reports as svc
    preview = Path(tempfile.mkdtemp()) / "preview.pdf"
    preview.write_bytes(b"%PDF-1.4 preview\n%%EOF\n")
    try:
        svc.save_copy(db, preview, target)
    finally:
        shutil.rmtree(preview.parent)


def _backup(db, target):
    from mentordesk.services import files
    files.backup_now(db, target)


COMPANY_WRITERS = {"export-people": _export, "relationship report": _relationship_report,
                   "program report": _program_report, "combined batch": _combined_batch,
                   "saved preview": _saved_preview, "backup": _backup}


def _write_private(target):
    from mentordesk.reports.styles import write_private
    write_private(Path(target), b"%PDF-1.4\n%%EOF\n")


def _write_people(target):
    from mentordesk.people_csv import PersonRow, write_people
    write_people([PersonRow(1, "E1", "Ann", "ann@example.com")], target)


GENERIC_WRITERS = {"write_private": _write_private, "write_people": _write_people}


# -- every writer x every spelling, in process ------------------------------------------------

@pytest.mark.parametrize("target", COMPANY_TARGETS.values(), ids=COMPANY_TARGETS.keys())
@pytest.mark.parametrize("writer", COMPANY_WRITERS.values(), ids=COMPANY_WRITERS.keys())
def test_writer_refuses_company_places(company: Company, writer, target: str) -> None:
    from mentordesk.storage.database import Database

    db = Database.open(company.db, readonly=True)
    try:
        with pytest.raises(outputs.OutputRefused) as info:
            writer(db, target)
    finally:
        db.close()
    assert "Nothing was written" in str(info.value)
    company.assert_untouched()


@pytest.mark.parametrize("target", GENERIC_TARGETS.values(), ids=GENERIC_TARGETS.keys())
@pytest.mark.parametrize("writer", GENERIC_WRITERS.values(), ids=GENERIC_WRITERS.keys())
def test_low_level_writer_refuses_any_database(company: Company, writer, target: str) -> None:
    with pytest.raises(outputs.OutputRefused):
        writer(target)
    company.assert_untouched()


@pytest.mark.parametrize("out_dir", ["acme.db", _backups_name(), f"sub/../{_backups_name()}/each", "bk/each",
                                     f"linkdir/{_backups_name()}"])
def test_batch_folder_refuses_company_places(company: Company, out_dir: str) -> None:
    from mentordesk.services import reports as svc
    from mentordesk.storage.database import Database

    db = Database.open(company.db, readonly=True)
    try:
        with pytest.raises(outputs.OutputRefused):
            svc.write_program_batch(db, _ids(db)[0], out_dir=out_dir, workers=1)
    finally:
        db.close()
    company.assert_untouched()


def test_ordinary_files_are_still_written_and_replaced(company: Company) -> None:
    """The refusals are specific: a CSV or PDF that is not protected is (re)written as before."""
    from mentordesk.storage.database import Database

    (company.folder / "people.csv").write_text("old export\n")
    (company.folder / "r.pdf").write_bytes(b"old")
    db = Database.open(company.db, readonly=True)
    try:
        _export(db, "people.csv")
        _relationship_report(db, "sub/../r.pdf")
        _backup(db, "linkdir/copy.db")
        with pytest.raises(outputs.OutputRefused, match="never written over"):
            _backup(db, "people.csv")  # backups never overwrite, not even a file that is no database
        with pytest.raises(outputs.OutputRefused, match="database"):
            _backup(db, "copy.db")
    finally:
        db.close()
    text = (company.folder / "people.csv").read_text(encoding="utf-8-sig")
    assert text.startswith("employee_id,") and text.count("\n") == company.people + 1
    assert (company.folder / "r.pdf").read_bytes().startswith(b"%PDF")
    assert people_count(company.folder / "copy.db") == company.people
    for name in ("people.csv", "r.pdf", "copy.db"):
        assert (company.folder / name).stat().st_mode & 0o777 == 0o600
    assert sha(company.db) == company.digest and temp_files(company.folder) == []


def test_symlinked_output_is_written_through_not_replaced(company: Company) -> None:
    from mentordesk.storage.database import Database

    real = company.folder / "sub" / "people.csv"
    real.write_text("old")
    (company.folder / "export-link.csv").symlink_to(real)
    db = Database.open(company.db, readonly=True)
    try:
        _export(db, "export-link.csv")
    finally:
        db.close()
    assert (company.folder / "export-link.csv").is_symlink()
    assert real.read_text(encoding="utf-8-sig").startswith("employee_id,")


# -- real command-line processes --------------------------------------------------------------

@pytest.fixture
def cli_company(demo_file: Path, home: Path) -> tuple[Path, Path]:
    """The demo file beside `home` (the processes' working folder), a backups folder, another database."""
    backups_dir_for(demo_file).mkdir()
    make_sqlite(demo_file.parent / "ledger.sqlite")
    make_sqlite(demo_file.parent / "ledger.pdf")
    (home / "sym.pdf").symlink_to(demo_file)
    return demo_file, home


CLI_TARGETS = {
    "db ..": "../acme.db",
    "db ./..": "./../acme.db",
    "db home/..": "../home/../acme.db",
    "journal": "../acme.db-journal",
    "lock note": f"../{_lock_name()}",
    "backups": f"../{_backups_name()}/copy",
    "other sqlite": "../ledger.sqlite",
}


def _assert_refused_by_cli(result: subprocess.CompletedProcess[str], db: Path, digest: str, people: int) -> None:
    assert result.returncode == 1, result.stderr
    assert result.stderr.startswith("mentordesk: ") and "Traceback" not in result.stderr
    assert "Nothing was written" in result.stderr
    assert sha(db) == digest and people_count(db) == people


@pytest.mark.parametrize("target", CLI_TARGETS.values(), ids=CLI_TARGETS.keys())
@pytest.mark.parametrize("command", ["export-people", "backup"])
def test_cli_refuses_company_places(cli_company, command: str, target: str) -> None:
    db, home = cli_company
    digest, people = sha(db), people_count(db)
    before = sorted(p.name for p in db.parent.rglob("*"))
    args = [command, target] if command == "export-people" else [command, "--out", target]
    _assert_refused_by_cli(run_cli(home, "--db", str(db), *args), db, digest, people)
    assert sorted(p.name for p in db.parent.rglob("*")) == before


@pytest.mark.parametrize("args", [
    ["--out", "sym.pdf"],  # the company file through a symlink named like a PDF
    ["--out", f"../{_backups_name()}/r.pdf"],
    ["--out", "../ledger.pdf"],
    ["--each", "--out-dir", f"../{_backups_name()}"],
    ["--each", "--out-dir", f"./../{_backups_name()}/each"],
], ids=["db symlink", "backups", "other sqlite", "batch into backups", "batch below backups"])
def test_cli_report_refuses_company_places(cli_company, args: list[str]) -> None:
    db, home = cli_company
    digest, people = sha(db), people_count(db)
    ledger = sha(db.parent / "ledger.pdf")
    _assert_refused_by_cli(run_cli(home, "--db", str(db), "report", "--program", PROGRAM, *args), db, digest, people)
    assert sha(db.parent / "ledger.pdf") == ledger
    assert list(backups_dir_for(db).iterdir()) == []


def test_cli_export_onto_the_db_by_relative_name(demo_file: Path) -> None:
    """The reported attack exactly: cwd is the file's folder, `--db acme.db export-people ./acme.db`."""
    folder = demo_file.parent
    digest, people = sha(demo_file), people_count(demo_file)
    result = subprocess.run([sys.executable, "-m", "mentordesk", "--db", "acme.db", "export-people", "./acme.db"],
                            capture_output=True, text=True, timeout=120, cwd=folder, env=cli_env(folder),
                            check=False)
    _assert_refused_by_cli(result, demo_file, digest, people)


# -- kill -9 in the middle of a big output -----------------------------------------------------

def _bloat(db: Path, copies: int = 40) -> None:
    """Make the company big (copies of everyone with long notes, within the form's limits) so writing takes a while."""
    conn = sqlite3.connect(db)
    cols = [r[1] for r in conn.execute("PRAGMA table_info(people)")]
    expr = {c: c for c in cols}
    expr.update({"id": "lower(hex(randomblob(16)))", "employee_id": "'X' || k.n || '-' || employee_id",
                 "email": "'x' || k.n || '.' || email", "notes": "replace(hex(zeroblob(9500)), '00', 'nn')"})
    conn.execute(f"WITH RECURSIVE k(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM k WHERE n < {copies}) "
                 f"INSERT INTO people ({', '.join(cols)}) SELECT {', '.join(expr[c] for c in cols)} FROM people, k")
    conn.commit()
    conn.close()


@pytest.fixture(scope="module")
def big_master(demo_master: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("big") / "acme.db"
    shutil.copy(demo_master, path)
    _bloat(path)
    assert path.stat().st_size > 80_000_000
    return path


def _kill_mid_write(home: Path, db: Path, out: Path, *args: str) -> Path:
    """Start the command, wait until its temporary file is being filled, kill -9 it; return the temp file."""
    proc = subprocess.Popen([sys.executable, "-m", "mentordesk", "--db", str(db), *args],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=cli_env(home), cwd=str(home))
    deadline = time.monotonic() + 120
    tmp: Path | None = None
    try:
        while time.monotonic() < deadline and proc.poll() is None:
            found = [p for p in out.parent.iterdir() if leftovers.is_temp_name(p.name)]
            if found and found[0].stat().st_size > 0:
                tmp = found[0]
                proc.send_signal(signal.SIGKILL)
                break
            time.sleep(0.001)
    finally:
        if proc.poll() is None and tmp is None:
            proc.kill()
        proc.communicate(timeout=60)
    assert tmp is not None, f"never saw the temporary file (exit {proc.returncode})"
    assert proc.returncode == -signal.SIGKILL, "the command finished before the kill landed"
    return tmp


@pytest.mark.parametrize("command", ["backup", "export-people"])
def test_kill_9_leaves_no_partial_file_and_next_start_cleans(big_master: Path, tmp_path: Path, home: Path,
                                                             command: str) -> None:
    db = tmp_path / "acme.db"
    shutil.copy(big_master, db)
    outdir = tmp_path / "elsewhere"  # not beside the file: only the registry tells the next start
    outdir.mkdir()
    out = outdir / ("copy.db" if command == "backup" else "people.csv")
    args = [command, "--out", str(out)] if command == "backup" else [command, str(out)]
    tmp = _kill_mid_write(home, db, out, *args)
    assert not out.exists(), "a partial file under the chosen name"
    assert tmp.exists() and tmp.stat().st_mode & 0o777 == 0o600
    registry = home / "config" / "pending-outputs"
    assert len(list(registry.iterdir())) == 1
    result = run_cli(home, "--db", str(db), "check")  # the next start of anything
    assert result.returncode == 0, result.stderr
    assert not tmp.exists() and list(outdir.iterdir()) == [] and list(registry.iterdir()) == []
    # and the command, run again, completes
    done = run_cli(home, "--db", str(db), *args, timeout=600)
    assert done.returncode == 0, done.stderr
    assert out.stat().st_size > 80_000_000 and list(outdir.iterdir()) == [out]


def test_kill_9_beside_the_file_is_cleaned_without_the_registry(big_master: Path, tmp_path: Path,
                                                                home: Path) -> None:
    """A lost registry (another laptop's config, a wiped profile): the folder sweep still finds it."""
    db = tmp_path / "acme.db"
    shutil.copy(big_master, db)
    out = tmp_path / "acme copy.db"
    tmp = _kill_mid_write(home, db, out, "backup", "--out", str(out))
    assert not out.exists() and tmp.exists()
    shutil.rmtree(home / "config" / "pending-outputs")
    assert run_cli(home, "--db", str(db), "people").returncode == 0
    assert not tmp.exists()


def test_cleanup_removes_only_what_is_provably_ours(tmp_path: Path) -> None:
    folder = tmp_path / "shared"
    folder.mkdir()
    me, host, gone = os.getpid(), leftovers.host_tag(), dead_pid()
    other_host = "000000" if host != "000000" else "111111"
    keep = {
        "people.csv": "a user's file",
        ".people.csv.partial": "a user's hidden file",
        "notes.mentordesk-tmp": "not our pattern",
        f".r.pdf.{host}-{me}-0123abcd.mentordesk-tmp": "a live writer (this process)",
        f".r.pdf.{other_host}-{gone}-0123abcd.mentordesk-tmp": "another laptop's writer, fresh",
        ".export-abcd1234.csv": "an old-style temporary file, fresh",
        f".acme.db.restore-{'c' * 32}": "a restore in progress",
    }
    remove = {
        f".r.pdf.{host}-{gone}-0123abcd.mentordesk-tmp": "a dead writer on this machine",
        f".copy.db.{host}-{gone}-89abcdef.mentordesk-tmp-journal": "its SQLite journal",
        f".r.pdf.{other_host}-{gone}-fedcba98.mentordesk-tmp": "another laptop's writer, two days old",
        ".export-wxyz9876.csv": "an old-style temporary file, two days old",
        f".acme.db.{'a' * 32}.partial": "a backup copy of an older MentorDesk, two days old",
        f".acme.db.restore-{'b' * 32}": "a restore's staged copy, two days old",
    }
    for name in [*keep, *remove]:
        (folder / name).write_text("x")
    two_days_ago = time.time() - 2 * 86400
    for name in list(remove)[2:]:
        os.utime(folder / name, (two_days_ago, two_days_ago))
    (folder / f".d.{host}-{gone}-01234567.mentordesk-tmp").mkdir()  # a folder is never ours
    target = folder / "precious.txt"
    target.write_text("keep me")
    (folder / f".l.{host}-{gone}-76543210.mentordesk-tmp").symlink_to(target)  # nor a symlink
    removed = {p.name for p in leftovers.sweep_folder(folder)}
    assert removed == set(remove)
    assert all((folder / name).exists() for name in keep)
    assert target.read_text() == "keep me"


def test_a_failure_while_writing_leaves_the_old_file_and_no_temporary(tmp_path: Path) -> None:
    out = tmp_path / "people.csv"
    out.write_text("last month's export")
    registry = leftovers._registry()
    with pytest.raises(RuntimeError), outputs.atomic_output(out) as tmp:
        tmp.write_text("half of this month's")
        raise RuntimeError("the export broke off")
    assert out.read_text() == "last month's export"
    assert temp_files(tmp_path) == [] and (not registry.exists() or list(registry.iterdir()) == [])


def test_a_file_appearing_meanwhile_is_not_overwritten_by_a_backup(tmp_path: Path) -> None:
    out = tmp_path / "copy.db"
    with pytest.raises(outputs.OutputRefused, match="never written over"), \
            outputs.atomic_output(out, overwrite=False) as tmp:
        tmp.write_bytes(b"the new copy")
        out.write_bytes(b"someone else's file, saved a moment ago")
    assert out.read_bytes() == b"someone else's file, saved a moment ago"
    assert temp_files(tmp_path) == []


def test_preview_folders_of_a_killed_window_are_cleaned_at_next_start(tmp_path: Path) -> None:
    """A real process makes a preview (as the Reports screen does) and is killed; the next one cleans it."""
    temp_root = tmp_path / "tmp"
    temp_root.mkdir()
    env = {**os.environ, "TMPDIR": str(temp_root), "PYTHONPATH": str(ROOT)}
    code = ("import os, sys; from mentordesk.storage.leftovers import private_temp_folder; "
            "p = private_temp_folder(); (p / 'preview-1.pdf').write_bytes(b'%PDF personal'); "
            "print(p, flush=True); sys.stdin.read()")
    proc = subprocess.Popen([sys.executable, "-c", code], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            text=True, env=env)
    first = Path(proc.stdout.readline().strip())
    assert (first / "preview-1.pdf").exists() and first.stat().st_mode & 0o777 == 0o700
    proc.kill()
    proc.wait()
    user_folder = temp_root / "mentordesk-previews-of-mine"
    user_folder.mkdir()
    again = "from mentordesk.storage.leftovers import private_temp_folder; print(private_temp_folder())"
    second = subprocess.run([sys.executable, "-c", again], capture_output=True, text=True, env=env, check=True)
    assert not first.exists()
    assert Path(second.stdout.strip()).exists()  # that process ended too, but normally: its own folder is fresh
    assert user_folder.exists()


# -- missing, unwritable and full destinations --------------------------------------------------

def test_missing_folder_is_a_sentence(demo_file: Path, home: Path) -> None:
    db = demo_file
    (home / "a-file").write_text("x")
    cases = [["export-people", "nowhere/people.csv"],
             ["report", "--program", PROGRAM, "--out", "nowhere/r.pdf"],
             ["backup", "--out", "a-file/copy.db"]]
    for args in cases:
        result = run_cli(home, "--db", str(db), *args)
        assert result.returncode == 1 and result.stderr.startswith("mentordesk: "), result.stderr
        assert "Traceback" not in result.stderr and ("does not exist" in result.stderr
                                                     or "not a folder" in result.stderr)
    assert not (home / "nowhere").exists() and (home / "a-file").read_text() == "x"


def _as_nobody(home: Path, base: Path, db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return run_cli(home, "--db", str(db), *args, prefix=SETPRIV,
                   MENTORDESK_CONFIG_DIR=str(base / "config"), MENTORDESK_DATA_DIR=str(base / "data"))


def test_unwritable_folder_and_file_are_sentences(demo_master: Path, public_folder: Path) -> None:
    if shutil.which("setpriv") is None:
        pytest.skip("setpriv is not installed")
    db = public_folder / "acme.db"
    shutil.copy(demo_master, db)
    db.chmod(0o644)
    locked = public_folder / "locked"
    locked.mkdir(mode=0o755)  # root's: the unprivileged user may not create files in it
    open_dir = public_folder / "open"
    open_dir.mkdir()
    open_dir.chmod(0o777)
    (public_folder / "config").mkdir(mode=0o777)
    (public_folder / "config").chmod(0o777)
    readonly = open_dir / "people.csv"
    readonly.write_text("someone's protected export")
    readonly.chmod(0o444)
    digest, people = sha(db), people_count(db)
    cases = {
        ("export-people", str(locked / "people.csv")): "not allowed to write",
        ("backup", "--out", str(locked / "copy.db")): "not allowed to write",
        ("backup", "--out", str(locked / "new" / "copy.db")): "not allowed to write",
        ("report", "--program", PROGRAM, "--out", str(locked / "r.pdf")): "not allowed to write",
        ("report", "--program", PROGRAM, "--each", "--out-dir", str(locked / "each")): "not allowed to write",
        ("export-people", str(readonly)): "read-only",
    }
    for args, words in cases.items():
        result = _as_nobody(public_folder, public_folder, db, *args)
        assert result.returncode == 1, (args, result.stdout, result.stderr)
        assert result.stderr.startswith("mentordesk: ") and "Traceback" not in result.stderr, result.stderr
        assert words in result.stderr, result.stderr
    assert list(locked.iterdir()) == [] and readonly.read_text() == "someone's protected export"
    assert [p.name for p in open_dir.iterdir()] == ["people.csv"]
    assert sha(db) == digest and people_count(db) == people


@pytest.fixture
def small_disk(public_folder: Path):
    """A 200 KB tmpfs, nearly filled, if this machine lets us mount one."""
    mount = public_folder / "small"
    mount.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=200k,mode=0777", "tmpfs", str(mount)],
                          capture_output=True, text=True, check=False)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a small tmpfs to make a full disk here: {done.stderr.strip()}")
    try:
        filler = mount / "filler"
        fd = os.open(filler, os.O_WRONLY | os.O_CREAT, 0o600)
        try:
            while True:
                os.write(fd, b"\0" * 4096)
        except OSError as exc:
            assert exc.errno == errno.ENOSPC
        finally:
            os.close(fd)
        os.truncate(filler, filler.stat().st_size - 8192)  # a little room: writing starts, then fails
        yield mount
    finally:
        subprocess.run(["umount", str(mount)], check=False)


def test_full_disk_is_a_sentence_and_leaves_nothing(demo_file: Path, home: Path, small_disk: Path) -> None:
    digest, people = sha(demo_file), people_count(demo_file)
    for args in (["export-people", str(small_disk / "people.csv")],
                 ["backup", "--out", str(small_disk / "copy.db")],
                 ["report", "--program", PROGRAM, "--out", str(small_disk / "r.pdf")],
                 ["report", "--program", PROGRAM, "--each", "--out-dir", str(small_disk / "each")]):
        result = run_cli(home, "--db", str(demo_file), *args)
        assert result.returncode == 1, (args, result.stderr)
        assert result.stderr.startswith("mentordesk: The disk is full") and "Traceback" not in result.stderr
        names = sorted(p.name for p in small_disk.iterdir())
        assert names in (["filler"], ["each", "filler"]), names
        if (small_disk / "each").exists():
            assert list((small_disk / "each").iterdir()) == []
    assert sha(demo_file) == digest and people_count(demo_file) == people


# -- the window shows the sentence ------------------------------------------------------------------

@pytest.fixture
def window(open_window, demo_file: Path):
    return open_window(demo_file, show=False)


def _error_text(qtbot, widget) -> str:
    from PySide6.QtWidgets import QMessageBox

    def boxes():
        return [b for b in widget.findChildren(QMessageBox) if b.objectName() == "errorBox"]
    qtbot.waitUntil(lambda: bool(boxes()), timeout=10000)
    return boxes()[-1].text()


@pytest.mark.parametrize("spelling", ["same", "symlink", "journal"])
def test_window_export_and_backup_show_the_sentence(qtbot, window, monkeypatch: pytest.MonkeyPatch,
                                                    spelling: str) -> None:
    from ui import file_actions, file_dialogs

    db = window.db.path
    target = {"same": db, "symlink": db.with_name("link.db"), "journal": db.with_name(db.name + "-journal")}[spelling]
    if spelling == "symlink":
        target.symlink_to(db)
    digest, people = sha(db), people_count(db)
    monkeypatch.setattr(file_dialogs.QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.export_people_dialog()
    assert "Nothing was written" in _error_text(qtbot, window)
    for box in window.findChildren(file_actions.QMessageBox):
        box.close()
        box.setObjectName("seen")
    file_actions._backup_now(window)
    assert "Nothing was written" in _error_text(qtbot, window)
    assert sha(db) == digest and people_count(db) == people


def test_window_report_save_shows_the_sentence(qtbot, window, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    from ui import file_dialogs

    db = window.db.path
    ledger = db.with_name("ledger.pdf")
    make_sqlite(ledger)
    before = sha(ledger)
    window.show()
    view = window.show_view("ReportsView")
    view.reload()
    view.item_list.setCurrentRow(1)
    view.refresh_preview()
    qtbot.waitUntil(view.preview_ready, timeout=30000)
    monkeypatch.setattr(file_dialogs.QFileDialog, "getSaveFileName", lambda *a, **k: (str(ledger), ""))
    view.save_dialog()  # the slot shows the sentence and raises nothing into Qt
    assert "database" in _error_text(qtbot, view)
    with pytest.raises(MentorDeskError):
        view.save_to(db)  # the company file itself
    for box in view.findChildren(QMessageBox):
        box.close()
        box.setObjectName("seen")
    backups = backups_dir_for(db)
    view.export_all(out_dir=backups)  # all reports of the program, into the backups folder
    assert "backups" in _error_text(qtbot, view)
    assert sha(ledger) == before and not any(backups.glob("*.pdf"))


def test_unicode_form_and_case_of_the_company_file(demo_master: Path, tmp_path: Path) -> None:
    """A share may store names decomposed (macOS) or ignore case: 'Café.db' is 'CAFE\u0301.DB-JOURNAL''s file."""
    from mentordesk.services import people
    from mentordesk.storage.database import Database

    db_path = tmp_path / "Caf\u00e9.db"
    shutil.copy(demo_master, db_path)
    digest = sha(db_path)
    db = Database.open(db_path, readonly=True)
    try:
        for spelling in ("CAFE\u0301.DB-JOURNAL", "cafe\u0301.db", ".cafe\u0301.DB.mentordesk-lock"):
            with pytest.raises(outputs.OutputRefused):
                people.export_people(db, tmp_path / spelling)
            assert not (tmp_path / spelling).exists()
    finally:
        db.close()
    assert sha(db_path) == digest
