"""English dates and numbers come from `i18n.english`, not Babel, and must be Babel's text exactly.

The fast path exists only to spare every English command Babel's CLDR load; if it
ever wrote something Babel would not (a new CLDR month name, a rounding rule), a
report or a CLI line would change silently. So every case here is checked against
Babel's own formatting of the same value, and a real process shows Babel stays out.
"""

from __future__ import annotations

import datetime as dt
import math
import random
import subprocess
import sys

import pytest
from babel import Locale
from babel.dates import format_skeleton
from babel.numbers import format_decimal, format_percent

from mentordesk.i18n import english, translator

EN_GB = Locale.parse("en_GB")
PATTERNS = ("#,##0.#", "0.0", "#,##0", "0.##")


def _dates() -> list[dt.date]:
    days = [dt.date(2024, 1, 1) + dt.timedelta(days=n) for n in range(0, 800, 3)]  # every month, a leap day
    days += [dt.date(1, 1, 1), dt.date(99, 9, 9), dt.date(999, 12, 31), dt.date(9999, 12, 31), dt.date(2024, 2, 29)]
    days += [dt.datetime(2026, 9, 7, 23, 59), dt.datetime(2026, 3, 1, 0, 0)]  # datetimes print their date
    return days


def _numbers() -> list[float]:
    rng = random.Random(15)
    halves = [n / 2 for n in range(-9, 10)] + [n / 20 for n in range(-21, 22)] + [n / 200 for n in range(-21, 22)]
    odd = [0, 0.0, -0.0, -0.04, -0.004, 1e-7, -1e-7, 0.845, 0.015, 0.005, 0.9999, 999.95, 999_999.95,
           1234567.891, 12.345, 2.675, 1e14, -1e14, 123456789012.5, 7, -7, 1000, 10**12]
    drawn = [rng.uniform(-2, 2) for _ in range(300)] + [rng.uniform(-1e6, 1e6) for _ in range(200)]
    drawn += [round(rng.uniform(0, 100), rng.randint(0, 4)) for _ in range(300)]
    return halves + odd + drawn


def test_dates_and_months_equal_babel():
    tr = translator("en")
    for d in _dates():
        assert tr.date(d) == format_skeleton("yMMMd", d, locale=EN_GB), d
        assert tr.month(d) == format_skeleton("yMMM", d, locale=EN_GB), d
    assert tr.date(None) == "–"


@pytest.mark.parametrize("pattern", PATTERNS)
def test_numbers_equal_babel(pattern):
    tr = translator("en")
    for value in _numbers():
        assert tr.number(value, pattern) == format_decimal(value, pattern, locale=EN_GB), (value, pattern)


def test_percent_score_and_hours_equal_babel():
    tr = translator("en")
    assert EN_GB.percent_formats[None].pattern == "#,##0%"  # the pattern the fast path copies
    for value in _numbers():
        assert tr.percent(value) == format_percent(value, locale=EN_GB), value
        assert tr.score(value) == format_decimal(value, "0.0", locale=EN_GB), value
        expected = format_decimal(value, "#,##0.#" if value % 1 else "#,##0", locale=EN_GB)
        assert tr.hours(value) == f"{expected} h", value
    assert tr.percent(None) == "n/a"


def test_values_the_fast_path_leaves_to_babel():
    tr = translator("en")
    for value in (math.inf, -math.inf, math.nan, 1e20, -3e17, 10**16):
        assert english.number(value, "#,##0.#") is None
        assert tr.number(value, "#,##0.#") == format_decimal(value, "#,##0.#", locale=EN_GB)
        assert tr.percent(value) == format_percent(value, locale=EN_GB)
    assert english.number(1.5, "#,##0.00") is None  # a pattern it was not built for
    assert tr.number(1.5, "#,##0.00") == "1.50"


def test_other_languages_still_use_babel():
    de, pl = translator("de"), translator("pl")
    day = dt.date(2026, 9, 7)
    assert de.date(day) == format_skeleton("yMMMd", day, locale=Locale.parse("de_DE"))
    assert pl.month(day) == format_skeleton("yMMM", day, locale=Locale.parse("pl_PL"))
    assert de.percent(0.845) == format_percent(0.845, locale=Locale.parse("de_DE"))
    assert pl.number(1234.5) == format_decimal(1234.5, "#,##0.#", locale=Locale.parse("pl_PL"))
    assert de.number(1234.5) != translator("en").number(1234.5)


def test_english_formats_load_no_babel():
    code = ("import sys, datetime as dt\n"
            "from mentordesk.i18n import translator\n"
            "tr = translator('en')\n"
            "print(tr.date(dt.date(2026, 9, 7)), tr.month(dt.date(2026, 9, 7)), tr.percent(0.845),"
            " tr.number(1234.56), tr.score(4.25), tr.hours(2.5))\n"
            "print(sorted(m for m in sys.modules if m == 'babel' or m.startswith('babel.')))\n"
            "import mentordesk.i18n.catalog as c; c.Translator.locale.fget(tr)\n"
            "print('babel' in sys.modules)\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    shown, loaded, after = done.stdout.splitlines()
    assert shown == "7 Sept 2026 Sept 2026 84% 1,234.6 4.2 2.5 h"
    assert loaded == "[]"
    assert after == "True"  # the check can see Babel when it is loaded
