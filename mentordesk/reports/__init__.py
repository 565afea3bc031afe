"""PDF reports (reportlab) rendered from plain dataclasses -- no Qt, no SQL,
so they can be tested and batch-rendered in worker processes."""

from reportlab import rl_config as _rl_config

# Set before reportlab.graphics is first imported: attribute validation on
# chart shapes and ASCII85-wrapping of streams cost ~20% of render time and
# buy nothing for code that builds its shapes correctly (binary streams are
# also smaller).
_rl_config.shapeChecking = 0
_rl_config.useA85 = 0

from .batch import build_batch
from .data import (
    STAGE_NAMES,
    AttentionItem,
    BreakdownRow,
    CheckIn,
    CompetencyGrowth,
    Goal,
    GoalStatus,
    Meeting,
    MeetingOutcome,
    Person,
    ProgramReportData,
    RelationshipReportData,
    RelationshipStatus,
    ReportOptions,
    Respondent,
)
from .program import build_program_report
from .relationship import build_relationship_report
from .styles import escape_text

__all__ = [
    "STAGE_NAMES", "AttentionItem", "BreakdownRow", "CheckIn", "CompetencyGrowth", "Goal", "GoalStatus",
    "Meeting", "MeetingOutcome", "Person", "ProgramReportData", "RelationshipReportData", "RelationshipStatus",
    "ReportOptions", "Respondent", "build_batch", "build_program_report", "build_relationship_report",
    "escape_text",
]
