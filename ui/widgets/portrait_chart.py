"""A person's competency portrait drawn as one horizontal bar per competency.

Painted with QPainter rather than a chart library: the chart is small, appears
in the People detail panel and in the person dialog (where it follows every
keystroke), and must stay readable when printed in grey-scale. So the current
level is a solid dark bar, the gap up to the target is a light hatched band,
and the target itself is a black tick: three cues that do not depend on colour.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QLocale, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QFontMetrics, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from mentordesk.models import PortraitEntry

from .. import theme

MAX_LEVEL = 5


class PortraitChart(QWidget):
    """Current level (bar) against target (tick) on a 0–5 scale, one row per competency."""

    ROW_HEIGHT = 22
    AXIS_HEIGHT = 18
    PADDING = 6

    # colours (ui/theme.py): current level dark, gap light and hatched, track faint, target black

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._entries: list[PortraitEntry] = []
        self._cut_names: list[tuple[QRectF, str]] = []  # rows whose name was shortened when painted
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Minimum)
        self.setAccessibleName(self.tr("Competency portrait"))

    def cut_names(self) -> list[str]:
        """The competency names shortened ("Reporti…") in the last painting."""
        return [name for _rect, name in self._cut_names]

    def event(self, event: QEvent) -> bool:  # noqa: D102 - Qt name
        if event.type() == QEvent.ToolTip:
            pos = QPointF(event.pos())
            name = next((n for rect, n in self._cut_names if rect.contains(pos)), None)
            if name is not None:
                QToolTip.showText(event.globalPos(), name, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    # -- data -------------------------------------------------------------------------
    def set_entries(self, entries: Sequence[PortraitEntry]) -> None:
        """Replace the rows; the height hint changes with the row count, so re-layout."""
        self._entries = list(entries)
        self.updateGeometry()
        self.update()
        self.setToolTip("\n".join(self._describe(e) for e in self._entries))

    def entries(self) -> list[PortraitEntry]:
        return list(self._entries)

    def _describe(self, entry: PortraitEntry) -> str:
        locale = QLocale()
        if entry.target is None:
            return self.tr("{0}: level {1}").format(entry.competency, locale.toString(entry.current))
        return self.tr("{0}: level {1}, target {2}").format(
            entry.competency, locale.toString(entry.current), locale.toString(entry.target))

    # -- geometry ---------------------------------------------------------------------
    def sizeHint(self) -> QSize:  # noqa: N802 - Qt name
        rows = max(1, len(self._entries))
        return QSize(360, 2 * self.PADDING + self.AXIS_HEIGHT + rows * self.ROW_HEIGHT)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt name
        return QSize(200, self.sizeHint().height())

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt name
        return False

    # -- painting ---------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt name
        painter = QPainter(self)
        painter.setRenderHint(QPainter.Antialiasing, True)
        rect = self.rect().adjusted(self.PADDING, self.PADDING, -self.PADDING, -self.PADDING)
        palette = self.palette()
        if not self._entries:
            painter.setPen(QPen(palette.color(palette.ColorRole.PlaceholderText)))
            painter.drawText(rect, Qt.AlignCenter, self.tr("No competencies yet"))
            painter.end()
            return

        fm = QFontMetrics(self.font())
        label_width = min(int(rect.width() * 0.45), max(fm.horizontalAdvance(e.competency) for e in self._entries) + 8)
        value_width = fm.horizontalAdvance("5 → 5") + 8
        left = rect.left() + label_width
        width = max(20.0, rect.width() - label_width - value_width)
        painter.setPen(QPen(palette.color(palette.ColorRole.WindowText)))
        top = self._paint_scale(painter, rect.top(), left, width / MAX_LEVEL)
        self._cut_names = []
        for i, entry in enumerate(self._entries):
            y = top + i * self.ROW_HEIGHT
            self._paint_label(painter, fm, QRectF(rect.left(), y, rect.width(), self.ROW_HEIGHT), label_width,
                              entry.competency)
            self._paint_bar(painter, entry, QRectF(left, y, width, self.ROW_HEIGHT))
            self._paint_value(painter, entry, QRectF(left + width + 6, y, value_width, self.ROW_HEIGHT))
        painter.end()

    def _paint_scale(self, painter: QPainter, axis_y: float, left: float, step: float) -> float:
        """The 0..5 numbers on top and light grid lines down the rows; returns where the rows start."""
        locale = QLocale()
        for level in range(MAX_LEVEL + 1):
            x = left + level * step
            painter.drawText(QRectF(x - 10, axis_y, 20, self.AXIS_HEIGHT - 4), Qt.AlignCenter,
                             locale.toString(level))
        top = axis_y + self.AXIS_HEIGHT
        bottom = top + len(self._entries) * self.ROW_HEIGHT
        painter.setPen(QPen(theme.colour("grid"), 1, Qt.DotLine))
        for level in range(MAX_LEVEL + 1):
            x = left + level * step
            painter.drawLine(int(x), int(top), int(x), int(bottom))
        return top

    def _paint_label(self, painter: QPainter, fm: QFontMetrics, row: QRectF, label_width: int, name: str) -> None:
        """The competency name, shortened to fit; a shortened one is remembered for its tooltip."""
        label = fm.elidedText(name, Qt.ElideRight, label_width - 8)
        if label != name:  # "Reporti…": the whole name in a tooltip over its row
            self._cut_names.append((QRectF(row), name))
        palette = self.palette()
        painter.setPen(QPen(palette.color(palette.ColorRole.WindowText)))
        painter.drawText(QRectF(row.left(), row.top(), label_width - 8, self.ROW_HEIGHT),
                         Qt.AlignVCenter | Qt.AlignLeft, label)

    def _paint_bar(self, painter: QPainter, entry: PortraitEntry, row: QRectF) -> None:
        """Track, hatched gap up to the target, solid current level, and the target tick."""
        step = row.width() / MAX_LEVEL
        left, width = row.left(), row.width()
        bar_h = self.ROW_HEIGHT - 8
        bar_y = row.top() + (self.ROW_HEIGHT - bar_h) / 2
        current = max(0, min(MAX_LEVEL, entry.current))
        target = None if entry.target is None else max(0, min(MAX_LEVEL, entry.target))
        painter.setPen(Qt.NoPen)
        painter.setBrush(theme.colour("track"))
        painter.drawRect(QRectF(left, bar_y, width, bar_h))
        if target is not None and target > current:
            gap = QRectF(left + current * step, bar_y, (target - current) * step, bar_h)
            painter.setBrush(theme.colour("gap"))
            painter.drawRect(gap)
            painter.setBrush(QBrush(theme.colour("accent"), Qt.BDiagPattern))
            painter.drawRect(gap)
        if current > 0:
            painter.setBrush(theme.colour("accent"))
            painter.drawRect(QRectF(left, bar_y, current * step, bar_h))
        if target is not None:
            x = left + target * step
            painter.setPen(QPen(theme.colour("target"), 3))
            painter.drawLine(QRectF(x, bar_y - 2, 0, bar_h + 4).topLeft(),
                             QRectF(x, bar_y - 2, 0, bar_h + 4).bottomLeft())

    def _paint_value(self, painter: QPainter, entry: PortraitEntry, cell: QRectF) -> None:
        """The numbers beside the bar ("3 → 4"), so the chart reads without colour."""
        locale = QLocale()
        palette = self.palette()
        painter.setPen(QPen(palette.color(palette.ColorRole.WindowText)))
        value = locale.toString(entry.current) if entry.target is None else \
            f"{locale.toString(entry.current)} → {locale.toString(entry.target)}"
        painter.drawText(cell, Qt.AlignVCenter | Qt.AlignLeft, value)
