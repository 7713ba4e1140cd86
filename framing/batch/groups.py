"""Batch aggregates per group of outlets (``--group-by lean``), and the blindspot table.

A group is the value of one outlets-file column (:mod:`framing.io.outlets_file`)
for an article's outlet: ``lean`` gives ``left``, ``right``, ``centre``; an
article whose outlet has no value there is in ``(no lean)``. Everything is
made from the events' summaries, in event order, in the main process, so it
is the same whether the events ran serially, on local processes or on Dask.

Per group, over the compared events it has an article in (counts pooled over
events before dividing), with the definitions of the outlet aggregate
(:mod:`framing.batch.aggregate`), read for the group as a whole:

only it carries
    Of its articles' content sentences, in events where another group is present
    too, the share in units that no other group's article carries (several
    outlets of one group sharing a unit still makes it the group's alone).
omits of others' shared
    Of the units other groups' articles carry, the share no article of the group carries.
quotes, readability, terms, sources
    Pooled over the group's articles, as for one outlet.

Blindspots: the events that some group covers and another group, present
elsewhere in the batch, does not (Ground News calls them a group's blindspot).

>>> s = {"event": "e", "status": "ok", "articles": [
...     {"id": "a", "outlet": "A", "sentences": 2, "exclusive": 1, "others_shared": 1, "omitted": 0,
...      "quotes": None, "readability": None, "terms": None, "sources": None, "info": {"lean": "left"}},
...     {"id": "b", "outlet": "B", "sentences": 2, "exclusive": 1, "others_shared": 1, "omitted": 0,
...      "quotes": None, "readability": None, "terms": None, "sources": None, "info": {"lean": "right"}}],
...     "pairs": [], "units": [[[0, 1], [1, 1]], [[0, 1]], [[1, 1]]]}
>>> g = GroupAggregator("lean")
>>> g.add(s)
>>> [(x.outlet, x.exclusive_share, x.omitted_share) for x in g.result().aggregate.outlets]
[('left', 0.5, 0.5), ('right', 0.5, 0.5)]
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from framing.batch.aggregate import Aggregate, Aggregator
from framing.batch.columns import cell, csv_text, group_of

__all__ = ["GroupAggregator", "GroupReport"]


@dataclass(frozen=True)
class GroupReport:
    """What :class:`GroupAggregator` gives: the ``column`` grouped by, the per-group
    :class:`~framing.batch.aggregate.Aggregate` (its ``outlets`` are the groups), and
    ``blindspots``: ``(event, groups covering it, groups present in the batch that do not)``."""

    column: str
    aggregate: Aggregate
    blindspots: tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...]

    def to_csv(self) -> dict[str, str]:
        """``groups.csv`` (the columns of ``outlets.csv``, keyed by group) and ``blindspots.csv``."""
        header, rows = self.aggregate._tables()["outlets"]  # numbers stay numbers (-25.5, not '-25.5)
        grouped = csv_text([[self.column, *header[1:]], *([cell(v) for v in row] for row in rows)])
        blind = csv_text([["event", "covered_by", "not_covered_by"],
                      *[[e, "; ".join(c), "; ".join(m)] for e, c, m in self.blindspots]])
        return {"groups.csv": grouped, "blindspots.csv": blind}

    def to_dict(self) -> dict[str, Any]:
        """Plain-JSON form (the ``groups`` entry of ``aggregate.json``)."""
        agg = self.aggregate.to_dict()
        return {"by": self.column, "groups": agg["outlets"],
                "blindspots": [{"event": e, "covered_by": list(c), "not_covered_by": list(m)}
                               for e, c, m in self.blindspots]}


class GroupAggregator:
    """Folds event summaries in, per group (see the module docstring)."""

    def __init__(self, column: str) -> None:
        self.column = column
        self._inner = Aggregator()
        self._covered: list[tuple[str, tuple[str, ...]]] = []

    def add(self, summary: Mapping[str, Any]) -> None:
        """Fold one event summary in."""
        if summary.get("status") != "ok":
            self._inner.add(summary)
            return
        arts = summary["articles"]
        groups = [group_of(a, self.column) for a in arts]
        present = sorted(set(groups))
        self._covered.append((str(summary["event"]), tuple(present)))
        units = summary.get("units") or []
        carried_by = [{groups[i] for i, _n in members} for members in units]
        several = len(present) > 1
        out = []
        first: set[str] = set()
        for i, a in enumerate(arts):
            g = groups[i]
            mine = [(members, who) for members, who in zip(units, carried_by, strict=True) if g in who]
            sentences = sum(n for members, _w in mine for j, n in members if j == i) if several else 0
            exclusive = sum(n for members, who in mine if who == {g} for j, n in members if j == i) if several else 0
            others, omitted = 0, 0
            if g not in first:  # the group's omissions once per event, on its first article
                first.add(g)
                eligible = [who for who in carried_by if who - {g}]
                others, omitted = len(eligible), sum(1 for who in eligible if g not in who)
            out.append({**a, "outlet": g, "sentences": sentences, "exclusive": exclusive,
                        "others_shared": others, "omitted": omitted})
        self._inner.add({**summary, "articles": out, "pairs": []})

    def result(self) -> GroupReport:
        """The groups' aggregate and the blindspot table."""
        # an outlet the outlets file says nothing about is no group that could have a blindspot
        universe = sorted({g for _e, present in self._covered for g in present if not g.startswith("(no ")})
        blind = tuple((e, present, tuple(g for g in universe if g not in present))
                      for e, present in self._covered if any(g not in present for g in universe))
        return GroupReport(self.column, self._inner.result(), blind)
