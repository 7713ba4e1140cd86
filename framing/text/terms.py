"""Content terms of a sentence: what the aligner compares.

A sentence's terms are the stems of its content words, each with a weight
multiplier (names and numbers count more) and the surface form whose
background frequency stands for the stem. Stop words, punctuation, lone
letters, case and diacritics never produce or change a term.

Contents
--------
terms(text)
    ``{stem: Term}`` for one sentence.
Term
    A term's ``multiplier`` and ``form``.
STOP_WORDS
    English function words that never make two sentences similar.

>>> sorted(terms("Šimonytė’s troops were training in Kyiv, 2,500 of them."))
['2500', 'kyiv', 'simonyt', 'train', 'troop']
>>> terms("The, of -- and!") == {}
True
"""

from __future__ import annotations

import re
import threading
from collections import OrderedDict
from dataclasses import dataclass
from functools import lru_cache
from sys import intern

import snowballstemmer

from framing.text import language as _language
from framing.text import language_words as _language_words
from framing.text.normalise import fold, has_figure
from framing.text.variants import canonical

__all__ = [
    "KEPT_MOST",
    "NAME_MULTIPLIER",
    "NUMBER_MULTIPLIER",
    "STOP_WORDS",
    "Term",
    "folded",
    "folded_terms",
    "folded_words",
    "keep_terms",
    "kept_terms",
    "stem",
    "terms",
]

NAME_MULTIPLIER = 1.25
"""Weight multiplier for a capitalised word inside a sentence (a likely name)."""
NUMBER_MULTIPLIER = 1.5
"""Weight multiplier for a number: figures are facts that outlets repeat exactly."""

STOP_WORDS = frozenset(
    """
    a about above after again against all am an and any are as at be because been before
    being below between both but by can could did do does doing down during each few for
    from further had has have having he her here hers herself him himself his how i if in
    into is it its itself just me more most my myself no nor not now of off on once only or
    other our ours ourselves out over own same she should so some such than that the their
    theirs them themselves then there these they this those through to too under until up
    very was we were what when where which while who whom why will with would you your
    yours yourself yourselves also may might must shall upon yet ever every whether via
    per thus hence however although though unless since within without among amid toward
    towards onto across along around beyond despite us let one another s t
    """.split()
)
"""English function words (also the stems they reduce to are never terms)."""

# Numbers first so that "2,500" and "3.5" stay one token; then words with
# internal apostrophes or dots ("kyiv's", "u.s"); hyphens split compounds
# ("NATO-led" -> "NATO", "led") because outlets hyphenate inconsistently;
# "%" is the word "percent". Irregular forms, number words and abbreviations
# go through framing.text.variants before stemming ("fell" -> "fall", "two" -> "2").
_TOKEN = re.compile(r"\d+(?:[.,]\d+)*|\w+(?:['.]\w+)*|%")
_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3}\b)")
_STEMMER = snowballstemmer.stemmer("english")


@dataclass(frozen=True, slots=True)
class Term:
    """One content term of a sentence.

    Attributes
    ----------
    multiplier
        How much more the term weighs in this sentence than its rarity alone
        says: :data:`NUMBER_MULTIPLIER`, :data:`NAME_MULTIPLIER` or 1.0.
    form
        The case-folded surface word the stem came from; its background
        frequency stands for the stem's.
    """

    multiplier: float
    form: str


def stem(word: str) -> str:
    """Snowball (Porter 2) stem of a case-folded word; cached, unless it holds a figure
    (:func:`framing.text.normalise.has_figure`).

    >>> stem("training"), stem("trains"), stem("simonyte"), stem("1990s")
    ('train', 'train', 'simonyt', '1990s')
    """
    if word.isalpha() or not has_figure(word):
        return _kept_stem(word)
    result: str = _STEMMER.stemWord(word)
    return result


@lru_cache(maxsize=1 << 16)
def _kept_stem(word: str) -> str:
    result: str = _STEMMER.stemWord(word)
    return result


