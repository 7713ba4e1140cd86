"""How the aligner's cost grows with article length, on real sentences.

Two articles of N sentences each (N = 1k, 4k, 16k). A's sentences are real
news sentences (BASIL and MSRP, from ../shared/data, never copied into the
project); since those run out at the larger sizes, each is spliced from the
first part of one real sentence and the last part of another, so every
sentence is unique and the vocabulary stays real. Half of B's sentences are
perturbed copies of A's (a word dropped, two words swapped, case changed),
the other half other sentences; B is shuffled. Seeded: the same run every time.

Prints the CPU time of ``align`` (``time.process_time``: what the work costs,
whatever else the machine runs; the median of ``--repeat`` runs, 3 by default)
with the wall time of the median run beside it, growth against the previous
size, and the recall of the copied pairs (copy and original in one unit), plus a naive all-pairs difflib
baseline (``SequenceMatcher(autojunk=False).ratio()`` on every pair) at the
smallest size, measured in the same run on a sample of A's rows and scaled
to all rows (``--full-baseline`` times every pair; about 3 minutes).

Run: ``python bench/align_scale.py [--full-baseline] [--repeat N]``
"""

from __future__ import annotations

import difflib
import json
import random
import sys
import time
from pathlib import Path
from typing import Any

from tabulate import tabulate

from framing.align.links import _candidates, _weights
from framing.align.similarity import profile, similarity
from framing.align.units import align
from framing.io.article import Article, Block, assemble
from framing.text.normalise import key

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"
SIZES = (1_000, 4_000, 16_000)
BASELINE_ROWS = 100


def real_sentences() -> list[str]:
    found: dict[str, str] = {}
    for path in sorted((DATA / "basil" / "articles").glob("*/*.json")):
        record = json.loads(path.read_text(encoding="utf-8"))
        for paragraph in record["body-paragraphs"]:
            for s in paragraph:
                found.setdefault(key(s), " ".join(s.split()))
    lines = (DATA / "msrp" / "train.tsv").read_text(encoding="utf-8").splitlines()[1:]
    for line in lines:
        # one sentence of each MSRP pair: its twin would be a genuine match of
        # an unrelated sentence, and such matches grow faster than N
        s = line.split("\t")[3]
        found.setdefault(key(s), " ".join(s.split()))
    return [s for s in found.values() if 8 <= len(s.split()) <= 60]


