"""The batch aggregate as a Markdown report, and as an HTML fragment for notebooks.

Both are rendered from one list of blocks (headings, paragraphs, tables,
definition lists), so they say the same. Every Markdown cell goes through
:func:`framing.render.cells.cell` (via ``table``), and every HTML text
through :func:`framing.render.htmltext.esc`, so outlet names, terms and failure reasons can
never break a table or inject markup. No timestamps: the same batch gives
the same bytes. ``max_rows`` caps each table (a notebook shows a
100,000-event batch without printing every failure), with a line saying how
many rows were left out and which table holds them all.

>>> from framing.batch.aggregate import Aggregator
>>> agg = Aggregator()
>>> agg.add({"event": "e1", "status": "failed", "reason": "a|b.txt: empty file"})
>>> print(to_markdown(agg.result()).splitlines()[2])
1 events: 0 compared, 1 failed.
>>> print(to_html(agg.result()).splitlines()[0])
<div class="framing-batch">
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from framing.render.cells import cell, table

if TYPE_CHECKING:
    from framing.batch.aggregate import Aggregate, Spread
    from framing.batch.groups import GroupReport

__all__ = ["MAX_NOTEBOOK_ROWS", "to_html", "to_markdown"]

MAX_NOTEBOOK_ROWS = 50
"""Rows of one table a notebook display shows (:meth:`framing.batch.BatchResult._repr_markdown_`)."""

# A block: ("h1" | "h2" | "p", text), ("table", header, rows, where the left-out rows are),
# or ("terms", ((term or "", definition), ...)).
_Block = tuple[object, ...]

_DEFINITIONS = (
    ("only it carries", "share of the outlet's content sentences in content no other article of the event has."),
    ("omits of others' shared", "share of the content at least two other articles carry (the other one, in "
     "an event of two) that the outlet lacks."),
    ("quotes", "of the quotes the outlet shares with another outlet, the share quoted with the same words, "
     "as a longer or shorter excerpt, altered (words replaced), or reported as paraphrase."),
    ("", "Readability: mean ± standard deviation over the outlet's articles (body text only)."),
    ("", "Counts are pooled over events before dividing."),
)


def _pct(value: float | None) -> str:
    return "–" if value is None else f"{100 * value:.1f}%"


def _spread(s: Spread) -> str:
    if s.mean is None:
        return "–"
    return f"{s.mean:.1f}" if s.std is None else f"{s.mean:.1f} ± {s.std:.1f}"


def _blocks(aggregate: Aggregate, lead: Sequence[str] = ()) -> list[_Block]:
    """The report as blocks (see ``_Block``), in order; both renderings walk them."""
    a = aggregate
    out: list[_Block] = [
        ("h1", "Batch report"),
        *(("p", text) for text in lead),
        ("p", f"{a.events} events: {a.events - a.failed} compared, {a.failed} failed."),
        ("h2", "Outlets"),
        ("table",
         ["outlet", "events", "sentences", "only it carries", "omits of others' shared",
          "quotes exact", "excerpt", "altered", "paraphrased", "Flesch reading ease", "FK grade"],
         [[o.outlet, o.events, o.sentences, _pct(o.exclusive_share), _pct(o.omitted_share),
           *[_pct(o.quote_rates[s]) for s in ("exact", "excerpt", "altered", "paraphrased")],
           _spread(o.readability["flesch_reading_ease"]), _spread(o.readability["flesch_kincaid_grade"])]
          for o in a.outlets], "outlets.csv"),
        ("h2", "Distinctive terms"),
        ("p", "Terms most often distinctive for the outlet within an event (events, mean z)."),
        ("table", ["outlet", "terms"],
         [[o.outlet, ", ".join(f"{t} ({n}, {z:.1f})" for t, n, z in o.terms) or "–"] for o in a.outlets],
         "outlets.csv"),
        ("h2", "Most-cited sources"),
        ("table", ["outlet", "sources (events)"],
         [[o.outlet, ", ".join(f"{s} ({n})" for s, n in o.sources) or "–"] for o in a.outlets], "outlets.csv"),
        ("h2", "How each outlet habitually names things"),
        ("p", "In its own voice, by the number of events: the event, the war and unnamed actors, and the loaded "
              "words of its labels for people, groups and places (see each event's naming section)."),
        ("table", ["outlet", "naming (events)"],
         [[o.outlet, ", ".join(f"{h} ({n})" for h, n in o.naming) or "–"] for o in a.outlets], "outlets.csv"),
        ("h2", "Shared content between outlets"),
        ("table", ["outlet", "outlet", "events together", "units shared", "units either carries", "shared"],
         [[p.a, p.b, p.events, p.shared, p.units, _pct(p.share)] for p in a.pairs], "pairs.csv"),
    ]
    if a.failures:
        out += [("h2", "Failed events"), ("table", ["event", "reason"], list(a.failures), "failures.csv")]
    if a.problems:
        out += [("h2", "Files skipped in compared events"),
                ("table", ["event", "problem"], list(a.problems), "failures.csv")]
    out += [("h2", "How to read this"), ("terms", _DEFINITIONS)]
    return out


def _group_blocks(report: GroupReport) -> list[_Block]:
    """The per-group sections: the groups' figures and the blindspot table."""
    col = report.column
    groups = report.aggregate.outlets
    out: list[_Block] = [
        ("h2", f"Groups by {col}"),
        ("p", f"Outlets grouped by the outlets file's {col!r} column; a group's figures read for the group "
              "as a whole (only it carries: no other group's article carries the unit; see How to read this)."),
        ("table",
         [col, "events", "articles", "sentences", "only it carries", "omits of others' shared", "quotes exact",
          "excerpt", "altered", "paraphrased", "FK grade"],
         [[g.outlet, g.events, g.articles, g.sentences, _pct(g.exclusive_share), _pct(g.omitted_share),
           *[_pct(g.quote_rates[s]) for s in ("exact", "excerpt", "altered", "paraphrased")],
           _spread(g.readability["flesch_kincaid_grade"])] for g in groups], "groups.csv"),
        ("table", [col, "most-cited sources (events)", "distinctive terms (events, mean z)"],
         [[g.outlet, ", ".join(f"{x} ({n})" for x, n in g.sources) or "–",
           ", ".join(f"{t} ({n}, {z:.1f})" for t, n, z in g.terms) or "–"] for g in groups], "groups.csv"),
        ("h2", "Blindspots"),
    ]
    if report.blindspots:
        out += [("p", f"Events that some {col} groups covered and others did not."),
                ("table", ["event", "covered by", "not covered by"],
                 [[e, ", ".join(c), ", ".join(m)] for e, c, m in report.blindspots], "blindspots.csv")]
    else:
        out.append(("p", f"Every {col} group covered every event."))
    return out


