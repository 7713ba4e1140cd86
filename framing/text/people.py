"""One person written several ways: which full names of an event name the same person.

Outlets write one person differently: with or without a middle initial or
name ("John A. Boehner", "John Boehner"; "Hillary Rodham Clinton", "Hillary
Clinton"), with a leading initial ("A. Barry Rand"), a nickname ("Bob
Goodlatte", "Robert W. Goodlatte"; nicknames from the hand-curated
``nicknames`` dataset), a suffix ("Jesse Jackson Jr."), or misspelt by one
letter ("Jan Brewer", "Jan Brewar"). Two names are **compatible** when the
surnames agree (or differ by one letter in a surname of six letters or more,
with the same written first name), the first names agree (equal, an initial
of the other, or nicknames of one name), and the middle names and suffixes do
not disagree (both given and different: "George H. W. Bush" is not "George
W. Bush").

Compatibility alone would chain: "George Bush" is compatible with both
Bushes. So two names are merged only when they are **twins**: compatible
with each other and with exactly the same other names of the event. The
merge is an equivalence (no order of names or articles changes it), and a
name that could be either of two people stays apart.

Written by hand: the name parsers on PyPI (nameparser, probablepeople) split
one name into parts but say nothing about which names of a set are one
person; this module does that, on keys already folded by
:func:`framing.text.names.name_key`.

>>> sorted(merge_people(["john a. boehner", "john boehner", "bill clinton", "hillary clinton",
...                      "hillary rodham clinton", "george bush", "george w. bush", "george h. w. bush"]).items())
[('hillary clinton', 'hillary rodham clinton'), ('john boehner', 'john a. boehner')]
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from rapidfuzz.distance import Levenshtein

if TYPE_CHECKING:
    from nicknames import NickNamer

__all__ = ["compatible", "given_name", "merge_people", "parts", "skeleton"]

_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
MAX_BUCKET = 200
"""Names compared pairwise in one bucket at most (a bound on cost, never reached in news text)."""


@dataclass(frozen=True, slots=True)
class Parts:
    """A person's name key split: first name, middle names' initials, surname, suffix."""

    first: str
    middle: tuple[str, ...]
    surname: str
    suffix: str
    given: str = field(default="", repr=False, compare=False)
    """The given names written together ("pirhossein" for "Pir Hossein" and "Pirhossein")."""


def parts(name: str) -> Parts | None:
    """Split a folded full name; None for a single word (a surname alone is not a full name).

    >>> parts("a. barry rand")
    Parts(first='barry', middle=('a',), surname='rand', suffix='')
    >>> parts("jesse l. jackson jr.")
    Parts(first='jesse', middle=('l',), surname='jackson', suffix='jr')
    """
    toks = [t.strip(".,") for t in name.split()]
    toks = [t for t in toks if t]
    suffix = ""
    if len(toks) > 2 and toks[-1] in _SUFFIXES:
        suffix = toks.pop()
    if len(toks) < 2:
        return None
    *given, surname = toks
    # "A. Barry Rand": the leading initial is a middle one; "J. K. Rowling": initials only
    at = next((k for k, t in enumerate(given) if len(t) > 1), 0)
    first = given[at]
    middle = tuple(t[0] for k, t in enumerate(given) if k != at)
    return Parts(first, middle, surname, suffix, "".join(given))


# Letters and pairs that transliterations of one name write differently (Aleksei / Alexei / Alexey,
# Lukashenko / Lukashenka, Zelensky / Zelenskyy, Kolivand / Koolivand): a name's skeleton keeps its
# first letter and its consonants, with those spellings made one.
_TRANSLIT = (("ks", "x"), ("kh", "h"), ("ck", "k"), ("ph", "f"), ("w", "v"), ("q", "k"), ("c", "k"), ("j", "y"))


@lru_cache(maxsize=1 << 16)
def skeleton(word: str) -> str:
    """A folded name's transliteration skeleton (see ``_TRANSLIT``).

    >>> [skeleton(w) for w in ("alexander", "alyaksandar", "lukashenko", "lukashenka", "koolivand")]
    ['alxndr', 'alxndr', 'lkshnk', 'lkshnk', 'klvnd']
    """
    w = "".join(ch for ch in word if ch.isalpha())
    if not w:
        return ""
    for a, b in _TRANSLIT:
        w = w.replace(a, b)
    out = w[0]
    for ch in w[1:]:
        if ch not in "aeiouy" and ch != out[-1]:
            out += ch
    return out


def _translit(a: str, b: str) -> bool:
    """Two spellings of one name in two alphabets' transliterations: the same skeleton, and close."""
    # five letters and three consonants at least: "Cole" and "Cale" are two names, not one transliterated
    return (min(len(a), len(b)) >= 5 and skeleton(a) == skeleton(b) and len(skeleton(a)) >= 3
            and Levenshtein.normalized_distance(a, b) <= 0.5)


@cache
def _nicknames() -> NickNamer:
    from nicknames import NickNamer

    return NickNamer()


