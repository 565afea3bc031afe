"""Issue 15: a relationship report reads its facts itself (`services.report_reading`), and they
are the detail page's facts.

The report no longer goes through `relationship_reading.get_relationship` (health, goal
histories, the screens' records); these tests hold the two reads together on a real demo
file, for every relationship, on several days, with a meeting dated in the future, a chain
of replaced mentors and a loop a hand-edited file could hold.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from mentordesk.errors import NotFoundError
from mentordesk.services import relationship_reading
from mentordesk.services.report_reading import read_report_facts
from mentordesk.storage.database import Database

ROOT = Path(__file__).resolve().parents[1]


def _same_facts(db: Database, rel_id: str, today: dt.date) -> None:
    """Everything the report prints from its own read equals what the detail page read."""
    facts = read_report_facts(db, rel_id, today)
    detail = relationship_reading.get_relationship(db, rel_id, today=today)
    s = detail.summary
    where = (rel_id, today)
    assert (facts.rel.id, facts.rel.program_name, facts.rel.mentor_id, facts.rel.mentor_name, facts.rel.mentee_id,
            facts.rel.mentee_name, facts.rel.start, facts.rel.planned_end, facts.rel.stage, facts.rel.status,
            facts.rel.closure_outcome) == (
        s.id, s.program_name, s.mentor_id, s.mentor_name, s.mentee_id, s.mentee_name, s.start, s.planned_end,
        s.stage, s.status, s.closure_outcome), where
    assert (facts.rel.closed_on, facts.rel.closure_reason, facts.rel.reflection, facts.rel.hr_summary) == (
        detail.closed_on, detail.closure_reason, detail.reflection, detail.hr_summary), where
    assert facts.attendance_rate == detail.attendance.rate == s.attendance_rate, where
    assert facts.hours == s.hours, where
    assert facts.planned_dates == detail.planned_dates, where
    assert [(m.date, m.minutes, m.outcome, m.topics, m.notes) for m in facts.meetings] == [
        (m.date, m.minutes, m.outcome, m.topics, m.notes) for m in detail.meetings], where
    assert [(g.title, g.status, g.progress, g.due_date, g.competency_id) for g in facts.goals] == [
        (g.title, g.status, g.progress, g.due_date, g.competency_id) for g in detail.goals], where
    assert [(c.date, c.role, c.scores, c.comments) for c in facts.checkins] == [
        (c.date, c.role, c.scores, c.comments) for c in detail.checkins], where
    assert [(e.stage, e.began_on) for e in facts.stages] == [(e.stage, e.began_on) for e in detail.stages], where
    assert [(x.id, x.mentor_name, x.start, x.closed_on) for x in facts.continues] == [
        (x.id, x.mentor_name, x.start, x.ended) for x in detail.continues], where
    after = facts.continued_by
    assert (None if after is None else (after.id, after.mentor_name, after.start, after.closed_on)) == (
        None if detail.continued_by is None else (detail.continued_by.id, detail.continued_by.mentor_name,
                                                  detail.continued_by.start, detail.continued_by.ended)), where


def _all_ids(db: Database) -> list[str]:
    return [r["id"] for r in db.query("SELECT id FROM relationships WHERE deleted_at IS NULL ORDER BY id")]


def _days(db: Database, rel_id: str) -> list[dt.date]:
    start = dt.date.fromisoformat(db.scalar("SELECT start_date FROM relationships WHERE id = ?", (rel_id,)))
    return [start - dt.timedelta(days=1), start + dt.timedelta(days=45), dt.date.today(), dt.date(2099, 1, 1)]


def test_every_demo_relationship_reads_the_same_for_its_report_as_for_its_page(demo_db: Database) -> None:
    ids = _all_ids(demo_db)
    assert len(ids) >= 10 and demo_db.scalar("SELECT count(*) FROM meetings") > 50
    for rel_id in ids:
        for today in _days(demo_db, rel_id):
            _same_facts(demo_db, rel_id, today)


def test_a_meeting_dated_after_today_is_printed_but_not_counted_the_same_way(demo_file: Path) -> None:
    """A held meeting in the future (merged from an older copy) stays out of attendance and hours in both."""
    with sqlite3.connect(demo_file) as conn:
        conn.row_factory = sqlite3.Row
        row = dict(conn.execute("SELECT * FROM meetings WHERE outcome = 'held' AND deleted_at IS NULL "
                                "ORDER BY relationship_id LIMIT 1").fetchone())
        rel_id = row["relationship_id"]
        for n, outcome in enumerate(("held", "missed_by_mentee")):
            row.update(id=f"future-{n}", date=(dt.date.today() + dt.timedelta(days=20 + n)).isoformat(),
                       outcome=outcome, minutes=90)
            conn.execute(f"INSERT INTO meetings ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})",
                         tuple(row.values()))
    db = Database.open(demo_file)
    try:
        today = dt.date.today()
        facts = read_report_facts(db, rel_id, today)
        assert {"future-0", "future-1"} <= {m.id for m in facts.meetings}  # printed in the log...
        later = read_report_facts(db, rel_id, today + dt.timedelta(days=40))
        # the same sum with one more term: equal up to the float rounding of the order of addition
        assert later.hours == pytest.approx(facts.hours + 1.5, rel=1e-12)  # ...and counted once their day has come
        for day in (today, today + dt.timedelta(days=21), today + dt.timedelta(days=40)):
            _same_facts(db, rel_id, day)
    finally:
        db.close()


def test_a_chain_of_replaced_mentors_and_a_loop_end_the_same_way(demo_file: Path) -> None:
    """Hand-linked relationships: a chain of three, then a loop back to the first (a damaged file)."""
    with sqlite3.connect(demo_file) as conn:
        a, b, c = (r[0] for r in conn.execute("SELECT id FROM relationships ORDER BY id LIMIT 3"))
        conn.execute("UPDATE relationships SET replaces_id = ? WHERE id = ?", (a, b))
        conn.execute("UPDATE relationships SET replaces_id = ? WHERE id = ?", (b, c))
    db = Database.open(demo_file)
    try:
        facts = read_report_facts(db, c, dt.date.today())
        assert [x.id for x in facts.continues] == [a, b] and facts.continued_by is None
        middle = read_report_facts(db, b, dt.date.today())
        assert [x.id for x in middle.continues] == [a] and middle.continued_by.id == c
        for rel_id in (a, b, c):
            _same_facts(db, rel_id, dt.date.today())
        with db.transaction() as conn:
            conn.execute("UPDATE relationships SET replaces_id = ? WHERE id = ?", (c, a))  # a loop
        for rel_id in (a, b, c):
            assert len(read_report_facts(db, rel_id, dt.date.today()).continues) == 2
            _same_facts(db, rel_id, dt.date.today())
    finally:
        db.close()


def test_an_unknown_id_is_the_same_sentence(demo_db: Database) -> None:
    for rel_id in ("no-such-id", "", "'; DROP TABLE relationships; --"):
        with pytest.raises(NotFoundError) as mine:
            read_report_facts(demo_db, rel_id, dt.date.today())
        with pytest.raises(NotFoundError) as page:
            relationship_reading.get_relationship(demo_db, rel_id)
        assert str(mine.value) == str(page.value) and repr(rel_id) in str(mine.value)


def test_reading_a_report_builds_none_of_the_screens_records() -> None:
    """In a fresh process: the report's read loads no relationship screen records, health or attention rules,
    program records or lock-note machinery (what issue 15 took off the one-report path)."""
    code = ("import sys, mentordesk.services.reports, mentordesk.services.report_files, mentordesk.storage.outputs\n"
            "print('\\n'.join(sorted(sys.modules)))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT).stdout
    loaded = set(out.split())
    assert "mentordesk.services.report_reading" in loaded
    for name in ("mentordesk.relationship_models", "mentordesk.relationships", "mentordesk.relationship_rules.health",
                 "mentordesk.relationship_rules.attention", "mentordesk.services.relationship_reading",
                 "mentordesk.models", "mentordesk.storage.programs_repo", "mentordesk.storage.lockfile",
                 "mentordesk.storage.lock_notes"):
        assert name not in loaded, name
