"""How one article names an entity: the words around each of its mentions.

Given an article's mentions of the set's entities (from
:func:`framing.comparators.entities.build_registry`) and its quotes, one pass
over the mentions reads, in each mention's own sentence only,

* the **name** as written ("Kiev", "Kyiv", a lower-case "vladimir putin");
* a **title** or **descriptor** right before it ("Russian President",
  "Kremlin critic", "the 71-year-old gunman", "dictator");
* an **appositive** beside it ("Raisi, the Butcher of Tehran, ...", "The
  suspect, Juraj C., ...", "Raisi, dubbed the 'Butcher of Tehran'");
* a **predicate** that says what it is or was, when it carries a lexicon
  term or a noun phrase ("Raisi has been martyred", "Prigozhin was a warlord").

Each label has a **voice**: ``own`` (the outlet's words), ``distanced`` (its
words, held at arm's length: "so-called", scare quotes, "dubbed"),
``reported`` (in indirect speech: after "said" or "according to" someone
other than the entity) or ``quote`` (inside a direct quote, with its speaker).
Cost: linear in the text (a window of a few words around each mention).

Contents
--------
Label
    One way an article refers to an entity, with voice and evidence.
article_labels(article, mentions, quotes, lexicon)
    The labels of one article's mentions, in reading order.
standalone_labels(article, phrases, quotes, taken)
    Where an article writes a known epithet on its own ("The Butcher of Tehran ordered ...").
label_words(key)
    The content words of a label key (what "another outlet uses the word" compares).

>>> from framing import Article
>>> from framing.io.evidence import Evidence
>>> from framing.extract.lexicon import DEFAULT_LEXICON
>>> a = Article.from_text("Head\\nThe so-called 'Butcher of Tehran', Raisi, died. Kremlin critic Alexei Navalny "
...                       "said Raisi was a tyrant.", id="a")
>>> def at(name, word, n=0):
...     i = a.text.index(word)
...     return name, Evidence.of(a, a.sentences[1 if i < a.sentences[2].start else 2].index, i, i + len(word))
>>> found = article_labels(a, [at("Raisi", "Raisi"), at("Alexei Navalny", "Alexei Navalny")], (), DEFAULT_LEXICON)
>>> [(x.entity, x.kind, x.text, x.voice, x.marker) for x in found]  # doctest: +NORMALIZE_WHITESPACE
[('Raisi', 'name', 'Raisi', 'own', None),
 ('Raisi', 'descriptor', 'Butcher of Tehran', 'distanced', 'so-called'),
 ('Alexei Navalny', 'name', 'Alexei Navalny', 'own', None),
 ('Alexei Navalny', 'descriptor', 'Kremlin critic', 'own', None)]
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from sys import intern
from typing import TYPE_CHECKING

from framing.extract import language_names as _language_names
from framing.extract.lexicon import TERM_CATEGORIES, Lexicon, Token, sentence_tokens, tokens
from framing.extract.quotes import Quote
from framing.extract.voice import voice_of
from framing.io.article import Article, Sentence
from framing.io.evidence import Evidence
from framing.text import language as _language
from framing.text.names import gazetteer_titles, places
from framing.text.normalise import key, last_words

if TYPE_CHECKING:
    from framing.extract.label_memo import SentenceLabels

__all__ = [
    "BREAK_WORDS",
    "DESCRIBING_NOUNS",
    "DETERMINERS",
    "KINDS",
    "NEUTRAL_CATEGORIES",
    "VOICES",
    "Label",
    "article_labels",
    "label_at",
    "label_words",
    "loaded_terms",
    "sentence_labels",
]

KINDS = ("name", "title", "descriptor", "predicate")
"""Label kinds: the name as written, a title, a descriptor or appositive, a predicate ("was a ...")."""

VOICES = ("own", "distanced", "reported", "quote")
"""Whose words a label is: the outlet's, the outlet's at arm's length, reported speech, a direct quote."""

NEUTRAL_CATEGORIES = frozenset({"hedging", "intensifier"})
"""Lexicon categories that do not make a label loaded (every other category does, the user's too)."""

