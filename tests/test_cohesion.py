"""framing.align.cohesion: average-linkage units and link competition, by their invariants."""

from __future__ import annotations

import random
from itertools import combinations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from framing.align.cohesion import cluster, compete


def graphs(max_nodes: int = 12) -> st.SearchStrategy[tuple[list[int], list[tuple[float, int, int]]]]:
    """Nodes in up to four articles, and scored links between nodes of different articles."""

    @st.composite
    def build(draw: st.DrawFn) -> tuple[list[int], list[tuple[float, int, int]]]:
        articles = draw(st.lists(st.integers(0, 3), min_size=2, max_size=max_nodes))
        pairs = [(i, j) for i, j in combinations(range(len(articles)), 2) if articles[i] != articles[j]]
        chosen = draw(st.lists(st.sampled_from(pairs), unique=True)) if pairs else []
        scores = st.sampled_from([5.0, 10.0, 20.0, 30.0, 50.0, 80.0, 100.0])
        return articles, [(draw(scores), i, j) for i, j in sorted(chosen)]

    return build()


def mean_cross(group: list[int], articles: list[int], links: list[tuple[float, int, int]]) -> float:
    score = {frozenset((i, j)): v for v, i, j in links}
    cross = [(x, y) for x, y in combinations(group, 2) if articles[x] != articles[y]]
    return sum(score.get(frozenset(p), 0.0) for p in cross) / len(cross)


@settings(deadline=None, max_examples=200)
@given(graphs(), st.randoms(use_true_random=False))
def test_groups_do_not_depend_on_the_order_of_the_links(graph, rng) -> None:
    articles, links = graph
    shuffled = list(links)
    rng.shuffle(shuffled)
    assert cluster(shuffled, articles, cutoff=15.0, per_article=3) == cluster(links, articles, cutoff=15.0,
                                                                            per_article=3)


@settings(deadline=None, max_examples=200)
@given(graphs())
def test_every_node_in_one_group_and_groups_are_cohesive(graph) -> None:
    articles, links = graph
    groups = cluster(links, articles, cutoff=15.0, per_article=2)
    assert sorted(n for g, _ in groups for n in g) == list(range(len(articles)))
    for group, cohesion in groups:
        per_article = [articles[n] for n in group]
        assert max(per_article.count(a) for a in set(per_article)) <= 2
        if len(set(per_article)) > 1:
            # the mean over all its cross-article pairs (unscored pairs count 0)
            assert abs(cohesion - mean_cross(group, articles, links)) < 1e-6
            assert cohesion >= 15.0
        else:
            assert cohesion == 0.0


def test_one_link_does_not_pull_in_a_node_the_group_does_not_support() -> None:
    # 0 (article 0) and 1 (article 1) restate each other; 2 (article 2) is
    # linked to 1 alone, weakly: single-link merging would chain it in
    links = [(90.0, 0, 1), (25.0, 1, 2)]
    assert cluster(links, [0, 1, 2], cutoff=15.0, per_article=3) == [([0, 1], 90.0), ([2], 0.0)]
    # supported by both, it joins
    links = [(90.0, 0, 1), (25.0, 1, 2), (20.0, 0, 2)]
    assert cluster(links, [0, 1, 2], cutoff=15.0, per_article=3) == [([0, 1, 2], 45.0)]


def test_competition_keeps_the_best_counterpart_and_is_symmetric() -> None:
    articles = [0, 1, 1]
    links = [(80.0, 0, 1), (30.0, 0, 2)]
    assert compete(links, articles, ratio=0.5) == [(80.0, 0, 1)]
    assert compete(links, articles, ratio=0.3) == links
    rng = random.Random(3)
    for _ in range(20):
        shuffled = list(links)
        rng.shuffle(shuffled)
        assert sorted(compete(shuffled, articles, ratio=0.5)) == [(80.0, 0, 1)]


def test_identical_twins_pair_off_in_order() -> None:
    # two articles of two near-identical sentences: every cross pair scores 100
    links = [(100.0, 0, 2), (100.0, 0, 3), (100.0, 1, 2), (100.0, 1, 3)]
    closeness = {(0, 2): 1.0, (1, 3): 1.0, (0, 3): 0.95, (1, 2): 0.95}
    kept = compete(links, [0, 0, 1, 1], ratio=0.5, closeness=closeness, restates=0.5, places=[0, 1, 0, 1])
    assert kept == [(100.0, 0, 2), (100.0, 1, 3)]
    # equally close: the one at the same place is the twin
    same = dict.fromkeys(closeness, 1.0)
    kept = compete(links, [0, 0, 1, 1], ratio=0.5, closeness=same, restates=0.5, places=[0, 1, 0, 1])
    assert kept == [(100.0, 0, 2), (100.0, 1, 3)]


@pytest.mark.parametrize("score", [10.0, 50.0, 90.0])
def test_a_node_standing_for_its_copies_clusters_as_the_copies_would(score):
    # nodes 0, 1, 2 say the same words in articles 0, 1, 2; node 3 (article 3) links to each alike
    articles = [0, 1, 2, 3]
    every = [(100.0, 0, 1), (100.0, 0, 2), (100.0, 1, 2), (score, 0, 3), (score, 1, 3), (score, 2, 3)]
    expected = cluster(every, articles, cutoff=40.0, per_article=3)
    stood = cluster([(score, 0, 3)], articles, cutoff=40.0, per_article=3, copies={0: [1, 2]})
    copies = {0: [1, 2]}
    expanded = sorted((sorted([*m, *(c for n in m for c in copies.get(n, ()))]), s)
                      for m, s in stood if m not in ([1], [2]))
    assert expanded == sorted(expected)
