"""Helpers for the merge attacks: real processes (some on a clock one day fast) editing and merging real files."""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from mentordesk.storage.schema import SYNCED_TABLES

from .conftest import ROOT, cli_env, run_cli

#: A process whose clock runs one day ahead (libfaketime), like a branch laptop set wrong.
DAY_AHEAD = ["faketime", "-f", "+1d"]

_EDIT = r"""
import json, sys
from mentordesk.storage import rows
from mentordesk.storage.database import Database
path, eid, changes = sys.argv[1], sys.argv[2], json.loads(sys.argv[3])
db = Database.open(path)
with db.transaction() as conn:
    pid = conn.execute("SELECT id FROM people WHERE employee_id = ? AND deleted_at IS NULL", (eid,)).fetchone()[0]
    rows.update(conn, "people", pid, changes)
db.close()
"""


def need_faketime() -> None:
    if shutil.which("faketime") is None:
        pytest.skip("faketime is not installed (apt-get install faketime)")


def edit_person(home: Path, path: Path, eid: str, site: str, prefix: list[str] | None = None,
                **changes: Any) -> None:
    """Change a person in a separate process (optionally on a lying clock), as a laptop would."""
    cmd = [*(prefix or []), sys.executable, "-c", _EDIT, str(path), eid, json.dumps(changes)]
    done = subprocess.run(cmd, check=False, capture_output=True, text=True, timeout=120, cwd=str(ROOT),
                          env=cli_env(home, MENTORDESK_SITE=site))
    assert done.returncode == 0, done.stderr


def merge_cli(home: Path, into: Path, other: Path, site: str, *extra: str,
              prefix: list[str] | None = None) -> subprocess.CompletedProcess[str]:
    return run_cli(home, "--db", str(into), "merge", str(other), *extra, prefix=prefix, MENTORDESK_SITE=site)


def person(path: Path, eid: str) -> dict[str, Any]:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    conn.row_factory = sqlite3.Row
    row = conn.execute("SELECT * FROM people WHERE employee_id = ? AND deleted_at IS NULL", (eid,)).fetchone()
    conn.close()
    assert row is not None, f"nobody live with employee id {eid}"
    return {**dict(row), "field_times": json.loads(row["field_times"])}


def sql(path: Path, *statements: str | tuple[str, tuple]) -> None:
    """Edit a file behind MentorDesk's back, as a hostile or broken branch file would be."""
    conn = sqlite3.connect(path, isolation_level=None)
    for st in statements:
        if isinstance(st, tuple):
            conn.execute(*st)
        else:
            conn.execute(st)
    conn.close()


def dump(path: Path) -> dict[str, list[dict[str, Any]]]:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    conn.row_factory = sqlite3.Row
    out = {t: [dict(r) for r in conn.execute(f'SELECT * FROM "{t}" ORDER BY id')] for t in SYNCED_TABLES}
    conn.close()
    return out


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def body(output: str) -> list[str]:
    """A merge summary without its first line (which says dry run or merged)."""
    return output.strip().splitlines()[1:]
