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
from collections.abc import Callable, Iterable, Sequence

try:  # tabulate measures by display width when wcwidth is installed: so does _github
    from wcwidth import wcswidth as _wcswidth_of

    _wcswidth: Callable[[str], int] = _wcswidth_of
except ImportError:  # pragma: no cover
    _wcswidth = len

__all__ = ["INVISIBLE", "MAX_TABLE_LINE", "cell", "table"]

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
# What any step of cell() would change: line breaks, invisible and control characters, tabs, HTML and
# Markdown specials (_ASCII_TOUCHED, _WIDE_TOUCHED), and the start of an autolink (looser than _AUTOLINK:
# only a wider net). Text with none of them (most cells: words, figures, dashes, ellipses) is only
# shortened and stripped. Each is a plain character class or looked for only when its mark is there:
# one pattern of alternatives is tried at every character, and most cells would pay for that.
_ASCII_TOUCHED = re.compile(r"[\x00-\x1f\x7f&<>\\`*_\[\]!|~$]")
_WIDE_TOUCHED = re.compile(r"[\x80-\x9f\u00ad\u061c\u200b-\u200f\u202a-\u202e\u2028\u2029\u2060-\u2069\ufeff]")
_SCHEME = re.compile(r"(?i:https?|ftp|mailto):")
_AT = re.compile(r"[\w.+-]@")
_WWW = re.compile(r"(?i:www)\.")


def _touched(text: str) -> bool:
    """Whether any step of :func:`cell` past shortening could change ``text``."""
    return (_ASCII_TOUCHED.search(text) is not None
            or (not text.isascii() and _WIDE_TOUCHED.search(text) is not None)
            or (":" in text and _SCHEME.search(text) is not None)
            or ("@" in text and _AT.search(text) is not None)
            or ("." in text and _WWW.search(text) is not None))


def cell(value: object, *, limit: int | None = None) -> str:
    """Escape ``value`` (any object, shown with ``str``) for one table cell.

    ``limit`` shortens long text to that many characters with an ellipsis.
    """
    text = "" if value is None else str(value)
    if limit is None and len(text) <= _KEPT_LONGEST:
        # short cells (labels, outlet names, figures, yes/no) recur in every table: escaped once
        done = _KEPT.get(text)
        if done is None:
            if len(_KEPT) >= _KEPT_MOST:
                _KEPT.clear()
            done = _KEPT[text] = _escaped(text, None)
        return done
    return _escaped(text, limit)


_KEPT: dict[str, str] = {}
_KEPT_LONGEST = 40
"""Longest cell text whose escaped form is kept (longer ones are sentences, seldom met twice)."""
_KEPT_MOST = 1 << 12


def _escaped(text: str, limit: int | None) -> str:
    """:func:`cell` of ``text``, made afresh."""
    if not _touched(text):  # most cells: nothing below would change them
        if limit is not None and len(text) > limit:
            text = text[: max(limit - 1, 0)].rstrip() + "…"
        return text.strip()
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
        stuck = not _fit(heads, body, limit)
        out = _github(heads, body) if body and all(len(r) == len(heads) for r in body) else \
            tabulate(body, headers=heads, tablefmt="github", disable_numparse=True)
        widest = max(len(line) for line in out.splitlines())
        if widest <= MAX_TABLE_LINE or stuck:
            return out
        # tabulate measures cells by display width (wcwidth, when installed), so a cell of combining
        # marks pads its column beyond what _fit counted: aim lower by what it added. The limit falls
        # by at least one each time, so this ends (at the latest when nothing is left to cut).
        limit -= widest - MAX_TABLE_LINE


