"""CSV tables of a comparison: one file per table, for spreadsheets and scripts.

Files: ``articles.csv``, ``sentences.csv``, ``units.csv``, ``coverage.csv``,
``quotes.csv`` and ``readability.csv`` (a section's file is written only when
its comparator ran). Text cells are written as they are (the csv module
quotes them); nothing is shortened. Rows are made as they are written, so
a 50 MB article's tables never sit in memory whole.
"""

from __future__ import annotations

import csv
import os
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from framing.compare import Comparison

__all__ = ["to_csv"]


def _write(folder: Path, name: str, header: Sequence[str], rows: Iterable[Sequence[object]]) -> Path:
    path = folder / name
    with open(path, "w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def to_csv(comparison: Comparison, folder: str | os.PathLike[str]) -> list[Path]:
    """Write the comparison's tables into ``folder`` (created if needed); return the files."""
    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    c = comparison
    by_id = {a.id: a for a in c.articles}
    files = [
        _write(out, "articles.csv", ["id", "outlet", "title", "date", "url", "path", "sentences"],
               [[a.id, a.outlet or "", a.title or "", a.date or "", a.url or "", a.path or "",
                 len(a.sentences)] for a in c.articles]),
        _write(out, "sentences.csv",
               ["article", "index", "paragraph", "start", "end", "role", "boilerplate", "text"],
               ([a.id, s.index, s.paragraph, s.start, s.end, s.role, s.boilerplate, s.text]
                for a in c.articles for s in a.sentences)),
        _write(out, "units.csv", ["unit", "score", "kind", "article", "sentence", "start", "end", "text"],
               ([u.id, u.score, u.kind or "", art, i, by_id[art].sentences[i].start,
                 by_id[art].sentences[i].end, by_id[art].sentences[i].text]
                for u in c.alignment.units for art, idx in u.members.items() for i in idx)),
    ]
    cov = c.coverage
    if cov is not None:
        added = {a: set(units) for a, units in cov.added.items()}

        def coverage_rows() -> Iterator[list[object]]:
            for unit, where in cov.placements.items():
                for a in c.articles:
                    p = where.get(a.id)
                    status = ("added" if unit in added[a.id] else "shared") if p else "omitted"
                    yield [unit, a.id, status, "" if p is None else p.position,
                           "" if p is None else p.lede, "" if p is None else p.words]

        files.append(_write(out, "coverage.csv",
                            ["unit", "article", "status", "position", "lede", "words"], coverage_rows()))
    quotes = c.quotes
    if quotes is not None:
        files.append(_write(
            out, "quotes.csv",
            ["quote", "status", "speaker", "article", "form", "sentence", "start", "end", "text"],
            ([g.id, g.status, g.speaker or "", v.article, v.form,
              v.sentences[0] if v.sentences else "", v.start, v.end, v.text]
             for g in quotes.groups for v in g.variants),
        ))
    read = c.readability
    if read is not None:
        from framing.comparators.readability import METRICS

        files.append(_write(out, "readability.csv", ["article", *METRICS],
                            [[a, *[getattr(r, m) for m in METRICS]] for a, r in read.by_article.items()]))
    return files
