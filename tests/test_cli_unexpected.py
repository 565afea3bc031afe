"""The command line's last word on a fault nobody foresaw: a sentence and exit 70, no traceback.

A real process runs `mentordesk.cli.main` after planting a fault (a RuntimeError, a KeyError)
in the service `mentordesk people` calls: what is under test is the CLI's handling, not the fault.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

PLANT = """
import sys
import mentordesk.services.people as target
def boom(*args, **kwargs):
    raise {error}
target.{name} = boom
from mentordesk.cli import main
sys.exit(main(sys.argv[1:]))
"""


def _run(tmp_path: Path, error: str, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    from mentordesk.storage.database import Database

    db = tmp_path / "company.db"
    if not db.exists():
        Database.open(db, create=True).close()
    code = PLANT.format(error=error, name="list_people")  # what `mentordesk people` calls
    environ = {**os.environ, "PYTHONPATH": str(ROOT), "MENTORDESK_CONFIG_DIR": str(tmp_path / "config"),
               "MENTORDESK_DATA_DIR": str(tmp_path / "data"), **env}
    if "MENTORDESK_DEBUG" not in env:
        environ.pop("MENTORDESK_DEBUG", None)
    return subprocess.run([sys.executable, "-c", code, "--db", str(db), *args], capture_output=True, text=True,
                          env=environ, timeout=120, cwd=tmp_path)


@pytest.mark.parametrize("error", ["RuntimeError('disk gremlin')", "KeyError('department')",
                                   "AttributeError('NoneType has no attribute name')"])
def test_an_unforeseen_fault_is_a_sentence(tmp_path, error):
    done = _run(tmp_path, error, "people")
    assert done.returncode == 70, (done.stdout, done.stderr)
    assert "Traceback" not in done.stderr
    kind = error.split("(")[0]
    assert done.stderr.startswith("mentordesk: an unexpected problem stopped this command") and kind in done.stderr
    assert "mentordesk check" in done.stderr


def test_a_developer_can_ask_for_the_traceback(tmp_path):
    done = _run(tmp_path, "RuntimeError('disk gremlin')", "people", MENTORDESK_DEBUG="1")
    assert done.returncode != 0 and "Traceback" in done.stderr and "disk gremlin" in done.stderr


def test_the_sentence_is_in_the_users_language(tmp_path):
    done = _run(tmp_path, "RuntimeError('x')", "people", LANG="es_ES.UTF-8", MENTORDESK_LANG="es")
    assert done.returncode == 70 and "Traceback" not in done.stderr
    assert "un problema inesperado detuvo este comando (RuntimeError)" in done.stderr


def test_a_user_error_keeps_its_own_sentence_and_exit_code(tmp_path):
    """The safety net is only for the unforeseen: a refused input still says its own sentence, exit 1."""
    done = _run(tmp_path, "RuntimeError('not reached')", "--db", str(tmp_path / "missing" / "x.db"), "people")
    assert done.returncode == 1 and "unexpected" not in done.stderr and "Traceback" not in done.stderr
