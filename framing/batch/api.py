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

import contextlib
import dataclasses
import math
import os
import re
import sys
import time
import types
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from concurrent.futures import Executor, Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

if sys.platform != "win32":
    import fcntl
else:  # pragma: no cover - Windows
    fcntl = None

from framing.align.cohesion import check_cutoff
from framing.align.units import UNIT_CUTOFF
from framing.batch.aggregate import Aggregate, Aggregator
from framing.batch.events import (
    OUTPUT_MARKER,
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
from framing.batch.worker import Options, _cannot_write, is_current, read_summary, run_chunk
from framing.errors import FramingError, printable
from framing.io.outlets_file import OutletTable, read_outlets
from framing.io.regular import read_regular
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
    with _claim(os.path.abspath(target)):
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
        tally, folded = _Tally(), 0
        try:
            with _runner(workers, client, scheduler) as (executor, slots):
                size = chunksize or max(1, min(MAX_CHUNK, math.ceil(len(todo) / (slots * _TASKS_PER_WORKER))))
                chunks = [todo[i:i + size] for i in range(0, len(todo), size)]
                computed = _flatten(_ordered(executor, chunks, options, slots * _WINDOW_PER_WORKER, tally), tally)
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


LOCK = ".framing-batch.lock"
"""The lock file a running batch holds in its output folder (its process id)."""

_YOUNG_LOCK = 10.0  # seconds: an empty lock file this new is one being written, not a stale one
_TEMPORARY = re.compile(r"\..+\.(\d+)\.[0-9a-f]{8,16}\.tmp")  # framing.io.atomic.temporary_name


@contextlib.contextmanager
def _claim(out: str) -> Iterator[None]:
    """Check, lock and tidy the output folder before anything runs; unlock at the end.

    Checked first, so a folder that cannot be written fails at once, not
    after every event is computed. The lock (:func:`_lock`) is the kernel's
    lock on :data:`LOCK`, so a run that was killed holds none. Temporary files
    a killed run left are removed. The lock goes on any exit, an error or
    Ctrl-C included.
    """
    _preflight(out)
    lock, held = _lock(out)
    try:
        _mark(out)
        _clean_temporary(out)
        yield
    finally:
        if held is not None:
            with contextlib.suppress(OSError):
                if _same_file(lock, held):
                    os.remove(lock)  # removed before the lock is let go: no one else can hold it yet
            os.close(held)
        elif _lock_pid(lock) == os.getpid():
            with contextlib.suppress(OSError):
                os.remove(lock)


def _preflight(out: str) -> None:
    if os.path.lexists(out) and not os.path.isdir(out):
        raise FramingError(f"{out}: the output folder is a file; give a folder")
    parent = os.path.dirname(out)
    while not os.path.lexists(parent):
        parent = os.path.dirname(parent)
    if not os.path.isdir(parent):
        raise FramingError(f"{out}: cannot make the output folder ({parent} is a file)")
    try:
        os.makedirs(out, exist_ok=True)
    except OSError as exc:
        raise FramingError(f"{out}: cannot make the output folder ({exc.strerror or exc})") from None
    if not os.access(out, os.W_OK | os.X_OK):
        raise FramingError(f"{out}: the output folder is not writable")


def _lock(out: str) -> tuple[str, int | None]:
    """Take the output folder's lock: ``(path, descriptor held for the run)``.

    Where the system has ``flock`` the lock is the kernel's, held on the open
    lock file: it goes when the process does, however it dies, so a lock is
    never judged stale by a process id (which says nothing about a batch on
    another machine sharing the folder) and two runs finding a dead run's lock
    cannot both take it over. The file holds the process id for the message.
    Elsewhere the file itself is the lock (:func:`_lock_file`).
    """
    if fcntl is None:  # pragma: no cover - Windows
        return _lock_file(out), None
    path = os.path.join(out, LOCK)
    for _ in range(10):
        try:
            fd = os.open(path, os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0), 0o644)
        except OSError as exc:
            raise FramingError(f"{out}: cannot write to the output folder ({exc.strerror or exc})") from None
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(fd)
            pid = _lock_pid(path)
            where = f" (pid {pid})" if pid is not None else ""
            raise FramingError(f"{out} is in use by another framing batch{where}") from None
        if not _same_file(path, fd):  # the run that held it removed it meanwhile: lock the new one
            os.close(fd)
            continue
        try:
            os.ftruncate(fd, 0)
            os.write(fd, f"{os.getpid()}\n".encode("ascii"))
        except OSError as exc:
            os.close(fd)
            raise FramingError(f"{out}: cannot write to the output folder ({exc.strerror or exc})") from None
        return path, fd
    raise FramingError(f"{out} is in use by another framing batch")  # pragma: no cover - lost ten races