MAX_WORDS = 6
"""Words a descriptor or appositive holds at most (a longer run is a clause, not a label)."""

_DETERMINERS = frozenset("the a an this that his her its their our my your".split())
# words a label never crosses: function words, pronouns, verbs of saying and common verbs
_BREAK = frozenset(
    """i me he him she it we us they them you who whom whose which what when where why how that than
    in on at by for with from to of into onto over under about after before during since until against
    between among through via per as and or but nor so yet if because while although though whereas
    is are was were be been being am has have had do does did will would shall should can could may might
    must not no nor also only even just still too very then now here there today yesterday tomorrow
    said says say told tells tell asked asks ask met meets meet saw sees see sent sends took takes gave
    gives made makes let lets led leads left leaves hit hits shot shoots beat beats won wins lost loses
    fought fights sought seeks brought brings thought thinks felt feels kept keeps called calls named
    names urged urges warned warns thanked thanks blamed blames accused accuses praised praises
    visited visits replaced replaces killed kills according like unlike including despite amid
    near outside inside across toward towards around along beyond behind within without upon off up down
    out throughout beside besides unless whether more less longer further fewer already almost again back
    away instead rather all both each every some any many much most few other another such own
    meanwhile however moreover furthermore nevertheless therefore thus hence indeed defeat defeated
    struck stood fell rose ran came went got held began broke chose drove flew grew knew paid put read rode set
    spoke spent stole swore threw tore woke wore wrote become became join joined
    mr mrs ms dr""".split()
)
DETERMINERS = _DETERMINERS
"""Words that open a noun phrase (and never belong to a label)."""
BREAK_WORDS = _BREAK
"""Words a label never crosses: function words, pronouns, verbs of saying and common verbs."""
# words of a label that are no label: "so-called" (a voice), an age ("the 71-year-old")
_NOT_LABELS = frozenset({"called", "year", "years", "old", "aged"})
# prepositions an appositive may hold ("president of Iran", "a town in Slovakia")
_INNER = frozenset("of for in at".split())
# nouns that describe a person or group without an agent ending ("Kremlin critic", "mercenary boss")
_DESCRIBING = frozenset(
    """ally chief boss head critic official envoy aide tycoon billionaire millionaire oligarch regime
    government authorities outfit militia army figure icon hero martyr victim suspect gunman assailant
    attacker friend foe rival enemy mouthpiece puppet strongman hardliner loyalist patriot traitor
    activist blogger journalist militant fighter rebel soldier veteran mercenary group company
    capital city town village region country nation state republic""".split()
)
DESCRIBING_NOUNS = _DESCRIBING
"""Nouns that describe a person or group without an agent ending ("Kremlin critic", "mercenary boss")."""
# roles a name completes with "of" ("the head of the Wagner Group, ..."): an appositive after it is the role's
_ROLE_OF = (frozenset("head chief leader founder member boss commander owner director spokesman spokeswoman".split())
            | _DESCRIBING) - frozenset("capital city town village region country nation state republic".split())
