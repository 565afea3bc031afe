"""The five stages of a mentoring relationship as a horizontal timeline.

Painted with QPainter (like `PortraitChart`) because it is small and must read
the same on screen and on a grey-scale printout, so colour is never the only
cue: a finished stage is a solid dark dot with a tick, the current stage a
larger dot with a thick ring and a bold name, a stage still to come a hollow
dot on a dashed line. Each stage shows its number, name and the date it began.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from mentordesk import relationships as rules
from mentordesk.relationship_models import StageEntry

from .. import theme
from ..dates import short_date
from ..models.relationships_model import stage_label

#: How a stage's name is set under its dot: centred, wrapped at words.
NAME_FLAGS = Qt.AlignHCenter | Qt.AlignTop | Qt.TextWordWrap


class StageTimeline(QWidget):
    """Stages 1–5 left to right, the current one highlighted, each with the date it began."""

    DOT = 9.0          # radius of a past or future stage
    CURRENT_DOT = 13.0
    TOP = 8.0

    # colours come from ui/theme.py when painting, so a dark palette gets its own

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._current = 0
        self._began: dict[int, date] = {}
        self._closed = False
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Fixed)
        self.setAccessibleName(self.tr("Stage timeline"))

    # -- data -------------------------------------------------------------------------
    def set_stages(self, current: int, entries: Sequence[StageEntry], closed: bool = False) -> None:
        """`entries` are the stages reached so far; a later entry for a stage wins (a correction)."""
        self._current = current
        self._began = {e.stage: e.began_on for e in entries}
        self._closed = closed
        text = self.description()
        self.setToolTip(text)
        self.setAccessibleDescription(text)
        self.update()

    def clear(self) -> None:
        self.set_stages(0, (), False)

    def current_stage(self) -> int:
        return self._current

    def began_on(self, stage: int) -> date | None:
        return self._began.get(stage)

    def description(self) -> str:
        """The same information as the picture, for screen readers and tooltips."""
        if not self._current:
            return ""
        lines = []
        for n, _name in rules.STAGES:
            began = self._began.get(n)
            when = short_date(began) \
                if began and n <= self._current else ""
            mark = self.tr("current") if n == self._current else (self.tr("done") if n < self._current else "")
            parts = [f"{n}. {stage_label(n)}"] + [p for p in (when, mark) if p]
            lines.append(" — ".join(parts))
        return "\n".join(lines)

    # -- geometry ---------------------------------------------------------------------
    def sizeHint(self) -> QSize:  # noqa: N802 - Qt name
        return QSize(560, self.heightForWidth(560))

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt name
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt name
        """Tall enough for the longest stage name wrapped in its slot, and the date under it: a
        narrow window or a long German name takes more lines rather than being cut."""
        fm = QFontMetrics(self.font())
        return int(self.TOP + 2 * self.CURRENT_DOT + 8 + self.name_height(width / len(rules.STAGES))
                   + fm.height() + 8)

    def name_height(self, slot: float) -> int:
        """The height the longest stage name takes wrapped in a slot (bold, as the current stage is)."""
        bold = QFont(self.font())
        bold.setBold(True)
        fm = QFontMetrics(bold)
        room = QRect(0, 0, max(1, int(slot - 6)), 10_000)
        return max(fm.boundingRect(room, NAME_FLAGS, stage_label(n)).height() for n, _name in rules.STAGES)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt name
        return QSize(360, self.heightForWidth(360))

    # -- painting ---------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt name
        painter = QPainter(self)
        painter.setRenderHint(QPainter.Antialiasing)
        count = len(rules.STAGES)
        slot = self.width() / count
        cy = self.TOP + self.CURRENT_DOT
        centres = [QPointF(slot * i + slot / 2, cy) for i in range(count)]
        self._paint_line(painter, centres)
        name_height = self.name_height(slot)
        for i, (n, _name) in enumerate(rules.STAGES):
            c = centres[i]
            self._paint_dot(painter, c, n)
            top = cy + self.CURRENT_DOT + 6
            self._paint_name(painter, n, QRectF(c.x() - slot / 2 + 3, top, slot - 6, name_height + 2))
        painter.end()

    def _fonts(self) -> tuple[QFont, QFont, QFont]:
        """The widget's font, a bold one for the current stage, a smaller one for dates and numbers."""
        base = QFont(self.font())
        bold = QFont(base)
        bold.setBold(True)
        small = QFont(base)
        small.setPointSizeF(max(7.0, base.pointSizeF() * 0.9))
        return base, bold, small

    def _paint_line(self, painter: QPainter, centres: list[QPointF]) -> None:
        """The connecting line: solid up to the current stage, dashed after it."""
        current = self._current
        for i in range(len(centres) - 1):
            a, b = centres[i], centres[i + 1]
            reached = current and (i + 2) <= current
            pen = QPen(theme.colour("accent") if reached else theme.colour("line"), 3 if reached else 1.5)
            pen.setStyle(Qt.SolidLine if reached else Qt.DashLine)
            painter.setPen(pen)
            painter.drawLine(QPointF(a.x() + self.DOT, a.y()), QPointF(b.x() - self.DOT, b.y()))

    def _paint_dot(self, painter: QPainter, c: QPointF, n: int) -> None:
        """Stage `n`'s dot: ticked when done, ringed with its number when current, hollow to come."""
        current = self._current
        done, future = theme.colour("accent"), theme.colour("future")
        ground = self.palette().color(QPalette.ColorRole.Base)
        _base, bold, small = self._fonts()
        if current and n < current:
            self._dot(painter, c, self.DOT, fill=done, ring=done, ring_width=1.5)
            self._tick(painter, c, ground)
        elif current and n == current:
            colour = future if self._closed else theme.colour("accent_dark")
            self._dot(painter, c, self.CURRENT_DOT + 3, fill=ground, ring=colour, ring_width=3)
            self._dot(painter, c, self.CURRENT_DOT - 2, fill=colour, ring=colour, ring_width=1)
            painter.setPen(ground)
            painter.setFont(bold)
            painter.drawText(QRectF(c.x() - 12, c.y() - 12, 24, 24), Qt.AlignCenter, str(n))
        else:
            self._dot(painter, c, self.DOT, fill=ground, ring=future, ring_width=1.5)
            painter.setPen(future)
            painter.setFont(small)
            painter.drawText(QRectF(c.x() - 10, c.y() - 10, 20, 20), Qt.AlignCenter, str(n))

    def _paint_name(self, painter: QPainter, n: int, name_rect: QRectF) -> None:
        """Stage `n`'s name under its dot (bold when current), and the date it began once reached."""
        current = self._current
        base, bold, small = self._fonts()
        font = bold if n == current else base
        painter.setFont(font)
        painter.setPen(theme.colour("strong_text") if current and n <= current else theme.colour("hint"))
        painter.drawText(name_rect, NAME_FLAGS, stage_label(n))
        used = QFontMetrics(font).boundingRect(name_rect.toRect(), NAME_FLAGS, stage_label(n)).height()
        began = self._began.get(n)
        if began is not None and current and n <= current:
            painter.setFont(small)
            painter.setPen(theme.colour("soft_text"))
            date_rect = QRectF(name_rect.x(), name_rect.y() + min(used, name_rect.height()), name_rect.width(),
                               QFontMetrics(base).height() + 2)
            painter.drawText(date_rect, Qt.AlignHCenter | Qt.AlignTop, short_date(began))

    @staticmethod
    def _dot(painter: QPainter, centre: QPointF, radius: float, *, fill: QColor, ring: QColor,
             ring_width: float) -> None:
        painter.setPen(QPen(ring, ring_width))
        painter.setBrush(fill)
        painter.drawEllipse(centre, radius, radius)
        painter.setBrush(Qt.NoBrush)

    @staticmethod
    def _tick(painter: QPainter, c: QPointF, colour: QColor) -> None:
        pen = QPen(colour, 2)
        pen.setCapStyle(Qt.RoundCap)
        painter.setPen(pen)
        painter.drawLine(QPointF(c.x() - 4, c.y()), QPointF(c.x() - 1, c.y() + 3))
        painter.drawLine(QPointF(c.x() - 1, c.y() + 3), QPointF(c.x() + 4, c.y() - 3))
