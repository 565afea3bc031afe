"""Each placed mentee's next best allowed mentors, for HR's manual swaps.

The order is the one HR has always seen: best total first, ties in mentor order (a
stable sort of the negated scores over the allowed mentors, the chosen one left out).
A plan needs only the first few of each row, so sorting whole rows, or even just the
allowed part of each, did far more work than needed: at 10,000 x 3,000 that was
several seconds beside a solver of fifteen. Here a block of rows at a time finds the
few best with a partial sort (``np.partition``, linear in a row's length), keeps every
mentor tied with the last of them, and orders only those.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from numpy.typing import NDArray

__all__ = ["next_best"]


def next_best(scores: NDArray[np.float64], allowed: NDArray[np.bool_], assignment: Sequence[int | None],
              count: int, block_cells: int) -> dict[int, list[int]]:
    """Row -> up to ``count`` columns, best first, for every placed row of ``assignment``.

    ``block_cells`` caps the temporaries: rows are taken in blocks of about that many cells.
    """
    placed = [i for i, j in enumerate(assignment) if j is not None]
    n_cols = scores.shape[1]
    out: dict[int, list[int]] = {}
    if count <= 0 or not placed:
        return dict.fromkeys(placed, [])
    step = max(1, block_cells // max(n_cols, 1))
    for start in range(0, len(placed), step):
        rows = np.array(placed[start:start + step], dtype=np.intp)
        chosen = np.array([assignment[i] for i in rows.tolist()], dtype=np.intp)
        out.update(zip(rows.tolist(), _block_best(scores[rows], allowed[rows], chosen, count), strict=True))
    return out


def _block_best(scores: NDArray[np.float64], ok: NDArray[np.bool_], chosen: NDArray[np.intp],
                count: int) -> list[list[int]]:
    """The best ``count`` allowed columns of each row of a block (``ok`` is a copy: changed here)."""
    b, n_cols = scores.shape
    ok[np.arange(b), chosen] = False
    values = np.where(ok, scores, -np.inf)
    if n_cols > count:
        # Each row's count-th best value: every allowed column at or above it is a candidate.
        kth = -np.partition(-values, count - 1, axis=1)[:, count - 1]
        ok &= values >= kth[:, None]
    r, c = np.nonzero(ok)
    order = np.lexsort((c, -values[r, c], r))  # by row, then best first, then mentor order
    r, c = r[order], c[order]
    first = np.searchsorted(r, np.arange(b))
    keep = np.arange(r.size) - first[r] < count
    r, c = r[keep], c[keep]
    bounds = np.searchsorted(r, np.arange(b + 1))
    columns = c.tolist()
    return [columns[bounds[k]:bounds[k + 1]] for k in range(b)]