def _same_file(path: str, fd: int) -> bool:
    try:
        now, held = os.stat(path, follow_symlinks=False), os.fstat(fd)
    except OSError:
        return False
    return (now.st_dev, now.st_ino) == (held.st_dev, held.st_ino)


def _lock_file(out: str) -> str:  # pragma: no cover - Windows
    """The lock where there is no ``flock``: a file made with ``O_EXCL`` holding the process id,
    taken over when that process is gone."""
    path = os.path.join(out, LOCK)
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
    for _ in range(3):
        try:
            fd = os.open(path, flags, 0o644)
        except FileExistsError:
            pid = _lock_pid(path)
            if pid is None and _age(path) < _YOUNG_LOCK:
                raise FramingError(f"{out} is in use by another framing batch (starting)") from None
            if pid is not None and _alive(pid):
                raise FramingError(f"{out} is in use by another framing batch (pid {pid}); if no such batch "
                                   f"runs, remove {path}") from None  # pragma: no cover - Windows
            with contextlib.suppress(FileNotFoundError):  # stale: its batch was killed
                os.remove(path)
            continue
        except OSError as exc:
            raise FramingError(f"{out}: cannot write to the output folder ({exc.strerror or exc})") from None
        try:
            with os.fdopen(fd, "w", encoding="ascii") as fh:
                fh.write(f"{os.getpid()}\n")
        except OSError as exc:
            with contextlib.suppress(OSError):
                os.remove(path)
            raise FramingError(f"{out}: cannot write to the output folder ({exc.strerror or exc})") from None
        return path
    raise FramingError(f"{out} is in use by another framing batch")  # pragma: no cover - lost three races


def _lock_pid(path: str) -> int | None:
    try:
        text = read_regular(path, max_bytes=64).decode("ascii").strip()
    except (OSError, ValueError):
        return None
    return int(text) if text.isdigit() else None


def _age(path: str) -> float:
    try:
        return time.time() - os.stat(path).st_mtime
    except OSError:
        return math.inf


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    if sys.platform == "win32":  # os.kill(pid, 0) would end that process there: assume it lives
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # EPERM: someone else's process
        return True
    return True


def _mark(out: str) -> None:
    """Leave :data:`~framing.batch.events.OUTPUT_MARKER`: this folder is never read as input."""
    from framing.batch.worker import _write

    if not os.path.isfile(os.path.join(out, OUTPUT_MARKER)):
        try:
            _write(out, OUTPUT_MARKER, "framing batch output folder: never read as input by framing batch\n")
        except OSError as exc:
            raise FramingError(f"{out}: cannot write to the output folder ({exc.strerror or exc})") from None


def _clean_temporary(out: str) -> None:
    """Remove the temporary files and folders of killed runs (those whose process is gone)."""
    import shutil

    for folder in (out, os.path.join(out, "events"), os.path.join(out, "summaries")):
        try:
            entries = list(os.scandir(folder))
        except OSError:
            continue
        for e in entries:
            m = _TEMPORARY.fullmatch(e.name)
            if m is None or _alive(int(m[1])):
                continue
            with contextlib.suppress(OSError):
                if e.is_dir(follow_symlinks=False):
                    shutil.rmtree(e.path)
                else:
                    os.remove(e.path)


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


def _flatten(chunks: Generator[list[dict[str, Any]]], tally: _Tally | None = None) -> Generator[dict[str, Any]]:
    """The summaries of the chunks one by one; those of a chunk not yet handed out when the
    consumer stops (Ctrl-C) are written all the same, so they go in ``tally.ahead``."""
    left = 0
    try:
        for chunk in chunks:
            left = len(chunk)
            for summary in chunk:
                left -= 1
                yield summary
    finally:
        if tally is not None:
            tally.ahead += left
        chunks.close()


def _ordered(
    executor: Executor | _LocalPool | None, chunks: Sequence[list[Event]], options: Options, window: int,
    tally: _Tally | None = None,
) -> Generator[list[dict[str, Any]]]:
    """Chunk results in chunk order, with at most ``window`` tasks submitted ahead."""
    if isinstance(executor, _LocalPool):
        yield from _ordered_local(executor, chunks, options, window, tally if tally is not None else _Tally())
        return
    if executor is None:
        for chunk in chunks:
            yield run_chunk(chunk, options)
        return
    pending: deque[Future[list[dict[str, Any]]]] = deque()
    upcoming = iter(chunks)
    try:
        for chunk in upcoming:
            pending.append(executor.submit(run_chunk, chunk, options))
            if len(pending) >= window:
                break
        while pending:
            result = pending.popleft().result()
            nxt = next(upcoming, None)
            if nxt is not None:
                pending.append(executor.submit(run_chunk, nxt, options))
            yield result
    finally:
        for f in pending:  # interrupted: what has not started never will; what has finished is written
            if f.done() and not f.cancelled() and f.exception() is None:
                if tally is not None:
                    tally.ahead += len(f.result())
            else:
                f.cancel()


