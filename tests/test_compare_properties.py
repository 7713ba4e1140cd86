"""Invariants of compare() over generated article sets (strategies in tests/strategies.py)."""

from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st
from strategies import article_sets

from framing import Article, compare


@given(article_sets(), st.randoms(use_true_random=False))
def test_findings_do_not_depend_on_article_order(articles, rnd):
    shuffled = list(articles)
    rnd.shuffle(shuffled)
    assert compare(articles).to_json() == compare(shuffled).to_json()


@given(article_sets(max_size=4))
def test_every_content_sentence_is_in_exactly_one_unit(articles):
    c = compare(articles, comparators=["coverage"])
    seen = [(a, i) for u in c.alignment.units for a, idx in u.members.items() for i in idx]
    assert len(seen) == len(set(seen))
    # the compared articles: compare() may flag lines above a story as furniture (event_heads)
    assert set(seen) == {(a.id, s.index) for a in c.articles for s in a.body}
    assert [a.id for a in c.articles] == sorted(a.id for a in articles)


@given(article_sets(min_size=2, max_size=2))
def test_what_a_adds_is_what_b_omits(articles):
    cov = compare(articles, comparators=["coverage"]).sections["coverage"]
    a, b = sorted(x.id for x in articles)
    assert cov.added[a] == cov.omitted[b]
    assert cov.added[b] == cov.omitted[a]


@given(article_sets(min_size=2, max_size=5))
def test_added_units_are_omitted_by_every_other_article(articles):
    cov = compare(articles, comparators=["coverage"]).sections["coverage"]
    for a in cov.added:
        for b in cov.omitted:
            if a != b:
                assert set(cov.added[a]) <= set(cov.omitted[b])


@given(article_sets(min_size=1, max_size=1))
def test_self_comparison_finds_nothing(articles):
    original = articles[0]
    copy = Article.from_text(original.text, id="copy", outlet="Copy")
    c = compare([original, copy])
    cov = c.sections["coverage"]
    assert all(not v for v in cov.added.values())
    assert all(not v for v in cov.omitted.values())
    assert all(g.status in ("exact",) for g in c.sections["quotes"].groups)


@given(article_sets())
def test_json_round_trips_and_keeps_the_contract(articles):
    c = compare(articles)
    data = json.loads(c.to_json())
    assert data["schema"] == "framing.comparison/1"
    assert {a["id"] for a in data["articles"]} == set(data["coverage"])
    for a in data["articles"]:
        for s in a["sentences"]:
            assert a["text"][s["start"] : s["end"]] == s["text"]
    for g in data["quotes"]:
        for v in g["variants"]:
            article = next(x for x in data["articles"] if x["id"] == v["article"])
            assert article["text"][v["start"] : v["end"]] == v["text"]
