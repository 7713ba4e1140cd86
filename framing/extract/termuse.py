"""Where an article writes a term for the event, the war or its unnamed actors, and in whose voice.

:func:`term_uses` finds each use of a lexicon's naming terms in an article's
content sentences and tells whether the outlet writes it in its own voice,
distances itself from it (scare quotes, "so-called"), reports it, or quotes
it; the naming comparator (:mod:`framing.comparators.naming`) sets the
outlets' uses side by side.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from framing.extract.lexicon import TERM_CATEGORIES, Lexicon, tokens
from framing.extract.quotes import Quote
from framing.extract.voice import voice_of
from framing.io.article import Article
from framing.io.evidence import Evidence

__all__ = ["TermUse", "term_uses"]


@dataclass(frozen=True, slots=True)
class TermUse:
    """One naming term of the lexicon (:data:`framing.extract.lexicon.TERM_CATEGORIES`) where an article writes it.

    Attributes
    ----------
    category
        ``event``, ``war``, ``actor`` (or a user's category among them).
    term
        The lexicon term ("terrorist*"): what outlets are compared on.
    text
        As written ("terrorists").
    voice, marker, speaker
        As for :class:`Label`.
    evidence
        Where.
    """

    category: str
    term: str
    text: str
    voice: str
    marker: str | None
    speaker: str | None
    evidence: Evidence


_MARKER_BEFORE = re.compile(
    r"(?:so[\s-]called|dubbed|branded|labell?ed|described\s+as|referred\s+to\s+as|termed|"
    r"what\s+(?:[\w.'’-]+\s+){1,3}(?:calls?|called|describe[sd]?\s+as|refers?\s+to\s+as|referred\s+to\s+as|"
    r"terms?|termed))\s+(?:an?\s+|the\s+)?[\"'“‘«]?$",
    re.I,
)


# a verb of saying or judging in the clause before a quoted term: the term is the speaker's word
_SAID_BEFORE = re.compile(
    r"\b(?:said|says|say|told|tells|claim(?:s|ed)?|condemn(?:s|ed)?|denounc(?:e|es|ed)|decr(?:y|ies|ied)|"
    r"describ(?:e|es|ed)|call(?:s|ed)?|term(?:s|ed)?|label(?:s|led|ed)?|brand(?:s|ed)?|vow(?:s|ed)?|"
    r"promis(?:e|es|ed)|warn(?:s|ed)?|accus(?:e|es|ed)|blam(?:e|es|ed)|according\s+to)\b[^,;:.]*[\"'“‘«]\s*$",
    re.I,
)


# a trailing attribution: "..., Kremlin Spokesman Dmitry Peskov said."
_SAID_AFTER = re.compile(
    r",\s*(?:[\w.'’-]+\s+){1,6}(?:said|says|told\s+\w+|added|stated|noted|claimed|wrote|reported)\s*[.!?]?\s*$", re.I)


def term_uses(article: Article, quotes: Sequence[Quote], lexicon: Lexicon) -> list[TermUse]:
    """Where an article writes a naming term (how it names the event, the war, unnamed actors), with voice.

    >>> from framing import Article
    >>> from framing.extract.lexicon import parse_lexicon
    >>> a = Article.from_text("Head\\nThe terrorists fled. What the Kremlin called a 'mutiny' ended.", id="a")
    >>> lex = parse_lexicon("actor\\tterrorist*\\nevent\\tmutiny")
    >>> [(u.category, u.term, u.text, u.voice, u.marker) for u in term_uses(a, (), lex)]  # doctest: +ELLIPSIS
    [('actor', 'terrorist*', 'terrorists', 'own', None), ('event', 'mutiny', 'mutiny', 'distanced', 'what the...')]
    """
    terms = lexicon.only(TERM_CATEGORIES)
    if not len(terms):
        return []
    ordered = sorted(quotes, key=lambda q: (q.start, q.end))
    starts = [q.start for q in ordered]
    out = []
    for sn in article.sentences:
        if sn.role not in ("body", "title"):
            continue
        toks = tokens(sn.text, sn.start)
        for i, j, category, term in terms.find([t.key for t in toks]):
            s, e = toks[i].start, toks[j - 1].end
            m = _MARKER_BEFORE.search(article.text[max(sn.start, s - 40):s])
            marker = None
            if m:
                marker = " ".join(re.sub(r"\s+(?:an?|the)?\s*[\"'“‘«]?$", "", m.group()).split())
                marker = "so-called" if re.match(r"so[\s-]called", marker, re.I) else marker[:1].lower() + marker[1:]
            voice, marker, speaker = voice_of(article, sn, s, e, (s, e), ordered, starts, marker)
            if voice == "distanced" and marker == "quotation marks" and _SAID_BEFORE.search(
                    article.text[sn.start:s]):
                # "Rahmon condemned the 'terrorist attack'": someone's word, quoted, not the outlet's scare quotes
                voice, marker = "quote", None
            elif voice == "own" and _SAID_AFTER.search(article.text[e:sn.end]):
                voice = "reported"  # "Ukraine has committed sabotage ..., Kremlin Spokesman Dmitry Peskov said."
            out.append(TermUse(category, term, article.text[s:e], voice, marker, speaker,
                               Evidence.of(article, sn.index, s, e)))
    return out
