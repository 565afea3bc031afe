"""Matching a small cohort: the explanation sentences beside the solver that chose the pairs.

Run: ``python benchmarks/bench_small_cohort.py [--runs N]``. For cohorts the size of a
small company's program (10 to 200 mentees, a third as many mentors of capacity 2-3,
realistic people from ``bench_matching.realistic_cohort``), ``plan_matches`` is timed
whole and split into scoring (up to its last progress call), the solver
(``solve_with_locks``, timed directly) and the rest: mostly the proposals' reasons ("both
speak Polish", "grows Negotiation from 1 to 4"); alternatives keep their totals and write
their sentences only when read (``matching/alternatives.py``), so a plan writes none. Printed: each
part, and the rest as a multiple of the solver's time (target: well under 10x). Best of
``--runs``; the machine may be shared (load printed).
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from datetime import date
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench_matching import realistic_cohort, timed_solver  # noqa: E402

from mentordesk.matching import MatchSettings, plan_matches  # noqa: E402

SIZES = ((10, 4), (40, 15), (100, 35), (200, 70))


def one_run(n_mentees: int, n_mentors: int, seed: int) -> tuple[float, float, float, int]:
    """(total, scoring, solver) seconds and the number of proposals of one plan."""
    rng = np.random.default_rng(seed)
    mentees, mentors, managers = realistic_cohort(rng, n_mentees, n_mentors)
    caps = {m.person_id: 2 + k % 2 for k, m in enumerate(mentors)}
    spent: list[float] = []
    marks: list[float] = []
    t0 = time.perf_counter()
    with timed_solver(spent):
        plan = plan_matches(mentees, mentors, caps, MatchSettings(), managers, set(), {}, {}, {},
                            progress=lambda done, total: marks.append(time.perf_counter()), today=date(2025, 6, 1))
    total = time.perf_counter() - t0
    return total, (marks[-1] - t0) if marks else 0.0, sum(spent), len(plan.proposals)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    one_run(10, 4, 1)  # imports and first-call costs out of the way
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores; best of {args.runs} runs")
    print(f"{'cohort':>16} {'total':>9} {'scoring':>9} {'solver':>9} {'reasons+rest':>13}  rest/solver")
    for n_mentees, n_mentors in SIZES:
        runs = [one_run(n_mentees, n_mentors, seed) for seed in range(args.runs)]
        total, scoring, solving, proposals = min(runs)
        rest = total - scoring - solving
        print(f"{n_mentees:>5} x {n_mentors:<3} ({proposals:>3}) {total * 1e3:7.1f}ms {scoring * 1e3:7.1f}ms "
              f"{solving * 1e3:7.1f}ms {rest * 1e3:11.1f}ms  {rest / max(solving, 1e-9):6.1f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
