"""Peer matching keeps to the house bar: Cancel stops it at once in every phase (the blossom step
included, which runs in a child process), nothing in the file changes, no process is left
behind, the progress bar moves and ends full, and the pairing stays exact (against networkx).

Real company files, a real child process, a real kill -9. The only timing asserted is a
generous bound on how soon a cancel takes effect, against a blossom step that would run for
many seconds more.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import networkx as nx
import numpy as np
import pytest

from mentordesk.errors import Cancelled, MentorDeskError
from mentordesk.matching import peer, peer_solver
from mentordesk.services import kind_matching, matching
from mentordesk.storage.database import Database

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_peer import TODAY, build_peer_file  # noqa: E402

#: Seconds a cancel may take to be honoured: generous on a shared 2-core machine.
CANCEL_BOUND = 10.0


# -- helpers: the file's rows, the solver's child processes -----------------------------------------

def rows_of(path: Path) -> list[str]:
    """Every row of every table, read through a separate read-only connection."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def solver_children(parent: int | None = None) -> list[int]:
    """Live child processes of `parent` that are multiprocessing spawn children (the solver), from /proc.

    multiprocessing's own resource tracker (one per process, for life) is not a solver and not counted."""
    parent = os.getpid() if parent is None else parent
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            cmdline = (entry / "cmdline").read_bytes().replace(b"\0", b" ")
        except OSError:
            continue  # ended meanwhile
        state, ppid = stat.rsplit(")", 1)[1].split()[:2]
        if int(ppid) == parent and state != "Z" and b"spawn_main" in cmdline:
            found.append(int(entry.name))
    return found


def wait_for(condition, limit: float = 120.0, what: str = "condition") -> None:
    """Wait (bounded) for a real condition: a process appearing or ending."""
    deadline = time.monotonic() + limit
    while not condition():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.01)


@pytest.fixture(scope="module")
def peer_file(tmp_path_factory) -> tuple[Path, str]:
    """A real company file: 1,000 colleagues enrolled on both sides of one peer program."""
    return build_peer_file(tmp_path_factory.mktemp("peer"), 1000)


@pytest.fixture
def slow_blossom(monkeypatch) -> None:
    """Pair the whole cohort exactly (every allowed pair an edge): at 1,000 people the blossom step
    then runs for many seconds in its child process, long enough to cancel it midway."""
    monkeypatch.setattr(peer, "PEER_EXACT", 10**6)


# -- Cancel ----------------------------------------------------------------------------------------

def test_cancel_during_the_blossom_step_stops_it_promptly_and_changes_nothing(peer_file, slow_blossom) -> None:
    path, program_id = peer_file
    before = rows_of(path)
    stop = threading.Event()
    outcome: dict[str, object] = {}

    def work() -> None:
        db = Database.open(path)
        try:
            outcome["run"] = matching.run_match(db, program_id, cancelled=stop.is_set, today=TODAY)
        except BaseException as exc:  # noqa: BLE001 - inspected below
            outcome["error"] = exc
        finally:
            db.close()

    worker = threading.Thread(target=work)
    worker.start()
    wait_for(lambda: solver_children() or not worker.is_alive(), what="the blossom's child process")
    children = solver_children()
    assert children, f"the blossom step never ran in a child process: {outcome}"
    asked = time.monotonic()
    stop.set()
    worker.join(CANCEL_BOUND)
    took = time.monotonic() - asked
    assert not worker.is_alive() and took < CANCEL_BOUND, f"cancel took more than {CANCEL_BOUND} s"
    assert isinstance(outcome.get("error"), Cancelled), outcome
    assert "Nothing was changed" in str(outcome["error"])
    assert solver_children() == [] and not any(Path(f"/proc/{pid}").exists() for pid in children)
    assert rows_of(path) == before


@pytest.mark.parametrize("at_step", [2, kind_matching._SCORED, kind_matching._GRAPH, kind_matching._PAIRED[1],
                                     kind_matching._PAIRED[2], 85])
def test_cancel_in_every_phase_raises_cancelled_and_changes_nothing(peer_file, at_step) -> None:
    """Scoring, between the two blossom rounds, before and during the explanations: Cancel pressed
    as the bar reaches `at_step` is honoured at the next check, with the file untouched."""
    path, program_id = peer_file
    before = rows_of(path)
    seen: list[int] = []
    db = Database.open(path)
    try:
        with pytest.raises(Cancelled):
            matching.run_match(db, program_id, progress=lambda done, total: seen.append(done),
                               cancelled=lambda: bool(seen) and seen[-1] >= at_step, today=TODAY)
    finally:
        db.close()
    assert seen and seen[-1] >= at_step and seen[-1] < kind_matching.PEER_STEPS
    assert solver_children() == []
    assert rows_of(path) == before


