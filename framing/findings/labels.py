"""The names and labels every output of one comparison uses.

Outlets are named the same way everywhere (:func:`outlet_names`); content
units, quote groups and people are labelled ``C1``, ``Q1``, ``P1``, ...
(:func:`labels`, :class:`Labels`); a finding's evidence is an article's runs
of neighbouring sentences (:func:`runs`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from framing.io.evidence import Evidence

if TYPE_CHECKING:
    from framing.compare import Comparison
    from framing.io.article import Article

__all__ = ["KIND_ORDER", "Labels", "labels", "outlet_names", "sentence_runs"]


KIND_ORDER = {"person": 0, "media/source": 1, "organisation": 2, "place": 3, "other": 4}
"""Order of entity kinds in the people section (and of the ``P#`` labels)."""


@dataclass(frozen=True)
class Labels:
    """The labels of a comparison: unit id -> ``C#``, quote id -> ``Q#``, entity name -> ``P#``."""

    units: Mapping[str, str]
    quotes: Mapping[str, str]
    entities: Mapping[str, str]


def outlet_names(articles: Sequence[Article]) -> dict[str, str]:
    """How every output names each article: its outlet; when the outlet is unknown, a
    readable name made from its id or title (:func:`framing.io.outlets.readable_name`:
    ``000_24b190d1714be1b8`` is ``000``), or its id when that name would be shared;
    ``outlet (id)`` when outlets repeat. Always one name per article (an outlet named
    like another article's id, or like ``X (b)``, gets its id too), whatever the
    articles' order.

    >>> from framing import Article
    >>> arts = [Article.from_text("H\\nT.", id=i, outlet=o) for i, o in
    ...         [("b", "X"), ("c", "X"), ("d", "X (b)"), ("X", None)]]
    >>> sorted(outlet_names(arts).values())
    ['X', 'X (b)', 'X (b) (d)', 'X (c)']
    >>> arts = [Article.from_text("H\\nT.", id=i) for i in ["000_24b190d1714be1b8", "003_b0b2997cfc93b2b5",
    ...                                                       "007_9f3c2a71b0d4", "007_0a1b2c3d4e5f"]]
    >>> list(outlet_names(arts).values())
    ['000', '003', '007_9f3c2a71b0d4', '007_0a1b2c3d4e5f']
    """
    from framing.io.outlets import readable_name

    outlets = Counter(a.outlet for a in articles if a.outlet)
    ids = {a.id for a in articles}
    readable = {a.id: readable_name(a.id, a.title) for a in articles if not a.outlet}
    shared = Counter(readable.values())
    out = {}
    for a in articles:
        if a.outlet and outlets[a.outlet] == 1:
            out[a.id] = a.outlet
        elif a.outlet:
            out[a.id] = f"{a.outlet} ({a.id})"
        else:
            # a readable name two articles would share, or that is another outlet's name or another
            # article's id, is no name: the id is (ids are unique)
            name = readable[a.id]
            out[a.id] = name if name == a.id or (shared[name] == 1 and name not in outlets and name not in ids) \
                else a.id
    taken = Counter(out.values())
    for a in articles:  # a name still shared: the article whose outlet it is not (or any) adds its id
        if taken[out[a.id]] > 1 and a.outlet and out[a.id] != f"{a.outlet} ({a.id})":
            taken[out[a.id]] -= 1
            out[a.id] = f"{out[a.id]} ({a.id})"
    n = 0
    while len(set(out.values())) < len(out):  # pathological ids: number what still repeats
        seen: set[str] = set()
        for a in articles:
            if out[a.id] in seen:
                n += 1
                out[a.id] = f"{out[a.id]} #{n}"
            seen.add(out[a.id])
    return out


def labels(comparison: Comparison) -> Labels:
    """The comparison's labels (see the module docstring)."""
    cov = comparison.coverage
    units = comparison.alignment.units

    def order(u: Any) -> tuple[int, float, str]:
        where = cov.placements[u.id] if cov is not None else {}
        top = min((p.position for p in where.values()), default=0.0)
        return (-len(u.members), top, u.id)

    unit_labels = {u.id: f"C{n}" for n, u in enumerate(sorted(units, key=order), start=1)}
    quotes = comparison.quotes
    quote_labels = {g.id: f"Q{n}" for n, g in enumerate(quotes.groups, start=1)} if quotes is not None else {}
    ents = comparison.entities
    # people first, then sources, organisations, places; the most widely named first (the memo's order)
    ordered = sorted(ents.entities, key=lambda e: (KIND_ORDER.get(e.kind, 9), -len(e.articles), e.name)) \
        if ents is not None else []
    entity_labels = {e.name: f"P{n}" for n, e in enumerate(ordered, start=1)}
    return Labels(unit_labels, quote_labels, entity_labels)


def sentence_runs(indices: Sequence[int]) -> list[list[int]]:
    """Sentence indices (in order) cut into runs of consecutive ones.

    >>> sentence_runs([3, 4, 7, 9, 10])
    [[3, 4], [7], [9, 10]]
    """
    groups: list[list[int]] = []
    for i in indices:
        if groups and i == groups[-1][-1] + 1:
            groups[-1].append(i)
        else:
            groups.append([i])
    return groups


def runs(article: Article, indices: Sequence[int]) -> list[Evidence]:
    """Evidence for sentences of one article: one piece per run of consecutive sentences
    (a unit may hold sentences far apart, and one range over the text between them would
    claim what they do not say)."""
    out = []
    for g in sentence_runs(indices):
        first, last = article.sentences[g[0]], article.sentences[g[-1]]
        out.append(Evidence.of(article, g[0], first.start, last.end))
    return out
