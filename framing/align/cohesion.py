"""Cohesive content units from scored sentence links (average linkage).

Single-link merging (join two groups when any one link between them is strong
enough) lets one link pull in a sentence that shares nothing with the rest of
its unit, and chains different facts together through weak links. Here two
groups merge only when the *mean* link score over all their cross-article
sentence pairs (pairs never scored count 0) reaches the cut-off, so every
sentence of a unit is supported by the unit as a whole. Pairs of one article
are not counted: an outlet stating a fact twice, far apart, keeps both
sentences in the unit when the other outlets' sentences support each.

The algorithm is agglomerative clustering with average linkage, restricted to
pairs of groups joined by at least one link (each group keeps a map of link
sums to its neighbours; merges come off a heap, strongest mean first, ties by
the groups' smallest node numbers, so the result never depends on input
order). A unit holds at most ``per_article`` sentences of one article: a
bound on the work and on units of near-identical boilerplate.

Written here because no maintained library does average linkage on a sparse
graph with a per-article cap: scipy's and scikit-learn's hierarchical
clustering take a dense distance matrix (quadratic in sentences).

Before clustering, links face competition within each article
(:func:`compete`): a link is kept only when it is at least ``ratio`` times the
best link each of its sentences has into the other's article, so a sentence's
best counterpart outranks its weaker ones and a topical near-miss cannot hold
a unit together.

Contents
--------
UNIT_CUTOFF
    The cut-off :func:`framing.align.units.align` clusters its link scores with by default.
check_cutoff(value)
    A cut-off, checked: a number from 0 to 100.
compete(links, articles, *, ratio)
    The links that hold up against each sentence's best link into the other article.
cluster(links, articles, *, cutoff, per_article)
    Groups of node numbers and each group's cohesion.

>>> links = [(90.0, 0, 2), (80.0, 1, 2), (10.0, 0, 3)]
>>> cluster(links, [0, 0, 1, 1], cutoff=20.0, per_article=4)
[([0, 1, 2], 85.0), ([3], 0.0)]
"""

from __future__ import annotations

import heapq
import math
from collections.abc import Mapping, Sequence

from framing.errors import MetadataError

__all__ = ["UNIT_CUTOFF", "check_cutoff", "cluster", "compete"]

UNIT_CUTOFF = 15.0
"""Default cohesion cut-off (0-100): groups join while their mean link score reaches it.

Chosen by leave-one-event-out cross-validation on the basil_facts dev events
(``bench/align_facts.py --fit`` prints each fold's choice and held-out figures).
Defined here, in a module that imports nothing heavy, and re-exported as
:data:`framing.align.units.UNIT_CUTOFF`, so that the command line can show it in
``--help`` without importing the aligner.
"""


OUTLETS_EXPONENT = 0.6
"""How the cut-off rises with the number of articles (:func:`cut_off_for`)."""
SCALED_UP_TO = 6
"""Articles up to which the cut-off rises (the largest events it was measured on)."""


def cut_off_for(cutoff: float, articles: int) -> float:
    """The cohesion cut-off for an event of ``articles`` articles: ``cutoff`` for two or three,
    raised by ``((articles - 1) / 2) ** OUTLETS_EXPONENT`` for more, at most at six articles' level.

    A sentence meets as many chances of a link by coincidence as there are other articles: with six
    outlets writing about one event, two sentences sharing the event's words reach a given score far
    more often than with three. The cut-off :data:`UNIT_CUTOFF` was chosen on events of three
    outlets; on the eight web events of six outlets each (``bench/web_events.py``) the exponent 0.6
    was the choice of every leave-one-event-out fold (link F1 0.42 -> 0.45, exclusive F1
    0.74 -> 0.79, fact recall 0.64 -> 0.63; better or equal in every event but three whose fact
    recall fell by 0.02-0.03). Events of more than six articles were not measured: the cut-off
    stops rising there.

    >>> cut_off_for(15.0, 3), round(cut_off_for(15.0, 6), 1), cut_off_for(15.0, 6) == cut_off_for(15.0, 300)
    (15.0, 26.0, True)
    """
    spread = (min(max(articles, 3), SCALED_UP_TO) - 1) / 2
    return float(cutoff * spread**OUTLETS_EXPONENT)


