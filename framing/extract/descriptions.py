"""Descriptions that stand for a named person or country: "the nationalist leader" after "Robert Fico".

News prose names a person once and then describes them ("a gunman fired at the
nationalist leader", "the small country, which has felt threatened ..."): the
description is a label as telling as an appositive, and the one a reader of
framing looks for. No coreference model ships offline with a maintained
package, so this reads the plain case only: a noun phrase opened by "the" with at
least one modifier (:func:`framing.extract.phrases.modifiers_before`) and a head
noun for a public figure ("leader", "politician", "caterer") or a country
("country", "nation", "state"), not followed by a name (then it is a title) nor
by "of" ("the leader of the opposition" names another), stands for the entity of
that kind named last before it in another clause of its sentence, else for the
one of that kind the sentence before names when it names one only; never for one
named in the same clause before it or again after it, and a country's for a
country, not a town. "His former spokesman" is someone else (the possessor's):
not read. Cost: linear in the text (each sentence's own mentions).

>>> from framing import Article
>>> from framing.io.evidence import Evidence
>>> a = Article.from_text("Head\\nRobert Fico greeted a crowd. A gunman fired at the nationalist leader.\\n"
...                       "Fico survived.", id="a")
>>> def at(name, sentence, word):
...     i = a.text.index(word)
...     return name, Evidence.of(a, sentence, i, i + len(word))
>>> mentions = [at("Robert Fico", 1, "Robert Fico"), at("Robert Fico", 3, "Fico survived")]
>>> [(x.entity, x.text, x.voice) for x in described_labels(a, mentions, (), {"Robert Fico": "person"})]
[('Robert Fico', 'nationalist leader', 'own')]
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import lru_cache

from framing.extract.lexicon import sentence_tokens
from framing.extract.naming import BREAK_WORDS, DESCRIBING_NOUNS, Label, label_at
from framing.extract.phrases import modifiers_before
from framing.extract.quotes import Quote
from framing.io.article import Article
from framing.io.evidence import Evidence
from framing.text.names import countries, demonyms, gazetteer_titles, name_key, places

__all__ = ["described_labels"]

_COUNTRY_HEADS = frozenset("country nation state republic kingdom".split())
# head nouns of a description of a public figure: offices, roles in politics, business, war and the press,
# and the epithets of the word-choice literature (not "conductor", "witness": people of the story who are
# rarely the person named before)
# (not the nouns for the unnamed people of a story, "the alleged far-left political activist": the gunman)
_PERSON_HEADS = DESCRIBING_NOUNS - _COUNTRY_HEADS - frozenset(
    """regime government authorities outfit militia army group company capital city town village region
    suspect gunman assailant attacker activist militant fighter rebel soldier mercenary victim""".split()
) | frozenset(
    """leader politician premier president strongman autocrat dictator despot tyrant warlord businessman
    businesswoman entrepreneur magnate mogul dissident opponent populist nationalist statesman lawmaker
    legislator ruler monarch cleric commander general spokesman spokeswoman chef caterer founder financier
    ideologue propagandist firebrand maverick reformer hardliner moderate conservative liberal""".split())


_HEADS = _PERSON_HEADS | _COUNTRY_HEADS
_OPENERS = frozenset({"the"})  # not "his", "her": "his former spokesman" is another, the possessor's
# what ends a clause between a name and a description of the same person
_CLAUSE_BREAK = re.compile(r"[,;:—–()]|\b(?:when|while|as|after|before|because|but|since|until|who|which)\b", re.I)


def _head_kind(tok_text: str, word: str) -> str | None:
    """``person`` or ``place`` for a description's head noun (written in lower case), else None."""
    if not tok_text.islower():
        return None  # "the Hungarian Prime Minister" is a title, read with names
    if word in _COUNTRY_HEADS:
        return "place"
    return "person" if word in _PERSON_HEADS else None


@lru_cache(maxsize=1)
def _title_words() -> frozenset[str]:
    """Words an "entity" made only of is a title, not a person ("Former US President")."""
    return gazetteer_titles() | demonyms() | frozenset(places())


def _places_in(text: str, names: Sequence[str], skip: set[str]) -> list[str]:
    """The places of ``names`` that ``text`` writes (a possessive too), in the order it first writes them."""
    found = []
    for name in names:
        if name not in skip:
            m = re.search(r"(?<!\w)" + re.escape(name) + r"(?:['’]s)?(?!\w)", text)
            if m:
                found.append((m.start(), name))
    return [n for _at, n in sorted(found)]


