"""Table models for the Programs screen: the program list, the mentor pool, the mentees.

They are `RecordTableModel`s: the columns are declared here once, the records
come from services (`programs`, `mentor_pool`) and are never edited in place.
Labels for stored codes (kind, status, ...) are translated here so every screen
that shows them says the same words.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt

from mentordesk import vocabulary
from mentordesk.clock import parse_iso
from mentordesk.i18n import current
from mentordesk.models import Program
from mentordesk.services.mentor_pool import MenteeNeeds, MentorEvidence
from mentordesk.waiting_reasons import reason_text

from ..dates import short_date
from .table import Column, RecordTableModel

DASH = "—"


def translate(context: str, text: str) -> str:
    """QCoreApplication.translate under the name lupdate knows; each call spells its context
    ("programs") so pyside6-lupdate can extract the text."""
    return QCoreApplication.translate(context, text)


# A program's words come from the core's one table (`mentordesk.vocabulary`, issue 16), in the
# window's language (the process language, see `ui.app.use_window_language`).
def kind_labels() -> dict[str, str]:
    return vocabulary.all_said(vocabulary.PROGRAM_KIND_NAMES, current())


def delivery_labels() -> dict[str, str]:
    return vocabulary.all_said(vocabulary.DELIVERY_NAMES, current())


def cadence_labels() -> dict[str, str]:
    """How often a program's pairs meet (its own words: "Fortnightly", not a relationship's "Every two weeks")."""
    return vocabulary.all_said(vocabulary.PROGRAM_CADENCE_NAMES, current())


def status_labels() -> dict[str, str]:
    return vocabulary.all_said(vocabulary.PARTICIPANT_STATUS_NAMES, current())


def fmt_date(value: date | str | None) -> str:
    """A date (or ISO timestamp) in the user's short date format; '' when unknown."""
    if not value:
        return ""
    if isinstance(value, str):
        try:
            value = parse_iso(value).date() if "T" in value else date.fromisoformat(value)
        except ValueError:
            return value
    if isinstance(value, datetime):
        value = value.date()
    return short_date(value)


def fmt_period(start: date | None, end: date | None) -> str:
    if not start and not end:
        return ""
    return translate("programs", "{0} – {1}").format(fmt_date(start) or "…", fmt_date(end) or "…")


def fmt_months(start: date | None, end: date | None) -> str:
    """A short period for narrow lists ('Jan 2026 – Jun 2027'); the details show full dates."""
    if not start and not end:
        return ""

    def month(d: date | None) -> str:
        return QLocale().toString(QDate(d.year, d.month, 1), "MMM yyyy") if d else "…"

    return translate("programs", "{0} – {1}").format(month(start), month(end))


def fmt_percent(rate: float | None) -> str:
    if rate is None:
        return DASH
    return QLocale().toString(round(rate * 100)) + QLocale().percent()


def status_text(status: str, reason: str) -> str:
    """The status and its reason; a reason the matcher stored (English) in the reader's language."""
    label = status_labels().get(status, status)
    return f"{label}: {reason_text(reason)}" if reason else label


def _status_sort(status: str) -> int:
    order = ("applied", "waitlisted", "accepted", "declined", "withdrawn")
    return order.index(status) if status in order else len(order)


def _program_name(p: Program) -> str:
    """An archived program (listed only with Show archived) says so beside its name."""
    return p.name + translate("programs", " (archived)") if p.archived else p.name


class ProgramListModel(RecordTableModel[Program]):
    """Programs on the left of the screen: name, kind, dates."""

    def __init__(self, parent=None) -> None:
        super().__init__([
            Column(translate("programs", "Name"), _program_name, tooltip=lambda p: p.purpose),
            Column(translate("programs", "Kind"), lambda p: kind_labels().get(p.kind, p.kind)),
            Column(translate("programs", "Dates"), lambda p: fmt_months(p.start_date, p.end_date),
                   sort_key=lambda p: p.start_date.isoformat() if p.start_date else None),
        ], parent)


