"""The language of an article's text: detected offline with py3langid.

detect(text)
    ISO 639-1 code of the text's language ("en" when there is too little text to tell).
of_text(text)
    The language an article is read in: the one :func:`framing.text.language.forced` sets, else the detected one.
foreign(text, page, page_stop_words)
    Whether one sentence of a page is written in another language than the page's.

Why py3langid (measured on the 46 English web pages of ``bench/web_events.py`` and on
the test articles of ``tests/test_languages.py``; see ``docs/languages.md``): it is
offline (its model ships in a 4.6 MB pure-Python wheel), deterministic, covers 97
languages, classified every page and every test article right, and is maintained by
trafilatura's author. langdetect is an sdist only (no wheel) and random unless seeded;
lingua-language-detector's wheel is 96 MB; fasttext-langdetect downloads its model at run time.

>>> detect("Der Stadtrat hat am Dienstag den Bau einer neuen Straßenbahnlinie beschlossen.")
'de'
>>> detect("The council approved a new tram line on Tuesday, the mayor said.")
'en'
>>> detect("Ok.")
'en'
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from typing import Any

from framing.text.language import forced_language
from framing.text.terms import STOP_WORDS

__all__ = ["CONFIDENCE", "ENGLISH_SHARE", "MIN_LETTERS", "detect", "foreign", "of_text"]

MIN_LETTERS = 30
"""Fewer letters than this are too little to tell a language: such a text is read as English."""

ENGLISH_SHARE = 0.25
"""A text whose words are at least this share English function words is English, without
asking the model (English prose runs near 45%; the other supported languages under 10%)."""

CONFIDENCE = 0.9
"""A language other than English is taken only when the model is at least this sure."""

_WORD = re.compile(r"[^\W\d_]+")
_NOT_ASCII = re.compile(r"[^\x00-\x7f]")


def _folded_words(sample: str) -> list[str]:
    """The words of ``sample``, case-folded (what :func:`detect` and :func:`foreign` both count)."""
    return list(map(str.casefold, _WORD.findall(sample)))


def _english_share(words: list[str]) -> float:
    # map over C callables, not a generator: every article's first 20,000 characters are read here
    return sum(map(STOP_WORDS.__contains__, words)) / len(words) if words else 0.0


def detect(text: str) -> str:
    """The ISO 639-1 code of ``text``'s language.

    English text is told without the model (its share of English function words); other
    text goes to py3langid, whose answer is taken when it is at least :data:`CONFIDENCE`
    sure. Too little text (:data:`MIN_LETTERS`) or an unsure answer is English, framing's
    default. Cost: linear in the text (the model reads at most the first 20,000 characters).

    >>> detect("«Мы инвестируем в будущее нашего города», — заявил мэр Пётр Соколов.")
    'ru'
    """
    if not isinstance(text, str):
        return "en"
    sample = unicodedata.normalize("NFC", text[:20000])  # "S" and a combining caron are one letter
    words = _folded_words(sample)
    if sum(map(len, words)) < MIN_LETTERS or _english_share(words) >= ENGLISH_SHARE:
        return "en"
    code, confidence = _identifier().classify(sample)
    if code in ("en", "zxx") or confidence < CONFIDENCE:  # zxx: "no linguistic content" ("word1 word2 ...")
        return "en"
    return str(code)


@cache
def _identifier() -> Any:
    # Loaded on first need: most English articles never reach the model.
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def of_text(text: str) -> str:
    """The language an article's text is read in: the forced one, else :func:`detect`'s."""
    return forced_language() or detect(text)




def _letter_outside_ascii(text: str) -> bool:
    """Whether ``text`` has a letter outside ASCII; only such characters are looked at one by one
    (every character of every line was).

    >>> _letter_outside_ascii("Fico said “no”"), _letter_outside_ascii("Šok")
    (False, True)
    """
    return not text.isascii() and any(c.isalpha() for c in _NOT_ASCII.findall(text))


def foreign(text: str, page: str, page_stop_words: frozenset[str]) -> bool:
    """Whether a sentence of a page in language ``page`` is written in another language.

    An embedded post or a quote left in its original language ("Som šokovaný atentátom na
    premiéra Fica na Slovensku." on a German page) cannot be compared with the other outlets'
    sentences. It must be a sentence (six words, :data:`MIN_LETTERS` letters) holding almost none
    of the page language's function words (``page_stop_words``, at most one in twenty words),
    that reads as prose of another language the stop-words package knows (two of its function words
    and at least 15% of the words: a list of names, which no model can place, stays the page's,
    and the model is not loaded for it), and that
    py3langid gives to another language at least :data:`CONFIDENCE` sure; where the package knows
    that language, two of the function words must be its.

    >>> german = frozenset({"und", "der", "die", "in", "ist", "auf", "den"})
    >>> foreign("Som šokovaný atentátom na premiéra Fica na Slovensku.", "de", german)
    True
    >>> foreign("Hass und Gewalt dürfen in unseren Ländern keinen Platz haben.", "de", german)
    False
    >>> foreign("Jewgeni Prigoschin Dmitri Utkin Valerij Chekalov Aleksandr Totmin", "de", german)
    False
    """
    sample = unicodedata.normalize("NFC", text[:2000])
    if page == "en" and not _letter_outside_ascii(sample):
        return False  # on an English page, a line of ASCII letters is read as English (the lists stay unloaded)
    words = _folded_words(sample)
    if len(words) < 6 or sum(map(len, words)) < MIN_LETTERS:
        return False
    if sum(1 for w in words if w in page_stop_words) * 20 > len(words):
        return False
    least = max(2, 0.15 * len(words))  # prose is a fifth function words or more, in any language
    if not any(sum(1 for w in words if w in own) >= least for code, own in _all_stop_words() if code != page):
        return False  # no language's prose: names, a headline, figures; the model is not even loaded
    code, confidence = _identifier().classify(sample)
    if code in (page, "zxx") or confidence < CONFIDENCE:
        return False
    own = _stop_words(str(code))
    return own is None or sum(1 for w in words if w in own) >= 2


@cache
def _all_stop_words() -> tuple[tuple[str, frozenset[str]], ...]:
    """``(code, function words)`` of every language the stop-words package knows."""
    import stop_words

    return tuple((code, frozenset(w.casefold() for w in stop_words.get_stop_words(code)))
                 for code in sorted(stop_words.LANGUAGE_MAPPING))


def _stop_words(code: str) -> frozenset[str] | None:
    """The stop-words package's function words of ``code`` (read with all of them), or None where it has none."""
    return dict(_all_stop_words()).get(code)
