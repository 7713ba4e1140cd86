"""Numbers: figures and dates on shared units that differ between outlets.

A fact-checker's first question when outlets tell the same story: do they
give the same figures? For every unit two or more articles carry, the
figures of each article's sentences in it are read with
:func:`framing.text.numbers.extract` (numbers, amounts, percentages, dates, years,
weekdays, times) and compared by value, so "5" and "five", or "$2.5bn" and
"2.5 billion dollars", agree.

A figure is *unmatched* when some other article carrying the unit states no
figure that agrees with it. Unmatched figures are reported per unit and kind
of figure (see :data:`framing.text.numbers.KINDS`):

``conflicting``
    Two articles each state a figure of that kind the other does not: they
    disagree ("3,000 troops" / "2,500 troops").
``missing``
    Some articles state figures of that kind that others leave out, and no
    one states a different one (one outlet gives the date, the other none).
    A weekday or a clock time one outlet leaves out is not a finding (it
    says when, which the date already does); only a conflicting one is.

Two percentages that add up to a hundred (as rounded) are one fact told from
either side ("77 percent of benefits" / "a 23 percent cut"), not a conflict.

>>> from framing import Article, align
>>> a = Article.from_text("Some 3,000 troops crossed the border on Monday.", id="a")
>>> b = Article.from_text("About 2,500 troops crossed the border.", id="b")
>>> c = Article.from_text("Three thousand troops crossed the border on Monday.", id="c")
>>> for f in numbers([a, b, c], align([a, b, c])).findings:
...     print(f.kind, f.status, {k: [x.text for x in v] for k, v in f.says.items()})
number conflicting {'a': ['3,000'], 'b': ['2,500'], 'c': ['Three thousand']}
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from framing.align.units import Alignment
from framing.io.article import Article
from framing.io.evidence import Evidence
from framing.io.jsonstream import Lazy, each
from framing.text.numbers import KINDS, Figure, agree, complementary, extract

__all__ = ["Citation", "NumberFinding", "Numbers", "numbers"]


@dataclass(frozen=True, slots=True)
class Citation(Evidence):
    """One figure as one article states it: its evidence, plus its normalised ``value`` and
    ``qualifier`` (currency or year), as in :class:`framing.text.numbers.Figure`."""

    value: str
    qualifier: str | None

    def to_dict(self) -> dict[str, Any]:
        """Plain-JSON form: the evidence's fields, ``value`` and ``qualifier``."""
        return {**Evidence.to_dict(self), "value": self.value, "qualifier": self.qualifier}


@dataclass(frozen=True)
class NumberFinding:
    """Figures of one kind on one unit that the articles do not all state.

    Attributes
    ----------
    unit
        The unit's id.
    kind
        The kind of figure (:data:`framing.text.numbers.KINDS`).
    status
        ``conflicting`` or ``missing`` (see the module docstring).
    says
        Every article carrying the unit (in id order) -> its unmatched figures
        of this kind, in reading order; empty if it states none.
    """

    unit: str
    kind: str
    status: str
    says: Mapping[str, tuple[Citation, ...]]

    @property
    def silent(self) -> tuple[str, ...]:
        """Articles carrying the unit that state no unmatched figure of this kind."""
        return tuple(a for a, c in self.says.items() if not c)

    def to_dict(self) -> dict[str, Any]:
        """Plain-JSON form."""
        return {
            "unit": self.unit,
            "kind": self.kind,
            "status": self.status,
            "articles": {a: [c.to_dict() for c in cs] for a, cs in self.says.items()},
            "silent": list(self.silent),
        }


@dataclass(frozen=True)
class Numbers:
    """All number findings, in unit order, then by kind (:data:`framing.text.numbers.KINDS` order)."""

    findings: tuple[NumberFinding, ...]

    def to_dict(self) -> list[dict[str, Any]]:
        """Plain-JSON form: a list of findings."""
        return [f.to_dict() for f in self.findings]

    def json_tree(self) -> Lazy:
        """:meth:`to_dict`, made as it is written."""
        return each(self.findings)


Found = list[tuple[int, Figure, str | None]]
"""A sentence's figures: (sentence index, figure, what it measures)."""


def _figures(article: Article, indices: Sequence[int],
             read: Callable[[str], tuple[Figure, ...]] | None = None) -> Found:
    """The figures of ``article``'s sentences ``indices``; ``read``: :func:`_sentence_figures`, or a
    cached one (:func:`numbers` keeps them by sentence text while it runs)."""
    read = _sentence_figures if read is None else read
    out: list[tuple[int, Figure, str | None]] = []
    for i in indices:
        s = article.sentences[i]
        at = s.start
        # what a figure measures reads the article around it (the next sentence's first word)
        out.extend((i, f, _quantity(article.text, f)) for f in (
            Figure(f.start + at, f.end + at, f.text, f.kind, f.value, f.qualifier) for f in read(s.text)))
    return out


