"""The event a comparison is about: its title, and whether the articles share any content.

>>> from framing import Article, compare
>>> a = Article.from_text("Storm hits Riga\\nThe storm hit Riga on Monday.", id="a")
>>> b = Article.from_text("Riga storm\\nOn Monday the storm hit Riga.", id="b")
>>> shares_content(compare([a, b]))
True
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from framing.compare import Comparison

__all__ = ["NO_SHARED", "event_title", "shares_content"]


NO_SHARED = ("Warning: the articles share no content unit; they may not be about the same event, and what "
             "each outlet \"alone reports\" is then all of it.")
"""The finding (and the command line's warning) when no two articles share a unit."""


def event_title(comparison: Comparison) -> str:
    """A neutral name for the event: the words most of its outlets' headlines share, in the order the
    headlines tend to give them, else the people, organisations and places most outlets name; never
    one outlet's headline, which would adopt that outlet's framing ("... the 'Butcher of Tehran' ...")
    as the event's name.

    >>> from framing import Article, compare
    >>> a = Article.from_text("Storm hits Riga\\n\\nThe storm hit Riga on Monday, Mayor Jonas Ozols said.", id="a")
    >>> b = Article.from_text("Riga mops up after the storm\\n\\nRiga cleared the roads, Jonas Ozols said.", id="b")
    >>> event_title(compare([a, b]))
    'Riga Storm'
    """
    from framing.text.normalise import key

    n = len(comparison.articles)
    need = max(2, (n + 1) // 2)  # by most outlets (by both of two)
    places: dict[str, list[float]] = {}
    shown: dict[str, str] = {}
    for a in sorted(comparison.articles, key=lambda a: a.id):
        words = re.findall(r"[^\W_]+(?:['’][^\W_]+)?", a.title or "")
        for i, w in enumerate(dict.fromkeys(words)):
            k = key(w)
            if len(k) > 3 and k not in _TITLE_STOP:
                places.setdefault(k, []).append(i / max(len(words), 1))
                shown.setdefault(k, w)
    shared = sorted((k for k, at in places.items() if len(at) >= need), key=lambda k: sum(places[k]) / len(places[k]))
    if len(shared) >= 2:
        said = " ".join(shown[k] for k in shared[:6])
        return said[:1].upper() + said[1:]
    ents = comparison.entities
    if ents is not None:
        named = [e.name for e in ents.entities
                 if e.kind in ("person", "organisation", "place") and len(e.articles) >= need]
        if named:
            return ", ".join(named[:3])
    if shared:
        return shown[shared[0]][:1].upper() + shown[shared[0]][1:]
    titles = {a.title for a in comparison.articles if a.title}
    return next(iter(titles)) if len(titles) == 1 else "Untitled event"


# headline words that name no part of an event
_TITLE_STOP = frozenset("""after amid also been being from have into more over says said than that their there
these they this were what when where which while will with would about against could should""".split())


def shares_content(comparison: Comparison) -> bool:
    """Whether any content unit is carried by two or more articles."""
    return any(u.shared for u in comparison.alignment.units)
