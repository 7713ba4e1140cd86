"""Outlet-level findings over many events, from small per-event summaries.

:func:`summarize` turns one :class:`~framing.compare.Comparison` into a
summary of a few kilobytes (plain JSON); an :class:`Aggregator` folds
summaries in, one at a time, into running totals whose size depends on the
number of outlets, never on the number of events; :meth:`Aggregator.result`
gives the frozen :class:`Aggregate`, rendered as JSON, Markdown and CSV
(and pandas DataFrames, :meth:`Aggregate.to_frames`).

Definitions (per outlet, over its articles in the compared events; counts
are pooled over events before dividing):

exclusive share
    Of its content sentences (sentences in content units), the share in
    units only it carries.
omitted share
    Of the units the others agree on, the share it lacks. A unit counts as
    the others' shared content when at least two other articles carry it, or,
    in an event of two articles, when the other one carries it.
quote rates
    Of the quote groups it takes part in that span two or more outlets, the
    share quoted ``exact``, as an ``excerpt``, ``altered`` or ``paraphrased`` (see
    :mod:`framing.comparators.quotes`); ``single`` quotes are counted apart.
readability
    Mean and sample standard deviation, over its articles, of each metric.
distinctive terms
    The terms most often distinctive for it within an event (log-odds
    against the other outlets of the same event, so the event's topic does
    not count), with the number of events and the mean z-score.
sources
    Entities it quotes or cites (quoted speakers and attributed sources,
    media and documents), by the number of events.
naming habits
    How it names things in its own voice (:mod:`framing.comparators.naming`),
    by the number of events: the event, the war and unnamed actors
    ("the war: full-scale war", "unnamed actors: terrorists", "unnamed
    actors: origin indian"), and the loaded words of its labels for people,
    groups and places ("label: dictator", "label: regime").
shared content (per pair of outlets)
    Units both carry over units either carries, in the events they share.

>>> agg = Aggregator()
>>> agg.add({"event": "e1", "status": "failed", "reason": "x.txt: empty file", "problems": []})
>>> result = agg.result()
>>> result.events, result.failed, result.failures
(1, 1, (('e1', 'x.txt: empty file'),))
"""

from __future__ import annotations

import json
import math
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from framing._version import __version__
from framing.batch.columns import METRICS, QUOTE_STATUSES, SHARED_STATUSES, cell, csv_text, ratio

if TYPE_CHECKING:
    from framing.compare import Comparison

__all__ = ["AGGREGATE_SCHEMA", "KEPT", "Aggregate", "Aggregator", "OutletStats", "PairStats", "Spread", "summarize"]

AGGREGATE_SCHEMA = "framing.batch/1"
"""Version tag of ``aggregate.json``."""


KEPT = 2000
"""Distinct terms (and sources) tracked per outlet. Counts are exact up to
``2 * KEPT`` distinct ones; past that the least frequent are dropped, so
memory stays bounded however many events there are."""

TOP = 10
"""Terms and sources listed per outlet in the reports."""


