"""The threads' columnar store (:class:`framing.findings.threads.ThreadList`): the same threads,
in the same order, as the list of Thread objects it replaced."""

from __future__ import annotations

import pickle

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from framing.findings.threads import Thread, ThreadList

_words = st.lists(st.sampled_from(["troops", "kyiv", "nato", "grain", "said"]), max_size=3).map(tuple)


@st.composite
def _threads(draw: st.DrawFn) -> list[Thread]:
    out = []
    starts = draw(st.lists(st.integers(0, 60), unique=True, max_size=8))
    for start in starts:
        n = draw(st.integers(1, 4))
        sentences = tuple(range(start * 5, start * 5 + n))
        # a unit a sentence (stored a label a sentence), or fewer units than sentences (stored whole)
        units = tuple(f"C{i + 1}" for i in sentences) if draw(st.booleans()) else tuple(
            dict.fromkeys(f"C{i // 2 + 1}" for i in sentences))
        words = draw(_words)
        out.append(Thread(
            units, sentences, words, draw(st.sampled_from([1.0, 1.5, 2.0, 3.5])),
            draw(st.floats(0, 1, allow_nan=False)), draw(_words),
            tuple(draw(st.floats(0, 100, allow_nan=False)) for _ in sentences),
            words if draw(st.booleans()) else draw(_words), draw(st.floats(0, 1, allow_nan=False)), draw(_words)))
    return out


@given(_threads())
@example([Thread(("C1",), (1,), ("a",), 2.0, 0.0, (), (0.0,)),  # equal salience: the first sentence decides
          Thread(("C9", "C10"), (9, 10), ("b",), 2.0, 0.5, (), (1.0, 2.0)),
          Thread(("C3",), (3, 4), ("a",), 2.0, 0.1, (), (0.5, 0.5))])
def test_a_thread_list_holds_the_threads_most_salient_first(made):
    expected = sorted(made, key=lambda t: (-t.salience, t.sentences[0]))
    found = ThreadList(made)
    assert len(found) == len(expected)
    assert list(found) == expected and found == expected and expected == found
    assert [found[k] for k in range(len(found))] == expected
    assert [found[-k] for k in range(1, len(found) + 1)] == expected[::-1]
    assert found[1:3] == expected[1:3] and found[::-1] == expected[::-1]
    assert pickle.loads(pickle.dumps(found)) == expected
    if expected:
        assert found != expected[:-1]
        with pytest.raises(IndexError):
            found[len(expected)]


def test_a_thread_without_sentences_or_without_a_figure_a_sentence_is_refused():
    with pytest.raises(ValueError, match="a thread needs a sentence"):
        ThreadList([Thread((), (), (), 0.0, 0.0)])
    with pytest.raises(ValueError, match="1 for 2"):
        ThreadList([Thread(("C1",), (1, 2), (), 1.0, 0.0, (), (0.0,))])
