"""Memory of readability over many distinct ~1 MB texts in one process.

Run: python bench/readability_memory.py [--n 200] [--size 1000000] [--mode adapter|textstat|both]

Each mode runs in its own child process and prints its resident set size
(VmRSS, Linux) and peak RSS after 1, 20, 50, 100, 150 and N texts.

* ``adapter``: :func:`framing.extract.readability.readability_of_text`, which empties
  textstat's text-keyed caches and pyphen's word memo after each call.
* ``textstat``: the seven textstat metric functions called directly, for
  comparison. textstat's default en_US path needs NLTK's CMUdict (a
  download), so this mode uses language "en-US", which textstat routes to its
  pyphen-only path (its caches are the same either way).

Texts are made of random pseudo-words (seeded by text number), so every text,
and most of its vocabulary, is new: the worst case for per-text and per-word
caches.
"""

from __future__ import annotations

import argparse
import random
import resource
import subprocess
import sys
import time
import warnings

CHECKPOINTS = (1, 20, 50, 100, 150)


def make_text(index: int, size: int) -> str:
    """A distinct text of about ``size`` characters: sentences of pseudo-words in paragraphs."""
    rng = random.Random(index)
    consonants, vowels = "bcdfghklmnprstvwz", "aeiou"
    parts: list[str] = []
    length = 0
    while length < size:
        words = [
            "".join(rng.choice(consonants) + rng.choice(vowels) for _ in range(rng.randint(1, 4)))
            for _ in range(rng.randint(6, 25))
        ]
        sentence = " ".join(words).capitalize() + rng.choice("..?!")
        parts.append(sentence + ("\n" if rng.random() < 0.2 else " "))
        length += len(parts[-1])
    return "".join(parts)


def rss_mb() -> tuple[float, float]:
    """(current, peak) resident set size in MB."""
    current = 0.0
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    current = int(line.split()[1]) / 1024
    except OSError:  # not Linux: report the peak only
        pass
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return current, peak


def run(mode: str, n: int, size: int) -> None:
    if mode == "adapter":
        from framing.extract.readability import readability_of_text

        def measure(text: str) -> None:
            readability_of_text(text)

    else:
        from textstat.backend import metrics

        warnings.simplefilter("ignore")  # "no easy words vocabulary for en-US, using english"
        lang = "en-US"

        def measure(text: str) -> None:
            metrics.flesch_reading_ease(text, lang)
            metrics.flesch_kincaid_grade(text, lang)
            metrics.gunning_fog(text, lang)
            metrics.smog_index(text, lang)
            metrics.coleman_liau_index(text)
            metrics.automated_readability_index(text)
            metrics.dale_chall_readability_score(text, lang)

    current, peak = rss_mb()
    print(f"{mode:>8}  texts={0:>4}  rss={current:7.0f} MB  peak={peak:7.0f} MB", flush=True)
    start = time.perf_counter()
    for i in range(1, n + 1):
        measure(make_text(i, size))
        if i in CHECKPOINTS or i == n:
            current, peak = rss_mb()
            took = time.perf_counter() - start
            print(
                f"{mode:>8}  texts={i:>4}  rss={current:7.0f} MB  peak={peak:7.0f} MB  {took:6.0f} s",
                flush=True,
            )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=200, help="number of distinct texts (default 200)")
    parser.add_argument("--size", type=int, default=1_000_000, help="characters per text (default 1 MB)")
    parser.add_argument("--mode", choices=["adapter", "textstat", "both"], default="adapter")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child or args.mode != "both":
        run(args.mode, args.n, args.size)
        return
    for mode in ("adapter", "textstat"):  # separate processes: separate heaps
        cmd = [sys.executable, __file__, "--child", "--mode", mode, "--n", str(args.n), "--size", str(args.size)]
        subprocess.run(cmd, check=True)


if __name__ == "__main__":
    main()
