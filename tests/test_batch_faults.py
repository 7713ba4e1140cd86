"""Batch runs under faults and hostile names (issue 16): an output folder that cannot be written,
two runs on one folder, outputs inside the input, stale or forged results, names that are not
UTF-8, symlink loops, a full disk or a file-size limit. Each ends in results or in one
``Error: ...`` line, never a traceback."""

from __future__ import annotations

import csv
import json
import os
import re
import resource
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from test_batch import article, corpus, tree
from test_batch_signals import interruptible

from framing.batch import batch
from framing.batch.events import OUTPUT_MARKER, safe_name
from framing.batch.lock import LOCK
from framing.cli_batch import batch as batch_command
from framing.errors import FramingError


def cli(*args: str) -> Result:
    return CliRunner().invoke(batch_command, [*args, "--workers", "1"])


def one_error(result: Result, expected: str) -> None:
    """Exit 1 with exactly one ``Error:`` line and no traceback."""
    assert result.exit_code == 1, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert result.output.count("\n") == 1 and result.output.startswith("Error: "), result.output
    assert expected in result.output, result.output


def ok(result: Result) -> None:
    assert result.exit_code == 0, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)


def events_of(out: Path) -> list[str]:
    return sorted(json.loads(p.read_text())["event"] for p in (out / "summaries").glob("*.json"))


def basil_tree(root: Path) -> Path:
    folder = root / "2012"
    folder.mkdir(parents=True)
    for k in range(2):
        for n, source in enumerate(("fox", "nyt"), start=1):
            paragraphs = [[s] for s in article(("bbc", "lrt")[n - 1], k).splitlines()[2:]]
            (folder / f"trip-{k}_{n}.json").write_text(json.dumps(
                {"triplet-uuid": f"trip-{k}", "source": source, "title": "T", "body-paragraphs": paragraphs}))
    return root


def records_file(path: Path, ids: tuple[str, ...] = ("vote 0", "vote 1")) -> Path:
    lines = [json.dumps({"event": e, "outlet": o, "text": article(o, k)}, ensure_ascii=True)
             for k, e in enumerate(ids) for o in ("bbc", "lrt")]
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines) + "\n")
    return path


# 1. pre-flight ------------------------------------------------------------------------------

def test_an_output_that_is_a_file_fails_before_any_event(tmp_path: Path) -> None:
    events = corpus(tmp_path / "in", 3)
    (tmp_path / "file").write_text("x")
    one_error(cli(str(events), "-o", str(tmp_path / "file")), "the output folder is a file")
    one_error(cli(str(events), "-o", str(tmp_path / "file" / "out")), "is a file")
    seen: list[str] = []
    with pytest.raises(FramingError, match="is a file"):
        batch(events, out=tmp_path / "file" / "out", workers=1, progress=False,
              on_event=lambda r: seen.append(r.event))
    assert seen == []  # found at once, not after every event is computed


@pytest.fixture
def read_only(tmp_path: Path):
    folder = tmp_path / "ro"
    folder.mkdir()
    if os.geteuid() == 0:  # root writes anywhere a mode forbids: make the folder immutable instead
        if shutil.which("chattr") is None or subprocess.run(["chattr", "+i", str(folder)]).returncode:
            pytest.skip("running as root without chattr +i")
        yield folder
        subprocess.run(["chattr", "-i", str(folder)], check=True)
    else:
        folder.chmod(0o500)
        yield folder
        folder.chmod(0o700)


def test_an_output_folder_that_is_not_writable_fails_before_any_event(tmp_path: Path, read_only: Path) -> None:
    events = corpus(tmp_path / "in", 3)
    result = cli(str(events), "-o", str(read_only))
    one_error(result, str(read_only))
    assert "not writable" in result.output or "cannot write" in result.output


# 2. lock ------------------------------------------------------------------------------------

SLOW = ("import sys, time, framing; framing.batch(sys.argv[1], out=sys.argv[2], workers=1, progress=False, "
        "on_event=lambda r: time.sleep(3600))")  # held until the test kills it


