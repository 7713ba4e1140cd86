"""Running a batch's chunks: in this process, on local worker processes, or on Dask.

:class:`Runner` gives the executor for a run (None for serial, a
:class:`LocalPool`, or a Dask client's executor); :func:`ordered` yields the
chunks' results in chunk order with a bounded window of tasks ahead, and
:func:`flatten` their summaries one by one. A local pool survives a worker
that dies (SIGKILL, the OOM killer): the task it ran is failed or split and
every other task submitted again. Workers start with SIGINT blocked and with
the caller's ``__main__`` hidden from them.
"""

from __future__ import annotations

import contextlib
import os
import sys
import types
from collections import deque
from collections.abc import Callable, Generator, Iterator, Sequence
from concurrent.futures import Executor, Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from typing import Any

from framing.batch.events import Event
from framing.batch.worker import Options, run_chunk
from framing.errors import FramingError

__all__ = ["LocalPool", "Runner", "Tally", "flatten", "ordered"]


def flatten(chunks: Generator[list[dict[str, Any]]], tally: Tally | None = None) -> Generator[dict[str, Any]]:
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


def ordered(
    executor: Executor | LocalPool | None, chunks: Sequence[list[Event]], options: Options, window: int,
    tally: Tally | None = None,
) -> Generator[list[dict[str, Any]]]:
    """Chunk results in chunk order, with at most ``window`` tasks submitted ahead."""
    if isinstance(executor, LocalPool):
        yield from _ordered_local(executor, chunks, options, window, tally if tally is not None else Tally())
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
class Tally:
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
    pool: LocalPool, chunks: Sequence[list[Event]], options: Options, window: int, tally: Tally
) -> Generator[list[dict[str, Any]]]:
    """:func:`ordered` on local processes, surviving a worker that dies (SIGKILL, the OOM killer).

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


class LocalPool:
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


class Runner:
    """Context manager giving ``(executor or None for serial, worker slots)``."""

    def __init__(self, workers: int | None, client: Any, scheduler: str | None) -> None:
        self.workers, self.client, self.scheduler = workers, client, scheduler
        self._close: list[Callable[[], object]] = []

    def __enter__(self) -> tuple[Executor | LocalPool | None, int]:
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
        pool = LocalPool(n)
        self._pool = pool
        return pool, n

    _pool: LocalPool | None = None

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
