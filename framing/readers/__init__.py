"""Readers turn a decoded file into plain text plus paragraph blocks and metadata.

One module per format, one signature: ``read(source, path) -> list[Parsed]``.
The registry :data:`READERS` maps file suffixes to readers; ``load`` picks one.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from framing.article import Block, Link

__all__ = ["READERS", "SUFFIXES", "Parsed"]


@dataclass
class Parsed:
    """What a reader found in one record of a file."""

    text: str
    blocks: list[Block]
    fmt: str
    meta: dict[str, Any] = field(default_factory=dict)
    links: list[Link] = field(default_factory=list)
    record_id: str | None = None
    sniff_title: bool = True


Reader = Callable[[str, str], list[Parsed]]


def _txt(source: str, path: str) -> list[Parsed]:
    from framing.readers import markdown, plain

    if markdown.looks_like_markdown(source):
        return [markdown.read(source, path, lines_are_paragraphs=True)]
    return [plain.read(source, path)]


def _md(source: str, path: str) -> list[Parsed]:
    from framing.readers import markdown

    return [markdown.read(source, path, lines_are_paragraphs=False)]


def _html(source: str, path: str) -> list[Parsed]:
    from framing.readers import html

    return [html.read(source, path)]


def _json(source: str, path: str) -> list[Parsed]:
    from framing.readers import records

    return records.read_json(source, path)


def _jsonl(source: str, path: str) -> list[Parsed]:
    from framing.readers import records

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
