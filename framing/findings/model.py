"""Key findings: one list for the memo, the JSON and the CSV.

Labels (:mod:`framing.findings.labels`) name what a finding points at, the same way in every output:
``C1``, ``C2``, ... content units (carried by more outlets first, then by
how high they sit in the articles), ``Q1``, ... quote groups (in the quotes
section's order), ``P1``, ... people and sources (in the people section's
order: people first, then media and sources, organisations, places).
Findings are ``F1``, ``F2``, ... in memo order, each with its kind,
its sentence (plain text: the memo escapes it), the labels it refers to,
the articles it is about and its evidence.

Kinds: ``no_shared_content`` (first, when the articles share no content unit:
they may not be about the same event), ``headline`` (what each headline stresses that no other outlet's
text says), ``exclusive`` (what one outlet alone reports), ``nothing_exclusive``
(every outlet that carries nothing of its own, in one), ``more_exclusive``,
``shared_quote``, ``more_shared_quotes``, ``quoted_only`` (a person only one
outlet quotes), ``more_quoted_only``, ``naming_term`` (a loaded name for the event, the war or
unnamed actors that some outlets write in their own voice and others only quote or never write),
``naming`` (loaded labels or spellings of one
entity that no other outlet writes: :mod:`framing.findings.naming`), ``more_naming``,
``conflicting_figures``,
``more_conflicting_figures``, ``readability`` (only when every grade-level
formula agrees by a margin and both texts are long enough to tell).

>>> from framing import Article, compare
>>> a = Article.from_text("Head\\nTroops left Kyiv on Monday. Food prices rose sharply in the shops of Vilnius.",
...                       id="a")
>>> b = Article.from_text("Head\\nOn Monday, troops left Kyiv. Heavy rain fell all day long in the streets of Riga.",
...                       id="b")
>>> [(f.label, f.kind, f.refs) for f in key_findings(compare([a, b]))]
[('F1', 'exclusive', ('C2',)), ('F2', 'exclusive', ('C3',))]
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from framing.findings import claims, figures, unnamed
from framing.findings.labels import Labels, labels, outlet_names, runs
from framing.findings.threads import Thread, all_threads, headline_contrast, quoted_sentences
from framing.findings.title import NO_SHARED, shares_content
from framing.io.evidence import Evidence
from framing.text.phrase import count, quoted, shorten, window

if TYPE_CHECKING:
    from framing.comparators.entities import Entity
    from framing.compare import Comparison
    from framing.io.article import Article

__all__ = ["MAX_FINDINGS", "MIN_WORDS", "Finding", "harder_read", "key_findings", "readability_verdict"]

LIKELY = 50.0
"""A link score (0-100, the model's probability x 100) from which two sentences more likely than not state
one fact: a sentence one outlet alone carries with such a link is not counted as what it alone reports."""
MAX_FINDINGS = 10
"""Findings of one kind listed at most; one more line says how many were left out."""


@dataclass(frozen=True)
class Finding:
    """One key finding (see the module docstring)."""

    label: str
    kind: str
    text: str
    refs: tuple[str, ...]
    articles: tuple[str, ...]
    evidence: tuple[Evidence, ...]

    def to_dict(self) -> dict[str, Any]:
        """Plain-JSON form."""
        return {
            "label": self.label,
            "kind": self.kind,
            "text": self.text,
            "refs": list(self.refs),
            "articles": list(self.articles),
            "evidence": [e.to_dict() for e in self.evidence],
        }


def _first_text(article: Article, named: tuple[Thread, tuple[int, ...]]) -> str:
    """The text of a named thread's first claimed sentence."""
    return article.sentences[named[1][0]].text


def _third(position: float) -> str:
    return "the first third" if position < 1 / 3 else ("the middle third" if position < 2 / 3 else "the last third")


def _quote_variant(group: Any) -> Any:
    """The longest direct version of a quote group (the longest of all when none is direct)."""
    direct = [v for v in group.variants if v.form != "indirect"] or list(group.variants)
    return max(direct, key=lambda v: (len(v.text), v.article))


def _direct_texts(group: Any) -> dict[str, str]:
    """Each outlet's direct version of a quote group, its pieces joined (an outlet may break the statement
    in two), in outlet order."""
    texts: dict[str, list[str]] = {}
    for v in sorted(group.variants, key=lambda v: (v.article, v.start)):
        if v.form != "indirect":
            texts.setdefault(v.article, []).append(v.text)
    return {a: " ".join(t) for a, t in texts.items()}


def _carrying(group: Any, article: str) -> list[str]:
    """``article`` and the other outlets whose direct version of a quote group (:func:`_direct_texts`) has
    the same words as ``article``'s (case, punctuation and quote style aside), in outlet order."""
    from framing.text.normalise import words

    texts = _direct_texts(group)
    mine = words(texts[article])
    return [a for a, t in texts.items() if a == article or words(t) == mine]


def _two_wordings(group: Any) -> list[tuple[str, str]]:
    """Two outlets' direct versions of a quote (:func:`_direct_texts`), in outlet order (empty when the
    group has another number of outlets or a version in indirect speech)."""
    if any(v.form == "indirect" for v in group.variants):
        return []
    texts = _direct_texts(group)
    return list(texts.items()) if len(texts) == 2 else []


def _carried(group: Any) -> str | None:
    """The wording of a quote group (:func:`_direct_texts`) that two or more outlets carry word for word and
    the group's changes are from (:func:`framing.comparators.quotes.quotes`' reference: no change names
    those outlets); None when fewer than two outlets carry it."""
    changed = {c.article for c in group.changes}
    texts = [t for a, t in _direct_texts(group).items() if a not in changed]
    return texts[0] if len(texts) >= 2 else None


def _quote_words(group: Any) -> str:
    return str(_quote_variant(group).text)


GRADES = ("flesch_kincaid_grade", "gunning_fog", "smog_index", "coleman_liau_index", "automated_readability_index")
"""The grade-level formulas a readability finding needs to agree."""
MIN_WORDS = 300
"""Words each text needs before a readability difference is a finding (the formulas are unstable below)."""


def harder_read(by_article: Mapping[str, Any]) -> tuple[str, str, float, float] | None:
    """(harder, easier, smallest and largest grade gap) when every grade formula ranks the two
    texts at the ends of the Flesch-Kincaid range the same way, each by half a grade or more, the
    mean gap is a grade or more, and both texts have :data:`MIN_WORDS` words; else None (the
    formulas' own disagreement is larger than the difference, or the texts too short to tell)."""
    known = {a: r for a, r in by_article.items() if r.flesch_kincaid_grade is not None and r.words >= MIN_WORDS}
    if len(known) < 2:
        return None
    hard = max(known, key=lambda a: (known[a].flesch_kincaid_grade, a))
    easy = min(known, key=lambda a: (known[a].flesch_kincaid_grade, a))
    gaps = [getattr(known[hard], g) - getattr(known[easy], g) for g in GRADES
            if getattr(known[hard], g) is not None and getattr(known[easy], g) is not None]
    if not gaps or min(gaps) < 0.5 or sum(gaps) / len(gaps) < 1:
        return None
    return hard, easy, round(min(gaps), 1), round(max(gaps), 1)


def readability_verdict(by_article: Mapping[str, Any], names: Mapping[str, str]) -> str | None:
    """What the readability figures allow one to say, in one plain sentence (None for fewer
    than two measured texts): which text reads harder only when :func:`harder_read` says so,
    else why no text does. ``names``: article id -> how the output names it."""
    known = [a for a in by_article if by_article[a].flesch_kincaid_grade is not None]
    if len(known) < 2:
        return None
    harder = harder_read(by_article)
    if harder is not None:
        hard, easy, low, high = harder
        return (f"{names[hard]} reads harder than {names[easy]} on every grade-level formula, "
                f"by {low:g} to {high:g} grades.")
    if min(by_article[a].words for a in known) < MIN_WORDS:
        return (f"Too little text to tell which reads harder: the formulas need {MIN_WORDS} words or more "
                "per article, and are unstable below that.")
    return "No article reads clearly harder: the grade-level formulas disagree, or differ by less than a grade."


def _figures_said(says: Mapping[str, Sequence[Evidence]], names: Mapping[str, str]) -> str:
    """"A and B say 12; C says 14": outlets grouped by the figures they give, the figure
    most outlets give first, at most :data:`MAX_FINDINGS` outlets named (the rest counted;
    all are in the Numbers table).

    >>> def c(t): return Evidence("x", 0, 0, len(t), t)
    >>> _figures_said({"a": [c("12")], "b": [c("12")], "c": [c("14")]}, {"a": "A", "b": "B", "c": "C"})
    'A and B say 12; C says 14'
    """
    groups: dict[tuple[str, ...], list[str]] = {}
    for a, xs in says.items():
        if xs:
            groups.setdefault(tuple(x.text for x in xs), []).append(a)
    parts: list[str] = []
    named = counted = 0  # outlets named; outlets named or counted ("and 2 more") in a group
    # the figure most outlets give first (dicts keep first appearance for ties)
    for texts, outlets in sorted(groups.items(), key=lambda kv: -len(kv[1])):
        if named >= MAX_FINDINGS:
            break
        shown = outlets[: MAX_FINDINGS - named]
        named += len(shown)
        counted += len(outlets)
        listed = [names[a] for a in shown]
        if len(shown) < len(outlets):
            listed.append(f"{len(outlets) - len(shown):,} more")
        who = listed[0] if len(listed) == 1 else f"{', '.join(listed[:-1])} and {listed[-1]}"
        parts.append(f"{who} {'says' if len(outlets) == 1 else 'say'} {', '.join(texts)}")
    rest = sum(len(o) for o in groups.values()) - counted
    if rest:
        parts.append(f"{rest:,} more {'outlet gives' if rest == 1 else 'outlets give'} other figures")
    return "; ".join(parts)


def _surely_only(e: Entity, quoting: str, entities: Sequence[Entity]) -> bool:
    """Whether "only X quotes Y" can be said with confidence.

    Not when Y is named by a role or a lone word ("Hungarian Prime Minister", "Rush": who that is, is a
    guess), nor when another outlet quotes someone who could be Y under another spelling, whom framing
    may have failed to merge: the same surname, or one letter off in a surname of five letters or more
    (Kolivand / Koolivand, Lukashenko / Lukashenka).
    """
    from rapidfuzz.distance import Levenshtein

    from framing.text.names import gazetteer_titles, name_key

    words = name_key(e.name).split()
    if len(words) < 2 or any(w in gazetteer_titles() for w in words):
        return False
    surname = words[-1]
    for other in entities:
        if other is e or other.kind not in ("person", "other"):
            continue
        if not any(p.quoted for a, p in other.articles.items() if a != quoting):
            continue
        theirs = (name_key(other.name).split() or [""])[-1]
        if theirs and (theirs == surname or (min(len(theirs), len(surname)) >= 5
                                             and Levenshtein.distance(theirs, surname) <= 1)):
            return False
    return True


_QUOTED_SPAN = re.compile(r"[\"“”«»]|(?:^|\s)['‘][^'’]{3,}['’](?:\W|$)")


def _quoted_words(comparison: Comparison) -> dict[str, frozenset[str]]:
    """Per article, the folded words of its lines (headline and furniture included) that hold a quoted
    span: made once, so "is Y named beside quotation marks elsewhere" is a set lookup per outlet."""
    from framing.text.names import line_key

    out = {}
    for a in comparison.articles:
        words: set[str] = set()
        for line in itertools.chain((a.title or "",), (s.text for s in a.sentences)):  # no copy of every line at once
            # an apostrophe alone ("Putin's") is no quotation mark: a quoted span is
            if _QUOTED_SPAN.search(line):
                words.update(re.findall(r"[\w'’-]+", line_key(line)))
        out[a.id] = frozenset(words)
    return out


def _quoted_near(e: Entity, quoting: str, quoted_words: Mapping[str, frozenset[str]]) -> bool:
    """Whether another outlet's text (headline and furniture included) names Y's surname in a line
    that has quotation marks: "Putin ... says Prigozhin was 'talented businessman'" may quote Y where
    framing's attribution did not see it, so "only X quotes Y" is not said."""
    from framing.text.names import name_key

    surname = (name_key(e.name).split() or [""])[-1]
    return len(surname) >= 3 and any(surname in words for a, words in quoted_words.items() if a != quoting)


def key_findings(
    comparison: Comparison,
    names: Mapping[str, str] | None = None,
    *,
    lab: Labels | None = None,
    contrast: list[tuple[Article, list[str]]] | None = None,
    threads_of: Mapping[str, Sequence[Thread]] | None = None,
) -> tuple[Finding, ...]:
    """The key findings of ``comparison`` in memo order.

    ``names`` maps article ids to how the texts name the outlets (default:
    :func:`outlet_names`); ``lab``, ``contrast`` and ``threads_of`` are
    :func:`labels`, :func:`headline_contrast` and :func:`all_threads` of the
    comparison, when the caller has made them.
    """
    c = comparison
    names = names or outlet_names(c.articles)
    lab = lab or labels(c)
    raw: list[tuple[str, str, tuple[str, ...], tuple[str, ...], tuple[Evidence, ...]]] = []
    contrast = headline_contrast(c) if contrast is None else contrast
    if not shares_content(c):
        raw.append(("no_shared_content", NO_SHARED, (), tuple(a.id for a in c.articles), ()))
    if any(words for _a, words in contrast):
        # at most MAX_FINDINGS outlets named, those whose headline stresses something first
        shown = {a.id for a, _w in sorted(contrast, key=lambda aw: not aw[1])[:MAX_FINDINGS]}
        said = "; ".join(
            f"{names[a.id]}'s {quoted(a.title or '', 160)} stresses {', '.join(f'“{w}”' for w in words)}" if words
            else f"{names[a.id]}'s {quoted(a.title or '', 160)} stresses nothing the others lack"
            for a, words in contrast if a.id in shown
        )
        if len(contrast) > MAX_FINDINGS:
            said += f"; and {len(contrast) - MAX_FINDINGS:,} more outlets' headlines (all in the Headlines section)"
        titles = [Evidence.of(a, sn.index, sn.start, sn.end) for a, _w in contrast for sn in a.sentences[:3]
                  if sn.role == "title"]
        raw.append((
            "headline", f"The headlines differ: {said} (words no other outlet's text uses).",
            (), tuple(a.id for a, _w in contrast), tuple(titles),
        ))
    cov = c.coverage
    if cov is not None:
        by_article = threads_of if threads_of is not None else all_threads(c, lab)
        # one finding per outlet that carries content alone, at most MAX_FINDINGS of them (those
        # with most such sentences first; a 1,000-outlet event is not a 1,000-line memo), and one
        # for all the outlets that carry nothing of their own
        on_topic, novel = claims.topic(c)
        in_quotes = quoted_sentences(c)  # a sentence inside a quotation is claimed for its words
        spans: dict[str, list[tuple[int, int]]] = {}
        for g in c.quotes.groups if c.quotes is not None else ():
            for v in g.variants:
                if v.form != "indirect":
                    spans.setdefault(v.article, []).append((v.start, v.end))

        def mostly_quote(article: str, i: int) -> bool:
            """Quoted words make up most of the sentence: its own marks say so, or it lies inside a
            quotation that runs over several sentences (a message quoted at length)."""
            s = c.article(article).sentences[i]
            inside = sum(max(0, min(e, s.end) - max(b, s.start)) for b, e in spans.get(article, ()))
            return claims.mostly_quote(s.text) or 2 * inside >= s.end - s.start
        # a unit one outlet alone carries whose sentence another outlet's links to at LIKELY or more is one
        # framing finds a counterpart for (the same fact, more likely than not, that the units could not
        # hold: a sentence stating two facts sits in one unit only); it is not counted as the outlet's own
        own_units = {a.id: [u for u in cov.added[a.id] if c.alignment.unit(u).nearest < LIKELY]
                     for a in c.articles}
        soloists = [a for a in c.articles if own_units[a.id]]
        soloists.sort(key=lambda a: -sum(len(cov.placements[u][a.id].sentences) for u in own_units[a.id]))
        shown_alone = {a.id for a in soloists[:MAX_FINDINGS]}
        nothing = [a for a in c.articles if not own_units[a.id]]
        best = claims.strongest(c.alignment)

        def uncertain(a: Article, mine: set[int]) -> int:
            """How many of ``a``'s sentences framing finds only an uncertain counterpart for: the tally
            is a range, as framing's links are (a reader counts what an outlet alone carries in it)."""
            return sum(1 for sn in a.body if sn.index not in mine and best.get((a.id, sn.index), 0.0) < claims.SURE)

        if nothing:
            idle = [names[a.id] for a in nothing]
            listed = ", ".join(idle[:MAX_FINDINGS]) + (f" and {len(idle) - MAX_FINDINGS} more"
                                                      if len(idle) > MAX_FINDINGS else "")
            verb = "carries" if len(idle) == 1 else "carry"
            if len(idle) == 2:
                listed = f"{idle[0]} and {idle[1]}"
            unsure = [(names[a.id], k) for a in nothing[:MAX_FINDINGS] if (k := uncertain(a, set()))]
            # in another language framing links sentences by stems alone, and links too many: it says
            # what it measured, not that nothing is missing
            said = (f"{listed} {verb} nothing the other outlets lack" if getattr(c, "language", "en") == "en"
                    else f"For every sentence of {listed} framing finds a counterpart in another outlet (by its "
                         "measure in this language; see What each outlet alone reports)")
            if unsure:
                said += (f"; framing's counterpart is uncertain (a link under {claims.SURE:.0f}%) for "
                         + ", ".join(f"{count(k, 'sentence')} of {n}" for n, k in unsure))
            said += "."
            raw.append(("nothing_exclusive", said, (), tuple(a.id for a in nothing), ()))
        for a in c.articles:
            if a.id not in shown_alone:
                continue
            own = sum(len(cov.placements[u][a.id].sentences) for u in own_units[a.id])
            found = by_article[a.id]
            # named: the most salient threads two thirds clear, claiming only their clear
            # sentences. A fifth of what framing calls exclusive is a fact another outlet states
            # in other words; of the sentences no other outlet's sentence comes near, far fewer
            # are, and fewer still when their neighbours are clear too (framing.align.units.CLEAR_BELOW)
            # ... and not a scrap off the event's topic: a sentence sharing no word of weight with any
            # other outlet's page that is short ("Got a TV Licence?") or speaks to the reader ("You
            # need one to watch live TV") is page chrome, not what this outlet adds to the event
            # ... nor a sentence made only of words other outlets use too ("Later, a fire broke out in the
            # building" beside "left the concert hall in flames"): that may be their fact in other words
            # (dropped from the three most salient, never replaced by a less salient one)
            # (the first three read lazily: a large article's threads are made one at a time as read)
            top = list(itertools.islice(((t, sure) for t in found
                   if t.clear and 3 * len(t.clear) >= 2 * len(t.sentences)
                   and (sure := tuple(i for i in t.clear if on_topic(a.id, i) or (
                       len(a.sentences[i].text.split()) > claims.SCRAP
                       and not claims.TO_READER.search(a.sentences[i].text))))), 3))
            # ... nor the tail of a quotation begun in an earlier sentence ("Whoever they are, whoever is
            # guiding them," Putin said.): its fact is the quotation's, whose head other outlets may carry
            # ... nor a remark on the event itself ("This tragic incident occurred in the midst of their
            # service" beside "had an accident while serving": found on a held-out event), outside quotes:
            # its point is what other outlets most often make in other words
            # ... nor a line cut short or a sub-heading (unended, and last in its paragraph): no whole fact
            # to name (a reader found an excerpt's last words, "Laut russischen Behördenangaben sind
            # 22.000", named as an outlet's own) ... nor a question in its own voice: it asks, states nothing
            top = [(t, novel_sure) for t, sure in top if (novel_sure := tuple(
                i for i in sure if novel(a.id, i) and not claims.continues_quote(a.sentences[i].text)
                and (claims.complete(a.sentences[i].text) or (
                    i + 1 < len(a.sentences) and a.sentences[i + 1].paragraph == a.sentences[i].paragraph))
                and (i in in_quotes.get(a.id, ()) or not (claims.remark(a.sentences[i].text)
                                                          or claims.asks(a.sentences[i].text)))))]
            # ... and one fact once: a thread restating one named before it is not named again (an outlet
            # that tells a call in its words and in the post it quotes, a reader found)
            top = claims.once(top, functools.partial(_first_text, a))
            named = [(t, sure, tuple(dict.fromkeys(lab.units[c.alignment.unit_of(a.id, i).id] for i in sure)))
                     for t, sure in top]
            # a thread is named by what it says (its first claimed sentence), never by a keyword list
            # a sentence that is mostly a quotation is claimed for its words only: what a speaker says is
            # what other outlets most often put in their own words (the Coast Guard's "We do not believe
            # that we're going to find any of these individuals alive" beside "presumed dead", found by a
            # reader)
            listed = "; ".join(
                f"{n}) {claims.QUOTE_CLAIM if mostly_quote(a.id, sure[0]) else ''}"
                f"{quoted(a.sentences[sure[0]].text, 90)} ({', '.join(units)}; "
                f"{count(len(sure), 'sentence')}, {_third(t.clear_position)})"
                + (f", with {', '.join(f'“{p}”' for p in t.clear_phrases[:2])}" if t.clear_phrases else "")
                for n, (t, sure, units) in enumerate(named, start=1)
            )
            # the tally is what framing measured, said as such: a fifth of it is a fact another
            # outlet states in other words
            mine = {i for u in own_units[a.id] for i in cov.placements[u][a.id].sentences}
            threads_n = count(sum(1 for t in found if mine.intersection(t.sentences)), "thread")
            if named and any(mostly_quote(a.id, sure[0]) for _t, sure, _u in named):
                listed += " (a quote is claimed for its words: others may state its substance otherwise)"
            more = uncertain(a, mine)
            # ... and the tally is a range: readers counted more than framing's count where its
            # counterparts were loose (another politician's words of the same kind)
            loose = f" and only an uncertain one (a link under {claims.SURE:.0f}%) for {more} more" if more else ""
            if named:
                text = (f"Only {names[a.id]} reports, most clearly: {listed}. In all, framing finds no counterpart "
                        f"in another outlet for {own} of its {len(a.body)} sentences{loose} ({threads_n}; see What "
                        "each outlet alone reports).")
            else:
                # framing's own confidence, said as such: whether another outlet states the same is
                # for the reader to judge (readers found real exclusives among such sentences)
                text = (f"For {own} of {names[a.id]}'s {len(a.body)} sentences framing finds no counterpart in "
                        f"another outlet{loose} ({threads_n}); none is clear enough by framing's measure to name "
                        "here (see What each outlet alone reports, and judge them there).")
            raw.append((
                "exclusive", text,
                tuple(x for _t, _s, units in named for x in units), (a.id,),
                tuple(e for _t, sure, _u in named for e in runs(a, sure)),
            ))
        if len(soloists) > MAX_FINDINGS:
            raw.append(("more_exclusive", f"{count(len(soloists) - MAX_FINDINGS, 'more outlet')} report content "
                        "no other outlet carries (see What each outlet alone reports).", (), (), ()))
    quotes = c.quotes
    if quotes is not None:
        shared = [g for g in quotes.groups if len({v.article for v in g.variants}) > 1]
        for g in shared[:MAX_FINDINGS]:
            outlets = tuple(sorted({v.article for v in g.variants}))
            # a document quoted ("the campaign statement said") is where the words come from, not who spoke
            document = bool(g.speaker) and claims.document(g.speaker or "")
            who = f"{g.speaker}'s" if g.speaker else "an unattributed"
            verdict = {
                "exact": "wording identical",
                "excerpt": (
                    "words left out inside the quote: " + ", ".join(f"“{x.before or x.after}”" for x in g.changes
                                                                    if x.inside)
                    if any(x.inside for x in g.changes)
                    else "one quotes a longer excerpt than the other" if len(outlets) == 2
                    else "some quote a longer excerpt than others"
                ),
                "altered": (f"word order changed: {', '.join(f'“{x.before}”' for x in g.changes)} moved"
                            if all(x.op == "move" for x in g.changes)
                            else f"wording altered ({count(len(g.changes), 'change')})"),
                "paraphrased": "quoted by some, reported as indirect speech by others",
            }.get(g.status, g.status)
            whom = " and ".join(names[o] for o in outlets) if len(outlets) == 2 else f"{len(outlets)} outlets"
            if g.status == "excerpt" and not any(x.inside for x in g.changes):
                # not every outlet carries the words shown: they quote parts of one statement
                longest = _quote_variant(g)
                # every outlet that carries that version word for word: "the others" quote less
                full = _carrying(g, longest.article)
                shorter = len(outlets) - len(full)
                rest = "the other quotes a shorter part" if shorter == 1 else "the others quote shorter parts"
                speaker = g.speaker or "an unnamed speaker"
                carriers = " and ".join(f"{names[a]}'s" for a in full)
                said = (f"{whom} quote parts of {speaker if document else f'one statement of {speaker}'}; "
                        f"the longest version, {carriers}: “{shorten(longest.text, 70)}”; {rest} "
                        f"({lab.quotes[g.id]}).")
            elif g.status == "altered" and len(two := _two_wordings(g)) == 2:
                # each outlet's own words, around what they share: neither outlet alone is "the quote"
                (one, ta), (other, tb) = two
                quote = f"a quote from {g.speaker}" if document else f"{who} quote"
                said = (f"{whom} carry {quote} in two wordings: {names[one]} “{window(ta, tb, 60)}”, "
                        f"{names[other]} “{window(tb, ta, 60)}”; {verdict} ({lab.quotes[g.id]}).")
            else:
                quote = f"a quote from {g.speaker}" if document else f"{who} quote"
                words = _quote_words(g)
                if g.status == "altered":
                    # the wording several outlets carry word for word, the one the changes are from (a wire
                    # quote's); else the shortest version: the core the others word otherwise or extend
                    words = _carried(g) or min((v.text for v in g.variants if v.form != "indirect"), key=len,
                                               default=words)
                said = f"{whom} carry {quote} “{shorten(words, 70)}”; {verdict} ({lab.quotes[g.id]})."
            raw.append(("shared_quote", said, (lab.quotes[g.id],), outlets, tuple(g.variants)))
        if len(shared) > MAX_FINDINGS:
            raw.append(("more_shared_quotes", f"{count(len(shared) - MAX_FINDINGS, 'more quote')} carried by "
                        "several outlets (see Quotes).", (), (), ()))
    # What versions of shared facts add to one another is not a key finding: judged
    # against the articles (bench/versions_quality.py), about half the additions were
    # said by the other outlet in other words or another paragraph. The memo lists
    # them as leads (What each version adds).
    ents = c.entities
    if ents is not None and len(c.articles) > 1:
        # "quotes" means words in quotation marks: the outlet gives a quote whose speaker is Y (being
        # the subject of "said" or "reports" is not being quoted)
        # and names Y in the quote's own sentences: a speaker found through "he said" two paragraphs
        # on may be the wrong man, and a finding is only stated when it is sure
        from framing.text.names import line_key, name_key

        def names_speaker(v: Any) -> bool:
            surname = (name_key(v.speaker).split() or [""])[-1]
            here = " ".join(c.article(v.article).sentences[i].text for i in v.sentences)
            return bool(surname) and surname in re.findall(r"[\w'’-]+", line_key(here))

        quoted_words = _quoted_words(c)
        groups = c.quotes.groups if c.quotes is not None else ()
        marks = {(v.speaker, v.article) for g in groups
                 for v in g.variants if v.form == "marks" and v.speaker and names_speaker(v)}
        # words another outlet carries too, whoever it credits them to ("an employee at the company"
        # in one, "an employee at Brawner Builders" in the other): that outlet quotes Y as well
        echoed = {(v.speaker, v.article) for g in groups if len({x.article for x in g.variants}) > 1
                  for v in g.variants if v.speaker}
        alone = [
            (e, quoting) for e in ents.entities
            if e.kind == "person" and len(quoting := sorted(a for a, p in e.articles.items() if p.quoted)) == 1
            and (e.name, quoting[0]) in marks and (e.name, quoting[0]) not in echoed
            and _surely_only(e, quoting[0], ents.entities) and not _quoted_near(e, quoting[0], quoted_words)
            and not unnamed.cited_by_title(c, e, quoting[0])
        ]
        for e, quoting in alone[:MAX_FINDINGS]:
            others = [names[a] for a in sorted(names) if a not in quoting]
            raw.append((
                "quoted_only",
                f"Only {names[quoting[0]]} quotes {e.name} ({lab.entities[e.name]}); {', '.join(others)} "
                f"{'does' if len(others) == 1 else 'do'} not (see People and sources).",
                (lab.entities[e.name],), (quoting[0],), tuple(e.articles[quoting[0]].evidence),
            ))
        if len(alone) > MAX_FINDINGS:
            hidden = len(alone) - MAX_FINDINGS
            raw.append(("more_quoted_only", f"{hidden:,} {'more person' if hidden == 1 else 'more people'} quoted "
                        "by one outlet only (see People and sources).", (), (), ()))
    # how outlets name an entity: loaded labels and spellings no other outlet writes
    from framing.findings.naming import naming_findings, term_findings

    raw.extend(term_findings(c, names))
    raw.extend(naming_findings(c, names, lab.entities))
    numbers = c.numbers
    if numbers is not None:
        # a key finding only where the figures count the same thing: "12 people" / "Fourteen
        # people"; "$2.6 trillion" (a fund) / "$6.5 trillion" (a shortfall), or "Thursday" /
        # "Friday" (often two events), are in the Numbers table for the reader to weigh
        conflicting = [f for f in numbers.findings if f.status == "conflicting" and figures.same_quantity(c, f)]
        for f in conflicting[:MAX_FINDINGS]:
            said = _figures_said(f.says, names)
            raw.append((
                "conflicting_figures", f"The figures differ on {lab.units[f.unit]} ({f.kind}): {said} (see Numbers).",
                (lab.units[f.unit],), tuple(a for a, xs in f.says.items() if xs),
                tuple(x for xs in f.says.values() for x in xs),
            ))
        if len(conflicting) > MAX_FINDINGS:
            raw.append(("more_conflicting_figures", f"The figures differ on "
                        f"{count(len(conflicting) - MAX_FINDINGS, 'more unit')} (see Numbers).", (), (), ()))
    read = c.readability
    if read is not None and len(read.by_article) > 1:
        harder = harder_read(read.by_article)
        if harder is not None:
            hard, easy, low, high = harder
            raw.append((
                "readability",
                f"{names[hard]} reads harder than {names[easy]} on every grade-level formula (by {low:g} to "
                f"{high:g} grades; see Readability).",
                (), (hard, easy), (),
            ))
    return tuple(
        Finding(f"F{n}", kind, text, refs, arts, evidence)
        for n, (kind, text, refs, arts, evidence) in enumerate(raw, start=1)
    )
