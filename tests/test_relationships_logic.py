"""Tests for mentordesk.relationships: pure rules, no database, no Qt."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

# Like the other test modules: run from a bare checkout without installing the package.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from mentordesk import relationships as r  # noqa: E402
from mentordesk.relationships import (  # noqa: E402
    CheckinRecord,
    GoalRecord,
    MeetingRecord,
    RelationshipSnapshot,
)

D = dt.date
AMS = ZoneInfo("Europe/Amsterdam")


def M(day: dt.date, outcome: str = "held", minutes: int | None = 60) -> MeetingRecord:
    return MeetingRecord(date=day, outcome=outcome, minutes=minutes)


def snap(**kw) -> RelationshipSnapshot:
    base = dict(
        id="r1", mentor_id="p-alice", mentor_name="Alice", mentee_id="p-bob", mentee_name="Bob",
        start=D(2026, 1, 5), planned_end=D(2026, 12, 31), cadence="weekly", status="active",
    )
    base.update(kw)
    return RelationshipSnapshot(**base)


# ---------------------------------------------------------------------------
# Vocabularies
# ---------------------------------------------------------------------------

def test_stage_names_and_unknown_stage():
    assert r.stage_name(1) == "Getting to know each other"
    assert r.stage_name(5) == "Transition"
    assert [n for n, _ in r.STAGES] == [1, 2, 3, 4, 5]
    with pytest.raises(ValueError):
        r.stage_name(6)
    with pytest.raises(ValueError):
        r.stage_name(0)


def test_vocabularies_have_expected_keys_and_labels():
    assert set(r.CADENCES) == {"weekly", "fortnightly", "monthly"}
    assert set(r.MODES) == {"in_person", "video", "phone", "chat"}
    assert list(r.OUTCOMES) == [
        "held", "missed_by_mentor", "missed_by_mentee",
        "rescheduled_by_mentor", "rescheduled_by_mentee", "cancelled",
    ]
    assert all(label.strip() for label in r.OUTCOMES.values())
    assert set(r.GOAL_STATUSES) == {"open", "in_progress", "achieved", "dropped"}
    assert r.HEALTH_LABELS == {
        "on_track": "On track", "needs_checkin": "Needs a check-in",
        "at_risk": "At risk", "too_early": "Too early to tell",
    }


# ---------------------------------------------------------------------------
# Closure outcomes
# ---------------------------------------------------------------------------

def test_only_completed_is_completed():
    assert r.is_completed("completed") is True
    for outcome in ("ended_early_by_agreement", "mentor_withdrew", "mentee_withdrew"):
        assert r.is_completed(outcome) is False
        assert r.is_ended_early(outcome) is True
    assert r.is_ended_early("completed") is False
    assert set(r.CLOSURE_OUTCOMES) == {
        "completed", "ended_early_by_agreement", "mentor_withdrew", "mentee_withdrew",
    }


def test_unknown_closure_outcome_raises_rather_than_guessing():
    with pytest.raises(ValueError):
        r.is_completed("complete")
    with pytest.raises(ValueError):
        r.is_ended_early("finished")


# ---------------------------------------------------------------------------
# Stage rules
# ---------------------------------------------------------------------------

DATES = {1: D(2026, 1, 5), 2: D(2026, 2, 1), 3: D(2026, 3, 1)}


def test_stage_forward_one_step_is_allowed():
    r.validate_stage_change(2, 3, DATES, status="active")  # no exception


def test_staying_on_same_stage_is_allowed():
    r.validate_stage_change(2, 2, {1: D(2026, 1, 5), 2: D(2026, 2, 1)}, status="active")


def test_stage_cannot_skip_ahead():
    with pytest.raises(r.StageChangeError, match="one at a time"):
        r.validate_stage_change(1, 3, DATES, status="active")


def test_stage_cannot_go_backwards_without_hr_correction():
    with pytest.raises(r.StageChangeError, match="backwards"):
        r.validate_stage_change(3, 2, DATES, status="active")


def test_hr_correction_allows_going_backwards():
    r.validate_stage_change(3, 1, DATES, status="active", hr_correction=True)


def test_stage_start_before_previous_stage_is_rejected():
    dates = {1: D(2026, 1, 5), 2: D(2026, 2, 1), 3: D(2026, 1, 31)}
    with pytest.raises(r.StageChangeError, match="before stage 2"):
        r.validate_stage_change(2, 3, dates, status="active")


def test_stage_start_on_same_day_as_previous_is_allowed():
    dates = {1: D(2026, 1, 5), 2: D(2026, 2, 1), 3: D(2026, 2, 1)}
    r.validate_stage_change(2, 3, dates, status="active")


def test_forward_move_needs_a_date_for_the_new_stage():
    with pytest.raises(r.StageChangeError, match="date stage 3"):
        r.validate_stage_change(2, 3, {1: D(2026, 1, 5), 2: D(2026, 2, 1)}, status="active")


@pytest.mark.parametrize("status", ["paused", "closed"])
def test_stage_change_requires_active_relationship(status):
    with pytest.raises(r.StageChangeError, match="active"):
        r.validate_stage_change(2, 3, DATES, status=status)


def test_stage_change_rejects_unknown_stage_numbers():
    with pytest.raises(r.StageChangeError):
        r.validate_stage_change(5, 6, {6: D(2026, 5, 1)}, status="active")


def test_stage_change_reports_all_problems_together():
    dates = {1: D(2026, 1, 5), 2: D(2026, 2, 1), 3: D(2026, 1, 1)}
    with pytest.raises(r.StageChangeError) as info:
        r.validate_stage_change(1, 3, dates, status="active")
    assert len(info.value.problems) == 2


# ---------------------------------------------------------------------------
# Cadence: month ends, leap years
# ---------------------------------------------------------------------------

def test_monthly_from_jan_31_clamps_and_keeps_anchor_day_leap_year():
    got = r.planned_meeting_dates(D(2024, 1, 31), "monthly", D(2024, 5, 31))
    assert got == [D(2024, 1, 31), D(2024, 2, 29), D(2024, 3, 31), D(2024, 4, 30), D(2024, 5, 31)]


def test_monthly_from_jan_31_non_leap_year_and_over_new_year():
    got = r.planned_meeting_dates(D(2025, 1, 31), "monthly", D(2025, 3, 31))
    assert got == [D(2025, 1, 31), D(2025, 2, 28), D(2025, 3, 31)]
    got = r.planned_meeting_dates(D(2025, 11, 30), "monthly", D(2026, 2, 28))
    assert got == [D(2025, 11, 30), D(2025, 12, 30), D(2026, 1, 30), D(2026, 2, 28)]


def test_fortnightly_over_february_in_leap_year():
    got = r.planned_meeting_dates(D(2024, 2, 1), "fortnightly", D(2024, 3, 14))
    assert got == [D(2024, 2, 1), D(2024, 2, 15), D(2024, 2, 29), D(2024, 3, 14)]


def test_fortnightly_over_february_in_non_leap_year():
    got = r.planned_meeting_dates(D(2025, 2, 1), "fortnightly", D(2025, 3, 15))
    assert got == [D(2025, 2, 1), D(2025, 2, 15), D(2025, 3, 1), D(2025, 3, 15)]


def test_until_is_inclusive_and_before_start_gives_nothing():
    assert r.planned_meeting_dates(D(2026, 1, 5), "weekly", D(2026, 1, 12)) == [D(2026, 1, 5), D(2026, 1, 12)]
    assert r.planned_meeting_dates(D(2026, 1, 5), "weekly", D(2026, 1, 11)) == [D(2026, 1, 5)]
    assert r.planned_meeting_dates(D(2026, 1, 5), "weekly", D(2026, 1, 4)) == []


def test_extensions_push_the_planned_meetings_out():
    ext = r.extend(D(2026, 1, 19), D(2026, 2, 2), "More time", start=D(2026, 1, 5))
    got = r.planned_meeting_dates(D(2026, 1, 5), "weekly", D(2026, 1, 19), [ext])
    assert got[-1] == D(2026, 2, 2)
    assert len(got) == 5
    # Bare dates work too; an "extension" earlier than until never shortens.
    assert r.planned_meeting_dates(D(2026, 1, 5), "weekly", D(2026, 1, 19), [D(2026, 1, 12)])[-1] == D(2026, 1, 19)


def test_unknown_cadence_raises():
    with pytest.raises(ValueError):
        r.planned_meeting_dates(D(2026, 1, 5), "daily", D(2026, 2, 1))


@given(
    start=st.dates(min_value=D(2000, 1, 1), max_value=D(2090, 12, 31)),
    months=st.integers(min_value=0, max_value=40),
)
def test_monthly_property_day_is_anchor_clamped(start, months):
    until = r.add_months(start, months)
    got = r.planned_meeting_dates(start, "monthly", until)
    assert len(got) == months + 1
    for i, d in enumerate(got):
        y, m = divmod(start.year * 12 + start.month - 1 + i, 12)
        assert (d.year, d.month) == (y, m + 1)
        last = (D(y + (m + 1) // 12, (m + 1) % 12 + 1, 1) - dt.timedelta(days=1)).day
        assert d.day == min(start.day, last)


@given(
    start=st.dates(min_value=D(2000, 1, 1), max_value=D(2090, 12, 31)),
    span=st.integers(min_value=0, max_value=800),
    cadence=st.sampled_from(["weekly", "fortnightly"]),
)
def test_day_cadence_property_fixed_gaps_and_inclusive_end(start, span, cadence):
    until = start + dt.timedelta(days=span)
    got = r.planned_meeting_dates(start, cadence, until)
    step = r.CADENCE_DAYS[cadence]
    assert got[0] == start
    assert all((b - a).days == step for a, b in zip(got, got[1:], strict=False))
    assert got[-1] <= until < got[-1] + dt.timedelta(days=step)


# ---------------------------------------------------------------------------
# Cadence across DST (Europe/Amsterdam: 2026-03-29 and 2026-10-25)
# ---------------------------------------------------------------------------

def test_weekly_across_march_dst_stays_on_mondays():
    got = r.planned_meeting_dates(D(2026, 3, 23), "weekly", D(2026, 4, 20))
    assert got == [D(2026, 3, 23), D(2026, 3, 30), D(2026, 4, 6), D(2026, 4, 13), D(2026, 4, 20)]
    assert all(d.weekday() == 0 for d in got)


def test_weekly_datetimes_keep_wall_clock_time_across_march_dst():
    got = r.planned_meeting_datetimes(D(2026, 3, 23), "weekly", D(2026, 4, 6), dt.time(9, 0), "Europe/Amsterdam")
    assert [x.hour for x in got] == [9, 9, 9]
    assert [x.utcoffset() for x in got] == [dt.timedelta(hours=1), dt.timedelta(hours=2), dt.timedelta(hours=2)]
    utc = [x.astimezone(dt.UTC) for x in got]
    assert [x.hour for x in utc] == [8, 7, 7]
    assert r.local_dates(utc, AMS) == [D(2026, 3, 23), D(2026, 3, 30), D(2026, 4, 6)]


def test_weekly_datetimes_keep_wall_clock_time_across_october_dst():
    got = r.planned_meeting_datetimes(D(2026, 10, 19), "weekly", D(2026, 11, 2), dt.time(9, 0), AMS)
    assert [x.date() for x in got] == [D(2026, 10, 19), D(2026, 10, 26), D(2026, 11, 2)]
    assert all(x.date().weekday() == 0 and x.hour == 9 for x in got)
    assert [x.utcoffset() for x in got] == [dt.timedelta(hours=2), dt.timedelta(hours=1), dt.timedelta(hours=1)]


def test_local_dates_converts_utc_back_to_the_local_day_around_dst():
    # 00:30 on a Monday local time is still Sunday in UTC on both sides of each switch.
    march = dt.datetime(2026, 3, 30, 0, 30, tzinfo=AMS).astimezone(dt.UTC)
    october = dt.datetime(2026, 10, 26, 0, 30, tzinfo=AMS).astimezone(dt.UTC)
    assert march.date() == D(2026, 3, 29) and october.date() == D(2026, 10, 25)
    assert r.local_dates([march, october], "Europe/Amsterdam") == [D(2026, 3, 30), D(2026, 10, 26)]


def test_local_dates_refuses_naive_datetimes():
    with pytest.raises(ValueError, match="time zone"):
        r.local_dates([dt.datetime(2026, 3, 30, 9, 0)], AMS)


# ---------------------------------------------------------------------------
# Overdue planned meetings
# ---------------------------------------------------------------------------

PLANNED = [D(2026, 1, 5), D(2026, 1, 12), D(2026, 1, 19), D(2026, 1, 26)]


def test_planned_meeting_without_log_is_overdue():
    logged = [D(2026, 1, 5), D(2026, 1, 19)]
    assert r.overdue_planned(PLANNED, logged, D(2026, 1, 27), cadence="weekly") == [D(2026, 1, 12), D(2026, 1, 26)]


def test_today_and_future_planned_meetings_are_not_overdue():
    assert r.overdue_planned(PLANNED, [], D(2026, 1, 19), cadence="weekly") == [D(2026, 1, 5), D(2026, 1, 12)]


def test_log_within_half_a_cadence_satisfies_the_planned_date():
    assert r.match_window_days("weekly") == 3
    # 3 days late counts, 4 days late does not.
    assert r.overdue_planned([D(2026, 1, 5)], [D(2026, 1, 8)], D(2026, 1, 20), cadence="weekly") == []
    assert r.overdue_planned([D(2026, 1, 5)], [D(2026, 1, 9)], D(2026, 1, 20), cadence="weekly") == [D(2026, 1, 5)]
    # Early counts too.
    assert r.overdue_planned([D(2026, 1, 5)], [D(2026, 1, 2)], D(2026, 1, 20), cadence="weekly") == []


def test_each_log_satisfies_only_one_planned_date():
    # Fortnightly window is 7 days: Jan 8 is within reach of both Jan 1 and Jan 15.
    planned = [D(2026, 1, 1), D(2026, 1, 15)]
    assert r.overdue_planned(planned, [D(2026, 1, 8)], D(2026, 1, 30), cadence="fortnightly") == [D(2026, 1, 15)]
    assert r.overdue_planned(planned, [D(2026, 1, 8), D(2026, 1, 8)], D(2026, 1, 30), cadence="fortnightly") == []


def test_logs_after_today_do_not_satisfy_anything():
    assert r.overdue_planned([D(2026, 1, 5)], [D(2026, 1, 7)], D(2026, 1, 6), cadence="weekly") == [D(2026, 1, 5)]


@given(
    offsets=st.lists(st.integers(min_value=0, max_value=120), max_size=20),
    today_offset=st.integers(min_value=0, max_value=150),
)
def test_overdue_property_logging_every_planned_date_clears_all(offsets, today_offset):
    start = D(2026, 1, 5)
    planned = r.planned_meeting_dates(start, "weekly", start + dt.timedelta(days=120))
    today = start + dt.timedelta(days=today_offset)
    logged = [start + dt.timedelta(days=o) for o in offsets]
    overdue = r.overdue_planned(planned, logged, today, cadence="weekly")
    assert set(overdue) <= set(planned)
    assert all(p < today for p in overdue)
    assert len(overdue) >= sum(p < today for p in planned) - len([x for x in logged if x <= today])
    assert r.overdue_planned(planned, planned, today, cadence="weekly") == []


def _max_matching(planned, logs, window):
    """Brute-force reference: augmenting-path bipartite matching."""
    owner: dict[int, int] = {}

    def try_assign(i, seen):
        for j, log in enumerate(logs):
            if abs((log - planned[i]).days) <= window and j not in seen:
                seen.add(j)
                if j not in owner or try_assign(owner[j], seen):
                    owner[j] = i
                    return True
        return False

    return sum(try_assign(i, set()) for i in range(len(planned)))


@given(
    offsets=st.lists(st.integers(min_value=0, max_value=70), max_size=10),
    cadence=st.sampled_from(["weekly", "fortnightly"]),
)
def test_overdue_property_greedy_matches_as_many_as_possible(offsets, cadence):
    start = D(2026, 1, 5)
    today = start + dt.timedelta(days=71)
    planned = r.planned_meeting_dates(start, cadence, start + dt.timedelta(days=70))
    logged = [start + dt.timedelta(days=o) for o in offsets]
    overdue = r.overdue_planned(planned, logged, today, cadence=cadence)
    assert len(planned) - len(overdue) == _max_matching(planned, logged, r.match_window_days(cadence))


# ---------------------------------------------------------------------------
# Days since last meeting / no-meeting alert
# ---------------------------------------------------------------------------

def test_days_since_last_meeting():
    assert r.days_since_last_meeting(D(2026, 1, 5), D(2026, 1, 19)) == 14
    assert r.days_since_last_meeting(None, D(2026, 1, 19)) is None


def test_no_meeting_alert_boundary_weekly():
    start = D(2026, 1, 1)
    assert r.no_meeting_alert(D(2026, 1, 5), start, "weekly", D(2026, 1, 19)) is False
    assert r.no_meeting_alert(D(2026, 1, 5), start, "weekly", D(2026, 1, 20)) is True


def test_no_meeting_alert_counts_from_start_when_nothing_held():
    start = D(2026, 1, 1)
    assert r.no_meeting_alert(None, start, "fortnightly", D(2026, 1, 29)) is False
    assert r.no_meeting_alert(None, start, "fortnightly", D(2026, 1, 30)) is True


def test_no_meeting_alert_monthly_uses_calendar_months():
    start = D(2026, 1, 1)
    assert r.no_meeting_alert(D(2026, 1, 31), start, "monthly", D(2026, 3, 31)) is False
    assert r.no_meeting_alert(D(2026, 1, 31), start, "monthly", D(2026, 4, 1)) is True


# ---------------------------------------------------------------------------
# Attendance and hours
# ---------------------------------------------------------------------------

def test_attendance_counts_and_rate_ignore_rescheduled_and_cancelled():
    ms = [M(D(2026, 1, d), o) for d, o in [
        (5, "held"), (12, "held"), (19, "missed_by_mentor"), (26, "missed_by_mentee"),
        (27, "rescheduled_by_mentor"), (28, "rescheduled_by_mentee"), (29, "cancelled"), (30, "cancelled"),
    ]]
    a = r.attendance(ms)
    assert (a.held, a.missed_by_mentor, a.missed_by_mentee) == (2, 1, 1)
    assert (a.rescheduled_by_mentor, a.rescheduled_by_mentee, a.cancelled) == (1, 1, 2)
    assert a.rate == pytest.approx(0.5)


def test_counted_outcomes_exclude_rescheduled_and_cancelled():
    assert r.COUNTED_OUTCOMES == {"held", "missed_by_mentor", "missed_by_mentee"}
    assert r.attendance([M(D(2026, 1, 5), o) for o in r.OUTCOMES]).counted == 3


def test_attendance_rate_is_none_without_counted_meetings():
    assert r.attendance([]).rate is None
    assert r.attendance([M(D(2026, 1, 5), "cancelled"), M(D(2026, 1, 6), "rescheduled_by_mentee")]).rate is None


def test_attendance_rejects_unknown_outcome():
    with pytest.raises(ValueError):
        r.attendance([M(D(2026, 1, 5), "no_show")])


def test_missed_by_mentor_counts_against_mentor_only():
    ms = [M(D(2026, 1, 5)), M(D(2026, 1, 12)), M(D(2026, 1, 19), "missed_by_mentor"),
          M(D(2026, 1, 26), "rescheduled_by_mentee"), M(D(2026, 1, 27), "cancelled")]
    assert r.person_miss_rate(ms, "mentor") == pytest.approx(1 / 3)
    assert r.person_miss_rate(ms, "mentee") == 0


def test_missed_by_mentee_counts_against_mentee_only():
    ms = [M(D(2026, 1, 5), "missed_by_mentee"), M(D(2026, 1, 12), "missed_by_mentee"), M(D(2026, 1, 19))]
    assert r.person_miss_rate(ms, "mentee") == pytest.approx(2 / 3)
    assert r.person_miss_rate(ms, "mentor") == 0


def test_person_miss_rate_none_and_bad_role():
    assert r.person_miss_rate([], "mentor") is None
    with pytest.raises(ValueError):
        r.person_miss_rate([], "hr")


def test_mentoring_hours_counts_held_meetings_only():
    ms = [M(D(2026, 1, 5), "held", 60), M(D(2026, 1, 12), "missed_by_mentor", 60),
          M(D(2026, 1, 19), "rescheduled_by_mentee", 45), M(D(2026, 1, 26), "cancelled", 30),
          M(D(2026, 1, 27), "held", 30), M(D(2026, 1, 28), "held", None)]
    assert r.mentoring_hours(ms) == pytest.approx(1.5)
    assert r.mentoring_hours([]) == 0


def test_mentoring_hours_rejects_negative_minutes():
    with pytest.raises(ValueError):
        r.mentoring_hours([M(D(2026, 1, 5), "held", -10)])


# ---------------------------------------------------------------------------
# Check-ins
# ---------------------------------------------------------------------------

def test_checkin_questions_keys_and_texts():
    assert r.CHECKIN_QUESTIONS == {
        "value_received": "Is the mentee getting tangible value?",
        "value_given": "Does the mentor feel they give solid value?",
        "meeting_as_planned": "Are you meeting as often as planned?",
        "goals_on_track": "Are you meeting your stated goals?",
        "trust_respect": "Trust and respect",
        "open_communication": "Open communication",
        "regular_meetings_clear_goals": "Regular meetings and clear goals",
        "responsibilities": "Responsibilities understood",
    }
    assert (r.SCALE_MIN, r.SCALE_MAX) == (1, 5)


def test_checkin_average_and_scale_validation():
    assert r.checkin_average({"value_received": 4, "value_given": 2}) == 3
    assert r.checkin_average({}) is None
    with pytest.raises(ValueError):
        r.checkin_average({"value_received": 6})
    with pytest.raises(ValueError):
        r.checkin_average({"value_received": 0})
    with pytest.raises(ValueError):
        r.checkin_average({"mood": 3})


def test_checkin_due_dates_monthly_default():
    assert r.checkin_due_dates(D(2026, 1, 1), D(2026, 3, 2)) == [D(2026, 1, 31), D(2026, 3, 2)]
    assert r.checkin_due_dates(D(2026, 1, 1), D(2026, 1, 30)) == []
    assert r.checkin_due_dates(D(2026, 1, 1), D(2026, 1, 20), interval_days=7, first_after=7) == [
        D(2026, 1, 8), D(2026, 1, 15)]


def test_first_checkin_overdue_only_after_first_due_date():
    start = D(2026, 1, 1)
    on_due = r.overdue_checkins(start, {}, D(2026, 1, 31))
    assert on_due["mentor"].overdue is False and on_due["mentor"].since is None
    late = r.overdue_checkins(start, {}, D(2026, 2, 1))
    assert late["mentor"].overdue and late["mentee"].overdue
    assert late["mentor"].since == D(2026, 1, 31)


def test_checkin_overdue_is_per_role_and_counts_from_latest():
    start = D(2026, 1, 1)
    got = r.overdue_checkins(start, {"mentor": [D(2026, 1, 20), D(2026, 2, 25)], "mentee": [D(2026, 1, 20)]},
                             D(2026, 3, 10))
    assert got["mentor"].overdue is False
    assert got["mentor"].due == D(2026, 3, 27)
    assert got["mentee"].overdue is True
    assert got["mentee"].since == D(2026, 2, 19)


def test_checkin_overdue_rejects_unknown_role():
    with pytest.raises(ValueError):
        r.overdue_checkins(D(2026, 1, 1), {"manager": []}, D(2026, 3, 1))


# ---------------------------------------------------------------------------
# Health
# ---------------------------------------------------------------------------

TODAY = D(2026, 3, 2)  # 56 days after the default start (2026-01-05)


def healthy(**kw) -> RelationshipSnapshot:
    meetings = tuple(M(d) for d in r.planned_meeting_dates(D(2026, 1, 5), "weekly", TODAY))
    checkins = (CheckinRecord(D(2026, 2, 20), "mentor", 4.5), CheckinRecord(D(2026, 2, 21), "mentee", 4.0))
    goals = (GoalRecord("Present at all-hands", D(2026, 4, 1), "in_progress"),
             GoalRecord("Read the style guide", D(2026, 2, 1), "achieved"),
             GoalRecord("Learn SQL", D(2026, 2, 1), "dropped"))
    base = dict(meetings=meetings, checkins=checkins, goals=goals)
    base.update(kw)
    return snap(**base)


def test_health_on_track():
    assert r.health(healthy(), TODAY) == ("on_track", [])


def test_health_too_early_without_data():
    label, reasons = r.health(snap(), D(2026, 1, 25))
    assert label == "too_early"
    assert reasons and "20 days" in reasons[0]


def test_health_not_too_early_at_30_days_or_with_data():
    assert r.health(snap(), D(2026, 2, 4))[0] != "too_early"
    label, _ = r.health(snap(meetings=(M(D(2026, 1, 5), "missed_by_mentor"),)), D(2026, 1, 25))
    assert label != "too_early"


def test_health_needs_checkin_when_checkin_overdue():
    rel = healthy(checkins=(CheckinRecord(D(2026, 2, 20), "mentor", 4.5),
                            CheckinRecord(D(2026, 1, 20), "mentee", 4.0)))
    label, reasons = r.health(rel, TODAY)
    assert label == "needs_checkin"
    assert any("mentee" in s and "check-in" in s for s in reasons)


def test_health_needs_checkin_when_goal_past_due():
    rel = healthy(goals=(GoalRecord("Shadow a sales call", D(2026, 2, 15), "open"),))
    label, reasons = r.health(rel, TODAY)
    assert label == "needs_checkin"
    assert any("Shadow a sales call" in s for s in reasons)


def test_health_needs_checkin_when_attendance_below_75_percent():
    # 8 planned Mondays + today's; make 3 of 9 missed -> 67%.
    base = list(healthy().meetings)
    for i in (1, 3, 5):
        base[i] = M(base[i].date, "missed_by_mentee")
    label, reasons = r.health(healthy(meetings=tuple(base)), TODAY)
    assert label == "needs_checkin"
    assert any("67%" in s for s in reasons)


def test_health_at_risk_when_attendance_below_half():
    base = list(healthy().meetings)
    for i in range(0, 8):
        if i % 2 == 0 or i == 7:
            base[i] = M(base[i].date, "missed_by_mentor")
    a = r.attendance(base)
    assert a.rate < 0.5
    assert r.health(healthy(meetings=tuple(base)), TODAY)[0] == "at_risk"


def test_health_at_risk_on_low_checkin_score_boundary():
    at = healthy(checkins=(CheckinRecord(D(2026, 2, 20), "mentor", 4.5), CheckinRecord(D(2026, 2, 21), "mentee", 2.5)))
    label, reasons = r.health(at, TODAY)
    assert label == "at_risk"
    assert any("mentee" in s and "2.5" in s for s in reasons)
    above = healthy(checkins=(CheckinRecord(D(2026, 2, 20), "mentor", 4.5),
                              CheckinRecord(D(2026, 2, 21), "mentee", 2.6)))
    assert r.health(above, TODAY)[0] == "on_track"


def test_health_uses_latest_checkin_score_only():
    rel = healthy(checkins=(CheckinRecord(D(2026, 1, 25), "mentee", 1.0),
                            CheckinRecord(D(2026, 2, 21), "mentee", 4.0),
                            CheckinRecord(D(2026, 2, 20), "mentor", 4.5)))
    assert r.health(rel, TODAY)[0] == "on_track"


def test_health_at_risk_when_no_meeting_in_twice_the_cadence():
    meetings = tuple(m for m in healthy().meetings if m.date <= D(2026, 2, 9))
    label, reasons = r.health(healthy(meetings=meetings), TODAY)
    assert label == "at_risk"
    assert any("No meeting held for 21 days" in s for s in reasons)


def test_health_at_risk_lists_lesser_concerns_too():
    meetings = tuple(m for m in healthy().meetings if m.date <= D(2026, 2, 9))
    rel = healthy(meetings=meetings, goals=(GoalRecord("Shadow a sales call", D(2026, 2, 15), "open"),))
    label, reasons = r.health(rel, TODAY)
    assert label == "at_risk"
    assert "No meeting" in reasons[0]
    assert any("Shadow a sales call" in s for s in reasons)


# ---------------------------------------------------------------------------
# Attention items
# ---------------------------------------------------------------------------

def kinds(items):
    return sorted(i.kind for i in items)


def test_attention_nothing_for_a_healthy_relationship():
    assert r.attention_items([healthy()], TODAY) == []


def test_attention_no_meeting():
    meetings = tuple(m for m in healthy().meetings if m.date <= D(2026, 2, 9))
    items = r.attention_items([healthy(meetings=meetings)], TODAY)
    assert kinds(items) == ["no_meeting"]
    item = items[0]
    assert item.relationship_id == "r1" and item.person_id is None
    assert item.severity == "high"
    assert item.due == D(2026, 2, 23)
    assert "Alice & Bob" in item.title


def test_attention_checkin_overdue_per_role():
    rel = healthy(checkins=(CheckinRecord(D(2026, 2, 20), "mentor", 4.5),))
    items = r.attention_items([rel], TODAY)
    assert kinds(items) == ["checkin_overdue"]
    assert items[0].title.startswith("Mentee check-in overdue")
    assert items[0].due == D(2026, 2, 4)
    assert "Bob" in items[0].detail


def test_attention_goal_past_due_excludes_achieved_and_dropped():
    rel = healthy(goals=(GoalRecord("Open goal", D(2026, 2, 1), "open"),
                         GoalRecord("Busy goal", D(2026, 2, 2), "in_progress"),
                         GoalRecord("Done goal", D(2026, 2, 1), "achieved"),
                         GoalRecord("Dropped goal", D(2026, 2, 1), "dropped"),
                         GoalRecord("Due today", TODAY, "open"),
                         GoalRecord("No due date", None, "open")))
    items = r.attention_items([rel], TODAY)
    assert [i.title for i in items] == ["Goal past due: Open goal", "Goal past due: Busy goal"]


def test_attention_ending_within_30_days():
    assert kinds(r.attention_items([healthy(planned_end=TODAY + dt.timedelta(days=30))], TODAY)) == ["ending_soon"]
    assert kinds(r.attention_items([healthy(planned_end=TODAY)], TODAY)) == ["ending_soon"]
    assert r.attention_items([healthy(planned_end=TODAY + dt.timedelta(days=31))], TODAY) == []


def test_attention_past_planned_end_while_still_active():
    items = r.attention_items([healthy(planned_end=TODAY - dt.timedelta(days=1))], TODAY)
    assert kinds(items) == ["past_planned_end"]


def test_attention_ignores_closed_relationships_except_for_miss_rate():
    rel = snap(status="closed", planned_end=TODAY, meetings=(), checkins=())
    assert r.attention_items([rel], TODAY) == []


def _with_misses(rel_id: str, held: int, missed: int, status: str = "active", mentor_id: str = "p-alice"):
    ms = [M(D(2026, 1, 5) + dt.timedelta(days=i), "held") for i in range(held)]
    ms += [M(D(2026, 1, 5) + dt.timedelta(days=held + i), "missed_by_mentor") for i in range(missed)]
    ms.append(M(TODAY, "rescheduled_by_mentor"))  # not counted either way
    return snap(id=rel_id, mentor_id=mentor_id, status=status, meetings=tuple(ms))


def _miss_items(rels, **kw):
    return [i for i in r.attention_items(rels, TODAY, **kw) if i.kind == "mentor_miss_rate"]


def test_mentor_miss_rate_exactly_at_threshold_is_not_flagged():
    assert _miss_items([_with_misses("r1", held=4, missed=1)]) == []  # 1/5 = 20%


def test_mentor_miss_rate_just_above_threshold_is_flagged():
    items = _miss_items([_with_misses("r1", held=7, missed=2)])  # 2/9 = 22%
    assert len(items) == 1
    assert items[0].person_id == "p-alice" and items[0].relationship_id is None
    assert "Alice" in items[0].title
    assert "2 of 9" in items[0].detail


def test_mentor_miss_rate_threshold_is_configurable_and_decimal_exact():
    rel = _with_misses("r1", held=71, missed=29)  # exactly 29%
    assert _miss_items([rel], mentor_miss_rate_threshold=0.29) == []
    assert len(_miss_items([rel], mentor_miss_rate_threshold=0.28)) == 1


def test_mentor_miss_rate_needs_three_counted_meetings():
    assert _miss_items([_with_misses("r1", held=0, missed=2)]) == []
    assert len(_miss_items([_with_misses("r1", held=0, missed=3)])) == 1


def test_mentor_miss_rate_aggregates_across_relationships_including_closed():
    # 1/5 (at threshold) plus 1/2 in a closed one (too few alone) -> 2/7 = 29%: only pooled is it flagged.
    a = _with_misses("r1", held=4, missed=1)
    b = _with_misses("r2", held=1, missed=1, status="closed")
    assert _miss_items([a]) == [] and _miss_items([b]) == []
    items = _miss_items([a, b])
    assert len(items) == 1 and "2 of 7" in items[0].detail
    # A different mentor's misses are not pooled.
    other = _with_misses("r3", held=1, missed=1, mentor_id="p-carol")
    assert _miss_items([_with_misses("r1", held=4, missed=1), other]) == []


def test_mentee_misses_do_not_count_against_the_mentor():
    ms = tuple([M(TODAY - dt.timedelta(days=i), "missed_by_mentee") for i in range(1, 6)] + [M(TODAY)])
    assert _miss_items([snap(meetings=ms)]) == []


def test_attention_sorted_by_severity_then_due_date():
    stale = tuple(m for m in healthy().meetings if m.date <= D(2026, 2, 9))
    rels = [
        healthy(id="r1", planned_end=TODAY + dt.timedelta(days=5)),                          # low
        healthy(id="r2", goals=(GoalRecord("Later goal", D(2026, 2, 20), "open"),)),         # medium, Feb 20
        healthy(id="r3", goals=(GoalRecord("Earlier goal", D(2026, 2, 10), "open"),)),       # medium, Feb 10
        healthy(id="r4", meetings=stale),                                                    # high
    ]
    items = r.attention_items(rels, TODAY)
    assert [(i.severity, i.relationship_id) for i in items] == [
        ("high", "r4"), ("medium", "r3"), ("medium", "r2"), ("low", "r1")]


# ---------------------------------------------------------------------------
# Extensions
# ---------------------------------------------------------------------------

def test_extend_valid_returns_cleaned_extension():
    ext = r.extend(D(2026, 6, 30), D(2026, 9, 30), "  Mentee changed role  ", start=D(2026, 1, 5))
    assert ext == r.Extension(D(2026, 6, 30), D(2026, 9, 30), "Mentee changed role")


def test_extend_new_end_must_be_after_current():
    with pytest.raises(ValueError, match="after"):
        r.extend(D(2026, 6, 30), D(2026, 6, 30), "x", start=D(2026, 1, 5))
    with pytest.raises(ValueError, match="after"):
        r.extend(D(2026, 6, 30), D(2026, 5, 1), "x", start=D(2026, 1, 5))


def test_extend_requires_reason():
    with pytest.raises(ValueError, match="reason"):
        r.extend(D(2026, 6, 30), D(2026, 9, 30), "   ", start=D(2026, 1, 5))


def test_extend_total_length_at_most_24_months():
    start = D(2026, 1, 31)
    assert r.extend(D(2026, 12, 31), D(2028, 1, 31), "ok", start=start).new_end == D(2028, 1, 31)
    with pytest.raises(ValueError, match="24 months"):
        r.extend(D(2026, 12, 31), D(2028, 2, 1), "too long", start=start)
