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


def window(text: str, other: str, limit: int) -> str:
    """``text`` shortened to ``limit`` characters around the longest run of words it shares with
    ``other`` (compared case-folded, without punctuation), with ellipses where it is cut: what two
    wordings of one statement have in common, shown in each.

    >>> window("It has just been reported that he died. He was obviously killed by Putin, like others.",
    ...        "It is obvious that he was killed by Putin.", 40)
    '…was obviously killed by Putin, like…'
    """
    import difflib

    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    spans = [m.span() for m in re.finditer(r"\S+", text)]
    def keys(t: str) -> list[str]:
        return [re.sub(r"[^\w]", "", w.casefold()) for w in t.split()]
    mine = keys(text)
    block = difflib.SequenceMatcher(None, mine, keys(other), autojunk=False).find_longest_match(
        0, len(mine), 0, len(keys(other)))
    if block.size == 0:
        return shorten(text, limit)
    # a few words before the shared run, then as much as fits
    first = max(0, block.a - 2)
    start = spans[first][0]
    end = start
    for _s, e in spans[first:]:
        if e - start > limit - 2:
            break
        end = e
    if end == start:  # one word longer than the limit
        return shorten(text[start:], limit)
    return ("…" if start > 0 else "") + text[start:end] + ("…" if end < len(text) else "")


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
