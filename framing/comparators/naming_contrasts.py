"""Which labels and spellings set outlets apart for one entity: the contrasts of the naming section.

:func:`contrasts` takes the usages :func:`framing.comparators.naming.naming` made (one per entity, outlet,
label and voice: :class:`Usage`) and keeps a label some outlets use for an entity and the others naming it
avoid (words the others never use for it, a loaded term, a spelling close to theirs) as a :class:`Contrast`,
with who uses it, who does not, and whether the others write its telling words anywhere at all. The word
helpers both modules use (a word's comparison form, a name's forms, whether two spellings differ as
spellings do) live here too. Split from :mod:`framing.comparators.naming`, which finds the labels, so that
each module stays readable; ``naming`` imports from this one, never the other way.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from rapidfuzz.distance import OSA

from framing.extract.lexicon import Lexicon, sentence_tokens, text_tokens, tokens
from framing.extract.naming import label_words, loaded_terms
from framing.io.article import Article
from framing.io.evidence import Evidence
from framing.text.language import rules
from framing.text.language_words import name_key as declined_key
from framing.text.names import name_key, places, tables
from framing.text.normalise import fold, has_figure
from framing.text.terms import stem

__all__ = ["Contrast", "Usage", "contrasts"]

_DEMONYM_ENDINGS = frozenset({"n", "an", "ian", "ese", "i", "ish", "ic", "ean"})
_APOSTROPHES = re.compile("[’‘ʼ`´]")

# zipf above which a word of a mention that covers only part of a name is a common word ("coast" of "coast
# guard" for the US Coast Guard; "putin" is below it)
_COMMON_PART = 4.5


@lru_cache(maxsize=1)
def _abbreviated() -> dict[str, tuple[str, ...]]:
    """The gazetteer's abbreviated titles (their comparison form, as :func:`_word`) -> the titles they shorten:
    "adm" -> ("admiral",), "gen" -> ("general",), "gov" -> ("governor",)."""
    heads = tables()[2]  # title key -> whether it is a head word ("admiral"; not "majority", "senate")
    out: dict[str, tuple[str, ...]] = {}
    for t in sorted(heads):
        if t.endswith(".") and len(t) > 3:
            full = tuple(w for w in sorted(heads) if heads[w] and not w.endswith(".") and w.startswith(t[:-1])
                         and len(w) > len(t))
            if full:
                out[_word(t[:-1])] = full
    return out


def _partial_common(word: str, forms: Sequence[str], entity: str) -> bool:
    """Whether a lower-case ``word`` of a mention (its words ``forms``) is a common English word in a mention
    that covers only part of the entity's name: "coast guard" for the US Coast Guard is two common nouns, not
    the name written small as "vladimir putin", "russia" or "putin" are."""
    from wordfreq import zipf_frequency

    # (several lower-case words of a longer name, each common: "coast guard"; one, "trump", may be the name)
    return len(forms) > 1 and len(forms) < len(_forms(entity)) and all(
        f.islower() and zipf_frequency(f, "en") >= _COMMON_PART for f in forms)


# head nouns that say nothing of whom they name: a label new only by one of them is no contrast
_GENERIC_HEADS = frozenset("man men woman women person persons people individual figure guy one".split())


_POSSESSIVE = re.compile(r"['’]s$")


def _written(text: str) -> frozenset[str]:
    """The words of a sentence, as :func:`_word` stems and as written (a possessive dropped)."""
    toks = text_tokens(text)
    return frozenset({_word(t.key.removesuffix("'s")) for t in toks} | {_POSSESSIVE.sub("", t.text) for t in toks})


def contrasts(usages: Sequence[Usage], arts: Sequence[Article], order: Mapping[str, int],
               lexicon: Lexicon, known: frozenset[str]) -> list[Contrast]:
    naming_outlets: dict[str, set[str]] = {}
    words: dict[tuple[str, str], set[str]] = {}
    forms: dict[tuple[str, str], set[str]] = {}
    mentioned: dict[tuple[str, str], set[int]] = {}  # (entity, outlet) -> sentences naming the entity
    for u in usages:
        naming_outlets.setdefault(u.entity, set()).add(u.article)
        mentioned.setdefault((u.entity, u.article), set()).update(e.sentence for e in u.evidence)
        if u.kind == "name":
            forms.setdefault((u.entity, u.article), set()).update(_forms(u.key))
        else:
            words.setdefault((u.entity, u.article), set()).update(_word(w) for w in label_words(u.key))
    grouped: dict[tuple[str, str, str], list[Usage]] = {}
    for u in usages:
        if len(naming_outlets[u.entity]) < 2 and (u.kind == "name" or not loaded_terms(u.key, lexicon)):
            continue  # one outlet alone names it: nothing to compare, but a loaded label ("the 2020 BLM pogroms")
        if u.kind == "name":
            forms_of = _forms(u.key)
            for f in forms_of:  # a spelling is a word written otherwise, whatever name it stands in
                if f.islower() and _partial_common(f, forms_of, u.entity):
                    continue  # "the Greek coast guard" is no "US Coast Guard" written small
                grouped.setdefault((u.entity, "spelling", f), []).append(u)
        else:
            grouped.setdefault((u.entity, "label", u.key), []).append(u)
    text_words: dict[str, set[str]] = {}
    by_id = {a.id: a for a in arts}

    # by sentence text, for this call only: a wire copy many outlets carry is read once
    words_in = lru_cache(maxsize=2048)(_written)

    def written(article: str) -> set[str]:
        if article not in text_words:
            found: set[str] = set()
            for s in by_id[article].sentences:  # sentence by sentence: a list of the article's tokens was 30x its text
                found.update(words_in(s.text))
            text_words[article] = found
        return text_words[article]

    form_count, word_count = _counts(forms), _counts(words)
    near_words: dict[tuple[str, str], set[str]] = {}

    def near(entity: str, article: str) -> set[str]:
        """The words (as :func:`_word`) of the sentences where ``article`` names ``entity``."""
        if (entity, article) not in near_words:
            sentences = by_id[article].sentences
            found = {_word(t.key.removesuffix("'s")) for i in mentioned[(entity, article)]
                     for t in sentence_tokens(sentences[i])}
            # a title abbreviated ("Rear Adm. John Mauger") writes the word in full ("Rear Admiral")
            near_words[(entity, article)] = found | {_word(w) for a in found for w in _abbreviated().get(a, ())}
        return near_words[(entity, article)]

    out = []
    for (entity, kind, k), us in grouped.items():
        users = tuple(sorted({u.article for u in us}))
        others = tuple(sorted(naming_outlets[entity] - set(users)))
        if not others and len(naming_outlets[entity]) > 1:
            continue
        said = ""
        if kind == "spelling":
            theirs = _by_others(form_count.get(entity, {}), forms, entity, users)
            # a lower-case form is a choice only for a name the set capitalises mid-sentence
            if k in theirs or not any(_close(k, g) for g in theirs) or (k.islower() and k not in known):
                continue
            new: tuple[str, ...] = (k,)
            probe = {k}
        else:
            theirs = _by_others(word_count.get(entity, {}), words, entity, users)
            name_stems = {_word(w) for w in label_words(name_key(entity))}
            new = tuple(w for s, w in _stems(label_words(k)).items() if s not in theirs and s not in name_stems)
            # the new words as the label orders them: a loaded term of several words ("Moscow-seized") is
            # looked for in the order it is written, not in the words' sorted order
            said = " ".join(w for w in dict.fromkeys(t.key.removesuffix("'s") for t in tokens(k)) if w in new)
            # a label is a contrast when the others label the entity otherwise, or when it is loaded:
            # "President Macron" beside a bare "Macron" is house style
            if not new or (not theirs and not loaded_terms(said, lexicon)) or set(new) <= _GENERIC_HEADS:
                continue  # ... and "talented man" beside "talented businessman" differs by a word that says nothing
            probe = {_word(w) for w in new}
        us = sorted(us, key=lambda u: (u.article, ("own", "distanced", "reported", "quote").index(u.voice),
                                       u.marker or "", u.speaker or "", u.key))
        # a user may list spellings too ("spelling\tKiev")
        loaded = loaded_terms(said if kind == "label" else " ".join(new), lexicon)
        # the words that tell: the loaded ones when there are any ("butcher", not "tehran")
        telling = tuple(w for w in new if loaded_terms(w, lexicon)) or new
        if kind == "label":
            probe = {_word(w) for w in telling}
            # an outlet writing all the telling words beside the entity in a form no label was read from ("the
            # CEO of OceanGate, Stockton Rush"; "Slovakia's Prime Minister") does not avoid them
            lone = not others  # an entity no other outlet names (its loaded label is a row)
            others = tuple(o for o in others if not probe <= near(entity, o))
            if not others and not lone:
                continue
        found = {o: probe & written(o) for o in sorted(set(by_id) - set(users))}
        elsewhere = tuple(o for o, words in found.items() if words)
        seen = set().union(*found.values())
        out.append(Contrast(entity, kind, k if kind == "spelling" else us[0].label, k, users, others, new,
                            telling, loaded, not elsewhere, tuple(us), elsewhere,
                            tuple(w for w in telling if _word(w) in seen) if kind == "label" else telling))
    out.sort(key=lambda c: (-len(c.loaded), not c.absent, c.kind != "label", -len(c.others),
                            order.get(c.entity, len(order)), c.entity, c.key))
    return out


@dataclass(frozen=True, slots=True)
class Usage:
    """One label of one entity in one outlet, in one voice: a row of the naming table.

    Attributes
    ----------
    entity
        The entity's name (as in the people section).
    article
        The article's id.
    kind, key, voice, marker, speaker
        As for :class:`framing.extract.naming.Label` (``speaker`` resolved to the registry's name).
    label
        The label as first written there.
    count
        How many times the article uses it so.
    loaded
        Lexicon terms it holds, ``category:term`` (hedging and intensifiers left out).
    new
        Its words (stems of them, shown as written) no other outlet naming the entity uses in a label of
        it; for a name, the spelling when no other outlet writes it so and one writes a close spelling.
    evidence
        Every place it is used.
    """

    entity: str
    article: str
    kind: str
    label: str
    key: str
    voice: str
    marker: str | None
    speaker: str | None
    count: int
    loaded: tuple[str, ...]
    new: tuple[str, ...]
    evidence: tuple[Evidence, ...]

    def to_dict(self) -> dict[str, Any]:
        """Plain-JSON form."""
        return {
            "entity": self.entity, "article": self.article, "kind": self.kind, "label": self.label,
            "key": self.key, "voice": self.voice, "marker": self.marker, "speaker": self.speaker,
            "count": self.count, "loaded": list(self.loaded), "new": list(self.new),
            "evidence": [e.to_dict() for e in self.evidence],
        }


@dataclass(frozen=True)
class Contrast:
    """A label (or spelling) some outlets use for an entity and the others avoid.

    Attributes
    ----------
    entity
        The entity's name.
    kind
        ``label`` (a title, descriptor or predicate) or ``spelling`` (a name written otherwise).
    label
        The label as first written (by the first of ``articles``).
    key
        Its comparison key.
    articles
        The outlets that use it (article ids, sorted).
    others
        The outlets that name the entity and do not.
    new
        Its words those others never use for the entity (for a spelling, the spelling).
    telling
        The words of ``new`` that are lexicon terms, else all of ``new``: what a finding names.
    loaded
        Lexicon terms among ``new`` (``category:term``): what makes the contrast loaded.
    absent
        Whether no other outlet writes any of ``telling`` anywhere in its text (for a spelling: that form).
    usages
        The usages behind it, by article then voice.
    elsewhere
        The other outlets that do write one of ``telling`` somewhere in their text (empty when ``absent``).
    written
        The words of ``telling`` those outlets write.
    """

    entity: str
    kind: str
    label: str
    key: str
    articles: tuple[str, ...]
    others: tuple[str, ...]
    new: tuple[str, ...]
    telling: tuple[str, ...]
    loaded: tuple[str, ...]
    absent: bool
    usages: tuple[Usage, ...]
    elsewhere: tuple[str, ...] = ()
    written: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """Plain-JSON form (usages as ``article``, ``voice``, ``marker``, ``speaker``, ``count``, evidence)."""
        return {
            "entity": self.entity, "kind": self.kind, "label": self.label, "key": self.key,
            "articles": list(self.articles), "others": list(self.others), "new": list(self.new),
            "telling": list(self.telling),
            "loaded": list(self.loaded), "absent": self.absent, "elsewhere": list(self.elsewhere),
            "written": list(self.written),
            "usages": [{"article": u.article, "voice": u.voice, "marker": u.marker, "speaker": u.speaker,
                        "count": u.count, "evidence": [e.to_dict() for e in u.evidence]} for u in self.usages],
        }


def _word(w: str) -> str:
    """A label word as labels are compared: a demonym or a place's name as its place ("Slovak", "Slovakia's"
    and "Slovakia" are one word: "Slovak Prime Minister" is no label against "Prime Minister of Slovakia"),
    then its stem. Kept per word, a figure's made afresh (:func:`framing.text.normalise.has_figure`)."""
    return _kept_word(w) if w.isalpha() or not has_figure(w) else stem(places().get(w, w))


