"""Table models for the Programs screen: the program list, the mentor pool, the mentees.

They are `RecordTableModel`s: the columns are declared here once, the records
come from services (`programs`, `mentor_pool`) and are never edited in place.
Labels for stored codes (kind, status, ...) are translated here so every screen
that shows them says the same words.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt

from mentordesk.clock import parse_iso
from mentordesk.models import Program
from mentordesk.services.mentor_pool import MenteeNeeds, MentorEvidence

from .table import Column, RecordTableModel

DASH = "—"


def _t(text: str) -> str:
    return QCoreApplication.translate("programs", text)


# Each label is spelled out so lupdate finds it.
def kind_labels() -> dict[str, str]:
    return {"one_to_one": _t("One-to-one"), "group": _t("Group"), "reverse": _t("Reverse"),
            "peer": _t("Peer"), "job_shadowing": _t("Job shadowing")}


def delivery_labels() -> dict[str, str]:
    return {"in_person": _t("In person"), "digital": _t("Digital"), "mixed": _t("Mixed")}


def cadence_labels() -> dict[str, str]:
    return {"weekly": _t("Weekly"), "fortnightly": _t("Fortnightly"), "monthly": _t("Monthly")}


def status_labels() -> dict[str, str]:
    return {"applied": _t("Applied"), "accepted": _t("Accepted"), "waitlisted": _t("Waitlisted"),
            "declined": _t("Declined"), "withdrawn": _t("Withdrawn")}


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
    return QLocale().toString(QDate(value.year, value.month, value.day), QLocale.ShortFormat)


def fmt_period(start: date | None, end: date | None) -> str:
    if not start and not end:
        return ""
    return _t("{0} – {1}").format(fmt_date(start) or "…", fmt_date(end) or "…")


def fmt_months(start: date | None, end: date | None) -> str:
    """A short period for narrow lists ('Jan 2026 – Jun 2027'); the details show full dates."""
    if not start and not end:
        return ""

    def month(d: date | None) -> str:
        return QLocale().toString(QDate(d.year, d.month, 1), "MMM yyyy") if d else "…"

    return _t("{0} – {1}").format(month(start), month(end))


def fmt_percent(rate: float | None) -> str:
    if rate is None:
        return DASH
    return QLocale().toString(round(rate * 100)) + QLocale().percent()


def status_text(status: str, reason: str) -> str:
    label = status_labels().get(status, status)
    return f"{label}: {reason}" if reason else label


def _status_sort(status: str) -> int:
    order = ("applied", "waitlisted", "accepted", "declined", "withdrawn")
    return order.index(status) if status in order else len(order)


class ProgramListModel(RecordTableModel[Program]):
    """Programs on the left of the screen: name, kind, dates."""

    def __init__(self, parent=None) -> None:
        super().__init__([
            Column(_t("Name"), lambda p: p.name, tooltip=lambda p: p.purpose),
            Column(_t("Kind"), lambda p: kind_labels().get(p.kind, p.kind)),
            Column(_t("Dates"), lambda p: fmt_months(p.start_date, p.end_date),
                   sort_key=lambda p: p.start_date.isoformat() if p.start_date else None),
        ], parent)


def _attendance(m: MentorEvidence) -> str:
    if m.attendance_rate is None:
        return DASH
    return _t("{0} ({1} of {2})").format(fmt_percent(m.attendance_rate), QLocale().toString(m.meetings_held),
                                         QLocale().toString(m.meetings_held + m.meetings_missed))


def _willing(m: MentorEvidence) -> str:
    flag = DASH if m.willing is None else (_t("Yes") if m.willing else _t("No"))
    return f"{flag} — {m.motivation}" if m.motivation else flag


def _seniority(m: MentorEvidence) -> str:
    return DASH if m.seniority_years is None else QLocale().toString(m.seniority_years, "f", 1)


class MentorPoolModel(RecordTableModel[MentorEvidence]):
    """One row per applicant mentor: the evidence HR weighs before accepting them."""

    def __init__(self, parent=None) -> None:
        right = Qt.AlignRight
        # The decisive facts come first; the long motivation comes last, where the column stretches.
        super().__init__([
            Column(_t("Name"), lambda m: m.name),
            Column(_t("Status"), lambda m: status_text(m.status, m.reason), sort_key=lambda m: _status_sort(m.status),
                   tooltip=lambda m: m.reason),
            Column(_t("Capacity"), lambda m: QLocale().toString(m.capacity), sort_key=lambda m: m.capacity,
                   align=right),
            Column(_t("Free"), lambda m: QLocale().toString(m.free_capacity), sort_key=lambda m: m.free_capacity,
                   align=right, tooltip=lambda m: _t("Capacity {0} minus {1} active mentees").format(
                       QLocale().toString(m.capacity), QLocale().toString(m.active_mentees))),
            Column(_t("Attendance"), _attendance, sort_key=lambda m: m.attendance_rate, align=right,
                   tooltip=lambda m: _t("Meetings held, of those held or missed by the mentor, "
                                        "in every relationship they mentored")),
            Column(_t("Years"), _seniority, sort_key=lambda m: m.seniority_years, align=right),
            Column(_t("Expertise"), lambda m: ", ".join(m.expertise), tooltip=lambda m: ", ".join(m.expertise)),
            Column(_t("Department"), lambda m: m.department),
            Column(_t("Branch"), lambda m: m.branch),
            Column(_t("Title"), lambda m: m.title),
            Column(_t("Recognition"), lambda m: m.recognition, tooltip=lambda m: m.recognition),
            Column(_t("Willing / motivation"), _willing, tooltip=lambda m: m.motivation),
        ], parent)


def _gaps(m: MenteeNeeds) -> str:
    return ", ".join(f"{g.competency} {QLocale().toString(g.current)}→{QLocale().toString(g.target)}"
                     for g in m.gaps)


class MenteesModel(RecordTableModel[MenteeNeeds]):
    """One row per mentee applicant: what they want to learn and whom they asked for."""

    def __init__(self, parent=None) -> None:
        super().__init__([
            Column(_t("Name"), lambda m: m.name),
            Column(_t("Department"), lambda m: m.department),
            Column(_t("Branch"), lambda m: m.branch),
            Column(_t("Gaps to close"), _gaps, sort_key=lambda m: -sum(g.target - g.current for g in m.gaps),
                   tooltip=_gaps),
            Column(_t("Preferred mentors"), lambda m: ", ".join(m.preferred_names),
                   sort_key=lambda m: len(m.preferred_names) or None),
            Column(_t("Status"), lambda m: status_text(m.status, m.reason), sort_key=lambda m: _status_sort(m.status),
                   tooltip=lambda m: m.reason),
            Column(_t("Waiting since"), lambda m: fmt_date(m.waitlisted_since) if m.status == "waitlisted" else "",
                   sort_key=lambda m: m.waitlisted_since if m.status == "waitlisted" else None),
        ], parent)
