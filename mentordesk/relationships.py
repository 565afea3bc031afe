"""Domain rules for a running mentoring relationship (one import for all of them).

Everything here is pure: plain dates, plain dataclasses, no database and no Qt,
so the rules can be tested exhaustively and reused by the CLI, the GUI and the
report generator without any of them disagreeing about what "overdue" means.
The rules live by concern in `mentordesk.relationship_rules` (vocabulary, stages,
schedule, meetings, check-ins, health, attention, record dates); this module re-exports them so
`from mentordesk import relationships as rules` keeps working everywhere.
"""

from __future__ import annotations

from .relationship_rules.attention import (  # noqa: F401
    ATTENTION_KINDS,
    ENDING_SOON_DAYS,
    MENTOR_MISS_RATE_THRESHOLD,
    MIN_COUNTED_FOR_MISS_RATE,
    SEVERITIES,
    AttentionItem,
    _sort_key,
    attention_items,
)
from .relationship_rules.checkins import (  # noqa: F401
    CHECKIN_INTERVAL_DAYS,
    CHECKIN_PREREQUISITES,
    CHECKIN_PROGRESS_QUESTIONS,
    CHECKIN_QUESTIONS,
    FIRST_CHECKIN_AFTER_DAYS,
    SCALE_MAX,
    SCALE_MIN,
    CheckinState,
    checkin_average,
    checkin_due_dates,
    overdue_checkins,
)
from .relationship_rules.health import (  # noqa: F401
    AT_RISK_ATTENDANCE,
    AT_RISK_SCORE,
    HEALTH_LABELS,
    MIN_COUNTED_FOR_RATE,
    NEEDS_CHECKIN_ATTENDANCE,
    TOO_EARLY_DAYS,
    CheckinRecord,
    GoalRecord,
    RelationshipSnapshot,
    _latest_checkin_per_role,
    archived_sentence,
    goals_past_due,
    health,
    last_held,
)
from .relationship_rules.meetings import (  # noqa: F401
    Attendance,
    MeetingRecord,
    _HasOutcome,
    _HasOutcomeAndMinutes,
    attendance,
    mentoring_hours,
    person_miss_rate,
)
from .relationship_rules.records import (  # noqa: F401
    FUTURE_OUTCOMES,
    MAX_DAYS_AHEAD,
    RECORD_KINDS,
    closed_problem,
    happened_by,
    meeting_date_problems,
)
from .relationship_rules.schedule import (  # noqa: F401
    MAX_LENGTH_MONTHS,
    Extension,
    _zone,
    add_cadence,
    add_months,
    days_since_last_meeting,
    extend,
    local_dates,
    match_window_days,
    no_meeting_alert,
    no_meeting_deadline,
    overdue_planned,
    planned_meeting_dates,
    planned_meeting_datetimes,
)
from .relationship_rules.stages import (  # noqa: F401
    StageChangeError,
    validate_stage_change,
)
from .relationship_rules.vocabulary import (  # noqa: F401
    ACTIVE_STATUS,
    CADENCE_DAYS,
    CADENCES,
    CLOSURE_OUTCOMES,
    COUNTED_OUTCOMES,
    ENDED_OUTCOMES,
    FINISHED_GOAL_STATUSES,
    FIRST_STAGE,
    GOAL_STATUSES,
    LAST_STAGE,
    MODES,
    OUTCOMES,
    REPLACED_OUTCOME,
    ROLES,
    STAGES,
    _check_cadence,
    _check_outcome,
    _check_role,
    _fmt,
    is_completed,
    is_ended_early,
    is_replaced,
    stage_name,
)
