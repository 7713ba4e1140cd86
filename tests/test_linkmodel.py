"""framing.align.linkmodel: the link probability of a candidate pair inside an event."""

from __future__ import annotations

import math

from hypothesis import given, settings
from hypothesis import strategies as st

from framing.align.linkmodel import LINK_MODEL, MEASURES, event_total, event_weights, link_score, measures
from framing.align.similarity import features, pair_weights, profile, total

WORDS = ["Simonyte", "Kyiv", "troops", "NATO", "training", "mission", "Macron", "Peskov", "nuclear",
         "threats", "Vilnius", "2024", "the", "of", "said", "asylum", "permits", "conscription"]
sentences = st.lists(st.sampled_from(WORDS), min_size=1, max_size=12).map(lambda ws: " ".join(ws) + ".")


def values(a: str, b: str, groups: int = 2) -> tuple[float, ...]:
    pa, pb = profile(a), profile(b)
    weight = pair_weights(pa, pb)
    dfs: dict[str, int] = {}
    for p in (pa, pb):
        for t in p.terms:
            dfs[t] = dfs.get(t, 0) + 1
    event = event_weights(dfs, groups)
    both = (total(pa, weight), total(pb, weight))
    evidence, similar = features(pa, pb, weight, both)
    return measures((pa.terms, pb.terms), (pa.words, pb.words), weight, event, both,
                    (event_total(pa.terms, event), event_total(pb.terms, event)), False, evidence, similar)


def test_the_model_has_one_coefficient_per_measure() -> None:
    assert len(LINK_MODEL) == len(MEASURES) + 1
    assert len(values("Troops left Kyiv.", "Troops left Kyiv.")) == len(MEASURES)


@settings(deadline=None, max_examples=150)
@given(sentences, sentences)
def test_measures_are_bounded_and_symmetric_and_the_score_is_a_percentage(a: str, b: str) -> None:
    forward, backward = values(a, b), values(b, a)
    assert all(math.isclose(x, y, abs_tol=1e-9) for x, y in zip(forward, backward, strict=True))
    named = dict(zip(MEASURES, forward, strict=True))
    for bounded in ("cover", "event_dice", "event_cover", "jaccard", "subsequence", "lede", "numbers_differ"):
        assert 0.0 <= named[bounded] <= 1.0 + 1e-9, bounded
    # counts enter logged: they cannot grow without bound on a long sentence
    assert all(named[k] <= math.log1p(200) for k in ("names", "bigrams", "size"))
    assert 0.0 <= link_score(forward) <= 100.0


def test_the_same_fact_scores_above_a_shared_topic_word() -> None:
    same = values("Lithuania will not deport Ukrainian men evading conscription.",
                  "Lithuania does not plan to deport Ukrainian men who evade conscription.")
    topic = values("Lithuania will not deport Ukrainian men evading conscription.",
                   "Lithuania summoned the French ambassador on Monday.")
    assert link_score(same) > 50.0 > link_score(topic)


def test_event_weights_depend_on_df_and_articles_only() -> None:
    # a word in one sentence per article is fully specific; in every sentence, it weighs little
    assert event_weights({"asylum": 2, "lithuania": 10}, 2) == {"asylum": 1.0, "lithuania": 0.2}
