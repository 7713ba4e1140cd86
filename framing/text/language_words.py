"""Words and sentences of a supported language other than English (see :mod:`framing.text.language`).

Each function stands for an English step of the text layer when the article's language is
another supported one; the English steps call them through a one-line hook, so English
text never reaches this module and its results do not change. (Names, quote speakers and
label cut-offs of those languages are in :mod:`framing.extract.language_names`; their
numbers in :mod:`framing.text.numbers`, their readability in :mod:`framing.extract.readability`.)

Contents
--------
kept_cuts(piece, cuts, language)
    Punkt's sentence cuts without those after an abbreviation or an ordinal ("1. Januar").
fold(text)
    :func:`framing.text.normalise.fold` with diacritics kept.
words(folded, language), stem(word, language), folded_words(folded, language)
    Tokens and the language's Snowball stems (stop words: :attr:`Language.stop_words`).
number_key(raw, language)
    A number as written ("4,5", "1.200") as a plain decimal ("4.5", "1200").
name_key(key, language)
    A name's key without its case endings (Зюганов = Зюганова).
background_weight(form, language)
    Rarity of a word in the language (wordfreq).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import cache, lru_cache
from sys import intern
from typing import Any

from framing.text.language import Language
from framing.text.normalise import INVISIBLE, PUNCT

__all__ = ["background_weight", "fold", "folded_words", "kept_cuts", "name_key", "number_key", "stem", "words"]


# -- sentences ---------------------------------------------------------------------------------

_BEFORE_DOT = re.compile(r"(\S+)\.\W*$")
_DATE_END = re.compile(r"(?<=\d)\s*([^\W\d_]{1,2})\.(?=\s+[^\W\d_])(?=\s+[A-ZА-ЯЁІЇЄҐ])")


def kept_cuts(piece: str, cuts: list[int], language: Language) -> list[int]:
    """``cuts`` without those after an abbreviation of ``language`` or an ordinal number.

    A listed abbreviation written with a capital ("Dr", "Mme") never ends a sentence; one
    in lower case ("bzw", "г") ends none before a lower-case word or a digit. In languages
    with ordinal full stops (German, Polish) a number of 1-3 digits followed by a full
    stop ends no sentence unless a function word follows it ("am 1. Januar" is one
    sentence; "Es waren 12. Die Polizei ..." two).

    >>> from framing.text.language import profile
    >>> text = "Die Arbeiten beginnen am 1. Januar 2027. Prof. Meier ist zufrieden."
    >>> kept_cuts(text, [28, 40, 46], profile("de"))
    [40]
    """
    out = []
    # "... 1 stycznia 2027 r. Opozycja ...": a date's abbreviation ends a sentence before a capital
    added = [m.end() for m in _DATE_END.finditer(piece) if m.group(1) in language.abbreviations]
    for c in sorted({*cuts, *added}):
        head = piece[max(0, c - 80) : c].rstrip()  # a window: linear however long the paragraph
        m = _BEFORE_DOT.search(head)
        nxt = piece[c : c + 80].lstrip()[:1]
        if m is None or not head.endswith("."):
            out.append(c)
            continue
        word = m.group(1).lstrip("(\"'“„«‚")
        bare = word
        if bare in language.abbreviations and bare[:1].isupper():
            continue
        if (bare in language.abbreviations or bare.casefold() in language.abbreviations) and \
                (nxt.islower() or nxt.isdigit()):
            continue
        if len(bare) == 1 and bare.isupper() and nxt.isupper():
            continue  # an initial: "A. Kowalska"
        if c in added:
            out.append(c)
            continue
        if language.ordinals and re.fullmatch(r"\d{1,3}", bare):
            following = re.match(r"\w+", piece[c : c + 80].lstrip())
            if following and following.group().casefold() not in language.stop_words:
                continue
        out.append(c)
    return out


# -- terms -------------------------------------------------------------------------------------

_SPACES = re.compile(r"\s+")


def fold(text: str) -> str:
    """:func:`framing.text.normalise.fold` without folding diacritics: NFKC, invisible characters
    dropped, quotes and dashes unified, whitespace collapsed; case kept.

    >>> print(fold("Straßenbahn  „beschließt“ — Мар’яна"))
    Straßenbahn "beschließt" - Мар'яна
    """
    text = unicodedata.normalize("NFKC", text).translate(INVISIBLE).translate(PUNCT)
    return _SPACES.sub(" ", text).strip()


_TOKEN = re.compile(r"\d+(?:[.,]\d+)*|\w+(?:['’ʼ.]\w+)*|%")


@cache
def _stemmer(language: Language) -> Any:
    import snowballstemmer

    return snowballstemmer.stemmer(language.stemmer) if language.stemmer else None


# Ukrainian has no Snowball stemmer: the commonest noun, adjective and verb endings are cut,
# longest first, from words of 5 letters or more (enough to meet "будівництво"/"будівництва").
_UK_ENDINGS = tuple(sorted(
    "ами ями ові еві ого ому ими ій ий ої ою ую ій их ах ях ам ям ом ем ів їв ть ла ло ли в а я о е у ю і и ї є"
    .split(), key=len, reverse=True))


@lru_cache(maxsize=1 << 16)
def stem(word: str, language: Language) -> str:
    stemmer = _stemmer(language)
    if stemmer is not None:
        result: str = stemmer.stemWord(word)
        return result
    if len(word) >= 5:
        for ending in _UK_ENDINGS:
            if word.endswith(ending) and len(word) - len(ending) >= 3:
                return word[: -len(ending)]
    return word


def words(folded: str, language: Language) -> Iterable[tuple[str, str, bool]]:
    """``(raw, word, number)`` per token: numbers with their separators dropped ("4,5" -> "4.5")."""
    for m in _TOKEN.finditer(folded):
        raw = m.group()
        if raw[0].isdigit():
            yield raw, number_key(raw, language), True
        elif (low := raw.lower()) in language.number_words:  # "zwei" is "2", as "two" is in English
            yield raw, str(language.number_words[low]), True
        else:
            yield raw, low.rstrip("'’ʼ"), False  # lower, not casefold: "ß" stays


def number_key(raw: str, language: Language) -> str:
    if language.decimal == ",":
        if re.fullmatch(r"\d{1,3}(?:\.\d{3})+", raw):
            return raw.replace(".", "")
        return raw.replace(",", ".")
    return raw.replace(",", "")


def folded_words(folded: str, language: Language) -> tuple[str, ...]:
    """:func:`framing.text.terms.folded_words` in ``language`` (stop words kept)."""
    return tuple(intern(word if number else stem(word, language)) for _, word, number in words(folded, language)
                 if word)


def name_key(key: str, language: Language) -> str:
    """A name's comparison key (:func:`framing.text.names.name_key`'s) in ``language``: in a
    language that declines names (Russian, Ukrainian, Polish, Lithuanian), each word without
    its case ending (:attr:`Language.name_endings`), so that "Евгений Пригожин" and
    "Евгения Пригожина" are one name.

    >>> from framing.text.language import profile
    >>> from framing.text.normalise import key
    >>> ru = profile("ru")
    >>> name_key(key("Евгения Пригожина"), ru) == name_key(key("Евгений Пригожин"), ru) == "евген пригожин"
    True
    """
    if not language.name_endings:
        return key
    out = []
    for w in key.split():
        for ending in language.name_endings:
            if w.endswith(ending) and len(w) - len(ending) >= 3:
                w = w[: -len(ending)]
                break
        out.append(w)
    return " ".join(out)


@lru_cache(maxsize=1 << 16)
def background_weight(form: str, language: Language) -> float:
    """Rarity of a case-folded word in ``language``: ``8 - Zipf frequency`` (wordfreq).

    >>> from framing.text.language import profile
    >>> background_weight("der", profile("de")) < background_weight("straßenbahnlinie", profile("de"))
    True
    """
    import wordfreq

    return 8.0 - float(wordfreq.zipf_frequency(form, language.code))