# "<modifiers> city|region|... of " right before a place's name; the label is the modifiers and the noun
_PLACE_OF = re.compile(
    r"(?P<label>(?P<mods>(?:[\w’'.]+-)?[\w’'.]+(?:\s+(?:[\w’'.]+-)?[\w’'.]+){0,2})\s+"
    r"(?:city|town|village|region|oblast|province|territory|territories|area|areas|part|parts|republic|"
    r"peninsula|dam|plant|port|capital))\s+of\s+(?:the\s+)?$",
    re.I,
)
_LABEL_LEAD = re.compile(r"(?:(?:in|on|at|the|a|an|of|to|from|by|near|into|across|over)\s+)+", re.I)
# a modifier that says a place is held by force or by whom ("Russian-held", "occupied", "Moscow-installed")
_HELD = re.compile(r"\b(?:occupied|held|seized|controlled|installed|annexed|backed|proclaimed|run)\b", re.I)
_ADJECTIVE = re.compile(r"(?:less|ous|ful|able|ible)$")
_AGENT = re.compile(r"(?:er|or|ist|ian|ant|ent|man|woman|ess|ee|ic|ive|at|crat|arch|ate)$")
_DISTANCING = re.compile(
    r"^(?:so[\s-]called|self[\s-]proclaimed|self[\s-]styled|dubbed|nicknamed|known\s+as|branded|labell?ed|"
    r"described\s+as|referred\s+to\s+as|what\s+(?:\w+\s+){1,3}(?:calls?|called|describe[sd]?\s+as|refers?\s+to\s+as|"
    r"referred\s+to\s+as|terms?|termed))\s+",
    re.I,
)
_MARKS = "\"'“”‘’«»„"
_OPEN_MARKS = "\"'“‘«„"
_CLOSE_MARKS = "\"'”’»“"
_PREDICATE = re.compile(
    r"^(?:['’]s)?\s+(?:(?:who|which)\s+)?(?:is|was|has\s+been|had\s+been|have\s+been|will\s+be|became|becomes|"
    r"remains|remained|were|are)\s+"
)
# "Putin described Prigozhin as a talented businessman", "Zelensky called Putin a terrorist": what the verb's
# subject calls the name (the head before the name ends with the verb, the rest opens with "as" or an article)
_DESCRIBED = re.compile(
    r"\b(?:described|describes|praised|praises|hailed|hails|denounced|denounces|portrayed|portrays|characteri[sz]ed|"
    r"remembered|regarded|referred\s+to|branded|labell?ed|dubbed|called|calls)\s+$", re.I)
_AS_PREDICATE = re.compile(r"^(?:['’]s)?\s+(?:as\s+(?=(?:an?|the)\s)|(?=(?:an?|the)\s))")
_COMPLETES = re.compile(r"\b([\w’']+)\s+of\s+(?:the\s+)?$")  # these searched from normalise.last_words
_DASH_END = re.compile(r"\S\s+[—–]\s*$")
_AFTER_APPOSITIVE = re.compile(r"^(?:['’]s)?\s*,\s+")
_NAME_HEAD = re.compile(r"^(?:['’]s)?\s+(?P<head>[a-z][a-z-]+)\b")
# what governs or acts for a place or person, named after it ("the Kiev regime", "the Kyiv authorities"; not
# "the US government", which describes nothing)
_GOVERNING = frozenset("regime authorities junta clique".split())
_NAME_SPAN = re.compile(r"[A-Z0-9][\w'’.-]*(?:\s+(?:(?:of|the|de|al|bin|von|van|da|del)\s+)*[A-Z0-9][\w'’.-]*)*")
_GROUPS = frozenset("leader leaders group groups forces troops fighters members unit units outfit".split())
_END = re.compile(r"[,;:.!?()\[\]—–]|\s[-–—]\s|$")
_POSSESSIVE = re.compile(r"['’]s$")


@dataclass(frozen=True, slots=True)
class Label:
    """One way an article refers to an entity at one place.

    Attributes
    ----------
    entity
        The entity's registry name.
    kind
        One of :data:`KINDS`.
    text
        The label as written, without a leading determiner or distancing word ("Butcher of Tehran").
    key
        What labels are compared on: for a name, the text as written (case kept, a possessive
        dropped: "russia" and "Russia" differ); otherwise its comparison key, lower case,
        without determiner ("butcher of tehran").
    voice
        One of :data:`VOICES`.
    marker
        For ``distanced``: what holds it at arm's length ("so-called", "quotation marks", "dubbed");
        else None.
    speaker
        For ``quote``: the speaker as the article names them (None when unattributed); else None.
    evidence
        Where: ``evidence.text`` is ``text``.
    """

    entity: str
    kind: str
    text: str
    key: str
    voice: str
    marker: str | None
    speaker: str | None
    evidence: Evidence


@lru_cache(maxsize=512)  # the same labels recur in every outlet (120 at 100 outlets); a large article has many
def label_words(label_key: str) -> frozenset[str]:
    """Content words of a label key: no determiners, function words or possessive endings (kept for the
    last labels asked for: the same labels recur in every outlet).

    >>> sorted(label_words("the so-called butcher of tehran's"))
    ['butcher', 'tehran']
    """
    out = set()
    for t in tokens(label_key):
        k = _POSSESSIVE.sub("", t.key)
        if k and k not in _DETERMINERS and k not in _BREAK and not k.isdigit() and k not in _NOT_LABELS:
            out.add(k)
    return frozenset(out)


