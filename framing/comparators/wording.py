"""Wording: how the outlets word what they share, and which words set each apart.

Three parts, one section:

``differences``
    For every unit two or more articles carry, and every pair of those
    articles (in id order, ``a`` before ``b``; for a unit more than
    :data:`framing.comparators.ALL_PAIRS` articles carry, every article paired
    with the :func:`framing.comparators.representative`), the word-level differences
    between their versions: :class:`difflib.SequenceMatcher` (``autojunk=False``)
    on word tokens compared by key (:func:`framing.text.normalise.key`: case, accents,
    quote style and hyphenation are not differences; punctuation is not a
    token), reported with the original words. A change is ``replaced``
    ("troops" / "soldiers"), ``a_only`` or ``b_only`` (words one version has
    and the other lacks, such as an added "allegedly"), or ``moved`` (the same
    words at another place in the sentence). Each side carries its evidence;
    the side lacking the words gets an empty span where they would stand.
    At most :data:`MAX_TOKENS` tokens of each version are compared (the cost
    is quadratic in the worst case); longer versions are cut and flagged.
``distinctive``
    Per article, the words it uses markedly more than the others: the
    log-odds ratio with an informative Dirichlet prior (Monroe, Colaresi and
    Quinn 2008, "Fightin' Words") of the article's body against the pooled
    bodies of the other articles, as a z-score. The prior mixes the pooled
    counts of all articles with English background frequencies (wordfreq),
    so a word is not distinctive merely for being rare in general or frequent
    in this story. Stop words, numbers and one-letter words are left out;
    the :data:`TOP` best words with ``z >= MIN_Z`` (1.96: two-sided 95%) are
    kept, ties broken by the word.
``loaded``
    Per article, the loaded, hedging and intensifying terms of a lexicon
    (default :data:`framing.extract.lexicon.DEFAULT_LEXICON`) found in its
    title and body, with evidence, each marked as the outlet's own words
    (``voice`` ``outlet``) or as inside a direct quote (``quote``, with the
    ``speaker``); the outlet's own words come first.

>>> from framing import Article, align
>>> a = Article.from_text("The regime's troops crossed the border on Monday.", id="a")
>>> b = Article.from_text("Government soldiers allegedly crossed the border on Monday.", id="b")
>>> w = wording([a, b], align([a, b]))
>>> [(c.kind, c.a.text, c.b.text) for d in w.differences for c in d.changes]
[('replaced', "The regime's troops", 'Government soldiers allegedly')]
>>> [(t.term, t.category) for t in w.loaded["a"] + w.loaded["b"]]
[('regime', 'loaded'), ('allegedly', 'hedging')]
"""

from __future__ import annotations

import bisect
import difflib
import functools
import itertools
import math
from collections import Counter
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from wordfreq import word_frequency

from framing.align.units import Alignment
from framing.comparators import ALL_PAIRS, quotes_of, representative
from framing.extract.lexicon import DEFAULT_LEXICON, Lexicon, Token, lexicon_for, sentence_tokens, text_tokens, tokens
from framing.io.article import Article, Sentence
from framing.io.evidence import Evidence
from framing.io.jsonstream import each, plain
from framing.text import language as _language
from framing.text.terms import STOP_WORDS

if TYPE_CHECKING:
    from framing.comparators.entities import Registry

__all__ = [
    "BACKGROUND_SHARE",
    "MAX_TOKENS",
    "MIN_Z",
    "TOP",
    "Change",
    "Loaded",
    "Span",
    "Term",
    "UnitDifferences",
    "Wording",
    "distinctive_terms",
    "wording",
]

MAX_TOKENS = 400
"""Most word tokens of one article's version of a unit that are compared."""
TOP = 15
"""Most distinctive terms kept per article."""
MIN_Z = 1.96
"""Least z-score of a distinctive term (two-sided 95%)."""
BACKGROUND_SHARE = 0.5
"""Weight of the English background frequencies in the prior (the rest: pooled counts)."""


Span = Evidence
"""The evidence type (:class:`framing.io.evidence.Evidence`) under the name this module first gave it."""


@dataclass(frozen=True, slots=True)
class Change:
    """One word-level difference between two versions of a unit.

    Attributes
    ----------
    kind
        ``replaced``, ``a_only`` (words only version ``a`` has), ``b_only``,
        or ``moved`` (the same words at different places).
    a, b
        The two sides; the side without words is an empty span.
    """

    kind: str
    a: Evidence
    b: Evidence

    def to_dict(self) -> dict[str, Any]:
        """Plain-JSON form."""
        return {"kind": self.kind, "a": self.a.to_dict(), "b": self.b.to_dict()}


