"""Reports from the database: what HR actually waits for (reading the file + rendering).

* one relationship report (data from the file + PDF), median after warm-up;
* a 200-relationship batch (all data read first, then rendered by build_batch).

Targets (2-core machine): one report under 0.15 s, 200 under 10 s.
Run: .venv/bin/python benchmarks/bench_report_service.py [--pairs N] [--runs N]
The file is built with the storage layer directly in one transaction, so
setting up 200 pairs with ~20 meetings each takes seconds, not minutes.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

os.environ.setdefault("MENTORDESK_SITE", "bench")

from mentordesk import relationships as rules  # noqa: E402
from mentordesk.models import Person  # noqa: E402
from mentordesk.reports import build_relationship_report  # noqa: E402
from mentordesk.services import reports as svc  # noqa: E402
from mentordesk.storage import people_repo, rows  # noqa: E402
from mentordesk.storage import relationships_repo as repo  # noqa: E402
from mentordesk.storage.database import Database  # noqa: E402

FIRST = ["María José", "Íñigo", "Αλέξανδρος", "Zoë", "Łukasz", "Anneke", "Carlos", "Małgorzata", "Joost", "Inés"]
LAST = ["Núñez", "Papadopoulos", "Wiśniewski", "de Vries", "Ibáñez", "Kowalska", "Bakker", "García"]
OUTCOMES = ["held"] * 16 + ["missed_by_mentor", "missed_by_mentee", "rescheduled_by_mentee", "cancelled"]


def build_file(path: Path, pairs: int, seed: int = 3) -> str:
    """A program with `pairs` relationships, each ~9 months of fortnightly meetings, goals and check-ins."""
    rng = random.Random(seed)
    today = dt.date.today()
    db = Database.open(path)
    try:
        with db.transaction() as conn:
            program = rows.insert(conn, "programs", {"name": "Benchmark Program", "relationship_months": 12,
                                                     "cadence": "fortnightly", "purpose": "Grow leaders.",
                                                     "business_goal": "Promote from within."})
            comp = people_repo.ensure_competency(conn, "Negotiation", "Commercial")
            for i in range(pairs):
                ids = []
                for role in ("mentor", "mentee"):
                    n = 2 * i + (role == "mentee")
                    name = f"{rng.choice(FIRST)} {rng.choice(LAST)} {n}"
                    pid = people_repo.insert_person(conn, Person(
                        employee_id=f"E{n:05d}", name=name, email=f"p{n}@example.com",
                        department=rng.choice(["Sales", "Finance", "IT", "HR"]),
                        branch=rng.choice(["Madrid", "Kraków", "Rotterdam"])))
                    rows.insert(conn, "participants", {"program_id": program, "person_id": pid, "role": role,
                                                       "status": "accepted", "applied_at": "2025-01-01T09:00:00Z"})
                    ids.append(pid)
                start = today - dt.timedelta(days=rng.randint(60, 330))
                rel = repo.insert_relationship(conn, {
                    "program_id": program, "mentor_id": ids[0], "mentee_id": ids[1],
                    "start_date": start.isoformat(), "planned_end": rules.add_months(start, 12).isoformat(),
                    "cadence": "fortnightly", "mode": "video", "stage": 3, "status": "active"})
                for stage, days in ((1, 0), (2, 40), (3, 80)):
                    repo.insert_stage(conn, rel, stage, min(start + dt.timedelta(days=days), today).isoformat())
                for k in range(3):
                    repo.insert_goal(conn, {"relationship_id": rel, "title": f"Goal {k + 1} of pair {i}",
                                            "status": rng.choice(["open", "in_progress", "achieved"]),
                                            "progress": rng.randint(0, 100), "competency_id": comp if k == 0 else None})
                for day in rules.planned_meeting_dates(start, "fortnightly", today - dt.timedelta(days=1)):
                    outcome = rng.choice(OUTCOMES)
                    repo.insert_meeting(conn, {"relationship_id": rel, "date": day.isoformat(), "time": "09:00",
                                               "minutes": rng.randrange(45, 95, 5) if outcome == "held" else 0,
                                               "mode": "video", "outcome": outcome, "with_notice": True,
                                               "topics": "Career direction", "goals_discussed": [], "notes": ""})
                day = start + dt.timedelta(days=30)
                while day < today:
                    for role in rules.ROLES:
                        repo.insert_checkin(conn, {"relationship_id": rel, "role": role, "date": day.isoformat(),
                                                   "scores": {q: rng.randint(2, 5) for q in rules.CHECKIN_QUESTIONS},
                                                   "comments": {}})
                    day += dt.timedelta(days=30)
    finally:
        db.close()
    return program


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=15)
    ap.add_argument("--pairs", type=int, default=200)
    args = ap.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        t = time.perf_counter()
        program = build_file(tmp_path / "bench.db", args.pairs)
        print(f"setup: {args.pairs} relationships in {time.perf_counter() - t:.2f} s")
        db = Database.open(tmp_path / "bench.db")
        try:
            options = svc.report_options_from_settings({"company_name": "Nordlicht Consulting GmbH"})
            rels = svc.program_relationships(db, program)
            rel = max(rels, key=lambda s: s.meetings_held).id
            out = tmp_path / "one.pdf"
            for _ in range(3):  # warm-up: fonts, caches, SQLite pages
                svc.write_relationship_report(db, rel, out, options)
            data_t, total_t = [], []
            for _ in range(args.runs):
                t = time.perf_counter()
                svc.relationship_report_data(db, rel, options)
                data_t.append(time.perf_counter() - t)
                t = time.perf_counter()
                svc.write_relationship_report(db, rel, out, options)
                total_t.append(time.perf_counter() - t)
            one = statistics.median(total_t)
            print(f"one report: median {one * 1000:.0f} ms (data {statistics.median(data_t) * 1000:.1f} ms), "
                  f"min {min(total_t) * 1000:.0f} ms  [target < 150 ms] {'OK' if one < 0.15 else 'SLOW'}")
            # Reference: the renderer alone on data already read, into memory (no file, no checks).
            data = svc.relationship_report_data(db, rel, options)
            render_t = []
            for _ in range(args.runs):
                t = time.perf_counter()
                build_relationship_report(data, options, io.BytesIO())
                render_t.append(time.perf_counter() - t)
            ref = statistics.median(render_t)
            print(f"  MentorDesk one report {one * 1000:.0f} ms beside its reference, the renderer alone on "
                  f"data already read {ref * 1000:.0f} ms: ratio {one / ref:.2f}x")

            t = time.perf_counter()
            items = svc.program_relationship_data(db, program, options)
            read = time.perf_counter() - t
            t = time.perf_counter()
            files = svc.write_program_batch(db, program, out_dir=tmp_path / "each", options=options)
            batch = time.perf_counter() - t
            print(f"batch of {len(files)} (folder): {batch:.2f} s total, of which reading {read:.2f} s "
                  f"for {len(items)} relationships  [target < 10 s] {'OK' if batch < 10 else 'SLOW'}")
            # Reference: the same reports rendered one after another in this process (one core).
            t = time.perf_counter()
            for item in items:
                build_relationship_report(item, options, io.BytesIO())
            serial = read + time.perf_counter() - t
            print(f"  MentorDesk batch {batch:.2f} s beside its reference, reading then rendering one after "
                  f"another in one process {serial:.2f} s: ratio {batch / serial:.2f}x "
                  f"(speed-up {serial / batch:.2f}x on {os.cpu_count()} cores)")
            t = time.perf_counter()
            svc.write_program_batch(db, program, combined=tmp_path / "all.pdf", options=options)
            print(f"batch of {len(files)} (one combined PDF): {time.perf_counter() - t:.2f} s")
            print(f"cpus: {os.cpu_count()}, load average: {os.getloadavg()[0]:.1f}")
        finally:
            db.close()


if __name__ == "__main__":
    main()
