"""A report batch on 1 worker and on 2, beside the same renderer in forked workers.

Run: ``python benchmarks/bench_report_batch.py [--batch N] [--runs N]``

MentorDesk: ``build_batch`` into a folder with ``workers=1`` (rendered in this process)
and ``workers=2`` (its spawned pool: start-up, fonts, pickling and file writing included).
Reference: the same renderer (``build_relationship_report``) on the same items, one after
another in this process, and in a ``fork`` pool of 2 (``Pool.imap_unordered``, chunks of 4):
the best a pool can do here, with no start-up imports and nothing written. Prints both
speed-ups and their ratio; medians of ``--runs``. The machine may be shared (load printed).
"""

from __future__ import annotations

import argparse
import io
import multiprocessing
import os
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from scratch import scratch_folder  # noqa: E402

from mentordesk.reports import ReportOptions, build_batch, build_relationship_report  # noqa: E402
from mentordesk.reports.data import sample_relationship  # noqa: E402

OPTIONS = ReportOptions(company_name="Nordlicht Consulting GmbH", generated_on=date(2024, 11, 20))


def _render(item) -> int:
    buf = io.BytesIO()
    build_relationship_report(item, OPTIONS, buf)
    return len(buf.getvalue())


def reference(items, workers: int) -> float:
    t = time.perf_counter()
    if workers == 1:
        for item in items:
            _render(item)
    else:
        with multiprocessing.get_context("fork").Pool(workers) as pool:
            for _ in pool.imap_unordered(_render, items, chunksize=4):
                pass
    return time.perf_counter() - t


def mentordesk(items, workers: int, folder: Path) -> float:
    out = Path(tempfile.mkdtemp(dir=folder))
    t = time.perf_counter()
    written = build_batch(items, OPTIONS, out_dir=out, workers=workers)
    took = time.perf_counter() - t
    assert len(written) == len(items)
    return took


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--batch", type=int, default=200)
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    items = [sample_relationship(f"Mentor {i}", f"Mentee {i}", n_meetings=20 + i % 40, seed=i)
             for i in range(args.batch)]
    _render(items[0])  # this process warm (fonts, caches), as the app is after its first report
    folder = scratch_folder("bench-batch-")
    mine = {1: [], 2: []}
    ref = {1: [], 2: []}
    for _ in range(args.runs):
        for w in (1, 2):
            mine[w].append(mentordesk(items, w, folder))
            ref[w].append(reference(items, w))
    med = {k: statistics.median(v) for k, v in mine.items()}
    rmed = {k: statistics.median(v) for k, v in ref.items()}
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores (shared machine); "
          f"{args.batch} reports, medians of {args.runs} runs")
    print(f"  MentorDesk build_batch   1 worker {med[1]:6.2f} s   2 workers {med[2]:6.2f} s   "
          f"speed-up {med[1] / med[2]:.2f}x")
    print(f"  reference (fork pool)    1 worker {rmed[1]:6.2f} s   2 workers {rmed[2]:6.2f} s   "
          f"speed-up {rmed[1] / rmed[2]:.2f}x")
    print(f"  MentorDesk's speed-up / the reference's: {(med[1] / med[2]) / (rmed[1] / rmed[2]):.2f}; "
          f"2-worker time ratio {med[2] / rmed[2]:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
