"""Fonts, text escaping, palette, paragraph styles and the page template.

Everything a report prints passes through here, so the look stays consistent
between the relationship and program reports, and so user text (names in any
script, notes with '<' in them) can never break or blank a page.
"""

from __future__ import annotations

import io
import os
from collections.abc import Sequence
from datetime import date
from functools import lru_cache, partial
from pathlib import Path
from typing import BinaryIO

from reportlab.graphics.shapes import STATE_DEFAULTS as GRAPHICS_STATE_DEFAULTS
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, SimpleDocTemplate
from reportlab.platypus.tables import CellStyle

from ..i18n import Translator, translator
from .data import ReportOptions
from .font_cache import load_ttfont
from .overflow import ForgivingDocTemplate
from .rtl import visual_order
from .textguard import CELL, ELLIPSIS, LINE, NAME, Room, clean, stand_in
from .unicode_cmap import install as _install_utf16_cmaps

# --------------------------------------------------------------------------- fonts

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
FONT_ITALIC = "DejaVuSans-Oblique"
FONT_BOLD_ITALIC = "DejaVuSans-BoldOblique"
# Droid Sans Fallback (Apache 2.0, 4 MB) covers Chinese and Japanese and is
# embedded like DejaVu, so CJK names print on any viewer.  It lacks Hangul;
# Korean falls back to a CID font the viewer supplies (Acrobat does; a bare
# poppler without Korean fonts shows boxes -- a documented limit).
CJK_FONT = "DroidSansFallback"
CJK_FONT_KOREAN = "HYGothic-Medium"
_CJK_FILE = "DroidSansFallbackFull.ttf"
# Noto Emoji (OFL), the monochrome face: reportlab cannot draw colour bitmap
# emoji fonts.  Emoji outside it print as their name in brackets.
EMOJI_FONT = "NotoEmoji"
_EMOJI_FILE = "NotoEmoji-Regular.ttf"

_FONT_FILES = {
    FONT: "DejaVuSans.ttf",
    FONT_BOLD: "DejaVuSans-Bold.ttf",
    FONT_ITALIC: "DejaVuSans-Oblique.ttf",
    FONT_BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf",
}
_SYSTEM_DEJAVU = Path("/usr/share/fonts/truetype/dejavu")

_registered = False
_covered: frozenset[int] = frozenset()
_covered_italic: frozenset[int] = frozenset()


def font_dir() -> Path:
    """The fonts shipped inside the package (found with importlib.resources, so an
    installed copy never depends on its source checkout) win, so every machine
    renders identical reports; a system DejaVu only rescues a damaged installation,
    and without either the user gets a plain sentence instead of reportlab's TTFError."""
    from ..assets import ResourcesMissing, resource

    try:
        shipped = resource("fonts")
    except ResourcesMissing:
        shipped = None
    if shipped is not None and (shipped / _FONT_FILES[FONT]).exists():
        return shipped
    if all((_SYSTEM_DEJAVU / name).exists() for name in _FONT_FILES.values()):
        return _SYSTEM_DEJAVU
    raise ResourcesMissing(
        "MentorDesk cannot write the PDF: its report fonts (DejaVu) are missing from its installation. "
        "Your data is not affected. Reinstall MentorDesk to repair it."
    )


def register_fonts() -> None:
    """Parsing four TTFs costs ~45-100 ms, so it happens once per process (batch workers call
    this from their initializer), and its result is kept in the user's cache (`font_cache`)."""
    global _registered, _covered, _covered_italic
    if _registered:
        return
    _install_utf16_cmaps()
    folder = font_dir()
    faces = {}
    for name, filename in _FONT_FILES.items():
        font = load_ttfont(name, folder / filename)
        pdfmetrics.registerFont(font)
        faces[name] = font
    pdfmetrics.registerFontFamily(
        FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC, boldItalic=FONT_BOLD_ITALIC
    )
    # reportlab's default for table cells holding plain strings and for drawings is
    # Helvetica, which it never embeds: make ours the default so every font a report
    # names is embedded (pdffonts lists no unembedded font).
    CellStyle.fontname = FONT
    GRAPHICS_STATE_DEFAULTS["fontName"] = FONT
    pdfmetrics.registerFont(UnicodeCIDFont(CJK_FONT_KOREAN))
    # A character counts as covered only if both upright faces have it, so
    # bold can never reveal a missing glyph; the oblique faces lack Arabic,
    # so italic text falls back to upright for what they miss.
    maps = {name: set(f.face.charToGlyph) for name, f in faces.items()}
    _covered = frozenset(maps[FONT] & maps[FONT_BOLD])
    _covered_italic = frozenset(maps[FONT_ITALIC] & maps[FONT_BOLD_ITALIC])
    _registered = True


