"""A relationship's meeting series as an iCalendar file that Outlook, Google and Apple accept.

Built with the `icalendar` package rather than by hand: line folding at 75
octets, TEXT escaping of commas, semicolons and line breaks in names, and a
VTIMEZONE generated from the tz database are exactly the details hand-written
calendars get wrong.

Choices, and why:

* ``METHOD:PUBLISH``, no ATTENDEE. The file travels as an attachment of a draft
  that HR sends, not from the organiser's calendar. ``REQUEST`` would make each
  client treat it as an invitation whose replies go to the ORGANIZER; Outlook
  then calls HR "not the organiser" and Gmail shows RSVP buttons mailing
  someone who never sent it. A PUBLISH event is simply added to the reader's
  own calendar ("Add to calendar" in Gmail, an appointment to save in Outlook,
  an import in Apple Calendar). The mentor is named as ORGANIZER because RFC
  5546 wants one and the mentor leads the meetings.
* One VEVENT with a real RRULE, not one event per date: moving the series is
  one edit in every calendar. ``UNTIL`` is in UTC, as RFC 5545 requires when
  DTSTART has a TZID.
* Wall-clock time in a named zone (``TZID`` + VTIMEZONE), so a 10:00 meeting
  stays at 10:00 across daylight-saving changes.
* Monthly on the 29th-31st follows MentorDesk's own plan (``add_months``
  clamps Jan 31 to Feb 28): ``BYMONTHDAY=28,...,31;BYSETPOS=-1`` takes the
  anchor day or the month's last day, where a plain ``BYMONTHDAY=31`` would
  skip every shorter month.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from zoneinfo import ZoneInfo

import icalendar

from ..relationship_rules.vocabulary import CADENCE_DAYS

PRODID = "-//MentorDesk//Mentoring meetings//EN"


@dataclass(frozen=True)
class Series:
    """What the calendar file says: one meeting series of one relationship."""

    uid: str
    summary: str
    description: str
    dates: Sequence[dt.date]  # the planned meeting dates still to come, in order
    anchor: dt.date  # the relationship's start: the day of month a monthly plan keeps
    cadence: str
    at: dt.time
    minutes: int
    zone: ZoneInfo
    organizer_name: str = ""
    organizer_email: str = ""
    location: str = ""


def local_zone() -> ZoneInfo:
    """This computer's time zone by its tz-database name (tzlocal reads it on every system)."""
    import tzlocal

    try:
        return ZoneInfo(tzlocal.get_localzone_name() or "UTC")
    except (LookupError, ValueError, OSError):  # an unnamed or unknown zone: UTC is at least unambiguous
        return ZoneInfo("UTC")


def recurrence(series: Series, until: dt.datetime) -> dict[str, object]:
    """The RRULE for the cadence, ending at `until` (UTC)."""
    if series.cadence == "monthly":
        rule: dict[str, object] = {"freq": "monthly"}
        day = series.anchor.day
        if day > 28:
            rule.update(bymonthday=list(range(28, day + 1)), bysetpos=-1)
        else:
            rule.update(bymonthday=day)
    else:
        rule = {"freq": "weekly", "interval": CADENCE_DAYS[series.cadence] // 7}
    rule["until"] = until
    return rule


def _text(value: str) -> str:
    """One line of text for a property; icalendar escapes it, this drops what no client shows."""
    return " ".join("".join(ch if ch.isprintable() else " " for ch in value).split())


def series_ics(series: Series, stamp: dt.datetime | None = None) -> bytes:
    """The .ics file (UTF-8, CRLF lines) for `series`; ValueError if there is no date left."""
    if not series.dates:
        raise ValueError("no planned meeting left")
    first = dt.datetime.combine(series.dates[0], series.at, tzinfo=series.zone)
    last = dt.datetime.combine(series.dates[-1], series.at, tzinfo=series.zone)
    cal = icalendar.Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    event = icalendar.Event()
    event.add("uid", series.uid)
    event.add("dtstamp", (stamp or dt.datetime.now(dt.UTC)).astimezone(dt.UTC))
    event.add("dtstart", first)
    event.add("dtend", first + dt.timedelta(minutes=series.minutes))  # DTEND: older Outlook ignores DURATION
    if len(series.dates) > 1:
        event.add("rrule", recurrence(series, last.astimezone(dt.UTC)))
    event.add("summary", _text(series.summary))
    event.add("description", series.description)
    if series.location:
        event.add("location", _text(series.location))
    if series.organizer_email:
        organizer = icalendar.vCalAddress(f"mailto:{series.organizer_email}")
        if series.organizer_name:
            organizer.params["cn"] = icalendar.vText(_text(series.organizer_name))
        event.add("organizer", organizer)
    event.add("transp", "OPAQUE")
    cal.add_component(event)
    cal.add_missing_timezones()
    return cal.to_ical()
