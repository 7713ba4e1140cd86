"""Where an article writes a term for the event, the war or its unnamed actors, and in whose voice.

:func:`term_uses` finds each use of a lexicon's naming terms in an article's
content sentences and tells whether the outlet writes it in its own voice,
distances itself from it (scare quotes, "so-called"), reports it, or quotes
it; the naming comparator (:mod:`framing.comparators.naming`) sets the
outlets' uses side by side.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from framing.extract.lexicon import TERM_CATEGORIES, Lexicon, Token, sentence_tokens
from framing.extract.phrases import control_labels, modifiers_before
from framing.extract.quotes import MIN_QUOTE_WORDS, Quote, title_case
from framing.extract.spans import Spans
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


# a term the sentence gives as someone's name for a thing: "the special military operation, as it calls the
# war", "the 'counter-terrorism operation', as Moscow terms it"
_AS_THEY_CALL = re.compile(
    r"(?:\s+[\w'’-]+){0,3}[\"'”’»]?\s*,\s+(?P<marker>as\s+(?:[\w'’.-]+\s+){1,3}?(?:calls?|called|describes?|described|"
    r"terms?|termed|dubs?|dubbed|refers\s+to|referred\s+to)\s+(?:it|them|the\s+[\w-]+))\b", re.I)
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


# an appositive of a name ("Sara Salloum, Syrian journalist and activist, ..."): the term describes her
# (its modifiers only: in "Prigozhin, the head of the Wagner private military group," the group is another's)
# a person's name is two capitalised words not opened by a preposition or determiner ("On Sunday, gunmen";
# "In Derbent, militants" are no names), and the appositive holds no verb of saying ("Dagestan, said terrorists")
_APPOSITIVE_OF_NAME = re.compile(
    r"(?:^|[^\w\s]\s*|\b(?!(?:On|In|At|By|For|From|The|A|An|After|Before|During|Since|Last|This|Police|Officials)\b)"
    r"[a-z][\w'’-]*\s+)(?!(?:On|In|At|By|For|From|The|A|An|After|Before|During|Since|Last|This)\b)"
    r"[A-Z][\w'’.-]+\s+[A-Z][\w'’.-]+,\s+(?:an?\s+|the\s+)?"
    r"(?:(?!(?:of|in|for|at|from|with|by|the|an?|said|says|told)\s)[\w'’-]+\s+){0,4}$")


def _names_someone(text: str, sn: Sentence, toks: Sequence[Token], i: int, j: int) -> bool:
    """Whether the actor term at ``toks[i:j]`` describes a named person in an appositive of the name before it
    ("Sara Salloum, Syrian journalist and activist, made the remark"): a label of hers, not a name for the
    story's unnamed actors."""
    before = text[sn.start:toks[i].start]
    return bool(_APPOSITIVE_OF_NAME.search(before)) and re.match(r"\s*,", text[toks[j - 1].end:sn.end]) is not None


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


_MONTHS = "january february march april may june july august september october november december".split()
_WHEN = rf"(?:in\s+(?P<at>{'|'.join(_MONTHS)}|\d{{4}})|last\s+(?:week|month|year|spring|summer|autumn|fall|winter)|" \
    r"in\s+recent\s+(?:days|weeks|months|years)|earlier\s+this\s+(?:week|month|year)|(?:[\w-]+\s+){1,2}ago)\b"
# an event the sentence dates to another time than the story's: "two months after he led a mutiny", "the
# mutiny in June", "terrorist attacks in Europe in recent years", "Earlier this month, ... thwarted an attack"
_SINCE_BEFORE = re.compile(
    r"\b(?:weeks|months|years|decades)\s+(?:after|before|since)\s+(?:[^\s,;:.]+\s+){0,8}$", re.I)
_WHEN_AFTER = re.compile(rf"^(?:\s+(?:in|on|against|of|by|at)\s+[^,;:.]{{0,40}}?)?\s+{_WHEN}", re.I)
_WHEN_FIRST = re.compile(rf"^\s*(?:earlier\s+this\s+(?:week|month|year)|last\s+(?:week|month|year)|"
                         rf"in\s+(?P<at>{'|'.join(_MONTHS)}|\d{{4}}))\b", re.I)


