"""Dates reach the screen through `ui/dates.py` only.

Qt's C/POSIX short date format prints "7 01 2026"; `ui.dates.short_date` shows ISO there and a
four-digit year everywhere else. A widget that formats a QDate with `QLocale.ShortFormat` by
itself brings the old bug back (the stage timeline did), so this reads the window's code.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from PySide6.QtCore import QLocale

from ui.dates import short_date

UI = Path(__file__).resolve().parents[2] / "ui"
SHORT_DATE_CALL = re.compile(r"toString\(\s*(?:QDate|qdate|to_qdate)\([^)]*\)[^)]*ShortFormat", re.S)


def test_no_window_code_formats_a_short_date_itself() -> None:
    offenders = [str(p.relative_to(UI.parent)) for p in UI.rglob("*.py")
                 if p.name != "dates.py" and SHORT_DATE_CALL.search(p.read_text(encoding="utf-8"))]
    assert offenders == []


def test_the_c_locale_shows_iso_dates_and_others_four_digit_years() -> None:
    day = dt.date(2026, 1, 7)
    assert short_date(day, QLocale.c()) == "2026-01-07"
    assert "2026" in short_date(day, QLocale(QLocale.German, QLocale.Germany))
    assert "2026" in short_date(day, QLocale(QLocale.English, QLocale.UnitedStates))