def _left_out(hidden: int, where: object) -> str:
    rows = "row" if hidden == 1 else "rows"
    return f"… and {hidden:,} more {rows}: every one is in {where} (and in the batch's to_frames())."


def to_markdown(aggregate: Aggregate, *, max_rows: int | None = None, lead: Sequence[str] = (),
                groups: GroupReport | None = None) -> str:
    """Render the aggregate: outlets, terms, sources, pairs, failures, definitions.

    Parameters
    ----------
    aggregate
        The batch aggregate.
    max_rows
        Most rows of one table (default: every row, as ``aggregate.md``).
    lead
        Plain-text paragraphs after the title (escaped with :func:`~framing.render.cells.cell`;
        each should open with words of its own, not with a name or a path, which could
        start a Markdown block).
    groups
        Per-group figures and blindspots (``--group-by``), put before the definitions.
    """
    blocks = _blocks(aggregate, [cell(text) for text in lead])
    if groups is not None:
        at = next(i for i, b in enumerate(blocks) if b[:2] == ("h2", "How to read this"))
        blocks[at:at] = _group_blocks(groups)
    return _markdown(blocks, max_rows=max_rows)


def _markdown(parts: Iterable[_Block], *, max_rows: int | None = None) -> str:
    """Markdown of report blocks: each followed by a blank line."""
    out: list[str] = []
    for block in parts:
        kind = block[0]
        if kind == "h1":
            out.append(f"# {block[1]}")
        elif kind == "h2":
            out.append(f"## {block[1]}")
        elif kind == "p":
            out.append(str(block[1]))
        elif kind == "table":
            header, rows, where = block[1], block[2], block[3]
            assert isinstance(header, Sequence) and isinstance(rows, Sequence)
            out.append(table(header, rows[:max_rows]))
            if max_rows is not None and len(rows) > max_rows:
                out += ["", f"*{cell(_left_out(len(rows) - max_rows, where))}*"]
        elif kind == "terms":
            items = block[1]
            assert isinstance(items, Sequence)
            out += [f"- *{term}*: {text}" if term else f"- {text}" for term, text in items]
        out.append("")
    return "\n".join(out)


def to_html(aggregate: Aggregate, *, max_rows: int | None = MAX_NOTEBOOK_ROWS, lead: Sequence[str] = ()) -> str:
    """The report as a small HTML fragment (what a notebook's ``_repr_html_`` shows).

    The same blocks as :func:`to_markdown`, as plain elements (headings from
    ``<h3>``, since the fragment sits inside a page; ``<p>``, ``<table>``,
    ``<ul>``) in one ``<div class="framing-batch">``; every text, ``lead``'s
    paragraphs too, escaped with :func:`framing.render.htmltext.esc`; no scripts,
    no styles, nothing loaded from elsewhere.
    """
    return _html(_blocks(aggregate, lead), max_rows=max_rows)


def _html(parts: Iterable[_Block], *, max_rows: int | None = MAX_NOTEBOOK_ROWS) -> str:
    """HTML of report blocks (see :func:`to_html`)."""
    from framing.render.htmltext import esc

    out = ['<div class="framing-batch">']
    for block in parts:
        kind = block[0]
        if kind in ("h1", "h2"):
            level = 3 if kind == "h1" else 4
            out.append(f"<h{level}>{esc(str(block[1]))}</h{level}>")
        elif kind == "p":
            out.append(f"<p>{esc(str(block[1]))}</p>")
        elif kind == "table":
            header, rows, where = block[1], block[2], block[3]
            assert isinstance(header, Sequence) and isinstance(rows, Sequence)
            out.append("<table>")
            out.append("<thead><tr>" + "".join(f"<th>{esc(str(h))}</th>" for h in header) + "</tr></thead>")
            out.append("<tbody>")
            out += ["<tr>" + "".join(f"<td>{esc(str(v))}</td>" for v in row) + "</tr>" for row in rows[:max_rows]]
            out.append("</tbody></table>")
            if max_rows is not None and len(rows) > max_rows:
                out.append(f"<p><em>{esc(_left_out(len(rows) - max_rows, where))}</em></p>")
        elif kind == "terms":
            items = block[1]
            assert isinstance(items, Sequence)
            out.append("<ul>")
            out += [f"<li><em>{esc(term)}</em>: {esc(text)}</li>" if term else f"<li>{esc(text)}</li>"
                    for term, text in items]
            out.append("</ul>")
    out.append("</div>")
    return "\n".join(out)
