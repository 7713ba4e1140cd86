"""The ``framing batch`` command: a thin shell over :func:`framing.batch.batch`.

Registered on the ``framing`` group with ``cli.add_command(batch)``. Heavy
modules (the comparators, Dask) are imported only when the command runs.
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
import threading
from collections.abc import Iterator
from types import FrameType

import click

__all__ = ["batch"]


def _interrupted(done: int) -> str:
    return f"Interrupted: {done} events done; run the same command again to continue"


@contextlib.contextmanager
def _ctrl_c(seen: list[int]) -> Iterator[None]:
    """The first SIGINT raises KeyboardInterrupt (the batch kills its workers and stops); a second
    one, during that clean-up, ends the process at once (its workers die with it)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def again(signum: int, frame: FrameType | None) -> None:
        with contextlib.suppress(Exception):
            sys.stderr.write(_interrupted(seen[0]) + "\n")
            sys.stderr.flush()
        os._exit(130)

    def first(signum: int, frame: FrameType | None) -> None:
        signal.signal(signal.SIGINT, again)
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGINT, first)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


@click.command(
    epilog="""\b
Examples:
  framing batch events.jsonl -o /tmp/framing-batch --workers 4 --markdown
  framing batch corpus/ -o /tmp/framing-batch --html
  framing batch corpus/ -o /tmp/framing-batch --scheduler tcp://127.0.0.1:8786
  framing batch examples/corpus -o /tmp/framing-batch --outlets examples/outlets.csv --group-by lean
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
    the aggregate; the exit code is then 1. Ctrl-C stops at once (exit 130);
    a second Ctrl-C does not wait for the clean-up.
    """
    from framing.batch import batch as run_batch
    from framing.errors import FramingError

    seen = [0]  # events folded in so far: what a second Ctrl-C can tell

    def count(_: object) -> None:
        seen[0] += 1

    try:
        with _ctrl_c(seen):
            try:
                result = run_batch(input, out=outdir, workers=workers, scheduler=scheduler, markdown=markdown,
                                   html=html, outlets=outlets, group_by=group_by, on_event=count)
            except KeyboardInterrupt as exc:  # a second one meanwhile ends the process at once
                click.echo(_interrupted(getattr(exc, "done", seen[0])), err=True)
                raise SystemExit(130) from None
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
