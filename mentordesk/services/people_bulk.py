"""Acting on many people at once: archive or restore, change role, enrol in a program.

Shared by the People screen (selected rows) and `mentordesk people-bulk`. Each
action is all or nothing and can be taken back:

- everything is checked first (the people still exist, the role or program is
  valid, nobody archived is enrolled) and a refusal changes nothing;
- a backup is taken before the first write and, once the action has committed,
  recorded for Edit > Undo (`services/undo.py`, reason `before-bulk`);
- every write happens in ONE transaction, so a cancel (checked between people)
  or a failure rolls all of it back and leaves no undo record;
- a person already in the wanted state writes nothing (no change stamp that
  would win a merge for no reason), and when nobody would change at all no
  backup is taken either.

Progress is reported as (done, total) for the window's progress bar.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from ..clock import now_iso
from ..errors import Cancelled, NotFoundError, ValidationError
from ..i18n import Message, current, ngettext, say_n
from ..i18n import gettext as _
from ..models import ROLES
from ..relationship_models import RelationshipSummary
from ..storage import people_bulk_repo, people_repo, programs_repo
from ..storage.database import Database
from ..storage.people_bulk_repo import BulkPerson
from ..vocabulary import ROLES_IN_TEXT, in_text, said
from . import programs as programs_service
from . import relationship_reading as relationships_service  # not the re-export of every relationship service
from . import undo

Progress = Callable[[int, int], None]
IsCancelled = Callable[[], bool]

#: Statuses a bulk enrolment may give: deciding to decline or waitlist needs a reason per person.
ENROL_STATUSES = ("applied", "accepted")


class BulkCancelled(Cancelled):
    """HR pressed Cancel: the transaction was rolled back, so nobody changed."""

    def __init__(self) -> None:
        super().__init__(_("The action was cancelled. Nobody was changed."))


@dataclass(frozen=True)
class BulkResult:
    """What a bulk action did, for the status line and the command's output."""

    #: The action in words, as Edit > Undo names it ("archiving of 3 people").
    label: str
    changed: int
    unchanged: int
    #: Mentees an enrolment as accepted put on the waiting list because the program was full.
    waitlisted: int = 0
    #: Running relationships of the people just archived (HR is warned; Attention flags them).
    still_paired: tuple[RelationshipSummary, ...] = ()


# -- the actions ----------------------------------------------------------------------------

def set_archived(db: Database, person_ids: Sequence[str], archived: bool = True, *,
                 progress: Progress | None = None, cancelled: IsCancelled | None = None) -> BulkResult:
    """Archive (or restore) everyone listed; warns through `still_paired`, never refuses."""
    people = _living(db, person_ids)
    todo = [pid for pid in people if people[pid].archived != archived]
    n = len(people)
    if archived:
        label = _counted(say_n("archiving of %(count)s person", "archiving of %(count)s people", n))
    else:
        label = _counted(say_n("restoring of %(count)s archived person", "restoring of %(count)s archived people",
                               n))
    changed = _write_each(db, label, todo, lambda conn, pid: people_bulk_repo.set_person_fields(
        conn, pid, {"archived": int(archived)}), progress, cancelled)
    paired: list[RelationshipSummary] = []
    if archived and changed:
        for pid in people_bulk_repo.in_active_relationships(db, todo):
            paired += relationships_service.active_relationships_of(db, pid)
    return BulkResult(_said(label), changed, n - changed, still_paired=tuple(_unique(paired)))


def change_role(db: Database, person_ids: Sequence[str], role: str, *,
                progress: Progress | None = None, cancelled: IsCancelled | None = None) -> BulkResult:
    """Give everyone listed the same role (mentor, mentee, both or none)."""
    if role not in ROLES:
        raise ValidationError(_("Role must be one of: %(roles)s.") % {"roles": ", ".join(ROLES)})
    people = _living(db, person_ids)
    todo = [pid for pid in people if people[pid].role != role]
    n = len(people)
    label = _counted(say_n("role change of %(count)s person to %(role)s",
                           "role change of %(count)s people to %(role)s", n, role=in_text(_ROLE_WORDS, role)))
    changed = _write_each(db, label, todo, lambda conn, pid: people_bulk_repo.set_person_fields(
        conn, pid, {"role": role}), progress, cancelled)
    return BulkResult(_said(label), changed, n - changed)


