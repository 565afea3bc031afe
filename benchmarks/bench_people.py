"""People at company scale: import, and the People screen, each beside a plain reference.

Run: ``python benchmarks/bench_people.py [--people N] [--runs N] [--profile]``
(default 10,000 people; the issue's screen figures are for ``--people 50000``).
Each line prints MentorDesk's figure, its reference and the ratio:

* import of N generated people (3–6 competencies each, a management tree)
  through ``services.people.import_people`` into a fresh file, beside the
  floor: the same rows written with ``sqlite3.executemany`` in one
  transaction; an unchanged re-import beside reading the CSV and the stored
  rows and comparing them;
* the People screen in a child process: process start → file open → list
  read and painted, one filter keystroke (the worst of a typed word), and
  the memory it added, beside a plain PySide6 table over one sqlite3 query
  filtered in Python, in a child process of its own.

Medians of ``--runs`` child runs; the machine may be shared (load printed).
With ``--profile`` the import is run again under cProfile and the top lines printed.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import os
import pstats
import random
import statistics
import subprocess
import sys
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from scratch import scratch_folder  # noqa: E402

N = 10_000

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


KEYSTROKES = ("m", "ma", "mad", "madr", "madri", "madrid", "madrid s", "madrid sq", "madrid sql")


def _rss() -> int:
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def _wait_until(app, done, limit: float = 30.0) -> None:
    """Run the event loop until `done()` (bounded): the screen's own idle work, as HR would wait."""
    deadline = time.perf_counter() + limit
    while not done() and time.perf_counter() < deadline:
        app.processEvents()


def child_view(db_path: str) -> dict[str, float]:
    """MentorDesk's People screen alone in a window: open, paint, type, memory.

    `open` is the file checked, opened, the list read and painted; the search keys are made just after (the screen's
    zero timer), and `ready` is the time until they are. Keystrokes are typed after that
    (`child_first_keystroke` types one at once instead, in a process of its own)."""
    from PySide6.QtWidgets import QApplication, QMainWindow

    from mentordesk.services.open_check import check_reading_ahead
    from mentordesk.services.session import open_database

    app = QApplication.instance() or QApplication([])
    from ui.views.people import PeopleView

    before = _rss()
    t0, c0 = time.perf_counter(), time.process_time()
    host = QMainWindow()
    # As the window's File > Open does (`ui/file_open.open_for_window`, without the lock note):
    # the quick check on a thread while the list is read, then the open.
    ahead = check_reading_ahead(Path(db_path))
    host.db = open_database(db_path, readonly=True, checked=True, read_ahead=ahead)
    host.reload_all = lambda: view.reload()
    view = PeopleView(host)
    host.setCentralWidget(view)
    host.resize(1400, 800)
    host.show()
    view.reload()
    app.processEvents()
    opened, opened_cpu = time.perf_counter() - t0, time.process_time() - c0
    _wait_until(app, view.search_ready)
    ready = time.perf_counter() - t0
    worst = 0.0
    for text in KEYSTROKES:
        t = time.perf_counter()
        view.search.setText(text)
        app.processEvents()
        worst = max(worst, time.perf_counter() - t)
    return {"open": opened, "open_cpu": opened_cpu, "ready": ready, "keystroke": worst,
            "memory": _rss() - before, "rows": view.model.rowCount()}


def child_first_keystroke(db_path: str) -> dict[str, float]:
    """The screen opened as in `child_view`, then a letter typed at once, before its keys are made."""
    from PySide6.QtWidgets import QApplication, QMainWindow

    from mentordesk.services.session import open_database

    app = QApplication.instance() or QApplication([])
    from ui.views.people import PeopleView

    host = QMainWindow()
    host.db = open_database(db_path, readonly=True)
    view = PeopleView(host)
    host.setCentralWidget(view)
    host.show()
    view.reload()
    app.processEvents()
    t = time.perf_counter()
    view.search.setText(KEYSTROKES[0])
    app.processEvents()
    return {"first_keystroke": time.perf_counter() - t}


