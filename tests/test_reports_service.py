"""The reports service against a real demo file: every printed figure is checked
against the stored rows, recomputed here with the app's own rules."""

from __future__ import annotations

import datetime as dt
import os
import re
import stat
from pathlib import Path

import pytest
from pypdf import PdfReader

from mentordesk import clock
from mentordesk import relationships as rules
from mentordesk.demo import fill_demo
from mentordesk.errors import NotFoundError, ValidationError
from mentordesk.models import PortraitEntry
from mentordesk.reports import RelationshipStatus
from mentordesk.services import relationships as rel_svc
from mentordesk.services import reports as svc
from mentordesk.storage import people_repo


@pytest.fixture
def demo(db):
    return fill_demo(db)


def _text(path: Path) -> str:
    return "\n".join(p.extract_text() for p in PdfReader(path).pages)


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def _meeting_rows(db, rel_id: str) -> list[rules.MeetingRecord]:
    return [rules.MeetingRecord(date=dt.date.fromisoformat(r["date"]), outcome=r["outcome"], minutes=r["minutes"])
            for r in db.query("SELECT date, outcome, minutes FROM meetings "
                              "WHERE relationship_id = ? AND deleted_at IS NULL", (rel_id,))]


def _pct(rate: float | None) -> str:
    return "n/a" if rate is None else f"{rate * 100:.0f}%"


def test_relationship_figures_in_the_pdf_match_the_rows(db, demo, tmp_path):
    for s in svc.program_relationships(db, demo):
        data = svc.relationship_report_data(db, s.id)
        meetings = _meeting_rows(db, s.id)
        assert data.attendance_rate == rules.attendance(meetings).rate == s.attendance_rate
        assert data.mentoring_hours == pytest.approx(rules.mentoring_hours(meetings))
        goals = db.query("SELECT status FROM goals WHERE relationship_id = ? AND deleted_at IS NULL", (s.id,))
        assert len(data.goals) == len(goals)
    # and on paper, for a closed and an active one
    rels = svc.program_relationships(db, demo)
    picks = [next(s for s in rels if s.status == "closed"), next(s for s in rels if s.status == "active")]
    for s in picks:
        out = svc.write_relationship_report(db, s.id, tmp_path / f"{s.id}.pdf")
        text = _flat(_text(out))
        rate = rules.attendance(_meeting_rows(db, s.id)).rate
        assert f"{_pct(rate)} Attendance rate" in text
        goals = db.query("SELECT status FROM goals WHERE relationship_id = ? AND deleted_at IS NULL", (s.id,))
        achieved = sum(g["status"] == "achieved" for g in goals)
        live = sum(g["status"] != "dropped" for g in goals)
        assert f"{achieved} / {live} Goals achieved" in text
        assert s.mentor_name in text and s.mentee_name in text
        assert stat.S_IMODE(os.stat(out).st_mode) == 0o600


def test_planned_meetings_stages_and_status_come_from_the_rules(db, demo):
    today = clock.today()
    for s in svc.program_relationships(db, demo):
        data = svc.relationship_report_data(db, s.id)
        detail = rel_svc.get_relationship(db, s.id)
        assert data.planned_meetings_to_date == sum(1 for d in detail.planned_dates if d <= today)
        assert data.current_stage == s.stage
        assert set(data.stage_started) == set(range(1, s.stage + 1))
        if s.status == "active":
            assert data.status == RelationshipStatus.ACTIVE and data.end_date is None
        elif rules.is_completed(s.closure_outcome):
            assert data.status == RelationshipStatus.COMPLETED and data.end_date == detail.closed_on
        else:
            assert data.status == RelationshipStatus.ENDED_EARLY
            assert "How it ended" in data.hr_summary


def test_names_in_other_scripts_reach_the_pdf(db, demo, tmp_path):
    rels = svc.program_relationships(db, demo)
    accented = [s for s in rels if not (s.mentor_name + s.mentee_name).isascii()]
    assert accented, "the demo has names with accents"
    s = accented[0]
    text = _text(svc.write_relationship_report(db, s.id, tmp_path / "r.pdf"))
    assert s.mentor_name in text and s.mentee_name in text
    # the demo's Greek, Spanish and Polish names, wherever they are
    people = {r["name"] for r in db.query("SELECT name FROM people")}
    for first in ("María José", "Íñigo", "Αλέξανδρος"):
        assert any(n.startswith(first) for n in people)


