"""The Markdown report: golden file for the seeds, and well-formed tables whatever the text."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from markdown_it import MarkdownIt

import framing
from framing.cli_output import event_slug

ROOT = Path(__file__).resolve().parents[1]


def seeds_report() -> tuple[Path, str]:
    # paths as the README's command gives them, so the report is the same
    old = os.getcwd()
    os.chdir(ROOT)
    try:
        articles = framing.load_all("seeds")
        text = framing.compare(articles).to_markdown()
    finally:
        os.chdir(old)
    return ROOT / "reports" / f"{event_slug(articles, ['seeds'])}.md", text


def check_golden(path: Path, text: str, update: bool) -> None:
    """``text`` equals the golden file at ``path`` (rewritten first when ``update``)."""
    if update:
        path.parent.mkdir(exist_ok=True)
        path.write_text(text, encoding="utf-8")
    assert path.exists(), f"{path} is missing: run `pytest --update-golden` to write it"
    assert path.read_text(encoding="utf-8") == text, (
        f"{path} is out of date: run `pytest --update-golden` if the change is intended"
    )


def test_seeds_report_matches_the_golden_file(update_golden):
    check_golden(*seeds_report(), update_golden)


def test_seeds_report_states_the_differences():
    _, text = seeds_report()
    findings = text.split("## Key findings", 1)[1].split("\n## ", 1)[0]
    assert "Only 000 reports" in findings  # the file 000_24b190d1714be1b8.txt: no outlet named
    assert "Only The Moscow Times reports" in findings
    assert "If we just thought about the Russian response" in findings
    assert "wording identical" in findings
    assert "no boots on the ground" in findings  # the NATO resolution only The Moscow Times reports
    assert "Peskov" in findings  # the Kremlin's reaction
    assert "The headlines differ" in findings.splitlines()[2]
    alone = text.split("## What each outlet alone reports", 1)[1].split("\n## ", 1)[0]
    assert "deporting Ukrainian men" in alone.split("### Only in 000", 1)[1].split("###", 1)[0]
    assert "| C19 " in alone.split("### Only in The Moscow Times", 1)[1]  # the Corriere/NATO sentence
    adds = text.split("## What each version adds", 1)[1].split("\n## ", 1)[0]
    assert "about the possibility of Lithuanian boots on the ground in Ukraine" in adds
    assert "| attribution | Simonyte told FT" in adds


EVENTS = ROOT / "tests" / "fixtures" / "events"
GOLDEN = ROOT / "tests" / "golden"


@pytest.mark.parametrize("event", sorted(p.name for p in EVENTS.iterdir()))
def test_fixture_event_reports_match_their_golden_files(event, update_golden):
    text = framing.compare(framing.load_all(EVENTS / event)).to_markdown()
    check_golden(GOLDEN / f"{event}.md", text, update_golden)


@pytest.mark.parametrize("path", [*sorted(GOLDEN.glob("*.md")), *sorted((ROOT / "reports").glob("*.md"))],
                         ids=lambda p: p.name)
def test_golden_reports_are_gfm_with_short_table_lines(path):
    from framing.render.cells import MAX_TABLE_LINE

    text = path.read_text(encoding="utf-8")
    for rows in tables(text):
        assert len({len(r) for r in rows}) == 1
    assert all(len(line) <= MAX_TABLE_LINE for line in text.splitlines() if line.startswith("|"))
    assert "## Appendix" in text and text.index("## Method") < text.index("## Appendix")


def tables(markdown: str) -> list[list[list[str]]]:
    md = MarkdownIt("commonmark").enable("table")
    out, rows, row = [], None, None
    for tok in md.parse(markdown):
        if tok.type == "table_open":
            rows = []
        elif tok.type == "tr_open":
            row = []
        elif tok.type == "inline" and row is not None:
            row.append(tok.content)
        elif tok.type == "tr_close" and rows is not None and row is not None:
            rows.append(row)
            row = None
        elif tok.type == "table_close" and rows is not None:
            out.append(rows)
            rows = None
    return out


def test_every_table_is_rectangular_and_html_free():
    _, text = seeds_report()
    found = tables(text)
    assert len(found) >= 5
    for rows in found:
        assert len({len(r) for r in rows}) == 1


PIECES = [*"ab |`<>[]()*_#!\n\r\u202e\u200b-\"", "<script>", "](javascript:x)", "<!--", "Troops"]
HOSTILE = st.lists(st.sampled_from(PIECES), min_size=1, max_size=30).map("".join).filter(str.strip)


@given(HOSTILE, HOSTILE)
def test_any_article_text_gives_a_well_formed_report(left, right):
    a = framing.Article.from_text(f"Headline one\nTroops left Kyiv. {left} Troops left Kyiv.", id="a|b")
    b = framing.Article.from_text(f"Headline two\nTroops left Kyiv. {right}", id="c`d")
    report = framing.compare([a, b]).to_markdown()
    html = MarkdownIt("commonmark").enable("table").render(report)
    for tag in ("<script", "<a ", "<img", "<code", "<em>", "<strong>", "<h4", "<h5", "<h6", "<hr"):
        assert tag not in html
    for rows in tables(report):
        assert len({len(r) for r in rows}) == 1


def test_outlet_names_cannot_open_blocks():
    a = framing.Article.from_text("Headline one\nTroops left Kyiv on Monday. Rain fell.", id="a", outlet="# Pwned")
    b = framing.Article.from_text("Headline two\nTroops left Kyiv on Monday. Snow fell.", id="b", outlet="- Evil")
    html = MarkdownIt("commonmark").enable("table").render(framing.compare([a, b]).to_markdown())
    assert html.count("<h1") == 1
    assert "<ul" not in html and "<blockquote" not in html


def test_long_tables_are_capped_and_say_what_they_leave_out(monkeypatch):
    # a 50 MB article would list every sentence; the memo keeps MAX_ROWS rows
    # a table and counts the rest, which the JSON still has
    import framing.render.markdown as md
    import framing.render.memo_parts as parts

    monkeypatch.setattr(md, "MAX_ROWS", 3)
    monkeypatch.setattr(parts, "MAX_ROWS", 3)
    articles = framing.load_all(ROOT / "seeds")
    c = framing.compare(articles)
    text = c.to_markdown()
    units = len(c.alignment.units)
    coverage = next(t for t in tables(text) if t[0][:3] == ["unit", "content", "link"])
    assert [row[0] for row in coverage[1:]] == ["C1", "C2", "C3"]
    assert f"*… and {units - 3:,} more units: every one is in the JSON (`--format json`) and CSV" in text
    for a in c.articles:
        only = len(c.coverage.added[a.id])
        if only > 3:
            assert f"*… and {only - 3:,} more units" in text
    # the lacks line names three units, then counts the rest
    lacks = [line for line in text.splitlines() if " lacks C" in line]
    assert lacks and all(line.count("C") >= 3 for line in lacks)
    assert any(" more (what only " in line for line in lacks)
    # header + 3 rows, but for readability (one row a metric) and method
    assert [t[0][0] for t in tables(text) if len(t) > 4] == ["metric", ""]
    assert len(c.to_dict()["units"]) == units


def test_capped_wording_counts_every_change_it_leaves_out(monkeypatch):
    import re

    import framing.render.markdown as md

    c = framing.compare(framing.load_all(ROOT / "seeds"))
    diffs = [d for d in c.wording.differences if d.changes and d.overlap >= md.WORDING_OVERLAP]
    total = sum(len(d.changes) for d in diffs)
    assert total >= 3
    for cap in (0, 1, 2):
        monkeypatch.setattr(md, "MAX_ROWS", cap)
        text = c.to_markdown()
        section = text.split("### Word-level changes", 1)[1]
        wording = tables("### Word-level changes" + section)
        shown_units = {row[0] for t in wording for row in t[1:]}
        rows = sum(len(t) - 1 for t in wording)
        assert rows <= cap
        hidden = int(re.search(r"… and ([\d,]+) more word-level changes?", section).group(1).replace(",", ""))
        labels = md.unit_labels(c)
        assert hidden == sum(len(d.changes) for d in diffs if labels[d.unit] not in shown_units)
        assert "No word-level differences" not in section


def test_tables_with_a_column_per_outlet_are_capped_and_say_so():
    from framing.render.memo_parts import MAX_COLUMNS

    arts = [framing.Article.from_text(f"Head\nTroops left Kyiv on Monday, officials said. Outlet {n} adds "
                                      f"nothing else.", id=f"o{n:02d}") for n in range(MAX_COLUMNS + 5)]
    text = framing.compare(arts).to_markdown()
    readability = text.split("## Readability", 1)[1].split("\n## ", 1)[0]
    header = next(line for line in readability.splitlines() if line.startswith("| metric"))
    assert header.count("|") == MAX_COLUMNS + 3  # metric, the outlets shown, spread
    assert "*Columns for 5 more outlets are left out: every one is in the JSON" in readability


def test_lines_naming_every_outlet_are_capped_too():
    """1,000 small files in one compare made a headline finding naming every outlet, a line per
    outlet saying it carries nothing of its own, and a 'reworded' line naming every pair."""
    from framing.findings.model import MAX_FINDINGS
    from framing.render.memo_parts import MAX_REWORDED

    n = MAX_FINDINGS + 25
    arts = [framing.Article.from_text(f"Bridge {k} story\nThe council met on Monday to discuss the bridge "
                                      f"budget. Residents of ward {k} complained about traffic near the old "
                                      f"bridge all week.", id=f"o{k:02d}") for k in range(n)]
    c = framing.compare(arts)
    text = c.to_markdown()
    headline = next(line for line in text.splitlines() if "The headlines differ" in line)
    assert headline.count("stresses") == MAX_FINDINGS
    assert f"and {n - MAX_FINDINGS} more outlets' headlines" in headline
    alone = text.split("## What each outlet alone reports", 1)[1].split("\n## ", 1)[0]
    empty = [a for a in c.coverage.added if not c.coverage.added[a]]
    assert len(empty) > MAX_FINDINGS
    assert alone.count("carries nothing the other outlets lack") == 0
    assert alone.count(f"{len(empty)} outlets carry nothing the other outlets lack") == 1
    reworded = [line for line in text.splitlines() if line.startswith("Reworded beyond")]
    assert all(line.count("; ") < MAX_REWORDED for line in reworded)
    assert max(len(line) for line in text.splitlines()) < 20_000


def test_a_100_kb_headline_is_shortened_everywhere_but_the_json():
    """A 100 KB title made a 100,173-character findings line and three 100 KB lines in the page."""
    long_title = "Bridge " + "very " * 20_000 + "long headline"
    a = framing.Article.from_text("The council met on Monday to discuss the bridge budget. Residents of "
                                  "the ward complained about traffic.", id="a", title=long_title)
    b = framing.Article.from_text("Bridge vote\nThe council met on Monday to discuss the bridge budget. The mayor "
                                  "praised the engineers.", id="b")
    c = framing.compare([a, b])
    assert max(len(line) for line in c.to_markdown().splitlines()) < 2_000
    assert max(len(line) for line in c.to_html().splitlines()) < 5_000
    assert all(len(f.text) < 2_000 for f in framing.findings.model.key_findings(c))
    assert c.to_dict()["articles"][0]["title"] == long_title
