"""Names in one article: people, organisations, places, cited media and documents.

A heuristic, offline extractor (no model, no download). It reads the
article's content sentences (boilerplate and the title are skipped) and finds

* **names**: runs of capitalised words ("Ingrida Šimonytė", "Corriere Della
  Sera", "U.K."), joined across name particles ("della", "von", "of").
  A sentence-initial word starts a name only when it is known: in the
  gazetteer, seen capitalised mid-sentence (``known``), or too rare to be a
  common word (by ``wordfreq``). Month and day names are not names.
* **titles** ("Prime Minister", "Sen.", "Mr."), stripped from the name and
  kept as the mention's ``title`` with its ``place`` ("Lithuanian Prime
  Minister X", "Lithuania's Prime Minister, X" both give ``prime minister``
  of ``lithuania``); a title standing alone ("the Prime Minister of
  Lithuania") is a *role* mention, resolved to a person by
  :mod:`framing.comparators.entities` when the article set establishes who
  holds the role.
* **documents** cited as sources ("a NATO draft document", "a Pentagon report").
* **attributions**: a mention is ``quoted`` when it is the subject of "X
  said", "X told", "said X." or "according to X".

Contents
--------
Mention
    One mention: offsets into ``Article.text``, the name, its hints.
extract_mentions(article, known=())
    All mentions of one article in reading order.
attributed(sentence, start, end)
    Whether a span of a sentence is the subject of an attribution.
capitalised_words(article)
    Word keys an article capitalises mid-sentence (names it establishes).
gazetteer()
    The shipped table (``framing/data/entities.txt``): name key -> (name, kind).
KINDS
    The entity kinds.

>>> from framing import Article
>>> a = Article.from_text("Head\\nIt was news. Prime Minister Ingrida Šimonytė told the "
...                       "Financial Times so.", id="a")
>>> for m in extract_mentions(a):
...     print(m.text, "|", m.kind, m.title, m.quoted)
Ingrida Šimonytė | person prime minister True
Financial Times | media/source None False
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import partial
from sys import intern

from framing.extract import language_names as _language_names
from framing.extract.memo import shared
from framing.extract.runs import (
    ORG_WORDS,
    OTHER_WORDS,
    PARTIES,
    PLACE_WORDS,
    STOP,
    Tok,
    common_word,
    name_runs,
    name_tokens,
    trim,
)
from framing.io.article import Article
from framing.text import language as _language
from framing.text.names import name_key, places, tables
from framing.text.normalise import key
from framing.text.people import given_name

__all__ = ["KINDS", "Mention", "attributed", "capitalised_words", "extract_mentions", "title_role"]

KINDS = ("person", "organisation", "place", "media/source", "other")
"""Entity kinds, in the order reports list them."""


@dataclass(frozen=True, slots=True)
class Mention:
    """One mention of a name (or of a role) in one article.

    Attributes
    ----------
    article
        Id of the article.
    sentence
        Index of the sentence it is in.
    start, end
        Offsets into ``Article.text``: ``article.text[start:end] == text``.
    text
        The name as written, without title, possessive or leading "the";
        for a role mention, the role ("Prime Minister of Lithuania").
    kind
        A hint from the mention alone: one of :data:`KINDS`, or ``role``.
    title
        Normalised title held ("prime minister"), or None.
    place
        Key of the place the title belongs to ("lithuania"), or None.
    quoted
        Whether the mention is the subject of an attribution ("X said").
    """

    article: str
    sentence: int
    start: int
    end: int
    text: str
    kind: str
    title: str | None = None
    place: str | None = None
    quoted: bool = False


_MEDIA_WORDS = frozenset(
    "times post news journal daily herald tribune gazette telegraph press magazine radio television tv".split()
)
# A common noun right before a name that says what the name is ("the rock band Picnic", "Russian
# newspaper Izvestia", "his wife Christine"), or a head noun right after it that only an organisation
# heads ("the Islamic State group", "Wagner forces", "his Telegram channel"): the appositive and the
# noun compound, the evidence a reader uses for a name they do not know. Eponymous heads a person
# also takes ("the Biden administration", "Trump campaign staff") are left out.
_ORG_BEFORE = frozenset(
    "band group party company firm operator contractor agency organisation organization movement militia "
    "network platform carrier airline manufacturer startup union bank ministry brand app "
    "charity ngo club team".split()
)
_MEDIA_BEFORE = frozenset(
    "newspaper daily tabloid weekly magazine broadcaster outlet channel station website site publication "
    "radio television broadcaster portal".split()
)
_PERSON_BEFORE = frozenset(
    "wife husband son daughter mother father brother sister widow widower grandson granddaughter "
    "grandmother grandfather nephew niece cousin uncle aunt fiancé fiancée girlfriend boyfriend".split()
)
_ORG_AFTER = frozenset(
    "group agency party channel page account post feed website newspaper outlet network platform forces "
    "fighters mercenaries militia militants troops headquarters building company firm operator".split()
)
_NOUNS_BEFORE = re.compile(r"(?:^|[\s(])([a-z][a-z-]*)\s+$")
_NOUNS_AFTER = re.compile(r"^\s+(?:(?:news|private|military|mercenary|militia|state|official|social|media)\s+){0,2}"
                          r"([a-z]+)\b(?!\s+of\b)")
_THE_BEFORE = re.compile(r"(?:^|\W)the\s+$", re.I)
_IN_BEFORE = re.compile(r"(?:^|\W)(?i:in|near|outside)\s+$")
# a place word right after a name heads it: the name says which place ("the Pazarcık district")
_PLACE_HEAD = re.compile(r"\s+(?:district|province|region|oblast|okrug|krai|raion|county|town|village|municipality)\b")
_PLACE_OF = re.compile(
    r"\b(?:city|town|village|region|province|district|oblast|okrug|krai|capital|port|island)\s+of\s+$")
_LOCAL_OFFICES = frozenset({"mayor", "governor"})
_DOMAIN = re.compile(r"[A-Za-z][\w-]{2,}\.(?:com|org|net|ng|in|ru|ua|uk|pk|co|news|info|tv)")
_DOC = re.compile(
    r"\b(?:a|an|the)\s+((?:[A-Z][\w.&-]*\s+){1,4}(?:(?:draft|leaked|internal|classified|confidential|"
    r"secret|new|preliminary|official|final|annual)\s+){0,2}(?:document|report|memo|memorandum|study|"
    r"survey|poll|letter|dossier|cable|filing|assessment|analysis|paper|transcript)s?)\b"
)
_VERBS = (
    r"said|says|told|tells|added|adds|stated|declared|noted|wrote|writes|explained|warned|insisted|"
    r"argued|claimed|replied|responded|tweeted|stressed|acknowledged|admitted|announced|reported|"
    r"reports|confirmed|denied|denies|believes|thinks"
)
# an appositive may sit between subject and verb ("X, the former chairman, said"), but not a list
_SAID_AFTER = re.compile(rf"^(?:\s*,(?:(?!\band\b)[^,.;:!?]){{1,80}},)?\s+(?:has\s+|had\s+)?(?:{_VERBS})\b")
# "said Kremlin spokesman Dmitry Peskov.": between verb and name only determiners, titles, names, role nouns
_SAID_BEFORE = re.compile(
    r"(?:\baccording to|\b(?:said|says|added|wrote|stated|declared))\s+"
    r"(?:(?:the|a|an|[A-Z][\w.'’-]*|\w+(?:man|woman|person)|official|aide|adviser|leader|lawyer|attorney)\s+){0,3}$"
)
_TITLE_ALIASES = {"pm": "prime minister", "sen.": "senator", "rep.": "representative", "gov.": "governor",
                  "mr": "mr.", "mrs": "mrs.", "ms": "ms.", "dr": "dr."}
_INITIAL = re.compile(r"[A-Z]\.")  # "J." of "Benjamin J. Rhodes"
_NON_ROLE = frozenset({"former", "then", "current", "mr.", "mrs.", "ms.", "dr."})


def _title_key(word: str) -> str:
    """Key of a title word; a plural ("Justices Kennedy and Scalia") as its singular."""
    k = key(word)
    titles = tables()[2]
    if k not in titles and len(k) > 4 and k.endswith("s") and k[:-1] in titles:
        return k[:-1]
    return k


def title_role(words: Iterable[str]) -> str | None:
    """The office title words name, aliases spelt out and "former", "Mr." left out; None if none.

    >>> title_role(["former", "gov."]), title_role(["mr."])
    ('governor', None)
    """
    return " ".join(_TITLE_ALIASES.get(w, w) for w in words if w not in _NON_ROLE) or None


def _split_title(run: list[Tok]) -> tuple[int, int, bool, str | None, str | None]:
    """Leading place/demonym and title words.

    Returns (name start, title start, titled, role, place): ``titled`` when
    the run opens with a title ("Mr." included), ``role`` the title that
    names an office ("prime minister"; None for "Mr.").
    """
    names, demonyms, titles = tables()
    place: str | None = None
    i = 0
    # a leading demonym or place ("Lithuanian", "U.K.", "North Carolina")
    for n in range(min(3, len(run) - 1), 0, -1):
        k = name_key(" ".join(t.text for t in run[:n]))
        if k in demonyms or names.get(k, ("", ""))[1] in ("place", "organisation"):
            place = demonyms.get(k) or name_key(names[k][0])
            i = n
            break
    # a party between place and title ("New Jersey Republican Gov. Chris Christie")
    while i < len(run) - 1 and key(run[i].text) in PARTIES and _title_key(run[i + 1].text) in titles:
        i += 1
    j = i
    while j < len(run) and (
        _title_key(run[j].text) in titles
        or (key(run[j].text) == "of" and j + 1 < len(run) and _title_key(run[j + 1].text) in titles and j > i)
    ):
        j += 1  # "Secretary of State", not "Prime Minister of Lithuania"
    words = [_title_key(t.text) for t in run[i:j]]
    if not any(titles.get(w) for w in words) and i == 0:
        # an organisation before the title: "Human Rights Campaign President Chad Griffin"
        for at in range(1, len(run) - 1):
            if titles.get(_title_key(run[at].text)) and not any(_title_key(t.text) in titles for t in run[:at]):
                j = at
                while j < len(run) - 1 and _title_key(run[j].text) in titles:
                    j += 1
                role = title_role([_title_key(t.text) for t in run[at:j]])
                return j, at, True, role, name_key(" ".join(t.text for t in run[:at])) if role else None
        return 0, 0, False, None, None
    if not any(titles.get(w) for w in words):
        return 0, 0, False, None, None
    role = title_role(words)
    return j, i, True, role, place if role else None


def _in_context(kind: str, text: str, start: int, end: int) -> str:
    """The kind of the name ``text[start:end]`` (``kind`` by its form alone), given its neighbours.

    >>> t = "Peskov told Russian newspaper Izvestia that the Islamic State group and his wife Alina left."
    >>> [_in_context(k, t, t.index(n), t.index(n) + len(n))
    ...  for k, n in (("other", "Izvestia"), ("person", "Islamic State"), ("other", "Alina"))]
    ['media/source', 'organisation', 'person']
    """
    before = _NOUNS_BEFORE.search(text[max(0, start - 40) : start])
    if before and before.group(1) in _PERSON_BEFORE:
        return "person" if kind == "other" else kind
    if before and before.group(1) in _MEDIA_BEFORE:
        return "media/source"
    if before and before.group(1) in _ORG_BEFORE:
        return "organisation" if kind in ("person", "other") else kind
    if kind not in ("person", "other"):
        return kind
    after = _NOUNS_AFTER.match(text[end : end + 60])
    if after and after.group(1) in _ORG_AFTER:
        return "organisation"
    head = _PLACE_HEAD.match(text[end : end + 20])
    if head and (kind == "other" or " " not in text[start:end].strip()):
        return "place"  # "the Pazarcık district", "Hatay province": a place word heads the name
    if _PLACE_OF.search(text[max(0, start - 30) : start]):
        return "place"  # "the city of Nova Kakhovka", "the town of Pazarick"
    modifier = re.match(r"\s+([a-z]+)\b|['’]s\b", text[end : end + 30])
    heads = not modifier or (modifier.group(1) is not None and (
        modifier.group(1) in STOP or modifier.group(1).endswith(("ed", "s"))))
    if kind == "person" and heads and _THE_BEFORE.search(text[max(0, start - 5) : start]):
        # "the Baltimore Banner", "the Engineers Syndicate": no one's name takes "the" (but in "the
        # Nova Kakhovka dam" the name only says which dam)
        return "organisation"
    if kind in ("person", "other") and _IN_BEFORE.search(text[max(0, start - 8) : start]) \
            and not re.match(r"['’]s\b", text[end : end + 3]):
        return "place"  # "flooding in Nova Kakhovka": one lives in a place, not in a person
    return kind


def _kind(name: str, tokens: list[str]) -> str:
    names = tables()[0]
    # "Seimas of the Republic of Lithuania" is of the Seimas's kind: a name's head, before "of", says it
    head = re.split(r"\s+of\s+", name)[0]
    entry = names.get(name_key(name)) or names.get(name_key(head))
    if entry:
        return entry[1]
    low = {t.lower().strip(".") for t in tokens}
    if head != name:
        # "Federal Penitentiary Service of the Yamalo-Nenets Autonomous Okrug": its head's words say its kind
        head_words = {t.lower().strip(".") for t in head.split()}
        if head_words & ORG_WORDS:
            return "organisation"
        if head_words & PLACE_WORDS:
            return "place"
    if low & PLACE_WORDS:
        return "place"
    if low & OTHER_WORDS:
        return "other"
    if low & _MEDIA_WORDS and not low & ORG_WORDS:
        return "media/source"
    if low & ORG_WORDS:
        return "organisation"
    if len(tokens) == 1 and tokens[0].replace(".", "").isupper():
        return "organisation"
    if len(tokens) == 1 and _DOMAIN.fullmatch(tokens[0]):
        return "media/source"  # "Legit.ng", "Rappler.com": a site named by its address
    if 2 <= len(tokens) <= 5 and all(t[0].isupper() and (not t.isupper() or _INITIAL.fullmatch(t)) for t in tokens):
        first = key(tokens[0])
        if key(tokens[-1]) in places() and not given_name(first):
            return "organisation"  # "Progressive Slovakia", "Fair Russia": a place ends no one's name
        if common_word(first, 4.5) and not given_name(first) and common_word(key(tokens[-1]), 4.0):
            return "other"  # "Social Security", "Third Way": common words; "Hope Hicks" has a rare surname
        return "person"
    return "other"


_OBJECT = re.compile(r"\b(?:in|of|for|from|at|to|with|by|on|about|against|near|under)\s+(?:the\s+)?$", re.I)


_OBJECT_CONJUNCT = re.compile(
    r"\b(?:in|of|for|from|at|to|with|by|on|about|against|near|under)\s+(?:the\s+)?"
    r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,5}\s+and\s+$"
)


def attributed(sentence: str, s: int, e: int) -> bool:
    """Whether ``sentence[s:e]`` is the subject of an attribution ("X said", "said X.", "according to X").

    >>> attributed("Peskov, the spokesman, said so.", 0, 6), attributed("He met Peskov.", 7, 13)
    (True, False)
    >>> t = "Jo Li of the Committee to Save Jobs and Medicare, a group, said so."
    >>> attributed(t, t.index("Medicare"), t.index("Medicare") + 8), attributed("Li and Medicare said so.", 7, 15)
    (False, True)
    """
    if _SAID_AFTER.match(sentence[e:]):
        # "His grandmother in Kenya said", "a spokesman for Third Way, a group, said": the
        # name is the object of a preposition, not the subject of the verb
        # also a conjunct of such an object: "the Committee to Preserve Social Security and Medicare"
        before = sentence[max(0, s - 80) : s]
        return not (_OBJECT.search(before[-12:]) or _OBJECT_CONJUNCT.search(before))
    return bool(_SAID_BEFORE.search(sentence[:s])) and bool(re.match(r"\s*(?:[,.;:!?]|$)", sentence[e:]))


def capitalised_words(article: Article) -> frozenset[str]:
    """Keys of the words ``article`` capitalises mid-sentence: names it establishes."""
    found: set[str] = set()
    for s in article.body:
        text = intern(s.text)  # each ``s.text`` is a new copy: one kept for all of a sentence's keys
        found.update(shared(("capitalised", text), partial(_capitalised, text)))
    return frozenset(found)


def _capitalised(sentence: str) -> frozenset[str]:
    tokens = name_tokens(sentence)
    name_runs(sentence, tokens)  # made from this one reading (extract_mentions reads them next)
    return frozenset(key(t.text) for t in tokens
                     if not t.initial and t.text[0].isupper() and key(t.text) not in STOP)


def extract_mentions(
    article: Article, known: Iterable[str] = (), *, own: frozenset[str] | None = None, phrase: bool = False
) -> tuple[Mention, ...]:
    """All name, role and document mentions of ``article``'s content, in reading order.

    Parameters
    ----------
    article
        The article.
    known
        Word keys known to be names (e.g. :func:`capitalised_words` over an
        article set): a sentence-initial word in it may start a name.
    own
        ``capitalised_words(article)``, if already computed (it is added to
        ``known``; computing it costs a pass over the article).
    phrase
        The text is a phrase taken from a sentence (a quote's speaker, "Danish Prime
        Minister Mette Frederiksen"), whose capitals are the sentence's: a run of
        capitalised words is then no headline case.

    Examples
    --------
    >>> from framing import Article
    >>> a = Article.from_text("Head\\nIt is. Kremlin spokesman Dmitry Peskov said Lithuania's "
    ...                       "Prime Minister, Ingrida Simonyte, spoke to a NATO draft document.", id="a")
    >>> [(m.text, m.kind, m.title, m.place) for m in extract_mentions(a)]  # doctest: +NORMALIZE_WHITESPACE
    [('Kremlin', 'organisation', None, None), ('Dmitry Peskov', 'person', None, None),
     ('Lithuania', 'place', None, None),
     ('Ingrida Simonyte', 'person', 'prime minister', 'lithuania'),
     ('NATO', 'organisation', None, None), ('NATO draft document', 'media/source', None, None)]
    """
    if (rules := _language.rules(article.language)) is not None:  # framing.extract.language_names
        return tuple(Mention(article.id, f.sentence, f.start, f.end, f.text, f.kind, f.title, None, f.quoted)
                     for f in _language_names.mentions(article, rules, attributed))
    known = known if isinstance(known, frozenset) else frozenset(known)
    extra = capitalised_words(article) if own is None else own
    # no copy of a large known set when the article adds nothing to it (a speaker's name)
    known_set = known if extra <= known else known | extra
    out: list[Mention] = []
    # one string per spelling, not per mention (a long article repeats its names)
    spellings: dict[str, str] = {}
    def spelled(start: int, end: int) -> str:
        surface = article.text[start:end]
        return spellings.setdefault(surface, surface)

    for sent in article.body:
        split = name_runs(sent.text)
        # A sentence's mentions depend on ``known`` only through its sentence-initial words
        # (:func:`trim`): the quotes' speakers (``known``: the article's own names) and the
        # people registry (the set's) share a sentence's mentions when those agree.
        # Inside a sharing() block they are made once per such key.
        # most sentences have none: the one empty set, not one per sentence kept in its key
        relevant = frozenset(k for r in split for t in r if t.initial and (k := key(t.text)) in known_set) or _NONE
        text = intern(sent.text)
        out.extend(shared(("mentions", article.id, sent.index, sent.start, text, relevant, phrase),
                          partial(_placed, article.id, sent.index, sent.start, spelled, text, split, known_set,
                                  relevant, phrase)))
    return tuple(out)


def _placed(article: str, index: int, base: int, spelled: Callable[[int, int], str], text: str,
            split: list[list[Tok]], known_set: frozenset[str], relevant: frozenset[str],
            phrase: bool) -> tuple[Mention, ...]:
    """A sentence's mentions in its article: those of its text (made once per text and ``relevant``
    inside a sharing() block, whatever article carries it: a wire story's sentence in a hundred
    outlets is read once), moved to the sentence's place."""
    alone = shared(("mentions of text", text, relevant, phrase),
                   partial(_sentence_mentions, text, split, known_set, phrase))
    if not alone:
        return alone
    return tuple(Mention(article, index, m.start + base, m.end + base, spelled(m.start + base, m.end + base),
                         m.kind, m.title, m.place, m.quoted) for m in alone)


