"""Plain text: the decoded file is ``Article.text``, untouched."""

from __future__ import annotations

from framing.article import Block
from framing.readers import Parsed
from framing.segment import paragraph_spans


def read(source: str, path: str) -> Parsed:
    """One paragraph per line, or per block when the text is hard-wrapped."""
    return Parsed(source, [Block(s, e) for s, e in paragraph_spans(source)], "txt")
