"""Plain text: the decoded file is ``Article.text``, untouched."""

from __future__ import annotations

from framing.io.article import Block
from framing.io.readers.parsed import Parsed
from framing.text.segment import paragraph_spans


def read(source: str, path: str) -> Parsed:
    """One paragraph per line, or per block when the text is hard-wrapped."""
    return Parsed(source, [Block(s, e) for s, e in paragraph_spans(source)], "txt")
