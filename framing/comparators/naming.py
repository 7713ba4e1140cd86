"""How each outlet names each entity: labels, epithets and spellings, and where outlets differ.

For every person, organisation, place or group the article set names (the
people-and-sources registry, :func:`framing.comparators.entities.registry_of`),
and every outlet that names it, the ways it does so (:mod:`framing.extract.naming`):
names as spelt ("Kiev", "Kyiv", a lower-case "russia"), titles, descriptors
and appositives, predicates, each in its voice (the outlet's own, held at
arm's length, reported, or inside a quote and whose) with evidence.

Then the **contrasts**: a label some outlets use for an entity with a word no
other outlet naming it uses for it ("dictator" for Putin), and a spelling no
other outlet uses where they write the name otherwise (Kiev / Kyiv, "russia" /
"Russia"). Contrasts are ranked by how loaded the label is: the lexicon terms
it holds (:mod:`framing.extract.lexicon`; any category but hedging and intensifiers,
the user's own too), then how many outlets avoid it.

An epithet written as a name ("the Butcher of Tehran") that an outlet sets
beside a person ("Raisi, the Butcher of Tehran") names that person wherever
it stands alone.

>>> from framing import Article, compare
>>> a = Article.from_text("Head\\nRussian dictator Vladimir Putin spoke in Kiev on Monday.", id="a")
>>> b = Article.from_text("Head\\nRussian President Vladimir Putin spoke in Kyiv on Monday.", id="b")
>>> n = compare([a, b], comparators=["naming"]).sections["naming"]
>>> [(x.entity, x.label, x.articles, x.new, x.loaded) for x in n.contrasts]  # doctest: +NORMALIZE_WHITESPACE
[('Vladimir Putin', 'Russian dictator', ('a',), ('dictator',), ('loaded:dictator',)),
 ('Vladimir Putin', 'Russian President', ('b',), ('president',), ()),
 ('Kyiv', 'Kiev', ('a',), ('Kiev',), ()), ('Kyiv', 'Kyiv', ('b',), ('Kyiv',), ())]
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from rapidfuzz.distance import OSA

from framing.align.units import Alignment
from framing.comparators import quotes_of
from framing.comparators.naming_terms import TermContrast, TermUsage, term_contrasts, term_usages
from framing.extract.descriptions import described_labels
from framing.extract.lexicon import DEFAULT_LEXICON, Lexicon, lexicon_for, sentence_tokens, tokens
from framing.extract.naming import Label, article_labels, label_words, loaded_terms, standalone_labels
from framing.extract.termuse import term_uses
from framing.io.article import Article
from framing.io.evidence import Evidence
from framing.io.jsonstream import Lazy, each
from framing.text.language import rules
from framing.text.language_words import name_key as declined_key
from framing.text.names import name_key, places, tables
from framing.text.normalise import fold
from framing.text.terms import stem

__all__ = ["Contrast", "Naming", "Usage", "naming"]

_NAMED_KINDS = frozenset({"person", "organisation", "place", "other"})
_LOWER_CASE_AMBIGUOUS = frozenset("turkey china chad jordan georgia guinea nice mobile reading bath split "
                                  "will may bill mark rose hope grace faith".split())
_DEMONYM_ENDINGS = frozenset({"n", "an", "ian", "ese", "i", "ish", "ic", "ean"})
_COMMON = 5.5  # zipf above which a lower-case word is a word of its own, not a name written small
# ... and for a word of a mention that covers only part of a name ("coast" of "coast guard" for the US Coast Guard;
# "putin" is below it)
_COMMON_PART = 4.5
_APOSTROPHES = re.compile("[’‘ʼ`´]")


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

    def to_dict(self) -> dict[str, Any]:
        """Plain-JSON form (usages as ``article``, ``voice``, ``marker``, ``speaker``, ``count``, evidence)."""
        return {
            "entity": self.entity, "kind": self.kind, "label": self.label, "key": self.key,
            "articles": list(self.articles), "others": list(self.others), "new": list(self.new),
            "telling": list(self.telling),
            "loaded": list(self.loaded), "absent": self.absent,
            "usages": [{"article": u.article, "voice": u.voice, "marker": u.marker, "speaker": u.speaker,
                        "count": u.count, "evidence": [e.to_dict() for e in u.evidence]} for u in self.usages],
        }


@dataclass(frozen=True)
class Naming:
    """The ``naming`` section.

    Attributes
    ----------
    usages
        Every label of every entity in every outlet: entities in the people section's order, then
        article, kind (name, title, descriptor, predicate), first use.
    contrasts
        Labels and spellings that set outlets apart, most loaded first.
    terms
        How each outlet names the event, the war and unnamed actors (the lexicon's naming categories,
        :data:`framing.extract.lexicon.TERM_CATEGORIES`): one usage per outlet, term and voice.
    term_contrasts
        Naming terms some outlets write in their own voice and others naming the same kind of thing do not,
        loaded first.
    """

    usages: tuple[Usage, ...]
    contrasts: tuple[Contrast, ...]
    terms: tuple[TermUsage, ...] = ()
    term_contrasts: tuple[TermContrast, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """Plain-JSON form: ``usages``, ``contrasts``, ``terms`` and ``term_contrasts``."""
        return {"usages": [u.to_dict() for u in self.usages], "contrasts": [c.to_dict() for c in self.contrasts],
                "terms": [u.to_dict() for u in self.terms],
                "term_contrasts": [c.to_dict() for c in self.term_contrasts]}

    def json_tree(self) -> dict[str, Lazy]:
        """:meth:`to_dict`, made as it is written."""
        return {"usages": each(self.usages), "contrasts": each(self.contrasts), "terms": each(self.terms),
                "term_contrasts": each(self.term_contrasts)}


def _lower_case(article: Article, names: Mapping[str, str], taken: set[tuple[int, int]]) -> list[tuple[str, Evidence]]:
    """Single-word names of the set written in lower case mid-sentence ("russia"): the registry looks for
    lower-case forms of rare words only."""
    if not names:
        return []
    from wordfreq import zipf_frequency

    wanted = {w: e for w, e in names.items() if w not in _LOWER_CASE_AMBIGUOUS and zipf_frequency(w, "en") < _COMMON}
    if not wanted:
        return []
    pattern = re.compile(r"(?<![\w.@/-])(" + "|".join(re.escape(w) for w in sorted(wanted)) + r")(?![\w@/-]|\.\w)")
    out = []
    for sn in article.body:
        for m in pattern.finditer(sn.text):
            if m.start() == 0 or not sn.text[:m.start()].strip():
                continue
            st, en = sn.start + m.start(), sn.start + m.end()
            if (st, en) not in taken:
                out.append((wanted[m.group(1)], Evidence.of(article, sn.index, st, en)))
    return out


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


@lru_cache(maxsize=65536)  # the same words recur in every label and sentence; bounded, so memory stays flat
def _word(w: str) -> str:
    """A label word as labels are compared: a demonym or a place's name as its place ("Slovak", "Slovakia's"
    and "Slovakia" are one word: "Slovak Prime Minister" is no label against "Prime Minister of Slovakia"),
    then its stem."""
    return stem(places().get(w, w))


def _stems(words: frozenset[str]) -> dict[str, str]:
    return {_word(w): w for w in sorted(words)}


def naming(articles: Sequence[Article], alignment: Alignment, *, lexicon: Lexicon | None = None) -> Naming:
    """The naming section (see the module docstring).

    Parameters
    ----------
    articles
        The compared articles (any order: the result does not depend on it).
    alignment
        Their alignment (not read: naming is per entity, not per unit).
    lexicon
        What makes a label loaded; default :data:`framing.extract.lexicon.DEFAULT_LEXICON`.

    Cost: linear in the text: a window of a few words around each mention, one pass per article for
    names written in lower case, then set operations per entity.
    """
    from framing.comparators.entities import registry_of
    from framing.comparators.resolve import resolve_speaker

    given = lexicon is not None
    lexicon = DEFAULT_LEXICON if lexicon is None else lexicon
    arts = sorted(articles, key=lambda a: a.id)
    registry = registry_of(arts)
    # an entity the texts only write in lower case ("rescuers") is a common noun the registry took up
    ents = [e for e in registry.entities if e.kind in _NAMED_KINDS and not e.name.islower()]
    order = {e.name: n for n, e in enumerate(ents)}
    kinds = {e.name: e.kind for e in ents}
    lower: dict[str, str] = {}
    for e in ents:
        if e.kind in ("place", "person", "organisation"):
            for v in e.variants:
                w = name_key(v)
                if re.fullmatch(r"[a-z][a-z'-]{3,}", w) and (e.kind != "place" or w in places()):
                    lower.setdefault(w, e.name)
    labels: list[Label] = []
    for a in arts:
        mentions = [(e.name, ev) for e in ents if a.id in e.articles for ev in e.articles[a.id].evidence]
        mentions += _lower_case(a, lower, {(ev.start, ev.end) for _n, ev in mentions})
        labels.extend(article_labels(a, mentions, quotes_of(a), lexicon_for(a, lexicon, given)))
        if a.language == "en":  # descriptions are found by English determiners and noun endings
            labels.extend(described_labels(a, mentions, quotes_of(a), kinds))
    labels += _standalone(arts, labels, lexicon)
    labels = _epithets(labels, kinds)
    usages = _usages(labels, arts, registry, lexicon, resolve_speaker)
    usages.sort(key=lambda u: (order.get(u.entity, len(order)), u.entity, u.article,
                               ("name", "title", "descriptor", "predicate").index(u.kind),
                               u.evidence[0].start, u.key, u.voice))
    uses = [(u, resolve_speaker(u.speaker, registry, u.evidence.article) if u.speaker else None)
            for a in arts for u in term_uses(a, quotes_of(a), lexicon_for(a, lexicon, given))]
    terms = term_usages(uses)
    return Naming(tuple(usages), tuple(_contrasts(usages, arts, order, lexicon, registry.known)), tuple(terms),
                  tuple(term_contrasts(terms, lexicon, _words_of(arts))))


def _words_of(arts: Sequence[Article]) -> Any:
    """article id -> the keys of the words of its title and body (computed once, when asked)."""
    by_id = {a.id: a for a in arts}
    seen: dict[str, frozenset[str]] = {}

    def words(article: str) -> frozenset[str]:
        if article not in seen:
            seen[article] = frozenset(t.key for s in by_id[article].sentences if s.role in ("body", "title")
                                      for t in sentence_tokens(s))
        return seen[article]
    return words


def _standalone(arts: Sequence[Article], labels: Sequence[Label], lexicon: Lexicon) -> list[Label]:
    """Epithets set beside one entity's name somewhere ("Raisi, the Butcher of Tehran") found where an outlet
    writes them alone: a descriptor of two words or more, capitalised or loaded, that no other entity has."""
    owners: dict[str, set[str]] = {}
    text: dict[str, str] = {}
    for x in labels:
        if x.kind == "descriptor" and x.voice != "quote" and len(x.text.split()) > 1 and (
                x.text[:1].isupper() or loaded_terms(x.text, lexicon)):
            owners.setdefault(x.key, set()).add(x.entity)
            text.setdefault(x.key, x.text)
    phrases = {text[k]: next(iter(es)) for k, es in sorted(owners.items()) if len(es) == 1}
    if not phrases:
        return []
    taken: dict[str, list[tuple[int, int]]] = {a.id: [] for a in arts}  # one pass, not one per article
    for x in labels:
        if x.kind != "name" and x.evidence.article in taken:
            taken[x.evidence.article].append((x.evidence.start, x.evidence.end))
    out: list[Label] = []
    for a in arts:
        out += standalone_labels(a, phrases, quotes_of(a), taken[a.id])
    return out


class _Spans:
    """Spans of one article, asked whether one of them holds ``[start, end)``: a binary search over
    the starts and the running widest end (a name is checked against every label of a long
    article in logarithmic time, not against each)."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self.starts = [b for b, _ in ordered]
        self.reach = list(itertools.accumulate((e for _, e in ordered), max))

    def cover(self, start: int, end: int) -> bool:
        k = bisect.bisect_right(self.starts, start) - 1
        return k >= 0 and self.reach[k] >= end


