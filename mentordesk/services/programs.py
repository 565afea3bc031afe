"""Programs and enrolment: who applies, who is accepted, who waits.

Also a program's life beyond one run: `duplicate_program` ("Run again…": the
settings, texts and weights of last year's program under a new name and dates,
without its people) and `archive_program` / `unarchive_program` (an archived
program is kept for its history and reports but is read-only: every change
below refuses it with a sentence until it is unarchived).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from ..clock import now_iso
from ..errors import NotFoundError, ValidationError
from ..i18n import gettext as _
from ..models import (
    CADENCES,
    DELIVERIES,
    MAX_PREFERRED,
    PARTICIPANT_STATUSES,
    PROGRAM_KINDS,
    Participant,
    Program,
)
from ..program_kinds import cleaned, kind_problems
from ..storage import people_repo, programs_repo
from ..storage.database import Database
from ..storage.records import Enrolment
from . import edit_undo


def list_programs(db: Database, *, include_archived: bool = True) -> list[Program]:
    return programs_repo.list_programs(db, include_archived=include_archived)


def get_program(db: Database, program_id: str) -> Program:
    program = programs_repo.get_program(db, program_id)
    if program is None:
        raise NotFoundError(_("This program no longer exists."))
    return program


def find_program(db: Database, name: str) -> Program:
    program = programs_repo.find_program(db, name)
    if program is None:
        names = ", ".join(p.name for p in programs_repo.list_programs(db)) or _("none yet")
        raise NotFoundError(_("There is no program called '%(name)s'. Programs: %(names)s.")
                            % {"name": name, "names": names})
    return program


def validate_program(db: Database, program: Program, program_id: str | None = None) -> list[str]:
    """Every problem with the program as sentences, the kind's own needs included."""
    problems = []
    if not program.name.strip():
        problems.append(_("The program needs a name."))
    other = programs_repo.find_program(db, program.name) if program.name.strip() else None
    if other is not None and other.id != program_id:
        problems.append(_("There is already a program called '%(name)s'.") % {"name": program.name.strip()})
    if program.kind not in PROGRAM_KINDS:
        problems.append(_("Choose the kind of program."))
    if program.delivery not in DELIVERIES:
        problems.append(_("Choose in person, digital or mixed."))
    if program.cadence not in CADENCES:
        problems.append(_("Choose how often pairs meet."))
    if not 1 <= program.relationship_months <= 24:
        problems.append(_("Relationships last between 1 and 24 months (6 to 12 is usual)."))
    if program.start_date and program.end_date and program.end_date < program.start_date:
        problems.append(_("The program cannot end before it starts."))
    if program.max_mentees is not None and program.max_mentees < 1:
        problems.append(_("The maximum number of mentees must be at least 1, or left empty."))
    return problems + kind_problems(program)


def archived_sentence(program: Program) -> str:
    return _("The program '%(name)s' is archived, so it cannot be changed. Nothing was changed. "
             "Unarchive it first.") % {"name": program.name}


def _refuse_archived(program: Program) -> None:
    """An archived program is read-only: say so, and how to change it after all."""
    if program.archived:
        raise ValidationError(archived_sentence(program))


def create_program(db: Database, program: Program) -> str:
    program = cleaned(program)
    problems = validate_program(db, program)
    if problems:
        raise ValidationError(problems)
    with db.transaction() as conn:
        return programs_repo.insert_program(conn, program)


def update_program(db: Database, program_id: str, program: Program, expected_updated_at: str | None = None) -> bool:
    """Save an edited program; its archived state changes only through (un)archive_program."""
    stored = get_program(db, program_id)
    _refuse_archived(stored)
    program = replace(cleaned(program), archived=stored.archived)
    problems = validate_program(db, program, program_id)
    if problems:
        raise ValidationError(problems)
    with edit_undo.recorded(db, "program", program_id, program.name) as conn:  # Edit > Undo can take it back
        return programs_repo.update_program(conn, program_id, program, expected_updated_at)


def save_match_settings(db: Database, program_id: str, settings: dict) -> None:
    program = get_program(db, program_id)
    _refuse_archived(program)
    with edit_undo.recorded(db, "program", program_id, program.name) as conn:  # Edit > Undo can take it back
        programs_repo.update_program(conn, program_id, replace(program, match_settings=settings))


def duplicate_program(db: Database, program_id: str, name: str, start_date: date | None = None,
                      end_date: date | None = None) -> str:
    """Run a program again: a new program with the old one's settings, texts and weights, not its people.

    Participants, HR's locked and excluded pairs and relationships belong to one run and stay
    behind; the copy starts unarchived (duplicating an archived program is how it is run again).
    """
    source = get_program(db, program_id)
    copy = copy_of(source, name, start_date, end_date)
    problems = copy_problems(db, source, copy)
    if problems:
        raise ValidationError(problems)
    with db.transaction() as conn:
        return programs_repo.insert_program(conn, copy)


