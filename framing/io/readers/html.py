"""HTML pages: main content and metadata extracted with trafilatura.

trafilatura (maintained, best-scoring in published extraction benchmarks)
strips navigation, ads, scripts and comments, and reads the title, date,
canonical URL and site name from the page's metadata. When it finds no main
content (a tiny or unusual page), all visible text is used instead.
"""

from __future__ import annotations

import logging
import re
from html.parser import HTMLParser
from typing import Any

from framing.errors import LoadError
from framing.io.article import Block
from framing.io.readers.parsed import Parsed
from framing.text.segment import paragraph_spans

MAX_ATTRIBUTES = 100
"""Attributes kept per element (the first ones); the rest are dropped before the page is parsed.

libxml2 checks each attribute of an element against those before it, so one tag with
100,000 attributes (1.3 MB) took minutes to parse, every pass of trafilatura's again; real
pages give an element a few dozen at most."""

_START = re.compile(r"<[A-Za-z][^\s/>]*")
_ATTRIBUTE = re.compile(r"""\s*[^\s"'<>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'<>=`]+))?""")


def bounded(source: str) -> str:
    """``source`` with no element holding more than :data:`MAX_ATTRIBUTES` attributes (the
    attributes after them are dropped); any other page is returned as it is.

    Linear in the page's length: the scan only moves forward, each tag read once,
    attribute by attribute, quoted values whole (a ``>`` in one does not end the tag).

    >>> page = "<p " + " ".join(f'a{i}="v"' for i in range(5000)) + ">Text</p>"
    >>> out = bounded(page)
    >>> out.count("=") == MAX_ATTRIBUTES, out.endswith('a99="v">Text</p>')
    (True, True)
    >>> bounded("<p class='x'>Text</p>")
    "<p class='x'>Text</p>"
    """
    if source.count("=") < MAX_ATTRIBUTES:
        return source
    parts: list[str] = []
    done = pos = 0
    while (tag := _START.search(source, pos)) is not None:
        at, kept, cut = tag.end(), 0, -1
        while (m := _ATTRIBUTE.match(source, at)) is not None:
            at, kept = m.end(), kept + 1
            if kept == MAX_ATTRIBUTES:
                cut = at
        if cut >= 0 and at > cut:
            parts.append(source[done:cut])
            done = at
        pos = max(at, tag.end())
    if not parts:
        return source
    parts.append(source[done:])
    return "".join(parts)


def _extract(source: str) -> tuple[str, dict[str, Any]]:
    import trafilatura

    source = bounded(source)

    # trafilatura logs extraction troubles as warnings; they are ours to report.
    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
    logging.getLogger("htmldate").setLevel(logging.CRITICAL)
    doc: Any = trafilatura.bare_extraction(
        source, with_metadata=True, include_comments=False, include_tables=True
    )
    if doc is None or not (doc.text or "").strip():
        doc = trafilatura.bare_extraction(
            source, with_metadata=True, include_comments=False, favor_recall=True
        )
    meta: dict[str, Any] = {}
    text = ""
    if doc is not None:
        text = doc.text or ""
        meta = {
            "title": doc.title,
            "date": doc.date,
            "url": doc.url,
            "outlet": doc.sitename,
        }
    if not text.strip():
        text = trafilatura.html2txt(source) or ""
    if not text.strip():
        # libxml2 gives up on elements nested deeper than ~255 levels and
        # returns nothing; Python's own tokenizer has no depth limit
        text = _visible_text(source)
    return text, {k: v for k, v in meta.items() if v}


class _TextCollector(HTMLParser):
    """Visible text of a page, one block element per line; scripts and styles skipped."""

    _SKIP = frozenset({"script", "style", "noscript", "template", "head", "title"})
    _BLOCKS = frozenset(
        {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "article",
         "section", "blockquote", "header", "footer", "figcaption", "pre"}
    )

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self._SKIP:
            self.skipping += 1
        elif tag in self._BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._SKIP:
            self.skipping = max(0, self.skipping - 1)
        elif tag in self._BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.parts.append(data)


def _visible_text(source: str) -> str:
    collector = _TextCollector()
    collector.feed(source)
    collector.close()
    lines = (" ".join(line.split()) for line in "".join(collector.parts).split("\n"))
    return "\n".join(line for line in lines if line)


def read(source: str, path: str) -> Parsed:
    """Extract the article text of an HTML page, one paragraph per line."""
    try:
        text, meta = _extract(source)
    except Exception as exc:  # lxml raises its own error types on hostile markup
        raise LoadError(path, f"could not parse HTML ({type(exc).__name__})") from None
    if not text.strip():
        raise LoadError(path, "HTML page has no visible text")
    return Parsed(text, [Block(s, e) for s, e in paragraph_spans(text)], "html", meta=meta)
