"""framing.io.jsonstream: streamed JSON is byte for byte json.dumps of the same tree."""

from __future__ import annotations

import enum
import io
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from strategies import article_sets

import framing
from framing.compare import compare
from framing.io import jsonstream
from framing.io.jsonstream import Lazy, dumps, plain, write

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


class _Level(enum.IntEnum):
    LOW = 1


class _Word(str):
    pass


_leaves = (
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False)  # those: null
    | st.text(alphabet=st.characters(codec="utf-8"), max_size=8)
    | st.sampled_from([_Level.LOW, _Word("word")])  # subclasses of int and str: written as json writes them
)


def _lazy_somewhere(tree, data):
    """The same tree with some lists and dicts turned into Lazy ones."""
    if isinstance(tree, list):
        items = [_lazy_somewhere(v, data) for v in tree]
        return Lazy(lambda: iter(items)) if data.draw(st.booleans()) else items
    if isinstance(tree, dict):
        pairs = [(k, _lazy_somewhere(v, data)) for k, v in tree.items()]
        return Lazy(lambda: iter(pairs), pairs=True) if data.draw(st.booleans()) else dict(pairs)
    return tree


def _containers(inner):
    return st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=5), inner, max_size=4) \
        | st.tuples(inner, inner)


trees = st.recursive(_leaves, _containers, max_leaves=30)


@given(trees, st.sampled_from([None, 0, 1, 2, 4]), st.data())
def test_streamed_text_is_json_dumps_of_the_plain_tree(tree, indent, data):
    lazy = _lazy_somewhere(tree, data)
    assert plain(lazy) == json.loads(json.dumps(tree))  # tuples as lists
    assert dumps(lazy, indent=indent) == json.dumps(tree, ensure_ascii=False, indent=indent)


def test_non_string_keys_are_refused():
    with pytest.raises(TypeError, match="keys must be str"):
        dumps(Lazy(lambda: [(1, 2)], pairs=True))


@pytest.mark.parametrize("indent", [2, None])
def test_a_comparison_writes_what_json_dumps_of_to_dict_gives(indent):
    c = compare(framing.load_all(SEEDS))
    out = io.StringIO()
    c.write_json(out, indent=indent)
    expected = json.dumps(c.to_dict(), ensure_ascii=False, indent=indent) + "\n"
    assert out.getvalue() == expected == c.to_json(indent=indent)


@settings(max_examples=15)
@given(article_sets(min_size=2, max_size=4))
def test_generated_comparisons_stream_the_same_json(articles):
    c = compare(articles)
    text = c.to_json()
    assert text == json.dumps(c.to_dict(), ensure_ascii=False, indent=2) + "\n"
    assert json.loads(text) == c.to_dict()


def test_members_are_made_while_writing_not_before(monkeypatch):
    made = []

    def member(i):
        made.append(i)
        return {"i": i}

    log = []

    class Sink:
        def write(self, chunk):
            log.append((chunk, len(made)))

    monkeypatch.setattr(jsonstream, "FLUSH", 1)  # every piece written as it is made
    write({"xs": Lazy(lambda: map(member, range(3)))}, Sink())
    # each member's value is written while it is the last one made
    for i in range(3):
        assert [made_then for chunk, made_then in log if f'"i": {i}' in chunk] == [i + 1]


def test_pieces_are_written_in_bounded_chunks_while_members_are_made():
    made = []

    def member(i):
        made.append(i)
        return {"i": i, "name": f"n{i}"}

    log = []

    class Sink:
        def write(self, chunk):
            log.append((chunk, len(made)))

    n = 20 * jsonstream.FLUSH
    write({"xs": Lazy(lambda: map(member, range(n)))}, Sink())
    assert json.loads("".join(c for c, _ in log))["xs"][-1] == {"i": n - 1, "name": f"n{n - 1}"}
    written = 0
    for chunk, made_then in log:
        written += chunk.count('"i": ')
        assert made_then <= written + 1  # never a member made ahead of what is written (one being written)
    assert len(log) > 10 and max(len(c) for c, _ in log) < 100 * jsonstream.FLUSH  # bounded, not one string


@pytest.mark.parametrize("value", [float("nan"), float("inf"), float("-inf")])
def test_a_number_that_is_not_finite_is_written_null_never_a_bare_nan(value):
    text = dumps({"cutoff": value, "xs": Lazy(lambda: iter([1.5, value]))}, indent=None)
    assert text == '{"cutoff": null, "xs": [1.5, null]}'
    assert json.loads(text, parse_constant=lambda c: pytest.fail(f"bare {c} in JSON"))


def test_a_long_string_is_written_on_its_own_not_joined_with_what_came_before():
    chunks = []

    class Sink:
        def write(self, chunk):
            chunks.append(chunk)

    text = "An article’s text. " * (jsonstream.LONG // 10)
    tree = {"id": "a", "text": text, "n": 1}
    write(tree, Sink())
    assert json.dumps(text, ensure_ascii=False) in chunks  # its JSON alone, no copy joined to the keys
    assert "".join(chunks) == json.dumps(tree, ensure_ascii=False, indent=2)
