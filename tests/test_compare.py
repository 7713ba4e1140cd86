"""compare(): order invariance, the JSON contract, coverage and quotes on the seeds."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import framing
from framing.compare import SCHEMA, compare

SEED_000 = "000_24b190d1714be1b8"
SEED_003 = "003_b0b2997cfc93b2b5"


@pytest.fixture(scope="module")
def seeds_comparison():
    return compare(framing.load_all(Path(__file__).resolve().parents[1] / "seeds"))


def unit_text(c, unit_id):
    unit = next(u for u in c.alignment.units if u.id == unit_id)
    return " ".join(
        c.article(a).sentences[i].text for a, idx in unit.members.items() for i in idx
    )


def test_needs_two_articles():
    a = framing.Article.from_text("One sentence.", id="a")
    with pytest.raises(framing.NotEnoughArticlesError, match=r"compare needs at least 2 articles \(got 1\)"):
        compare([a])


def test_ids_must_be_unique():
    a = framing.Article.from_text("One sentence.", id="a")
    with pytest.raises(framing.MetadataError, match="repeated: a"):
        compare([a, a])


def test_unknown_comparator():
    a = framing.Article.from_text("One.", id="a")
    b = framing.Article.from_text("Two.", id="b")
    with pytest.raises(framing.MetadataError, match="unknown comparator 'nope'"):
        compare([a, b], comparators=["nope"])


def test_seed_coverage(seeds_comparison):
    c = seeds_comparison
    cov = c.sections["coverage"]
    added_000 = " ".join(unit_text(c, u) for u in cov.added[SEED_000])
    added_003 = " ".join(unit_text(c, u) for u in cov.added[SEED_003])
    for detail in ("deporting Ukrainian men", "permanent residency permits", "evade military service"):
        assert detail in added_000
    assert set(cov.added[SEED_000]) == set(cov.omitted[SEED_003])
    assert set(cov.added[SEED_003]) == set(cov.omitted[SEED_000])
    assert '"no boots on the ground"' in added_003
    assert "Kremlin spokesman Dmitry Peskov said" in added_003
    assert "Peskov added" in added_003


def test_seed_quote_group(seeds_comparison):
    groups = seeds_comparison.sections["quotes"].groups
    shared = [g for g in groups if len({v.article for v in g.variants}) == 2]
    assert len(shared) == 1
    group = shared[0]
    assert group.status == "exact"
    # "said the Prime Minister of Lithuania" (000) and "Simonyte told FT" (003):
    # both resolve to the person the articles name as Lithuania's Prime Minister
    assert group.speaker == "Ingrida Šimonytė"
    assert {v.speaker for v in group.variants} == {"Ingrida Šimonytė"}
    assert all(v.text.startswith("If we just thought about the Russian response") for v in group.variants)


def test_json_contract(seeds_comparison):
    data = json.loads(seeds_comparison.to_json())
    assert data["schema"] == SCHEMA == "framing.comparison/1"
    for article in data["articles"]:
        assert set(article) >= {"id", "outlet", "title", "date", "url", "path", "text", "sentences"}
        for s in article["sentences"]:
            assert article["text"][s["start"] : s["end"]] == s["text"]
    for unit in data["units"]:
        assert set(unit) >= {"id", "members", "score"}
    for art in (SEED_000, SEED_003):
        assert set(data["coverage"][art]) == {"added", "omitted", "prominence"}
    for group in data["quotes"]:
        assert group["status"] in {"exact", "excerpt", "altered", "paraphrased", "single"}
        for v in group["variants"]:
            assert set(v) >= {"article", "sentence", "text", "start", "end"}


def test_order_does_not_matter(seeds):
    articles = framing.load_all(seeds)
    assert compare(articles).to_json() == compare(list(reversed(articles))).to_json()


def test_self_comparison_finds_nothing_added():
    a = framing.Article.from_text(
        "Head line\nTroops left Kyiv on Monday. \"We will stay in the city,\" the mayor said.", id="a"
    )
    b = framing.Article.from_text(a.text, id="b")
    c = compare([a, b])
    cov = c.sections["coverage"]
    assert cov.added == {"a": (), "b": ()} and cov.omitted == {"a": (), "b": ()}
    assert [g.status for g in c.sections["quotes"].groups] == ["exact"]


def test_the_people_registry_is_built_once_per_compare(monkeypatch):
    # quotes and entities both need it; one compare() builds it once
    import framing.comparators.entities as ents

    calls = []
    real = ents.build_registry
    monkeypatch.setattr(ents, "build_registry", lambda arts: calls.append(1) or real(arts))
    seeds = framing.load_all(Path(__file__).resolve().parents[1] / "seeds")
    compare(seeds)
    assert len(calls) == 1
    compare(seeds, comparators=["quotes"])
    compare(seeds, comparators=["entities"])
    assert len(calls) == 3  # nothing kept between calls


def test_every_comparator_points_at_the_articles_with_one_evidence_type(seeds):
    from framing import compare, load_all
    from framing.io.evidence import Evidence

    c = compare(load_all(seeds))
    found = [e for ent in c.entities.entities for p in ent.articles.values() for e in p.evidence]
    found += [v for g in c.quotes.groups for v in g.variants]
    found += [x.span for xs in c.sections["wording"].loaded.values() for x in xs]
    found += [ch.a for d in c.sections["wording"].differences for ch in d.changes]
    found += [x for f in c.sections["numbers"].findings for xs in f.says.values() for x in xs]
    assert found and all(isinstance(e, Evidence) for e in found)
    texts = {a.id: a.text for a in c.articles}
    assert all(texts[e.article][e.start : e.end] == e.text for e in found)
