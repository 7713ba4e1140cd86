"""Batch mode: compare thousands of events, serially, on local processes or on Dask.

Public API
----------
batch
    Run every event, write per-event results and the aggregate report.
BatchResult, EventResult
    What :func:`batch` returns: the aggregate and a lazy iterator over events.
events_from, Event
    Find the events of a folder of event folders, a JSON Lines file, or BASIL.
Aggregate
    Outlet-level findings (:mod:`framing.batch.aggregate`).

How it runs
-----------
Events are sorted by id and split into chunks; a task runs one chunk (so the
~1.65 ms a Dask task costs stays negligible next to its events). Workers load
their own files, write each event's JSON (and Markdown) atomically into
``out/events/``, and send back a summary of a few kilobytes, which the
aggregate folds in, in event id order. Nothing of an event stays in memory,
and the bytes written do not depend on how the work was run.

An event is skipped when its summary in ``out/summaries/`` carries the same
key (framing version, cut-off, comparators, and the names, sizes and
modification times of its files, or the bytes of its records) and its
outputs exist: an interrupted run continues where it stopped.

>>> import tempfile, pathlib
>>> root = pathlib.Path(tempfile.mkdtemp())
>>> for event in ("budget", "storm"):
...     (root / "in" / event).mkdir(parents=True)
...     for outlet, text in (("bbc", "The storm hit Riga on Monday. Trees fell."),
...                          ("lrt", "On Monday the storm hit Riga. Schools closed.")):
...         _ = (root / "in" / event / f"{outlet}.txt").write_text(f"{event.title()}\\n{text}\\n")
>>> result = batch(root / "in", out=root / "out", workers=1, progress=False)
>>> result.aggregate.events, result.computed, [r.event for r in result]
(2, 2, ['budget', 'storm'])
>>> sorted(p.name for p in (root / "out").iterdir())  # the first marks it: never read as input
['.framing-batch', 'aggregate.json', 'aggregate.md', 'events', 'failures.csv', 'outlets.csv', 'pairs.csv', 'summaries']
>>> batch(root / "in", out=root / "out", workers=1, progress=False).computed  # all current
0
>>> frames = result.to_frames()  # needs pandas
>>> frames["events"][["event", "status", "articles", "outlet_names"]].to_dict("records")[0]
{'event': 'budget', 'status': 'ok', 'articles': 2, 'outlet_names': ['bbc', 'lrt']}
>>> frames["pairs"][["a", "b", "events"]].values.tolist()
[['bbc', 'lrt', 2]]
"""

from __future__ import annotations

import dataclasses
import math
import os
import sys
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from framing.align.cohesion import check_cutoff
from framing.align.units import UNIT_CUTOFF
from framing.batch.aggregate import Aggregate, Aggregator
from framing.batch.events import (
    Event,
    Layout,
    check_output,
    check_unique,
    clean_id,
    events_from,
    safe_name,
)
from framing.batch.frames import TABLES as FRAME_TABLES
from framing.batch.groups import GroupAggregator, GroupReport
from framing.batch.lock import claim
from framing.batch.pool import Runner, Tally, flatten, ordered
from framing.batch.worker import Options, _cannot_write, is_current, read_summary
from framing.errors import FramingError, printable
from framing.io.outlets_file import OutletTable, read_outlets
from framing.render.schema import documented

__all__ = ["MAX_CHUNK", "Aggregate", "BatchResult", "Event", "EventResult", "Interrupted", "batch", "events_from"]

MAX_CHUNK = 64
"""Most events in one task. Chunks are smaller when there are few events, so
every worker gets about 16 tasks and the last ones end close together."""

_TASKS_PER_WORKER = 16
_WINDOW_PER_WORKER = 4  # tasks queued ahead per worker: enough to never idle, few enough to stay small


