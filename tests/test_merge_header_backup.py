"""A merge that changes only the report header still backs the file up, so Undo takes it back.

Real files and real `mentordesk` processes: the header is set on a branch copy, merged into
the company's file, and undone; the backups folder is read as the window's Restore lists it.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from mentordesk.services import report_branding as branding
from mentordesk.storage.backup import list_backups
from mentordesk.storage.database import Database

ROOT = Path(__file__).resolve().parents[1]


def _cli(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "MENTORDESK_CONFIG_DIR": str(home / "config"),
           "MENTORDESK_DATA_DIR": str(home / "data"), "MENTORDESK_CACHE_DIR": str(home / "cache")}
    return subprocess.run([sys.executable, "-m", "mentordesk", *args], env=env, capture_output=True, text=True,
                          cwd=home)


def _header(path: Path) -> branding.Branding:
    db = Database.open(path, readonly=True)
    try:
        return branding.get_branding(db)
    finally:
        db.close()


def _set_header(path: Path, name: str) -> None:
    db = Database.open(path)
    try:
        branding.set_branding(db, name, None)
    finally:
        db.close()


def _merges(path: Path) -> list[Path]:
    return [b.path for b in list_backups(path) if b.reason == "merge"]


def test_a_header_only_merge_is_backed_up_and_undone(demo_file: Path, tmp_path: Path) -> None:
    main = tmp_path / "company-main.db"
    shutil.copy(demo_file, main)
    _set_header(main, "Acme Holding")
    branch = tmp_path / "branch.db"
    shutil.copy(main, branch)
    _set_header(branch, "Acme Rotterdam")  # later: the only difference, and it wins
    before = _merges(main)

    merged = _cli(tmp_path, "--db", str(main), "merge", str(branch))
    assert merged.returncode == 0, merged.stderr
    assert _header(main).company_name == "Acme Rotterdam"
    new = [b for b in _merges(main) if b not in before]
    assert len(new) == 1  # the backup a merge takes before it writes
    assert _header(new[0]).company_name == "Acme Holding"

    undone = _cli(tmp_path, "--db", str(main), "undo", "--yes")
    assert undone.returncode == 0, undone.stderr
    assert _header(main).company_name == "Acme Holding"


def test_a_merge_that_changes_nothing_takes_no_backup(demo_file: Path, tmp_path: Path) -> None:
    """The other side of the rule: an older header (or an identical file) changes nothing, so no backup."""
    main = tmp_path / "company-main.db"
    shutil.copy(demo_file, main)
    branch = tmp_path / "branch.db"
    _set_header(main, "Acme Holding")
    shutil.copy(main, branch)
    _set_header(main, "Acme Holding B.V.")  # here it is newer: the branch's older name loses
    before = _merges(main)
    merged = _cli(tmp_path, "--db", str(main), "merge", str(branch))
    assert merged.returncode == 0, merged.stderr
    assert _header(main).company_name == "Acme Holding B.V."
    assert _merges(main) == before
