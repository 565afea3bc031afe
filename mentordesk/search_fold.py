"""Search keys that ignore accents and letter case: "Jose Nunez" finds "María José Núñez".

`fold` makes the key compared by every search box (People, enrolment, `people --search`):

1. ``casefold`` — case-insensitive in every script (``ß`` → ``ss``, ``İ`` → ``i̇``, ``Σ/ς`` → ``σ``);
2. NFKD decomposition, then every combining mark dropped — ``é`` is ``e`` + U+0301, so the accent
   goes; compatibility forms fold too (``ﬁ`` → ``fi``, full-width ``Ｊ`` → ``j``);
3. a small table for letters that are *not* composed of a base letter and a mark, so Unicode
   gives them no decomposition and step 2 leaves them alone: Polish ``ł``, Danish/Norwegian
   ``ø``, Croatian ``đ``, Maltese ``ħ``, Turkish dotless ``ı``, ``æ``/``œ`` ligatures, Icelandic
   ``þ``/``ð``. Someone typing on an English keyboard writes them as the letters in the table.

Both the stored text and what is typed go through the same `fold`, so a typed accent still
matches (``Núñez`` finds ``Nunez`` as well). Folding is per character, so the folded form of a
prefix is a prefix of the folded whole: a longer search only narrows a shorter one's matches.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable, Sequence

__all__ = ["fold", "fold_column", "fold_many", "matching"]

#: Letters without a Unicode decomposition, as written without the special letter (lower case:
#: the table applies after casefold).
_NO_DECOMPOSITION = {
    "ł": "l", "ø": "o", "đ": "d", "ħ": "h", "ı": "i", "ŧ": "t", "ƚ": "l", "ɨ": "i",
    "æ": "ae", "œ": "oe", "þ": "th", "ð": "d", "ĸ": "k",
}


@functools.cache
def _table() -> dict[int, str | None]:
    """One table for str.translate (done in C: 50,000 people are folded at every reload): every
    combining mark removed (all lie in U+0300..U+1EFFF), and the letters above replaced. Built on
    first use (~10 ms), so starting the program does not pay for it."""
    marks = {cp: None for cp in range(0x300, 0x1F000) if unicodedata.combining(chr(cp))}
    return {**marks, **{ord(k): v for k, v in _NO_DECOMPOSITION.items()}}


@functools.lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """`text` without case or accents, for comparing what is typed with what is stored.

    Cached: departments, branches, titles and competency names repeat across thousands of
    people, so each is folded once (see `services.people.search_text`)."""
    if text.isascii():
        return text.lower()  # the common case, and ASCII lower() is casefold()
    bare = unicodedata.normalize("NFKD", text.casefold()).translate(_table())
    return bare.casefold()  # NFKD may give capitals (ℌ → H)


#: Between the texts `fold_many` folds in one piece: a control character no field holds (a text
#: that has one is folded on its own), which no step of `fold` creates, drops or moves.
_SEPARATOR = "\x1f"
#: Runs of characters `_table` may change: only those go through str.translate's per-character
#: lookups, the ASCII in between (most of a company's text) is copied by the regex engine.
_NOT_ASCII = re.compile(r"[^\x00-\x7f]+")


def fold_many(texts: Sequence[str]) -> list[str]:
    """`[fold(t) for t in texts]`, folded as one long text (casefold, NFKD and the table in C).

    Every step of `fold` works character by character, so folding the texts joined by a
    separator and splitting the result gives each text's own fold; at 50,000 people this is
    several times faster than a call per text (issue 15). A text holding the separator, or a
    result that does not split back into as many texts, is folded one by one instead.
    """
    if not texts:
        return []
    joined = _SEPARATOR.join(texts)
    if joined.count(_SEPARATOR) != len(texts) - 1:
        return [fold(t) for t in texts]
    if joined.isascii():
        folded = joined.lower()
    else:
        table, cache = _table(), {}

        def bare(run: re.Match[str]) -> str:
            text = run.group()
            done = cache.get(text)
            if done is None:
                done = cache[text] = text.translate(table)
            return done

        folded = _NOT_ASCII.sub(bare, unicodedata.normalize("NFKD", joined.casefold())).casefold()
    parts = folded.split(_SEPARATOR)
    return parts if len(parts) == len(texts) else [fold(t) for t in texts]


def fold_column(values: Iterable[str]) -> list[str]:
    """`fold` of each value, each distinct value folded once: departments, branches, titles and
    (in a generated company) names repeat across thousands of people."""
    values = list(values)
    distinct = list(dict.fromkeys(values))
    if len(distinct) > len(values) // 2:  # mostly different (names, e-mails): no lookup table
        return fold_many(values)
    folded = dict(zip(distinct, fold_many(distinct), strict=True))
    return list(map(folded.__getitem__, values))


def matching(keys: Sequence[str], words: Sequence[str], among: Sequence[int] | None = None) -> list[int]:
    """Positions of the `keys` that contain every one of `words` (folded alike), in order.

    `among` limits the test to those positions: the previous search's result when HR typed
    more, since a longer search only narrows a shorter one (see the module docstring). One
    pass per word with a bare `in` is several times faster than an `all(...)` per key, which
    is what keeps a keystroke over 50,000 people within a frame or two.
    """
    if not words:
        return list(range(len(keys))) if among is None else list(among)
    first, rest = words[0], words[1:]
    if among is None:
        found = [i for i, key in enumerate(keys) if first in key]
    else:
        found = [i for i in among if first in keys[i]]
    for word in rest:
        found = [i for i in found if word in keys[i]]
    return found