@lru_cache(maxsize=65536)  # the same words recur in every label and sentence; bounded, so memory stays flat
def _kept_word(w: str) -> str:
    return stem(places().get(w, w))


def _stems(words: frozenset[str]) -> dict[str, str]:
    return {_word(w): w for w in sorted(words)}


def _counts(sets: Mapping[tuple[str, str], set[str]]) -> dict[str, Counter[str]]:
    """entity -> how many outlets' sets (keyed ``(entity, outlet)``) hold each item."""
    out: dict[str, Counter[str]] = {}
    for (entity, _outlet), items in sets.items():
        out.setdefault(entity, Counter()).update(items)
    return out


def _by_others(counted: Mapping[str, int], sets: Mapping[tuple[str, str], set[str]], entity: str,
               users: Sequence[str]) -> set[str]:
    """The items of an entity's sets (keyed ``(entity, outlet)``) that an outlet outside ``users`` holds:
    every outlet's count (:func:`_counts`) less the users' (a union over the other outlets per label grew
    with the outlets squared)."""
    mine: Counter[str] = Counter()
    for u in users:
        mine.update(sets.get((entity, u), ()))
    return {g for g, n in counted.items() if n - mine[g] > 0}


@lru_cache(maxsize=512)  # the same names recur in every outlet (116 at 100 outlets); a large article has many
def _forms(name: str) -> tuple[str, ...]:
    """The words of a name as written, a possessive dropped."""
    return tuple(_POSSESSIVE.sub("", t.text) for t in tokens(name))


