"""Spans of one text, asked whether one of them covers or meets a range: in logarithmic time.

A long article has thousands of quotes and labels; asking a list of them for every candidate phrase
was quadratic (``bench/memory.py``'s large article). Written here because the question is this narrow:
sorted starts, and the furthest end reached by any span starting at or before each.

>>> s = Spans([(10, 20), (30, 40), (12, 50)])
>>> s.covers(13, 45), s.covers(5, 15), s.overlaps(45, 60), s.overlaps(50, 60)
(True, False, True, False)
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from itertools import accumulate

__all__ = ["Spans"]


class Spans:
    """Half-open ``(start, end)`` ranges of one text."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self._starts = [s for s, _e in ordered]
        self._reach = list(accumulate((e for _s, e in ordered), max))  # the furthest end so far

    def covers(self, start: int, end: int) -> bool:
        """Whether one span holds the whole of ``[start, end)``: it starts at or before ``start``
        and ends at or after ``end``."""
        k = bisect.bisect_right(self._starts, start)
        return k > 0 and self._reach[k - 1] >= end

    def overlaps(self, start: int, end: int) -> bool:
        """Whether one span shares a character with ``[start, end)``: it starts before ``end`` and
        ends after ``start``."""
        k = bisect.bisect_left(self._starts, end)
        return k > 0 and self._reach[k - 1] > start