@dataclass(frozen=True)
class UnitDifferences:
    """How two articles' versions of one unit differ.

    Attributes
    ----------
    unit
        The unit's id.
    a, b
        The two article ids, ``a < b``.
    changes
        In the order of version ``a``'s words.
    overlap
        Share of the two versions' words in common (difflib's ratio), 0-100:
        low values mean paraphrase, where word-level changes say little.
    truncated
        True if a version was longer than :data:`MAX_TOKENS` and cut.
    """

    unit: str
    a: str
    b: str
    changes: tuple[Change, ...]
    overlap: float
    truncated: bool = False

    def to_dict(self) -> dict[str, Any]:
        """Plain-JSON form."""
        return {
            "unit": self.unit,
            "articles": [self.a, self.b],
            "changes": [c.to_dict() for c in self.changes],
            "overlap": self.overlap,
            "truncated": self.truncated,
        }


@dataclass(frozen=True, slots=True)
class Term:
    """A distinctive term: the word (its key), its z-score, its count in the article's body."""

    term: str
    score: float
    count: int

    def to_dict(self) -> dict[str, Any]:
        """Plain-JSON form."""
        return {"term": self.term, "score": self.score, "count": self.count}


@dataclass(frozen=True, slots=True)
class Loaded:
    """A lexicon term found in an article: the ``term`` as listed, its ``category``, where (``span``),
    and whose words they are: ``voice`` is ``outlet`` (the outlet's own words) or ``quote``
    (inside a direct quote, of ``speaker`` when the quote is attributed)."""

    term: str
    category: str
    span: Evidence
    voice: str = "outlet"
    speaker: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """Plain-JSON form: the span's fields plus ``term``, ``category``, ``voice``, ``speaker``."""
        return {"term": self.term, "category": self.category, **self.span.to_dict(),
                "voice": self.voice, "speaker": self.speaker}


