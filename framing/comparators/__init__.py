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

import importlib
from collections.abc import Callable, Sequence
from typing import Any, Protocol

from framing.align import Alignment
from framing.article import Article

__all__ = ["COMPARATORS", "Comparator", "Section", "names"]


class Section(Protocol):
    """What every comparator returns: a frozen result with a JSON form."""

    def to_dict(self) -> Any:
        """The section's plain-JSON form."""

    def json_tree(self) -> Any:
        """The same with its long lists made as they are written:
        ``to_dict() == framing.jsonstream.plain(json_tree())``."""


Comparator = Callable[[Sequence[Article], Alignment], Section]


def _lazy(module: str, name: str) -> Comparator:
    """A comparator that imports its module on first use (keeps ``import framing`` light)."""

    def run(articles: Sequence[Article], alignment: Alignment) -> Section:
        function: Comparator = getattr(importlib.import_module(module), name)
        return function(articles, alignment)

    run.__name__ = name
    return run


COMPARATORS: dict[str, Comparator] = {
    "coverage": _lazy("framing.comparators.coverage", "coverage"),
    "quotes": _lazy("framing.comparators.quotes", "quotes"),
    "entities": _lazy("framing.comparators.entities", "entities"),
    "wording": _lazy("framing.comparators.wording", "wording"),
    "numbers": _lazy("framing.comparators.numbers", "numbers"),
    "readability": _lazy("framing.comparators.readability", "readability_section"),
}
"""Section name -> comparator, in report order."""


def names() -> tuple[str, ...]:
    """Names of the registered comparators, in report order.

    >>> names()[:2]
    ('coverage', 'quotes')
    """
    return tuple(COMPARATORS)
