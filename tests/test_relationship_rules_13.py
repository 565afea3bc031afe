"""Issue 13, "Never lose work" (data rules), against real files.

- archived people stay archived through export and re-import; an import may archive or
  restore explicitly; a file without the column (or an empty cell) leaves the state alone;
- archiving someone in an active relationship is allowed but reported, flagged as at risk
  and on the attention list until the relationship is closed;
- held or missed meetings cannot be dated in the future; moved or cancelled ones may;
- closed relationships refuse new meetings, goals, goal updates and check-ins;
- goals and check-ins are deleted as tombstones and leave views, attention and reports.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from mentordesk import people_csv
from mentordesk.errors import NotFoundError, ValidationError
from mentordesk.models import Person
from mentordesk.services import people as people_svc
from mentordesk.services import relationships as svc
from mentordesk.services import reports as reports_svc
from mentordesk.storage import people_repo

D = dt.date
TODAY = D(2026, 6, 1)


def add_people(db, *employee_ids: str) -> dict[str, str]:
    out = {}
    with db.transaction() as conn:
        for emp in employee_ids:
            out[emp] = people_repo.insert_person(conn, Person(
                employee_id=emp, name=f"Person {emp}", email=f"{emp.lower()}@example.com"))
    return out


def live(db, table: str, rel_id: str) -> int:
    return int(db.scalar(f"SELECT count(*) FROM {table} WHERE relationship_id = ? AND deleted_at IS NULL",
                         (rel_id,)))


def archived_state(db) -> dict[str, bool]:
    return {p.employee_id: p.archived for p in people_svc.list_people(db)}


@pytest.fixture
def people(db):
    return add_people(db, "A", "B", "C", "D")


@pytest.fixture
def rel(db, people):
    return svc.start_relationship(db, people["A"], people["B"], start=D(2026, 1, 5), cadence="fortnightly")


# -- archived people through export and import ----------------------------------------------

def test_export_then_reimport_keeps_archived_people_archived(db, people, tmp_path):
    people_svc.set_archived(db, people["C"], True)
    out = tmp_path / "people.csv"
    people_svc.export_people(db, out)
    header = out.read_text(encoding="utf-8-sig").splitlines()[0].split(",")
    assert "archived" in header
    people_svc.import_people(db, out)
    assert archived_state(db) == {"A": False, "B": False, "C": True, "D": False}


def test_reimporting_an_old_export_archives_again_and_restores(db, people, tmp_path):
    """The file says it explicitly: yes archives, no restores, whatever the app holds now."""
    people_svc.set_archived(db, people["C"], True)
    out = tmp_path / "people.csv"
    people_svc.export_people(db, out)
    people_svc.set_archived(db, people["C"], False)  # restored in the app since
    people_svc.set_archived(db, people["D"], True)   # and D archived in the app since
    people_svc.import_people(db, out)
    assert archived_state(db) == {"A": False, "B": False, "C": True, "D": False}


@pytest.mark.parametrize("yes,no", [("yes", "no"), ("TRUE", "False"), ("1", "0"), ("Archived", "active"),
                                    (" y ", " N ")])
def test_archived_cell_spellings(db, people, yes, no):
    people_svc.set_archived(db, people["B"], True)
    text = f"employee_id,name,email,archived\nA,Person A,a@example.com,{yes}\nB,Person B,b@example.com,{no}\n"
    people_svc.import_people(db, text.encode())
    state = archived_state(db)
    assert state["A"] is True and state["B"] is False


@pytest.mark.parametrize("text", [
    "employee_id,name,email\nA,Person A,a@example.com\nC,Person C,c@example.com\n",  # no column at all
    "employee_id,name,email,archived\nA,Person A,a@example.com,\nC,Person C,c@example.com,\n",  # empty cells
    "archived;email;name;employee_id\n;a@example.com;Person A;A\n  ;c@example.com;Person C;C\n",  # order, ';'
])
def test_a_file_that_does_not_say_leaves_the_state_alone(db, people, text):
    people_svc.set_archived(db, people["C"], True)
    people_svc.import_people(db, text.encode())
    state = archived_state(db)
    assert state["A"] is False and state["C"] is True


def test_new_people_are_active_unless_the_file_says_archived(db, people):
    text = ("employee_id,name,email,archived\nN1,New One,n1@example.com,\n"
            "N2,New Two,n2@example.com,yes\nN3,New Three,n3@example.com,no\n")
    report = people_svc.import_people(db, text.encode())
    assert report.added == 3
    state = archived_state(db)
    assert (state["N1"], state["N2"], state["N3"]) == (False, True, False)


@pytest.mark.parametrize("bad", ["maybe", "=1", "2", "archived!"])
def test_an_unknown_archived_value_is_a_line_numbered_problem_and_nothing_is_imported(db, people, bad):
    text = f"employee_id,name,email,archived\nA,Person A,a@example.com,yes\nN9,Nine,n9@example.com,{bad}\n"
    with pytest.raises(ValidationError) as exc:
        people_svc.import_people(db, text.encode())
    assert any(p.startswith("Line 3:") and "archived" in p for p in exc.value.problems)
    assert archived_state(db)["A"] is False
    assert "N9" not in archived_state(db)


def test_formula_escape_and_round_trip_survive_the_new_column(db, people, tmp_path):
    with db.transaction() as conn:
        people_repo.insert_person(conn, Person(employee_id="F1", name="=HYPERLINK(\"x\")", email="f1@example.com",
                                               notes="-2+3", archived=True))
    first, second = tmp_path / "1.csv", tmp_path / "2.csv"
    people_svc.export_people(db, first)
    raw = first.read_text(encoding="utf-8-sig")
    assert "'=HYPERLINK" in raw and "'-2+3" in raw
    people_svc.import_people(db, first)
    people_svc.export_people(db, second)
    assert first.read_bytes() == second.read_bytes()
    rows = {r.employee_id: r for r in people_csv.read_people(first).rows}
    assert rows["F1"].archived is True and rows["F1"].name == "=HYPERLINK(\"x\")"
    assert rows["A"].archived is False


# -- archiving someone in an active relationship ---------------------------------------------

@pytest.mark.parametrize("who,role", [("A", "mentor"), ("B", "mentee")])
def test_archiving_a_partner_reports_flags_and_marks_at_risk(db, people, rel, who, role):
    affected = people_svc.set_archived(db, people[who], True)
    assert [s.id for s in affected] == [rel]
    assert people_repo.get_person(db, people[who]).archived  # archiving itself is never refused
    summary = svc.get_relationship(db, rel, today=TODAY).summary
    assert summary.health == "at_risk"
    assert any(f"The {role}, Person {who}, is archived" in r for r in summary.health_reasons)
    items = [i for i in svc.attention_list(db, today=TODAY) if i.kind == "archived_partner"]
    assert [(i.relationship_id, i.severity) for i in items] == [(rel, "high")]
    assert items[0].title == "Archived person in an active relationship: Person A & Person B"
    assert items[0].detail.startswith(f"The {role}, Person {who}, is archived")
    svc.close(db, rel, "mentee_withdrew" if role == "mentee" else "mentor_withdrew", "left the company",
              closed_on=TODAY)
    assert not [i for i in svc.attention_list(db, today=TODAY) if i.kind == "archived_partner"]


def test_archiving_both_partners_gives_two_items_with_their_own_keys(db, people, rel):
    people_svc.set_archived(db, people["A"], True)
    people_svc.set_archived(db, people["B"], True)
    items = [i for i in svc.attention_list(db, today=TODAY) if i.kind == "archived_partner"]
    assert len(items) == 2 and len({i.key for i in items}) == 2
    svc.snooze(db, items[0].key, TODAY + dt.timedelta(days=3), "calling HR", today=TODAY)
    left = [i for i in svc.attention_list(db, today=TODAY) if i.kind == "archived_partner"]
    assert [i.key for i in left] == [items[1].key]


def test_a_brand_new_pair_with_an_archived_partner_is_not_too_early(db, people):
    rel_id = svc.start_relationship(db, people["C"], people["D"], start=TODAY)
    people_svc.set_archived(db, people["D"], True)
    assert svc.get_relationship(db, rel_id, today=TODAY).summary.health == "at_risk"
    future = svc.start_relationship(db, people["A"], people["B"], start=TODAY + dt.timedelta(days=10))
    people_svc.set_archived(db, people["A"], True)
    assert any(i.relationship_id == future for i in svc.attention_list(db, today=TODAY)
               if i.kind == "archived_partner")


def test_closed_relationships_and_restoring_report_nothing(db, people, rel):
    svc.close(db, rel, "completed", closed_on=D(2026, 5, 1))
    assert people_svc.set_archived(db, people["A"], True) == []
    other = svc.start_relationship(db, people["C"], people["B"], start=D(2026, 2, 1))
    assert [s.id for s in people_svc.set_archived(db, people["B"], True)] == [other]
    assert people_svc.set_archived(db, people["B"], False) == []
    assert not any("archived" in r for r in svc.get_relationship(db, other, today=TODAY).summary.health_reasons)
    assert not any(i.kind == "archived_partner" for i in svc.attention_list(db, today=TODAY))


def test_an_import_that_archives_a_paired_person_warns(db, people, rel):
    text = "employee_id,name,email,archived\nB,Person B,b@example.com,yes\nC,Person C,c@example.com,yes\n"
    report = people_svc.import_people(db, text.encode())
    warned = [w for w in report.warnings if "archived" in w]
    assert len(warned) == 1 and "Person B" in warned[0] and rel in warned[0]
    again = people_svc.import_people(db, text.encode())  # already archived: said once, by the attention list
    assert not [w for w in again.warnings if "archived" in w]


# -- meetings in the future and before the start ---------------------------------------------

@pytest.mark.parametrize("outcome", ["held", "missed_by_mentor", "missed_by_mentee"])
@pytest.mark.parametrize("ahead", [1, 30, 364])
def test_held_or_missed_meetings_cannot_be_in_the_future(db, rel, outcome, ahead):
    with pytest.raises(ValidationError, match="in the future"):
        svc.log_meeting(db, rel, TODAY + dt.timedelta(days=ahead), 45 if outcome == "held" else 0, outcome,
                        today=TODAY)
    assert live(db, "meetings", rel) == 0
    svc.log_meeting(db, rel, TODAY, 45 if outcome == "held" else 0, outcome, today=TODAY)  # today is fine
    assert live(db, "meetings", rel) == 1


@pytest.mark.parametrize("outcome", ["rescheduled_by_mentor", "rescheduled_by_mentee", "cancelled"])
def test_meetings_moved_or_cancelled_in_advance_may_be_ahead(db, rel, outcome):
    svc.log_meeting(db, rel, TODAY + dt.timedelta(days=20), 0, outcome, today=TODAY)
    assert live(db, "meetings", rel) == 1
    with pytest.raises(ValidationError, match="more than a year ahead"):
        svc.log_meeting(db, rel, TODAY + dt.timedelta(days=400), 0, outcome, today=TODAY)


def test_editing_a_future_meeting_into_held_is_refused(db, rel):
    mid = svc.log_meeting(db, rel, TODAY + dt.timedelta(days=7), 0, "cancelled", today=TODAY)
    with pytest.raises(ValidationError, match="in the future"):
        svc.update_meeting(db, mid, outcome="held", minutes=60, today=TODAY)
    with pytest.raises(ValidationError, match="in the future"):
        past = svc.log_meeting(db, rel, TODAY - dt.timedelta(days=3), 60, "held", today=TODAY)
        svc.update_meeting(db, past, date=TODAY + dt.timedelta(days=1), today=TODAY)
    assert svc.get_relationship(db, rel, today=TODAY).attendance.held == 1
    # once the day has come the same edit is accepted
    assert svc.update_meeting(db, mid, outcome="held", minutes=60, today=TODAY + dt.timedelta(days=7))


def test_a_future_held_meeting_never_counts_in_attendance_or_reports(db, rel):
    with pytest.raises(ValidationError):
        svc.log_meeting(db, rel, TODAY + dt.timedelta(days=2), 60, "held", today=TODAY)
    data = reports_svc.relationship_report_data(db, rel, today=TODAY)
    assert data.meetings == () or len(data.meetings) == 0


@pytest.mark.parametrize("outcome", ["held", "missed_by_mentee", "cancelled"])
def test_meetings_before_the_start_are_refused_whatever_the_outcome(db, rel, outcome):
    with pytest.raises(ValidationError, match="before the relationship started"):
        svc.log_meeting(db, rel, D(2026, 1, 4), 30 if outcome == "held" else 0, outcome, today=TODAY)
    assert live(db, "meetings", rel) == 0


# -- closed relationships take nothing new ---------------------------------------------------

@pytest.fixture
def closed(db, rel):
    goal = svc.add_goal(db, rel, "Lead a meeting")
    svc.log_meeting(db, rel, D(2026, 2, 2), 60, "held", today=TODAY)
    svc.record_checkin(db, rel, "mentee", D(2026, 2, 10), {"value_received": 4}, today=TODAY)
    svc.close(db, rel, "completed", closed_on=D(2026, 5, 1))
    return rel, goal


@pytest.mark.parametrize("action", [
    lambda db, rel, goal: svc.log_meeting(db, rel, D(2026, 4, 1), 60, "held", today=TODAY),
    lambda db, rel, goal: svc.log_meeting(db, rel, D(2026, 4, 1), 0, "cancelled", today=TODAY),
    lambda db, rel, goal: svc.add_goal(db, rel, "One more"),
    lambda db, rel, goal: svc.update_goal(db, goal, progress=80),
    lambda db, rel, goal: svc.update_goal(db, goal, status="achieved"),
    lambda db, rel, goal: svc.update_goal(db, goal, title="Renamed"),
    lambda db, rel, goal: svc.record_checkin(db, rel, "mentor", D(2026, 4, 1), {"value_given": 5}, today=TODAY),
], ids=["held", "cancelled", "goal", "progress", "status", "title", "checkin"])
def test_closed_relationships_refuse_new_records_with_a_sentence(db, closed, action):
    rel, goal = closed
    before = [live(db, t, rel) for t in ("meetings", "goals", "checkins")]
    with pytest.raises(ValidationError, match=r"closed on 1 May 2026.*Nothing was changed"):
        action(db, rel, goal)
    assert [live(db, t, rel) for t in ("meetings", "goals", "checkins")] == before
    g = svc.get_relationship(db, rel, today=TODAY).goals[0]
    assert (g.title, g.progress, g.status, len(g.history)) == ("Lead a meeting", 0, "open", 1)


def test_closed_relationships_still_allow_deleting_mistakes(db, closed):
    rel, goal = closed
    d = svc.get_relationship(db, rel, today=TODAY)
    assert svc.delete_goal(db, goal)
    assert svc.delete_checkin(db, d.checkins[0].id)
    assert svc.delete_meeting(db, d.meetings[0].id)
    assert [live(db, t, rel) for t in ("meetings", "goals", "checkins")] == [0, 0, 0]


# -- deleting goals and check-ins ------------------------------------------------------------

def test_deleted_goal_leaves_views_attention_reports_and_is_a_tombstone(db, rel):
    late = svc.add_goal(db, rel, "Late goal", due_date=D(2026, 3, 1))
    kept = svc.add_goal(db, rel, "Kept goal")
    mid = svc.log_meeting(db, rel, D(2026, 5, 20), 60, "held", goals_discussed=[late, kept], today=TODAY)
    assert any(i.kind == "goal_past_due" for i in svc.attention_list(db, today=TODAY))
    assert svc.delete_goal(db, late)
    d = svc.get_relationship(db, rel, today=TODAY)
    assert [g.title for g in d.goals] == ["Kept goal"]
    assert not any("Late goal" in r for r in d.summary.health_reasons)
    assert next(m for m in d.meetings if m.id == mid).goals_discussed == (kept,)
    assert not any(i.kind == "goal_past_due" for i in svc.attention_list(db, today=TODAY))
    assert [g.title for g in reports_svc.relationship_report_data(db, rel, today=TODAY).goals] == ["Kept goal"]
    row = db.query_one("SELECT deleted_at FROM goals WHERE id = ?", (late,))
    assert row is not None and row["deleted_at"]  # kept as a tombstone so a merge carries the deletion
    with pytest.raises(NotFoundError, match="no longer exists"):
        svc.delete_goal(db, late)
    with pytest.raises(NotFoundError):
        svc.update_goal(db, late, progress=10)


def test_deleted_checkin_leaves_health_attention_and_reports(db, rel):
    low = svc.record_checkin(db, rel, "mentee", D(2026, 5, 25), {"value_received": 1, "trust_respect": 2},
                             today=TODAY)
    svc.record_checkin(db, rel, "mentor", D(2026, 5, 25), {"value_given": 4}, today=TODAY)
    assert any("mentee's latest check-in" in r
               for r in svc.get_relationship(db, rel, today=TODAY).summary.health_reasons)
    assert svc.delete_checkin(db, low)
    d = svc.get_relationship(db, rel, today=TODAY)
    assert [c.role for c in d.checkins] == ["mentor"]
    assert not any("mentee's latest check-in" in r for r in d.summary.health_reasons)
    # without it, the mentee's check-in is overdue again, so attention shows it
    assert any(i.kind == "checkin_overdue" and i.title.startswith("Mentee")
               for i in svc.attention_list(db, today=TODAY))
    reported = reports_svc.relationship_report_data(db, rel, today=TODAY).checkins
    assert len(reported) == 1 and list(reported[0].scores.values()) == [4]  # the mentor's, not the deleted one
    assert db.query_one("SELECT deleted_at FROM checkins WHERE id = ?", (low,))["deleted_at"]
    with pytest.raises(NotFoundError, match="no longer exists"):
        svc.delete_checkin(db, low)


def test_old_imports_keep_working(db):
    """The split modules are re-exported: the window, the CLI and older tests import from here."""
    from mentordesk import relationships as rules
    from mentordesk.services.relationships import (  # noqa: F401
        delete_checkin,
        delete_goal,
        log_meeting,
    )

    assert rules.meeting_date_problems and rules.closed_problem and rules.attention_items
    assert svc.rules is rules
    assert Path(svc.__file__).name == "relationships.py"


def test_deleting_goals_and_checkins_reaches_another_copy_by_merge(tmp_path, monkeypatch):
    """Tombstones, not DELETEs: a branch's deletion removes the goal and check-in at head office too."""
    import shutil

    from mentordesk.services import files
    from mentordesk.storage.database import Database

    hq, branch = tmp_path / "hq.db", tmp_path / "branch.db"
    monkeypatch.setenv("MENTORDESK_SITE", "hq")
    db = Database.open(hq)
    ids = add_people(db, "A", "B")
    rel_id = svc.start_relationship(db, ids["A"], ids["B"], start=D(2026, 1, 5))
    goal = svc.add_goal(db, rel_id, "Shared goal")
    checkin = svc.record_checkin(db, rel_id, "mentee", D(2026, 2, 1), {"value_received": 3}, today=TODAY)
    db.close()
    shutil.copy(hq, branch)

    monkeypatch.setenv("MENTORDESK_SITE", "branch")
    db = Database.open(branch)
    svc.delete_goal(db, goal)
    svc.delete_checkin(db, checkin)
    db.close()

    monkeypatch.setenv("MENTORDESK_SITE", "hq")
    db = Database.open(hq)
    try:
        assert len(svc.get_relationship(db, rel_id, today=TODAY).goals) == 1  # not yet merged
        files.merge_file(db, branch)
        d = svc.get_relationship(db, rel_id, today=TODAY)
        assert d.goals == () and d.checkins == ()
    finally:
        db.close()


