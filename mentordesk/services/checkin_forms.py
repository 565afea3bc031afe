"""Check-in forms: make PDF forms for due check-ins, and record the ones that come back.

HR sends each mentor and mentee a fillable PDF for their next check-in and
imports whatever comes back, a few files or a folder of forty. Each returned
file is judged alone and gets one line in the summary: recorded, already
recorded, or refused with the reason (not filled in, another company's form,
changed on the way, relationship closed, not a form, damaged). A refusal never
stops the files after it, and each recorded form is its own transaction, so a
cancelled or failed import keeps what it recorded and says which files it did
not look at.

Which check-ins are due comes from the same rule the Attention page uses
(`rules.overdue_checkins`): per role, 30 days after that role's latest
check-in. A form is made a little ahead (`FORM_LEAD_DAYS`), since it takes days
to come back by e-mail.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from .. import clock
from .. import relationships as rules
from ..errors import MentorDeskError, NotFoundError, ReadOnlyError, ValidationError
from ..i18n import N_, Np_, ngettext
from ..i18n import gettext as _
from ..io import form_import as reader
from ..io import form_seal as fs
from ..storage import checkin_forms_repo as forms_repo
from ..storage import outputs, programs_repo
from ..storage import relationships_repo as repo
from ..storage.database import Database
from ..storage.records import RelationshipRecord
from .checkins import record_checkin
from .relationship_base import _fmt

if TYPE_CHECKING:  # the PDF writer (reportlab) loads in _form_pdf: `checkins` lists forms' facts only
    from ..io import checkin_forms as writer

FORM_LEAD_DAYS = 14
#: English sources; a form is printed in the user's language (`_sections`), and read back by its
#: field names and 1-5 values, so a form made in any language is recognised by any copy.
SECTIONS = ((N_("How is it going?"), rules.CHECKIN_PROGRESS_QUESTIONS),
            (N_("The basics of a good relationship"), rules.CHECKIN_PREREQUISITES))

IMPORTED, ALREADY = "imported", "already_imported"
INCOMPLETE, OTHER_COMPANY, CHANGED = "incomplete", "other_company", "changed"
CLOSED, UNKNOWN, REFUSED = "closed", "unknown_relationship", "refused"
NOT_A_FORM, DAMAGED, UNREADABLE, SKIPPED = reader.NOT_A_FORM, reader.DAMAGED, reader.UNREADABLE, "skipped"
#: A word or two per outcome, for the summary's first column and its counts.
STATUS_LABELS: dict[str, str] = {
    IMPORTED: N_("Recorded"), ALREADY: N_("Already recorded"), INCOMPLETE: N_("Not filled in"),
    OTHER_COMPANY: N_("Another file's form"), CHANGED: N_("Changed on the way"), CLOSED: N_("Relationship closed"),
    UNKNOWN: N_("Unknown relationship"), REFUSED: N_("Refused"), NOT_A_FORM: N_("Not a check-in form"),
    DAMAGED: N_("Damaged file"), UNREADABLE: N_("Could not be read"), SKIPPED: N_("Not looked at"),
}
#: The summary's counts ("3 recorded"), each with the language's plural forms.
STATUS_COUNTS: dict[str, tuple[str, str]] = {
    IMPORTED: Np_("%(count)s recorded", "%(count)s recorded"),
    ALREADY: Np_("%(count)s already recorded", "%(count)s already recorded"),
    INCOMPLETE: Np_("%(count)s not filled in", "%(count)s not filled in"),
    OTHER_COMPANY: Np_("%(count)s form of another file", "%(count)s forms of another file"),
    CHANGED: Np_("%(count)s changed on the way", "%(count)s changed on the way"),
    CLOSED: Np_("%(count)s for a closed relationship", "%(count)s for a closed relationship"),
    UNKNOWN: Np_("%(count)s for an unknown relationship", "%(count)s for an unknown relationship"),
    REFUSED: Np_("%(count)s refused", "%(count)s refused"),
    NOT_A_FORM: Np_("%(count)s not a check-in form", "%(count)s not check-in forms"),
    DAMAGED: Np_("%(count)s damaged file", "%(count)s damaged files"),
    UNREADABLE: Np_("%(count)s could not be read", "%(count)s could not be read"),
    SKIPPED: Np_("%(count)s not looked at", "%(count)s not looked at"),
}
_NOTHING = N_("Nothing was recorded.")  # said with _(_NOTHING)


@dataclass(frozen=True)
class DueForm:
    """One form to make: a role's next check-in in a relationship."""

    relationship_id: str
    role: str
    due: dt.date
    person_name: str
    partner_name: str
    program_name: str


@dataclass(frozen=True)
class MadeForms:
    paths: tuple[Path, ...]
    #: sentences about forms not made (an archived person), for the user to read
    notes: tuple[str, ...] = ()


