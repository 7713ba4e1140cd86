"""How outlets name the event, the war and its unnamed actors: the naming terms side by side.

Each outlet's uses of a lexicon's naming terms (:func:`framing.extract.termuse.term_uses`)
are counted by term and voice (:class:`TermUsage`); a term some outlets write in their
own voice and others only quote, distance themselves from or never write is a
contrast (:class:`TermContrast`). Part of the naming section
(:func:`framing.comparators.naming.naming`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from framing.extract.lexicon import Lexicon
from framing.extract.naming import loaded_terms
from framing.extract.termuse import TermUse
from framing.io.evidence import Evidence

__all__ = ["TermContrast", "TermUsage", "term_contrasts", "term_usages"]

_VOICE_ORDER = ("own", "distanced", "reported", "quote")


@dataclass(frozen=True)
class TermUsage:
    """How one outlet writes one naming term (the event, the war, unnamed actors) in one voice.

    Attributes
    ----------
    article, category, term
        The outlet, the term's category (``event``, ``war``, ``actor``) and the lexicon term.
    text
        As first written.
    voice, marker, speaker
        As for :class:`~framing.comparators.naming.Usage`.
    count
        Uses.
    evidence
        Every use.
    phrase
        The noun phrase as first written with the modifiers before the term ("alleged far-left political
        activist") or, for a ``control`` label, the phrase it qualifies; empty when none (uses that differ
        in it are separate usages).
    """

    article: str
    category: str
    term: str
    text: str
    voice: str
    marker: str | None
    speaker: str | None
    count: int
    evidence: tuple[Evidence, ...]
    phrase: str = ""

    def to_dict(self) -> dict[str, Any]:
        """Plain-JSON form."""
        return {"article": self.article, "category": self.category, "term": self.term, "text": self.text,
                "phrase": self.phrase, "voice": self.voice, "marker": self.marker, "speaker": self.speaker,
                "count": self.count, "evidence": [e.to_dict() for e in self.evidence]}


@dataclass(frozen=True)
class TermContrast:
    """A naming term some outlets write in their own voice and others, naming the same kind of thing, only
    quote, hold at arm's length, or never write.

    Attributes
    ----------
    category, term, text
        The term's category, the lexicon term, and how it is first written.
    own
        Outlets that write it in their own voice.
    distanced
        Outlets that write it only at arm's length ("so-called", quotation marks, "what X called").
    quoted
        Outlets that write it only inside a quote or in reported speech.
    never
        Outlets that name things of this category with other terms and never write this one.
    instead
        Per outlet of ``never``: the terms of the category it writes in its own voice, most used first.
    loaded
        Lexicon terms of a loaded category the term holds (``category:term``).
    usages
        Every usage of the term, by article then voice.
    """

    category: str
    term: str
    text: str
    own: tuple[str, ...]
    distanced: tuple[str, ...]
    quoted: tuple[str, ...]
    never: tuple[str, ...]
    instead: tuple[tuple[str, tuple[str, ...]], ...]
    loaded: tuple[str, ...]
    usages: tuple[TermUsage, ...]

    def to_dict(self) -> dict[str, Any]:
        """Plain-JSON form."""
        return {"category": self.category, "term": self.term, "text": self.text, "own": list(self.own),
                "distanced": list(self.distanced), "quoted": list(self.quoted), "never": list(self.never),
                "instead": {a: list(ts) for a, ts in self.instead}, "loaded": list(self.loaded),
                "usages": [u.to_dict() for u in self.usages]}


def term_usages(uses: Iterable[tuple[TermUse, str | None]]) -> list[TermUsage]:
    """The uses (each with its speaker resolved), grouped: read once, as they come (only each group's
    first use and the evidence of the others are kept: on a large article the uses were many times
    their usages)."""
    groups: dict[tuple[str, str, str, str, str | None, str | None, str], tuple[TermUse, list[Evidence]]] = {}
    for u, who in uses:
        k = (u.evidence.article, u.category, u.term, u.voice, u.marker, who, re.sub(r"['’]s$", "", u.phrase).lower())
        if k in groups:
            groups[k][1].append(u.evidence)
        else:
            groups[k] = (u, [u.evidence])
    out = [TermUsage(a, c, t, re.sub(r"['’]s$", "", first.text), v, m, who, len(found), tuple(found),
                     re.sub(r"['’]s$", "", first.phrase))
           for (a, c, t, v, m, who, _p), (first, found) in groups.items()]
    out.sort(key=lambda u: (u.category, u.term, u.article, _VOICE_ORDER.index(u.voice), u.marker or "",
                            u.speaker or "", u.phrase.lower()))
    return out


def _root(term: str) -> str:
    """The root of a loaded term ``category:term``: "terror" of "loaded:terrorist*" is "terrorist"."""
    return term.split(":", 1)[1].rstrip("*")


def term_contrasts(terms: Sequence[TermUsage], lexicon: Lexicon,
                    words_of: Any = lambda _a: ()) -> list[TermContrast]:
    """Per naming term: the outlets writing it in their own voice, and those naming things of its category
    otherwise (own voice) that only quote it, hold it at arm's length, or never write it. Terms of one
    category that hold the same loaded term are one ("terrorist attack", "terrorist act")."""
    namers: dict[str, dict[str, dict[str, int]]] = {}  # category -> outlet -> own-voice term -> uses
    texts: dict[tuple[str, str], str] = {}
    for u in terms:
        if u.voice == "own":
            seen = namers.setdefault(u.category, {}).setdefault(u.article, {})
            seen[u.term] = seen.get(u.term, 0) + u.count
            texts.setdefault((u.category, u.term), u.text)
    loads = {(u.category, u.term): loaded_terms(u.text, lexicon) for u in terms}
    # loaded terms of one root are one family: "terror attack", "terrorist attack", "terrorist act"
    roots = {_root(t) for ts in loads.values() for t in ts}
    family = {k: tuple(sorted({min((r for r in roots if _root(t).startswith(r)), key=len) for t in ts}))
              for k, ts in loads.items()}
    by_term: dict[tuple[str, tuple[str, ...] | str], list[TermUsage]] = {}
    for u in terms:
        by_term.setdefault((u.category, family[(u.category, u.term)] or u.term), []).append(u)
    out = []
    for (category, _k), us in by_term.items():
        voices: dict[str, set[str]] = {}
        for u in us:
            voices.setdefault(u.article, set()).add(u.voice)
        own = tuple(sorted(a for a, vs in voices.items() if "own" in vs))
        if not own:
            continue
        distanced = tuple(sorted(a for a, vs in voices.items() if "own" not in vs and "distanced" in vs))
        quoted = tuple(sorted(a for a, vs in voices.items() if vs <= {"reported", "quote"}))
        fam = family[(category, us[0].term)]
        # never: names things of this kind otherwise and writes no word of the loaded root anywhere
        never = tuple(sorted(a for a in namers.get(category, {}) if a not in voices and not (
            fam and any(w.startswith(tuple(r[:max(5, len(r) - 3)] for r in fam)) for w in words_of(a)))))
        if not (distanced or quoted or never):
            continue
        mine = {u.term for u in us}
        instead = tuple((a, tuple(texts[(category, t)] for t, _n in sorted(
            namers[category][a].items(), key=lambda x: (-x[1], x[0])) if t not in mine)) for a in never)
        us = sorted(us, key=lambda u: (u.article, _VOICE_ORDER.index(u.voice), u.marker or "", u.speaker or ""))
        written = list(dict.fromkeys(u.text.lower() if not u.text.isupper() else u.text for u in sorted(
            us, key=lambda u: -u.count) if u.voice == "own"))
        out.append(TermContrast(category, us[0].term, " / ".join(written[:3]), own, distanced, quoted, never,
                                instead, loads[(category, us[0].term)], tuple(us)))
    cats = {c: n for n, c in enumerate(("event", "war", "actor", "media", "measure"))}
    out.sort(key=lambda c: (not c.loaded, -(len(c.quoted) + len(c.distanced) + len(c.never)),
                            cats.get(c.category, len(cats)), c.category, c.term))
    return out