def terms(text: str) -> dict[str, Term]:
    """Return the content terms of one sentence, keyed by stem.

    Cost is linear in the length of ``text``; stems, and the terms of the last few thousand
    sentences, are kept across calls (a new dict is returned each time).

    Parameters
    ----------
    text
        A sentence, in any case, accents or quote style.

    Returns
    -------
    dict
        ``{stem: Term}``; empty for empty, punctuation-only or stop-word-only text.

    Examples
    --------
    >>> t = terms("Later, Macron said 3.5% of NATO troops could go.")
    >>> sorted(t)
    ['3.5', 'go', 'later', 'macron', 'nato', 'percent', 'say', 'troop']
    >>> t["macron"].multiplier, t["3.5"].multiplier, t["later"].multiplier
    (1.25, 1.5, 1.0)
    """
    if len(text) > _KEPT_TEXT:
        return folded_terms(folded(text))
    return dict(_kept_terms(text, _language.current()))  # a copy: the kept one is shared


_KEPT_TEXT = 1000
"""Longest text whose terms :func:`terms` keeps (a sentence; a whole article is not met twice)."""


KEPT_MOST = 1 << 13
"""Most texts whose terms are kept: a few thousand sentences (a few megabytes) cover one event's outlets."""

# (text, language) -> its terms, oldest first: the aligner's sentence profiles, the memo, the page, the
# versions and the threads each ask for the terms of the same sentences. A dict and a lock, not an
# lru_cache, so the aligner, which folds a sentence once for its terms and its words, can leave its
# terms here (:func:`keep_terms`).
# (an OrderedDict: a plain dict's oldest key, found by next(iter()) after many deletions at its front,
# is a scan past every deleted slot, 5 us an insertion once full, 10 times its popitem(last=False))
_KEPT: OrderedDict[tuple[str, str], dict[str, Term]] = OrderedDict()
_KEPT_LOCK = threading.Lock()


def _kept_terms(text: str, language: str) -> dict[str, Term]:
    found = kept_terms(text, language)
    if found is None:
        found = folded_terms(folded(text))
        keep_terms(text, language, found)
    return found


def kept_terms(text: str, language: str) -> dict[str, Term] | None:
    """The kept terms of ``text`` in ``language`` (shared: not to be changed), or None."""
    return _KEPT.get((text, language))


def keep_terms(text: str, language: str, found: dict[str, Term]) -> None:
    """Keep ``found`` as the terms of ``text`` (:func:`folded_terms` of :func:`folded` of it), the
    oldest dropped past :data:`KEPT_MOST`; texts longer than a sentence are not kept.

    >>> text = "Kept terms are made once, whoever asks first."
    >>> keep_terms(text, "en", folded_terms(folded(text)))
    >>> kept_terms(text, "en") == terms(text) == folded_terms(folded(text))
    True
    """
    if len(text) > _KEPT_TEXT:
        return
    with _KEPT_LOCK:
        _KEPT[(text, language)] = found
        while len(_KEPT) > KEPT_MOST:
            _KEPT.popitem(last=False)


def folded(text: str) -> str:
    """:func:`framing.text.normalise.fold` of ``text``; in another supported language, with its
    diacritics kept (its stemmer reads them, and findings show its words as written: "beschließt")."""
    return fold(text) if _language.rules() is None else _language_words.fold(text)


def folded_terms(folded: str) -> dict[str, Term]:
    """:func:`terms` of a text already passed through :func:`framing.text.normalise.fold`.

    >>> sorted(folded_terms("Troops arrived"))
    ['arriv', 'troop']
    """
    if (rules := _language.rules()) is not None:  # another supported language (framing.text.language_words)
        return _language_terms(folded, rules)
    out: dict[str, Term] = {}
    for n, raw in enumerate(_TOKEN.findall(_THOUSANDS.sub("", folded))):
        read = _read(raw)[0]
        if read is not None:
            root, form, number = read
            # a capital inside the sentence marks a name; the first word's capital says nothing
            multiplier = NUMBER_MULTIPLIER if number else NAME_MULTIPLIER if n and raw[0].isupper() else 1.0
            # a figure's term made afresh, not kept (framing.text.normalise.has_figure)
            _add(out, root, _term(multiplier, form) if form.isalpha() or not has_figure(form)
                 else Term(multiplier, form))
    return out


