"""Fuzz the loaders: any bytes, under any supported suffix, load or raise LoadError.

Run: python fuzz/fuzz_load.py -max_total_time=300 fuzz/corpus/load
"""

from __future__ import annotations

import os
import sys
import tempfile

import atheris

with atheris.instrument_imports(include=["framing"]):
    import framing
    from framing.errors import LoadError
    from framing.io.readers import SUFFIXES

_DIR = tempfile.mkdtemp(prefix="framing-fuzz-load-")


def check(data: bytes) -> None:
    fdp = atheris.FuzzedDataProvider(data)
    suffix = SUFFIXES[fdp.ConsumeIntInRange(0, len(SUFFIXES) - 1)]
    raw = fdp.ConsumeBytes(fdp.remaining_bytes())
    path = os.path.join(_DIR, f"input{suffix}")
    with open(path, "wb") as fh:
        fh.write(raw)
    try:
        articles = framing.load_all(path)
    except LoadError as exc:
        assert "\n" not in str(exc), str(exc)
        return
    for a in articles:
        for s in a.sentences:
            assert a.text[s.start : s.end] == s.text, (a.id, s)
        for p in a.paragraphs:
            assert a.text[p.start : p.end] == p.text, (a.id, p)


def main() -> None:
    atheris.Setup(sys.argv, check)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