def start_slow(events: Path, out: Path) -> subprocess.Popen[bytes]:
    # SIGINT as a terminal's foreground command has it, however pytest was started (see interruptible)
    proc = subprocess.Popen([sys.executable, "-c", SLOW, str(events), str(out)], cwd=Path(__file__).parent.parent,
                            stderr=subprocess.PIPE, preexec_fn=interruptible if os.name == "posix" else None)
    deadline = time.monotonic() + 300  # only a hang reaches it
    while not (out / LOCK).exists() or not (out / "summaries").exists():
        assert proc.poll() is None, proc.communicate()[1].decode()
        assert time.monotonic() < deadline
        time.sleep(0.05)
    return proc


def test_a_second_batch_on_one_folder_says_so_and_a_stale_lock_is_taken_over(tmp_path: Path) -> None:
    events, out = corpus(tmp_path / "in", 3), tmp_path / "out"
    first = start_slow(events, out)
    try:
        one_error(cli(str(events), "-o", str(out)), f"{out} is in use by another framing batch (pid {first.pid})")
    finally:
        first.kill()  # what the OOM killer does: its lock stays behind
        first.wait()
    assert (out / LOCK).exists()
    ok(cli(str(events), "-o", str(out)))  # its pid is dead: taken over
    assert not (out / LOCK).exists()


@pytest.mark.skipif(sys.platform == "win32", reason="the kernel's lock (flock) is POSIX")
def test_a_lock_held_is_respected_whatever_process_id_it_names(tmp_path: Path) -> None:
    """A batch on another machine sharing the folder names a process id that means nothing here
    (here: one that has ended); judged by that id, its lock was taken over while it ran."""
    import fcntl

    events, out = corpus(tmp_path / "in", 3), tmp_path / "out"
    out.mkdir()
    ended = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True,
                           check=True)
    with open(out / LOCK, "w", encoding="ascii") as fh:
        fh.write(ended.stdout)
        fh.flush()
        fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        one_error(cli(str(events), "-o", str(out)),
                  f"{out} is in use by another framing batch (pid {ended.stdout.strip()})")
        assert not (out / "summaries").exists()  # nothing ran
    ok(cli(str(events), "-o", str(out)))  # let go: the next run takes it
    assert not (out / LOCK).exists()


def test_the_lock_goes_on_ctrl_c_and_on_error(tmp_path: Path) -> None:
    events, out = corpus(tmp_path / "in", 3), tmp_path / "out"
    first = start_slow(events, out)
    first.send_signal(signal.SIGINT)
    assert first.wait(30) != 0
    assert not (out / LOCK).exists()

    def stop(_: object) -> None:
        raise RuntimeError("stop")

    with pytest.raises(RuntimeError):
        batch(events, out=out, workers=1, progress=False, on_event=stop)
    assert not (out / LOCK).exists()


# 3. outputs never read as input -------------------------------------------------------------

@pytest.mark.parametrize("layout", ["folders", "basil", "records"])
def test_outputs_inside_the_input_are_never_read(tmp_path: Path, layout: str) -> None:
    root = tmp_path / "b"
    if layout == "folders":
        source = corpus(root, 3)
    elif layout == "basil":
        source = basil_tree(root)
    else:
        source = records_file(root / "r.jsonl")
    ok(cli(str(source), "-o", str(root / "00out")))
    first = (root / "00out" / "aggregate.json").read_bytes()
    ids = events_of(root / "00out")
    ok(cli(str(source), "-o", str(root / "00out")))  # the same command again
    assert (root / "00out" / "aggregate.json").read_bytes() == first
    assert events_of(root / "00out") == ids
    ok(cli(str(source), "-o", str(root / "01out")))  # another output: the first is not an input either
    assert events_of(root / "01out") == ids
    assert (root / "01out" / "aggregate.json").read_bytes() == first
    assert (root / "00out" / OUTPUT_MARKER).exists()


# 4. resume trusts only what it checked -------------------------------------------------------

