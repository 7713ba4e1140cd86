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

A unit joins sentences that share a fact, and one of them may tell more
(:attr:`framing.align.units.Unit.kind`): a figure is left out only by an
outlet that tells what the figure is of. For a count, that outlet's
sentences name what is counted ("133 people killed": people, killed); for
any other figure, its sentence restates the figure's. A figure given again
in other units of measure ("5 metres (16 feet)") is no figure of its own, and one
whose count is unclear ("four of them") is left out of the omissions. Two
weekdays or clock times conflict only between sentences that restate each
other: "Prigozhin rebelled on Friday" and "Kadyrov spoke on Saturday" share a
unit, not a day; nor do two sums of money far apart (:data:`NEAR_AMOUNT`): a
story gives many sums. A rise or a fall ("risen by 5 metres") measures
something else than a level ("exceeded 10 metres"). A value an outlet gives
anywhere in its story (headline included) is neither left out by it nor in
conflict with it: "a pilot and four passengers" beside "the five people
aboard" does not contradict "five passengers".

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
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from typing import Any

from framing.align.units import Alignment, Unit
from framing.io.article import Article
from framing.io.evidence import Evidence
from framing.io.jsonstream import Lazy, each
from framing.text.numbers import KINDS, Figure, agree, complementary, extract
from framing.text.terms import terms

__all__ = ["LEGEND", "NONE_FOUND", "Citation", "NumberFinding", "Numbers", "numbers"]

LEGEND = ("Figures and dates on shared units: conflicting (two outlets give different values for one quantity) or "
          "missing (an outlet gives a figure another leaves out of the same statement, or out of what it tells of "
          "the thing counted; a detail only one outlet tells is under What each version adds).")
"""What the reports say the findings are (the module docstring, in a sentence)."""
NONE_FOUND = ("framing found no figure in conflict, nor one left out, on the passages it aligned across outlets "
              "(figures in passages it did not align, or that count a thing in other words, are not compared: this "
              "is no proof that the outlets agree; details only one outlet tells are under What each version adds).")
"""What the reports say when there are no findings."""


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
        Every article carrying the unit (in id order) -> for a conflict, its
        figures of the quantities in conflict; for an omission, its figures
        that another leaves out, or, for an article that has none in the unit,
        where its story gives one of them elsewhere. In reading order; empty
        if it states none.
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


_CHANGE_BY = re.compile(
    r"\b(?:rose|risen|rises?|rising|fell|fallen|falls?|falling|(?:in|de)creas(?:e[sd]?|ing)|dropp?(?:ed|ing|s)?|"
    r"climb(?:ed|ing|s)?|gr[eo]wn?|grows|growing|jump(?:ed|ing|s)?|declin(?:e[sd]?|ing)|surg(?:e[sd]?|ing)|"
    r"gain(?:ed|ing|s)?|swell(?:ed|ing|s)?|shr[aui]nk(?:ing|s)?|cut)\s+by\s+(?:(?:about|some|nearly|almost|around|"
    r"roughly|over|more\s+than|less\s+than|up\s+to)\s+)*$", re.I)
_CONVERTED = re.compile(r"\d[\d,.]*\s*[^\W\d_]{0,12}\.?\s*[(]\s*(?:about\s+|some\s+|around\s+|roughly\s+)?$")


def _quantity(text: str, f: Figure) -> str | None:
    """What a figure measures, for telling a conflict from two different figures: its kind for shares,
    ratios and dates; for a count, its currency or the stem of the word it counts, and whether it is a
    rise or a fall ("risen by 5 metres", ``/change``) rather than a level; None when that is unclear
    ("four of them") or the figure is an identifier ("Colony No. 3"), which never conflicts."""
    if f.kind != "number":
        return f.kind
    found = _counted(text, f)
    if found is not None and _CHANGE_BY.search(text, max(0, f.start - 40), f.start):
        return found + "/change"
    return found


def _counted(text: str, f: Figure) -> str | None:
    """:func:`_quantity` of a count, rise or fall aside."""
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


