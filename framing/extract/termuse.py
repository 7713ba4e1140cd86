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

from framing.extract.lexicon import TERM_CATEGORIES, Lexicon, Token, sentence_tokens
from framing.extract.phrases import control_labels, modifiers_before
from framing.extract.quotes import MIN_QUOTE_WORDS, Quote, title_case
from framing.extract.voice import DAY_WORDS, voice_of
from framing.io.article import Article, Sentence
from framing.io.evidence import Evidence
from framing.text.names import countries, demonyms, name_key
from framing.text.normalise import key

__all__ = ["TermUse", "term_uses"]


@dataclass(frozen=True, slots=True)
class TermUse:
    """One naming term of the lexicon (:data:`framing.extract.lexicon.TERM_CATEGORIES`) where an article writes it.

    Attributes
    ----------
    category
        ``event``, ``war``, ``actor`` (or a user's category among them); ``scare`` for a short phrase the
        outlet sets in quotation marks, ``control`` for a compound that says who holds a place or installed
        an official ("Russian-held", "self-proclaimed"; :func:`framing.extract.phrases.control_labels`).
    term
        The lexicon term ("terrorist*"): what outlets are compared on.
    text
        As written ("terrorists").
    voice, marker, speaker
        As for :class:`Label`.
    evidence
        Where (the term itself).
    phrase
        The noun phrase it heads, with the modifiers the outlet sets before it ("alleged far-left political
        activist", "anti-government fighters"), or, for a ``control`` label, the compound with the noun
        phrase it qualifies ("Moscow-seized region of Kherson"); empty when that is the term as written.
    """

    category: str
    term: str
    text: str
    voice: str
    marker: str | None
    speaker: str | None
    evidence: Evidence
    phrase: str = ""


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


# a clause of reported speech the term sits in: "the FSB said that", "Čaputová confirmed that"
_SAID_THAT = re.compile(
    r"\b(?:said|says|told\s+\w+|confirmed|reported|stated|announced|claimed|added|noted|believes?|believed)"
    r"\s+(?:that|it|he|she|they|we)\b", re.I)


def _in_said_that(before: str) -> bool:
    """Whether a term after ``before`` (its sentence up to it) sits in a "... said that" clause: the last
    such verb is followed by no clause break ("the FSB said that the perpetrators"; not "announced that
    he was marching on Moscow amid the private military group's feud")."""
    ends = [m.end() for m in _SAID_THAT.finditer(before)]
    if not ends:
        return False
    # what was said may open with a clause of its own ("the FSB said that after the attack, the perpetrators
    # ...") and hold a list ("said it detained 11 people, including four perpetrators")
    said = _FRONTED.sub("", before[ends[-1]:], count=1)
    return not _CLAUSE_BREAK.search(_LISTED.sub(" ", said))


_CLAUSE_BREAK = re.compile(r"[,;:—–]|\b(?:amid|while|after|before|as|when|but|since|because)\b", re.I)
# "According to the power company, the breach ...": the whole sentence is the source's
_ACCORDING_FIRST = re.compile(r"\s*according\s+to\b", re.I)
_FRONTED = re.compile(r"^\s*(?:after|before|when|once|if|since|because|following|during)\b[^,;:—–]*,", re.I)
_LISTED = re.compile(r",\s+(?=including\b|among\s+them\b|such\s+as\b)", re.I)


def _machines(toks: Sequence[Token], i: int, j: int) -> bool:
    """Whether the actor term at ``toks[i:j]`` names machines: "F-16 fighters", "fighter jets"."""
    before = toks[i - 1].key if i else ""
    after = toks[j].key if j < len(toks) else ""
    return toks[j - 1].key.startswith("fighter") and (
        any(c.isdigit() for c in before) or after in ("jet", "jets", "aircraft", "planes", "plane"))


# words right before an event or war term, in its noun phrase, that make it another than the story's:
# another kind of war ("civil war", "cold war"), past or several events ("earlier attacks", "several attacks")
_OTHER_WAR = frozenset("civil cold world trade price culture information internal domestic".split())
_OTHER_EVENT = frozenset("past previous earlier several other many numerous multiple series spate wave".split())


def _another(text: str, toks: Sequence[Token], i: int, j: int, category: str) -> bool:
    """Whether the event or war term at ``toks[i:j]`` names another event or war than the story's: a word of
    :data:`_OTHER_WAR` or :data:`_OTHER_EVENT` among the two words right before it with no punctuation between
    ("a civil war", "several attacks in the Caucasus"; not "After several hours, the attack ended"), or a
    conflict "with" or "between" someone who is no country ("a de facto armed conflict with the Defence
    Ministry"; not "the conflict with Ukraine")."""
    other = _OTHER_WAR if category == "war" else _OTHER_EVENT
    k = i - 1
    while k >= max(0, i - 2) and text[toks[k].end:toks[k + 1].start] in (" ", "-"):
        if toks[k].key in other:
            return True
        k -= 1
    if toks[j - 1].key != "conflict" or j >= len(toks) or toks[j].key not in ("with", "between"):
        return False
    n = j + 1 + (j + 1 < len(toks) and toks[j + 1].key == "the")
    return not (n < len(toks) and name_key(toks[n].text) in countries())


