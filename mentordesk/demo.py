"""A believable demo company, so a new user sees MentorDesk working before importing real data.

About 120 people across three branches (Rotterdam, Madrid, Kraków) with names in
several languages, a management tree, ~25 competencies in five categories, and one
program with mentor and mentee applicants. Deterministic for a given seed.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from .clock import today as _today
from .models import MentorProfile, Person, PortraitEntry, Program
from .storage import people_repo, programs_repo, rows
from .storage.database import Database

COMPETENCIES: dict[str, list[str]] = {
    "Leadership": ["Coaching", "Delegation", "Giving feedback", "Strategic thinking", "Change management"],
    "Commercial": ["Negotiation", "Key accounts", "Pricing", "Presentation skills", "Customer insight"],
    "Operations": ["Process design", "Project management", "Lean", "Supply planning", "Quality"],
    "Digital": ["Excel", "Data analysis", "SQL", "Automation", "Cybersecurity awareness"],
    "People": ["Communication", "Conflict resolution", "Intercultural skills", "Hiring", "HR tools"],
}

BRANCHES = {
    "Rotterdam": {
        "langs": ["nl", "en"],
        "first": ["Anneke", "Joost", "Sanne", "Pieter", "Femke", "Bram", "Lotte", "Daan", "Eva", "Thijs",
                  "Noor", "Sem", "Zoë", "Ruben", "Mila", "Youssef", "Fatima", "Lucas"],
        "last": ["de Vries", "Bakker", "Jansen", "Visser", "Smit", "Meijer", "de Boer", "Mulder",
                 "van Dijk", "Bos", "El Amrani", "van der Berg", "Hoekstra"],
    },
    "Madrid": {
        "langs": ["es", "en"],
        "first": ["María José", "Carlos", "Lucía", "Javier", "Carmen", "Álvaro", "Inés", "Sergio",
                  "Begoña", "Íñigo", "Elena", "Raúl", "Nuria", "Andrés"],
        "last": ["Núñez", "Ruiz", "García", "Fernández", "López", "Martín", "Sánchez", "Jiménez",
                 "Peña", "Muñoz", "Ibáñez", "Castaño"],
    },
    "Kraków": {
        "langs": ["pl", "en"],
        "first": ["Małgorzata", "Łukasz", "Agnieszka", "Paweł", "Zofia", "Wojciech", "Katarzyna",
                  "Michał", "Dmitri", "Αλέξανδρος", "Olena", "Grzegorz"],
        "last": ["Kowalska", "Wiśniewski", "Wójcik", "Kamińska", "Lewandowski", "Zieliński",
                 "Szymańska", "Dąbrowski", "Nowak", "Papadopoulos", "Kozak"],
    },
}

DEPARTMENTS = {
    "Sales": ["Account Manager", "Sales Representative", "Key Account Manager"],
    "Operations": ["Planner", "Operations Specialist", "Process Engineer"],
    "Finance": ["Financial Analyst", "Controller", "Accountant"],
    "HR": ["HR Specialist", "Recruiter", "HR Business Partner"],
    "IT": ["Developer", "Data Analyst", "IT Support Specialist"],
}

_ASCII = str.maketrans("áéíóúñçüöëïäÁÉÍÓÚÑłŁąęśźżćńóÓŚŻ", "aeiouncuoeiaAEIOUNlLaeszzcnoOSZ")


_LATIN = {"Αλέξανδρος": "Alexandros"}


def _email(first: str, last: str, taken: set[str]) -> str:
    first = _LATIN.get(first, first)
    base = f"{first}.{last}".lower().replace(" ", "").translate(_ASCII)
    base = "".join(ch for ch in base if ch.isascii() and (ch.isalnum() or ch == ".")).strip(".") or "person"
    email, n = f"{base}@example.com", 2
    while email in taken:
        email, n = f"{base}{n}@example.com", n + 1
    taken.add(email)
    return email


def build_people(rng: random.Random, count: int = 120, today: date | None = None) -> list[Person]:
    """People with a management tree: a CEO, a head per branch, managers per department, staff."""
    today = today or _today()
    all_comps = [c for names in COMPETENCIES.values() for c in names]
    people: list[Person] = []
    taken: set[str] = set()
    n = 0

    def make(branch: str, dept: str, title: str, manager: str | None, years: tuple[int, int]) -> Person:
        nonlocal n
        n += 1
        info = BRANCHES[branch]
        first, last = rng.choice(info["first"]), rng.choice(info["last"])
        hire = today - timedelta(days=rng.randint(years[0] * 365, years[1] * 365))
        langs = list(info["langs"])
        if rng.random() < 0.2:
            langs.append(rng.choice(["de", "fr", "pt", "ar", "uk"]))
        seniority = (today - hire).days / 365
        portrait = []
        for comp in rng.sample(all_comps, rng.randint(3, 6)):
            current = min(5, max(0, int(rng.gauss(1.5 + seniority / 5, 1))))
            target = min(5, current + rng.choice([0, 1, 1, 2, 2])) if current < 5 else None
            portrait.append(PortraitEntry(comp, current, target))
        return Person(
            employee_id=f"E{n:04d}", name=f"{first} {last}", email=_email(first, last, taken),
            department=dept, branch=branch, title=title, manager_employee_id=manager,
            hire_date=hire, languages=tuple(dict.fromkeys(langs)), portrait=tuple(portrait),
        )

    ceo = make("Rotterdam", "Management", "Chief Executive Officer", None, (12, 20))
    people.append(ceo)
    per_branch = max(6, (count - 1) // len(BRANCHES))
    for branch in BRANCHES:
        head = make(branch, "Management", f"Branch Director {branch}", ceo.employee_id, (8, 15))
        people.append(head)
        managers = {}
        for dept in DEPARTMENTS:
            m = make(branch, dept, f"Head of {dept}", head.employee_id, (5, 12))
            managers[dept] = m.employee_id
            people.append(m)
        for _ in range(per_branch - 1 - len(DEPARTMENTS)):
            dept = rng.choice(list(DEPARTMENTS))
            people.append(make(branch, dept, rng.choice(DEPARTMENTS[dept]), managers[dept], (0, 10)))
    return people[:count] if count >= 1 + len(BRANCHES) * (1 + len(DEPARTMENTS)) else people


#: `file_meta` key marking a demo company's file (not a setting: it stays with this file, never merged).
DEMO_MARK = "demo_company"


def is_demo(db: Database) -> bool:
    """Whether `db` is a demo company's file (the window says so in a banner while it is open)."""
    from .storage import file_meta

    return file_meta.get(db.conn, DEMO_MARK) == "1"


