"""Fuzz the segmenter: paragraph and sentence spans are ordered, stripped,
non-overlapping, bounded and cover every non-space character.

Run: python fuzz/fuzz_segment.py -max_total_time=300 fuzz/corpus/segment
"""

from __future__ import annotations

import sys

import atheris

with atheris.instrument_imports(include=["framing"]):
    from framing.text.segment import MAX_SENTENCE_CHARS, paragraph_spans, sentence_spans


def covered(text: str, spans: list[tuple[int, int]], start: int, end: int) -> None:
    """Spans are in order, stripped and non-empty, and hold every non-space of text[start:end]."""
    pos = start
    for s, e in spans:
        assert start <= pos <= s < e <= end, (spans, start, end)
        assert not text[s].isspace() and not text[e - 1].isspace(), (s, e)
        assert not text[pos:s].strip(), ("lost text", pos, s)
        pos = e
    assert not text[pos:end].strip(), ("lost tail", pos, end)


def check(data: bytes) -> None:
    fdp = atheris.FuzzedDataProvider(data)
    text = fdp.ConsumeUnicodeNoSurrogates(fdp.remaining_bytes())
    paragraphs = paragraph_spans(text)
    covered(text, paragraphs, 0, len(text))
    for ps, pe in paragraphs:
        sentences = sentence_spans(text, ps, pe)
        covered(text, sentences, ps, pe)
        for s, e in sentences:
            assert e - s <= MAX_SENTENCE_CHARS, (s, e)


def main() -> None:
    atheris.Setup(sys.argv, check)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
