"""Benchmark of people at company scale: CSV import and the People screen on 10,000 rows.

Run: ``python benchmarks/bench_people.py [--profile]``. Figures printed:
* import of 10,000 generated people (3–6 competencies each, a management tree)
  through ``services.people.import_people`` into a fresh file (target < 5 s);
* opening the People view offscreen on those rows: ``reload()`` plus the first
  paint via ``processEvents`` (target < 1 s);
* one filter keystroke: from ``setText`` with one more character to the model
  reset done (target < 100 ms), and a sort by column for reference.
With ``--profile`` (or when the import misses its target) the import is run
again under cProfile into another fresh file and the top lines are printed.
"""

from __future__ import annotations

import cProfile
import io
import os
import pstats
import random
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

N = 10_000
TARGET_IMPORT, TARGET_OPEN, TARGET_FILTER = 5.0, 1.0, 0.100

FIRST = ["Anneke", "Joost", "Sanne", "María José", "Álvaro", "Íñigo", "Agnieszka", "Łukasz", "Zoë",
         "Carlos", "Lucía", "Pieter", "Femke", "Youssef", "Fatima", "Dmitri", "Elena", "Raúl"]
LAST = ["de Vries", "Bakker", "Núñez", "García", "Wójcik", "Kowalska", "Muñoz", "Visser", "El Amrani",
        "Ibáñez", "Szymańska", "Mulder", "Peña", "van Dijk"]
DEPTS = ["Finance", "Sales", "Operations", "HR", "IT", "Marketing", "Logistics", "Legal"]
BRANCHES = ["Rotterdam", "Madrid", "Kraków", "Lyon", "Porto"]
COMPS = ["Coaching", "Delegation", "Giving feedback", "Negotiation", "Pricing", "Lean", "Excel", "SQL",
         "Data analysis", "Communication", "Hiring", "Project management", "Quality", "Automation"]


def make_rows(n: int, seed: int = 1):
    from mentordesk.people_csv import CompetencyLevel, PersonRow

    rng = random.Random(seed)
    today = date.today()
    rows = []
    for i in range(n):
        eid = f"E{i:05d}"
        manager = None if i == 0 else f"E{rng.randrange(0, max(1, i // 8) + 1):05d}"
        if manager == eid:
            manager = None
        comps = tuple(CompetencyLevel(c, cur, min(5, cur + rng.randint(0, 2)))
                      for c in rng.sample(COMPS, rng.randint(3, 6)) for cur in [rng.randint(0, 4)])
        role = rng.choice(["none"] * 6 + ["mentee"] * 3 + ["mentor"])
        rows.append(PersonRow(
            line=i + 2, employee_id=eid, name=f"{rng.choice(FIRST)} {rng.choice(LAST)}",
            email=f"person{i}@example.com", department=rng.choice(DEPTS), branch=rng.choice(BRANCHES),
            title="Specialist", manager_employee_id=manager,
            hire_date=today - timedelta(days=rng.randint(30, 7000)), languages=("en", rng.choice(["nl", "es", "pl"])),
            role=role, mentor_capacity=2 if role == "mentor" else None, competencies=comps,
        ))
    return rows


def fresh_db(folder: Path, name: str):
    from mentordesk.storage.database import Database

    return Database.open(folder / name)


def main() -> int:
    from PySide6.QtWidgets import QApplication, QWidget

    from mentordesk.people_csv import write_people
    from mentordesk.services import people

    folder = Path(tempfile.mkdtemp(prefix="bench-people-"))
    os.environ.setdefault("MENTORDESK_CONFIG_DIR", str(folder / "config"))
    os.environ.setdefault("MENTORDESK_DATA_DIR", str(folder / "data"))
    csv_path = folder / "people.csv"
    t = time.perf_counter()
    write_people(make_rows(N), csv_path)
    print(f"generated {N:,} people CSV ({csv_path.stat().st_size / 1e6:.1f} MB) in {time.perf_counter() - t:.2f} s")

    db = fresh_db(folder, "company.db")
    t = time.perf_counter()
    report = people.import_people(db, csv_path)
    t_import = time.perf_counter() - t
    print(f"import {N:,} people: {t_import:.2f} s  [{report.summary()}]  "
          f"target < {TARGET_IMPORT:.0f} s: {'OK' if t_import < TARGET_IMPORT else 'MISSED'}")
    t = time.perf_counter()
    again = people.import_people(db, csv_path)
    print(f"re-import unchanged file: {time.perf_counter() - t:.2f} s  [{again.summary()}]")

    app = QApplication.instance() or QApplication([])
    from ui.views.people import PeopleView

    class Host(QWidget):
        """Stands in for MainWindow so only the People view is measured."""

        def __init__(self) -> None:
            super().__init__()
            self.db = db

        def reload_all(self) -> None:
            view.reload()

    host = Host()
    host.resize(1400, 800)
    t = time.perf_counter()
    view = PeopleView(host)  # type: ignore[arg-type]
    view.resize(1400, 800)
    host.show()
    view.show()
    t_build = time.perf_counter() - t
    t = time.perf_counter()
    view.reload()
    t_reload = time.perf_counter() - t
    app.processEvents()
    t_open = time.perf_counter() - t
    print(f"People view on {view.model.rowCount():,} rows: build {t_build * 1000:.0f} ms, reload {t_reload * 1000:.0f} ms,"
          f" reload + first paint {t_open * 1000:.0f} ms  target < {TARGET_OPEN:.0f} s: "
          f"{'OK' if t_open < TARGET_OPEN else 'MISSED'}")

    timings = []
    for text in ("m", "ma", "mad", "madr", "madri", "madrid", "madrid s", "madrid sq", "madrid sql"):
        t = time.perf_counter()
        view.search.setText(text)  # textChanged -> filter -> one model reset
        timings.append((text, time.perf_counter() - t, view.model.rowCount()))
        app.processEvents()
    worst = max(s for _, s, _ in timings)
    print("filter keystrokes: " + ", ".join(f"'{x}' {s * 1000:.1f} ms ({n:,})" for x, s, n in timings))
    print(f"worst filter keystroke: {worst * 1000:.1f} ms  target < {TARGET_FILTER * 1000:.0f} ms: "
          f"{'OK' if worst < TARGET_FILTER else 'MISSED'}")
    view.search.setText("")
    from ui.models import people_model as pm
    from PySide6.QtCore import Qt

    for column, name in ((pm.NAME, "name"), (pm.HIRE_DATE, "hire date"), (pm.DEPARTMENT, "department")):
        t = time.perf_counter()
        view.table.sortByColumn(column, Qt.DescendingOrder)
        print(f"sort {view.model.rowCount():,} rows by {name}: {(time.perf_counter() - t) * 1000:.0f} ms")
    t = time.perf_counter()
    view.search.setText("a")
    print(f"filter 'a' on all rows (sorted by department): {(time.perf_counter() - t) * 1000:.1f} ms")
    db.close()

    if "--profile" in sys.argv or t_import >= TARGET_IMPORT:
        db2 = fresh_db(folder, "profiled.db")
        profiler = cProfile.Profile()
        profiler.enable()
        people.import_people(db2, csv_path)
        profiler.disable()
        db2.close()
        out = io.StringIO()
        pstats.Stats(profiler, stream=out).sort_stats("cumulative").print_stats(25)
        print("\nimport profile (cumulative, top 25):")
        print(out.getvalue())
        out = io.StringIO()
        pstats.Stats(profiler, stream=out).sort_stats("tottime").print_stats(15)
        print("import profile (own time, top 15):")
        print(out.getvalue())
    return 0


if __name__ == "__main__":
    sys.exit(main())
