"""ui/tasks.py's public waiting API, the one tests use instead of sleeping or reading `_running`.

Each task here blocks on a `threading.Event` the test controls, so "still
running" and "finished" are states the test sets, never a matter of timing.
"""

from __future__ import annotations

import threading

import pytest
from PySide6.QtWidgets import QWidget

from ui import tasks

pytestmark = pytest.mark.usefixtures("no_task_left_running")


@pytest.fixture
def parent(qtbot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def _blocked(gate: threading.Event, result: str = "done"):
    def work(ctx: tasks.TaskContext) -> str:
        while not gate.wait(0.05):  # bounded wait on the test's gate, checking for cancel between
            ctx.check_cancelled()
        return result
    return work


def test_the_count_and_wait_follow_a_running_task(parent):
    gate, results = threading.Event(), []
    assert tasks.running_count() == 0 and tasks.wait_for_all(0)
    task = tasks.run_in_background(parent, _blocked(gate), label="test", on_success=results.append,
                                   show_progress=False)
    assert tasks.running_count() == 1 and tasks.running_tasks() == [task]
    assert not tasks.wait_for_all(100)  # the gate is shut: still running when the time is up
    assert tasks.running_count() == 1 and results == []
    gate.set()
    assert tasks.wait_for_all(10_000)
    assert tasks.running_count() == 0 and tasks.running_tasks() == []
    assert results == ["done"] and task.result == "done" and task.error is None


def test_cancel_all_ends_every_task_through_its_cancel_callback(parent):
    gates = [threading.Event(), threading.Event()]
    cancelled: list[int] = []
    for i, gate in enumerate(gates):
        tasks.run_in_background(parent, _blocked(gate), label=f"test {i}", show_progress=False,
                                on_cancel=lambda i=i: cancelled.append(i),
                                on_success=lambda _r: pytest.fail("a cancelled task reported success"))
    assert tasks.running_count() == 2
    tasks.cancel_all()
    assert tasks.wait_for_all(10_000)
    assert sorted(cancelled) == [0, 1]


def test_when_idle_runs_once_after_the_last_task(qtbot, parent):
    gate, idle = threading.Event(), []
    tasks.when_idle(lambda: idle.append("at once"))
    assert idle == ["at once"]  # nothing ran
    tasks.run_in_background(parent, _blocked(gate), label="test", show_progress=False)
    tasks.when_idle(lambda: idle.append("after"))
    assert idle == ["at once"]
    gate.set()
    qtbot.waitUntil(lambda: len(idle) == 2, timeout=10_000)
    assert idle == ["at once", "after"] and tasks.running_count() == 0
