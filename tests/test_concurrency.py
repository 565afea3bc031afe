"""Two laptops on one file, and a writer killed mid-import: nothing lost, nothing corrupted."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from mentordesk.people_csv import CompetencyLevel, PersonRow, write_people
from mentordesk.storage.database import Database

ROOT = Path(__file__).resolve().parent.parent

WRITER = textwrap.dedent(
    """
    import sys
    from mentordesk.models import Person
    from mentordesk.storage import people_repo
    from mentordesk.storage.database import Database

    path, prefix, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
    db = Database.open(path)
    for i in range(count):
        with db.transaction() as conn:
            people_repo.insert_person(conn, Person(employee_id=f"{prefix}{i}", name=f"{prefix} {i}",
                                                   email=f"{prefix.lower()}{i}@example.com"))
            conn.execute("SELECT count(*) FROM people").fetchone()  # a little work inside the lock
    db.close()
    print("done")
    """
)


def _env(site: str) -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    env["MENTORDESK_SITE"] = site
    return env


@pytest.mark.slow
def test_two_processes_writing_at_once_every_transaction_lands_once(db_path: Path) -> None:
    Database.open(db_path).close()
    count = 300
    procs = [
        subprocess.Popen([sys.executable, "-c", WRITER, str(db_path), prefix, str(count)],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=_env(prefix))
        for prefix in ("A", "B")
    ]
    outputs = [p.communicate(timeout=240) for p in procs]
    for proc, (out, err) in zip(procs, outputs, strict=True):
        assert proc.returncode == 0, err
        assert "locked" not in err.lower()
        assert out.strip() == "done"
    db = Database.open(db_path)
    ids = [r["employee_id"] for r in db.query("SELECT employee_id FROM people")]
    assert len(ids) == 2 * count == len(set(ids))
    assert db.integrity_check() == ["ok"]
    db.close()


IMPORTER = textwrap.dedent(
    """
    import sys
    from mentordesk.services import people
    from mentordesk.storage.database import Database

    db = Database.open(sys.argv[1])
    print("start", flush=True)
    said = []

    def progress(done, total):
        # the second half of the progress is the write transaction
        if not said and total and done >= total // 2:
            said.append(True)
            print("writing", flush=True)

    people.import_people(db, sys.argv[2], progress=progress)
    print("imported", flush=True)
    """
)


@pytest.mark.slow
def test_writer_killed_mid_import_leaves_all_or_nothing(db_path: Path, tmp_path: Path) -> None:
    n = 6000
    csv_path = tmp_path / "big.csv"
    write_people([
        PersonRow(line=i + 2, employee_id=f"K{i:05d}", name=f"Person {i}", email=f"p{i}@example.com",
                  department="Sales", branch="Rotterdam", languages=("en",),
                  competencies=(CompetencyLevel("Negotiation", 1, 3), CompetencyLevel("Excel", 2, 4)))
        for i in range(n)
    ], csv_path)
    Database.open(db_path).close()
    rng_delays = [0.0, 0.05, 0.1, 0.2, 0.4, 0.8, 5.0]
    outcomes = set()
    for delay in rng_delays:
        proc = subprocess.Popen([sys.executable, "-c", IMPORTER, str(db_path), str(csv_path)],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=_env("killer"))
        assert proc.stdout.readline().strip() == "start"
        assert proc.stdout.readline().strip() == "writing"  # inside the write transaction now
        time.sleep(delay)
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
        db = Database.open(db_path)  # a hot journal is rolled back here
        assert db.integrity_check() == ["ok"]
        people = db.scalar("SELECT count(*) FROM people WHERE employee_id LIKE 'K%'")
        levels = db.scalar("SELECT count(*) FROM person_competencies")
        assert people in (0, n), f"partial import after kill at {delay}s: {people}"
        assert levels in (0, 2 * n)
        outcomes.add(people)
        db.close()
        if people == n:
            break
    assert 0 in outcomes  # at least one kill landed inside the write and was rolled back