CHILD = r"""
from mentordesk.matching import peer_solver
from tests.test_peer_matching_cancel import _big_graph

if __name__ == "__main__":
    print("solving", flush=True)
    peer_solver.max_matching(1500, _big_graph())
    print("finished", flush=True)
"""


def test_the_solver_child_dies_with_its_parent(tmp_path: Path) -> None:
    """kill -9 of the app mid-blossom leaves no solver running on."""
    parent = subprocess.Popen([sys.executable, "-c", CHILD], cwd=str(ROOT), stdout=subprocess.PIPE, text=True,
                              env=dict(os.environ, PYTHONPATH=str(ROOT)))
    try:
        assert parent.stdout.readline().strip() == "solving"
        wait_for(lambda: solver_children(parent.pid) or parent.poll() is not None, what="the solver child")
        children = solver_children(parent.pid)
        assert children and parent.poll() is None, "the solver never started in a child"
        os.kill(parent.pid, signal.SIGKILL)
        parent.wait(CANCEL_BOUND)
        wait_for(lambda: not any(_alive(pid) for pid in children), limit=CANCEL_BOUND, what="the orphan to end")
    finally:
        if parent.poll() is None:
            parent.kill()
            parent.wait()


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def _big_graph(n: int = 1500, seed: int = 5) -> peer_solver.Edges:
    """A dense random graph whose blossom step takes many seconds (and goes to the child)."""
    rng = np.random.default_rng(seed)
    a, b = np.nonzero(np.triu(rng.random((n, n)) < 0.6, 1))
    return a, b, rng.integers(1, 10**6, a.size)


def test_a_solver_killed_from_outside_is_a_plain_sentence_not_a_hang() -> None:
    outcome: dict[str, BaseException] = {}

    def work() -> None:
        try:
            peer_solver.max_matching(1500, _big_graph())
        except BaseException as exc:  # noqa: BLE001 - inspected below
            outcome["error"] = exc

    worker = threading.Thread(target=work)
    worker.start()
    wait_for(lambda: solver_children() or not worker.is_alive(), what="the solver child")
    children = solver_children()
    assert children, outcome
    os.kill(children[0], signal.SIGKILL)  # as the system does when memory runs out
    worker.join(CANCEL_BOUND)
    assert not worker.is_alive(), "the run waited on a dead solver"
    error = outcome["error"]
    assert isinstance(error, MentorDeskError) and not isinstance(error, Cancelled)
    assert "nothing was changed" in str(error) and "Traceback" not in str(error)
    assert solver_children() == []


FAILING_START = r"""
from mentordesk.matching import peer_solver
from tests.test_peer_matching_cancel import _big_graph

if __name__ != "__main__":  # the spawned child re-reads this file: its start-up fails right here
    raise SystemExit("a broken start-up")
try:
    peer_solver.max_matching(1500, _big_graph())
except Exception as exc:
    print(type(exc).__name__, exc, flush=True)
"""


def test_a_solver_that_fails_to_start_is_a_plain_sentence_not_a_hang(tmp_path: Path) -> None:
    """The child dies before it has even taken its end of the pipe (its start-up failed)."""
    script = tmp_path / "failing_start.py"
    script.write_text(FAILING_START, encoding="utf-8")
    res = subprocess.run([sys.executable, str(script)], cwd=str(ROOT), capture_output=True, text=True,
                         timeout=120, env=dict(os.environ, PYTHONPATH=str(ROOT)), check=False)
    assert "MentorDeskError Pairing the peers stopped before it finished" in res.stdout, res.stdout + res.stderr


# -- Progress --------------------------------------------------------------------------------------

@pytest.mark.parametrize("size", [40, 400])
def test_progress_moves_through_every_phase_and_ends_full(tmp_path: Path, size: int) -> None:
    """Small (exact, one round) and large (two rounds, a child process) cohorts alike."""
    path, program_id = build_peer_file(tmp_path, size)
    calls: list[tuple[int, int]] = []
    db = Database.open(path)
    try:
        run = matching.run_match(db, program_id, progress=lambda done, total: calls.append((done, total)),
                                 today=TODAY)
    finally:
        db.close()
    assert 0 < len(run.proposals) <= size // 2
    done = [d for d, _t in calls]
    assert {t for _d, t in calls} == {kind_matching.PEER_STEPS}
    assert done == sorted(done) and len(set(done)) == len(done), "the bar never goes back or stands still"
    assert done[-1] == kind_matching.PEER_STEPS
    assert {kind_matching._SCORED, kind_matching._GRAPH, kind_matching._PAIRED[2]} <= set(done)
    assert (kind_matching._PAIRED[1] in done) == (size > peer.PEER_EXACT)
    assert len(done) >= 10, "scoring and explaining report along the way, not only at the end"


