"""Make text above U+FFFF (emoji, rare CJK) extractable from the PDFs.

reportlab writes each subset font's ToUnicode map as "<code> <%04X>", so a
code point above U+FFFF becomes five or six hex digits, which is not UTF-16:
viewers then copy, search and read aloud nothing for an emoji, and pypdf
reports "invalid hex string".  The PDF reference wants UTF-16BE there (a
surrogate pair for such characters), which is what this wrapper writes.
"""

from __future__ import annotations

import re

from reportlab.pdfbase import ttfonts

_ASTRAL = re.compile(r"<([0-9A-F]{5,6})>$", re.MULTILINE)


def _utf16(match: re.Match[str]) -> str:
    return "<" + chr(int(match[1], 16)).encode("utf-16-be").hex().upper() + ">"


def install() -> None:
    """Idempotent: wrap reportlab's ToUnicode writer once per process."""
    original = ttfonts.makeToUnicodeCMap
    if getattr(original, "_mentordesk_utf16", False):
        return

    def make_to_unicode_cmap(fontname: str, subset: list[int]) -> str:
        return _ASTRAL.sub(_utf16, original(fontname, subset))

    make_to_unicode_cmap._mentordesk_utf16 = True  # type: ignore[attr-defined]
    ttfonts.makeToUnicodeCMap = make_to_unicode_cmap
