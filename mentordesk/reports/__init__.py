"""PDF reports (reportlab) rendered from plain dataclasses -- no Qt, no SQL,
so they can be tested and batch-rendered in worker processes."""

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
