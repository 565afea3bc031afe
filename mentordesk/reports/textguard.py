"""The one gate every piece of user text passes on its way into a report.

The import accepts a 2,000-character name, a comment of a thousand line
breaks or a word of 2,000 letters without a space; reportlab cannot split a
table row or a line of a chart, so such text used to end the whole report
with a LayoutError.  Rather than guard each field where it is printed, every
string is cleaned here once, by the *room* its place on the page gives it: a
length cap (with an ellipsis, so a cut is visible), a cap on line breaks,
and the removal of what no font can draw (controls, zero-width and bidi
formatting characters, variation selectors, runaway combining marks).
Unbroken runs (a long word, a URL, CJK) need no help here: paragraphs split
words wider than their column, and single-line labels are fitted by width.
The full text always stays in the app; the report shows its start.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass


@dataclass(frozen=True)
class Room:
    """How much text a place on the page can hold without outgrowing a page."""

    chars: int
    lines: int

    @property
    def scan(self) -> int:
        """How much of a text the guard reads at most: room for the invisible
        characters it drops, while a hostile megabyte costs no more than this."""
        return self.chars * 4 + 256


# A name, branch, department or program: enough to recognise it, never a page.
NAME = Room(150, 1)
# A goal, a check-in question, a competency, a status: a few lines in a cell.
LABEL = Room(300, 3)
# A note, topics, a comment, a reason, a purpose: one table cell (a row cannot
# break across pages, so this is what keeps every row far below a page).
CELL = Room(600, 12)
# Free paragraphs that may split across pages (HR summary, next steps).
PROSE = Room(4000, 80)
# One line drawn on a chart or the page header, later shortened to its width.
LINE = Room(300, 1)

ELLIPSIS = "…"
REPLACEMENT = "\ufffd"
MAX_MARKS = 4  # combining marks kept on one letter: enough for Vietnamese or pointed Hebrew, not for "Zalgo"

_SURROGATE = re.compile("[\ud800-\udfff]")
_BREAK = re.compile("\r\n|[\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")
_BLANK_RUN = re.compile(r"\n[ \t]*(?:\n[ \t]*)+\n")
# Below U+0300 (where combining marks begin) the only characters `_invisible` drops are
# the C0/C1 controls and the soft hyphen, so most text (Latin, with accents) needs no
# per-character pass: one substitution does the same in C (issue 15).
_BELOW_MARKS = "\u0300"
_INVISIBLE_BELOW_MARKS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\xad]")


def _invisible(ch: str) -> bool:
    """Characters that print nothing useful and that no report font draws:
    controls, format characters (zero-width space and joiners, bidi
    overrides, BOM, soft hyphen), variation selectors, tag characters and
    emoji skin-tone modifiers (shown alone they would be a coloured box)."""
    cp = ord(ch)
    if ch in "\n\t":
        return False
    if 0xFE00 <= cp <= 0xFE0F or 0xE0000 <= cp <= 0xE01EF or 0x1F3FB <= cp <= 0x1F3FF:
        return True
    return unicodedata.category(ch) in ("Cc", "Cf")


def _drop_invisible_and_marks(s: str) -> str:
    if not s or max(s) < _BELOW_MARKS:
        return _INVISIBLE_BELOW_MARKS.sub("", s).replace("\t", " ")
    out: list[str] = []
    marks = 0
    for ch in s:
        if _invisible(ch):
            continue
        if unicodedata.category(ch)[0] == "M":
            marks += 1
            if marks > MAX_MARKS or not out:
                continue
        else:
            marks = 0
        out.append(" " if ch == "\t" else ch)
    return "".join(out)


def _limit_lines(s: str, lines: int) -> str:
    """Keep the first `lines` line breaks; later ones become spaces, and
    blank-line runs shrink to one blank line."""
    s = _BLANK_RUN.sub("\n\n", s)
    if lines <= 1:
        return s.replace("\n", " ")
    parts = s.split("\n")
    if len(parts) <= lines:
        return s
    return "\n".join(parts[: lines - 1] + [" ".join(parts[lines - 1 :])])


def clip(s: str, chars: int) -> str:
    """Cut to `chars` characters with a visible ellipsis, never leaving a
    combining mark without its letter at the cut."""
    if len(s) <= chars:
        return s
    cut = s[: max(1, chars - 1)]
    while cut and unicodedata.category(cut[-1])[0] == "M":
        cut = cut[:-1]
    return cut.rstrip() + ELLIPSIS


def clean(value: object, room: Room = CELL) -> str:
    """User text made safe to lay out in `room`: the single guard the report
    modules call (through `styles.escape_text` and `styles.text_runs`)."""
    if value is None:
        return ""
    s = str(value)
    # bound the work on a hostile megabyte before any per-character pass
    s = s[: room.scan]
    s = _SURROGATE.sub(REPLACEMENT, s)
    s = unicodedata.normalize("NFC", s)
    s = _BREAK.sub("\n", s)
    s = _drop_invisible_and_marks(s)
    s = _limit_lines(s.strip(), room.lines)
    return clip(s, room.chars)


def stand_in(ch: str) -> str:
    """What to print for a character no embedded font has: a symbol (a newer
    emoji, a pictograph) is named in brackets so the reader still learns what
    was meant; anything else is the replacement character, an honest gap."""
    if unicodedata.category(ch) in ("So", "Sk", "Sm"):
        name = unicodedata.name(ch, "")
        if name:
            return f"[{name.lower()}]"
    return REPLACEMENT