def loaded_terms(text: str, lexicon: Lexicon) -> tuple[str, ...]:
    """The lexicon terms in ``text`` that make a label loaded, as ``category:term``.

    >>> from framing.extract.lexicon import parse_lexicon
    >>> loaded_terms("the notorious butcher, allegedly", parse_lexicon("loaded\\tnotorious\\nhedging\\tallegedly"))
    ('loaded:notorious',)
    """
    return tuple(dict.fromkeys(f"{category}:{term}" for _i, _j, category, term in
                               lexicon.without().find(_keys(text))
                               if category not in NEUTRAL_CATEGORIES))


@lru_cache(maxsize=512)  # a label's text is asked for once per usage and contrast, in every outlet
def _keys(text: str) -> tuple[str, ...]:
    return tuple(t.key for t in tokens(text))


def _verbish(tok: Token, lexicon: Lexicon, head: bool) -> bool:
    """Whether a lower-case word is likely a verb or adverb (a label stops there)."""
    k = tok.key
    if not tok.text[:1].islower():
        return False
    if k.endswith("ly") or (k.endswith("ing") and len(k) > 5):
        return True
    if k.endswith("ed") and not loaded_terms(k, lexicon):
        return True
    # "says Putin", "Moscow wishes Slovak Prime Minister": a word in -s among a name's modifiers is a verb
    # far more often than a plural noun
    return k.endswith("s") and not k.endswith(("ss", "us", "is", "'s")) and (head or not k.endswith("ics"))


def _premodifier(sn: Sentence, toks: Sequence[Token], at: int, lexicon: Lexicon,
                 taken: Sequence[tuple[int, int]]) -> tuple[int, int, bool] | None:
    """The descriptor right before the mention starting at ``at``: ``(start, end, has_determiner)``."""
    i = bisect.bisect_left([t.end for t in toks], at + 1) - 1
    words: list[Token] = []
    determiner = False
    end = at
    while i >= 0 and len(words) < MAX_WORDS:
        t = toks[i]
        gap = _gap_text(toks, i, end, sn)
        marks = gap.strip()
        scare = len(marks) == 1 and marks in _MARKS  # "the 'Iron Lady' Margaret Thatcher"
        if not scare and ((gap not in ("", " ", "-", "‐") and not (gap.isspace() and "\n" not in gap))
                          or (gap and not gap.isspace() and not words)):
            break
        k = _POSSESSIVE.sub("", t.key)
        if k in _DETERMINERS:
            determiner = True
            break
        if words and k != t.key:
            break  # "Prigozhin's ruthless Wagner": whose, not part of the label
        # "Russian-occupied", "Moscow-installed": a participle joined to a name is a label
        joined = i > 0 and _gap_text(toks, i - 1, t.start, sn) in ("-", "‐") and toks[i - 1].text[:1].isupper()
        if k in _BREAK or (not joined and _verbish(t, lexicon, head=not words)) or (k.isdigit() and not words):
            break
        if (rules := _language.rules()) is not None and _language_names.ends_label(t.text, rules):
            break  # another language's function word or verb of saying: "sagte Bürgermeisterin Katrin Müller"
        if not words and not scare and any(b <= t.start < e for b, e in taken):
            break  # the word before is another name: "Putin Zelensky" is a list, not a label
        words.insert(0, t)
        end = t.start
        i -= 1
    if not words:
        return None
    head = _POSSESSIVE.sub("", words[-1].key)
    if len(words) == 1 and _POSSESSIVE.search(words[0].key):
        return None  # "the country's Disaster Agency": whose, not what
    if words[-1].text[:1].islower() and _ADJECTIVE.search(head):
        return None  # "ruthless Wagner forces": a bare adjective of the phrase the name opens, not a label
    hyphened = len(words) > 1 and sn.text[words[-2].end - sn.start:words[-1].start - sn.start] in ("-", "‐")
    if not determiner and words[-1].text[:1].islower() and head not in gazetteer_titles() \
            and head not in _DESCRIBING and not _AGENT.search(head) and not loaded_terms(head, lexicon) \
            and not hyphened:
        return None  # "to destroy Wagner": a verb, not a noun that describes Wagner
    return words[0].start, words[-1].end, determiner


