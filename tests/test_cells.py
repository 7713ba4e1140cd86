"""Any text in a cell renders to a table a GFM parser reads back intact."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from framing.render.cells import cell, table

HOSTILE = [
    "a | b",
    "line\nbreak\r\nand\rCR",
    "`code` and ``more``",
    "<script>alert(1)</script>",
    "[x](javascript:alert(1))",
    "![img](http://x/y.png)",
    "<!-- comment -->",
    "# heading",
    "\u202eRTL override\u202c and zero\u200bwidth",
    "**bold** _em_ ~~strike~~",
    "\\| escaped pipe",
    "&amp; entity &lt;",
    "007",
    "-",
    "",
]


def parse_table(markdown: str):
    md = MarkdownIt("commonmark").enable("table")
    tokens = md.parse(markdown)
    rows, row = [], None
    for tok in tokens:
        if tok.type == "tr_open":
            row = []
        elif tok.type == "inline" and row is not None:
            row.append(tok)
        elif tok.type == "tr_close":
            rows.append(row)
            row = None
    html = md.render(markdown)
    return rows, html


def check(values):
    markdown = table(["h1", "h2"], [[v, "x"] for v in values])
    rows, html = parse_table(markdown)
    assert len(rows) == len(values) + 1
    assert all(len(r) == 2 for r in rows)
    for tag in ("<script", "<a ", "<img", "<code", "<!--", "<strong", "<em", "<s>", "<h1"):
        assert tag not in html
    return rows


def test_hostile_cells_stay_in_their_cells():
    rows = check(HOSTILE)
    assert rows[1][0].content == "a | b"  # the pipe is text, not a column break


def test_numbers_are_kept_as_written():
    assert "| 007 " in table(["n"], [["007"]])


def test_invisible_characters_are_shown():
    assert cell("a\u202eb\u200bc") == "aU+202EbU+200Bc"


def test_shortening():
    assert cell("abcdef", limit=4) == "abc…"


@given(st.lists(st.text(), min_size=1, max_size=5))
def test_any_text_renders_to_a_well_formed_table(values):
    check(values)


def test_dollars_and_autolinks_are_neutralised_even_when_cut():
    """`$5 and $6` read as maths by math-capable renderers; a URL cut mid-host stayed a live
    link to a host that does not exist (GFM autolinks ``www.``, ``scheme://`` and e-mail)."""
    assert cell("costs $5 and $6") == "costs \\$5 and \\$6"
    cut = cell("see https://www.example-host-name-that-is-long.com/path", limit=30)
    assert cut.endswith("…") and "https\\://www\\." in cut
    assert "://" not in cut.replace("\\://", "") and "www." not in cut.replace("www\\.", "")
    assert "\\@" in cell("mail me at a@b.com")
    md = MarkdownIt("commonmark").enable("table")
    assert "<a " not in md.render(table(["h"], [[cut]]))
    assert "$" not in cell("$").replace("\\$", "")
