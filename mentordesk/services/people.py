"""People: add, edit, archive, search, and the CSV import/export an HR system talks to."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from .. import validation
from ..clock import today
from ..errors import Cancelled as CancelledError
from ..errors import NotFoundError, ValidationError
from ..i18n import N_
from ..i18n import gettext as _
from ..models import ROLES, MentorProfile, Person, PortraitEntry
from ..search_fold import fold
from ..storage import outputs, people_repo
from ..storage.database import Database

if TYPE_CHECKING:  # the CSV reader and writer load with an import or export, not to list or edit people
    from .. import people_csv
    from ..relationship_models import RelationshipSummary

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


class ImportCancelled(CancelledError):
    def __init__(self) -> None:
        super().__init__(_("The import was cancelled. Nothing was imported."))


@dataclass
class ImportReport:
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    assessments: int = 0
    warnings: list[str] = field(default_factory=list)

    def summary(self) -> str:
        return _("%(added)s added, %(updated)s updated, %(unchanged)s unchanged, "
                 "%(assessments)s competency assessments recorded") % {
            "added": self.added, "updated": self.updated, "unchanged": self.unchanged,
            "assessments": self.assessments}


# -- reading -----------------------------------------------------------------------

def list_people(db: Database, include_archived: bool = True) -> list[Person]:
    return people_repo.list_people(db, include_archived=include_archived)


def get_person(db: Database, person_id: str) -> Person:
    person = people_repo.get_person(db, person_id)
    if person is None:
        raise NotFoundError(_("This person no longer exists (they may have been removed elsewhere)."))
    return person


def search_text(person: Person) -> str:
    """What the search box matches: name, email, department, branch, title, competencies,
    without case or accents (`search_fold.fold`), computed once per person per reload."""
    fields = (person.name, person.email, person.department, person.branch, person.title,
              person.employee_id, person.competency_names)
    return " ".join(fold(f or "") for f in fields)  # per field: the repeated ones come from fold's cache


def search_words(text: str) -> list[str]:
    """The typed search as words folded like `search_text`: "Jose Nunez" finds "María José Núñez"."""
    return fold(text).split()


def filter_people(people: list[Person], text: str, keys: list[str] | None = None) -> list[Person]:
    """Every word typed must appear somewhere; `keys` are precomputed `search_text`s."""
    words = search_words(text)
    if not words:
        return list(people)
    keys = keys if keys is not None else [search_text(p) for p in people]
    return [p for p, k in zip(people, keys, strict=True) if all(w in k for w in words)]


def competency_catalogue(db: Database) -> list[dict]:
    return people_repo.competency_catalogue(db)


def competency_history(db: Database, person_id: str, competency: str) -> list[PortraitEntry]:
    return people_repo.competency_history(db, person_id, competency)


# -- validation ----------------------------------------------------------------------

# The dialog's names for the stored columns (validation's messages start with the label).
_FORM_LABELS = {"employee_id": N_("Employee ID"), "name": N_("Name"), "email": N_("Email"),
                "department": N_("Department"), "branch": N_("Branch"), "title": N_("Title"),
                "manager_employee_id": N_("Manager"), "notes": N_("Notes")}


def _sentence(text: str) -> str:
    return text[:1].upper() + text[1:] + ("" if text.endswith(".") else ".")


def validate_person(db: Database, person: Person, person_id: str | None = None) -> list[str]:
    """Every reason the person cannot be saved, in the words the dialog shows.

    The field rules are ``mentordesk.validation``'s, the same the CSV import and a merged
    branch file pass, so whatever the form accepts exports and re-imports.
    """
    problems: list[str] = []
    if not person.employee_id.strip():
        problems.append(_("Employee ID is required."))
    if not person.name.strip():
        problems.append(_("Name is required."))
    for column, label in _FORM_LABELS.items():
        value = getattr(person, column) or ""
        if column not in validation.MULTILINE_FIELDS:
            value = value.strip()
        problems += [_sentence(p) for p in validation.field_problems(column, value, _(label))]
    email = person.email.strip()
    if not email:
        problems.append(_("Email is required."))
    elif not validation.EMAIL_RE.fullmatch(email) and len(email) <= validation.MAX_EMAIL:
        problems.append(_("'%(value)s' is not a valid email address.") % {"value": email})
    if person.role not in ROLES:
        problems.append(_("Role must be one of: %(roles)s.") % {"roles": ", ".join(ROLES)})
    for code in person.languages:
        if code not in validation.ISO_639_1:
            problems.append(_("'%(code)s' is not a language code (use two letters, e.g. en, nl, es).")
                            % {"code": code})
    if person.mentor_capacity is not None and not 1 <= person.mentor_capacity <= 10:
        problems.append(_("Mentor capacity must be between 1 and 10."))
    if person.hire_date and person.hire_date > today():
        problems.append(_("Hire date cannot be in the future."))
    problems += _portrait_problems(person.portrait)
    problems += _company_problems(db, person, person_id, email)
    return problems


def _portrait_problems(portrait: Iterable[PortraitEntry]) -> list[str]:
    problems: list[str] = []
    for entry in portrait:
        if not entry.competency.strip():
            problems.append(_("Every competency needs a name."))
        else:
            issue = validation.competency_name_problem(entry.competency.strip())
            if issue:
                problems.append(_sentence(issue))
        if not 0 <= entry.current <= 5 or (entry.target is not None and not 0 <= entry.target <= 5):
            problems.append(_("Levels for %(name)s must be between 0 and 5.") % {"name": entry.competency})
    names = [e.competency.strip().casefold() for e in portrait]
    if len(names) != len(set(names)):
        problems.append(_("A competency is listed twice."))
    return problems


def _company_problems(db: Database, person: Person, person_id: str | None, email: str) -> list[str]:
    """What needs the rest of the company: unique ID and email, an existing manager, no loop."""
    problems: list[str] = []
    ids = people_repo.ids_by_employee_id(db)
    owner = ids.get(person.employee_id.strip())
    if owner is not None and owner != person_id:
        problems.append(_("Employee ID %(value)s is already used by someone else.") % {"value": person.employee_id})
    email_owner = people_repo.emails(db).get(email.lower())
    if email and email_owner is not None and ids.get(email_owner) != person_id:
        problems.append(_("The email %(value)s is already used by someone else.") % {"value": email})
    manager = (person.manager_employee_id or "").strip()
    if manager:
        if manager == person.employee_id.strip():
            problems.append(_("A person cannot be their own manager."))
        elif manager not in ids:
            problems.append(_("There is no one with employee ID %(value)s to be the manager.") % {"value": manager})
        elif _would_cycle(db, person.employee_id.strip(), manager):
            problems.append(_("That manager reports (directly or not) to this person: that would make a loop."))
    return problems


def _would_cycle(db: Database, employee_id: str, manager_employee_id: str) -> bool:
    """Whether giving ``employee_id`` this manager closes a loop: the import's own check
    (``validation.loops_after``) on the whole company with this one change."""
    current = {p.employee_id: p.manager_employee_id for p in people_repo.list_people(db)}
    return bool(validation.loops_after(current, {employee_id: manager_employee_id}))


# -- writing -------------------------------------------------------------------------

def add_person(db: Database, person: Person) -> str:
    problems = validate_person(db, person)
    if problems:
        raise ValidationError(problems)
    with db.transaction() as conn:
        pid = people_repo.insert_person(conn, person)
        _save_extras(conn, pid, person, new=True)
    return pid


def update_person(db: Database, person_id: str, person: Person, expected_updated_at: str | None = None) -> bool:
    """Save edits; ConflictError if someone else saved this person since the dialog opened."""
    problems = validate_person(db, person, person_id)
    if problems:
        raise ValidationError(problems)
    from . import edit_undo  # here, like the relationship services below: listing people needs neither

    # Edit > Undo can put this person back ("Undo edit of María José Núñez"): services/edit_undo.py
    with edit_undo.recorded(db, "person", person_id, person.name) as conn:
        changed = people_repo.update_person(conn, person_id, person, expected_updated_at)
        changed |= _save_extras(conn, person_id, person, new=False)
    return changed


def _save_extras(conn, person_id: str, person: Person, new: bool) -> bool:
    changed = False
    if person.portrait:
        changed |= people_repo.record_portrait(conn, person_id, person.portrait, today().isoformat()) > 0
    if person.mentor_capacity is not None:
        people_repo.set_mentor_capacity(conn, person_id, person.mentor_capacity)
    elif person.role in ("mentor", "both") and new:
        from ..people_csv import DEFAULT_MENTOR_CAPACITY

        people_repo.set_mentor_capacity(conn, person_id, DEFAULT_MENTOR_CAPACITY)
    return changed


def set_archived(db: Database, person_id: str, archived: bool) -> list[RelationshipSummary]:
    """Archive (or restore) a person; returns the active relationships they are still in.

    Archiving is never refused (people leave whether or not a pairing runs), but a
    relationship cannot silently carry on "On track" with someone gone: the caller warns
    and offers to close it, and health and the attention list flag it until it is closed.
    """
    from .relationship_reading import active_relationships_of

    person = get_person(db, person_id)
    with db.transaction() as conn:
        people_repo.update_person(conn, person_id, replace(person, archived=archived))
    return active_relationships_of(db, person_id) if archived else []


def save_mentor_profile(db: Database, profile: MentorProfile) -> None:
    if not 1 <= profile.capacity <= 10:
        raise ValidationError(_("Mentor capacity must be between 1 and 10."))
    with db.transaction() as conn:
        people_repo.save_mentor_profile(conn, profile)


def mentor_profile(db: Database, person_id: str) -> MentorProfile | None:
    return people_repo.mentor_profile(db, person_id)


# -- CSV -----------------------------------------------------------------------------

def import_people(
    db: Database,
    source: people_csv.Source,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> ImportReport:
    """All or nothing: any invalid row imports nothing (ValidationError lists every line).

    Re-importing updates people by employee_id; a row identical to what is stored
    writes nothing, so an unchanged export does not make rows look newer. A row identical
    to the one its person was last imported from is not parsed again (`people_csv.digests`);
    should someone save one of those people before the write, the file is read again in full.
    """
    from .people_import_batch import write_import  # here: it brings the CSV rules
    from .relationship_reading import archived_warnings

    batch = None
    for reuse in (True, False):
        parsed, read_at = _parse_for_import(db, source, progress, cancelled, reuse=reuse)
        report = ImportReport(warnings=list(parsed.warnings))
        with db.transaction() as conn:
            batch = write_import(conn, parsed, report, today().isoformat(), read_at, progress, cancelled)
        if batch is not None:
            break
    assert batch is not None  # the second read takes no row as unchanged, so it always writes
    report.warnings += archived_warnings(db, batch.newly_archived)
    if progress is not None:
        progress(1, 1)
    return report


def _parse_for_import(db: Database, source: people_csv.Source, progress: Progress | None,
                      cancelled: Cancelled | None, *, reuse: bool = True) -> tuple[people_csv.ParseResult, int]:
    """The file read and checked against the people stored (the first half of the progress),
    and the company's version it was checked against; raises ImportCancelled, or
    ValidationError listing every problem, before any write. With ``reuse``, rows identical
    to the ones their people were imported from are taken as stored."""
    from .. import people_csv
    from ..storage.people_import_repo import company_for_import

    company = company_for_import(db.conn)
    parsed = people_csv.read_people(
        source, known_employee_ids=company.known_ids, known_emails=company.emails,
        progress=(lambda done, total: progress(done, total * 2)) if progress else None,
        cancelled=cancelled, known_managers=company.managers, imported=company.imported if reuse else {},
    )
    if parsed.cancelled:
        raise ImportCancelled()
    if not parsed.ok:
        raise ValidationError([str(p) for p in parsed.problems])
    return parsed, company.version


def export_rows(db: Database) -> list[people_csv.PersonRow]:
    from .. import people_csv

    portraits = people_repo.all_portraits(db)
    out = []
    for i, p in enumerate(people_repo.list_people(db)):
        out.append(people_csv.PersonRow(
            line=i + 2, employee_id=p.employee_id, name=p.name, email=p.email,
            department=p.department, branch=p.branch, title=p.title,
            manager_employee_id=p.manager_employee_id, hire_date=p.hire_date,
            languages=p.languages, role=p.role, mentor_capacity=p.mentor_capacity,
            competencies=tuple(people_csv.CompetencyLevel(e.competency, e.current, e.target)
                               for e in portraits.get(p.id, [])),
            notes=p.notes, archived=p.archived,
        ))
    return out


def export_people(db: Database, dest: str | os.PathLike[str]) -> int:
    """Write every person to a CSV readable by `import_people`; owner-only, atomically.

    `storage.outputs` refuses the company file (by any spelling), its journal, lock
    note and backups and any database, before anything is read; an existing CSV is
    replaced only once the new one is complete.
    """
    outputs.check_target(dest, db.path)
    rows_ = export_rows(db)
    from .. import people_csv

    people_csv.write_people(rows_, dest, company_file=db.path)
    return len(rows_)


def count(db: Database) -> int:
    return people_repo.count_people(db)