def _epithets(labels: list[Label], kinds: Mapping[str, str]) -> list[Label]:
    """Labels of an entity whose name is an epithet set beside one person ("Raisi, the Butcher of Tehran"),
    as that person's descriptors."""
    beside: dict[str, set[str]] = {}
    for x in labels:
        if x.kind in ("descriptor", "title") and x.voice != "quote":
            beside.setdefault(name_key(x.text), set()).add(x.entity)
    into = {}
    for k, owners in beside.items():
        if len(owners) == 1:
            owner = next(iter(owners))
            for name, kind in kinds.items():
                if name != owner and kind != "place" and name_key(name) == k:
                    into[name] = owner
    # "Butcher" of "the Butcher of Tehran": a word of another entity's label, never a name of its own
    spans: dict[str, list[tuple[int, int]]] = {}
    for x in labels:
        if x.kind in ("descriptor", "title", "predicate"):
            spans.setdefault(x.evidence.article, []).append((x.evidence.start, x.evidence.end))
    inside = {a: _Spans(s) for a, s in spans.items()}
    alone = {x.entity for x in labels if x.kind == "name" and not (
        x.evidence.article in inside and inside[x.evidence.article].cover(x.evidence.start, x.evidence.end))}
    swallowed = {x.entity for x in labels if x.kind == "name"} - alone - set(into)
    swallowed = {e for e in swallowed if kinds.get(e) != "place"}
    labels = [x for x in labels if x.entity not in swallowed]
    if not into:
        return labels
    from framing.text.normalise import key

    out = []
    for x in labels:
        if x.entity not in into:
            out.append(x)
        elif x.kind == "name":  # the epithet's own labels ("the feared Butcher ...") are dropped with it
            out.append(Label(into[x.entity], "descriptor", x.text, key(x.text), x.voice, x.marker, x.speaker,
                             x.evidence))
    return out


