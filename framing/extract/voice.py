"""In whose voice an article writes a phrase: its own, distanced from it, reported, or quoted.

A phrase inside a direct quote is the speaker's; alone in quotation marks,
or after "so-called", the outlet distances itself from it; after "X said
that", it is reported; otherwise it is the outlet's own. The naming labels
(:mod:`framing.extract.naming`) and the naming terms
(:mod:`framing.extract.termuse`) are both read this way.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from framing.extract.entities import attributed
from framing.extract.quotes import Quote
from framing.io.article import Article, Sentence

_SAYING = re.compile(
    r"\b(?:said|says|say|told|tells|(?:claimed|claims)(?!\s+(?:responsibility|credit))|alleged|alleges|"
    r"alleging|claiming|saying|accused|accuses|insisted|insists|"
    r"declared|announced|wrote|writes|(?<!\bso-)(?<!\bso )called|calls|according\s+to|noted|notes|stated|states|"
    r"stressed|stresses|emphasi[sz]ed|emphasi[sz]es|added|adds|argued|argues|explained|explains|recalled|"
    r"warned|warns|believes|believed)\b",
    re.I,
)

__all__ = ["DAY_WORDS", "voice_of"]

# "X said Tuesday as the leaks raised suspicions of sabotage": a clause joined to the saying verb
# (after at most a time word) by "as", "while" or "amid" is the writer's, not what X said
DAY_WORDS = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight)"
"""A day a verb of saying may carry after it ("said on Thursday", "said late Monday"): a regular-expression
fragment (the naming terms' trailing attributions read it too)."""
_WRITERS_CLAUSE = re.compile(
    rf"^\s*(?:(?:on|late|early|last)\s+)?(?:{DAY_WORDS}|earlier|later|again)?\s*,?\s*(?:as|while|amid)\b", re.I)


# "Peskov said, calling the incident a great tragedy": the speaker's words go on after the comma (not the
# outlet's gloss, "X said, referring to the dictator ...")
_SAYING_ON = re.compile(
    rf"^\s*(?:(?:on|late|early|last)\s+)?{DAY_WORDS}?\s*,\s*(?:calling|describing|dubbing|terming|labell?ing|"
    r"branding|adding|saying|noting|stressing|warning|urging|insisting|claiming)\b[^,;:“”\"]*$", re.I)


# a quoted phrase in one sentence: double marks, or single ones that are no apostrophes
_QUOTED = re.compile(r"[“\"][^“”\"]{1,300}[”\"]|(?<!\w)[‘'][^‘’'\n]{1,120}[’'](?!\w)")


def voice_of(article: Article, sn: Sentence, start: int, end: int, mention: tuple[int, int],
           quotes: Sequence[Quote], quote_starts: Sequence[int],
           marker: str | None) -> tuple[str, str | None, str | None]:
    """``(voice, marker, speaker)`` of a label at ``start:end`` about the mention at ``mention``."""
    k = bisect.bisect_right(quote_starts, start) - 1
    if k >= 0 and quotes[k].start <= start and end <= quotes[k].end:
        return "quote", None, quotes[k].speaker
    for m in _QUOTED.finditer(sn.text):
        b, e = sn.start + m.start() + 1, sn.start + m.end() - 1
        if b <= start and end <= e:
            # the label alone in quotation marks: the outlet's scare quotes; inside a longer quoted
            # phrase ("his beloved son"): someone's words the quote finder leaves out as too short
            if article.text[b:e].strip(" ,.") == article.text[start:end] or marker:
                return "distanced", marker or "quotation marks", None
            return "quote", None, None
    if marker:
        return "distanced", marker, None
    s = sn.text
    a, b = mention[0] - sn.start, mention[1] - sn.start
    if not attributed(s, a, b):
        lo = min(start, mention[0]) - sn.start
        said = list(_SAYING.finditer(s[:lo]))
        # "X said that the dictator ...": reported; "X said, referring to the dictator ...": the outlet's gloss
        # ... but "according to Lukashenko's press service" names the source: the outlet's own naming
        source = said and said[-1].group().lower().startswith("according") \
            and s[said[-1].end() : a].strip().lower() in ("", "the")
        if said and not source and (not re.search(r"[,;:“”\"]", s[said[-1].end():lo])
                                    or _SAYING_ON.match(s[said[-1].end():lo])) \
                and not _WRITERS_CLAUSE.match(s[said[-1].end():lo]):
            return "reported", None, None
    return "own", None, None