def fill_demo(db: Database, seed: int = 7, today: date | None = None) -> str:
    """Fill an empty file with the demo company; returns the demo program's id. One transaction.

    The phases draw from one seeded generator in a fixed order, so a seed always makes
    the same company (tests and screenshots rely on it): keep that order when editing."""
    rng = random.Random(seed)
    today = today or _today()
    people = build_people(rng, today=today)
    with db.transaction() as conn:
        _refuse_non_empty(db)
        from .storage import file_meta

        file_meta.set_value(conn, DEMO_MARK, "1")
        ids = _add_people(conn, people, today)
        program_id = programs_repo.insert_program(conn, _demo_program(today))
        _add_mentors(conn, rng, people, ids, program_id, today)
        _add_mentees(conn, db, rng, people, ids, program_id, today)
        try:
            from .demo_relationships import add_demo_relationships
        except ImportError:  # pragma: no cover - relationships ship with the app
            add_demo_relationships = None
        if add_demo_relationships is not None:
            add_demo_relationships(db, program_id, rng, today)
        _waitlist_some(conn, db, program_id, today)
    return program_id


def _refuse_non_empty(db: Database) -> None:
    """The demo never mixes with a real company's people."""
    if people_repo.count_people(db):
        from .errors import ValidationError
        from .i18n import gettext
        raise ValidationError(gettext("This file already holds people; the demo goes into a new, empty file."))


def _add_people(conn, people: list[Person], today: date) -> dict[str, str]:
    """The competency catalogue, then everyone with a portrait assessed 200 days ago; ids by employee ID."""
    for category, names in COMPETENCIES.items():
        for name in names:
            people_repo.ensure_competency(conn, name, category)
    ids: dict[str, str] = {}
    for p in people:
        pid = people_repo.insert_person(conn, p)
        ids[p.employee_id] = pid
        people_repo.record_portrait(conn, pid, p.portrait, (today - timedelta(days=200)).isoformat())
    return ids