# a trailing attribution: "..., Kremlin Spokesman Dmitry Peskov said."; "..., according to the mayor";
# "..., CNN quoted local media as saying."
_SAID_AFTER = re.compile(
    r",\s*(?:[\w.'’-]+\s+){1,6}(?:said|says|told\s+\w+|added|stated|noted|claimed|wrote|reported)"
    rf"(?:\s+(?:on|late|early|last)?\s*{DAY_WORDS})?"
    r"(?:\s*,\s*(?:calling|describing|adding|saying|noting|stressing|warning|urging|insisting)\b[^;:]*)?"
    r"\s*[.!?]?\s*$"
    r"|,\s*according\s+to\b|\bquoted\s+(?:[\w.'’-]+\s+){1,6}as\s+saying\s*[.!?]?\s*$", re.I)


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
    ordered = sorted(quotes, key=lambda q: (q.start, q.end))
    starts = [q.start for q in ordered]
    out = []
    for sn in article.sentences:
        if sn.role not in ("body", "title"):
            continue
        toks = sentence_tokens(sn)
        found = terms.find([t.key for t in toks]) if len(terms) else []
        # origins and scare quotes are read by English words (demonyms, verbs of saying)
        english = article.language == "en"
        for i, j, category, term in [*found, *(_origin_groups(toks, found) if english else [])]:
            if category == "actor" and _machines(toks, i, j):
                continue  # "F-16 fighters", "fighter jets": aircraft, not people
            if category == "media" and i and toks[i - 1].key == "social":
                continue  # "social media" are no press
            if english and category in ("event", "war") and _another(article.text, toks, i, j, category):
                continue  # "a civil war", "several attacks in the Caucasus": another war or event than the story's
            s, e = toks[i].start, toks[j - 1].end
            m = _MARKER_BEFORE.search(article.text[max(sn.start, s - 40):s])
            marker = None
            if m:
                marker = " ".join(re.sub(r"\s+(?:an?|the)?\s*[\"'“‘«]?$", "", m.group()).split())
                marker = "so-called" if re.match(r"so[\s-]called", marker, re.I) else marker[:1].lower() + marker[1:]
            # the term with its modifiers: "the alleged far-left political activist" ("alleged" is no verb of saying)
            first = i if term.startswith("origin:") else modifiers_before(article.text, toks, i)
            voice, marker, speaker = voice_of(article, sn, s, e, (toks[first].start, e), ordered, starts, marker)
            if voice == "distanced" and marker == "quotation marks" and _SAID_BEFORE.search(
                    article.text[sn.start:s]):
                # "Rahmon condemned the 'terrorist attack'": someone's word, quoted, not the outlet's scare quotes
                voice, marker = "quote", None
            elif voice == "own" and (_SAID_AFTER.search(article.text[e:sn.end])
                                     or _in_said_that(article.text[sn.start:s])
                                     or _ACCORDING_FIRST.match(sn.text)):
                # "Ukraine has committed sabotage ..., Kremlin Spokesman Dmitry Peskov said."; "the FSB said
                # that ... the perpetrators tried to escape"
                voice = "reported"
            phrase = article.text[toks[first].start:e] if first < i else ""
            out.append(TermUse(category, term, article.text[s:e], voice, marker, speaker,
                               Evidence.of(article, sn.index, s, e), phrase))
        if english:
            out += _scare_quotes(article, sn, ordered)
            out += _control(article, sn, toks, ordered, starts)
    return out


def _control(article: Article, sn: Sentence, toks: Sequence[Token], quotes: Sequence[Quote],
             starts: Sequence[int]) -> list[TermUse]:
    """Where a sentence says who holds a place or installed an official ("the Moscow-seized region of
    Kherson", "the rebel-held area", "the self-proclaimed Donetsk People's Republic"), in whose voice.
    Category ``control``; the term is the compound ("moscow-seized"), the phrase the noun phrase."""
    out = []
    for a, b, term in control_labels(article.text, toks):
        s, e = toks[a].start, toks[min(a + 1, b - 1)].end if "-" in term else toks[a].end
        ps, pe = toks[a].start, toks[b - 1].end
        voice, marker, speaker = voice_of(article, sn, s, e, (ps, pe), quotes, starts, None)
        if voice == "reported":
            # who holds a place is the outlet's description of it even in someone's reported words ("Ukraine
            # accused Russia of blowing up the dam in the Moscow-seized region of Kherson"): only a direct
            # quote or quotation marks make it another's
            voice = "own"
        out.append(TermUse("control", term, article.text[s:e], voice, marker, speaker,
                           Evidence.of(article, sn.index, s, e), article.text[ps:pe] if pe > e else ""))
    return out


