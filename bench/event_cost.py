"""What one event costs: CPU time per stage of ``compare()`` and of each output, per BASIL event.

Every BASIL triplet (the same story by Fox News, The New York Times and HuffPost;
``../shared/data/basil/articles`` or ``$FRAMING_BASIL``, never copied into the project) is
compared, then written as the Markdown memo, the page and the JSON, in that order (the memo
pays for the key findings and threads the page then reads). Each stage is timed in CPU
seconds (``time.process_time``: what the work costs, whatever else the machine runs), with
``compare()``'s own stages split by its ``progress`` lines: ``aligning`` (the people registry
the aligner reads, then the alignment) and one row per comparator. The wall time of the whole
run is printed beside it, and the time spent in cyclic garbage collection (``gc.callbacks``).

The run is repeated (``--repeat``, default 3) in one process after a warm-up event (imports and
word lists load once); each stage's figure is its smallest total over the runs, divided by the
events: on a shared machine the smallest is the one least disturbed.

Run: ``python bench/event_cost.py [--repeat 3] [FOLDER]`` (about a minute).
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import time
from collections import defaultdict
from pathlib import Path

import framing

ROOT = Path(__file__).resolve().parents[1]
BASIL = Path(os.environ.get("FRAMING_BASIL", ROOT.parent / "shared" / "data" / "basil" / "articles"))


def events(folder: Path) -> list[list[framing.Article]]:
    """The BASIL triplets under ``folder``, each as its loaded articles."""
    by_event: dict[str, list[Path]] = defaultdict(list)
    for path in sorted(folder.glob("*/*.json")):
        by_event[json.loads(path.read_text(encoding="utf-8"))["triplet-uuid"]].append(path)
    return [[framing.load(p) for p in paths] for _, paths in sorted(by_event.items())]


def one_run(triplets: list[list[framing.Article]]) -> tuple[dict[str, float], float, float]:
    """CPU seconds per stage summed over the events, the wall seconds and the collector's CPU seconds."""
    cpu: dict[str, float] = defaultdict(float)
    collecting = [0.0, 0.0]  # total, start of the current collection

    def collector(phase: str, _info: dict[str, int]) -> None:
        if phase == "start":
            collecting[1] = time.process_time()
        else:
            collecting[0] += time.process_time() - collecting[1]

    gc.callbacks.append(collector)
    wall = time.perf_counter()
    try:
        for articles in triplets:
            stage, at = "", time.process_time()

            def progress(line: str) -> None:
                nonlocal stage, at
                now = time.process_time()
                if stage:
                    cpu[stage] += now - at
                stage, at = line.split()[0], now

            start = time.process_time()
            comparison = framing.compare(articles, progress=progress)
            done = time.process_time()
            cpu[stage] += done - at
            cpu["compare"] += done - start
            for output in ("to_markdown", "to_html", "to_json"):
                before = time.process_time()
                getattr(comparison, output)()
                cpu[output] += time.process_time() - before
    finally:
        gc.callbacks.remove(collector)
    return cpu, time.perf_counter() - wall, collecting[0]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", nargs="?", type=Path, default=BASIL, help="BASIL's articles folder")
    parser.add_argument("--repeat", type=int, default=3, help="runs; each stage's smallest total is kept")
    args = parser.parse_args()
    triplets = events(args.folder)
    if not triplets:
        raise SystemExit(f"{args.folder}: no BASIL articles found")
    framing.compare(triplets[0]).to_html()  # warm-up: imports and word lists
    best: dict[str, float] = {}
    walls, collected = [], []
    for _ in range(args.repeat):
        cpu, wall, gc_cpu = one_run(triplets)
        for name, seconds in cpu.items():
            best[name] = min(best.get(name, seconds), seconds)
        walls.append(wall)
        collected.append(gc_cpu)
    n = len(triplets)
    print(f"{n} BASIL events, best of {args.repeat} runs, CPU ms per event\n")
    print("| stage | CPU ms per event |\n|---|---|")
    order = [k for k in best if k not in ("compare", "to_markdown", "to_html", "to_json")]
    for name in [*order, "compare", "to_markdown", "to_html", "to_json"]:
        label = {"compare": "**compare() in all**", "to_markdown": "Markdown memo", "to_html": "page",
                 "to_json": "JSON"}.get(name, f"compare: {name}")
        print(f"| {label} | {1000 * best[name] / n:.1f} |")
    print(f"\nwall, whole run: {min(walls) / n * 1000:.1f} ms per event (fastest run); "
          f"garbage collection: {min(collected) / n * 1000:.1f} ms CPU per event")


if __name__ == "__main__":
    main()
