"""Invariants of the whole pipeline over generated article sets (issue 7).

Extends tests/test_compare_properties.py (order independence, one unit per
sentence, added/omitted symmetry, coverage of a self-comparison, sentence and
quote offsets) with: a self-comparison finds nothing in any comparator; every
piece of evidence in the JSON round-trips into its article's text; the JSON
keeps the ``framing.comparison/1`` contract key by key, with no NaN or
infinity; the Markdown report parses (GFM) into the expected, rectangular,
HTML-free tables.
"""

from __future__ import annotations

import json
import math
from typing import Any

from hypothesis import given, settings
from markdown_it import MarkdownIt
from strategies import article_sets

from framing import Article, compare
from framing.comparators import COMPARATORS
from framing.comparators.numbers import NONE_FOUND as NUMBERS_NONE_FOUND

# ---------------------------------------------------------------- the contract

TOP = {"schema", "version", "cutoff", "articles", "units", "findings", *COMPARATORS, "skipped"} - {"readability"}
ARTICLE = {"id", "outlet", "outlet_info", "title", "date", "url", "path", "format", "language", "text", "paragraphs",
           "sentences", "links", "readability"}
SENTENCE = {"index", "paragraph", "start", "end", "text", "boilerplate", "role"}
READABILITY = {"flesch_reading_ease", "flesch_kincaid_grade", "gunning_fog", "smog_index", "coleman_liau_index",
               "automated_readability_index", "dale_chall_readability_score", "words", "sentences",
               "mean_sentence_length"}
UNIT = {"id", "label", "members", "also", "score", "kind", "links", "related", "nearest", "near"}
LINK = {"a", "b", "score", "kind"}
COVERAGE = {"added", "omitted", "prominence"}
PLACEMENT = {"sentences", "position", "lede", "words"}
QUOTE = {"id", "label", "speaker", "status", "variants", "changes"}
QUOTE_STATUS = {"exact", "excerpt", "altered", "paraphrased", "single"}
ENTITY = {"label", "name", "kind", "variants", "articles"}
PRESENCE = {"mentions", "quoted", "evidence"}
WORDING = {"differences", "distinctive", "leaning", "loaded"}
DIFFERENCE = {"unit", "articles", "changes", "overlap", "truncated"}
CHANGE_KINDS = {"replaced", "a_only", "b_only", "moved"}
NUMBER = {"unit", "kind", "status", "articles", "silent"}
NUMBER_STATUS = {"conflicting", "missing"}
FIGURE = {"article", "sentence", "start", "end", "text", "value", "qualifier"}


def _reject(constant: str) -> Any:
    raise AssertionError(f"JSON holds {constant}: not portable")


def _span(data: dict[str, Any], article: str, span: dict[str, Any]) -> None:
    """A piece of evidence points into its article's text, inside the sentence it names."""
    a = next(x for x in data["articles"] if x["id"] == article)
    assert a["text"][span["start"] : span["end"]] == span["text"]
    if "sentence" in span:
        # a quote may run over several sentences ("sentences"), anything else stays in one
        first, last = (span["sentences"][0], span["sentences"][-1]) if "sentences" in span else (
            span["sentence"], span["sentence"])
        assert a["sentences"][first]["start"] <= span["start"] <= span["end"] <= a["sentences"][last]["end"], span