def _usages(labels: Sequence[Label], arts: Sequence[Article], registry: Any, lexicon: Lexicon,
            resolve: Any) -> list[Usage]:
    groups: dict[tuple[str, str, str, str, str, str | None, str | None], list[Label]] = {}
    for x in labels:
        who = resolve(x.speaker, registry, x.evidence.article) if x.speaker else None
        groups.setdefault((x.entity, x.evidence.article, x.kind, x.key, x.voice, x.marker, who), []).append(x)
    # per entity and article: the stems of its label words, and its name spellings
    words: dict[tuple[str, str], set[str]] = {}
    spellings: dict[tuple[str, str], set[str]] = {}
    naming_outlets: dict[str, set[str]] = {}
    for x in labels:
        naming_outlets.setdefault(x.entity, set()).add(x.evidence.article)
        if x.kind == "name":
            spellings.setdefault((x.entity, x.evidence.article), set()).update(_forms(x.key))
        else:
            words.setdefault((x.entity, x.evidence.article), set()).update(_word(w) for w in label_words(x.key))
    name_stems = {x.entity: {_word(w) for w in label_words(name_key(x.entity))} for x in labels}
    counts = {"name": _counts(spellings), "label": _counts(words)}
    theirs_of: dict[tuple[str, str, str], set[str]] = {}  # (name or label, entity, outlet) -> the others'
    out = []
    for (entity, article, kind, k, voice, marker, who), xs in groups.items():
        others = len(naming_outlets[entity]) > 1
        which = "name" if kind == "name" else "label"
        if (which, entity, article) not in theirs_of:
            theirs_of[(which, entity, article)] = _by_others(
                counts[which].get(entity, {}), spellings if which == "name" else words, entity, (article,))
        theirs = theirs_of[(which, entity, article)]
        if kind == "name":
            mine = _forms(k)
            new = tuple(f for f in mine if others and f not in theirs and any(_close(f, g) for g in theirs))
        else:
            stems = _stems(label_words(k))
            new = tuple(w for s, w in stems.items() if others and s not in theirs and s not in name_stems[entity])
        xs = sorted(xs, key=lambda x: (x.evidence.start, x.evidence.end))
        out.append(Usage(entity, article, kind, xs[0].text, k, voice, marker, who, len(xs),
                         loaded_terms(xs[0].text, lexicon), new, tuple(x.evidence for x in xs)))
    return out


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


