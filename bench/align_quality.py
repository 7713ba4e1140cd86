"""How well the aligner's scorer and cut-off work, on real data written by others.

Reads ../shared/data (never copied into the project) and prints tables:

1. Scorer quality on MSRP train: ROC AUC of ``similarity`` and accuracy/F1 at
   the best threshold (a paraphrase question).
2. Linking at ``DEFAULT_CUTOFF`` (a coverage question): recall on QA-Align dev
   pairs that share facts, and the false-link rate on random sentence pairs
   from different BASIL events (seeded, so the figure is reproducible).
3. The seeds: the pairs that must and must not be linked in ``align``.

Run: ``python bench/align_quality.py``
"""

from __future__ import annotations

import csv
import json
import random
import sys
import time
from pathlib import Path

from tabulate import tabulate

from framing import load
from framing.align import align
from framing.similarity import DEFAULT_CUTOFF, similarity

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"
RANDOM_PAIRS = 20_000


def msrp() -> list[tuple[int, str, str]]:
    lines = (DATA / "msrp" / "train.tsv").read_text(encoding="utf-8").splitlines()[1:]
    rows = []
    for line in lines:
        quality, _, _, a, b = line.split("\t")
        rows.append((int(quality), a, b))
    return rows


def qa_align() -> list[tuple[int, str, str]]:
    with (DATA / "qa_align" / "dev.tsv").open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
        return [(int(r["n_qa_alignments"]), r["text_1"], r["text_2"]) for r in reader]


def basil_events() -> dict[str, list[list[str]]]:
    events: dict[str, list[list[str]]] = {}
    for path in sorted((DATA / "basil" / "articles").glob("*/*.json")):
        record = json.loads(path.read_text(encoding="utf-8"))
        sentences = [s for paragraph in record["body-paragraphs"] for s in paragraph]
        events.setdefault(record["triplet-uuid"], []).append(sentences)
    return events


def auc(positives: list[float], negatives: list[float]) -> float:
    """Mann-Whitney ROC AUC, ties counted half."""
    ranked = sorted([(v, 1) for v in positives] + [(v, 0) for v in negatives])
    rank_sum, i = 0.0, 0
    while i < len(ranked):
        j = i
        while j < len(ranked) and ranked[j][0] == ranked[i][0]:
            j += 1
        rank_sum += (i + j + 1) / 2 * sum(label for _, label in ranked[i:j])
        i = j
    n1, n0 = len(positives), len(negatives)
    return (rank_sum - n1 * (n1 + 1) / 2) / (n1 * n0)


def best_threshold(scores: list[float], labels: list[int]) -> tuple[float, float, float]:
    """(accuracy, F1, threshold) at the threshold with the best accuracy."""
    pairs = sorted(zip(scores, labels, strict=True), reverse=True)
    positives, total = sum(labels), len(labels)
    tp = fp = 0
    best = (0.0, 0.0, 0.0)
    i = 0
    while i < total:
        j = i
        while j < total and pairs[j][0] == pairs[i][0]:
            tp += pairs[j][1]
            fp += 1 - pairs[j][1]
            j += 1
        fn, tn = positives - tp, total - positives - fp
        accuracy = (tp + tn) / total
        if accuracy > best[0]:
            best = (accuracy, 2 * tp / (2 * tp + fp + fn), pairs[j - 1][0])
        i = j
    return best


def main() -> int:
    if not DATA.is_dir():
        print(f"no evaluation data at {DATA}", file=sys.stderr)
        return 1
    started = time.perf_counter()
    rows = msrp()
    scores = [similarity(a, b) for _, a, b in rows]
    labels = [q for q, _, _ in rows]
    area = auc([s for s, q in zip(scores, labels, strict=True) if q],
               [s for s, q in zip(scores, labels, strict=True) if not q])
    accuracy, f1, threshold = best_threshold(scores, labels)
    print(f"Scorer quality: MSRP train ({len(rows)} pairs, {sum(labels)} paraphrases)\n")
    print(tabulate(
        [["ROC AUC", f"{area:.3f}", ">= 0.80"],
         ["accuracy at best threshold", f"{100 * accuracy:.1f}", ">= 75"],
         ["F1 at that threshold", f"{100 * f1:.1f}", ">= 82.5"],
         ["best threshold", f"{threshold:.1f}", ""]],
        headers=["measure", "framing", "goal"], tablefmt="github"))

    qa = [(a, b) for n, a, b in qa_align() if n > 0]
    recall = sum(similarity(a, b) >= DEFAULT_CUTOFF for a, b in qa) / len(qa)
    events = basil_events()
    names = sorted(events)
    rng = random.Random(20240508)
    false_links = 0
    for _ in range(RANDOM_PAIRS):
        first, second = rng.sample(names, 2)
        a = rng.choice(rng.choice(events[first]))
        b = rng.choice(rng.choice(events[second]))
        false_links += similarity(a, b) >= DEFAULT_CUTOFF
    print(f"\nLinking at DEFAULT_CUTOFF = {DEFAULT_CUTOFF}\n")
    print(tabulate(
        [["QA-Align dev: pairs sharing facts that are linked", len(qa), f"{recall:.3f}",
          ">= 0.92"],
         ["BASIL: random cross-event pairs that are linked", RANDOM_PAIRS,
          f"{100 * false_links / RANDOM_PAIRS:.2f}%", "<= 0.5%"]],
        headers=["measure", "pairs", "framing", "goal"], tablefmt="github"))

    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    if len(seeds) == 2:
        articles = [load(p) for p in seeds]
        alignment = align(articles)
        texts = {(a.id, s.index): s.text for a in articles for s in a.sentences}

        def find(text: str) -> tuple[str, int]:
            return next(k for k, v in texts.items() if text in v)

        def linked(x: str, y: str) -> bool:
            first, second = find(x), find(y)
            return alignment.unit_of(*first) is alignment.unit_of(*second)

        def alone(x: str) -> bool:
            return not alignment.unit_of(*find(x)).shared

        checks = [
            ("shared quote linked", linked("Every second week you hear", "Every second week")),
            ("Kyiv has not asked: linked", linked("Authorities in Kyiv have not yet requested",
                                                 "Kyiv has not yet made such a request")),
            ("training mission: linked", linked("Seimas of the Republic of Lithuania has agreed",
                                               "prepared to send its soldiers on a training")),
            ("conscription detail unlinked", alone("subject to military conscription")),
            ("asylum detail unlinked", alone("not compatible with the EU's international")),
            ("NATO 'no boots' unlinked", alone("Corriere Della Sera")),
        ]
        print("\nSeeds (align on the two seed articles)\n")
        print(tabulate([[name, "yes" if ok else "NO"] for name, ok in checks],
                       headers=["check", "holds"], tablefmt="github"))
    print(f"\n({time.perf_counter() - started:.1f} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
