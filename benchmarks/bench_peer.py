"""Peer matching (colleagues on both sides, each in one pair) beside two references on the same data.

Run: ``python benchmarks/bench_peer.py [--sizes 300,1000,2000] [--reference-limit 1000]``. For
each size a real company file is built (people imported from a generated CSV, a peer program,
everybody enrolled as mentor and as mentee) and ``services.matching.run_match`` is timed from
the file to the explained plan, in its own child process, split by the peer plan's progress
steps: load (reading the cohort), score, pairing (graph + blossom rounds), explain.

References, each in its own child process on the same file:

* networkx ``max_weight_matching(maxcardinality=True)`` on the SAME graph and the same two
  rounds as MentorDesk's blossom step (``matching.peer.best_pairs`` with networkx swapped in):
  the well-known library doing the identical exact work; the number of pairs must agree.
  Pure Python, so it is skipped beyond ``--reference-limit`` people.
* scipy's ``linear_sum_assignment`` on the same score matrix: the floor of an exact two-sided
  assignment. It is no substitute (it may pair A->B and B->A, or put one person in two pairs,
  which a peer program forbids), but it shows what exactness costs beyond the one-to-one plan.

Printed: the seconds of each, and MentorDesk / reference. The machine may be shared: the load
average is printed first.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

TODAY = date(2026, 6, 1)


def build_peer_file(folder: Path, n: int, seed: int = 1) -> tuple[Path, str]:
    """A real company file with `n` colleagues all enrolled on both sides of one peer program."""
    from bench_people import make_rows

    from mentordesk.models import Program
    from mentordesk.people_csv import write_people
    from mentordesk.services import people, programs
    from mentordesk.storage.database import Database

    rows = [dataclasses.replace(r, role="both", mentor_capacity=1) for r in make_rows(n, seed)]
    csv_path = folder / f"peer-{n}.csv"
    write_people(rows, csv_path)
    path = folder / f"peer-{n}.db"
    db = Database.open(path)
    try:
        people.import_people(db, csv_path)
        program_id = programs.create_program(db, Program(name=f"Peers {n}", kind="peer", start_date=TODAY))
        _enrol_all(db, program_id)
    finally:
        db.close()
    return path, program_id


def _enrol_all(db, program_id: str) -> None:
    from mentordesk.services import people, programs

    for person in people.list_people(db):
        programs.enrol(db, program_id, person.id, "mentor", "accepted")
        programs.enrol(db, program_id, person.id, "mentee", "applied")


def child_mentordesk(path: str, program_id: str) -> dict[str, float]:
    """run_match on the file, split by the steps of the peer plan's progress bar."""
    from mentordesk.services import kind_matching, matching
    from mentordesk.storage.database import Database

    db = Database.open(Path(path))
    reached: dict[int, float] = {}
    try:
        t0 = time.perf_counter()
        run = matching.run_match(db, program_id, today=TODAY,
                                 progress=lambda done, total: reached.setdefault(done, time.perf_counter() - t0))
        seconds = time.perf_counter() - t0
    finally:
        db.close()
    first = min(reached.values())  # loading the cohort from the file ends with the first call

    def at(step: int) -> float:
        return min(t for done, t in reached.items() if done >= step)

    scored, paired = at(kind_matching._SCORED), at(kind_matching._PAIRED[2])
    return {"seconds": seconds, "pairs": len(run.proposals), "load": first, "score": scored - first,
            "pairing": paired - scored, "explain": seconds - paired}


def _same_graph(path: str, program_id: str):
    """The graph MentorDesk's blossom step is given, rebuilt the way the plan builds it."""
    from mentordesk.matching.fast import ALLOWED, score_matrix
    from mentordesk.matching.peer import peer_graph
    from mentordesk.services import matching_inputs
    from mentordesk.storage.database import Database

    db = Database.open(Path(path))
    try:
        inp = matching_inputs.load(db, program_id)
    finally:
        db.close()
    scores, rules = score_matrix(inp.mentees, inp.mentors, inp.settings, inp.managers, inp.excluded,
                                 inp.preferences, inp.mentor_preferences, TODAY)
    ids = ([c.person_id for c in inp.mentees], [c.person_id for c in inp.mentors])
    return peer_graph(*ids, scores, rules == ALLOWED), scores, rules == ALLOWED


def child_reference(path: str, program_id: str) -> dict[str, float]:
    """networkx's blossom on the same graph and the same two rounds, and scipy's assignment floor."""
    import networkx as nx
    import numpy as np
    from scipy.optimize import linear_sum_assignment

    from mentordesk.matching import peer

    graph, scores, allowed = _same_graph(path, program_id)

    def networkx_solve(n, edges, cancelled=None):
        g = nx.Graph()
        g.add_nodes_from(range(n))
        g.add_weighted_edges_from(zip(*(e.tolist() for e in edges), strict=True))
        return sorted((min(a, b), max(a, b)) for a, b in nx.max_weight_matching(g, maxcardinality=True))

    t0 = time.perf_counter()
    real, peer.max_matching = peer.max_matching, networkx_solve
    try:
        pairs = peer.best_pairs(graph)
    finally:
        peer.max_matching = real
    nx_seconds = time.perf_counter() - t0
    t0 = time.perf_counter()
    rows, _cols = linear_sum_assignment(np.where(allowed, scores, -1e9), maximize=True)
    return {"networkx": nx_seconds, "pairs": len(pairs), "assignment": time.perf_counter() - t0,
            "assigned": len(rows)}


def _in_child(kind: str, path: Path, program_id: str) -> dict[str, float]:
    out = subprocess.run([sys.executable, __file__, "--child", kind, str(path), program_id],
                         capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="300,1000,2000")
    ap.add_argument("--reference-limit", type=int, default=1000,
                    help="largest cohort networkx is run on (pure Python: minutes beyond)")
    ap.add_argument("--child", nargs=3)
    args = ap.parse_args()
    if args.child:
        kind, path, program_id = args.child
        result = (child_mentordesk if kind == "mentordesk" else child_reference)(path, program_id)
        print(json.dumps(result))
        return 0
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores; seconds")
    print(f"{'people':>6} {'MentorDesk':>10} {'(load':>6} {'score':>6} {'pairing':>8} {'explain)':>9} "
          f"{'networkx':>9} {'ratio':>7} {'assignment':>10} {'ratio':>7}")
    with tempfile.TemporaryDirectory() as tmp:
        for n in (int(s) for s in args.sizes.split(",")):
            path, program_id = build_peer_file(Path(tmp), n)
            ours = _in_child("mentordesk", path, program_id)
            ref = _in_child("reference", path, program_id) if n <= args.reference_limit else None
            line = (f"{n:>6} {ours['seconds']:10.2f} {ours['load']:6.2f} {ours['score']:6.2f} "
                    f"{ours['pairing']:8.2f} {ours['explain']:8.2f})")
            if ref:
                assert ref["pairs"] == ours["pairs"], "networkx found another number of pairs"
                line += (f" {ref['networkx']:9.2f} {ours['seconds'] / ref['networkx']:6.2f}x"
                         f" {ref['assignment']:10.2f} {ours['seconds'] / ref['assignment']:6.1f}x")
            print(line, flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