def _sentence_figures(text: str) -> tuple[Figure, ...]:
    """:func:`framing.text.numbers.extract` of a sentence, offsets in it."""
    return tuple(extract(text))


# What a count counts: the word after it ("133 people", "1,900 km", "14 hours"), past multipliers
_COUNTED_WORD = re.compile(r"[\s$%-]*(?:(?:million|billion|trillion|thousand|hundred|more|other|additional)\s+)*"
                           r"([A-Za-z][\w'’-]*)")
# "Colony No. 3", "number 7", "#4": an identifier, not a count
_IDENTIFIER = re.compile(r"(?:\bNo\.?|\bNo\u2024|\bnumber|#|\bNr\.?)\s*$", re.I)
_GENERIC = 5.5
"""Zipf frequency from which a counted word ("people", "years", "times") is too common to say alone what is counted."""
_WHAT_HAPPENED = re.compile(r"\s+(?:(?:were|was|are|is|have|has|had|been|being|who|that|reportedly|also)\s+)*"
                            r"([A-Za-z][\w'’-]*)")
_LINKS = frozenset("including and or across around inside outside near among but while".split())
_APPROXIMATE = frozenset("least about some nearly almost around over up more less fewer than roughly approximately "
                         "estimated total another".split())
_NOT_COUNTED = frozenset("of in on at to the a an and or but from for by with as that which who per than".split())


def _quantity(text: str, f: Figure) -> str | None:
    """What a figure measures, for telling a conflict from two different figures: its kind for shares,
    ratios and dates; for a count, its currency or the stem of the word it counts; None when that
    is unclear ("four of them") or the figure is an identifier ("Colony No. 3"), which never conflicts."""
    if f.kind != "number":
        return f.kind
    if f.qualifier:
        return "amount:" + f.qualifier
    if _IDENTIFIER.search(text[max(0, f.start - 12): f.start]):
        return None
    from framing.text import language as _language

    if (rules := _language.rules()) is not None:
        return _counted_in(text, f, rules)
    m = _COUNTED_WORD.match(text, f.end)
    if not m or m.group(1).lower() in _NOT_COUNTED:
        return None
    from wordfreq import zipf_frequency

    from framing.text.terms import stem

    noun = m.group(1).lower()
    counted = "count:" + stem(noun)
    if zipf_frequency(noun, "en") >= _GENERIC:
        # "11 people were detained" / "133 people were killed": a word as common as "people" says
        # little of what is counted; what follows it says the rest
        then = _WHAT_HAPPENED.match(text, m.end())
        if then and then.group(1).lower() not in _NOT_COUNTED | _LINKS:
            return counted + "+" + stem(then.group(1).lower())
        # else what comes before: "detained 11 people, including" / "the lives of 133 people, including"
        before = [w for w in re.findall(r"[A-Za-z][\w'’-]*", text[max(0, f.start - 40): f.start])
                  if w.lower() not in _NOT_COUNTED | _APPROXIMATE]
        if before:
            return counted + "+" + stem(before[-1].lower())
    return counted


_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def _counted_in(text: str, f: Figure, rules: Any) -> str | None:
    """:func:`_quantity` of a count in another supported language, by the same reading with that
    language's words: the stem of the word right after it (scale words passed over), and when that
    word is as common as "Menschen" / "человек", the next word of weight ("280 Menschen gestorben" /
    "440 Menschen seien verletzt worden" are two quantities); when a function word follows the figure,
    the word of weight before it ("der Stärke 7,4 hatte"); None when no word follows ("in Syrien
    320."). English's patterns read no other language's words (found on a German event: "280 Menschen
    gestorben", "14 Menschen starben" and "440 Menschen verletzt" called one quantity).

    >>> from framing.text.language import profile
    >>> from framing.text.numbers import extract
    >>> de = profile("de")
    >>> t = "Mehr als 280 Menschen seien gestorben, 440 Menschen seien verletzt worden, in Syrien 320."
    >>> [_counted_in(t, x, de) for x in extract(t)]
    ['count:mensch+gestorb', 'count:mensch+verletzt', None]
    >>> from framing.text.language import using
    >>> t = "Ein Beben der Stärke 7,4 hatte die Stadt getroffen."
    >>> with using("de"):
    ...     [_counted_in(t, x, de) for x in extract(t)]
    ['count:stark']
    """
    from wordfreq import zipf_frequency

    from framing.text.language_words import stem

    def light(w: str) -> bool:
        return w in rules.stop_words or w in rules.auxiliaries

    if not text[f.end: f.end + 2].startswith((" ", "\u00a0", "-")):
        return None  # the sentence ends, or a mark follows: it counts nothing said here
    after = [w.lower() for w in _WORD.findall(text[f.end: f.end + 80])[:5]]
    while after and after[0] in rules.scales:
        after = after[1:]
    if not after:
        return None
    if light(after[0]):
        before = [w.lower() for w in _WORD.findall(text[max(0, f.start - 40): f.start])]
        before = [w for w in before if not light(w) and w not in rules.scales]
        return "count:" + stem(before[-1], rules) if before else None
    counted = "count:" + stem(after[0], rules)
    if zipf_frequency(after[0], rules.code) >= _GENERIC:
        then = [w for w in after[1:4] if not light(w)]
        if then:
            return counted + "+" + stem(then[0], rules)
    return counted