def _elsewhen(text: str, sn: Sentence, start: int, end: int, date: str | None = None) -> bool:
    """Whether the event term at ``start:end`` is dated to another time than the story's: the sentence
    counts days, months or years "after" or "since" it, a time ("in June", "last year", "in recent years",
    "two years ago") follows it within its phrase, or the sentence opens with one ("Earlier this month, ...");
    not a month or year that is the article's own (``date``, ISO): "the attack in March" in March is the story's.

    >>> from framing import Article
    >>> a = Article.from_text("Head\\nThe crash came two months after he led a mutiny against army chiefs.", id="a")
    >>> sn = a.sentences[1]; at = a.text.index("mutiny")
    >>> _elsewhen(a.text, sn, at, at + 6)
    True
    """
    if _SINCE_BEFORE.search(text[sn.start:start]):
        return True
    own = {date[:4], _MONTHS[int(date[5:7]) - 1]} if date and len(date) >= 7 and date[5:7].isdigit() else set()
    for m in (_WHEN_AFTER.match(text[end:sn.end]), _WHEN_FIRST.match(sn.text)):
        if m and (m.group("at") or "").lower() not in own:
            return True
    return False


_OPENING_MARKS = "'‘\"“«"
_COORDINATED = re.compile(r" and [a-z][\w-]* (?P<head>[a-z][\w-]*)\b")
def _plurals_outside_quotes(article: Article, quotes: Sequence[Quote], starts: Sequence[int]) -> dict[str, int]:
    """How often each word in -s is written in the article's title and body outside direct quotes (``quotes``
    sorted by start, ``starts`` their starts). One pass over the words, read only when an event word in the
    plural is met."""
    out: dict[str, int] = {}
    for sn in article.sentences:
        if sn.role in ("body", "title"):
            for t in sentence_tokens(sn):
                if t.key.endswith("s"):
                    k = bisect.bisect_right(starts, t.start) - 1
                    if k < 0 or quotes[k].end <= t.start:
                        out[t.key] = out.get(t.key, 0) + 1
    return out


_MODALS = frozenset("can could will would may might must should shall cannot".split())


class _Lead:
    """An article's title and first paragraph, asked whether they hold a word. Read only when asked, a
    sentence at a time: a text with no blank line is one paragraph, and its text joined up front cost
    about four times a large article's size (the peak of a 10 MB article's comparison); its words are
    set apart once (asking again for every term use was quadratic).

    >>> from framing import Article
    >>> a = Article.from_text("Head\\nThe attacks began. More came.", id="a")
    >>> lead = _Lead(a.sentences)
    >>> lead.has("attacks"), lead.has("ATTACKS"), lead.has("attack"), lead.has("head-on")
    (True, True, False, False)
    """

    def __init__(self, sentences: Sequence[Sentence]) -> None:
        self.sentences = sentences
        self._words: frozenset[str] | None = None

    def has(self, word: str) -> bool:
        """Whether ``word`` stands in the lead as a whole word, in any case."""
        if not re.fullmatch(r"\w+", word):
            # each sentence searched alone finds what the sentences joined by spaces would: a word without
            # a space cannot span two of them, and a sentence's ends are word bounds as a space is
            pattern = re.compile(rf"\b{re.escape(word)}\b", re.I)
            if re.search(r"\s", word):
                return bool(pattern.search(" ".join(s.text for s in self.sentences)))
            return any(pattern.search(s.text) for s in self.sentences)
        if self._words is None:
            self._words = frozenset(m.group().lower() for s in self.sentences
                                    for m in re.finditer(r"\w+", s.text))  # no list of all
        return word.lower() in self._words


def _not_the_story(text: str, toks: Sequence[Token], i: int, j: int, lead: _Lead, category: str,
                   plurals: Callable[[], Mapping[str, int]]) -> bool:
    """Whether an event or war term at ``toks[i:j]`` is used otherwise than to name the story's event or war:
    the second half of a compound ("pro-war", "anti-war"), a verb after "to" or a modal ("we're used to
    shooting", "dams can collapse"), or a plural the article's title and first paragraph (``lead``) do not use
    and it writes once only outside quotes (``plurals``: "opposition attacks on Fico", "terrorist attacks in
    Europe"; a story of several attacks says so in its lead or names them so again)."""
    s = toks[i].start
    if s > 1 and text[s - 1] == "-" and text[s - 2].isalpha():
        return True
    if i and j == i + 1 and ((toks[i - 1].key in _MODALS and toks[i - 1].text.islower())
                             or (toks[i - 1].key == "to" and toks[i].key.endswith("ing"))):
        return True  # "we're used to shooting", "dams can collapse": verbs
    last = toks[j - 1].key
    return category == "event" and bool(re.search(r"[^siu]s$", last)) and len(last) > 3 and \
        not lead.has(last) and plurals().get(last, 0) < 2


