"""The noun phrase around a word: the modifiers an outlet sets before a term, and who is said to hold a place.

Framing by labelling sits as much in the words before a noun as in the noun
("the alleged far-left political activist", "a heinous and anti-democratic
attempted murder", "anti-government fighters") and in the compound that says
who holds a place or installed an official ("the Moscow-seized region of
Kherson", "the rebel-held area", "the self-proclaimed Donetsk People's
Republic"). Both are read here from a sentence's word tokens
(:func:`framing.extract.lexicon.sentence_tokens`) and the text between them,
without a part-of-speech tagger: no tagger model ships offline with a
maintained package, and the few rules below (a chain of modifiers starts after
a determiner, a number, a possessive, a preposition or punctuation; it holds
no function word nor verb of the naming module's list) are enough for noun
phrases of news prose. Cost: linear in the sentence.

Contents
--------
modifiers_before(text, toks, i)
    Where the chain of modifiers before ``toks[i]`` starts.
noun_phrase_after(text, toks, j)
    Where the noun phrase starting at ``toks[j]`` ends.
control_labels(text, toks)
    The compounds that say who holds a place or installed an official, with their noun phrase.

>>> from framing.extract.lexicon import tokens
>>> s = "Police held the alleged far-left political activist near the Moscow-seized region of Kherson."
>>> toks = tokens(s)
>>> i = [t.key for t in toks].index("activist")
>>> s[toks[modifiers_before(s, toks, i)].start:toks[i].end]
'alleged far-left political activist'
>>> [(term, s[toks[a].start:toks[b - 1].end]) for a, b, term in control_labels(s, toks)]
[('moscow-seized', 'Moscow-seized region of Kherson')]
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from framing.extract.lexicon import Token
from framing.extract.naming import BREAK_WORDS, DETERMINERS

__all__ = ["HELD", "control_labels", "modifiers_before", "noun_phrase_after"]

MAX_MODIFIERS = 4
"""Content words a chain of modifiers holds at most (a longer run is a clause, not a noun phrase)."""

CONTROLLERS = frozenset(
    """rebel rebels opposition government regime state army military militia militias insurgent insurgents
    separatist separatists jihadist jihadists islamist islamists terrorist terrorists cartel gang junta
    kremlin moscow self""".split())
"""The sides a lower-case compound names as holding a place ("rebel-held", "opposition-controlled",
"self-proclaimed"); a capitalised first word is a name and always counts ("Russian-held")."""

HELD = frozenset("occupied held seized controlled installed annexed backed proclaimed appointed".split())
"""The second word of a compound saying who holds a place or put someone in office ("Russian-held",
"Moscow-installed", "self-proclaimed", "Iran-backed")."""

# words a chain of modifiers never holds besides the naming module's: ages, counts and the like
_NOT_MODIFIERS = frozenset("year years old aged latest first last next new same".split())
# what may stand right before a chain of modifiers: a determiner, a preposition or a conjunction
_BEFORE_CHAIN = DETERMINERS | frozenset(
    "of in on at by for with from to into against among between amid despite after during as and or but than via "
    "over under many some several all most few both other more these those no any each every".split())
_JOINS = ("-", "‐")
# an adjective's ending: the word after it is still in the noun phrase ("acting leader", "southern city")
_ADJECTIVE_END = re.compile(r"(?:ing|al|ian|ern|ic|ive|ous|ary|ese|ish|ful|less|able|ible|ant|ent|ile|ed)$")
# what opens the noun phrase of "occupied" as an adjective: a determiner or a preposition (not "and":
# "... and occupied Soledar" is the verb)
_OPENS_PLACE = DETERMINERS | frozenset("of in on at by for with from to into across over under near".split())
_CONTROL_HINT = re.compile(r"[-‐](?:" + "|".join(sorted(HELD)) + r")\b|\boccup|,\s+which\s", re.I)
# "Russia, which occupies the dam": a relative clause saying a named side holds a place
_HOLDS = frozenset("occupies occupied controls controlled annexed".split())
# what such a clause must name to be about a place: a name, or a noun for a place or a site
_HOLDS_LEAD = frozenset("now still also has had".split())
_PLACE_NOUNS = frozenset("region oblast province republic district area territory territories".split())
_HELD_SITES = _PLACE_NOUNS | frozenset("dam plant city town village port peninsula station bridge airport base".split())


def _gap(text: str, toks: Sequence[Token], k: int) -> str:
    """The text between ``toks[k]`` and ``toks[k + 1]``."""
    return text[toks[k].end:toks[k + 1].start]


def _modifier(tok: Token) -> bool:
    k = tok.key.removesuffix("'s")
    return (k == tok.key and k.isalpha() and k not in BREAK_WORDS and k not in DETERMINERS
            and k not in _NOT_MODIFIERS)


def _adjective(text: str, toks: Sequence[Token], k: int) -> bool:
    """Whether ``toks[k]`` reads as an adjective: an adjective's ending, or the end of a hyphenated compound."""
    return bool(_ADJECTIVE_END.search(toks[k].key)) or (k > 0 and _gap(text, toks, k - 1) in _JOINS)