def _attendance(m: MentorEvidence) -> str:
    if m.attendance_rate is None:
        return DASH
    return translate("programs", "{0} ({1} of {2})").format(fmt_percent(m.attendance_rate),
                                                            QLocale().toString(m.meetings_held),
                                         QLocale().toString(m.meetings_held + m.meetings_missed))


def _willing(m: MentorEvidence) -> str:
    flag = DASH if m.willing is None else (translate("programs", "Yes") if m.willing else translate("programs", "No"))
    return f"{flag} — {m.motivation}" if m.motivation else flag


def _seniority(m: MentorEvidence) -> str:
    return DASH if m.seniority_years is None else QLocale().toString(m.seniority_years, "f", 1)


class MentorPoolModel(RecordTableModel[MentorEvidence]):
    """One row per applicant mentor: the evidence HR weighs before accepting them."""

    def __init__(self, parent=None) -> None:
        right = Qt.AlignRight
        # The decisive facts come first; the long motivation comes last, where the column stretches.
        super().__init__([
            Column(translate("programs", "Name"), lambda m: m.name),
            Column(translate("programs", "Status"), lambda m: status_text(m.status, m.reason),
                   sort_key=lambda m: _status_sort(m.status),
                   tooltip=lambda m: reason_text(m.reason)),
            Column(translate("programs", "Capacity"), lambda m: QLocale().toString(m.capacity),
                   sort_key=lambda m: m.capacity,
                   align=right),
            Column(translate("programs", "Free"), lambda m: QLocale().toString(m.free_capacity),
                   sort_key=lambda m: m.free_capacity,
                   align=right, tooltip=lambda m: translate("programs", "Capacity {0} minus {1} active mentees").format(
                       QLocale().toString(m.capacity), QLocale().toString(m.active_mentees))),
            Column(translate("programs", "Attendance"), _attendance, sort_key=lambda m: m.attendance_rate, align=right,
                   tooltip=lambda m: translate("programs", "Meetings held, of those held or missed by the mentor, "
                                        "in every relationship they mentored")),
            Column(translate("programs", "Years"), _seniority, sort_key=lambda m: m.seniority_years, align=right),
            Column(translate("programs", "Expertise"), lambda m: ", ".join(m.expertise),
                   tooltip=lambda m: ", ".join(m.expertise)),
            Column(translate("programs", "Department"), lambda m: m.department),
            Column(translate("programs", "Branch"), lambda m: m.branch),
            Column(translate("programs", "Title"), lambda m: m.title),
            Column(translate("programs", "Recognition"), lambda m: m.recognition, tooltip=lambda m: m.recognition),
            Column(translate("programs", "Willing / motivation"), _willing, tooltip=lambda m: m.motivation),
        ], parent)


def _gaps(m: MenteeNeeds) -> str:
    return ", ".join(f"{g.competency} {QLocale().toString(g.current)}→{QLocale().toString(g.target)}"
                     for g in m.gaps)


class MenteesModel(RecordTableModel[MenteeNeeds]):
    """One row per mentee applicant: what they want to learn and whom they asked for."""

    def __init__(self, parent=None) -> None:
        super().__init__([
            Column(translate("programs", "Name"), lambda m: m.name),
            Column(translate("programs", "Department"), lambda m: m.department),
            Column(translate("programs", "Branch"), lambda m: m.branch),
            Column(translate("programs", "Gaps to close"), _gaps,
                   sort_key=lambda m: -sum(g.target - g.current for g in m.gaps),
                   tooltip=_gaps),
            Column(translate("programs", "Preferred mentors"), lambda m: ", ".join(m.preferred_names),
                   sort_key=lambda m: len(m.preferred_names) or None),
            Column(translate("programs", "Status"), lambda m: status_text(m.status, m.reason),
                   sort_key=lambda m: _status_sort(m.status),
                   tooltip=lambda m: reason_text(m.reason)),
            Column(translate("programs", "Waiting since"),
                   lambda m: fmt_date(m.waitlisted_since) if m.status == "waitlisted" else "",
                   sort_key=lambda m: m.waitlisted_since if m.status == "waitlisted" else None),
        ], parent)
