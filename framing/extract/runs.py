"""Candidate names in a sentence: runs of capitalised words, split and trimmed.

A run joins capitalised words across name particles ("della", "von",
"of"); a sentence-initial word starts one only when it is known (in the
gazetteer, seen capitalised mid-sentence, or too rare to be a common word);
"X of Y" is split where the head is no name's, and a run is trimmed of the
words around a name that are no part of it. :mod:`framing.extract.entities`
reads the runs as mentions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from sys import intern

from wordfreq import zipf_frequency

from framing.extract.memo import shared
from framing.text.names import name_key, tables
from framing.text.normalise import key
from framing.text.people import given_name

__all__ = ["ORG_WORDS", "OTHER_WORDS", "PARTIES", "PLACE_WORDS", "RARE", "STOP", "Tok", "common_word", "name_runs",
           "name_tokens", "trim"]

RARE = 3.0
"""Zipf frequency below which a word is too rare to be a common English word."""
_PARTICLES = frozenset("of for de della del da di du van von der den la le al bin ibn".split())
_CALENDAR = frozenset(
    "jan feb aug sept oct nov dec january february march april may june july august september october "
    "november december monday tuesday wednesday thursday friday saturday sunday".split()
)
_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
_LAW_HEADS = frozenset("act bill law treaty accords agreement amendment convention charter protocol".split())
STOP = frozenset(
    "i i'm i've i'd i'll a an the this that these those it its he she we they you his her their our my "
    "in on at by for with from to of and or but if as so yet then after also now later earlier yesterday today "
    "meanwhile however still once before despite besides although though plus "
    "while when where what who why how since until unless because every each some many most no not "
    # prepositions start sentences, never names ("Across Hatay province, ...")
    "across amid amidst among during near inside outside through throughout over under around against "
    "toward towards within without upon via into onto beyond behind between".split()
)
ORG_WORDS = frozenset(
    "ministry department party association council agency committee commission bank university "
    "corp corporation inc company union alliance court senate congress house administration service "
    "institute foundation group organization organisation office army navy police forces force "
    "parliament government campaign club league fund board bureau center centre church school "
    "college airlines authority coalition network conference caucus summit forum command military "
    "society crescent federation movement front assembly cabinet guard brigade expeditions pmc "
    "embassy consulate syndicate ltd llc plc gmbh "
    # company heads: "Brawner Builders", "Synergy Marine Group"
    "builders holdings industries partners motors airways logistics technologies pharmaceuticals enterprises".split()
)
_WORD = re.compile(r"\w[\w&.'’-]*")
_ABBREVIATIONS = frozenset({"st.", "jr.", "sr.", "mt.", "inc.", "corp.", "ltd."})
_PARTY_TAG = re.compile(r"^[RDI]-[A-Z]")  # "R-Calif.", "D-N.C.": party and state, not a name
OTHER_WORDS = frozenset(
    "war act amendment convention constitution award prize program media "
    "revolution treaty accords cup games olympics".split()
)
PLACE_WORDS = frozenset(
    "county city street avenue river island islands valley mountains province region district "
    "oblast okrug krai raion rayon governorate prefecture canton voivodeship municipality".split()
)
_OF_HEADS = frozenset("republic kingdom state states university bank secretary minister".split())
PARTIES = frozenset("democratic democrat republican gop independent libertarian conservative liberal labour labor "
                     "tory".split())


@dataclass(slots=True)
class Tok:
    start: int  # offsets into the sentence
    end: int
    text: str
    initial: bool
    possessive: bool = False


def _tokens(sentence: str) -> list[Tok]:
    out = []
    for m in _WORD.finditer(sentence):
        s, w = m.start(), m.group()
        possessive = False
        if w.endswith(("'s", "’s")):
            w, possessive = w[:-2], True
        w = w.rstrip("'’-")
        if w[0].isupper() and "-" in w:
            cut = re.search(r"-(?=[a-z])", w)  # "NATO-led" names NATO
            if cut:
                w, possessive = w[: cut.start()], False
        abbreviation = False
        if w.endswith("."):
            wk = key(w)
            abbreviation = bool(
                re.search(r"\w\.\w", w) or len(w) == 2 or wk in tables()[2] or wk in _ABBREVIATIONS
            )
        if w.endswith(".") and not abbreviation:
            w = w[:-1]  # a full stop, not an abbreviation
        if not w:
            continue
        # the last non-space character before the word, found without copying
        # the sentence (a copy per word would be quadratic on long sentences)
        k = s - 1
        while k >= 0 and sentence[k].isspace():
            k -= 1
        initial = k < 0 or sentence[k] in ':"“‘«(—–-[•*.!?'
        # interned: every sentence's tokens are kept while a comparator runs, and the same
        # words recur in every sentence (a copy per occurrence was the largest part of them)
        out.append(Tok(s, s + len(w), intern(w), initial, possessive))
    return out


def _runs(sentence: str, tokens: list[Tok]) -> list[list[Tok]]:
    """Capitalised runs, joined across particles and single spaces only."""
    runs: list[list[Tok]] = []
    i = 0
    while i < len(tokens):
        if not tokens[i].text[0].isupper():
            i += 1
            continue
        run = [tokens[i]]
        j = i + 1
        while j < len(tokens) and not run[-1].possessive and sentence[run[-1].end : tokens[j].start] == " ":
            t = tokens[j]
            if key(t.text) in _WEEKDAYS:
                break  # "hit Syria Monday morning": a day after a name is a date, not part of it
            if t.text[0].isupper():
                run.append(t)
                j += 1
                continue
            # "the Infrastructure Investment and Jobs Act": a law's or a treaty's name holds an "and"
            if key(t.text) == "and" and key(run[-1].text) not in _LAW_HEADS and (
                    end := _law_end(sentence, tokens, j + 1)) is not None:
                run.extend(tokens[j:end])
                j = end
                continue
            # particles: "Corriere della Sera", "Republic of the Congo"
            k = j
            while k < len(tokens) and key(tokens[k].text) in _PARTICLES | {"the"} and k - j < 2:
                k += 1
            if k > j and k < len(tokens) and tokens[k].text[0].isupper() and key(tokens[j].text) != "the" and all(
                sentence[tokens[x].end : tokens[x + 1].start] == " " for x in range(j - 1, k)
            ):
                run.extend(tokens[j : k + 1])
                j = k + 1
                continue
            break
        runs.append(run)
        i = j
    return runs


def _law_end(sentence: str, tokens: list[Tok], j: int) -> int | None:
    """After "and" at ``j - 1``: the end of a capitalised run from ``j`` (single spaces) whose last
    word heads a law or a treaty (:data:`_LAW_HEADS`), else None."""
    k = j
    while k < len(tokens) and tokens[k].text[0].isupper() and sentence[tokens[k - 1].end : tokens[k].start] == " ":
        k += 1
    return k if k > j and key(tokens[k - 1].text) in _LAW_HEADS else None


def common_word(word: str, threshold: float) -> bool:
    return zipf_frequency(key(word), "en") >= threshold


def _split_of(run: list[Tok]) -> list[list[Tok]]:
    """Split "Richard Blumenthal of Connecticut"; keep "Bank of America", "Minister of Defence"."""
    names, _demonyms, titles = tables()
    for k, t in enumerate(run):
        if key(t.text) == "of" and 0 < k < len(run) - 1:
            head = run[:k]
            head_key = name_key(" ".join(x.text for x in head))
            last = key(head[-1].text)
            if head_key in names or last in titles or last in ORG_WORDS | _OF_HEADS | OTHER_WORDS | PLACE_WORDS:
                return [run]
            return [head, *_split_of(run[k + 1 :])]
    return [run]


def trim(run: list[Tok], known: frozenset[str]) -> list[Tok]:
    names, demonyms, _titles = tables()
    run = [t for t in run if not _PARTY_TAG.match(t.text)]
    inner = STOP - _PARTICLES - ({"the", "and"} if run and key(run[-1].text) in _LAW_HEADS else {"the"})
    if any(key(t.text) in inner for t in run[1:]):
        return []  # "Cover That Makes Her Look Crazy": a title in title case, not a name
    while run and key(run[0].text) in ("the", "a", "an"):
        run = run[1:]
    whole = name_key(" ".join(t.text for t in run))
    if whole not in names and (whole in demonyms or whole.removesuffix("s") in demonyms):
        return []  # "Russian", "Ukrainians": adjectives and peoples, not names
    if len(run) > 1 and key(run[-1].text).removesuffix("s") in PARTIES:
        place = name_key(" ".join(t.text for t in run[:-1]))
        if place in demonyms or names.get(place, ("", ""))[1] == "place":
            return []  # "an Arizona Republican", "Texas Democrats": a place and a party, not a name
    if run and run[0].initial and whole not in names:
        first = key(run[0].text)
        prefixes = (name_key(" ".join(t.text for t in run[:n])) for n in range(1, len(run) + 1))
        is_known = first in known or first in _titles or first in demonyms or any(p in names for p in prefixes)
        second = key(run[1].text) if len(run) > 1 else ""
        # "Controversial Arizona Sheriff Joe Arpaio": an adjective before a place or title
        before_known = second in _titles or second in demonyms or name_key(second) in names
        # a very common word starts a sentence, not a name ("Later Clinton left"; but "Bill Clinton")
        # "Added Gibbs", "Asked Obama", "Clearly Romney": a verb or adverb, not a first name
        inflected = first.endswith(("ed", "ly")) and common_word(first, RARE) and not given_name(first)
        common = common_word(first, RARE) if len(run) == 1 else common_word(first, 5.3) or before_known or inflected
        if first in STOP or (not is_known and common):
            run = run[1:]
            while run and key(run[0].text) in _PARTICLES | {"the"}:
                run = run[1:]
    if len(run) == 1 and key(run[0].text) in _CALENDAR | STOP:
        return []
    while run and key(run[-1].text) in _PARTICLES | {"the"}:
        run = run[:-1]
    return run


def name_tokens(sentence: str) -> list[Tok]:
    """:func:`_tokens` of a sentence, made afresh each call: what is kept is :func:`name_runs` (pass
    it these tokens when both are wanted). Keeping every sentence's words while the people registry
    ran was the largest part of its memory on a long article (4x the text): most words are in no run."""
    return _tokens(sentence)


def name_runs(sentence: str, tokens: list[Tok] | None = None) -> list[list[Tok]]:
    """A sentence's capitalised runs, split (:func:`_runs`, :func:`_split_of`), made once per
    :func:`framing.extract.memo.sharing` block (the people registry and the quotes' speakers both read
    every sentence's), from ``tokens`` if given (:func:`name_tokens` of the same sentence). Read-only."""
    sentence = intern(sentence)  # one copy of the text for all the keys a sentence's work is kept under
    return shared(("name runs", sentence),
                  lambda: [part for r in _runs(sentence, _tokens(sentence) if tokens is None else tokens)
                           for part in _split_of(r)])