def test_a_future_held_meeting_already_in_the_file_counts_only_from_its_day(db, people):
    """Stored before the rule existed, or merged from an older copy: shown to correct, never counted early."""
    from mentordesk.storage import relationships_repo, rows

    with db.transaction() as conn:
        program = rows.insert(conn, "programs", {"name": "Leaders", "relationship_months": 6,
                                                 "cadence": "fortnightly"})
    rel_id = svc.start_relationship(db, people["A"], people["B"], program_id=program, start=D(2026, 1, 5))
    svc.log_meeting(db, rel_id, D(2026, 5, 1), 60, "missed_by_mentee", today=TODAY)
    ahead = TODAY + dt.timedelta(days=10)
    with db.transaction() as conn:
        relationships_repo.insert_meeting(conn, {
            "relationship_id": rel_id, "date": ahead.isoformat(), "time": "", "minutes": 90, "mode": "video",
            "outcome": "held", "with_notice": True, "topics": "", "goals_discussed": [], "notes": ""})
    for day, held, hours in ((TODAY, 0, 0.0), (ahead, 1, 1.5)):
        d = svc.get_relationship(db, rel_id, today=day)
        assert len(d.meetings) == 2  # the log shows it either way
        assert (d.summary.meetings_held, d.summary.hours, d.attendance.held) == (held, hours, held)
        listed = svc.list_relationships(db, today=day)[0]
        assert (listed.meetings_held, listed.hours) == (held, hours)
        summary = reports_svc.program_report_data(db, program, today=day)
        assert summary.attendance_rate == (0.0 if held == 0 else 0.5)
        assert summary.mentoring_hours == hours
