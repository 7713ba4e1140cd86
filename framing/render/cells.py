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

__all__ = ["cell", "shorten", "table"]

_INVISIBLE = re.compile(r"[\u00ad\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_LINEBREAK = re.compile(r"\s*(?:\r\n|[\n\r\v\f\x1c-\x1e\x85\u2028\u2029])\s*")
# Characters with a Markdown meaning inside a cell; a backslash keeps them
# visible and inert. "|" too: GFM splits cells on it. Without "[" and "]"
# there is no link or image, so "(" and ")" can stay as written.
_MARKDOWN = re.compile(r"([\\`*_\[\]!|~])")


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
    text = _INVISIBLE.sub(lambda m: f"U+{ord(m.group()):04X}", text)
    text = _CONTROL.sub("\N{REPLACEMENT CHARACTER}", text)
    text = text.replace("\t", " ")
    if limit is not None and len(text) > limit:
        text = text[: max(limit - 1, 0)].rstrip() + "…"
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    text = _MARKDOWN.sub(r"\\\1", text)
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
    out: str = tabulate(
        body,
        headers=[cell(h) for h in headers],
        tablefmt="github",
        disable_numparse=True,
    )
    return out
