"""Issue 15: a lazy CLI import runs with the cycle collector paused, and only while it runs.

In fresh processes (the collector's state is process-wide): no collection happens while a
heavy module tree is imported through `cli.lazy`, the collector is on again afterwards,
after an import that fails too, and a caller that paused it keeps it paused. No timings.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

#: Imported through `lazy`: counts the collections while it imports the report's services (reportlab).
_PROBE = """
import gc, __main__
before = len(__main__.seen)
paused = not gc.isenabled()
import mentordesk.services.reports
during = len(__main__.seen) - before
"""

_CODE = """
import gc, sys
from mentordesk.cli.lazy import lazy
seen = []
gc.callbacks.append(lambda phase, info: phase == "start" and seen.append(info["generation"]))
gc.set_threshold(1, 1, 1)  # a collection at nearly every allocation, unless paused
how = sys.argv[1]
if how == "paused-by-caller":
    gc.disable()
if how == "missing":
    try:
        lazy("mentordesk.no_such_module").anything
    except ModuleNotFoundError:
        pass
    else:
        raise SystemExit("no error")
    paused, during = True, 0
else:
    probe = lazy("lazy_probe")
    paused, during = probe.paused, probe.during
    assert "reportlab.platypus" in sys.modules
enabled = gc.isenabled()
after = len(seen)
gc.collect()
print(paused, during, enabled, len(seen) > after)
"""


def _run(how: str, folder: Path) -> list[str]:
    (folder / "lazy_probe.py").write_text(_PROBE)
    done = subprocess.run([sys.executable, "-c", _CODE, how], capture_output=True, text=True, cwd=ROOT,
                          env={"PYTHONPATH": f"{ROOT}:{folder}", "PATH": "/usr/bin:/bin"})
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout.split()


def test_a_lazy_import_runs_uncollected_and_the_collector_comes_back(tmp_path: Path) -> None:
    assert _run("import", tmp_path) == ["True", "0", "True", "True"]


def test_the_collector_comes_back_after_a_failed_import(tmp_path: Path) -> None:
    assert _run("missing", tmp_path)[2:] == ["True", "True"]


def test_a_caller_that_paused_the_collector_keeps_it_paused(tmp_path: Path) -> None:
    assert _run("paused-by-caller", tmp_path)[:3] == ["True", "0", "False"]


_FROZEN = """
import gc, sys, weakref
from mentordesk.cli.lazy import lazy
seen = []  # the probe counts collections here
before = gc.get_freeze_count()
lazy("lazy_probe").during  # imports reportlab through the lazy door
frozen = gc.get_freeze_count() - before


class Node:
    pass


collected = []
a, b = Node(), Node()
a.other, b.other = b, a  # a cycle made by the command after the import
weakref.finalize(a, collected.append, "a")
del a, b
gc.collect()
print(frozen > 10000, gc.isenabled(), collected == ["a"])
"""


def test_the_imported_tree_is_frozen_and_the_commands_own_cycles_are_still_collected(tmp_path: Path) -> None:
    """`gc.freeze` after the import keeps the collector off the module tree (issue 15), not off the
    command's work: a cycle the command drops afterwards is still collected."""
    (tmp_path / "lazy_probe.py").write_text(_PROBE)
    done = subprocess.run([sys.executable, "-c", _FROZEN], capture_output=True, text=True, cwd=ROOT,
                          env={"PYTHONPATH": f"{ROOT}:{tmp_path}", "PATH": "/usr/bin:/bin"})
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split() == ["True", "True", "True"]