def check_cutoff(value: object) -> float:
    """``value`` as a cut-off: a finite number from 0 to 100 (NaN compares false with every
    bound, so a range check alone let it through, and a report then held a bare ``NaN``).

    >>> check_cutoff(15), check_cutoff("20.5")
    (15.0, 20.5)
    >>> check_cutoff(float("nan"))
    Traceback (most recent call last):
    ...
    framing.errors.MetadataError: cutoff must be a number from 0 to 100 (got nan)
    """
    try:
        number = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        raise MetadataError(f"cutoff must be a number from 0 to 100 (got {value!r})") from None
    if not (math.isfinite(number) and 0 <= number <= 100):
        raise MetadataError(f"cutoff must be a number from 0 to 100 (got {value!r})")
    return number


def compete(
    links: Sequence[tuple[float, int, int]],
    articles: Sequence[int],
    *,
    ratio: float,
    closeness: Mapping[tuple[int, int], float] | None = None,
    restates: float = 1.0,
    places: Sequence[int] | None = None,
) -> list[tuple[float, int, int]]:
    """The links that hold up against each sentence's best counterparts.

    A link ``(score, i, j)`` is kept when

    * it is at least ``ratio`` times the best link ``i`` has into ``j``'s
      article, and the best ``j`` has into ``i``'s; and
    * it is not taken by restatements: when ``i``'s closest counterpart in
      ``j``'s article restates it (``closeness >= restates``) and so does
      ``j``'s in ``i``'s article, and neither of those is this pair, the pair
      is dropped (two near-copies of one article each have their own twin).

    ``closeness[(i, j)]`` (``i < j``) is how near the pair is to one statement,
    0-1; it orders counterparts whose link scores tie at the top of the scale.
    ``places[n]`` (place of node ``n`` among its article's sentences) breaks the
    remaining ties: of two equally close counterparts the one at the nearer
    position is the twin, so identical sentences pair off in order.

    >>> compete([(90.0, 0, 2), (30.0, 0, 3), (20.0, 1, 3)], [0, 0, 1, 1], ratio=0.5)
    [(90.0, 0, 2), (20.0, 1, 3)]
    >>> twins = [(99.0, 0, 2), (99.0, 0, 3), (99.0, 1, 2), (99.0, 1, 3)]
    >>> near = {(0, 2): 1.0, (1, 3): 1.0, (0, 3): 0.9, (1, 2): 0.9}
    >>> compete(twins, [0, 0, 1, 1], ratio=0.5, closeness=near, restates=0.5)
    [(99.0, 0, 2), (99.0, 1, 3)]
    """
    near = closeness or {}
    best: dict[tuple[int, int], float] = {}
    # (node, other article) -> its closest counterpart there as (closeness,
    # score, -distance, -node): closest first, then strongest, then nearest in
    # position, then the smaller node number, so the choice never depends on
    # the order of the links
    twin: dict[tuple[int, int], tuple[float, float, int, int]] = {}
    for value, i, j in links:
        c = near.get((i, j), 0.0)
        distance = abs(places[i] - places[j]) if places is not None else 0
        for node, other, partner in ((i, articles[j], j), (j, articles[i], i)):
            key = (node, other)
            best[key] = max(value, best.get(key, 0.0))
            twin[key] = max((c, value, -distance, -partner), twin.get(key, (-1.0, 0.0, 0, 0)))

    def taken(node: int, other: int, partner: int) -> bool:
        c, _, _, closest = twin[(node, other)]
        return c >= restates and -closest != partner

    return [
        (value, i, j)
        for value, i, j in links
        if value >= ratio * best[(i, articles[j])]
        and value >= ratio * best[(j, articles[i])]
        and not (taken(i, articles[j], j) and taken(j, articles[i], i))
    ]


