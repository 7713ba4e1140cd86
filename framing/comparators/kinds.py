"""What kind of entity a name is, by what an event's texts say of it.

Each mention votes for its name's kind by its form and the words around it
(:func:`framing.extract.entities.extract_mentions`: "Donald Trump" a person, "the Ford company" an
organisation, "in Shelton" a place). :func:`kinds` counts the votes per name of the people registry
(:mod:`framing.comparators.entities`) and corrects the weakest vote, a person by form alone (two
capitalised words), with what the other mentions of the event say: a name that ends in a word the
texts call an organisation or a place ("Titan OceanGate", "Capitol Hill") is no person, and a name
that only ever reports ("..., reports Magyar Nemzet") is a medium.

>>> from collections import Counter
>>> a_person(Counter(person=2, place=1)), a_person(Counter(person=1, organisation=1, place=1))
(True, False)
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence

from framing.extract.entities import Mention
from framing.text.names import name_key
from framing.text.people import given_name

__all__ = ["a_person", "kinds", "named_otherwise"]


def kinds(names: Sequence[Mention], cluster: Mapping[str, str], texts: Mapping[str, str]) -> dict[str, Counter[str]]:
    """Each name's votes for its kind: its mentions' (:func:`framing.extract.entities.extract_mentions`),
    less people by form alone that the texts say are something else (:func:`_not_people`,
    :func:`_reporting`)."""
    votes: dict[str, Counter[str]] = {}
    written: dict[str, list[Mention]] = {}
    for m in names:
        c = cluster[name_key(m.text)]
        votes.setdefault(c, Counter())[m.kind] += 1
        written.setdefault(c, []).append(m)
    _not_people(votes, cluster)
    surnames = {c.split()[-1] for c, ks in votes.items() if ks["person"] and len(c.split()) > 1}
    for c, ks in votes.items():
        if (ks["person"] or set(ks) == {"other"}) and not given_name(c.split()[0]) and c not in surnames \
                and _reporting(written[c], texts):
            votes[c] = Counter({"media/source": sum(ks.values())})
    return votes


_REPORTED = re.compile(r"\s+(?:has\s+|had\s+)?report(?:s|ed)\b")
_REPORTS = re.compile(r"\breport(?:s|ed)\s+(?:by\s+)?$", re.I)


def _reporting(mentions: Sequence[Mention], texts: Mapping[str, str]) -> bool:
    """Whether every mention of a name is a medium's attribution: "..., reports Magyar Nemzet", "...,
    Aljazeera reported" (a person "said"; a name without a given name or a title that only ever
    reports is a medium)."""
    # "X reported" of a one-word name only: "Mayor Volodymyr Kovalenko reported flooding" is a person's
    # report, and the given names a list knows are not every language's
    return all(not m.title and (_REPORTS.search(texts[m.article][max(0, m.start - 16):m.start])
                                or (" " not in m.text.strip() and _REPORTED.match(texts[m.article], m.end)))
               for m in mentions)


def _not_people(kinds: dict[str, Counter[str]], cluster: Mapping[str, str]) -> None:
    """Names that are people by their form alone (capitalised words, no given name first) and end in a
    word the texts name an organisation, a place or a medium by on its own are no people: "the Titan
    OceanGate submersible", where "private company OceanGate" and "the OceanGate company" say what OceanGate
    is; "Capitol Hill" beside "The Hill". The test ``_kind`` makes of "Progressive Slovakia" (a place ends no
    one's name), with what the event's texts say of the word; a known given name first keeps the person:
    "Harrison Ford" beside "the Ford company". Their votes are replaced in ``kinds``."""
    for c, ks in list(kinds.items()):
        words = c.split()
        if len(words) > 1 and ks["person"] and not given_name(words[0]):
            last = kinds.get(cluster.get(words[-1], ""))
            if named_otherwise(last):
                assert last is not None
                # what it is, is the word's when that is an organisation ("Titan OceanGate"), else not said:
                # "Capitol Hill" is no more The Hill (a newspaper) than a person
                kinds[c] = Counter(organisation=last["organisation"]) if last["organisation"] else \
                    Counter(other=sum(ks.values()))


def named_otherwise(votes: Counter[str] | None) -> bool:
    """Whether a name's mentions place or organise it ("in Kherson", "the Ford company") and none makes it
    a person."""
    return votes is not None and not votes["person"] and \
        votes["place"] + votes["organisation"] + votes["media/source"] > 0


def a_person(votes: Counter[str]) -> bool:
    """Whether a name's mentions say it is a person: some by its form, and no more of them placed or
    organised by the words around them ("flooding in Nova Kakhovka", "the Nova Kakhovka dam")."""
    return votes["person"] > 0 and votes["person"] >= votes["place"] + votes["organisation"] + votes["media/source"]
