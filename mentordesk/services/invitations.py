"""Introductions and reminders as drafts the mail program opens, with the meeting series attached.

MentorDesk has no server, so it reaches mentors and mentees through what every
laptop has: it writes an `.eml` draft (``X-Unsent: 1``) and, for an
introduction, the `.ics` meeting series beside it and inside it. HR reads the
draft in the mail program and presses Send. The file is written through
`storage.outputs` (atomic, owner-only, never onto the company file); the
company file itself is only read.

Why they were paired: the match's reasons when the caller has them (the window
passes the approved proposal's reasons), otherwise what their competency
portraits share: the mentee's gaps the mentor is strong in. Approval does not
store the reasons, and a sentence made up after the fact would be worse than
the evidence the file holds.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from zoneinfo import ZoneInfo

from .. import clock, vocabulary
from .. import relationships as rules
from ..errors import MentorDeskError, ValidationError
from ..i18n import N_, current
from ..i18n import gettext as _
from ..io import calendar as ical
from ..io.invitations import Attachment, Recipient, draft_eml, one_line, plain_address
from ..models import Person
from ..relationship_models import RelationshipDetail
from ..storage import outputs
from ..storage.database import Database
from . import message_templates as texts
from . import people as people_service
from . import programs as programs_service
from .relationship_reading import get_relationship

DEFAULT_TIME = dt.time(10, 0)
DEFAULT_MINUTES = 60

#: Stage 1 ("Getting to know each other") in steps a new pair can act on.
#: English sources, said in the language of the drafts (the program's user) with _().
STAGE1_STEPS: tuple[str, ...] = (
    N_("Meet for a first conversation: your work, your path so far, what you hope to get from this."),
    N_("Agree how you meet (where, how long) and how you reach each other between meetings."),
    N_("Agree that what is said in your meetings stays between you."),
    N_("Write down up to three goals for the mentee and how you will know they are reached."),
)
#: How a pair meets, as said inside a sentence ("You meet every two weeks (video call)").
MODE_WORDS = vocabulary.MODES_IN_TEXT

#: Attention kinds a reminder draft exists for, with the text each uses (kept in message_templates,
#: which the command line's parser can import without icalendar).
REMINDER_KINDS = texts.REMINDER_KINDS


@dataclass(frozen=True)
class Draft:
    """One draft written: the .eml, the .ics beside it (introductions), who it is to, what HR should know."""

    eml: Path
    ics: Path | None
    recipients: tuple[str, ...]
    notes: tuple[str, ...] = ()


# -- what the texts say ----------------------------------------------------------------------

def _date(d: dt.date | None) -> str:
    """"5 March 2027", "5 de marzo de 2027": the month spelled out in the drafts' language (CLDR),
    so no reader mistakes 03/05 for 3 May."""
    from babel.dates import format_date

    return format_date(d, "long", locale=current().locale) if d is not None else ""


def _portrait_reasons(mentor: Person, mentee: Person, limit: int = 3) -> list[str]:
    """The mentee's gaps the mentor is at or above the target level in, biggest gap first."""
    strong = {e.competency.casefold(): e for e in mentor.portrait}
    found = []
    for gap in sorted((e for e in mentee.portrait if e.gap > 0), key=lambda e: -e.gap):
        m = strong.get(gap.competency.casefold())
        if m is not None and m.current >= (gap.target or 0):
            found.append(_("%(mentee)s wants to grow in %(competency)s (from level %(current)s to %(target)s); "
                           "%(mentor)s is at level %(level)s.") % {
                "mentee": one_line(mentee.name), "competency": one_line(gap.competency), "current": gap.current,
                "target": gap.target, "mentor": one_line(mentor.name), "level": m.current})
    return found[:limit]


def why_paired(mentor: Person, mentee: Person, reasons: Sequence[str] = ()) -> str:
    """Lines for $why_paired: the match's reasons, else the portraits' shared ground."""
    lines = [one_line(r, 300) for r in reasons if one_line(r)] or _portrait_reasons(mentor, mentee)
    if not lines:
        lines = [_("HR paired %(mentor)s and %(mentee)s for what this program is for; your first conversation "
                   "is the place to find your common ground.") % {"mentor": one_line(mentor.name),
                                                                  "mentee": one_line(mentee.name)}]
    return "\n".join(f"- {line}" for line in lines)


def _goals(detail: RelationshipDetail) -> str:
    goals = [g for g in detail.goals if g.status not in ("dropped",)]
    if not goals:
        return "- " + _("None written down yet: you set up to three together in your first meetings.")
    return "\n".join(f"- {one_line(g.title, 300)}" + (" " + _("(by %(date)s)") % {"date": _date(g.due_date)}
                                                       if g.due_date else "")
                     for g in goals)