@dataclass(frozen=True)
class EventResult:
    """One event's outcome, read back from the output folder.

    Attributes
    ----------
    event
        The event id.
    status
        ``ok`` or ``failed``.
    reason
        Why it failed (None when ok).
    problems
        Files skipped in a compared event.
    outputs
        The files written (JSON, and Markdown when asked for).
    summary
        The event's small summary (what the aggregate is made of).
    """

    event: str
    status: str
    reason: str | None
    problems: tuple[str, ...]
    outputs: tuple[Path, ...]
    summary: dict[str, Any] = field(repr=False)

    def comparison(self) -> dict[str, Any]:
        """The event's comparison JSON, parsed (read from disk on each call)."""
        import json

        if self.status != "ok":
            raise FramingError(f"event {self.event!r} failed: {self.reason}")
        from framing.io.regular import read_regular

        return dict(json.loads(read_regular(self.outputs[0]).decode("utf-8")))

    @classmethod
    def _from_summary(cls, summary: dict[str, Any], out: Path) -> EventResult:
        return cls(
            event=summary["event"],
            status=summary["status"],
            reason=summary.get("reason"),
            problems=tuple(summary.get("problems") or ()),
            outputs=tuple(out / rel for rel in summary.get("outputs") or ()),
            summary=summary,
        )


@dataclass(frozen=True)
class BatchResult:
    """What :func:`batch` returns.

    Iterating over it (or calling :meth:`results`) reads each event's result
    from the output folder one at a time, in event id order, so a batch of
    100,000 events never sits in memory.

    Attributes
    ----------
    aggregate
        The outlet-level findings.
    out
        The output folder.
    computed
        Events run this time (the others were current and skipped).
    reused
        Events whose stored results were current.
    groups
        With ``group_by``: the per-group aggregate and the blindspot table
        (:class:`~framing.batch.groups.GroupReport`); else None.

    In a notebook it shows as a summary (the folder, the events, and the
    aggregate report with at most 50 rows per table); :meth:`to_frames`
    gives every table as pandas DataFrames.
    """

    aggregate: Aggregate
    out: Path
    computed: int
    reused: int
    _events: tuple[Event, ...] = field(repr=False)
    groups: GroupReport | None = None

    def results(self) -> Iterator[EventResult]:
        """A lazy iterator over the events' results, in event id order."""
        options = Options(out=str(self.out))
        for event in self._events:
            summary = read_summary(options.summary_path(safe_name(event.id)))
            if summary is not None:
                yield EventResult._from_summary(summary, self.out)

    def __iter__(self) -> Iterator[EventResult]:
        return self.results()

    def __repr__(self) -> str:
        a = self.aggregate
        return (f"BatchResult(out={str(self.out)!r}, events={a.events}, failed={a.failed}, "
                f"outlets={len(a.outlets)}, computed={self.computed}, reused={self.reused})")

    @documented(FRAME_TABLES.values())
    def to_frames(self) -> dict[str, Any]:
        """The batch's tables as typed pandas DataFrames (needs the ``pandas`` extra).

        Table name -> DataFrame, for the tables listed below, in that order;
        ``groups`` and ``blindspots`` only when the batch was run with
        ``group_by``. ``outlets``, ``pairs``, ``failures``, ``terms`` and
        ``sources`` are :meth:`Aggregate.to_frames`'s; ``events`` and
        ``event_outlets`` are read from the events' summaries in the output
        folder, one at a time. Counts are integers, shares and means floats
        (nullable where they may be missing), what the CSV files join into
        one cell a Python list, and a missing value ``pd.NA``, never ``""``.
        A table without rows has the same columns and dtypes. Every table about
        outlets is keyed by the outlet's name. See ``docs/frames.md`` and
        :mod:`framing.batch.frames`.

        Raises
        ------
        FramingError
            pandas is not installed.
        """
        from framing.batch.frames import batch_frames

        return batch_frames(self)

    def _lead(self) -> list[str]:
        a = self.aggregate
        return [f"Output folder: {self.out}",
                f"Events: {a.events - a.failed:,} ok, {a.failed:,} failed; {self.computed:,} computed this run, "
                f"{self.reused:,} reused."]

    def _repr_markdown_(self) -> str:
        """A notebook's summary: the folder, the events, and the aggregate report with at most
        :data:`framing.batch.report.MAX_NOTEBOOK_ROWS` rows per table (all are in :meth:`to_frames`)."""
        from framing.batch.report import MAX_NOTEBOOK_ROWS, to_markdown

        return to_markdown(self.aggregate, max_rows=MAX_NOTEBOOK_ROWS, lead=self._lead())

    def _repr_html_(self) -> str:
        """:meth:`_repr_markdown_`'s content as a small HTML fragment (plain tables, all text
        escaped, no scripts, nothing loaded from elsewhere)."""
        from framing.batch.report import MAX_NOTEBOOK_ROWS, to_html

        return to_html(self.aggregate, max_rows=MAX_NOTEBOOK_ROWS, lead=self._lead())


