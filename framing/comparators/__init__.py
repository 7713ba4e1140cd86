"""Comparators: one module each, one signature, an explicit registry.

A comparator is a plain function ``(articles, alignment, **options) -> section``:

``articles``
    The compared articles, sorted by id (so results never depend on the
    order the user gave them in).
``alignment``
    Their :class:`~framing.align.units.Alignment`.
``options``
    Keyword options of :func:`framing.compare` a comparator declares
    (``lexicon``: the wording and naming comparators); a comparator is only
    given those it names in its signature.

It returns a frozen dataclass with a ``to_dict()`` method giving the plain
JSON form of its section of :meth:`framing.Comparison.to_json`, and
``json_tree()``, the same with long lists made as they are written
(:mod:`framing.io.jsonstream`; a section without it is written from ``to_dict()``).

Work two comparators need (the quotes and the people comparators both need
the set's named people) is made once per :func:`framing.compare` call with
:func:`framing.extract.memo.shared`, and dropped when the call ends.

The registry :data:`COMPARATORS` maps section names to comparators in report
order; ``compare(..., comparators=[...])`` picks a subset by name.

Besides the comparators' modules, :mod:`framing.comparators.resolve` resolves
a name written one way to the entity of the set it names (the entities
comparator's registry, and the speakers of quotes).

Imports
-------
May import :mod:`framing.extract`, :mod:`framing.align`, :mod:`framing.io`,
:mod:`framing.text` and :mod:`framing.errors`; never findings, render,
:mod:`framing.compare` (which calls the comparators) nor anything above.
"""

from __future__ import annotations

import importlib
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Protocol

from framing.extract.memo import shared

if TYPE_CHECKING:
    # Types only: the command line reads the registry's names for its help, and
    # importing the aligner would make that many times slower.
    from framing.align.units import Alignment, Unit
    from framing.extract.quotes import Quote
    from framing.io.article import Article

__all__ = ["ACROSS", "ALL_PAIRS", "COMPARATORS", "OPTIONS", "Comparator", "Section", "names", "quotes_of",
           "representative", "run"]


def quotes_of(article: Article) -> tuple[Quote, ...]:
    """:func:`framing.extract.quotes.extract_quotes`, made once per article inside :func:`sharing`
    (the people, quotes and wording comparators all read an article's quotes)."""
    from framing.extract.quotes import extract_quotes

    return shared(("quotes", article.id, id(article)), lambda: extract_quotes(article))


ACROSS = ("quotes", "registry")
"""Kinds of shared work (first item of a :func:`framing.extract.memo.shared` key) that one comparator
makes and later ones read: each article's quotes (:func:`quotes_of`) and the set's named people
(:func:`framing.comparators.entities.registry_of`). :func:`framing.compare` keeps only these between
comparators; the extractors' per-sentence work (words, capitalised runs, mentions) is read only
inside the comparator that made it, and held to the end it was the largest part of the peak
(about 25 times a large article's text)."""


ALL_PAIRS = 6
"""A unit carried by at most this many articles has every pair of its versions compared
(word changes, additions, contradictions); one carried by more has each version compared
with its :func:`representative`: k - 1 comparisons instead of k(k-1)/2 (a unit of a wire
story carried by 300 sites made 44,850 pairs). Events of up to this many outlets are
compared pair by pair, as before."""


def representative(unit: Unit, by_id: Mapping[str, Article]) -> str:
    """The article whose version of ``unit`` most of its carriers give word for word
    (comparison keys, :func:`framing.text.normalise.key`, of its sentences): for a wire story, the
    wire copy. Ties go to the first article id.

    >>> from framing import Article, align
    >>> arts = [Article.from_text(t, id=i) for i, t in
    ...         [("a", "Troops left Kyiv on Monday."), ("b", "Troops left Kyiv on Monday!"),
    ...          ("c", "On Monday, troops left Kyiv.")]]
    >>> representative(align(arts).units[0], {a.id: a for a in arts})
    'a'
    """
    from framing.text.normalise import key

    def wording(article: str) -> str:
        sentences = by_id[article].sentences
        return " ".join(key(sentences[i].text) for i in unit.members[article])

    ids = sorted(unit.members)
    said = {a: wording(a) for a in ids}
    times = Counter(said.values())
    return min(ids, key=lambda a: (-times[said[a]], a))


class Section(Protocol):
    """What every comparator returns: a frozen result with a JSON form."""

    def to_dict(self) -> Any:
        """The section's plain-JSON form."""

    def json_tree(self) -> Any:
        """The same with its long lists made as they are written:
        ``to_dict() == framing.io.jsonstream.plain(json_tree())``."""


Comparator = Callable[..., Section]
"""``(articles, alignment, **options) -> Section``."""

OPTIONS = ("lexicon",)
"""Keyword options :func:`framing.compare` passes on to the comparators that declare them."""


def run(comparator: Comparator, articles: Sequence[Article], alignment: Alignment, **options: Any) -> Section:
    """``comparator(articles, alignment, ...)`` with the ``options`` it declares (None ones left out).

    >>> def mine(articles, alignment, *, lexicon=None):
    ...     return lexicon
    >>> run(mine, [], None, lexicon="L", other=1), run(lambda a, b: "ok", [], None, lexicon="L")
    ('L', 'ok')
    """
    wanted = getattr(comparator, "options", None)
    if wanted is None:
        wanted = _declared(comparator)
    return comparator(articles, alignment, **{k: v for k, v in options.items() if k in wanted and v is not None})


def _declared(function: Callable[..., Any]) -> frozenset[str]:
    """The keyword parameters ``function`` declares (all of OPTIONS when it takes ``**options``)."""
    import inspect

    try:
        params = inspect.signature(function).parameters.values()
    except (TypeError, ValueError):
        return frozenset()
    if any(p.kind is p.VAR_KEYWORD for p in params):
        return frozenset(OPTIONS)
    return frozenset(p.name for p in params if p.kind in (p.KEYWORD_ONLY, p.POSITIONAL_OR_KEYWORD))


def _lazy(module: str, name: str, options: tuple[str, ...] = ()) -> Comparator:
    """A comparator that imports its module on first use (keeps ``import framing`` light);
    ``options``: the keyword options it takes."""

    def lazy(articles: Sequence[Article], alignment: Alignment, **given: Any) -> Section:
        function: Comparator = getattr(importlib.import_module(module), name)
        return function(articles, alignment, **given)

    lazy.__name__ = name
    lazy.options = frozenset(options)  # type: ignore[attr-defined]
    return lazy


COMPARATORS: dict[str, Comparator] = {
    "coverage": _lazy("framing.comparators.coverage", "coverage"),
    "quotes": _lazy("framing.comparators.quotes", "quotes"),
    "entities": _lazy("framing.comparators.entities", "entities"),
    "naming": _lazy("framing.comparators.naming", "naming", ("lexicon",)),
    "versions": _lazy("framing.comparators.versions", "versions"),
    "wording": _lazy("framing.comparators.wording", "wording", ("lexicon",)),
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
