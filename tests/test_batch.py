"""Batch mode: same bytes serially, on processes and on Dask; broken events; resume; CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from framing.batch import EventResult, batch, events_from
from framing.batch.events import Event, safe_name
from framing.cli_batch import batch as batch_command
from framing.errors import LoadError

# Article-like sentences; each event gets a shared core, outlet-only lines and a quote.
SHARED = [
    "The parliament of {place} approved the {thing} budget on {day} after a long debate.",
    "Prime Minister Anna Berg said the plan would cut the deficit by {n} percent.",
    "Opposition leader Tomas Vilk called the vote rushed and promised to challenge it.",
    "The budget raises spending on hospitals and schools by {n} million euros.",
]
ONLY = {
    "bbc": ["Analysts in London said markets reacted calmly to the news.",
            "Critics warned that the {thing} plan relies on optimistic growth forecasts."],
    "lrt": ["Farmers protested outside the building for the third day in a row.",
            "Local officials in {place} welcomed the extra money for roads."],
    "rt": ["The controversial regime pushed the bill through allegedly without proper scrutiny.",
           "Western sponsors of the {thing} plan stayed silent, observers claimed."],
}
QUOTES = {
    "bbc": '"We will not raise taxes this year," Berg told reporters.',
    "lrt": '"We will not raise taxes this year," Berg told reporters on {day}.',
    "rt": '"We will never raise taxes," Berg told reporters.',
}
PLACES = ["Vilnius", "Riga", "Tallinn", "Warsaw", "Helsinki", "Oslo"]
THINGS = ["defence", "health", "transport", "energy", "housing", "school"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]


def article(outlet: str, k: int) -> str:
    fill = {"place": PLACES[k % 6], "thing": THINGS[k % 6], "day": DAYS[k % 6], "n": 3 + k}
    lines = [f"{THINGS[k % 6].title()} budget passes in {PLACES[k % 6]}", ""]
    body = [s.format(**fill) for s in SHARED[: 2 + (k + len(outlet)) % 3]]
    body += [s.format(**fill) for s in ONLY[outlet]]
    body.insert(1, QUOTES[outlet].format(**fill))
    return "\n".join(lines + body) + "\n"


def corpus(root: Path, n: int = 6) -> Path:
    """``n`` event folders, 2-3 outlets each."""
    for k in range(n):
        folder = root / f"event-{k:02d}"
        folder.mkdir(parents=True)
        for outlet in ("bbc", "lrt", "rt")[: 2 + k % 2]:
            (folder / f"{outlet}.txt").write_text(article(outlet, k), encoding="utf-8")
    return root


def tree(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


@pytest.fixture
def events(tmp_path: Path) -> Path:
    return corpus(tmp_path / "in")


def test_serial_and_processes_write_the_same_bytes(events: Path, tmp_path: Path) -> None:
    serial = batch(events, out=tmp_path / "serial", workers=1, markdown=True, progress=False)
    procs = batch(events, out=tmp_path / "procs", workers=2, chunksize=1, markdown=True, progress=False)
    assert serial.computed == procs.computed == 6
    assert serial.aggregate == procs.aggregate
    one, two = tree(tmp_path / "serial"), tree(tmp_path / "procs")
    assert one == two
    assert "events/event-00.json" in one and "events/event-00.md" in one
    assert {"aggregate.md", "aggregate.json", "outlets.csv", "pairs.csv", "failures.csv"} <= set(one)


@pytest.mark.parametrize("processes", [True, False], ids=["processes", "threads"])
def test_dask_writes_the_same_bytes(events: Path, tmp_path: Path, processes: bool) -> None:
    distributed = pytest.importorskip("distributed")
    batch(events, out=tmp_path / "serial", workers=1, progress=False)
    # threads share one interpreter: the readability adapter's cache clearing
    # is not thread-safe, so the threaded cluster gets one thread per worker too
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=processes, dashboard_address=None
    ) as cluster, distributed.Client(cluster) as client:
        result = batch(events, out=tmp_path / "dask", client=client, chunksize=2, progress=False)
    assert result.computed == 6
    assert tree(tmp_path / "serial") == tree(tmp_path / "dask")


def test_aggregate_reports_outlets_pairs_and_results_lazily(events: Path, tmp_path: Path) -> None:
    result = batch(events, out=tmp_path / "out", workers=1, progress=False)
    agg = result.aggregate
    assert (agg.events, agg.failed) == (6, 0)
    outlets = {o.outlet: o for o in agg.outlets}
    assert set(outlets) == {"bbc", "lrt", "rt"}
    assert outlets["bbc"].events == 6 and outlets["rt"].events == 3
    assert all(0 < o.exclusive_share < 1 for o in agg.outlets if o.exclusive_share is not None)
    assert outlets["bbc"].readability["flesch_reading_ease"].n == 6
    assert [(p.a, p.b, p.events) for p in agg.pairs] == [("bbc", "lrt", 6), ("bbc", "rt", 3), ("lrt", "rt", 3)]
    assert all(0 < p.share <= 1 for p in agg.pairs if p.share is not None)
    data = json.loads((tmp_path / "out" / "aggregate.json").read_text())
    assert data["schema"] == "framing.batch/1" and data["events"] == {"total": 6, "compared": 6, "failed": 0}
    results = iter(result)
    first = next(results)
    assert isinstance(first, EventResult) and first.event == "event-00" and first.status == "ok"
    assert first.comparison()["schema"] == "framing.comparison/1"
    assert [r.event for r in results] == [f"event-{k:02d}" for k in range(1, 6)]


def test_broken_events_are_reported_and_the_others_complete(events: Path, tmp_path: Path) -> None:
    (events / "empty").mkdir()
    (events / "empty" / "a.txt").write_text("")
    (events / "empty" / "b.txt").write_text(article("bbc", 1))
    (events / "single").mkdir()
    (events / "single" / "a.txt").write_text(article("lrt", 2))
    (events / "binary").mkdir()
    (events / "binary" / "bin.txt").write_bytes(b"\x00\x01\x02PK\x03\x04" * 50)
    (events / "binary" / "bbc.txt").write_text(article("bbc", 3))
    (events / "binary" / "lrt.txt").write_text(article("lrt", 3))
    (events / "nothing").mkdir()
    (events / "nothing" / "notes.pdf").write_bytes(b"%PDF")
    result = batch(events, out=tmp_path / "out", workers=2, progress=False)
    agg = result.aggregate
    assert (agg.events, agg.failed) == (10, 3)
    assert dict(agg.failures) == {
        "empty": f"compare needs at least 2 articles (got 1); {events / 'empty' / 'a.txt'}: empty file",
        "nothing": f"{events / 'nothing'}: folder holds no supported article files",
        "single": "compare needs at least 2 articles (got 1)",
    }
    assert agg.problems == (("binary", f"{events / 'binary' / 'bin.txt'}: binary file (contains NUL bytes), not text"),)
    out = tmp_path / "out"
    assert sorted(p.name for p in (out / "events").iterdir()) == sorted(
        [f"event-{k:02d}.json" for k in range(6)] + ["binary.json"]
    )
    report = (out / "aggregate.md").read_text()
    assert "## Failed events" in report and "folder holds no supported article files" in report
    assert "failed,compare needs at least 2 articles (got 1)\n" in (out / "failures.csv").read_text()


class Stop(Exception):
    pass


@pytest.mark.parametrize(("workers", "n"), [(1, 6), (2, 20)])
def test_resume_after_interruption_recomputes_only_the_missing(tmp_path: Path, workers: int, n: int) -> None:
    # with processes, tasks already running when the run stops still finish,
    # and tasks queued ahead are cancelled: more events than the queue holds
    events = corpus(tmp_path / "in", n)
    out = tmp_path / "out"
    seen: list[str] = []

    def stop_after_three(result: EventResult) -> None:
        seen.append(result.event)
        if len(seen) == 3:
            raise Stop

    with pytest.raises(Stop):
        batch(events, out=out, workers=workers, chunksize=1, progress=False, on_event=stop_after_three)
    assert not (out / "aggregate.json").exists()
    done = {p.stem for p in (out / "summaries").glob("*.json")}
    assert {"event-00", "event-01", "event-02"} <= done and len(done) < n
    # the events done (their summary written last) are kept; one whose worker was stopped
    # between its JSON and its summary is not done, and is run again
    before = {p.name: p.stat().st_mtime_ns for p in (out / "events").iterdir() if p.stem in done}
    resumed = batch(events, out=out, workers=workers, progress=False)
    assert (resumed.computed, resumed.reused) == (n - len(done), len(done))
    assert {p.name: p.stat().st_mtime_ns for p in (out / "events").iterdir() if p.name in before} == before
    assert tree(out) == tree(_fresh(events, tmp_path / "fresh"))


def _fresh(events: Path, out: Path) -> Path:
    batch(events, out=out, workers=1, progress=False)
    return out


def test_rerun_redoes_deleted_changed_and_reconfigured_events(events: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    batch(events, out=out, workers=1, progress=False)
    (out / "events" / "event-03.json").unlink()
    changed = events / "event-04" / "bbc.txt"
    changed.write_text(changed.read_text() + "A new paragraph was added later.\n")
    again = batch(events, out=out, workers=1, progress=False)
    assert (again.computed, again.reused) == (2, 4)
    assert batch(events, out=out, workers=1, progress=False).computed == 0
    assert batch(events, out=out, workers=1, progress=False, markdown=True).computed == 6  # .md missing
    assert batch(events, out=out, workers=1, progress=False, cutoff=80).computed == 6


def test_records_and_basil_layouts(tmp_path: Path) -> None:
    lines = []
    for k in range(3):
        for outlet in ("bbc", "lrt"):
            lines.append(json.dumps({"event": f"vote {k}", "outlet": outlet.upper(), "title": f"Vote {k}",
                                     "date": "2024-05-08", "url": f"https://{outlet}.example/{k}",
                                     "text": article(outlet, k)}))
    lines.insert(2, "{not json")
    records = tmp_path / "records.jsonl"
    records.write_text("\n".join(lines) + "\n")
    found = events_from(records)
    assert [e.id for e in found] == ["records.jsonl:3", "vote 0", "vote 1", "vote 2"]
    result = batch(records, out=tmp_path / "rec", workers=1, progress=False)
    assert result.aggregate.failures == (("records.jsonl:3", f"{records}: invalid JSON on line 3: Expecting "
                                          "property name enclosed in double quotes"),)
    assert [o.outlet for o in result.aggregate.outlets] == ["BBC", "LRT"]
    name = safe_name("vote 1")
    assert [a["id"] for a in json.loads((tmp_path / "rec" / "events" / f"{name}.json").read_text())["articles"]] == [
        "bbc", "lrt"]

    basil = tmp_path / "basil" / "2012"
    basil.mkdir(parents=True)
    for k in range(2):
        for n, source in enumerate(("fox", "nyt", "hpo"), start=1):
            paragraphs = [[s] for s in article(("bbc", "lrt", "rt")[n - 1], k).splitlines()[2:]]
            (basil / f"trip-{k}_{n}.json").write_text(json.dumps(
                {"triplet-uuid": f"trip-{k}", "source": source, "title": "T", "body-paragraphs": paragraphs}))
    result = batch(tmp_path / "basil", out=tmp_path / "basil-out", workers=1, progress=False)
    assert [e.id for e in events_from(tmp_path / "basil")] == ["trip-0", "trip-1"]
    assert [o.outlet for o in result.aggregate.outlets] == ["Fox News", "HuffPost", "The New York Times"]


def test_events_need_unique_names_and_an_input(tmp_path: Path) -> None:
    with pytest.raises(LoadError, match="repeated"):
        batch([Event("a", ()), Event("a", ())], out=tmp_path / "o", workers=1)
    with pytest.raises(LoadError, match="no such file"):
        events_from(tmp_path / "missing")
    (tmp_path / "empty").mkdir()
    with pytest.raises(LoadError, match="no events found"):
        events_from(tmp_path / "empty")
    assert len({safe_name(i) for i in ("A", "a", "a/b", "a-b", "a b", "con", "x.")}) == 7


def test_output_inside_the_input_is_not_an_event(events: Path) -> None:
    batch(events, out=events / "out", workers=1, progress=False)
    assert batch(events, out=events / "out", workers=1, progress=False).aggregate.events == 6


def run(*args: str):
    return CliRunner().invoke(batch_command, list(args), catch_exceptions=False)


def test_cli_writes_outputs_and_exit_codes(events: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = run(str(events), "-o", str(out), "--workers", "1", "--markdown")
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    assert result.stderr == f"6 events: 6 compared, 0 failed (6 run, 0 already current); wrote {out}/aggregate.md\n"
    assert (out / "events" / "event-05.md").is_file()
    result = run(str(events), "-o", str(out), "--workers", "1", "--markdown")
    assert result.stderr == f"6 events: 6 compared, 0 failed (0 run, 6 already current); wrote {out}/aggregate.md\n"
    (events / "lonely").mkdir()
    (events / "lonely" / "a.txt").write_text(article("bbc", 0))
    result = run(str(events), "-o", str(out), "--workers", "1")
    assert result.exit_code == 1
    assert result.stderr.startswith("7 events: 6 compared, 1 failed (1 run, 6 already current)")


def test_cli_errors(tmp_path: Path) -> None:
    result = run(str(tmp_path / "missing"), "-o", str(tmp_path / "out"))
    assert result.exit_code == 2 and "does not exist" in result.stderr
    result = run(str(tmp_path))
    assert result.exit_code == 2 and "Missing option '-o'" in result.stderr
    result = run(str(tmp_path), "-o", str(tmp_path / "out"), "--workers", "1")
    assert result.exit_code == 1
    assert result.stderr == f"Error: {tmp_path}: no events found (folders layout)\n"


def test_cli_help_ends_with_a_runnable_example() -> None:
    result = run("--help")
    assert result.exit_code == 0
    assert result.output.rstrip().endswith(
        "framing batch examples/corpus -o /tmp/framing-batch --outlets examples/outlets.csv --group-by lean")


def test_notebook_display_and_frames_of_a_rerun(events: Path, tmp_path: Path) -> None:
    pytest.importorskip("pandas")
    out = tmp_path / "out"
    batch(events, out=out, workers=1, progress=False)
    again = batch(events, out=out, workers=1, progress=False)
    shown = again._repr_markdown_()
    assert "Events: 6 ok, 0 failed; 0 computed this run, 6 reused." in shown
    assert shown.split("## Outlets", 1)[1] == again.aggregate.to_markdown().split("## Outlets", 1)[1]  # few rows: all
    assert repr(again).endswith("events=6, failed=0, outlets=3, computed=0, reused=6)")
    frames = again.to_frames()
    assert list(frames["events"]["event"]) == [f"event-{k:02d}" for k in range(6)]
    assert list(frames["events"]["outlets"]) == [2, 3, 2, 3, 2, 3]
    assert list(frames["outlets"]["outlet"]) == ["bbc", "lrt", "rt"]


def test_naming_habits_count_the_events_an_outlet_writes_a_term_in_its_own_voice():
    from framing import Article, compare
    from framing.batch.aggregate import Aggregator, summarize

    agg = Aggregator()
    for n, place in enumerate(["Kherson", "Kharkiv"]):
        a = Article.from_text(f"Head\nThe terrorists shelled {place} on Monday. Ten people died in the shelling.",
                              id=f"a{n}", outlet="A")
        b = Article.from_text(f"Head\nThe militants shelled {place} on Monday, officials said. Ten people died.",
                              id=f"b{n}", outlet="B")
        agg.add({"event": f"e{n}", "status": "ok", **summarize(compare([a, b]))})
    habits = {o.outlet: dict(o.naming) for o in agg.result().outlets}
    assert habits["A"]["unnamed actors: terrorists"] == 2
    assert "unnamed actors: terrorists" not in habits["B"]
    # "The militants shelled ..., officials said": the officials' word, reported, not B's own
    assert "unnamed actors: militants" not in habits["B"]
    report = agg.result().to_markdown()
    assert "## How each outlet habitually names things" in report and "unnamed actors: terrorists (2)" in report