@pytest.mark.parametrize("damage", ["empty", "truncated", "other run"])
def test_a_damaged_or_foreign_event_json_is_recomputed(tmp_path: Path, damage: str) -> None:
    events, out = corpus(tmp_path / "in", 3), tmp_path / "out"
    batch(events, out=out, workers=1, progress=False)
    target = out / "events" / "event-01.json"
    good = target.read_bytes()
    if damage == "empty":
        target.write_bytes(b"")
    elif damage == "truncated":
        target.write_bytes(good[: len(good) // 2])
    else:  # another event's (valid) comparison in its place
        target.write_bytes((out / "events" / "event-02.json").read_bytes())
    again = batch(events, out=out, workers=1, progress=False)
    assert (again.computed, again.reused) == (1, 2)
    assert target.read_bytes() == good


def test_a_markdown_made_before_an_input_changed_is_not_kept(tmp_path: Path) -> None:
    events, out, fresh = corpus(tmp_path / "in", 3), tmp_path / "out", tmp_path / "fresh"
    batch(events, out=out, workers=1, progress=False, markdown=True)
    changed = events / "event-01" / "bbc.txt"
    changed.write_text(changed.read_text() + "A new paragraph about the floods was added later.\n")
    batch(events, out=out, workers=1, progress=False)  # recomputes event-01, JSON only
    assert batch(events, out=out, workers=1, progress=False, markdown=True).computed >= 1
    batch(events, out=fresh, workers=1, progress=False, markdown=True)
    assert (out / "events" / "event-01.md").read_text() == (fresh / "events" / "event-01.md").read_text()


def test_temporary_files_of_a_killed_run_are_removed(tmp_path: Path) -> None:
    events, out = corpus(tmp_path / "in", 2), tmp_path / "out"
    batch(events, out=out, workers=1, progress=False)
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    left = [out / "events" / f".event-00.json.{dead.pid}.0123456789abcdef.tmp",
            out / "summaries" / f".event-00.json.{dead.pid}.89abcdef.tmp",
            out / f".aggregate.md.{dead.pid}.0011223344556677.tmp"]
    for p in left:
        p.write_text("half")
    batch(events, out=out, workers=1, progress=False)
    assert [p for p in left if p.exists()] == []


# 5. names that are not UTF-8 ----------------------------------------------------------------

def test_a_folder_name_that_is_not_utf8(tmp_path: Path) -> None:
    events, out = corpus(tmp_path / "in", 2), tmp_path / "out"
    bad = os.fsencode(events) + b"/ev\xfe"
    os.mkdir(bad)
    for outlet in ("bbc", "lrt"):
        with open(bad + b"/" + outlet.encode() + b".txt", "w", encoding="utf-8") as fh:
            fh.write(article(outlet, 4))
    result = cli(str(events), "-o", str(out))
    ok(result)
    assert "3 compared, 0 failed" in result.output
    assert events_of(out) == ["ev\\xfe", "event-00", "event-01"]
    name = safe_name("ev\\xfe")
    assert (out / "events" / f"{name}.json").exists()
    json.loads((out / "aggregate.json").read_text(encoding="utf-8"))
    again = cli(str(events), "-o", str(out))
    ok(again)
    assert "(0 run, 3 already current)" in again.output


def test_a_record_event_with_a_lone_surrogate(tmp_path: Path) -> None:
    source, out = records_file(tmp_path / "r.jsonl", ("bad\ud800id", "good")), tmp_path / "out"
    assert "\\ud800" in source.read_text()
    result = cli(str(source), "-o", str(out))
    ok(result)
    assert "2 compared, 0 failed" in result.output
    assert events_of(out) == ["bad\\ud800id", "good"]
    ok(again := cli(str(source), "-o", str(out)))
    assert "(0 run, 2 already current)" in again.output


# 6. symlink loops ---------------------------------------------------------------------------

def test_a_symlink_loop_in_the_tree(tmp_path: Path) -> None:
    events, out = corpus(tmp_path / "in", 3), tmp_path / "out"
    os.symlink("loop", events / "event-01" / "loop")
    os.symlink("loop.txt", events / "event-02" / "loop.txt")
    result = cli(str(events), "-o", str(out))
    ok(result)
    summary = json.loads((out / "summaries" / "event-02.json").read_text())
    assert summary["status"] == "ok" and len(summary["problems"]) == 1, summary
    assert "loop.txt" in summary["problems"][0]


def test_a_symlink_loop_in_a_basil_tree(tmp_path: Path) -> None:
    root, out = basil_tree(tmp_path / "b"), tmp_path / "out"
    os.symlink("loop", root / "2012" / "loop")
    os.symlink("trip-9_1.json", root / "2012" / "trip-9_1.json")
    result = cli(str(root), "-o", str(out))
    assert (result.exit_code == 1 and result.exception is None) or isinstance(result.exception, SystemExit)
    assert "2 compared, 1 failed" in result.output, result.output
    failed = json.loads((out / "summaries" / "trip-9.json").read_text())
    assert failed["status"] == "failed" and "trip-9_1.json" in failed["reason"], failed


def test_the_same_corpus_spelled_two_ways_is_the_same_batch(tmp_path, monkeypatch):
    import shutil as _shutil

    from framing.batch import batch as run

    _shutil.copytree(Path(__file__).resolve().parent / "fixtures" / "events", tmp_path / "ev")
    monkeypatch.chdir(tmp_path)
    first = run("ev", out="out", workers=1, progress=False)
    assert first.computed == 2
    for spelling in (str(tmp_path / "ev"), "./ev/"):
        again = run(spelling, out="out", workers=1, progress=False)
        assert (again.computed, again.reused) == (0, 2)
    other = run(str(tmp_path / "ev"), out="out2", workers=1, progress=False)
    assert other.computed == 2
    for name in ("bridge", "budget"):
        assert (tmp_path / "out" / "events" / f"{name}.json").read_bytes() == \
            (tmp_path / "out2" / "events" / f"{name}.json").read_bytes()
    assert str(tmp_path) not in (tmp_path / "out2" / "events" / "bridge.json").read_text(encoding="utf-8")


def test_a_link_out_of_the_input_is_not_read_by_a_batch(tmp_path):
    from framing.batch import batch as run

    secret = tmp_path / "secret.txt"
    secret.write_text("Secret head\nTroops left Kyiv on Monday, the secret says.\n", encoding="utf-8")
    ev = tmp_path / "in" / "ev"
    ev.mkdir(parents=True)
    (ev / "a.txt").write_text("Head\nTroops left Kyiv on Monday.\n", encoding="utf-8")
    (ev / "b.txt").write_text("Head\nOn Monday, troops left Kyiv.\n", encoding="utf-8")
    (ev / "c.txt").symlink_to(secret)
    result = run(tmp_path / "in", out=tmp_path / "out", workers=1, progress=False)
    (event,) = list(result)
    assert event.status == "ok"
    assert event.problems == (f"{ev / 'c.txt'}: symbolic link to a file outside the input, not followed",)
    assert "secret" not in (tmp_path / "out" / "events" / "ev.json").read_text(encoding="utf-8")


def test_an_event_folder_that_is_a_link_out_of_the_input_is_not_read(tmp_path):
    """Its files are no links themselves: the outside text landed in events/*.json."""
    root = corpus(tmp_path / "in", 2)
    outside = tmp_path / "outside"
    outside.mkdir()
    for name in ("a", "b"):
        (outside / f"{name}.txt").write_text("Secret head\nThe secret text says troops left.\n", encoding="utf-8")
    (root / "linked").symlink_to(outside, target_is_directory=True)
    result = cli(str(root), "-o", str(tmp_path / "out"))
    assert result.exit_code == 1, result.output
    assert events_of(tmp_path / "out") == ["event-00", "event-01", "linked"]
    failures = (tmp_path / "out" / "failures.csv").read_text(encoding="utf-8")
    assert f"{root / 'linked'}: symbolic link to a folder outside the input, not followed" in failures
    for path in (tmp_path / "out").rglob("*"):
        if path.is_file():
            assert "secret" not in path.read_text(encoding="utf-8", errors="replace").lower(), path


def test_a_basil_folder_that_is_a_link_out_of_the_input_is_not_read(tmp_path):
    root = basil_tree(tmp_path / "basil")
    outside = tmp_path / "outside"
    outside.mkdir()
    for n in (1, 2):
        (outside / f"trip-x_{n}.json").write_text(json.dumps(
            {"triplet-uuid": "trip-x", "title": "Secret", "body-paragraphs": [["The secret text."]]}))
    (root / "2012" / "more").symlink_to(outside, target_is_directory=True)
    ok(cli(str(root), "-o", str(tmp_path / "out")))
    assert events_of(tmp_path / "out") == ["trip-0", "trip-1"]


# 7. a full disk, a file-size limit ----------------------------------------------------------

FIXTURES = Path(__file__).resolve().parent / "fixtures"


def framing_batch(*args: str, cwd: Path, limit: int | None = None) -> subprocess.CompletedProcess[str]:
    """``framing batch ... --workers 1`` in a subprocess, under a file-size limit of ``limit`` bytes
    (Python ignores SIGXFSZ: a write past it fails with EFBIG, "File too large")."""
    def limited() -> None:
        if limit is not None:
            resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return subprocess.run([sys.executable, "-m", "framing", "batch", *args, "--workers", "1"], cwd=cwd,
                          capture_output=True, text=True, timeout=300, preexec_fn=limited)


def aggregate_error(done: subprocess.CompletedProcess[str], out: Path) -> str:
    """Exit 1, no traceback, and one ``Error:`` line naming the aggregate file that could not be written."""
    assert done.returncode == 1, done.stderr
    assert "Traceback" not in done.stderr, done.stderr
    errors = [line for line in done.stderr.splitlines() if line.startswith("Error:")]
    assert len(errors) == 1, done.stderr
    assert re.match(rf"Error: {re.escape(str(out))}/aggregate\.(json|md): cannot write \(File too large\); ",
                    errors[0]), errors[0]
    return errors[0]


def failures_of(out: Path) -> dict[str, str]:
    with (out / "failures.csv").open(encoding="utf-8", newline="") as fh:
        return {row["event"]: row["reason"] for row in csv.DictReader(fh) if row["kind"] == "failed"}


def test_a_file_size_limit_ends_in_one_error_line_and_a_rerun_completes(tmp_path: Path) -> None:
    events, out = shutil.copytree(FIXTURES / "events", tmp_path / "ev"), tmp_path / "out"
    done = framing_batch(str(events), "-o", str(out), cwd=tmp_path, limit=1024)  # ulimit -f 1
    error = aggregate_error(done, out)
    assert f"the failures list is in {out / 'failures.csv'}" in error
    # each event's JSON was too large: failed with a one-line reason naming its file
    assert failures_of(out) == {name: f"{out / 'events' / name}.json: cannot write (File too large)"
                                for name in ("bridge", "budget")}
    assert not list((out / "events").iterdir())  # nothing half-written
    again = framing_batch(str(events), "-o", str(out), cwd=tmp_path)
    assert again.returncode == 0, again.stderr
    assert "2 events: 2 compared, 0 failed (2 run, 0 already current)" in again.stderr
    assert json.loads((out / "aggregate.json").read_text(encoding="utf-8"))["events"]["compared"] == 2
    assert (out / "aggregate.md").exists() and failures_of(out) == {}


def test_under_a_file_size_limit_events_written_whole_are_kept(tmp_path: Path) -> None:
    events, out = corpus(tmp_path / "in", 2), tmp_path / "out"
    assert framing_batch(str(events), "-o", str(out), cwd=tmp_path).returncode == 0
    kept = {p.name: p.read_bytes() for p in (out / "events").iterdir()}
    earlier = {name: (out / name).read_bytes() for name in ("aggregate.json", "aggregate.md")}
    (events / "event-02").mkdir()
    for outlet in ("bbc", "lrt"):
        (events / "event-02" / f"{outlet}.txt").write_text(article(outlet, 2), encoding="utf-8")
    # a limit under an event's JSON and the aggregate's JSON, over a failures list
    done = framing_batch(str(events), "-o", str(out), cwd=tmp_path, limit=4096)
    aggregate_error(done, out)
    assert {p.name: p.read_bytes() for p in (out / "events").iterdir()} == kept
    assert {name: (out / name).read_bytes() for name in earlier} == earlier  # whole, not cut
    assert failures_of(out) == {"event-02": f"{out / 'events' / 'event-02.json'}: cannot write (File too large)"}
    assert not [p for p in out.rglob("*") if p.name.endswith(".tmp")]
    again = framing_batch(str(events), "-o", str(out), cwd=tmp_path)
    assert again.returncode == 0, again.stderr
    assert "3 events: 3 compared, 0 failed (1 run, 2 already current)" in again.stderr
    assert json.loads((out / "aggregate.json").read_text(encoding="utf-8"))["events"]["compared"] == 3


def test_a_failures_list_that_cannot_be_written_is_said_in_the_same_line(tmp_path: Path) -> None:
    events, out = corpus(tmp_path / "in", 2), tmp_path / "out"
    (out / "failures.csv").mkdir(parents=True)  # in the way of the failures list
    one_error(cli(str(events), "-o", str(out)),
              f"Error: {out / 'failures.csv'}: cannot write (Is a directory); the aggregate is not up to date, "
              "nor is the failures list")
    (out / "failures.csv").rmdir()
    again = cli(str(events), "-o", str(out))  # the events were written: a rerun reuses them
    ok(again)
    assert "(0 run, 2 already current)" in again.output
    assert failures_of(out) == {}


def test_a_file_size_limit_with_worker_processes_is_one_error_line(tmp_path: Path) -> None:
    """Local workers share memory through a file (in /dev/shm on Linux): under the limit it cannot be
    made, which is said in one line; where it can, the events and the aggregate fail as above."""
    events, out = shutil.copytree(FIXTURES / "events", tmp_path / "ev"), tmp_path / "out"
    done = subprocess.run([sys.executable, "-m", "framing", "batch", str(events), "-o", str(out), "--workers", "2"],
                          cwd=tmp_path, capture_output=True, text=True, timeout=300,
                          preexec_fn=lambda: resource.setrlimit(resource.RLIMIT_FSIZE, (1024, 1024)))
    assert done.returncode == 1, done.stderr
    assert "Traceback" not in done.stderr, done.stderr
    assert len([line for line in done.stderr.splitlines() if line.startswith("Error: ")]) == 1, done.stderr
    again = framing_batch(str(events), "-o", str(out), cwd=tmp_path)
    assert again.returncode == 0, again.stderr


@pytest.mark.parametrize("inside", ["event-03", "event-03/", "."])
def test_an_output_folder_that_is_an_event_or_the_input_is_refused_not_dropped(tmp_path, inside):
    """``-o CORPUS/<event>`` left that event out of the scan (the output is never read): exit 0,
    one event fewer. The input folder itself as output read its own results as events next time."""
    root = corpus(tmp_path / "b")
    before = tree(root)
    out = os.path.join(str(root), inside)
    result = cli(str(root), "-o", out)
    out = str(Path(out))  # as messages name it
    if inside == ".":
        one_error(result, f"Error: {out}: the output folder is the input folder; give -o a folder of its own")
    else:
        one_error(result, f"Error: {out}: the output folder is a folder of the input holding articles (bbc.txt, ...), "
                          "which would not be read; give -o a folder of its own")
    assert tree(root) == before


def test_a_new_output_folder_inside_the_input_is_still_fine(tmp_path):
    root = corpus(tmp_path / "b")
    for _ in range(2):
        ok(cli(str(root), "-o", str(root / "00out")))
    assert events_of(root / "00out") == [f"event-{k:02d}" for k in range(6)]
