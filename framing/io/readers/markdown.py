"""Markdown, parsed with markdown-it-py (CommonMark), rendered to plain text.

Headings, paragraphs, list items and table cells become paragraphs; links
``[text](url)`` are read as ``text`` and kept in ``Article.links``; emphasis
markers, images and raw HTML are removed. ``Article.text`` is the rendered
text, so offsets still round-trip.

Plain-text files that use Markdown (a scraper's ``# Title`` and
``[link](url)``) are read here too, with each line its own paragraph.

>>> p = read("# Title\\n\\nSome **bold** [link](https://x.org) text.\\n", "a.md", lines_are_paragraphs=False)
>>> p.text
'Title\\n\\nSome bold link text.'
>>> [(b.kind, p.text[b.start:b.end]) for b in p.blocks]
[('heading1', 'Title'), ('text', 'Some bold link text.')]
>>> [(k.text, k.url, p.text[k.start:k.end]) for k in p.links]
[('link', 'https://x.org', 'link')]
"""

from __future__ import annotations

import re
from typing import Any

from framing.io.article import Block, Link
from framing.io.readers.parsed import Parsed

_SIGNS = re.compile(
    r"^#{1,6}\s+\S|\[[^\]\n]+\]\([^)\s]*\)|^\s*\*\*[^*\n]+\*\*|<https?://[^>\s]+>|!\[[^\]\n]*\]\(",
    re.M,
)


def looks_like_markdown(source: str) -> bool:
    """Whether a .txt file uses Markdown syntax (headings, links, bold lines, autolinks).

    >>> looks_like_markdown("# Title\\nText"), looks_like_markdown("Plain *text* 5 * 3")
    (True, False)
    """
    return _SIGNS.search(source) is not None


# markdown-it stops reading blocks nested deeper than its limit and drops them, and all
# that follows inside the outer block, without a word ("If nesting level exceeded - skip
# tail to the end"). Its commonmark preset sets 20 (a list item is two levels: 9 deep
# lost text); 100 is its default preset's. A page that reaches it is read again with no
# block nesting at all (quotes and lists as lines of text): all the text, none dropped.
_MAX_NESTING = 100


def _parser(lines_are_paragraphs: bool) -> Any:
    from markdown_it import MarkdownIt

    md = MarkdownIt("commonmark", {"html": True, "maxNesting": _MAX_NESTING}).enable(["table", "strikethrough"])
    if lines_are_paragraphs:
        # In a scraped .txt, an indented line is not code, "1." is not a list,
        # ">" is not a quote block and "---" under a line is not a heading.
        md.disable(["code", "list", "blockquote", "lheading", "hr", "reference", "table"])
    return md


def read(source: str, path: str, *, lines_are_paragraphs: bool) -> Parsed:
    """Render ``source`` to plain text with paragraph blocks and links."""
    tokens = _parser(lines_are_paragraphs).parse(source)
    if not lines_are_paragraphs and any(tok.level >= _MAX_NESTING - 1 for tok in tokens):
        tokens = _parser(True).parse(source)  # nested past the limit: read flat, nothing dropped
        lines_are_paragraphs = True
    out: list[str] = []
    length = 0
    blocks: list[Block] = []
    links: list[Link] = []

    def emit(piece: str, kind: str, piece_links: list[tuple[str, str, int, int]]) -> None:
        nonlocal length
        stripped = piece.strip()
        if not stripped:
            return
        lead = len(piece) - len(piece.lstrip())
        if out:
            out.append("\n\n")
            length += 2
        start = length
        out.append(stripped)
        length += len(stripped)
        blocks.append(Block(start, length, kind))
        for text, url, s, e in piece_links:
            s, e = s - lead, e - lead
            if 0 <= s < e <= len(stripped):
                links.append(Link(text, url, start + s, start + e))

    kind = "text"
    for tok in tokens:
        if tok.type == "heading_open":
            kind = "heading1" if tok.tag == "h1" else "heading"
        elif tok.type in ("heading_close", "paragraph_close"):
            kind = "text"
        elif tok.type in ("fence", "code_block"):
            for line in tok.content.splitlines():
                emit(line, "text", [])
        elif tok.type == "inline":
            buf: list[str] = []
            size = 0
            image = False
            piece_links: list[tuple[str, str, int, int]] = []
            open_links: list[tuple[str, int]] = []
            for child in tok.children or []:
                t = child.type
                if t in ("text", "code_inline"):
                    buf.append(child.content)
                    size += len(child.content)
                elif t in ("softbreak", "hardbreak"):
                    if lines_are_paragraphs:
                        emit("".join(buf), kind, piece_links)
                        buf, size, piece_links = [], 0, []
                        open_links = [(u, 0) for u, _ in open_links]
                    else:
                        buf.append(" " if t == "softbreak" else "\n")
                        size += 1
                elif t == "link_open":
                    open_links.append((str(child.attrs.get("href", "")), size))
                elif t == "link_close" and open_links:
                    url, s = open_links.pop()
                    text = "".join(buf)[s:size]
                    if text:
                        piece_links.append((text, url, s, size))
                elif t == "image":
                    image = True
            emit("".join(buf), "image" if image and kind == "text" else kind, piece_links)
    return Parsed("".join(out), blocks, "md", links=links)
