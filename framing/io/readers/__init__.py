"""Readers turn a decoded file into plain text plus paragraph blocks and metadata.

One module per format, one signature: ``read(source, path) -> list[Parsed]``.
The registry :data:`READERS` maps file suffixes to readers; ``load`` picks one.
What a reader returns, :class:`~framing.io.readers.parsed.Parsed`, sits below
the readers and the registry, so the registry imports a reader (when a file
of its format is read) and no reader imports the registry.

Imports
-------
May import :mod:`framing.io.article` and what it may import (:mod:`framing.text`,
:mod:`framing.errors`); :mod:`framing.io.load` imports the readers, not the other way round.
"""

from __future__ import annotations

from framing.io.readers.parsed import Parsed, Reader

__all__ = ["READERS", "SUFFIXES"]


def _txt(source: str, path: str) -> list[Parsed]:
    from framing.io.readers import markdown, plain

    if markdown.looks_like_markdown(source):
        return [markdown.read(source, path, lines_are_paragraphs=True)]
    return [plain.read(source, path)]


def _md(source: str, path: str) -> list[Parsed]:
    from framing.io.readers import markdown

    return [markdown.read(source, path, lines_are_paragraphs=False)]


def _html(source: str, path: str) -> list[Parsed]:
    from framing.io.readers import html

    return [html.read(source, path)]


def _json(source: str, path: str) -> list[Parsed]:
    from framing.io.readers import records

    return records.read_json(source, path)


def _jsonl(source: str, path: str) -> list[Parsed]:
    from framing.io.readers import records

    return records.read_jsonl(source, path)


READERS: dict[str, Reader] = {
    ".txt": _txt,
    ".text": _txt,
    ".md": _md,
    ".markdown": _md,
    ".html": _html,
    ".htm": _html,
    ".json": _json,
    ".jsonl": _jsonl,
    ".ndjson": _jsonl,
}
"""File suffix (lower case) -> reader."""

SUFFIXES = tuple(sorted(READERS))
"""Supported file suffixes."""
