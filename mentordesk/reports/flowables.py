"""The small flowables both reports are built of: paragraphs of house text and user
text, headings that keep with what follows, figure tiles and label/value tables.

User text always goes through `U` (escaped and fitted to its room) and translated
sentences through `T_`, so no report section can print raw markup.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TypeVar

from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Table, TableStyle

from ..i18n import Translator
from ..vocabulary import said
from .styles import NAVY, RULE, TINT, escape_text, styles
from .textguard import CELL, LABEL, NAME, Room, clean

CHART_ROWS = 30  # rows of a competency or score chart per drawing: well under a page
T = TypeVar("T")


def chunks(items: Iterable[T], size: int = CHART_ROWS) -> list[list[T]]:
    """A chart is one drawing, which cannot break across pages: one with a
    row per user item (competency, question) is drawn in page-sized parts."""
    items = list(items)
    return [items[i : i + size] for i in range(0, len(items), size)]


def _label(mapping: dict, value: object, tr: Translator) -> str:
    """A known code in the report's language; an unknown one as it is (never blank)."""
    if value in mapping:
        return said(mapping, value, tr)
    return str(value).replace("_", " ").capitalize()


class Para(Paragraph):
    """A Paragraph that remembers its last wrap.

    A paragraph in a table cell is wrapped at the same width two or three times per layout
    (the table measures its rows, a KeepTogether measures its content, the cell is wrapped
    again before it is drawn): breaking its lines again was ~7 ms of a one-relationship
    report (issue 15).  Wrapping depends only on the width and what the paragraph holds;
    `split` and `draw` may change what it holds, so either forgets the last wrap."""

    _last_wrap: tuple[float, tuple[float, float]] | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803 - reportlab's names
        last = self._last_wrap
        if last is not None and last[0] == availWidth:
            return last[1]
        size = super().wrap(availWidth, availHeight)
        self._last_wrap = (availWidth, size)
        return size

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        self._last_wrap = None
        return super().split(availWidth, availHeight)

    def draw(self) -> None:
        self._last_wrap = None
        super().draw()


def P(text: str, style: str = "body") -> Paragraph:
    return Para(text, styles()[style])


def U(user_text: object, style: str = "body", room: Room = CELL) -> Paragraph:
    """Paragraph of user text: always escaped and fitted to its room (a
    table row cannot break across pages, so a cell must never outgrow one)."""
    st = styles()[style]
    return Para(escape_text(user_text, italic="Oblique" in st.fontName, room=room), st)


def kpi_cards(cards: Sequence[tuple[str, str, str]], width: float) -> Table:
    """Big-number tiles: (value, label, sub-label)."""
    cells = [[P(escape_text(v), "kpi_value"), P(escape_text(lbl), "kpi_label"), P(escape_text(sub), "kpi_label")]
             for v, lbl, sub in cards]
    gap = 4
    col = (width - gap * (len(cards) - 1)) / len(cards)
    inner = [Table([[c[0]], [c[1]]] + ([[c[2]]] if c[2].text else []), colWidths=[col - 8]) for c in cells]
    for t in inner:
        t.setStyle(TableStyle([("ALIGN", (0, 0), (-1, -1), "CENTER"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
    row: list[Flowable | str] = []
    widths: list[float] = []
    for i, t in enumerate(inner):
        if i:
            row.append("")
            widths.append(gap)
        row.append(t)
        widths.append(col)
    outer = Table([row], colWidths=widths)
    cmds = [("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("TOPPADDING", (0, 0), (-1, -1), 7),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 7)]
    for i in range(0, len(widths), 2):
        cmds += [("BACKGROUND", (i, 0), (i, 0), TINT), ("LINEABOVE", (i, 0), (i, 0), 2, NAVY)]
    outer.setStyle(TableStyle(cmds))
    return outer


def _facts_table(pairs: Sequence[tuple[str, Paragraph]], width: float) -> Table:
    """Label/value pairs in two columns, like a form."""
    rows = []
    for i in range(0, len(pairs), 2):
        row: list[object] = []
        for label, value in pairs[i : i + 2]:
            row += [P(escape_text(label), "label"), value]
        while len(row) < 4:
            row.append("")
        rows.append(row)
    t = Table(rows, colWidths=[width * 0.13, width * 0.37, width * 0.13, width * 0.37])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
                           ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                           ("LEFTPADDING", (0, 0), (-1, -1), 2)]))
    return t


def _person(name: str, department: str, branch: str) -> Paragraph:
    where = " · ".join(clean(x, NAME) for x in (department, branch) if x)
    text = f"<b>{escape_text(name, room=NAME)}</b>"
    if where:
        text += f'<br/><font size="7.5" color="#5F6B7A">{escape_text(where, room=LABEL)}</font>'
    return P(text, "body")


def _h2(text: str) -> Paragraph:
    p = P(escape_text(text), "h2")
    p.keepWithNext = 1
    return p


def _h2_before_table(text: str, room: float = 70) -> list[Flowable]:
    """A heading over a table that may split across pages.  keepWithNext
    would bind heading and whole table, pushing both to a new page and
    leaving a gap; instead start a page only when not even the heading and
    a few rows fit."""
    p = P(escape_text(text), "h2")
    return [CondPageBreak(room), p]


def T_(tr: Translator, message: str, **values: object) -> str:
    """A translated sentence as Paragraph markup: the text escaped, then the values
    (already markup) put into their named places, which each language may reorder."""
    text = escape_text(tr.gettext(message))
    return text % values if values else text
