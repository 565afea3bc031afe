"""What each kind of program means, what it needs, and the words it is told in.

One place for the differences between one-to-one, group, reverse, peer and job
shadowing programs, so the form, the service, matching, the CLI and the reports
agree: which extra fields a kind asks for (`FIELDS`), what is wrong with a program
of that kind (`kind_problems`), how many mentees one mentor (or host) takes in it
(`places_per_mentor`) and its settings in words (`summary`). The sentence that
explains each kind to HR is the program form's (`ui/dialogs/program_kind_fields.py`).
"""

from __future__ import annotations

from dataclasses import replace

from .i18n import N_, Translator, current
from .models import Program
from .validation import bad_characters
from .vocabulary import program_kind_label

#: The extra fields each kind asks for; every other kind leaves them empty.
FIELDS: dict[str, tuple[str, ...]] = {
    "one_to_one": (),
    "group": ("group_size", "sessions"),
    "reverse": ("expertise",),
    "peer": (),
    "job_shadowing": ("host", "visits", "visit_hours"),
}
ALL_FIELDS = ("group_size", "sessions", "expertise", "host", "visits", "visit_hours")

#: Limits the form's spin boxes and the service share (the schema's CHECKs say the same).
LIMITS = {"group_size": (2, 50), "sessions": (1, 100), "visits": (1, 20), "visit_hours": (1, 12)}

def label(kind: str, tr: Translator | None = None) -> str:
    """The kind's name ("Job shadowing") in the user's language, or `tr`'s (a report's)."""
    return program_kind_label(kind, tr)


#: Job shadowing is a few short visits, not a months-long relationship: its pairs are planned
#: for this many months and checked on monthly (the form does not ask; attention follows these).
SHADOWING_MONTHS = 3


def cleaned(program: Program) -> Program:
    """The program with the fields its kind does not use emptied, so a program changed
    from group to one-to-one does not keep a group size nobody can see; a job-shadowing
    program gets its short span instead of a long cadence nobody chose."""
    wanted = FIELDS.get(program.kind, ())
    empty = {name: ("" if name in ("expertise", "host") else None) for name in ALL_FIELDS if name not in wanted}
    values = {k: v.strip() for k, v in (("expertise", program.expertise), ("host", program.host)) if k in wanted}
    if program.kind == "job_shadowing":
        values.update(relationship_months=min(program.relationship_months, SHADOWING_MONTHS), cadence="monthly")
    return replace(program, **empty, **values)


def _range_problem(value: int | None, name: str, sentence: str) -> list[str]:
    low, high = LIMITS[name]
    if value is None or not low <= value <= high:
        return [current().gettext(sentence) % {"low": low, "high": high}]
    return []


def kind_problems(program: Program) -> list[str]:
    """What the program's kind still needs, as sentences (empty when complete)."""
    problems: list[str] = []
    gettext = current().gettext
    if program.kind == "group":
        problems += _range_problem(program.group_size, "group_size",
                                   N_("A group program needs a group size between %(low)d and %(high)d mentees."))
        problems += _range_problem(program.sessions, "sessions",
                                   N_("A group program needs the number of sessions (%(low)d to %(high)d)."))
    elif program.kind == "reverse" and not program.expertise.strip():
        problems.append(gettext("A reverse program needs the competency the junior colleagues teach."))
    elif program.kind == "job_shadowing":
        if not program.host.strip():
            problems.append(gettext("A job-shadowing program needs a host: the team, department or person "
                                    "the mentees visit."))
        problems += _range_problem(program.visits, "visits",
                                   N_("A job-shadowing program needs the number of visits (%(low)d to %(high)d)."))
        problems += _range_problem(program.visit_hours, "visit_hours",
                                   N_("A visit lasts between %(low)d and %(high)d hours."))
    return problems + _text_problems(program)


#: Longest host or competency name: a name, not a description (the purpose field holds those).
MAX_NAME = 120


def _text_problems(program: Program) -> list[str]:
    """A host or competency must be a short line without control characters (a pasted document,
    a terminal escape); said with the field's name, nothing saved."""
    problems = []
    for name, value, label in (("expertise", program.expertise, N_("The competency taught")),
                               ("host", program.host, N_("The host"))):
        if name not in FIELDS.get(program.kind, ()) or not value:
            continue
        what = current().gettext(label)
        if len(value.strip()) > MAX_NAME:
            problems.append(current().gettext("%(what)s is longer than %(max)d characters: give a short name.")
                            % {"what": what, "max": MAX_NAME})
        elif bad_characters(value):
            problems.append(current().gettext("%(what)s contains a character that cannot be saved (such as a "
                                              "line break or a control character).") % {"what": what})
    return problems


def places_per_mentor(program: Program, free_capacity: int, taken_here: int) -> int:
    """Mentees one mentor may still be given by a match in this program.

    Group: a mentor leads one group of up to the group size (less those already
    in it), whatever their one-to-one capacity. Peer: one pair per person, so one
    place while they are in no pair of this program. Other kinds: the mentor's own
    free capacity.
    """
    if program.kind == "group" and program.group_size:
        return max(0, program.group_size - taken_here)
    if program.kind == "peer":
        return 1 if taken_here == 0 and free_capacity > 0 else 0
    return max(0, free_capacity)


def summary(program: Program, tr: Translator | None = None) -> str:
    """The kind's own settings in a short line ("groups of 6, 8 sessions"), '' for kinds without any."""
    tr = tr or current()
    if program.kind == "group" and program.group_size:
        size, sessions = program.group_size, program.sessions or 0
        return ", ".join((tr.ngettext("groups of %(n)d", "groups of %(n)d", size) % {"n": size},
                          tr.ngettext("%(n)d session", "%(n)d sessions", sessions) % {"n": sessions}))
    if program.kind == "reverse" and program.expertise:
        return tr.gettext("the junior colleagues teach %(competency)s") % {"competency": program.expertise}
    if program.kind == "job_shadowing" and program.host:
        visits, hours = program.visits or 0, program.visit_hours or 0
        return ", ".join((tr.gettext("hosted by %(host)s") % {"host": program.host},
                          tr.ngettext("%(n)d visit", "%(n)d visits", visits) % {"n": visits},
                          tr.ngettext("%(n)d hour each", "%(n)d hours each", hours) % {"n": hours}))
    return ""
