"""How the cost of one event grows with its outlets: CPU time per stage, wall beside it.

One event of N outlets (default N = 2, 10, 30, 100, 300), each a variant of
one 36-sentence BASIL article (the gun-control plan of January 2013, Fox
News's; ``../shared/data/basil``, never copied into the project), as a wire
story is carried by many sites: each outlet keeps most sentences word for
word, edits some (a word dropped, two words swapped, a figure changed),
drops a few, and adds two or three of its own (sentences of the other two
outlets' articles on that event, or of an unrelated one). Outlet k's text is
the same whatever N (the 10-outlet event is the first ten of the 100), and
every run is seeded.

Each N runs in a fresh child process, so its peak memory is its own, and is
timed, after a warm-up event of two outlets (imports and word lists load once
per process), in CPU seconds (``time.process_time``: what the work costs, whatever
else the machine runs) per stage: ``load`` (reading the files, and what
``compare`` does before aligning), ``align``, ``comparators`` (every
comparator), ``markdown`` (``to_markdown``), ``page`` (``to_html``); then the
total, the wall time of the same work, and the peak RSS. ``--repeat`` runs
each N that many times and prints medians. The last column is the total's
multiple of the 10-outlet total: near-linear growth keeps it near N / 10. ``distinct`` counts the
distinct sentence texts: a cost that follows the wire copy (each distinct sentence read once) grows
as they do, 132 at 10 outlets and 668 at 100 (5.1x): the floor of that multiple.

Run: ``python bench/outlets_scale.py [--outlets 2 10 30 100 300] [--repeat 3] [--detail] [--agreement]``
(``--detail`` adds a column per comparator). About two minutes with the defaults.
``--agreement`` prints instead how the alignment that aligns wire copies once (events of more
than :data:`framing.align.units.COPIES_ABOVE` outlets) agrees with aligning every sentence.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BASIL = Path(os.environ.get("FRAMING_BASIL", ROOT.parent / "shared" / "data" / "basil" / "articles"))
EVENT = "2013/526cabb7-02a3-4adb-8e90-ec781c40c498"
BASE = f"{EVENT}_2.json"  # 36 body sentences
SIBLINGS = (f"{EVENT}_1.json", f"{EVENT}_3.json")
UNRELATED = "2010/38f7cbb7-5d6a-4c89-bcbd-8e164144172a_1.json"
STAGES = ("load", "align", "comparators", "markdown", "page")


def _paragraphs(name: str) -> tuple[str, list[list[str]]]:
    record = json.loads((BASIL / name).read_text(encoding="utf-8"))
    paragraphs = [[" ".join(s.split()) for s in (p if isinstance(p, list) else [p]) if s.strip()]
                  for p in record["body-paragraphs"]]
    paragraphs = [p for p in paragraphs if p]
    title = record.get("title") or paragraphs[0][0]
    if paragraphs and paragraphs[0] == [title]:
        paragraphs = paragraphs[1:]  # BASIL repeats the headline as the first paragraph
    return title, paragraphs


def _edit(sentence: str, rng: random.Random) -> str:
    """A sentence as another desk edits it: a word dropped, two swapped, or a figure changed."""
    words = sentence.split()
    choice = rng.randrange(3)
    figures = [n for n, w in enumerate(words) if re.search(r"\d", w)]
    if choice == 2 and figures:
        n = rng.choice(figures)
        words[n] = re.sub(r"\d+", lambda m: str(int(m.group()) + rng.randrange(1, 9)), words[n], count=1)
    elif choice == 1 and len(words) > 4:
        n = rng.randrange(1, len(words) - 2)
        words[n], words[n + 1] = words[n + 1], words[n]
    elif len(words) > 4:
        del words[rng.randrange(1, len(words) - 1)]
    return " ".join(words)


def variant(k: int) -> str:
    """Outlet k's article (the same text whatever the number of outlets)."""
    rng = random.Random(f"outlet-{k}")
    title, paragraphs = _paragraphs(BASE)
    own = [s for name in (*SIBLINGS, UNRELATED) for p in _paragraphs(name)[1] for s in p]
    out: list[str] = []
    for paragraph in paragraphs:
        kept = []
        for sentence in paragraph:
            roll = rng.random()
            if roll < 0.1:
                continue  # dropped
            kept.append(_edit(sentence, rng) if roll < 0.3 else sentence)
        if kept:
            out.append(" ".join(kept))
    for _ in range(rng.randrange(2, 4)):
        out.insert(rng.randrange(1, len(out) + 1), rng.choice(own))
    headline = title if rng.random() < 0.5 else _edit(title, rng)
    return f"{headline}\n\n" + "\n\n".join(out) + "\n"


def _child(folder: str) -> None:
    """Run every stage on the event in ``folder``; print the figures as JSON."""
    import framing

    # warm: imports, word lists and models load once per process, not per event
    # (on another event's articles, so no cache holds this event's words)
    warm = [framing.Article.from_text(f"{title}\n\n" + "\n\n".join(" ".join(p) for p in paragraphs), id=name)
            for name in (UNRELATED, "2010/38f7cbb7-5d6a-4c89-bcbd-8e164144172a_2.json")
            for title, paragraphs in [_paragraphs(name)]]
    framing.compare(warm).to_html()
    cpu: dict[str, float] = {}
    start_cpu, start_wall = time.process_time(), time.perf_counter()
    at = start_cpu
    paths = sorted(Path(folder).glob("*.txt"))
    articles = [framing.load(p) for p in paths]
    stage = "load"
    detail: dict[str, float] = {}

    def progress(line: str) -> None:
        nonlocal at, stage
        now = time.process_time()
        cpu[stage] = cpu.get(stage, 0.0) + now - at
        if stage not in STAGES:
            detail[stage] = now - at
        at = now
        stage = "align" if line.startswith("aligning") else line

    comparison = framing.compare(articles, progress=progress)
    progress("markdown")
    comparators = sum(v for k, v in cpu.items() if k not in STAGES)
    cpu = {k: v for k, v in cpu.items() if k in STAGES}
    cpu["comparators"] = comparators
    comparison.to_markdown()
    progress("page")
    comparison.to_html()
    cpu["page"] = time.process_time() - at
    wall = time.perf_counter() - start_wall
    sentences = sum(len(a.body) for a in comparison.articles)
    distinct = len({s.text for a in comparison.articles for s in a.body})
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"cpu": cpu, "detail": detail, "wall": wall, "peak": peak, "sentences": sentences,
                      "distinct": distinct, "units": len(comparison.alignment.units)}))