# -- Exactness -------------------------------------------------------------------------------------

def _random_graph(seed: int) -> tuple[int, peer_solver.Edges]:
    rng = random.Random(seed)
    n = rng.randint(2, 45)
    density = rng.choice([0.1, 0.3, 0.7, 1.0])
    weights = [1, 2, 3] if seed % 2 else list(range(1, 10**5))  # few values: many ties; many: none
    pairs = [(a, b) for a in range(n) for b in range(a + 1, n) if rng.random() < density]
    a = np.array([p[0] for p in pairs], dtype=np.int64)
    b = np.array([p[1] for p in pairs], dtype=np.int64)
    return n, (a, b, np.array([rng.choice(weights) for _ in pairs], dtype=np.int64))


def _networkx_best(n: int, edges: peer_solver.Edges) -> tuple[int, int]:
    """(pairs, total weight) of networkx's maximum-cardinality maximum-weight matching."""
    graph = nx.Graph()
    graph.add_nodes_from(range(n))
    graph.add_weighted_edges_from(zip(*(e.tolist() for e in edges), strict=True))
    found = nx.max_weight_matching(graph, maxcardinality=True)
    return len(found), sum(graph[x][y]["weight"] for x, y in found)


def _checked(n: int, edges: peer_solver.Edges, pairs: list[tuple[int, int]]) -> tuple[int, int]:
    weight = {(int(x), int(y)): int(w) for x, y, w in zip(*edges, strict=True)}
    people = [p for pair in pairs for p in pair]
    assert len(people) == len(set(people)), "someone is in two pairs"
    assert all(pair in weight for pair in pairs), "a pair that is not an edge"
    return len(pairs), sum(weight[pair] for pair in pairs)


@pytest.mark.parametrize("seed", range(10))
def test_the_blossom_step_is_exact_against_networkx(seed: int) -> None:
    n, edges = _random_graph(seed)
    assert _checked(n, edges, peer_solver.max_matching(n, edges)) == _networkx_best(n, edges)


@pytest.mark.parametrize("seed", [1, 2])
def test_the_child_process_gives_the_same_exact_answer(seed: int, monkeypatch) -> None:
    n, edges = _random_graph(seed)
    inline = peer_solver.max_matching(n, edges)
    monkeypatch.setattr(peer_solver, "INLINE_EDGES", -1)  # every graph to the child
    assert peer_solver.max_matching(n, edges) == inline
    assert solver_children() == []


def _old_edges(mentees, mentors, scores, allowed) -> dict[frozenset, tuple[float, str, str]]:
    """What the plan did before (a Python loop per allowed pair): the better way round, first wins ties."""
    best: dict[frozenset, tuple[float, str, str]] = {}
    for i, j in zip(*allowed.nonzero(), strict=True):
        e, m = mentees[i], mentors[j]
        key = frozenset((e, m))
        if key not in best or scores[i, j] > best[key][0]:
            best[key] = (float(scores[i, j]), e, m)
    return best


@pytest.mark.parametrize("seed", range(6))
def test_the_peer_graph_is_the_one_the_loop_built_and_pairs_exactly(seed: int) -> None:
    """Colleagues on both sides (some on one only), scores with ties, pairs blocked one way round:
    the numpy graph has the loop's edges, weights and ways round, and the pairs are optimal."""
    rng = np.random.default_rng(seed)
    people = [f"p{k}" for k in range(int(rng.integers(3, peer.PEER_EXACT)))]
    mentees = [p for p in people if rng.random() < 0.9]
    mentors = [p for p in people if rng.random() < 0.8]
    scores = rng.choice([0.0, 1.5, 2.25, 7.0, 40.0], size=(len(mentees), len(mentors)))
    allowed = rng.random(scores.shape) < 0.7
    for i, p in enumerate(mentees):  # nobody with themselves, as the rules say
        if p in mentors:
            allowed[i, mentors.index(p)] = False
    graph = peer.peer_graph(mentees, mentors, scores, allowed)
    old = _old_edges(mentees, mentors, scores, allowed)
    assert set(graph.people) == {p for key in old for p in key}
    at = {p: k for k, p in enumerate(graph.people)}
    for score, e, m in old.values():
        assert graph.weight[at[e], at[m]] == round(score * 1000) + 1
        assert graph.pair(at[e], at[m]) == graph.pair(at[m], at[e]) == (e, m)
    assert int((graph.weight > 0).sum()) == 2 * len(old)
    pairs = peer.best_pairs(graph)
    a, b = np.nonzero(np.triu(graph.weight, 1))
    edges = (a, b, graph.weight[a, b])
    assert _checked(len(graph.people), edges, pairs) == _networkx_best(len(graph.people), edges)


