"""Programs that differ by kind (issue 13): what each kind stores, validates, duplicates and archives.

Real files throughout: the schema step on a file made at version 8, the service on a
fresh file, the CLI as a real process, a merge of two real copies.
"""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest

from mentordesk.errors import StorageError, ValidationError
from mentordesk.models import Program
from mentordesk.services import programs
from mentordesk.storage import schema
from mentordesk.storage.database import Database


def test_schema_step_adds_kind_columns_to_a_version_8_file(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path, isolation_level=None)
    schema.migrate(conn, target=8)
    conn.execute("INSERT INTO programs (id, created_at, updated_at, name) VALUES ('p1', 'x', 'x', 'Old')")
    conn.close()
    db = Database.open(path)
    try:
        old = programs.get_program(db, "p1")
        assert db.schema_version() == schema.SCHEMA_VERSION > 8
        assert (old.group_size, old.sessions, old.expertise, old.host, old.visits, old.visit_hours) == \
            (None, None, "", "", None, None)
        with pytest.raises(StorageError, match="CHECK"), db.transaction() as conn2:
            conn2.execute("UPDATE programs SET group_size = 0 WHERE id = 'p1'")
    finally:
        db.close()


# -- the service: each kind asks for what it needs ----------------------------------------------


@pytest.fixture
def fresh(tmp_path: Path):
    database = Database.open(tmp_path / "company.db")
    yield database
    database.close()


def _program(**values) -> Program:
    return Program(name=values.pop("name", "Kinds 2026"), start_date=date(2026, 9, 1), **values)


@pytest.mark.parametrize(("kind", "missing", "words"), [
    ("group", {}, ["group size", "number of sessions"]),
    ("group", {"group_size": 1, "sessions": 8}, ["group size"]),
    ("group", {"group_size": 6, "sessions": 0}, ["number of sessions"]),
    ("reverse", {"expertise": "   "}, ["competency the junior"]),
    ("job_shadowing", {}, ["host", "number of visits", "hours"]),
    ("job_shadowing", {"host": "Warehouse", "visits": 3, "visit_hours": 13}, ["hours"]),
    ("job_shadowing", {"host": "", "visits": 3, "visit_hours": 4}, ["host"]),
])
def test_each_kind_refuses_a_program_without_what_it_needs(fresh, kind, missing, words) -> None:
    with pytest.raises(ValidationError) as caught:
        programs.create_program(fresh, _program(kind=kind, **missing))
    text = " ".join(caught.value.problems)
    for word in words:
        assert word in text
    assert len(caught.value.problems) == len(words)
    assert programs.list_programs(fresh) == []  # nothing half-written


@pytest.mark.parametrize(("kind", "values"), [
    ("group", {"group_size": 6, "sessions": 8}),
    ("reverse", {"expertise": " Digital tools "}),
    ("job_shadowing", {"host": "Warehouse team", "visits": 3, "visit_hours": 4}),
    ("peer", {}),
    ("one_to_one", {}),
])
def test_a_kind_keeps_its_own_fields_and_drops_the_others(fresh, kind, values) -> None:
    noise = {"group_size": 9, "sessions": 9, "expertise": "Noise", "host": "Noise", "visits": 9, "visit_hours": 9}
    pid = programs.create_program(fresh, _program(kind=kind, **{**noise, **values}))
    saved = programs.get_program(fresh, pid)
    for name, value in noise.items():
        expected = values.get(name, "" if isinstance(value, str) else None)
        assert getattr(saved, name) == (expected.strip() if isinstance(expected, str) else expected)


def test_changing_the_kind_clears_the_old_kinds_fields(fresh) -> None:
    pid = programs.create_program(fresh, _program(kind="group", group_size=6, sessions=8))
    stored = programs.get_program(fresh, pid)
    from dataclasses import replace

    programs.update_program(fresh, pid, replace(stored, kind="one_to_one"))
    again = programs.get_program(fresh, pid)
    assert (again.kind, again.group_size, again.sessions) == ("one_to_one", None, None)


# -- duplicate and archive ------------------------------------------------------------------------


