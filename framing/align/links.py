"""Sentence links: which content sentences of different articles to score, and their scores.

Candidates come from an inverted index of each sentence's rarest terms (and
pairs of them), so cost grows near-linearly with the text; only a handful of
candidates per sentence and other article, those with the best
content-overlap bounds, get the costly measures. A link scores 0-100 (the
link model, or a user ``scorer``) with a closeness (how near the pair is to
one statement); a link through the event's own words alone is topical.
Wire copies, and sentences one word away from one (:data:`NEAR_COPY`), are linked
once (:data:`framing.align.units.COPIES_ABOVE`).

:func:`sentence_links` gives what :func:`framing.align.units.align` builds
units from.
"""

from __future__ import annotations

from array import array
from collections.abc import Callable, Iterator, Mapping
from dataclasses import replace
from functools import lru_cache
from typing import cast

from framing.align.linkmodel import event_total, event_weights, link_score, measures
from framing.align.similarity import (
    DEFAULT_CUTOFF,
    Derived,
    Profile,
    Scorer,
    background_weight,
    bound_against,
    custom_score,
    features,
    link_bound,
    paraphrase,
    profile,
    set_weight,
    total,
)
from framing.io.article import Article, Sentence
from framing.text import language as _language
from framing.text.terms import KEPT_MOST, Term

TOPICAL = 3
"""A stem in at least this many sentences per article (event weight at most 1/3,
:func:`framing.align.linkmodel.event_weights`) is one of the event's own words; a link through
such words alone ("Lithuania", "prime minister" in a story about her) is topical and makes
no near miss."""

__all__ = ["BOUND_FLOOR", "LEDE", "LINK_FLOOR", "MAX_POSTINGS", "MAX_SCORED", "NEAR_COPY", "PAIRED", "PROBES",
           "TOPICAL", "Node", "sentence_links", "with_copies"]


PROBES = 16
"""How many of its rarest terms each sentence is looked up by."""


PAIRED = 4
"""The pairs among this many of its rarest terms are also keys of a sentence."""


MAX_POSTINGS = 64
"""Terms in more sentences than this (or 4 per article, if more) are not indexed."""


MAX_SCORED = 8
"""A sentence gets the costly measures with at most this many candidates of each other article
(those with the best content-overlap bounds)."""


DERIVED_KEPT = 1 << 12
"""Sentences of an event up to which the aligner keeps every sentence's
:class:`framing.align.similarity.Derived` views while pairing (about a kilobyte each); above it,
only the pair's."""


LINK_FLOOR = 2.0
"""Links scoring under this are dropped (they count 0 in a unit's mean either way)."""


BOUND_FLOOR = 14.0
"""Candidate pairs whose content-overlap bound (:func:`framing.align.similarity.link_bound`) is
under this are not scored: on the dev events none of them reaches :data:`LINK_FLOOR`."""


LEDE = 3
"""A sentence among the first this many of its article is in the lede."""


Node = tuple[str, int]  # (article id, sentence index): a sentence's canonical name