def test_program_counts_equal_the_database(db, demo, tmp_path):
    rows = db.query("SELECT status, closure_outcome FROM relationships WHERE program_id = ? AND deleted_at IS NULL",
                    (demo,))
    completed = sum(r["closure_outcome"] == "completed" for r in rows)
    ended_early = sum(r["status"] == "closed" and r["closure_outcome"] != "completed" for r in rows)
    active = sum(r["status"] == "active" for r in rows)
    assert completed and ended_early, "the demo has both kinds of ending"
    data = svc.program_report_data(db, demo)
    assert (data.active, data.completed, data.ended_early) == (active, completed, ended_early)
    assert sum(r.completed for r in data.by_branch) == completed
    assert sum(r.ended_early for r in data.by_department) == ended_early
    assert sum(r.active for r in data.by_branch) == active
    # pooled attendance over every meeting of the program
    meetings = [rules.MeetingRecord(date=dt.date.fromisoformat(r["date"]), outcome=r["outcome"], minutes=r["minutes"])
                for r in db.query("SELECT m.date, m.outcome, m.minutes FROM meetings m JOIN relationships r "
                                  "ON r.id = m.relationship_id WHERE r.program_id = ? AND m.deleted_at IS NULL "
                                  "AND r.deleted_at IS NULL", (demo,))]
    assert data.attendance_rate == pytest.approx(rules.attendance(meetings).rate)
    assert data.mentoring_hours == pytest.approx(rules.mentoring_hours(meetings))
    goals = db.query("SELECT g.status FROM goals g JOIN relationships r ON r.id = g.relationship_id "
                     "WHERE r.program_id = ? AND g.deleted_at IS NULL", (demo,))
    assert data.goals_achieved == sum(g["status"] == "achieved" for g in goals)
    assert data.goals_total == sum(g["status"] != "dropped" for g in goals)
    text = _flat(_text(svc.write_program_report(db, demo, tmp_path / "p.pdf")))
    assert f"{active} active, {completed} completed, {ended_early} ended early" in text
    assert f"{_pct(data.attendance_rate)} Average attendance" in text
    assert f"{data.goals_achieved} / {data.goals_total} Goals achieved" in text


def test_program_participation_and_match_rate(db, demo):
    parts = db.query("SELECT person_id, role, status FROM participants WHERE program_id = ? AND deleted_at IS NULL",
                     (demo,))
    matched = {r["mentee_id"] for r in db.query("SELECT mentee_id FROM relationships WHERE program_id = ?", (demo,))}
    asked = [p for p in parts if p["role"] == "mentee" and p["status"] in ("accepted", "waitlisted")]
    data = svc.program_report_data(db, demo)
    assert data.mentors == sum(p["role"] == "mentor" and p["status"] == "accepted" for p in parts)
    assert data.mentees == sum(p["role"] == "mentee" and p["status"] == "accepted" for p in parts)
    assert data.waiting_list == sum(p["role"] == "mentee" and p["status"] == "waitlisted" for p in parts)
    assert data.match_rate == pytest.approx(sum(p["person_id"] in matched for p in asked) / len(asked))
    assert set(data.checkin_averages) <= set(rules.CHECKIN_QUESTIONS.values())
    assert all(1 <= v <= 5 for v in data.checkin_averages.values())
    assert data.purpose and data.business_goal
    # attention: only this program's pairs, in the words of the attention list
    names = {(s.mentor_name, s.mentee_name) for s in rel_svc.list_relationships(db, program_id=demo)}
    for item in data.needs_attention:
        assert item.mentee_name == "All their mentees" or (item.mentor_name, item.mentee_name) in names


def _private_relationship(db, demo) -> str:
    s = next(s for s in svc.program_relationships(db, demo) if s.status == "active")
    start = s.start
    rel_svc.log_meeting(db, s.id, clock.today(), 60, "held", notes="SECRET-NOTE about the promotion",
                        topics="Career direction")
    rel_svc.record_checkin(db, s.id, "mentee", clock.today(), {"trust_respect": 4},
                           {"trust_respect": "CONFIDENTIAL-COMMENT on my manager"})
    assert start <= clock.today()
    return s.id


def test_notes_only_when_asked_and_never_in_the_manager_copy(db, demo, tmp_path):
    rel = _private_relationship(db, demo)
    default = svc.report_options_from_settings({})
    hr = svc.report_options_from_settings({"include_notes": True})
    manager = svc.report_options_from_settings({"include_notes": True, "for_manager": True})

    data = svc.relationship_report_data(db, rel, default)
    assert not any(m.notes for m in data.meetings)
    assert any("CONFIDENTIAL-COMMENT" in c.comments for c in data.checkins)
    text = _text(svc.write_relationship_report(db, rel, tmp_path / "default.pdf", default))
    assert "SECRET-NOTE" not in text and "CONFIDENTIAL-COMMENT" in text

    text = _text(svc.write_relationship_report(db, rel, tmp_path / "hr.pdf", hr))
    assert "SECRET-NOTE" in text

    data = svc.relationship_report_data(db, rel, manager)
    assert not any(m.notes for m in data.meetings) and not any(c.comments for c in data.checkins)
    text = _text(svc.write_relationship_report(db, rel, tmp_path / "manager.pdf", manager))
    assert "SECRET-NOTE" not in text and "CONFIDENTIAL-COMMENT" not in text


