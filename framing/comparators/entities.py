"""People and sources: who and what each outlet names, and whom it quotes.

Mentions are found per article by :func:`framing.extract.entities.extract_mentions`
and merged across the article set into entities:

* spelling variants share a key (case and diacritics folded, a leading
  "the" and a possessive dropped: "Šimonytė" = "Simonyte" = "Simonyte's");
* full names of one person written several ways are one person (middle
  initials, nicknames, suffixes, a one-letter misspelling), when nothing else
  in the set could be meant (:func:`framing.text.people.merge_people`);
* a gazetteer alias names its entry ("FT" = "Financial Times"), and an
  acronym names the one multi-word name of the set with those initials;
* a surname alone names the one person of the article (else of the set)
  with that surname ("Mr. Steele" -> Michael Steele); shared surnames stay
  apart; a first name alone that is nobody's surname names the one person
  of the set with that first name ("Malia" -> Malia Obama), and a surname
  misspelt by one letter the one surname that close ("Simonite");
* a role ("the Prime Minister of Lithuania", "the Prime Minister") names the
  one person the set gives that title (and place, when both say one);
* a name the set establishes is then also found where an outlet writes it
  otherwise: in lower case, sentence-initial, without diacritics. Single
  words that are common English words are not searched this way;
* an outlet naming itself ("Fox News" in Fox's article) is the outlet, not a
  source it cites: such mentions are not listed.

An entity is ``quoted`` by an article when one of its mentions there is the
subject of an attribution ("X said", "according to X") or it is the speaker
of one of the article's quotes (:func:`framing.extract.quotes.extract_quotes`,
resolved by :func:`resolve_speaker`).

>>> from framing import Article
>>> a = Article.from_text("Head\\nIt is so. Prime Minister Ingrida Šimonytė told the Financial Times.", id="a")
>>> b = Article.from_text("Head\\nIt is so. The prime minister of Lithuania, ingrida simonyte, "
...                       "spoke to FT. Simonyte said it.", id="b")
>>> reg = build_registry([a, b])
>>> rows = [(e.name, e.kind, {k: v.mentions for k, v in e.articles.items()}) for e in reg.entities]
>>> rows  # doctest: +NORMALIZE_WHITESPACE
[('Ingrida Šimonytė', 'person', {'a': 1, 'b': 2}), ('Financial Times', 'media/source', {'a': 1, 'b': 1}),
 ('Lithuania', 'place', {'b': 1})]
>>> resolve_speaker("Prime Minister", reg), resolve_speaker("Simonyte", reg), resolve_speaker("Jo", reg)
('Ingrida Šimonytė', 'Ingrida Šimonytė', 'Jo')
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from rapidfuzz.distance import OSA

from framing.align.units import Alignment
from framing.comparators import quotes_of
from framing.comparators.kinds import a_person, named_otherwise
from framing.comparators.kinds import kinds as kinds_of
from framing.comparators.resolve import (
    name_initials,
    one_letter_off,
    rare_word,
    resolve_speaker,
    role_holders,
    surname_of,
)
from framing.extract.entities import KINDS, Mention, attributed, capitalised_words, extract_mentions
from framing.extract.memo import shared
from framing.extract.orgs import merge_organisations
from framing.io.article import Article
from framing.io.evidence import Evidence
from framing.io.jsonstream import Lazy, each
from framing.text import language as _language
from framing.text.names import gazetteer, name_key, places
from framing.text.normalise import key
from framing.text.people import given_name, merge_people, parts, skeleton

__all__ = ["Entities", "Entity", "Evidence", "Presence", "Registry", "build_registry", "entities", "registry_of"]


@dataclass(frozen=True, slots=True)
class Presence:
    """How one article names one entity: ``mentions`` (count), ``quoted``, ``evidence``."""

    mentions: int
    quoted: bool
    evidence: tuple[Evidence, ...]

    def to_dict(self) -> dict[str, Any]:
        """Plain-JSON form."""
        return {"mentions": self.mentions, "quoted": self.quoted, "evidence": [e.to_dict() for e in self.evidence]}


@dataclass(frozen=True)
class Entity:
    """A person, organisation, place or source named in the article set.

    Attributes
    ----------
    name
        Display name: the gazetteer's, else the fullest, most frequent spelling.
    kind
        One of :data:`framing.extract.entities.KINDS`.
    variants
        Every spelling used, sorted.
    articles
        Article id -> :class:`Presence`, for the articles that name it.
    """

    name: str
    kind: str
    variants: tuple[str, ...]
    articles: Mapping[str, Presence]

    def to_dict(self) -> dict[str, Any]:
        """Plain-JSON form (the ``entities`` entries of framing's JSON)."""
        return {
            "name": self.name,
            "kind": self.kind,
            "variants": list(self.variants),
            "articles": {a: p.to_dict() for a, p in sorted(self.articles.items())},
        }


@dataclass(frozen=True)
class Registry:
    """The entities of an article set, and the tables that resolve names to them.

    Attributes
    ----------
    entities
        Most widely named first (articles, then mentions), then by name.
    aliases
        Name key of every spelling, alias and unambiguous surname -> entity name.
    roles
        (title, place key or None) -> names of the people the set gives it.
    known
        Word keys the set capitalises mid-sentence.
    local_roles
        Article id -> (title, place key or None) -> names of the people that article gives it.
    """

    entities: tuple[Entity, ...]
    aliases: Mapping[str, str]
    roles: Mapping[tuple[str, str | None], tuple[str, ...]] = field(repr=False)
    known: frozenset[str] = field(repr=False, default=frozenset())
    local_roles: Mapping[str, Mapping[tuple[str, str | None], tuple[str, ...]]] = field(
        repr=False, default_factory=dict)
    # resolve_speaker's answers and the entity kinds it reads, made once:
    # a long article quotes the same few people thousands of times
    _speakers: dict[str, str] = field(default_factory=dict, repr=False, compare=False)
    _kinds: dict[str, str] = field(default_factory=dict, repr=False, compare=False)
    _people: set[str] = field(default_factory=set, repr=False, compare=False)  # the entities that are persons
    # (article id, surname key) -> the people of that article with it, for _local
    _local_people: dict[tuple[str, str], list[str]] = field(default_factory=dict, repr=False, compare=False)
    # a speaker's phrase -> its mentions, read once (every outlet carrying a wire quote names its speaker alike)
    _phrases: dict[str, tuple[Any, ...]] = field(default_factory=dict, repr=False, compare=False)


@dataclass(frozen=True)
class Entities:
    """The ``entities`` section: the registry's entities."""

    entities: tuple[Entity, ...]

    def to_dict(self) -> list[dict[str, Any]]:
        """Plain-JSON form: a list of entities."""
        return [e.to_dict() for e in self.entities]

    def json_tree(self) -> Lazy:
        """:meth:`to_dict`, made as it is written."""
        return each(self.entities)


# "Federal Security Service (FSB)": a name of two to eight words, then its acronym in brackets
_NAME_WORD = r"(?:[A-Z][\w'’.-]*|of|for|the|and|on|de|du)"
_DEFINED = re.compile(rf"({_NAME_WORD}(?:\s+{_NAME_WORD}){{1,7}})\s+\(([A-Z][A-Za-z]{{1,7}})\)")


def _defined_acronyms(arts: Sequence[Article]) -> dict[str, str]:
    """Acronym key -> name key, for acronyms an article defines in brackets after the name; an acronym
    two articles define differently is left out."""
    found: dict[str, set[str]] = {}
    for a in arts:
        for sn in a.body:
            for m in _DEFINED.finditer(sn.text):
                name = re.sub(r"^(?:the|of|for|and|on)\s+", "", m.group(1), flags=re.I)
                found.setdefault(name_key(m.group(2)), set()).add(name_key(name))
    return {k: next(iter(v)) for k, v in found.items() if len(v) == 1}


def _folded(text: str) -> tuple[str, list[int]]:
    """``text`` folded character by character, and where each folded character came from."""
    if text.isascii() and (table := _ascii_keys()) is not None:
        # every ASCII character folds to one character: one translate, offsets unchanged
        # (the loop below cost a dictionary look-up per character of every sentence)
        return text.translate(table), list(range(len(text)))
    out: list[str] = []
    where: list[int] = []
    for i, c in enumerate(text):
        f = _char_key(c)
        out.append(f)
        where.extend([i] * len(f))
    return "".join(out), where


@lru_cache(maxsize=4096)
def _char_key(c: str) -> str:
    return " " if c.isspace() else key(c)


@lru_cache(maxsize=1)
def _ascii_keys() -> dict[int, str] | None:
    """:func:`_char_key` of every ASCII character, as a ``str.translate`` table; None if one of them
    folds to other than one character (offsets would move)."""
    table = {i: _char_key(chr(i)) for i in range(128)}
    return table if all(len(v) == 1 for v in table.values()) else None


def _display(surfaces: Counter[str], outlets: Mapping[str, int] | None = None) -> str:
    """The name to show: a full spelling (most words, for a name of several), the one most
    articles use (``outlets``: spelling -> articles), then the most frequent, with diacritics."""
    spread = outlets or {}
    longest = max(len(s.split()) for s in surfaces)
    full = [s for s in surfaces if len(s.split()) > 1] if longest > 1 else list(surfaces)
    return min(full, key=lambda s: (-spread.get(s, 0), -len(s.split()), -surfaces[s],
                                    -sum(ord(c) > 127 for c in s), s))


def registry_of(articles: Sequence[Article]) -> Registry:
    """:func:`build_registry`, made once per compare() for the comparators that need it."""
    key = ("registry", tuple((a.id, id(a)) for a in articles))
    return shared(key, lambda: build_registry(articles))


def build_registry(articles: Iterable[Article]) -> Registry:
    """Find and merge the entities of an article set (see the module docstring).

    The result does not depend on the order of ``articles``. Cost: linear in
    the text, times the number of distinct names for the final search.
    """
    arts = sorted(articles, key=lambda a: a.id)
    gaz = gazetteer()
    own = {a.id: capitalised_words(a) for a in arts}
    known = frozenset().union(*own.values())
    found = {a.id: list(extract_mentions(a, known, own=own[a.id])) for a in arts}
    names = [m for a in arts for m in found[a.id] if m.kind != "role"]
    # 1. spelling key, then gazetteer and acronyms
    cluster: dict[str, str] = {}
    for m in names:
        k = name_key(m.text)
        cluster[k] = name_key(gaz[k][0]) if k in gaz else k
    multi = sorted({c for c in cluster.values() if len(c.split()) > 1})
    for k in sorted(cluster):
        if k not in gaz and re.fullmatch(r"[a-z.]{2,8}", k) and "." not in k.strip(".")[:1]:
            hits = [c for c in multi if name_initials(c) == k.replace(".", "")]
            if len(hits) == 1:
                cluster[k] = hits[0]
    # ... and an acronym an article defines: "the Federal Security Service (FSB)"
    for k, into in _defined_acronyms(arts).items():
        if k in cluster and into in cluster and k not in gaz:
            cluster[k] = cluster[into]
    texts = {a.id: a.text for a in arts}
    kinds = kinds_of(names, cluster, texts)
    people = {c for c, ks in kinds.items() if a_person(ks) and c not in gaz}
    # 1b. one person written several ways ("John A. Boehner", "John Boehner")
    seen_in: dict[str, set[str]] = {}
    for m in names:
        seen_in.setdefault(cluster[name_key(m.text)], set()).add(m.article)
    merged = merge_people(people, seen_in)
    # ... and one organisation ("Ministry of Defence of Russia", "Russian Defense Ministry")
    organised = [c for c, ks in kinds.items() if ks["organisation"] or ks["other"]]
    sets: dict[str, list[str]] = {}
    for k, into in merge_organisations(organised, places()).items():
        sets.setdefault(into, [into]).append(k)
    for into, group in sets.items():
        named = sorted(g for g in group if g in gaz)  # a gazetteer entry names the set
        target = named[0] if named else into
        merged.update({g: target for g in group if g != target})
    # ... and one place written in two transliterations ("Nova Kakhovka", "Novaya Kakhovka"): the same
    # consonant skeleton word by word, on names long enough for a skeleton to tell places apart
    by_skeleton: dict[tuple[str, ...], list[str]] = {}
    near: dict[str, list[str]] = {}
    for c, ks in kinds.items():
        if c not in people and c not in merged and ks["place"] and ks["place"] >= ks["person"] + ks["organisation"]:
            bones = tuple(skeleton(w) for w in c.split())
            if sum(len(b) for b in bones) >= 5:
                by_skeleton.setdefault(bones, []).append(c)
            elif " " not in c and len(c) >= 7:
                near.setdefault(c[:2], []).append(c)
    # ... or one letter apart, transposed or not ("Pazarcık", "Pazarick"): one word of seven letters or more
    # whose skeleton is too short to tell (four consonants)
    for bucket in near.values():
        for x, y in itertools.combinations(sorted(bucket), 2):
            if abs(len(x) - len(y)) <= 1 and OSA.distance(x, y) <= 1:
                by_skeleton.setdefault((x,), [x]).append(y)
    for group in by_skeleton.values():
        if len(group) > 1:
            named = sorted(g for g in group if g in gaz)
            target = named[0] if named else max(group, key=lambda g: (sum(kinds[g].values()), g))
            merged.update({g: target for g in group if g != target})
    if merged:
        cluster = {k: merged.get(c, c) for k, c in cluster.items()}
        kinds = kinds_of(names, cluster, texts)
        people = {c for c, ks in kinds.items() if a_person(ks) and c not in gaz}
    # 2. surnames: the article's one person with it, else the set's
    by_surname: dict[str, set[str]] = {}
    by_first: dict[str, set[str]] = {}
    by_inner: dict[str, set[str]] = {}
    for c in sorted(people):
        if len(c.split()) > 1:
            by_surname.setdefault(surname_of(c), set()).add(c)
            split = parts(c)
            if split is not None and len(split.first) > 1:
                by_first.setdefault(split.first, set()).add(c)
            # "Suazo" for "Maynor Yassir Suazo Sandoval": a first surname, written alone
            for inner in c.split()[1:-1] if len(c.split()) > 2 else ():
                if len(inner) > 2 and not given_name(inner) and rare_word(inner):
                    by_inner.setdefault(inner, set()).add(c)
    set_tails: dict[str, set[str]] = {}
    for c, ks in kinds.items():
        if len(c.split()) > 1 and c not in people and ks.keys() & {"organisation", "media/source"}:
            set_tails.setdefault(c.split()[-1], set()).add(c)
    assigned: dict[Mention, str] = {}
    misspelt: dict[str, set[str]] = {}  # one_letter_off's answers, once per spelling
    for a in arts:
        local: dict[str, set[str]] = {}
        tails: dict[str, set[str]] = {}  # "the Banner" after "The Baltimore Banner": its head word
        for m in found[a.id]:
            c = cluster.get(name_key(m.text), "")
            if c in people and len(c.split()) > 1:
                local.setdefault(surname_of(c), set()).add(c)
            elif len(c.split()) > 1 and kinds.get(c, Counter()).keys() & {"organisation", "media/source"}:
                tails.setdefault(c.split()[-1], set()).add(c)
        for m in found[a.id]:
            if m.kind == "role":
                continue
            c = cluster[name_key(m.text)]
            if len(c.split()) == 1 and c not in gaz:
                # a word the texts name an organisation or a place by ("private company OceanGate", "the
                # OceanGate company") and never a person is not a person's surname or first name
                holders = set() if named_otherwise(kinds.get(c)) else local.get(c) or by_surname.get(c, set())
                # "Will anyone care?": a word, not Will Hurd; "Shahzada also served": a name
                initial = m.start == a.sentences[m.sentence].start and not rare_word(c)
                if not holders and c not in by_surname and not initial and not (
                        kinds.get(c, Counter()).keys() & {"place", "organisation", "media/source"}):
                    # a first name alone ("Malia" after "Malia Obama"): the one person of the set with it
                    holders = by_first.get(c, set()) or by_inner.get(c, set())
                    if not holders and len(c) >= 6:
                        holders = one_letter_off(c, by_surname, misspelt)
                if not holders and c not in people:
                    # an organisation's head word alone: the article's one, else the set's
                    holders = tails.get(c) or set_tails.get(c, set())
                if len(holders) == 1:
                    c = next(iter(holders))
            assigned[m] = c
    # 3. roles: the article's one holder, else the set's
    roles: dict[tuple[str, str | None], set[str]] = {}
    local_roles: dict[str, dict[tuple[str, str | None], set[str]]] = {}
    for m, c in assigned.items():
        if m.title:
            roles.setdefault((m.title, m.place), set()).add(c)
            local_roles.setdefault(m.article, {}).setdefault((m.title, m.place), set()).add(c)
    for placed in (True, False):
        for a in arts:
            for m in found[a.id]:
                if m.kind == "role" and m.title and (m.place is not None) == placed:
                    holders = role_holders(local_roles.get(a.id, {}), roles, m.title, m.place)
                    if len(holders) == 1 and not next(iter(holders)).startswith("?"):
                        assigned[m] = next(iter(holders))
                        if placed:
                            local_roles.setdefault(a.id, {}).setdefault((m.title, m.place), set()).add(assigned[m])
                    elif placed:
                        # "The Hungarian Prime Minister noted ...": an office the article speaks of
                        # without naming its holder; a bare "the Prime Minister" after it may be that one
                        local_roles.setdefault(a.id, {}).setdefault((m.title, m.place), set()).add(f"?{m.place}")
    # 4. names written otherwise: lower case, sentence-initial, without diacritics
    forms: dict[str, str] = {}
    for m, c in assigned.items():
        k = name_key(m.text)
        if m.kind != "role" and (len(k.split()) > 1 or (re.sub(r"\W", "", k) and rare_word(k))):
            forms.setdefault(k, c)
    for surname, holders in by_surname.items():
        if len(holders) == 1 and rare_word(surname):
            forms.setdefault(surname, next(iter(holders)))
    if forms:
        longest_first = sorted(forms, key=lambda f: (-len(f), f))
        alternatives = "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in longest_first)
        pattern = re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)")

        @lru_cache(maxsize=2048)  # by sentence text: a wire copy many outlets carry is searched once
        def hits_in(text: str) -> tuple[tuple[int, int, str], ...]:
            folded, where = _folded(text)
            return tuple((where[hit.start()], where[hit.end() - 1] + 1, hit.group())
                         for hit in pattern.finditer(folded))

        for a in arts:
            # A mention lies in one sentence: overlaps are looked for there
            # only. The article's mentions are in reading order, so one pass
            # gives each sentence's (new ones are appended after ``before``).
            mentions, before, at = found[a.id], len(found[a.id]), 0
            for s in a.body:
                while at < before and mentions[at].sentence < s.index:
                    at += 1
                here = []
                while at < before and mentions[at].sentence == s.index:
                    here.append((mentions[at].start, mentions[at].end))
                    at += 1
                for lo, hi, written in hits_in(s.text):
                    st, en = s.start + lo, s.start + hi
                    if any(st < e and en > b for b, e in here):
                        continue
                    c = forms[re.sub(r"\s+", " ", written)]
                    q = attributed(s.text, st - s.start, en - s.start)
                    m = Mention(a.id, s.index, st, en, a.text[st:en], "other", quoted=q)
                    found[a.id].append(m)
                    assigned[m] = c
                    here.append((st, en))
    # 5. an outlet naming itself ("Fox News" in Fox's article, "The Times" in
    # the Times's) is the outlet, not a source it cites
    own_names = {a.id: _outlet_keys(a.outlet) for a in arts}
    assigned = {m: c for m, c in assigned.items() if c not in own_names[m.article]}
    return _assemble(arts, assigned, kinds, people, roles, local_roles, known)


