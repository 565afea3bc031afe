"""Importing people: MentorDesk beside the sqlite3 floor, in one run.

Run: ``python benchmarks/bench_import.py [--people N] [--runs N] [--profile]``

* a first import of N generated people (3–6 competencies each, a management tree,
  the CSV written by MentorDesk's own export) through ``services.people.import_people``
  into a fresh file, beside the same people and assessments written with
  ``sqlite3.executemany`` in one transaction (the floor: no checks, no bookkeeping);
* an unchanged re-import of the same CSV, beside reading the CSV with ``csv`` and the
  stored rows with ``sqlite3`` and comparing them. Its rows are the ones each person was
  last imported from, so the import takes them as stored (row digests, schema 10); a
  re-import after someone edited everyone parses every row again (see ``--profile``).

Each figure is the median of ``--runs`` runs (the machine may be shared: load printed),
and each line prints MentorDesk's figure, the reference and the ratio.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import os
import pstats
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench_people import fresh_db, line, make_rows, read_and_compare, sqlite_floor  # noqa: E402
from scratch import scratch_folder  # noqa: E402


def same_schema_floor(csv_path: Path, folder: Path, name: str) -> float:
    """The floor on MentorDesk's own file: read the CSV with ``csv``, then ``executemany`` the
    people and assessments into the real tables (same indexes, same bookkeeping columns),
    one transaction, no checks. ``sqlite_floor`` writes into bare tables without indexes."""
    import csv
    import sqlite3
    import uuid

    db = fresh_db(folder, name)
    db.close()
    conn = sqlite3.connect(folder / name)
    comp_ids = {}
    t0 = time.perf_counter()
    with conn, open(csv_path, encoding="utf-8-sig", newline="") as fh:
        people, levels = [], []
        now = "2026-01-01T00:00:00.000000Z"
        for r in csv.DictReader(fh):
            pid = str(uuid.uuid4())
            people.append((pid, now, now, "site", "{}", r["employee_id"], r["name"], r["email"], r["department"],
                           r["branch"], r["title"], r["manager_employee_id"] or None, r["hire_date"] or None,
                           r["languages"], r["role"] or "none", 0, r.get("notes", "")))
            for piece in filter(None, (p.strip() for p in r["competencies"].split(";"))):
                name_, _, lv = piece.rpartition(":")
                cur, _, tgt = lv.partition(">")
                cid = comp_ids.setdefault(name_.lower(), str(uuid.uuid4()))
                levels.append((str(uuid.uuid4()), now, now, "site", "{}", pid, cid, int(cur),
                               int(tgt) if tgt else None, "2026-01-01"))
        conn.executemany("INSERT INTO competencies (id, created_at, updated_at, site, field_times, name) "
                         "VALUES (?, ?, ?, 'site', '{}', ?)", [(c, now, now, n) for n, c in comp_ids.items()])
        conn.executemany("INSERT INTO people (id, created_at, updated_at, site, field_times, employee_id, name, "
                         "email, department, branch, title, manager_employee_id, hire_date, languages, role, "
                         "archived, notes) VALUES (" + ", ".join("?" * 17) + ")", people)
        conn.executemany("INSERT INTO person_competencies (id, created_at, updated_at, site, field_times, "
                         "person_id, competency_id, current_level, target_level, assessed_at) VALUES ("
                         + ", ".join("?" * 10) + ")", levels)
    took = time.perf_counter() - t0
    conn.close()
    return took


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--people", type=int, default=10_000)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--profile", action="store_true", help="profile one first import and one re-import")
    args = ap.parse_args()
    folder = scratch_folder("bench-import-")
    os.environ["MENTORDESK_CONFIG_DIR"] = str(folder / "config")
    os.environ["MENTORDESK_DATA_DIR"] = str(folder / "data")

    from mentordesk.people_csv import write_people
    from mentordesk.services import people

    rows = make_rows(args.people)
    csv_path = folder / "people.csv"
    write_people(rows, csv_path)
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores (shared machine); "
          f"{args.people:,} people, CSV {csv_path.stat().st_size / 1e6:.1f} MB, medians of {args.runs} runs")
    firsts, agains, floors, schema_floors, compares = [], [], [], [], []
    for i in range(args.runs):
        db = fresh_db(folder, f"company{i}.db")
        t = time.perf_counter()
        report = people.import_people(db, csv_path)
        firsts.append(time.perf_counter() - t)
        t = time.perf_counter()
        again = people.import_people(db, csv_path)
        agains.append(time.perf_counter() - t)
        db.close()
        assert again.unchanged == args.people and again.added == again.updated == again.assessments == 0, \
            again.summary()
        floors.append(sqlite_floor(rows, folder / f"floor{i}.db"))
        schema_floors.append(same_schema_floor(csv_path, folder, f"schema-floor{i}.db"))
        compares.append(read_and_compare(csv_path, folder / f"company{i}.db"))
    print(f"  [{report.summary()}] / re-import [{again.summary()}]")
    med = statistics.median
    line(f"import {args.people:,} people", med(firsts), "sqlite3 executemany, one transaction", med(floors))
    line("  (the same)", med(firsts), "csv + executemany into MentorDesk's tables", med(schema_floors))
    line("unchanged re-import", med(agains), "read CSV + stored rows and compare", med(compares))
    if args.profile:  # the first import, then a re-import of the same file into the same company
        db = fresh_db(folder, "profiled.db")
        for label in ("first import", "re-import"):
            prof = cProfile.Profile()
            prof.enable()
            people.import_people(db, csv_path)
            prof.disable()
            out = io.StringIO()
            pstats.Stats(prof, stream=out).sort_stats("cumulative").print_stats(30)
            print(f"\n{label} profile (cumulative, top 30):\n{out.getvalue()}")
        db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
