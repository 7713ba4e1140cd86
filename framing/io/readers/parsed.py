"""What a reader returns: one record's plain text, paragraph blocks and metadata.

Below every reader and the registry in :mod:`framing.io.readers`, so a
reader and the registry that picks it do not import one another.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from framing.io.article import Block, Link

__all__ = ["Parsed"]


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
