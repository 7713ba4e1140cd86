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
 ('Kyiv', 'Kiev', ('a',), ('Kiev',), ('spelling:Kiev',)),
 ('Vladimir Putin', 'Russian President', ('b',), ('president',), ()), ('Kyiv', 'Kyiv', ('b',), ('Kyiv',), ())]
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from framing.align.units import Alignment
from framing.comparators import quotes_of
from framing.comparators.naming_contrasts import (
    Contrast,
    Usage,
    _by_others,
    _close,
    _counts,
    _forms,
    _stems,
    _word,
    contrasts,
)
from framing.comparators.naming_terms import TermContrast, TermUsage, term_contrasts, term_usages
from framing.extract.descriptions import described_labels
from framing.extract.label_memo import SentenceLabels
from framing.extract.lexicon import DEFAULT_LEXICON, Lexicon, lexicon_for, sentence_tokens
from framing.extract.naming import Label, article_labels, label_words, loaded_terms
from framing.extract.standalone import standalone_labels
from framing.extract.termuse import term_uses
from framing.io.article import Article
from framing.io.evidence import Evidence
from framing.io.jsonstream import Lazy, each
from framing.text.names import name_key, places

__all__ = ["Contrast", "Naming", "Usage", "naming"]

_NAMED_KINDS = frozenset({"person", "organisation", "place", "other"})
_LOWER_CASE_AMBIGUOUS = frozenset("turkey china chad jordan georgia guinea nice mobile reading bath split "
                                  "will may bill mark rose hope grace faith".split())
_COMMON = 5.5  # zipf above which a lower-case word is a word of its own, not a name written small


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


def _lower_case(article: Article, names: Mapping[str, str],
                mentions: Sequence[tuple[str, Evidence]]) -> list[tuple[str, Evidence]]:
    """Single-word names of the set written in lower case mid-sentence ("russia"), where none of
    ``mentions`` (the registry's) is: the registry looks for lower-case forms of rare words only."""
    if not names:
        return []
    from wordfreq import zipf_frequency

    wanted = {w: e for w, e in names.items() if w not in _LOWER_CASE_AMBIGUOUS and zipf_frequency(w, "en") < _COMMON}
    if not wanted:
        return []
    pattern = re.compile(r"(?<![\w.@/-])(" + "|".join(re.escape(w) for w in sorted(wanted)) + r")(?![\w@/-]|\.\w)")
    found = []
    for sn in article.body:
        for m in pattern.finditer(sn.text):
            if m.start() == 0 or not sn.text[:m.start()].strip():
                continue
            found.append((sn.index, sn.start + m.start(), sn.start + m.end(), m.group(1)))
    if not found:
        return []
    # the mentions' spans only where a lower-case name was found: a set of every mention's span
    # was a large article's size
    spans = {(st, en) for _i, st, en, _w in found}
    taken = {span for _n, ev in mentions if (span := (ev.start, ev.end)) in spans}
    return [(wanted[w], Evidence.of(article, i, st, en)) for i, st, en, w in found if (st, en) not in taken]


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
    mentions: list[tuple[str, Evidence]] = []
    # a wire story's sentences: labelled once for all the outlets that carry them word for word (a text
    # repeated within one article only is labelled where it stands: a memo of it would only cost memory)
    carried = Counter(t for a in arts for t in {s.text for s in a.sentences if s.role in ("body", "title")})
    memo = SentenceLabels([t for t, n in carried.items() if n > 1])
    del carried
    for a in arts:
        mentions = [(e.name, ev) for e in ents if a.id in e.articles for ev in e.articles[a.id].evidence]
        mentions += _lower_case(a, lower, mentions)
        labels.extend(article_labels(a, mentions, quotes_of(a), lexicon_for(a, lexicon, given), memo))
        if a.language == "en":  # descriptions are found by English determiners and noun endings
            labels.extend(described_labels(a, mentions, quotes_of(a), kinds))
    del mentions, memo  # the last article's mentions and the copies' labels: held on, a large article's would sit
    # through what follows
    labels += _standalone(arts, labels, lexicon)
    labels = _epithets(labels, kinds)
    usages = _usages(labels, arts, registry, lexicon, resolve_speaker)
    del labels  # a label a mention: the usages keep what they need (their evidence is the labels')
    usages.sort(key=lambda u: (order.get(u.entity, len(order)), u.entity, u.article,
                               ("name", "title", "descriptor", "predicate").index(u.kind),
                               u.evidence[0].start, u.key, u.voice))
    # a use a term's occurrence, grouped as they come (the usages keep their evidence): an article's at a time
    terms = term_usages((u, resolve_speaker(u.speaker, registry, u.evidence.article) if u.speaker else None)
                        for a in arts for u in term_uses(a, quotes_of(a), lexicon_for(a, lexicon, given)))
    return Naming(tuple(usages), tuple(contrasts(usages, arts, order, lexicon, registry.known)), tuple(terms),
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
    # (not a label that opens with the entity's own name: "the Kiev regime", "the 2020 BLM pogroms")
    # (a name's place is kept only where such a label starts: a set of every name's place held a tuple for
    # each mention of a large article)
    opens = {(x.entity, x.evidence.article, x.evidence.start) for x in labels
             if x.kind in ("descriptor", "title", "predicate")}
    named_at = {at for x in labels if x.kind == "name"
                and (at := (x.entity, x.evidence.article, x.evidence.start)) in opens}
    del opens
    for x in labels:
        if x.kind in ("descriptor", "title", "predicate") and \
                (x.entity, x.evidence.article, x.evidence.start) not in named_at:
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
