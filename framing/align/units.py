"""N-way alignment: which sentences of 2..N articles state the same facts.

Contents
--------
align(articles, *, cutoff=UNIT_CUTOFF, scorer=None)
    Build the :class:`Alignment` of a set of articles.
Alignment, Unit, SentenceLink
    Frozen results: content units, each with its members in every article
    and the links (``restates`` or ``overlaps``) that hold it together.
UNIT_CUTOFF, MAX_PER_ARTICLE
    The default cohesion cut-off; most sentences of one article in a unit.

How it works, and what it costs
-------------------------------
1. Every content sentence (``article.body``: boilerplate and the title are left
   out; a headline is a summary of the whole story and would otherwise glue
   itself to the lede) gets its terms (:mod:`framing.text.terms`). Term weights
   are background rarity damped by the set's own frequencies
   (:func:`framing.align.weights.set_weight`), and rarity within the event
   (:func:`framing.align.linkmodel.event_weights`).
2. Candidate pairs come from an inverted index (:mod:`framing.align.links`):
   each sentence is indexed by its ``PROBES`` rarest terms and by the pairs among its ``PAIRED``
   rarest terms; keys found in more than ``MAX_POSTINGS`` sentences are
   skipped. The cost is near-linear in the number of
   sentences, never all n x m pairs.
3. Each candidate pair of different articles gets a link score, 0-100: the
   probability that it states a shared fact (:mod:`framing.align.linkmodel`, fitted
   on people's fact-level judgements), from its content overlap, how rare the
   shared words are in this event, and where the sentences sit.
4. Units are built by average linkage (:mod:`framing.align.cohesion`): two groups
   join while the mean link score over all their cross-article pairs reaches
   the cut-off, so a sentence joins a unit only when the unit as a whole
   supports it, never through one link to one member. A unit may hold up to
   ``MAX_PER_ARTICLE`` sentences of one article, adjacent or not (an outlet
   stating a fact twice). Ties are broken by article id and sentence index,
   so input order never matters.
5. Every content sentence left unlinked is a unit of its own.
6. A sentence may state more facts than one: a lede gives the decision, its date and who made
   it, where another outlet gives each in a sentence of its own. Units are a partition (each
   sentence has one home unit), so such a sentence also joins, as :attr:`Unit.also`, every
   other shared unit whose sentences of other articles it links to at :data:`ALSO_JOINS` x the
   cut-off on average (:func:`_also`). The article then carries that unit too; the unit's
   wording and versions stay those of its own members.

Many outlets: sentences with the same profile on the same side of the lede
(twins) are measured once per distinct pair (:mod:`framing.align.links`), whatever the
event's size; in an event of more than :data:`COPIES_ABOVE` articles a wire
copy is linked and clustered once, standing for its copies
(:data:`COPIES_ABOVE`), and for its near copies (one word dropped, added,
replaced or swapped by a desk: :func:`framing.align.links.sentence_links`),
each linked to it alone, so the cost follows the distinct wordings, not the
outlets squared.

>>> from framing.io.article import Article
>>> a = Article.from_text("Troops left Kyiv on Monday. Prices rose.", id="a")
>>> b = Article.from_text("Rain fell. On Monday, troops left Kyiv.", id="b")
>>> [(u.id, u.members) for u in align([b, a]).units]
[('a:0', {'a': (0,), 'b': (1,)}), ('a:1', {'a': (1,)}), ('b:0', {'b': (0,)})]
"""

from __future__ import annotations

from array import array
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from itertools import pairwise
from typing import Literal

from framing.align.cohesion import UNIT_CUTOFF, check_cutoff, cluster, compete, cut_off_for
from framing.align.linkmodel import RESTATES
from framing.align.links import Node, sentence_links, with_copies
from framing.align.similarity import Scorer
from framing.align.smallmap import SmallMap
from framing.errors import MetadataError, NotEnoughArticlesError
from framing.io.article import Article

