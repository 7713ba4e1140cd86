"""Making any text safe inside a GitHub-flavoured Markdown table cell.

tabulate escapes nothing, so article text goes through :func:`cell` first:
it can then neither break the table (``|``, newlines, CR), add rows, nor
become live markup (HTML tags, links, images, emphasis, code spans) when the
report is rendered; bidirectional overrides and zero-width characters are
shown as ``U+XXXX`` so a reader sees that they were there.

>>> cell("a | b\\nc")
'a \\\\| b c'
>>> cell("<script>alert(1)</script>")
'&lt;script&gt;alert(1)&lt;/script&gt;'
>>> cell("[x](javascript:alert(1))")
'\\\\[x\\\\](javascript:alert(1))'
>>> cell("x" * 30, limit=10)
'xxxxxxxxx…'
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

__all__ = ["INVISIBLE", "MAX_TABLE_LINE", "cell", "count", "few", "shorten", "table"]

def count(n: int, noun: str) -> str:
    """``1 unit``, ``2,000 units``: a number and its noun, as every report writes them.

    >>> count(1, "unit"), count(2000, "unit")
    ('1 unit', '2,000 units')
    """
    return f"{n:,} {noun}" if n == 1 else f"{n:,} {noun}s"


MAX_TABLE_LINE = 400
"""Widest table line :func:`table` writes: the widest columns are shortened first."""
MIN_COLUMN = 12
"""Narrowest a column is shortened to (a table of many outlets may then stay wider)."""

INVISIBLE = re.compile(r"[\u00ad\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_LINEBREAK = re.compile(r"\s*(?:\r\n|[\n\r\v\f\x1c-\x1e\x85\u2028\u2029])\s*")
# Characters with a Markdown meaning inside a cell; a backslash keeps them
# visible and inert. "|" too: GFM splits cells on it. Without "[" and "]"
# there is no link or image, so "(" and ")" can stay as written.
_MARKDOWN = re.compile(r"([\\`*_\[\]!|~$])")
# GFM's extended autolinks ("https://...", "www....", "a@b.c"): a backslash before the ":" or
# the "." or the "@" keeps them text, so a shortened cell can never be a
# live link to a cut host. "$" is escaped for renderers that read $...$ as math.
_AUTOLINK = re.compile(r"(?i)\b(https?|ftp|mailto)(:)|\b(www)(\.)|(?<=[\w.+-])()(@)(?=[\w-]+\.\w)")


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


def cell(value: object, *, limit: int | None = None) -> str:
    """Escape ``value`` (any object, shown with ``str``) for one table cell.

    ``limit`` shortens long text to that many characters with an ellipsis.
    """
    text = "" if value is None else str(value)
    text = _LINEBREAK.sub(" ", text)
    text = INVISIBLE.sub(lambda m: f"U+{ord(m.group()):04X}", text)
    text = _CONTROL.sub("\N{REPLACEMENT CHARACTER}", text)
    text = text.replace("\t", " ")
    if limit is not None and len(text) > limit:
        text = text[: max(limit - 1, 0)].rstrip() + "…"
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    text = _MARKDOWN.sub(r"\\\1", text)
    text = _AUTOLINK.sub(lambda m: f"{m.group(1) or m.group(3) or ''}\\{m.group(2) or m.group(4) or m.group(6)}",
                         text)
    # A cell that is only spaces or starts/ends with "-"/":" is fine for GFM;
    # an empty cell stays empty.
    return text.strip()


def table(headers: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    """A GitHub Markdown table of escaped cells (numbers are kept as written).

    >>> print(table(["a", "b"], [["1|2", "007"]]))
    | a    | b   |
    |------|-----|
    | 1\\|2 | 007 |
    """
    from tabulate import tabulate

    body = [[cell(v) for v in row] for row in rows]
    heads = [cell(h) for h in headers]
    limit = MAX_TABLE_LINE
    while True:
        _fit(heads, body, limit)
        out: str = tabulate(body, headers=heads, tablefmt="github", disable_numparse=True)
        widest = max(len(line) for line in out.splitlines())
        # tabulate pads some columns beyond their cells: aim lower by what it added
        if widest <= MAX_TABLE_LINE or limit <= 0:
            return out
        narrower = limit - (widest - MAX_TABLE_LINE)
        if not _fit(heads, body, narrower):
            return out  # every column at its narrowest
        limit = narrower


def _fit(headers: list[str], body: list[list[str]], limit: int) -> bool:
    """Shorten the widest column's cells, in turn, until a table line fits ``limit``; whether any was cut.

    tabulate pads every cell to its column's widest, so one long cell widens
    every line; cutting the widest column first keeps evidence columns (short)
    whole. Cells are cut on escaped text, never inside an escape.
    """
    if not body:
        return False
    ncols = len(headers)
    cut = False

    def width(j: int) -> int:
        return max([len(headers[j]), *(len(r[j]) for r in body if j < len(r))])

    widths = [width(j) for j in range(ncols)]
    total = sum(widths) + 3 * ncols + 1  # "| " before each cell, " |" closing
    while total > limit:
        j = max(range(ncols), key=lambda k: (widths[k], -k))
        target = max(MIN_COLUMN, len(headers[j]), widths[j] - (total - limit))
        if target >= widths[j]:
            return cut  # nothing left to cut: many columns at their narrowest
        for r in body:
            if j < len(r) and len(r[j]) > target:
                r[j] = _cut(r[j], target)
                cut = True
        widths[j] = width(j)
        total = sum(widths) + 3 * ncols + 1
    return cut


def _cut(text: str, limit: int) -> str:
    """``text`` (escaped) cut to ``limit`` characters with an ellipsis, not inside an escape."""
    cut = text[: limit - 1]
    # never leave half of "\\|" or "&amp;": back off to before it
    if (len(cut) - len(cut.rstrip("\\"))) % 2:
        cut = cut[:-1]
    amp = cut.rfind("&")
    if amp != -1 and ";" not in cut[amp:]:
        cut = cut[:amp]
    return cut.rstrip() + "…"
