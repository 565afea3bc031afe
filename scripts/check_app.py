"""Check a built one-folder app (from scripts/build_app.py) the way a user would use it.

    python scripts/check_app.py [dist/MentorDesk]

From a folder outside the checkout: `mentordesk-cli` creates the demo company and
writes a relationship report whose fonts are all embedded and whose Chinese and
Greek names are real text (pypdf), then a whole program's batch of reports (worker
processes re-run the bundled program); `MentorDesk --check-start` shows the window
offscreen and a plain start stays up; a 1,000-colleague peer program is paired as the
checkout pairs it (its solver runs in a child process).  Prints `ok:`/`FAIL:` lines, the folder's
size, and exits 1 on any failure.  Run with the development Python (needs pypdf).
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

# check_wheel.py sits beside this script, so it is importable when this script runs.
from check_wheel import (
    CheckFailed,
    check_pdf,
    check_report,
    check_window,
    ok,
    run,
    user_env,
)

ROOT = Path(__file__).resolve().parent.parent
EXE = ".exe" if os.name == "nt" else ""


def check_batch(cli: str, work: Path, env: dict[str, str]) -> None:
    with sqlite3.connect(work / "company.db") as con:
        row = con.execute("SELECT name FROM programs WHERE deleted_at IS NULL ORDER BY name LIMIT 1").fetchone()
    if row is None:
        raise CheckFailed("the demo company has no program")
    out_dir = work / "batch"
    started = time.monotonic()
    run([cli, "--db", str(work / "company.db"), "report", "--program", row[0], "--each", "--out-dir", str(out_dir)],
        cwd=work, env=env, timeout=600)
    pdfs = sorted(out_dir.glob("*.pdf"))
    if len(pdfs) < 2:
        raise CheckFailed(f"the batch for {row[0]!r} wrote {len(pdfs)} reports")
    ok(f"batch of {len(pdfs)} reports for {row[0]!r} in {time.monotonic() - started:.1f} s (worker processes)")


def check_peer(cli: str, work: Path, env: dict[str, str]) -> None:
    """A 1,000-colleague peer program paired by the bundled program exactly as by the checkout.

    Its blossom step runs in a spawned child (`matching/peer_solver.py`), which in a bundle
    re-runs the bundled program itself: this proves the compiled solver and the child's
    start-up are in the bundle, and that both give the same pairs."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from bench_peer import build_peer_file  # the benchmark's real peer file (people, program, enrolments)

    os.environ.setdefault("MENTORDESK_CONFIG_DIR", str(work / "dev-config"))
    os.environ.setdefault("MENTORDESK_DATA_DIR", str(work / "dev-data"))
    path, _program_id = build_peer_file(work, 1000)
    with sqlite3.connect(path) as con:
        program = con.execute("SELECT name FROM programs WHERE kind = 'peer'").fetchone()[0]
    answers = []
    for who, command in (("bundle", [cli]), ("checkout", [sys.executable, "-m", "mentordesk"])):
        copy = work / f"peer-{who}.db"
        shutil.copy(path, copy)
        started = time.monotonic()
        done = run([*command, "--db", str(copy), "match", "--program", program, "--json"], cwd=work,
                   env={**env, "PYTHONPATH": str(ROOT)} if who == "checkout" else env, timeout=600)
        answers.append((done.stdout, time.monotonic() - started))
    if answers[0][0] != answers[1][0]:
        raise CheckFailed("the bundle paired the peer program differently from the checkout")
    pairs = len(json.loads(answers[0][0])["proposals"])
    if pairs < 400:
        raise CheckFailed(f"the bundle proposed only {pairs} peer pairs for 1,000 colleagues")
    ok(f"peer program of 1,000: {pairs} pairs, by the bundle as by the checkout, in {answers[0][1]:.1f} s "
       "(blossom step in a child process)")


def folder_size(folder: Path) -> tuple[int, int]:
    files = [p for p in folder.rglob("*") if p.is_file() and not p.is_symlink()]
    return sum(p.stat().st_size for p in files), len(files)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    app = Path(argv[0] if argv else ROOT / "dist" / "MentorDesk").resolve()
    cli, gui = app / f"mentordesk-cli{EXE}", app / f"MentorDesk{EXE}"
    work_root = Path(tempfile.mkdtemp(prefix="mentordesk-app-"))
    try:
        for program in (cli, gui):
            if not program.is_file():
                raise CheckFailed(f"{program} is missing")
        work = work_root / "elsewhere"
        work.mkdir()
        env = user_env(work_root / "home")
        version = run([str(cli), "--version"], cwd=work, env=env).stdout.splitlines()[0]
        ok(f"mentordesk-cli --version: {version}")
        check_pdf(check_report(str(cli), work, env))
        check_batch(str(cli), work, env)
        check_peer(str(cli), work, env)
        check_window(str(gui), work, env, silent_ok=os.name == "nt")
        size, count = folder_size(app)
        ok(f"{app.name}: {size / 2**20:.0f} MiB in {count} files")
    except (CheckFailed, OSError, sqlite3.Error, subprocess.SubprocessError) as exc:
        print(f"FAIL: {exc}", flush=True)
        return 1
    finally:
        shutil.rmtree(work_root, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
