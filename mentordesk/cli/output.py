"""Make user data safe to print on a terminal.

Names, titles, notes and file names come from HR systems, colleagues and merged branch files.
Printed raw, an ESC or C1 sequence in a name can recolour or clear the screen, move the
cursor over earlier lines, set the window title or (in some terminals) write to the clipboard;
a bidi override makes text read in another order than stored; a carriage return lets a name
overwrite the line it is on. So every character a terminal would *act on* is shown as an
escape (``\\u001b``) instead:

* ``safe(text)`` for one value printed on a line of its own making (a name in a table, a
  problem message): everything the validation rules refuse in a one-line field, including
  tab, line break and carriage return, is escaped.
* ``TerminalSafe`` wraps ``sys.stdout``/``sys.stderr`` for the whole command (``cli.main``) as
  the net under every print (``terminal_safe`` on ``cli.main``), JSON included: there tab, line
  feed and carriage return keep their meaning (the program's own layout and progress lines),
  everything else is escaped. A ``\\uXXXX`` escape is also valid inside a JSON string, so ``--json``
  output stays exact JSON.
"""

from __future__ import annotations

import functools
import io
import sys
from collections.abc import Callable
from typing import ParamSpec, TextIO, TypeVar

from ..validation import bad_characters

__all__ = ["TerminalSafe", "safe", "terminal_safe"]

P = ParamSpec("P")
R = TypeVar("R")

_LAYOUT = frozenset("\t\n\r")


def _escape(ch: str) -> str:
    return f"\\u{ord(ch):04x}"


def safe(value: object, *, keep_layout: bool = False) -> str:
    """``str(value)`` with every control, bidi-override or line-breaking character escaped.

    With ``keep_layout`` tab, line feed and carriage return are left alone (for text whose
    layout the program made, such as a JSON document or a multi-line report).
    """
    text = str(value)
    bad = bad_characters(text)
    if not bad:
        return text
    out = list(text)
    for pos, ch in bad:
        if not (keep_layout and ch in _LAYOUT):
            out[pos - 1] = _escape(ch)
    return "".join(out)


class TerminalSafe(io.TextIOBase):
    """A text stream that passes everything through ``safe(..., keep_layout=True)``."""

    def __init__(self, stream: TextIO) -> None:
        super().__init__()
        self.stream = stream

    def write(self, text: str) -> int:
        self.stream.write(safe(text, keep_layout=True))
        return len(text)

    def flush(self) -> None:
        self.stream.flush()

    def isatty(self) -> bool:
        return self.stream.isatty()

    def fileno(self) -> int:
        return self.stream.fileno()

    @property
    def encoding(self) -> str:  # type: ignore[override]
        return getattr(self.stream, "encoding", "utf-8")

    def writable(self) -> bool:
        return True


def terminal_safe(func: Callable[P, R]) -> Callable[P, R]:
    """Run ``func`` (a command's entry point) with stdout and stderr wrapped in
    ``TerminalSafe``, restoring the real streams afterwards."""

    @functools.wraps(func)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        saved = sys.stdout, sys.stderr
        sys.stdout, sys.stderr = TerminalSafe(saved[0]), TerminalSafe(saved[1])
        try:
            return func(*args, **kwargs)
        finally:
            sys.stdout, sys.stderr = saved

    return wrapper
