"""Running events: load, compare, write the outputs, return a small summary.

This is the code that runs in worker processes (local or Dask). A task is a
chunk of events (:func:`run_chunk`); each event is loaded by the worker from
its own files, compared, written atomically into the output folder, and
summarised (:func:`framing.batch.aggregate.summarize`). Only the summary, a
few kilobytes, travels back.

Output folder layout::

    OUT/events/<name>.json       the comparison (framing.comparison/1)
    OUT/events/<name>.md         the Markdown report (with markdown=True)
    OUT/events/<name>.html       the HTML page (with html=True)
    OUT/summaries/<name>.json    the event's summary, written last

A summary on disk is the record that the event is done: it carries the
event's *key* (framing version, options and a fingerprint of the inputs) and
the SHA-256 of every output file it wrote (``digests``). An event is not run
again only when its summary has the current key and lists every output the
options ask for, each on disk with those exact bytes: an empty, truncated or
hand-edited file, a file of another run or of other inputs, or a Markdown
report made before ``markdown=True`` was given again, all make it run again.

>>> import tempfile, pathlib
>>> from framing.batch.events import events_from
>>> root = pathlib.Path(tempfile.mkdtemp())
>>> (root / "in" / "vote").mkdir(parents=True)
>>> _ = (root / "in" / "vote" / "a.txt").write_text("Vote\\nThe vote passed on Monday. It was close.\\n")
>>> _ = (root / "in" / "vote" / "b.txt").write_text("Vote\\nOn Monday the vote passed. Rain fell.\\n")
>>> options = Options(out=str(root / "out"))
>>> [summary] = run_chunk(events_from(root / "in"), options)
>>> summary["status"], summary["outputs"]
('ok', ['events/vote.json'])
>>> is_current(events_from(root / "in")[0], options)
True
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import warnings
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from framing._version import __version__
from framing.align.units import UNIT_CUTOFF
from framing.batch.events import Event, clean_id, fingerprint, read_spans, safe_name
from framing.errors import FramingError, LoadError, printable
from framing.io.outlets_file import OutletTable
from framing.io.regular import read_regular, sha256_of
from framing.text import language as _language

__all__ = [
    "SUMMARY_SCHEMA", "WORKER_DIED", "Options", "died", "event_key", "init_worker", "is_current", "read_summary",
    "run_chunk", "run_event", "run_task",
]

SUMMARY_SCHEMA = "framing.batch-event/3"  # 3: articles carry their naming habits
"""Version tag of the per-event summary files."""

WORKER_DIED = "worker died (killed, or out of memory)"
"""The reason of an event whose worker process died running it (SIGKILL, the OOM killer, a crash)."""

MAX_DEATHS = 2
"""Times an event may kill its worker: it is retried once on a rerun, then kept failed until its
inputs or options change (its summary's ``attempts`` counts them)."""


@dataclass(frozen=True)
class Options:
    """What every event of a batch is run with (picklable; sent with each task).

    Attributes
    ----------
    out
        The output folder (must be reachable at the same path by every worker).
    markdown
        Also write each event's Markdown report.
    html
        Also write each event's HTML page.
    outlets
        An outlets file's table: names and facts (lean, type, ...) of the outlets.
    cutoff
        The aligner's unit cohesion cut-off, 0-100.
    comparators
        Comparators to run, or None for all.
    """

    out: str
    markdown: bool = False
    cutoff: float = UNIT_CUTOFF
    comparators: tuple[str, ...] | None = None
    html: bool = False
    outlets: OutletTable | None = None

    def outputs(self, name: str) -> list[str]:
        """The event's output files, relative to :attr:`out`."""
        return ([f"events/{name}.json"] + ([f"events/{name}.md"] if self.markdown else [])
                + ([f"events/{name}.html"] if self.html else []))

    def summary_path(self, name: str) -> str:
        """Where the event's summary is written."""
        return os.path.join(self.out, "summaries", f"{name}.json")


def event_key(event: Event, options: Options) -> str:
    """The event's key: framing version, options that change results, and its inputs' fingerprint."""
    raw = json.dumps(
        [SUMMARY_SCHEMA, __version__, options.cutoff, options.comparators, fingerprint(event),
         options.outlets.fingerprint() if options.outlets is not None else None],
        ensure_ascii=True,
    )
    return hashlib.sha256(raw.encode()).hexdigest()


def read_summary(path: str) -> dict[str, Any] | None:
    """The summary stored at ``path``, or None when it is missing or unreadable."""
    try:
        data = json.loads(read_regular(path))  # a FIFO planted in the output folder is never opened
    except (OSError, ValueError, RecursionError):
        return None
    return data if isinstance(data, dict) and data.get("schema") == SUMMARY_SCHEMA else None


def is_current(event: Event, options: Options) -> bool:
    """Whether the event's stored results are up to date.

    Same key, and every output the options ask for is listed in the summary
    and on disk with the bytes the summary records (cost: reading the outputs
    once).
    """
    name = safe_name(event.id)
    summary = read_summary(options.summary_path(name))
    if summary is None or summary.get("key") != event_key(event, options) or summary.get("event") != event.id:
        return False
    if summary.get("status") != "ok" or summary.get("problems"):
        # a failure may have been the machine's (permissions, disk): try again; but an event
        # that killed its worker every time it was tried would only do it once more
        return summary.get("reason") == WORKER_DIED and _attempts(summary) >= MAX_DEATHS
    digests = summary.get("digests")
    if not isinstance(digests, dict):
        return False  # written by an older version: no way to tell its outputs are its own
    return all(rel in digests and _digest_of(os.path.join(options.out, rel)) == digests[rel]
               for rel in options.outputs(name))


def _attempts(summary: dict[str, Any] | None) -> int:
    value = (summary or {}).get("attempts")
    return value if isinstance(value, int) and not isinstance(value, bool) and value > 0 else 1


def died(event: Event, options: Options) -> dict[str, Any]:
    """Record that ``event``'s worker died running it: its failed summary, written by the parent.

    ``attempts`` counts the runs in a row, with the same inputs and options, in
    which the event killed its worker (:data:`MAX_DEATHS`); its outputs of an
    older run are removed.
    """
    name = safe_name(event.id)
    key = event_key(event, options)
    before = read_summary(options.summary_path(name))
    same = before is not None and before.get("key") == key and before.get("reason") == WORKER_DIED
    summary = {
        "schema": SUMMARY_SCHEMA,
        "event": event.id,
        "name": name,
        "key": key,
        "status": "failed",
        "reason": WORKER_DIED,
        "outputs": [],
        "problems": [],
        "attempts": _attempts(before) + 1 if same else 1,
    }
    _remove(options.out, _all_outputs(name))
    with contextlib.suppress(OSError):  # unwritten: the event is simply run again next time
        _write(options.out, f"summaries/{name}.json", json.dumps(summary, ensure_ascii=False, indent=1) + "\n")
    return summary


# -- local worker processes ------------------------------------------------------------------

_slots: Any = None  # the pool's shared array: (pid, running task) per worker
_slot = -1


def init_worker(slots: Any, parent: int) -> None:
    """The initializer of a local worker process.

    The worker ignores SIGINT (Ctrl-C in a terminal reaches the whole process
    group; the parent alone decides what stops), dies with its parent (on
    Linux the kernel kills it, ``PR_SET_PDEATHSIG``; elsewhere a daemon
    thread notices the parent is gone within half a second), and takes a slot
    in ``slots``, where it shows which task it is running, so that the parent
    knows whose events to fail when a worker dies.
    """
    import signal

    global _slots, _slot
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    with contextlib.suppress(AttributeError, ValueError, OSError):
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})  # blocked by the parent while it spawned us
    _die_with_parent(parent)
    _slots = slots
    with slots.get_lock():
        for i in range(0, len(slots), 2):
            if slots[i] == 0:
                slots[i], _slot = os.getpid(), i
                break