_FALLBACK_FILES = {EMOJI_FONT: _EMOJI_FILE, CJK_FONT: _CJK_FILE}
_fallback_covered: dict[str, frozenset[int]] = {}


def _fallback_coverage(name: str) -> frozenset[int]:
    """Loaded on first use: most reports have no emoji or CJK text, and each
    font costs up to ~80 ms to parse.  A missing file covers nothing, so its
    characters get stand-ins instead of failing the report."""
    if name not in _fallback_covered:
        path = font_dir() / _FALLBACK_FILES[name]
        if not path.exists():
            _fallback_covered[name] = frozenset()
        else:
            font = load_ttfont(name, path)
            pdfmetrics.registerFont(font)
            _fallback_covered[name] = frozenset(font.face.charToGlyph)
    return _fallback_covered[name]


def covered(ch: str) -> bool:
    register_fonts()
    return ord(ch) in _covered


# --------------------------------------------------------------- escaping

def xml_escape(text: str) -> str:
    """`&`, `<` and `>` as entities for reportlab's paragraph markup: what
    `xml.sax.saxutils.escape` does, without its import of `urllib.request` (~13 ms of
    every report command)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")



def _is_hangul(ch: str) -> bool:
    cp = ord(ch)
    return 0xAC00 <= cp <= 0xD7AF or 0x1100 <= cp <= 0x11FF or 0x3130 <= cp <= 0x318F


def _font_for(ch: str, italic: bool) -> tuple[str | None, str]:
    """(font or None for the main font, text) for one character: the main
    font, else the emoji font, else the CJK fonts, else a stand-in."""
    cp = ord(ch)
    if cp in _covered or ch == "\n":
        return (FONT if italic and ch != "\n" and cp not in _covered_italic else None), ch
    if cp in _fallback_coverage(EMOJI_FONT):
        return EMOJI_FONT, ch
    if cp in _fallback_coverage(CJK_FONT):
        return CJK_FONT, ch
    if _is_hangul(ch):
        return CJK_FONT_KOREAN, ch
    return None, stand_in(ch)  # no font has it: named in brackets, or a visible, honest placeholder


def _runs(s: object, italic: bool = False, room: Room = CELL) -> list[tuple[str | None, str]]:
    """Split user text into (font or None for the main font, text) runs,
    after the guard has fitted it to its room."""
    register_fonts()
    s = "\n".join(visual_order(line) for line in clean(s, room).split("\n"))
    runs: list[tuple[str | None, str]] = []
    for ch in s:
        font, text = _font_for(ch, italic)
        if runs and runs[-1][0] == font:
            runs[-1] = (font, runs[-1][1] + text)
        else:
            runs.append((font, text))
    return runs


def escape_text(s: object, italic: bool = False, room: Room = CELL) -> str:
    """Make user text safe Paragraph markup that fits its `room` (see textguard).

    Paragraph parses an XML-ish mini language, so raw '<' or '&' in a name or
    a note would raise or, worse, silently change formatting.  Characters the
    main font lacks are switched to a fallback font so they never print as
    empty boxes.  Line breaks the user typed are kept.  Pass italic=True for
    text set in an oblique style, whose faces cover fewer scripts.
    """
    # cached, so a batch of many reports escapes each name once; the key is
    # cut to what the guard reads at most, so a megabyte note is not kept
    return _escape_cached("" if s is None else str(s)[: room.scan], italic, room)


@lru_cache(maxsize=8192)
def _escape_cached(s: str, italic: bool, room: Room) -> str:
    parts = []
    for font, text in _runs(s, italic, room):
        esc = xml_escape(text).replace("\n", "<br/>")
        parts.append(esc if font is None else f'<font name="{font}">{esc}</font>')
    return "".join(parts)


def text_runs(s: object, font: str = FONT, room: Room = LINE) -> list[tuple[str, str]]:
    """For text drawn straight on a canvas or in a chart, which cannot switch
    fonts mid-string: (font name, text) runs, `font` standing for the main
    font.  Single-line: line breaks become spaces."""
    return [(f or font, t) for f, t in _runs(s, room=room)]


def canvas_text(s: object) -> tuple[str, str | None]:
    """The displayable text and, if all of it needs one fallback font, that
    font -- for measuring and shortening labels."""
    runs = _runs(s, room=LINE)
    fonts = {f for f, _ in runs}
    text = "".join(t for _, t in runs)
    return text, (next(iter(fonts)) if len(fonts) == 1 else None)


def fit_width(s: object, font: str, size: float, width: float) -> str:
    """The longest start of `s` (with an ellipsis when cut) whose one line
    fits `width`: for labels and headers, which cannot wrap.  A binary search,
    so a 2,000-character name costs a dozen measurements, not two thousand."""
    text = clean(s, LINE)
    if runs_width(text_runs(text, font), size) <= width:
        return text

    def fits(n: int) -> bool:
        return runs_width(text_runs(text[:n].rstrip() + ELLIPSIS, font), size) <= width

    lo, hi = 0, len(text)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if fits(mid):
            lo = mid
        else:
            hi = mid - 1
    return text[:lo].rstrip() + ELLIPSIS


def runs_width(runs: Sequence[tuple[str, str]], size: float) -> float:
    return sum(pdfmetrics.stringWidth(t, f, size) for f, t in runs)


def draw_string(
    canvas: Canvas, x: float, y: float, s: object, font: str = FONT, size: float = 9, align: str = "left"
) -> float:
    """Draw user text on a canvas, switching fonts per run; returns the width."""
    runs = text_runs(s, font)
    width = runs_width(runs, size)
    if align == "right":
        x -= width
    elif align == "center":
        x -= width / 2
    for fname, text in runs:
        canvas.setFont(fname, size)
        canvas.drawString(x, y, text)
        x += pdfmetrics.stringWidth(text, fname, size)
    return width


def report_translator(options: ReportOptions) -> Translator:
    """The report's own language (chosen per report), never the process-wide one."""
    return translator(options.language)


