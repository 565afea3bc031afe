"""Formula-injection escaping of single cells, reversible so export -> import -> export is exact.

A spreadsheet treats a cell starting with ``=``, ``+``, ``-`` or ``@`` (and, in some programs,
tab or carriage return followed by one) as a formula: a name like ``=HYPERLINK(...)`` or
``@SUM(...)`` typed into an HR system would run when HR opens the export (OWASP "CSV Injection").
OWASP's advice is to prefix such cells with a single quote, which spreadsheets show as text.

The prefix must come off again on import, exactly and unambiguously:

* export writes ``'`` + value when the value starts with a trigger character, or when it starts
  with ``'`` followed by a trigger character or another ``'`` (so a value that genuinely starts
  with ``'=`` or ``''`` gets its own prefix and is not mistaken for an escaped one);
* import removes one leading ``'`` only when a trigger character or a ``'`` follows it.

So ``unescape(escape(v)) == v`` for every value, and ``escape(unescape(c)) == c`` for every
cell MentorDesk wrote. A value such as ``'t Hart`` (a Dutch surname) is written and read as it
is, whichever program made the file.

Numbers are not exempt: ``-5`` or a phone number ``+44 20 7946 0000`` in a free-text column is
written as ``'-5`` / ``'+44 ...``, because ``-2+3`` or ``+cmd|...`` are formulas too and telling
harmless numbers apart is exactly what injection payloads exploit. A spreadsheet shows such a
cell as text; MentorDesk reads it back without the quote.
"""

from __future__ import annotations

__all__ = ["QUOTE", "TRIGGERS", "escape_cell", "unescape_cell"]

TRIGGERS = frozenset("=+-@\t\r")
QUOTE = "'"
_AFTER_QUOTE = TRIGGERS | {QUOTE}


def escape_cell(value: str) -> str:
    """The cell to write for ``value``: prefixed with ``'`` when a spreadsheet could run it."""
    if not value:
        return value
    if value[0] in TRIGGERS or (value[0] == QUOTE and value[1:2] in _AFTER_QUOTE and value[1:2]):
        return QUOTE + value
    return value


def unescape_cell(cell: str) -> str:
    """The value a cell stands for: exactly one protective ``'`` removed, nothing else."""
    if cell[:1] == QUOTE and cell[1:2] and cell[1:2] in _AFTER_QUOTE:
        return cell[1:]
    return cell
