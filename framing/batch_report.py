"""The batch aggregate as a Markdown report.

Every cell goes through :func:`framing.render.cells.cell` (via ``table``), so
outlet names, terms and failure reasons can never break a table or inject
markup. No timestamps: the same batch gives the same bytes.

>>> from framing.batch_aggregate import Aggregator
>>> agg = Aggregator()
>>> agg.add({"event": "e1", "status": "failed", "reason": "a|b.txt: empty file"})
>>> print(to_markdown(agg.result()).splitlines()[2])
1 events: 0 compared, 1 failed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from framing.render.cells import table

if TYPE_CHECKING:
    from framing.batch_aggregate import Aggregate, Spread

__all__ = ["to_markdown"]


def _pct(value: float | None) -> str:
    return "–" if value is None else f"{100 * value:.1f}%"


def _spread(s: Spread) -> str:
    if s.mean is None:
        return "–"
    return f"{s.mean:.1f}" if s.std is None else f"{s.mean:.1f} ± {s.std:.1f}"


def to_markdown(aggregate: Aggregate) -> str:
    """Render the aggregate: outlets, terms, sources, pairs, failures, definitions."""
    a = aggregate
    out = [
        "# Batch report",
        "",
        f"{a.events} events: {a.events - a.failed} compared, {a.failed} failed.",
        "",
        "## Outlets",
        "",
        table(
            ["outlet", "events", "sentences", "only it carries", "omits of others' shared",
             "quotes exact", "excerpt", "altered", "paraphrased", "Flesch reading ease", "FK grade"],
            [
                [o.outlet, o.events, o.sentences, _pct(o.exclusive_share), _pct(o.omitted_share),
                 *[_pct(o.quote_rates[s]) for s in ("exact", "excerpt", "altered", "paraphrased")],
                 _spread(o.readability["flesch_reading_ease"]), _spread(o.readability["flesch_kincaid_grade"])]
                for o in a.outlets
            ],
        ),
        "",
        "## Distinctive terms",
        "",
        "Terms most often distinctive for the outlet within an event (events, mean z).",
        "",
        table(["outlet", "terms"], [
            [o.outlet, ", ".join(f"{t} ({n}, {z:.1f})" for t, n, z in o.terms) or "–"] for o in a.outlets
        ]),
        "",
        "## Most-cited sources",
        "",
        table(["outlet", "sources (events)"], [
            [o.outlet, ", ".join(f"{s} ({n})" for s, n in o.sources) or "–"] for o in a.outlets
        ]),
        "",
        "## Shared content between outlets",
        "",
        table(["outlet", "outlet", "events together", "units shared", "units either carries", "shared"], [
            [p.a, p.b, p.events, p.shared, p.units, _pct(p.share)] for p in a.pairs
        ]),
        "",
    ]
    if a.failures:
        out += ["## Failed events", "", table(["event", "reason"], list(a.failures)), ""]
    if a.problems:
        out += ["## Files skipped in compared events", "", table(["event", "problem"], list(a.problems)), ""]
    out += [
        "## How to read this",
        "",
        "- *only it carries*: share of the outlet's content sentences in content no other article of the event has.",
        "- *omits of others' shared*: share of the content at least two other articles carry (the other one, in "
        "an event of two) that the outlet lacks.",
        "- *quotes*: of the quotes the outlet shares with another outlet, the share quoted with the same words, "
        "as a longer or shorter excerpt, altered (words replaced), or reported as paraphrase.",
        "- Readability: mean ± standard deviation over the outlet's articles (body text only).",
        "- Counts are pooled over events before dividing.",
        "",
    ]
    return "\n".join(out)