def summarize(comparison: Comparison) -> dict[str, Any]:
    """The small plain-JSON summary of one comparison that the aggregate needs.

    Examples
    --------
    >>> from framing import Article, compare
    >>> a = Article.from_text("Troops left Kyiv on Monday. Prices rose sharply in Vilnius.", id="a", outlet="A")
    >>> b = Article.from_text("On Monday, troops left Kyiv. Rain fell all day in Riga.", id="b", outlet="B")
    >>> s = summarize(compare([a, b]))
    >>> [(x["outlet"], x["sentences"], x["exclusive"], x["others_shared"], x["omitted"]) for x in s["articles"]]
    [('A', 2, 1, 2, 1), ('B', 2, 1, 2, 1)]
    >>> s["pairs"]
    [{'a': 'A', 'b': 'B', 'shared': 1, 'units': 3}]
    """
    arts = comparison.articles
    outlet = {a.id: a.outlet or a.id for a in arts}
    units = comparison.alignment.units
    need = max(1, min(2, len(arts) - 1))
    quotes, wording, naming = comparison.quotes, comparison.wording, comparison.sections.get("naming")
    entities, readability = comparison.entities, comparison.readability
    statuses: dict[str, Counter[str]] = {a.id: Counter() for a in arts}
    if quotes is not None:
        for group in quotes.groups:
            for art in sorted({v.article for v in group.variants}):
                statuses[art][group.status] += 1
    cited: dict[str, set[str]] = {a.id: set() for a in arts}
    if entities is not None:
        for e in entities.entities:
            for art, presence in e.articles.items():
                if presence.quoted or e.kind == "media/source":
                    cited[art].add(e.name)
    habits = _habits(naming, [a.id for a in arts])
    articles = []
    for a in arts:
        carried = [len(u.members[a.id]) for u in units if a.id in u.members]
        exclusive = sum(len(u.members[a.id]) for u in units if tuple(u.members) == (a.id,))
        # an article stating a unit's fact within a sentence of another unit carries it too (Unit.also)
        eligible = [u for u in units if sum(1 for x in u.carriers() if x != a.id) >= need]
        articles.append({
            "id": a.id,
            "outlet": outlet[a.id],
            "sentences": sum(carried),
            "exclusive": exclusive,
            "others_shared": len(eligible),
            "omitted": sum(1 for u in eligible if a.id not in u.members and a.id not in u.also),
            "quotes": {s: statuses[a.id][s] for s in QUOTE_STATUSES} if quotes is not None else None,
            "readability": readability.by_article[a.id].to_dict() if readability is not None else None,
            "terms": [[t.term, t.score] for t in wording.distinctive.get(a.id, ())] if wording is not None else None,
            "sources": sorted(cited[a.id]) if entities is not None else None,
            "naming": sorted(habits[a.id]) if naming is not None else None,
            "info": dict(getattr(a, "outlet_info", None) or {}),
        })
    pairs = []
    for i, x in enumerate(arts):
        for y in arts[i + 1:]:
            both = sum(1 for u in units
                       if (x.id in u.members or x.id in u.also) and (y.id in u.members or y.id in u.also))
            either = sum(1 for u in units if x.id in u.members or y.id in u.members)
            first, second = sorted((outlet[x.id], outlet[y.id]))
            pairs.append({"a": first, "b": second, "shared": both, "units": either})
    index = {a.id: i for i, a in enumerate(arts)}
    # every unit's carriers (article index, its sentences in the unit): what per-group figures need;
    # an article stating it only within a sentence of another unit (Unit.also) carries it with 0
    carriers = [[[index[x], len(u.members.get(x, ()))] for x in u.carriers()] for u in units]
    return {"articles": articles, "pairs": pairs, "units": carriers}


_WHAT = {"event": "the event", "war": "the war", "actor": "unnamed actors"}


def _habits(naming: Any, ids: list[str]) -> dict[str, set[str]]:
    """Per article: how it names things in its own voice (see "naming habits" in the module docstring)."""
    out: dict[str, set[str]] = {i: set() for i in ids}
    if naming is None:
        return out
    for t in naming.terms:
        if t.voice == "own" and t.category in _WHAT:
            term = t.term.split(":", 1)[1] if t.term.startswith("origin:") else t.text.lower()
            out[t.article].add(f"{_WHAT[t.category]}: {'origin ' if t.term.startswith('origin:') else ''}{term}")
    for u in naming.usages:
        if u.voice == "own":
            out[u.article].update(f"label: {w.split(':', 1)[1].rstrip('*')}" for w in u.loaded)
    return out


@dataclass(frozen=True, slots=True)
class Spread:
    """Mean and sample standard deviation of ``n`` values (``std`` is None below 2 values)."""

    mean: float | None
    std: float | None
    n: int


