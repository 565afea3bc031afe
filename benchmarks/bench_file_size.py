"""File size: the compact `field_times` beside the long form it replaced, in one run.

Run: ``python benchmarks/bench_file_size.py [--people N]``

Builds the demo company and an import of N generated people (``bench_people.make_rows``),
then a copy of each with every compact row written out in the previous long form
({column: created_at, ...}: what ``rows.insert`` stored before). Both are VACUUMed, so the
sizes are the data's, not free pages'. Prints MentorDesk's size, the long form's, the ratio,
and the average stored ``field_times`` of a competency assessment.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sqlite3
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench_people import fresh_db, make_rows  # noqa: E402


def long_form(path: Path) -> None:
    """Rewrite each compact row as the long form the previous version stored."""
    from mentordesk.storage.schema import BOOKKEEPING, SYNCED_TABLES

    conn = sqlite3.connect(path)
    for table in SYNCED_TABLES:
        cols = sorted(r[1] for r in conn.execute(f'PRAGMA table_info("{table}")') if r[1] not in BOOKKEEPING)
        conn.executemany(f'UPDATE "{table}" SET field_times = ? WHERE id = ?', [
            (json.dumps({c: created for c in cols}), rid) for rid, created in conn.execute(
                f'SELECT id, created_at FROM "{table}" WHERE field_times = \'{{}}\' AND created_at = updated_at '
                "AND deleted_at IS NULL").fetchall()])
    conn.commit()
    conn.close()


def measure(path: Path) -> tuple[int, float]:
    conn = sqlite3.connect(path)
    conn.execute("VACUUM")
    avg = conn.execute("SELECT avg(length(field_times)) FROM person_competencies").fetchone()[0] or 0.0
    conn.close()
    return path.stat().st_size, avg


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--people", type=int, default=10_000)
    args = ap.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="bench-size-"))
    os.environ["MENTORDESK_CONFIG_DIR"] = str(folder / "config")
    os.environ["MENTORDESK_DATA_DIR"] = str(folder / "data")
    from mentordesk.demo import fill_demo
    from mentordesk.people_csv import write_people
    from mentordesk.services import people

    db = fresh_db(folder, "demo.db")
    fill_demo(db)
    db.close()
    csv_path = folder / "people.csv"
    write_people(make_rows(args.people), csv_path)
    db = fresh_db(folder, "imported.db")
    people.import_people(db, csv_path)
    db.close()
    print(f"{'file':28} {'MentorDesk (compact)':>22} {'long form (before)':>22}   ratio   field_times per assessment")
    for label, name in (("demo company", "demo.db"), (f"import of {args.people:,} people", "imported.db")):
        shutil.copy(folder / name, folder / f"long-{name}")
        long_form(folder / f"long-{name}")
        (size, avg), (long_size, long_avg) = measure(folder / name), measure(folder / f"long-{name}")
        print(f"{label:28} {size / 1e6:19.2f} MB {long_size / 1e6:19.2f} MB   {size / long_size:5.2f}   "
              f"{avg:.0f} bytes (was {long_avg:.0f})")
    shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
