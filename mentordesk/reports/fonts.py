"""The report fonts: DejaVu embedded in every PDF, emoji and CJK faces loaded when a
character needs them, and which face prints each character.

Kept apart from the escaping and page code so a change of font (or a new fallback
script) touches one small file; parsing is cached (`font_cache`) and done once per process.
"""

from __future__ import annotations

from pathlib import Path

from reportlab import rl_config
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus.tables import CellStyle

from .font_cache import load_ttfont
from .textguard import stand_in
from .unicode_cmap import install as _install_utf16_cmaps

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
_covered_italic: frozenset[int] | None = None  # read on the first italic text (most reports have none)


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
    this from their initializer), and its result is kept in the user's cache (`font_cache`).
    The italic faces are registered by name here but read only when italic text is
    measured or drawn (`font_cache._LazyFace`)."""
    global _registered, _covered
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
    # names is embedded (pdffonts lists no unembedded font).  reportlab.graphics reads
    # its default from rl_config whenever a shape is made, so this holds for code that
    # still draws with it without importing it here (issue 15: the reports do not).
    CellStyle.fontname = FONT
    rl_config.defaultGraphicsFontName = FONT
    # A character counts as covered only if both upright faces have it, so
    # bold can never reveal a missing glyph.
    _covered = frozenset(faces[FONT].face.charToGlyph.keys() & faces[FONT_BOLD].face.charToGlyph.keys())
    _registered = True


def _italic_covered() -> frozenset[int]:
    """What both oblique faces have: they lack Arabic, so italic text falls back to
    upright for what they miss.  Asked only for italic text, so the oblique faces
    stay unread in a report without any."""
    global _covered_italic
    if _covered_italic is None:
        italic, bold_italic = (pdfmetrics.getFont(name).face.charToGlyph for name in (FONT_ITALIC, FONT_BOLD_ITALIC))
        _covered_italic = frozenset(italic.keys() & bold_italic.keys())
    return _covered_italic


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



def _korean() -> str:
    """The viewer's Korean CID font, registered on the first Hangul character (few reports have one)."""
    if CJK_FONT_KOREAN not in pdfmetrics.getRegisteredFontNames():
        from reportlab.pdfbase.cidfonts import UnicodeCIDFont

        pdfmetrics.registerFont(UnicodeCIDFont(CJK_FONT_KOREAN))
    return CJK_FONT_KOREAN


def _is_hangul(ch: str) -> bool:
    cp = ord(ch)
    return 0xAC00 <= cp <= 0xD7AF or 0x1100 <= cp <= 0x11FF or 0x3130 <= cp <= 0x318F


def _font_for(ch: str, italic: bool) -> tuple[str | None, str]:
    """(font or None for the main font, text) for one character: the main
    font, else the emoji font, else the CJK fonts, else a stand-in."""
    cp = ord(ch)
    if cp in _covered or ch == "\n":
        return (FONT if italic and ch != "\n" and cp not in _italic_covered() else None), ch
    if cp in _fallback_coverage(EMOJI_FONT):
        return EMOJI_FONT, ch
    if cp in _fallback_coverage(CJK_FONT):
        return CJK_FONT, ch
    if _is_hangul(ch):
        return _korean(), ch
    return None, stand_in(ch)  # no font has it: named in brackets, or a visible, honest placeholder