def _die_with_parent(parent: int) -> None:
    import sys
    import threading
    import time

    if sys.platform.startswith("linux"):
        with contextlib.suppress(Exception):
            import ctypes
            import signal

            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(1, int(signal.SIGKILL), 0, 0, 0)  # PR_SET_PDEATHSIG
    if os.getppid() != parent:  # gone before the line above took effect
        os._exit(1)

    def watch() -> None:
        import multiprocessing

        spawner = multiprocessing.parent_process()
        if spawner is not None:  # the spawn parent's sentinel: works everywhere, at once
            spawner.join()
            os._exit(1)
        while True:
            time.sleep(0.5)
            if os.getppid() != parent:
                os._exit(1)

    threading.Thread(target=watch, name="framing-parent-watch", daemon=True).start()


def run_task(task: int, events: Sequence[Event], options: Options) -> list[dict[str, Any]]:
    """:func:`run_chunk` in a local worker, with task number ``task`` shown in the worker's slot."""
    if _slots is not None and _slot >= 0:
        _slots[_slot + 1] = task
    try:
        return run_chunk(events, options)
    finally:
        if _slots is not None and _slot >= 0:
            _slots[_slot + 1] = 0


def _digest_of(path: str) -> str | None:
    """SHA-256 of a non-empty file's bytes; None when it is empty, missing or unreadable."""
    digest = sha256_of(path)
    return digest if digest != _EMPTY else None