def copy_of(source: Program, name: str, start_date: date | None, end_date: date | None) -> Program:
    """The program `duplicate_program` would create (not saved)."""
    return cleaned(replace(source, id="", updated_at="", name=name.strip(), start_date=start_date,
                           end_date=end_date, archived=False, match_settings=dict(source.match_settings or {})))


def copy_problems(db: Database, source: Program, copy: Program) -> list[str]:
    """What stops the copy, as sentences. A kind setting the source itself lacks (a group program
    made before group sizes were asked for) does not: the copy is no worse than the program HR
    runs again, and its form asks for the setting when the copy is edited."""
    inherited = set(kind_problems(source))
    return [p for p in validate_program(db, copy) if p not in inherited]


def archive_program(db: Database, program_id: str) -> None:
    """Hide a finished program from the lists and keep it read-only, with its history and reports."""
    _set_archived(db, program_id, True)


def unarchive_program(db: Database, program_id: str) -> None:
    _set_archived(db, program_id, False)


def _set_archived(db: Database, program_id: str, archived: bool) -> None:
    program = get_program(db, program_id)
    if program.archived == archived:
        return
    with db.transaction() as conn:
        programs_repo.update_program(conn, program_id, replace(program, archived=archived))


def editable_program(db: Database, program_id: str) -> Program:
    """The program, refused with a sentence if archived: an archived program is read-only
    (its people, its settings, matching and new relationships in it)."""
    program = get_program(db, program_id)
    _refuse_archived(program)
    return program


def participants(db: Database, program_id: str, role: str | None = None) -> list[Participant]:
    return programs_repo.participants(db, program_id, role)


def enrol(db: Database, program_id: str, person_id: str, role: str, status: str = "applied",
          reason: str = "", preferred: list[str] | None = None) -> str:
    """Add someone to a program; enrolling again updates their status instead of duplicating."""
    if role not in ("mentor", "mentee"):
        raise ValidationError(_("Role must be mentor or mentee."))
    if status not in PARTICIPANT_STATUSES:
        raise ValidationError(_("Status must be one of: %(statuses)s.") % {"statuses": ", ".join(PARTICIPANT_STATUSES)})
    if preferred and len(preferred) > MAX_PREFERRED:
        raise ValidationError(_("A mentee can name at most three preferred mentors."))
    program = editable_program(db, program_id)
    if people_repo.get_person(db, person_id) is None:
        raise NotFoundError(_("This person no longer exists."))
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
        raise ValidationError(_("Status must be one of: %(statuses)s.") % {"statuses": ", ".join(PARTICIPANT_STATUSES)})
    if status in ("declined", "waitlisted", "withdrawn") and not reason.strip():
        raise ValidationError(_("Give a reason, so the person can be told why."))
    values = {"status": status, "reason": reason}
    if status == "waitlisted":
        values["waitlisted_since"] = now_iso()
    with db.transaction() as conn:
        participant = programs_repo.participant_by_id(conn, participant_id)
        if participant is None:
            raise NotFoundError(_("This enrolment no longer exists."))
        program = editable_program(db, participant.program_id)
        if participant.role == "mentee":
            _waitlist_if_full(conn, program, values, participant)
        programs_repo.update_participant(conn, participant_id, values)
    return values["status"]


#: The reason a mentee is told when a full program puts them on the waiting list.
PROGRAM_FULL = "The program is full."


def _waitlist_if_full(conn, program: Program, values: dict, current: Enrolment | None) -> None:
    """A mentee accepted beyond the program's limit goes on the waiting list instead.

    Counted inside the caller's write transaction, so two laptops (or two windows)
    accepting the last place at once cannot both get it. An enrolment that is
    already accepted keeps its place (it is left out of the count), and one already
    waiting keeps the day it started waiting, so nobody loses their place in the queue.
    """
    if values.get("status") != "accepted" or not program.max_mentees:
        return
    besides = current.id if current else None
    if programs_repo.accepted_mentees(conn, program.id, besides=besides) >= program.max_mentees:
        waiting = current.waitlisted_since if current and current.status == "waitlisted" else None
        values.update(status="waitlisted", reason=PROGRAM_FULL, waitlisted_since=waiting or now_iso())


def set_preferences(db: Database, participant_id: str, preferred: list[str]) -> None:
    """A mentee names up to three mentors; a mentor may mark any mentees they would like to take."""
    with db.transaction() as conn:
        participant = programs_repo.participant_by_id(conn, participant_id)
        if participant is None:
            raise NotFoundError(_("This enrolment no longer exists."))
        editable_program(db, participant.program_id)
        if participant.role == "mentee" and len(preferred) > MAX_PREFERRED:
            raise ValidationError(_("A mentee can name at most three preferred mentors."))
        programs_repo.update_participant(conn, participant_id, {"preferred": list(preferred)})


def remove(db: Database, participant_id: str) -> None:
    with db.transaction() as conn:
        participant = programs_repo.participant_by_id(conn, participant_id)
        if participant is not None:
            editable_program(db, participant.program_id)
        programs_repo.remove_participant(conn, participant_id)


def counts(db: Database, program_id: str) -> dict[tuple[str, str], int]:
    return programs_repo.count_by_status(db, program_id)