# an appositive that identifies someone ("Yevgeny Prigozhin, the chief of Russian mercenary group Wagner, was
# ...") is the writer's even in a sentence a source is credited for at its end
_APPOSITIVE_BEFORE = re.compile(r"\b[A-Z][\w'’.-]*,\s+(?:the|a|an)\s[^,;:“”\"]*$")


def _credited_after(before: str, after: str) -> bool:
    """Whether a term between ``before`` and ``after`` (its sentence's text) is in words a source is credited for
    at the sentence's end (", Kremlin Spokesman Dmitry Peskov said."), and not in an appositive that closes
    before that credit."""
    m = _SAID_AFTER.search(after)
    return m is not None and not (_APPOSITIVE_BEFORE.search(before) and "," in after[:m.start()])


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
    # ... and the place names the lexicon lists as contested spellings ("spelling\tKiev"): a row of who writes
    # them, even where no other outlet names the place
    terms = lexicon.only((*TERM_CATEGORIES, "spelling"))
    ordered = sorted(quotes, key=lambda q: (q.start, q.end))
    starts = [q.start for q in ordered]
    out = []
    # the title and the first paragraph (the body sentences up to the first blank line)
    body_sentences = [x for x in article.sentences if x.role == "body"]
    # the first blank line after the first body sentence's start, found once (not the text up to every
    # sentence searched again: quadratic in a long article)
    cut = article.text.find("\n\n", body_sentences[0].start) if body_sentences else -1
    title = next((x for x in article.sentences if x.role == "title"), None)
    lead = _Lead([*([title] if title else []),
                  *(x for n, x in enumerate(body_sentences) if n == 0 or cut == -1 or cut + 2 > x.start)])
    del body_sentences
    counted: list[dict[str, int]] = []

    def plurals() -> dict[str, int]:
        if not counted:
            counted.append(_plurals_outside_quotes(article, ordered, starts))
        return counted[0]
    dated: set[str] = set()  # event terms the article dates to another time than the story's
    quoted = Spans((q.start, q.end) for q in ordered)
    for sn in article.sentences:
        if sn.role not in ("body", "title"):
            continue
        toks = sentence_tokens(sn)
        found = terms.find([t.key for t in toks]) if len(terms) else []
        # origins and scare quotes are read by English words (demonyms, verbs of saying)
        english = article.language == "en"
        for i, j, category, term in [*found, *(_origin_groups(toks, found) if english else [])]:
            if category == "actor" and (_machines(toks, i, j) or _names_someone(article.text, sn, toks, i, j)):
                continue  # "F-16 fighters", "fighter jets": aircraft, not people; "Sara Salloum, ... activist"
            if category == "media" and i and toks[i - 1].key == "social":
                continue  # "social media" are no press
            if english and category in ("event", "war") and (_another(article.text, toks, i, j, category)
                                                             or _not_the_story(article.text, toks, i, j, lead,
                                                                               category, plurals)):
                continue  # "a civil war", "several attacks in the Caucasus": another war or event than the story's
            s, e = toks[i].start, toks[j - 1].end
            if english and category == "event" and _elsewhen(article.text, sn, s, e, article.date):
                dated.add(term)  # "two months after he led a mutiny": an earlier event
                continue
            m = _MARKER_BEFORE.search(article.text[max(sn.start, s - 40):s])
            marker = None
            if m:
                marker = " ".join(re.sub(r"\s+(?:an?|the)?\s*[\"'“‘«]?$", "", m.group()).split())
                marker = "so-called" if re.match(r"so[\s-]called", marker, re.I) else marker[:1].lower() + marker[1:]
            elif english and (after := _AS_THEY_CALL.match(article.text, e, sn.end)) is not None:
                # "Russia's special military operation, as it calls the war, ...": the term is the caller's
                marker = " ".join(after.group("marker").split())
            # the term with its modifiers: "the alleged far-left political activist" ("alleged" is no verb of saying)
            # (none when the term is itself a modifier joined to another before an event noun: in "the
            # constant media and opposition attacks", "constant" is the attacks')
            joined = _COORDINATED.match(article.text, e)
            first = i if term.startswith("origin:") or (joined and any(
                c == "event" for *_ij, c, _t in terms.find([joined.group("head").lower()]))) \
                else modifiers_before(article.text, toks, i, quoted=article.text[s - 1:s] in _OPENING_MARKS)
            voice, marker, speaker = voice_of(article, sn, s, e, (toks[first].start, e), ordered, starts, marker)
            if voice == "distanced" and marker == "quotation marks" and _SAID_BEFORE.search(
                    article.text[sn.start:s]):
                # "Rahmon condemned the 'terrorist attack'": someone's word, quoted, not the outlet's scare quotes
                voice, marker = "quote", None
            elif voice == "own" and (_credited_after(article.text[sn.start:toks[first].start], article.text[e:sn.end])
                                     or _in_said_that(article.text[sn.start:s])
                                     or _ACCORDING_FIRST.match(sn.text)):
                # "Ukraine has committed sabotage ..., Kremlin Spokesman Dmitry Peskov said."; "the FSB said
                # that ... the perpetrators tried to escape"
                voice = "reported"
            if category == "spelling" and voice == "reported":
                voice = "own"  # how a place is spelt in someone's reported words is the outlet's spelling
            # (a scare-quoted term keeps its closing mark: "inhumane 'Sanctions Act'")
            close = e + 1 if first < i and article.text[s - 1:s] in _OPENING_MARKS \
                and article.text[e:e + 1] in "'’\"”»" else e
            phrase = article.text[toks[first].start:close] if first < i else ""
            out.append(TermUse(category, term, article.text[s:e], voice, marker, speaker,
                               Evidence.of(article, sn.index, s, e), phrase))
        if english:
            out += _scare_quotes(article, sn, ordered, quoted)
            out += _control(article, sn, toks, ordered, starts)
    if dated:
        # one sense per discourse (Gale, Church and Yarowsky 1992): a title's event word that the body uses only
        # for an event of another time names that event ("mercenary chief who staged mutiny ...")
        # (only when the body names no event of the story at all: else the title's word may be the story's)
        current = any(u.category == "event" and article.sentences[u.evidence.sentence].role == "body" for u in out)
        out = [u for u in out if current or not (u.category == "event" and u.term in dated
                                                  and article.sentences[u.evidence.sentence].role == "title")]
    return out


