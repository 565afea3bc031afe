"""Start-up stays light: the parser and one-record commands import no heavy library.

Each case runs `python -X importtime -m mentordesk ...` as a real process and
reads the modules it imported from Python's own import log. No timings are
asserted (the machine may be busy); what is asserted is which libraries were
loaded at all, which is what decides start-up time.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
HEAVY = ("scipy", "numpy", "reportlab", "PySide6", "pandas")


def run_logged(home: Path, *args: str) -> tuple[subprocess.CompletedProcess[str], set[str]]:
    """Run the CLI with the import log on; return the result and the top-level packages imported."""
    env = {**os.environ, "MENTORDESK_CONFIG_DIR": str(home / "config"),
           "MENTORDESK_DATA_DIR": str(home / "data"), "PYTHONPATH": str(ROOT)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    done = subprocess.run([sys.executable, "-X", "importtime", "-m", "mentordesk", *args],
                          check=False, capture_output=True, text=True, env=env, cwd=str(home), timeout=300)
    imported = set()
    for line in done.stderr.splitlines():
        if line.startswith("import time:") and line.count("|") == 2:
            name = line.rsplit("|", 1)[1].strip()
            imported.add(name.split(".")[0])
    return done, imported


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, str, str]:
    home = tmp_path_factory.mktemp("startup")
    db = home / "demo.db"
    made, _ = run_logged(home, "--db", str(db), "demo")
    assert made.returncode == 0, made.stderr[-2000:]
    listed, _ = run_logged(home, "--db", str(db), "relationships", "--json")
    active = next(r for r in json.loads(listed.stdout) if r["status"] == "active" and r["program"])
    return home, db, active["id"], active["program"]


def test_the_import_log_is_read(demo) -> None:
    """The checks below could not pass by misreading the log: `match` does load numpy and scipy."""
    home, db, _, program = demo
    done, imported = run_logged(home, "--db", str(db), "match", "--program", program)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "mentordesk" in imported and "argparse" in imported
    assert {"numpy", "scipy"} <= imported, sorted(imported)


@pytest.mark.parametrize("args", [["--help"], ["report", "--help"], ["match", "--help"], ["--version"]])
def test_help_imports_no_heavy_library(demo, args) -> None:
    home, _, _, _ = demo
    done, imported = run_logged(home, *args)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "usage" in done.stdout.lower() or "MentorDesk" in done.stdout
    assert not imported & set(HEAVY), sorted(imported & set(HEAVY))


def test_one_record_commands_import_no_heavy_library(demo) -> None:
    home, db, rel, _ = demo
    cases = [
        ["people"],
        ["people", "--json", "--search", "a"],
        ["relationships"],
        ["attention"],
        ["goals", "--relationship", rel],
        ["log-meeting", "--relationship", rel, "--date", "2026-01-01", "--outcome", "cancelled", "--minutes", "0"],
    ]
    for args in cases:
        done, imported = run_logged(home, "--db", str(db), *args)
        # A refusal in plain words is fine here (e.g. a date before the pair began): what counts is the imports.
        assert done.returncode in (0, 1) and "Traceback" not in done.stderr, (args, done.stderr[-2000:])
        assert not imported & set(HEAVY), (args, sorted(imported & set(HEAVY)))


def test_report_loads_reportlab_but_not_the_matching_stack(demo) -> None:
    home, db, rel, _ = demo
    out = home / "r.pdf"
    done, imported = run_logged(home, "--db", str(db), "report", "--relationship", rel, "--out", str(out))
    assert done.returncode == 0, done.stderr[-2000:]
    assert out.read_bytes().startswith(b"%PDF")
    assert "reportlab" in imported
    assert not imported & {"scipy", "numpy", "PySide6", "pandas"}, sorted(imported)