def test_competency_growth_for_goal_competencies(db, demo):
    s = next(s for s in svc.program_relationships(db, demo) if s.status == "active")
    with db.transaction() as conn:
        people_repo.record_portrait(conn, s.mentee_id, [PortraitEntry("Negotiation", 1, 4)], "2020-01-01")
        people_repo.record_portrait(conn, s.mentee_id, [PortraitEntry("Negotiation", 2, 4)], "2021-01-01")
        people_repo.record_portrait(conn, s.mentee_id, [PortraitEntry("Negotiation", 3, 5)], "2022-01-01")
        cid = conn.execute("SELECT id FROM competencies WHERE name = 'Negotiation'").fetchone()[0]
    rel_svc.add_goal(db, s.id, "Close a deal alone", competency_id=cid)
    data = svc.relationship_report_data(db, s.id)
    growth = {c.competency: c for c in data.competencies}
    neg = growth["Negotiation"]
    history = [e for e in people_repo.competency_history(db, s.mentee_id, "Negotiation")]
    assert (neg.start_level, neg.current_level, neg.target_level) == (history[0].current, history[-1].current, 5)
    linked = {r["competency_id"] for r in db.query(
        "SELECT competency_id FROM goals WHERE relationship_id = ? AND competency_id IS NOT NULL", (s.id,))}
    assert len(data.competencies) <= len(linked)


def test_options_from_settings_values(tmp_path):
    logo = tmp_path / "logo.png"
    logo.write_bytes(b"\x89PNG")
    o = svc.report_options_from_settings({"reports/page_size": "letter", "reports/include_notes": "true",
                                          "reports/company_name": "  Acme  ", "reports/logo_path": str(logo)})
    assert (o.page_size, o.include_notes, o.include_checkin_comments, o.company_name) == ("Letter", True, True, "Acme")
    assert o.logo_path == str(logo)
    o = svc.report_options_from_settings({"include_notes": "false", "logo_path": str(tmp_path / "gone.png"),
                                          "for_manager": "true"})
    assert (o.page_size, o.include_notes, o.include_checkin_comments, o.logo_path) == ("A4", False, False, None)
    o = svc.report_options_from_settings({"for_manager": True, "include_notes": True})
    assert not o.include_notes


def test_unknown_ids_and_bad_targets(db, demo, tmp_path):
    with pytest.raises(NotFoundError):
        svc.relationship_report_data(db, "no-such-id")
    with pytest.raises(NotFoundError):
        svc.program_report_data(db, "no-such-id")
    with pytest.raises(NotFoundError):
        svc.program_id_by_name(db, "No such program")
    assert svc.program_id_by_name(db, "growing leaders 2026") == demo
    rel = svc.program_relationships(db, demo)[0].id
    with pytest.raises(ValidationError):
        svc.write_relationship_report(db, rel, tmp_path)  # a folder
    with pytest.raises(ValidationError):
        svc.write_relationship_report(db, rel, tmp_path / "missing" / "r.pdf")
    assert not list(tmp_path.glob("*.pdf")) and not (tmp_path / "missing").exists()


def test_batch_folder_and_combined(db, demo, tmp_path):
    n = len(svc.program_relationships(db, demo))
    seen = []
    files = svc.write_program_batch(db, demo, out_dir=tmp_path / "each", progress=lambda d, t: seen.append((d, t)),
                                    workers=1)
    assert len(files) == n and seen[-1] == (n, n)
    for f in files:
        assert len(PdfReader(f).pages) >= 1
        assert stat.S_IMODE(os.stat(f).st_mode) == 0o600
    [combined] = svc.write_program_batch(db, demo, combined=tmp_path / "all.pdf", workers=1)
    assert len(PdfReader(combined).pages) >= n
    assert svc.write_program_batch(db, demo, out_dir=tmp_path / "none", cancelled=lambda: True) == []
    assert not (tmp_path / "none").exists() or not list((tmp_path / "none").iterdir())
    with pytest.raises(ValueError):
        svc.write_program_batch(db, demo)


def test_first_page_renders_with_ink(db, demo, tmp_path):
    """Rasterise page 1 as a printer would see it: a blank or near-blank page is a broken report."""
    import shutil
    import subprocess

    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm (poppler-utils) is not installed")
    from PIL import Image

    s = next(s for s in svc.program_relationships(db, demo) if s.status == "closed")
    options = svc.report_options_from_settings({"company_name": "Acme", "include_notes": True})
    pdf = svc.write_relationship_report(db, s.id, tmp_path / "r.pdf", options)
    subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", str(pdf), str(tmp_path / "page")],
                   check=True, timeout=60)
    [png] = tmp_path.glob("page*.png")
    image = Image.open(png).convert("L")
    histogram = image.histogram()  # 256 grey levels
    inked = sum(histogram[:200]) / sum(histogram)
    assert 0.02 < inked < 0.6, f"page 1 is {inked:.1%} ink"
    if os.environ.get("MENTORDESK_SHOT_DIR"):  # a copy for a person to look at, only when asked for
        shutil.copy(png, Path(os.environ["MENTORDESK_SHOT_DIR"]) / "relationship_report_page1.png")
