"""Peak memory of framing on a large input, as a multiple of the input size.

Run: python bench/memory.py [--mb 50] [--compare-mb 5] [--stage all|load|align|compare]

Each stage runs in a fresh child process, so its peak RSS (``ru_maxrss``,
Linux) is its own; the baseline is the child's peak after importing framing
and its dependencies and warming the word lists, before reading the file.

* ``load``: ``framing.load`` of one ``--mb`` MB ``.txt`` article (news-like
  sentences, one paragraph per line).
* ``align``: load it and a small seed article, then ``framing.align``.
* ``compare``: load and the full ``framing.compare`` (every comparator), on a
  ``--compare-mb`` article: the comparison of a 50 MB article takes over ten
  minutes on a 2-core machine (quotes and entities dominate; a 20 MB single
  line took about 230 s), so the full pipeline is measured on a smaller file
  and its multiple is what to expect per input byte.

Figures are printed as MB and as a multiple of the input size:
``(peak - baseline) / input bytes``.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time

SENTENCES = [
    "Lithuania will send soldiers to Ukraine on a training mission, Prime Minister Ingrida Simonyte said.",
    "Authorities in Kyiv have not yet requested such assistance, but officials in Vilnius say they are ready.",
    "About 3,000 troops took part in the exercise near Kaunas on Monday, the defence ministry said.",
    "The Kremlin called the plan a provocation and warned of consequences for the region.",
    "Grain prices climbed 12% in April as traders in Riga and Tallinn reported shortages.",
]


def _article(path: str, size: int) -> None:
    """A news-like article of about ``size`` bytes, numbers varied so sentences differ."""
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("Lithuania ready to send troops to Ukraine\n")
        written, n = 0, 0
        while written < size:
            line = f"{SENTENCES[n % len(SENTENCES)]} Report {n} names unit {n * 7 % 9973}.\n"
            fh.write(line)
            written += len(line.encode())
            n += 1


def _peak() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


def _child(stage: str, path: str) -> None:
    import framing

    seed = sorted(p for p in os.listdir("seeds") if p.endswith(".txt"))[0]
    small = framing.load(os.path.join("seeds", seed))
    framing.compare([small, framing.Article.from_text(small.text, id="copy")])  # warm the lazy tables
    baseline = _peak()
    start = time.perf_counter()
    big = framing.load(path)
    if stage == "align":
        framing.align([big, small])
    elif stage == "compare":
        framing.compare([big, small])
    print(json.dumps({"baseline": baseline, "peak": _peak(), "seconds": time.perf_counter() - start,
                      "sentences": len(big.sentences)}))


def _measure(stage: str, mb: float, folder: str) -> None:
    path = os.path.join(folder, f"big-{mb:g}.txt")
    if not os.path.exists(path):
        _article(path, int(mb * 1e6))
    size = os.path.getsize(path)
    out = subprocess.run([sys.executable, __file__, "--child", stage, path],
                         capture_output=True, text=True, check=True)
    r = json.loads(out.stdout.strip().splitlines()[-1])
    grown = r["peak"] - r["baseline"]
    print(f"{stage:8} input {size / 1e6:6.1f} MB  {r['sentences']:8} sentences  "
          f"baseline {r['baseline'] / 1e6:6.0f} MB  peak {r['peak'] / 1e6:6.0f} MB  "
          f"growth {grown / 1e6:6.0f} MB = {grown / size:4.1f} x input  "
          f"(peak {r['peak'] / size:4.1f} x input)  {r['seconds']:6.1f} s", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mb", type=float, default=50.0, help="input size for load and align (MB)")
    parser.add_argument("--compare-mb", type=float, default=5.0, help="input size for the full compare (MB)")
    parser.add_argument("--stage", choices=["all", "load", "align", "compare"], default="all")
    parser.add_argument("--child", nargs=2, metavar=("STAGE", "PATH"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        _child(*args.child)
        return
    stages = ["load", "align", "compare"] if args.stage == "all" else [args.stage]
    with tempfile.TemporaryDirectory() as folder:
        for stage in stages:
            _measure(stage, args.compare_mb if stage == "compare" else args.mb, folder)


if __name__ == "__main__":
    main()