_NONE: frozenset[str] = frozenset()

# the short words a headline in title case leaves in lower case
_TITLE_CASE_SMALL = frozenset("a an the and but or nor for so yet at by in of on to up as vs v via per from into with "
                              "over off out".split())
_EDGE = "\"'“”‘’.,;:!?()[]"


def _sentence_mentions(text: str, split: list[list[Tok]], known_set: frozenset[str],
                       phrase: bool = False) -> tuple[Mention, ...]:
    """The mentions of one content sentence's ``text`` (:func:`extract_mentions`), in reading order,
    their offsets in it (article ``""``, sentence 0: :func:`_placed` moves them)."""
    base = 0

    def spelled(start: int, end: int) -> str:
        return text[start:end]
    long_words = [w for w in text.split() if len(w) > 3 and w[0].isalpha()]
    if not phrase and len(long_words) >= 5 and all(w[0].isupper() for w in long_words) and all(
            w.strip(_EDGE).lower() in _TITLE_CASE_SMALL for w in text.split() if w[0].isalpha() and w[0].islower()):
        # headline case: capitals say nothing. A sentence whose few lower-case words are more than
        # a headline leaves in lower case ("Danish Prime Minister Mette Frederiksen met Polish Prime
        # Minister Mateusz Morawiecki in Warsaw") is a sentence of names
        return ()
    runs = [r for r in (trim(r, known_set) for r in split) if r]
    found: list[Mention] = []
    previous: list[Tok] | None = None
    for run in runs:
        gap = text[previous[-1].end : run[0].start] if previous else ""
        after_possessive = bool(previous and previous[-1].possessive and re.fullmatch(r"['’]s\s", gap))
        name_at, title_at, titled, title, place = _split_title(run)
        if titled and name_at < len(run) and key(run[name_at].text) == "of":
            # "the Prime Minister of Lithuania": a role, its place after "of"
            place = name_key(" ".join(t.text for t in run[name_at + 1 :]))
            place = tables()[1].get(place, place)
            name_at = len(run)
        if title is not None and not place and after_possessive and previous:
            place = name_key(previous[-1].text)  # "Lithuania's Prime Minister"
        name = run[name_at:]
        if titled and title_at > 0 and name:
            prefix = run[:title_at]
            while prefix and key(prefix[-1].text) in PARTIES:
                prefix = prefix[:-1]  # "New Jersey Republican Gov.": a place and a party
            words_ = [t.text for t in prefix]
            pk = name_key(" ".join(words_))
            if prefix and pk not in tables()[1] and tables()[0].get(pk, ("", ""))[1] != "place":
                # "Human Rights Campaign President Chad Griffin": the organisation is named too
                s, e = base + prefix[0].start, base + prefix[-1].end
                kind = _kind(spelled(s, e), words_)
                # ... a place, when the office is a place's ("Nova Kakhovka Mayor")
                local = {key(t.text) for t in run[title_at:name_at]} & _LOCAL_OFFICES
                found.append(Mention("", 0, s, e, spelled(s, e),
                                     ("place" if local else "organisation") if kind == "person" else kind))
        if title is not None and not name:
            if found and found[-1].kind == "person" and re.fullmatch(r",\s*(?:the\s+)?", gap):
                # "Ingrida Simonyte, the Prime Minister of Lithuania": establishes the role
                found[-1] = _with_role(found[-1], title, place)
            else:
                s, e = base + run[0 if place else title_at].start, base + run[-1].end  # "Slovak Prime Minister"
                found.append(Mention("", 0, s, e, spelled(s, e), "role", title, place,
                                     attributed(text, run[title_at].start, run[-1].end)))
            previous = run
            continue
        if not name:
            previous = run
            continue
        s, e = base + name[0].start, base + name[-1].end
        surface = spelled(s, e)
        kind = "person" if titled else _kind(surface, [t.text for t in name])
        if not titled and name_key(surface) not in tables()[0]:
            kind = _in_context(kind, text, name[0].start, name[-1].end)
        if found and found[-1].kind == "role" and found[-1].end == base + (previous or run)[-1].end \
                and re.fullmatch(r",\s*", gap):
            # "Lithuania's Prime Minister, Ingrida Šimonytė": the role was this person's
            role = found.pop()
            title, place, kind = role.title, role.place, "person"
        found.append(Mention("", 0, s, e, surface, kind, title, place,
                             attributed(text, name[0].start, name[-1].end)))
        previous = run
    for m in _DOC.finditer(text):
        s, e = base + m.start(1), base + m.end(1)
        found.append(Mention("", 0, s, e, spelled(s, e), "media/source"))
    # a tuple: kept per sentence while a comparator runs, and most sentences' is the one empty tuple
    return tuple(sorted(found, key=lambda m: (m.start, m.end)))


def _with_role(m: Mention, title: str, place: str | None) -> Mention:
    return Mention(m.article, m.sentence, m.start, m.end, m.text, "person", title, place, m.quoted)