_EMPTY = hashlib.sha256(b"").hexdigest()


def run_chunk(events: Sequence[Event], options: Options) -> list[dict[str, Any]]:
    """Run each event of a chunk; one summary per event, in the same order.

    The task function of local processes and Dask: a top-level function of
    picklable arguments, safe under the ``spawn`` start method.
    """
    return [run_event(event, options) for event in events]


def run_event(event: Event, options: Options) -> dict[str, Any]:
    """Load, compare and write one event; never raises for a bad event.

    A :class:`~framing.errors.FramingError` (unreadable files, fewer than two
    articles, ...) and any other exception make the event ``failed``, with the
    reason; the batch goes on with the other events.
    """
    from framing.batch.aggregate import summarize

    key = event_key(event, options)  # before reading: a file changed meanwhile makes the next run redo it
    name = safe_name(event.id)
    skipped: list[LoadError] = []
    body: dict[str, Any]
    try:
        if event.error is not None:
            raise _Failed(event.error)
        articles = _load(event, skipped)
        if options.outlets is not None:
            articles = options.outlets.apply(articles)
        from framing.compare import compare

        with warnings.catch_warnings():  # an event's language notes go into its outputs and summary, not stderr
            warnings.simplefilter("ignore", _language.LanguageWarning)
            comparison = compare(
                articles, cutoff=options.cutoff, comparators=options.comparators, skipped=skipped
            )
        renders = {".json": comparison.to_json, ".md": comparison.to_markdown, ".html": comparison.to_html}
        wanted = options.outputs(name)
        digests = {rel: _write_output(options.out, rel, renders[os.path.splitext(rel)[1]]()) for rel in wanted}
        _remove(options.out, [rel for rel in _all_outputs(name) if rel not in wanted])  # of other inputs
        with _language.using(comparison.language):  # the findings the summary reads, in the event's language
            summary = summarize(comparison)
        body = {"status": "ok", "reason": None, "outputs": wanted, "digests": digests, **summary,
                **({"notes": list(comparison.notes)} if comparison.notes else {})}  # languages other than English
    except Exception as exc:  # one bad event must never stop the others
        reason = str(exc) if isinstance(exc, FramingError) else f"{type(exc).__name__}: {exc}"
        if skipped:  # the files that could not be read usually explain the failure
            reason += "; " + "; ".join(str(e) for e in skipped)
        _remove(options.out, _all_outputs(name))  # no stale results of an older run
        body = {"status": "failed", "reason": " ".join(reason.split()), "outputs": []}
    summary = {
        "schema": SUMMARY_SCHEMA,
        "event": event.id,
        "name": name,
        "key": key,
        **body,
        "problems": [str(e) for e in skipped],
    }
    rel = f"summaries/{name}.json"
    try:
        _write(options.out, rel, json.dumps(summary, ensure_ascii=False, indent=1) + "\n")
    except OSError as exc:  # unwritten: the event is run again next time, and is not done this time either
        summary = {**{k: summary[k] for k in ("schema", "event", "name", "key")}, "status": "failed",
                   "reason": _cannot_write(options.out, rel, exc), "outputs": [], "problems": summary["problems"]}
    return summary


def _all_outputs(name: str) -> list[str]:
    return [f"events/{name}.json", f"events/{name}.md", f"events/{name}.html"]


def _remove(out: str, rels: Sequence[str]) -> None:
    for rel in rels:
        with contextlib.suppress(OSError):
            os.remove(os.path.join(out, rel))


