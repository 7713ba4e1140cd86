"""N-way alignment: which sentences of 2..N articles say the same thing.

Contents
--------
align(articles, *, cutoff=DEFAULT_CUTOFF, scorer=None)
    Build the :class:`Alignment` of a set of articles.
Alignment, Unit
    Frozen results: content units, each with its members in every article.
MAX_PER_ARTICLE
    A unit holds at most this many (adjacent) sentences of one article.

How it works, and what it costs
-------------------------------
1. Every content sentence (``article.body``: boilerplate and the title are left
   out; a headline is a summary of the whole story and would otherwise glue
   itself to the lede) gets its terms (:mod:`framing.terms`). Term weights
   are background rarity damped by the set's own frequencies
   (:func:`framing.similarity.set_weight`).
2. Candidate pairs come from an inverted index: each sentence is indexed
   by its ``PROBES`` rarest terms and by the pairs among its ``PAIRED``
   rarest terms; keys found in more than ``MAX_POSTINGS`` sentences are
   skipped. The cost is near-linear in the number of
   sentences, never all n x m pairs.
3. Candidates of different articles scoring ``>= cutoff`` are links. Links
   are merged greedily, strongest first (ties broken by article id and
   sentence index, so input order never matters); a merge is refused if the
   unit would hold more than ``MAX_PER_ARTICLE`` sentences of one article or
   non-adjacent ones, or if both sides already hold a sentence of the same
   article and neither is a lone sentence. One sentence may so pair with two adjacent sentences of
   another outlet (merge/split), and a chain of weak links cannot grow a
   giant unit.
4. Every content sentence left unlinked is a unit of its own.

>>> from framing.article import Article
>>> a = Article.from_text("Troops left Kyiv on Monday. Prices rose.", id="a")
>>> b = Article.from_text("Rain fell. On Monday, troops left Kyiv.", id="b")
>>> [(u.id, u.members) for u in align([b, a]).units]
[('a:0', {'a': (0,), 'b': (1,)}), ('a:1', {'a': (1,)}), ('b:0', {'b': (0,)})]
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from itertools import pairwise

from framing.article import Article, Sentence
from framing.errors import MetadataError, NotEnoughArticlesError
from framing.similarity import (
    DEFAULT_CUTOFF,
    Profile,
    Scorer,
    background_weight,
    custom_score,
    link_bound,
    profile,
    score,
    set_weight,
    total,
)
from framing.smallmap import SmallMap

__all__ = ["MAX_PER_ARTICLE", "Alignment", "Unit", "align"]

MAX_PER_ARTICLE = 2
"""Most sentences of one article in one unit; they must be adjacent."""
PROBES = 8
"""How many of its rarest terms each sentence is looked up by."""
PAIRED = 4
"""The pairs among this many of its rarest terms are also keys of a sentence."""
MAX_POSTINGS = 64
"""Terms in more sentences than this (or 4 per article, if more) are not indexed."""

_Node = tuple[str, int]  # (article id, sentence index): a sentence's canonical name


@dataclass(frozen=True, slots=True)
class Unit:
    """One content unit: sentences of one or more articles saying the same thing.

    Attributes
    ----------
    id
        ``"<article id>:<sentence index>"`` of its first member (articles in
        id order): stable whatever the order of the input.
    members
        Article id -> indices (``Sentence.index``) of its sentences in that
        article, ascending; articles in id order. One article with one
        sentence means content only that article carries.
    score
        The weakest link that holds the unit together (0-100); 0.0 for a
        sentence of its own.
    related
        Ids of other units that one of its sentences links to (at or above
        the cut-off) but could not join, because a unit holds at most
        :data:`MAX_PER_ARTICLE` adjacent sentences of one article: an outlet
        repeating, in another place, a fact it shares. Coverage still counts
        such a unit as content only that outlet carries (units decide); the
        report shows the link so a reader can judge.
    """

    id: str
    members: Mapping[str, tuple[int, ...]]
    score: float
    related: tuple[str, ...] = ()

    @property
    def articles(self) -> tuple[str, ...]:
        """Ids of the articles that carry this unit, in id order."""
        return tuple(self.members)

    @property
    def shared(self) -> bool:
        """True if more than one article carries this unit."""
        return len(self.members) > 1


@dataclass(frozen=True)
class Alignment:
    """The content units of a set of articles.

    Attributes
    ----------
    articles
        Ids of the aligned articles, in id order.
    units
        Every content sentence in exactly one unit; ordered by first member.
    cutoff
        The link cut-off used (0-100).
    """

    articles: tuple[str, ...]
    units: tuple[Unit, ...]
    cutoff: float
    _where: dict[_Node, int] = field(default_factory=dict, repr=False, compare=False)
    _by_id: dict[str, Unit] = field(default_factory=dict, repr=False, compare=False)

    def unit(self, id: str) -> Unit:
        """The unit with this id (a dictionary look-up after the first call).

        Raises
        ------
        KeyError
            If no unit has that id.
        """
        if not self._by_id:
            self._by_id.update((u.id, u) for u in self.units)
        return self._by_id[id]

    def unit_of(self, article: str, index: int) -> Unit:
        """The unit holding sentence ``index`` of article ``article``.

        Raises
        ------
        KeyError
            If that sentence is not a content sentence of an aligned article.
        """
        if not self._where:
            for n, unit in enumerate(self.units):
                for art, indices in unit.members.items():
                    for i in indices:
                        self._where[(art, i)] = n
        return self.units[self._where[(article, index)]]


def align(
    articles: Iterable[Article], *, cutoff: float = DEFAULT_CUTOFF, scorer: Scorer | None = None
) -> Alignment:
    """Align the content sentences of two or more articles into units.

    Parameters
    ----------
    articles
        The articles; their ids must be unique. Order does not matter.
    cutoff
        Link cut-off on the 0-100 scale (see :data:`DEFAULT_CUTOFF`).
    scorer
        Optional ``(str, str) -> float`` 0-100 scorer (rapidfuzz scorer,
        embedding model) run on the comparison keys of candidate pairs.
        Candidates still come from the term index, so a pair sharing no
        rare content word is never scored.

    Returns
    -------
    Alignment
        Same units, same ids, whatever the order of ``articles``.

    Raises
    ------
    NotEnoughArticlesError
        Fewer than two articles.
    MetadataError
        Two articles with the same id.

    Examples
    --------
    >>> from framing.article import Article
    >>> a = Article.from_text("NATO troops arrived in Vilnius. It rained.", id="a")
    >>> b = Article.from_text("The troops from NATO have arrived in Vilnius.", id="b")
    >>> [u.members for u in align([a, b]).units if u.shared]
    [{'a': (0,), 'b': (0,)}]
    """
    ordered = sorted(articles, key=lambda a: a.id)
    if len(ordered) < 2:
        raise NotEnoughArticlesError(f"align needs at least 2 articles (got {len(ordered)})")
    for before, after in pairwise(ordered):
        if before.id == after.id:
            raise MetadataError(
                f"article ids must be unique in an alignment (got {after.id!r} twice)"
            )
    nodes: list[_Node] = []
    sentences: list[Sentence] = []
    position: list[int] = []  # place among its article's content sentences
    for article in ordered:
        for place, sentence in enumerate(article.body):
            nodes.append((article.id, sentence.index))
            sentences.append(sentence)
            position.append(place)
    profiles = [profile(s.text) for s in sentences]
    weight = _weights(profiles, len(ordered))
    totals = [total(p, weight) for p in profiles]
    links: list[tuple[float, int, int]] = []
    # below min(cutoff, DEFAULT_CUTOFF) the default score is 100 x link
    # evidence, which link_bound bounds from above: such pairs cannot link
    floor = min(cutoff, DEFAULT_CUTOFF)
    at, own_terms = -1, {}
    for i, j in _candidates(profiles, weight, nodes, len(ordered)):
        if scorer is None:
            if i != at:  # pairs come in i order: one terms dict per sentence, not per pair
                at, own_terms = i, profiles[i].terms
            pair = (own_terms, profiles[j].terms)
            if link_bound(profiles[i], profiles[j], weight, (totals[i], totals[j]), terms=pair) < floor:
                continue
            value = score(profiles[i], profiles[j], weight, (totals[i], totals[j]), terms=pair)
        else:
            value = custom_score(scorer, sentences[i].text, sentences[j].text)
        if value >= cutoff and value > 0.0:
            links.append((value, i, j))
    # the profiles are the bulk of an alignment's memory: gone before units are built
    del profiles, totals, weight, sentences
    # strongest first; ties by canonical names, which follow article ids
    links.sort(key=lambda link: (-link[0], nodes[link[1]], nodes[link[2]]))
    groups = _merge(links, nodes, position)
    units = [_unit(members, strength, nodes) for members, strength in groups]
    linked = {n for _, i, j in links for n in (i, j)}
    unit_of = {n: units[k].id for k, (members, _) in enumerate(groups) for n in members if n in linked}
    related: dict[str, set[str]] = {}
    for _, i, j in links:
        if unit_of[i] != unit_of[j]:
            related.setdefault(unit_of[i], set()).add(unit_of[j])
            related.setdefault(unit_of[j], set()).add(unit_of[i])
    units = [
        Unit(u.id, u.members, u.score, tuple(sorted(related[u.id]))) if u.id in related else u
        for u in units
    ]
    units.sort(key=lambda u: _first(u.members))
    return Alignment(tuple(a.id for a in ordered), tuple(units), cutoff)


def _weights(profiles: list[Profile], groups: int) -> dict[str, float]:
    df: dict[str, int] = {}
    background: dict[str, float] = {}
    for p in profiles:
        for t, term in p.terms.items():
            df[t] = df.get(t, 0) + 1
            w = background_weight(term.form)
            # the commonest surface form of a stem stands for it (order-independent)
            if w < background.get(t, float("inf")):
                background[t] = w
    return {t: set_weight(background[t], n, groups) for t, n in df.items()}


def _candidates(
    profiles: list[Profile], weight: Mapping[str, float], nodes: list[_Node], groups: int
) -> Iterator[tuple[int, int]]:
    limit = max(MAX_POSTINGS, 4 * groups)
    df: dict[str, int] = {}
    for p in profiles:
        for t in p.terms:
            df[t] = df.get(t, 0) + 1

    def keys(p: Profile) -> list[str]:
        # A sentence's PROBES rarest terms that are not topic words, and the
        # pairs among its PAIRED rarest terms (a pair of common words is still
        # rare, so a sentence made of common words keeps candidates).
        ranked = sorted((t for t in p.terms if weight[t] > 0.0), key=lambda t: (-weight[t], t))
        own = [t for t in ranked if df[t] <= limit][:PROBES]
        top = sorted(ranked[:PAIRED])
        own += [f"{x} {y}" for n, x in enumerate(top) for y in top[n + 1 :] if df[x] > 1 < df[y]]
        # a key only this sentence has can find nothing: not filed (most keys
        # on a large input are a rare name or figure paired with something)
        own = [k for k in own if " " in k or df[k] > 1]
        if not ranked and p.words:
            own.append("= " + p.sorted_words)  # no content word: only its twin can match
        return own

    # Keys are made twice (filing, then looking up) rather than kept: on a
    # 50 MB input a list per sentence cost more than the text.
    postings: dict[str, list[int]] = {}
    for i, p in enumerate(profiles):
        for k in keys(p):
            hits = postings.get(k)
            if hits is None:
                hits = postings[k] = []
            hits.append(i)
    # Pairs are produced one sentence at a time, in (i, j) order: never held
    # all at once (on a 50 MB input that set alone took gigabytes).
    for i, p in enumerate(profiles):
        article = nodes[i][0]
        mine: set[int] = set()
        for k in keys(p):
            hits = postings[k]
            if len(hits) > limit:
                continue
            for j in hits:
                if j > i and nodes[j][0] != article:
                    mine.add(j)
        for j in sorted(mine):
            yield i, j


def _merge(
    links: list[tuple[float, int, int]], nodes: list[_Node], position: list[int]
) -> list[tuple[list[int], float]]:
    # Only merged sentences get entries: on a large input most sentences
    # stay alone, and a list and a dictionary entry each for them added up.
    parent: dict[int, int] = {}
    members: dict[int, list[int]] = {}
    strength: dict[int, float] = {}

    def root(i: int) -> int:
        while i in parent:
            up = parent[i]
            if up in parent:
                parent[i] = parent[up]
            i = up
        return i

    for value, i, j in links:
        ri, rj = root(i), root(j)
        if ri == rj:
            continue
        first, second = members.get(ri, [ri]), members.get(rj, [rj])
        if not _fits(first, second, nodes, position):
            continue
        parent[rj] = ri
        members[ri] = first + second
        members.pop(rj, None)
        # a unit is as strong as its weakest link
        held = [s for s in (strength.get(ri, 0.0), strength.pop(rj, 0.0)) if s > 0.0]
        strength[ri] = min([value, *held])
    return [
        (members.get(r, [r]), strength.get(r, 0.0)) for r in range(len(nodes)) if r not in parent
    ]


def _fits(first: list[int], second: list[int], nodes: list[_Node], position: list[int]) -> bool:
    # Two units that both hold a sentence of the same article merge only if
    # one of them is a lone sentence (a split): two complete units never fuse.
    both = len(first) > 1 and len(second) > 1
    if both and {nodes[n][0] for n in first} & {nodes[n][0] for n in second}:
        return False
    per_article: dict[str, list[int]] = {}
    for n in first + second:
        per_article.setdefault(nodes[n][0], []).append(position[n])
    for places in per_article.values():
        if len(places) > MAX_PER_ARTICLE or max(places) - min(places) != len(places) - 1:
            return False
    return True


def _unit(group: list[int], strength: float, nodes: list[_Node]) -> Unit:
    by_article: dict[str, list[int]] = {}
    for n in group:
        article, index = nodes[n]
        by_article.setdefault(article, []).append(index)
    articles = tuple(sorted(by_article))
    members = SmallMap(articles, tuple(tuple(sorted(by_article[a])) for a in articles))
    first_article, first_index = _first(members)
    return Unit(f"{first_article}:{first_index}", members, strength)


def _first(members: Mapping[str, tuple[int, ...]]) -> tuple[str, int]:
    article = min(members)
    return article, members[article][0]
