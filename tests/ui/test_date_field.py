"""The one date field (issue 13): dates are typed as the locale writes them, the calendar opens
where the date is (or today), and text that is not a date is said, never saved silently."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import QApplication, QWidget

from ui.dates import date_format
from ui.widgets.date_field import DateField, parse_date

UI = Path(__file__).resolve().parents[2] / "ui"
START = QDate(2020, 5, 5)
#: (locale, what a person types there, the date meant): zero-padded or not, and ISO anywhere.
TYPED = [
    ("de_DE", "07.01.2026", QDate(2026, 1, 7)),
    ("de_DE", "7.1.2026", QDate(2026, 1, 7)),
    ("en_US", "1/7/2026", QDate(2026, 1, 7)),
    ("en_US", "12/31/2025", QDate(2025, 12, 31)),
    ("en_GB", "7/1/2026", QDate(2026, 1, 7)),
    ("es_ES", "31/12/2025", QDate(2025, 12, 31)),
    ("nl_NL", "7-1-2026", QDate(2026, 1, 7)),
    ("pl_PL", "07.01.2026", QDate(2026, 1, 7)),
    ("C", "2026-01-07", QDate(2026, 1, 7)),
    ("de_DE", "2026-01-07", QDate(2026, 1, 7)),
]


@pytest.fixture
def host(qtbot):
    """A shown parent with the field and a second field to Tab to (typing ends on leaving)."""
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    return parent


def make(host, locale: str) -> DateField:
    field = DateField(host)
    field.setLocale(QLocale(locale))
    field.setDate(START)
    field.show()
    return field


def type_over(qtbot, field: DateField, text: str) -> None:
    """Select everything in the field and type `text` with real key presses, then press Enter."""
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key_Return)


@pytest.mark.parametrize(("locale", "typed", "meant"), TYPED)
def test_a_whole_date_typed_over_the_old_one_is_taken(qtbot, host, locale: str, typed: str, meant: QDate) -> None:
    field = make(host, locale)
    seen: list[QDate] = []
    field.dateChanged.connect(seen.append)
    type_over(qtbot, field, typed)
    assert field.date() == meant
    assert seen[-1] == meant
    assert field.text() == QLocale(locale).toString(meant, date_format(QLocale(locale)))
    assert field.problem() == ""


@pytest.mark.parametrize("locale", ["de_DE", "en_US", "C", "pl_PL"])
def test_the_field_shows_a_four_digit_year_or_iso(qtbot, host, locale: str) -> None:
    field = make(host, locale)
    assert "2020" in field.text()
    if locale == "C":
        assert field.text() == "2020-05-05"


@pytest.mark.parametrize("typed", ["31.02.2026", "banana", "7.1.", "1.13.2026", "32.1.2026"])
def test_text_that_is_no_date_is_said_and_the_held_date_shown_again(qtbot, host, typed: str) -> None:
    field = make(host, "de_DE")
    seen: list[QDate] = []
    field.dateChanged.connect(seen.append)
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, typed)
    assert not field.hasAcceptableInput()
    message = field.problem()
    assert typed in message and "05.05.2020" in message
    qtbot.keyClick(field, Qt.Key_Return)
    assert field.date() == START and field.text() == "05.05.2020"
    assert field.toolTip() == message
    assert all(d == START for d in seen) or seen == []


def test_a_date_outside_the_range_is_refused_with_the_limit(qtbot, host) -> None:
    field = make(host, "en_GB")
    field.setMaximumDate(QDate(2026, 6, 30))
    field.setMinimumDate(QDate(2020, 1, 1))
    for typed, limit in (("1/7/2026", "30/06/2026"), ("31/12/2019", "01/01/2020")):
        field.setFocus()
        field.selectAll()
        qtbot.keyClicks(field, typed)
        message = field.problem()
        assert limit in message, message
        qtbot.keyClick(field, Qt.Key_Return)
        assert field.date() == START


def test_no_date_is_an_empty_field_and_emptying_chooses_it(qtbot, host) -> None:
    no_date = QDate(1900, 1, 1)
    field = make(host, "de_DE")
    field.setMinimumDate(no_date)
    field.setSpecialValueText("No date")
    field.setDate(no_date)
    assert field.text() == "" and field.placeholderText() == "No date"
    type_over(qtbot, field, "2.4.2019")
    assert field.date() == QDate(2019, 4, 2)
    field.setFocus()
    field.selectAll()
    qtbot.keyClick(field, Qt.Key_Delete)
    qtbot.keyClick(field, Qt.Key_Return)
    assert field.date() == no_date and field.text() == ""


def open_popup(qtbot, field: DateField):
    field.setFocus()
    qtbot.keyClick(field, Qt.Key_Down, Qt.AltModifier)
    calendar = field.calendar()
    qtbot.waitUntil(calendar.isVisible)
    return calendar


def test_the_calendar_opens_at_the_fields_date(qtbot, host) -> None:
    field = make(host, "de_DE")
    field.setDate(QDate(2023, 8, 17))
    calendar = open_popup(qtbot, field)
    assert (calendar.yearShown(), calendar.monthShown()) == (2023, 8)
    assert calendar.selectedDate() == QDate(2023, 8, 17)


def test_the_calendar_of_an_empty_date_opens_today_not_in_1900(qtbot, host) -> None:
    field = make(host, "de_DE")
    field.setMinimumDate(QDate(1900, 1, 1))
    field.setSpecialValueText("No date")
    field.setDate(QDate(1900, 1, 1))
    calendar = open_popup(qtbot, field)
    today = QDate.currentDate()
    assert (calendar.yearShown(), calendar.monthShown()) == (today.year(), today.month())


@pytest.mark.parametrize(("locale", "first"), [("de_DE", Qt.Monday), ("en_US", Qt.Sunday), ("pl_PL", Qt.Monday)])
def test_the_week_starts_on_the_locales_first_day(qtbot, host, locale: str, first) -> None:
    calendar = open_popup(qtbot, make(host, locale))
    assert calendar.firstDayOfWeek() == first


def test_a_day_clicked_in_the_calendar_fills_the_field(qtbot, host) -> None:
    field = make(host, "de_DE")
    calendar = open_popup(qtbot, field)
    calendar.setSelectedDate(QDate(2020, 5, 20))
    calendar.activated.emit(QDate(2020, 5, 20))  # what Enter on a day (or a double click) sends
    assert field.date() == QDate(2020, 5, 20) and field.text() == "20.05.2020"
    assert not calendar.isVisible()


def test_parse_date_understands_the_locale_and_iso_only() -> None:
    de = QLocale("de_DE")
    assert parse_date("7.1.2026", de) == QDate(2026, 1, 7)
    assert parse_date("2026-01-07", de) == QDate(2026, 1, 7)
    assert not parse_date("1/7/2026", de).isValid()
    assert not parse_date("", de).isValid()


def test_no_window_code_uses_qdateedit_any_more() -> None:
    """Every date in a form is this field (a QDateEdit brings the section typing and 1900 back)."""
    offenders = [str(p.relative_to(UI.parent)) for p in UI.rglob("*.py")
                 if p.name != "date_field.py" and re.search(r"\bQDateEdit\b", p.read_text(encoding="utf-8"))]
    assert offenders == []


def test_focus_stays_on_the_field_itself(qtbot, host) -> None:
    """Dialogs and their tests ask whether the field has focus: it is one widget, not a compound."""
    field = make(host, "de_DE")
    field.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is field)