class _Failed(FramingError):
    """An event that fails for a reason found while scanning."""


def _load(event: Event, skipped: list[LoadError]) -> list[Any]:
    import dataclasses

    if event.digest is None:
        from framing.io.load import load_all, points_inside

        paths = []
        for path in event.paths:  # as compare: a link out of the input is not read
            # the file's real place, every link on its way resolved (an event folder that is a
            # link out of the input, a link to a file outside it)
            if event.root is not None and not points_inside(path, event.root):
                what = "file" if os.path.islink(path) else "folder holding it"
                skipped.append(LoadError(path, f"symbolic link to a {what} outside the input, not followed"))
            else:
                paths.append(path)
        articles = load_all(*paths, on_error=skipped.append)
    else:
        articles = _load_records(event, skipped)
    # outputs name files relative to the input root: the same bytes however the corpus was spelled
    return [dataclasses.replace(a, path=event.relative(a.path)) if a.path else a for a in articles]


def _load_records(event: Event, skipped: list[LoadError]) -> list[Any]:
    # load.py reads whole files; a records event is some lines of a shared
    # file, so its lines go through the same record reader and builder.
    from framing.io.load import _build, decode
    from framing.io.readers.records import _record

    path = event.paths[0]
    parsed = []
    for line, raw in read_spans(event):
        try:
            record = json.loads(decode(raw, path))
            parsed.append(_record(record, f"line {line}", path))
        except LoadError as exc:
            skipped.append(exc)
        except (ValueError, RecursionError):
            skipped.append(LoadError(path, f"line {line}: invalid JSON"))
    # Ids must not depend on the order of the lines: records that would share
    # an id are numbered in the order of their content, not of the file.
    bases = [p.record_id or _slug(p.meta.get("outlet")) or "article" for p in parsed]
    def content(n: int) -> str:
        record = json.dumps([parsed[n].text, sorted(parsed[n].meta.items())], ensure_ascii=False)
        return hashlib.sha256(record.encode("utf-8", "surrogatepass")).hexdigest()

    order = sorted(range(len(parsed)), key=lambda n: (bases[n], content(n)))
    ids: dict[int, str] = {}
    taken: set[str] = set()
    for n in order:
        ident, k = bases[n], 1
        while ident in taken:
            k += 1
            ident = f"{bases[n]}-{k}"
        taken.add(ident)
        ids[n] = ident
    return [_build(p, id=ids[n], path=path, overrides={}) for n, p in enumerate(parsed)]


def _slug(value: Any) -> str:
    import re

    return re.sub(r"[^a-z0-9]+", "-", str(value or "").lower()).strip("-")


def _write(out: str, rel: str, text: str) -> str:
    """Write ``out/rel`` atomically (:func:`framing.io.atomic.write_text`); the SHA-256 of its bytes.

    Text that cannot be encoded as UTF-8 (a file name that is not UTF-8 carried
    into a path or a message) is escaped as event ids are
    (:func:`~framing.batch.events.clean_id`; in JSON, inside its strings).
    """
    from framing.io.atomic import write_text

    text = _encodable(text, json_text=rel.endswith(".json"))
    target = os.path.join(out, rel)
    os.makedirs(os.path.dirname(target), exist_ok=True)
    write_text(target, text)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _write_output(out: str, rel: str, text: str) -> str:
    """:func:`_write` for an event's output: a file that cannot be written (a full disk, a
    file-size limit) fails the event with a one-line reason naming it."""
    try:
        return _write(out, rel, text)
    except OSError as exc:
        raise _Failed(_cannot_write(out, rel, exc)) from None


def _cannot_write(out: str, rel: str, exc: OSError) -> str:
    """``<path>: cannot write (<reason>)``, as ``compare -o FILE`` says it."""
    return printable(f"{os.path.join(out, rel)}: cannot write ({exc.strerror or exc})")


def _encodable(text: str, *, json_text: bool) -> str:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        # a lone surrogate only ever stands inside a JSON string (JSON's syntax is
        # ASCII), where the backslash of the escape must itself be escaped
        if json_text:
            return _SURROGATE.sub(lambda m: clean_id(m[0]).replace("\\", "\\\\"), text)
        return _SURROGATE.sub(lambda m: clean_id(m[0]), text)
    return text


_SURROGATE = re.compile("[\ud800-\udfff]")
