"""Work shared within one comparison: made once, dropped when the comparison ends.

The quotes and the people comparators both need the set's named people, and
the extractors they call need the same mentions: :func:`shared` makes such a
result once per :func:`sharing` block (one :func:`framing.compare` call, per
thread or task), and every time outside one.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any, TypeVar

__all__ = ["shared", "sharing"]

T = TypeVar("T")
_MEMO: ContextVar[dict[Hashable, Any] | None] = ContextVar("framing_comparator_memo", default=None)


@contextmanager
def sharing() -> Iterator[None]:
    """Within this block, :func:`shared` makes each result once (per thread or task)."""
    token = _MEMO.set({})
    try:
        yield
    finally:
        _MEMO.reset(token)


def shared(key: Hashable, make: Callable[[], T]) -> T:
    """``make()``, made once per ``key`` inside :func:`sharing` (every time outside it).

    >>> calls = []
    >>> with sharing():
    ...     a = shared("k", lambda: calls.append(1) or len(calls))
    ...     b = shared("k", lambda: calls.append(1) or len(calls))
    >>> a, b, len(calls)
    (1, 1, 1)
    """
    memo = _MEMO.get()
    if memo is None:
        return make()
    if key not in memo:
        memo[key] = make()
    result: T = memo[key]
    return result