# -- The window ------------------------------------------------------------------------------------

def test_cancel_in_the_matching_screen_says_so_and_proposes_nothing(qtbot, open_window, peer_file, slow_blossom,
                                                                     tmp_path: Path) -> None:
    """Run match in the real window, Cancel clicked while the blossom runs: the screen says it was
    cancelled, shows no proposal, and the file and the process list are as before."""
    from PySide6.QtCore import Qt

    from ui import tasks

    source, program_id = peer_file
    path = tmp_path / "company.db"
    shutil.copyfile(source, path)
    window = open_window(path)
    view = window.show_view("MatchingView")
    assert view.program_id() == program_id
    before = rows_of(path)
    qtbot.mouseClick(view.run_button, Qt.LeftButton)
    assert tasks.running_count() == 1
    qtbot.waitUntil(lambda: bool(solver_children()) or tasks.running_count() == 0, timeout=120_000)
    assert solver_children(), "the run ended before its blossom step could be cancelled"
    assert view.cancel_button.isVisible() and view.progress.isVisible()
    qtbot.mouseClick(view.cancel_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: tasks.running_count() == 0, timeout=int(CANCEL_BOUND * 1000))
    assert "Matching cancelled" in window.statusBar().currentMessage()
    assert view.run is None and view.model.rowCount() == 0
    assert not view.progress.isVisible() and view.run_button.isEnabled()
    assert solver_children() == []
    assert rows_of(path) == before


QUIT_CHILD = r'''
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox


def drive(app, state):
    from ui.app import MainWindow
    from tests.test_peer_matching_cancel import solver_children
    windows = [w for w in app.topLevelWidgets() if isinstance(w, MainWindow) and w.db is not None]
    if not windows:
        return
    window = windows[0]
    if state["view"] is None:
        state["view"] = window.show_view("MatchingView")
        state["view"].run_button.click()
        return
    if not state["closed"]:
        children = solver_children()
        if children:
            state["closed"] = True
            print("solver", *children, flush=True)
            window.close()
        return
    box = window.findChild(QMessageBox, "quitWhileBusyBox")
    if box is not None and box.isVisible():
        [b for b in box.buttons() if b.text() == "Stop It and Quit"][0].click()
        state["poll"].stop()


if __name__ == "__main__":  # the solver's spawned child imports this file too: it must not start an app
    from mentordesk.matching import peer
    from ui.app import main
    from ui.startup import start_qt

    peer.PEER_EXACT = 10**6  # a blossom step of many seconds, as in slow_blossom
    app = start_qt(["mentordesk-gui"])
    state = {"view": None, "closed": False, "poll": QTimer()}
    state["poll"].setInterval(5)
    state["poll"].timeout.connect(lambda: drive(app, state))
    state["poll"].start()
    code = main(["mentordesk-gui", "--db", sys.argv[1]])
    print("exit-code", code, flush=True)
    sys.exit(code)
'''


def test_quitting_while_the_blossom_runs_stops_it_and_exits_cleanly(peer_file, tmp_path: Path) -> None:
    """The real app in a real process: closed mid-blossom, "Stop It and Quit" ends the run and its
    child, the process exits 0 and the file is as it was."""
    source, _program_id = peer_file
    path = tmp_path / "company.db"
    shutil.copyfile(source, path)
    script = tmp_path / "child.py"
    script.write_text(QUIT_CHILD, encoding="utf-8")
    home = tmp_path / "home"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT),
               MENTORDESK_CONFIG_DIR=str(home / "config"), MENTORDESK_DATA_DIR=str(home / "data"),
               MENTORDESK_SITE="peer-quit-site")
    people_before = [row for row in rows_of(path) if "INSERT INTO \"people\"" in row]
    res = subprocess.run([sys.executable, str(script), str(path)], capture_output=True, text=True, timeout=120,
                         env=env, cwd=str(ROOT), check=False)
    assert res.returncode == 0, res.stdout + res.stderr
    assert "QThread" not in res.stderr and "Traceback" not in res.stderr
    solver = [line for line in res.stdout.splitlines() if line.startswith("solver ")]
    assert solver, "the window was not closed while the blossom ran: " + res.stdout
    assert "exit-code 0" in res.stdout
    assert not any(_alive(int(pid)) for pid in solver[0].split()[1:])
    assert [row for row in rows_of(path) if "INSERT INTO \"people\"" in row] == people_before
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT count(*) FROM relationships").fetchone()[0] == 0
    finally:
        conn.close()
