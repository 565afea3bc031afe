"""reportlab's web-address pattern compiles when a paragraph first splits a web address,
not whenever reportlab starts (issue 15).

`reportlab.platypus.paragraph` compiles, at import, one case-insensitive pattern that
recognises web addresses (`uri_pat`, taken from Django's URL validator). Its character
classes span U+00A1..U+FFFF, and Python 3.11's regular-expression compiler case-folds
such a class one character at a time: about 330 million instructions, 30-40 ms, four
tenths of importing `reportlab.platypus`, paid by every `report` command and by the
window's first preview. The pattern is used only when a long word that looks like a web
address must be broken across lines, which a MentorDesk report rarely needs.

`defer` imports the paragraph module with `re.compile` briefly wrapped so that this one
call -- a case-insensitive pattern compiled by that module's own top-level code --
returns a `DeferredPattern`, which compiles the same pattern with the same flags on first
use and then behaves exactly like it. Every other call, from any module or thread, goes
straight to `re.compile`, which is put back before `defer` returns. If reportlab changes
the pattern or the module, nothing is deferred and reportlab works as it always did.
"""

from __future__ import annotations

import re
import sys
import threading
from typing import Any

_MODULE = "reportlab.platypus.paragraph"
_lock = threading.Lock()


class DeferredPattern:
    """A compiled pattern that is compiled on first use (once, under a lock)."""

    __slots__ = ("_compiled", "_flags", "_lock", "pattern_text")

    def __init__(self, pattern: str, flags: int) -> None:  # noqa: D107
        self.pattern_text = pattern
        self._flags = flags
        self._compiled: re.Pattern[str] | None = None
        self._lock = threading.Lock()

    def compiled(self) -> re.Pattern[str]:
        """The real pattern, compiled now if no one has used it yet."""
        if self._compiled is None:
            with self._lock:
                if self._compiled is None:
                    self._compiled = re.compile(self.pattern_text, self._flags)
        return self._compiled

    def is_compiled(self) -> bool:
        """Whether the pattern was needed in this process (tests keep it unneeded)."""
        return self._compiled is not None

    def __getattr__(self, name: str) -> Any:
        return getattr(self.compiled(), name)


def _from_paragraph_module() -> bool:
    """Whether the `re.compile` call being wrapped comes from the paragraph module's own code."""
    caller = sys._getframe(2)  # 0: here, 1: the wrapper, 2: whoever called re.compile
    return caller.f_globals.get("__name__") == _MODULE


def defer() -> None:
    """Import `reportlab.platypus` with its web-address pattern left uncompiled, unless
    it is imported already (then it is too late and nothing changes)."""
    with _lock:
        if _MODULE in sys.modules:
            return
        original = re.compile

        def compile_later(pattern: Any, flags: int = 0) -> Any:
            if isinstance(pattern, str) and flags & re.IGNORECASE and _from_paragraph_module():
                return DeferredPattern(pattern, flags)
            return original(pattern, flags)

        re.compile = compile_later
        try:
            import reportlab.platypus  # noqa: F401 - runs the paragraph module's top level now
        finally:
            re.compile = original
