"""Coverage and prominence: who carries each content unit, and where.

For every article: the units only it carries (``added``) and the units other
articles carry that it lacks (``omitted``); for every unit and article that
carries it, where it sits (relative position among the article's content
sentences, 0 = top, 1 = bottom; whether it is in the lede) and how many words
the article spends on it.

The lede is the article's first content paragraph, and always at least its
first :data:`LEDE_SENTENCES` content sentences (wire copy often opens with
one-sentence paragraphs).

With two articles, what A adds is exactly what B omits:

>>> from framing import Article, align
>>> a = Article.from_text("Troops left Kyiv on Monday. Prices rose sharply in Vilnius.", id="a")
>>> b = Article.from_text("On Monday, troops left Kyiv. Rain fell all day in Riga.", id="b")
>>> cov = coverage([a, b], align([a, b]))
>>> cov.added == {"a": ("a:1",), "b": ("b:1",)} and cov.omitted == {"a": ("b:1",), "b": ("a:1",)}
True
>>> cov.placements["a:0"]["b"].lede, cov.placements["a:1"]["a"].position
(True, 1.0)
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from framing.align.smallmap import SCAN_MOST, SmallMap, shared_keys
from framing.align.units import Alignment
from framing.io.article import Article
from framing.io.jsonstream import Lazy, plain

__all__ = ["LEDE_SENTENCES", "Coverage", "Placement", "coverage"]

LEDE_SENTENCES = 2
"""The lede always holds at least this many content sentences."""


@dataclass(frozen=True, slots=True)
class Placement:
    """Where one article carries one unit.

    Attributes
    ----------
    sentences
        The article's sentence indices in the unit.
    position
        Relative position of the first of them among the article's content
        sentences: 0.0 at the top, 1.0 at the bottom.
    lede
        Whether it is in the article's lede.
    words
        Words the article spends on the unit.
    """

    sentences: tuple[int, ...]
    position: float
    lede: bool
    words: int

    def to_dict(self) -> dict[str, Any]:
        """Plain-JSON form."""
        return {
            "sentences": list(self.sentences),
            "position": self.position,
            "lede": self.lede,
            "words": self.words,
        }


@dataclass(frozen=True)
class Coverage:
    """Who carries what, and where.

    Attributes
    ----------
    carriers
        Unit id -> ids of the articles that carry it.
    added
        Article id -> ids of the units only it carries.
    omitted
        Article id -> ids of the units other articles carry and it lacks.
    placements
        Unit id -> article id -> :class:`Placement`.
    """

    carriers: Mapping[str, tuple[str, ...]]
    added: Mapping[str, tuple[str, ...]]
    omitted: Mapping[str, tuple[str, ...]]
    placements: Mapping[str, Mapping[str, Placement]]

    def to_dict(self) -> dict[str, Any]:
        """Plain-JSON form: article id -> ``added``, ``omitted`` and ``prominence``
        (unit id -> placement of every unit the article carries)."""
        result: dict[str, Any] = plain(self.json_tree())
        return result

    def json_tree(self) -> dict[str, Any]:
        """:meth:`to_dict`, its placements made as they are written."""

        def prominence(a: str) -> Lazy:
            return Lazy(
                lambda: ((u, where[a].to_dict()) for u, where in self.placements.items() if a in where),
                pairs=True,
            )

        return {
            a: {"added": self.added[a], "omitted": self.omitted[a], "prominence": prominence(a)}
            for a in self.added
        }


def _lede(article: Article) -> frozenset[int]:
    body = article.body
    if not body:
        return frozenset()
    first_paragraph = body[0].paragraph
    lede = {s.index for s in body if s.paragraph == first_paragraph}
    lede.update(s.index for s in body[:LEDE_SENTENCES])
    return frozenset(lede)


def coverage(articles: Sequence[Article], alignment: Alignment) -> Coverage:
    """Coverage and prominence of every unit in every article."""
    by_id = {a.id: a for a in articles}
    rank = {a.id: {s.index: r for r, s in enumerate(a.body)} for a in articles}
    ledes = {a.id: _lede(a) for a in articles}
    carriers: dict[str, tuple[str, ...]] = {}
    placements: dict[str, Mapping[str, Placement]] = {}
    positions: dict[float, float] = {}  # one float per distinct position, not one per placement
    for unit in alignment.units:
        # an article stating the unit's fact within a sentence of another unit carries it too
        carriers[unit.id] = shared_keys(unit.carriers())
        where: dict[str, Placement] = {}
        for art in carriers[unit.id]:
            indices = unit.sentences(art)
            article = by_id[art]
            n = len(rank[art])
            first = min(rank[art][i] for i in indices)
            words = sum(len(article.sentences[i].text.split()) for i in indices)
            position = round(first / (n - 1), 4) if n > 1 else 0.0
            where[art] = Placement(
                sentences=tuple(indices),
                position=positions.setdefault(position, position),
                lede=any(i in ledes[art] for i in indices),
                words=words,
            )
        # one small map per unit: on a 50 MB article, dicts here cost more than the text
        placements[unit.id] = SmallMap(carriers[unit.id], tuple(where.values()))
    ids = sorted(by_id)
    # Units decide: a sentence linked to a sentence of another outlet but kept
    # out of its unit (see Unit.related) still counts as added; reports show
    # the link so a reader can judge, scripts find it in `units[].related`.
    added = {a: tuple(u for u, c in carriers.items() if c == (a,)) for a in ids}
    lacking: dict[str, list[str]] = {a: [] for a in ids}
    for u, c in carriers.items():
        # a set for a unit of many outlets: its tuple searched once per outlet grew with their square
        held = frozenset(c) if len(c) > SCAN_MOST else c
        for a in ids:
            if a not in held:
                lacking[a].append(u)
    omitted = {a: tuple(us) for a, us in lacking.items()}
    return Coverage(carriers, added, omitted, placements)