def modifiers_before(text: str, toks: Sequence[Token], i: int, *, quoted: bool = False) -> int:
    """Index of the first modifier of the noun phrase whose head (or first word of a term) is ``toks[i]``;
    ``i`` when it has none.

    A modifier is a content word (no function word, verb of the naming list, number or possessive) joined to
    the next by a space or a hyphen ("far-left"); "and" joins two modifiers ("heinous and anti-democratic").
    The chain counts only when what stands before it opens a noun phrase (a determiner, a number, a
    possessive, a preposition or conjunction, punctuation or the start of the sentence): in "police arrested
    suspect" nothing does, and "arrested" is not taken for a modifier. With ``quoted``, the term opens with a
    quotation mark the chain may cross ("inhumane 'Sanctions Act'": the outlet's adjective before its scare
    quotes).

    >>> from framing.extract.lexicon import tokens
    >>> s = "He condemned a heinous and anti-democratic attempted murder."
    >>> toks = tokens(s)
    >>> s[toks[modifiers_before(s, toks, 7)].start:]
    'heinous and anti-democratic attempted murder.'
    >>> s = "Officers arrested gunman Juraj."
    >>> modifiers_before(s, tokens(s), 2)
    2
    """
    words: list[tuple[int, int]] = []  # (first, last) token of each modifier, right to left
    k = i - 1
    opening = (" '", " ‘", ' "', " “", " «") if quoted else ()
    while k >= 0 and len(words) < MAX_MODIFIERS and (_gap(text, toks, k) in (" ", *_JOINS)
                                                     or (k == i - 1 and _gap(text, toks, k) in opening)):
        last = k
        if _gap(text, toks, k) in _JOINS:
            break  # the term is itself the end of a compound ("anti-government"): no chain
        while k > 0 and _gap(text, toks, k - 1) in _JOINS and toks[k - 1].key.isalpha():
            k -= 1  # a hyphenated compound is one modifier ("far-left", "pro-Western", "anti-democratic")
        compound = toks[k:last + 1]
        if len(compound) > 1:
            if not all(t.key.isalpha() for t in compound) or compound[-1].key in _NOT_MODIFIERS \
                    or (compound[0].key == "so" and compound[-1].key == "called"):
                break
        elif toks[k].key == "and" and words and k > 0 and _gap(text, toks, k - 1) == " " and _modifier(toks[k - 1]) \
                and _adjective(text, toks, k - 1):
            # "heinous and anti-democratic", "brutal and reckless"; not "opposition parties and liberal ..."
            k -= 1
            continue
        elif not _modifier(toks[k]):
            break
        words.append((k, last))
        k -= 1
    # the chain counts from a word right after what opens a noun phrase (punctuation, a determiner, a
    # preposition, a number, a possessive; the sentence's start for one word), and a word in -ed only first
    # ("the alleged gunman"; not "the police arrested suspects")
    for n in range(len(words), 0, -1):
        first = words[n - 1][0]
        if any(toks[a].key.endswith("ed") and a == b for a, b in words[:n - 1]):
            continue
        if first == 0:
            if n == 1:
                return first
            continue
        before, gap = toks[first - 1], _gap(text, toks, first - 1)
        if gap.strip() or before.key in _BEFORE_CHAIN or before.key.isdigit() or before.key.endswith("'s"):
            return first
    return i


