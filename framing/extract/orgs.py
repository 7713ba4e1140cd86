"""One organisation written several ways: British and American spelling, word order, place.

"Ministry of Defence of Russia", "Russian Defense Ministry" and, in an event
that names no other defence ministry, "the Defence Ministry" are one
organisation. Keys (already folded by :func:`framing.text.names.name_key`) are
read as a *base* and a *place*: spelling unified to one form ("defence" ->
"defense", "organisation" -> "organization"), "Ministry of X" read as "X
Ministry", a leading demonym or place ("Russian", "U.S.") and a trailing
"of <place>" taken as the place. Keys with the same base and place merge; a
key with no place merges into the one placed form of its base when there is
exactly one (two defence ministries, Russia's and Ukraine's, leave "the
Defence Ministry" alone).

Written by hand: spelling-variant tables exist (e.g. the ``breame`` package)
but none reads institutional names' word order or places; the table here is
the few dozen word pairs that occur in institutions' names.

>>> places = {"russian": "russia", "russia": "russia", "ukraine": "ukraine"}
>>> sorted(merge_organisations(["ministry of defence of russia", "russian defense ministry",
...                              "defence ministry"], places).items())
[('defence ministry', 'ministry of defence of russia'), ('russian defense ministry', 'ministry of defence of russia')]
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping

__all__ = ["merge_organisations", "org_parts"]

_SPELLING = {
    "defence": "defense", "organisation": "organization", "organisations": "organizations",
    "centre": "center", "labour": "labor", "programme": "program", "programmes": "programs",
    "honour": "honor", "favour": "favor", "colour": "color", "harbour": "harbor", "behaviour": "behavior",
    "licence": "license", "offence": "offense", "catalogue": "catalog", "analyse": "analyze",
    "modernisation": "modernization", "privatisation": "privatization", "authorisation": "authorization",
    "naturalisation": "naturalization", "mobilisation": "mobilization", "fulfil": "fulfill",
}
_HEADS = ("ministry", "department", "office", "agency", "commission", "committee", "council", "service")
# An institution's last word: names ending with one are read as base and place ("Coast Guard", "Union")
_INSTITUTIONS = frozenset(_HEADS) | frozenset(
    "guard union society crescent cross army navy police court parliament assembly bank authority "
    "bureau administration directorate inspectorate service services command corps".split())
# A generic tail some outlets write and others leave out: "Wagner" / "Wagner Group" / "Wagner PMC",
# "Iranian Red Crescent" / "Iranian Red Crescent Society"
_TAILS = frozenset("group pmc society company corporation corp inc ltd llc co organization".split())


def org_parts(key: str, places: Mapping[str, str]) -> tuple[str, str | None]:
    """(base, place key or None) of an organisation's name key (see the module docstring).

    >>> org_parts("u.k. ministry of defence", {"u.k.": "united kingdom"})
    ('defense ministry', 'united kingdom')
    """
    words = [_SPELLING.get(w, w) for w in key.split()]
    text = " ".join(words)
    place = None
    m = re.fullmatch(r"(.+) of (?:the )?(.+)", text)
    if m and m.group(2) in places:
        text, place = m.group(1), places[m.group(2)]  # "... of Russia"
    m = re.fullmatch(rf"((?:\S+ )*?)({'|'.join(_HEADS)}) (?:of|for) (?:the )?(.+)", text)
    if m:
        # "ministry of defense" -> "defense ministry"; "agency for air transport" -> "air transport agency"
        text = f"{m.group(1)}{m.group(3)} {m.group(2)}"
    while len(text.split()) > 1 and text.split()[-1] in _TAILS:
        text = " ".join(text.split()[:-1])
    for n in (3, 2, 1):  # a leading place or demonym: "Russian", "North Korean", "U.S."
        head = " ".join(text.split()[:n])
        if len(text.split()) > n and head in places:
            place, text = place or places[head], " ".join(text.split()[n:])
            break
    return text, place


def merge_organisations(keys: Iterable[str], places: Mapping[str, str]) -> dict[str, str]:
    """Name key -> the key it merges into, for keys that name one organisation.

    ``places`` maps place and demonym keys to a place key. Only names whose
    base ends with an institution word (ministry, department, office, ...)
    are read this way; each merged set goes into its fullest form (most
    words, then longest, then first in order; the registry then shows the
    spelling most articles use). Keys that merge with nothing are left out.
    """
    parts = {k: org_parts(k, places) for k in sorted(set(keys))}
    tailed = {k for k in parts if len(k.split()) > 1 and k.split()[-1] in _TAILS}
    bases = {parts[k][0] for k in tailed}
    parts = {k: p for k, p in parts.items()
             if p[0].split() and (p[0].split()[-1] in _INSTITUTIONS or p[0] in bases)}
    by_base: dict[str, dict[str | None, list[str]]] = defaultdict(lambda: defaultdict(list))
    for k, (base, place) in parts.items():
        by_base[base][place].append(k)
    out: dict[str, str] = {}
    for placed in by_base.values():
        named = [p for p in placed if p is not None]
        if len(named) == 1 and None in placed:
            placed[named[0]].extend(placed.pop(None))  # "the Defence Ministry": the one there is
        for group in placed.values():
            if len(group) > 1:
                into = min(group, key=lambda k: (-len(k.split()), -len(k), k))
                out.update({k: into for k in group if k != into})
    return out