def batch(
    events: str | os.PathLike[str] | Iterable[Event],
    *,
    out: str | os.PathLike[str],
    workers: int | None = None,
    client: Any = None,
    scheduler: str | None = None,
    markdown: bool = False,
    html: bool = False,
    outlets: str | os.PathLike[str] | OutletTable | None = None,
    group_by: str | None = None,
    cutoff: float = UNIT_CUTOFF,
    comparators: Sequence[str] | None = None,
    layout: Layout = "auto",
    chunksize: int | None = None,
    progress: bool | None = None,
    on_event: Callable[[EventResult], None] | None = None,
) -> BatchResult:
    """Compare every event and aggregate the findings per outlet.

    Parameters
    ----------
    events
        A path (see :func:`events_from`) or :class:`Event` descriptions.
    out
        Output folder: ``events/<name>.json`` (and ``.md``) per event,
        ``summaries/``, and the aggregate as ``aggregate.md``,
        ``aggregate.json``, ``outlets.csv``, ``pairs.csv``, ``failures.csv``.
        With Dask, every worker must reach it (and the inputs) at the same path.
    workers
        Local worker processes; default: the CPUs available; 1 runs serially
        in this process. Ignored with ``client`` or ``scheduler``.
    client, scheduler
        A ``dask.distributed.Client``, or a scheduler address
        (``tcp://host:8786``) to connect to: run the tasks on that cluster
        (needs the ``dask`` extra).
    markdown
        Also write each event's Markdown report.
    html
        Also write each event's HTML page (``events/<name>.html``) and an index
        page, ``index.html``: the outlets across events, with a picture, and a
        link per event.
    outlets
        An outlets file (or its :class:`~framing.io.outlets_file.OutletTable`): the
        outlets' display names and what is known of them (lean, country, type, ...).
    group_by
        A column of the outlets file: aggregates per group of outlets (``lean``:
        left, right, centre) and the blindspot table, in ``aggregate.md``,
        ``aggregate.json`` (``groups``), ``groups.csv`` and ``blindspots.csv``.
    cutoff, comparators
        As for :func:`framing.compare`.
    layout
        Input layout for a path (default: detected).
    chunksize
        Events per task (default: up to :data:`MAX_CHUNK`, about 16 tasks per worker).
    progress
        A progress line on stderr (events done, rate, ETA); default: when
        stderr is a terminal.
    on_event
        Called in this process with each event's result, in event id order.
        An exception it raises stops the batch; what was written stays, and
        the next run resumes.

    Returns
    -------
    BatchResult
        The aggregate, counts of computed and reused events, and a lazy
        iterator over per-event results.

    Raises
    ------
    LoadError
        The input holds no events, or two events would share a file name.
    FramingError
        Before any event is run: the output folder cannot be made or written
        (it is a file, a parent is a file, no permission), or another batch
        is writing to it.
    Interrupted
        Ctrl-C (a :class:`KeyboardInterrupt`): the workers are killed at
        once, the results already written stay (``done`` counts them) and the
        aggregate is not written; running the same batch again continues.

    A local worker process that dies (SIGKILL, the OOM killer) fails only the
    event it was running, with the reason ``worker died (killed, or out of
    memory)``; the pool is made again and the other events complete. Such an
    event is retried once on a rerun, then kept failed until its inputs or
    options change (its summary's ``attempts``). Workers ignore SIGINT and die
    with this process.
    """
    target = Path(out)
    cutoff = check_cutoff(cutoff)  # before anything is written or run
    if isinstance(events, (str, os.PathLike)):
        check_output(events, target)  # before the claim marks it as an output folder
    with claim(os.path.abspath(target)):
        if isinstance(events, (str, os.PathLike)):
            found = events_from(events, layout=layout, exclude=[out])
        else:
            found = sorted((dataclasses.replace(e, id=clean_id(e.id)) for e in events), key=lambda e: e.id)
        check_unique(found)
        table = read_outlets(outlets) if isinstance(outlets, (str, os.PathLike)) else outlets
        if group_by is not None:
            if table is None:
                raise FramingError(f"grouping by {group_by!r} needs an outlets file (outlets=..., --outlets FILE)")
            if group_by not in table.columns:
                raise FramingError(f"{table.path}: no column {group_by!r} to group by "
                                   f"(columns: {', '.join(table.columns) or 'none besides match and name'})")
        options = Options(
            out=os.path.abspath(target),
            markdown=markdown,
            html=html,
            outlets=table,
            cutoff=cutoff,
            comparators=tuple(comparators) if comparators is not None else None,
        )
        fresh = [not is_current(e, options) for e in found]
        todo = [e for e, f in zip(found, fresh, strict=True) if f]
        show = sys.stderr.isatty() if progress is None else progress
        bar = _Progress(len(found), len(todo), sys.stderr if show else None)
        aggregator = Aggregator()
        grouper = GroupAggregator(group_by) if group_by is not None else None
        tally, folded = Tally(), 0
        try:
            with Runner(workers, client, scheduler) as (executor, slots):
                size = chunksize or max(1, min(MAX_CHUNK, math.ceil(len(todo) / (slots * _TASKS_PER_WORKER))))
                chunks = [todo[i:i + size] for i in range(0, len(todo), size)]
                computed = flatten(ordered(executor, chunks, options, slots * _WINDOW_PER_WORKER, tally), tally)
                try:
                    for event, f in zip(found, fresh, strict=True):
                        summary = next(computed) if f else read_summary(options.summary_path(safe_name(event.id)))
                        if summary is None:  # pragma: no cover - removed between the check and now
                            raise FramingError(f"event {event.id!r}: its summary vanished during the run")
                        folded += f
                        aggregator.add(summary)
                        if grouper is not None:
                            grouper.add(summary)
                        bar.update(failed=summary.get("status") != "ok", computed=f)
                        if on_event is not None:
                            on_event(EventResult._from_summary(summary, target))
                finally:
                    computed.close()
                    bar.close()
            aggregate = aggregator.result()
            groups = grouper.result() if grouper is not None else None
            _write_aggregate(options.out, aggregate, groups)
        except KeyboardInterrupt as exc:
            if isinstance(exc, Interrupted):
                raise
            raise Interrupted(len(found) - len(todo) + folded + tally.ahead) from None
        result = BatchResult(aggregate, target, len(todo), len(found) - len(todo), tuple(found), groups)
        if html:
            from framing.batch.html import index_html
            from framing.batch.worker import _write

            try:
                _write(options.out, "index.html", index_html(aggregate, result.results(), out=str(target)))
            except OSError as exc:
                raise FramingError(_cannot_write(options.out, "index.html", exc) + "; the aggregate is written, "
                                   "the index page is not; running the same batch again writes it") from None
        return result


