"""The batch's HTML index: the outlets across events, with a picture, and a link per event.

``framing batch ... --html`` writes ``index.html`` beside ``aggregate.md``,
and each event's page (:func:`framing.render.html.to_html`) as
``events/<name>.html``. The index is one self-contained page, like the
event pages: the same style sheet pinned by hash in a Content-Security-Policy
that allows no script and no load of any kind; every outlet name, event id and
failure reason escaped. The aggregate's tables are those of ``aggregate.md``
(:func:`framing.batch.report.to_html`, uncapped).

>>> from framing.batch.aggregate import Aggregator
>>> agg = Aggregator()
>>> agg.add({"event": "<e1>", "status": "failed", "reason": "<b>empty</b>"})
>>> page = index_html(agg.result(), [])
>>> "&lt;b&gt;empty&lt;/b&gt;" in page and "<b>" not in page
True
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING
from urllib.parse import quote

from framing._version import __version__
from framing.batch.report import to_html as aggregate_html
from framing.render.htmltext import esc, plain
from framing.render.page import csp, static
from framing.render.svg import COLOURS

if TYPE_CHECKING:
    from framing.batch import EventResult
    from framing.batch.aggregate import Aggregate

__all__ = ["index_html", "outlet_bars"]

_FONT = 'font-family="system-ui, sans-serif" font-size="11"'


def outlet_bars(aggregate: Aggregate) -> str:
    """Per outlet, two bars: the share of its content only it carries (orange) and the share
    of the others' shared content it lacks (grey), pooled over the batch's events."""
    outlets = aggregate.outlets
    left, top, row, scale = 200, 26, 30, 480
    width, height = left + scale + 120, top + row * max(len(outlets), 1) + 24
    body = [f'<text x="{left}" y="14" {_FONT} fill="#444">orange: content only it carries · grey: others\' '
            "shared content it lacks</text>"]
    for tick in range(0, 101, 25):
        x = left + scale * tick / 100
        body.append(f'<line x1="{x:.0f}" y1="{top - 4}" x2="{x:.0f}" y2="{height - 20}" stroke="#eee"/>')
        body.append(f'<text x="{x:.0f}" y="{height - 8}" font-size="9" font-family="system-ui, sans-serif" '
                    f'text-anchor="middle" fill="#666">{tick}%</text>')
    for n, o in enumerate(outlets):
        y = top + n * row
        name = " ".join(o.outlet.split())
        shown = plain(name if len(name) <= 28 else name[:27] + "…")
        body.append(f'<text x="{left - 6}" y="{y + 16}" {_FONT} text-anchor="end" fill="#222">{shown}'
                    f"<title>{plain(name)}: {o.events} events</title></text>")
        for k, (share, fill, what) in enumerate(((o.exclusive_share, COLOURS["only"], "only it carries"),
                                                 (o.omitted_share, "#999999", "lacks of others' shared"))):
            if share is None:
                continue
            body.append(f'<rect x="{left}" y="{y + 3 + k * 11}" width="{scale * share:.1f}" height="10" '
                        f'fill="{fill}"><title>{plain(name)}: {what} {100 * share:.1f}%</title></rect>')
            body.append(f'<text x="{left + scale * share + 4:.1f}" y="{y + 12 + k * 11}" font-size="9" '
                        f'font-family="system-ui, sans-serif" fill="#444">{100 * share:.0f}%</text>')
    return (f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
            f'viewBox="0 0 {width} {height}" role="img" aria-label="outlets across events">'
            + "".join(body) + "</svg>")


def index_html(aggregate: Aggregate, events: Iterable[EventResult], *, out: str | None = None) -> str:
    """The index page: the aggregate with its picture, and one row per event (a link to its page
    when it has one). ``events`` is read once, lazily (a batch of 100,000 events is one pass)."""
    style = static("page.css")
    policy = csp(None, style)
    rows = []
    for r in events:
        page = next((p for p in r.outputs if p.suffix == ".html"), None)
        name = esc(r.event)
        if page is not None and out is not None:
            rel = "/".join(quote(part) for part in page.relative_to(out).parts)
            name = f'<a href="{plain(rel)}">{name}</a>'
        arts = r.summary.get("articles") or []
        outlets = sorted({str(a.get("outlet")) for a in arts if isinstance(a, dict)})
        rows.append(f"<tr><td>{name}</td><td>{esc(r.status)}</td><td>{esc(', '.join(outlets))}</td>"
                    f"<td>{esc(r.reason or '; '.join(r.problems))}</td></tr>")
    ok = aggregate.events - aggregate.failed
    return "\n".join([
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{policy}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<meta name="referrer" content="no-referrer">',
        f"<title>framing batch: {aggregate.events:,} events</title>",
        f"<style>{style}</style></head><body>",
        f"<header><h1>{aggregate.events:,} events, {len(aggregate.outlets):,} outlets</h1>",
        f'<p class="lead">{ok:,} compared, {aggregate.failed:,} failed; compared by framing {esc(__version__)}. '
        "Each event's page sets its articles side by side.</p></header>",
        '<section id="outlets"><h2>Outlets across events</h2>',
        f"<figure>{outlet_bars(aggregate)}<figcaption>What each outlet carries alone and what it leaves out, "
        "pooled over every event it is in (definitions below).</figcaption></figure>",
        aggregate_html(aggregate, max_rows=None),
        "</section>",
        '<section id="events"><h2>Events</h2>',
        "<table><tr><th>event</th><th>status</th><th>outlets</th><th>problems</th></tr>",
        *rows,
        "</table></section>",
        f'<footer id="method"><p>framing {esc(__version__)}: aggregate.json and the CSV tables beside this '
        "page hold every figure.</p></footer>",
        "</body></html>",
    ]) + "\n"
