"""How alike two sentences are, on a 0-100 scale, offline.

The default scorer answers two questions on one scale, kept apart by
:data:`DEFAULT_CUTOFF`:

* Below the cut-off, the score is *link evidence*: do the sentences carry
  any of the same facts? Content words are compared by stem
  (:mod:`framing.text.terms`), each weighted by its rarity (a background frequency
  list, wordfreq, for a lone pair; damped by the article set's own statistics
  inside an alignment); names and numbers weigh more. The weighted overlap
  (Dice) is averaged with three views of the whole word sequence (sorted-word
  edit ratio, word-set Jaccard, longest common word subsequence) and capped
  at 1.5 times the content overlap. Stop words and punctuation never make two
  sentences similar: a pair that shares no content word scores 0.
* A pair whose evidence reaches the link threshold scores from the cut-off to
  100 by *paraphrase closeness*: a logistic model over six measures (word
  Jaccard, word-trigram Dice, longest common word subsequence, sorted-word
  edit ratio, the rare content the longer side leaves unmatched, and whether
  both carry numbers that differ), so extra information or a different
  figure lowers it. Its coefficients were fitted on MSRP train;
  ``bench/align_quality.py`` refits them and prints in-sample and 5-fold
  cross-validated figures.

So ``similarity(a, b) >= DEFAULT_CUTOFF`` is the link decision, and above it
the order of scores is the order of paraphrase likelihood.

Case, diacritics, quote and dash styles and Unicode composition never matter.

Contents
--------
similarity(a, b, *, scorer=None)
    Score two sentences, 0-100.
DEFAULT_CUTOFF
    Link cut-off: ``similarity(a, b) >= DEFAULT_CUTOFF`` means "link".
Profile, profile(text)
    What the default scorer needs of one sentence, computed once.
score(pa, pb, weight)
    The default scorer on two profiles with given term weights.
features(pa, pb, weight), paraphrase(measures), PARAPHRASE_MODEL
    Its two parts: link evidence and paraphrase closeness.
total(p, weight)
    Weighted size of a profile (precompute it when scoring many pairs).
background_weight(form)
    Rarity of a word in general English, from wordfreq.
set_weight(background, df, groups)
    Rarity inside an article set.
custom_score(scorer, a, b)
    Run a user scorer safely on the comparison keys.

>>> similarity("Ingrida Šimonytė met troops.", "INGRIDA SIMONYTE MET TROOPS!")
100.0
>>> similarity("It was the best of them.", "It was the worst of them.")
0.0
>>> similarity("", "")
0.0
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from itertools import pairwise
from typing import cast

from rapidfuzz import fuzz
from rapidfuzz.distance import LCSseq

from framing.align.weights import background_weight, set_weight
from framing.errors import ScorerError
from framing.text import language as _language
from framing.text.normalise import key
from framing.text.terms import Term, folded_terms, folded_words, keep_terms, kept_terms
from framing.text.terms import folded as _folded

__all__ = [
    "DEFAULT_CUTOFF",
    "PARAPHRASE_MODEL",
    "Derived",
    "Profile",
    "Scorer",
    "background_weight",
    "bound_against",
    "custom_score",
    "features",
    "pair_weights",
    "paraphrase",
    "profile",
    "score",
    "set_weight",
    "similarity",
    "total",
]

Scorer = Callable[[str, str], float]
"""A sentence scorer: two strings in, a float from 0 to 100 out."""

DEFAULT_CUTOFF = 22.0
"""Link cut-off on the 0-100 scale.

It serves coverage ("does this sentence carry any of the same facts?"), so it
sits far below a paraphrase threshold. Link evidence (see the module
docstring) of ``DEFAULT_CUTOFF / 100`` or more links. The threshold is the
lowest on a half-point grid at which at most 0.5% of random sentence pairs
from different BASIL events link (0.45% at 22; 21.5 gives 0.56%);
``bench/align_quality.py`` prints the sweep and QA-Align recall at it.
"""

PARAPHRASE_MODEL = (-4.83, 3.15, -4.69, 7.26, 4.15, -0.47, -0.5)
"""Logistic coefficients: intercept, then word Jaccard, word-trigram Dice,
common-subsequence ratio, sorted-word edit ratio, log(1 + unmatched rare
content of the side with more), numbers differ (0/1).