def noun_phrase_after(text: str, toks: Sequence[Token], j: int, *, limit: int = 3) -> int:
    """End index (exclusive) of the noun phrase that starts at ``toks[j]``: its first word, the words after
    it while the one before reads as an adjective ("acting leader", "southern city", "nuclear plant"; a
    hyphen joins always), up to ``limit`` words, then an "of" with the name after it ("region of Kherson",
    "parts of the Donetsk region"). Without a tagger, "the Russian-held dam flooded dozens" stops at "dam".

    >>> from framing.extract.lexicon import tokens
    >>> s = "the rebel-held area from outside of Syria; acting leader of the Russian-controlled parts"
    >>> toks = tokens(s)
    >>> " ".join(t.text for t in toks[3:noun_phrase_after(s, toks, 3)])
    'area'
    >>> " ".join(t.text for t in toks[8:noun_phrase_after(s, toks, 8)])
    'acting leader'
    """
    if j >= len(toks) or not toks[j].key.isalpha() or toks[j].key in BREAK_WORDS | DETERMINERS:
        return j
    end = j + 1
    if toks[j].text[:1].isupper():  # a name: "the self-proclaimed Donetsk People's Republic"
        while end < len(toks) and toks[end].text[:1].isupper() and _gap(text, toks, end - 1) == " ":
            end += 1
        return end
    while end < len(toks) and end - j < limit and _modifier(toks[end]) and not toks[end].key.endswith("ed") and (
            _gap(text, toks, end - 1) in _JOINS
            or (_gap(text, toks, end - 1) == " " and _ADJECTIVE_END.search(toks[end - 1].key))):
        end += 1
    # "of" and a name: "region of Kherson", "parts of the Donetsk region"; not "of the Russian-controlled"
    if end + 1 < len(toks) and toks[end].key == "of" and _gap(text, toks, end - 1) == " ":
        k = end + 1
        if toks[k].key == "the" and k + 1 < len(toks):
            k += 1
        run = k
        while run < len(toks) and (toks[run].text[:1].isupper() or (run > k and toks[run].key in _PLACE_NOUNS)) \
                and (run == k or _gap(text, toks, run - 1) == " "):
            run += 1
        if run > k and (run >= len(toks) or _gap(text, toks, run - 1) not in _JOINS):
            end = run
    return end


def control_labels(text: str, toks: Sequence[Token]) -> list[tuple[int, int, str]]:
    """``(start, end, term)`` token spans where a text says who holds a place or installed an official: a
    hyphenated compound ending in one of :data:`HELD` ("Russian-held", "Moscow-installed", "self-proclaimed",
    "rebel-held"), or "occupied" / "occupation" before a noun ("the occupied territories", "occupation
    authorities"), each with the noun phrase it qualifies, or a relative clause after a name ("Russia, which
    occupies the dam": from "which" to the place). ``term`` is the compound or verb, lower case.

    >>> from framing.extract.lexicon import tokens
    >>> s = "Troops occupied the town; the occupation authorities and the Kremlin-backed, self-proclaimed DPR."
    >>> toks = tokens(s)
    >>> [(term, s[toks[a].start:toks[b - 1].end]) for a, b, term in control_labels(s, toks)]
    [('occupation', 'occupation authorities'), ('kremlin-backed', 'Kremlin-backed'), \
('self-proclaimed', 'self-proclaimed DPR')]
    """
    out: list[tuple[int, int, str]] = []
    if not _CONTROL_HINT.search(text, toks[0].start if toks else 0, toks[-1].end if toks else 0):
        return out  # most sentences: one regular-expression scan, no walk over the words
    k = 0
    while k < len(toks):
        tok = toks[k]
        if k + 1 < len(toks) and toks[k + 1].key in HELD and _gap(text, toks, k) in _JOINS and tok.key.isalpha() \
                and (tok.text[:1].isupper() or tok.key in CONTROLLERS):
            # who holds it: a name ("Russian-held", "Iran-backed") or a side ("rebel-held"); not
            # "mortgage-backed securities", "court-appointed guardian"
            end = noun_phrase_after(text, toks, k + 2) if k + 2 < len(toks) and _gap(text, toks, k + 1) == " " \
                else k + 2
            out.append((k, end, f"{tok.key.removesuffix(chr(39) + 's')}-{toks[k + 1].key}"))
            k = max(end, k + 2)
            continue
        if tok.key == "which" and k > 0 and _gap(text, toks, k - 1).strip() == "," and toks[k - 1].text[:1].isupper():
            v = k + 1
            while v < len(toks) and toks[v].key in _HOLDS_LEAD and v < k + 3:
                v += 1
            if v + 1 < len(toks) and toks[v].key in _HOLDS:
                start = v + 1 + (toks[v + 1].key in ("the", "a", "an"))
                end = noun_phrase_after(text, toks, start) if start < len(toks) else start
                if any(t.text[:1].isupper() or t.key in _HELD_SITES for t in toks[start:end]):
                    out.append((k, end, toks[v].key))  # ("Russia, which controls the media": no place)
                    k = end
                    continue
        # "the occupied territories", "in occupied Crimea", "Russian occupation authorities"; not the verb in
        # "Wagner fighters occupied key security sites"
        opened = k == 0 or _gap(text, toks, k - 1).strip() != "" or toks[k - 1].key in _OPENS_PLACE or (
            tok.key == "occupation" and toks[k - 1].text[:1].isupper())
        if tok.key in ("occupied", "occupation") and k + 1 < len(toks) and _gap(text, toks, k) == " " \
                and _modifier(toks[k + 1]) and opened and (k == 0 or _gap(text, toks, k - 1) not in _JOINS):
            end = noun_phrase_after(text, toks, k + 1)
            out.append((k, end, tok.key))
            k = end
            continue
        k += 1
    return out