def sentence_links(
    ordered: list[Article], scorer: Scorer | None, model: tuple[float, ...] | None = None,
    copies: dict[int, list[int]] | None = None, near_copies: set[int] | None = None,
) -> tuple[list[Node], list[tuple[float, int, int]], dict[tuple[int, int], float], array[int],
           set[tuple[int, int]]]:
    """Nodes of the content sentences, scored candidate links, each link's closeness, places,
    and the topical links (:data:`TOPICAL`).

    Closeness (0-1) is how near a pair is to one statement: paraphrase
    closeness (:func:`framing.align.similarity.paraphrase`) for the default
    scorer, the user scorer's score / 100 otherwise. ``model`` replaces
    :data:`framing.align.linkmodel.LINK_MODEL` (the benchmark's folds). With ``copies``
    (default scorer only), wire copies are linked once (:data:`COPIES_ABOVE`): ``copies``
    is filled with each aligned copy's node -> the nodes of its other copies, which get no links,
    and of its near copies (:func:`_near_copies`), linked to it alone; ``near_copies``, if given,
    is filled with the latter.
    """
    nodes, sentences, places = _nodes(ordered)
    if (languages := _language.apart(ordered, scorer)) is not None:
        # articles in several languages: the same links, less those across languages
        found = sentence_links([replace(a, language="en") for a in ordered], scorer, model, copies, near_copies)

        def within(i: int, j: int) -> bool:
            return languages[nodes[i][0]] == languages[nodes[j][0]]

        return (found[0], [x for x in found[1] if within(x[1], x[2])],
                {p: c for p, c in found[2].items() if within(*p)}, found[3], {p for p in found[4] if within(*p)})
    links: list[tuple[float, int, int]] = []
    closeness: dict[tuple[int, int], float] = {}
    topical: set[tuple[int, int]] = set()
    if scorer is not None:
        profiles = [profile(s.text) for s in sentences]
        frequencies = _frequencies(profiles, nodes)
        own = _event_words(frequencies[0], len(ordered))
        for i, j in _candidates(profiles, _weights(profiles, len(ordered)), nodes, len(ordered),
                                frequencies=frequencies):
            value = custom_score(scorer, sentences[i].text, sentences[j].text)
            if value >= LINK_FLOOR:
                links.append((value, i, j))
                closeness[(i, j)] = value / 100.0
                if _topical(profiles[i].terms, profiles[j].terms, own):
                    topical.add((i, j))
        return nodes, links, closeness, places, topical
    for i, j, values, near, copy, through in _measured(sentences, nodes, places, len(ordered), copies,
                                                                   near_copies):
        # a copy (the same words in the same order) restates whatever the model says
        value = 100.0 if copy else link_score(values, model)
        if value >= LINK_FLOOR:
            links.append((value, i, j))
            closeness[(i, j)] = near
            if through:
                topical.add((i, j))
    return nodes, links, closeness, places, topical


def _event_words(df: Mapping[str, int], groups: int) -> frozenset[str]:
    """The event's own words (:data:`TOPICAL`)."""
    return frozenset(t for t, n in df.items() if n >= TOPICAL * groups)


def _topical(a: Mapping[str, Term], b: Mapping[str, Term], own: frozenset[str]) -> bool:
    """Two sentences' content terms share stems, and every one of them is the event's own."""
    shared = a.keys() & b.keys()
    return bool(shared) and shared <= own


def _nodes(ordered: list[Article]) -> tuple[list[Node], list[Sentence], array[int]]:
    """Nodes, sentences and places (0 = the article's first content sentence)."""
    nodes: list[Node] = []
    sentences: list[Sentence] = []
    places = array("q")  # machine integers: a list of ints cost 36 bytes a sentence
    for article in ordered:
        for place, sentence in enumerate(article.body):
            nodes.append((article.id, sentence.index))
            sentences.append(sentence)
            places.append(place)
    return nodes, sentences, places