def agreement(n: int) -> str:
    """How the alignment of ``n`` outlets, wire copies aligned once (:data:`framing.align.units.COPIES_ABOVE`),
    agrees with the sentence-by-sentence one: precision and recall of the sentence pairs it puts in
    one unit, and the sentences each calls one outlet's own."""
    import importlib
    from itertools import combinations

    import framing

    aligner = importlib.import_module("framing.align.units")
    articles = [framing.Article.from_text(variant(k), id=f"outlet-{k:04d}") for k in range(n)]

    def pairs(alignment: framing.Alignment) -> set:  # type: ignore[type-arg]
        return {p for u in alignment.units
                for p in combinations(sorted((a, i) for a, idx in u.members.items() for i in idx), 2)}

    def alone(alignment: framing.Alignment) -> set:  # type: ignore[type-arg]
        return {(a, i) for u in alignment.units if not u.shared for a, idx in u.members.items() for i in idx}

    once = aligner.align(articles)
    saved, aligner.COPIES_ABOVE = aligner.COPIES_ABOVE, 10**9
    try:
        every = aligner.align(articles)
    finally:
        aligner.COPIES_ABOVE = saved
    po, pe = pairs(once), pairs(every)
    ao, ae = alone(once), alone(every)
    return (f"| {n} | {len(every.units)} | {len(once.units)} | {len(po & pe) / max(len(po), 1):.3f} | "
            f"{len(po & pe) / max(len(pe), 1):.3f} | {len(ae)} | {len(ao)} | {len(ao & ae)} |")


def _run(folder: Path) -> dict:
    out = subprocess.run([sys.executable, __file__, "--child", str(folder)], check=True, capture_output=True,
                         text=True, env={**os.environ, "PYTHONHASHSEED": "0"})
    result: dict = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--outlets", type=int, nargs="+", default=[2, 10, 30, 100, 300])
    parser.add_argument("--repeat", type=int, default=3, help="runs per size below 100 outlets (medians)")
    parser.add_argument("--repeat-large", type=int, default=1, help="runs per size of 100 outlets or more")
    parser.add_argument("--detail", action="store_true", help="a column per comparator")
    parser.add_argument("--agreement", action="store_true",
                        help="instead: how aligning wire copies once agrees with aligning every sentence")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        _child(args.child)
        return
    if args.agreement:
        print("| outlets | units, every sentence | units, copies once | same-unit pairs P | R "
              "| own sentences, every | copies once | both |\n|---|---|---|---|---|---|---|---|")
        for n in args.outlets:
            print(agreement(n), flush=True)
        return
    if not (BASIL / BASE).exists():
        raise SystemExit(f"no BASIL article {BASIL / BASE} (set FRAMING_BASIL)")
    rows = []
    totals: dict[int, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for n in args.outlets:
            folder = Path(tmp) / f"event-{n}"
            folder.mkdir()
            for k in range(n):
                (folder / f"outlet-{k:04d}.txt").write_text(variant(k), encoding="utf-8")
            runs = [_run(folder) for _ in range(args.repeat if n < 100 else args.repeat_large)]

            def median(get, runs=runs):  # type: ignore[no-untyped-def]
                return statistics.median(get(r) for r in runs)

            stages = {s: median(lambda r, s=s: r["cpu"].get(s, 0.0)) for s in STAGES}
            total = median(lambda r: sum(r["cpu"].values()))
            totals[n] = total
            first = runs[0]
            row = [n, first["sentences"], first["distinct"], first["units"], *(f"{stages[s]:.2f}" for s in STAGES)]
            if args.detail:
                names = list(runs[0]["detail"])
                row += [" ".join(f"{k[:4]} {median(lambda r, k=k: r['detail'][k]):.2f}" for k in names)]
            row += [f"{total:.2f}", f"{median(lambda r: r['wall']):.2f}", f"{median(lambda r: r['peak']):.0f}",
                    f"{total / totals[10]:.1f}x" if 10 in totals else ""]
            rows.append(row)
            print(f"  {n} outlets: {total:.2f} s CPU", file=sys.stderr)
    header = ["outlets", "sentences", "distinct", "units", *(f"{s} CPU s" for s in STAGES)]
    if args.detail:
        header.append("per comparator CPU s")
    header += ["total CPU s", "wall s", "peak MB", "x 10 outlets"]
    print(f"CPU seconds per stage (medians of {args.repeat} runs below 100 outlets, {args.repeat_large} above)\n")
    print("| " + " | ".join(header) + " |")
    print("|" + "|".join("---" for _ in header) + "|")
    for row in rows:
        print("| " + " | ".join(str(x) for x in row) + " |")


if __name__ == "__main__":
    main()
