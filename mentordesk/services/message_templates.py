"""Per-program texts of introductions and reminders, with placeholders checked before saving.

Templates live in the program's `match_settings` JSON under ``message_templates``
(``{kind: {"subject": ..., "body": ...}}``): that column already travels with
merges field by field, is erased with the program's other settings, and needs
no new table, so an older copy of MentorDesk simply ignores the key.

Placeholders use `string.Template` syntax (``$mentee_name`` or ``${mentee_name}``)
because it can only look a name up, never reach an attribute or format spec the
way ``str.format`` can (``{x.__class__}``), and HR types these texts. A template
is refused at save time when it names a placeholder that does not exist (a
typo would otherwise go out verbatim to the mentee); one that got damaged
later (a hand edit, a merge) still renders, with the unknown name left as typed.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from string import Template
from typing import TYPE_CHECKING, Any

from ..errors import ValidationError
from ..i18n import N_
from ..i18n import gettext as _

if TYPE_CHECKING:  # the CLI's parser reads KINDS: it must not load storage and programs for that
    from ..storage.database import Database

SETTINGS_KEY = "message_templates"
MAX_SUBJECT = 200
MAX_BODY = 20_000

#: Every placeholder a text may use, with what it becomes (shown in the editor and in refusals).
PLACEHOLDERS: dict[str, str] = {
    "recipient_name": "the name of the person the e-mail is to",
    "mentor_name": "the mentor's name",
    "mentee_name": "the mentee's name",
    "program": "the program's name",
    "program_purpose": "the program's purpose",
    "business_goal": "the business goal the program serves",
    "cadence": "how often the pair meets (every two weeks, …)",
    "mode": "how they meet (in person, video call, …)",
    "start_date": "the relationship's start date",
    "planned_end": "the relationship's planned end",
    "first_meeting": "the date and time of the first meeting in the calendar file",
    "why_paired": "why MentorDesk paired them (the match's reasons)",
    "goals": "the mentee's goals, one per line",
    "stage1_name": "the name of the first stage",
    "stage1_steps": "the first steps of stage 1, one per line",
    "last_meeting": "the date they last met, or that they have not met yet (reminders)",
    "due_date": "the date a check-in was due (reminders)",
    "other_name": "the other person of the pair",
}

KINDS: dict[str, str] = {
    "introduction": "Introduction of a new pair",
    "reminder_meeting": "Reminder: no recent meeting",
    "reminder_checkin": "Reminder: check-in overdue",
}

#: Attention kinds a reminder draft exists for, with the text each uses. Kept here (not in
#: services.invitations) so `mentordesk --help` names them without importing icalendar.
REMINDER_KINDS: dict[str, str] = {"no_meeting": "reminder_meeting", "checkin_overdue": "reminder_checkin"}

#: MentorDesk's own texts, in English here and in the user's language when used (`default_texts`).
DEFAULTS: dict[str, dict[str, str]] = {
    "introduction": {
        "subject": N_("Introducing your mentoring partner: $mentor_name and $mentee_name ($program)"),
        "body": N_(
            "Dear $mentor_name and $mentee_name,\n\n"
            "I am glad to introduce you to each other as mentor and mentee in $program.\n\n"
            "Why you were paired:\n$why_paired\n\n"
            "What the program is for: $program_purpose\n\n"
            "Goals so far:\n$goals\n\n"
            "You meet $cadence ($mode), from $start_date until $planned_end. The attached calendar file "
            "holds the whole series, starting $first_meeting; add it to your calendars and move a meeting "
            "whenever you need to.\n\n"
            "Your first steps ($stage1_name):\n$stage1_steps\n\n"
            "If anything gets in the way, tell me.\n\nBest regards"
        ),
    },
    "reminder_meeting": {
        "subject": N_("$program: time for your next mentoring meeting"),
        "body": N_(
            "Dear $recipient_name,\n\n"
            "Your last mentoring meeting with $other_name: $last_meeting. The plan is to meet $cadence, "
            "so could you propose a date for your next meeting in the coming days?\n\n"
            "If something makes meeting hard at the moment, just tell me and we will find a way.\n\n"
            "Best regards"
        ),
    },
    "reminder_checkin": {
        "subject": N_("$program: your mentoring check-in"),
        "body": N_(
            "Dear $recipient_name,\n\n"
            "Your check-in on your mentoring with $other_name has been due since $due_date. "
            "It takes five minutes and helps me see what works for you and what does not: fill in the "
            "attached form and send it back to me.\n\n"
            "Best regards"
        ),
    },
}


@dataclass(frozen=True)
class MessageTemplate:
    kind: str
    subject: str
    body: str
    customised: bool = False


def template_problems(subject: str, body: str) -> list[str]:
    """Every reason a subject/body pair cannot be saved, as sentences (empty when fine)."""
    problems: list[str] = []
    if not subject.strip():
        problems.append(_("The subject is empty."))
    elif "\n" in subject or "\r" in subject:
        problems.append(_("The subject must be one line."))
    elif len(subject) > MAX_SUBJECT:
        problems.append(_("The subject is longer than %(limit)s characters.") % {"limit": MAX_SUBJECT})
    if not body.strip():
        problems.append(_("The text is empty."))
    elif len(body) > MAX_BODY:
        problems.append(_("The text is longer than %(limit)s characters.") % {"limit": f"{MAX_BODY:,}"})
    names = ", ".join("$" + p for p in PLACEHOLDERS)
    for is_subject, text in ((True, subject), (False, body)):
        template = Template(text)
        if not template.is_valid():
            problems.append(_("The subject has a $ that is not followed by a placeholder name; write $$ for a "
                              "dollar sign.") if is_subject else
                            _("The text has a $ that is not followed by a placeholder name; write $$ for a "
                              "dollar sign."))
            continue
        unknown = [name for name in template.get_identifiers() if name not in PLACEHOLDERS]
        for name in dict.fromkeys(unknown):
            problem = (_("The subject uses %(name)s, which MentorDesk does not know. Placeholders are: %(names)s.")
                       if is_subject else
                       _("The text uses %(name)s, which MentorDesk does not know. Placeholders are: %(names)s."))
            problems.append(problem % {"name": "$" + name, "names": names})
    return problems


def _stored(settings: Any) -> dict[str, Any]:
    raw = settings.get(SETTINGS_KEY) if isinstance(settings, dict) else None
    return raw if isinstance(raw, dict) else {}


def get_template(db: Database, program_id: str | None, kind: str) -> MessageTemplate:
    """The program's own text for `kind`, or MentorDesk's default (also for a damaged stored one)."""
    from . import programs as programs_service

    _check_kind(kind)
    if program_id:
        entry = _stored(programs_service.get_program(db, program_id).match_settings).get(kind)
        if isinstance(entry, dict) and isinstance(entry.get("subject"), str) and isinstance(entry.get("body"), str):
            return MessageTemplate(kind, entry["subject"], entry["body"], customised=True)
    subject, body = default_texts(kind)
    return MessageTemplate(kind, subject, body)


def default_texts(kind: str) -> tuple[str, str]:
    """MentorDesk's own subject and text for `kind`, in the user's language: a program without its
    own texts writes to its people in the language HR works in."""
    return _(DEFAULTS[kind]["subject"]), _(DEFAULTS[kind]["body"])


def save_template(db: Database, program_id: str, kind: str, subject: str, body: str) -> None:
    """Store the program's text for `kind`; ValidationError with every problem, nothing saved."""
    from . import programs as programs_service

    _check_kind(kind)
    problems = template_problems(subject, body)
    if problems:
        raise ValidationError(problems + [_("Nothing was saved.")])
    program = programs_service.get_program(db, program_id)
    settings = dict(program.match_settings) if isinstance(program.match_settings, dict) else {}
    templates = dict(_stored(settings))
    templates[kind] = {"subject": subject, "body": body}
    settings[SETTINGS_KEY] = templates
    programs_service.save_match_settings(db, program_id, settings)


def reset_template(db: Database, program_id: str, kind: str) -> None:
    """Go back to MentorDesk's default text for `kind` in this program."""
    from . import programs as programs_service

    _check_kind(kind)
    program = programs_service.get_program(db, program_id)
    settings = dict(program.match_settings) if isinstance(program.match_settings, dict) else {}
    templates = dict(_stored(settings))
    if templates.pop(kind, None) is not None:
        settings[SETTINGS_KEY] = templates
        programs_service.save_match_settings(db, program_id, settings)


def render(template: MessageTemplate, values: Mapping[str, str]) -> tuple[str, str]:
    """(subject, body) with the placeholders filled; an unknown one stays as typed."""
    return Template(template.subject).safe_substitute(values), Template(template.body).safe_substitute(values)


def _check_kind(kind: str) -> None:
    if kind not in KINDS:
        raise ValidationError(_("There is no text called %(kind)s; the texts are: %(kinds)s.")
                              % {"kind": repr(kind), "kinds": ", ".join(KINDS)})