Fitted on MSRP train by ``bench/align_quality.py --fit`` (L2 1e-3, Newton);
5-fold cross-validated figures are printed next to in-sample ones.
The trigram weight is negative: at equal word overlap, MSRP's non-paraphrases
more often share long verbatim runs (one sentence copies the other and adds
or drops a clause). It only orders pairs above the link cut-off.
"""

_WORD = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class Profile:
    """What the default scorer needs of one sentence, computed once.

    Attributes
    ----------
    flat
        Content terms (:func:`framing.text.terms.terms`) as one tuple ``(stem,
        Term, stem, Term, ...)``; :attr:`terms` is the ``{stem: Term}`` view.
    words
        Every word of the comparison key, stemmed, stop words included, in order.

    ``terms``, ``sorted_words``, ``word_set`` and ``trigrams`` are derived
    when asked for, not stored: an alignment holds a profile for every
    sentence, and a dict per sentence cost several times the text.
    """

    flat: tuple[str | Term, ...]
    words: tuple[str, ...]

    def __post_init__(self) -> None:
        if not isinstance(self.flat, tuple):
            got = type(self.flat).__name__
            raise TypeError(f"Profile takes a flat tuple; use Profile.of(terms, words) (got {got})")

    @classmethod
    def of(cls, terms: Mapping[str, Term], words: tuple[str, ...]) -> Profile:
        """A profile from a ``{stem: Term}`` mapping and the word sequence."""
        return cls(tuple(x for item in terms.items() for x in item), words)

    @property
    def terms(self) -> dict[str, Term]:
        """Content terms, ``{stem: Term}`` (a new dict each time)."""
        flat = self.flat
        return dict(zip(cast("tuple[str, ...]", flat[::2]), cast("tuple[Term, ...]", flat[1::2]), strict=True))

    @property
    def sorted_words(self) -> str:
        """``words`` sorted and joined by spaces."""
        return " ".join(sorted(self.words))

    @property
    def word_set(self) -> frozenset[str]:
        """``words`` as a set."""
        return frozenset(self.words)

    @property
    def trigrams(self) -> frozenset[tuple[str, str, str]]:
        """The word trigrams of ``words``, as a set."""
        w = self.words
        return frozenset(zip(w, w[1:], w[2:], strict=False))


class Derived:
    """A profile's views that the pair measures ask for, each made once when first asked for.

    A :class:`Profile` derives them when asked and keeps none (an alignment holds a profile per
    sentence); the aligner keeps a sentence's views while it pairs it, so a sentence measured
    against a hundred others builds its dict and sets once, not a hundred times, and a view never
    asked for is never made. The measures are the same numbers either way.

    >>> d = Derived(profile("Troops crossed 2 rivers."))
    >>> sorted(d.terms), d.numbers, sorted(d.bigrams)
    (['2', 'cross', 'river', 'troop'], frozenset({'2'}), [('2', 'river'), ('cross', '2'), ('troop', 'cross')])
    """

    # slots and hand-written lazy properties, not functools.cached_property: on Python 3.11 that takes a
    # lock at each first access and a dict per object (bench/align_scale.py's 4,000-sentence case 3.4 ->
    # 4.5 s of CPU when tried)
    __slots__ = ("_bigrams", "_numbers", "_sorted_words", "_terms", "_trigrams", "_word_set", "profile")

    def __init__(self, p: Profile) -> None:
        self.profile = p
        self._terms: dict[str, Term] | None = None
        self._word_set: frozenset[str] | None = None
        self._sorted_words: str | None = None
        self._trigrams: frozenset[tuple[str, str, str]] | None = None
        self._numbers: frozenset[str] | None = None
        self._bigrams: frozenset[tuple[str, str]] | None = None

    @property
    def terms(self) -> dict[str, Term]:
        """:attr:`Profile.terms` (the one dict: not to be changed)."""
        if self._terms is None:
            self._terms = self.profile.terms
        return self._terms

    @property
    def word_set(self) -> frozenset[str]:
        if self._word_set is None:
            self._word_set = self.profile.word_set
        return self._word_set

    @property
    def sorted_words(self) -> str:
        if self._sorted_words is None:
            self._sorted_words = self.profile.sorted_words
        return self._sorted_words

    @property
    def trigrams(self) -> frozenset[tuple[str, str, str]]:
        if self._trigrams is None:
            self._trigrams = self.profile.trigrams
        return self._trigrams

    @property
    def numbers(self) -> frozenset[str]:
        """The figures among the terms."""
        if self._numbers is None:
            self._numbers = frozenset(t for t in self.terms if t[0].isdigit())
        return self._numbers

    @property
    def bigrams(self) -> frozenset[tuple[str, str]]:
        """Adjacent content terms (:func:`framing.align.linkmodel.measures`)."""
        if self._bigrams is None:
            terms = self.terms
            self._bigrams = frozenset(pairwise([w for w in self.profile.words if w in terms]))
        return self._bigrams


def profile(text: str, *, keep: bool = True) -> Profile:
    """Return the :class:`Profile` of one sentence; with ``keep``, its terms are left where
    :func:`framing.text.terms.terms` keeps them (the comparators ask for the same sentences).

    >>> p = profile("Troops were trained.")
    >>> sorted(p.terms), p.words, p.sorted_words
    (['train', 'troop'], ('troop', 'be', 'train'), 'be train troop')
    """
    folded = _folded(text)  # once: it is the costliest step
    language = _language.current()
    found = kept_terms(text, language)
    if found is None:
        found = folded_terms(folded)
        if keep:
            keep_terms(text, language, found)
    return Profile.of(found, folded_words(folded))


def total(p: Profile, weight: Mapping[str, float]) -> float:
    """Weighted size of a profile's terms (the Dice denominators).

    >>> total(profile("Troops went home."), {"troop": 4.0, "go": 2.0, "home": 2.0})
    8.0
    """
    # fsum is correctly rounded, so the result never depends on dict order
    return math.fsum(weight[t] * term.multiplier for t, term in p.terms.items())


def features(
    pa: Profile,
    pb: Profile,
    weight: Mapping[str, float],
    totals: tuple[float, float] | None = None,
    *,
    terms: tuple[Mapping[str, Term], Mapping[str, Term]] | None = None,
    derived: tuple[Derived, Derived] | None = None,
) -> tuple[float, tuple[float, ...]]:
    """Link evidence (0-1) and the paraphrase measures of two profiles.

    Returns ``(evidence, measures)``; ``measures`` are the inputs of
    :data:`PARAPHRASE_MODEL`, in its order. Both are symmetric in ``pa`` and
    ``pb``. A pair sharing no content word has evidence 0 (1 if its word
    sequences are equal).

    >>> pa, pb = profile("Troops went home."), profile("The troops went home.")
    >>> evidence, measures = features(pa, pb, {"troop": 4.0, "go": 2.0, "home": 2.0})
    >>> round(evidence, 3), [round(m, 2) for m in measures]
    (0.842, [0.75, 0.67, 0.75, 0.87, 0.0, 0.0])
    """
    ta: Mapping[str, Term]
    tb: Mapping[str, Term]
    if derived is not None:
        da, db = derived
        ta, tb = da.terms, db.terms
        set_a, set_b = da.word_set, db.word_set
    else:
        ta, tb = terms if terms is not None else (pa.terms, pb.terms)
        set_a, set_b = pa.word_set, pb.word_set
    shared = ta.keys() & tb.keys()
    union = set_a | set_b
    jaccard = len(set_a & set_b) / len(union) if union else 0.0
    if not shared:
        # stop words and punctuation alone never make sentences similar; only
        # the very same words (a sentence copied whole) do
        return (1.0 if pa.words and pa.words == pb.words else 0.0), (jaccard, 0.0, 0.0, 0.0, 0.0, 0.0)
    total_a, total_b = totals if totals is not None else (total(pa, weight), total(pb, weight))
    common_a = math.fsum(weight[t] * ta[t].multiplier for t in shared)
    common_b = math.fsum(weight[t] * tb[t].multiplier for t in shared)
    if derived is not None:
        sorted_a, sorted_b = derived[0].sorted_words, derived[1].sorted_words
        tri_a, tri_b = derived[0].trigrams, derived[1].trigrams
        numbers_a, numbers_b = derived[0].numbers, derived[1].numbers
    else:
        sorted_a, sorted_b = pa.sorted_words, pb.sorted_words
        tri_a, tri_b = pa.trigrams, pb.trigrams
        numbers_a = frozenset(t for t in ta if t[0].isdigit())
        numbers_b = frozenset(t for t in tb if t[0].isdigit())
    sorted_ratio = fuzz.ratio(sorted_a, sorted_b) / 100.0
    subsequence = LCSseq.normalized_similarity(pa.words, pb.words)
    trigram = 2 * len(tri_a & tri_b) / (len(tri_a) + len(tri_b)) if tri_a and tri_b else 0.0
    unmatched = math.log1p(max(0.0, total_a - common_a, total_b - common_b))
    numbers_differ = 1.0 if numbers_a and numbers_b and numbers_a != numbers_b else 0.0
    measures = (jaccard, trigram, subsequence, sorted_ratio, unmatched, numbers_differ)
    common = common_a + common_b
    if common <= 0.0:
        return 0.0, measures
    dice = common / (total_a + total_b)
    blend = (dice + jaccard + sorted_ratio + subsequence) / 4.0
    # Shared phrasing may lift a pair only so far above its content overlap:
    # otherwise two long sentences full of "the ... of ... said" would link.
    return min(blend, 1.5 * dice), measures


def link_bound(
    pa: Profile,
    pb: Profile,
    weight: Mapping[str, float],
    totals: tuple[float, float],
    *,
    terms: tuple[Mapping[str, Term], Mapping[str, Term]] | None = None,
) -> float:
    """An upper bound of :func:`score` below the cut-off, without the costly measures.

    Link evidence is at most 1.5 times the weighted content Dice (see
    :func:`features`), so a pair whose bound is under the cut-off can be
    dropped before the edit-distance and subsequence measures run. The
    aligner uses it to keep the cost of a candidate pair that cannot link to
    building one small dict and a few look-ups.

    ``terms``, the two profiles' :attr:`Profile.terms` if already built,
    saves building them again (the aligner keeps one side's for many pairs).

    >>> pa, pb = profile("Troops went home."), profile("Prices rose at home.")
    >>> w = {"troop": 4.0, "go": 2.0, "home": 2.0, "price": 4.0, "rise": 2.0}
    >>> link_bound(pa, pb, w, (total(pa, w), total(pb, w))) < DEFAULT_CUTOFF
    False
    """
    ta, tb = terms if terms is not None else (pa.terms, pb.terms)
    return _bound(ta, [(t, tb[t]) for t in ta.keys() & tb.keys()], pa, pb, weight, totals)


def bound_against(
    ta: Mapping[str, Term], pa: Profile, pb: Profile, weight: Mapping[str, float], totals: tuple[float, float],
) -> float:
    """:func:`link_bound` of ``pa`` (its terms ``ta``, kept by the caller) and ``pb``, reading ``pb``'s terms
    from its flat tuple: no dict is made for ``pb``, as the aligner bounds one sentence against each of
    its candidates (a dict a candidate was a third of aligning two 4,000-sentence articles).
    ``pb``'s stems are distinct, as :func:`profile` and :meth:`Profile.of` make them.

    >>> pa, pb = profile("Troops went home."), profile("Prices rose at home.")
    >>> w = {"troop": 4.0, "go": 2.0, "home": 2.0, "price": 4.0, "rise": 2.0}
    >>> totals = (total(pa, w), total(pb, w))
    >>> bound_against(pa.terms, pa, pb, w, totals) == link_bound(pa, pb, w, totals)
    True
    """
    flat = pb.flat
    stems = flat[::2]
    # the stems shared found at C speed (a set of the few, from a slice); each one's term found by its place
    shared = [(t, flat[2 * stems.index(t) + 1]) for t in ta.keys() & stems]
    return _bound(ta, cast("list[tuple[str, Term]]", shared), pa, pb, weight, totals)


def _bound(ta: Mapping[str, Term], shared: list[tuple[str, Term]], pa: Profile, pb: Profile,
           weight: Mapping[str, float], totals: tuple[float, float]) -> float:
    """:func:`link_bound` from the stems the two share, each with ``pb``'s term (the sum is exact, its
    order immaterial)."""
    if not shared:
        return 100.0 if pa.words and pa.words == pb.words else 0.0
    common = math.fsum(weight[t] * (ta[t].multiplier + term.multiplier) for t, term in shared)
    whole = totals[0] + totals[1]
    return 100.0 if whole <= 0.0 else min(100.0, 150.0 * common / whole)


def _logit(measures: tuple[float, ...]) -> float:
    intercept, *coefficients = PARAPHRASE_MODEL
    return intercept + math.fsum(c * m for c, m in zip(coefficients, measures, strict=True))


# The model's value for a sentence and its copy: the top of the scale.
_SELF = _logit((1.0, 1.0, 1.0, 1.0, 0.0, 0.0))


def paraphrase(measures: tuple[float, ...]) -> float:
    """Paraphrase closeness 0-1 from :func:`features`' measures; 1 for a copy.

    >>> paraphrase((1.0, 1.0, 1.0, 1.0, 0.0, 0.0))
    1.0
    """
    # relative to a copy, so a copy is exactly 1 (a near-copy may tie it)
    return min(1.0, _sigmoid(_logit(measures)) / _sigmoid(_SELF))


def _sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-z)) if z >= 0 else math.exp(z) / (1.0 + math.exp(z))


def score(
    pa: Profile,
    pb: Profile,
    weight: Mapping[str, float],
    totals: tuple[float, float] | None = None,
    *,
    terms: tuple[Mapping[str, Term], Mapping[str, Term]] | None = None,
) -> float:
    """The default scorer on two profiles, 0-100.

    Link evidence below ``DEFAULT_CUTOFF / 100`` maps to ``[0, DEFAULT_CUTOFF)``
    (100 times the evidence); a linked pair scores from ``DEFAULT_CUTOFF`` to
    100 by :func:`paraphrase` closeness.

    Parameters
    ----------
    pa, pb
        Profiles of the two sentences.
    weight
        Rarity of every term of either profile.
    totals
        ``(total(pa, weight), total(pb, weight))`` if already known.
    terms
        ``(pa.terms, pb.terms)`` if already built.

    Cost is linear in the sentences' lengths (plus one rapidfuzz call each for
    the edit ratio and the longest common subsequence).

    >>> pa, pb = profile("Troops went home."), profile("The troops went home.")
    >>> w = {"troop": 4.0, "go": 2.0, "home": 2.0}
    >>> round(score(pa, pb, w), 1)
    98.1
    >>> score(pa, pa, w)
    100.0
    """
    evidence, measures = features(pa, pb, weight, totals, terms=terms)
    if evidence <= 0.0:
        return 0.0
    if pa.words == pb.words:
        return 100.0
    link = DEFAULT_CUTOFF / 100.0
    if evidence < link:
        return round(100.0 * evidence, 6)
    return round(DEFAULT_CUTOFF + (100.0 - DEFAULT_CUTOFF) * paraphrase(measures), 6)


def pair_weights(pa: Profile, pb: Profile) -> dict[str, float]:
    """Term weights for a lone pair: background rarity (the set is the pair).

    >>> pair_weights(profile("Troops left."), profile("Troops stayed."))["troop"] > 3
    True
    """
    forms: dict[str, list[str]] = {}
    for p in (pa, pb):
        for t, term in p.terms.items():
            forms.setdefault(t, []).append(term.form)
    return {t: set_weight(min(map(background_weight, fs)), len(fs), 2) for t, fs in forms.items()}


def custom_score(scorer: Scorer, a: str, b: str) -> float:
    """Run a user scorer on the comparison keys of ``a`` and ``b``, safely.

    The scorer sees :func:`framing.text.normalise.key` of each sentence, so case,
    diacritics and Unicode composition never matter even for scorers that do
    not normalise (rapidfuzz since 3.0). A sentence without a single letter or
    digit scores 0 without calling the scorer (two empty strings are 100 to
    rapidfuzz).

    Raises
    ------
    ValueError
        If the scorer returns something that is not a number from 0 to 100.

    >>> from rapidfuzz import fuzz
    >>> custom_score(fuzz.ratio, "Šimonytė", "Simonyte")
    100.0
    >>> custom_score(fuzz.ratio, "...", "!!!")
    0.0
    """
    ka, kb = key(a), key(b)
    if not _WORD.search(ka) or not _WORD.search(kb):
        return 0.0
    value = scorer(ka, kb)
    try:
        result = float(value)
    except (TypeError, ValueError):
        result = math.nan
    if not 0.0 <= result <= 100.0:
        raise ScorerError(f"scorer must return a number from 0 to 100 (got {value!r})")
    return result


def similarity(a: str, b: str, *, scorer: Scorer | None = None) -> float:
    """Score how much two sentences say the same thing, 0-100.

    Parameters
    ----------
    a, b
        The sentences.
    scorer
        Optional ``(str, str) -> float`` on the 0-100 scale (a rapidfuzz
        scorer, an embedding model); it receives the comparison keys
        (:func:`framing.text.normalise.key`). Default: the offline lexical scorer
        described in this module's docstring, with background word rarity.

    Returns
    -------
    float
        0 (nothing in common) to 100; symmetric. ``>= DEFAULT_CUTOFF`` links.

    Examples
    --------
    >>> a = "Kyiv has not yet requested such assistance."
    >>> b = "Kyiv has not yet made such a request, as FT notes."
    >>> similarity(a, b) >= DEFAULT_CUTOFF
    True
    >>> similarity(a, "Russia will not like this.") >= DEFAULT_CUTOFF
    False
    >>> from rapidfuzz import fuzz
    >>> similarity("Šimonytė", "SIMONYTE", scorer=fuzz.ratio)
    100.0
    """
    if scorer is not None:
        return custom_score(scorer, a, b)
    pa, pb = profile(a), profile(b)
    return score(pa, pb, pair_weights(pa, pb))