__all__ = ["ALSO_JOINS", "ALSO_SUPPORT", "MAX_PER_ARTICLE", "SCORER_RESTATES", "UNIT_CUTOFF", "Alignment",
           "SentenceLink", "Unit", "align"]

MAX_PER_ARTICLE = 3
"""Most sentences of one article in one unit (adjacent or not)."""
CLEAR_BELOW = 5.0
"""Content one outlet alone carries is *clearly* its own when no sentence of another
article links to it at this score or more through a word that is not the event's own
(:attr:`Unit.nearest`; with a user ``scorer``, its 0-100 score, unscaled). The memo's key
findings name a thread that outlet alone reports only when two thirds of its sentences
are clear, and claim only those. On the basil_facts
dev events a fifth of the sentences framing calls exclusive are in a fact the annotators
saw another outlet state; of the threads the memo named, 29% held one before this rule and
10% after (``bench/memo_facts.py --views all``). Chosen there and on the seeds."""
ALSO_JOINS = 2.0
"""A sentence of a shared unit also belongs to another shared unit (:attr:`Unit.also`) when
its mean link score to that unit's sentences of other articles (a missing link counts 0) is at
least this many times the cut-off (30 at the default 15). Every scored link counts, not only
those :func:`framing.align.cohesion.compete` keeps (a lede's weaker link to a second fact is the
one competition drops), but a topical one (through the event's own words alone, :data:`TOPICAL`)
does not. Only shared units, from sentences whose own unit is shared, so no verdict "only this
outlet carries it" changes. With :data:`ALSO_SUPPORT`: on the ten basil_facts dev events link F1
0.47 -> 0.50 and fact recall 0.63 -> 0.68, exclusive F1 unchanged (0.81); on the six
basil_facts_more events 0.49 -> 0.51 and 0.73 -> 0.77; on the eight web events 0.46 -> 0.49 and
0.65 -> 0.68 (``bench/align_facts.py``, ``bench/web_events.py``). 5/3 gave 0.01-0.02 more fact
recall, but a reader who had not seen the code judged the sentences it joined on the web events:
15 state the unit's fact, 15 in part, 16 not; at 2.0, 14, 10 and 6 (the choice was made on that
judgement; ``bench/data/also_judged``)."""
ALSO_SUPPORT = 2
"""... and links to at least this many of them: a link to one sentence alone may go through the
other fact that sentence states. Of the joins 5/3 x the cut-off alone made on the sixteen BASIL
dev events (basil_facts and basil_facts_more), 60% put the sentence with a sentence the
annotators put in one fact with it (67 of 112); with this rule 73% (45 of 62); with
:data:`ALSO_JOINS` 2.0 and topical links left out, 76% (26 of 34)."""
COMPETITION = 0.5
"""A link holds a unit together only if it is at least this share of each of its
sentences' best link into the other article (:func:`framing.align.cohesion.compete`)."""
SCORER_RESTATES = 80.0
"""With a user ``scorer``, a link scoring this or more restates."""
COPIES_ABOVE = 6
"""In an event of more than this many articles, a sentence several outlets carry word for word
(a wire copy: the same profile, on the same side of the lede) is aligned once: the first of
its copies is linked and stands for the others when units are built (they restate it, and link
as it does: :func:`framing.align.cohesion.cluster`'s ``copies``), and they join its unit, each linked
to it alone. A unit's ``links`` then list each copy's link to that first copy, not every pair
of copies; the competition between links (:func:`framing.align.cohesion.compete`) sees the first
copies only. A near copy (:data:`framing.align.links.NEAR_COPY`) is clustered the same way, but its
one link, to the first copy, is measured, and takes part in the competition. Events of up to this
many articles are aligned sentence by sentence, as before."""


