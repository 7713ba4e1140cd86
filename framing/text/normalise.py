"""Comparison keys: the normalised form framing compares, never shows.

Original text is never changed; comparators derive keys from it with
:func:`key` and split keys into words with :func:`words`.

Contents
--------
key(text)
    NFKC, case-folded, diacritics folded, quotes/dashes unified, zero-width
    characters removed, whitespace collapsed.
fold(text)
    Like :func:`key` but keeps case (for telling names from common words).
words(text)
    The word tokens of ``key(text)``.

>>> key("Šimonytė") == key("Simonyte") == "simonyte"
True
>>> key("“No boots” — on\u200bthe   ground")
'"no boots" - onthe ground'
>>> words("Kyiv’s NATO-led mission, 2024!")
["kyiv's", 'nato-led', 'mission', '2024']
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from sys import intern

__all__ = ["fold", "has_figure", "key", "last_words", "words"]

# Characters that render as nothing: zero-width space/joiners, word joiner,
# BOM, soft hyphen, and the bidirectional embedding/override/isolate controls.
INVISIBLE = dict.fromkeys(
    [0x00AD, 0x061C, 0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x2060, 0xFEFF]
    + list(range(0x202A, 0x202F))
    + list(range(0x2066, 0x206A))
)
PUNCT = str.maketrans(
    {
        **dict.fromkeys("‘’‚‛′`´", "'"),
        **dict.fromkeys("“”„‟″«»", '"'),
        **dict.fromkeys("‐‑‒–—―−﹘﹣－", "-"),
    }
)
# Letters that NFKD does not decompose into base + combining mark.
_LETTERS = str.maketrans(
    {"ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ħ": "h", "ı": "i",
     "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "þ": "th", "Þ": "Th", "ð": "d", "Ð": "D",
     "ß": "ss"}
)
_SPACE = re.compile(r"\s+")
# Numbers keep their separators ("3,000", "3.5"); words keep inner
# apostrophes, dots and hyphens ("kyiv's", "u.s", "nato-led").
_WORD = re.compile(r"\d+(?:[.,]\d+)*(?![\w'])|\w+(?:['.-]\w+)*")


def fold(text: str) -> str:
    """Normalise ``text`` for comparison but keep letter case.

    >>> fold("Ingrida ŠIMONYTĖ’s")
    "Ingrida SIMONYTE's"
    """
    if text.isascii():
        # ASCII is its own NFKC/NFKD/NFC and has no combining marks: only the
        # backtick and whitespace change (and this path is far faster)
        return _SPACE.sub(" ", text.translate(PUNCT)).strip()
    text = unicodedata.normalize("NFKC", text).translate(INVISIBLE).translate(PUNCT)
    decomposed = unicodedata.normalize("NFKD", text.translate(_LETTERS))
    # letters again: a base letter freed of its mark ("Ǣ" is "Æ" and a macron) folds too
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c)).translate(_LETTERS)
    return _SPACE.sub(" ", unicodedata.normalize("NFC", stripped)).strip()


@lru_cache(maxsize=1 << 13)
def key(text: str) -> str:
    """Return the comparison key of ``text`` (see the module docstring).

    Equal keys mean "the same words" whatever the case, accents, quote style,
    dash style, Unicode composition or invisible characters.

    >>> key("ＡＢＣ") == key("abc")
    True

    Kept for the last few thousand texts (a few megabytes at most): the extractors ask for the keys
    of the same words and names again and again.
    """
    return fold(text).casefold()


def words(text: str) -> list[str]:
    """Word tokens of ``key(text)``; internal apostrophes, dots and hyphens stay.

    >>> words("U.K. troops -- 3.5% of them")
    ['u.k', 'troops', '3.5', 'of', 'them']
    """
    # interned: a text's words are a vocabulary, and callers keep them per sentence (the quotes
    # comparator's index of every sentence's words held a copy of each word each time it occurs)
    return list(map(intern, _WORD.findall(key(text))))


def last_words(text: str, n: int) -> int:
    """Where the last ``n`` whitespace-separated words of ``text`` may start: a search for a pattern
    anchored at the end (``$``) that spans at most ``n`` words can start there (``pattern.search(text,
    pos)``) and find what a search of the whole text finds, without trying every earlier position
    (a search from each one is quadratic in the text before a name).

    >>> t = "the Russian-occupied city of "
    >>> last_words(t, 2), t[last_words(t, 2):], last_words(t, 9)
    (20, ' city of ', 0)
    """
    parts = text.rsplit(None, n)
    return len(parts[0]) if len(parts) > n else 0


_DIGIT = re.compile(r"\d")


def has_figure(word: str) -> bool:
    """Whether ``word`` holds a digit: the per-word caches keep words, never figures.

    Figures are an open class that seldom recurs; kept, a long article's (a report, a table)
    filled every cache to its bound (19 MB of the 48 MB a 2 MB article's comparison held).
    Callers ask ``str.isalpha`` first, which answers for most words at C speed.

    >>> has_figure("unit4567"), has_figure("troops"), has_figure("U.S.")
    (True, False, False)
    """
    return _DIGIT.search(word) is not None