@dataclass
class _Tally:
    """Events whose results are written but not yet folded in (counted when a batch is interrupted)."""

    ahead: int = 0


@dataclass
class _Part:
    """Some events of a chunk, run as one task of a local pool."""

    events: list[Event]
    task: int
    future: Future[list[dict[str, Any]]]
    result: list[dict[str, Any]] | None = None

    def finished(self) -> bool:
        if self.result is None and self.future.done() and not self.future.cancelled() \
                and self.future.exception() is None:
            self.result = self.future.result()
        return self.result is not None


_FRUITLESS = 3  # worker deaths in a row that no event explains: the machine, not an event, is the trouble


def _ordered_local(
    pool: _LocalPool, chunks: Sequence[list[Event]], options: Options, window: int, tally: _Tally
) -> Generator[list[dict[str, Any]]]:
    """:func:`_ordered` on local processes, surviving a worker that dies (SIGKILL, the OOM killer).

    A dead worker breaks the whole pool, so the pool is made again; the task
    that was running in the dead worker is known from the pool's slots. Its
    event, when it is alone, is failed (:data:`~framing.batch.worker.WORKER_DIED`);
    a chunk of several is run again one event per task, so a second death
    names its event. Every other task is submitted again.
    """
    pending: deque[list[_Part]] = deque()
    upcoming = iter(chunks)

    def start(events: list[Event]) -> _Part:
        task, future = pool.submit(events, options)
        return _Part(events, task, future)

    fruitless = 0
    try:
        for chunk in upcoming:
            pending.append([start(chunk)])
            if len(pending) >= window:
                break
        while pending:
            entry = pending[0]
            try:
                for part in entry:
                    if part.result is None:
                        part.result = part.future.result()
            except BrokenProcessPool:
                suspects = pool.restart()
                fruitless = 0 if _recover(pending, suspects, options, start) else fruitless + 1
                if fruitless >= _FRUITLESS:
                    raise FramingError(
                        "worker processes keep dying (killed, or out of memory) with no event to blame; events "
                        "finished before are kept, and running the same batch again continues from there"
                    ) from None
                continue
            pending.popleft()
            nxt = next(upcoming, None)
            if nxt is not None:
                pending.append([start(nxt)])
            yield [s for part in entry for s in part.result or ()]
    finally:
        for entry in pending:  # interrupted: what has not started never will
            for part in entry:
                if part.finished():
                    tally.ahead += len(part.events)
                else:
                    part.future.cancel()


def _recover(
    pending: deque[list[_Part]], suspects: set[int], options: Options, start: Callable[[list[Event]], _Part]
) -> bool:
    """After a worker died: fail or split the tasks it ran, submit the others again; whether any was."""
    from framing.batch.worker import died

    blamed = False
    for i, entry in enumerate(pending):
        parts: list[_Part] = []
        for part in entry:
            if part.finished():
                parts.append(part)
            elif part.task not in suspects:
                parts.append(start(part.events))
            elif len(part.events) == 1:
                blamed = True
                part.result = [died(part.events[0], options)]
                parts.append(part)
            else:  # which of its events was it? one per task tells
                blamed = True
                parts.extend(start([e]) for e in part.events)
        pending[i] = parts
    return blamed


