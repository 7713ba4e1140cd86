"""An outlets file: who each outlet is, given once for a whole project.

A CSV file with a header row. Two columns are required: ``match`` (which
articles the row is about) and ``name`` (the outlet's display name); every
other column is what the researcher records about the outlet (``lean``,
``country``, ``owner``, ``type``, or anything else) and is kept as text.

``match`` is compared, without regard to case, with an article's id (its
file stem unless given), with the domain of its URL (``bbc.co.uk`` matches
``https://www.bbc.co.uk/news/1`` and ``news.bbc.co.uk``), and with the
outlet name framing found (metadata, the domain table, a byline or agency
tag). It may be a glob pattern (``*`` and ``?``, ``[...]``): ``*moscow*``.
The first row that matches wins, so specific rows go first.

>>> import io
>>> table = parse_outlets(io.StringIO(
...     "match,name,lean,type\\nvalley-wire,Valley Wire,centre,wire\\n*.bbc.co.uk,BBC,centre,public\\n"), "o.csv")
>>> table.columns
('lean', 'type')
>>> from framing import Article
>>> a = Article.from_text("Head\\nText.", id="valley-wire")
>>> row = table.lookup(a)
>>> row.name, dict(row.fields)
('Valley Wire', {'lean': 'centre', 'type': 'wire'})
>>> table.lookup(Article.from_text("Head\\nText.", id="x", url="https://news.bbc.co.uk/1")).name
'BBC'
"""

from __future__ import annotations

import csv
import fnmatch
import hashlib
import io
import json
import os
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, TextIO

from framing.errors import LoadError
from framing.io.outlets import domain_of
from framing.io.regular import read_regular

if TYPE_CHECKING:
    from framing.io.article import Article

__all__ = ["OutletRow", "OutletTable", "parse_outlets", "read_outlets"]

REQUIRED = ("match", "name")
"""Columns every outlets file has."""
MAX_BYTES = 10 * 2**20
"""Largest outlets file read (a table of outlets, not a corpus)."""


@dataclass(frozen=True)
class OutletRow:
    """One row: its ``match`` pattern, the display ``name``, the other columns (``fields``),
    and the ``line`` of the file it is on."""

    match: str
    name: str
    fields: Mapping[str, str]
    line: int


@dataclass(frozen=True)
class OutletTable:
    """The rows of an outlets file, in file order, and its extra ``columns`` in order."""

    path: str
    rows: tuple[OutletRow, ...]
    columns: tuple[str, ...]

    def lookup(self, article: Article) -> OutletRow | None:
        """The first row that matches ``article`` (see the module docstring), or None."""
        keys = [article.id.lower()]
        domain = domain_of(article.url) if article.url else None
        if domain:
            parts = domain.lower().split(".")
            keys += [".".join(parts[i:]) for i in range(len(parts) - 1)]
        if article.outlet:
            keys.append(article.outlet.lower())
        for row in self.rows:
            pattern = row.match.lower()
            glob = any(c in pattern for c in "*?[")
            if any(fnmatch.fnmatchcase(k, pattern) if glob else k == pattern for k in keys):
                return row
        return None

    def apply(self, articles: Iterable[Article]) -> list[Article]:
        """The articles with the outlet name and facts of their row (unmatched ones as they were)."""
        out = []
        for a in articles:
            row = self.lookup(a)
            out.append(a if row is None else replace(a, outlet=row.name, outlet_info=dict(row.fields)))
        return out

    def fingerprint(self) -> str:
        """A hash of the table's content: a batch's results depend on it."""
        raw = json.dumps([[r.match, r.name, sorted(r.fields.items())] for r in self.rows], ensure_ascii=True)
        return hashlib.sha256(raw.encode()).hexdigest()


def read_outlets(path: str | os.PathLike[str]) -> OutletTable:
    """Read and check an outlets file.

    Raises
    ------
    LoadError
        The file is missing, unreadable, not UTF-8, or not a valid outlets table (the
        problem names the line).
    """
    name = os.fspath(path)
    raw = read_regular(name, max_bytes=MAX_BYTES, what="outlets file", directory="is a folder, not an outlets file")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise LoadError(name, "outlets file is not UTF-8 text") from None
    return parse_outlets(io.StringIO(text), name)


def parse_outlets(fh: TextIO, path: str) -> OutletTable:
    """An outlets table from CSV text (``path`` names it in errors)."""
    reader = csv.reader(fh, strict=True)
    rows: list[list[str]] = []
    lines: list[int] = []  # the file line each row ends on (a quoted field may hold newlines)
    try:
        for row in reader:
            rows.append(row)
            lines.append(reader.line_num)
    except csv.Error as exc:
        raise LoadError(path, f"line {reader.line_num}: not valid CSV ({exc})") from None
    if not rows or not any(cell.strip() for cell in rows[0]):
        raise LoadError(path, "outlets file is empty (it needs a header row: match,name,...)")
    header = [h.strip() for h in rows[0]]
    missing = [c for c in REQUIRED if c not in header]
    if missing:
        raise LoadError(path, f"line 1: no {' or '.join(missing)} column (the header has: {', '.join(header)})")
    repeated = sorted({h for h in header if header.count(h) > 1})
    if repeated or "" in header:
        what = f"column {repeated[0]!r} twice" if repeated else "a column with no name"
        raise LoadError(path, f"line 1: {what}")
    extra = tuple(h for h in header if h not in REQUIRED)
    seen: dict[str, int] = {}
    out = []
    for n, cells in zip(lines[1:], rows[1:], strict=True):
        if not any(c.strip() for c in cells):
            continue  # blank lines
        if len(cells) != len(header):
            raise LoadError(path, f"line {n}: {len(cells)} fields, the header has {len(header)}")
        record = dict(zip(header, (c.strip() for c in cells), strict=True))
        for column in REQUIRED:
            if not record[column]:
                raise LoadError(path, f"line {n}: empty {column}")
        key = record["match"].lower()
        if key in seen:
            raise LoadError(path, f"line {n}: match {record['match']!r} is already on line {seen[key]}")
        seen[key] = n
        out.append(OutletRow(record["match"], record["name"], {c: record[c] for c in extra}, n))
    if not out:
        raise LoadError(path, "outlets file has a header but no rows")
    return OutletTable(path, tuple(out), extra)


def unmatched(table: OutletTable, articles: Sequence[Article]) -> list[str]:
    """Ids of the articles no row matches (the command line warns about them)."""
    return [a.id for a in articles if table.lookup(a) is None]
