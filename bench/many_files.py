"""Cost of one ``framing compare`` over many small articles of one event.

Run: python bench/many_files.py [--files 1000] [--format md|json|html|csv] [--profile]

Writes ``--files`` invented articles of four sentences each into a temporary
folder, near-alike as wire copies are (the same four facts, each outlet
varying names, figures and a few words, and one sentence of its own), then
runs ``framing compare FOLDER -o out`` in a child process and prints its wall
time, peak memory, the size of the output and its longest line (the memo caps
tables, lines and findings; this shows whether they hold at this width).

``--profile`` runs the child under cProfile and prints the 25 costliest
functions by cumulative time instead.
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

FACTS = [
    "Lithuania will send {n} soldiers to Ukraine on a training mission, Prime Minister {who} said on {day}.",
    "Officials in Vilnius said the country was ready to act even though Kyiv has not asked for {what}.",
    "The Kremlin called the plan a {word} and warned of consequences for the Baltic region.",
    "NATO has said it has no plans to put {who2} troops on the ground in Ukraine, a spokesman said.",
]
OWN = [
    "Grain prices climbed {n}% in April as traders in Riga reported shortages.",
    "The ministry said about {n} reservists had been called up for an exercise near Kaunas.",
    "A poll published on {day} found {n}% of Lithuanians backed the mission.",
    "The opposition leader, {who}, said parliament had not been consulted.",
]
NAMES = ["Ingrida Simonyte", "Ms. Simonyte", "Simonyte", "Gitanas Nauseda", "Arvydas Anusauskas"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
WORDS = ["provocation", "dangerous step", "hostile act", "escalation"]


def _article(rng: random.Random, index: int) -> str:
    fill = {"n": rng.randrange(2, 900), "who": rng.choice(NAMES), "day": rng.choice(DAYS),
            "what": rng.choice(["such help", "troops", "assistance"]), "word": rng.choice(WORDS),
            "who2": rng.choice(["allied", "Western", "NATO"])}
    sentences = [fact.format(**fill) for fact in rng.sample(FACTS, 3)]
    sentences.insert(rng.randrange(4), rng.choice(OWN).format(**fill))
    return f"Outlet {index}: Lithuania ready to send troops\n\n" + " ".join(sentences) + "\n"


def _write(folder: Path, files: int, seed: int) -> None:
    rng = random.Random(seed)
    for i in range(files):
        (folder / f"outlet-{i:04d}.txt").write_text(_article(rng, i), encoding="utf-8")


def _longest_line(path: Path) -> int:
    paths = sorted(path.rglob("*")) if path.is_dir() else [path]
    longest = 0
    for p in paths:
        if p.is_file():
            with p.open(encoding="utf-8") as fh:
                longest = max([longest, *(len(line.rstrip("\n")) for line in fh)])
    return longest


def _size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) if path.is_dir() else path.stat().st_size


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--files", type=int, default=1000)
    parser.add_argument("--format", dest="fmt", choices=["md", "json", "html", "csv"], default="md")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--profile", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "event"
        folder.mkdir()
        _write(folder, args.files, args.seed)
        out = Path(tmp) / ("out" if args.fmt == "csv" else f"out.{args.fmt}")
        command = [sys.executable, "-m", "framing", "compare", str(folder), "--format", args.fmt, "-o", str(out)]
        if args.profile:
            stats = Path(tmp) / "profile"
            command[1:1] = ["-m", "cProfile", "-o", str(stats)]
            subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
            import pstats

            pstats.Stats(str(stats)).sort_stats("cumulative").print_stats(25)
            return
        start = time.perf_counter()
        child = subprocess.Popen(command, stdout=subprocess.DEVNULL)
        _, status, usage = os.wait4(child.pid, 0)
        seconds = time.perf_counter() - start
        if os.waitstatus_to_exitcode(status) != 0:
            raise SystemExit(f"{' '.join(command)} failed")
        cpu = usage.ru_utime + usage.ru_stime  # what the work costs, whatever else the machine runs
        print(f"{args.files} files, --format {args.fmt}: {cpu:.1f} s CPU ({seconds:.1f} s wall), "
              f"peak {usage.ru_maxrss / 1024:.0f} MB, "
              f"output {_size(out) / 1e6:.1f} MB, longest line {_longest_line(out):,} characters")


if __name__ == "__main__":
    main()
