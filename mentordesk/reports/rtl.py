"""Right-to-left text without a bidi or shaping library.

reportlab only does bidi with `rlbidi` (not on PyPI) and shaping with
`uharfbuzz` (not a dependency), so this does the minimum needed for names
and short phrases: Arabic letters get their joined presentation forms
(DejaVu has them), and each right-to-left run is reversed into visual order.
Known limit: a right-to-left run that wraps across lines has its lines in
the wrong order, and ligatures other than lam-alef are not formed.
"""

from __future__ import annotations

import itertools
import re
import unicodedata

_ARABIC_FORMS: dict[str, dict[str, str]] = {}
_LAM_ALEF: dict[str, tuple[str, str]] = {}


def _load_arabic_forms() -> None:
    if _ARABIC_FORMS:
        return
    for cp in range(0x0621, 0x064B):
        ch = chr(cp)
        name = unicodedata.name(ch, "")
        forms = {}
        for kind in ("ISOLATED", "FINAL", "INITIAL", "MEDIAL"):
            try:
                forms[kind] = unicodedata.lookup(f"{name} {kind} FORM")
            except KeyError:
                pass
        if forms:
            _ARABIC_FORMS[ch] = forms
    for alef, lig in (
        ("\u0622", "LAM WITH ALEF WITH MADDA ABOVE"),
        ("\u0623", "LAM WITH ALEF WITH HAMZA ABOVE"),
        ("\u0625", "LAM WITH ALEF WITH HAMZA BELOW"),
        ("\u0627", "LAM WITH ALEF"),
    ):
        _LAM_ALEF[alef] = (
            unicodedata.lookup(f"ARABIC LIGATURE {lig} ISOLATED FORM"),
            unicodedata.lookup(f"ARABIC LIGATURE {lig} FINAL FORM"),
        )


def _joins_forward(ch: str | None) -> bool:
    f = _ARABIC_FORMS.get(ch or "")
    return bool(f and "INITIAL" in f)


def _joins_backward(ch: str | None) -> bool:
    f = _ARABIC_FORMS.get(ch or "")
    return bool(f and "FINAL" in f)


def _shape_arabic(s: str) -> str:
    _load_arabic_forms()
    out: list[str] = []
    letters = [i for i, c in enumerate(s) if c in _ARABIC_FORMS]
    prev_of = {b: a for a, b in itertools.pairwise(letters) if b - a == 1 or _transparent(s[a + 1 : b])}
    next_of = {a: b for b, a in prev_of.items()}
    skip = -1
    for i, ch in enumerate(s):
        if i == skip:
            continue
        if ch not in _ARABIC_FORMS:
            out.append(ch)
            continue
        prev_ch = s[prev_of[i]] if i in prev_of else None
        nxt = next_of.get(i)
        joined_before = _joins_forward(prev_ch) and _joins_backward(ch)
        if ch == "\u0644" and nxt is not None and s[nxt] in _LAM_ALEF:
            isolated, final = _LAM_ALEF[s[nxt]]
            out.append(final if joined_before else isolated)
            out.extend(s[i + 1 : nxt])
            skip = nxt
            continue
        joined_after = nxt is not None and _joins_forward(ch) and _joins_backward(s[nxt])
        kind = {
            (True, True): "MEDIAL",
            (True, False): "FINAL",
            (False, True): "INITIAL",
            (False, False): "ISOLATED",
        }[(joined_before, joined_after)]
        forms = _ARABIC_FORMS[ch]
        out.append(forms.get(kind) or forms.get("ISOLATED", ch))
    return "".join(out)


def _transparent(s: str) -> bool:
    return all(unicodedata.bidirectional(c) == "NSM" for c in s)


_RTL_CLASSES = {"R", "AL"}
_NEUTRAL_CLASSES = {"WS", "ON", "NSM", "CS", "ES", "ET", "EN", "AN", "BN"}


def visual_order(s: str) -> str:
    """Reverse right-to-left runs (with the spaces and digits between them)
    so they read correctly inside a left-to-right line."""
    if not any(unicodedata.bidirectional(c) in _RTL_CLASSES for c in s):
        return s
    s = _shape_arabic(s)
    classes = [unicodedata.bidirectional(c) for c in s]
    out: list[str] = []
    i, n = 0, len(s)
    while i < n:
        if classes[i] not in _RTL_CLASSES:
            out.append(s[i])
            i += 1
            continue
        j = i
        last_rtl = i
        while j < n and (classes[j] in _RTL_CLASSES or classes[j] in _NEUTRAL_CLASSES):
            if classes[j] in _RTL_CLASSES:
                last_rtl = j
            j += 1
        run = s[i : last_rtl + 1]
        # digits keep their own left-to-right order inside the reversed run
        tokens = re.findall(r"\d+(?:[.,]\d+)*|.", run, flags=re.DOTALL)
        out.append("".join(reversed(tokens)))
        i = last_rtl + 1
    return "".join(out)