@lru_cache(maxsize=1 << 16)  # bounded, as the project's other word caches
def _forms(first: str) -> frozenset[str]:
    """A first name and the names it is a nickname of (or that are its nicknames)."""
    namer = _nicknames()
    found = {first}
    found |= namer.canonicals_of(first)
    found |= namer.nicknames_of(first)
    return frozenset(found)


def given_name(word: str) -> bool:
    """Whether the dataset knows ``word`` (a key) as a given name with nicknames ("ted", "emily").

    >>> given_name("ted"), given_name("added")
    (True, False)
    """
    return len(_forms(word)) > 1


def _same_first(a: str, b: str) -> bool:
    if a == b:
        return True
    if len(a) == 1 or len(b) == 1:
        return a[0] == b[0]
    return bool(_forms(a) & _forms(b))


def compatible(a: Parts, b: Parts) -> bool:
    """Whether two split names can be one person (see the module docstring).

    >>> compatible(parts("bob goodlatte"), parts("robert w. goodlatte"))
    True
    >>> compatible(parts("jan brewer"), parts("jan brewar"))
    True
    >>> compatible(parts("bill clinton"), parts("hillary clinton"))
    False
    """
    # "Pir Hossein" and "Pirhossein": the given names written apart or together; "Šutaj Eštok" and
    # "Matúš Šutaj Eštok": a double surname written without the first name
    together = bool(a.given) and (a.given == b.given or (
        a.surname == b.surname and min(len(a.given), len(b.given)) >= 4
        and (a.given.endswith(b.given) or b.given.endswith(a.given))
        and not (given_name(a.given) and given_name(b.given))))  # "Ann" and "Mary Ann": two given names
    if a.surname != b.surname and not _translit(a.surname, b.surname):
        close = min(len(a.surname), len(b.surname)) >= 6 and Levenshtein.distance(a.surname, b.surname) <= 1
        if not (close and (together or a.first == b.first) and len(a.first) > 1):
            return False
    if together:
        return not (a.suffix and b.suffix and a.suffix != b.suffix)
    if not (_same_first(a.first, b.first) or _translit(a.first, b.first)):
        return False
    if a.middle and b.middle and a.middle != b.middle:
        return False
    return not (a.suffix and b.suffix and a.suffix != b.suffix)


UNCOMMON = 3.5
"""Zipf frequency under which a surname is uncommon enough to merge across outlets' first names."""


def _uncommon(surname: str) -> bool:
    from wordfreq import zipf_frequency

    return zipf_frequency(surname, "en") < UNCOMMON


def _one_per_article(members: list[str], split: Mapping[str, Parts], where: Mapping[str, frozenset[str]]) -> bool:
    """Whether no article names two people of this surname (two names that are not compatible)."""
    for i, a in enumerate(members):
        for b in members[i + 1 :]:
            if where[a] & where[b] and not compatible(split[a], split[b]):
                return False
    return True


def merge_people(names: Iterable[str], seen_in: Mapping[str, Iterable[str]] | None = None) -> dict[str, str]:
    """Name key -> the key it merges into, for names that are one person (twins; see above).

    ``seen_in`` (name -> ids of the articles that use it), when given, adds
    one more kind of compatible pair: an uncommon surname (Zipf frequency
    below :data:`UNCOMMON`) with first names that do not match, used by
    different articles, when no article names two people of that surname
    ("Bibi Netanyahu" in one outlet, "Benjamin Netanyahu" in another: an
    outlet's own form of the name; Liz and Mary Cheney, named together
    somewhere, stay two).

    Each merged set goes into its fullest name (most words, then the longest,
    then the first in order). Names that merge with nothing are left out.
    """
    split = {n: p for n in sorted(set(names)) if (p := parts(n)) is not None}
    where = {n: frozenset(seen_in.get(n, ())) for n in split} if seen_in is not None else {}
    buckets: dict[str, list[str]] = defaultdict(list)
    for n, p in split.items():
        buckets["s:" + p.surname].append(n)
        buckets["k:" + skeleton(p.surname)].append(n)  # transliterations of one surname
        if len(p.first) > 1:
            buckets["f:" + p.first].append(n)  # surnames misspelt by one letter
    near: dict[str, set[str]] = {n: {n} for n in split}
    for bucket, members in buckets.items():
        if len(members) > MAX_BUCKET:
            continue
        loose = bool(where) and bucket.startswith("s:") and _uncommon(bucket[2:]) and _one_per_article(
            members, split, where)
        for i, a in enumerate(members):
            for b in members[i + 1 :]:
                if b in near[a]:
                    continue
                if compatible(split[a], split[b]) or (loose and not where[a] & where[b]):
                    near[a].add(b)
                    near[b].add(a)
    twins: dict[frozenset[str], list[str]] = defaultdict(list)
    for n, closed in near.items():
        if len(closed) > 1:
            twins[frozenset(closed)].append(n)
    out: dict[str, str] = {}
    for group in twins.values():
        if len(group) < 2:
            continue
        into = min(group, key=lambda n: (-len(n.split()), -len(n), n))
        out.update({n: into for n in group if n != into})
    return out