def test_run_again_copies_settings_texts_and_weights_not_people(demo_file: Path) -> None:
    db = Database.open(demo_file)
    try:
        source = next(p for p in programs.list_programs(db) if programs.participants(db, p.id))
        from mentordesk.services import message_templates

        message_templates.save_template(db, source.id, "introduction", "Hello {mentee}", "Our own text")
        source = programs.get_program(db, source.id)
        new_id = programs.duplicate_program(db, source.id, "  Run again 2027 ", date(2027, 1, 1), date(2027, 12, 31))
        copy = programs.get_program(db, new_id)
        assert copy.name == "Run again 2027" and copy.id != source.id
        assert (copy.start_date, copy.end_date) == (date(2027, 1, 1), date(2027, 12, 31))
        assert copy.match_settings == source.match_settings
        assert copy.match_settings["message_templates"]
        for same in ("kind", "purpose", "business_goal", "delivery", "cadence", "relationship_months",
                     "max_mentees", "group_size", "sessions", "expertise", "host", "visits", "visit_hours"):
            assert getattr(copy, same) == getattr(source, same)
        assert programs.participants(db, new_id) == []
        assert programs.participants(db, source.id)  # the old program keeps its people
        with pytest.raises(ValidationError, match="already a program"):
            programs.duplicate_program(db, source.id, source.name.upper())
    finally:
        db.close()


def test_an_archived_program_is_hidden_and_read_only_until_unarchived(demo_file: Path) -> None:
    db = Database.open(demo_file)
    try:
        program = next(p for p in programs.list_programs(db) if programs.participants(db, p.id))
        someone = programs.participants(db, program.id)[0]
        programs.archive_program(db, program.id)
        assert program.id not in {p.id for p in programs.list_programs(db, include_archived=False)}
        assert programs.get_program(db, program.id).archived
        before = programs.participants(db, program.id)
        refusals = [
            lambda: programs.update_program(db, program.id, program),
            lambda: programs.set_status(db, someone.id, "declined", "No room"),
            lambda: programs.enrol(db, program.id, someone.person_id, someone.role, "accepted"),
            lambda: programs.set_preferences(db, someone.id, []),
            lambda: programs.remove(db, someone.id),
            lambda: programs.save_match_settings(db, program.id, {}),
        ]
        for attempt in refusals:
            with pytest.raises(ValidationError, match="archived.*Unarchive it first"):
                attempt()
        assert programs.participants(db, program.id) == before
        programs.unarchive_program(db, program.id)
        assert program.id in {p.id for p in programs.list_programs(db, include_archived=False)}
        programs.set_status(db, someone.id, "declined", "No room")
        assert {p.id: p.status for p in programs.participants(db, program.id)}[someone.id] == "declined"
    finally:
        db.close()


# -- the command line, as a real process ---------------------------------------------------------


def _cli(tmp_path: Path, *args: str):
    import os
    import subprocess
    import sys

    env = {**os.environ, "MENTORDESK_LANG": "en", "PYTHONPATH": str(Path(__file__).resolve().parents[1])}
    return subprocess.run([sys.executable, "-m", "mentordesk", *args], capture_output=True, text=True,
                          timeout=120, env=env, cwd=tmp_path)


