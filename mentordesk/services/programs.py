"""Programs and enrolment: who applies, who is accepted, who waits."""

from __future__ import annotations

from dataclasses import replace

from ..clock import now_iso
from ..errors import NotFoundError, ValidationError
from ..models import (
    CADENCES,
    DELIVERIES,
    PARTICIPANT_STATUSES,
    PROGRAM_KINDS,
    Participant,
    Program,
)
from ..storage import people_repo, programs_repo
from ..storage.database import Database


def list_programs(db: Database) -> list[Program]:
    return programs_repo.list_programs(db)


def get_program(db: Database, program_id: str) -> Program:
    program = programs_repo.get_program(db, program_id)
    if program is None:
        raise NotFoundError("This program no longer exists.")
    return program


def find_program(db: Database, name: str) -> Program:
    program = programs_repo.find_program(db, name)
    if program is None:
        names = ", ".join(p.name for p in programs_repo.list_programs(db)) or "none yet"
        raise NotFoundError(f"There is no program called '{name}'. Programs: {names}.")
    return program


def validate_program(db: Database, program: Program, program_id: str | None = None) -> list[str]:
    problems = []
    if not program.name.strip():
        problems.append("The program needs a name.")
    other = programs_repo.find_program(db, program.name) if program.name.strip() else None
    if other is not None and other.id != program_id:
        problems.append(f"There is already a program called '{program.name.strip()}'.")
    if program.kind not in PROGRAM_KINDS:
        problems.append("Choose the kind of program.")
    if program.delivery not in DELIVERIES:
        problems.append("Choose in person, digital or mixed.")
    if program.cadence not in CADENCES:
        problems.append("Choose how often pairs meet.")
    if not 1 <= program.relationship_months <= 24:
        problems.append("Relationships last between 1 and 24 months (6 to 12 is usual).")
    if program.start_date and program.end_date and program.end_date < program.start_date:
        problems.append("The program cannot end before it starts.")
    if program.max_mentees is not None and program.max_mentees < 1:
        problems.append("The maximum number of mentees must be at least 1, or left empty.")
    return problems


def create_program(db: Database, program: Program) -> str:
    problems = validate_program(db, program)
    if problems:
        raise ValidationError(problems)
    with db.transaction() as conn:
        return programs_repo.insert_program(conn, program)


def update_program(db: Database, program_id: str, program: Program, expected_updated_at: str | None = None) -> bool:
    problems = validate_program(db, program, program_id)
    if problems:
        raise ValidationError(problems)
    with db.transaction() as conn:
        return programs_repo.update_program(conn, program_id, program, expected_updated_at)


def save_match_settings(db: Database, program_id: str, settings: dict) -> None:
    program = get_program(db, program_id)
    with db.transaction() as conn:
        programs_repo.update_program(conn, program_id, replace(program, match_settings=settings))


def participants(db: Database, program_id: str, role: str | None = None) -> list[Participant]:
    return programs_repo.participants(db, program_id, role)


def enrol(db: Database, program_id: str, person_id: str, role: str, status: str = "applied",
          reason: str = "", preferred: list[str] | None = None) -> str:
    """Add someone to a program; enrolling again updates their status instead of duplicating."""
    if role not in ("mentor", "mentee"):
        raise ValidationError("Role must be mentor or mentee.")
    if status not in PARTICIPANT_STATUSES:
        raise ValidationError(f"Status must be one of: {', '.join(PARTICIPANT_STATUSES)}.")
    if preferred and len(preferred) > 3:
        raise ValidationError("A mentee can name at most three preferred mentors.")
    program = get_program(db, program_id)
    if people_repo.get_person(db, person_id) is None:
        raise NotFoundError("This person no longer exists.")
    with db.transaction() as conn:
        existing = programs_repo.participant_row(conn, program_id, person_id, role)
        values = {"status": status, "reason": reason}
        if preferred is not None:
            values["preferred"] = list(preferred)
        if status == "waitlisted":
            values["waitlisted_since"] = now_iso()
        if role == "mentee":
            current = programs_repo.participant_by_id(conn, existing) if existing else None
            _waitlist_if_full(conn, program, values, current)
        if existing:
            programs_repo.update_participant(conn, existing, values)
            return existing
        return programs_repo.insert_participant(conn, {
            "program_id": program_id, "person_id": person_id, "role": role,
            "applied_at": now_iso(), **values})


def set_status(db: Database, participant_id: str, status: str, reason: str = "") -> str:
    """HR accepts, declines or waitlists an applicant, with the reason; returns the status given.

    Accepting a mentee into a full program puts them on the waiting list instead
    (see `_waitlist_if_full`), whichever front end asked.
    """
    if status not in PARTICIPANT_STATUSES:
        raise ValidationError(f"Status must be one of: {', '.join(PARTICIPANT_STATUSES)}.")
    if status in ("declined", "waitlisted", "withdrawn") and not reason.strip():
        raise ValidationError("Give a reason, so the person can be told why.")
    values = {"status": status, "reason": reason}
    if status == "waitlisted":
        values["waitlisted_since"] = now_iso()
    with db.transaction() as conn:
        participant = programs_repo.participant_by_id(conn, participant_id)
        if participant is None:
            raise NotFoundError("This enrolment no longer exists.")
        if participant["role"] == "mentee":
            _waitlist_if_full(conn, get_program(db, participant["program_id"]), values, participant)
        programs_repo.update_participant(conn, participant_id, values)
    return values["status"]


#: The reason a mentee is told when a full program puts them on the waiting list.
PROGRAM_FULL = "The program is full."


def _waitlist_if_full(conn, program: Program, values: dict, current: dict | None) -> None:
    """A mentee accepted beyond the program's limit goes on the waiting list instead.

    Counted inside the caller's write transaction, so two laptops (or two windows)
    accepting the last place at once cannot both get it. An enrolment that is
    already accepted keeps its place (it is left out of the count), and one already
    waiting keeps the day it started waiting, so nobody loses their place in the queue.
    """
    if values.get("status") != "accepted" or not program.max_mentees:
        return
    besides = current["id"] if current else None
    if programs_repo.accepted_mentees(conn, program.id, besides=besides) >= program.max_mentees:
        waiting = current["waitlisted_since"] if current and current["status"] == "waitlisted" else None
        values.update(status="waitlisted", reason=PROGRAM_FULL, waitlisted_since=waiting or now_iso())


def set_preferences(db: Database, participant_id: str, preferred: list[str]) -> None:
    """A mentee names up to three mentors; a mentor may mark any mentees they would like to take."""
    with db.transaction() as conn:
        participant = programs_repo.participant_by_id(conn, participant_id)
        if participant is None:
            raise NotFoundError("This enrolment no longer exists.")
        if participant["role"] == "mentee" and len(preferred) > 3:
            raise ValidationError("A mentee can name at most three preferred mentors.")
        programs_repo.update_participant(conn, participant_id, {"preferred": list(preferred)})


def remove(db: Database, participant_id: str) -> None:
    with db.transaction() as conn:
        programs_repo.remove_participant(conn, participant_id)


def counts(db: Database, program_id: str) -> dict[tuple[str, str], int]:
    return programs_repo.count_by_status(db, program_id)
