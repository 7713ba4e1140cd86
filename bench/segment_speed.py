"""Sentence segmentation speed on real news text (BASIL), and linearity on one long paragraph.

Run: python bench/segment_speed.py   (reads ../shared/data/basil; prints a table)
"""

from __future__ import annotations

import json
import time
from pathlib import Path

from framing.text.segment import paragraph_spans, sentence_spans

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "basil" / "articles"


def basil_text() -> str:
    paragraphs = []
    for path in sorted(DATA.glob("*/*.json")):
        record = json.loads(path.read_text(encoding="utf-8"))
        paragraphs += [" ".join(p) for p in record["body-paragraphs"]]
    return "\n".join(paragraphs)


def timed(text: str) -> tuple[int, float]:
    start = time.perf_counter()
    n = sum(len(sentence_spans(text, s, e)) for s, e in paragraph_spans(text))
    return n, time.perf_counter() - start


def main() -> None:
    text = basil_text()
    big = "\n".join([text] * max(1, round(1_000_000 / len(text))))
    rows = [("BASIL, one paragraph per line", len(big), *timed(big))]
    one_line = big.replace("\n", " ")
    for size in (100_000, 400_000, 1_600_000):
        piece = (one_line * (size // len(one_line) + 1))[:size]
        rows.append((f"one long paragraph, {size // 1000} KB", size, *timed(piece)))
    nopunct = "word " * 200_000
    rows.append(("1 MB paragraph without punctuation", len(nopunct), *timed(nopunct)))
    print(f"{'input':40} {'chars':>10} {'sentences':>10} {'seconds':>8} {'sent/s':>10}")
    for name, chars, n, secs in rows:
        print(f"{name:40} {chars:>10} {n:>10} {secs:>8.3f} {n / secs:>10.0f}")


if __name__ == "__main__":
    main()
