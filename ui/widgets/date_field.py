"""One date field for every form: type the date as you read it, or pick it from a calendar.

Why not QDateEdit: its text is split into sections (day, month, year), so selecting
the whole date and typing "7.1.2026" only replaces the day, and its calendar opens at
the lowest allowed date (January 1900 for a hire date "not known").  This field is a
plain line edit that reads the locale's short format with a four-digit year
(`ui.dates.date_format`, ISO under the C locale; ISO is always understood too), plus a
button (and Alt+Down / F4) that opens a calendar at the field's date or today, whose
week starts on the locale's first day.

The API is the part of QDateEdit the dialogs use (`date`, `setDate`, minimum and
maximum, `setSpecialValueText` for "no date", `dateChanged`), so a dialog swaps the
class and keeps its code.  What cannot be read as a date is never saved silently:
when typing ends (Tab, Enter, a click on OK) the field says in a sentence that it
was not a date and shows again the date it holds.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale, QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QLineEdit,
    QStyle,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from ..dates import ISO_DATE, date_format

#: Qt's own limits of a date edit, kept so code written for QDateEdit means the same.
LOWEST = QDate(1752, 9, 14)
HIGHEST = QDate(9999, 12, 31)


def _as_qdate(value: QDate | dt.date) -> QDate:
    return value if isinstance(value, QDate) else QDate(value.year, value.month, value.day)


def parse_date(text: str, locale: QLocale) -> QDate:
    """The date `text` means in `locale`'s short format (four-digit year) or ISO; invalid if neither.

    Day and month may be typed with or without their leading zero ("7.1.2026")."""
    text = text.strip()
    if not text:
        return QDate()
    fmt = date_format(locale)
    candidates = (fmt, fmt.replace("dd", "d").replace("MM", "M"), ISO_DATE)
    for pattern in candidates:
        value = locale.toDate(text, pattern)
        if value.isValid():
            return value
    return QDate()


class _Popup(QWidget):
    """The calendar in a popup window: a click outside closes it, a chosen day fills the field."""

    def __init__(self, field: DateField) -> None:
        super().__init__(field, Qt.Popup)
        self.setObjectName("dateFieldPopup")
        self.calendar = QCalendarWidget(self)
        self.calendar.setObjectName("dateFieldCalendar")
        self.calendar.setGridVisible(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.calendar)


class DateField(QLineEdit):
    """A typed date with a calendar button inside the field; see the module docstring."""

    dateChanged = Signal(QDate)  # noqa: N815 - the name QDateEdit uses

    def __init__(self, parent: QWidget | None = None, value: QDate | dt.date | None = None) -> None:
        super().__init__(parent)
        self._locale = QLocale()
        self._minimum, self._maximum = LOWEST, HIGHEST
        self._special = ""
        self._date = QDate.currentDate()
        self.calendar_action = self.addAction(self.style().standardIcon(QStyle.SP_ArrowDown),
                                              QLineEdit.TrailingPosition)
        self.calendar_action.setObjectName("calendarButton")
        self.calendar_action.setToolTip(self.tr("Choose the date in a calendar (Alt+Down)"))
        self.calendar_action.triggered.connect(self.open_calendar)
        self.textEdited.connect(self._typed)
        self.editingFinished.connect(self._finished)
        self._popup: _Popup | None = None
        self._show()
        self.setPlaceholderText(self.example())
        if value is not None:
            self.setDate(value)

    # -- what QDateEdit offers -------------------------------------------------------------
    def date(self) -> QDate:
        return QDate(self._date)

    def setDate(self, value: QDate | dt.date) -> None:  # noqa: N802 - Qt name
        value = _as_qdate(value)
        if not value.isValid():
            return
        value = min(max(value, self._minimum), self._maximum)
        changed = value != self._date
        self._date = value
        self._show()
        if changed:
            self.dateChanged.emit(QDate(value))

    def minimumDate(self) -> QDate:  # noqa: N802 - Qt name
        return QDate(self._minimum)

    def maximumDate(self) -> QDate:  # noqa: N802 - Qt name
        return QDate(self._maximum)

    def setMinimumDate(self, value: QDate | dt.date) -> None:  # noqa: N802 - Qt name
        self._minimum = _as_qdate(value)
        self._maximum = max(self._maximum, self._minimum)
        self.setDate(max(self._date, self._minimum))

    def setMaximumDate(self, value: QDate | dt.date) -> None:  # noqa: N802 - Qt name
        self._maximum = _as_qdate(value)
        self._minimum = min(self._minimum, self._maximum)
        self.setDate(min(self._date, self._maximum))

    def setSpecialValueText(self, text: str) -> None:  # noqa: N802 - Qt name
        """As in QDateEdit: the minimum date means "no date", shown as an empty field saying `text`;
        emptying the field chooses it."""
        self._special = text
        self.setPlaceholderText(text or self.example())
        self._show()

    def setLocale(self, locale: QLocale) -> None:  # noqa: N802 - Qt name
        super().setLocale(locale)
        self._locale = locale
        if not self._special:
            self.setPlaceholderText(self.example())
        self._show()

    def example(self) -> str:
        """How a date is typed here, as an example (today's date)."""
        return self._format(QDate.currentDate())

    # -- typing ----------------------------------------------------------------------------
    def _is_special(self) -> bool:
        return bool(self._special) and self._date == self._minimum

    def _show(self) -> None:
        self.setText("" if self._is_special() else self._format(self._date))

    def _read(self) -> QDate | None:
        """The date the text means within the allowed range, or None."""
        text = self.text()
        if not text.strip() and self._special:
            return QDate(self._minimum)
        value = parse_date(text, self._locale)
        if not value.isValid() or not self._minimum <= value <= self._maximum:
            return None
        return value

    def _typed(self, _text: str) -> None:
        """A complete date typed becomes the field's date at once (dialogs may react to it)."""
        value = self._read()
        if value is not None and value != self._date:
            self._date = value
            self.dateChanged.emit(QDate(value))

    def problem(self) -> str:
        """The sentence for what is typed now, or "" when it is a date this field takes."""
        if self._read() is not None:
            return ""
        text = self.text().strip()
        shown = self._special if self._is_special() else self._format(self._date)
        value = parse_date(text, self._locale)
        if value.isValid() and value < self._minimum:
            return self.tr("{0} is before the first date allowed here, {1}. The field shows {2} again.").format(
                text, self._format(self._minimum), shown)
        if value.isValid():
            return self.tr("{0} is after the last date allowed here, {1}. The field shows {2} again.").format(
                text, self._format(self._maximum), shown)
        return self.tr("“{0}” is not a date: type it like {1}. The field shows {2} again.").format(
            text, self.example(), shown)

    def _format(self, value: QDate) -> str:
        return self._locale.toString(value, date_format(self._locale))

    def hasAcceptableInput(self) -> bool:  # noqa: N802 - Qt name
        return self._read() is not None

    def _finished(self) -> None:
        """Typing ended: keep a good date, or say why the text was not one and show the date held."""
        message = self.problem()
        if message:
            self.setToolTip(message)
            QToolTip.showText(self.mapToGlobal(QPoint(0, self.height())), message, self)
        else:
            self.setToolTip("")
        self._show()

    # -- the calendar ----------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt name
        """F4 or Alt+Down open the calendar, as in a date edit."""
        if event.key() == Qt.Key_F4 or (event.key() == Qt.Key_Down and event.modifiers() & Qt.AltModifier):
            self.open_calendar()
            return
        super().keyPressEvent(event)

    def calendar(self) -> QCalendarWidget:
        """The popup's calendar (made on first use)."""
        if self._popup is None:
            self._popup = _Popup(self)
            self._popup.calendar.clicked.connect(self._picked)
            self._popup.calendar.activated.connect(self._picked)
        return self._popup.calendar

    def open_calendar(self) -> None:
        """Open the calendar at the field's date, or today when the field holds "no date"."""
        self._finished()
        calendar = self.calendar()
        calendar.setLocale(self._locale)
        calendar.setFirstDayOfWeek(self._locale.firstDayOfWeek())
        calendar.setDateRange(self._minimum, self._maximum)
        shown = QDate.currentDate() if self._is_special() else self._date
        shown = min(max(shown, self._minimum), self._maximum)
        calendar.setSelectedDate(shown)
        calendar.setCurrentPage(shown.year(), shown.month())
        popup = self._popup
        assert popup is not None
        popup.adjustSize()
        popup.move(self.mapToGlobal(QPoint(0, self.height())))
        popup.show()
        calendar.setFocus()

    def _picked(self, value: QDate) -> None:
        if self._popup is not None:
            self._popup.hide()
        self.setDate(value)
        self.setToolTip("")
        self.setFocus()