def child_reference(db_path: str) -> dict[str, float]:
    """The plain reference: one sqlite3 query into a minimal table model, filtered in Python."""
    import sqlite3

    from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
    from PySide6.QtWidgets import QApplication, QTableView

    app = QApplication.instance() or QApplication([])

    class Plain(QAbstractTableModel):
        def __init__(self) -> None:
            super().__init__()
            self.rows: list[tuple] = []

        def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
            return 0 if parent.isValid() else len(self.rows)

        def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
            return 10

        def data(self, index, role=Qt.DisplayRole):
            if role == Qt.DisplayRole:
                return self.rows[index.row()][index.column()]
            return None

    before = _rss()
    t0, c0 = time.perf_counter(), time.process_time()
    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    everyone = conn.execute(
        "SELECT name, employee_id, email, department, branch, title, languages, hire_date, role, archived "
        "FROM people WHERE deleted_at IS NULL ORDER BY name").fetchall()
    keys = [" ".join(str(v) for v in r[:6]).casefold() for r in everyone]
    model = Plain()
    table = QTableView()
    table.setModel(model)
    table.verticalHeader().setDefaultSectionSize(24)
    table.resize(1400, 800)
    table.show()
    model.beginResetModel()
    model.rows = everyone
    model.endResetModel()
    app.processEvents()
    opened, opened_cpu = time.perf_counter() - t0, time.process_time() - c0
    worst = 0.0
    for text in KEYSTROKES:
        t = time.perf_counter()
        words = text.casefold().split()
        model.beginResetModel()
        model.rows = [r for r, k in zip(everyone, keys, strict=True) if all(w in k for w in words)]
        model.endResetModel()
        app.processEvents()
        worst = max(worst, time.perf_counter() - t)
    return {"open": opened, "open_cpu": opened_cpu, "keystroke": worst, "memory": _rss() - before,
            "rows": model.rowCount()}


def run_child(kind: str, db_path: Path, env: dict[str, str]) -> dict[str, float]:
    """A child process per run: its figures include its own start, like a user's."""
    t0 = time.perf_counter()
    out = subprocess.run([sys.executable, __file__, "--child", kind, str(db_path)], env=env, check=True,
                         capture_output=True, text=True)
    result = json.loads(out.stdout.strip().splitlines()[-1])
    result["process"] = time.perf_counter() - t0
    return result


def sqlite_floor(rows, path: Path) -> float:
    """Writing the same people and assessments with executemany in one transaction."""
    import sqlite3
    import uuid

    conn = sqlite3.connect(path)
    conn.executescript("CREATE TABLE p (id, employee_id, name, email, department, branch, title, manager, "
                       "hire_date, languages, role); CREATE TABLE pc (person_id, competency, cur, tgt, at);")
    t0 = time.perf_counter()
    with conn:
        people, levels = [], []
        for r in rows:
            pid = str(uuid.uuid4())
            people.append((pid, r.employee_id, r.name, r.email, r.department, r.branch, r.title,
                           r.manager_employee_id, r.hire_date.isoformat() if r.hire_date else None,
                           ";".join(r.languages), r.role))
            levels.extend((pid, c.name, c.current, c.target, "2026-01-01") for c in r.competencies)
        conn.executemany("INSERT INTO p VALUES (?,?,?,?,?,?,?,?,?,?,?)", people)
        conn.executemany("INSERT INTO pc VALUES (?,?,?,?,?)", levels)
    took = time.perf_counter() - t0
    conn.close()
    return took