class _LocalPool:
    """Local worker processes (``spawn``) that outlive a dead worker.

    Each worker takes a slot of a shared array at start and shows there the
    task it runs; when a worker dies, the exit codes of the pool's processes
    tell which one died by itself (the others are ended by the pool with
    SIGTERM), and its slot which task it was running.
    """

    def __init__(self, n: int) -> None:
        self.n = n
        self.task = 0
        self._start()

    def _start(self) -> None:
        import multiprocessing

        from framing.batch.worker import init_worker

        # spawn: a fresh interpreter per worker, safe with threads in the parent
        # (Dask, GUIs) and the same on Linux, macOS and Windows.
        context = multiprocessing.get_context("spawn")
        try:  # shared memory: a file in /dev/shm (or the temporary folder), full disks and size limits apply
            self.slots = context.Array("q", 2 * self.n)
        except OSError as exc:
            raise FramingError(f"cannot start {self.n} worker processes: no room for the memory they share "
                               f"({exc.strerror or exc}); --workers 1 runs the batch in this process") from None
        self.pool = ProcessPoolExecutor(max_workers=self.n, mp_context=context, initializer=init_worker,
                                        initargs=(self.slots, os.getpid()))
        # the pool's processes by pid (filled as it starts them): their exit codes after a death
        self.processes: dict[int, Any] | None = getattr(self.pool, "_processes", None)

    def submit(self, events: list[Event], options: Options) -> tuple[int, Future[list[dict[str, Any]]]]:
        from framing.batch.worker import run_task

        self.task += 1
        try:
            with _main_hidden(), _sigint_blocked():  # a local pool starts its workers inside submit
                return self.task, self.pool.submit(run_task, self.task, events, options)
        except BrokenProcessPool as exc:
            # a worker died between two submits: this task's future fails like those that were
            # running, and the recovery that handles them handles it
            failed: Future[list[dict[str, Any]]] = Future()
            failed.set_exception(exc)
            return self.task, failed

    def restart(self) -> set[int]:
        """Make the pool again after a worker died; the tasks that were running in the dead worker.

        When no process is seen to have died by itself (exit codes unknown,
        or a worker ended by someone's SIGTERM), every task that was running
        is a suspect.
        """
        import signal

        self.pool.shutdown(wait=True)
        running = {int(self.slots[i + 1]): int(self.slots[i]) for i in range(0, len(self.slots), 2)
                   if self.slots[i] and self.slots[i + 1]}
        codes = {pid: p.exitcode for pid, p in (self.processes or {}).items()}
        dead = {pid for pid, code in codes.items() if code is not None and code != -signal.SIGTERM}
        self._start()
        if not dead:
            return set(running)
        return {task for task, pid in running.items() if pid in dead}

    def close(self, failed: bool) -> None:
        """Shut the pool down; after an error or Ctrl-C, kill the workers first (never wait for them)."""
        if failed:
            self.kill()
        self.pool.shutdown(wait=True, cancel_futures=True)

    def kill(self) -> None:
        for process in list((self.processes or {}).values()):
            with contextlib.suppress(Exception):
                process.kill()


@contextlib.contextmanager
def _sigint_blocked() -> Iterator[None]:
    """Block SIGINT in this thread while workers are started, so they start with it blocked
    (a Ctrl-C meanwhile reaches the parent, not a half-started worker, which then ignores it)."""
    import signal

    if not hasattr(signal, "pthread_sigmask"):  # pragma: no cover - Windows
        yield
        return
    old = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, old)


@contextlib.contextmanager
def _main_hidden() -> Iterator[None]:
    """While local workers start, hide the caller's ``__main__`` module from them.

    A ``spawn`` worker first re-runs the parent's main script (as ``__mp_main__``)
    so that objects defined there can be unpickled. framing's tasks never need
    it (the task function and its arguments are framing's own), and re-running
    it breaks every script without an ``if __name__ == "__main__":`` guard (the
    batch call starts again inside each worker: ``BrokenProcessPool``) and every
    script read from stdin (``<stdin>`` is no file to re-run). multiprocessing
    has no option to skip it, so the workers are shown an empty ``__main__``
    while they start (only inside ``submit``, which is where a
    ``ProcessPoolExecutor`` with ``spawn`` starts them), and the real one is put
    back at once. Scripts, ``python -c``, stdin and notebooks then all work.
    """
    main = sys.modules.get("__main__")
    sys.modules["__main__"] = types.ModuleType("__main__")
    try:
        yield
    finally:
        if main is not None:
            sys.modules["__main__"] = main


class _runner:
    """Context manager giving ``(executor or None for serial, worker slots)``."""

    def __init__(self, workers: int | None, client: Any, scheduler: str | None) -> None:
        self.workers, self.client, self.scheduler = workers, client, scheduler
        self._close: list[Callable[[], object]] = []

    def __enter__(self) -> tuple[Executor | _LocalPool | None, int]:
        if self.client is not None or self.scheduler is not None:
            client = self.client
            if client is None:
                from framing.batch.dask import connect

                client = connect(str(self.scheduler))
                self._close.append(client.close)
            slots = max(1, int(sum(client.nthreads().values())))
            executor: Executor = client.get_executor(pure=False)
            return executor, slots
        if self.workers is not None and self.workers < 1:
            raise FramingError(f"workers must be at least 1 (got {self.workers})")
        n = self.workers or _cpus()
        if n == 1:
            return None, 1
        pool = _LocalPool(n)
        self._pool = pool
        return pool, n

    _pool: _LocalPool | None = None

    def __exit__(self, kind: type[BaseException] | None, *exc: object) -> None:
        if self._pool is not None:
            self._pool.close(failed=kind is not None)
        for close in reversed(self._close):
            close()


def _cpus() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - macOS, Windows
        return os.cpu_count() or 1


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
