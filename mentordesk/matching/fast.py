"""Numbers-only scoring of a whole cohort, for the solver.

:func:`~mentordesk.matching.scoring.score_pair` writes sentences for every
part of a score, which costs tens of microseconds per pair; a 2,000 x 600
cohort spent about a minute there although the solver only needs a total
and an allowed flag per pair, and HR only ever reads the reasons of the few
pairs a plan shows. This module computes those totals and flags with numpy,
a block of mentee rows at a time, from the people encoded once as arrays.

The arithmetic deliberately mirrors ``scoring._score_checked`` operation by
operation and in the same order (credit summed over the sorted gaps, points
as ``frac * weight * scale``, parts added gaps-first), so every total is
bit-for-bit the one ``score_pair`` gives. That matters beyond tolerance: the
solver breaks ties on exact values, so any drift would let the plan differ
from the one the explained scores justify. Any change to the scoring rules
in ``scoring.py`` must be mirrored here; ``tests/test_fast_scoring.py``
compares both on random cohorts.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, Sequence
from datetime import date

import numpy as np
from numpy.typing import NDArray

from .gap_credit import GapCredit
from .scoring import (
    MENTEE_ONLY_SHARE,
    MENTOR_ONLY_SHARE,
    RULE_EXCLUDED,
    RULE_LANGUAGE,
    RULE_MENTEE_ABOVE,
    RULE_MENTOR_ABOVE,
    RULE_SAME_PERSON,
    SAME_DEPARTMENT_SHARE,
    SENIORITY_FULL_YEARS,
    UNKNOWN_SENIORITY_SHARE,
    Candidate,
    MatchSettings,
    _with_candidates,
    management_chain,
)

__all__ = [
    "ALLOWED",
    "SAME_PERSON",
    "EXCLUDED",
    "MENTOR_ABOVE",
    "MENTEE_ABOVE",
    "NO_LANGUAGE",
    "RULES",
    "CohortScorer",
    "cohort_chains",
    "score_matrix",
]

# Codes in the rule matrix; ``RULES[code]`` is the ``PairScore.rule`` string.
# Higher-precedence rules (the ones ``_hard_rules`` checks first) win.
ALLOWED = 0
SAME_PERSON = 1
EXCLUDED = 2
MENTOR_ABOVE = 3
MENTEE_ABOVE = 4
NO_LANGUAGE = 5
RULES: tuple[str | None, ...] = (
    None,
    RULE_SAME_PERSON,
    RULE_EXCLUDED,
    RULE_MENTOR_ABOVE,
    RULE_MENTEE_ABOVE,
    RULE_LANGUAGE,
)

#: Pairs scored at once inside a block: small enough for a chunk's temporaries to stay in cache.
CHUNK_CELLS = 1 << 15

# Mutual share indexed by (mentee asked) | (mentor asked) << 1.
_MUTUAL_SHARE = np.array([0.0, MENTEE_ONLY_SHARE, MENTOR_ONLY_SHARE, 1.0])


def cohort_chains(
    people: Sequence[Candidate], managers: Mapping[str, str | None]
) -> dict[str, list[str]]:
    """Management chain of everybody in the cohort, from the merged map.

    A plan merges ``Candidate.manager_id`` of the whole cohort into the
    company map (not only of the two people, as ``score_pair`` does), so a
    link known only from a third candidate still blocks a pair.
    """
    mgr = _with_candidates(managers, people)
    chains: dict[str, list[str]] = {}
    for person in people:
        if person.person_id not in chains:
            chains[person.person_id] = management_chain(person.person_id, mgr)
    return chains


def _positions(people: Sequence[Candidate]) -> dict[str, list[int]]:
    """Every index of each id: a list may (wrongly) hold a person twice and
    each copy must still get the same hard rules."""
    out: dict[str, list[int]] = {}
    for k, person in enumerate(people):
        out.setdefault(person.person_id, []).append(k)
    return out


def _years(people: Sequence[Candidate], today: date) -> tuple[NDArray[np.float64], NDArray[np.bool_]]:
    # Same expression as scoring._years so the float is identical; unknown
    # dates become 0.0 (masked out later) to keep NaN out of the arithmetic.
    years = np.array(
        [0.0 if p.hire_date is None else (today - p.hire_date).days / 365.25 for p in people],
        dtype=np.float64,
    )
    known = np.array([p.hire_date is not None for p in people], dtype=bool)
    return years, known


def _links(
    owners: Sequence[Candidate], related: Mapping[str, Iterable[str]], positions: Mapping[str, list[int]]
) -> tuple[list[int], list[int]]:
    """(owner index, other index) for every id each owner names (a chain, a wish) found on the other side."""
    own: list[int] = []
    other: list[int] = []
    for k, person in enumerate(owners):
        for named in related.get(person.person_id, ()):
            for x in positions.get(named, ()):
                own.append(k)
                other.append(x)
    return own, other


def _rule_matrix(
    mentees: Sequence[Candidate], mentors: Sequence[Candidate], rows_of: Mapping[str, list[int]],
    cols_of: Mapping[str, list[int]], chains: Mapping[str, Sequence[str]], excluded: Collection[tuple[str, str]],
) -> NDArray[np.int8]:
    """Hard rules other than language, lowest precedence written first so that a
    pair breaking several shows the one ``_hard_rules`` reports."""
    struct = np.zeros((len(mentees), len(mentors)), dtype=np.int8)
    cols, rows = _links(mentors, chains, rows_of)
    struct[rows, cols] = MENTEE_ABOVE
    rows, cols = _links(mentees, chains, cols_of)
    struct[rows, cols] = MENTOR_ABOVE
    ex_r: list[int] = []
    ex_c: list[int] = []
    for pair in excluded:
        if not isinstance(pair, tuple) or len(pair) != 2:
            continue  # cannot equal a (mentee, mentor) tuple, so never matched
        for i in rows_of.get(pair[0], ()):
            for j in cols_of.get(pair[1], ()):
                ex_r.append(i)
                ex_c.append(j)
    struct[ex_r, ex_c] = EXCLUDED
    same_r: list[int] = []
    same_c: list[int] = []
    for pid, person_rows in rows_of.items():
        for j in cols_of.get(pid, ()):
            same_r.extend(person_rows)
            same_c.extend([j] * len(person_rows))
    struct[same_r, same_c] = SAME_PERSON
    return struct


def _wish_matrix(
    mentees: Sequence[Candidate], mentors: Sequence[Candidate], rows_of: Mapping[str, list[int]],
    cols_of: Mapping[str, list[int]], preferences: Mapping[str, Collection[str]],
    mentor_preferences: Mapping[str, Collection[str]],
) -> NDArray[np.int8]:
    """Preferences: bit 0 the mentee asked, bit 1 the mentor asked (a wish named twice counts once)."""
    wish = np.zeros((len(mentees), len(mentors)), dtype=np.int8)
    rows, cols = _links(mentees, {k: set(v) for k, v in preferences.items()}, cols_of)
    wish[rows, cols] |= 1
    cols, rows = _links(mentors, {k: set(v) for k, v in mentor_preferences.items()}, rows_of)
    wish[rows, cols] |= 2
    return wish


def _language_matrices(
    mentees: Sequence[Candidate], mentors: Sequence[Candidate]
) -> tuple[NDArray[np.float32], NDArray[np.float32]]:
    """Languages as 0/1 matrices (mentees x languages, languages x mentors): their product
    counts the shared ones (small integers, exact in float32)."""
    lang_index: dict[str, int] = {}
    for person in (*mentees, *mentors):
        for lang in person.languages:
            lang_index.setdefault(lang, len(lang_index))
    e_lang = np.zeros((len(mentees), len(lang_index)), dtype=np.float32)
    o_lang = np.zeros((len(lang_index), len(mentors)), dtype=np.float32)
    for i, mentee in enumerate(mentees):
        e_lang[i, [lang_index[x] for x in mentee.languages]] = 1.0
    for j, mentor in enumerate(mentors):
        o_lang[[lang_index[x] for x in mentor.languages], j] = 1.0
    return e_lang, o_lang


def _codes(values_e: list[str], values_o: list[str]) -> tuple[NDArray[np.int64], NDArray[np.int64]]:
    """Branch or department as codes; an empty mentee value gets -1 so it never counts
    as "same" (scoring requires a non-empty value)."""
    index: dict[str, int] = {}
    e = np.array([index.setdefault(v, len(index)) if v else -1 for v in values_e], dtype=np.int64)
    o = np.array([index.setdefault(v, len(index)) for v in values_o], dtype=np.int64)
    return e, o


def _seniority_share(diff: NDArray[np.float64], kind: str) -> NDArray[np.float64]:
    """Peer: close in years; reverse: the mentee more senior; otherwise the mentor more senior.

    Overwrites and returns ``diff`` (a block's fresh array): the same operations in the
    same order as ``scoring``'s, without a new block-sized array per step."""
    if kind == "peer":
        np.abs(diff, out=diff)
        diff /= SENIORITY_FULL_YEARS
        np.subtract(1.0, diff, out=diff)
        return np.maximum(0.0, diff, out=diff)
    if kind == "reverse":
        np.negative(diff, out=diff)
    diff /= SENIORITY_FULL_YEARS
    np.maximum(0.0, diff, out=diff)
    return np.minimum(1.0, diff, out=diff)


def _scale(keys: Sequence[str], weights: Mapping[str, float]) -> float:
    """Points per unit of weight, so the parts in play add up to 100 (as scoring rescales)."""
    active = sum(weights.get(key, 0.0) for key in keys)
    return 100.0 / active if active > 0 else 0.0


def _points(values: Sequence[float], weight: float, scale: float) -> NDArray[np.float64]:
    """A part's points for each of its few possible shares: ``frac * weight * scale``
    computed once per share instead of once per pair (the same float operations)."""
    return np.array(values, dtype=np.float64) * weight * scale


class CohortScorer:
    """The cohort encoded as arrays, scored a block of mentee rows at a time.

    Building it is linear in the number of people (plus the pairs named by
    chains, exclusions and preferences); :meth:`score_rows` is what the
    caller loops over so it can report progress and honour Cancel between
    blocks.
    """

    def __init__(
        self,
        mentees: Sequence[Candidate],
        mentors: Sequence[Candidate],
        settings: MatchSettings,
        chains: Mapping[str, Sequence[str]],
        excluded: Collection[tuple[str, str]],
        preferences: Mapping[str, Collection[str]],
        mentor_preferences: Mapping[str, Collection[str]],
        today: date,
    ) -> None:
        self.n_mentees, self.n_mentors = len(mentees), len(mentors)
        self._settings = settings
        rows_of = _positions(mentees)
        cols_of = _positions(mentors)
        self._struct = _rule_matrix(mentees, mentors, rows_of, cols_of, chains, excluded)
        self._wish = _wish_matrix(mentees, mentors, rows_of, cols_of, preferences, mentor_preferences)
        self._e_lang, self._o_lang = _language_matrices(mentees, mentors)
        self._e_has_lang = np.array([bool(p.languages) for p in mentees], dtype=bool)
        self._o_has_lang = np.array([bool(p.languages) for p in mentors], dtype=bool)
        self._e_branch, self._o_branch = _codes([p.branch for p in mentees], [p.branch for p in mentors])
        self._e_dept, self._o_dept = _codes([p.department for p in mentees], [p.department for p in mentors])
        self._e_years, self._e_known = _years(mentees, today)
        self._o_years, self._o_known = _years(mentors, today)
        self._gaps = GapCredit(mentees, mentors)

    def score_rows(
        self, start: int, stop: int,
        out: tuple[NDArray[np.float64], NDArray[np.int8]] | None = None,
    ) -> tuple[NDArray[np.float64], NDArray[np.int8]]:
        """Totals (0 where blocked) and rule codes for mentees ``start:stop``, written
        into ``out`` (two ``(stop - start, mentors)`` arrays) when given.

        Worked through in chunks of about `CHUNK_CELLS` pairs whatever the caller's
        block: a chunk's dozen temporaries then stay in the processor's cache, which made
        scoring a 10,000 x 3,000 cohort almost three times faster than 2 MB blocks."""
        b, m = stop - start, self.n_mentors
        totals, rules = out if out is not None else (np.empty((b, m)), np.empty((b, m), dtype=np.int8))
        step = max(1, CHUNK_CELLS // max(m, 1))
        for first in range(start, stop, step):
            last = min(stop, first + step)
            self._score_chunk(first, last, totals[first - start:last - start], rules[first - start:last - start])
        return totals, rules

    def _score_chunk(self, start: int, stop: int, totals: NDArray[np.float64], rules: NDArray[np.int8]) -> None:
        rows = slice(start, stop)
        b, m = stop - start, self.n_mentors
        if self._e_lang.shape[1]:
            shared = (self._e_lang[rows] @ self._o_lang) > 0.5
        else:
            shared = np.zeros((b, m), dtype=bool)
        no_language = self._e_has_lang[rows, None] & self._o_has_lang[None, :] & ~shared
        rules[...] = self._struct[rows]
        no_language &= rules == ALLOWED
        np.copyto(rules, NO_LANGUAGE, where=no_language)
        totals[...] = self._total(rows, b, m, shared)
        np.copyto(totals, 0.0, where=rules != ALLOWED)

    def _total(self, rows: slice, b: int, m: int, shared: NDArray[np.bool_]) -> NDArray[np.float64]:
        """Each part's points added in scoring's order (gaps first), as ``frac * weight * scale``.

        Bit-for-bit scoring's sum (see the module docstring), but lean: the parts that take
        a few values (wishes, branch, department, language) look their points up, and the
        rest is computed in place, instead of a fresh block-sized array per operation."""
        settings, weights = self._settings, self._settings.weights
        keys = ["gaps", "mutual", "seniority", "branch", "department", "language"]
        if settings.branch_preference == "none":
            keys.remove("branch")
        scale = _scale(keys, weights)
        total = self._gaps.share(rows, b, m)
        total *= weights.get("gaps", 0.0)
        total *= scale
        total += _points(_MUTUAL_SHARE, weights.get("mutual", 0.0), scale)[self._wish[rows]]
        total += self._seniority_points(rows, weights.get("seniority", 0.0) , scale)
        if settings.branch_preference != "none":
            same_branch = self._e_branch[rows, None] == self._o_branch[None, :]
            # (share when different, share when the same)
            shares = (0.0, 1.0) if settings.branch_preference == "same" else (1.0, 0.0)
            pts = _points(shares, weights.get("branch", 0.0), scale)
            total += np.where(same_branch, pts[1], pts[0])
        same_dept = self._e_dept[rows, None] == self._o_dept[None, :]
        shares = (1.0, 0.0) if settings.prefer_cross_department else (0.0, SAME_DEPARTMENT_SHARE)
        pts = _points(shares, weights.get("department", 0.0), scale)
        total += np.where(same_dept, pts[1], pts[0])
        pts = _points((0.0, 1.0), weights.get("language", 0.0), scale)
        total += np.where(shared, pts[1], pts[0])
        return total

    def _seniority_points(self, rows: slice, weight: float, scale: float) -> NDArray[np.float64]:
        """Seniority points of a block; a missing hire date on either side counts as neutral."""
        points = np.subtract(self._o_years[None, :], self._e_years[rows, None])
        _seniority_share(points, self._settings.kind)
        points[~self._e_known[rows]] = UNKNOWN_SENIORITY_SHARE
        points[:, ~self._o_known] = UNKNOWN_SENIORITY_SHARE
        points *= weight
        points *= scale
        return points


def score_matrix(
    mentees: Sequence[Candidate],
    mentors: Sequence[Candidate],
    settings: MatchSettings,
    managers: Mapping[str, str | None],
    excluded: Collection[tuple[str, str]] = frozenset(),
    preferences: Mapping[str, Collection[str]] | None = None,
    mentor_preferences: Mapping[str, Collection[str]] | None = None,
    today: date | None = None,
) -> tuple[NDArray[np.float64], NDArray[np.int8]]:
    """Whole-cohort totals and rule codes in one call, with the plan's
    chain semantics; for tests, benchmarks and callers without a progress bar."""
    chains = cohort_chains([*mentees, *mentors], managers)
    scorer = CohortScorer(
        mentees, mentors, settings, chains, excluded,
        preferences or {}, mentor_preferences or {}, today or date.today(),
    )
    return scorer.score_rows(0, len(mentees))