def read_and_compare(csv_path: Path, db_path: Path) -> float:
    """The floor of an unchanged re-import: read the CSV and the stored people, compare them."""
    import csv
    import sqlite3

    t0 = time.perf_counter()
    with open(csv_path, encoding="utf-8-sig", newline="") as fh:
        incoming = {r.get("employee_id") or r.get("Employee ID") or next(iter(r.values())): r
                    for r in csv.DictReader(fh)}
    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    conn.row_factory = sqlite3.Row
    stored = {r["employee_id"]: dict(r) for r in conn.execute("SELECT * FROM people WHERE deleted_at IS NULL")}
    conn.close()
    same = sum(1 for k, row in incoming.items() if k in stored and row.get("name", "") == stored[k]["name"])
    assert same >= 0
    return time.perf_counter() - t0


def line(label: str, mine: float, ref_label: str, ref: float, unit: str = "s", scale: float = 1.0) -> None:
    print(f"  {label:34} {mine * scale:9.3f} {unit:3}  {ref_label:40} {ref * scale:9.3f} {unit:3} "
          f" ratio {mine / ref if ref else float('inf'):5.2f}x")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--people", type=int, default=N)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--profile", action="store_true")
    ap.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        kind, db_path = args.child
        child = {"view": child_view, "first": child_first_keystroke}.get(kind, child_reference)
        print(json.dumps(child(db_path)))
        return 0

    from mentordesk.people_csv import write_people
    from mentordesk.services import people

    n = args.people
    folder = scratch_folder("bench-people-")
    env = {**os.environ, "MENTORDESK_CONFIG_DIR": str(folder / "config"),
           "MENTORDESK_DATA_DIR": str(folder / "data"), "QT_QPA_PLATFORM": "offscreen"}
    os.environ.update({k: env[k] for k in ("MENTORDESK_CONFIG_DIR", "MENTORDESK_DATA_DIR")})
    csv_path = folder / "people.csv"
    rows = make_rows(n)
    write_people(rows, csv_path)
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores (shared machine: medians of "
          f"{args.runs} child runs for the screen); {n:,} people, CSV {csv_path.stat().st_size / 1e6:.1f} MB")

    db = fresh_db(folder, "company.db")
    t = time.perf_counter()
    report = people.import_people(db, csv_path)
    t_import = time.perf_counter() - t
    t = time.perf_counter()
    again = people.import_people(db, csv_path)
    t_again = time.perf_counter() - t
    db.close()
    floor = sqlite_floor(rows, folder / "floor.db")
    compare = read_and_compare(csv_path, folder / "company.db")
    print(f"  [{report.summary()}] / re-import [{again.summary()}]")
    print(f"  {'':34} {'MentorDesk':>13}  {'reference':>50}")
    line(f"import {n:,} people", t_import, "sqlite3 executemany, one transaction", floor)
    line("unchanged re-import", t_again, "read CSV + stored rows and compare", compare)

    views, refs, firsts = [], [], []
    for _ in range(args.runs):  # interleaved, so a neighbour's burst hits both alike
        views.append(run_child("view", folder / "company.db", env))
        refs.append(run_child("reference", folder / "company.db", env))
        firsts.append(run_child("first", folder / "company.db", env))

    def med(results: list[dict[str, float]], key: str) -> float:
        return statistics.median(r[key] for r in results)

    line("People screen: open + first paint", med(views, "open"), "plain QTableView over one query", med(refs, "open"))
    line("  the same in CPU time", med(views, "open_cpu"), "the same in CPU time", med(refs, "open_cpu"))
    print(f"  {'  search ready (keys made after paint)':34} {med(views, 'ready'):9.3f} s    "
          f"(a keystroke typed at once after the paint: {med(firsts, 'first_keystroke') * 1000:.0f} ms)")
    line("  whole process (start to exit)", med(views, "process"), "the same, whole process", med(refs, "process"))
    line("  worst filter keystroke (ready)", med(views, "keystroke"), "Python filter + model reset",
         med(refs, "keystroke"), "ms", 1000)
    line("  memory added", med(views, "memory"), "the plain table's", med(refs, "memory"), "MiB", 1 / 2**20)

    if args.profile:
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
    return 0


if __name__ == "__main__":
    sys.exit(main())