def _gap_text(toks: Sequence[Token], i: int, end: int, sn: Sentence) -> str:
    """The characters between token ``i`` and offset ``end`` (both in article offsets)."""
    return sn.text[toks[i].end - sn.start: end - sn.start]


def _noun_like(tok: Token, lexicon: Lexicon) -> bool:
    """Whether a word may open an appositive with no determiner: a capitalised or possessive word, a title,
    a describing noun or a lexicon term ("Raisi, president of Iran", "Peskov, Kremlin spokesman")."""
    k = _POSSESSIVE.sub("", tok.key)
    return (tok.text[:1].isupper() or k != tok.key or k in gazetteer_titles() or k in _DESCRIBING
            or bool(_AGENT.search(k)) or bool(loaded_terms(k, lexicon)))


def _descriptive(words: list[Token], lexicon: Lexicon) -> bool:
    """Whether a run of words before a name says something: not only names, places or possessives."""
    keys = [_POSSESSIVE.sub("", t.key) for t in words]
    if any(t.text[:1].islower() for t in words):
        return True
    titles = gazetteer_titles()
    return bool(any(k in titles for k in keys) or loaded_terms(" ".join(keys), lexicon))


def _strip_marker(text: str) -> tuple[int, str | None]:
    """Length of a leading distancing phrase in ``text`` and its normalised form."""
    m = _DISTANCING.match(text)
    if not m:
        return 0, None
    return m.end(), " ".join(m.group().lower().replace("-", " ").split()).replace("so called", "so-called")


def _lead(text: str) -> int:
    """Length of what leads a phrase and is no part of its label: spaces, quotation marks, a
    determiner, a distancing word ("the so-called '")."""
    at = 0
    for _ in range(2):
        while at < len(text) and (text[at].isspace() or text[at] in _MARKS):
            at += 1
        first = re.match(r"\w+", text[at:])
        if first and first.group().lower() in _DETERMINERS:
            at += first.end()
        at += _strip_marker(text[at:].lstrip())[0] + (len(text[at:]) - len(text[at:].lstrip()))
    while at < len(text) and (text[at].isspace() or text[at] in _MARKS):
        at += 1
    return at


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """``start:end`` without surrounding spaces and quotation marks."""
    while start < end and (text[start].isspace() or text[start] in _MARKS):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in _MARKS):
        end -= 1
    return start, end


def _phrase_ok(words: list[Token], lexicon: Lexicon, taken: Sequence[tuple[int, int]]) -> bool:
    """A phrase beside a name that is an appositive: a noun phrase of a few words, not a list or clause."""
    if not 1 <= len(words) <= MAX_WORDS + 2:
        return False
    first = _POSSESSIVE.sub("", words[0].key)
    if first in _BREAK - _DETERMINERS or (first.isdigit() and len(words) == 1):
        return False
    if any(b <= words[0].start < e for b, e in taken) and not any(t.text[:1].islower() for t in words):
        return False  # "Putin, Zelensky and Biden": a list of names
    # "and" joins two words of one noun phrase ("an EU and NATO member", "blogger and opposition activist")
    # when a lower-case head ends it and no determiner opens what it joins ("Fico, 59, and his wife": a list)
    joined = {n for n, t in enumerate(words) if t.key == "and" and 0 < n < len(words) - 1
              and words[n + 1].key not in _BREAK and words[-1].text[:1].islower()}
    if any(t.key in _BREAK - _INNER - _DETERMINERS for n, t in enumerate(words) if n not in joined) \
            or _verbish(words[0], lexicon, head=False):
        return False
    head = words[-1]
    return not _verbish(head, lexicon, head=False) and _descriptive(words, lexicon)


