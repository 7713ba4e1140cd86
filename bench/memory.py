"""Peak memory of framing on a large input, as a multiple of the input size.

Run: python bench/memory.py [--mb 50] [--text synthetic|news] [--stage all|load|align|compare|report|json|html]

Each stage runs in a fresh child process, so its peak RSS is its own:

* ``load``: ``framing.io.load`` of one ``--mb`` MB ``.txt`` article.
* ``align``: load it and a seed article, then ``framing.align.units``.
* ``compare``: load both and the full ``framing.compare`` (every comparator).
* ``report``: the command line, ``framing compare BIG SEED -o out.md``: load,
  compare, the Markdown report written to a file; what a user runs.
* ``json``: the same with ``--format json``.
* ``html``: the same with ``--format html`` (the page is made whole, then written).

For the API stages the baseline is the child's peak after importing framing
and warming its word lists on the seed articles; for the command-line stages
it is the peak of the same command on the two seed articles. Figures are
``(peak - baseline) / input bytes``: how much memory each input byte costs.

Texts (``--text``):

* ``synthetic``: news-like sentences of 20 to 100 characters (60 bytes a
  sentence on average), numbers varied so no two are equal: the worst case
  per byte, since a sentence costs about the same whatever its length.
* ``news``: the body paragraphs of every BASIL article
  (``../shared/data/basil/articles``, or ``$FRAMING_BASIL``), repeated until the size
  is reached: real sentence lengths (about 150 bytes).
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
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BASIL = Path(os.environ.get("FRAMING_BASIL", ROOT.parent / "shared" / "data" / "basil" / "articles"))

SENTENCES = [
    "Lithuania will send soldiers to Ukraine on a training mission, Prime Minister Ingrida Simonyte said.",
    "Authorities in Kyiv have not yet requested such assistance, but officials in Vilnius say they are ready.",
    "About 3,000 troops took part in the exercise near Kaunas on Monday, the defence ministry said.",
    "The Kremlin called the plan a provocation and warned of consequences for the region.",
    "Grain prices climbed 12% in April as traders in Riga and Tallinn reported shortages.",
]


def _lines(kind: str):
    """Endless paragraphs (one per line) of the chosen text."""
    if kind == "synthetic":
        n = 0
        while True:
            yield f"{SENTENCES[n % len(SENTENCES)]} Report {n} names unit {n * 7 % 9973}.\n"
            n += 1
    paragraphs = []
    for path in sorted(BASIL.glob("*/*.json")):
        for para in json.loads(path.read_text(encoding="utf-8"))["body-paragraphs"]:
            text = " ".join(" ".join(para if isinstance(para, list) else [para]).split())
            if text:
                paragraphs.append(text + "\n")
    if not paragraphs:
        raise SystemExit(f"no BASIL articles under {BASIL}")
    while True:
        yield from paragraphs


def _article(path: str, size: int, kind: str = "synthetic") -> None:
    """An article of about ``size`` bytes: a headline, then paragraphs of ``kind``."""
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("Lithuania ready to send troops to Ukraine\n")
        written = 0
        for line in _lines(kind):
            if written >= size:
                break
            fh.write(line)
            written += len(line.encode())


def _seeds() -> list[str]:
    return sorted(str(p) for p in (ROOT / "seeds").glob("*.txt"))


def _peak() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


def _child(stage: str, path: str) -> None:
    import framing

    small = framing.load(_seeds()[0])
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


def _run(command: list[str]) -> tuple[int, float]:
    """Peak RSS (bytes) and wall time of a child process."""
    start = time.perf_counter()
    with tempfile.TemporaryFile() as errors:  # a file, not a pipe: a chatty child cannot block
        child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=errors)
        _, status, usage = os.wait4(child.pid, 0)
        child.returncode = os.waitstatus_to_exitcode(status)
        if child.returncode != 0:
            errors.seek(0)
            raise SystemExit(f"{' '.join(command)} failed: {errors.read().decode(errors='replace')}")
    return usage.ru_maxrss * 1024, time.perf_counter() - start


def _cli(stage: str, path: str, folder: str) -> dict[str, float]:
    fmt = ["--format", stage] if stage in ("json", "html") else []
    out = os.path.join(folder, f"out.{stage}" if fmt else "out.md")
    seed = _seeds()[0]
    base = [sys.executable, "-m", "framing", "compare", *fmt, "-o", out]
    copy = os.path.join(folder, "seed-copy.txt")
    Path(copy).write_text(Path(seed).read_text(encoding="utf-8"), encoding="utf-8")
    baseline, _ = _run([*base, seed, copy])
    peak, seconds = _run([*base, path, seed])
    return {"baseline": baseline, "peak": peak, "seconds": seconds, "output": os.path.getsize(out)}


def _measure(stage: str, mb: float, kind: str, folder: str) -> None:
    path = os.path.join(folder, f"big-{kind}-{mb:g}.txt")
    if not os.path.exists(path):
        _article(path, int(mb * 1e6), kind)
    size = os.path.getsize(path)
    if stage in ("report", "json", "html"):
        r = _cli(stage, path, folder)
        extra = f"  output {r['output'] / 1e6:6.1f} MB"
    else:
        out = subprocess.run([sys.executable, __file__, "--child", stage, path],
                             capture_output=True, text=True, check=True)
        r = json.loads(out.stdout.strip().splitlines()[-1])
        extra = f"  {r['sentences']:8} sentences"
    grown = r["peak"] - r["baseline"]
    print(f"{stage:8} {kind:9} input {size / 1e6:6.1f} MB  baseline {r['baseline'] / 1e6:5.0f} MB  "
          f"peak {r['peak'] / 1e6:6.0f} MB  growth {grown / 1e6:6.0f} MB = {grown / size:4.1f} x input  "
          f"{r['seconds']:6.1f} s{extra}", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mb", type=float, default=50.0, help="input size (MB)")
    parser.add_argument("--text", choices=["synthetic", "news", "both"], default="both")
    parser.add_argument("--stage", choices=["all", "load", "align", "compare", "report", "json", "html"],
                        default="all")
    parser.add_argument("--child", nargs=2, metavar=("STAGE", "PATH"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        _child(*args.child)
        return
    stages = ["load", "align", "compare", "report", "json", "html"] if args.stage == "all" else [args.stage]
    kinds = ["synthetic", "news"] if args.text == "both" else [args.text]
    with tempfile.TemporaryDirectory() as folder:
        for kind in kinds:
            for stage in stages:
                _measure(stage, args.mb, kind, folder)


if __name__ == "__main__":
    main()
