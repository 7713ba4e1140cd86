"""A read-only mapping for a handful of keys, in a fraction of a dict's memory.

Every content unit maps its 1..N articles to sentence indices, and coverage
maps each unit's articles to placements: on a 50 MB article that is a
million small dicts of one entry (184 bytes each before their contents).
A :class:`SmallMap` keeps its keys and values in two tuples, and the keys
tuple is shared by every map with the same keys (a comparison of N
articles has at most 2**N sets of article ids, in practice a few), so one
entry costs about a third as much. A map of one key (most units of a long
article, and their placements) keeps its value alone, without a tuple
around it: 56 bytes less each.

Look-ups scan the keys (a unit has one key per outlet, so a handful at
most); the keys of a map of more than :data:`SCAN_MOST` (a wire story's unit
in hundreds of outlets) are looked up through a dict of their positions, made
once per shared keys tuple. It compares equal to a dict with the same items and
prints like one.

>>> m = SmallMap(("a", "b"), ((0,), (3, 4)))
>>> m["b"], m.get("c"), "a" in m, list(m), len(m)
((3, 4), None, True, ['a', 'b'], 2)
>>> m == {"a": (0,), "b": (3, 4)}, m
(True, {'a': (0,), 'b': (3, 4)})
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, Generic, TypeVar

__all__ = ["SmallMap", "shared_keys"]

K = TypeVar("K")
V = TypeVar("V")

_KEYS: dict[tuple[Any, ...], tuple[Any, ...]] = {}


def shared_keys(keys: tuple[K, ...]) -> tuple[K, ...]:
    """The one stored tuple equal to ``keys`` (so equal key sets share memory).

    Only small tuples of article ids come here; the table holds each distinct
    set once, and is emptied when a long batch run has filled it with 65,536.
    """
    if len(_KEYS) > 1 << 16:  # a long-running batch over many outlet sets
        _KEYS.clear()
    return _KEYS.setdefault(keys, keys)


SCAN_MOST = 16
"""Most keys a look-up scans; a larger map's keys are found through :func:`_positions`."""

_POSITIONS: dict[int, tuple[tuple[Any, ...], dict[Any, int]]] = {}


def _positions(keys: tuple[K, ...]) -> dict[K, int]:
    """Key -> its first position in ``keys``, made once per keys tuple (by identity: equal key sets share
    one tuple, and hashing a tuple of hundreds of outlets for each look-up would cost as much as the scan).
    The tuple is held beside its positions, so its identity is never another's."""
    found = _POSITIONS.get(id(keys))
    if found is None or found[0] is not keys:
        if len(_POSITIONS) > 1 << 12:
            _POSITIONS.clear()
        index: dict[Any, int] = {}
        for n, k in enumerate(keys):
            index.setdefault(k, n)
        found = _POSITIONS[id(keys)] = (keys, index)
    return found[1]


class SmallMap(Mapping[K, V], Generic[K, V]):
    """An immutable mapping stored as a keys tuple and a values tuple, in key order given."""

    __slots__ = ("_keys", "_values")

    def __init__(self, keys: tuple[K, ...], values: tuple[V, ...]) -> None:
        if len(keys) != len(values):
            raise ValueError(f"{len(keys)} keys but {len(values)} values")
        self._keys = shared_keys(keys)
        # one key: the value itself (a one-item tuple would cost 56 bytes a map; see _items)
        self._values: Any = values[0] if len(keys) == 1 else values

    @classmethod
    def of(cls, items: Mapping[K, V]) -> SmallMap[K, V]:
        """A SmallMap with the items of ``items``, in its order."""
        return cls(tuple(items), tuple(items.values()))

    def __getitem__(self, key: K) -> V:
        keys = self._keys
        try:
            n = _positions(keys)[key] if len(keys) > SCAN_MOST else keys.index(key)
        except (ValueError, KeyError, TypeError):  # (an unhashable key is in no map, as in the scan)
            raise KeyError(key) from None
        return self._values if len(keys) == 1 else self._values[n]  # type: ignore[no-any-return]

    def __contains__(self, key: object) -> bool:
        keys = self._keys
        if len(keys) <= SCAN_MOST:
            return key in keys
        try:
            return key in _positions(keys)
        except TypeError:
            return False

    def __iter__(self) -> Iterator[K]:
        return iter(self._keys)

    def __len__(self) -> int:
        return len(self._keys)

    def _items(self) -> tuple[V, ...]:
        """The values, in key order, as one tuple."""
        return (self._values,) if len(self._keys) == 1 else self._values

    def __repr__(self) -> str:
        return repr(dict(zip(self._keys, self._items(), strict=True)))

    def __reduce__(self) -> tuple[Any, ...]:
        return (SmallMap, (self._keys, self._items()))
