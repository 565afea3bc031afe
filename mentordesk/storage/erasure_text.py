"""Recognising an erased person in free text without knowing their name (issue 14).

An erasure record keeps no name, yet a merge must clear "Talked to Zofia
Quellbrook about…" written at a branch that did not know of the erasure. So
the record keeps salted fingerprints of the person's full name as a run of k
words (kind `name{k}`), of their e-mail and of their employee ID; a merge
fingerprints every run of 1..MAX_NAME_WORDS words of a text with the same salt
and replaces the runs that match with "[erased]". Words are compared without
case and without surrounding punctuation, so "Zofia Quellbrook-Ünal," and
"ZOFIA QUELLBROOK-ÜNAL" match too.

Fingerprints of a name are a pseudonym, not an anonymisation (a short list
of candidate names can be tried against them); they are kept because without
them an old branch copy would bring the name back (see README, Privacy).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from typing import Any

MAX_NAME_WORDS = 6
MIN_NAME_CHARS = 4  # a one- or two-letter "name" would erase every such word in every text
REPLACEMENT = "[erased]"
_TOKEN = re.compile(r"[\w@.+'’-]+")
_EDGE = ".'’-+"


def normalise(kind: str, value: Any) -> str:
    text = str(value or "").strip()
    return text.lower() if kind == "email" else text


def fingerprint(salt: str, kind: str, value: Any) -> str:
    """Salted SHA-256: recognises the same value again without storing it."""
    return hashlib.sha256(f"{salt}\x00{kind}\x00{normalise(kind, value)}".encode()).hexdigest()


def _words(text: str) -> list[tuple[int, int, str]]:
    """(start, end, core) of each word, the core without surrounding punctuation."""
    out = []
    for m in _TOKEN.finditer(text):
        word = m.group(0)
        lead = len(word) - len(word.lstrip(_EDGE))
        core = word.strip(_EDGE)
        if core:
            out.append((m.start() + lead, m.start() + lead + len(core), core))
    return out


def name_key(name: str) -> tuple[int, str] | None:
    """(number of words, the words case-folded) of a full name, or None if too short to look for."""
    words = [core.casefold() for _, _, core in _words(name)]
    joined = " ".join(words)
    if (name.strip().casefold() in ("erased person", REPLACEMENT) or not words
            or len(words) > MAX_NAME_WORDS or len(joined) < MIN_NAME_CHARS):
        return None
    return len(words), joined


def text_prints(salt: str, names: Iterable[str]) -> set[str]:
    """The fingerprints of full names an erasure record keeps (e-mail and employee ID are kept anyway)."""
    out = set()
    for name in names:
        key = name_key(name)
        if key is not None:
            out.add(fingerprint(salt, f"name{key[0]}", key[1]))
    return out


class TextMatcher:
    """Replaces every run of words that one of the erasures' fingerprints recognises."""

    def __init__(self, groups: dict[str, set[str]]):
        self.groups = {salt: prints for salt, prints in groups.items() if prints}

    def __bool__(self) -> bool:
        return bool(self.groups)

    def _spans(self, text: str) -> list[tuple[int, int]]:
        words = _words(text)
        folded = [core.casefold() for _, _, core in words]
        spans: list[tuple[int, int]] = []
        i = 0
        while i < len(words):
            hit = self._longest(words, folded, i)
            if hit:
                spans.append((words[i][0], words[i + hit - 1][1]))
                i += hit
            else:
                i += 1
        return spans

    def _longest(self, words: list[tuple[int, int, str]], folded: list[str], i: int) -> int:
        for salt, prints in self.groups.items():
            for k in range(min(MAX_NAME_WORDS, len(words) - i), 0, -1):
                if fingerprint(salt, f"name{k}", " ".join(folded[i:i + k])) in prints:
                    return k
            core = words[i][2]
            if fingerprint(salt, "email", core) in prints or fingerprint(salt, "employee_id", core) in prints:
                return 1
        return 0

    def clean(self, text: str) -> str:
        if not self.groups or not text:
            return text
        out = text
        for start, end in reversed(self._spans(text)):
            out = out[:start] + REPLACEMENT + out[end:]
        return out
