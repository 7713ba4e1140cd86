"""What every section of the Markdown memo writes with.

The memo's limits (rows, columns, cell text), the lines that count what a
capped table leaves out, a line of article text kept from opening a
Markdown block, a unit's evidence as sentence ranges, and a unit's or a
quote group's text. The sections themselves are in :mod:`framing.render.markdown`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from framing.findings.labels import sentence_runs
from framing.text.phrase import count

if TYPE_CHECKING:
    from framing.compare import Comparison
    from framing.io.article import Article

__all__ = ["MAX_COLUMNS", "MAX_REWORDED", "MAX_ROWS", "SHORT", "capped", "evidence_ranges", "md_line", "more_columns",
           "more_rows", "quote_words", "shown_columns", "unit_text"]

SHORT = 110
"""Longest sentence text shown in a table cell."""
MAX_ROWS = 1000
"""Most rows of one table (and units listed in one line). A memo of a
50 MB article would otherwise list every sentence; the rows left out are
counted under the table, and every one is in the JSON output (units and
quotes also in the CSV)."""
MAX_REWORDED = 50
"""Most unit pairs named on the "reworded beyond word-level comparison" line."""


def more_rows(hidden: int, what: str, *, csv: bool = False) -> list[str]:
    """The line that says how many rows a capped table leaves out (``what``: singular noun)."""
    if hidden <= 0:
        return []
    where = "the JSON (`--format json`) and CSV (`--format csv`) output" if csv else "the JSON output (`--format json`)"
    return ["", f"*… and {count(hidden, 'more ' + what)}: every one is in {where}.*"]


MAX_COLUMNS = 12
"""Most outlets given a column of their own in one table; the rest are counted under it
(every one is in the JSON and CSV output)."""


def shown_columns(c: Comparison) -> tuple[list[str], int]:
    """The outlets given a column in tables with one column per outlet (id order), and how many are left out."""
    ids = [a.id for a in c.articles]
    return ids[:MAX_COLUMNS], max(len(ids) - MAX_COLUMNS, 0)


def more_columns(hidden: int) -> list[str]:
    if hidden <= 0:
        return []
    return ["", f"*Columns for {count(hidden, 'more outlet')} are left out: every one is in the JSON "
                "(`--format json`) and CSV (`--format csv`) output.*"]


def capped(items: Sequence[str], sep: str = ", ") -> str:
    """Items for one line, at most :data:`MAX_ROWS` of them."""
    shown = sep.join(items[:MAX_ROWS])
    hidden = len(items) - MAX_ROWS
    return f"{shown} and {hidden:,} more" if hidden > 0 else shown


_BLOCK_START = re.compile(r"^(\s*)([#>+=-]|\d{1,9}(?=[.)]))")


def md_line(text: str) -> str:
    """Keep a line that starts with article or outlet text from opening a
    block (heading, quote, list, setext underline): escape its first mark.

    >>> md_line("# Pwned lacks C3"), md_line("2024. The year"), md_line("Plain")
    ('\\\\# Pwned lacks C3', '2024\\\\. The year', 'Plain')
    """
    m = _BLOCK_START.match(text)
    if not m:
        return text
    if m.group(2)[0].isdigit():
        end = m.end()
        return text[:end] + "\\" + text[end:]
    return text[: m.start(2)] + "\\" + text[m.start(2):]


def evidence_ranges(article: Article, indices: Sequence[int]) -> str:
    # one offset range per run of consecutive sentences: a unit may hold
    # sentences of one article far apart, and a range spanning the text
    # between them would claim what they do not say
    parts = []
    for run in sentence_runs(indices):
        first, last = article.sentences[run[0]], article.sentences[run[-1]]
        parts.append(f"{'+'.join(f's{i}' for i in run)} @{first.start}-{last.end}")
    return ", ".join(parts)


def quote_words(group: Any) -> str:
    """The words of a quote group: its longest directly quoted version."""
    direct = [v for v in group.variants if v.form != "indirect"] or list(group.variants)
    return str(max(direct, key=lambda v: (len(v.text), v.article)).text)


def unit_text(comparison: Comparison, unit_id: str, article: str | None = None) -> str:
    unit = comparison.alignment.unit(unit_id)
    art = article or next(iter(unit.members))
    a = comparison.article(art)
    return " ".join(a.sentences[i].text for i in unit.sentences(art))
