"""How much a word says: its rarity in general English (or the article's language), and within an
article set. :mod:`framing.align.similarity` weighs the terms two sentences share by them.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from functools import cache, lru_cache

from framing.text import language as _language
from framing.text import language_words as _language_words
from framing.text.normalise import has_figure

__all__ = ["background_weight", "set_weight"]

_CEILING = 8.0  # Zipf scale tops out near 8 ("the"); unknown words get weight 8.
_DAMPING = 0.5  # exponent of the set-frequency damping, see set_weight()


@cache
def _frequencies() -> Mapping[str, float]:
    # wordfreq ships its lists inside the wheel: no download, works offline.
    import wordfreq

    table: Mapping[str, float] = wordfreq.get_frequency_dict("en")
    return table


def background_weight(form: str) -> float:
    """Rarity of a case-folded word in general English: ``8 - Zipf frequency``.

    0 for the commonest words, 8 for words the list does not know (names, typos).

    >>> background_weight("the") < background_weight("troops") < background_weight("simonyte")
    True
    >>> background_weight("simonyte")
    8.0
    """
    if (rules := _language.rules()) is not None:  # another supported language: its own word list
        return _language_words.background_weight(form, rules)
    if form.isalpha() or not has_figure(form):
        return _kept_english_weight(form)
    return _english_weight(form)  # a figure: not kept (framing.text.normalise.has_figure)


def _english_weight(form: str) -> float:
    if any(c.isdigit() for c in form):
        # wordfreq stores numbers by digit shape; its estimate for one number
        # ("2" common, "2012" less, "42409" rare) comes from zipf_frequency
        import wordfreq

        zipf: float = wordfreq.zipf_frequency(form, "en")
        return _CEILING - zipf
    frequency = _frequencies().get(form, 0.0)
    if frequency <= 0.0:
        return _CEILING
    return max(0.0, _CEILING - (math.log10(frequency) + 9.0))


_kept_english_weight = lru_cache(maxsize=1 << 16)(_english_weight)


def set_weight(background: float, df: int, groups: int) -> float:
    """Rarity of a term inside an article set.

    A word that states one fact appears in about one sentence per article; a
    word found in more sentences than there are articles is a topic word of
    the event (its name, its place) and says less about which sentences match,
    so its background rarity is damped by ``(groups / df) ** 0.5``. The weight
    depends only on ``df``, never on the number of sentences, so adding an
    unrelated sentence changes no other score.

    Parameters
    ----------
    background
        :func:`background_weight` of the term.
    df
        Number of sentences in the set that contain the term.
    groups
        Number of articles in the set (2 for a lone pair).

    >>> set_weight(8.0, 2, 2), set_weight(8.0, 8, 2)
    (8.0, 4.0)
    """
    if df <= groups:
        return background
    damping: float = (groups / df) ** _DAMPING
    return background * damping
