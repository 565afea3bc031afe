"""Dates as the window shows them: the locale's own order, always a four-digit year.

QLocale's short formats differ per language ("dd.MM.yy", "M/d/yy", "d.MM.yyyy"), and
two-digit years are ambiguous for hire dates and programme ends, so the year is
widened.  The C/POSIX locale (a server, a bare container, `LANG=C`) has no real
date order of its own: Qt would print "7 01 2026", so ISO dates are shown there.
One helper for every table, label and date edit keeps the window consistent.
"""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QDate, QDateTime, QLocale

#: What the C/POSIX locale shows: unambiguous in every language.
ISO_DATE = "yyyy-MM-dd"


def _is_c(locale: QLocale) -> bool:
    return locale.language() == QLocale.Language.C


def _widen_year(fmt: str) -> str:
    """Every 'y' run (yy, or an odd single y) becomes 'yyyy'."""
    return re.sub(r"y+", "yyyy", fmt)


def date_format(locale: QLocale | None = None) -> str:
    """The locale's short date pattern with a four-digit year (ISO under C/POSIX);
    also the display format of date edits, so typing matches reading."""
    locale = locale or QLocale()
    return ISO_DATE if _is_c(locale) else _widen_year(locale.dateFormat(QLocale.ShortFormat))


def datetime_format(locale: QLocale | None = None) -> str:
    """Short date and time, four-digit year; ISO-like "yyyy-MM-dd HH:mm" under C/POSIX."""
    locale = locale or QLocale()
    if _is_c(locale):
        return ISO_DATE + " HH:mm"
    return _widen_year(locale.dateTimeFormat(QLocale.ShortFormat))


def to_qdate(value: dt.date | QDate) -> QDate:
    return value if isinstance(value, QDate) else QDate(value.year, value.month, value.day)


def short_date(value: dt.date | QDate | None, locale: QLocale | None = None) -> str:
    """A date for tables and labels; "" when unknown."""
    if value is None:
        return ""
    locale = locale or QLocale()
    return locale.toString(to_qdate(value), date_format(locale))


def short_datetime(value: dt.datetime | QDateTime, locale: QLocale | None = None) -> str:
    """A moment (a backup, a merge) in local time, date and minutes."""
    locale = locale or QLocale()
    if isinstance(value, dt.datetime):
        value = QDateTime.fromSecsSinceEpoch(int(value.timestamp()))  # local time, like the rest of the window
    else:
        value = value.toLocalTime()
    return locale.toString(value, datetime_format(locale))
