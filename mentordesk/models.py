"""Plain domain records passed between storage, services, the CLI and the UI."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from .capacity import DEFAULT_CAPACITY as DEFAULT_CAPACITY  # the one default, see there
from .vocabulary import DELIVERY_NAMES, PROGRAM_CADENCE_NAMES, PROGRAM_KIND_NAMES

ROLES = ("mentor", "mentee", "both", "none")
#: A program's codes with their English words, which live (marked for translation) in
#: `mentordesk.vocabulary`; say them with `vocabulary.said`, never `gettext` (they have a context).
PROGRAM_KINDS = PROGRAM_KIND_NAMES
DELIVERIES = DELIVERY_NAMES
CADENCES = PROGRAM_CADENCE_NAMES
PARTICIPANT_STATUSES = ("applied", "accepted", "waitlisted", "declined", "withdrawn")


@dataclass(frozen=True)
class PortraitEntry:
    """The latest assessment of one competency for one person."""

    competency: str
    current: int
    target: int | None = None
    category: str = ""
    assessed_at: str = ""

    @property
    def gap(self) -> int:
        return max(0, (self.target or 0) - self.current)


@dataclass(slots=True)  # no __dict__: the People screen holds 50,000 of these
class Person:
    employee_id: str
    name: str
    email: str
    department: str = ""
    branch: str = ""
    title: str = ""
    manager_employee_id: str | None = None
    hire_date: date | None = None
    languages: tuple[str, ...] = ()
    notes: str = ""
    role: str = "none"
    archived: bool = False
    mentor_capacity: int | None = None
    portrait: tuple[PortraitEntry, ...] = ()
    id: str = ""
    updated_at: str = ""
    competency_names: str = field(default="", compare=False)  # for searching



#: Mentors a mentee may name as wishes: the enrolment's check, the mentor pool and the window's picker.
MAX_PREFERRED = 3


@dataclass
class MentorProfile:
    person_id: str
    willing: bool = True
    motivation: str = ""
    capacity: int = DEFAULT_CAPACITY
    availability: str = ""
    recognition: str = ""
    id: str = ""


@dataclass
class Program:
    name: str
    purpose: str = ""
    business_goal: str = ""
    kind: str = "one_to_one"
    delivery: str = "in_person"
    start_date: date | None = None
    end_date: date | None = None
    relationship_months: int = 9
    cadence: str = "fortnightly"
    max_mentees: int | None = None
    archived: bool = False
    match_settings: dict = field(default_factory=dict)
    # What one kind needs (see mentordesk/program_kinds.py); None or '' for the other kinds.
    group_size: int | None = None  # group: mentees in one mentor's group
    sessions: int | None = None  # group: sessions the group meets
    expertise: str = ""  # reverse: the competency the junior teaches
    host: str = ""  # job shadowing: who hosts the visits (a team, department or person)
    visits: int | None = None  # job shadowing: number of visits
    visit_hours: int | None = None  # job shadowing: length of one visit in hours
    id: str = ""
    updated_at: str = ""


@dataclass
class Participant:
    id: str
    program_id: str
    person_id: str
    name: str
    role: str
    status: str
    reason: str
    applied_at: str
    department: str = ""
    branch: str = ""
    capacity: int | None = None
    active_mentees: int = 0
    preferred: tuple[str, ...] = ()
    waitlisted_since: str | None = None

    @property
    def free_capacity(self) -> int | None:
        return None if self.capacity is None else max(0, self.capacity - self.active_mentees)