def english() -> Translator:
    """The default of the chart and format helpers when no translator is handed in."""
    return translator("en")


def fmt_date(d: date | None, tr: Translator | None = None) -> str:
    """Month names spelled out (CLDR, the report's language) regardless of the process
    locale (Qt may set one), so '03/04' can never be misread across countries."""
    return (tr or english()).date(d)


def fmt_month(d: date, tr: Translator | None = None) -> str:
    return (tr or english()).month(d)


def fmt_pct(rate: float | None, tr: Translator | None = None) -> str:
    return (tr or english()).percent(rate)


def fmt_hours(hours: float, tr: Translator | None = None) -> str:
    return (tr or english()).hours(hours)


# --------------------------------------------------------------- palette

NAVY = colors.HexColor("#1F3A5F")
TEAL = colors.HexColor("#2A7F8F")
TEAL_LIGHT = colors.HexColor("#9CCFD6")
AMBER = colors.HexColor("#E0A82E")
CORAL = colors.HexColor("#C8553D")
PLUM = colors.HexColor("#6D597A")
INK = colors.HexColor("#222831")
MUTED = colors.HexColor("#5F6B7A")
RULE = colors.HexColor("#C9D1DB")
TINT = colors.HexColor("#F1F4F8")
WHITE = colors.white