def test_cli_lists_kinds_duplicates_archives_and_unarchives(demo_file: Path, tmp_path: Path) -> None:
    db = Database.open(demo_file)
    try:
        source = programs.list_programs(db)[0]
        group = programs.create_program(db, _program(name="Team leads circle", kind="group", group_size=5,
                                                     sessions=6))
    finally:
        db.close()
    run = _cli(tmp_path, "--db", str(demo_file), "program", "list")
    assert run.returncode == 0, run.stderr
    assert "Team leads circle — Group (groups of 5, 6 sessions)" in run.stdout
    assert f"{source.name} — {programs.PROGRAM_KINDS[source.kind]}" in run.stdout

    run = _cli(tmp_path, "--db", str(demo_file), "program", "duplicate", "team LEADS circle", "--name",
               "Team leads circle 2027", "--start", "2027-02-01")
    assert run.returncode == 0, run.stderr
    run = _cli(tmp_path, "--db", str(demo_file), "program", "archive", "Team leads circle")
    assert run.returncode == 0, run.stderr
    listed = _cli(tmp_path, "--db", str(demo_file), "program", "list", "--json")
    names = {p["name"]: p for p in __import__("json").loads(listed.stdout)}
    assert "Team leads circle" not in names
    assert names["Team leads circle 2027"]["group_size"] == 5 and names["Team leads circle 2027"]["sessions"] == 6
    assert names["Team leads circle 2027"]["start_date"] == "2027-02-01"
    everything = _cli(tmp_path, "--db", str(demo_file), "program", "list", "--archived").stdout
    assert "Team leads circle — Group (groups of 5, 6 sessions) [archived]" in everything

    for bad in (("program", "duplicate", "Team leads circle", "--name", "X", "--end", "31/12/2027"),
                ("program", "duplicate", "No such program", "--name", "X"),
                ("program", "duplicate", "Team leads circle", "--name", source.name)):
        run = _cli(tmp_path, "--db", str(demo_file), *bad)
        assert run.returncode == 1 and run.stderr.startswith("mentordesk: ") and "Traceback" not in run.stderr
    run = _cli(tmp_path, "--db", str(demo_file), "program", "unarchive", "Team leads circle")
    assert run.returncode == 0 and "no longer archived" in run.stdout
    db = Database.open(demo_file)
    try:
        assert not programs.get_program(db, group).archived
        assert len(programs.list_programs(db)) == 3 + (len(names) - 2)
    finally:
        db.close()


# -- merge: both laptops' kind settings survive -------------------------------------------------


def test_merge_keeps_each_copys_change_to_a_different_kind_field(tmp_path: Path, monkeypatch) -> None:
    import shutil
    from dataclasses import replace

    from mentordesk.services import files

    monkeypatch.setenv("MENTORDESK_SITE", "hq")
    hq = tmp_path / "hq.db"
    db = Database.open(hq)
    pid = programs.create_program(db, _program(kind="job_shadowing", host="Warehouse", visits=3, visit_hours=4))
    db.close()
    a, b = tmp_path / "a.db", tmp_path / "b.db"
    shutil.copy(hq, a)
    shutil.copy(hq, b)
    for path, site, change in ((a, "rotterdam", {"visits": 5}), (b, "utrecht", {"host": "Finance"})):
        monkeypatch.setenv("MENTORDESK_SITE", site)
        db = Database.open(path)
        programs.update_program(db, pid, replace(programs.get_program(db, pid), **change))
        db.close()
    monkeypatch.setenv("MENTORDESK_SITE", "rotterdam")
    db = Database.open(a)
    try:
        result = files.merge_file(db, b)
        assert result.changed >= 1 and not result.conflicts
        merged = programs.get_program(db, pid)
        assert (merged.host, merged.visits, merged.visit_hours) == ("Finance", 5, 4)
    finally:
        db.close()


# -- matching honours the kind ------------------------------------------------------------------

TODAY = date(2026, 6, 1)


def _people(db: Database, count: int, *, capacity: int | None = 2, prefix: str = "P") -> list[str]:
    from mentordesk.models import Person
    from mentordesk.services import people

    ids = []
    for i in range(count):
        ids.append(people.add_person(db, Person(
            employee_id=f"{prefix}{i}", name=f"{prefix} Person {i}", email=f"{prefix.lower()}{i}@example.com",
            department=("Sales", "IT", "Finance")[i % 3], branch="Rotterdam", hire_date=date(2015 + i % 8, 1, 1),
            languages=("en",), mentor_capacity=capacity, role="both")))
    return ids


def _run(db: Database, pid: str):
    from mentordesk.services import matching

    return matching.run_match(db, pid, today=TODAY)


