"""Plain-text phrasing every report shares: counts, short lists, shortened and quoted text.

No markup: the findings (:mod:`framing.findings`) are phrased with these, and
every output (Markdown, HTML, JSON, CSV) escapes the phrase its own way.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = ["count", "few", "quoted", "shorten"]


def count(n: int, noun: str) -> str:
    """``1 unit``, ``2,000 units``: a number and its noun, as every report writes them.

    >>> count(1, "unit"), count(2000, "unit")
    ('1 unit', '2,000 units')
    """
    return f"{n:,} {noun}" if n == 1 else f"{n:,} {noun}s"


def few(items: Sequence[str], limit: int) -> str:
    """At most ``limit`` items for one line, the rest counted.

    >>> few(["a", "b", "c"], 2), few(["a"], 2)
    ('a, b and 1 more', 'a')
    """
    shown = ", ".join(items[:limit])
    return shown + (f" and {len(items) - limit:,} more" if len(items) > limit else "")


def shorten(text: str, limit: int) -> str:
    """``text`` on one line (whitespace collapsed), cut to ``limit`` characters with an ellipsis.

    >>> shorten("a  long\\nline of text", 10)
    'a long li…'
    """
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


_MARKS = re.compile(r'["“”„«»]')


def quoted(text: str, limit: int | None = None) -> str:
    """``text`` set in curly quotation marks, on one line and shortened to ``limit``. A text
    that is one quote loses its own marks (else they would show doubled: “"Have you gone
    today?"”), as does one that opens a quote running on past it; marks inside become single
    ones, as a quote inside a quote is written.

    >>> quoted('"Have you gone today?"'), quoted('"This is a new round of escalating tensions.', 24)
    ('“Have you gone today?”', '“This is a new round of…”')
    >>> quoted('"This was a disaster," Hale said.'), quoted('It is unprecedented," Peskov added.')
    ('“‘This was a disaster,’ Hale said.”', '“It is unprecedented,’ Peskov added.”')
    """
    text = " ".join(text.split())
    marks = [m.start() for m in _MARKS.finditer(text)]
    if marks[:1] == [0] and (len(marks) == 1 or marks == [0, len(text) - 1]):
        text = text[1:-1] if len(marks) == 2 else text[1:]
    elif marks:
        text = _MARKS.sub(lambda m: "‘" if m.group() in "“„«" or (m.group() == '"' and (
            m.start() == 0 or text[m.start() - 1] in " ([{—–-")) else "’", text)
    return f"“{text if limit is None else shorten(text, limit)}”"
