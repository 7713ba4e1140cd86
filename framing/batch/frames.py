"""A batch's tables as typed pandas DataFrames (:meth:`framing.BatchResult.to_frames`).

:data:`AGGREGATE_TABLES`, :data:`TABLES`
    The declarations (:class:`~framing.render.schema.Table`) of the
    aggregate's tables (:meth:`framing.batch.aggregate.Aggregate.to_frames`)
    and of all a batch's tables, in the order ``to_frames`` gives them.
:func:`aggregate_frames`, :func:`batch_frames`
    The tables of an aggregate, and of a whole batch.

``outlets``, ``pairs`` and ``failures`` hold what the CSV files of the same
names hold, typed (a missing share is ``pd.NA``, not an empty cell) and
with lists as lists; ``groups`` and ``blindspots`` what ``groups.csv`` and
``blindspots.csv`` hold (``groups`` names its first column ``group`` whatever
the column grouped by). ``event_outlets`` (one row per compared event and
outlet) and ``events`` are read from the events' summaries in
``summaries/``, one at a time.

>>> from framing.batch.aggregate import Aggregator
>>> agg = Aggregator()
>>> agg.add({"event": "e1", "status": "ok", "problems": [], "pairs": [], "units": [[[0, 1]], [[0, 1], [1, 2]]],
...          "articles": [{"id": "a", "outlet": "A", "sentences": 3, "exclusive": 1, "others_shared": 1,
...                        "omitted": 0, "quotes": None, "readability": None, "terms": [["war", 2.5]],
...                        "sources": None}]})
>>> frames = aggregate_frames(agg.result())
>>> frames["outlets"][["outlet", "sentences", "exclusive_share", "omitted_share", "quotes_exact"]]
  outlet  sentences  exclusive_share  omitted_share  quotes_exact
0      A          3           0.3333            0.0             0
>>> frames["pairs"].dtypes.astype(str).tolist()  # no pairs: the columns and dtypes all the same
['string', 'string', 'int64', 'int64', 'int64', 'Float64']
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from framing.batch.columns import METRICS, QUOTE_STATUSES, SHARED_STATUSES, group_of, ratio
from framing.render.frames import METRIC_MEANINGS
from framing.render.schema import FLOAT, FLOAT_NA, INT, INT_NA, LIST_STR, STRING, Column, Table, frame

if TYPE_CHECKING:
    from framing.batch import BatchResult, EventResult
    from framing.batch.aggregate import Aggregate

__all__ = ["AGGREGATE_TABLES", "TABLES", "aggregate_frames", "batch_frames"]


def _outlet_columns(key: Column) -> tuple[Column, ...]:
    """The columns of ``outlets.csv`` (and ``groups.csv``), keyed by ``key``."""
    return (
        key,
        Column("events", INT, "Compared events it has an article in."),
        Column("articles", INT, "Its articles in them."),
        Column("sentences", INT, "Its content sentences (those in content units)."),
        Column("exclusive_share", FLOAT_NA, "Share of its content sentences in units only it carries "
                                            "(NA without sentences)."),
        Column("omitted_share", FLOAT_NA, "Share of the units the others agree on that it lacks (NA when "
                                          "there were none)."),
        *(Column(f"quotes_{s}", INT, f"Quote groups it takes part in whose status is ``{s}``.")
          for s in QUOTE_STATUSES),
        *(Column(f"{s}_rate", FLOAT_NA, f"``quotes_{s}`` as a share of its quote groups that span two or more "
                                        "outlets (NA when there were none).") for s in SHARED_STATUSES),
        *(Column(f"{m}_{k}", FLOAT_NA, f"{what} over its articles (NA {when}): {METRIC_MEANINGS[m]}")
          for m in METRICS
          for k, what, when in (("mean", "Mean", "when no article has a value"),
                                ("std", "Sample standard deviation", "below two values"))),
        Column("distinctive_terms", LIST_STR, "Its most often distinctive terms, most often first "
                                              "(``terms`` has their counts)."),
        Column("sources", LIST_STR, "The entities it most often quotes or cites, most often first "
                                    "(``sources`` has their counts)."),
        Column("naming", LIST_STR, "How it most often names things in its own voice, most often first "
                                   "(``naming`` has their counts)."),
    )


OUTLET = Column("outlet", STRING, "The outlet's name (its name in the outlets file when one was given; an "
                                  "article without an outlet is named by its id).")

AGGREGATE_TABLES: dict[str, Table] = {t.name: t for t in (
    Table("outlets", "Outlet-level findings over the batch, one row per outlet, by name "
                     "(:mod:`framing.batch.aggregate` defines them; counts are pooled over events before "
                     "dividing).", _outlet_columns(OUTLET)),
    Table("pairs", "Content two outlets share, one row per pair of outlets that met in an event.", (
        Column("a", STRING, "One outlet of the pair (the first by name)."),
        Column("b", STRING, "The other outlet."),
        Column("events", INT, "Events both have an article in."),
        Column("shared_units", INT, "Units both carry, over those events."),
        Column("units", INT, "Units either carries, over those events."),
        Column("share", FLOAT_NA, "``shared_units / units`` (NA without units)."),
    )),
    Table("failures", "Events that could not be compared, then files skipped in events that were.", (
        Column("event", STRING, "The event's id."),
        Column("kind", STRING, "``failed`` (the event was not compared) or ``skipped file``."),
        Column("reason", STRING, "Why, naming the files."),
    )),
    Table("terms", "Each outlet's most often distinctive terms, one row per outlet and term.", (
        OUTLET,
        Column("rank", INT, "1 for its most often distinctive term."),
        Column("term", STRING, "The term."),
        Column("events", INT, "Events in which the term was distinctive for the outlet."),
        Column("mean_z", FLOAT, "Its mean z-score over those events."),
    )),
    Table("sources", "The entities each outlet most often quotes or cites, one row per outlet and source.", (
        OUTLET,
        Column("rank", INT, "1 for its most often quoted or cited source."),
        Column("source", STRING, "The entity's name."),
        Column("events", INT, "Events in which the outlet quotes or cites it."),
    )),
    Table("naming", "How each outlet most often names things in its own voice, one row per outlet and habit: "
                    "the event, the war and unnamed actors (\"the war: invasion\"), and the loaded words of "
                    "its labels (\"label: regime\").", (
        OUTLET,
        Column("rank", INT, "1 for its most frequent habit."),
        Column("habit", STRING, "What it names and how (\"unnamed actors: terrorists\", \"label: dictator\")."),
        Column("events", INT, "Events in which the outlet writes it so in its own voice."),
    )),
)}
"""The tables of :func:`aggregate_frames`, in order."""

TABLES: dict[str, Table] = {t.name: t for t in (
    *AGGREGATE_TABLES.values(),
    Table("events", "One row per event, in event id order.", (
        Column("event", STRING, "The event's id."),
        Column("status", STRING, "``ok`` or ``failed``."),
        Column("reason", STRING, "Why it failed (NA when ok)."),
        Column("problems", LIST_STR, "Files skipped in a compared event."),
        Column("articles", INT_NA, "Its articles (NA for a failed event)."),
        Column("outlets", INT_NA, "Its outlets (NA for a failed event)."),
        Column("outlet_names", LIST_STR, "Its outlets' names, sorted (NA for a failed event)."),
        Column("json", STRING, "Path of its comparison JSON (NA when not written)."),
        Column("markdown", STRING, "Path of its Markdown report (NA when not written)."),
        Column("html", STRING, "Path of its HTML page (NA when not written)."),
    )),
    Table("event_outlets", "One row per compared event and outlet, in event id order, then by outlet name: "
                           "what the outlet's articles in the event carry. An outlet with several articles in an "
                           "event has its counts added, as ``outlets`` pools them.", (
        Column("event", STRING, "The event's id."),
        OUTLET,
        Column("group", STRING, "Its group, the outlets file's value in the ``group_by`` column (``(no "
                                "<column>)`` when it has none; NA without ``group_by``)."),
        Column("articles", INT, "Its articles in the event."),
        Column("article_ids", LIST_STR, "Their ids."),
        Column("units", INT_NA, "Content units its articles carry (NA when the summary does not list units)."),
        Column("exclusive_units", INT_NA, "Of them, units that no other article carries."),
        Column("sentences", INT, "Its content sentences (those in content units)."),
        Column("exclusive", INT, "Of them, sentences in units no other article carries."),
        Column("others_shared", INT, "Units the event's other articles agree on (carried by at least two of "
                                     "them, or by the other one in an event of two)."),
        Column("omitted", INT, "Of them, units it lacks."),
        Column("exclusive_share", FLOAT_NA, "``exclusive / sentences`` (NA without sentences)."),
        Column("omitted_share", FLOAT_NA, "``omitted / others_shared`` (NA when there were none)."),
        *(Column(f"quotes_{s}", INT_NA, f"Quote groups of the event it takes part in whose status is ``{s}`` "
                                        "(NA when quotes were not compared).") for s in QUOTE_STATUSES),
        *(Column(m, FLOAT_NA, f"{METRIC_MEANINGS[m]} Mean over its articles in the event (NA when not "
                              "measured).") for m in METRICS),
        Column("terms", LIST_STR, "Its distinctive terms in the event, most distinctive first (NA when wording "
                                  "was not compared)."),
        Column("sources", LIST_STR, "The entities it quotes or cites in the event, sorted (NA when people were "
                                    "not compared)."),
    )),
    Table("groups", "With ``group_by``: the ``outlets`` findings per group of outlets (``groups.csv``), read for "
                    "the group as a whole (:mod:`framing.batch.groups`): a unit only a group carries is one no "
                    "other group's article carries.",
          _outlet_columns(Column("group", STRING, "The group: a value of the ``group_by`` column (``(no "
                                                  "<column>)`` for outlets without one)."))),
    Table("blindspots", "With ``group_by``: the events some group covers and another group, present elsewhere in "
                        "the batch, does not (``blindspots.csv``).", (
        Column("event", STRING, "The event's id."),
        Column("covered_by", LIST_STR, "The groups with an article in it, sorted."),
        Column("not_covered_by", LIST_STR, "The groups present in the batch without one, sorted."),
    )),
)}
"""Every table :func:`batch_frames` can give, in order (``groups`` and ``blindspots`` only with ``group_by``)."""


def aggregate_frames(aggregate: Aggregate) -> dict[str, Any]:
    """``outlets``, ``pairs``, ``failures``, ``terms``, ``sources`` and ``naming`` of ``aggregate`` as DataFrames."""
    a = aggregate
    rows: dict[str, Iterable[Sequence[object]]] = {
        "outlets": _outlet_rows(a),
        "pairs": ([p.a, p.b, p.events, p.shared, p.units, p.share] for p in a.pairs),
        "failures": [*([e, "failed", r] for e, r in a.failures),
                     *([e, "skipped file", p] for e, p in a.problems)],
        "terms": ([o.outlet, n, t, k, z] for o in a.outlets for n, (t, k, z) in enumerate(o.terms, start=1)),
        "sources": ([o.outlet, n, s, k] for o in a.outlets for n, (s, k) in enumerate(o.sources, start=1)),
        "naming": ([o.outlet, n, h, k] for o in a.outlets for n, (h, k) in enumerate(o.naming, start=1)),
    }
    return {name: frame(AGGREGATE_TABLES[name], r) for name, r in rows.items()}


def batch_frames(result: BatchResult) -> dict[str, Any]:
    """Every table of ``result`` (see :data:`TABLES`); the summaries are read one at a time."""
    frames = aggregate_frames(result.aggregate)
    column = result.groups.column if result.groups is not None else None
    events: list[list[object]] = []
    outlets: list[list[object]] = []
    for r in result:
        events.append(_event_row(r))
        if r.status == "ok":
            outlets.extend(_event_outlet_rows(r.event, r.summary, column))
    frames["events"] = frame(TABLES["events"], events)
    frames["event_outlets"] = frame(TABLES["event_outlets"], outlets)
    if result.groups is not None:
        frames["groups"] = frame(TABLES["groups"], _outlet_rows(result.groups.aggregate))
        frames["blindspots"] = frame(TABLES["blindspots"], ([e, list(c), list(m)]
                                                            for e, c, m in result.groups.blindspots))
    return frames


def _outlet_rows(a: Aggregate) -> Iterator[list[object]]:
    for o in a.outlets:
        yield [o.outlet, o.events, o.articles, o.sentences, o.exclusive_share, o.omitted_share,
               *(o.quotes[s] for s in QUOTE_STATUSES), *(o.quote_rates[s] for s in SHARED_STATUSES),
               *(getattr(o.readability[m], k) for m in METRICS for k in ("mean", "std")),
               [t for t, _, _ in o.terms], [s for s, _ in o.sources], [h for h, _ in o.naming]]


def _event_row(r: EventResult) -> list[object]:
    arts = r.summary.get("articles")
    names = sorted({str(x["outlet"]) for x in arts}) if arts is not None else None

    def output(suffix: str) -> str | None:
        return next((str(p) for p in r.outputs if p.suffix == suffix), None)

    return [r.event, r.status, r.reason, list(r.problems), None if arts is None else len(arts),
            None if names is None else len(names), names, output(".json"), output(".md"), output(".html")]


def _event_outlet_rows(event: str, summary: Mapping[str, Any], column: str | None) -> Iterator[list[object]]:
    """One row per outlet of a compared event's summary (:func:`framing.batch.aggregate.summarize`)."""
    arts = summary["articles"]
    units = summary.get("units")
    mine: dict[str, list[int]] = {}
    for i, art in enumerate(arts):
        mine.setdefault(str(art["outlet"]), []).append(i)
    for outlet in sorted(mine):
        idx = set(mine[outlet])
        own = [arts[i] for i in mine[outlet]]

        def total(key: str, own: list[dict[str, Any]] = own) -> int:
            return sum(int(art[key]) for art in own)

        carried = exclusive_units = None
        if units is not None:
            carried = sum(1 for members in units for j, _n in members if j in idx)
            exclusive_units = sum(1 for members in units if len(members) == 1 and members[0][0] in idx)
        sentences, exclusive, others, omitted = (total(k) for k in ("sentences", "exclusive", "others_shared",
                                                                     "omitted"))
        quotes = [art["quotes"] for art in own]
        measured = [art["readability"] for art in own if art["readability"] is not None]
        yield [
            event, outlet, group_of(own[0], column) if column is not None else None, len(own),
            [str(art["id"]) for art in own], carried, exclusive_units, sentences, exclusive, others, omitted,
            ratio(exclusive, sentences), ratio(omitted, others),
            *((None if None in quotes else sum(q.get(s, 0) for q in quotes)) for s in QUOTE_STATUSES),
            *(_mean(r.get(m) for r in measured) for m in METRICS),
            _listed(art["terms"] for art in own),
            None if (sources := _listed(art["sources"] for art in own)) is None else sorted(sources),
        ]


def _mean(values: Iterable[float | None]) -> float | None:
    known = [float(v) for v in values if v is not None]
    return sum(known) / len(known) if known else None


def _listed(lists: Iterable[list[Any] | None]) -> list[str] | None:
    """The items of every article's list, each once, in order (a term is ``[term, z]``);
    None when an article's list is None (that comparator did not run)."""
    out: dict[str, None] = {}
    for items in lists:
        if items is None:
            return None
        out.update((str(x[0] if isinstance(x, list) else x), None) for x in items)
    return list(out)