@pytest.mark.parametrize(("size", "wishes"), [(4, False), (5, False), (7, True), (10, True), (161, False)])
def test_peer_pairs_are_symmetric_with_each_person_in_one_pair(fresh, size, wishes) -> None:
    ids = _people(fresh, size)
    pid = programs.create_program(fresh, _program(kind="peer"))
    for pid_ in ids:
        programs.enrol(fresh, pid, pid_, "mentor", "accepted")
    for i, pid_ in enumerate(ids):
        # Mutual wishes are what would pull the solver into A->B and B->A both.
        wish = [ids[i ^ 1]] if wishes and (i ^ 1) < size else None
        programs.enrol(fresh, pid, pid_, "mentee", "applied", preferred=wish)
    run = _run(fresh, pid)
    seen: list[str] = []
    for p in run.proposals:
        seen += [p.mentee_id, p.mentor_id]
        assert (p.mentor_id, p.mentee_id) not in {(q.mentee_id, q.mentor_id) for q in run.proposals}
    assert len(seen) == len(set(seen)), "someone is in two pairs"
    assert len(run.proposals) == size // 2, "as many pairs as the cohort allows"
    waiting = {w.mentee_id for w in run.waiting}
    assert waiting.isdisjoint(seen) and len(waiting | set(seen)) == size
    assert all(p.reasons[0].label == "Peer pair" for p in run.proposals)

    from mentordesk.services import matching

    matching.approve(fresh, pid, run, today=TODAY)
    again = _run(fresh, pid)
    assert again.proposals == [] or not ({p.mentee_id for p in again.proposals} & set(seen))


def test_group_mentoring_forms_groups_up_to_the_group_size_whatever_the_capacity(fresh) -> None:
    from mentordesk.services import matching
    from mentordesk.services import relationships as rel_service

    mentors = _people(fresh, 2, capacity=1, prefix="M")
    mentees = _people(fresh, 9, capacity=None, prefix="E")
    pid = programs.create_program(fresh, _program(kind="group", group_size=4, sessions=6))
    for m in mentors:
        programs.enrol(fresh, pid, m, "mentor", "accepted")
    for e in mentees:
        programs.enrol(fresh, pid, e, "mentee", "applied")
    run = _run(fresh, pid)
    groups: dict[str, list[str]] = {}
    for p in run.proposals:
        groups.setdefault(p.mentor_id, []).append(p.mentee_id)
    assert sorted(len(g) for g in groups.values()) == [4, 4] and len(run.waiting) == 1
    approval = matching.approve(fresh, pid, run, today=TODAY)
    assert len(approval) == 8 and approval.skipped == []
    last = run.waiting[0].mentee_id
    with pytest.raises(ValidationError, match="group .* is full \\(4 of 4 places\\)"):
        rel_service.start_relationship(fresh, mentors[0], last, program_id=pid, start=TODAY)
    # Outside the group program, the mentor's own capacity (1) still counts.
    with pytest.raises(ValidationError, match="capacity"):
        rel_service.start_relationship(fresh, mentors[0], last, start=TODAY)


@pytest.mark.parametrize(("kind", "values", "words"), [
    ("reverse", {"expertise": "Digital tools"}, ("Reverse mentoring", "teaches", "Digital tools")),
    ("job_shadowing", {"host": "Warehouse team", "visits": 3, "visit_hours": 4},
     ("Job shadowing", "visits", "Warehouse team")),
])
def test_reverse_and_shadowing_explain_pairs_in_their_own_words(fresh, kind, values, words) -> None:
    mentors = _people(fresh, 2, prefix="M")
    mentees = _people(fresh, 2, capacity=None, prefix="E")
    pid = programs.create_program(fresh, _program(kind=kind, **values))
    for m in mentors:
        programs.enrol(fresh, pid, m, "mentor", "accepted")
    for e in mentees:
        programs.enrol(fresh, pid, e, "mentee", "applied")
    run = _run(fresh, pid)
    assert run.proposals
    for p in run.proposals:
        first = p.reasons[0]
        assert first.label == words[0] and first.points == 0
        assert all(w in first.detail for w in words[1:]) and p.mentor in first.detail and p.mentee in first.detail
        assert p.score == pytest.approx(sum(r.points for r in p.reasons))


