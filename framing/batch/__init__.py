"""Batch mode: many events at once, serially, on local processes or on Dask.

The batch stage sits on top of one comparison (:mod:`framing.compare`): it
finds events, runs each one's comparison in a worker, folds the workers'
summaries into outlet-level findings and writes them.

Modules
-------
api
    :func:`batch`, :class:`BatchResult`, :class:`EventResult`: the public API.
events
    Finding the events of a folder, a JSON Lines file or BASIL; output layout.
worker
    One chunk of events in a worker: load, compare, write, summarise.
pool, lock
    Running the chunks (serially, on local processes, on Dask); the output
    folder's lock, marker and clean-up.
dask
    Connecting to a Dask scheduler.
aggregate, groups, columns
    Outlet-level findings folded from the summaries; the same per group; the
    columns and cells their tables share.
report, html, frames
    The aggregate as Markdown, as an HTML page, as data frames.

Imports
-------
May import every package below it: :mod:`framing.compare`, render, findings,
comparators, extract, align, io, text, and :mod:`framing.errors`. Nothing
below imports batch; only :mod:`framing.cli_batch` does.
"""

from framing.batch.api import MAX_CHUNK, Aggregate, BatchResult, Event, EventResult, Interrupted, batch, events_from

__all__ = ["MAX_CHUNK", "Aggregate", "BatchResult", "Event", "EventResult", "Interrupted", "batch", "events_from"]
