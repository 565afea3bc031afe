"""One-record commands import only what they use (issue 15), and say exactly what they said before.

Each case runs `mentordesk.cli.main([...])` in a real process through a tiny `-c`
wrapper that then writes `sorted(sys.modules)` to a file, and asserts that modules a
one-record command has no use for stayed out: Babel in English, the PDF libraries,
the erasure and merge rules, `socket`/`uuid`/`platform` (a lock note names the machine
by `uname`), `tempfile`/`shutil`'s archives, `_strptime`, `configparser` without saved
Preferences, `platformdirs` with the folders given. The same command is then run with
all of those imported first: its output (ids masked) and exit status must be the same,
so making an import lazy never changed what a command does, and the module list of
that run proves the check can see every name it forbids. No timings are asserted.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

#: Modules no one-record command needs (top-level names or exact module names).
NOT_NEEDED = ("babel", "reportlab", "PIL", "numpy", "scipy", "pypdf", "html", "email", "http", "urllib.request",
              "socket", "uuid", "platform", "tempfile", "_strptime", "configparser", "zoneinfo", "platformdirs",
              "multiprocessing", "logging", "mentordesk.storage.erasure", "mentordesk.storage.merge_result",
              "mentordesk.io.checkin_forms", "mentordesk.services.checkin_forms", "mentordesk.reports",
              "mentordesk.people_csv", "csv", "mentordesk.services.relationships", "mentordesk.matching")
#: What a command may load beyond that, and why.
ALLOWED: dict[str, set[str]] = {}
#: What a command must not load on top of NOT_NEEDED: listing people reads no relationship.
ALSO_NOT_NEEDED = {"people": ("mentordesk.relationship_models", "mentordesk.relationship_rules",
                               "mentordesk.services.edit_undo", "mentordesk.services.relationship_reading")}

#: Imported before the command in the comparison run: everything above, and every command area.
PRELOAD = ("babel.dates", "babel.numbers", "socket", "uuid", "platform", "tempfile", "_strptime", "configparser",
           "zoneinfo", "platformdirs", "logging", "html", "mentordesk.storage.erasure",
           "mentordesk.storage.merge_result", "mentordesk.services.checkin_forms", "mentordesk.io.checkin_forms",
           "mentordesk.services.people", "mentordesk.people_csv", "mentordesk.services.relationships")

WRAPPER = """
import importlib, json, os, sys
for name in json.loads(os.environ["PRELOAD"]):
    importlib.import_module(name)
if os.environ["PRELOAD"] != "[]":
    from mentordesk.cli import build_parser
    build_parser()
from mentordesk.cli import main
try:
    status = main(json.loads(os.environ["ARGS"]))
except SystemExit as exc:
    status = exc.code
sys.stdout.flush()
with open(os.environ["MODULES_OUT"], "w") as fh:
    json.dump(sorted(sys.modules), fh)