def _partial_common(word: str, forms: Sequence[str], entity: str) -> bool:
    """Whether a lower-case ``word`` of a mention (its words ``forms``) is a common English word in a mention
    that covers only part of the entity's name: "coast guard" for the US Coast Guard is two common nouns, not
    the name written small as "vladimir putin", "russia" or "putin" are."""
    from wordfreq import zipf_frequency

    # (several lower-case words of a longer name, each common: "coast guard"; one, "trump", may be the name)
    return len(forms) > 1 and len(forms) < len(_forms(entity)) and all(
        f.islower() and zipf_frequency(f, "en") >= _COMMON_PART for f in forms)


@lru_cache(maxsize=512)  # the same names recur in every outlet (116 at 100 outlets); a large article has many
def _forms(name: str) -> tuple[str, ...]:
    """The words of a name as written, a possessive dropped."""
    return tuple(re.sub(r"['’]s$", "", t.text) for t in tokens(name))


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


def _written(text: str) -> frozenset[str]:
    """The words of a sentence, as :func:`_word` stems and as written (a possessive dropped)."""
    toks = tokens(text)
    return frozenset({_word(t.key.removesuffix("'s")) for t in toks} | {re.sub(r"['’]s$", "", t.text) for t in toks})


def _contrasts(usages: Sequence[Usage], arts: Sequence[Article], order: Mapping[str, int],
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
        if len(naming_outlets[u.entity]) < 2:
            continue
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
        if not others:
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
            if not new or (not theirs and not loaded_terms(said, lexicon)):
                continue
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
            others = tuple(o for o in others if not probe <= near(entity, o))
            if not others:
                continue
        absent = not any(probe & written(o) for o in sorted(set(by_id) - set(users)))
        out.append(Contrast(entity, kind, k if kind == "spelling" else us[0].label, k, users, others, new,
                            telling, loaded, absent, tuple(us)))
    out.sort(key=lambda c: (-len(c.loaded), not c.absent, c.kind != "label", -len(c.others),
                            order.get(c.entity, len(order)), c.entity, c.key))
    return out