@dataclass(frozen=True)
class ImportOutcome:
    """What happened to one file: `status` is a key of STATUS_LABELS, `message` a sentence."""

    path: str
    status: str
    message: str
    checkin_id: str | None = None

    @property
    def label(self) -> str:
        return _(STATUS_LABELS[self.status]) if self.status in STATUS_LABELS else self.status

    @property
    def recorded(self) -> bool:
        return self.status == IMPORTED


# -- which forms are due --------------------------------------------------------------------

def due_forms(db: Database, *, program: str | None = None, relationship_id: str | None = None,
              today: dt.date | None = None) -> tuple[list[DueForm], list[str]]:
    """The forms to make, and sentences about the ones left out.

    For one relationship HR asked for, both roles' next check-ins, due or not; for a
    program (or, with neither, every program), each active relationship's check-ins
    due within `FORM_LEAD_DAYS`.
    """
    today = today or clock.today()
    horizon: dt.date | None = today + dt.timedelta(days=FORM_LEAD_DAYS)
    if program is not None and relationship_id is not None:
        raise ValidationError(_("Choose a program or a relationship to make check-in forms for, not both."))
    if relationship_id is not None:
        rel = repo.get_relationship(db, relationship_id)
        if rel is None:
            raise NotFoundError(_("There is no relationship with the id %(id)s. Nothing was written.")
                                % {"id": repr(relationship_id)})
        if rel.status != rules.ACTIVE_STATUS:
            raise ValidationError(_("The relationship of %(mentor)s and %(mentee)s is closed, so no check-in is "
                                    "due. Nothing was written.") % {"mentor": rel.mentor_name,
                                                                    "mentee": rel.mentee_name})
        rels, horizon = [rel], None
    elif program is not None:
        found = programs_repo.find_program(db, program)
        if found is None:
            raise NotFoundError(_("There is no program called %(name)s. Nothing was written.")
                                % {"name": repr(program)})
        rels = repo.list_relationships(db, program_id=found.id, status=rules.ACTIVE_STATUS)
    else:
        rels = repo.list_relationships(db, status=rules.ACTIVE_STATUS)
    forms: list[DueForm] = []
    notes: list[str] = []
    for rel in rels:
        for role, state in _states(db, rel, today).items():
            if horizon is not None and state.due > horizon:
                continue
            person, partner = (("mentor", "mentee") if role == "mentor" else ("mentee", "mentor"))
            if rel.archived(person):
                notes.append(_("No form for %(name)s: they are archived.") % {"name": rel.name_of(person)})
                continue
            forms.append(DueForm(rel.id, role, state.due, rel.name_of(person), rel.name_of(partner),
                                 rel.program_name))
    return forms, notes


def _states(db: Database, rel: RelationshipRecord, today: dt.date) -> dict[str, rules.CheckinState]:
    dates: dict[str, list[dt.date]] = {role: [] for role in rules.ROLES}
    for c in repo.checkins_for(db, rel.id):
        dates[c.role].append(c.date)
    return rules.overdue_checkins(rel.start, dates, today)


# -- making them ----------------------------------------------------------------------------

def write_forms(db: Database, out_dir: str | Path, *, program: str | None = None,
                relationship_id: str | None = None, today: dt.date | None = None,
                progress: Callable[[int, int], None] | None = None, may_write: bool = True) -> MadeForms:
    """Write one PDF per due form into `out_dir` (created if missing); returns the paths.

    `may_write=False` (a window that has the file read-only) refuses to make the
    file's form key rather than write it past someone else's lock.
    """
    forms, notes = due_forms(db, program=program, relationship_id=relationship_id, today=today)
    folder = outputs.prepare_folder(out_dir, db.path)
    if not forms:
        return MadeForms((), tuple(notes))
    key = _key_for_making(db, may_write)
    company = forms_repo.company_id(db)
    paths: list[Path] = []
    for n, form in enumerate(forms, 1):
        data = _form_pdf(form, key, company)
        content_id = fs.form_id_for(key, form.relationship_id, form.role, form.due)
        paths.append(outputs.write_bytes(folder / _file_name(form, content_id), data, db.path))
        if progress is not None:
            progress(n, len(forms))
    return MadeForms(tuple(paths), tuple(notes))


def _key_for_making(db: Database, may_write: bool = True) -> str:
    key = forms_repo.form_key(db)
    if key is not None:
        return key
    if db.readonly or not may_write:
        raise ReadOnlyError(_("The first check-in forms of a file need it open for editing (they are sealed "
                              "with a key kept in the file). Nothing was written; open the file for editing and "
                              "try again."))
    return forms_repo.ensure_form_key(db)


def _form_pdf(form: DueForm, key: str, company: str) -> bytes:
    from ..io import checkin_forms as writer

    return writer.form_pdf(_content(form, key, company))


