"""CSV tables of a comparison: one file per table, for spreadsheets and scripts.

Files: ``findings.csv`` (the memo's key findings, with their labels and
evidence), ``articles.csv``, ``sentences.csv``, ``units.csv``, ``coverage.csv``,
``quotes.csv``, ``entities.csv`` (people and sources, one row per mention),
``additions.csv`` and ``disagreements.csv`` (what each version of a shared
unit adds, and versions that disagree), ``loaded.csv`` (loaded and hedging
terms, with their voice), ``numbers.csv``
and ``readability.csv`` (a section's file is written only when its comparator
ran). Units, quotes and entities carry the memo's labels (``C7``, ``Q1``,
``P3``). Text cells are written as they are (the csv module
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
    from framing.evidence import Evidence

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
    from framing.findings import key_findings, labels

    lab = labels(c)

    def where(evidence: Iterable[Evidence]) -> str:
        return "; ".join(f"{e.article}:s{e.sentence}@{e.start}-{e.end}" for e in evidence)

    files = [
        _write(out, "findings.csv", ["label", "kind", "text", "refs", "articles", "evidence"],
               ([f.label, f.kind, f.text, "; ".join(f.refs), "; ".join(f.articles), where(f.evidence)]
                for f in key_findings(c, lab=lab))),
        _write(out, "articles.csv", ["id", "outlet", "title", "date", "url", "path", "sentences"],
               [[a.id, a.outlet or "", a.title or "", a.date or "", a.url or "", a.path or "",
                 len(a.sentences)] for a in c.articles]),
        _write(out, "sentences.csv",
               ["article", "index", "paragraph", "start", "end", "role", "boilerplate", "text"],
               ([a.id, s.index, s.paragraph, s.start, s.end, s.role, s.boilerplate, s.text]
                for a in c.articles for s in a.sentences)),
        _write(out, "units.csv", ["unit", "label", "score", "kind", "article", "sentence", "start", "end", "text"],
               ([u.id, lab.units[u.id], u.score, u.kind or "", art, i, by_id[art].sentences[i].start,
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
            ["quote", "label", "status", "speaker", "article", "form", "sentence", "start", "end", "text"],
            ([g.id, lab.quotes[g.id], g.status, g.speaker or "", v.article, v.form,
              v.sentences[0] if v.sentences else "", v.start, v.end, v.text]
             for g in quotes.groups for v in g.variants),
        ))
    ents = c.entities
    if ents is not None:
        files.append(_write(
            out, "entities.csv",
            ["label", "name", "kind", "article", "mentions", "quoted", "sentence", "start", "end", "text"],
            ([lab.entities[e.name], e.name, e.kind, a, p.mentions, p.quoted, x.sentence, x.start, x.end, x.text]
             for e in ents.entities for a, p in sorted(e.articles.items()) for x in p.evidence),
        ))
    versions = c.versions
    if versions is not None:
        files.append(_write(
            out, "additions.csv",
            ["unit", "article", "kind", "sentence", "start", "end", "text", "lacking", "new_words"],
            ([lab.units[x.unit], x.article, x.kind, x.span.sentence, x.span.start, x.span.end, x.span.text,
              " ".join(x.lacking), " ".join(x.new)] for x in versions.additions),
        ))
        files.append(_write(
            out, "disagreements.csv",
            ["unit", "kind", "cue", "article_a", "sentence_a", "start_a", "end_a", "text_a",
             "article_b", "sentence_b", "start_b", "end_b", "text_b"],
            ([lab.units[x.unit], x.kind, x.cue, *(v for e in (x.a, x.b)
                                                  for v in (e.article, e.sentence, e.start, e.end, e.text))]
             for x in versions.contradictions),
        ))
    wording = c.wording
    if wording is not None:
        files.append(_write(
            out, "loaded.csv",
            ["article", "voice", "speaker", "category", "term", "sentence", "start", "end", "text"],
            ([a, x.voice, x.speaker or "", x.category, x.term, x.span.sentence, x.span.start, x.span.end,
              x.span.text] for a, xs in sorted(wording.loaded.items()) for x in xs),
        ))
    numbers = c.numbers
    if numbers is not None:
        files.append(_write(
            out, "numbers.csv",
            ["unit", "kind", "status", "article", "sentence", "start", "end", "text", "value", "qualifier"],
            ([lab.units[f.unit], f.kind, f.status, a, x.sentence, x.start, x.end, x.text, x.value,
              x.qualifier or ""] for f in numbers.findings for a, xs in f.says.items() for x in xs),
        ))
    read = c.readability
    if read is not None:
        from framing.comparators.readability import METRICS

        files.append(_write(out, "readability.csv", ["article", *METRICS],
                            [[a, *[getattr(r, m) for m in METRICS]] for a, r in read.by_article.items()]))
    return files
