"""The ``framing batch`` command: a thin shell over :func:`framing.batch.batch`.

Registered on the ``framing`` group with ``cli.add_command(batch)``. Heavy
modules (the comparators, Dask) are imported only when the command runs.
"""

from __future__ import annotations

import click

__all__ = ["batch"]


@click.command(
    epilog="""\b
Examples:
  framing batch events.jsonl -o out/ --workers 4 --markdown
  framing batch corpus/ -o out/ --html
  framing batch examples/corpus -o out/ --outlets examples/outlets.csv --group-by lean
  framing batch corpus/ -o out/ --scheduler tcp://127.0.0.1:8786
  framing batch ../shared/data/basil/articles -o reports/basil
"""
)
@click.argument("input", type=click.Path(exists=True))
@click.option("-o", "--output", "outdir", required=True, type=click.Path(),
              metavar="OUTDIR", help="Folder for per-event results and the aggregate report.")
@click.option("--workers", type=click.IntRange(min=1), default=None, metavar="N",
              help="Local worker processes (default: the CPUs available; 1 runs serially).")
@click.option("--scheduler", default=None, metavar="ADDRESS",
              help="Run on a Dask cluster (tcp://host:port); needs the 'dask' extra.")
@click.option("--markdown", is_flag=True, help="Also write each event's Markdown report.")
@click.option("--html", is_flag=True,
              help="Also write each event's HTML page, and OUTDIR/index.html linking them.")
@click.option("--outlets", "outlets", default=None, type=click.Path(), metavar="FILE",
              help="Outlets file (CSV: match,name and any columns such as lean, country, type).")
@click.option("--group-by", "group_by", default=None, metavar="COLUMN",
              help="Also aggregate per group of outlets (an outlets-file column, e.g. lean) with a blindspot table.")
def batch(input: str, outdir: str, workers: int | None, scheduler: str | None, markdown: bool, html: bool,
          outlets: str | None, group_by: str | None) -> None:
    """Compare every event in INPUT and report per outlet across events.

    INPUT is a folder of event folders (one file per outlet), a JSON Lines
    file of records with an "event" key, or BASIL's articles folder (grouped
    by triplet-uuid). Writes OUTDIR/events/<event>.json (and .md, .html), and the
    aggregate as aggregate.md, aggregate.json, outlets.csv, pairs.csv and
    failures.csv. Events whose results are current are skipped, so an
    interrupted run continues where it stopped. Failed events are listed in
    the aggregate; the exit code is then 1.
    """
    from framing.batch import batch as run_batch
    from framing.errors import FramingError

    try:
        result = run_batch(input, out=outdir, workers=workers, scheduler=scheduler, markdown=markdown, html=html,
                           outlets=outlets, group_by=group_by)
    except FramingError as exc:
        raise click.ClickException(str(exc)) from None
    agg = result.aggregate
    click.echo(
        f"{agg.events} events: {agg.events - agg.failed} compared, {agg.failed} failed "
        f"({result.computed} run, {result.reused} already current); wrote {outdir}/aggregate.md"
        + (f" and {outdir}/index.html" if html else ""),
        err=True,
    )
    if agg.failed:
        raise SystemExit(1)