def _values(db: Database, detail: RelationshipDetail, mentor: Person, mentee: Person) -> dict[str, str]:
    s = detail.summary
    program = programs_service.get_program(db, s.program_id) if s.program_id else None
    return {
        "mentor_name": one_line(mentor.name), "mentee_name": one_line(mentee.name),
        "program": one_line(program.name) if program else _("your mentoring"),
        "program_purpose": (program.purpose.strip() if program and program.purpose.strip()
                            else _("helping the mentee grow through regular conversations "
                                   "with an experienced colleague.")),
        "business_goal": program.business_goal.strip() if program else "",
        "cadence": vocabulary.said(vocabulary.CADENCES_IN_TEXT, s.cadence),
        "mode": vocabulary.said(MODE_WORDS, s.mode),
        "start_date": _date(s.start), "planned_end": _date(s.planned_end),
        "goals": _goals(detail), "stage1_name": _(rules.stage_name(rules.FIRST_STAGE)),
        "stage1_steps": "\n".join(f"{i}. {_(step)}" for i, step in enumerate(STAGE1_STEPS, 1)),
        "first_meeting": "", "why_paired": "", "last_meeting": "", "due_date": "",
        "recipient_name": "", "other_name": "",
    }


# -- files -----------------------------------------------------------------------------------

def _slug(text: str, limit: int = 40) -> str:
    """A file-name part from a person's name: letters, digits and dashes only, never a path."""
    kept = re.sub(r"[^\w]+", "-", unicodedata.normalize("NFKC", text), flags=re.UNICODE).strip("-_")
    return kept[:limit].strip("-_") or "person"


def _write(db: Database, folder: Path, name: str, data: bytes) -> Path:
    return outputs.write_bytes(folder / name, data, db.path)


def _people(db: Database, detail: RelationshipDetail) -> tuple[Person, Person]:
    s = detail.summary
    return people_service.get_person(db, s.mentor_id), people_service.get_person(db, s.mentee_id)


def _left_out(people: Sequence[Person]) -> tuple[str, ...]:
    return tuple(_("%(name)s has no usable e-mail address in MentorDesk (%(email)s); add it in the mail program "
                   "before sending.") % {"name": one_line(p.name), "email": one_line(p.email) or _("none")}
                 for p in people if plain_address(p.email) is None)


# -- introductions ---------------------------------------------------------------------------

def _series(detail: RelationshipDetail, mentor: Person, values: dict[str, str], today: dt.date,
            at: dt.time, minutes: int, zone: ZoneInfo) -> ical.Series:
    s = detail.summary
    dates = [d for d in detail.planned_dates if d >= today]
    if not dates:
        raise ValidationError(_("The relationship of %(mentor_name)s and %(mentee_name)s has no meeting left to "
                                "plan (its planned end was %(planned_end)s). Extend it first. Nothing was written.")
                              % values)
    return ical.Series(
        uid=f"{s.id}-meetings@mentordesk", summary=_("Mentoring: %(mentor_name)s and %(mentee_name)s") % values,
        description=_("%(program)s: mentoring meeting of %(mentor_name)s (mentor) and %(mentee_name)s (mentee), "
                      "%(cadence)s, until %(planned_end)s.") % values,
        dates=dates, anchor=s.start, cadence=s.cadence, at=at, minutes=minutes, zone=zone,
        organizer_name=mentor.name, organizer_email=plain_address(mentor.email) or "",
        location=vocabulary.said(MODE_WORDS, s.mode) if s.mode in MODE_WORDS else "")


def write_introduction(db: Database, rel_id: str, out_dir: str | os.PathLike[str], *,
                       reasons: Sequence[str] = (), at: dt.time = DEFAULT_TIME, minutes: int = DEFAULT_MINUTES,
                       zone: ZoneInfo | None = None, today: dt.date | None = None) -> Draft:
    """Write the introduction draft to both and its meeting series; the company file is only read."""
    if not 5 <= minutes <= 8 * 60:
        raise ValidationError(_("A meeting lasts between 5 minutes and 8 hours. Nothing was written."))
    today = today or clock.today()
    detail = get_relationship(db, rel_id, today)
    if detail.summary.status != "active":
        raise ValidationError(_("This relationship is closed, so there is no one to introduce. Nothing was written."))
    mentor, mentee = _people(db, detail)
    values = _values(db, detail, mentor, mentee)
    zone = zone or ical.local_zone()
    series = _series(detail, mentor, values, today, at, minutes, zone)
    first = dt.datetime.combine(series.dates[0], at, tzinfo=zone)
    values.update(why_paired=why_paired(mentor, mentee, reasons),
                  first_meeting=_("%(date)s at %(time)s (%(zone)s)") % {"date": _date(series.dates[0]),
                                                                        "time": f"{first:%H:%M}", "zone": zone.key})
    subject, body = texts.render(texts.get_template(db, detail.summary.program_id, "introduction"), values)
    calendar = ical.series_ics(series)
    base = f"introduction-{_slug(mentor.name)}-{_slug(mentee.name)}-{rel_id[:8]}"
    eml = draft_eml(subject, body, [Recipient(mentor.name, mentor.email), Recipient(mentee.name, mentee.email)],
                    attachments=[Attachment("mentoring-meetings.ics", calendar, "text", "calendar",
                                            {"method": "PUBLISH", "charset": "utf-8"})])
    folder = outputs.prepare_folder(out_dir, db.path)
    ics_path = _write(db, folder, base + ".ics", calendar)
    eml_path = _write(db, folder, base + ".eml", eml)
    return Draft(eml_path, ics_path, (mentor.name, mentee.name), _left_out((mentor, mentee)))


