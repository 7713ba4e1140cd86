"""Work bounded by counts, not luck (issue 7): pathological inputs grow near-linearly.

Each case builds a pathological article set at size n and 4n and counts the
work the aligner does: candidate pairs from the term index, calls of the
default scorer (``link_bound`` and the costly measures, ``features``) and of a user ``scorer=``.
Near-linear means ``count(4n) <= 5 * count(n) + SLACK``; all n x m pairs
would grow 16-fold. No wall-clock asserts.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest

from framing import Article, align, compare
from framing.align.units import MAX_PER_ARTICLE

_align_module = importlib.import_module("framing.align.links")  # where candidates are found and scored

SLACK = 50


@dataclass
class Counts:
    candidates: int = 0
    bounds: int = 0
    scores: int = 0
    scorer: int = 0


@pytest.fixture
def counts(monkeypatch: pytest.MonkeyPatch) -> Counts:
    """Count candidate pairs and scorer calls of every align() in the test."""
    c = Counts()
    real_candidates = _align_module._candidates
    real_bound = _align_module.link_bound
    real_score = _align_module.features

    def candidates(*args: Any, **kwargs: Any) -> list[tuple[int, int]]:
        pairs: list[tuple[int, int]] = list(real_candidates(*args, **kwargs))
        c.candidates += len(pairs)
        return pairs

    def bound(*args: Any, **kwargs: Any) -> float:
        c.bounds += 1
        value: float = real_bound(*args, **kwargs)
        return value

    def score(*args: Any, **kwargs: Any) -> Any:
        c.scores += 1
        value = real_score(*args, **kwargs)
        return value

    monkeypatch.setattr(_align_module, "_candidates", candidates)
    monkeypatch.setattr(_align_module, "link_bound", bound)
    monkeypatch.setattr(_align_module, "features", score)
    return c


def counting_scorer(c: Counts) -> Callable[[str, str], float]:
    def scorer(a: str, b: str) -> float:
        c.scorer += 1
        return 100.0 if a == b else 0.0

    return scorer


def _words(seed: int, n: int, vocabulary: int = 400) -> list[str]:
    """n words from a fixed made-up vocabulary, deterministic (a linear congruential walk)."""
    out = []
    x = seed
    for _ in range(n):
        x = (x * 1103515245 + 12345) % 2**31
        out.append(f"w{(x >> 8) % vocabulary}x")
    return out


def identical_sentences(n: int) -> list[Article]:
    text = "Headline\n" + " ".join(["Troops left Kyiv on Monday."] * n)
    return [Article.from_text(text, id="a"), Article.from_text(text, id="b")]


def repeated_in_every_outlet(n: int) -> list[Article]:
    # six outlets; each carries n sentences of its own and the same sentence
    # after every tenth of them
    shared = "The Kremlin called the plan a provocation."
    out = []
    for o in range(6):
        lines = ["Headline"]
        for k in range(n):
            lines.append(f"Officer {o}-{k} inspected depot number {o * 100_000 + k} near river {k}.")
            if k % 10 == 0:
                lines.append(shared)
        out.append(Article.from_text("\n".join(lines), id=f"o{o}"))
    return out


def unpunctuated_paragraph(n_bytes: int) -> list[Article]:
    # one paragraph without punctuation per article, cut into 2,000-character pieces
    out = []
    for seed in (1, 2):
        words: list[str] = []
        size = 0
        for w in _words(seed, n_bytes // 4):
            words.append(w)
            size += len(w) + 1
            if size >= n_bytes:
                break
        out.append(Article.from_text("Headline\n" + " ".join(words), id=f"p{seed}"))
    return out


CASES = [
    ("thousands of identical sentences", identical_sentences, 500),
    ("one sentence repeated in every outlet", repeated_in_every_outlet, 150),
    ("a paragraph with no punctuation", unpunctuated_paragraph, 100_000),
]


def _near_linear(small: int, large: int) -> bool:
    return large <= 5 * small + SLACK


@pytest.mark.parametrize(("make", "n"), [(m, n) for _, m, n in CASES], ids=[c[0] for c in CASES])
def test_default_scorer_work_grows_near_linearly(counts: Counts, make, n: int) -> None:
    align(make(n))
    small = (counts.candidates, counts.bounds, counts.scores)
    counts.candidates = counts.bounds = counts.scores = 0
    align(make(4 * n))
    large = (counts.candidates, counts.bounds, counts.scores)
    assert all(_near_linear(s, g) for s, g in zip(small, large, strict=True)), (small, large)
    # a scored pair was first a candidate that passed the cheap bound
    assert large[2] <= large[1] <= large[0]


@pytest.mark.parametrize(("make", "n"), [(m, n) for _, m, n in CASES], ids=[c[0] for c in CASES])
def test_user_scorer_calls_grow_near_linearly(counts: Counts, make, n: int) -> None:
    align(make(n), scorer=counting_scorer(counts))
    small = counts.scorer
    assert small <= counts.candidates
    counts.scorer = counts.candidates = 0
    align(make(4 * n), scorer=counting_scorer(counts))
    assert _near_linear(small, counts.scorer), (small, counts.scorer)


def test_identical_sentences_are_not_all_paired(counts: Counts) -> None:
    # 2 x 2,000 copies of one sentence: 4 million cross pairs; the index must skip them
    align(identical_sentences(2000))
    assert counts.candidates <= 2000


def test_a_one_megabyte_paragraph_is_cut_and_bounded(counts: Counts) -> None:
    articles = unpunctuated_paragraph(1_000_000)
    for a in articles:
        assert len(a.body) >= 500
        assert max(len(s.text) for s in a.body) <= 2000
    pieces = sum(len(a.body) for a in articles)
    align(articles)
    # at most a constant number of candidates per sentence piece
    assert counts.candidates <= 64 * pieces


def test_comparison_of_a_sentence_repeated_in_every_outlet_links_it_once_per_outlet(counts: Counts) -> None:
    c = compare(repeated_in_every_outlet(40), comparators=["coverage"])
    # each outlet holds the shared sentence 4 times; a unit takes at most
    # MAX_PER_ARTICLE sentences of one outlet, so no giant unit forms
    assert max(len(u.members) for u in c.alignment.units) <= 6
    limit = MAX_PER_ARTICLE
    assert all(len(ix) <= limit for u in c.alignment.units for ix in u.members.values())
    sentences = sum(len(a.body) for a in c.articles)
    assert counts.candidates <= 16 * sentences
