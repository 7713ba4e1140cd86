"""Batch runs under signals (issue 16): a worker killed with SIGKILL (what the OOM killer does), Ctrl-C once and
twice, the main process killed. Each is a real ``framing batch`` in a subprocess, its worker processes found by
pid. One event is made to hold its worker: a ``sitecustomize`` on the subprocess's path wraps
:func:`framing.compare.compare` in every process of the run, workers included, so that an event whose text carries
:data:`HOLD` writes a marker naming the worker's pid and then never returns. The tests wait for that marker (an
event, not a time), so a busy or slow machine changes nothing but how long they take; the timeouts below only tell
a hang from a prompt stop and are never reached by a passing run."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest
from test_batch import article, corpus

from framing.batch.events import events_from
from framing.batch.lock import LOCK
from framing.batch.worker import WORKER_DIED, Options, is_current

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="finds worker processes in /proc")

ROOT = Path(__file__).parent.parent
SMALL = ["event-00", "event-01", "event-02", "event-03"]
HOLD = "This event holds its worker until the test kills it."
HOOK = """
import os
if os.environ.get("FRAMING_TEST_HOLD"):
    import importlib, itertools, time
    _compare = importlib.import_module("framing.compare")  # the module: framing.compare is also the function
    _real, _n = _compare.compare, itertools.count()

    def compare(articles, *args, **kwargs):
        articles = list(articles)
        if any({hold!r} in a.text for a in articles):
            folder, name = os.environ["FRAMING_TEST_HOLD"], f"{{os.getpid()}}-{{next(_n)}}"
            with open(os.path.join(folder, "." + name), "w") as fh:  # written whole, then renamed in
                fh.write(str(os.getpid()))
            os.rename(os.path.join(folder, "." + name), os.path.join(folder, "held-" + name))
            while True:  # held: only a signal ends it
                time.sleep(60)
        return _real(articles, *args, **kwargs)

    _compare.compare = compare
"""


@pytest.fixture
def hold(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The folder where held workers leave their markers; subprocesses started in the test load the hook."""
    hook, markers = tmp_path / "hook", tmp_path / "held"
    hook.mkdir()
    markers.mkdir()
    (hook / "sitecustomize.py").write_text(HOOK.format(hold=HOLD), encoding="utf-8")
    path = os.pathsep.join(p for p in (str(hook), str(ROOT), os.environ.get("PYTHONPATH", "")) if p)
    monkeypatch.setenv("PYTHONPATH", path)
    monkeypatch.setenv("FRAMING_TEST_HOLD", str(markers))
    return markers


def slow_event(folder: Path) -> Path:
    """An event that holds the worker running it (see :data:`HOOK`)."""
    folder.mkdir(parents=True)
    (folder / "bbc.txt").write_text(article("bbc", 0).rstrip("\n") + " " + HOLD + "\n", encoding="utf-8")
    (folder / "lrt.txt").write_text(article("lrt", 0), encoding="utf-8")
    return folder


def command(events: Path, out: Path) -> list[str]:
    return [sys.executable, "-m", "framing", "batch", str(events), "-o", str(out), "--workers", "2"]


def interruptible() -> None:
    # A shell starts a background job with SIGINT ignored, and a child inherits that: framing batch
    # would then never see the Ctrl-C these tests send. A terminal's foreground command has it.
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def start(args: Sequence[str]) -> subprocess.Popen[str]:
    # a session of its own: a signal to its process group is what Ctrl-C in a terminal sends
    return subprocess.Popen(list(args), cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            start_new_session=True, preexec_fn=interruptible)


@contextlib.contextmanager
def running(args: Sequence[str]) -> Iterator[subprocess.Popen[str]]:
    proc = start(args)
    try:
        yield proc
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)  # whatever is left of it, workers included
        with contextlib.suppress(subprocess.TimeoutExpired):
            proc.communicate(timeout=10)


def stat(pid: int) -> list[str] | None:
    try:
        text = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    return text[text.rindex(")") + 2:].split()  # fields from the state on


def alive(pid: int) -> bool:
    fields = stat(pid)
    return fields is not None and fields[0] not in ("Z", "X")