def _github(headers: Sequence[str], body: Sequence[Sequence[str]]) -> str:
    """What ``tabulate(body, headers, tablefmt="github", disable_numparse=True)`` writes, for a body of
    escaped cells (:func:`cell`: no line breaks, control characters or ANSI codes), every row as wide
    as the headers; made directly, without tabulate's per-cell type guessing.

    Widths are tabulate's: display widths by ``wcwidth.wcswidth`` when wcwidth is installed.

    >>> print(_github(["a", "bb"], [["1", "é…"], ["xyz", ""]]))
    | a   | bb   |
    |-----|------|
    | 1   | é…   |
    | xyz |      |
    """
    def width(text: str) -> int:  # an escaped ASCII cell has no control character: one column a character
        return len(text) if text.isascii() else _wcswidth(text)

    heads: list[str] = []
    columns: list[list[str]] = []
    rules: list[str] = []
    for j, h in enumerate(headers):
        strings = [r[j].strip() for r in body]
        widths = [width(s) for s in strings]
        head = width(h)
        most = max(*widths, head + _HEADER_PADDING)
        # pad to the widest display width, counting each cell's own characters beyond its width
        padded = [s.ljust(most - (w - len(s))) for s, w in zip(strings, widths, strict=True)]
        column = max(head + _HEADER_PADDING, *(width(p) for p in padded))
        heads.append(h.ljust(column + len(h) - head))
        columns.append(padded)
        rules.append("-" * (column + 2))
    lines = [("| " + " | ".join(heads) + " |").rstrip(), ("|" + "|".join(rules) + "|").rstrip()]
    lines += [("| " + " | ".join(row) + " |").rstrip() for row in zip(*columns, strict=True)]
    return "\n".join(lines)


# tabulate pads every header by at least this much (its MIN_PADDING): "unit" takes 6 characters.
_HEADER_PADDING = 2


def _fit(headers: list[str], body: list[list[str]], limit: int) -> bool:
    """Shorten the widest columns' cells, in turn, until a table line fits ``limit``; whether it does.

    tabulate pads every cell to its column's widest, and every header by two,
    so one long cell widens every line; cutting the widest column first keeps
    evidence columns (short) whole. A column's cells are never cut below
    ``MIN_COLUMN`` or its header; a column held at that floor is passed over
    for the next widest (a long outlet name must not stop the cutting of a long
    quote). Only when every cell is at its floor are long headers cut, all to
    one cap. Cells are cut on escaped text, never inside an escape.

    >>> body = [["C1", "x" * 500]]
    >>> _fit(["unit", "text"], body, 40), len(body[0][1])
    (True, 27)
    """
    ncols = len(headers)
    if not body or not ncols:
        return not body or sum(len(h) + _HEADER_PADDING for h in headers) + 3 * ncols + 1 <= limit

    def width(j: int) -> int:
        return max([len(headers[j]) + _HEADER_PADDING, *(len(r[j]) for r in body if j < len(r))])

    floors = [max(MIN_COLUMN, len(h)) for h in headers]
    widths = [width(j) for j in range(ncols)]
    total = sum(widths) + 3 * ncols + 1  # "| " before each cell, " |" closing
    while total > limit:
        cuttable = [k for k in range(ncols) if widths[k] > max(floors[k], len(headers[k]) + _HEADER_PADDING)]
        if cuttable:
            j = max(cuttable, key=lambda k: (widths[k], -k))
            target = max(floors[j], widths[j] - (total - limit))
            for r in body:
                if j < len(r) and len(r[j]) > target:
                    r[j] = _cut(r[j], target)
            widths[j] = width(j)
        elif _cap_headers(headers, [max((len(r[j]) for r in body if j < len(r)), default=0) for j in range(ncols)],
                          limit - 3 * ncols - 1):
            floors = [max(MIN_COLUMN, len(h)) for h in headers]
            widths = [width(j) for j in range(ncols)]
        else:
            return False  # every column at its narrowest: a table of many columns stays wider
        total = sum(widths) + 3 * ncols + 1
    return True


def _cap_headers(headers: list[str], cells: list[int], room: int) -> bool:
    """Cut the headers longer than ``MIN_COLUMN`` (outlet names) to one cap, the widest that fits ``room``.

    ``cells`` are the columns' widest cells. Used once every cell is at its floor. One cap for all,
    so that no outlet's name is cut more than another's; whether any header was cut.
    """
    longest = max((len(h) for h in headers), default=0)
    if longest <= MIN_COLUMN:
        return False
    cap = longest - 1
    def total(cap: int) -> int:
        return sum(max(min(len(h), cap) + _HEADER_PADDING, c) for h, c in zip(headers, cells, strict=True))

    while cap > MIN_COLUMN and total(cap) > room:
        cap -= 1
    for k, h in enumerate(headers):
        if len(h) > cap:
            headers[k] = _cut(h, cap)
    return True


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
