"""Parsed report fonts kept in the user's cache folder, so a one-report command skips the parse.

Parsing the four DejaVu faces with reportlab costs ~45 ms on every `report` command (the
CJK fallback ~80 ms more when a name needs it); reading back what the parse produced costs
a third of that. Each face is stored as its parsed tables (everything but the raw file,
which is read again, and reportlab's scaling lambda, which is rebuilt) in a file named for
the font file's size and modification time and for the reportlab and Python versions, so
a changed font or library never meets a stale entry.

A face's tables are unpickled (and its file read) only when reportlab first asks the face
for something other than its name (`_LazyFace`): the italic faces are registered for every
report but drawn in few, and reading them back was half the remaining font time (issue 15).
The glyph-to-character table, which only text shaping reads, waits for its own first use;
the per-glyph metrics and offsets, which only subsetting reads, are kept as arrays
(`_Metrics`) rather than thousands of small Python objects: half the unpickling, and about
1.5 MB less memory to fault in per face.

The cache is a speed-up only: an entry that is missing, unreadable, damaged, written by
someone else or writable by others is ignored (the font is parsed as before) and replaced;
an unwritable cache folder just means parsing every time. Writing a font's entry removes
its older entries (another font file, reportlab or layout), so the folder never grows. Entries are owner-only (0600,
folder 0700) like every file MentorDesk creates; they hold font metrics, nothing personal.
"""

from __future__ import annotations

import os
import pickle
import re
import sys
from array import array
from collections.abc import Iterator, Sequence
from pathlib import Path
from weakref import WeakKeyDictionary

import reportlab
from reportlab.pdfbase.ttfonts import TTFont, TTFontFace

__all__ = ["load_ttfont"]

#: Attributes rebuilt on load rather than stored: the per-document state, the raw file
#: (read again: a copy in the cache would double its size) and a lambda pickle refuses.
_FONT_FRESH = frozenset({"state", "face"})
_FACE_FRESH = frozenset({"_ttf_data", "_pdfScale"})
#: Read only by text shaping: stored apart and unpickled on first use.
_REVERSE = "glyphToChar"
#: The entry's layout: (font's state, face's name, the face's state pickled on its own,
#: the face's glyph-to-character table pickled on its own).
_LAYOUT = "v3"


def _entry(name: str, path: Path, info: os.stat_result) -> Path:
    from ..i18n.catalog import cache_dir

    version = f"rl{reportlab.Version}-py{sys.version_info[0]}{sys.version_info[1]}-{_LAYOUT}"
    return cache_dir() / "fonts" / f"{name}-{info.st_size}-{info.st_mtime_ns}-{version}.pickle"


def _forget_older(entry: Path, name: str) -> None:
    """Remove this font's other entries (an older file, reportlab, Python or layout); not other fonts'."""
    mine = re.compile(re.escape(name) + r"-\d+-\d+-rl.*\.pickle")
    try:
        for other in entry.parent.iterdir():
            if other != entry and mine.fullmatch(other.name):
                other.unlink(missing_ok=True)
    except OSError:
        pass  # a tidy folder is a nicety; the report is unaffected


class _Metrics(Sequence):
    """A face's `hmetrics` -- (advance, left side bearing) per glyph -- held in two arrays.

    reportlab reads it only while subsetting (`aw, lsb = face.hmetrics[glyph]`, then
    `int()` of each); doubles and 64-bit integers hold every value it parses exactly."""

    def __init__(self, advances: array, bearings: array) -> None:  # noqa: D107
        self._advances, self._bearings = advances, bearings

    @classmethod
    def of(cls, pairs: Sequence[tuple[float, int]]) -> _Metrics:
        return cls(array("d", [aw for aw, _ in pairs]), array("q", [lsb for _, lsb in pairs]))

    def __len__(self) -> int:
        return len(self._advances)

    def __getitem__(self, glyph):  # type: ignore[override]
        if isinstance(glyph, slice):
            return [*zip(self._advances[glyph], self._bearings[glyph], strict=True)]
        return self._advances[glyph], self._bearings[glyph]

    def __iter__(self) -> Iterator[tuple[float, int]]:
        return zip(self._advances, self._bearings, strict=True)

    def __reduce__(self):
        return _Metrics, (self._advances, self._bearings)


