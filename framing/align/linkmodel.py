"""Do two sentences of one event state the same fact? A link probability, 0-100.

:func:`framing.align.similarity.similarity` scores a lone pair. Inside an event the
aligner knows more: how common each word is *in this event* (the event's
name, its place and its main actors are in most sentences and say little
about which sentences match), whether a sentence is in its article's lede, and
how much specific content two sentences share in absolute terms (a long
sentence that carries one shared fact among others has a low Dice overlap but
a large shared mass). :func:`link_score` combines these measures in a
logistic model fitted on people's fact-level judgements.

Contents
--------
MEASURES
    Names of the measures, in :data:`LINK_MODEL`'s order.
LINK_MODEL
    Logistic coefficients: intercept, then one per measure.
EventWeights, event_weights(dfs, groups), event_total(terms, event)
    A term's specificity within the event: ``min(1, articles / df)``; a
    sentence's sum of it.
measures(...)
    The model's inputs for one candidate pair.
link_score(values)
    ``100 x`` the model's probability that the pair states a shared fact.
RESTATES
    Paraphrase closeness from which a link is ``restates`` (else ``overlaps``).

How the model was made
----------------------
``bench/align_facts.py --fit`` computes :func:`measures` for every candidate
pair of the ten basil_facts dev events (three outlets each, two independent
annotators; a pair is positive when both annotators put the two sentences in
one fact, negative when neither does), fits an L2-regularised logistic
regression, and prints leave-one-event-out cross-validated figures with the
spread over the folds. The coefficients below are the fit on all ten events.

>>> link_score((0.0,) * len(MEASURES)) < 1.0  # nothing in common: next to no chance
True
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from itertools import pairwise
from typing import TYPE_CHECKING

from framing.text.terms import Term

if TYPE_CHECKING:
    from framing.align.similarity import Derived

__all__ = [
    "LINK_MODEL",
    "MEASURES",
    "RESTATES",
    "EventWeights",
    "event_total",
    "event_weights",
    "link_score",
    "measures",
]

MEASURES = (
    "evidence",  # framing.align.similarity link evidence (weighted Dice blended with word-sequence views)
    "cover",  # shared weighted content / the smaller side's content (at most 1)
    "specific",  # log(1 + shared content weighted by set rarity and event specificity)
    "names",  # log(1 + shared capitalised (name) terms)
    "lede",  # 1 if either sentence is among its article's first three
    "jaccard",  # word-set Jaccard, stop words included
    "subsequence",  # longest common word subsequence ratio
    "event_dice",  # Dice on event specificity (min(1, articles / df))
    "event_cover",  # shared event specificity / the smaller side's (at most 1)
    "event_common",  # log(1 + shared event specificity)
    "bigrams",  # log(1 + shared adjacent content-term pairs)
    "size",  # log(1 + content terms of the smaller side)
    "both_add",  # log(1 + weighted content the less-adding side has that the other lacks)
    "numbers_differ",  # 1 if both carry numbers and they differ (a different figure is a different fact)
)
"""Names of the measures :func:`measures` returns, in order."""

LINK_MODEL: tuple[float, ...] = (
    -12.862, 5.312, 15.106, 1.083, -0.495, 0.693, 7.95, 9.07, -6.446, -3.506, -0.393, -0.113, -1.4, 2.435,
    0.222,
)
"""Intercept, then one coefficient per :data:`MEASURES` entry (see the module docstring)."""

RESTATES = 0.5
"""A link whose paraphrase closeness (:func:`framing.align.similarity.paraphrase`, 0-1,
the MSRP model of "the same statement") reaches this is ``restates``; below,
the two sentences share a fact but each adds more: ``overlaps``."""

EventWeights = Mapping[str, float]


def event_weights(dfs: Mapping[str, int], groups: int) -> dict[str, float]:
    """Specificity of each term within the event: ``min(1, groups / df)``.

    A word that states one fact is in about one sentence per article (weight
    1); a word in every sentence (the event's name, its place, its main actor)
    weighs ``groups / df``. It depends on ``df`` and the number of articles
    only, never on the number of sentences, so adding an unrelated sentence
    changes no other pair's measures.

    >>> w = event_weights({"kyiv": 9, "asylum": 1}, 3)
    >>> round(w["kyiv"], 2), w["asylum"]
    (0.33, 1.0)
    """
    return {t: min(1.0, groups / df) for t, df in dfs.items()}


def measures(
    terms: tuple[Mapping[str, Term], Mapping[str, Term]],
    words: tuple[tuple[str, ...], tuple[str, ...]],
    weight: Mapping[str, float],
    event: EventWeights,
    totals: tuple[float, float],
    event_totals: tuple[float, float],
    lede: bool,
    evidence: float,
    similarity_measures: tuple[float, ...],
    derived: tuple[Derived, Derived] | None = None,
) -> tuple[float, ...]:
    """The model's inputs for one candidate pair, in :data:`MEASURES` order.

    Parameters
    ----------
    terms, words
        Both sentences' content terms and stemmed word sequences
        (:class:`framing.align.similarity.Profile`).
    weight, totals
        Set rarity of the terms (:func:`framing.align.weights.set_weight`) and
        each side's weighted size.
    event, event_totals
        :func:`event_weights`, and each side's sum of them (:func:`event_total`).
    lede
        Whether either sentence is among its article's first three (a place
        counted from the top, so text added further down changes nothing).
    evidence, similarity_measures
        :func:`framing.align.similarity.features` of the pair.
    derived
        Both sentences' :class:`framing.align.similarity.Derived` views, when kept: their
        adjacent content terms are made once there; else from ``words`` and ``terms``.

    Cost is linear in the sentences' lengths.
    """
    ta, tb = terms
    shared = ta.keys() & tb.keys()
    common_a = math.fsum(weight[t] * ta[t].multiplier for t in shared)
    common_b = math.fsum(weight[t] * tb[t].multiplier for t in shared)
    common = (common_a + common_b) / 2
    specific = math.fsum(weight[t] * event[t] * (ta[t].multiplier + tb[t].multiplier) / 2 for t in shared)
    small = min(totals)
    # Every measure is bounded or logged: the model must not extrapolate on a
    # sentence with more names or more words than the dev events had.
    cover = min(1.0, common / small) if small > 0 else 0.0
    names = sum(1 for t in shared if not t[0].isdigit() and max(ta[t].multiplier, tb[t].multiplier) > 1.0)
    ea, eb = event_totals
    ec = math.fsum(event[t] for t in shared)
    event_dice = 2 * ec / (ea + eb) if ea + eb > 0 else 0.0
    event_cover = min(1.0, ec / min(ea, eb)) if min(ea, eb) > 0 else 0.0
    # a shared pair of adjacent content terms needs two shared terms
    if len(shared) < 2:
        adjacent = 0
    elif derived is not None:
        adjacent = len(derived[0].bigrams & derived[1].bigrams)
    else:
        adjacent = len(_bigrams(words[0], ta) & _bigrams(words[1], tb))
    return (
        evidence,
        cover,
        math.log1p(specific),
        math.log1p(names),
        1.0 if lede else 0.0,
        similarity_measures[0],
        similarity_measures[2],
        event_dice,
        event_cover,
        math.log1p(ec),
        math.log1p(adjacent),
        math.log1p(min(len(ta), len(tb))),
        math.log1p(max(0.0, min(totals[0] - common_a, totals[1] - common_b))),
        similarity_measures[5],
    )


def event_total(terms: Iterable[str], event: EventWeights) -> float:
    """A sentence's summed event specificity over its content terms (once per sentence, not per pair).

    >>> from framing.text.terms import terms
    >>> event_total(terms("Troops crossed Kyiv."), {"troop": 1.0, "cross": 0.5, "kyiv": 0.25})
    1.75
    """
    return math.fsum(event[t] for t in terms)


def _bigrams(words: tuple[str, ...], terms: Mapping[str, Term]) -> set[tuple[str, str]]:
    content = [w for w in words if w in terms]
    return set(pairwise(content))


def link_score(values: tuple[float, ...], model: tuple[float, ...] | None = None) -> float:
    """``100 x`` the probability that a pair states a shared fact (0-100).

    ``model`` replaces :data:`LINK_MODEL` (the benchmark's cross-validation
    passes its fold's fit).
    """
    coefficients = LINK_MODEL if model is None else model
    z = coefficients[0] + math.fsum(c * v for c, v in zip(coefficients[1:], values, strict=True))
    z = max(-30.0, min(30.0, z))
    return round(100.0 / (1.0 + math.exp(-z)), 6)