def _content(form: DueForm, key: str, company: str) -> writer.FormContent:
    from ..io import checkin_forms as writer

    identity = fs.FormIdentity(fs.form_id_for(key, form.relationship_id, form.role, form.due),
                               form.relationship_id, form.role, form.due, company)
    return writer.FormContent(identity=identity, key_id=fs.key_id(key), seal=fs.seal(key, identity),
                              person_name=form.person_name, partner_name=form.partner_name,
                              program_name=form.program_name, sections=_sections())


def _sections() -> tuple[tuple[str, dict[str, str]], ...]:
    """The questions as the form prints them, in the user's language (the glossary's words)."""
    return tuple((_(heading), {key: _(text) for key, text in questions.items()}) for heading, questions in SECTIONS)


def form_attachment(db: Database, relationship_id: str, role: str, *, today: dt.date | None = None,
                    may_write: bool = True) -> tuple[str, bytes]:
    """One person's form for their next check-in, as (file name, PDF bytes): for a reminder draft's
    attachment, so the form goes out with the e-mail that asks for it."""
    forms, _notes = due_forms(db, relationship_id=relationship_id, today=today)
    form = next((f for f in forms if f.role == role), None)
    if form is None:
        raise ValidationError(_("No check-in form can be made for the mentor of this relationship (they are "
                                "archived).") if role == "mentor" else
                              _("No check-in form can be made for the mentee of this relationship (they are "
                                "archived).") if role == "mentee" else
                              _("No check-in form can be made for %(role)s: the role is mentor or mentee.")
                              % {"role": repr(role)})
    key = _key_for_making(db, may_write)
    data = _form_pdf(form, key, forms_repo.company_id(db))
    return _file_name(form, fs.form_id_for(key, form.relationship_id, form.role, form.due)), data


_UNSAFE = re.compile(r"[^\w .,()'-]+")


def _file_name(form: DueForm, form_id: str) -> str:
    """Readable in a mail attachment list, safe on every disk, unique by the form id."""
    person = _UNSAFE.sub("_", form.person_name).strip(" ._") or "person"
    return f"Check-in {form.due.isoformat()} {person[:60]} ({form.role}) {form_id[:8]}.pdf"


# -- bringing them back ---------------------------------------------------------------------

def import_forms(db: Database, paths: Iterable[str | Path], *, today: dt.date | None = None,
                 progress: Callable[[int, int, str], None] | None = None,
                 should_stop: Callable[[], bool] | None = None) -> list[ImportOutcome]:
    """Judge and record every file (folders stand for the PDFs inside them), one outcome each."""
    today = today or clock.today()
    files = reader.pdfs_in(Path(p).expanduser() for p in paths)
    keys, company = forms_repo.form_keys(db), forms_repo.company_id(db)
    outcomes: list[ImportOutcome] = []
    for n, path in enumerate(files):
        if should_stop is not None and should_stop():
            outcomes.extend(ImportOutcome(str(p), SKIPPED, _("Not looked at: the import was stopped."))
                            for p in files[n:])
            break
        if progress is not None:
            progress(n, len(files), path.name)
        outcomes.append(_import_one(db, path, keys, company, today))
    if progress is not None:
        progress(len(files), len(files), "")
    return outcomes


def _import_one(db: Database, path: Path, keys: Sequence[str], company: str, today: dt.date) -> ImportOutcome:
    def out(status: str, message: str, checkin_id: str | None = None) -> ImportOutcome:
        return ImportOutcome(str(path), status, message, checkin_id)

    if not path.exists():
        return out(UNREADABLE, _("The file does not exist (any more).") + " " + _(_NOTHING))
    try:
        form = reader.read_form(path, rules.CHECKIN_QUESTIONS)
    except reader.FormReadError as exc:
        return out(exc.kind, _("This file cannot be imported: %(reason)s.") % {"reason": exc} + " " + _(_NOTHING))
    problem = _seal_problem(form, keys, company)
    if problem is not None:
        return out(*problem)
    try:
        return _record(db, form, today, out)
    except MentorDeskError as exc:  # the file could not be written: this form only, the next may go
        return out(REFUSED, f"{exc} {_(_NOTHING)}" if _(_NOTHING) not in str(exc) else str(exc))


def _seal_problem(form: reader.ReturnedForm, keys: Sequence[str], company: str) -> tuple[str, str] | None:
    """Which key sealed the form (this file's, or a merged copy's), and whether the seal holds."""
    key = next((k for k in keys if fs.key_id(k) == form.key_id), None)
    if key is None:
        if form.identity.company_id and form.identity.company_id == company:
            return OTHER_COMPANY, _("This form was made by another copy of this company's file, which seals its "
                                    "forms with its own key. %(nothing)s Import it in the copy that made it, or "
                                    "merge that copy into this file first.") % {"nothing": _(_NOTHING)}
        return OTHER_COMPANY, _("This form was made by another company's MentorDesk file. %(nothing)s "
                                "Check that you opened the right file.") % {"nothing": _(_NOTHING)}
    if not fs.seal_holds(key, form.identity, form.seal):
        return CHANGED, _("The form's hidden details (whose check-in it is) were changed after MentorDesk made "
                          "it, so its answers cannot be trusted. %(nothing)s Send a new form.") % {
            "nothing": _(_NOTHING)}
    return None