def sources(pool: list[str], rng: random.Random) -> list[str]:
    """Distinct sentences: every real one once, then splices, each half used once.

    Real sentences come first, so up to len(pool) sentences no two share any
    half; beyond that, the head of one sentence is joined to the tail of
    another, each head and each tail used once per round. (The first version
    drew halves with replacement from the start, so at larger N many
    sentences shared a half: genuine matches that grew faster than N and
    inflated the time ratio.)
    """
    out = list(pool)
    rng.shuffle(out)
    taken = {key(s) for s in out}
    for _ in range(3):
        heads, tails = list(pool), list(pool)
        rng.shuffle(heads)
        rng.shuffle(tails)
        for h, t in zip(heads, tails, strict=True):
            head, tail = h.split(), t.split()
            text = " ".join(head[: len(head) // 2] + tail[len(tail) // 2 :])
            if key(text) not in taken:
                taken.add(key(text))
                out.append(text)
    return out


def perturb(text: str, rng: random.Random) -> str:
    words = text.split()
    if len(words) > 6:
        del words[rng.randrange(1, len(words))]
    i = rng.randrange(1, len(words) - 1)
    words[i], words[i + 1] = words[i + 1], words[i]
    words[0] = words[0].upper() if rng.random() < 0.5 else words[0].lower()
    return " ".join(words)


def article(sentences: list[str], id: str) -> Article:
    # one sentence per paragraph, handed over pre-split (as BASIL is read)
    text = "\n\n".join(sentences)
    blocks, start = [], 0
    for s in sentences:
        blocks.append(Block(start, start + len(s), sentences=[(start, start + len(s))]))
        start += len(s) + 2
    return assemble(text, blocks, id=id, sniff_title=False)


def case(pool: list[str], size: int, seed: int) -> tuple[Article, Article, list[tuple[int, int]]]:
    rng = random.Random(seed)
    distinct = sources(pool, rng)
    a, others = distinct[:size], distinct[size : size + size - size // 2]
    copied = rng.sample(range(size), size // 2)
    b_items = [(perturb(a[i], rng), i) for i in copied] + [(s, -1) for s in others]
    rng.shuffle(b_items)
    first, second = article(a, "a"), article([s for s, _ in b_items], "b")
    assert len(first.sentences) == size and len(second.sentences) == size
    content_a = {s.index for s in first.body}
    content_b = {s.index for s in second.body}
    # the rare sentence that reads as furniture (a "By ..." line) is not aligned
    pairs = [
        (i, j)
        for j, (_, i) in enumerate(b_items)
        if i >= 0 and i in content_a and j in content_b
    ]
    return first, second, pairs


def count_candidates(a: Article, b: Article) -> int:
    """Candidate pairs the index hands to the scorer (what align's cost grows with)."""
    nodes = [(x.id, s.index) for x in (a, b) for s in x.body]
    profiles = [profile(s.text) for x in (a, b) for s in x.body]
    return sum(1 for _ in _candidates(profiles, _weights(profiles, 2), nodes, 2))


def naive(a: Article, b: Article, rows: int) -> float:
    keys_a = [key(s.text) for s in a.body][:rows]
    keys_b = [key(s.text) for s in b.body]
    started = time.process_time()
    for x in keys_a:
        for y in keys_b:
            difflib.SequenceMatcher(None, x, y, autojunk=False).ratio()
    return time.process_time() - started


def timed(a: Article, b: Article, repeat: int) -> tuple[float, float, Any]:
    """``(CPU seconds, wall seconds, alignment)`` of the median of ``repeat`` runs of ``align``."""
    runs = []
    for _ in range(repeat):
        wall, cpu = time.perf_counter(), time.process_time()
        alignment = align([a, b])
        runs.append((time.process_time() - cpu, time.perf_counter() - wall, alignment))
    runs.sort(key=lambda r: r[0])
    return runs[len(runs) // 2]


def main() -> int:
    if not DATA.is_dir():
        print(f"no evaluation data at {DATA}", file=sys.stderr)
        return 1
    full = "--full-baseline" in sys.argv[1:]
    repeat = int(sys.argv[sys.argv.index("--repeat") + 1]) if "--repeat" in sys.argv[1:] else 3
    pool = real_sentences()
    similarity("warm up", "the word list")  # loads wordfreq's table outside the timings
    rows, previous, at_small = [], None, 0.0
    for size in SIZES:
        a, b, pairs = case(pool, size, seed=size)
        elapsed, wall, alignment = timed(a, b, repeat)
        found = sum(
            alignment.unit_of("a", i) is alignment.unit_of("b", j)
            for i, j in pairs
        )
        growth = f"{elapsed / previous:.2f}x" if previous else ""
        candidates = count_candidates(a, b)
        rows.append([f"{size:,}", f"{elapsed:.2f}", f"{wall:.2f}", growth, f"{found / len(pairs):.4f}",
                     sum(u.shared for u in alignment.units),
                     f"{candidates / (2 * size):.2f}"])
        previous = elapsed
        if size == SIZES[0]:
            at_small = elapsed
            sample = size if full else BASELINE_ROWS
            baseline = naive(a, b, sample) * size / sample
    print("align() on two articles of N sentences each (half of B copies of A, perturbed)\n")
    print(f"CPU seconds: the median of {repeat} runs; wall seconds: that run's\n")
    print(tabulate(rows, headers=["N", "CPU seconds", "wall seconds", "vs N/4", "copied-pair recall",
                                  "shared units", "candidate pairs / sentence"], tablefmt="github"))
    how = "every pair timed" if full else f"{BASELINE_ROWS} of {SIZES[0]} rows timed, scaled"
    print(f"\nNaive all-pairs difflib at N={SIZES[0]:,} ({how}): {baseline:.1f} s; "
          f"align: {at_small:.3f} s (CPU time, both); speed-up {baseline / at_small:.0f}x (goal >= 500x)")
    print("Goals: 4x the sentences costs at most 5x the time; copied-pair recall >= 0.99.")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