def _close(f: str, g: str) -> bool:
    """Whether two spellings of a name word differ as spellings do: only in case (one all lower case), or by
    one or two letters (transliteration: Kiev / Kyiv, Lukashenka / Lukashenko, Evgeny / Yevgeny)."""
    if f == g:
        return False
    a, b = fold(f).lower(), fold(g).lower()
    short, long_ = sorted((a, b), key=len)
    if long_.startswith(short) and long_[len(short):] in _DEMONYM_ENDINGS:
        return False  # "Russian Federation" / "Russia": a demonym, not a spelling
    if a == b:
        f, g = _APOSTROPHES.sub("'", f), _APOSTROPHES.sub("'", g)  # "O’Brien" / "O'Brien": typesetting
        # "russia" / "Russia"; "Simonyte" / "Šimonytė" (diacritics dropped: a spelling a reader notices, though
        # never a key finding alone; see framing.findings.naming); not "KYIV" / "Kyiv"
        return (f.islower() and not g.islower()) or (f.lower() != g.lower() and not f.islower() and not g.islower())
    declines = rules()
    if declines is not None and declines.name_endings and declined_key(a, declines) == declined_key(b, declines):
        return False  # "Евгения" / "Евгению": one name in two grammatical cases, not two spellings
    return min(len(a), len(b)) >= 4 and OSA.distance(a, b, score_cutoff=2) <= 2
