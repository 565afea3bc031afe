"""Relationship use cases for the window and the CLI: one import for all of them.

The rules themselves live in `mentordesk.relationships` (pure); the services check input
against the file, turn rule failures into ValidationError with sentences an HR manager
can act on, and make every user action exactly one transaction so a refused action
leaves nothing half-written. They are split by what they change: `relationship_lifecycle`
(start, stages, extend, close), `goals`, `meetings`, `checkins`, `relationship_reading`,
`attention` and `attendance`; this module re-exports them so existing imports keep working.
"""

from __future__ import annotations

from .. import relationships as rules  # noqa: F401  (callers reach the rules through here too)
from .attendance import (  # noqa: F401
    hours_by_mentor,
    hours_by_program,
    hours_by_relationship,
    person_attendance,
    program_id_by_name,
)
from .attention import (  # noqa: F401
    _SEVERITY_ORDER,
    ATTENTION_KINDS,
    _item_key,
    attention_list,
    snooze,
)
from .checkins import (  # noqa: F401
    delete_checkin,
    record_checkin,
)
from .goals import (  # noqa: F401
    _UNSET,
    _goal_problems,
    add_goal,
    delete_goal,
    reassess_competency,
    update_goal,
)
from .meetings import (  # noqa: F401
    _meeting_problems,
    count_meetings,
    delete_meeting,
    log_meeting,
    update_meeting,
)
from .relationship_base import (  # noqa: F401
    _TIME_RE,
    DEFAULT_CADENCE,
    DEFAULT_CAPACITY,
    DEFAULT_MONTHS,
    MAX_DAYS_AHEAD,
    MAX_MEETING_MINUTES,
    STATUSES,
    WAITING_KIND,
    WAITING_LONG_DAYS,
    _fmt,
    _load_rel,
    _require_date,
)
from .relationship_lifecycle import (  # noqa: F401
    advance_stage,
    close,
    closure_counts,
    extend,
    pairing_problems,
    set_hr_summary,
    start_relationship,
)
from .relationship_reading import (  # noqa: F401
    HEALTH_LABELS,
    _checkin_record,
    _goal_record,
    _meeting_record,
    _snapshot,
    _snapshots,
    _summary,
    active_relationships_of,
    archived_warnings,
    get_relationship,
    goals_by_relationship,
    linked_relationships,
    list_relationships,
)