def _trusted(entry: Path) -> bytes | None:
    """The entry's bytes if it is ours and nobody else can write it (a pickle runs code)."""
    try:
        with open(entry, "rb") as fh:
            info = os.fstat(fh.fileno())
            if hasattr(os, "getuid") and (info.st_uid != os.getuid() or info.st_mode & 0o022):
                return None
            return fh.read()
    except OSError:
        return None


def _scale(units_per_em: int):
    """reportlab's glyph-unit to 1/1000-em scale, as `TTFontFile.extractInfo` builds it."""
    if units_per_em == 1000:
        return lambda x: x
    factor = 1000 / units_per_em
    return lambda x: x * factor


class _LazyFace(TTFontFace):
    """A cached face that knows its name at once and unpickles its tables on first use.

    Every attribute of a parsed face lives on the instance, so asking for any of them
    (reportlab does, to measure, map or subset) finds it missing and lands in
    `__getattr__`, which fills the instance from the entry once.  Registering a font
    asks only for the face's name; the glyph-to-character table comes on its own first use."""

    def __init__(self, name: object, blobs: tuple[bytes, bytes], path: Path, size: int) -> None:  # noqa: D107
        # Deliberately not TTFontFace.__init__: that parses the file.
        self.name = name
        self._pending = (blobs, path, size)

    def __getattr__(self, attr: str) -> object:
        found = self.__dict__
        if "_pending" in found:
            self._load(*found.pop("_pending"))
            return getattr(self, attr)
        if attr == _REVERSE and "_pending_reverse" in found:
            try:
                found[_REVERSE] = pickle.loads(found.pop("_pending_reverse"))
            except Exception:  # noqa: BLE001 - a damaged table: take it from a fresh parse
                found[_REVERSE] = TTFontFace(self.filename).glyphToChar
            return found[_REVERSE]
        raise AttributeError(attr)

    def _load(self, blobs: tuple[bytes, bytes], path: Path, size: int) -> None:
        data = path.read_bytes()
        try:
            if len(data) != size:
                raise ValueError(path)
            state = pickle.loads(blobs[0])
            state["_pending_reverse"] = blobs[1]
        except Exception:  # noqa: BLE001 - a damaged entry, or the file changed: parse what is there
            state = vars(TTFontFace(str(path)))
        self.__dict__.update(state)
        self._ttf_data = data
        self._pdfScale = _scale(self.unitsPerEm)


def _restore(blob: bytes, path: Path, size: int) -> TTFont:
    font_state, face_name, face_blob, reverse_blob = pickle.loads(blob)
    font = TTFont.__new__(TTFont)
    font.__dict__.update(font_state)
    font.face = _LazyFace(face_name, (face_blob, reverse_blob), path, size)
    font.state = WeakKeyDictionary()
    return font


def _store(entry: Path, font: TTFont) -> None:
    from ..i18n.catalog import _write_private

    font_state = {k: v for k, v in vars(font).items() if k not in _FONT_FRESH}
    face_state = {k: v for k, v in vars(font.face).items() if k not in _FACE_FRESH | {_REVERSE}}
    face_state["hmetrics"] = _Metrics.of(face_state["hmetrics"])
    face_state["glyphPos"] = array("q", face_state["glyphPos"])
    blobs = (pickle.dumps(x, protocol=pickle.HIGHEST_PROTOCOL) for x in (face_state, font.face.glyphToChar))
    _write_private(entry, pickle.dumps((font_state, font.face.name, *blobs), protocol=pickle.HIGHEST_PROTOCOL))
    _forget_older(entry, font.fontName)


def load_ttfont(name: str, path: Path) -> TTFont:
    """`TTFont(name, path)`, from the cache when this exact file was parsed before.

    Errors reading the font itself are reportlab's, as without a cache."""
    try:
        info = path.stat()
        entry = _entry(name, path, info)
    except OSError:
        return TTFont(name, str(path))
    blob = _trusted(entry)
    if blob is not None:
        try:
            font = _restore(blob, path, info.st_size)
            if font.fontName == name:
                return font
        except Exception:  # noqa: BLE001 - a damaged or foreign entry: parse the font instead
            pass
    font = TTFont(name, str(path))
    try:
        _store(entry, font)
    except (OSError, pickle.PicklingError, TypeError, AttributeError, KeyError, OverflowError):
        pass  # no cache this time; the report is unaffected
    return font
