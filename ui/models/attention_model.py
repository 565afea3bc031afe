"""The attention table: one row per thing HR should act on, most severe first.

Severity is shown twice on purpose: a coloured marker for a quick scan, and a
word (High / Medium / Low) for people who cannot tell the colours apart and for
grey-scale printouts and screenshots. The marker's shape differs per severity
too, so even the marker alone survives grey-scale.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QModelIndex, QPersistentModelIndex, QPointF, Qt
from PySide6.QtGui import QBrush, QFont, QIcon, QPainter, QPen, QPixmap, QPolygonF

from mentordesk import vocabulary
from mentordesk.i18n import current
from mentordesk.relationship_models import AttentionItem

from .. import theme
from ..dates import short_date
from .table import Column, RecordTableModel

SEVERITY, KIND, TITLE, DETAIL, DUE = range(5)

#: Most severe first; the services use the same order.
SEVERITY_ORDER: dict[str, int] = {"high": 0, "medium": 1, "low": 2}

#: Theme roles (ui/theme.py): distinct in hue *and* lightness, readable on light and dark windows.
SEVERITY_COLOURS: dict[str, str] = {"high": "error", "medium": "caution", "low": "info"}

MARKER_SIZE = 12


def translate(context: str, text: str) -> str:
    """QCoreApplication.translate under the name lupdate knows; each call spells its context
    ("AttentionModel") so pyside6-lupdate can extract the text."""
    return QCoreApplication.translate(context, text)


def severity_label(severity: str) -> str:
    """Severities are stored as codes; the table shows words."""
    return {"high": translate("AttentionModel", "High"), "medium": translate("AttentionModel", "Medium"),
            "low": translate("AttentionModel", "Low")}.get(severity, severity)


def _title_prefix(item: AttentionItem) -> str:
    """The "<what>: " part of the title when it names the kind (e.g. "Mentor check-in overdue: ")."""
    head, sep, rest = item.title.partition(": ")
    if sep and rest and head.casefold().endswith(item.kind_label.casefold()):
        return head + sep
    return ""


def kind_label(item: AttentionItem) -> str:
    """Translated label for the kinds the GUI knows; the service's English label for any new kind.

    An overdue check-in says whose (mentor's or mentee's): one relationship can have both.
    """
    if item.kind == "checkin_overdue":
        role = _title_prefix(item).split(" ", 1)[0].casefold()
        if role in vocabulary.CHECKIN_OVERDUE_BY:
            return vocabulary.said(vocabulary.CHECKIN_OVERDUE_BY, role, current())
    # the words of `mentordesk.vocabulary`, as the CLI and the program report say them
    return vocabulary.said(vocabulary.ATTENTION_KIND_NAMES, item.kind, current(), fallback=item.kind_label)


def short_title(item: AttentionItem) -> str:
    """The title without its leading "<kind>: ", which the What column already says.

    Only a prefix ending in the service's own kind label is stripped, so a title
    worded differently is shown whole.
    """
    prefix = _title_prefix(item)
    return item.title[len(prefix):] if prefix else item.title


def window_language() -> str:
    """The window's language code (the default QLocale, which Preferences' choice sets at start);
    "en" for a language MentorDesk does not ship, as the window then shows English."""
    from mentordesk.i18n import normalise_language

    return normalise_language(QLocale().name()) or "en"


def detail_text(item: AttentionItem) -> str:
    """The detail sentence in the window's language (issue 12); the service's English when it
    came without a translatable message."""
    if item.message is None or window_language() == "en":
        return item.detail  # the service's own English sentence
    from mentordesk.i18n import translator

    try:
        return item.message.render(translator(window_language()))
    except (KeyError, TypeError, ValueError):
        return item.detail  # a catalog entry with a wrong placeholder: English rather than nothing


def full_title(item: AttentionItem) -> str:
    """The whole title for a tooltip, its kind in the window's language."""
    return f"{kind_label(item)}: {short_title(item)}" if _title_prefix(item) else item.title


