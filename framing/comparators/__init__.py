"""Comparators: one module each, one signature, an explicit registry.

A comparator is a plain function ``(articles, alignment) -> section``:

``articles``
    The compared articles, sorted by id (so results never depend on the
    order the user gave them in).
``alignment``
    Their :class:`~framing.align.Alignment`.

It returns a frozen dataclass with a ``to_dict()`` method giving the plain
JSON form of its section of :meth:`framing.Comparison.to_json`.

The registry :data:`COMPARATORS` maps section names to comparators in report
order; ``compare(..., comparators=[...])`` picks a subset by name.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Protocol

from framing.align import Alignment
from framing.article import Article

__all__ = ["COMPARATORS", "Comparator", "Section", "names"]


class Section(Protocol):
    """What every comparator returns: a frozen result with a JSON form."""

    def to_dict(self) -> Any:
        """The section's plain-JSON form."""


Comparator = Callable[[Sequence[Article], Alignment], Section]


def _coverage(articles: Sequence[Article], alignment: Alignment) -> Section:
    from framing.comparators.coverage import coverage

    return coverage(articles, alignment)


def _quotes(articles: Sequence[Article], alignment: Alignment) -> Section:
    from framing.comparators.quotes import quotes

    return quotes(articles, alignment)


def _entities(articles: Sequence[Article], alignment: Alignment) -> Section:
    from framing.comparators.entities import entities

    return entities(articles, alignment)


def _readability(articles: Sequence[Article], alignment: Alignment) -> Section:
    from framing.comparators.readability import readability_section

    return readability_section(articles, alignment)


def _wording(articles: Sequence[Article], alignment: Alignment) -> Section:
    from framing.comparators.wording import wording

    return wording(articles, alignment)


def _numbers(articles: Sequence[Article], alignment: Alignment) -> Section:
    from framing.comparators.numbers import numbers

    return numbers(articles, alignment)


COMPARATORS: dict[str, Comparator] = {
    "coverage": _coverage,
    "quotes": _quotes,
    "entities": _entities,
    "wording": _wording,
    "numbers": _numbers,
    "readability": _readability,
}
"""Section name -> comparator, in report order."""


def names() -> tuple[str, ...]:
    """Names of the registered comparators, in report order.

    >>> names()[:2]
    ('coverage', 'quotes')
    """
    return tuple(COMPARATORS)