def check_contract(text: str, ids: set[str]) -> dict[str, Any]:
    data = json.loads(text, parse_constant=_reject)
    assert set(data) - {"notes"} == TOP  # "notes": only about languages other than English
    assert data["schema"] == "framing.comparison/1"
    assert [a["id"] for a in data["articles"]] == sorted(ids)
    units = {u["id"]: u for u in data["units"]}
    for a in data["articles"]:
        assert set(a) == ARTICLE
        assert set(a["readability"]) - {"formula"} == READABILITY  # "formula": a language's own
        assert [s["index"] for s in a["sentences"]] == list(range(len(a["sentences"])))
        for s in a["sentences"]:
            assert set(s) == SENTENCE
    for u in data["units"]:
        assert set(u) == UNIT
        assert 0.0 <= u["score"] <= 100.0
        assert list(u["members"]) == sorted(u["members"]) and set(u["members"]) <= ids
        first = min(u["members"])
        assert u["id"] == f"{first}:{u['members'][first][0]}"
        # a shared unit restates or overlaps; its links join its own members, of two articles
        assert u["kind"] in ({"restates", "overlaps"} if len(u["members"]) > 1 else {None})
        members = {(art, i) for art, ix in u["members"].items() for i in ix}
        for link in u["links"]:
            assert set(link) == LINK and link["kind"] in {"restates", "overlaps"}
            assert {tuple(link["a"]), tuple(link["b"])} <= members and link["a"][0] < link["b"][0]
    for u in data["units"]:
        assert u["id"] not in u["related"] and set(u["related"]) <= set(units)
        assert 0.0 <= u["nearest"] <= 100.0
    assert set(data["coverage"]) == ids
    for a, cov in data["coverage"].items():
        assert set(cov) == COVERAGE
        assert set(cov["added"]) | set(cov["omitted"]) | set(cov["prominence"]) <= set(units)
        for unit_id, where in cov["prominence"].items():
            assert set(where) == PLACEMENT
            assert where["sentences"] == units[unit_id]["members"][a]
            assert 0.0 <= where["position"] <= 1.0
    for g in data["quotes"]:
        assert set(g) == QUOTE and g["status"] in QUOTE_STATUS
        for v in g["variants"]:
            _span(data, v["article"], v)
    for e in data["entities"]:
        assert set(e) == ENTITY and set(e["articles"]) <= ids
        for article, presence in e["articles"].items():
            assert set(presence) == PRESENCE
            assert presence["mentions"] >= len(presence["evidence"]) >= 1
            for ev in presence["evidence"]:
                _span(data, article, ev)
    assert set(data["wording"]) == WORDING
    assert set(data["wording"]["distinctive"]) == ids == set(data["wording"]["loaded"])
    for d in data["wording"]["differences"]:
        assert set(d) == DIFFERENCE and d["unit"] in units
        assert d["articles"] == sorted(d["articles"]) and len(d["articles"]) == 2
        for ch in d["changes"]:
            assert ch["kind"] in CHANGE_KINDS
            for side in ("a", "b"):
                # a unit may hold two adjacent sentences of an article: a change may run over both
                art = ch[side]["article"]
                _span(data, art, {**ch[side], "sentences": units[d["unit"]]["members"][art]})
    for article, found in data["wording"]["loaded"].items():
        for x in found:
            assert x["article"] == article
            _span(data, article, x)
    for n in data["numbers"]:
        assert set(n) == NUMBER and n["status"] in NUMBER_STATUS and n["unit"] in units
        for article, figures in n["articles"].items():
            for f in figures:
                assert set(f) == FIGURE and f["article"] == article
                _span(data, article, f)
    assert data["skipped"] == []
    return data


@settings(max_examples=40)
@given(article_sets())
def test_json_keeps_the_documented_contract(articles):
    check_contract(compare(articles).to_json(), {a.id for a in articles})


# ---------------------------------------------------------- self-comparison


@settings(max_examples=40)
@given(article_sets(min_size=1, max_size=1))
def test_an_article_compared_with_itself_differs_in_nothing(articles):
    original = articles[0]
    copy = Article.from_text(original.text, id="copy", outlet="Copy")
    c = compare([original, copy])
    ids = {original.id, copy.id}
    # every content sentence is shared, with its twin, and nothing else
    for u in c.alignment.units:
        assert set(u.members) == ids
        assert u.members[original.id] == u.members[copy.id]
        assert u.score == 100.0
    w = c.sections["wording"]
    assert all(not d.changes for d in w.differences)
    assert all(d.overlap == 100.0 for d in w.differences)
    assert not any(w.distinctive.values())
    assert [x.term for x in w.loaded[original.id]] == [x.term for x in w.loaded[copy.id]]
    assert not c.sections["numbers"].findings
    assert all(g.status == "exact" and not g.changes for g in c.sections["quotes"].groups)
    for e in c.sections["entities"].entities:
        assert set(e.articles) == ids
        assert e.articles[original.id].mentions == e.articles[copy.id].mentions
    read = c.sections["readability"].by_article
    assert read[original.id] == read[copy.id]
    report = c.to_markdown()
    assert "Reworded beyond word-level comparison" not in report
    assert "No word-level differences on closely matching units." in report
    assert NUMBERS_NONE_FOUND in report


# ------------------------------------------------------------ the Markdown


