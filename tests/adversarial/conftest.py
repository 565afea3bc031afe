"""Shared tools for the adversarial suite: real files, real processes, no mocks of the thing attacked.

Each test file here holds one class of attack from issue 9 (an output landing
on the company file, lying clocks, another company's file, mispaired journals,
backups evicting history, lock notes, hostile input, reports that crash).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def cli_env(home: Path, **extra: str) -> dict[str, str]:
    """The environment for a `mentordesk` child process: its own config and data folders."""
    env = dict(os.environ)
    env.update({
        "MENTORDESK_CONFIG_DIR": str(home / "config"),
        "MENTORDESK_DATA_DIR": str(home / "data"),
        "MENTORDESK_SITE": extra.pop("MENTORDESK_SITE", "adversary-site"),
        "PYTHONPATH": str(ROOT),
    })
    env.update(extra)
    return env


def run_cli(home: Path, *args: str, timeout: float = 120, prefix: list[str] | None = None,
            **env: str) -> subprocess.CompletedProcess[str]:
    """Run `python -m mentordesk ARGS` as a real process and return its result (never raises on exit code)."""
    cmd = [*(prefix or []), sys.executable, "-m", "mentordesk", *args]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, env=cli_env(home, **env),
                          cwd=str(home))


@pytest.fixture
def home(tmp_path: Path) -> Path:
    folder = tmp_path / "home"
    folder.mkdir()
    return folder