def _demo_program(today: date) -> Program:
    """One program that started 320 days ago, so every stage of a relationship shows."""
    return Program(
        name="Growing Leaders 2026",
        purpose="Help high-potential employees grow into their first leadership role.",
        business_goal="Fill 60 % of team-lead vacancies from within by 2027 and keep first-year "
                      "leaver rates under 10 %.",
        kind="one_to_one", delivery="mixed", start_date=today - timedelta(days=320),
        end_date=today + timedelta(days=200), relationship_months=9, cadence="fortnightly",
        max_mentees=40,
        match_settings={"branch_preference": "none", "prefer_cross_department": True},
    )


_MOTIVATIONS = [
    "I had a great mentor early on and want to pass that on.",
    "I enjoy helping people find their own answers.",
    "Teaching others keeps me sharp; I learn as much as I give.",
    "I want to help new colleagues settle in faster than I did.",
]


def _add_mentors(conn, rng: random.Random, people: list[Person], ids: dict[str, str], program_id: str,
                 today: date) -> None:
    """Up to 24 people hired over five years ago, with profiles, mostly accepted."""
    seniors = [p for p in people if p.hire_date and (today - p.hire_date).days > 5 * 365]
    for p in rng.sample(seniors, min(24, len(seniors))):
        pid = ids[p.employee_id]
        people_repo.save_mentor_profile(conn, MentorProfile(
            person_id=pid, willing=True, motivation=rng.choice(_MOTIVATIONS),
            capacity=rng.choice([1, 2, 2, 3]), availability=rng.choice(["Mornings", "Afternoons", "Flexible"]),
            recognition=rng.choice(["Counts towards leadership objectives", "Extra training budget", ""]),
        ))
        rows.update(conn, "people", pid, {"role": "mentor"})
        status = rng.choice(["accepted"] * 5 + ["applied"])
        rows.insert(conn, "participants", {
            "program_id": program_id, "person_id": pid, "role": "mentor", "status": status,
            "applied_at": (today - timedelta(days=rng.randint(330, 360))).isoformat() + "T09:00:00.000000Z",
        })


def _add_mentees(conn, db: Database, rng: random.Random, people: list[Person], ids: dict[str, str],
                 program_id: str, today: date) -> None:
    """Up to 40 people hired under four years ago, some naming mentors they would like."""
    juniors = [p for p in people if p.hire_date and (today - p.hire_date).days < 4 * 365]
    mentor_ids = {p.person_id for p in programs_repo.participants(db, program_id, "mentor")}
    mentors = [p for p in people if ids[p.employee_id] in mentor_ids]
    for p in rng.sample(juniors, min(40, len(juniors))):
        pid = ids[p.employee_id]
        rows.update(conn, "people", pid, {"role": "mentee"})
        prefs = [ids[m.employee_id] for m in rng.sample(mentors, min(len(mentors), rng.randint(0, 3)))]
        applied = today - timedelta(days=rng.randint(300, 360))
        rows.insert(conn, "participants", {
            "program_id": program_id, "person_id": pid, "role": "mentee",
            "status": rng.choice(["accepted"] * 4 + ["applied"]),
            "applied_at": applied.isoformat() + "T09:00:00.000000Z", "preferred": prefs,
        })


def _waitlist_some(conn, db: Database, program_id: str, today: date) -> None:
    """A few applicants still wait: the waiting list is part of every real program."""
    paired = {r.mentee_id for r in _relationships(db, program_id)}
    waiting = [p for p in programs_repo.participants(db, program_id, "mentee")
               if p.person_id not in paired and p.status == "accepted"][:4]
    reasons = ["Every suitable mentor is full.", "No mentor shares a language with them.",
               "Every suitable mentor is full.", "Waiting for a mentor in their branch."]
    for days, (participant, reason) in zip((75, 40, 21, 9), zip(waiting, reasons, strict=False), strict=False):
        programs_repo.update_participant(conn, participant.id, {
            "status": "waitlisted", "reason": reason,
            "waitlisted_since": (today - timedelta(days=days)).isoformat() + "T09:00:00.000000Z"})


def _relationships(db: Database, program_id: str):
    try:
        from .services.relationships import list_relationships
    except ImportError:  # pragma: no cover
        return []
    return list_relationships(db, program_id=program_id)