SERIES = (NAVY, AMBER, TEAL, CORAL, PLUM, colors.HexColor("#7A9E3B"))


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
        "th": s("th", fontName=FONT_BOLD, fontSize=7.5, leading=9.5, textColor=WHITE),
        "th_right": s("th_right", fontName=FONT_BOLD, fontSize=7.5, leading=9.5, textColor=WHITE, alignment=TA_RIGHT),
        "note": s("note", fontName=FONT_ITALIC, fontSize=7.5, leading=10, textColor=MUTED),
        "kpi_value": s("kpi_value", fontName=FONT_BOLD, fontSize=17, leading=21, textColor=NAVY, alignment=TA_CENTER),
        "kpi_label": s("kpi_label", fontSize=7.5, leading=9.5, textColor=MUTED, alignment=TA_CENTER),
        "label": s("label", fontSize=7.5, leading=10, textColor=MUTED),
        "value": s("value", fontName=FONT_BOLD, fontSize=9, leading=12),
    }


# --------------------------------------------------------------- page template

MARGIN_X = 18 * mm
MARGIN_TOP = 27 * mm
MARGIN_BOTTOM = 20 * mm


def page_size(options: ReportOptions) -> tuple[float, float]:
    return LETTER if options.page_size == "Letter" else A4


def frame_width(options: ReportOptions) -> float:
    return page_size(options)[0] - 2 * MARGIN_X


class _NumberedCanvas(Canvas):
    """'Page X of Y' needs Y before any page is final, so pages are held back
    until save() and numbered then; everything else is drawn per page."""

    def __init__(self, *args: object, tr: Translator | None = None, **kwargs: object) -> None:
        self._tr = tr or english()
        # reportlab opens every page in Helvetica, a font it never embeds: start in ours
        # so every font a report names is embedded (pdffonts shows no Helvetica).
        register_fonts()
        kwargs["initialFontName"] = kwargs.get("initialFontName") or FONT
        super().__init__(*args, **kwargs)
        self._held_pages: list[dict] = []

    def showPage(self) -> None:
        self._held_pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._held_pages)
        for state in self._held_pages:
            self.__dict__.update(state)
            width = self._pagesize[0]
            self.setFont(FONT, 7.5)
            self.setFillColor(MUTED)
            self.drawRightString(width - MARGIN_X, MARGIN_BOTTOM - 11 * mm,
                                   self._tr.gettext("Page %(page)s of %(total)s") % {
                                       "page": self._pageNumber, "total": total})
            super().showPage()
        super().save()


def _logo_image(data: bytes | None, path: Path | str | None) -> object | None:
    """What `drawImage` takes for the logo: the file's own image, else a path that exists."""
    if data:
        from reportlab.lib.utils import ImageReader

        return ImageReader(io.BytesIO(data))
    if path and Path(path).is_file():
        return str(path)
    return None


def header_name(options: ReportOptions, fallback_name: str = "") -> str:
    """Top-left of every page: the company, else the program, else the app --
    never blank, in every report."""
    for name in (options.company_name, fallback_name):
        if name and str(name).strip():
            return str(name).strip()
    return "MentorDesk"