# People named by where they come from: "22 Indians", "all Latino", "Mexican workers". Country demonyms come
# from the gazetteer (framing/data/entities.txt); these name an origin no country's name gives.
_ORIGINS = frozenset("latino latina latinos latinas latinx hispanic hispanics".split())
_COUNT_WORDS = frozenset(
    "all both two three four five six seven eight nine ten eleven twelve dozen dozens several many some most".split())
# who a group of people is when it is named by origin (not soldiers or forces: a side of a war is not a group)
_PEOPLE_NOUNS = frozenset(
    "worker workers crew crews crewmember crewmembers labourers laborers nationals citizens migrants immigrants "
    "people men women children sailors seafarers tourists passengers victims families residents community".split())


def _origin_groups(toks: Sequence[Token], found: Sequence[tuple[int, int, str, str]]
                   ) -> list[tuple[int, int, str, str]]:
    """``(i, j, "actor", "origin:<demonym>")`` where a group of people is named by its origin: a plural
    demonym or an origin after a number or a count word ("22 Indians", "six Mexicans", "all Latino") or
    after "were"/"are" ("the crew were Indians"),
    or a demonym before a noun for people ("Mexican workers", "the Indian crew"). Not inside a lexicon match."""
    known = demonyms()
    taken = {k for i, j, _c, _t in found for k in range(i, j)}
    out = []
    for i, t in enumerate(toks):
        if i in taken or not t.text[:1].isupper():
            continue
        word = t.key.removesuffix("'s")
        single = word[:-1] if word.endswith("s") and word[:-1] in known else word
        if single not in known and word not in _ORIGINS:
            continue
        before = toks[i - 1].key if i else ""
        after = toks[i + 1].key if i + 1 < len(toks) else ""
        if after in _PEOPLE_NOUNS and i + 1 not in taken:
            out.append((i, i + 2, "actor", f"origin:{single}"))
        elif (word != single or word in _ORIGINS) and (before.replace(",", "").isdigit() or before in _COUNT_WORDS):
            out.append((i - 1, i + 1, "actor", f"origin:{single}"))  # "22 Indians", "all Latino"
        elif (word != single or word in _ORIGINS) and before in ("were", "are"):
            out.append((i, i + 1, "actor", f"origin:{single}"))  # "the entire crew ... were Indians"
    return out


# a sentence that reports speech: its short quoted phrases are someone's words (partial quotes), not the
# outlet's scare quotes
_SPEECH = re.compile(
    r"\b(?:sa(?:id|ys|y|ying)|t(?:old|ells?|elling)|add(?:ed|s|ing)|stat(?:ed|es|ing)|wr(?:ote|ites?|iting)|"
    r"(?:announc|declar|claim|call|describ|dubb|term|label|brand|condemn|denounc|vow|warn|accus|insist|"
    r"project|predict|promis|express|not|report|prais|hail|slamm?|stress|urg|recall|admitt?|explain|argu|"
    r"suggest|quot|deni|den|repl|respond|tweet|post|refer(?:r(?=ed|ing))?)(?:e|es|ed|s|ing|ied|ies|y)?|according\s+to|"
    r"as\s+per|announcements?|statements?|remarks)\b",
    re.I)
# a phrase of one to three words set in quotation marks by the outlet itself: "infrastructure reform"
_SHORT_QUOTE = re.compile(r'[“"«„‘]([^“”"«»„‘’\n]{2,40}?)[”"»“’]')


def _scare_quotes(article: Article, sn: Sentence, quotes: Sequence[Quote]) -> list[TermUse]:
    """Phrases of one to three words an outlet sets in quotation marks in its own sentences, no one said to
    have said them (no attribution before them, not part of a longer quote, not a title in title case): what
    it holds at arm's length ("the 'infrastructure reform'"). Category ``scare``, voice ``distanced``."""
    out = []
    for m in _SHORT_QUOTE.finditer(sn.text):
        inner = m.group(1).strip(" ,.;:!?")
        words = inner.split()
        s, e = sn.start + m.start(1), sn.start + m.end(1)
        if not words or len(words) >= MIN_QUOTE_WORDS or not any(c.isalpha() for c in inner):
            continue
        if title_case(inner) or (len(words) == 1 and inner[:1].isupper()):
            continue  # a title ("The Book of Mormon"), a ship's or an operation's name ("Titan")
        if any(q.start <= s and e <= q.end for q in quotes):
            continue  # inside someone's longer quote
        if _SPEECH.search(sn.text):
            continue  # "Rahmon condemned the 'terrorist attack'", "Biden said it was a 'terrible accident'"
        out.append(TermUse("scare", key(inner), inner, "distanced", "quotation marks", None,
                           Evidence.of(article, sn.index, s, e)))
    return out
