"""Names and speakers in a supported language other than English (see :mod:`framing.text.language`).

Each function stands for an English step of the extract layer when the article's language is
another supported one; the English steps call them through a one-line hook, so English text
never reaches this module and its results do not change.

Contents
--------
speaker(before, after, language)
    Who a quote's own sentence says spoke ("sagte X", "— заявил X", "X powiedział:").
ends_label(word, language)
    Whether a word stops a label read backwards from a name (a function word, a verb of saying).
mentions(article, language, attributed)
    Names: after a title, or runs of capitalised words that are neither function words nor,
    in German, capitalised common nouns (as :class:`Found` rows :mod:`framing.extract.entities`
    makes mentions of).

>>> from framing.text.language import profile
>>> speaker("", ", sagte Bürgermeisterin Katrin Müller am Dienstag.", profile("de"))
'Katrin Müller'
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from typing import NamedTuple

from framing.io.article import Article
from framing.text.language import Language

__all__ = ["COMMON", "Found", "ends_label", "mentions", "speaker"]

_LETTERS = r"[^\W\d_]"
_CAPITAL = re.compile(r"[^\W\d_][\w'’ʼ-]*")


class Found(NamedTuple):
    """One name :func:`mentions` finds (a :class:`framing.extract.entities.Mention` without its article)."""

    sentence: int
    start: int
    end: int
    text: str
    kind: str
    title: str | None
    quoted: bool


# -- quotes ------------------------------------------------------------------------------------

_NAME_RUN = rf"{_LETTERS}[\w'’ʼ-]*"


def _name_after(words: str, language: Language) -> str | None:
    """The name that opens ``words``: titles and lower-case articles skipped, then the run of
    capitalised words (particles such as "von", "de" inside it kept)."""
    tokens = re.findall(r"[\w'’ʼ.-]+|[^\w\s]", words)
    k = 0
    particles = {"von", "van", "de", "del", "della", "di", "da", "du", "le", "la"}
    # a title further on names the one who speaks ("sagte der von Russland eingesetzte Bürgermeister
    # Wladimir Leontjew": not "Russland"): start at the first title followed by a capitalised word
    for t in range(min(len(tokens) - 1, 8)):
        if not re.fullmatch(r"[\w'’ʼ.-]+", tokens[t]):
            break  # the clause ends
        if t > 0 and _is_title(tokens[t], language) and tokens[t + 1][:1].isupper():
            k = t
            break
    while k < len(tokens) and (tokens[k].casefold().rstrip(".") in language.titles
                              or (tokens[k].casefold() in language.stop_words and tokens[k][:1].islower())
                              or (tokens[k][:1].islower() and k + 1 < len(tokens) and
                              f"{tokens[k]} {tokens[k + 1]}".casefold() in language.titles)):
        k += 1
    name: list[str] = []
    while k < len(tokens):
        t = tokens[k].rstrip(".")
        if t[:1].isupper() and t.casefold() not in language.titles and re.fullmatch(_NAME_RUN, t):
            name.append(t)
            if tokens[k].endswith(".") and len(t) > 1:
                break  # the sentence ends
        elif name and t in particles and k + 1 < len(tokens) and tokens[k + 1][:1].isupper():
            name.append(t)
        else:
            break
        k += 1
    name = name[_name_start(name, language):]
    if not name or (len(name) == 1 and name[0].casefold() in language.stop_words) or _possessive(name, language):
        return None
    return " ".join(name)


def _possessive(name: list[str], language: Language) -> bool:
    """A German possessive and the common noun it governs ("Grossis Behörde": the IAEA, not a person):
    the first word is a genitive in -s, no commoner than the word without it (as first names are:
    "Klaus", "Niklas"), and the last word is a common noun.

    >>> from framing.text.language import profile
    >>> de = profile("de")
    >>> _possessive(["Grossis", "Behörde"], de), _possessive(["Klaus", "Müller"], de)
    (True, False)
    """
    if language.code != "de" or len(name) < 2 or not name[0].endswith("s") or name[0].endswith("ss"):
        return False
    from wordfreq import zipf_frequency

    word = name[0].casefold()
    return zipf_frequency(word[:-1], "de") >= zipf_frequency(word, "de") and _noun(name[-1], language)


_PATRONYMIC = re.compile(r"(?:[оеє]вич|[оеє]вна|ична|ічна|[оеє]вич)$")


def _name_start(words: list[str], language: Language) -> int:
    """Where the name starts in a run of capitalised words: after an acronym ("КПРФ Геннадия
    Зюганова") and, in a language that declines names, after a body in the genitive
    ("председатель Госдумы Вячеслав Володин"): the last two words, three with a patronymic.

    >>> from framing.text.language import profile
    >>> words = "Госдумы Вячеслав Володин".split()
    >>> words[_name_start(words, profile("ru")):]
    ['Вячеслав', 'Володин']
    """
    start = 0
    while start < len(words) - 1 and len(words[start]) >= 2 and words[start].isupper():
        start += 1
    if language.name_endings and len(words) - start > 2:
        keep = 3 if _PATRONYMIC.search(words[-2].casefold()) else 2
        start = max(start, len(words) - keep)
    return start


def _name_before(words: str, language: Language) -> str | None:
    """The name that ends ``words`` (the run of capitalised words before a verb of saying)."""
    tokens = words.split()
    name: list[str] = []

    def part(t: str) -> bool:
        return bool(t[:1].isupper() and re.fullmatch(_NAME_RUN, t) and t.casefold() not in language.stop_words
                    and not _is_title(t, language))

    k = len(tokens)
    while k:
        t = tokens[k - 1].strip(",;")
        if part(t):
            name.insert(0, t)
            k -= 1
            continue
        # a particle inside the name ("Ursula von der Leyen"), a name's word on either side of it
        joined = next((n for n in (2, 1) if name and k - n >= 1 and tuple(tokens[k - n : k]) in _PARTICLES
                       and part(tokens[k - n - 1].strip(",;"))), 0)
        if not joined:
            break
        name[:0] = tokens[k - joined : k]
        k -= joined
    return " ".join(name) or None


@cache
def _words_of_saying(language: Language) -> frozenset[str]:
    return frozenset(v.lower() for v in language.verbs if " " not in v)


def ends_label(word: str, language: Language) -> bool:
    """Whether ``word`` ends a descriptor read backwards from a name (:mod:`framing.extract.naming`):
    a function word or a verb of saying of ``language``.

    >>> from framing.text.language import profile
    >>> ends_label("sagte", profile("de")), ends_label("Bürgermeisterin", profile("de"))
    (True, False)
    """
    w = word.lower()
    return w in language.stop_words or w in _words_of_saying(language)


@cache
def _verbs(language: Language) -> str:
    return "|".join(sorted((re.escape(v) for v in language.verbs), key=len, reverse=True))


@cache
def _speech(language: Language) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    verbs = _verbs(language)
    according = "|".join(sorted((re.escape(v) for v in language.according), key=len, reverse=True))
    after = re.compile(rf"^[\s,.:;!?]*[-–—]*\s*(?:{verbs})(?!\w)\s*(?P<who>.*)", re.I | re.S)
    # "X sagte: „", and with where it was said before the colon: "X schrieb auf X/Twitter: „"
    before = re.compile(rf"(?P<who>.*?)\s+(?:{verbs})(?!\w)(?:[^\w]*$|(?:\s+[^\s:,.;„“”\"«»]+){{1,4}}\s*:\s*$)",
                        re.S)
    by = re.compile(rf"(?<!\w)(?:{according})(?!\w)\s+(?P<who>.*)", re.I | re.S)
    # the verb first and the speaker after it, the quote next ("Vor allem mit Blick auf die AfD warnte
    # Habeck, „...", "Dazu sagte Merkel: „...", "заявил Песков: «..."): at most a title and a name
    inverted = re.compile(rf"(?<!\w)(?:{verbs})\s+(?P<who>[^\s,:;.!?„“”\"«»]+(?:\s+[^\s,:;.!?„“”\"«»]+){{0,4}})"
                          r"\s*[,:]?\s*$", re.I | re.S)
    return after, before, by, inverted


def speaker(before: str, after: str, language: Language) -> str | None:
    """The speaker the quote's own sentence names, or None (see the module docstring).

    >>> from framing.text.language import profile
    >>> speaker("", ", — заявил мэр Пётр Соколов.", profile("ru"))
    'Пётр Соколов'
    >>> speaker("Minister Anna Nowak powiedziała: ", "", profile("pl"))
    'Anna Nowak'
    >>> speaker("", ", — сказал он.", profile("ru"))
    'he'
    >>> speaker("", ", – сообщили в МЧС.", profile("ru"))
    'МЧС'
    >>> speaker("Der ungarische Ministerpräsident Victor Orban schrieb auf X/Twitter: ", "", profile("de"))
    'Victor Orban'
    >>> speaker("Auch Ursula von der Leyen äußerte sich auf X und schrieb:", "", profile("de"))
    'Ursula von der Leyen'
    >>> de = profile("de")
    >>> speaker("Er traf Merkel und sagte: ", "", de), speaker("Anna traf Merkel und sagte: ", "", de)
    ('he', 'Anna')
    >>> speaker("Vor allem mit Blick auf die AfD warnte Habeck, ", "", profile("de"))
    'Habeck'
    """
    after_rx, before_rx, by_rx, inverted_rx = _speech(language)
    m = after_rx.match(after)
    if m:
        pronoun = re.match(r"\w+", m["who"])
        if pronoun and pronoun.group().casefold() in language.pronouns:  # "sagte er": extract.quotes resolves it
            return language.pronouns[pronoun.group().casefold()]
        who = _name_after(m["who"], language)
        if who:
            return who
        # "сообщили в МЧС": an institution says it (an acronym or a capitalised name after the preposition)
        at = re.match(r"\s*(\w+)\s+([A-ZА-ЯЁІЇЄҐ][\w-]*(?:\s+[A-ZА-ЯЁІЇЄҐ][\w-]*)*)", m["who"])
        if at and at.group(1).casefold() in language.institutions:
            return at.group(2)
    m = before_rx.search(before)
    if m:
        said = m["who"].split()
        if said and said[-1].casefold() in language.conjunctions:
            # two verbs of one subject ("Ursula von der Leyen äußerte sich auf X und schrieb:"): the
            # name stands before the first, a lower-case word, a few words back
            said.pop()
            said = next((said[:-k] for k in range(2, min(6, len(said))) if said[-k][:1].islower() and (
                said[-k - 1].casefold() in language.pronouns or _name_before(" ".join(said[:-k]), language))), [])
        if said and said[-1].casefold() in language.pronouns:  # "Er sagte: „...“"
            return language.pronouns[said[-1].casefold()]
        who = _name_before(" ".join(said), language)
        if who:
            return who
    m = inverted_rx.search(before)
    if m and m["who"].split()[0].casefold() in language.pronouns:  # "sagte er: „...“"
        return language.pronouns[m["who"].split()[0].casefold()]
    if m and (who := _name_after(m["who"], language)):
        return who
    for text in (after, before):
        m = by_rx.search(text)
        if m:
            who = _name_after(m["who"], language)
            if who:
                return who
    return None


# -- names -------------------------------------------------------------------------------------

COMMON = 3.0
"""Zipf frequency (wordfreq, in the language) from which a capitalised German word standing
alone is taken for a common noun, not a name (German capitalises every noun)."""


def _common(word: str, language: Language, threshold: float = COMMON) -> bool:
    from wordfreq import zipf_frequency

    return bool(zipf_frequency(word.casefold(), language.code) >= threshold)


def _noun(word: str, language: Language) -> bool:
    """A German common noun: a common word, or a compound ending in one ("Straßenbahnlinie")."""
    w = _bare(word, language)
    return _common(w, language) or any(_common(w[k:], language) and len(w) - k >= 4 for k in range(3, len(w) - 3))


def _title_before(text: str, start: int, language: Language, *, near: int) -> str | None:
    """A title among the ``near`` words before ``start`` ("мэр", "міська голова"), none of
    them ending a clause."""
    words = text[:start].split()[-near:]
    for k in range(len(words) - 1, -1, -1):
        if words[k][-1:] in ",.;:!?»“”\"" and not (words[k][-1:] == "." and words[k][:-1] in language.abbreviations):
            break  # a clause ends (an abbreviation's full stop, "Prof.", ends none)
        for n in (2, 1):
            if k - n + 1 >= 0 and _is_title(" ".join(words[k - n + 1 : k + 1]), language):
                return " ".join(words[k - n + 1 : k + 1]).casefold().rstrip(".")
        if words[k].casefold() in language.stop_words:
            break  # "Chef der russischen Söldner-Gruppe": the title is another's
    return None


def _is_title(words: str, language: Language) -> bool:
    """A title, or a compound ending in one ("Wagner-Chef"; in a language that writes compounds
    as one word, "Verteidigungsminister", "Regierungschef").

    >>> from framing.text.language import profile
    >>> [_is_title(w, profile("de")) for w in ("Verteidigungsminister", "Regierungschef", "Minister", "Chefin")]
    [True, True, True, True]
    >>> [_is_title(w, profile("de")) for w in ("Ministerium", "Chefs", "Schefflera")]
    [False, False, False]
    """
    w = words.casefold().rstrip(".")
    if w in language.titles or ("-" in w and w.rsplit("-", 1)[1] in language.titles):
        return True
    return language.compounds and " " not in w and any(
        w.endswith(t) and len(t) >= 4 and len(w) - len(t) >= 3 for t in _compound_heads(language))


@cache
def _compound_heads(language: Language) -> tuple[str, ...]:
    """Titles that may end a compound: one word each (the last part of "Innenminister")."""
    return tuple(sorted(t for t in language.titles if " " not in t and t.isalpha()))


# particles inside a name ("Ursula von der Leyen", "Alexander Van der Bellen"), after a first name or a
# capitalised particle, never after a title ("Präsident von Frankreich") nor a noun a determiner opens
# ("die Menschen von der Krim")
_PARTICLES = frozenset({("von",), ("van",), ("von", "der"), ("van", "der"), ("van", "den"), ("von", "dem"),
                        ("de",), ("de", "la"), ("da",), ("di",), ("du",), ("del",), ("della",), ("zu",), ("ter",),
                        ("ten",)})
_CAPITAL_PARTICLES = frozenset({"van", "von", "de", "da", "di", "del"})


def _particles(text: str, tokens: list[re.Match[str]], run: list[re.Match[str]], j: int,
               language: Language) -> int:
    """How many lower-case particle tokens from ``j`` join the run to the capitalised word after
    them (0 for none)."""
    for n in (2, 1):
        if j + n >= len(tokens) or not tokens[j + n].group()[:1].isupper():
            continue
        gap = tuple(t.group() for t in tokens[j : j + n])
        spaced = all(text[a.end() : b.start()] == " "
                     for a, b in zip([run[-1], *tokens[j : j + n]], tokens[j : j + n + 1], strict=True))
        last = run[-1].group()
        if not spaced or _is_title(last, language) or _after_determiner(text, run[-1].start(), language):
            continue
        joined = " ".join((last, *gap)).casefold()
        if any(a.casefold().endswith(joined) for a in language.according):
            continue  # "nach Angaben von Feuerwehr und Stadt": an attribution, no name's particle
        if gap in _PARTICLES or (
                last.casefold() in _CAPITAL_PARTICLES and last[:1].isupper() and gap in (("der",), ("den",))):
            return n
    return 0


def _after_determiner(text: str, start: int, language: Language) -> bool:
    """A determiner (and an adjective) stands before ``start``: what follows is a common noun
    ("die Menschen von ...", "den Unternehmer Jonas Albrecht")."""
    before = text[:start].split()[-2:]
    return bool(before) and (before[-1].casefold() in language.determiners or (
        len(before) == 2 and before[-1].islower() and before[0].casefold() in language.determiners))


def _bare(word: str, language: Language) -> str:
    """A name's word without a German genitive "s" ("Prigoschins" -> "prigoschin")."""
    w = word.casefold()
    return w[:-1] if language.code == "de" and len(w) > 4 and w.endswith("s") and not w.endswith("ss") else w


def mentions(article: Article, language: Language,
             attributed: Callable[[str, int, int], bool]) -> tuple[Found, ...]:
    """Name mentions of ``article``'s content, in reading order.

    A run of capitalised words is a person's name when a title opens it or stands just
    before it ("Bürgermeisterin Katrin Müller", "губернатор Тверской области Игорь Руденя"),
    when a verb of saying names it, when its last word has the language's surname form
    ("Соколов", "Wiśniewska", "Žukauskienė"), when the article also names that surname
    alone, or (German) when none of its words is a common noun. Other runs are listed as
    ``other``. A run is no name when it follows a number ("4,5 Milliarden Euro"), holds a
    digit, or (German) is all common nouns ("Die Kosten"); a function word never opens a
    name ("По данным"); a sentence-initial capital counts only for a word the article
    capitalises mid-sentence. ``attributed`` tells the English attribution of a name
    (:func:`framing.extract.entities.attributed`). Cost: linear in the article.
    """
    body = article.body
    mid: set[str] = set()
    for s in body:
        for m in list(_CAPITAL.finditer(s.text))[1:]:
            if m.group()[:1].isupper():
                mid.add(m.group().casefold())
    surname = re.compile(language.surnames) if language.surnames else None
    out: list[Found] = []
    alone: set[str] = set()  # words the article names by themselves ("Prigoschin")
    for s in body:
        text = s.text
        tokens = list(_CAPITAL.finditer(text))
        k = 0
        while k < len(tokens):
            # a word cut before a hyphen ("Brücken- und Ingenieurbauwerke") is half of a compound, no name
            if not tokens[k].group()[:1].isupper() or tokens[k].group().endswith("-"):
                k += 1
                continue
            run = [tokens[k]]
            j = k + 1
            while j < len(tokens):
                if tokens[j].group()[:1].isupper() and not tokens[j].group().endswith("-") and \
                        text[run[-1].end() : tokens[j].start()] in (" ", "\u00a0"):
                    run.append(tokens[j])
                    j += 1
                elif n := _particles(text, tokens, run, j, language):
                    run.extend(tokens[j : j + n + 1])
                    j += n + 1
                else:
                    break
            k = j
            # drop what opens the run and is no name: a function word, a sentence-initial common word
            while run and (run[0].group().casefold() in language.stop_words
                           or run[0].group().casefold() in language.determiners  # "Beim Teileinsturz"
                           or (run[0].start() == _first_word(text) and run[0].group().casefold() not in mid)):
                run = run[1:]
            title: str | None = None
            while run and _is_title(run[0].group(), language):
                title, run = run[0].group().casefold().rstrip("."), run[1:]
            # a title inside the run starts the name after it ("Polens Regierungschef Donald Tusk")
            inner = [t for t in range(1, len(run) - 1) if _is_title(run[t].group(), language)]
            if inner:
                title, run = run[inner[-1]].group().casefold().rstrip("."), run[inner[-1] + 1 :]
            run = run[:4]
            if not run or any(c.isdigit() for x in run for c in x.group()):
                continue
            words = [x.group() for x in run]
            after = text[run[-1].end() :]
            if title is None:
                title = _title_before(text, run[0].start(), language, near=1 if len(run) == 1 else 3)
            if title is not None and len(run) == 1 and re.match(r"\s+[^\W\d_]", after) and \
                    re.match(r"\s+(\w+)", after).group(1).casefold() in language.place_nouns:  # type: ignore[union-attr]
                title = None  # "губернатор Тверской области": the place of the title, not a name
            if text[: run[0].start()].rstrip()[-1:].isdigit() and title is None:
                continue  # "4,5 Milliarden Euro": a unit, not a name
            # "der Stadtrat", "den Unternehmer Jonas Albrecht", "der russischen Söldner-Gruppe Wagner":
            # a determiner (and adjectives) before the run make its first word a common noun
            if language.determiners and title is None and _after_determiner(text, run[0].start(), language):
                head, run = run[0].group(), run[1:]
                title = head.casefold() if _is_title(head, language) else None
                if not run:
                    continue
                words = [x.group() for x in run]
            if len(words) == 1:
                alone.add(_bare(words[0], language))
            common = [not w[:1].islower() and (_noun(w, language) if language.code == "de" else _common(w, language))
                      for w in words]  # a particle ("von") is no common noun
            if language.code == "de" and title is None and len(words) > 1 and all(
                    _common(_bare(w, language), language, 4.5) for w in words if not w[:1].islower()):
                continue  # "Milliarden Euro": very common nouns
            if len(words) == 1 and title is None and (common[0] or _common(words[0], language)):
                continue  # "Opposition", "Comune", "Straßenbahnlinie": a common word, capitalised
            if title is not None or len(run) > 2:
                run = run[_name_start(words, language):]
                words = words[len(words) - len(run):]
            s0, e0 = run[0].start(), run[-1].end()
            quoted = attributed(text, s0, e0) or _said(text, s0, e0, language)
            person = title is not None or (len(run) >= 2 and (
                quoted or bool(surname and surname.search(words[-1].casefold()))
                or (language.code == "de" and not any(common))))
            out.append(Found(s.index, s.start + s0, s.start + e0, text[s0:e0],
                             "person" if person else "other", title, quoted))
    # a name is a person's when the article titles or quotes someone of that surname, or names
    # the surname alone as well ("Jewgeni Prigoschin" ... "Prigoschin")
    surnames = {m.text.split()[-1].casefold() for m in out if m.kind == "person"}
    return tuple(m if m.kind == "person" or not (
                     m.text.split()[-1].casefold() in surnames
                     or (len(m.text.split()) >= 2 and _bare(m.text.split()[-1], language) in alone)) else
                 m._replace(kind="person")
                 for m in out)


def _first_word(text: str) -> int:
    m = re.search(r"\w", text)
    return m.start() if m else 0


def _said(text: str, start: int, end: int, language: Language) -> bool:
    """Whether a verb of saying follows the name ("Müller sagte") or comes just before it
    ("sagte Bürgermeisterin Katrin Müller")."""
    verbs = _verbs(language)
    return bool(re.match(rf"\s*,?\s+(?:{verbs})(?!\w)", text[end:], re.I)
                or re.search(rf"(?<!\w)(?:{verbs})\s+(?:\w+\s+){{0,2}}$", text[:start], re.I))
