"""Start-up of the command line, each command beside its plain-Python reference.

Run: ``python benchmarks/bench_startup.py [--runs N]``. Every figure is a whole
process (start to exit) on a demo company file, median of ``--runs`` runs
alternating with its reference's runs, printed beside the reference and the ratio:

* ``mentordesk --help`` against ``python -c pass`` (target <= 4x);
* the one-record commands ``people``, ``relationships``, ``log-meeting``
  against ``python -c pass`` (target <= 6x), and the other one-record commands
  (``attention``, ``goals``, ``checkins``, ``person-history``, ``checkin``,
  ``archive-person --restore``) against the same target;
* ``report --relationship`` against ``python -c "import reportlab.platypus"``
  (target <= 1.5x), since a report cannot start faster than its PDF library.

Measure with compiled bytecode cached (``PYTHONPYCACHEPREFIX`` set to a
writable folder, ``PYTHONDONTWRITEBYTECODE`` unset): without a cache every
run recompiles MentorDesk and the figures come out about three times slower.
On a shared machine wall times also measure the neighbours: the load
average is printed, and medians are used.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def run_once(cmd: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall time and CPU time (user + system) of one whole process.

    CPU time is the steadier figure on a shared machine: a neighbour's load
    stretches wall time but barely changes what the process itself computes.
    A failing command stops the benchmark with its message.
    """
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    # From a neutral folder: `python -m` puts the working folder first on sys.path.
    done = subprocess.run(cmd, check=False, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                          text=True, cwd=tempfile.gettempdir())
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode:
        raise SystemExit(f"{' '.join(cmd[1:])} failed: {done.stderr.strip()}")
    return wall, after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime


def paired(cmd: list[str], reference: list[str], env: dict[str, str], runs: int) -> tuple[tuple[float, float], ...]:
    """Medians (wall, CPU) of `cmd` and of its `reference`, their runs alternating.

    Alternating means both meet the same neighbours: on a shared machine whose load
    changes during the benchmark, a reference timed once at the start would make the
    later rows look better or worse than they are.
    """
    mine, ref = [], []
    for _ in range(runs):
        ref.append(run_once(reference, env))
        mine.append(run_once(cmd, env))
    return tuple((statistics.median(w for w, _ in s), statistics.median(c for _, c in s)) for s in (mine, ref))


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=9)
    args = ap.parse_args()
    if os.environ.get("PYTHONDONTWRITEBYTECODE"):
        print("warning: PYTHONDONTWRITEBYTECODE is set, so every run recompiles: "
              "unset it and set PYTHONPYCACHEPREFIX for meaningful figures")
    py = sys.executable
    with tempfile.TemporaryDirectory(prefix="bench-startup-") as tmp:
        folder = Path(tmp)
        env = {**os.environ, "MENTORDESK_CONFIG_DIR": str(folder / "config"),
               "MENTORDESK_DATA_DIR": str(folder / "data"), "PYTHONPATH": str(ROOT)}
        db = str(folder / "demo.db")
        md = [py, "-m", "mentordesk", "--db", db]
        subprocess.run([*md, "demo"], env=env, check=True, capture_output=True, cwd=tmp)
        listed = subprocess.run([*md, "relationships", "--json"], env=env, check=True,
                                capture_output=True, text=True, cwd=tmp).stdout
        rel_id = next(r["id"] for r in json.loads(listed) if r["status"] == "active")
        people = subprocess.run([*md, "people", "--json"], env=env, check=True, capture_output=True, text=True,
                                cwd=tmp).stdout
        emp = json.loads(people)[0]["employee_id"]
        today = datetime.date.today().isoformat()
        for cmd in ([py, "-c", "pass"], [*md, "--help"], [py, "-c", "import reportlab.platypus"]):
            run_once(cmd, env)  # warm the bytecode cache and the disk cache
        base, reportlab = [py, "-c", "pass"], [py, "-c", "import reportlab.platypus"]
        rows = [
            ("mentordesk --help", [*md, "--help"], "python -c pass", base, 4.0),
            ("mentordesk people", [*md, "people"], "python -c pass", base, 6.0),
            ("mentordesk relationships", [*md, "relationships"], "python -c pass", base, 6.0),
            ("mentordesk log-meeting", [*md, "log-meeting", "--relationship", rel_id, "--date", today,
                                        "--outcome", "held", "--minutes", "30"], "python -c pass", base, 6.0),
            ("mentordesk attention", [*md, "attention"], "python -c pass", base, 6.0),
            ("mentordesk goals", [*md, "goals", "--relationship", rel_id], "python -c pass", base, 6.0),
            ("mentordesk checkins", [*md, "checkins", "--relationship", rel_id], "python -c pass", base, 6.0),
            ("mentordesk person-history", [*md, "person-history", emp], "python -c pass", base, 6.0),
            ("mentordesk checkin", [*md, "checkin", "--relationship", rel_id, "--role", "mentor", "--date", today,
                                    "--score", "value_received=4"], "python -c pass", base, 6.0),
            ("mentordesk archive-person --restore", [*md, "archive-person", "--restore", emp], "python -c pass",
             base, 6.0),  # writes (restoring an active person is harmless), so it pays the lock note
            ("mentordesk report --relationship", [*md, "report", "--relationship", rel_id, "--out",
                                                  str(folder / "r.pdf")],
             "import reportlab.platypus", reportlab, 1.5),
        ]
        print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores "
              f"(shared machine: medians of {args.runs} runs alternating with the reference's, whole processes; "
              "wall / CPU seconds)")
        print(f"{'command':36} {'MentorDesk':>15}   {'reference':26} {'':>15}  {'ratio':>11}  target")
        for label, cmd, ref_label, reference, target in rows:
            took, ref = paired(cmd, reference, env, args.runs)
            wall, cpu = took[0] / ref[0], took[1] / max(ref[1], 1e-3)
            print(f"{label:36} {took[0]:6.3f} / {took[1]:5.3f}   {ref_label:26} {ref[0]:6.3f} / {ref[1]:5.3f}  "
                  f"{wall:4.1f}x / {cpu:4.1f}x  <= {target:g}x {'OK' if max(wall, cpu) <= target else 'MISSED'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
