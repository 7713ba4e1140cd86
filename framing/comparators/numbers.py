"""Numbers: figures and dates on shared units that differ between outlets.

A fact-checker's first question when outlets tell the same story: do they
give the same figures? For every unit two or more articles carry, the
figures of each article's sentences in it are read with
:func:`framing.numbers.extract` (numbers, amounts, percentages, dates, years,
weekdays, times) and compared by value, so "5" and "five", or "$2.5bn" and
"2.5 billion dollars", agree.

A figure is *unmatched* when some other article carrying the unit states no
figure that agrees with it. Unmatched figures are reported per unit and kind
of figure (see :data:`framing.numbers.KINDS`):

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

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from framing.align import Alignment
from framing.article import Article
from framing.evidence import Evidence
from framing.jsonstream import Lazy, each
from framing.numbers import KINDS, Figure, agree, complementary, extract

__all__ = ["Citation", "NumberFinding", "Numbers", "numbers"]


@dataclass(frozen=True, slots=True)
class Citation(Evidence):
    """One figure as one article states it: its evidence, plus its normalised ``value`` and
    ``qualifier`` (currency or year), as in :class:`framing.numbers.Figure`."""

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
        The kind of figure (:data:`framing.numbers.KINDS`).
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
    """All number findings, in unit order, then by kind (:data:`framing.numbers.KINDS` order)."""

    findings: tuple[NumberFinding, ...]

    def to_dict(self) -> list[dict[str, Any]]:
        """Plain-JSON form: a list of findings."""
        return [f.to_dict() for f in self.findings]

    def json_tree(self) -> Lazy:
        """:meth:`to_dict`, made as it is written."""
        return each(self.findings)


def _figures(article: Article, indices: Sequence[int]) -> list[tuple[int, Figure]]:
    out: list[tuple[int, Figure]] = []
    for i in indices:
        s = article.sentences[i]
        out.extend((i, f) for f in extract(s.text, s.start))
    return out


def _consistent(f: Figure, g: Figure) -> bool:
    """Whether two figures can both be true of one fact: the same value, or two shares that
    make up the whole ("77 percent" payable, "23 percent" cut: one fact told from either side)."""
    return agree(f, g) or complementary(f, g)


def _says_more(mine: Sequence[tuple[int, Figure]], theirs: Sequence[tuple[int, Figure]]) -> bool:
    """Whether ``mine`` holds a figure that agrees with none of ``theirs``."""
    return any(not any(_consistent(f, g) for _, g in theirs) for _, f in mine)


_WHEN_ONLY = frozenset({"weekday", "time"})


def _unit_findings(unit_id: str, figures: Mapping[str, list[tuple[int, Figure]]]) -> list[NumberFinding]:
    carriers = sorted(figures)
    unmatched: dict[str, list[tuple[int, Figure]]] = {}
    for a in carriers:
        others = [figures[b] for b in carriers if b != a]
        unmatched[a] = [
            (i, f) for i, f in figures[a] if not all(any(_consistent(f, g) for _, g in o) for o in others)
        ]
    out: list[NumberFinding] = []
    for kind in KINDS:
        by_article = {a: [(i, f) for i, f in unmatched[a] if f.kind == kind] for a in carriers}
        if not any(by_article.values()):
            continue
        # Conflict: two articles each state a figure of this kind the other lacks.
        conflicting = any(
            _says_more(by_article[a], by_article[b]) and _says_more(by_article[b], by_article[a])
            for n, a in enumerate(carriers)
            for b in carriers[n + 1 :]
        )
        says = {
            a: tuple(Citation(a, i, f.start, f.end, f.text, f.value, f.qualifier) for i, f in found)
            for a, found in by_article.items()
        }
        if not conflicting and kind in _WHEN_ONLY:
            continue  # "on Monday" left out is not a material omission
        out.append(NumberFinding(unit_id, kind, "conflicting" if conflicting else "missing", says))
    return out


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
    findings: list[NumberFinding] = []
    for unit in alignment.units:
        if not unit.shared:
            continue
        figures = {a: _figures(by_id[a], unit.members[a]) for a in sorted(unit.members)}
        findings.extend(_unit_findings(unit.id, figures))
    return Numbers(tuple(findings))
