"""How the aligner's cost grows with article length, on real sentences.

Two articles of N sentences each (N = 1k, 4k, 16k). A's sentences are real
news sentences (BASIL and MSRP, from ../shared/data, never copied into the
project); since those run out at the larger sizes, each is spliced from the
first part of one real sentence and the last part of another, so every
sentence is unique and the vocabulary stays real. Half of B's sentences are
perturbed copies of A's (a word dropped, two words swapped, case changed),
the other half other sentences; B is shuffled. Seeded: the same run every time.

Prints time, growth against the previous size, and the recall of the copied
pairs (copy and original in one unit), plus a naive all-pairs difflib
baseline (``SequenceMatcher(autojunk=False).ratio()`` on every pair) at the
smallest size, measured in the same run on a sample of A's rows and scaled
to all rows (``--full-baseline`` times every pair; about 3 minutes).

Run: ``python bench/align_scale.py [--full-baseline]``
"""

from __future__ import annotations

import difflib
import json
import random
import sys
import time
from pathlib import Path

from tabulate import tabulate

from framing.align import align
from framing.article import Article, Block, assemble
from framing.similarity import similarity
from framing.text import key

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
        for s in line.split("\t")[3:5]:
            found.setdefault(key(s), " ".join(s.split()))
    return [s for s in found.values() if 8 <= len(s.split()) <= 60]


def spliced(pool: list[str], count: int, rng: random.Random, taken: set[str]) -> list[str]:
    out: list[str] = []
    while len(out) < count:
        head, tail = rng.choice(pool).split(), rng.choice(pool).split()
        text = " ".join(head[: len(head) // 2] + tail[len(tail) // 2 :])
        k = key(text)
        if k not in taken:
            taken.add(k)
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
    taken: set[str] = set()
    a = spliced(pool, size, rng, taken)
    others = spliced(pool, size - size // 2, rng, taken)
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


def naive(a: Article, b: Article, rows: int) -> float:
    keys_a = [key(s.text) for s in a.body][:rows]
    keys_b = [key(s.text) for s in b.body]
    started = time.perf_counter()
    for x in keys_a:
        for y in keys_b:
            difflib.SequenceMatcher(None, x, y, autojunk=False).ratio()
    return time.perf_counter() - started


def main() -> int:
    if not DATA.is_dir():
        print(f"no evaluation data at {DATA}", file=sys.stderr)
        return 1
    full = "--full-baseline" in sys.argv[1:]
    pool = real_sentences()
    similarity("warm up", "the word list")  # loads wordfreq's table outside the timings
    rows, previous, at_small = [], None, 0.0
    for size in SIZES:
        a, b, pairs = case(pool, size, seed=size)
        started = time.perf_counter()
        alignment = align([a, b])
        elapsed = time.perf_counter() - started
        found = sum(
            alignment.unit_of("a", i) is alignment.unit_of("b", j)
            for i, j in pairs
        )
        growth = f"{elapsed / previous:.2f}x" if previous else ""
        rows.append([f"{size:,}", f"{elapsed:.2f}", growth, f"{found / len(pairs):.4f}",
                     sum(u.shared for u in alignment.units)])
        previous = elapsed
        if size == SIZES[0]:
            at_small = elapsed
            sample = size if full else BASELINE_ROWS
            baseline = naive(a, b, sample) * size / sample
    print("align() on two articles of N sentences each (half of B copies of A, perturbed)\n")
    print(tabulate(rows, headers=["N", "seconds", "vs N/4", "copied-pair recall",
                                  "shared units"], tablefmt="github"))
    how = "every pair timed" if full else f"{BASELINE_ROWS} of {SIZES[0]} rows timed, scaled"
    print(f"\nNaive all-pairs difflib at N={SIZES[0]:,} ({how}): {baseline:.1f} s; "
          f"align: {at_small:.3f} s; speed-up {baseline / at_small:.0f}x (goal >= 500x)")
    print("Goals: 4x the sentences costs at most 5x the time; copied-pair recall >= 0.99.")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