def test_one_to_one_matching_is_the_exact_solver_unchanged(fresh) -> None:
    from mentordesk.matching import plan_matches
    from mentordesk.services import matching_inputs

    ids = _people(fresh, 12)
    pid = programs.create_program(fresh, _program(kind="one_to_one"))
    for m in ids[:4]:
        programs.enrol(fresh, pid, m, "mentor", "accepted")
    for e in ids[3:]:  # one person on both sides: one-to-one keeps what the solver says
        programs.enrol(fresh, pid, e, "mentee", "applied")
    run = _run(fresh, pid)
    inp = matching_inputs.load(fresh, pid)
    direct = plan_matches(inp.mentees, inp.mentors, inp.capacities, inp.settings, inp.managers, inp.excluded,
                          inp.preferences, inp.mentor_preferences, inp.locked, waiting_since=inp.waiting_since,
                          today=TODAY)
    assert [(p.mentee_id, p.mentor_id, p.score.total) for p in direct.proposals] == \
        [(p.mentee_id, p.mentor_id, p.score) for p in run.proposals]
    assert all(r.key != "kind" for p in run.proposals for r in p.reasons)


def test_an_archived_program_starts_no_relationship(fresh) -> None:
    from mentordesk.services import matching
    from mentordesk.services import relationships as rel_service

    mentors = _people(fresh, 1, prefix="M")
    mentees = _people(fresh, 1, capacity=None, prefix="E")
    pid = programs.create_program(fresh, _program())
    programs.enrol(fresh, pid, mentors[0], "mentor", "accepted")
    programs.enrol(fresh, pid, mentees[0], "mentee", "applied")
    run = _run(fresh, pid)
    programs.archive_program(fresh, pid)
    with pytest.raises(ValidationError, match="archived"):
        matching.approve(fresh, pid, run, today=TODAY)
    with pytest.raises(ValidationError, match="archived"):
        rel_service.start_relationship(fresh, mentors[0], mentees[0], program_id=pid, start=TODAY)
    assert rel_service.list_relationships(fresh, program_id=pid) == []


# -- the program report names the kind and what it asks for ----------------------------------


@pytest.mark.parametrize(("kind", "values", "expected", "absent", "german"), [
    ("group", {"group_size": 6, "sessions": 8}, "Group, 9-month relationships, meeting every two weeks; groups of 6, "
     "8 sessions", None, "Gruppen zu 6, 8 Sitzungen"),
    ("job_shadowing", {"host": "Warehouse team", "visits": 1, "visit_hours": 3},
     "Job shadowing: hosted by Warehouse team, 1 visit, 3 hours each", "meeting", "1 Besuch, je 3 Stunden"),
    ("reverse", {"expertise": "Digital tools"}, "the junior colleagues teach Digital tools", None,
     "die Jüngeren vermitteln Digital tools"),
])
def test_program_report_names_the_kind_with_its_own_settings(fresh, kind, values, expected, absent, german) -> None:
    from mentordesk.reports import ReportOptions
    from mentordesk.services import reports

    pid = programs.create_program(fresh, _program(kind=kind, **values))

    def kind_line(language: str) -> str:
        options = ReportOptions("Acme", TODAY, language=language)
        return reports.program_report_data(fresh, pid, options, today=TODAY).kind

    text = kind_line("en")
    assert expected in text
    assert absent is None or absent not in text
    assert german in kind_line("de")


def test_a_group_program_from_before_group_sizes_can_still_be_run_again(fresh) -> None:
    """A file upgraded from version 8 has group programs without a size: copying one must not be
    refused for what the source lacks, while the copy's own problems still are."""
    with fresh.transaction() as conn:
        from mentordesk.storage import rows

        old = rows.insert(conn, "programs", {"name": "Circles 2025", "kind": "group"})
    new_id = programs.duplicate_program(fresh, old, "Circles 2026")
    copy = programs.get_program(fresh, new_id)
    assert (copy.kind, copy.group_size) == ("group", None)
    with pytest.raises(ValidationError) as caught:
        programs.duplicate_program(fresh, old, " ", date(2026, 5, 1), date(2026, 4, 1))
    assert len(caught.value.problems) == 2  # the name and the dates, not the group size
    assert not any("group size" in p for p in caught.value.problems)