@dataclass(frozen=True)
class Wording:
    """The wording section.

    Attributes
    ----------
    differences
        Unit and article pair -> changes, for pairs whose versions differ;
        in unit order, then by article pair (a unit of more than
        :data:`framing.comparators.ALL_PAIRS` articles: each paired with its
        representative's version).
    distinctive
        Article id -> its distinctive terms, most distinctive first.
    loaded
        Article id -> lexicon terms found, in reading order.
    leaning
        Article id -> its three terms of highest z above zero, whatever the
        z: what the memo shows, with their counts, when no term is
        distinctive ("too little text to tell" is then the honest reading).
    """

    differences: tuple[UnitDifferences, ...]
    distinctive: Mapping[str, tuple[Term, ...]]
    loaded: Mapping[str, tuple[Loaded, ...]]
    leaning: Mapping[str, tuple[Term, ...]] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain-JSON form."""
        result: dict[str, Any] = plain(self.json_tree())
        return result

    def json_tree(self) -> dict[str, Any]:
        """:meth:`to_dict`, its long lists made as they are written."""

        return {
            "differences": each(self.differences),
            "distinctive": {a: [t.to_dict() for t in ts] for a, ts in self.distinctive.items()},
            "leaning": {a: [t.to_dict() for t in ts] for a, ts in self.leaning.items()},
            "loaded": {a: each(ts) for a, ts in self.loaded.items()},
        }


_Tok = tuple[int, Token]  # (sentence index, token)


def _version(article: Article, indices: Sequence[int]) -> list[_Tok]:
    return [(i, t) for i in indices for t in sentence_tokens(article.sentences[i])]


def _span(article: Article, toks: Sequence[_Tok], lo: int, hi: int) -> Evidence:
    """Span of ``toks[lo:hi]``; if empty, the point after ``toks[lo - 1]``."""
    if hi > lo:
        start, end, sentence = toks[lo][1].start, toks[hi - 1][1].end, toks[lo][0]
    elif lo > 0:
        start = end = toks[lo - 1][1].end
        sentence = toks[lo - 1][0]
    elif toks:
        start = end = toks[0][1].start
        sentence = toks[0][0]
    else:  # pragma: no cover - a unit member always has a sentence; it may have no words
        start = end = 0
        sentence = 0
    return Evidence.of(article, sentence, start, end)


_Ops = tuple[list[tuple[str, int, int, int, int]], float]  # a diff's changed opcodes and its ratio


def _diff(
    unit: str, a: Article, ta: list[_Tok], b: Article, tb: list[_Tok],
    seen: dict[tuple[tuple[str, ...], tuple[str, ...]], _Ops] | None = None,
) -> UnitDifferences | None:
    """Word-level changes between two versions of one unit (None if they have the same words).

    ``seen`` keeps the diffs of word sequences already compared: a unit that
    many outlets carry in the same few wordings (a wire story) is diffed once
    per pair of wordings, not once per pair of outlets.
    """
    truncated = len(ta) > MAX_TOKENS or len(tb) > MAX_TOKENS
    ta, tb = ta[:MAX_TOKENS], tb[:MAX_TOKENS]
    ka, kb = tuple(t.key for _, t in ta), tuple(t.key for _, t in tb)
    if ka == kb and not truncated:
        return None
    done = seen.get((ka, kb)) if seen is not None else None
    if done is None:
        matcher = difflib.SequenceMatcher(None, ka, kb, autojunk=False)
        ops: list[tuple[str, int, int, int, int]] = [
            (op, i1, i2, j1, j2) for op, i1, i2, j1, j2 in matcher.get_opcodes() if op != "equal"
        ]
        found: _Ops = (ops, round(100 * matcher.ratio(), 1))
        if seen is not None:
            seen[(ka, kb)] = found
        done = found
    raw, ratio = done
    # Words one version drops here and the other adds there are a move, not two changes.
    moved: dict[int, int] = {}
    for n, (op, i1, i2, _, _) in enumerate(raw):
        if op != "delete":
            continue
        for m, (op2, _, _, j1, j2) in enumerate(raw):
            if op2 == "insert" and m not in moved.values() and ka[i1:i2] == kb[j1:j2]:
                moved[n] = m
                break
    changes = []
    for n, (op, i1, i2, j1, j2) in enumerate(raw):
        if n in moved.values():
            continue
        if n in moved:
            _, _, _, j1, j2 = raw[moved[n]]
            kind = "moved"
        else:
            kind = {"replace": "replaced", "delete": "a_only", "insert": "b_only"}[op]
        changes.append(Change(kind, _span(a, ta, i1, i2), _span(b, tb, j1, j2)))
    if not changes and not truncated:
        return None
    return UnitDifferences(unit, a.id, b.id, tuple(changes), ratio, truncated)


def _differences(by_id: Mapping[str, Article], alignment: Alignment) -> list[UnitDifferences]:
    out = []
    for unit in alignment.units:
        if not unit.shared:
            continue
        ids = sorted(unit.members)
        seen: dict[tuple[tuple[str, ...], tuple[str, ...]], _Ops] = {}
        if len(ids) > ALL_PAIRS:  # each version against the representative's, a before b in id order
            rep = representative(unit, by_id)
            mine = _version(by_id[rep], unit.members[rep])
            # a version in the representative's very sentences (a wire copy) has the same words: no
            # difference, unless both are cut at MAX_TOKENS (the diff then says so)
            texts = {x: tuple(by_id[x].sentences[i].text for i in unit.members[x]) for x in ids}
            pairs = [(x, rep) if x < rep else (rep, x) for x in ids
                     if x != rep and (texts[x] != texts[rep] or len(mine) > MAX_TOKENS)]
        else:
            pairs = [(x, y) for n, x in enumerate(ids) for y in ids[n + 1 :]]
        # each version tokenised once, not once per pair: a unit of k outlets makes k(k-1)/2 pairs
        versions = {x: _version(by_id[x], unit.members[x]) for x in sorted({x for pair in pairs for x in pair})}
        for x, y in pairs:
            d = _diff(unit.id, by_id[x], versions[x], by_id[y], versions[y], seen)
            if d is not None:
                out.append(d)
    return out


def _term(key: str) -> str | None:
    """The counted form of a token key, or None for words that are never terms."""
    word = key.removesuffix("'s").rstrip("'")
    stop = STOP_WORDS if (rules := _language.rules()) is None else rules.stop_words  # another language's own
    if len(word) < 2 or word in stop or any(c.isdigit() for c in word):
        return None
    return word


def _background(word: str) -> float:
    return _frequency(word, "en" if _language.rules() is None else _language.current())


@lru_cache(maxsize=65536)
def _frequency(word: str, language: str) -> float:
    return float(word_frequency(word, language))


def distinctive_terms(
    counts: Mapping[str, Counter[str]], *, top: int = TOP, min_z: float = MIN_Z
) -> dict[str, tuple[Term, ...]]:
    """Distinctive terms of each group of word counts against the others, pooled.

    Log-odds ratio with an informative Dirichlet prior (Monroe et al. 2008,
    eq. 16-17): for word ``w``, group ``i`` and the rest ``j``, ``delta =
    log((y_i + a_w) / (n_i + a0 - y_i - a_w)) - log((y_j + a_w) / (n_j + a0 - y_j - a_w))``,
    ``var = 1 / (y_i + a_w) + 1 / (y_j + a_w)``, ``z = delta / sqrt(var)``.
    The prior ``a_w = a0 * pi_w`` with ``a0`` the pooled word count and
    ``pi_w`` a mix of the pooled share and the English background share
    (:data:`BACKGROUND_SHARE`), both over the pooled vocabulary.

    Parameters
    ----------
    counts
        Group name -> word counts.
    top, min_z
        Keep at most ``top`` terms per group, each with ``z >= min_z``.

    >>> from collections import Counter
    >>> x = Counter(regime=12, said=30, troops=40, border=20)
    >>> y = Counter(government=12, said=30, troops=40, border=20)
    >>> out = distinctive_terms({"x": x, "y": y})
    >>> out["x"]
    (Term(term='regime', score=2.328, count=12),)

    "government" is used as often by ``y``, but it is common English, so the
    background prior holds it back below ``min_z``:

    >>> out["y"], distinctive_terms({"x": x, "y": y}, min_z=1.5)["y"]
    ((), (Term(term='government', score=1.575, count=12),))
    >>> distinctive_terms({"x": Counter(a=3), "y": Counter(a=3)})
    {'x': (), 'y': ()}
    """
    return {g: _top(ranked, top, min_z) for g, ranked in _ranked(counts)}


def _top(ranked: Sequence[tuple[float, Term]], top: int, min_z: float) -> tuple[Term, ...]:
    """The first ``top`` terms of ``ranked`` (:func:`_ranked`) whose z-score is at least ``min_z``."""
    return tuple(itertools.islice((t for z, t in ranked if z >= min_z), top))


def _ranked(counts: Mapping[str, Counter[str]]) -> Iterator[tuple[str, list[tuple[float, Term]]]]:
    """``(group, (z-score, Term) of each of its words)`` (:func:`distinctive_terms`), best first (ties
    by word), group by group: made once for every cut the wording section takes of them, and one
    group's at a time (a large article's vocabulary is tens of thousands of words)."""
    pooled: Counter[str] = Counter()
    for c in counts.values():
        pooled.update(c)
    total = sum(pooled.values())
    if len(pooled) < 2:  # one word is the whole vocabulary: nothing to tell groups apart
        yield from ((g, []) for g in sorted(counts))
        return
    vocab = sorted(pooled)
    background = {w: _background(w) for w in vocab}
    bg_total = sum(background.values())
    prior = {
        w: total * (
            (1 - BACKGROUND_SHARE) * pooled[w] / total
            + BACKGROUND_SHARE * (background[w] / bg_total if bg_total else pooled[w] / total)
        )
        for w in vocab
    }
    a0 = float(total)
    for group in sorted(counts):
        mine = counts[group]
        n_i = sum(mine.values())
        n_j = total - n_i
        scored = []
        for w, y_i in mine.items():
            y_j, a_w = pooled[w] - y_i, prior[w]
            delta = math.log((y_i + a_w) / (n_i + a0 - y_i - a_w)) - math.log(
                (y_j + a_w) / (n_j + a0 - y_j - a_w)
            )
            z = delta / math.sqrt(1 / (y_i + a_w) + 1 / (y_j + a_w))
            if z == z:  # never a NaN: no cut would keep it
                scored.append((z, Term(w, round(z, 3), y_i)))
        scored.sort(key=lambda x: (-x[1].score, x[1].term))
        yield group, scored


# house style, not framing: honorifics ("Mr." in one outlet, none in another)
_HOUSE_STYLE = frozenset({"mr", "mrs", "ms", "dr", "mr.", "mrs.", "ms.", "dr.", "sen", "rep", "gov"})


def _counts(article: Article, terms_of: Callable[[str], tuple[str, ...]] | None = None) -> Counter[str]:
    """Word counts of the body, without house style: honorifics and the outlet's own name.
    ``terms_of``: :func:`_sentence_terms`, or a cached one (:func:`wording` keeps them by sentence
    text while it runs)."""
    terms_of = _sentence_terms if terms_of is None else terms_of
    own = {w for t in tokens(article.outlet or "") if (w := _term(t.key))}
    found: Counter[str] = Counter()
    for s in article.body:
        found.update(w for w in terms_of(s.text) if w not in own)
    return found


def _sentence_terms(text: str) -> tuple[str, ...]:
    """The counted words of a sentence, house style left out (:func:`_counts`): a pure function of
    its text (in the language read in)."""
    # another supported language's words are counted as written, diacritics kept ("beschließt")
    written = _language.rules() is not None
    return tuple(w for t in text_tokens(text) if (w := _term(t.text.lower() if written else t.key))
                 and w not in _HOUSE_STYLE)


_Found = tuple[tuple[int, int, str, str], ...]


def _finder(lexicon: Lexicon) -> Callable[[str], _Found]:
    """``text -> lexicon.without().find`` of its tokens' keys, kept for the last sentence texts
    (a pure function of the text: a wire copy many outlets carry is looked up once)."""
    part = lexicon.without()

    @lru_cache(maxsize=2048)
    def find(text: str) -> _Found:
        return tuple(part.find([t.key for t in text_tokens(text)]))

    return find


def _loaded(article: Article, lexicon: Lexicon, speaker: Callable[[str], str],
            find: Callable[[str], _Found] | None = None) -> tuple[Loaded, ...]:
    """The article's lexicon terms, each with its voice: the outlet's own words first, then quoted ones.
    ``find``: :func:`_finder` of ``lexicon``, shared by the articles read with it."""
    find = _finder(lexicon) if find is None else find
    quoted = sorted((q.start, q.end, q.speaker) for q in quotes_of(article))
    starts = [q[0] for q in quoted]
    own, inside = [], []
    sentences: list[Sentence] = [s for s in article.sentences if s.role in ("title", "body", "heading")]
    for s in sentences:
        found = find(s.text)
        if not found:
            continue
        toks = sentence_tokens(s)
        for i, j, category, term in found:
            start, end = toks[i].start, toks[j - 1].end
            span = Evidence.of(article, s.index, start, end)
            k = bisect.bisect_right(starts, start) - 1
            if k >= 0 and quoted[k][0] <= start and end <= quoted[k][1]:
                who = quoted[k][2]
                inside.append(Loaded(term, category, span, "quote", speaker(who) if who else None))
            else:
                own.append(Loaded(term, category, span))
    return (*own, *inside)


def _speaker_in(who: str, *, registry: Registry, article: str) -> str:
    from framing.comparators.resolve import resolve_speaker

    return resolve_speaker(who, registry, article)


def wording(articles: Sequence[Article], alignment: Alignment, *, lexicon: Lexicon | None = None) -> Wording:
    """The wording section (see the module docstring).

    Parameters
    ----------
    articles
        The compared articles (any order; the result does not depend on it).
    alignment
        Their alignment.
    lexicon
        Loaded/hedging terms to look for; default
        :data:`framing.extract.lexicon.DEFAULT_LEXICON`. Read your own with
        :func:`framing.extract.lexicon.load_lexicon`.

    Cost: one difflib comparison per shared unit and article pair (per carrier, for a unit
    of more than :data:`framing.comparators.ALL_PAIRS`), each at most ``MAX_TOKENS``
    squared; one pass over every article's words for the distinctive and loaded terms.
    """
    from framing.comparators.entities import registry_of

    given = lexicon is not None
    lexicon = DEFAULT_LEXICON if lexicon is None else lexicon
    by_id = {a.id: a for a in articles}
    ids = sorted(by_id)
    registry = registry_of(articles)
    finders: dict[int, tuple[Lexicon, Callable[[str], _Found]]] = {}  # by the lexicon read with

    def finder(lex: Lexicon) -> Callable[[str], _Found]:
        if id(lex) not in finders:
            finders[id(lex)] = (lex, _finder(lex))  # the lexicon kept beside it: its id stays its own
        return finders[id(lex)][1]

    differences = tuple(_differences(by_id, alignment))
    terms_of = lru_cache(maxsize=2048)(_sentence_terms)  # by sentence text, while this runs: a wire copy is read once
    distinctive: dict[str, tuple[Term, ...]] = {}
    leaning: dict[str, tuple[Term, ...]] = {}
    for a, ranked in _ranked({a: _counts(by_id[a], terms_of) for a in ids}):  # every word's score once, both cuts
        distinctive[a] = _top(ranked, TOP, MIN_Z)
        leaning[a] = tuple(t for t in _top(ranked, 3, float("-inf")) if t.score > 0)
    return Wording(
        differences=differences,
        distinctive=distinctive,
        leaning=leaning,
        loaded={a: _loaded(by_id[a], (lex := lexicon_for(by_id[a], lexicon, given)),
                           functools.partial(_speaker_in, registry=registry, article=a), finder(lex))
                for a in ids},
    )
