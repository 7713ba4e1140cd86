"""Whether another outlet cites a quoted person by their title alone: "Only X quotes Y" is then not said.

A reader found "Only mdr quotes Süleyman Soylu; aktiencheck, sueddeutsche ... do not" false: both report
the minister's statements in reported speech, "nach Angaben des Innenministers", without his name, and
"Only onvista quotes Grossis Behörde" where another outlet reports the IAEA's assessment. framing matches
people by name; an outlet that names the person's office in a sentence of attribution may be citing that
person, and the finding claims they do not.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from framing.comparators.entities import Entity
    from framing.compare import Comparison

__all__ = ["cited_by_title", "titles_before"]

_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_ENGLISH_ATTRIBUTION = re.compile(r"\b(?:said|says|told|according|stated|announced|reported|added|warned)\b", re.I)


def _is_title(word: str, language: str) -> bool:
    from framing.text.language import SUPPORTED, profile

    w = word.casefold().rstrip(".")
    if language != "en" and language in SUPPORTED:
        from framing.extract.language_names import _is_title as is_title

        return is_title(w, profile(language))
    from framing.text.names import tables

    return bool(tables()[2].get(w))  # a head word ("minister", not "interior")


def titles_before(text: str, start: int, language: str) -> tuple[str, ...]:
    """The office named right before ``start`` in ``text``, case-folded, when it names one office
    rather than a rank many hold: a title with its modifier ("Interior Minister", "Kremlin spokesman")
    or a compound title ("Innenminister", "IAEA-Chef"); a bare "President" or "Gov." names none.

    >>> titles_before("sagte Innenminister Süleyman Soylu vor Reportern", 19, "de")
    ('innenminister',)
    >>> titles_before("Interior Minister Suleyman Soylu said", 18, "en")
    ('interior minister',)
    >>> titles_before("said Gov. Chris Christie on Monday", 10, "en")
    ()
    """
    words = _WORD.findall(text[max(0, start - 60) : start])[-3:]
    phrase: list[str] = []
    for w in reversed(words):
        if not (w[:1].isupper() or _is_title(w, language)):
            break
        phrase.insert(0, w)
    while phrase and not _is_title(phrase[-1], language):
        phrase.pop()  # the office ends in its title word
    if not phrase:
        return ()
    if len(phrase) >= 2:
        return (" ".join(w.casefold() for w in phrase),)
    word = phrase[0].casefold()
    compound = "-" in word or (language != "en" and not any(word == t for t in _plain_titles(language)))
    return (word,) if compound else ()


def _plain_titles(language: str) -> frozenset[str]:
    """A language's title words that name a rank by themselves ("minister", "präsident")."""
    from framing.text.language import SUPPORTED, profile

    if language == "en" or language not in SUPPORTED:
        return frozenset()
    return frozenset(t for t in profile(language).titles if " " not in t and len(t) <= 9)


def _attributes(text: str, language: str) -> bool:
    """Whether a sentence attributes what it says: a verb of saying or an "according to" of its language."""
    from framing.text.language import SUPPORTED, profile

    if language == "en" or language not in SUPPORTED:
        return bool(_ENGLISH_ATTRIBUTION.search(text))
    rules = profile(language)
    low = text.casefold()
    words = set(_WORD.findall(low))
    # "nach Angaben von" is also written "nach Angaben des ...": an attribution's first two words say it
    return bool(words & {v.casefold() for v in rules.verbs if " " not in v}) or any(
        " ".join(a.casefold().split()[:2]) in low for a in rules.according)


def _unnamed(text: str, titles: set[str]) -> bool:
    """Whether ``text`` holds one of ``titles`` (a word beginning with it: "Innenministers") with no name
    right after it ("des Innenministers sind", "the spokesman said"; not "Innenminister Nancy Faeser").

    >>> _unnamed("Nach Angaben des Innenministers sind mehrere Provinzen betroffen.", {"innenminister"})
    True
    >>> _unnamed("Innenministerin Nancy Faeser sagte, sie sei erschüttert.", {"innenminister"})
    False
    """
    words = _WORD.findall(text)
    folded = [w.casefold() for w in words]
    for t in titles:
        parts = t.split()
        n = len(parts)
        for k in range(len(words) - n + 1):
            if folded[k : k + n - 1] == parts[:-1] and folded[k + n - 1].startswith(parts[-1]) and not (
                    k + n < len(words) and words[k + n][:1].isupper()):
                return True
    return False


def cited_by_title(c: Comparison, e: Entity, quoting: str) -> tuple[str, ...]:
    """Ids of the outlets other than ``quoting`` that never name ``e`` but name a title ``quoting``
    gives them right before their name, in a sentence that attributes what it says ("nach Angaben des
    Innenministers"): they may cite ``e`` unnamed."""
    language = getattr(c, "language", "en")
    titles: set[str] = set()
    article = c.article(quoting)
    for ev in e.articles[quoting].evidence:
        s = article.sentences[ev.sentence]
        titles.update(titles_before(s.text, ev.start - s.start, language))
    if not titles:
        return ()
    out = []
    for a in c.articles:
        if a.id == quoting or a.id in e.articles:
            continue
        for s in a.body:
            if _unnamed(s.text, titles) and _attributes(s.text, language):
                out.append(a.id)
                break
    return tuple(out)