def test_job_shadowing_tells_who_waits_in_host_words(fresh) -> None:
    host = _people(fresh, 1, capacity=1, prefix="H")
    visitors = _people(fresh, 3, capacity=None, prefix="V")
    pid = programs.create_program(fresh, _program(kind="job_shadowing", host="Warehouse", visits=2, visit_hours=3))
    for v in visitors:
        programs.enrol(fresh, pid, v, "mentee", "applied")
    nobody = _run(fresh, pid)
    assert {w.reason for w in nobody.waiting} == {"There are no hosts in this program yet"}
    programs.enrol(fresh, pid, host[0], "mentor", "accepted")
    run = _run(fresh, pid)
    assert len(run.proposals) == 1 and len(run.waiting) == 2
    assert all(w.reason.startswith("Every suitable host is full") for w in run.waiting)
    assert not any("mentor" in w.reason for w in run.waiting)


def test_in_a_peer_program_nobody_is_paired_twice_by_hand_either(fresh) -> None:
    from mentordesk.services import relationships as rel_service

    a, b, c = _people(fresh, 3)
    pid = programs.create_program(fresh, _program(kind="peer"))
    rel_service.start_relationship(fresh, a, b, program_id=pid, start=TODAY)
    for mentor, mentee, who in ((b, c, "P Person 1"), (c, a, "P Person 0"), (b, a, "P Person 1")):
        with pytest.raises(ValidationError, match=f"{who} is already in a pair"):
            rel_service.start_relationship(fresh, mentor, mentee, program_id=pid, start=TODAY)
    # Outside that program they may still be paired (mentor capacity 2 each).
    assert rel_service.start_relationship(fresh, c, a, start=TODAY)


@pytest.mark.parametrize(("kind", "field", "value", "words"), [
    ("job_shadowing", "host", "Warehouse\x1b[31m team", "character that cannot be saved"),
    ("job_shadowing", "host", "Finance\nand IT", "character that cannot be saved"),
    ("job_shadowing", "host", "x" * 121, "longer than 120 characters"),
    ("reverse", "expertise", "Digital\ttools\x00", "character that cannot be saved"),
    ("reverse", "expertise", "Excel " * 30, "longer than 120 characters"),
])
def test_a_host_or_competency_is_a_short_clean_line(fresh, kind, field, value, words) -> None:
    values = {"host": "Warehouse", "visits": 2, "visit_hours": 3} if kind == "job_shadowing" else {}
    with pytest.raises(ValidationError) as caught:
        programs.create_program(fresh, _program(kind=kind, **{**values, field: value}))
    assert len(caught.value.problems) == 1 and words in caught.value.problems[0]
    assert programs.list_programs(fresh) == []
    fine = programs.create_program(fresh, _program(kind=kind, **{**values, field: "Señora Núñez's team"}))
    assert getattr(programs.get_program(fresh, fine), field) == "Señora Núñez's team"


def test_job_shadowing_pairs_are_short_not_a_months_long_cadence(fresh) -> None:
    from mentordesk.services import matching
    from mentordesk.services import relationships as rel_service

    host = _people(fresh, 1, prefix="H")
    visitor = _people(fresh, 1, capacity=None, prefix="V")
    pid = programs.create_program(fresh, _program(kind="job_shadowing", host="Warehouse", visits=2, visit_hours=3,
                                                  relationship_months=12, cadence="weekly"))
    program = programs.get_program(fresh, pid)
    assert (program.relationship_months, program.cadence) == (3, "monthly")
    programs.enrol(fresh, pid, host[0], "mentor", "accepted")
    programs.enrol(fresh, pid, visitor[0], "mentee", "applied")
    [rel_id] = matching.approve(fresh, pid, _run(fresh, pid), today=TODAY)
    detail = rel_service.get_relationship(fresh, rel_id)
    assert detail.summary.cadence == "monthly"
    assert (detail.summary.planned_end - TODAY).days <= 92
