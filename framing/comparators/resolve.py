"""Which entity of an article set a name written one way names.

A full name, a surname alone, a first name, an acronym, a role ("the Prime
Minister"), or a surname misspelt by one letter: each is resolved to the one
entity of the set it can mean (first within its own article), or left as
written when it could mean several or none. The registry
(:mod:`framing.comparators.entities`) resolves its mentions this way, and
the quotes comparator a quote's speaker (:func:`resolve_speaker`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING

from rapidfuzz.distance import OSA

from framing.extract.entities import extract_mentions
from framing.extract.runs import RARE
from framing.io.article import Article
from framing.text import language as _language
from framing.text.names import gazetteer_titles, name_key
from framing.text.people import parts

if TYPE_CHECKING:
    from framing.comparators.entities import Registry

__all__ = ["name_initials", "one_letter_off", "rare_word", "resolve_speaker", "role_holders", "speaking_person",
           "surname_of"]


def name_initials(k: str) -> str:
    return "".join(w[0] for w in k.split() if w not in _SKIP)


def _role_candidates(roles: Mapping[tuple[str, str | None], Iterable[str]], title: str,
                     place: str | None) -> set[str]:
    """The holders of ``title`` a role fits: "the President" any president; "the Latvian President" only
    a president the articles place in Latvia, never one they name without a place ("President Putin")."""
    return {c for (t, p), cs in roles.items() if t == title and (place is None or p == place) for c in cs}


MAX_SURNAMES = 2000
"""Surnames a misspelt one is compared with at most (a bound on cost; an event names far fewer)."""


def one_letter_off(word: str, by_surname: Mapping[str, set[str]], memo: dict[str, set[str]]) -> set[str]:
    """The holders of the one surname (six letters or more) one letter off ``word`` ("Simonite") or with
    two neighbouring letters swapped ("Krajick" for "Krajcik"), else none."""
    if word not in memo:
        near = [] if len(by_surname) > MAX_SURNAMES else [
            h for x, h in by_surname.items() if len(x) >= 6 and abs(len(x) - len(word)) <= 1
            and OSA.distance(x, word, score_cutoff=1) == 1
        ]
        memo[word] = near[0] if len(near) == 1 else set()
    return memo[word]


def surname_of(name: str) -> str:
    """Surname key of a full-name key ("joseph r. biden jr." -> "biden")."""
    split = parts(name)
    return split.surname if split else name.split()[-1]


def rare_word(word_key: str) -> bool:
    from wordfreq import zipf_frequency

    return zipf_frequency(word_key, "en") < RARE


def resolve_speaker(name: str, registry: Registry, article: str | None = None) -> str:
    """The registry's name for a speaker string, or ``name`` (whitespace collapsed) if none.

    Titles, a leading "the" and a possessive are ignored; a role ("Prime
    Minister of Lithuania") resolves to the one person the set gives it, or,
    given the quoting ``article``'s id, the one person that article gives it
    (a role never reaches across outlets: "the Latvian President" of one story
    is nobody another story names); a surname to the one person of the set who
    has it, or, given ``article``, to the one person of that article who has
    it ("Mr. Jackson" in an article that names Jesse Jackson Jr. but not his
    wife).
    When the string names several, the last person named wins ("Kremlin
    spokesman Dmitry Peskov").

    Examples
    --------
    >>> from framing import Article
    >>> from framing.comparators.entities import build_registry
    >>> reg = build_registry([Article.from_text("Head\\nIt is. Lithuanian Prime Minister Ingrida "
    ...                                         "Simonyte and Kremlin spokesman Dmitry Peskov met.", id="a")])
    >>> [resolve_speaker(s, reg) for s in ("Prime Minister of Lithuania", "Kremlin spokesman Dmitry Peskov",
    ...                                    "peskov", "the  Prime Minister of Estonia")]
    ['Ingrida Simonyte', 'Dmitry Peskov', 'Dmitry Peskov', 'the Prime Minister of Estonia']
    """
    plain = " ".join(name.split())
    if not plain:
        return plain
    if article is None:
        done = registry._speakers.get(plain)
        if done is None:
            done = registry._speakers[plain] = _resolve(plain, registry, registry.roles)
        return done
    local = registry._speakers.get(f"{article}\0{plain}")
    if local is None:
        local = _resolve(plain, registry, registry.local_roles.get(article, {}), registry.roles)
        if local == plain:
            local = _local(plain, registry, article)
        registry._speakers[f"{article}\0{plain}"] = local
    return local


def speaking_person(name: str, registry: Registry, article: str) -> str | None:
    """The person the set names that a speaker string in ``article`` resolves to
    (:func:`resolve_speaker`), or None when it resolves to no person (an institution, a role
    the set gives nobody, an unknown name)."""
    who = resolve_speaker(name, registry, article)
    if not registry._people:
        registry._people.update(e.name for e in registry.entities if e.kind == "person")
    return who if who in registry._people else None


def _local(plain: str, registry: Registry, article: str) -> str:
    """``plain`` as a surname (titles aside) of exactly one person named in ``article``, else itself."""
    words = [w for w in name_key(plain).split() if w not in gazetteer_titles()]
    if len(words) != 1:
        return plain
    if not registry._local_people:  # made once per registry, not once per speaker
        for e in registry.entities:
            if e.kind == "person":
                for a in e.articles:
                    registry._local_people.setdefault((a, surname_of(name_key(e.name))), []).append(e.name)
    people = registry._local_people.get((article, words[0]), [])
    return people[0] if len(people) == 1 else plain


def _resolve(plain: str, registry: Registry, roles: Mapping[tuple[str, str | None], tuple[str, ...]],
             placed: Mapping[tuple[str, str | None], tuple[str, ...]] | None = None) -> str:
    """``plain`` resolved by the registry's names, and its roles by ``roles`` (then, for a role tied to a
    place, by ``placed``: see :func:`role_holders`)."""
    direct = registry.aliases.get(name_key(plain))
    if direct:
        return direct
    # "a Ryan spokesman", "the Obama campaign", "a statement from Reid's office": someone
    # speaking for a person is not that person; only a role itself ("the spokesman") resolves
    ends_lower = plain.split()[-1][:1].islower()
    # a speaker's phrase is read in the comparison's language: a few words say nothing of their
    # language, and guessing it would load the language model for nothing (70 MB)
    mentions = registry._phrases.get(plain)
    if mentions is None:
        probe = Article.from_text(plain, id="speaker", language=_language.current())
        mentions = registry._phrases[plain] = tuple(extract_mentions(probe, registry.known, phrase=True))
    if not registry._kinds:
        registry._kinds.update((e.name, e.kind) for e in registry.entities)
    kinds = registry._kinds
    hits: list[str] = []
    for m in mentions:
        if m.kind == "role" and m.title:
            cands = (role_holders(roles, placed, m.title, m.place) if placed is not None
                     else _role_candidates(roles, m.title, m.place))
            if len(cands) == 1 and not next(iter(cands)).startswith("?"):
                hits.append(next(iter(cands)))
        elif name_key(m.text) in registry.aliases and not ends_lower:
            hits.append(registry.aliases[name_key(m.text)])
    people = [h for h in hits if kinds.get(h) == "person"]
    # a place in a speaker's phrase says whose office speaks ("the FSIN department for the Yamalo-Nenets
    # Autonomous Okrug"): the body named speaks, not the place
    bodies = [h for h in hits if kinds.get(h) in ("organisation", "media/source")]
    return (people or bodies or hits or [plain])[-1]


_SKIP = frozenset({"the", "of", "and", "a", "an", "for", "de", "la", "della"})


def role_holders(local: Mapping[tuple[str, str | None], Iterable[str]],
                  roles: Mapping[tuple[str, str | None], Iterable[str]], title: str, place: str | None) -> set[str]:
    """Who a role mention may name: a holder its own article names; else, for a role tied to a place
    ("the Prime Minister of Lithuania"), the set's holder of that very title and place. A bare role ("the
    foreign minister") points back into its own story and never reaches another outlet's minister."""
    here = _role_candidates(local, title, place)
    if here or place is None:
        return here
    return {c for (t, p), cs in roles.items() if t == title and p == place for c in cs}
