"""Tests for framing.align.units: units, bounds, determinism, invariants."""

from __future__ import annotations

import importlib
from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from strategies import article_sets

from framing.align.units import MAX_PER_ARTICLE, Alignment, align
from framing.errors import MetadataError, NotEnoughArticlesError
from framing.io.article import Article


def art(id: str, *sentences: str) -> Article:
    return Article.from_text("\n".join(sentences), id=id)


def units(alignment: Alignment) -> list[tuple[str, dict[str, tuple[int, ...]]]]:
    return [(u.id, dict(u.members)) for u in alignment.units]


def covered(alignment: Alignment) -> list[tuple[str, int]]:
    return sorted((a, i) for u in alignment.units for a, ix in u.members.items() for i in ix)


def test_every_content_sentence_in_exactly_one_unit() -> None:
    a = art("a", "Troops to Kyiv", "NATO troops reached Kyiv.", "Prices rose.",
            "Related article: Something else")
    b = art("b", "In Kyiv, troops from NATO arrived.", "Rain fell in Vilnius.")
    alignment = align([a, b])
    expected = sorted([(x.id, s.index) for x in (a, b) for s in x.body])
    assert covered(alignment) == expected  # title and boilerplate left out


def test_split_links_one_sentence_to_two_adjacent() -> None:
    a = art("a", "Simonyte said Lithuania will train Ukrainian soldiers and that Kyiv has "
                 "not requested such help.", "Markets were calm.")
    b = art("b", "Simonyte said Lithuania will train Ukrainian soldiers.",
            "Kyiv has not requested such help, Simonyte added.", "Weather was fine.")
    shared = [u for u in align([a, b]).units if u.shared]
    assert [dict(u.members) for u in shared] == [{"a": (0,), "b": (0, 1)}]


def test_reordering_is_fine() -> None:
    a = art("a", "Zelensky met Biden in Washington.", "Peskov criticised Macron.")
    b = art("b", "Peskov sharply criticised Macron.", "Biden and Zelensky met in Washington.")
    assert sorted(dict(u.members)["b"] for u in align([a, b]).units) == [(0,), (1,)]
    assert all(u.shared for u in align([a, b]).units)


def test_weak_chain_cannot_build_a_giant_unit() -> None:
    # every sentence of each article mentions the same words: links everywhere
    line = "Simonyte Peskov Vilnius Kyiv troops training mission number {}."
    many = [art(x, *(line.format(i) for i in range(8))) for x in "abc"]
    for unit in align(many, cutoff=1.0).units:
        for indices in unit.members.values():
            assert len(indices) <= MAX_PER_ARTICLE
        # every member (and every sentence that also states the unit: Unit.also) is held by a
        # link of its own inside the unit
        linked = {n for link in unit.links for n in (link.a, link.b)}
        members = {(a, i) for held in (unit.members, unit.also) for a, ix in held.items() for i in ix}
        assert not unit.shared or linked == members


def table(scores: dict[frozenset[str], float]) -> Callable[[str, str], float]:
    """A scorer that gives chosen pairs (by first word, case-folded) chosen scores."""

    def scorer(x: str, y: str) -> float:
        return scores.get(frozenset((x.split()[0], y.split()[0])), 0.0)

    return scorer


def test_one_link_cannot_pull_in_a_sentence_the_unit_does_not_support() -> None:
    # x-y restate each other; z is weakly linked to y alone (a different
    # statement on the same topic): single-link merging would chain it in
    x = art("a", "alpha Obama bridge jobs speech.")
    y = art("b", "beta Obama bridge jobs speech.")
    z = art("c", "gamma Obama bridge jobs speech.")
    scorer = table({frozenset(("alpha", "beta")): 90.0, frozenset(("beta", "gamma")): 20.0})
    alignment = align([x, y, z], cutoff=15.0, scorer=scorer)
    assert dict(alignment.unit_of("a", 0).members) == {"a": (0,), "b": (0,)}
    assert not alignment.unit_of("c", 0).shared  # mean support (20 + 0) / 2 < 15
    assert alignment.unit_of("c", 0).related == ("a:0",)  # the link stays visible


def test_a_fact_stated_twice_far_apart_keeps_both_sentences() -> None:
    a = art("a", "alpha Lithuania trains Ukrainian troops.", "delta rain fell.", "epsilon prices rose.",
            "zeta markets calm.", "eta Lithuania trains Ukrainian troops again.")
    b = art("b", "beta Lithuania trains Ukrainian troops.")
    scorer = table({frozenset(("alpha", "beta")): 90.0, frozenset(("eta", "beta")): 70.0})
    assert dict(align([a, b], scorer=scorer).unit_of("b", 0).members) == {"a": (0, 4), "b": (0,)}