def _record(db: Database, form: reader.ReturnedForm, today: dt.date,
            out: Callable[..., ImportOutcome]) -> ImportOutcome:
    ident = form.identity
    with db.transaction() as conn:  # the check, the check-in and its form id in one transaction
        rel = repo.get_relationship(db, ident.relationship_id)
        who = _who(rel, ident.role) if rel is not None else _("This form")
        earlier = forms_repo.checkin_by_form(db, ident.form_id)
        if earlier is not None:
            when = _fmt(earlier.date)
            if earlier.deleted:
                return out(ALREADY, _("%(who)s: this form was recorded on %(date)s and that check-in was deleted "
                                      "since; it is not recorded again.") % {"who": who, "date": when}, earlier.id)
            return out(ALREADY, _("%(who)s: this form was already recorded on %(date)s; it is not recorded again.")
                       % {"who": who, "date": when}, earlier.id)
        if rel is None:
            return out(UNKNOWN, _("This form is for a relationship that is not in this file (it may have been "
                                  "made in another copy of the file that was not merged here yet).")
                       + " " + _(_NOTHING))
        if rel.status != rules.ACTIVE_STATUS:
            closed = rel.closed_on
            text = (_("%(who)s: the relationship was closed on %(date)s, so no check-in can be added.")
                    % {"who": who, "date": _fmt(closed)} if closed else
                    _("%(who)s: the relationship was closed, so no check-in can be added.") % {"who": who})
            return out(CLOSED, text + " " + _(_NOTHING))
        missing = _missing(form)
        if missing is not None:
            return out(INCOMPLETE, _("%(who)s: %(missing)s %(nothing)s Ask them to complete it and send it back.")
                       % {"who": who, "missing": missing, "nothing": _(_NOTHING)})
        checkin_id = record_checkin(db, ident.relationship_id, ident.role, today, form.scores, form.comments,
                                    today=today)
        forms_repo.mark_from_form(conn, checkin_id, ident.form_id, form.meetings)
    return out(IMPORTED, _("%(who)s: recorded the check-in due %(date)s.") % {"who": who, "date": _fmt(ident.due)},
               checkin_id)


def _who(rel: RelationshipRecord, role: str) -> str:
    if role == "mentor":
        return _("%(name)s (mentor of %(partner)s)") % {"name": rel.mentor_name, "partner": rel.mentee_name}
    return _("%(name)s (mentee of %(partner)s)") % {"name": rel.mentee_name, "partner": rel.mentor_name}


def _missing(form: reader.ReturnedForm) -> str | None:
    """Why the answers cannot be recorded yet, or None when every question and the meetings are answered."""
    if not form.scores and not form.comments and form.meetings is None and not form.invalid:
        return _("the form was not filled in (or was sent before it was saved).")
    parts: list[str] = []
    if form.unanswered:
        n = len(form.unanswered)
        shown = "; ".join(f"\u201c{_(rules.CHECKIN_QUESTIONS[k])}\u201d" for k in form.unanswered[:3])
        parts.append(ngettext("%(count)s of %(total)s questions has no answer (%(questions)s)",
                              "%(count)s of %(total)s questions have no answer (%(questions)s)", n)
                     % {"count": n, "total": len(rules.CHECKIN_QUESTIONS),
                        "questions": shown + ("; …" if n > 3 else "")})
    if form.meetings_missing:
        parts.append(_("the number of meetings since the last check-in is missing"))
    parts.extend(form.invalid)
    if not parts:
        return None
    return _("the form is only partly filled in: %(problems)s.") % {"problems": ", ".join(parts)}


def counts(outcomes: Sequence[ImportOutcome]) -> dict[str, int]:
    """How many files ended each way, in STATUS_LABELS order (for the summary's last line)."""
    seen = Counter(o.status for o in outcomes)
    return {status: seen[status] for status in STATUS_LABELS if seen[status]}


def summary_line(outcomes: Sequence[ImportOutcome]) -> str:
    if not outcomes:
        return _("No PDF files were found to import.")
    parts = [ngettext(*STATUS_COUNTS[s], n) % {"count": n} for s, n in counts(outcomes).items()]
    return ngettext("%(count)s file: %(counts)s.", "%(count)s files: %(counts)s.", len(outcomes)) % {
        "count": len(outcomes), "counts": ", ".join(parts)}
