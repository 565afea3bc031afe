"""Where one shared file stops being enough: measured, for docs/scaling.md.

Run: ``python benchmarks/bench_scaling.py [--sizes 1000,10000,50000] [--writers 1,2,4,8]
[--edits 25] [--merge-people 50000]``

1. People count against: import of a generated CSV (``services.people.import_people``),
   opening the file and reading the People list (``Database.open`` + ``list_people``
   + the search keys), one filter keystroke (``filter_people`` over the precomputed keys) and
   the file's size; beside each, a plain reference (``sqlite3`` reading the same rows,
   a substring test in Python over the same keys).
2. Concurrent writers on one file: K real processes (``python this-file --writer``), released
   together, each making ``--edits`` small edits (one person's title, one transaction each,
   ``Database.transaction``: BEGIN IMMEDIATE, retried while busy). Printed: each edit's time
   from asking to committed (median, 95th percentile, worst), edits per second, and
   edits refused because the file stayed busy past MentorDesk's wait.
3. Merging two copies of a ``--merge-people`` company, each with its own edits
   (500 people changed on each side, 200 added on each), with ``services.files.merge_file``.

The machine may be shared (load printed before each part); every figure is from this run.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench_people import fresh_db, make_rows  # noqa: E402


def load() -> str:
    return f"(load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores)"


def people_at(n: int, folder: Path) -> dict[str, float]:
    from mentordesk.people_csv import write_people
    from mentordesk.services import people
    from mentordesk.storage.database import Database

    csv_path = folder / f"people-{n}.csv"
    write_people(make_rows(n), csv_path)
    path = folder / f"company-{n}.db"
    db = fresh_db(folder, path.name)
    t = time.perf_counter()
    people.import_people(db, csv_path)
    imported = time.perf_counter() - t
    db.close()
    t = time.perf_counter()
    db = Database.open(path)
    found = people.list_people(db)
    keys = [people.search_text(p) for p in found]
    opened = time.perf_counter() - t
    t = time.perf_counter()
    hits = people.filter_people(found, "madrid sq", keys)
    keystroke = time.perf_counter() - t
    db.close()
    t = time.perf_counter()
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    plain = conn.execute("SELECT id, employee_id, name, email, department, branch, title FROM people "
                         "WHERE deleted_at IS NULL ORDER BY name").fetchall()
    conn.close()
    plain_keys = [" ".join(str(v).lower() for v in r[1:]) for r in plain]
    ref_open = time.perf_counter() - t
    t = time.perf_counter()
    _ = [k for k in plain_keys if "madrid" in k and "sq" in k]
    ref_key = time.perf_counter() - t
    return {"import": imported, "open": opened, "keystroke": keystroke, "hits": len(hits),
            "ref_open": ref_open, "ref_key": ref_key, "size": path.stat().st_size}


def writer(path: str, index: int, edits: int) -> None:
    """One writer process: ready, wait for the go on stdin, then edit and time each edit."""
    from mentordesk.errors import MentorDeskError
    from mentordesk.storage import rows
    from mentordesk.storage.database import Database

    db = Database.open(path)
    ids = [r["id"] for r in db.query("SELECT id FROM people WHERE deleted_at IS NULL ORDER BY id LIMIT 2000")]
    print("ready", flush=True)
    sys.stdin.readline()
    times, refused = [], 0
    for j in range(edits):
        t = time.perf_counter()
        try:
            with db.transaction() as conn:
                rows.update(conn, "people", ids[(index * edits + j) % len(ids)], {"title": f"W{index}-{j}"})
        except MentorDeskError:
            refused += 1
            continue
        times.append(time.perf_counter() - t)
    db.close()
    print(json.dumps({"times": times, "refused": refused}), flush=True)


def writers_on(path: Path, k: int, edits: int) -> dict[str, float]:
    procs = [subprocess.Popen([sys.executable, __file__, "--writer", str(path), str(i), str(edits)],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True) for i in range(k)]
    for p in procs:
        assert p.stdout.readline().strip() == "ready"
    t = time.perf_counter()
    for p in procs:
        p.stdin.write("go\n")
        p.stdin.flush()
    results = [json.loads(p.communicate()[0].strip().splitlines()[-1]) for p in procs]
    wall = time.perf_counter() - t
    times = sorted(x for r in results for x in r["times"])
    return {"median": statistics.median(times), "p95": times[int(0.95 * (len(times) - 1))], "worst": times[-1],
            "per_s": len(times) / wall, "refused": sum(r["refused"] for r in results), "done": len(times)}


def merge_of(n: int, folder: Path) -> dict[str, float]:
    from mentordesk.people_csv import write_people
    from mentordesk.services import files, people
    from mentordesk.storage import rows
    from mentordesk.storage.database import Database

    base = folder / f"company-{n}.db"
    if not base.exists():
        csv_path = folder / f"people-{n}.csv"
        write_people(make_rows(n), csv_path)
        db = fresh_db(folder, base.name)
        people.import_people(db, csv_path)
        db.close()
    sides = {}
    for side, field in (("hq", "title"), ("branch", "department")):
        path = folder / f"{side}.db"
        shutil.copy(base, path)
        db = Database.open(path)
        ids = [r["id"] for r in db.query("SELECT id FROM people ORDER BY id LIMIT 1000")]
        with db.transaction() as conn:
            for i, pid in enumerate(ids[:500] if side == "hq" else ids[500:]):
                rows.update(conn, "people", pid, {field: f"{side} {i}"})
        extra = make_rows(n + 200)[n:]
        extra = [r.__class__(**{**r.__dict__, "employee_id": f"{side[0].upper()}{r.employee_id}",
                                "email": f"{side}.{r.email}", "manager_employee_id": None}) for r in extra]
        csv_path = folder / f"{side}-new.csv"
        write_people(extra, csv_path)
        people.import_people(db, csv_path)
        db.close()
        sides[side] = path
    db = Database.open(sides["hq"])
    t = time.perf_counter()
    result = files.merge_file(db, sides["branch"])
    took = time.perf_counter() - t
    db.close()
    return {"merge": took, "size": sides["hq"].stat().st_size, "summary": str(result.counts.get("people"))}


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="1000,10000,50000")
    ap.add_argument("--writers", default="1,2,4,8")
    ap.add_argument("--edits", type=int, default=25)
    ap.add_argument("--merge-people", type=int, default=50_000)
    ap.add_argument("--writer", nargs=3, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.writer:
        writer(args.writer[0], int(args.writer[1]), int(args.writer[2]))
        return 0
    folder = Path(tempfile.mkdtemp(prefix="bench-scaling-"))
    os.environ["MENTORDESK_CONFIG_DIR"] = str(folder / "config")
    os.environ["MENTORDESK_DATA_DIR"] = str(folder / "data")
    sizes = [int(x) for x in args.sizes.split(",")]

    print(f"1. people count {load()}")
    print(f"  {'people':>7} {'import':>8} {'open+list':>10} {'(sqlite3)':>10} {'keystroke':>10} {'(python)':>9} "
          f"{'file':>9}")
    for n in sizes:
        r = people_at(n, folder)
        print(f"  {n:7,} {r['import']:7.2f}s {r['open']:9.2f}s {r['ref_open']:9.3f}s {r['keystroke'] * 1000:8.1f}ms "
              f"{r['ref_key'] * 1000:7.1f}ms {r['size'] / 1e6:7.1f}MB")

    target = folder / f"company-{sizes[min(1, len(sizes) - 1)]}.db"
    print(f"\n2. concurrent writers on one file ({target.name}, {args.edits} edits each) {load()}")
    print(f"  {'writers':>7} {'median':>9} {'p95':>9} {'worst':>9} {'edits/s':>8} {'refused':>8}")
    for k in (int(x) for x in args.writers.split(",")):
        r = writers_on(target, k, args.edits)
        print(f"  {k:7} {r['median'] * 1000:7.1f}ms {r['p95'] * 1000:7.1f}ms {r['worst'] * 1000:7.1f}ms "
              f"{r['per_s']:8.1f} {r['refused']:8}")

    print(f"\n3. merging two {args.merge_people:,}-person files (500 edits + 200 new people each side) {load()}")
    r = merge_of(args.merge_people, folder)
    print(f"  merge {r['merge']:.2f} s; merged file {r['size'] / 1e6:.1f} MB; people: {r['summary']}")
    shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
