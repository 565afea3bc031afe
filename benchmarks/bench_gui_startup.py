"""The window's start-up at 10,000 people beside a plain PySide6 table, both whole processes.

Run: ``python benchmarks/bench_gui_startup.py [--people N] [--runs N]``.

MentorDesk: ``python main.py --db FILE --check-startup`` (offscreen), which opens the file,
shows and paints the first screen and prints the seconds since its process started.
Reference: a process that imports PySide6, reads the people with one sqlite3 query into a
minimal QAbstractTableModel, shows it in a QTableView, paints it and prints the same figure
(process start to first paint, read from /proc like ``ui/startup_check.py``). Target: the
ratio <= 2. Medians of ``--runs``; the machine may be shared (load printed). Run with
``PYTHONPYCACHEPREFIX`` set and ``PYTHONDONTWRITEBYTECODE`` unset (cached bytecode).
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

REFERENCE = r'''
import os, sqlite3, sys, time
from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QTableView

def since_start():
    with open(f"/proc/{os.getpid()}/stat", "rb") as fh:
        fields = fh.read().rsplit(b")", 1)[1].split()
    return time.clock_gettime(time.CLOCK_BOOTTIME) - int(fields[19]) / os.sysconf("SC_CLK_TCK")

app = QApplication(sys.argv[:1])
conn = sqlite3.connect(f"file:{sys.argv[1]}?mode=ro", uri=True)
rows = conn.execute("SELECT name, employee_id, email, department, branch, title, languages, hire_date, role, "
                    "archived FROM people WHERE deleted_at IS NULL ORDER BY name").fetchall()

class Plain(QAbstractTableModel):
    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(rows)
    def columnCount(self, parent=QModelIndex()):
        return 10
    def data(self, index, role=Qt.DisplayRole):
        return str(rows[index.row()][index.column()]) if role == Qt.DisplayRole else None

view = QTableView()
view.setModel(Plain())
view.resize(1280, 720)
view.show()
view.repaint()
app.processEvents()
print(f"{since_start():.3f} s")
'''


def seconds(cmd: list[str], env: dict[str, str]) -> float:
    done = subprocess.run(cmd, env=env, capture_output=True, text=True, check=False, cwd=tempfile.gettempdir())
    found = re.search(r"([0-9.]+) s", done.stdout)
    if done.returncode or not found:
        raise SystemExit(f"{' '.join(cmd[1:3])} failed: {done.stdout[-500:]} {done.stderr[-1500:]}")
    return float(found.group(1))


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--people", type=int, default=10_000)
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    from bench_people import fresh_db, make_rows
    from scratch import scratch_folder

    from mentordesk.people_csv import write_people
    from mentordesk.services import people

    folder = scratch_folder("bench-gui-")
    env = {**os.environ, "MENTORDESK_CONFIG_DIR": str(folder / "config"), "MENTORDESK_DATA_DIR": str(folder / "data"),
           "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    os.environ.update({k: env[k] for k in ("MENTORDESK_CONFIG_DIR", "MENTORDESK_DATA_DIR")})
    csv_path = folder / "people.csv"
    write_people(make_rows(args.people), csv_path)
    db = fresh_db(folder, "company.db")
    people.import_people(db, csv_path)
    db.close()
    path = str(folder / "company.db")
    mine_cmd = [sys.executable, str(ROOT / "main.py"), "--db", path, "--check-startup"]
    ref_cmd = [sys.executable, "-c", REFERENCE, path]
    seconds(mine_cmd, env), seconds(ref_cmd, env)  # warm the bytecode and disk caches
    mine, ref = [], []
    for _ in range(args.runs):  # interleaved, so a neighbour's burst hits both alike
        mine.append(seconds(mine_cmd, env))
        ref.append(seconds(ref_cmd, env))
    m, r = statistics.median(mine), statistics.median(ref)
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores; {args.people:,} people; "
          f"medians of {args.runs} interleaved runs (process start to first screen painted)")
    print(f"  mentordesk-gui --check-startup {m:6.3f} s   plain PySide6 table over one query {r:6.3f} s   "
          f"ratio {m / r:4.2f}x  (target <= 2x) {'OK' if m / r <= 2 else 'MISSED'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