@dataclass(frozen=True)
class OutletStats:
    """One outlet's findings over the batch.

    Attributes
    ----------
    outlet
        The outlet's name (an article without one is named by its id).
    events, articles
        Compared events with an article by it; its articles in them.
    sentences
        Its content sentences.
    exclusive_share
        Share of them in content only it carries (None without sentences).
    omitted_share
        Share of the others' shared units it lacks (None when there were none).
    quotes
        Quote groups it takes part in, by status (:data:`QUOTE_STATUSES`).
    quote_rates
        ``exact``, ``altered`` and ``paraphrased`` as shares of its groups
        spanning two or more outlets (None when there were none).
    readability
        Metric -> :class:`Spread` over its articles.
    terms
        ``(term, events, mean z)`` of its most often distinctive terms.
    sources
        ``(name, events)`` of the entities it most often quotes or cites.
    naming
        ``(habit, events)`` of how it most often names things in its own voice ("the war: invasion",
        "label: regime"; see the module docstring).
    """

    outlet: str
    events: int
    articles: int
    sentences: int
    exclusive_share: float | None
    omitted_share: float | None
    quotes: Mapping[str, int]
    quote_rates: Mapping[str, float | None]
    readability: Mapping[str, Spread]
    terms: tuple[tuple[str, int, float], ...]
    sources: tuple[tuple[str, int], ...]
    naming: tuple[tuple[str, int], ...] = ()


@dataclass(frozen=True, slots=True)
class PairStats:
    """Content two outlets share: ``shared`` of the ``units`` either carries, over ``events`` together."""

    a: str
    b: str
    events: int
    shared: int
    units: int

    @property
    def share(self) -> float | None:
        """``shared / units`` (None without units)."""
        return ratio(self.shared, self.units)


@dataclass
class _Outlet:
    events: int = 0
    articles: int = 0
    sentences: int = 0
    exclusive: int = 0
    others_shared: int = 0
    omitted: int = 0

    def __post_init__(self) -> None:
        self.quotes: Counter[str] = Counter()
        self.sums: dict[str, list[float]] = {m: [0, 0.0, 0.0] for m in METRICS}  # n, sum, sum of squares
        self.terms: dict[str, list[float]] = {}  # term -> [events, sum of z]
        self.sources: Counter[str] = Counter()
        self.naming: Counter[str] = Counter()


class Aggregator:
    """Running totals over event summaries; memory grows with outlets, not events.

    Feed summaries in a fixed order (the batch uses event id order) and the
    result is the same, float for float, on every run.
    """

    def __init__(self) -> None:
        self._outlets: dict[str, _Outlet] = {}
        self._pairs: dict[tuple[str, str], list[int]] = {}
        self._failures: list[tuple[str, str]] = []
        self._problems: list[tuple[str, str]] = []
        self._events = 0
        self._failed = 0

    def add(self, summary: Mapping[str, Any]) -> None:
        """Fold one event summary in (a failed event's reason is kept for the report)."""
        self._events += 1
        event = str(summary["event"])
        if summary.get("status") != "ok":  # its reason names its unreadable files
            self._failed += 1
            self._failures.append((event, str(summary.get("reason"))))
            return
        self._problems.extend((event, str(p)) for p in summary.get("problems") or ())
        terms: dict[str, dict[str, float]] = {}
        sources: dict[str, set[str]] = {}
        habits: dict[str, set[str]] = {}
        for art in summary["articles"]:
            name = art["outlet"]
            acc = self._outlets.setdefault(name, _Outlet())
            if name not in terms:
                acc.events += 1
                terms[name], sources[name], habits[name] = {}, set(), set()
            acc.articles += 1
            acc.sentences += art["sentences"]
            acc.exclusive += art["exclusive"]
            acc.others_shared += art["others_shared"]
            acc.omitted += art["omitted"]
            acc.quotes.update(art["quotes"] or {})
            for metric, value in (art["readability"] or {}).items():
                if metric in acc.sums and value is not None:
                    s = acc.sums[metric]
                    s[0] += 1
                    s[1] += value
                    s[2] += value * value
            for term, z in art["terms"] or ():
                terms[name][term] = max(z, terms[name].get(term, z))
            sources[name].update(art["sources"] or ())
            habits[name].update(art.get("naming") or ())  # summaries written before 0.1.x have none
        for name, found in terms.items():
            acc = self._outlets[name]
            for term, z in found.items():
                entry = acc.terms.setdefault(term, [0, 0.0])
                entry[0] += 1
                entry[1] += z
            acc.sources.update(sources[name])
            acc.naming.update(habits[name])
            if len(acc.terms) > 2 * KEPT:
                acc.terms = dict(sorted(acc.terms.items(), key=lambda kv: (-kv[1][0], -kv[1][1], kv[0]))[:KEPT])
            if len(acc.sources) > 2 * KEPT:
                acc.sources = Counter(dict(_most(acc.sources, KEPT)))
            if len(acc.naming) > 2 * KEPT:
                acc.naming = Counter(dict(_most(acc.naming, KEPT)))
        seen: set[tuple[str, str]] = set()
        for pair in summary["pairs"]:
            key = (pair["a"], pair["b"])
            totals = self._pairs.setdefault(key, [0, 0, 0])
            if key not in seen:
                totals[0] += 1
                seen.add(key)
            totals[1] += pair["shared"]
            totals[2] += pair["units"]

    def result(self) -> Aggregate:
        """The findings so far (the aggregator can go on taking summaries)."""
        outlets = []
        for name in sorted(self._outlets):
            acc = self._outlets[name]
            multi = sum(acc.quotes[s] for s in SHARED_STATUSES)
            terms = sorted(acc.terms.items(), key=lambda kv: (-kv[1][0], -kv[1][1], kv[0]))[:TOP]
            outlets.append(OutletStats(
                outlet=name,
                events=acc.events,
                articles=acc.articles,
                sentences=acc.sentences,
                exclusive_share=ratio(acc.exclusive, acc.sentences),
                omitted_share=ratio(acc.omitted, acc.others_shared),
                quotes={s: acc.quotes[s] for s in QUOTE_STATUSES},
                quote_rates={s: ratio(acc.quotes[s], multi) for s in SHARED_STATUSES},
                readability={m: _spread(*acc.sums[m]) for m in METRICS},
                terms=tuple((t, int(n), round(z / n, 3)) for t, (n, z) in terms),
                sources=tuple(_most(acc.sources, TOP)),
                naming=tuple(_most(acc.naming, TOP)),
            ))
        pairs = tuple(PairStats(a, b, *totals) for (a, b), totals in sorted(self._pairs.items()))
        return Aggregate(
            events=self._events,
            failed=self._failed,
            outlets=tuple(outlets),
            pairs=pairs,
            failures=tuple(self._failures),
            problems=tuple(self._problems),
        )


