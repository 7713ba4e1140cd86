"""Fuzz the Markdown renderer: any cell text and any two articles give
rectangular GFM tables with no raw HTML.

Run: python fuzz/fuzz_markdown.py -max_total_time=300 fuzz/corpus/markdown
"""

from __future__ import annotations

import sys

import atheris

with atheris.instrument_imports(include=["framing"]):
    from markdown_it import MarkdownIt

    from framing import Article, MetadataError, compare
    from framing.render.cells import table

_MD = MarkdownIt("commonmark").enable("table")
_BASE = "Troops left Kyiv on Monday."


def tables(markdown: str) -> list[list[int]]:
    """Cell counts of every row of every table, and no raw HTML anywhere."""
    out: list[list[int]] = []
    widths: list[int] | None = None
    cells = 0
    for tok in _MD.parse(markdown):
        assert tok.type not in ("html_block", "html_inline"), tok
        for child in tok.children or ():
            assert child.type not in ("html_inline", "image", "link_open", "code_inline"), child
        if tok.type == "table_open":
            widths = []
        elif tok.type == "tr_open":
            cells = 0
        elif tok.type in ("th_open", "td_open"):
            cells += 1
        elif tok.type == "tr_close" and widths is not None:
            widths.append(cells)
        elif tok.type == "table_close" and widths is not None:
            out.append(widths)
            widths = None
    return out


def check(data: bytes) -> None:
    fdp = atheris.FuzzedDataProvider(data)
    cells = [fdp.ConsumeUnicodeNoSurrogates(fdp.ConsumeIntInRange(0, 40)) for _ in range(4)]
    one = table(["h1", "h2"], [cells[:2], cells[2:]])
    found = tables(one)
    assert len(found) == 1 and found[0] == [2, 2, 2], (cells, one, found)
    left = fdp.ConsumeUnicodeNoSurrogates(fdp.ConsumeIntInRange(0, 300))
    right = fdp.ConsumeUnicodeNoSurrogates(fdp.remaining_bytes())
    try:
        a = Article.from_text(f"Headline one\n{_BASE} {left}", id=cells[0], outlet=cells[1] or None)
    except MetadataError:  # an id that is empty or only whitespace is refused on purpose
        a = Article.from_text(f"Headline one\n{_BASE} {left}", id="a", outlet=cells[1] or None)
    b = Article.from_text(f"Headline two\n{_BASE} {right}", id="b" if a.id != "b" else "c")
    report = compare([a, b]).to_markdown()
    for widths in tables(report):
        assert len(set(widths)) == 1, (widths, report)


def main() -> None:
    atheris.Setup(sys.argv, check)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
