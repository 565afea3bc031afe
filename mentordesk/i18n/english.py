"""English dates and numbers without Babel: the same text Babel's en_GB gives, at no start-up cost.

Babel loads its CLDR data (~20 ms) the first time it formats anything, and most
commands are run in English, where the formats are few and fixed: "7 Jan 2026",
"Sept 2026", "1,234.5", "84%". This module writes exactly those, following Babel's
own steps (the value's shortest decimal text, rounded half-even, the sign taken
before rounding, so "-0" stays "-0"), and answers None for anything it was not
built for (an unknown pattern, infinity, NaN, huge values) so the caller asks Babel.
`tests/test_i18n_english.py` compares it with Babel over many dates and numbers:
a newer CLDR (say "Sep" instead of "Sept") fails there rather than drifting apart.
"""

from __future__ import annotations

import datetime as dt

#: en_GB abbreviated month names (CLDR, format context), as Babel's "MMM" writes them.
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov", "Dec")

#: Number patterns used in MentorDesk -> (minimum, maximum fraction digits, grouped in thousands, power of ten, suffix).
_PATTERNS: dict[str, tuple[int, int, bool, int, str]] = {
    "#,##0.#": (0, 1, True, 0, ""),
    "0.0": (1, 1, False, 0, ""),
    "0.##": (0, 2, False, 0, ""),  # competency levels in the report's chart ("2.5 → 3.75")
    "#,##0": (0, 0, True, 0, ""),
    "#,##0%": (0, 0, True, 2, "%"),  # en_GB's percent format
}
#: Above this Babel's 28-digit decimal context may differ (or refuse): leave such values to Babel.
_LIMIT = 10**15


def date(d: dt.date) -> str:
    """Babel's en_GB "yMMMd": day without a leading zero, month abbreviated, year unpadded."""
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def month(d: dt.date) -> str:
    """Babel's en_GB "yMMM"."""
    return f"{MONTHS[d.month - 1]} {d.year}"


def number(value: float, pattern: str) -> str | None:
    """`value` in `pattern` as Babel's en_GB writes it, or None when Babel must do it."""
    spec = _PATTERNS.get(pattern)
    if spec is None or isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    low, high, grouped, scale, suffix = spec
    from decimal import Decimal  # the C module, ~1 ms; only a command that prints a number pays it

    exact = Decimal(str(value)).scaleb(scale)
    if not exact.is_finite() or abs(exact) >= _LIMIT:
        return None
    negative = exact.is_signed()
    whole, _, fraction = f"{abs(exact).normalize().quantize(Decimal(1).scaleb(-high)):f}".partition(".")
    if grouped:
        whole = f"{int(whole):,}"
    fraction = (fraction or "0").ljust(low, "0")
    if high == 0 or (low == 0 and int(fraction) == 0):
        fraction = ""
    else:
        while len(fraction) > low and fraction.endswith("0"):
            fraction = fraction[:-1]
        fraction = "." + fraction
    return f"{'-' if negative else ''}{whole}{fraction}{suffix}"
