"""Readability per article: textstat's metrics on body text, through one offline adapter.

>>> from framing import Article, align
>>> a = Article.from_text("Head line\\nThe cat sat on the mat. It was happy there.", id="a")
>>> b = Article.from_text(
...     "Notwithstanding considerable institutional opposition, ministers reaffirmed commitments.", id="b"
... )
>>> r = readability_section([a, b], align([a, b]))
>>> r.by_article["a"].words, r.by_article["b"].sentences
(10, 1)
>>> r.spread("flesch_kincaid_grade") > 10
True
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from framing.align.units import Alignment
from framing.extract.readability import Readability, readability
from framing.io.article import Article

__all__ = ["METRICS", "ReadabilitySection", "readability_section"]

METRICS = (
    "flesch_reading_ease",
    "flesch_kincaid_grade",
    "gunning_fog",
    "smog_index",
    "coleman_liau_index",
    "automated_readability_index",
    "dale_chall_readability_score",
    "words",
    "sentences",
    "mean_sentence_length",
)
"""Fields reported per article, in report order."""


@dataclass(frozen=True)
class ReadabilitySection:
    """Article id -> :class:`~framing.extract.readability.Readability` of its body text."""

    by_article: Mapping[str, Readability]

    def spread(self, metric: str) -> float | None:
        """Highest minus lowest value of ``metric`` across articles (None if unknown)."""
        values = [getattr(r, metric) for r in self.by_article.values()]
        known = [float(v) for v in values if v is not None]
        return round(max(known) - min(known), 2) if len(known) > 1 else None

    def to_dict(self) -> dict[str, Any]:
        """Plain-JSON form: article id -> metrics (placed inside each article's entry)."""
        return {a: r.to_dict() for a, r in self.by_article.items()}

    def json_tree(self) -> dict[str, Any]:
        """:meth:`to_dict` (small: one entry per article)."""
        return self.to_dict()


def readability_section(articles: Sequence[Article], alignment: Alignment) -> ReadabilitySection:
    """Measure every article (the alignment is not needed; kept for the common signature)."""
    return ReadabilitySection({a.id: readability(a) for a in articles})
