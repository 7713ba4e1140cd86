"""In whose voice an article writes a phrase: its own, distanced from it, reported, or quoted.

A phrase inside a direct quote is the speaker's; alone in quotation marks,
or after "so-called", the outlet distances itself from it; after "X said
that", it is reported; otherwise it is the outlet's own. The naming labels
(:mod:`framing.extract.naming`) and the naming terms
(:mod:`framing.extract.termuse`) are both read this way.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Sequence

from framing.extract.entities import attributed
from framing.extract.quotes import Quote
from framing.io.article import Article, Sentence

_SAYING = re.compile(
    r"\b(?:said|says|say|told|tells|(?:claimed|claims)(?!\s+(?:responsibility|credit))|alleged|alleges|"
    r"alleging|claiming|saying|accused|accuses|insisted|insists|"
    r"declared(?=\s+that\b)|announced|wrote|writes|(?<!\bso-)(?<!\bso )called(?!\s+(?:off|up|out|back|in)\b)|calls|"
    r"according\s+to|noted|notes|stated|states|reported(?=\s+that\b)|reports(?=\s+that\b)|"
    r"stressed|stresses|emphasi[sz]ed|emphasi[sz]es|added(?=\s+that\b)|adds(?=\s+that\b)|argued|argues|explained|explains|recalled|"
    r"warned|warns|believes|believed)\b",
    re.I,
)
# "Putin described Prigozhin as a talented businessman": what follows "as" is Putin's word, not who is described
_DESCRIBED_AS = re.compile(
    r"\b(?:described|describes|describing|praised|praises|hailed|hails|denounced|denounces|portrayed|portrays|"
    r"characteri[sz]ed|remembered|branded|labell?ed|dubbed|regarded|referred\s+to)\b[^,;:.“”\"]{0,80}?\bas\b"
    r"[^,;:.“”\"]*$", re.I)
# verbs that give something a name: what they name ends where a clause of the writer's begins ("Putin vowed to
# crush what he called an armed mutiny after the private army of mercenary boss ... seized control")
_NAMING_VERB = re.compile(r"call", re.I)
_CLAUSE_OPENER = re.compile(r"\b(?:after|before|as|when|while|because|following|amid|since|until)\b", re.I)

__all__ = ["DAY_WORDS", "opening_report", "voice_of"]

# "X said Tuesday as the leaks raised suspicions of sabotage": a clause joined to the saying verb
# (after at most a time word) by "as", "while" or "amid" is the writer's, not what X said
_MONTHS = r"(?:january|february|march|april|may|june|july|august|september|october|november|december)"
DAY_WORDS = (rf"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|"
             rf"{_MONTHS}\s+\d{{1,2}})")
"""A day a verb of saying may carry after it ("said on Thursday", "said late Monday", "said on June 24"): a
regular-expression fragment (the naming terms' trailing attributions read it too)."""
_WRITERS_CLAUSE = re.compile(
    rf"^\s*(?:(?:on|late|early|last)\s+)?(?:{DAY_WORDS}|earlier|later|again)?\s*,?\s*(?:as|while|amid)\b", re.I)


# "Peskov said, calling the incident a great tragedy": the speaker's words go on after the comma (not the
# outlet's gloss, "X said, referring to the dictator ...")
_SAYING_ON = re.compile(
    rf"^\s*(?:(?:on|late|early|last)\s+)?{DAY_WORDS}?\s*,\s*(?:calling|describing|dubbing|terming|labell?ing|"
    r"branding|adding|saying|noting|stressing|warning|urging|insisting|claiming)\b[^,;:“”\"]*$", re.I)


# A sentence that opens with someone saying something: "The Hungarian Prime Minister noted that ...", "A
# statement by the Tajik presidency said Rahmon ...", "Tom Nichols, a staff writer at The Atlantic, immediately
# projected on June 23 that ...". What follows the verb is what was said, across commas, up to a clause of the
# writer's. Verbs that also take an object ("announced a curfew", "reported flooding") count only before "that".
_OPENING = re.compile(
    r"^\s*(?P<who>[^,.;:!?\"“”«»()\[\]]{1,80}?)(?:\s*,(?:(?!\band\b)[^,.;:!?\"“”]){1,80},)?"
    r"(?:\s+(?:also|further|later|earlier|then|previously|again|once|now|has|had|have|\w+ly))*"
    r"\s+(?:(?P<free>said|says|noted|notes|stated|states|insisted|argued|stressed|"
    r"emphasi[sz]ed|alleged|alleges|claim(?:ed|s)(?!\s+(?:responsibility|credit)\b))"
    r"|told(?:\s+[\w.'’-]+){1,4}?(?=\s+that\b)|reported|confirmed|announced|warned|explained|believes|believed|"
    r"added|adds|declared|"
    r"wrote|projected|predicted|suggested|acknowledged|admitted|recalled|vowed)\b"
    rf"(?:\s+(?:on|late|early|last)\s+{DAY_WORDS}|\s+{DAY_WORDS})?"
    r"(?P<that>\s+that\b)?", re.I)
_NO_SUBJECT = frozenset("the a an his her its their this these those".split())
# a clause of the writer's after what was said: "..., as the search went on", "... amid a feud", ", but ...",
# ", before ...", " — ", "; ...", ", a figure the invaders dispute", and the credit itself (", according to
# Lukashenko's press service")
_WRITERS_AFTER = re.compile(
    r",\s*(?:as|while|amid|whereas|but|according\s+to|before|after|when|until)\b|\s+amid\b|\s[—–]\s|;"
    r"|,\s+(?:a|an)\s+(?:claim|figure|charge|allegation|assertion|accusation|number|move|view)\b", re.I)


@functools.lru_cache(maxsize=512)
def opening_report(sentence: str) -> tuple[int, int] | None:
    """Where a sentence that opens with someone saying something holds what was said: ``(start, end)`` in
    ``sentence``, or ``None``.

    >>> s = "The Hungarian Prime Minister noted that there had been attacks, then came the war."
    >>> a, b = opening_report(s); s[a:b]
    ' there had been attacks, then came the war.'
    >>> opening_report("The reported death of Prigozhin shocked Moscow.") is None
    True
    >>> s = "Police said on Monday, as the search went on, that two men fled."
    >>> opening_report(s) is None
    True
    """
    m = _OPENING.match(sentence)
    if m is None or (not m.group("free") and not m.group("that")):
        return None
    words = m.group("who").split()
    if not words or words[-1].lower() in _NO_SUBJECT or any(w.lower() in ("who", "which", "that") for w in words):
        return None  # (nor "Critics who said ... were wrong": the saying is the subject's relative clause)
    rest = sentence[m.end():]
    if re.match(r"\s*,", rest) or _WRITERS_CLAUSE.match(rest):
        return None  # "X said, referring to ..." (the writer's gloss); "X said Tuesday as ..."
    cut = _WRITERS_AFTER.search(rest)
    return m.end(), m.end() + (cut.start() if cut else len(rest))


# a quoted phrase in one sentence: double marks, or single ones that are no apostrophes
_QUOTED = re.compile(r"[“\"][^“”\"]{1,300}[”\"]|(?<!\w)[‘'][^‘’'\n]{1,120}[’'](?!\w)")


@functools.lru_cache(maxsize=256)
def _quoted_spans(text: str) -> tuple[tuple[int, int], ...]:
    # by sentence text: every label of a sentence (a few per mention) looks for the same quoted phrases
    return tuple(m.span() for m in _QUOTED.finditer(text))


def voice_of(article: Article, sn: Sentence, start: int, end: int, mention: tuple[int, int],
           quotes: Sequence[Quote], quote_starts: Sequence[int],
           marker: str | None) -> tuple[str, str | None, str | None]:
    """``(voice, marker, speaker)`` of a label at ``start:end`` about the mention at ``mention``."""
    k = bisect.bisect_right(quote_starts, start) - 1
    if k >= 0 and quotes[k].start <= start and end <= quotes[k].end:
        return "quote", None, quotes[k].speaker
    for qs, qe in _quoted_spans(sn.text):
        b, e = sn.start + qs + 1, sn.start + qe - 1
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
        if said and _NAMING_VERB.match(said[-1].group()) and re.search(
                r"\bas\s+(?:[\w'’.-]+\s+){1,3}$", s[:said[-1].start()], re.I):
            said = []  # "..., as it calls the war": the writer's word for what the other's term names
        between = s[said[-1].end():lo] if said else ""
        if said and not source and (not re.search(r"[,;:“”\"]", between) or _SAYING_ON.match(between)) \
                and not _WRITERS_CLAUSE.match(between) \
                and not (_NAMING_VERB.match(said[-1].group()) and _CLAUSE_OPENER.search(between)):
            return "reported", None, None
        described = _DESCRIBED_AS.search(s[:start - sn.start])
        if described and not _CLAUSE_OPENER.search(described.group()[described.group().lower().rfind(" as ") + 3:]):
            return "reported", None, None  # (not "... as a clown after the terrorists struck": the writer's)
        said_span = opening_report(s)
        if said_span is not None and said_span[0] <= lo and end - sn.start <= said_span[1]:
            return "reported", None, None
    return "own", None, None