_CALLED = re.compile(r"\b(?:called|calls|described\s+as|termed|dubbed|branded)\b[^,;:.“”\"]*$", re.I)


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
        if voice == "reported" and not _CALLED.search(article.text[sn.start:ps]):
            # who holds a place is the outlet's description of it even in someone's reported words ("Ukraine
            # accused Russia of blowing up the dam in the Moscow-seized region of Kherson"): only a direct
            # quote or quotation marks make it another's, or the words of what someone "called" it ("which he
            # called an attempt by Russian occupation authorities to ...")
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


def _scare_quotes(article: Article, sn: Sentence, quotes: Sequence[Quote], spans: Spans | None = None) -> list[TermUse]:
    """Phrases of one to three words an outlet sets in quotation marks in its own sentences, no one said to
    have said them (no attribution before them, not part of a longer quote, not a title in title case): what
    it holds at arm's length ("the 'infrastructure reform'"). Category ``scare``, voice ``distanced``.
    ``spans``: the quotes' spans (:class:`framing.extract.spans.Spans`), made once per article."""
    out = []
    spans = Spans((q.start, q.end) for q in quotes) if spans is None else spans
    for m in _SHORT_QUOTE.finditer(sn.text):
        inner = m.group(1).strip(" ,.;:!?")
        words = inner.split()
        s, e = sn.start + m.start(1), sn.start + m.end(1)
        if not words or len(words) >= MIN_QUOTE_WORDS or not any(c.isalpha() for c in inner):
            continue
        if title_case(inner) or (len(words) == 1 and inner[:1].isupper()):
            continue  # a title ("The Book of Mormon"), a ship's or an operation's name ("Titan")
        if spans.covers(s, e):
            continue  # inside someone's longer quote
        if _SPEECH.search(sn.text):
            continue  # "Rahmon condemned the 'terrorist attack'", "Biden said it was a 'terrible accident'"
        out.append(TermUse("scare", key(inner), inner, "distanced", "quotation marks", None,
                           Evidence.of(article, sn.index, s, e)))
    return out
