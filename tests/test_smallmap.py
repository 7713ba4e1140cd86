"""framing.align.smallmap: a SmallMap behaves as the dict with the same items."""

from __future__ import annotations

import copy
import pickle

import pytest
from hypothesis import given
from hypothesis import strategies as st

from framing.align.smallmap import SmallMap, shared_keys

small_dicts = st.dictionaries(st.text(max_size=4), st.tuples(st.integers(0, 99)), max_size=6)


@given(small_dicts, st.text(max_size=4))
def test_reads_like_the_dict(d, probe):
    m = SmallMap.of(d)
    assert m == d and d == m and dict(m) == d
    assert list(m) == list(d) and list(m.items()) == list(d.items()) and list(m.values()) == list(d.values())
    assert len(m) == len(d) and repr(m) == repr(d)
    assert (probe in m) == (probe in d)
    assert m.get(probe) == d.get(probe)
    if probe in d:
        assert m[probe] == d[probe]
    else:
        with pytest.raises(KeyError):
            m[probe]


@given(small_dicts)
def test_pickles_and_copies(d):
    m = SmallMap.of(d)
    assert pickle.loads(pickle.dumps(m)) == m
    assert copy.deepcopy(m) == m


def test_equal_key_sets_share_one_tuple():
    a = SmallMap(("x", "y"), (1, 2))
    b = SmallMap(tuple(["x", "y"]), (3, 4))
    assert a._keys is b._keys is shared_keys(("x", "y"))


def test_is_read_only_and_checks_lengths():
    m = SmallMap(("x",), (1,))
    with pytest.raises(TypeError):
        m["x"] = 2  # type: ignore[index]
    with pytest.raises(AttributeError):
        m.extra = 1  # type: ignore[attr-defined]
    with pytest.raises(ValueError, match="1 keys but 2 values"):
        SmallMap(("x",), (1, 2))


@given(st.lists(st.text(max_size=3), unique=True, max_size=40), st.lists(st.text(max_size=3), max_size=10))
def test_a_map_of_any_size_looks_up_as_a_dict(keys: list[str], others: list[str]) -> None:
    # past SCAN_MOST keys, look-ups go through a dict of positions: the same answers as a scan
    plain = {k: n for n, k in enumerate(keys)}
    m = SmallMap(tuple(keys), tuple(range(len(keys))))
    for k in [*keys, *others]:
        assert (k in m) == (k in plain)
        assert m.get(k) == plain.get(k)
    assert [] not in m and m.get([]) is None  # an unhashable key is in no map  # type: ignore[comparison-overlap]


def test_a_one_key_map_keeps_its_value_alone():
    # most maps are a unit of one outlet (and its placement): no one-item tuple around the value
    value = (7,)
    m = SmallMap(("only",), (value,))
    assert m._values is value and m["only"] is value
    assert list(m.values()) == [value] and m == {"only": (7,)} and repr(m) == "{'only': (7,)}"
    assert pickle.loads(pickle.dumps(m)) == m and pickle.loads(pickle.dumps(m))._values == value