def article_labels(
    article: Article,
    mentions: Iterable[tuple[str, Evidence]],
    quotes: Sequence[Quote],
    lexicon: Lexicon,
    memo: SentenceLabels | None = None,
) -> list[Label]:
    """The labels of an article's mentions (see the module docstring), in reading order.

    Parameters
    ----------
    article
        The article.
    mentions
        ``(entity name, evidence)`` for each mention of an entity in ``article``.
    quotes
        The article's direct quotes (:func:`framing.extract.quotes.extract_quotes`).
    lexicon
        Terms a verb-like word may be and still describe ("martyred", "disgraced").
    memo
        Labels of sentences other articles of the comparison carry word for word, made once
        (:class:`framing.extract.label_memo.SentenceLabels`); the labels are the same without it.

    Only sentences whose role is ``body`` or ``title`` are read: page furniture names nothing.
    """
    ordered = sorted(quotes, key=lambda q: (q.start, q.end))
    starts = [q.start for q in ordered]
    out: list[Label] = []
    # grouped by sentence in a sorted list of the mentions themselves (a stable sort: a sentence's in
    # their given order), not a dict of lists of new pairs: a large article has a mention every few words
    for index, group in itertools.groupby(sorted(mentions, key=lambda x: x[1].sentence),
                                          key=lambda x: x[1].sentence):
        sn = article.sentences[index]
        if sn.role not in ("body", "title"):
            continue
        here = sorted(group, key=lambda x: (x[1].start, x[1].end, x[0]))
        taken = [(ev.start, ev.end) for _n, ev in here]
        if memo is not None and sn.text in memo.repeated:
            out.extend(memo.labels(article, sn, here, taken, ordered, starts, lexicon))
        else:
            out.extend(sentence_labels(article, sn, here, taken, ordered, starts, lexicon))
    return out


def sentence_labels(article: Article, sn: Sentence, here: Sequence[tuple[str, Evidence]],
                    taken: Sequence[tuple[int, int]], quotes: Sequence[Quote], starts: Sequence[int],
                    lexicon: Lexicon) -> list[Label]:
    """The labels of the mentions ``here`` (``(entity, evidence)``, in reading order) of sentence ``sn``:
    :func:`article_labels`' work for one sentence; ``taken`` their spans, ``quotes`` the article's sorted
    by start, ``starts`` their starts."""
    toks = sentence_tokens(sn)
    return [x for name, ev in here for x in _labels_of(article, sn, toks, name, ev, taken, quotes, starts, lexicon)]


def label_at(article: Article, sn: Sentence, entity: str, kind: str, start: int, end: int,
             quotes: Sequence[Quote], starts: Sequence[int]) -> Label | None:
    """The label of ``kind`` for ``entity`` written at ``start:end`` of sentence ``sn``, standing on its own
    (its own mention: a description, :mod:`framing.extract.descriptions`); None when no label word is left
    once a determiner or distancing word is trimmed. ``quotes`` sorted by start, ``starts`` their starts."""
    return _make(article, sn, entity, kind, start, end, (start, end), quotes, starts)


def _make(article: Article, sn: Sentence, name: str, kind: str, start: int, end: int, mention: tuple[int, int],
          quotes: Sequence[Quote], starts: Sequence[int], marker: str | None = None,
          evidence: Evidence | None = None) -> Label | None:
    start, end = _trim(article.text, start, end)
    for _ in range(2):  # "the so-called ...", "so-called the ..."
        text = article.text[start:end]
        lead = text.split(None, 1)
        if kind != "name" and len(lead) > 1 and lead[0].lower() in _DETERMINERS:
            start, end = _trim(article.text, start + len(text) - len(lead[1]), end)
        skip, found = _strip_marker(article.text[start:end])
        if skip:
            start, marker = start + skip, found
            start, end = _trim(article.text, start, end)
    if start >= end:
        return None
    text = intern(article.text[start:end])  # the same string as its evidence's (Evidence.of)
    voice, marker, speaker = voice_of(article, sn, start, end, mention, quotes, starts, marker)
    k = _POSSESSIVE.sub("", text) if kind == "name" else _POSSESSIVE.sub("", key(text))
    if kind != "name" and not label_words(k):
        return None
    # ``evidence``, the mention's, when the label spans just it (a name's label): one evidence per
    # mention of a name, not a copy for its label too
    if not (type(evidence) is Evidence and evidence.article == article.id and evidence.sentence == sn.index
            and evidence.start == start and evidence.end == end and evidence.text == text):
        evidence = Evidence.of(article, sn.index, start, end)
    return Label(name, kind, text, k, voice, marker, speaker, evidence)