sys.exit(status)
"""
_ID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def run_main(home: Path, args: list[str], preload: tuple[str, ...] = ()) -> tuple[int, str, str, set[str]]:
    """`mentordesk.cli.main(args)` in a fresh English process; (status, stdout, stderr, modules loaded)."""
    out = home / "modules.json"
    env = {k: v for k, v in os.environ.items() if k not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "MENTORDESK_LANG")}
    env.update(LANG="en_GB.UTF-8", MENTORDESK_CONFIG_DIR=str(home / "config"), MENTORDESK_DATA_DIR=str(home / "data"),
               PYTHONPATH=str(ROOT), ARGS=json.dumps(args), PRELOAD=json.dumps(list(preload)), MODULES_OUT=str(out))
    done = subprocess.run([sys.executable, "-c", WRAPPER], capture_output=True, text=True, env=env, cwd=str(home),
                          timeout=300, check=False)
    modules = set(json.loads(out.read_text())) if out.exists() else set()
    out.unlink(missing_ok=True)
    return done.returncode, done.stdout, done.stderr, modules


def loaded(modules: set[str], name: str) -> bool:
    return name in modules or any(m.startswith(name + ".") for m in modules)


@pytest.fixture(scope="module")
def company(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    home = tmp_path_factory.mktemp("cli-imports")
    db = home / "demo.db"
    status, _, err, _ = run_main(home, ["--db", str(db), "demo"])
    assert status == 0, err
    _, listed, _, _ = run_main(home, ["--db", str(db), "relationships", "--json"])
    rel = next(r["id"] for r in json.loads(listed) if r["status"] == "active")
    _, people, _, _ = run_main(home, ["--db", str(db), "people", "--json"])
    return db, {"REL": rel, "EMP": json.loads(people)[5]["employee_id"]}


COMMANDS = [
    ["people"], ["people", "--json"], ["relationships"], ["relationships", "--json"], ["attention"],
    ["goals", "--relationship", "REL"], ["checkins", "--relationship", "REL"], ["person-history", "EMP"],
    ["log-meeting", "--relationship", "REL", "--date", "2026-11-20", "--outcome", "held", "--minutes", "30"],
    ["checkin", "--relationship", "REL", "--role", "mentor", "--date", "2026-11-20", "--score", "value_received=4"],
    ["archive-person", "EMP"], ["undo"],
]


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c[:2]))
def test_one_record_command_imports_only_what_it_uses(company, tmp_path, command):
    db, ids = company
    args = [ids.get(word, word) for word in command]
    lean_db, heavy_db = tmp_path / "lean" / "company.db", tmp_path / "heavy" / "company.db"
    for copy in (lean_db, heavy_db):  # a command that writes gets the same file, by the same name, in both runs
        copy.parent.mkdir()
        shutil.copyfile(db, copy)
    status, out, err, modules = run_main(tmp_path, ["--db", str(lean_db), *args])
    assert "Traceback" not in err, err
    assert status == (1 if command == ["undo"] else 0), err  # nothing recorded to undo in a fresh demo
    allowed = ALLOWED.get(command[0], set())
    forbidden = (*NOT_NEEDED, *ALSO_NOT_NEEDED.get(command[0], ()))
    unexpected = sorted(n for n in forbidden if n not in allowed and loaded(modules, n))
    assert unexpected == [], (command, unexpected)

    h_status, h_out, h_err, h_modules = run_main(tmp_path, ["--db", str(heavy_db), *args], preload=PRELOAD)
    assert (status, _ID.sub("<id>", out), _ID.sub("<id>", err)) == \
        (h_status, _ID.sub("<id>", h_out), _ID.sub("<id>", h_err)), command
    assert all(loaded(h_modules, n) for n in PRELOAD)  # the list really shows what was imported
    assert out.strip() or err.strip()  # the comparison compared something


def test_help_imports_no_storage_and_no_babel(company, tmp_path):
    status, out, _, modules = run_main(tmp_path, ["--help"])
    assert status == 0 and "log-meeting" in out
    assert not [n for n in ("babel", "sqlite3", "mentordesk.storage", "mentordesk.relationship_models", "platformdirs")
                if loaded(modules, n)], sorted(modules)


def test_the_check_sees_a_heavy_command(company, tmp_path):
    """`report` does need reportlab: the module list is not silently empty or stale."""
    db, ids = company
    status, _, err, modules = run_main(tmp_path, ["--db", str(db), "report", "--relationship", ids["REL"],
                                                  "--out", str(tmp_path / "r.pdf")])
    assert status == 0, err
    assert loaded(modules, "reportlab") and loaded(modules, "mentordesk.reports")


def test_preferences_file_is_still_read(company, tmp_path):
    """Skipping configparser when no Preferences were saved must not skip a saved language."""
    db, _ = company
    (tmp_path / "config").mkdir()
    (tmp_path / "config" / "mentordesk.ini").write_text("[ui]\nlanguage = de\n", encoding="utf-8")
    status, out, err, modules = run_main(tmp_path, ["--db", str(db), "relationships"])
    assert status == 0, err
    header = out.splitlines()[0]
    assert "Geplantes Ende" in header and "Planned end" not in header, header
    assert loaded(modules, "configparser")
