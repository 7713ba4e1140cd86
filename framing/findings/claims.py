"""What a key finding may claim as one outlet's own: the sentence tests behind "Only X reports".

A sentence framing finds no counterpart for is named as an outlet's own only when a reader would sign
the claim: it is not page chrome off the event's topic (:func:`topic`, :data:`SCRAP`,
:data:`TO_READER`), nor the tail of a quotation begun earlier (:func:`continues_quote`), nor a remark
on the event itself (:func:`remark`); and when it is mostly a quotation (:func:`mostly_quote`), only
its words are claimed (:data:`QUOTE_CLAIM`). Each test was added for a false finding a reader found.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from framing.align.units import Alignment
    from framing.compare import Comparison

__all__ = [
    "DOCUMENT",
    "QUOTED",
    "QUOTE_CLAIM",
    "QUOTE_MARK",
    "REMARK",
    "RESTATED",
    "SCRAP",
    "SURE",
    "TO_READER",
    "asks",
    "complete",
    "continues_quote",
    "document",
    "mostly_quote",
    "once",
    "remark",
    "strongest",
    "topic",
]


TO_READER = re.compile(r"^[^\"“”«»]*\b(?:you|your|yours)\b[^\"“”«»]*$", re.I)
"""A sentence that speaks to the reader, outside any quotation marks."""
SCRAP = 6
"""Words up to which a sentence that shares no word of weight with another outlet is not named as an exclusive."""


_ENDED = re.compile(r"[.!?…:][\"'“”’»)\]]*\s*$|[\"“”»]\s*$")


def asks(text: str) -> bool:
    """Whether ``text`` is a question in the outlet's own voice (no quotation marks): it states no fact
    to name as the outlet's own ("Doch was war der Auslöser für das Desaster?", a page's teaser line,
    found on a held-out German event).

    >>> asks("Doch was war der Auslöser für das Desaster?"), asks('"Why now?" she asked.')
    (True, False)
    >>> asks("The bridge collapsed at 3 a.m.")
    False
    """
    return text.rstrip().endswith("?") and not re.search(r"[\"“”„«»]", text)


def complete(text: str) -> bool:
    """Whether ``text`` ends as a sentence ends (a full stop, a question or exclamation mark, a
    colon before what it introduces, a closing quotation mark): a line cut short ("Laut russischen
    Behördenangaben sind 22.000", the end of a page's excerpt) or a sub-heading states no whole fact
    to name as an outlet's own.

    >>> complete("The dam broke on Tuesday."), complete('He said: "We will rebuild it."')
    (True, True)
    >>> complete("Laut russischen Behördenangaben sind 22.000"), complete("What happened at the dam")
    (False, False)
    """
    return bool(_ENDED.search(text))


T = TypeVar("T")

RESTATED = 50.0
"""Similarity (0-100) from which two sentences of one outlet say one thing twice. The restatements
readers found named twice score 54 and 87 ("Er habe erst vor wenigen Tagen mit Fico telefoniert" beside
the post it quotes); distinct facts an outlet's named threads hold score up to 34 on the BASIL dev
events ("Mr. Ryan's budget plan was approved in March by the House Budget Committee" beside "The House
approved the Ryan budget plan on March 29")."""


def once(items: list[T], text: Callable[[T], str]) -> list[T]:
    """``items`` without those whose ``text`` restates an earlier one's (:func:`framing.align.similarity.similarity`
    at least :data:`RESTATED`).

    >>> once(["The doctors fought for his life for hours.", "The doctors fought for the life of the premier.",
    ...       "Police arrested a 71-year-old man."], str)
    ['The doctors fought for his life for hours.', 'Police arrested a 71-year-old man.']
    """
    from framing.align.similarity import similarity

    kept: list[T] = []
    for item in items:
        if all(similarity(text(item), text(k)) < RESTATED for k in kept):
            kept.append(item)
    return kept


def continues_quote(text: str) -> bool:
    """Whether ``text`` opens inside a quotation an earlier sentence began: its first quotation mark
    closes one (a right mark, or a straight one after a comma or a full stop).

    >>> continues_quote('Whoever they are, whoever is guiding them," Putin said.')
    True
    >>> continues_quote('Putin said: "Whoever they are."'), continues_quote("It rained.")
    (False, False)
    """
    m = QUOTE_MARK.search(text)
    if m is None:
        return False
    return m.group() == "”" or (m.group() == '"' and m.start() > 0 and text[m.start() - 1] in ",.!?…")


QUOTE_MARK = re.compile(r"[\"“”]")
QUOTE_CLAIM = "the words it quotes, "
QUOTED = re.compile(r"[\"“«]([^\"“”«»]*)[\"”»]")


REMARK = re.compile(
    r"^\W*(?:this|that|such\s+an?)\s+(?:[\w-]+\s+){0,2}?(?:incident|accident|tragedy|event|events|disaster|crash|"
    r"attack|catastrophe|episode|development|news|loss)\b", re.I)


def remark(text: str) -> bool:
    """Whether ``text`` speaks of the event itself by a general word ("This tragic incident occurred in the
    midst of their service"): a remark on what every outlet reports, which others make in other words.

    >>> remark("This tragic incident occurred in the midst of their service."), remark("This is the end.")
    (True, False)
    >>> remark("The attack on the concert hall killed 133 people.")
    False
    """
    return bool(REMARK.search(text))


DOCUMENT = re.compile(
    r"^(?:the|a|an|its|his|her|their)?\s*(?:[\w'’.-]+\s+){0,3}(?:statement|press\s+release|release|post|message|"
    r"letter|communiqu[eé]|tweet|report|memo|notice|readout)$", re.I)


def document(speaker: str) -> bool:
    """Whether a quote's speaker, as the article names it, is a document ("the campaign statement", "a
    statement"): the words come from it, and no one is named as having said them.

    >>> document("the campaign statement"), document("the statement"), document("Joe Biden")
    (True, True, False)
    """
    return bool(DOCUMENT.match(speaker.strip()))


def mostly_quote(text: str) -> bool:
    """Whether quoted words make up most of ``text`` (its quotation marks pair up around at least half
    of its characters).

    >>> mostly_quote('"We do not believe we will find them alive," the Coast Guard admiral said.')
    True
    >>> mostly_quote('The search became a recovery effort, officials said, calling it "tragic".')
    False
    """
    inside = sum(len(m.group(1)) for m in QUOTED.finditer(text))
    return 2 * inside >= len(text.strip())


def topic(comparison: Comparison) -> tuple[Any, Any]:
    """``on_topic(article id, sentence index)``: whether the sentence shares a word of weight (a content
    word that is not among the commonest of the comparison's language) with another outlet's text,
    headline and furniture included; and ``novel(article id, sentence index)``: whether it holds a word
    of weight no other outlet's text uses."""
    from framing.findings.threads import _words_language, zipf
    from framing.text.terms import terms

    language = _words_language(comparison)

    # text -> its words of weight: each line is asked for up to three times (a tuple, not a set: one for
    # every line of a large article is kept while the key findings are made)
    kept: dict[str, tuple[str, ...]] = {}

    def weighty(text: str) -> tuple[str, ...]:
        found = kept.get(text)
        if found is None:
            found = kept[text] = tuple({k for k, t in terms(text).items()
                                        if k[:1].isalpha() and zipf(t.form.lower(), language) < 5.0})
        return found

    used: dict[str, set[str]] = {}
    for a in comparison.articles:
        # the lines one at a time: a list of every sentence's text was a copy of a large article
        for line in itertools.chain((a.title or "",), (s.text for s in a.sentences)):
            for k in weighty(line):
                used.setdefault(k, set()).add(a.id)

    def on_topic(article: str, i: int) -> bool:
        mine = weighty(comparison.article(article).sentences[i].text)
        return any(used.get(k, set()) - {article} for k in mine)

    def novel(article: str, i: int) -> bool:
        mine = weighty(comparison.article(article).sentences[i].text)
        return any(not used.get(k, set()) - {article} for k in mine)

    return on_topic, novel


SURE = 90.0
"""A link score (the model's probability x 100) under which framing's counterpart for a sentence is an
uncertain one: an outlet's tally of what it alone carries says how many of its sentences have only
such counterparts, beside those with none (on the German and Russian events of
``bench/language_facts.py`` a sixth of the sentences whose best link is under it are, by both
annotators, in no fact another outlet states; a tally with that range held the annotators' count for
24 of 27 outlets, the count alone for 14)."""


def strongest(alignment: Alignment) -> dict[tuple[str, int], float]:
    """``(article id, sentence index)`` -> the strongest link score from the sentence to another
    article's sentence that framing's units hold (a unit's links, and for content one article alone
    carries its :attr:`~framing.align.units.Unit.nearest`); a sentence with none is left out.

    >>> from framing import Article, align
    >>> arts = [Article.from_text("The dam broke on Tuesday. Fish died.", id="a"),
    ...         Article.from_text("The dam broke on Tuesday morning. Birds sang.", id="b")]
    >>> best = strongest(align(arts))
    >>> best[("a", 0)] >= SURE, ("a", 1) in best
    (True, False)
    """
    best: dict[tuple[str, int], float] = {}
    for u in alignment.units:
        for x in u.links:
            if x.a[0] != x.b[0]:
                for node in (x.a, x.b):
                    if x.score > best.get(node, -1.0):
                        best[node] = x.score
        if u.nearest and len(u.members) == 1:
            for art, indices in u.members.items():
                for i in indices:
                    if u.nearest > best.get((art, i), -1.0):
                        best[(art, i)] = u.nearest
    return best