def described_labels(article: Article, mentions: Sequence[tuple[str, Evidence]], quotes: Sequence[Quote],
                     kinds: Mapping[str, str]) -> list[Label]:
    """Descriptor labels of definite descriptions standing for a named person or country (module docstring).

    Parameters
    ----------
    article
        The article.
    mentions
        ``(entity, evidence)`` of each mention of an entity in the article (its labels' mentions).
    quotes
        The article's direct quotes (a description inside one is in the speaker's voice).
    kinds
        Entity -> kind (``person``, ``place``, ...): a person's description stands for a person, a
        country's for a place.
    """
    # the mentions in reading order, walked sentence by sentence (a slice each), not a dict of lists of new
    # pairs: a large article has a mention every few words
    ms = sorted(mentions, key=lambda m: (m[1].start, m[1].end, m[0]))
    p = 0
    demonym_words = demonyms()
    titles = _title_words()
    place_names = [n for n, k in sorted(kinds.items()) if k == "place" and name_key(n) in countries()]
    ordered = sorted(quotes, key=lambda q: (q.start, q.end))
    starts = [q.start for q in ordered]
    out: list[Label] = []
    body = [sn for sn in article.sentences if sn.role in ("body", "title")]
    previous: list[tuple[str, Evidence]] = []
    prev_sentence = None
    for sn in body:
        while p < len(ms) and ms[p][1].sentence < sn.index:
            p += 1
        q = p
        while q < len(ms) and ms[q][1].sentence == sn.index:
            q += 1
        here, p = ms[p:q], q
        toks = sentence_tokens(sn)
        for h in range(1, len(toks)):
            if toks[h].key not in _HEADS:
                continue
            kind = _head_kind(toks[h].text, toks[h].key)
            if kind is None:
                continue
            first = modifiers_before(article.text, toks, h)
            if first == h or first == 0 or toks[first - 1].key not in _OPENERS:
                continue
            after = article.text[toks[h].end:toks[h + 1].start] if h + 1 < len(toks) else ""
            if h + 1 < len(toks) and after.strip() in ("", "'s", "’s") and (
                    toks[h + 1].text[:1].isupper() or toks[h + 1].key == "of"
                    or toks[h + 1].key not in BREAK_WORDS):
                continue  # a title ("the former caterer Yevgeny Prigozhin"), "the leader of ...", or no head
                # ("the opposition leader's" is; "the leader board" is not)
            if all(t.key in demonym_words for t in toks[first:h]):
                continue  # "the Russian leader", "the Russian state": whose, not what; often another's
            s, e = toks[first].start, toks[h].end
            if any(s < ev.end and e > ev.start for _n, ev in here):
                continue  # (this sentence's mentions only: the cost stays linear in the text)
            # the referent: the nearest of its kind named before it in another clause of the sentence; else
            # the one of its kind the sentence before names, when it names one only ("Juraj Cintula shot
            # Robert Fico. The populist leader ..." names two: none); never one the sentence names again
            # after it, nor one named before in the same clause ("Yamagami was standing behind the former
            # Japanese leader" is not Yamagami)
            later = {n for n, ev in here if ev.start >= e}
            bound = {n for n, ev in here if ev.end <= s and not _CLAUSE_BREAK.search(article.text[ev.end:s])}
            before = [n for n, ev in here if ev.end <= s and kinds.get(n) == kind and n not in later | bound]
            earlier = list(dict.fromkeys(n for n, ev in previous if kinds.get(n) == kind and n not in later | bound))
            if kind == "place":
                # a country, not a town ("shot in Handlova. The small country ..."); one the sentence before
                # names inside a title ("Lithuania's Prime Minister, ...") is no mention of it, yet the subject
                # a description takes up: found by its name in the text
                before = [n for n in before if n in place_names]
                if prev_sentence is not None:
                    earlier = _places_in(prev_sentence.text, place_names, later | bound) or earlier
                earlier = [n for n in earlier if n in place_names]
            referent = before[-1] if before else (earlier[0] if len(earlier) == 1 else None)
            if referent is None or (kind == "person" and all(w in titles for w in referent.lower().split())):
                continue  # none, or an "entity" that is a title ("Former US President")
            label = label_at(article, sn, referent, "descriptor", s, e, ordered, starts)
            if label is not None and re.search(r"[a-z]", label.text):
                out.append(label)
        previous, prev_sentence = here, sn
    return out