class _Stated:
    """The values each article gives anywhere in its text (headline included, furniture not), made when
    first asked: "the six workers" in the sentence before a unit's is not a figure left out of it, and
    "a pilot and four passengers" does not contradict "five passengers" when the same story says "the
    five people aboard". Percentages and ratios, which agree across kinds, are not looked up."""

    def __init__(self, by_id: Mapping[str, Article], read: Callable[[str], tuple[Figure, ...]]) -> None:
        self.by_id, self.read = by_id, read
        # per article: (kind, value) -> qualifier -> where it is first given (sentence index, figure); one
        # entry per distinct value, not per figure
        self._values: dict[str, dict[tuple[str, str], dict[str | None, tuple[int, Figure]]]] = {}

    def where(self, b: str, f: Figure) -> tuple[int, Figure, None] | None:
        """Where ``b`` first gives ``f``'s value (sentence index, the figure there), or None."""
        if f.kind in ("percent", "ratio"):
            return None
        values = self._values.get(b)
        if values is None:
            values = self._values[b] = {}
            for s in self.by_id[b].sentences:
                if not s.boilerplate:
                    for g in self.read(s.text):
                        values.setdefault((g.kind, g.value), {}).setdefault(g.qualifier, (s.index, Figure(
                            g.start + s.start, g.end + s.start, g.text, g.kind, g.value, g.qualifier)))
        found = values.get((f.kind, f.value))
        if not found:
            return None
        at = found.get(f.qualifier) if f.qualifier is not None else None
        if at is None:
            at = found.get(None) if f.qualifier is not None else next(iter(found.values()))
        return None if at is None else (at[0], at[1], None)

    def states(self, b: str, f: Figure) -> bool:
        return self.where(b, f) is not None


class _Told:
    """What the articles of one unit tell of each other's figures (see the module docstring)."""

    def __init__(self, unit: Unit, by_id: Mapping[str, Article], stated: _Stated) -> None:
        self.all = unit.kind == "restates"
        self.stated = stated
        self.restating = {(x.a, x.b) for x in unit.links if x.kind == "restates"}
        self.restating |= {(b, a) for a, b in self.restating}
        self.members, self.by_id = unit.members, by_id
        self._stems: dict[str, frozenset[str]] = {}

    def restates(self, a: str, i: int, b: str, j: int | None = None) -> bool:
        """Whether sentence ``i`` of ``a`` restates sentence ``j`` of ``b`` (any of its sentences in the unit)."""
        if self.all:
            return True
        return any(((a, i), (b, k)) in self.restating for k in (self.members[b] if j is None else (j,)))

    def states(self, b: str, f: Figure) -> bool:
        """Whether ``b`` gives ``f``'s value anywhere in its text (:class:`_Stated`)."""
        return self.stated.states(b, f)

    def where(self, b: str, f: Figure) -> tuple[int, Figure, None] | None:
        """Where ``b`` gives ``f``'s value in its text (:class:`_Stated`), or None."""
        return self.stated.where(b, f)

    def leaves_out(self, a: str, i: int, q: str | None, b: str) -> bool:
        """Whether ``b`` tells what the figure measured by ``q`` in sentence ``i`` of ``a`` is of."""
        if q is None:
            return False
        if self.restates(a, i, b):
            return True
        if q.startswith("count:"):
            stems = self._stems.get(b)
            if stems is None:
                article = self.by_id[b]
                stems = self._stems[b] = frozenset().union(*(terms(article.sentences[k].text)
                                                              for k in self.members[b]))
            return all(w in stems for w in q[len("count:"):].removesuffix("/change").split("+"))
        return False


NEAR_AMOUNT = Decimal("0.1")
"""Two sums of money closer than this (a share of the larger) are told of one thing: "$5,687.75 on Martha's
Vineyard Holistic Retreat" and "a $5,587.75 vacation at the Martha's Vineyard Holistic Retreat". Sums further
apart conflict only between sentences that restate each other: a story gives many sums ("the $1.2 trillion
act", "$6 trillion to rebuild all infrastructure"), and a unit joins sentences that share one fact."""


def _one_thing(kind: str, q: str, mine: Found, theirs: Found) -> bool:
    """Whether figures of one quantity ``q`` can clash without their sentences restating each other: not
    weekdays or clock times (which say when of any event), nor sums of money far apart (:data:`NEAR_AMOUNT`)."""
    if kind in _WHEN_ONLY:
        return False
    return not q.startswith("amount:") or _near(mine, theirs)


def _near(mine: Found, theirs: Found) -> bool:
    """Whether a sum of ``mine`` and one of ``theirs`` are within :data:`NEAR_AMOUNT` of each other."""
    for _i, f, _q in mine:
        for _j, g, _r in theirs:
            try:
                x, y = Decimal(f.value), Decimal(g.value)
            except InvalidOperation:
                continue
            if max(x, y) > 0 and abs(x - y) <= NEAR_AMOUNT * max(x, y):
                return True
    return False


def _noun(q: str | None) -> str | None:
    """The counted word of a count's quantity (:func:`_quantity`): "count:peopl+kill/change" -> "peopl"."""
    return q.removeprefix("count:").split("+")[0].removesuffix("/change") if q and q.startswith("count:") else q


def _gives_its_own(theirs: Found, x: tuple[int, Figure, str | None]) -> bool:
    """Whether an outlet gives a figure of its own for what ``x`` counts: "the water rose by 5 metres" against
    "the level exceeded 10 metres" (a rise and a level), "a magnitude of 7.8" against "7.7": not a figure
    left out, whether or not the two are one quantity."""
    noun = _noun(x[2])
    return noun is not None and any(y.kind == x[1].kind and _noun(q) == noun for _i, y, q in theirs)