def test_best_counterpart_outranks_weaker_ones() -> None:
    a = art("a", "alpha Kyiv asked for help.")
    b = art("b", "beta Kyiv asked for help.", "gamma Kyiv help.")
    scorer = table({frozenset(("alpha", "beta")): 90.0, frozenset(("alpha", "gamma")): 30.0})
    alignment = align([a, b], cutoff=15.0, scorer=scorer)
    assert dict(alignment.unit_of("a", 0).members) == {"a": (0,), "b": (0,)}
    assert not alignment.unit_of("b", 1).shared  # 30 is under half the best link (90)


def test_links_say_restates_or_overlaps() -> None:
    a = art("a", "NATO troops arrived in Vilnius on Monday.", "Peskov warned France about Macron's plan.")
    b = art("b", "On Monday, NATO troops arrived in Vilnius.",
            "Peskov warned France about Macron's plan, calling it dangerous, and said Russia would answer "
            "with naval exercises near Kaliningrad.")
    alignment = align([a, b])
    first, second = alignment.unit_of("a", 0), alignment.unit_of("a", 1)
    assert [link.kind for link in first.links] == ["restates"] and first.kind == "restates"
    assert [link.kind for link in second.links] == ["overlaps"] and second.kind == "overlaps"
    assert first.links[0].a == ("a", 0) and first.links[0].b == ("b", 0)
    assert alignment.unit_of("a", 0).shared and second.shared


def test_identical_articles_align_one_to_one() -> None:
    line = "Simonyte Peskov Vilnius Kyiv troops training mission number {}."
    many = [art(x, *(line.format(i) for i in range(8))) for x in "abc"]
    assert [dict(u.members) for u in align(many).units] == [
        {"a": (i,), "b": (i,), "c": (i,)} for i in range(8)
    ]


def test_seeds_pairs_link_and_details_do_not() -> None:
    a = art(
        "lrt",
        "Prime Minister Ingrida Šimonytė declared that the Seimas has agreed to send soldiers "
        "for training purposes to Ukraine.",
        "Authorities in Kyiv have not yet requested such assistance, but Lithuania is "
        "determined.",
        "In the conversation, the issue of deporting Ukrainian men subject to military "
        "conscription was also raised.",
    )
    b = art(
        "mt",
        "Lithuania is prepared to send its soldiers on a training mission to Ukraine, Prime "
        "Minister Ingrida Simonyte said.",
        "Russia on Monday summoned France's ambassador.",
        "Lithuania had previously proposed sending its troops to Ukraine for training "
        "purposes, but Kyiv has not yet made such a request.",
    )
    alignment = align([a, b])
    assert alignment.unit_of("lrt", 0) is alignment.unit_of("mt", 0)
    assert alignment.unit_of("lrt", 1) is alignment.unit_of("mt", 2)
    assert not alignment.unit_of("lrt", 2).shared


def test_errors() -> None:
    with pytest.raises(NotEnoughArticlesError, match=r"at least 2 articles \(got 1\)"):
        align([art("a", "One.")])
    with pytest.raises(MetadataError, match="unique"):
        align([art("a", "One."), art("a", "Two.")])


def test_empty_and_punctuation_articles() -> None:
    alignment = align([art("a", "...", "!!!"), art("b", "...")])
    assert not any(u.shared for u in alignment.units)