_SAID_IT = re.compile(r"\s+(?:has\s+|had\s+)?(?:said|says|stated|states|added|announced|confirmed)\s+(?:that\s+)?"
                      r"(?:it|its)\b")


def _outlet_keys(outlet: str | None) -> frozenset[str]:
    """Name keys that name ``outlet``: its own and, when the gazetteer knows it, its entry's aliases."""
    if not outlet:
        return frozenset()
    gaz = gazetteer()
    own = name_key(outlet)
    canonical = name_key(gaz[own][0]) if own in gaz else own
    return frozenset({own, canonical}) | _gazetteer_keys(_language.current()).get(canonical, frozenset())


@lru_cache(maxsize=16)
def _gazetteer_keys(language: str) -> dict[str, frozenset[str]]:
    """The gazetteer's name keys by the key of the name they stand for (keys depend on the language)."""
    found: dict[str, set[str]] = {}
    for k, (name, _kind) in gazetteer().items():
        found.setdefault(name_key(name), set()).add(k)
    return {c: frozenset(ks) for c, ks in found.items()}


def _assemble(
    arts: Sequence[Article],
    assigned: Mapping[Mention, str],
    kinds: Mapping[str, Counter[str]],
    people: set[str],
    roles: Mapping[tuple[str, str | None], set[str]],
    local_roles: Mapping[str, Mapping[tuple[str, str | None], set[str]]],
    known: frozenset[str],
) -> Registry:
    gaz = gazetteer()
    members: dict[str, list[Mention]] = {}
    for m, c in assigned.items():
        members.setdefault(c, []).append(m)
    display: dict[str, str] = {}
    texts = {a.id: a.text for a in arts}
    out = []
    # one string per spelling, not per mention: a long article names the same
    # few people and places hundreds of thousands of times
    surface: dict[str, str] = {}
    for c, ms in members.items():
        surfaces = Counter(m.text for m in ms if m.kind != "role")
        spread = Counter(t for t, _a in {(m.text, m.article) for m in ms if m.kind != "role"})
        name = gaz[c][0] if c in gaz else _display(surfaces or Counter(m.text for m in ms), spread)
        display[c] = name
        if c in gaz:
            kind = gaz[c][1]
        elif c in people or any(m.kind == "role" for m in ms):
            kind = "person"
        else:
            votes = kinds.get(c, Counter())
            kind = min(votes, key=lambda k: (-votes[k], KINDS.index(k))) if votes else "other"
            if kind == "other" and any(m.quoted for m in ms):
                # "X said" with nothing saying what X is: a person, unless the articles
                # write "the X" ("the Treasury said"), which names an institution, or X "said it" ("Engro
                # said it was mourning"): a person is "he" or "she"
                the = any(texts[m.article][max(0, m.start - 4) : m.start].lower() == "the "
                          or _SAID_IT.match(texts[m.article], m.end) for m in ms)
                kind = "organisation" if the else "person"
        present: dict[str, Presence] = {}
        by_article: dict[str, list[Mention]] = {}  # one pass over the mentions, not one per article
        for m in ms:
            by_article.setdefault(m.article, []).append(m)
        for a in arts:
            mine = sorted(by_article.get(a.id, ()), key=lambda m: (m.start, m.end))
            if mine:
                evidence = tuple(
                    Evidence(a.id, m.sentence, m.start, m.end, surface.setdefault(m.text, m.text)) for m in mine
                )
                present[a.id] = Presence(len(mine), any(m.quoted for m in mine), evidence)
        variants = tuple(sorted({m.text for m in ms}, key=lambda v: (key(v), v)))
        out.append(Entity(name, kind, variants, present))
    aliases: dict[str, str] = {}
    targets: dict[str, set[str]] = {}
    for m, c in assigned.items():
        if m.kind != "role":
            targets.setdefault(name_key(m.text), set()).add(display[c])
    for k, named in targets.items():
        if len(named) == 1:  # "Jackson" for Jesse in one article, Sandra in another: no alias
            aliases[k] = next(iter(named))
    full_by_surname: dict[str, set[str]] = {}
    for c in people:
        if len(c.split()) > 1:
            full_by_surname.setdefault(surname_of(c), set()).add(c)
    for surname, holders in sorted(full_by_surname.items()):
        if len(holders) == 1:
            aliases.setdefault(surname, display[next(iter(holders))])
    for k, (gname, _kind) in gaz.items():
        if name_key(gname) in display:
            aliases.setdefault(k, display[name_key(gname)])
    role_table = {r: tuple(sorted(display[c] for c in cs)) for r, cs in sorted(roles.items(), key=str)}
    # a holder "?<place>" stands for an office the article speaks of without naming its holder
    local_table = {a: {r: tuple(sorted(display.get(c, c) for c in cs)) for r, cs in sorted(rs.items(), key=str)}
                   for a, rs in sorted(local_roles.items())}
    entities_ = _quoted_speakers(arts, out, aliases, role_table, local_table, known)
    return Registry(entities_, aliases, role_table, known, local_table)


def _quoted_speakers(
    arts: Sequence[Article],
    found: list[Entity],
    aliases: Mapping[str, str],
    roles: Mapping[tuple[str, str | None], tuple[str, ...]],
    local_roles: Mapping[str, Mapping[tuple[str, str | None], tuple[str, ...]]],
    known: frozenset[str],
) -> tuple[Entity, ...]:
    probe = Registry(tuple(found), aliases, roles, known, local_roles)
    quoted: set[tuple[str, str]] = set()
    for a in arts:
        for q in quotes_of(a):
            if q.speaker:
                quoted.add((resolve_speaker(q.speaker, probe, a.id), a.id))
    done = []
    for e in found:
        arts_ = {
            a: Presence(p.mentions, True, p.evidence) if (e.name, a) in quoted else p for a, p in e.articles.items()
        }
        done.append(Entity(e.name, e.kind, e.variants, arts_))
    done.sort(key=lambda e: (-len(e.articles), -sum(p.mentions for p in e.articles.values()), key(e.name), e.name))
    return tuple(done)


def entities(articles: Sequence[Article], alignment: Alignment) -> Entities:
    """The ``entities`` comparator: people and sources of ``articles``."""
    return Entities(registry_of(articles).entities)
