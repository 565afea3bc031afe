"""Paragraph and table styles, and the one place report modules import their look from.

The fonts (`fonts`), text escaping (`markup`), colours (`palette`), formats (`formats`)
and page template (`page`) live in their own small modules; their names are re-exported
here so a report module (and the check-in forms) keeps one import for "the house look".
Only public names: code (tests included) that needs a module's private names imports
them from that module (`fonts._FONT_FILES`), so a split never has to keep aliases alive.
"""

from __future__ import annotations

from functools import lru_cache

from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle

from .fonts import (
    CJK_FONT,
    CJK_FONT_KOREAN,
    EMOJI_FONT,
    FONT,
    FONT_BOLD,
    FONT_BOLD_ITALIC,
    FONT_ITALIC,
    covered,
    font_dir,
    register_fonts,
)
from .formats import english, fmt_date, fmt_hours, fmt_month, fmt_pct, report_translator
from .markup import canvas_text, draw_string, escape_text, fit_width, runs_width, text_runs, xml_escape
from .page import (
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    PageDecorator,
    frame_width,
    header_name,
    page_size,
    render,
    write_private,
)
from .palette import AMBER, CORAL, INK, MUTED, NAVY, PLUM, RULE, SERIES, TEAL, TEAL_LIGHT, TINT, WHITE
from .rtl import visual_order

__all__ = [
    "AMBER", "CJK_FONT", "CJK_FONT_KOREAN", "CORAL",
    "EMOJI_FONT", "FONT", "FONT_BOLD", "FONT_BOLD_ITALIC", "FONT_ITALIC", "INK", "MARGIN_BOTTOM",
    "MARGIN_TOP", "MARGIN_X", "MUTED", "NAVY", "PLUM", "RULE", "SERIES", "TEAL", "TEAL_LIGHT", "TINT",
    "WHITE", "PageDecorator", "TableStyleCommands", "canvas_text", "covered",
    "draw_string", "english", "escape_text", "fit_width", "fmt_date", "fmt_hours", "fmt_month",
    "fmt_pct", "font_dir", "frame_width", "header_name", "page_size", "register_fonts", "render",
    "report_translator", "runs_width", "styles", "table_style", "text_runs", "visual_order",
    "write_private", "xml_escape",
]


@lru_cache(maxsize=1)
def styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    base = ParagraphStyle("body", fontName=FONT, fontSize=9, leading=12.5, textColor=INK, alignment=TA_LEFT)

    def s(name: str, **kw: object) -> ParagraphStyle:
        return ParagraphStyle(name, parent=base, **kw)

    return {
        "body": base,
        "title": s("title", fontName=FONT_BOLD, fontSize=19, leading=23, textColor=NAVY, spaceAfter=2),
        "subtitle": s("subtitle", fontSize=10.5, leading=14, textColor=MUTED, spaceAfter=8),
        "h2": s("h2", fontName=FONT_BOLD, fontSize=11.5, leading=15, textColor=NAVY, spaceBefore=8, spaceAfter=4),
        "h3": s("h3", fontName=FONT_BOLD, fontSize=9.5, leading=13, textColor=INK, spaceBefore=4, spaceAfter=2),
        "small": s("small", fontSize=7.5, leading=10, textColor=MUTED),
        "cell": s("cell", fontSize=8, leading=10.5),
        "cell_right": s("cell_right", fontSize=8, leading=10.5, alignment=TA_RIGHT),
        "cell_center": s("cell_center", fontSize=8, leading=10.5, alignment=TA_CENTER),
        "cell_bold": s("cell_bold", fontName=FONT_BOLD, fontSize=8, leading=10.5),
        "th": s("th", fontName=FONT_BOLD, fontSize=HEADER_SIZE, leading=9.5, textColor=WHITE),
        "th_right": s("th_right", fontName=FONT_BOLD, fontSize=HEADER_SIZE, leading=9.5, textColor=WHITE,
                      alignment=TA_RIGHT),
        "note": s("note", fontName=FONT_ITALIC, fontSize=7.5, leading=10, textColor=MUTED),
        "kpi_value": s("kpi_value", fontName=FONT_BOLD, fontSize=17, leading=21, textColor=NAVY, alignment=TA_CENTER),
        "kpi_label": s("kpi_label", fontSize=7.5, leading=9.5, textColor=MUTED, alignment=TA_CENTER),
        "label": s("label", fontSize=7.5, leading=10, textColor=MUTED),
        "value": s("value", fontName=FONT_BOLD, fontSize=9, leading=12),
    }



TableStyleCommands = list[tuple]

#: A table header's text size, and the room between a cell's text and its sides.
HEADER_SIZE = 7.5
CELL_PADDING = 4


def table_style(header_rows: int = 1, zebra: bool = True, total_row: bool = False) -> TableStyleCommands:
    """One table look everywhere: navy header, hairline rows, soft zebra."""
    # plain-string cells (dates, numbers) are several times cheaper to lay
    # out than Paragraphs, so tables style them here and keep Paragraphs for
    # free text only
    cmds: TableStyleCommands = [
        ("FONT", (0, 0), (-1, header_rows - 1), FONT_BOLD, HEADER_SIZE, 9.5),
        ("TEXTCOLOR", (0, 0), (-1, header_rows - 1), WHITE),
        ("FONT", (0, header_rows), (-1, -1), FONT, 8, 10.5),
        ("TEXTCOLOR", (0, header_rows), (-1, -1), INK),
        ("BACKGROUND", (0, 0), (-1, header_rows - 1), NAVY),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("VALIGN", (0, 0), (-1, header_rows - 1), "BOTTOM"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("LINEBELOW", (0, header_rows), (-1, -1), 0.25, RULE),
    ]
    if zebra:
        cmds.append(("ROWBACKGROUNDS", (0, header_rows), (-1, -2 if total_row else -1), [WHITE, TINT]))
    if total_row:
        cmds += [
            ("LINEABOVE", (0, -1), (-1, -1), 0.8, NAVY),
            ("BACKGROUND", (0, -1), (-1, -1), WHITE),
        ]
    return cmds