def _unit_findings(unit_id: str, figures: Mapping[str, Found], told: _Told) -> list[NumberFinding]:
    """The findings of one unit; ``told`` says who leaves out what (:class:`_Told`)."""
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
    def left_out(a: str, x: tuple[int, Figure, str | None]) -> bool:
        """Whether another carrier leaves out ``a``'s figure ``x``, no conversion of another (see the module
        docstring)."""
        if _CONVERTED.search(told.by_id[a].text, max(0, x[1].start - 30), x[1].start):
            return False
        return any(told.leaves_out(a, x[0], x[2], b) for b in carriers
                   if b != a and not matched(x[1], held[b]) and not _gives_its_own(figures[b], x)
                   and not told.states(b, x[1]))

    out: list[NumberFinding] = []
    for kind in KINDS:
        by_article = {a: [x for x in unmatched[a] if x[1].kind == kind] for a in carriers}
        if not any(by_article.values()):
            continue
        # Conflict: two articles each state a figure of this kind, measuring the same quantity,
        # that the other lacks ("133 people" / "115 people"; never "1,900 km" / "Colony No. 3")
        clashing: set[str] = set()
        # carriers stating alike figures never clash with each other: one of each kind of statement
        grouped: dict[frozenset[tuple[tuple[str, str, str | None], str | None]], tuple[list[str], Found]] = {}
        for a in carriers:
            grouped.setdefault(frozenset((_value(f), q) for _, f, q in by_article[a]), ([], by_article[a]))[0].append(a)
        stated = list(grouped.values())
        for n, (mine_by, mine_all) in enumerate(stated):
            for theirs_by, theirs_all in stated[n + 1:]:
                for q in {x[2] for x in mine_all} & {x[2] for x in theirs_all} - {None}:
                    mine = [x for x in mine_all if x[2] == q]
                    theirs = [x for x in theirs_all if x[2] == q]
                    # a value the other side gives elsewhere in its story is no clash
                    mine = [x for x in mine if not all(told.states(b, x[1]) for b in theirs_by)]
                    theirs = [y for y in theirs if not all(told.states(a, y[1]) for a in mine_by)]
                    if _says_more(mine, theirs) and _says_more(theirs, mine) and (
                            _one_thing(kind, q, mine, theirs)  # type: ignore[arg-type]
                            or any(told.restates(a, x[0], b, y[0]) for a in mine_by for b in theirs_by
                                   for x in mine for y in theirs)):
                        clashing.add(q)  # type: ignore[arg-type]
        sides: frozenset[tuple[str, str, str | None]] = frozenset()
        if clashing:
            # every carrier's figures that take a side, those it shares with another too (an outlet giving
            # one of the two values is no outlet that "states none"); a carrier with none in the unit is
            # shown where its story gives one of them
            sides = frozenset(_value(x[1]) for a in carriers for x in by_article[a] if x[2] in clashing)
            says = {a: tuple(_cite(a, x) for x in figures[a]
                             if x[1].kind == kind and x[2] in clashing and matched(x[1], sides)) for a in carriers}
            for b in carriers:
                if not says[b]:
                    says[b] = tuple(dict.fromkeys(_cite(b, w) for v in sorted(sides, key=str)
                                                  if (w := told.where(b, sample[v])) is not None))
            out.append(NumberFinding(unit_id, kind, "conflicting", says))
        # a value one side of a conflict gives is in that conflict ("magnitude 7.8" against "7.7"), not left out
        rest = {a: [x for x in found if x[2] not in clashing and not matched(x[1], sides) and left_out(a, x)]
                for a, found in by_article.items()}
        if not any(rest.values()) or kind in _WHEN_ONLY:
            continue  # "on Monday" left out is not a material omission
        # one finding per thing counted ("1,500 buildings", "14 survivors"): a row of unrelated figures
        # was read as one claim
        for noun in dict.fromkeys(_noun(x[2]) for a in carriers for x in rest[a]):
            group = {a: [x for x in rest[a] if _noun(x[2]) == noun] for a in carriers}
            said = {a: tuple(_cite(a, x) for x in found) for a, found in group.items()}
            # a carrier that gives one of the figures elsewhere in its story is shown where it does
            for b in carriers:
                if not said[b]:
                    said[b] = tuple(dict.fromkeys(_cite(b, w) for a in carriers if a != b for x in group[a]
                                                  if (w := told.where(b, x[1])) is not None))
            out.append(NumberFinding(unit_id, kind, "missing", said))
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
    stated = _Stated(by_id, read)
    findings: list[NumberFinding] = []
    for unit in alignment.units:
        if not unit.shared:
            continue
        figures = {a: _figures(by_id[a], unit.members[a], read) for a in sorted(unit.members)}
        findings.extend(_unit_findings(unit.id, figures, _Told(unit, by_id, stated)))
    return Numbers(tuple(findings))