def tables(markdown: str) -> list[tuple[str, list[list[str]]]]:
    """(section heading, rows of cell texts) of every table; no raw HTML anywhere."""
    md = MarkdownIt("commonmark").enable("table")
    out: list[tuple[str, list[list[str]]]] = []
    heading, rows, row, in_heading = "", None, [], False
    for tok in md.parse(markdown):
        assert tok.type not in ("html_block", "html_inline"), tok
        for child in tok.children or ():
            assert child.type not in ("html_inline", "image", "link_open", "code_inline"), child
        if tok.type == "heading_open":
            in_heading = True
        elif tok.type == "inline" and in_heading:
            heading, in_heading = tok.content, False
        elif tok.type == "table_open":
            rows = []
        elif tok.type == "tr_open":
            row = []
        elif tok.type == "inline" and rows is not None:
            row.append("".join(c.content for c in tok.children or ()))
        elif tok.type == "tr_close" and rows is not None:
            rows.append(row)
        elif tok.type == "table_close" and rows is not None:
            out.append((heading, rows))
            rows = None
    return out


from framing.render.cells import MAX_TABLE_LINE  # noqa: E402

SECTIONS = ["Key findings", "What each outlet alone reports", "What each version adds", "Quotes",
            "People and sources", "How each outlet names people and places", "Wording", "Numbers that disagree",
            "Readability", "Method", "Appendix"]


@settings(max_examples=40)
@given(article_sets())
def test_markdown_report_has_the_expected_tables(articles):
    c = compare(articles)
    report = c.to_markdown()
    h2 = [line[3:] for line in report.splitlines() if line.startswith("## ")]
    titled = sum(1 for a in c.articles if a.title)
    assert h2 == (["Headlines"] if titled >= 2 else []) + SECTIONS
    found = tables(report)
    for _, rows in found:
        assert len({len(r) for r in rows}) == 1, rows
    # no table line wider than a reader's screen can scroll sensibly (full texts are in the JSON)
    assert max(len(line) for line in report.splitlines() if line.startswith("|")) <= MAX_TABLE_LINE
    by_heading: dict[str, list[list[list[str]]]] = {}
    for heading, rows in found:
        by_heading.setdefault(heading, []).append(rows)
    n = len(articles)
    ids = sorted(a.id for a in articles)
    outlets = [c.article(i).outlet for i in ids]
    # the articles: one row each, in id order
    head = found[0][1]
    assert head[0] == ["outlet", "title", "date", "words", "sentences", "url", "id"]
    assert [r[-1] for r in head[1:]] == ids
    assert [r[0] for r in head[1:]] == outlets
    # coverage: one row per unit, one column per outlet
    (coverage,) = by_heading["Coverage"]
    assert coverage[0] == ["unit", "content", "link", *outlets]
    assert [r[0] for r in coverage[1:]] == [f"C{k}" for k in range(1, len(c.alignment.units) + 1)]
    # readability: ten metrics, one column per outlet and the spread
    (readability,) = by_heading["Readability"]
    assert readability[0] == ["metric", *outlets, "spread"]
    assert len(readability) == 1 + 10
    # distinctive terms: one row per outlet
    (distinctive,) = by_heading["Distinctive terms"]
    assert [r[0] for r in distinctive[1:]] == outlets
    # method: before the appendix, with the unit counts of the alignment
    (method,) = by_heading["Method"]
    values = {r[0]: r[1] for r in method[1:]}
    assert values["content units"] == str(len(c.alignment.units))
    assert values["shared units"] == str(sum(1 for u in c.alignment.units if u.shared))
    assert not any(r[0] == "file skipped" for r in method)
    assert len([r for r in method if r[0].startswith("boilerplate skipped in")]) == n


@settings(max_examples=30)
@given(article_sets(max_size=4))
def test_json_numbers_are_finite_and_readability_matches_the_report(articles):
    c = compare(articles)
    data = json.loads(c.to_json(), parse_constant=_reject)
    for a in data["articles"]:
        for value in a["readability"].values():
            assert value is None or math.isfinite(value)
    report = {heading: rows for heading, rows in tables(c.to_markdown())}
    rows = report["Readability"]
    outlets = rows[0][1:-1]
    assert outlets == [a["outlet"] for a in data["articles"]]
    words = next(r for r in rows if r[0] == "words")
    assert words[1:-1] == [f"{a['readability']['words']:g}" if a["readability"]["words"] is not None else ""
                           for a in data["articles"]]
