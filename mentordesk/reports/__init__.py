"""PDF reports (reportlab) rendered from plain dataclasses -- no Qt, no SQL,
so they can be tested and batch-rendered in worker processes."""

from typing import TYPE_CHECKING

from . import lazy_pil as _lazy_pil

_lazy_pil.defer()  # before reportlab.lib.utils imports Pillow for nothing (a logo loads it)

from . import lazy_patterns as _lazy_patterns  # noqa: E402

_lazy_patterns.defer()  # before anything imports reportlab.platypus: see lazy_patterns

from reportlab import rl_config as _rl_config  # noqa: E402

# ASCII85-wrapping of streams costs render time and buys nothing (binary streams are
# also smaller).  The charts no longer use reportlab.graphics (issue 15); should anything
# still draw with it, shape checking (attribute validation on every shape, read when
# reportlab.graphics is first imported) stays off for it.
_rl_config.shapeChecking = 0
_rl_config.useA85 = 0

from .data import (
    STAGE_NAMES,
    CheckIn,
    CompetencyGrowth,
    Goal,
    GoalStatus,
    Meeting,
    MeetingOutcome,
    Person,
    RelationshipReportData,
    RelationshipStatus,
    ReportOptions,
    Respondent,
)
from .relationship import build_relationship_report
from .styles import escape_text

if TYPE_CHECKING:
    from .batch import build_batch
    from .program import build_program_report
    from .program_data import AttentionItem, BreakdownRow, ProgramReportData

_PROGRAM_RECORDS = frozenset({"AttentionItem", "BreakdownRow", "ProgramReportData"})

__all__ = [
    "STAGE_NAMES", "AttentionItem", "BreakdownRow", "CheckIn", "CompetencyGrowth", "Goal", "GoalStatus",
    "Meeting", "MeetingOutcome", "Person", "ProgramReportData", "RelationshipReportData", "RelationshipStatus",
    "ReportOptions", "Respondent", "build_batch", "build_program_report", "build_relationship_report",
    "escape_text",
]


def __getattr__(name: str):
    """The batch renderer (multiprocessing, a process pool), the program report and its records
    load when asked for: a one-relationship `report` command needs none of them (issue 15)."""
    if name in _PROGRAM_RECORDS:
        from . import program_data

        return getattr(program_data, name)
    if name == "build_batch":
        from .batch import build_batch

        return build_batch
    if name == "build_program_report":
        from .program import build_program_report

        return build_program_report
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
