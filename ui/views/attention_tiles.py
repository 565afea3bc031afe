"""The Attention screen's summary tiles: one number with a caption each.

Kept apart from `AttentionView` so the view is the list and its actions, and the
tiles (how many relationships run, how many are healthy, how many mentees wait)
can be read and changed on their own. The captions stay in `AttentionView`
(`self.tr` there), so their translations keep their context.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from mentordesk.relationship_models import AttentionItem, RelationshipSummary

from .. import theme

#: Tile keys in display order.
TILES = ("active", "on_track", "needs_checkin", "at_risk", "waiting")


class SummaryTile(QFrame):
    """One number with a caption; the accent colour marks tiles that call for action when non-zero."""

    def __init__(self, key: str, caption: str, tooltip: str, accent: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.accent = accent
        self.setObjectName(f"tile_{key}")
        self.setFrameShape(QFrame.StyledPanel)
        self.setToolTip(tooltip)
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Fixed)
        self.value = QLabel("—", self)
        self.value.setObjectName("tileValue")
        self.caption = QLabel(caption, self)
        self.caption.setObjectName("tileCaption")
        self.caption.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(2)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)
        self._style(False)

    def _style(self, highlighted: bool) -> None:
        self.setStyleSheet(theme.card_sheet(self.objectName(), self.accent if highlighted else None))

    def set_value(self, value: int | None, highlight_when_nonzero: bool = False) -> None:
        self.value.setText("—" if value is None else QLocale().toString(value))
        self._style(bool(value) and highlight_when_nonzero)

    def number(self) -> int | None:
        """The shown number, for tests and accessibility; None when no file is open."""
        text = self.value.text()
        return None if text == "—" else QLocale().toInt(text)[0]


def build_tiles(parent: QWidget, captions: Mapping[str, tuple[str, str, str]]
                ) -> tuple[QHBoxLayout, dict[str, SummaryTile]]:
    """The row of tiles in `TILES` order; `captions` maps a key to (caption, tooltip, accent role)."""
    tiles: dict[str, SummaryTile] = {}
    row = QHBoxLayout()
    row.setSpacing(10)
    for key in TILES:
        caption, tooltip, accent = captions[key]
        tile = SummaryTile(key, caption, tooltip, accent, parent)
        tiles[key] = tile
        row.addWidget(tile)
    return row, tiles


def update_tiles(tiles: Mapping[str, SummaryTile], summaries: Sequence[RelationshipSummary] | None,
                 items: Sequence[AttentionItem], waiting_kind: str) -> None:
    """Show the counts; `summaries` None means no file is open (every tile shows a dash)."""
    if summaries is None:
        for tile in tiles.values():
            tile.set_value(None)
        return
    health = [s.health for s in summaries]
    tiles["active"].set_value(len(summaries))
    tiles["on_track"].set_value(health.count("on_track"))
    tiles["needs_checkin"].set_value(health.count("needs_checkin"), highlight_when_nonzero=True)
    tiles["at_risk"].set_value(health.count("at_risk"), highlight_when_nonzero=True)
    tiles["waiting"].set_value(sum(1 for i in items if i.kind == waiting_kind), highlight_when_nonzero=True)