@dataclass(frozen=True, slots=True)
class SentenceLink:
    """A scored link between two sentences of different articles inside one unit.

    Attributes
    ----------
    a, b
        ``(article id, sentence index)`` of each side; ``a`` comes first in
        article-id order.
    score
        Link score, 0-100: the probability (x 100) that the two state a shared fact.
    kind
        ``"restates"``: the same statement, reworded at most; ``"overlaps"``:
        they share a fact and at least one of them adds more.
    """

    a: tuple[str, int]
    b: tuple[str, int]
    score: float
    kind: Literal["restates", "overlaps"]

    def to_dict(self) -> dict[str, object]:
        """JSON form: ``{"a": [id, index], "b": [...], "score", "kind"}``."""
        return {"a": list(self.a), "b": list(self.b), "score": self.score, "kind": self.kind}


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
        Cohesion (0-100): the mean link score over the unit's cross-article
        sentence pairs; 0.0 for content of one article.
    related
        Ids of other units that one of its sentences links to (at or above
        the cut-off) but did not join, because the rest of the other unit
        does not support it (or a unit would exceed :data:`MAX_PER_ARTICLE`
        sentences of one article). Coverage still counts such a unit as
        content only that outlet carries (units decide); the report shows the
        link so a reader can judge.
    links
        The scored links between its members of different articles,
        strongest first.
    nearest
        The strongest link score (0-100) from one of its sentences to a
        sentence of another article outside the unit through a word that is
        not one of the event's own (:data:`TOPICAL`); 0.0 when there is none.
        For content one outlet alone carries, how near another outlet comes
        to saying it: under :data:`CLEAR_BELOW` the verdict is clear.
    near
        Id of the unit that holds that other sentence (None when there is none).
    also
        Article id -> indices of its sentences whose own unit is another one but
        that state this unit's fact as well (a sentence stating several facts:
        :data:`ALSO_JOINS`); articles in id order, empty for most units. Their
        links to the members are in :attr:`links`; :attr:`members` stays the
        partition (each sentence in one unit).
    """

    id: str
    members: Mapping[str, tuple[int, ...]]
    score: float
    related: tuple[str, ...] = ()
    links: tuple[SentenceLink, ...] = ()
    nearest: float = 0.0
    near: str | None = None
    also: Mapping[str, tuple[int, ...]] = field(default_factory=dict)
    # set when the unit holds wire copies (COPIES_ABOVE): whether every two of its articles
    # restate, copies counted as linked as their twins are (its links no longer show it)
    _restated: bool | None = field(default=None, repr=False, compare=False)

    @property
    def kind(self) -> Literal["restates", "overlaps"] | None:
        """``"restates"`` when every two of its articles are joined by a restating
        link, ``"overlaps"`` when some share a fact but add more; None for
        content of one article. (Wire copies in many outlets, :data:`COPIES_ABOVE`:
        a copy restates what its twin restates.)"""
        if not self.shared:
            return None
        if self._restated is not None:
            return "restates" if self._restated else "overlaps"
        # every two of its k articles are restated when the restated pairs of its articles
        # number k(k-1)/2 (counted, not looked up pair by pair: a wire story's unit has 300)
        k, members = len(self.members), self.members
        # a restating link holds between members (an :attr:`also` sentence's links overlap)
        restated = {(min(x.a[0], x.b[0]), max(x.a[0], x.b[0])) for x in self.links
                    if x.kind == "restates" and x.a[0] != x.b[0] and x.a[0] in members and x.b[0] in members}
        return "restates" if len(restated) == k * (k - 1) // 2 else "overlaps"

    @property
    def unsure(self) -> str | None:
        """:attr:`near` when another article's sentence comes near enough to make the
        verdict not clear (:attr:`nearest` at least :data:`CLEAR_BELOW`), else None."""
        return self.near if self.nearest >= CLEAR_BELOW else None

    @property
    def articles(self) -> tuple[str, ...]:
        """Ids of the articles whose own sentences make this unit, in id order
        (:meth:`carriers` adds those stating it within a sentence of another unit)."""
        return tuple(self.members)

    def carriers(self) -> tuple[str, ...]:
        """Ids of every article that states this unit's fact: its members' and
        :attr:`also`'s, in id order."""
        if not self.also:
            return tuple(self.members)
        return tuple(sorted(set(self.members) | set(self.also)))

    def sentences(self, article: str) -> tuple[int, ...]:
        """Indices of ``article``'s sentences that state this unit: its members,
        else its :attr:`also` sentences (empty if it does not carry the unit)."""
        return self.members.get(article) or self.also.get(article, ())

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
        Every content sentence in exactly one unit (its own; it may also state the
        fact of other units: :attr:`Unit.also`); ordered by first member.
    cutoff
        The unit cohesion cut-off used (0-100): the one asked for, raised for
        more than three articles (:func:`framing.align.cohesion.cut_off_for`).
    """

    articles: tuple[str, ...]
    units: tuple[Unit, ...]
    cutoff: float
    # article -> unit number of each of its sentences (-1: none); one array an article, not a dict
    # entry a sentence (a large article's index was most of a megabyte per 100,000 sentences more)
    _where: dict[str, array[int]] = field(default_factory=dict, repr=False, compare=False)
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
            size = Counter[str]()
            for unit in self.units:
                for art, indices in unit.members.items():
                    size[art] = max(size[art], max(indices, default=-1) + 1)
            where = {art: array("l", [-1]) * n for art, n in size.items()}
            for n, unit in enumerate(self.units):
                for art, indices in unit.members.items():
                    for i in indices:
                        where[art][i] = n
            self._where.update(where)
        found = self._where.get(article)
        n = found[index] if found is not None and 0 <= index < len(found) else -1
        if n < 0:
            raise KeyError((article, index))
        return self.units[n]


def align(
    articles: Iterable[Article], *, cutoff: float = UNIT_CUTOFF, scorer: Scorer | None = None,
    speakers: Mapping[tuple[str, int], frozenset[str]] | None = None,
) -> Alignment:
    """Align the content sentences of two or more articles into units.

    Parameters
    ----------
    articles
        The articles; their ids must be unique. Order does not matter.
    cutoff
        Unit cohesion cut-off on the 0-100 scale (see :data:`UNIT_CUTOFF`):
        two groups of sentences join while the mean link score over their
        cross-article pairs is at least this; for more than three articles it
        is raised (:func:`framing.align.cohesion.cut_off_for`; ``Alignment.cutoff``
        is the one used).
    scorer
        Optional ``(str, str) -> float`` 0-100 scorer (rapidfuzz scorer,
        embedding model) run on the comparison keys of candidate pairs; its
        score is the link score (a link restates at
        :data:`SCORER_RESTATES` or more). Candidates still come from the term
        index, so a pair sharing no content word is never scored.
    speakers
        Optional ``(article id, sentence index)`` -> the people whose words the
        sentence quotes (:func:`framing.comparators.speakers.sentence_speakers`;
        :func:`framing.compare` passes it): two sentences quoting two different
        people are never linked, one leader's condolences are not another's.
        On the sixteen BASIL dev events link F1 0.50 -> 0.51 (precision 0.53 ->
        0.54), on the eight web events 0.49 -> 0.50, fact recall 0.68 -> 0.69,
        exclusive F1 unchanged (``bench/align_facts.py --more``,
        ``bench/web_events.py``). Of the pairs it splits on the BASIL events, the
        annotators put 1 of 12 in one fact.

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
    >>> from framing.io.article import Article
    >>> a = Article.from_text("NATO troops arrived in Vilnius. It rained.", id="a")
    >>> b = Article.from_text("The troops from NATO have arrived in Vilnius.", id="b")
    >>> [u.members for u in align([a, b]).units if u.shared]
    [{'a': (0,), 'b': (0,)}]
    """
    cutoff = check_cutoff(cutoff)
    ordered = sorted(articles, key=lambda a: a.id)
    if len(ordered) < 2:
        raise NotEnoughArticlesError(f"align needs at least 2 articles (got {len(ordered)})")
    for before, after in pairwise(ordered):
        if before.id == after.id:
            raise MetadataError(
                f"article ids must be unique in an alignment (got {after.id!r} twice)"
            )
    copies: dict[int, list[int]] | None = {} if len(ordered) > COPIES_ABOVE and scorer is None else None
    near_copies: set[int] = set()
    nodes, links, closeness, places, topical = sentence_links(ordered, scorer, copies=copies, near_copies=near_copies)
    if speakers:
        # two sentences that quote two different people state two people's words, not one fact
        def apart(i: int, j: int) -> bool:
            x, y = speakers.get(nodes[i]), speakers.get(nodes[j])
            return bool(x and y and not x & y)
        links = [x for x in links if not apart(x[1], x[2])]
    restates = SCORER_RESTATES / 100.0 if scorer is not None else RESTATES
    article_of = {a.id: n for n, a in enumerate(ordered)}
    numbers = array("i", (article_of[a] for a, _ in nodes))
    kept = compete(links, numbers, ratio=COMPETITION, closeness=closeness, restates=restates, places=places)
    if near_copies:
        # a near copy's link to its original competes (it is its article's best link there), but the
        # near copy is clustered as the original's copy, which it stands for: no link of its own
        kept = [x for x in kept if x[1] not in near_copies and x[2] not in near_copies]
    cutoff = cut_off_for(cutoff, len(ordered))
    stands = {rep: [numbers[c] for c in others] for rep, others in (copies or {}).items()}
    groups = cluster(kept, numbers, cutoff=cutoff, per_article=MAX_PER_ARTICLE, copies=stands)
    if copies:
        groups = with_copies(groups, copies)
        for rep, others in copies.items():
            for c in others:  # a copy restates its twin: the unit's links say so (one link a copy)
                if c not in near_copies:  # a near copy's link to its original is measured
                    links.append((100.0, rep, c))
                    closeness[(rep, c)] = 1.0
    linked = {n for _, i, j in links for n in (i, j)}
    # only linked sentences get entries: on a large input most stay alone
    unit_of = {n: k for k, (members, _) in enumerate(groups) if len(members) > 1 or members[0] in linked
               for n in members}
    also = _also(groups, [x for x in links if (x[1], x[2]) not in topical], numbers, unit_of, ALSO_JOINS * cutoff)
    inside: dict[int, list[SentenceLink]] = {}
    related: dict[int, set[int]] = {}
    nearest: dict[int, tuple[float, int]] = {}  # unit -> (strongest near miss, the other unit)
    for value, i, j in links:
        ui, uj = unit_of[i], unit_of[j]
        if ui != uj and (i, j) not in topical:  # a near miss (links join different articles)
            for mine, other in ((ui, uj), (uj, ui)):
                best, by = nearest.get(mine, (0.0, 0))
                # ties go to the other unit numbered first (groups come in node order)
                if (value, -other) > (best, -by):
                    nearest[mine] = (value, other)
        if ui == uj:
            kind: Literal["restates", "overlaps"] = (
                "restates" if closeness.get((i, j), 0.0) >= restates else "overlaps"
            )
            inside.setdefault(ui, []).append(SentenceLink(nodes[i], nodes[j], value, kind))
        else:
            for s, joined in ((i, uj), (j, ui)):
                if s in also.get(joined, ()):  # a sentence of one unit that states the other's fact too
                    inside.setdefault(joined, []).append(SentenceLink(nodes[i], nodes[j], value, "overlaps"))
            if value >= cutoff:
                related.setdefault(ui, set()).add(uj)
                related.setdefault(uj, set()).add(ui)
    for own in inside.values():
        own.sort(key=lambda x: (-x.score, x.a, x.b))
    units = [_unit(members, strength, nodes, tuple(inside.get(k, ()))) for k, (members, strength) in enumerate(groups)]
    units = [
        replace(u, related=tuple(sorted(units[r].id for r in related.get(k, ()))),
                nearest=nearest[k][0] if k in nearest else 0.0, near=units[nearest[k][1]].id if k in nearest else None)
        if k in related or k in nearest else u
        for k, u in enumerate(units)
    ]
    for k, extra in also.items():
        units[k] = replace(units[k], also=_by_article(extra, nodes))
    if copies:
        twin_of = {c: rep for rep, others in copies.items() for c in others}
        units = [replace(u, _restated=_restated(groups[k][0], twin_of, inside.get(k, ()), nodes))
                 if any(n in twin_of for n in groups[k][0]) else u for k, u in enumerate(units)]
    units.sort(key=lambda u: _first(u.members))
    return Alignment(tuple(a.id for a in ordered), tuple(units), cutoff)


def _also(groups: list[tuple[list[int], float]], links: Iterable[tuple[float, int, int]], numbers: Sequence[int],
          unit_of: Mapping[int, int], joins: float) -> dict[int, set[int]]:
    """Unit number -> sentences of other units that state its fact too (:data:`ALSO_JOINS`).

    Both units shared; the mean is over the unit's sentences of other articles than the
    sentence's, a missing link counting 0. Sums are gathered link by link, so the cost follows
    the links, never a unit's size times the sentences linked to it.
    """
    spread = [len({numbers[n] for n in members}) > 1 for members, _ in groups]
    sums: dict[tuple[int, int], list[float]] = {}  # (sentence, unit) -> [sum of its links, how many]
    for value, i, j in links:
        ui, uj = unit_of[i], unit_of[j]
        if ui != uj and spread[ui] and spread[uj]:
            for n, k in ((i, uj), (j, ui)):
                got = sums.setdefault((n, k), [0.0, 0])
                got[0] += value
                got[1] += 1
    out: dict[int, set[int]] = {}
    per_article: dict[int, Counter[int]] = {}  # unit -> its sentences per article, counted once
    for (n, k), (total, linked) in sums.items():
        if linked < ALSO_SUPPORT:
            continue
        if k not in per_article:
            per_article[k] = Counter(numbers[m] for m in groups[k][0])
        others = len(groups[k][0]) - per_article[k][numbers[n]]
        if total >= joins * others:
            out.setdefault(k, set()).add(n)
    return out


def _by_article(group: Iterable[int], nodes: list[Node]) -> Mapping[str, tuple[int, ...]]:
    by_article: dict[str, list[int]] = {}
    for n in group:
        article, index = nodes[n]
        by_article.setdefault(article, []).append(index)
    articles = tuple(sorted(by_article))
    return SmallMap(articles, tuple(tuple(sorted(by_article[a])) for a in articles))


def _restated(members: list[int], twin_of: Mapping[int, int], links: Iterable[SentenceLink],
              nodes: list[Node]) -> bool:
    """Whether every two articles of a unit holding wire copies restate one another: one copy
    restates another, and a copy restates what its twin restates. Articles holding the same
    sentences (copies counted as their twins) are checked once."""
    node_of = {nodes[n]: n for n in members}
    restating = {(node_of[x.a], node_of[x.b]) for x in links if x.kind == "restates"}
    restating |= {(b, a) for a, b in restating}
    held: dict[str, set[int]] = {}
    for n in members:
        held.setdefault(nodes[n][0], set()).add(twin_of.get(n, n))
    kinds = list({frozenset(h) for h in held.values()})
    for x, mine in enumerate(kinds):
        for other in kinds[x:]:
            if not (mine & other) and not any((c, d) in restating for c in mine for d in other):
                return False
    return True


_NO_ALSO: Mapping[str, tuple[int, ...]] = SmallMap((), ())
"""The :attr:`Unit.also` of the units that have none (most): one empty mapping, not an empty dict each."""


def _unit(group: list[int], strength: float, nodes: list[Node], links: tuple[SentenceLink, ...]) -> Unit:
    members = _by_article(group, nodes)
    first_article, first_index = _first(members)
    return Unit(f"{first_article}:{first_index}", members, strength, links=links, also=_NO_ALSO)


def _first(members: Mapping[str, tuple[int, ...]]) -> tuple[str, int]:
    article = min(members)
    return article, members[article][0]