@lru_cache(maxsize=1 << 13)
def _read(raw: str) -> tuple[tuple[str, str, bool] | None, str | None]:
    """What :func:`folded_terms` and :func:`folded_words` make of one English token ``raw``: ``(stem, form,
    number)``, None for a word that is no term, and its word in the sequence (None for none).

    A pure function of the token, so read once per token, not at each occurrence: a vocabulary is a few
    thousand tokens, the texts of an event many times that (the case-folding, possessives, variants and
    stems of each word were most of the cost of the terms). Stems and forms are interned: one copy of
    "troop" for a million sentences, not a million copies.

    >>> _read("Troops"), _read("the"), _read("3,5"), _read("two")
    ((('troop', 'troops', False), 'troop'), (None, 'the'), (('3,5', '3,5', True), '3,5'), (('2', '2', True), '2'))
    """
    if raw[0].isdigit():
        # numbers are kept verbatim: "3.5" must not become "3" or "35"
        raw = intern(raw)
        return (raw, raw, True), raw
    word = raw.casefold()
    if word.endswith("'s"):
        word = word[:-2]
    word = "u.s" if raw == "US" else word.rstrip("'")  # "US": the country, not the pronoun
    if not word:
        return None, None
    # a spelled-out number ("two") is the number
    variant = canonical(word)
    said = intern(variant if variant[0].isdigit() else stem(variant))
    if (len(word) < 2 and word != "%") or word in STOP_WORDS:
        return None, said
    if variant[0].isdigit():
        return (said, said, True), said
    if said in STOP_WORDS:
        return None, said
    return (said, intern(variant), False), said


def folded_words(folded: str) -> tuple[str, ...]:
    """Every word of a folded text, stop words included, in order, as terms.

    Words go through the same steps as :func:`folded_terms` (case-folding,
    possessives, :mod:`framing.text.variants`, stems), so "Two men fell" and
    "2 man falls" are the same sequence.

    >>> folded_words("Two men fell at the U.S. border")
    ('2', 'man', 'fall', 'at', 'the', 'usa', 'border')
    """
    if (rules := _language.rules()) is not None:
        return _language_words.folded_words(folded, rules)
    return tuple(word for raw in _TOKEN.findall(_THOUSANDS.sub("", folded)) if (word := _read(raw)[1]) is not None)


def _language_terms(folded: str, language: _language.Language) -> dict[str, Term]:
    """:func:`folded_terms` in ``language``: its Snowball stems and stop words.

    >>> from framing.text.language import profile
    >>> sorted(_language_terms("Der Stadtrat hat die neue Linie beschlossen, 4,5 Milliarden", profile("de")))
    ['4.5', 'beschloss', 'lini', 'milliard', 'neu', 'stadtrat']
    """
    out: dict[str, Term] = {}
    first = True
    for raw, word, number in _language_words.words(folded, language):
        if number:
            _add(out, intern(word), Term(NUMBER_MULTIPLIER, word))
        elif len(word) >= 2 and word not in language.stop_words:
            root = _language_words.stem(word, language)
            if root not in language.stop_words:
                multiplier = NAME_MULTIPLIER if raw[0].isupper() and not first and language.code != "de" else 1.0
                _add(out, intern(root), Term(multiplier, intern(word)))
        first = False
    return out


@lru_cache(maxsize=1 << 16)
def _term(multiplier: float, form: str) -> Term:
    # Terms are frozen, so sentences share them: one object per word form
    return Term(multiplier, form)


def _add(out: dict[str, Term], root: str, term: Term) -> None:
    # The same stem twice in one sentence: keep the higher multiplier and,
    # for a deterministic background frequency, the alphabetically first form.
    old = out.get(root)
    if old is None:
        out[root] = term
    else:
        out[root] = _term(max(old.multiplier, term.multiplier), min(old.form, term.form))