def _measured(
    sentences: list[Sentence], nodes: list[Node], places: array[int], groups: int,
    copies: dict[int, list[int]] | None = None, near_copies: set[int] | None = None,
) -> Iterator[tuple[int, int, tuple[float, ...], float, bool, bool]]:
    """``(i, j, link measures, closeness, copy, topical)`` of every candidate pair worth scoring.

    Closeness is paraphrase closeness (0-1) for pairs with link evidence, else
    0; ``copy`` says the two have the same words in the same order;
    ``topical`` that the content words they share are all the event's own
    (:data:`TOPICAL`).
    """
    # a sentence several outlets carry word for word (wire copy) is profiled once: a profile is
    # frozen, so its copies share it
    once: dict[str, Profile] = {}
    # an event larger than the terms kept leaves none there: they would be pushed out before they are asked for
    keep = len(sentences) <= KEPT_MOST
    profiles = [once[s.text] if s.text in once else once.setdefault(s.text, profile(s.text, keep=keep))
                for s in sentences]
    del once
    weight = _weights(profiles, groups)
    totals = [total(p, weight) for p in profiles]
    frequencies = _frequencies(profiles, nodes)
    event = event_weights(frequencies[0], groups)
    event_totals = array("d", (event_total(_stems(p), event) for p in profiles))
    own = _event_words(frequencies[0], groups)
    twins = _Twins(profiles, places)
    # each sentence's views made once, when first asked for (a sentence's partners recur across its
    # neighbours): for every sentence of an event of up to DERIVED_KEPT sentences; above, only for the
    # pair measured (a bounded cache of partners, asked out of order, cost more than it saved: +15% at
    # 16,000 sentences an article in bench/align_scale.py)
    terms_of: Callable[[int], Mapping[str, Term]] | None = None
    look: Callable[[int], Derived]
    if len(profiles) <= DERIVED_KEPT:
        views: list[Derived | None] = [None] * len(profiles)

        def look(n: int) -> Derived:
            found = views[n]
            if found is None:
                found = views[n] = Derived(profiles[n])
            return found

        def terms_of(n: int) -> Mapping[str, Term]:
            return look(n).terms
    else:
        look = lru_cache(maxsize=2)(lambda n: Derived(profiles[n]))  # the sentence paired, and its partner

    def measured(i: int, j: int) -> tuple[tuple[float, ...], float, bool, bool]:
        da, db = look(i), look(j)
        pair = (da.terms, db.terms)
        both = (totals[i], totals[j])
        evidence, similar = features(profiles[i], profiles[j], weight, both, derived=(da, db))
        values = measures(pair, (profiles[i].words, profiles[j].words), weight, event, both,
                          (event_totals[i], event_totals[j]), min(places[i], places[j]) < LEDE, evidence,
                          similar, (da, db))
        copy = bool(profiles[i].words) and profiles[i].words == profiles[j].words
        near = 1.0 if copy else paraphrase(similar) if evidence >= DEFAULT_CUTOFF / 100.0 else 0.0
        return values, near, copy, _topical(pair[0], pair[1], own)

    only = None
    if copies is not None:  # wire copies linked once (COPIES_ABOVE); the event's weights count every copy
        copies.update(_copies(twins, nodes))
        only = bytearray([1]) * len(nodes)
        for others in copies.values():
            for c in others:
                only[c] = 0
        # a wire copy one desk edited by a word stands for nothing else: it is linked to its
        # original alone, and clustered as the original's copy (near_copies says which)
        for r, e, found in _near_copies(profiles, nodes, places, copies, measured):
            if near_copies is not None:
                near_copies.add(e)
            only[e] = 0
            copies[r].append(e)
            copies[r].sort()
            yield (r, e, *found) if r < e else (e, r, *found)
    pairs = _candidates(profiles, weight, nodes, groups, frequencies=frequencies, only=only)
    made: dict[tuple[int, int], tuple[tuple[float, ...], float, bool, bool]] = {}
    for i, js in _bounded(pairs, profiles, weight, totals, nodes, twins, terms_of):
        for j in js:
            key = twins.key(i, j)
            if key is not None and key in made:
                yield i, j, *made[key]
                continue
            found = measured(i, j)
            if key is not None:
                made[key] = found
            yield i, j, *found


NEAR_COPY = 0.8
"""Paraphrase closeness (0-1) from which a sentence one word away from a wire copy (a word
dropped, added or replaced, two words swapped) is aligned as that copy (:func:`_near_copies`)."""


def _near_copies(
    profiles: list[Profile], nodes: list[Node], places: array[int], copies: Mapping[int, list[int]],
    measured: Callable[[int, int], tuple[tuple[float, ...], float, bool, bool]],
) -> list[tuple[int, int, tuple[tuple[float, ...], float, bool, bool]]]:
    """``(original, near copy, their measures)``: sentences one word away from a wire copy.

    Only in events whose wire copies are aligned once (:data:`framing.align.units.COPIES_ABOVE`):
    a sentence no other is a copy of, on the same side of the lede as the first copy of a wire
    sentence (the original), in an article holding no copy of it, whose words are the original's
    with one word dropped, added or replaced or two neighbours swapped (found by the word
    sequences with one word left out, so the cost follows the sentences, never their pairs), and
    whose paraphrase closeness to it is at least :data:`NEAR_COPY` with the same figures. It is
    linked to the original alone and clustered as its copy, so a story many desks edited by a word
    costs its distinct sentences, not their pairs. Of several originals, the closest (then the
    first) is taken; at most one near copy per article and original, in node order.
    """
    if not copies:
        return []
    article_of = [a for a, _ in nodes]
    held: dict[int, set[str]] = {r: {article_of[r], *(article_of[c] for c in others)} for r, others in copies.items()}
    hidden = {c for others in copies.values() for c in others}
    keys: dict[tuple[str, ...], list[int]] = {}
    for r in sorted(copies):
        words = profiles[r].words
        for k in (words, *(words[:n] + words[n + 1:] for n in range(len(words)))):
            keys.setdefault(k, []).append(r)
    out = []
    for e, p in enumerate(profiles):
        if e in copies or e in hidden or len(p.words) < 4:
            continue
        words = p.words
        found = {r for k in (words, *(words[:n] + words[n + 1:] for n in range(len(words)))) for r in keys.get(k, ())}
        best = None
        for r in sorted(found):
            if article_of[e] in held[r] or (places[e] < LEDE) != (places[r] < LEDE):
                continue
            got = measured(r, e) if r < e else measured(e, r)
            if got[1] >= NEAR_COPY and not got[0][-1] and (best is None or got[1] > best[2][1]):
                best = (r, e, got)
        if best is not None:
            held[best[0]].add(article_of[e])
            out.append(best)
    return out