class PageDecorator:
    """Header and footer, drawn by onFirstPage/onLaterPages."""

    def __init__(self, options: ReportOptions, title: str, fallback_name: str = "") -> None:
        self.options = options
        self.tr = report_translator(options)
        self.title = title
        self.name = header_name(options, fallback_name)

    def __call__(self, canvas: Canvas, doc: SimpleDocTemplate) -> None:
        width, height = doc.pagesize
        canvas.saveState()
        top = height - 12 * mm
        x = MARGIN_X
        logo = self.options.logo_path
        try:  # a broken logo (or a path too long to exist) must not cost HR the whole report
            image = _logo_image(self.options.logo_data, logo)
            if image is not None:
                canvas.drawImage(
                    image, x, top - 8 * mm, width=24 * mm, height=10 * mm,
                    preserveAspectRatio=True, anchor="sw", mask="auto",
                )
                x += 27 * mm
        except Exception:  # noqa: BLE001, S110 -- printed without it instead
            pass
        canvas.setFillColor(NAVY)
        room = width - MARGIN_X - x - runs_width(text_runs(self.title), 8.5) - 8 * mm
        draw_string(canvas, x, top - 4 * mm, fit_width(self.name, FONT_BOLD, 10.5, room), FONT_BOLD, 10.5)
        canvas.setFillColor(MUTED)
        draw_string(canvas, width - MARGIN_X, top - 4 * mm, self.title, FONT, 8.5, align="right")
        canvas.setStrokeColor(TEAL)
        canvas.setLineWidth(1.2)
        canvas.line(MARGIN_X, top - 10 * mm, width - MARGIN_X, top - 10 * mm)

        fy = MARGIN_BOTTOM - 7 * mm
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN_X, fy, width - MARGIN_X, fy)
        canvas.setFillColor(MUTED)
        canvas.setFont(FONT, 7.5)
        footer = self.tr.gettext("Report date %(date)s  ·  Confidential: contains personal data") % {
            "date": self.tr.date(self.options.generated_on)}
        draw_string(canvas, MARGIN_X, fy - 4 * mm, fit_width(footer, FONT, 7.5, width * 0.7), FONT, 7.5)
        canvas.restoreState()


def render(
    story: Sequence[Flowable],
    options: ReportOptions,
    title: str,
    out: str | Path | BinaryIO,
    subject: str = "",
    fallback_name: str = "",
) -> None:
    """Lay out a story with the house page template and write it out.

    Paths are written via a temp file and rename so a crash or a cancel
    never leaves half a PDF, and created owner-only since reports hold
    personal data.
    """
    register_fonts()
    buf = io.BytesIO()
    decorate = PageDecorator(options, title, fallback_name)  # `title` comes translated
    # one flowable that cannot be laid out is sliced over pages, never the end of the report
    doc = ForgivingDocTemplate(
        buf,
        pagesize=page_size(options),
        # the frame pads by 6 pt; this lines content up with header and footer
        leftMargin=MARGIN_X - 6,
        rightMargin=MARGIN_X - 6,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=f"{title}: {subject}" if subject else title,
        author=clean(options.company_name, NAME) or "MentorDesk",
        subject=subject,
        creator="MentorDesk",
    )
    doc.build(list(story), onFirstPage=decorate, onLaterPages=decorate,
              canvasmaker=partial(_NumberedCanvas, tr=decorate.tr))
    data = buf.getvalue()
    if isinstance(out, (str, os.PathLike)):
        write_private(Path(out), data)
    else:
        out.write(data)


def write_private(path: Path, data: bytes) -> None:
    """Atomically replace `path` with `data`, readable by the owner only.

    Through `storage.outputs`, so even a caller that does not know the open file
    never writes a report over a database or SQLite's journal beside one.
    """
    from ..storage.outputs import write_bytes

    write_bytes(Path(path), data)


TableStyleCommands = list[tuple]


def table_style(header_rows: int = 1, zebra: bool = True, total_row: bool = False) -> TableStyleCommands:
    """One table look everywhere: navy header, hairline rows, soft zebra."""
    # plain-string cells (dates, numbers) are several times cheaper to lay
    # out than Paragraphs, so tables style them here and keep Paragraphs for
    # free text only
    cmds: TableStyleCommands = [
        ("FONT", (0, 0), (-1, header_rows - 1), FONT_BOLD, 7.5, 9.5),
        ("TEXTCOLOR", (0, 0), (-1, header_rows - 1), WHITE),
        ("FONT", (0, header_rows), (-1, -1), FONT, 8, 10.5),
        ("TEXTCOLOR", (0, header_rows), (-1, -1), INK),
        ("BACKGROUND", (0, 0), (-1, header_rows - 1), NAVY),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("VALIGN", (0, 0), (-1, header_rows - 1), "BOTTOM"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
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

