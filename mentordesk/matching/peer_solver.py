"""The peer pairing's blossom step: exact, and stoppable at any moment.

Pairing colleagues who enrol on both sides is a maximum-cardinality, maximum-weight matching
in a general graph, solved exactly by Edmonds' blossom algorithm. Why it runs the way it does:

- **rustworkx, not networkx.** Both implement the same algorithm (rustworkx's is a port of the
  same reference code) and are exact on integer weights; networkx's is pure Python and took
  ~35 s for a 1,000-person cohort, rustworkx's is compiled and takes a fraction of a second.
- **A child process for all but small graphs.** No library call can be interrupted from inside,
  and rustworkx holds the GIL for its whole call: on the window's worker thread it would freeze
  the window and Cancel would wait for the end. A graph of more than `INLINE_EDGES` edges is
  therefore solved in a child process (multiprocessing's *spawn* context: the app runs Qt threads,
  which forking would copy mid-flight; the bundled app's entry points call freeze_support) that is
  killed the moment `cancelled()` turns true, checked every `POLL_SECONDS`. The child ends with
  its parent, so killing the app leaves no solver running: on Linux at once (the kernel's
  parent-death signal); elsewhere through a thread waiting on the parent's sentinel, which can
  only act between rustworkx calls, so at the latest when that solve ends (it then has nobody
  to answer and exits). Cancel and Quit kill the child on every system. Small graphs are solved here:
  starting a child (a few tenths of a second) would cost more than the solve itself.

Nothing is written anywhere: the caller gets the pairs or `Cancelled`, so a cancel changes nothing.
"""

from __future__ import annotations

import multiprocessing
import os
import tempfile
from collections.abc import Callable

import numpy as np
from numpy.typing import NDArray

from ..errors import MentorDeskError
from ..i18n import gettext as _
from ..process_life import die_with_parent
from .cancel import stop_if_cancelled

__all__ = ["INLINE_EDGES", "POLL_SECONDS", "max_matching"]

#: Up to this many edges the solve takes milliseconds and runs in this process (the exact
#: graph of a 150-person cohort has 11,175); beyond it, in a child process that Cancel can kill.
INLINE_EDGES = 12_000
#: How often the caller's `cancelled()` is asked while the child solves.
POLL_SECONDS = 0.05

Edges = tuple[NDArray[np.int64], NDArray[np.int64], NDArray[np.int64]]


def max_matching(n: int, edges: Edges, cancelled: Callable[[], bool] | None = None) -> list[tuple[int, int]]:
    """The pairs (a, b) of a maximum-cardinality matching of greatest total weight.

    `n` vertices 0..n-1; `edges` are three equal-length arrays (a, b, integer weight > 0).
    Raises `Cancelled` as soon as `cancelled()` is true (the child, if any, is killed first).
    """
    if len(edges[0]) <= INLINE_EDGES:
        stop_if_cancelled(cancelled)
        return solve(n, edges)
    return _in_child(n, edges, cancelled or (lambda: False))


def solve(n: int, edges: Edges) -> list[tuple[int, int]]:
    """The matching itself (in whichever process runs it), as sorted (low, high) pairs."""
    import rustworkx as rx

    graph = rx.PyGraph(multigraph=False)
    graph.add_nodes_from(range(n))
    a, b, w = edges
    graph.add_edges_from(list(zip(a.tolist(), b.tolist(), w.tolist(), strict=True)))
    found = rx.max_weight_matching(graph, max_cardinality=True, weight_fn=int)
    return sorted((min(x, y), max(x, y)) for x, y in found)


def _failed() -> MentorDeskError:
    return MentorDeskError(_("Pairing the peers stopped before it finished: nothing was proposed and nothing "
                             "was changed. Run the match again; if it stops again, close other programs to "
                             "free memory first."))


def _in_child(n: int, edges: Edges, cancelled: Callable[[], bool]) -> list[tuple[int, int]]:
    """Solve in a spawned child, asking `cancelled()` while waiting; the child never outlives this call.

    The edges go through a private temporary file, not the start-up pipe: `Process.start()` writes
    its arguments into that pipe and blocks until the child has read them all, so a child that
    died while reading megabytes of edges would hang the caller beyond any Cancel. The file holds
    vertex numbers and weights only (no name, nothing personal) and is deleted on return.
    """
    context = multiprocessing.get_context("spawn")
    receive, send = context.Pipe(duplex=False)
    with tempfile.TemporaryDirectory(prefix="mentordesk-pairs-") as folder:
        graph = os.path.join(folder, "graph.npy")
        np.save(graph, np.stack(edges).astype(np.int64))
        child = context.Process(target=_child_main, args=(send, os.getpid(), n, graph),
                                name="mentordesk-peer-pairing", daemon=True)
        try:
            stop_if_cancelled(cancelled)
            try:
                child.start()
            except OSError as exc:
                raise _failed() from exc
            send.close()
            return _wait(receive, child.sentinel, cancelled)
        finally:
            if child.pid is not None:  # started: stopped and reaped (before its file goes) whatever happened
                child.kill()
                child.join()
            receive.close()
            send.close()


def _wait(receive, ended: int, cancelled: Callable[[], bool]) -> list[tuple[int, int]]:
    """The child's answer; `ended` (its sentinel) also wakes us, because a child that dies before
    it has even taken its end of the pipe (a crash at start-up) never closes that end."""
    from multiprocessing.connection import wait

    while not wait([receive, ended], POLL_SECONDS):
        stop_if_cancelled(cancelled)
    stop_if_cancelled(cancelled)
    if not receive.poll(0):  # it ended without a word (killed, out of memory, failed to start)
        raise _failed()
    try:
        return receive.recv()
    except (EOFError, OSError) as exc:  # it died midway through answering
        raise _failed() from exc


def _child_main(send, parent_pid: int, n: int, graph: str) -> None:
    """The child's whole life: end with the parent, read the edges, solve, answer."""
    die_with_parent(parent_pid)
    a, b, w = np.load(graph)
    send.send(solve(n, (a, b, w)))
    send.close()