class _Twins:
    """Sentences measured alike: the same profile (terms and words) on the same side of the lede.

    Every measure of a pair (:func:`_measured`, :func:`_bounded`) depends on the two sentences
    only through their profiles and whether either is in the lede, so the measures of a pair are
    those of any pair of their twins: a wire story carried by many outlets is measured once per
    distinct sentence pair, not once per pair of outlets. Results are unchanged; only pairs with
    a sentence that has twins are remembered (on an input without copies, nothing is).
    """

    def __init__(self, profiles: list[Profile], places: array[int]) -> None:
        classes: dict[tuple[Profile, bool], int] = {}
        self.of = array("q", (classes.setdefault((p, places[n] < LEDE), len(classes))
                              for n, p in enumerate(profiles)))
        sizes = array("q", bytes(8 * len(classes)))
        for c in self.of:
            sizes[c] += 1
        self.sizes = sizes

    def key(self, i: int, j: int) -> tuple[int, int] | None:
        """The pair's key among twins (in this order), or None when neither sentence has a twin."""
        a, b = self.of[i], self.of[j]
        return (a, b) if self.sizes[a] > 1 or self.sizes[b] > 1 else None


def _copies(twins: _Twins, nodes: list[Node]) -> dict[int, list[int]]:
    """Wire copies (:data:`COPIES_ABOVE`): the first node of each set of twins, one per article
    (an article stating a sentence twice has a twin of its own) -> its other nodes, ascending."""
    first: dict[tuple[int, int], int] = {}  # (twin class, occurrence in its article) -> first node
    seen: dict[tuple[int, str], int] = {}  # (twin class, article) -> occurrences so far
    out: dict[int, list[int]] = {}
    for n, (article, _) in enumerate(nodes):
        c = twins.of[n]
        if twins.sizes[c] < 2:
            continue
        k = seen.get((c, article), 0)
        seen[(c, article)] = k + 1
        rep = first.setdefault((c, k), n)
        if rep != n:
            out.setdefault(rep, []).append(n)
    return out


def with_copies(
    groups: list[tuple[list[int], float]], copies: Mapping[int, list[int]]
) -> list[tuple[list[int], float]]:
    """Groups clustered with each wire copy stood for by its twin (:data:`COPIES_ABOVE`), the
    copies put back beside it."""
    hidden = {c for others in copies.values() for c in others}
    out = [(sorted([*members, *(c for n in members for c in copies.get(n, ()))]), strength)
           for members, strength in groups if not (len(members) == 1 and members[0] in hidden)]
    return sorted(out, key=lambda g: g[0][0])


