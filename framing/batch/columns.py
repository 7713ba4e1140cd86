"""What every table of a batch's aggregate shares: its columns and how a cell is written.

The aggregate (:mod:`framing.batch.aggregate`), its groups
(:mod:`framing.batch.groups`) and its data frames (:mod:`framing.batch.frames`)
all write these columns; here, below all three, so none of them imports
another for them.

>>> ratio(1, 3), ratio(1, 0), cell(None), cell(0.5)
(0.3333, None, '', 0.5)
>>> group_of({"info": {"lean": "left"}}, "lean"), group_of({}, "lean")
('left', '(no lean)')
"""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping
from typing import Any

__all__ = ["METRICS", "QUOTE_STATUSES", "SHARED_STATUSES", "cell", "csv_text", "group_of", "ratio"]


METRICS = (
    "flesch_reading_ease",
    "flesch_kincaid_grade",
    "gunning_fog",
    "smog_index",
    "coleman_liau_index",
    "automated_readability_index",
    "dale_chall_readability_score",
    "mean_sentence_length",
    "words",
)
"""Readability metrics aggregated per outlet."""


QUOTE_STATUSES = ("exact", "excerpt", "altered", "paraphrased", "single")
"""Quote group statuses counted per outlet."""


SHARED_STATUSES = ("exact", "excerpt", "altered", "paraphrased")
"""Statuses of groups several outlets carry: ``quote_rates`` are shares of these."""


def ratio(part: float, whole: float) -> float | None:
    return round(part / whole, 4) if whole else None


def cell(value: float | None) -> object:
    return "" if value is None else value


def csv_text(rows: list[list[Any]]) -> str:
    """CSV text; text cells a spreadsheet would run as formulas neutralised
    (:func:`framing.render.csv.neutral`: outlet names and reasons come from the input)."""
    from framing.render.csv import neutral

    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerows([neutral(v) for v in row] for row in rows)
    return buffer.getvalue()


def group_of(article: Mapping[str, Any], column: str) -> str:
    """An article summary's group: its outlet's value in ``column``, else ``(no <column>)``."""
    value = (article.get("info") or {}).get(column)
    return str(value) if value else f"({'no ' + column})"
