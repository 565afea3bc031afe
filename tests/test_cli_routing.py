"""A known command builds only its own area's parser, and the command line means the same.

The routing table in `cli/routing.py` is a speed hint: these tests keep it equal to
what the areas really register, check that a one-record command registers one area
(and so never imports the others), and that global options before the command are
read as before, in every spelling argparse accepts.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

import pytest

from mentordesk.cli import AREAS, build_parser, routing_missed
from mentordesk.cli.routing import COMMAND_AREAS, areas_for, command_word

ROOT = Path(__file__).resolve().parents[1]


def _commands(parser: argparse.ArgumentParser) -> set[str]:
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return set(sub.choices)


def test_the_table_names_every_command_and_its_area() -> None:
    assert set(COMMAND_AREAS) == _commands(build_parser())
    for command, area in COMMAND_AREAS.items():
        assert command in _commands(build_parser((area,))), (command, area)


@pytest.mark.parametrize(("argv", "word"), [
    (["people"], "people"),
    (["--db", "people", "relationships"], "relationships"),  # a file called "people"
    (["--d", "x.db", "report", "--relationship", "r"], "report"),  # argparse's prefix of --db
    (["--db=people", "--ignore-lock", "log-meeting"], "log-meeting"),
    (["--ignore-lock", "match", "--program", "p"], "match"),
    (["--help", "people"], None),
    (["-h"], None),
    (["--he", "people"], None),
    (["--version"], None),
    ([], None),
])
def test_command_word(argv: list[str], word: str | None) -> None:
    assert command_word(argv) == word


def test_unknown_or_help_gets_every_area() -> None:
    assert areas_for(["peple"], AREAS) == AREAS
    assert areas_for(["--help"], AREAS) == AREAS
    assert areas_for(["--db", "x", "people"], AREAS) == ("people",)


def test_a_stale_table_is_noticed() -> None:
    """A command moved to another area: the one-area parser misses it and main uses all areas."""
    assert routing_missed(build_parser(("people",)), ["match"])
    assert not routing_missed(build_parser(("matching",)), ["--db", "f", "match"])


_RECORD_MODULES = """
import atexit, runpy, sys
out = sys.argv.pop(1)
atexit.register(lambda: open(out, "w").write("\\n".join(sys.modules)))
runpy.run_module("mentordesk", run_name="__main__", alter_sys=True)
"""


def _modules_loaded(home: Path, *args: str) -> tuple[subprocess.CompletedProcess[str], set[str]]:
    """Run the CLI as a real process and return the modules it had loaded when it ended
    (`-X importtime` cannot tell: it does not log modules loaded with importlib)."""
    env = {**os.environ, "MENTORDESK_CONFIG_DIR": str(home / "config"),
           "MENTORDESK_DATA_DIR": str(home / "data"), "PYTHONPATH": str(ROOT)}
    out = home / "modules.txt"
    done = subprocess.run([sys.executable, "-c", _RECORD_MODULES, str(out), *args], check=False,
                          capture_output=True, text=True, env=env, cwd=str(home), timeout=300)
    return done, set(out.read_text().split())


@pytest.mark.parametrize(("args", "area"), [
    (["people", "--help"], "people"),
    (["--db", "{db}", "people"], "people"),
    (["--db={db}", "relationships"], "relationships"),
    (["--d", "{db}", "backups"], "backups"),
])
def test_a_known_command_imports_only_its_area(tmp_path: Path, args: list[str], area: str) -> None:
    db = str(tmp_path / "demo.db")
    made, _ = _modules_loaded(tmp_path, "--db", db, "init")
    assert made.returncode == 0, made.stderr[-2000:]
    done, loaded = _modules_loaded(tmp_path, *[a.format(db=db) for a in args])
    assert done.returncode == 0, done.stderr[-2000:]
    areas = {name.rsplit(".", 1)[1] for name in loaded if name.startswith("mentordesk.cli.")} & set(AREAS)
    assert areas == {area}, sorted(areas)


def test_full_help_still_lists_every_command(tmp_path: Path) -> None:
    done, loaded = _modules_loaded(tmp_path, "--help")
    assert done.returncode == 0
    assert all(command in done.stdout for command in COMMAND_AREAS), done.stdout
    assert {f"mentordesk.cli.{a}" for a in AREAS} <= loaded


def test_a_mistyped_command_is_refused_with_the_full_list(tmp_path: Path) -> None:
    done, _ = _modules_loaded(tmp_path, "peple")
    assert done.returncode == 2
    assert "invalid choice" in done.stderr and "relationships" in done.stderr and "export" in done.stderr