def test_a_sentence_stating_two_facts_joins_both_units() -> None:
    # a's lede gives the vote and the cracks; b and c each state them in two sentences
    scores = {("lede", "vote"): 80.0, ("vote", "vote"): 80.0, ("cracks", "cracks"): 90.0,
              ("lede", "cracks"): 35.0}  # the scorer reads comparison keys: lower case
    a = art("a", "Lede the council voted to shut the bridge after cracks were found in it.", "Rain fell.")
    b = art("b", "Vote the council voted to shut the bridge.", "Cracks were found in the bridge.")
    c = art("c", "Vote the council voted to shut the bridge today.", "Cracks were found in the old bridge.")
    scorer = table({frozenset(k): v for k, v in scores.items()})
    alignment = align([c, a, b], scorer=scorer)
    vote, cracks = alignment.unit("a:0"), alignment.unit("b:1")
    assert dict(vote.members) == {"a": (0,), "b": (0,), "c": (0,)} and not vote.also
    # the lede stays in its own unit, and states the cracks too: a carries that unit as well
    assert dict(cracks.members) == {"b": (1,), "c": (1,)} and dict(cracks.also) == {"a": (0,)}
    assert cracks.carriers() == ("a", "b", "c") and cracks.sentences("a") == (0,)
    assert {(x.a, x.b) for x in cracks.links if ("a", 0) in (x.a, x.b)} == {(("a", 0), ("b", 1)), (("a", 0), ("c", 1))}
    assert cracks.kind == "restates"  # the lede's links overlap; the members restate
    assert alignment.unit_of("a", 0) is vote  # its own unit
    # without the weaker link the lede states one fact only
    del scores[("lede", "cracks")]
    alone = align([a, b, c], scorer=table({frozenset(k): v for k, v in scores.items()}))
    assert not alone.unit("b:1").also


def test_custom_scorer() -> None:
    from rapidfuzz import fuzz

    a = art("a", "NATO TROOPS REACHED KYIV.", "Rain.")
    b = art("b", "Nato troops reached Kyiv!")
    shared = [dict(u.members) for u in align([a, b], scorer=fuzz.ratio).units if u.shared]
    assert shared == [{"a": (0,), "b": (0,)}]


# Property tests: sentences from a small vocabulary, so links happen often.
VOCABULARY = ["Simonyte", "Kyiv", "troops", "NATO", "training", "mission", "Macron",
              "Peskov", "nuclear", "threats", "Vilnius", "2024", "the", "of", "said"]
UNRELATED = ["Quokka", "zephyr", "marmalade", "xylophone", "quasar", "1887"]
sentences = st.lists(st.sampled_from(VOCABULARY), min_size=1, max_size=8).map(
    lambda ws: " ".join(ws) + "."
)
articles = st.lists(st.lists(sentences, min_size=1, max_size=6), min_size=2, max_size=4)


def build(texts: list[list[str]]) -> list[Article]:
    return [Article.from_text("\n".join(t), id=f"art{n}") for n, t in enumerate(texts)]


@settings(deadline=None, max_examples=60)
@given(articles, st.randoms(use_true_random=False))
def test_permutation_invariance(texts: list[list[str]], rng: object) -> None:
    given_order = build(texts)
    shuffled = list(given_order)
    rng.shuffle(shuffled)  # type: ignore[attr-defined]
    assert align(shuffled) == align(given_order)


@settings(deadline=None, max_examples=60)
@given(st.lists(sentences, min_size=1, max_size=8))
def test_self_comparison_shares_everything(texts: list[str]) -> None:
    body = "\n".join(texts)
    alignment = align([Article.from_text(body, id="x"), Article.from_text(body, id="y")])
    assert all(u.shared for u in alignment.units)


@settings(deadline=None, max_examples=60)
# four words or more: a line of one to three words after the story is page furniture (framing.text.furniture)
@given(articles, st.lists(st.sampled_from(UNRELATED), min_size=4, max_size=6))
def test_unrelated_sentence_adds_one_unit(texts: list[list[str]], words: list[str]) -> None:
    before = align(build(texts))
    extra = " ".join(words) + "."
    after = align(build([[*texts[0], extra], *texts[1:]]))
    added = [u for u in after.units if u not in before.units]
    assert [u for u in after.units if u in before.units] == list(before.units)
    assert len(added) == 1
    assert list(added[0].members) == ["art0"]
    assert len(after.units) == len(before.units) + 1


@settings(deadline=None, max_examples=60)
@given(articles)
def test_units_partition_content_and_scores_in_range(texts: list[list[str]]) -> None:
    arts = build(texts)
    alignment = align(arts)
    assert covered(alignment) == sorted((a.id, s.index) for a in arts for s in a.body)
    assert len({u.id for u in alignment.units}) == len(alignment.units)
    assert all(0.0 <= u.score <= 100.0 for u in alignment.units)
    # a sentence also stating another unit's fact: both units shared, never one of its members
    for u in alignment.units:
        for a, ix in u.also.items():
            assert u.shared and not set(ix) & set(u.members.get(a, ()))
            assert all(alignment.unit_of(a, i).shared for i in ix)


def _units(alignment: Alignment) -> list[tuple[object, ...]]:
    return [(u.id, dict(u.members), u.score, u.related, u.links, u.nearest, u.near) for u in alignment.units]


