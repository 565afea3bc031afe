"""Believable running relationships for the demo file.

Everything is written through the relationship use cases, so the demo obeys
the same hard rules as real use (no self-pairing, no management line, mentor
capacity) and cannot contain data the app would refuse. The whole demo is one
transaction: a failure leaves the file as it was. The same rng seed and
`today` give the same relationships, meetings, goals and check-ins.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from . import relationships as rules
from .errors import ValidationError
from .i18n import gettext as _
from .matching.scoring import management_chain
from .models import DEFAULT_CAPACITY
from .services import relationships as svc
from .storage import people_repo, programs_repo
from .storage import relationships_repo as repo
from .storage.database import Database

GOAL_TITLES = (
    "Lead a cross-team project from kick-off to delivery",
    "Present quarterly results to the management team",
    "Build a network outside my own department",
    "Give structured feedback to colleagues",
    "Prepare for a team lead role",
    "Negotiate a supplier contract",
    "Improve planning and prioritisation",
    "Write a clear business case",
    "Coach a new colleague through onboarding",
    "Run effective meetings",
)
TOPICS = (
    "Career direction", "Stakeholder management", "Feedback conversation", "Project planning",
    "Presentation rehearsal", "Work-life balance", "Networking", "Difficult conversation",
    "Review of goals", "Decision making",
)
COMMENTS = (
    "Good conversations, I leave every meeting with something concrete.",
    "We need to be stricter about keeping our appointments.",
    "The goals feel realistic now.",
    "Hard to find time this month.",
    "Very open and honest exchange.",
)


@dataclass(frozen=True)
class _Plan:
    """How one demo relationship should look: age, fate, and how reliably it meets."""

    age_days: int
    closure: str | None = None        # None: still active
    closed_after_days: int | None = None
    stalled_days: int = 0             # no meetings in the last N days


def _plans(months: int) -> list[_Plan]:
    length = (rules.add_months(dt.date(2001, 1, 1), months) - dt.date(2001, 1, 1)).days
    plans = [
        _Plan(age_days=length + 40, closure="completed", closed_after_days=length),
        _Plan(age_days=length + 25, closure="completed", closed_after_days=length),
        _Plan(age_days=240, closure="ended_early_by_agreement", closed_after_days=130),
    ]
    # 17 active ones from ten months old down to two weeks: every stage is represented.
    ages = [304, 285, 262, 240, 218, 196, 175, 155, 135, 115, 96, 78, 62, 46, 32, 21, 14]
    for i, age in enumerate(ages):
        plans.append(_Plan(age_days=age, stalled_days=55 if i == 6 else 0))
    return plans


def _choose_plans(plans: list[_Plan], mentees: int) -> list[_Plan]:
    """With few mentees, keep a spread of ages and show closed relationships only if there is room."""
    if mentees >= len(plans):
        return plans
    closed = [p for p in plans if p.closure]
    active = [p for p in plans if not p.closure]
    keep_closed = closed if mentees >= 8 else []
    n_active = max(0, mentees - len(keep_closed))
    if n_active == 0:
        return keep_closed
    step = (len(active) - 1) / max(1, n_active - 1)
    return keep_closed + [active[round(i * step)] for i in range(n_active)]


def _outcome(rng: random.Random, unreliable: bool) -> str:
    weights = ({"held": 50, "missed_by_mentor": 35, "missed_by_mentee": 5, "rescheduled_by_mentor": 5,
                "rescheduled_by_mentee": 3, "cancelled": 2} if unreliable else
               {"held": 82, "missed_by_mentor": 4, "missed_by_mentee": 5, "rescheduled_by_mentor": 3,
                "rescheduled_by_mentee": 3, "cancelled": 3})
    return rng.choices(list(weights), weights=list(weights.values()))[0]


def _pick_pairs(db: Database, mentors: list[str], mentees: list[str], rng: random.Random,
                count: int) -> list[tuple[str, str]]:
    """Greedy but rule-abiding: each mentee gets the first allowed mentor in a shuffled order."""
    load = {m: repo.active_count_for_mentor(db, m) for m in mentors}
    capacity = {}
    for m in mentors:
        profile = people_repo.mentor_profile(db, m)
        capacity[m] = profile.capacity if profile else DEFAULT_CAPACITY
    managers = people_repo.managers(db)
    pairs: list[tuple[str, str]] = []
    for mentee in mentees:
        if len(pairs) >= count:
            break
        options = sorted(mentors, key=lambda m: (load[m], rng.random()))
        for mentor in options:
            if mentor == mentee or load[mentor] >= capacity[mentor]:
                continue
            if mentor in management_chain(mentee, managers) or mentee in management_chain(mentor, managers):
                continue
            if repo.active_between(db, mentor, mentee):
                continue
            pairs.append((mentor, mentee))
            load[mentor] += 1
            break
    return pairs


def add_demo_relationships(db: Database, program_id: str, rng: random.Random,
                           today: dt.date | None = None) -> list[str]:
    """Create about 20 relationships with history in the program; returns their ids."""
    today = today or dt.date.today()
    created: list[str] = []
    with db.transaction():
        program = programs_repo.get_program(db, program_id)
        if program is None:
            raise ValidationError(_("The demo program does not exist."))
        people = repo.accepted_participants(db, program_id)
        mentors = [p["person_id"] for p in people if p["role"] == "mentor"]
        mentees = [p["person_id"] for p in people if p["role"] == "mentee"]
        rng.shuffle(mentees)
        months, cadence = program.relationship_months, program.cadence
        competencies = [c["id"] for c in people_repo.competency_catalogue(db)]
        plans = _choose_plans(_plans(months), len(mentees))
        # Closed ones are created first and closed at once, so they free their mentor's place as in life.
        closed_plans = [p for p in plans if p.closure]
        active_plans = [p for p in plans if not p.closure]
        remaining = list(mentees)
        bad_mentor: str | None = None
        closed_mentors: set[str] = set()
        for plan_group in (closed_plans, active_plans):
            pairs = _pick_pairs(db, mentors, remaining, rng, len(plan_group))
            if plan_group is closed_plans:
                closed_mentors = {m for m, _ in pairs}
            elif pairs:
                # One mentor who often misses meetings in every relationship they have, for HR to spot;
                # one without a finished relationship, whose good record would hide the habit.
                candidates = [m for m, _ in pairs if m not in closed_mentors] or [pairs[0][0]]
                bad_mentor = candidates[min(3, len(candidates) - 1)]
            for plan, (mentor, mentee) in zip(plan_group, pairs, strict=False):
                remaining.remove(mentee)
                rel_id = _build(db, plan, program_id, mentor, mentee, cadence, months, competencies, rng, today,
                                unreliable=(mentor == bad_mentor))
                created.append(rel_id)
    return created


@dataclass(frozen=True)
class _Run:
    """One demo relationship being written: its dates and the shared generator.

    Every phase below draws from `rng` in a fixed order (stages, goals, meetings, goal
    reviews, check-ins), so a seed always makes the same company: keep that order."""

    db: Database
    rel: str
    plan: _Plan
    start: dt.date
    length: int  # days from start to planned end
    elapsed: int  # days lived so far (to the end or today)
    last_day: dt.date  # the last day anything happened
    mode: str
    rng: random.Random
    today: dt.date


def _build(db: Database, plan: _Plan, program_id: str, mentor: str, mentee: str, cadence: str, months: int,
           competencies: list[str], rng: random.Random, today: dt.date, unreliable: bool) -> str:
    """One relationship with a believable history, from its plan (age, stall, closure)."""
    start = today - dt.timedelta(days=plan.age_days)
    mode = rng.choice(("in_person", "in_person", "video", "video", "phone"))
    rel = svc.start_relationship(db, mentor, mentee, program_id=program_id, start=start, months=months,
                                 cadence=cadence, mode=mode)
    planned_end = rules.add_months(start, months)
    end = start + dt.timedelta(days=plan.closed_after_days) if plan.closed_after_days else today
    run = _Run(db, rel, plan, start, (planned_end - start).days, (min(end, today) - start).days,
               min(end, today - dt.timedelta(days=1)), mode, rng, today)
    _advance_stages(run)
    goal_ids = _add_goals(run, competencies)
    _add_meetings(run, cadence, goal_ids, unreliable)
    _review_goals(run, goal_ids)
    _add_checkins(run, unreliable)
    _close(run)
    return rel


def _advance_stages(run: _Run) -> None:
    """Stages move on roughly every fifth of the planned length."""
    target = min(rules.LAST_STAGE, 1 + int(5 * run.elapsed / run.length))
    previous = run.start
    for stage in range(2, target + 1):
        began = run.start + dt.timedelta(days=(stage - 1) * run.length // 5 + run.rng.randint(0, 6))
        previous = min(max(began, previous), run.last_day)
        svc.advance_stage(run.db, run.rel, stage, previous)


def _add_goals(run: _Run, competencies: list[str]) -> list[str]:
    """Two or three goals, set in the first weeks, most linked to a competency."""
    rng = run.rng
    goal_ids: list[str] = []
    for title in rng.sample(GOAL_TITLES, rng.randint(2, 3)):
        due = run.start + dt.timedelta(days=rng.randint(run.length // 3, run.length))
        comp = rng.choice(competencies) if competencies and rng.random() < 0.6 else None
        goal_ids.append(svc.add_goal(run.db, run.rel, title, success_measure="Agreed with the mentor at the review",
                                     due_date=due, competency_id=comp))
    return goal_ids


def _add_meetings(run: _Run, cadence: str, goal_ids: list[str], unreliable: bool) -> None:
    """Meetings following the cadence until a stalled pair stopped meeting; a rescheduled
    one is held a few days later."""
    rng, db, rel, mode, today = run.rng, run.db, run.rel, run.mode, run.today
    stalled_from = today - dt.timedelta(days=run.plan.stalled_days) if run.plan.stalled_days else None
    for day in rules.planned_meeting_dates(run.start, cadence, run.last_day):
        if stalled_from and day >= stalled_from:
            break
        outcome = _outcome(rng, unreliable)
        held = outcome == "held"
        discussed = rng.sample(goal_ids, k=rng.randint(0, min(2, len(goal_ids)))) if held else []
        svc.log_meeting(db, rel, day, rng.randrange(45, 95, 5) if held else 0, outcome, mode=mode,
                        time=rng.choice(("08:30", "09:00", "12:30", "16:00")),
                        with_notice=outcome.startswith("resched") or outcome == "cancelled" or rng.random() < 0.4,
                        topics=rng.choice(TOPICS) if held else "", goals_discussed=discussed, today=today)
        if outcome.startswith("rescheduled"):
            moved = day + dt.timedelta(days=rng.randint(2, 5))
            if moved <= run.last_day:
                svc.log_meeting(db, rel, moved, rng.randrange(45, 95, 5), "held", mode=mode,
                                topics=rng.choice(TOPICS), today=today)


def _review_goals(run: _Run, goal_ids: list[str]) -> None:
    """Goal progress, reviewed about every two months; a closing settles what is left."""
    rng, plan = run.rng, run.plan
    fraction = min(1.0, run.elapsed / run.length)
    for gid in goal_ids:
        progress = 0
        review = run.start + dt.timedelta(days=45)
        while review <= run.last_day:
            progress = min(100, progress + rng.randint(15, 40))
            status = "achieved" if progress >= 100 else "in_progress"
            svc.update_goal(run.db, gid, status=status, progress=progress, note=f"Reviewed on {review.isoformat()}")
            if status == "achieved":
                break
            review += dt.timedelta(days=60)
        if plan.closure == "completed" and progress < 100:
            svc.update_goal(run.db, gid, status="achieved" if rng.random() < 0.7 else "dropped",
                            note="Closing review")
        elif plan.closure and progress < 100 and fraction < 0.9:
            svc.update_goal(run.db, gid, status="dropped", note="Relationship ended early")


def _add_checkins(run: _Run, unreliable: bool) -> None:
    """Monthly check-ins from both sides; a few are skipped so some fall overdue."""
    rng, last_day = run.rng, run.last_day
    day = run.start + dt.timedelta(days=rules.FIRST_CHECKIN_AFTER_DAYS)
    while day <= last_day:
        for role in rules.ROLES:
            if rng.random() < 0.15:
                continue
            low = 2 if unreliable and role == "mentee" else 3
            scores = {k: rng.randint(low, 5) for k in rules.CHECKIN_QUESTIONS if rng.random() < 0.95}
            if not scores:
                continue
            comments = {}
            if rng.random() < 0.3:
                comments[rng.choice(list(rules.CHECKIN_QUESTIONS))] = rng.choice(COMMENTS)
            svc.record_checkin(run.db, run.rel, role, day + dt.timedelta(days=rng.randint(0, 3)) if
                               day + dt.timedelta(days=3) <= last_day else day, scores, comments, today=run.today)
        day += dt.timedelta(days=rules.CHECKIN_INTERVAL_DAYS)


def _close(run: _Run) -> None:
    """Close a relationship its plan ends: completed with a summary, or ended early."""
    plan, db, rel = run.plan, run.db, run.rel
    if not plan.closure:
        return
    closed_on = run.start + dt.timedelta(days=plan.closed_after_days or 0)
    if plan.closure == "completed":
        svc.close(db, rel, "completed", "", "We reached what we set out to do and will stay in touch.", closed_on)
        svc.set_hr_summary(db, rel, "Completed as planned; both would recommend the program.")
    else:
        svc.close(db, rel, plan.closure, "The mentee moved to a new role with a different focus.",
                  "Useful while it lasted.", closed_on)
