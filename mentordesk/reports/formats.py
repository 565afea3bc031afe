"""Dates, months, percentages and hours in the report's own language (CLDR through the
report's translator), never the process-wide locale the window may have set."""

from __future__ import annotations

from datetime import date

from ..i18n import Translator, translator
from .data import ReportOptions


def report_translator(options: ReportOptions) -> Translator:
    """The report's own language (chosen per report), never the process-wide one."""
    return translator(options.language)


def english() -> Translator:
    """The default of the chart and format helpers when no translator is handed in."""
    return translator("en")


def fmt_date(d: date | None, tr: Translator | None = None) -> str:
    """Month names spelled out (CLDR, the report's language) regardless of the process
    locale (Qt may set one), so '03/04' can never be misread across countries."""
    return (tr or english()).date(d)


def fmt_month(d: date, tr: Translator | None = None) -> str:
    return (tr or english()).month(d)


def fmt_pct(rate: float | None, tr: Translator | None = None) -> str:
    return (tr or english()).percent(rate)


def fmt_hours(hours: float, tr: Translator | None = None) -> str:
    return (tr or english()).hours(hours)