class Interrupted(KeyboardInterrupt):
    """Ctrl-C stopped a batch: the workers are ended, the results already written stay.

    Attributes
    ----------
    done
        Events whose results are on disk (reused or finished before the stop);
        running the same batch again continues with the others.
    """

    def __init__(self, done: int) -> None:
        super().__init__(f"interrupted: {done} events done")
        self.done = done


def _write_aggregate(out: str, aggregate: Aggregate, groups: GroupReport | None = None) -> None:
    """Write the aggregate's files, each whole.

    They are written into a temporary folder in ``out`` first (as
    :func:`framing.render.csv.to_csv` writes a folder of tables), then moved in
    one by one (a rename each), so a full disk or a file-size limit found while
    writing leaves the earlier files as they were, none cut short; only a run
    killed between two renames leaves some new and some earlier files, each
    whole (the next run rewrites them). When one cannot be written, the
    failures list is still written if it can be, and a :class:`FramingError`
    names the file and says whether the failures list was written; the events'
    results stay.
    """
    import json
    import shutil

    from framing.batch.report import to_markdown
    from framing.batch.worker import _write
    from framing.io.atomic import temporary_name

    if groups is None:
        whole = aggregate.to_json()
    else:
        whole = json.dumps({**aggregate.to_dict(), "groups": groups.to_dict()}, indent=2, ensure_ascii=False) + "\n"
    texts = {"aggregate.json": whole, "aggregate.md": to_markdown(aggregate, groups=groups),
             **aggregate.to_csv(), **(groups.to_csv() if groups is not None else {})}
    staging = temporary_name(os.path.join(out, "aggregate"))  # removed at the next start if this run is killed
    name = os.path.basename(staging)  # what the message names if the folder cannot be made
    try:
        try:
            os.mkdir(staging)
            for name, text in texts.items():
                _write(staging, name, text)
            for name in texts:
                os.replace(os.path.join(staging, name), os.path.join(out, name))
        finally:
            shutil.rmtree(staging, ignore_errors=True)
    except OSError as exc:
        raise FramingError(_unwritten(out, name, exc, texts["failures.csv"])) from None


