"""Turn the bytes of a supposed CSV into text, or say in one sentence what the file really is.

Strict on purpose: guessing cp1252 would silently corrupt names in other scripts, and decoding
a PNG or a renamed workbook as text produces hundreds of nonsense "problems". Each known
impostor gets its own sentence; UTF-16 without a byte order mark (what some HR tools and
PowerShell write) is recognised by its pattern of zero bytes.
"""

from __future__ import annotations

import os
from pathlib import Path

from ..i18n import N_
from ..i18n import gettext as _
from .model import Problem, Source

__all__ = ["LEGACY_ENCODINGS", "NotText", "guess_legacy_encoding", "load_text"]

SAVE_AS = N_("In Excel choose File > Save As > 'CSV UTF-8 (Comma delimited)' and import that file.")

# (signature, what the file is): checked before any decoding.
_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"PK\x03\x04", N_("an Excel workbook (.xlsx) or another zipped file")),
    (b"PK\x05\x06", N_("an empty zip archive")),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", N_("an older Excel workbook (.xls) or Word document")),
    (b"SQLite format 3\x00", N_("a database (perhaps a MentorDesk file)")),
    (b"\x89PNG\r\n\x1a\n", N_("a PNG picture")),
    (b"\xff\xd8\xff", N_("a JPEG picture")),
    (b"GIF8", N_("a GIF picture")),
    (b"%PDF", N_("a PDF document")),
    (b"\x1f\x8b", N_("a gzip-compressed file")),
)
_SAMPLE = 4096

#: Older Windows encodings HR exports arrive in, with how the window names them. Only these
#: are offered: each is read after HR says yes, never silently (a wrong guess mangles names).
LEGACY_ENCODINGS: dict[str, str] = {
    "cp1252": N_("Windows text (Western European)"),
    "cp1250": N_("Windows text (Central European)"),
}


class NotText(Exception):
    """The file is not UTF-8 text; ``problem`` says what it is and what to do."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(str(problem))
        self.problem = problem


def _refuse(message: str, line: int = 0) -> NotText:
    return NotText(Problem(line, None, message))


def _utf16_without_bom(data: bytes) -> str | None:
    """'little-endian'/'big-endian' when zero bytes sit on one side of each pair, else None.

    A CSV header is ASCII column names, so in UTF-16 every second byte of it is zero; in UTF-8
    text a zero byte is (almost) never there at all.
    """
    sample = data[: _SAMPLE - _SAMPLE % 2]
    pairs = len(sample) // 2
    if pairs < 2:
        return None
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    if odd >= pairs * 0.3 and even <= pairs * 0.05:
        return "little-endian"
    if even >= pairs * 0.3 and odd <= pairs * 0.05:
        return "big-endian"
    return None


def _looks_binary(data: bytes) -> bool:
    """Many control bytes (other than tab and line ends) in the start: not a text file at all."""
    sample = data[:_SAMPLE]
    controls = sum(1 for b in sample if b < 0x20 and b not in (0x09, 0x0A, 0x0D))
    return bool(sample) and controls > max(4, len(sample) // 20)


def guess_legacy_encoding(data: bytes) -> str | None:
    """Which of ``LEGACY_ENCODINGS`` reads these (non-UTF-8) bytes as words, or None.

    Each candidate decodes the bytes; the one whose non-ASCII characters are most often
    letters wins (Polish ``ł`` is ``0xB3``: a letter in cp1250, a superscript 3 in cp1252),
    Western European on a tie. Letters below half of them: no guess, the file is refused.
    """
    if _looks_binary(data) or _utf16_without_bom(data) is not None:
        return None
    best, best_score = None, 0.5
    for encoding in LEGACY_ENCODINGS:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        wide = [c for c in text if ord(c) > 0x7F]
        if not wide:
            continue
        score = sum(c.isalpha() for c in wide) / len(wide)
        if score > best_score:
            best, best_score = encoding, score
    return best


def _decode_as(data: bytes, encoding: str) -> str:
    """Text in the encoding HR chose; a byte it cannot hold is named with its line.

    Bytes that are valid UTF-8 are read as UTF-8 whatever was chosen: accented letters in
    UTF-8 are never valid by accident, and reading them as cp1252 would turn "Núñez" into
    "NÃºÃ±ez" (a choice remembered from last month's export must not mangle this month's).
    """
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError) as exc:
        where = data.count(b"\n", 0, exc.start) + 1 if isinstance(exc, UnicodeDecodeError) else 0
        raise _refuse(_("the file cannot be read as %(encoding)s; it was probably saved in another "
                        "encoding.") % {"encoding": encoding} + " " + _(SAVE_AS), where) from None


def decode(data: bytes, encoding: str | None = None) -> str:
    """The file's text; raises NotText with a sentence for anything that is not UTF-8 text
    (or, when HR chose ``encoding``, not text in that encoding)."""
    if data.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        raise _refuse(_("The file is saved as UTF-32, not as UTF-8 text.") + " " + _(SAVE_AS))
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise _refuse(_("The file is saved as UTF-16 (Excel's 'Unicode Text'), not as CSV.") + " " + _(SAVE_AS))
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    for signature, what in _SIGNATURES:
        if data.startswith(signature):
            raise _refuse(_("The file is %(what)s, not a CSV text file.") % {"what": _(what)} + " " + _(SAVE_AS))
    order = _utf16_without_bom(data)
    if order is not None:
        raise _refuse(
            _("The file is UTF-16 (%(order)s) without a byte order mark, not UTF-8 text; save it as UTF-8.")
            % {"order": order} + " " + _(SAVE_AS)
        )
    if encoding is not None and encoding.replace("-", "").replace("_", "").lower() not in ("utf8", "utf8sig"):
        if _looks_binary(data):
            raise _refuse(_("The file holds binary data, not CSV text (is it the right file?).") + " "
                          + _(SAVE_AS))
        return _decode_as(data, encoding)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        if _looks_binary(data):
            raise _refuse(_("The file holds binary data, not CSV text (is it the right file?).") + " "
                          + _(SAVE_AS)) from None
        line = data.count(b"\n", 0, exc.start) + 1
        byte = data[exc.start]
        raise _refuse(
            _("the file is not UTF-8 text (byte 0x%(byte)s here is not valid UTF-8; it is "
              "usually an accented letter saved in an older Windows encoding).") % {"byte": f"{byte:02X}"}
            + " " + _(SAVE_AS),
            line,
        ) from None


def read_bytes(source: Source) -> bytes | str:
    """The raw content of a path, bytes or stream (a text stream gives its text)."""
    if isinstance(source, (bytes, bytearray)):
        return bytes(source)
    if isinstance(source, (str, os.PathLike)):
        return Path(source).read_bytes()
    data = source.read()
    return bytes(data) if isinstance(data, (bytes, bytearray)) else data


def load_text(source: Source, encoding: str | None = None) -> str:
    """Text of a path, bytes or stream (a text stream is trusted to be decoded already)."""
    data = read_bytes(source)
    if isinstance(data, str):
        return data.removeprefix("\ufeff")
    return decode(data, encoding)