def _most(counts: Counter[str], n: int) -> list[tuple[str, int]]:
    """The ``n`` most frequent entries, ties by name: what a report lists and what the bounded totals keep."""
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:n]


def _spread(n: float, total: float, squares: float) -> Spread:
    if not n:
        return Spread(None, None, 0)
    mean = total / n
    std = math.sqrt(max(squares - total * mean, 0.0) / (n - 1)) if n > 1 else None
    return Spread(round(mean, 2) + 0.0, None if std is None else round(std, 2) + 0.0, int(n))


@dataclass(frozen=True)
class Aggregate:
    """Outlet-level findings of a batch (see the module docstring for definitions).

    Attributes
    ----------
    events
        Events in the batch.
    failed
        Events that could not be compared.
    outlets
        Per outlet, sorted by name.
    pairs
        Per pair of outlets that met in an event, sorted.
    failures
        ``(event, reason)`` of every failed event, in event order.
    problems
        ``(event, problem)``: files skipped in events that were still compared
        (a failed event's reason names its own).
    """

    events: int
    failed: int
    outlets: tuple[OutletStats, ...]
    pairs: tuple[PairStats, ...]
    failures: tuple[tuple[str, str], ...]
    problems: tuple[tuple[str, str], ...]

    def to_dict(self) -> dict[str, Any]:
        """Plain-JSON form: the ``framing.batch/1`` contract."""
        return {
            "schema": AGGREGATE_SCHEMA,
            "version": __version__,
            "events": {"total": self.events, "compared": self.events - self.failed, "failed": self.failed},
            "outlets": [
                {
                    "outlet": o.outlet,
                    "events": o.events,
                    "articles": o.articles,
                    "sentences": o.sentences,
                    "exclusive_share": o.exclusive_share,
                    "omitted_share": o.omitted_share,
                    "quotes": dict(o.quotes),
                    "quote_rates": dict(o.quote_rates),
                    "readability": {m: {"mean": s.mean, "std": s.std, "n": s.n} for m, s in o.readability.items()},
                    "distinctive_terms": [{"term": t, "events": n, "mean_z": z} for t, n, z in o.terms],
                    "sources": [{"name": s, "events": n} for s, n in o.sources],
                    "naming": [{"habit": h, "events": n} for h, n in o.naming],
                }
                for o in self.outlets
            ],
            "pairs": [
                {"a": p.a, "b": p.b, "events": p.events, "shared_units": p.shared, "units": p.units, "share": p.share}
                for p in self.pairs
            ],
            "failures": [{"event": e, "reason": r} for e, r in self.failures],
            "problems": [{"event": e, "problem": p} for e, p in self.problems],
        }

    def to_json(self) -> str:
        """The aggregate as JSON text (deterministic)."""
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=2) + "\n"

    def to_markdown(self) -> str:
        """The aggregate report in Markdown (see :mod:`framing.batch.report`)."""
        from framing.batch.report import to_markdown

        return to_markdown(self)

    def to_csv(self) -> dict[str, str]:
        """CSV tables: file name -> text (``outlets.csv``, ``pairs.csv``, ``failures.csv``)."""
        return {f"{name}.csv": csv_text([header, *([cell(v) for v in row] for row in rows)])
                for name, (header, rows) in self._tables().items()}

    def to_frames(self) -> dict[str, Any]:
        """The aggregate's tables as typed pandas DataFrames (needs the ``pandas`` extra).

        ``outlets``, ``pairs`` and ``failures`` hold what the CSV files of the
        same names hold; ``terms``, ``sources`` and ``naming`` list each outlet's
        distinctive terms, sources and naming habits one per row (``rank`` 1 first), which
        ``outlets`` lists in its ``distinctive_terms``, ``sources`` and ``naming`` columns.
        Every table about outlets is keyed by the outlet's name. Counts are
        ``int64``; a share, mean or standard deviation is ``Float64``, ``pd.NA``
        when it could not be computed. Each table's columns, dtypes and meanings
        are in :data:`framing.batch.frames.AGGREGATE_TABLES`, listed in
        :meth:`framing.BatchResult.to_frames` and ``docs/frames.md``.

        Raises
        ------
        FramingError
            pandas is not installed.

        Examples
        --------
        >>> agg = Aggregator()
        >>> agg.add({"event": "e1", "status": "failed", "reason": "x.txt: empty file"})
        >>> frames = agg.result().to_frames()
        >>> list(frames)
        ['outlets', 'pairs', 'failures', 'terms', 'sources', 'naming']
        >>> frames["failures"].to_dict("records")
        [{'event': 'e1', 'kind': 'failed', 'reason': 'x.txt: empty file'}]
        >>> frames["outlets"]["exclusive_share"].dtype  # no outlets: the dtypes all the same
        Float64Dtype()
        """
        from framing.batch.frames import aggregate_frames

        return aggregate_frames(self)

    def _tables(self) -> dict[str, tuple[list[str], list[list[Any]]]]:
        """``outlets``, ``pairs``, ``failures``: header and rows, None for a missing value."""
        rates = SHARED_STATUSES
        outlets_header = (
            ["outlet", "events", "articles", "sentences", "exclusive_share", "omitted_share"]
            + [f"quotes_{s}" for s in QUOTE_STATUSES] + [f"{s}_rate" for s in rates]
            + [f"{m}_{k}" for m in METRICS for k in ("mean", "std")]
            + ["distinctive_terms", "sources", "naming"]
        )
        outlets = [
            [o.outlet, o.events, o.articles, o.sentences, o.exclusive_share, o.omitted_share]
            + [o.quotes[s] for s in QUOTE_STATUSES] + [o.quote_rates[s] for s in rates]
            + [getattr(o.readability[m], k) for m in METRICS for k in ("mean", "std")]
            + ["; ".join(t for t, _, _ in o.terms), "; ".join(s for s, _ in o.sources),
               "; ".join(h for h, _ in o.naming)]
            for o in self.outlets
        ]
        pairs: list[list[Any]] = [[p.a, p.b, p.events, p.shared, p.units, p.share] for p in self.pairs]
        failures: list[list[Any]] = [[e, "failed", r] for e, r in self.failures] + [
            [e, "skipped file", p] for e, p in self.problems
        ]
        return {
            "outlets": (outlets_header, outlets),
            "pairs": (["a", "b", "events", "shared_units", "units", "share"], pairs),
            "failures": (["event", "kind", "reason"], failures),
        }