def _consistent(f: Figure, g: Figure) -> bool:
    """Whether two figures can both be true of one fact: the same value, or two shares that
    make up the whole ("77 percent" payable, "23 percent" cut: one fact told from either side)."""
    return agree(f, g) or complementary(f, g)


def _says_more(mine: Found, theirs: Found) -> bool:
    """Whether ``mine`` holds a figure that agrees with none of ``theirs``."""
    return any(not any(_consistent(f, g) for _, g, _q in theirs) for _, f, _q in mine)


_WHEN_ONLY = frozenset({"weekday", "time"})


def _value(f: Figure) -> tuple[str, str, str | None]:
    """What :func:`_consistent` reads of a figure: two figures alike in it are alike to it."""
    return f.kind, f.value, f.qualifier


def _unit_findings(unit_id: str, figures: Mapping[str, Found]) -> list[NumberFinding]:
    carriers = sorted(figures)
    # A wire story's unit has many carriers stating the same figures: each figure is checked against
    # each distinct set of the others' figures, once, not against every carrier (cost follows the
    # distinct wordings, not the carriers squared)
    held = {a: frozenset(_value(f) for _, f, _q in figures[a]) for a in carriers}
    sample = {_value(f): f for a in carriers for _, f, _q in figures[a]}
    holders = Counter(held.values())
    memo: dict[tuple[tuple[str, str, str | None], frozenset[tuple[str, str, str | None]]], bool] = {}

    def matched(f: Figure, there: frozenset[tuple[str, str, str | None]]) -> bool:
        k = (_value(f), there)
        if k not in memo:
            memo[k] = any(_consistent(f, sample[g]) for g in there)
        return memo[k]

    unmatched: dict[str, Found] = {}
    for a in carriers:
        others = [s for s, n in holders.items() if n - (s == held[a]) > 0]
        unmatched[a] = [(i, f, q) for i, f, q in figures[a] if not all(matched(f, o) for o in others)]
    out: list[NumberFinding] = []
    for kind in KINDS:
        by_article = {a: [x for x in unmatched[a] if x[1].kind == kind] for a in carriers}
        if not any(by_article.values()):
            continue
        # Conflict: two articles each state a figure of this kind, measuring the same quantity,
        # that the other lacks ("133 people" / "115 people"; never "1,900 km" / "Colony No. 3")
        clashing: set[str] = set()
        # carriers stating alike figures never clash with each other: one of each kind of statement
        stated = list({frozenset((_value(f), q) for _, f, q in by_article[a]): by_article[a]
                       for a in carriers}.values())
        for n, mine_all in enumerate(stated):
            for theirs_all in stated[n + 1:]:
                for q in {x[2] for x in mine_all} & {x[2] for x in theirs_all} - {None}:
                    mine = [x for x in mine_all if x[2] == q]
                    theirs = [x for x in theirs_all if x[2] == q]
                    if _says_more(mine, theirs) and _says_more(theirs, mine):
                        clashing.add(q)  # type: ignore[arg-type]
        if clashing:
            says = {a: tuple(_cite(a, x) for x in found if x[2] in clashing) for a, found in by_article.items()}
            out.append(NumberFinding(unit_id, kind, "conflicting", says))
        rest = {a: [x for x in found if x[2] not in clashing] for a, found in by_article.items()}
        if not any(rest.values()) or kind in _WHEN_ONLY:
            continue  # "on Monday" left out is not a material omission
        out.append(NumberFinding(unit_id, kind, "missing", {a: tuple(_cite(a, x) for x in found)
                                                             for a, found in rest.items()}))
    return out


def _cite(article: str, found: tuple[int, Figure, str | None]) -> Citation:
    i, f, _q = found
    return Citation(article, i, f.start, f.end, f.text, f.value, f.qualifier)


def numbers(articles: Sequence[Article], alignment: Alignment) -> Numbers:
    """Figures on shared units that differ between the articles (see the module docstring).

    Parameters
    ----------
    articles
        The compared articles (any order; the result does not depend on it).
    alignment
        Their alignment; only units carried by two or more articles are read.

    Returns
    -------
    Numbers
        The findings; none when every article states the same figures.
    """
    by_id = {a.id: a for a in articles}
    read = lru_cache(maxsize=2048)(_sentence_figures)  # by sentence text, while this runs: a wire copy is read once
    findings: list[NumberFinding] = []
    for unit in alignment.units:
        if not unit.shared:
            continue
        figures = {a: _figures(by_id[a], unit.members[a], read) for a in sorted(unit.members)}
        findings.extend(_unit_findings(unit.id, figures))
    return Numbers(tuple(findings))
