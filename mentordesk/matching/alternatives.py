"""A proposal's next best mentors, explained only when someone reads the sentences.

HR sees each alternative as a name and a total (to judge a manual swap); the full
reasons of an alternative are needed only if a caller asks for its `PairScore`.
Writing those sentences up front cost three times the proposal's own (≈ 25 µs a pair)
and, for a small cohort, many times the solver's whole run (issue 15). So a plan keeps
each alternative's mentor and total — bit-identical to what the explanation would give,
as `fast.py` mirrors the scoring arithmetic — and writes the sentences on first read.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import overload

from .scoring import PairScore

__all__ = ["Alternatives"]


class Alternatives(Sequence[tuple[str, PairScore]]):
    """``[(mentor_id, PairScore), ...]``, best first, each explained on first access.

    Compares equal to any sequence of the same pairs (a plain list included), so code and
    tests that read it as the list it used to be keep working; `totals` never explains.
    """

    __slots__ = ("_columns", "_explain", "_explained", "_ids", "_totals")

    def __init__(self, ids: Sequence[str], totals: Sequence[float], columns: Sequence[int],
                 explain: Callable[[int], PairScore]) -> None:
        """`explain(column)` writes one alternative's full score; `totals` are the solver's."""
        self._ids = tuple(ids)
        self._totals = tuple(totals)
        self._columns = tuple(columns)
        self._explain = explain
        self._explained: dict[int, PairScore] = {}

    def totals(self) -> list[tuple[str, float]]:
        """Mentor and total of each alternative, without writing any sentence."""
        return list(zip(self._ids, self._totals, strict=True))

    def __len__(self) -> int:
        return len(self._ids)

    @overload
    def __getitem__(self, index: int) -> tuple[str, PairScore]: ...
    @overload
    def __getitem__(self, index: slice) -> list[tuple[str, PairScore]]: ...

    def __getitem__(self, index: int | slice) -> tuple[str, PairScore] | list[tuple[str, PairScore]]:
        if isinstance(index, slice):
            return [self[k] for k in range(*index.indices(len(self)))]
        k = range(len(self))[index]  # negative indices, and IndexError past the end
        score = self._explained.get(k)
        if score is None:
            score = self._explained[k] = self._explain(self._columns[k])
        return self._ids[k], score

    def __iter__(self) -> Iterator[tuple[str, PairScore]]:
        return (self[k] for k in range(len(self)))

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Sequence) or isinstance(other, str):
            return NotImplemented
        return len(other) == len(self) and list(self) == list(other)

    __hash__ = None  # type: ignore[assignment]  # mutable cache inside; equal to lists, which don't hash

    def __repr__(self) -> str:
        return f"Alternatives({self.totals()!r})"