def severity_marker(severity: str) -> QPixmap:
    """A filled triangle (high), filled circle (medium) or hollow circle (low) in the severity's colour."""
    pixmap = QPixmap(MARKER_SIZE, MARKER_SIZE)
    pixmap.fill(Qt.transparent)
    colour = theme.colour(SEVERITY_COLOURS.get(severity, "muted"))
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.Antialiasing)
    painter.setPen(QPen(colour, 1.5))
    s = MARKER_SIZE
    if severity == "high":
        painter.setBrush(QBrush(colour))
        painter.drawPolygon(QPolygonF([QPointF(s / 2, 0.5), QPointF(s - 0.5, s - 0.5), QPointF(0.5, s - 0.5)]))
    elif severity == "medium":
        painter.setBrush(QBrush(colour))
        painter.drawEllipse(QPointF(s / 2, s / 2), s / 2 - 1, s / 2 - 1)
    else:
        painter.setBrush(Qt.NoBrush)
        painter.drawEllipse(QPointF(s / 2, s / 2), s / 2 - 1.5, s / 2 - 1.5)
    painter.end()
    return pixmap


class AttentionModel(RecordTableModel[AttentionItem]):
    """Columns for attention items; sorting by severity keeps the services' order inside a severity."""

    def __init__(self, parent=None) -> None:
        self._locale = QLocale()
        self._icons: dict[str, QIcon] = {}
        self._bold = QFont()
        self._bold.setBold(True)
        columns = [
            Column(translate("AttentionModel", "Severity"), lambda i: severity_label(i.severity),
                   sort_key=self._severity_key),
            Column(translate("AttentionModel", "What"), kind_label,
                   sort_key=lambda i: (kind_label(i).casefold(),) + self._severity_key(i)),
            Column(translate("AttentionModel", "Relationship or person"), short_title, tooltip=full_title),
            Column(translate("AttentionModel", "Detail"), detail_text, tooltip=detail_text),
            Column(translate("AttentionModel", "Due"), self._due_text, sort_key=lambda i: i.due, align=Qt.AlignRight,
                   tooltip=self._due_tooltip),
        ]
        super().__init__(columns, parent)
        # Start in the services' order: most severe first, earliest first within a severity.
        self._sort_column, self._sort_order = SEVERITY, Qt.AscendingOrder

    @staticmethod
    def _severity_key(item: AttentionItem) -> tuple:
        """Severity, then earliest date, then title: the same order as `attention_list`."""
        return (SEVERITY_ORDER.get(item.severity, len(SEVERITY_ORDER)), item.due is None,
                item.due or date.min, item.title.casefold())

    def _due_text(self, item: AttentionItem) -> str:
        if item.due is None:
            return ""
        d = item.due
        return short_date(d, self._locale)

    def _due_tooltip(self, item: AttentionItem) -> str:
        """The date means different things per kind; the long form plus the detail says which."""
        if item.due is None:
            return translate("AttentionModel", "No date: this is about a pattern, not one day.")
        d = item.due
        return self._locale.toString(QDate(d.year, d.month, d.day), QLocale.LongFormat)

    def _icon(self, severity: str) -> QIcon:
        icon = self._icons.get(severity)
        if icon is None:
            icon = self._icons[severity] = QIcon(severity_marker(severity))
        return icon

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.DisplayRole) -> Any:
        if index.isValid() and index.column() == SEVERITY and role in (Qt.DecorationRole, Qt.ForegroundRole,
                                                                        Qt.FontRole, Qt.AccessibleTextRole):
            item = self.record(index.row())
            if item is None:
                return None
            if role == Qt.DecorationRole:
                return self._icon(item.severity)
            if role == Qt.ForegroundRole:
                return theme.colour(SEVERITY_COLOURS.get(item.severity, "hint"))
            if role == Qt.FontRole:
                return self._bold if item.severity == "high" else None
            return translate("AttentionModel", "Severity: {0}").format(severity_label(item.severity))
        return super().data(index, role)

    def row_of(self, key: str) -> int:
        """The row showing the item with `key`, or -1: keeps the selection across reloads."""
        return self.find_row(lambda i: i.key == key)

    def count_by_severity(self) -> dict[str, int]:
        counts = dict.fromkeys(SEVERITY_ORDER, 0)
        for item in self._rows:
            counts[item.severity] = counts.get(item.severity, 0) + 1
        return counts