def workers(parent: int) -> list[int]:
    """The pool's worker processes of ``parent`` (not its resource tracker)."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        fields = stat(int(entry.name))
        if fields is None or int(fields[1]) != parent or not alive(int(entry.name)):
            continue
        with contextlib.suppress(OSError):
            if b"spawn_main" in (entry / "cmdline").read_bytes():
                found.append(int(entry.name))
    return sorted(found)


def held(proc: subprocess.Popen[str], markers: Path, count: int, out: Path | None = None,
         wait_for: Sequence[str] = ()) -> list[int]:
    """The pids of the workers holding a slow event, once ``count`` holds have begun in all (over the
    run and earlier runs) and the events ``wait_for`` are done."""
    deadline = time.monotonic() + 300  # only a hang reaches it
    while True:
        assert proc.poll() is None, proc.communicate()
        assert time.monotonic() < deadline, f"fewer than {count} holds: {sorted(p.name for p in markers.iterdir())}"
        found = sorted(markers.glob("held-*"), key=lambda p: p.stat().st_mtime_ns)
        done = out is None or all((out / "summaries" / f"{e}.json").exists() for e in wait_for)
        if len(found) >= count and done:
            return [int(p.read_text()) for p in found[-count:]]
        time.sleep(0.05)


def summary(out: Path, event: str) -> dict[str, object]:
    return dict(json.loads((out / "summaries" / f"{event}.json").read_text(encoding="utf-8")))


def gone(pids: Sequence[int], within: float) -> bool:
    deadline = time.monotonic() + within
    while any(alive(p) for p in pids):
        if time.monotonic() > deadline:
            return False
        time.sleep(0.1)
    return True


def assert_only_slow_failed(out: Path, slow: str, attempts: int) -> None:
    dead = summary(out, slow)
    assert (dead["status"], dead["reason"], dead["attempts"]) == ("failed", WORKER_DIED, attempts), dead
    assert all(summary(out, e)["status"] == "ok" for e in SMALL)
    aggregate = json.loads((out / "aggregate.json").read_text(encoding="utf-8"))
    assert aggregate["events"] == {"compared": len(SMALL), "failed": 1, "total": len(SMALL) + 1}, aggregate
    assert aggregate["failures"] == [{"event": slow, "reason": WORKER_DIED}], aggregate["failures"]
    failures = (out / "failures.csv").read_text(encoding="utf-8")
    assert slow in failures and WORKER_DIED in failures, failures
    assert not (out / LOCK).exists()


# 1. a dead worker fails only its event ------------------------------------------------------

def test_a_killed_worker_fails_only_its_event_which_is_retried_once(tmp_path: Path, hold: Path) -> None:
    events, out = corpus(tmp_path / "in", len(SMALL)), tmp_path / "out"
    slow_event(events / "a-slow")
    for attempt, wait_for in ((1, SMALL), (2, [])):
        with running(command(events, out)) as proc:
            os.kill(held(proc, hold, attempt, out, wait_for)[-1], signal.SIGKILL)  # what the OOM killer does
            _, err = proc.communicate(timeout=120)
        assert proc.returncode == 1, err
        assert "Traceback" not in err and "Error" not in err, err
        assert_only_slow_failed(out, "a-slow", attempt)
        # the first run computes every event; the rerun only the one that died
        assert ("(5 run, 0 already current)" if attempt == 1 else "(1 run, 4 already current)") in err, err

    # it died twice with these inputs: not tried again (the run is quick, and the same)
    third = subprocess.run(command(events, out), cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert third.returncode == 1, third.stderr
    assert "(0 run, 5 already current)" in third.stderr, third.stderr
    assert_only_slow_failed(out, "a-slow", 2)

    # until its inputs change
    [slow] = [e for e in events_from(events, exclude=[out]) if e.id == "a-slow"]
    options = Options(out=str(out.resolve()))
    assert is_current(slow, options)
    with (events / "a-slow" / "lrt.txt").open("a", encoding="utf-8") as fh:
        fh.write("One more line.\n")
    [slow] = [e for e in events_from(events, exclude=[out]) if e.id == "a-slow"]
    assert not is_current(slow, options)


SPLIT = ("import sys, framing; r = framing.batch(sys.argv[1], out=sys.argv[2], workers=2, chunksize=5, "
         "progress=False); sys.exit(1 if r.aggregate.failed else 0)")


def test_a_death_in_a_chunk_of_several_events_is_told_apart_by_running_them_one_by_one(tmp_path: Path,
                                                                                       hold: Path) -> None:
    events, out = corpus(tmp_path / "in", len(SMALL)), tmp_path / "out"
    slow_event(events / "a-slow")
    with running([sys.executable, "-c", SPLIT, str(events), str(out)]) as proc:
        os.kill(held(proc, hold, 1)[-1], signal.SIGKILL)  # the one chunk of five: which event was it?
        os.kill(held(proc, hold, 2, out, SMALL)[-1], signal.SIGKILL)  # run alone, a-slow dies again
        _, err = proc.communicate(timeout=120)
    assert proc.returncode == 1, err
    assert "Traceback" not in err, err
    assert_only_slow_failed(out, "a-slow", 1)


# 2. Ctrl-C, once and twice; the main process killed -----------------------------------------

def slow_batch(tmp_path: Path) -> tuple[Path, Path]:
    """Four small events, then two slow ones that keep both workers busy."""
    events = corpus(tmp_path / "in", len(SMALL))
    slow_event(events / "z-slow-1")
    slow_event(events / "z-slow-2")
    return events, tmp_path / "out"


def both_busy(proc: subprocess.Popen[str], out: Path, hold: Path) -> list[int]:
    busy = held(proc, hold, 2, out, SMALL)
    pids = workers(proc.pid)
    assert len(pids) == 2 and sorted(busy) == pids, (busy, pids)
    return pids


@pytest.mark.parametrize(("presses", "group"), [(1, True), (2, True), (1, False)])
def test_ctrl_c_stops_at_once_keeps_what_is_done_and_ends_the_workers(tmp_path: Path, hold: Path, presses: int,
                                                                       group: bool) -> None:
    events, out = slow_batch(tmp_path)
    with running(command(events, out)) as proc:
        pids = both_busy(proc, out, hold)
        for n in range(presses):
            if n:
                time.sleep(0.1)
            with contextlib.suppress(ProcessLookupError):  # to the whole group, as a terminal does; or kill -INT
                (os.killpg if group else os.kill)(proc.pid, signal.SIGINT)
        try:  # the held events never end: waiting for them would be a hang
            _, err = proc.communicate(timeout=120)
        except subprocess.TimeoutExpired:
            pytest.fail(f"framing batch hung after {presses} Ctrl-C")
    # A second Ctrl-C that comes once the first is handled, as framing exits, may end the process by the
    # signal itself: a shell reports that as 130 too.
    assert proc.returncode in ((130,) if presses == 1 else (130, -signal.SIGINT)), err
    lines = err.splitlines()
    assert len(lines) == 1 and "Traceback" not in err, err
    if presses == 1:
        assert lines == [f"Interrupted: {len(SMALL)} events done; run the same command again to continue"], err
    else:  # the second may come before the first is done: the count may be lower, never a wait
        assert lines[0].startswith("Interrupted: ") and lines[0].endswith(
            " events done; run the same command again to continue"), err
    assert gone(pids, within=60), [p for p in pids if alive(p)]
    assert all(summary(out, e)["status"] == "ok" for e in SMALL)  # what was done stays
    assert not (out / "summaries" / "z-slow-1.json").exists()
    [small] = [e for e in events_from(events, exclude=[out]) if e.id == SMALL[0]]
    assert is_current(small, Options(out=str(out.resolve())))  # the rerun goes on from there


def test_workers_die_with_a_killed_main_process(tmp_path: Path, hold: Path) -> None:
    events, out = slow_batch(tmp_path)
    with running(command(events, out)) as proc:
        pids = both_busy(proc, out, hold)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=60)
        assert gone(pids, within=60), [p for p in pids if alive(p)]  # not left computing, nor blocked


def test_an_interrupted_count_includes_the_written_summaries_not_yet_folded_in() -> None:
    """Ctrl-C while a chunk's summaries are handed out one by one: the rest of that chunk is
    written all the same, so "N events done" counts it (it used to be left out)."""
    from framing.batch.pool import Tally, flatten

    def chunks() -> Iterator[list[dict[str, object]]]:
        yield [{"n": 1}, {"n": 2}, {"n": 3}]
        yield [{"n": 4}]

    tally = Tally()
    summaries = flatten(chunks(), tally)  # type: ignore[arg-type]
    assert next(summaries) == {"n": 1}  # folded in by the batch; two more of its chunk are written
    summaries.close()
    assert tally.ahead == 2
    tally = Tally()
    assert [s["n"] for s in flatten(chunks(), tally)] == [1, 2, 3, 4]  # type: ignore[arg-type]
    assert tally.ahead == 0
