"""The article inspection report: metadata and the sentence table of each article.

>>> from framing import Article
>>> print(inspect_markdown([Article.from_text("Title\\nBody | text.", id="a")]).splitlines()[0])
# Article inspection: 1 article
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from framing._version import __version__
from framing.errors import LoadError
from framing.io.article import Article
from framing.render.cells import cell, table
from framing.text.phrase import shorten

__all__ = ["INSPECT_SCHEMA", "inspect_json", "inspect_markdown"]

INSPECT_SCHEMA = "framing.inspect/1"


def _words(article: Article) -> int:
    return sum(len(s.text.split()) for s in article.body)


def inspect_markdown(articles: Sequence[Article], skipped: Sequence[LoadError] = ()) -> str:
    """Markdown: an overview table, then per article its metadata and sentences."""
    n = len(articles)
    out = [f"# Article inspection: {n} article{'s' if n != 1 else ''}", ""]
    out.append(
        table(
            ["id", "outlet", "title", "date", "words", "sentences", "boilerplate", "url"],
            [
                [
                    a.id,
                    a.outlet or "unknown",
                    a.title or "",
                    a.date or "",
                    _words(a),
                    len(a.sentences),
                    sum(s.boilerplate for s in a.sentences),
                    a.url or "",
                ]
                for a in articles
            ],
        )
    )
    for a in articles:
        heading = f"{cell(a.outlet)} ({cell(a.id)})" if a.outlet else cell(a.id)
        out += ["", f"## {heading}", ""]
        out.append(
            table(
                ["field", "value"],
                [
                    ["path", a.path or ""],
                    ["format", a.format],
                    ["paragraphs", len(a.paragraphs)],
                    ["links", len(a.links)],
                ],
            )
        )
        out.append("")
        out.append(
            table(
                ["#", "para", "role", "boilerplate", "start", "end", "text"],
                [
                    [s.index, s.paragraph, s.role, "yes" if s.boilerplate else "", s.start,
                     s.end, shorten(s.text, 160)]
                    for s in a.sentences
                ],
            )
        )
    if skipped:
        out += ["", "## Skipped files", ""]
        out.append(table(["file", "problem"], [[e.path, e.problem] for e in skipped]))
    out += ["", f"_framing {__version__}_", ""]
    return "\n".join(out)


def inspect_json(articles: Sequence[Article], skipped: Sequence[LoadError] = ()) -> str:
    """JSON: ``schema``, ``version``, ``articles`` (full) and ``skipped`` files."""
    data: dict[str, Any] = {
        "schema": INSPECT_SCHEMA,
        "version": __version__,
        "articles": [a.to_dict() for a in articles],
        "skipped": [{"path": e.path, "problem": e.problem} for e in skipped],
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
