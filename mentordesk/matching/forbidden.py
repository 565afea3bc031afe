"""Reading the solver's "forbidden pairs" argument, in either of its two forms.

The solver accepts the pairs HR's rules block either as a collection of
``(mentee, mentor)`` index pairs (handy in tests and small scripts) or as a
boolean mask of the score matrix's shape (what a whole-cohort plan has
anyway: turning a 30-million-cell mask into millions of Python tuples and
back cost seconds and gigabytes). Anything else is a programming error
upstream, and a silently misread input would produce a plan that pairs
people a hard rule forbids, so every doubtful input raises ``ValueError``
with a sentence saying what was expected instead of being guessed at.
"""

from __future__ import annotations

import operator
from collections.abc import Iterable, Iterator

import numpy as np
from numpy.typing import NDArray

__all__ = ["Forbidden", "forbidden_mask"]

#: What the solver accepts: a bool mask shaped like the scores, or index pairs.
Forbidden = NDArray[np.bool_] | Iterable[tuple[int, int]] | None


def forbidden_mask(forbidden: object, n: int, m: int) -> NDArray[np.bool_]:
    """A fresh ``(n, m)`` bool array, True where a pair is forbidden.

    Always a new array the caller may modify: the solver narrows it in place
    and must never write into the caller's mask.
    """
    if forbidden is None:
        return np.zeros((n, m), dtype=bool)
    if isinstance(forbidden, np.ndarray):
        return _from_array(forbidden, n, m)
    if isinstance(forbidden, (str, bytes)) or hasattr(forbidden, "shape") or hasattr(forbidden, "__array__"):
        raise ValueError(
            f"forbidden must be a numpy bool array of shape ({n}, {m}) or a collection of "
            f"(mentee, mentor) index pairs, not {type(forbidden).__name__}"
        )
    if not isinstance(forbidden, Iterable):
        # ValueError, not TypeError: the solver's one contract is that any
        # unreadable input raises ValueError (callers catch just that).
        raise ValueError(  # noqa: TRY004
            f"forbidden must be a numpy bool array of shape ({n}, {m}) or a collection of "
            f"(mentee, mentor) index pairs, not {type(forbidden).__name__}"
        )
    return _from_pairs(forbidden, n, m)


def _from_array(arr: NDArray[np.generic], n: int, m: int) -> NDArray[np.bool_]:
    """A mask must be exactly bool and exactly the scores' shape: an int or float
    array could be a mask of 0/1, a score matrix passed by mistake, or a list
    of pairs, and guessing which would be the silent misreading we refuse."""
    if arr.dtype != np.bool_:
        raise ValueError(
            f"a forbidden mask must be a numpy array of dtype bool, got dtype {arr.dtype}; "
            "pass index pairs as a list or set of (mentee, mentor) tuples"
        )
    if arr.shape != (n, m):
        raise ValueError(
            f"the forbidden mask has shape {arr.shape} but the scores have shape ({n}, {m})"
        )
    return np.array(arr, dtype=bool, copy=True, order="C")


def _index(value: object, what: str, limit: int, pair: object) -> int:
    """One index of a pair: an integer (Python or numpy, never bool) in range."""
    if isinstance(value, (bool, np.bool_)):
        raise ValueError(f"forbidden pair {pair!r} has a bool where a {what} index belongs")  # noqa: TRY004
    try:
        index = operator.index(value)
    except TypeError:
        raise ValueError(
            f"forbidden pair {pair!r} has {value!r} where an integer {what} index belongs"
        ) from None
    if not 0 <= index < limit:
        raise ValueError(
            f"forbidden pair {pair!r} names {what} {index}, but there are only {limit} {what}s"
        )
    return index


def _flatten(pairs: Iterable[object], n: int, m: int) -> Iterator[int]:
    for pair in pairs:
        try:
            mentee, mentor = pair  # type: ignore[misc]
        except (TypeError, ValueError):
            raise ValueError(
                f"each forbidden pair must be a (mentee, mentor) pair of indices, got {pair!r}"
            ) from None
        yield _index(mentee, "mentee", n, pair)
        yield _index(mentor, "mentor", m, pair)


def _from_pairs(pairs: Iterable[object], n: int, m: int) -> NDArray[np.bool_]:
    mask = np.zeros((n, m), dtype=bool)
    idx = np.fromiter(_flatten(pairs, n, m), dtype=np.int64).reshape(-1, 2)
    mask[idx[:, 0], idx[:, 1]] = True
    return mask