def _labels_of(article: Article, sn: Sentence, toks: Sequence[Token], name: str, ev: Evidence,
               taken: Sequence[tuple[int, int]], quotes: Sequence[Quote], starts: Sequence[int],
               lexicon: Lexicon) -> list[Label]:
    text = article.text
    mention = (ev.start, ev.end)
    titles = gazetteer_titles()
    words = [t.key for t in tokens(ev.text)]
    kind = "title" if words and all(_POSSESSIVE.sub("", w) in titles for w in words) else "name"
    found = [_make(article, sn, name, kind, ev.start, ev.end, mention, quotes, starts, evidence=ev)]
    # a descriptor or title right before the name: "Kremlin critic Alexei Navalny"
    pre = _premodifier(sn, toks, ev.start, lexicon, taken)
    if pre is not None:
        s, e, _det = pre
        run = [t for t in toks if s <= t.start and t.end <= e]
        scare = text[s - 1:s] in _OPEN_MARKS and text[e:e + 1] in _CLOSE_MARKS if s else False
        # another language's titles ("Bürgermeisterin", "мэр") describe as English descriptors do
        own = (rules := _language.rules()) is not None and all(t.text.casefold() in rules.titles for t in run)
        if (scare or own or _descriptive(run, lexicon)) and \
                not all(_POSSESSIVE.sub("", t.key) in places() for t in run):
            keys = [_POSSESSIVE.sub("", t.key) for t in run]
            pk = "title" if all(k in titles or k in places() for k in keys) else "descriptor"
            # "the so-called Butcher of Tehran Raisi" is rare; "so-called" right before is its marker
            lead = text[max(sn.start, s - 12):s]
            marker = "so-called" if re.search(r"so[\s-]called\s*$", lead, re.I) else None
            found.append(_make(article, sn, name, pk, s, e, mention, quotes, starts, marker))
    rest = text[ev.end:sn.end]
    head = text[sn.start:ev.start]
    # "the Russian-occupied city of Nova Kakhovka", "the Moscow-seized region of Kherson": what the place is
    # (the pattern ends in "of" or "of the": a head ending otherwise is not searched, which costs most;
    # nor "parts of Ukraine's Donetsk": Donetsk's)
    of_end = head.rstrip()[-4:].lower()
    m = _PLACE_OF.search(head, last_words(head, 6)) \
        if (of_end.endswith((" of", " the")) and not re.match(r"['’]s\b", rest)) else None
    if m and m.group("mods") and (_HELD.search(m.group("mods")) or loaded_terms(m.group("mods"), lexicon)):
        # the label starts at its first modifier: "in the Moscow-seized region" is "Moscow-seized region"
        before = _LABEL_LEAD.match(m.group("label"))
        s = sn.start + m.start("label") + (before.end() if before else 0)
        held = _make(article, sn, name, "descriptor", s, sn.start + m.end("label"), mention, quotes, starts)
        if held is not None and held.voice == "reported" and _HELD.search(m.group("mods")):
            # the outlet's description of the place even in someone's reported words (only a quote is another's)
            held = replace(held, voice="own")
        found.append(held)
    # an appositive after the name: "Raisi, the Butcher of Tehran, died" (not when the name is itself one:
    # "The Butcher of Tehran, Ebrahim Raisi, oversaw ...")
    # ... nor when the name completes a role with "of": in "The head of the Wagner Group, a Hero of Russia,
    # ..." the appositive is the head's; in "the death of Prigozhin, the Wagner warlord" and "the city of
    # Antakya, the capital of Hatay province" it is the name's)
    m = _AFTER_APPOSITIVE.match(rest)
    completes = _COMPLETES.search(head, last_words(head, 3))
    role = _POSSESSIVE.sub("", completes.group(1).lower()) if completes is not None else ""
    of_role = bool(role) and (role in _ROLE_OF or role in titles)
    if m and not re.search(r",\s*$", head) and not of_role:
        s = ev.end + m.end()
        stop = _END.search(text[s:sn.end].replace("'s", "  "), 1)
        e = s + stop.start() if stop else sn.end
        skip = _lead(text[s:e])
        body = [t for t in toks if s + skip <= t.start and t.end <= e]
        if body and (skip or _noun_like(body[0], lexicon)) and _phrase_ok(body, lexicon, taken):
            found.append(_make(article, sn, name, "descriptor", s, e, mention, quotes, starts))
    # an appositive before the name: "The suspect, Juraj C., was"; "The so-called 'Butcher of Tehran', Raisi";
    # the last of a list a dash closes: "The head of the Wagner Group, a Hero of Russia, a true patriot of his
    # Motherland – Yevgeny Prigozhin died"
    dash = _DASH_END.search(head, last_words(head, 2)) is not None
    if (re.search(r",\s*$", head) and re.match(r"\s*(?:[,.;:!?)—–]|$)", rest)) or dash:
        chunk_end = len(head.rstrip().rstrip(",—–").rstrip())
        cut = max(head.rfind(c, 0, chunk_end) for c in ",;:(—–")
        s, e = sn.start + cut + 1, sn.start + chunk_end
        skip = _lead(text[s:e])
        run = [t for t in toks if s + skip <= t.start and t.end <= e]
        if run and skip and _phrase_ok(run, lexicon, taken):
            found.append(_make(article, sn, name, "descriptor", s, e, mention, quotes, starts))
    # the name set before a noun that says what governs or acts for it: "the Kiev regime", "the Biden
    # administration", "the Kyiv authorities", or a loaded noun: "the 2020 BLM pogroms" (not a title before a
    # name: "Kremlin spokesman Dmitry Peskov", nor a naming term of the event: "the Wagner mutiny")
    m = _NAME_HEAD.match(rest)
    after = _NAME_HEAD.match(rest[m.end():]) if m else None
    if m and not re.match(r"\s+[A-Z]", rest[m.end():]) and not (after and after.group("head") in _ROLE_OF | _GROUPS) \
            and _NAME_SPAN.fullmatch(ev.text) and not lexicon.only(TERM_CATEGORIES).find([m.group("head").lower()]):
        # (a name as written, "Kyiv for the Crocus" is none; and not a naming term of the event or its actors
        # after the place it happened: "the Bucha massacre", "the Crocus terrorists" name no place)
        # (nor a modifier of the noun after it: "the Wagner mercenary chief", "Wagner mercenary group")
        word = m.group("head").lower()
        if word in _GOVERNING or loaded_terms(word, lexicon):
            found.append(_make(article, sn, name, "descriptor", ev.start, ev.end + m.end(), mention, quotes, starts))
    # a predicate: "Raisi has been martyred", "Prigozhin was a notorious warlord"; what someone calls the name:
    # "Putin described Prigozhin as a talented businessman"
    m = _PREDICATE.match(rest) or (_AS_PREDICATE.match(rest) if _DESCRIBED.search(head, last_words(head, 2)) else None)
    if m:
        s = ev.end + m.end()
        stop = _END.search(text[s:sn.end], 1)
        e = s + stop.start() if stop else sn.end
        run = [t for t in toks if s <= t.start and t.end <= e][:MAX_WORDS]
        if run:
            hits = [jj for _j, jj, c, _t in lexicon.without().find([t.key for t in run])
                    if c not in NEUTRAL_CATEGORIES]
            if run[0].key in ("a", "an", "the") and not any(t.key in _BREAK - _DETERMINERS for t in run[1:3]):
                cut_at = next((j for j, t in enumerate(run[1:], 1) if t.key in _BREAK), len(run))
                found.append(_make(article, sn, name, "predicate", run[0].start, run[cut_at - 1].end, mention,
                                   quotes, starts))
            elif hits:
                found.append(_make(article, sn, name, "predicate", run[0].start, run[hits[0] - 1].end, mention,
                                   quotes, starts))
    return [x for x in found if x is not None]