def enrol(db: Database, program_id: str, person_ids: Sequence[str], role: str, status: str = "applied", *,
          progress: Progress | None = None, cancelled: IsCancelled | None = None) -> BulkResult:
    """Enrol everyone listed in a program as mentor or mentee, applied or accepted.

    Someone already enrolled in that role gets the new decision, except that an
    accepted enrolment stays accepted (a bulk action never turns an accepted
    mentee back into an applicant), as when enrolled one by one. A mentee
    accepted beyond the program's limit goes on the waiting list, as when
    enrolled one by one (`services.programs`), counted inside the transaction.
    """
    if role not in ("mentor", "mentee"):
        raise ValidationError(_("Enrol people as mentor or as mentee."))
    if status not in ENROL_STATUSES:
        raise ValidationError(_("People enrolled together are either applied or accepted; decline or "
                                "waitlist them one by one with a reason."))
    program = programs_service.get_program(db, program_id)
    people = _living(db, person_ids)
    archived = [p.name for p in people.values() if p.archived]
    if archived:
        raise ValidationError(ngettext(
            "%(count)s of the selected people is archived (%(names)s) and cannot be enrolled: restore them "
            "first or leave them out. Nobody was enrolled.",
            "%(count)s of the selected people are archived (%(names)s) and cannot be enrolled: restore them "
            "first or leave them out. Nobody was enrolled.", len(archived))
            % {"count": len(archived), "names": _names(archived)})
    n = len(people)
    label = _counted(say_n("enrolment of %(count)s person in %(program)s",
                           "enrolment of %(count)s people in %(program)s", n, program=program.name))
    waitlisted = 0

    def enrol_one(conn, pid: str) -> bool:
        nonlocal waitlisted
        existing = programs_repo.participant_row(conn, program.id, pid, role)
        current = programs_repo.participant_by_id(conn, existing) if existing else None
        if current is not None and current.status in ("accepted", status):
            return False  # nobody loses an accepted place; the same decision again writes nothing
        values = {"status": status, "reason": ""}
        if role == "mentee":
            programs_service._waitlist_if_full(conn, program, values, current)  # the one rule for a full program
            if values["status"] == "waitlisted":
                if current is not None and current.status == "waitlisted":
                    return False  # already waiting: keeps the day they started waiting
                waitlisted += 1
        if existing:
            return programs_repo.update_participant(conn, existing, values)
        programs_repo.insert_participant(conn, {"program_id": program.id, "person_id": pid, "role": role,
                                                "applied_at": now_iso(), **values})
        return True

    changed = _write_each(db, label, list(people), enrol_one, progress, cancelled)
    return BulkResult(_said(label), changed, n - changed, waitlisted=waitlisted)


# -- shared steps ---------------------------------------------------------------------------

#: A role code in words; kept in English in an undo label (a Term), said in the reader's language.
_ROLE_WORDS = ROLES_IN_TEXT


def role_words(role: str) -> str:
    """A role code as the command line says it."""
    return said(_ROLE_WORDS, role)


def _living(db: Database, person_ids: Sequence[str]) -> dict[str, BulkPerson]:
    """The listed people in the order given (each once); refuses when someone no longer exists."""
    wanted = list(dict.fromkeys(person_ids))
    if not wanted:
        raise ValidationError(_("Select at least one person first."))
    found = people_bulk_repo.living_people(db, wanted)
    missing = len(wanted) - len(found)
    if missing:
        raise NotFoundError(ngettext(
            "%(count)s of the selected people no longer exists (removed elsewhere, perhaps by a merge). "
            "Nobody was changed: reload the list and select again.",
            "%(count)s of the selected people no longer exist (removed elsewhere, perhaps by a merge). "
            "Nobody was changed: reload the list and select again.", missing) % {"count": missing})
    return {pid: found[pid] for pid in wanted}


def _counted(message: Message) -> Message:
    """The undo label as a template with its values, so Edit > Undo says it in the reader's language
    (`services/undo.py`); the count is a placeholder of the text as well as its plural chooser."""
    return Message(message.singular, (("count", message.count), *message.values), message.plural, message.count)


def _said(label: Message) -> str:
    return label.render(current())


def _write_each(db: Database, label: Message, person_ids: list[str], write: Callable[..., bool],
                progress: Progress | None, cancelled: IsCancelled | None) -> int:
    """Back up, write every person in one transaction, record the undo; returns how many changed."""
    total = len(person_ids)
    if progress is not None:
        progress(0, total)
    if not person_ids:
        return 0
    changed = 0
    with undo.undoable(db, "bulk", label), db.transaction() as conn:
        for i, pid in enumerate(person_ids):
            if cancelled is not None and cancelled():
                raise BulkCancelled()  # rolls the whole action back; no undo record is written
            changed += bool(write(conn, pid))
            if progress is not None and i % 20 == 0:
                progress(i, total)
    if progress is not None:
        progress(total, total)
    return changed


def _names(names: list[str], shown: int = 3) -> str:
    listed = ", ".join(names[:shown])
    return listed + (", …" if len(names) > shown else "")


def _unique(summaries: list[RelationshipSummary]) -> list[RelationshipSummary]:
    """A pair whose mentor and mentee were both archived is listed once."""
    return list({s.id: s for s in summaries}.values())


def ids_for_employee_ids(db: Database, employee_ids: Sequence[str]) -> list[str]:
    """The people behind employee IDs typed on the command line; refuses unknown ones, naming them."""
    known = people_repo.ids_by_employee_id(db)
    unknown = [e for e in dict.fromkeys(employee_ids) if e not in known]
    if unknown:
        raise NotFoundError(ngettext(
            "No one has the employee ID %(ids)s. Nobody was changed.",
            "No one has the employee IDs %(ids)s. Nobody was changed.", len(unknown)) % {"ids": _names(unknown, 5)})
    return [known[e] for e in dict.fromkeys(employee_ids)]