def cluster(
    links: Sequence[tuple[float, int, int]],
    articles: Sequence[int],
    *,
    cutoff: float,
    per_article: int,
    copies: Mapping[int, Sequence[int]] | None = None,
) -> list[tuple[list[int], float]]:
    """Group nodes by average linkage over cross-article links.

    Parameters
    ----------
    links
        ``(score, i, j)``: nodes ``i`` and ``j`` (of different articles) are
        linked with that score (0-100). Each pair at most once.
    articles
        ``articles[n]`` is the article number of node ``n``.
    cutoff
        Two groups merge while the mean score over their cross-article pairs
        is at least this.
    per_article
        Most nodes of one article in one group.
    copies
        Node -> the article numbers of the copies it stands for (one per article, none its
        own: :data:`framing.align.units.COPIES_ABOVE`). Such a node counts as itself and its copies:
        the copies restate one another (100), link to another node as it does (but not to
        one of their own article), and count towards ``per_article``. Without ``copies``
        every node counts once.

    Returns
    -------
    list
        ``(nodes ascending, cohesion)`` for every group, by smallest node;
        cohesion is the mean score over the group's cross-article pairs (0
        for a group of one article).

    Cost: O(L log L) for L links when groups stay small (bounded by
    ``per_article`` times the number of articles).
    """
    # Only linked nodes get entries: on a large input most sentences stay alone.
    members: dict[int, list[int]] = {}
    counts: dict[int, dict[int, int]] = {}  # group -> article -> nodes
    sums: dict[int, dict[int, float]] = {}  # group -> neighbour group -> sum of link scores
    inner: dict[int, tuple[float, int]] = {}  # group -> (score sum, cross pairs) inside it
    size: dict[int, int] = {}  # group -> sentences it stands for (its nodes and their copies)
    stands = copies or {}

    def enter(n: int) -> None:
        members[n] = [n]
        counts[n] = {articles[n]: 1}
        sums[n] = {}
        size[n] = 1
        more = stands.get(n, ())
        if more:
            counts[n].update((art, 1) for art in more)
            size[n] += len(more)
            pairs = size[n] * (size[n] - 1) // 2
            inner[n] = (100.0 * pairs, pairs)

    for n in sorted(stands):  # a node standing for copies is a group even unlinked
        enter(n)
    for value, i, j in links:
        for n in (i, j):
            if n not in members:
                enter(n)
        if stands and (i in stands or j in stands):
            # every copy of one links to every copy of the other, but not within an article
            value *= size[i] * size[j] - sum(1 for art in counts[i] if art in counts[j])
        sums[i][j] = sums[i].get(j, 0.0) + value
        sums[j][i] = sums[j].get(i, 0.0) + value

    def cross(a: int, b: int) -> int:
        ca, cb = counts[a], counts[b]
        if len(ca) > len(cb):  # over the group of fewer articles (a wire story's unit spans hundreds)
            ca, cb = cb, ca
        same = sum(k * cb.get(art, 0) for art, k in ca.items())
        return size[a] * size[b] - same

    def mean(a: int, b: int) -> float:
        pairs = cross(a, b)
        return sums[a][b] / pairs if pairs else 0.0

    heap: list[tuple[float, int, int]] = []
    for a in sorted(sums):
        for b in sums[a]:
            if a < b:
                heap.append((-mean(a, b), a, b))
    heapq.heapify(heap)
    while heap:
        negative, a, b = heapq.heappop(heap)
        if a not in members or b not in members or b not in sums[a]:
            continue  # one side was merged away since this entry was pushed
        value = mean(a, b)
        if value != -negative:
            continue  # stale: a fresher entry for this pair is in the heap
        if value < cutoff:
            break  # the best mean left is below the cut-off
        merged = dict(counts[a])
        for art, k in counts[b].items():
            merged[art] = merged.get(art, 0) + k
        if max(merged.values()) > per_article:
            continue
        keep, gone = (a, b) if a < b else (b, a)
        inside_keep, inside_gone = inner.get(keep, (0.0, 0)), inner.pop(gone, (0.0, 0))
        inner[keep] = (
            inside_keep[0] + inside_gone[0] + sums[keep][gone],
            inside_keep[1] + inside_gone[1] + cross(keep, gone),
        )
        members[keep] += members.pop(gone)
        size[keep] += size.pop(gone)
        counts[keep] = merged
        del counts[gone]
        for other, s in sums.pop(gone).items():
            if other == keep:
                continue
            sums[other].pop(gone)
            sums[other][keep] = sums[other].get(keep, 0.0) + s
            sums[keep][other] = sums[keep].get(other, 0.0) + s
        sums[keep].pop(gone)
        for other in sorted(sums[keep]):
            x, y = (keep, other) if keep < other else (other, keep)
            heapq.heappush(heap, (-mean(x, y), x, y))
    grouped = {n for group in members.values() for n in group}
    groups = []
    for n in range(len(articles)):
        if n in members:  # a group's key is its smallest node
            total, pairs = inner.get(n, (0.0, 0))
            groups.append((sorted(members[n]), round(total / pairs, 6) if pairs else 0.0))
        elif n not in grouped:
            groups.append(([n], 0.0))
    return groups
