"""Work shared within one comparison: made once, dropped when the comparison ends.

The quotes and the people comparators both need the set's named people, and
the extractors they call need the same mentions: :func:`shared` makes such a
result once per :func:`sharing` block (one :func:`framing.compare` call, per
thread or task), and every time outside one.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Hashable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any, TypeVar

__all__ = ["keep", "shared", "sharing"]

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


def keep(kinds: Collection[Hashable]) -> None:
    """Inside :func:`sharing`, drop every result but those whose key is a tuple opening with one of ``kinds``.

    A result dropped is made again if it is asked for: only time can be lost, never a result
    changed. :func:`framing.compare` keeps, between comparators, only what they read from one
    another (:data:`framing.comparators.ACROSS`); what the extractors keep per sentence (words,
    capitalised runs, mentions: about 25 times the text on a large article) goes when the
    comparator that made it ends.

    >>> with sharing():
    ...     a = shared(("kept", 1), lambda: "made")
    ...     b = shared(("scratch", 1), lambda: "made")
    ...     keep(("kept",))
    ...     again = shared(("scratch", 1), lambda: "made again")
    ...     kept = shared(("kept", 1), lambda: "made again")
    >>> again, kept
    ('made again', 'made')
    """
    memo = _MEMO.get()
    if memo is None:
        return
    kept = {k: v for k, v in memo.items() if isinstance(k, tuple) and k and k[0] in kinds}
    # emptied, then refilled: a dict keeps its table at its largest when keys are deleted one by one
    # (a slot per sentence of a large article, for the few results kept)
    memo.clear()
    memo.update(kept)