# -- reminders -------------------------------------------------------------------------------

def _checkin_states(detail: RelationshipDetail, today: dt.date) -> dict[str, rules.CheckinState]:
    by_role: dict[str, list[dt.date]] = {"mentor": [], "mentee": []}
    for c in detail.checkins:
        by_role.setdefault(c.role, []).append(c.date)
    return rules.overdue_checkins(detail.summary.start, by_role, today)


def _reminder(db: Database, detail: RelationshipDetail, kind: str, person: Person, other: Person,
              values: dict[str, str], folder: Path, cc: Sequence[Person] = (),
              attachments: Sequence[Attachment] = (), notes: Sequence[str] = ()) -> Draft:
    values = {**values, "recipient_name": one_line(person.name), "other_name": one_line(other.name)}
    subject, body = texts.render(texts.get_template(db, detail.summary.program_id, kind), values)
    eml = draft_eml(subject, body, [Recipient(person.name, person.email)],
                    cc=[Recipient(p.name, p.email) for p in cc], attachments=attachments)
    name = f"reminder-{kind.split('_', 1)[1]}-{_slug(person.name)}-{detail.summary.id[:8]}.eml"
    return Draft(_write(db, folder, name, eml), None, (person.name,), (*_left_out((person, *cc)), *notes))


def _checkin_form(db: Database, rel_id: str, role: str, person: Person, today: dt.date
                  ) -> tuple[list[Attachment], list[str]]:
    """The person's fillable check-in form (services.checkin_forms), or a note why it is not attached.

    Making the first form of a file writes its sealing key, so a file opened
    read-only (the CLI's `remind`) attaches forms only once that key exists.
    """
    from . import checkin_forms

    try:
        name, data = checkin_forms.form_attachment(db, rel_id, role, today=today, may_write=not db.readonly)
    except MentorDeskError as exc:
        return [], [_("The check-in form of %(name)s was not attached: %(reason)s")
                    % {"name": one_line(person.name), "reason": exc}]
    return [Attachment(name, data, "application", "pdf")], []


def write_reminders(db: Database, rel_id: str, kind: str, out_dir: str | os.PathLike[str], *,
                    role: str | None = None, today: dt.date | None = None) -> list[Draft]:
    """Drafts for an attention item of `kind` on this relationship, to whoever has to act.

    No recent meeting: to the mentor (who proposes the date), the mentee in copy.
    Check-in overdue: to each person whose check-in is overdue (`role` picks one), with
    their fillable check-in form attached (see `_checkin_form`).
    """
    if kind not in REMINDER_KINDS:
        raise ValidationError(_("MentorDesk has no reminder for %(kind)s; it has them for: %(kinds)s.")
                              % {"kind": repr(kind), "kinds": ", ".join(REMINDER_KINDS)})
    if role not in (None, "mentor", "mentee"):
        raise ValidationError(_("The role is mentor or mentee."))
    today = today or clock.today()
    detail = get_relationship(db, rel_id, today)
    if detail.summary.status != "active":
        raise ValidationError(_("This relationship is closed, so no reminder is needed. Nothing was written."))
    mentor, mentee = _people(db, detail)
    values = _values(db, detail, mentor, mentee)
    folder = outputs.prepare_folder(out_dir, db.path)
    if kind == "no_meeting":
        held = [m.date for m in detail.meetings if m.outcome == "held" and m.date <= today]
        values["last_meeting"] = (_date(max(held)) if held else _("none yet since your start on %(date)s")
                                  % {"date": _date(detail.summary.start)})
        return [_reminder(db, detail, REMINDER_KINDS[kind], mentor, mentee, values, folder, cc=[mentee])]
    drafts = []
    for who, state in _checkin_states(detail, today).items():
        if state.overdue and role in (None, who):
            person, other = (mentor, mentee) if who == "mentor" else (mentee, mentor)
            form, notes = _checkin_form(db, rel_id, who, person, today)
            drafts.append(_reminder(db, detail, REMINDER_KINDS[kind], person, other,
                                    {**values, "due_date": _date(state.due)}, folder,
                                    attachments=form, notes=notes))
    if not drafts:
        raise ValidationError(_("No check-in of this relationship is overdue any more. Nothing was written."))
    return drafts


def drafts_folder() -> Path:
    """Where the window puts drafts: beside MentorDesk's own data, on this computer, owner-only.

    Not the company file's folder (that may be a shared drive, and drafts hold
    personal data), not the backups folder (`outputs` refuses it).
    """
    from .session import default_database_path

    return default_database_path().parent / "drafts"


def match_reasons(reasons: Sequence[object]) -> list[str]:
    """The approved proposal's positive reasons, strongest first, as the scorer's own sentences."""
    out = []
    for r in sorted(reasons, key=lambda r: -float(getattr(r, "points", 0))):
        if float(getattr(r, "points", 0)) > 0.05:
            out.append(str(getattr(r, "detail", "") or getattr(r, "label", "")))
    return out[:4]