@settings(deadline=None, max_examples=40)
@given(article_sets(min_size=2, max_size=8), st.integers(0, 3))
def test_twins_measured_once_align_as_every_pair_measured(articles, copies):
    # the strategy's facts come in two wordings each: sets of several articles are full of twins;
    # copies of one article (a wire story) add more
    _linking = importlib.import_module("framing.align.links")
    extra = [Article.from_text(articles[0].text, id=f"wire{n}") for n in range(copies)]
    remembered = align([*articles, *extra])
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(_linking._Twins, "key", lambda self, i, j: None)  # every pair measured
        assert _units(remembered) == _units(align([*articles, *extra]))


def test_a_wire_story_is_measured_once_per_distinct_pair(monkeypatch):
    _linking = importlib.import_module("framing.align.links")
    calls = []
    real = _linking.features
    monkeypatch.setattr(_linking, "features", lambda *a, **k: calls.append(1) or real(*a, **k))
    text = "Head\nTroops left Kyiv on Monday. Prices rose sharply in Vilnius. The Kremlin warned Lithuania."
    wire = [Article.from_text(text, id=f"outlet{n}") for n in range(12)]
    units = align(wire).units
    assert [len(u.members) for u in units] == [12, 12, 12]
    assert len(calls) <= 3  # one per distinct sentence pair measured (66 pairs of outlets each)


@settings(deadline=None, max_examples=100)
@given(st.integers(2, 6), st.lists(st.tuples(st.integers(0, 5), st.integers(0, 5), st.booleans()), max_size=20))
def test_a_unit_restates_when_every_two_of_its_articles_are_restated(k, drawn):
    from framing.align.units import SentenceLink, Unit

    ids = [f"o{n}" for n in range(k)]
    links = tuple(SentenceLink((ids[a % k], 0), (ids[b % k], 0), 90.0, "restates" if r else "overlaps")
                  for a, b, r in drawn if a % k < b % k)
    unit = Unit("o0:0", {i: (0,) for i in ids}, 90.0, links=links)
    restated = {(x.a[0], x.b[0]) for x in links if x.kind == "restates"}
    every = all((x, y) in restated for n, x in enumerate(ids) for y in ids[n + 1:])
    assert unit.kind == ("restates" if every else "overlaps")


def test_wire_copies_in_many_outlets_join_one_unit_linked_to_the_first_copy():
    from framing.align.units import COPIES_ABOVE

    text = "Head\nTroops left Kyiv on Monday. Prices rose sharply in Vilnius. The Kremlin warned Lithuania."
    n = COPIES_ABOVE + 4
    wire = [Article.from_text(text, id=f"outlet{k:02d}") for k in range(n)]
    for unit in align(wire).units:
        assert len(unit.members) == n and unit.score == 100.0 and unit.kind == "restates"
        assert len(unit.links) == n - 1  # each copy to the first, not every pair
        assert {x.a[0] for x in unit.links} == {"outlet00"}


@settings(deadline=None, max_examples=30)
@given(article_sets(min_size=5, max_size=8), st.integers(1, 4), st.randoms(use_true_random=False))
def test_many_outlets_with_copies_align_whatever_their_order(articles, copies, rnd):
    extra = [Article.from_text(articles[0].text, id=f"wire{n}") for n in range(copies)]
    shuffled = [*articles, *extra]
    rnd.shuffle(shuffled)
    first, second = align([*articles, *extra]), align(shuffled)
    assert _units(first) == _units(second)
    placed = sorted((a, i) for u in first.units for a, idx in u.members.items() for i in idx)
    assert placed == sorted((a.id, s.index) for a in [*articles, *extra] for s in a.body)  # each sentence once


def test_two_people_quoted_are_not_one_fact() -> None:
    # one leader's condolences are not another's, however alike the words
    a = art("a", "Prime Minister Shehbaz Sharif said he was deeply saddened by the death of the president.",
            "Rain fell.")
    b = art("b", "President Recep Erdogan said he was deeply saddened by the death of the president.", "Snow fell.")
    assert align([a, b]).unit_of("a", 0).shared
    speakers = {("a", 0): frozenset({"Shehbaz Sharif"}), ("b", 0): frozenset({"Recep Erdogan"})}
    assert not align([a, b], speakers=speakers).unit_of("a", 0).shared
    same = {("a", 0): frozenset({"Recep Erdogan"}), ("b", 0): frozenset({"Recep Erdogan"})}
    assert align([b, a], speakers=same).unit_of("a", 0).shared
