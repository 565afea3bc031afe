"""The development-gaps part of a whole cohort's scores, as numbers (see ``fast.py``).

Split from ``fast.py``: the gaps part is the one part whose share depends on both
people's portraits, and the one that took most of scoring's time. The arithmetic mirrors
``score_parts.gap_part`` (credit summed over the sorted gaps, then divided by their count).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from numpy.typing import NDArray

from .scoring import Candidate

__all__ = ["GapCredit"]


class GapCredit:
    """Gaps per mentee in sorted competency order (the order credit is summed in
    scoring), padded to the longest list, and the mentors' levels per competency.

    A gap's credit depends only on the mentor's level, and levels take a handful of
    values (0-5 in practice), so each gap's credit is computed once per distinct level
    (``table``) and a block of pairs only looks it up: the same float operations on
    the same operands as scoring's, done per (gap, level) instead of per (gap, mentor),
    which was the largest share of scoring a 10,000 x 3,000 cohort.
    """

    #: Above this many distinct mentor levels the table is no saving: compute per pair.
    MAX_TABLE_LEVELS = 32

    def __init__(self, mentees: Sequence[Candidate], mentors: Sequence[Candidate]) -> None:
        gap_lists = [sorted(p.gaps().items()) for p in mentees]
        comp_index: dict[str, int] = {}
        for gaps in gap_lists:
            for comp, _ in gaps:
                comp_index.setdefault(comp, len(comp_index))
        n, width = len(mentees), max((len(g) for g in gap_lists), default=0)
        self.comp = np.zeros((n, width), dtype=np.int64)
        # Padding is 0 -> 1 so the masked-out division stays finite.
        self.cur = np.zeros((n, width), dtype=np.float64)
        self.tgt = np.ones((n, width), dtype=np.float64)
        self.valid = np.zeros((n, width), dtype=bool)
        for i, gaps in enumerate(gap_lists):
            for k, (comp, (current, target)) in enumerate(gaps):
                self.comp[i, k] = comp_index[comp]
                self.cur[i, k] = current
                self.tgt[i, k] = target
                self.valid[i, k] = True
        self.count = np.array([len(g) for g in gap_lists], dtype=np.float64)
        # Competencies x mentors, so one gap slot of a block is a row gather.
        self.levels = np.zeros((len(comp_index), len(mentors)), dtype=np.float64)
        for j, mentor in enumerate(mentors):
            for comp, level in mentor.levels.items():
                c = comp_index.get(comp)
                if c is not None:
                    self.levels[c, j] = level
        self.table: NDArray[np.float64] | None = None
        distinct, codes = np.unique(self.levels, return_inverse=True)
        if distinct.size <= self.MAX_TABLE_LEVELS:
            self.codes = codes.reshape(self.levels.shape).astype(np.intp)
            self.table = self._credit(distinct[None, None, :], self.cur[..., None], self.tgt[..., None])
            self.table[~self.valid] = 0.0  # padding earns nothing, as the masked sum did

    @staticmethod
    def _credit(level: NDArray[np.float64], cur: NDArray[np.float64], tgt: NDArray[np.float64]) -> NDArray[np.float64]:
        """One gap's credit for a mentor level: scoring's three cases, as floats."""
        return np.where(level >= tgt, 1.0, np.where(level > cur, (level - cur) / (tgt - cur), 0.0))

    def share(self, rows: slice, b: int, m: int) -> NDArray[np.float64]:
        """The gaps part of mentees ``rows`` against every mentor: mean credit over the gaps."""
        credit = np.zeros((b, m), dtype=np.float64)
        if self.table is not None:
            width = self.table.shape[2]
            offsets = (np.arange(b, dtype=np.intp) * width)[:, None]
            for k in range(self.comp.shape[1]):
                index = self.codes[self.comp[rows, k]]
                index += offsets
                credit += self.table[rows, k].ravel().take(index)
        else:
            for k in range(self.comp.shape[1]):
                part = self._credit(self.levels[self.comp[rows, k]], self.cur[rows, k, None], self.tgt[rows, k, None])
                credit += np.where(self.valid[rows, k, None], part, 0.0)
        # A mentee without gaps has credit 0 and count 0: 0 / 1 is scoring's 0 share.
        credit /= np.maximum(self.count[rows, None], 1.0)
        return credit