def _unwritten(out: str, name: str, exc: OSError, failures: str) -> str:
    """The one line saying that the aggregate file ``out/name`` could not be written, once the
    failures list (the text ``failures``) has been tried on its own."""
    from framing.batch.worker import _write

    listed = os.path.join(out, "failures.csv")
    message = f"{_cannot_write(out, name, exc)}; the aggregate is not up to date"
    try:
        _write(out, "failures.csv", failures)
    except OSError as again:
        message += (", nor is the failures list" if name == "failures.csv"
                    else f", nor is the failures list ({listed}: {again.strerror or again})")
    else:
        message += f" (the failures list is in {listed})"
    return printable(message + "; events finished before are kept, and running the same batch again "
                               "continues from there")


class _Progress:
    """``framing batch: 120/200 events, 3 failed, 4.8/s, ETA 0:00:17`` on one redrawn stderr line.

    The rate and ETA count only events run this time, not those reused.
    """

    def __init__(self, total: int, todo: int, stream: TextIO | None) -> None:
        self.total, self.todo, self.stream = total, todo, stream
        self.done = self.failed = self.computed = 0
        self.start = self.last = time.monotonic()

    def update(self, *, failed: bool, computed: bool) -> None:
        self.done += 1
        self.failed += failed
        self.computed += computed
        now = time.monotonic()
        if self.stream is not None and (now - self.last >= 0.2 or self.done == self.total):
            self.last = now
            rate = self.computed / max(now - self.start, 1e-9)
            left = (self.todo - self.computed) / rate if rate else 0.0
            eta = f"{int(left // 3600)}:{int(left % 3600 // 60):02d}:{int(left % 60):02d}"
            self.stream.write(
                f"\rframing batch: {self.done}/{self.total} events, {self.failed} failed, "
                f"{rate:.1f}/s, ETA {eta} "
            )
            self.stream.flush()

    def close(self) -> None:
        if self.stream is not None and self.done:
            self.stream.write("\n")
            self.stream.flush()