def _bounded(
    candidates: Iterator[tuple[int, int]],
    profiles: list[Profile],
    weight: Mapping[str, float],
    totals: list[float],
    nodes: list[Node],
    twins: _Twins | None = None,
    terms_of: Callable[[int], Mapping[str, Term]] | None = None,
) -> Iterator[tuple[int, list[int]]]:
    """Each sentence's candidates worth the costly measures, ascending: ``(i, [j, ...])``.

    A pair whose content-overlap bound (:func:`framing.align.similarity.link_bound`)
    is under :data:`BOUND_FLOOR` never reaches the link floor (checked on the
    dev events); of the rest, a sentence keeps its :data:`MAX_SCORED` best
    bounds into each other article (ties by sentence), so the work per
    sentence is bounded however repetitive the text. ``terms_of(n)``, if given, gives sentence
    ``n``'s terms (kept by the caller), else they are made from its profile.
    """
    at = -1
    own_terms: Mapping[str, Term] = {}
    kept: list[tuple[float, int]] = []

    def best() -> list[int]:
        by_article: dict[str, list[tuple[float, int]]] = {}
        for bound, j in kept:
            by_article.setdefault(nodes[j][0], []).append((-bound, j))
        return sorted(j for ranked in by_article.values() for _, j in sorted(ranked)[:MAX_SCORED])

    bounds: dict[tuple[int, int], float] = {}  # of twins' pairs (see _Twins)
    for i, j in candidates:  # pairs come in i order
        if i != at:
            if kept:
                yield at, best()
            at, own_terms, kept = i, (terms_of(i) if terms_of is not None else profiles[i].terms), []
        key = twins.key(i, j) if twins is not None else None
        known = bounds.get(key) if key is not None else None
        if known is not None:
            bound = known
        elif terms_of is not None:
            bound = link_bound(profiles[i], profiles[j], weight, (totals[i], totals[j]), terms=(own_terms, terms_of(j)))
        else:
            bound = bound_against(own_terms, profiles[i], profiles[j], weight, (totals[i], totals[j]))
            if key is not None:
                bounds[key] = bound
        if bound >= BOUND_FLOOR:
            kept.append((bound, j))
    if kept:
        yield at, best()


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


def _stems(p: Profile) -> tuple[str, ...]:
    """A profile's content stems, without building its ``terms`` dict."""
    return cast("tuple[str, ...]", p.flat[::2])


def _frequencies(profiles: list[Profile], nodes: list[Node]) -> tuple[dict[str, int], dict[str, int]]:
    """Per stem: in how many sentences, and in how many articles (nodes come article by article)."""
    df: dict[str, int] = {}
    spread: dict[str, int] = {}
    seen_in: dict[str, str] = {}
    for p, (article, _) in zip(profiles, nodes, strict=True):
        for t in _stems(p):
            df[t] = df.get(t, 0) + 1
            if seen_in.get(t) != article:
                seen_in[t] = article
                spread[t] = spread.get(t, 0) + 1
    return df, spread


def _candidates(
    profiles: list[Profile],
    weight: Mapping[str, float],
    nodes: list[Node],
    groups: int,
    *,
    frequencies: tuple[dict[str, int], dict[str, int]] | None = None,
    only: bytearray | None = None,
) -> Iterator[tuple[int, int]]:
    """Candidate pairs ``(i, j)``, ``i < j``, of different articles, in ``(i, j)`` order
    (see the module docstring); with ``only``, among the sentences it marks."""
    limit = max(MAX_POSTINGS, 4 * groups)
    df, spread = frequencies if frequencies is not None else _frequencies(profiles, nodes)

    def keys(p: Profile) -> list[str]:
        # A sentence's PROBES rarest terms that are not topic words, and the
        # pairs among its PAIRED rarest terms (a pair of common words is still
        # rare, so a sentence made of common words keeps candidates). A term
        # of one article only can find no pair of two articles: it is neither
        # filed nor counted among the probes (on a long article compared with
        # a short one, that is most of its terms).
        ranked = sorted((t for t in _stems(p) if weight[t] > 0.0), key=lambda t: (-weight[t], t))
        own = [t for t in ranked if spread[t] > 1 and df[t] <= limit][:PROBES]
        top = sorted(ranked[:PAIRED])
        own += [f"{x} {y}" for n, x in enumerate(top) for y in top[n + 1 :] if spread[x] > 1 < spread[y]]
        if not ranked and p.words:
            own.append("= " + p.sorted_words)  # no content word: only its twin can match
        return own

    # Keys are made twice (filing, then looking up) rather than kept: on a
    # 50 MB input a list per sentence cost more than the text.
    postings: dict[str, list[int]] = {}
    for i, p in enumerate(profiles):
        if only is not None and not only[i]:
            continue
        for k in keys(p):
            hits = postings.get(k)
            if hits is None:
                hits = postings[k] = []
            hits.append(i)
    # Pairs are produced one sentence at a time, in (i, j) order: never held
    # all at once (on a 50 MB input that set alone took gigabytes).
    for i, p in enumerate(profiles):
        if only is not None and not only[i]:
            continue
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
