"""JSON written as it is made: framing's JSON for a 50 MB article, in bounded memory.

A comparison's JSON holds every sentence, unit and placement; built as one
tree of dictionaries and encoded in one piece it took many times the input's
size. Here the large arrays and objects are :class:`Lazy`: their members are
made one at a time while the text is written, then dropped.

:func:`write` produces exactly the bytes of ``json.dumps(plain(tree),
ensure_ascii=False, indent=indent)`` (object keys must be strings, as all of
framing's are); the tests check it on real comparisons. One exception: a number
that is not finite (NaN, infinity), which ``json.dumps`` writes as a bare ``NaN``
that is no JSON, is written ``null``: framing's JSON is always valid JSON.

>>> import io
>>> tree = {"n": 2, "xs": Lazy(lambda: ({"i": i} for i in range(2))), "none": Lazy(list, pairs=True)}
>>> print(dumps(tree, indent=1))
{
 "n": 2,
 "xs": [
  {
   "i": 0
  },
  {
   "i": 1
  }
 ],
 "none": {}
}
>>> plain(tree) == {"n": 2, "xs": [{"i": 0}, {"i": 1}], "none": {}}
True
"""

from __future__ import annotations

import io
import json
import math
from collections.abc import Callable, Iterable, Iterator
from typing import Any, TextIO

__all__ = ["Lazy", "dumps", "each", "plain", "write"]


class Lazy:
    """A JSON array, or with ``pairs=True`` an object, made when it is written.

    ``make`` returns a fresh iterable of members (of ``(key, value)`` pairs
    for an object) each time it is called.
    """

    __slots__ = ("make", "pairs")

    def __init__(self, make: Callable[[], Iterable[Any]], *, pairs: bool = False) -> None:
        self.make = make
        self.pairs = pairs


def each(items: Iterable[Any]) -> Lazy:
    """A lazy array of ``item.to_dict()`` for every item of ``items`` (a sequence)."""
    return Lazy(lambda: (item.to_dict() for item in items))


def plain(tree: Any) -> Any:
    """``tree`` with every :class:`Lazy` made into a list or dict (deeply)."""
    if isinstance(tree, Lazy):
        if tree.pairs:
            return {k: plain(v) for k, v in tree.make()}
        return [plain(v) for v in tree.make()]
    if isinstance(tree, dict):
        return {k: plain(v) for k, v in tree.items()}
    if isinstance(tree, list | tuple):
        return [plain(v) for v in tree]
    return tree


def write(tree: Any, fh: TextIO, *, indent: int | None = 2) -> None:
    """Write ``tree`` as JSON to ``fh`` (UTF-8 text, non-ASCII kept)."""
    for chunk in _encode(tree, 0, indent):
        fh.write(chunk)


def dumps(tree: Any, *, indent: int | None = 2) -> str:
    """``tree`` as JSON text: ``json.dumps(plain(tree), ensure_ascii=False, indent=indent)``."""
    out = io.StringIO()
    write(tree, out, indent=indent)
    return out.getvalue()


# one encoder for every leaf (json.dumps with options builds a new one per call); it
# refuses a non-finite number, which _encode writes as null before it gets there
_leaf = json.JSONEncoder(ensure_ascii=False, allow_nan=False).encode


def _encode(tree: Any, level: int, indent: int | None) -> Iterator[str]:
    if isinstance(tree, Lazy):
        if tree.pairs:
            yield from _container(iter(tree.make()), True, level, indent)
        else:
            yield from _container(((None, v) for v in tree.make()), False, level, indent)
    elif isinstance(tree, dict):
        yield from _container(iter(tree.items()), True, level, indent)
    elif isinstance(tree, list | tuple):
        yield from _container(((None, v) for v in tree), False, level, indent)
    elif isinstance(tree, float) and not math.isfinite(tree):
        yield "null"
    else:
        yield _leaf(tree)


def _container(
    members: Iterator[tuple[Any, Any]], pairs: bool, level: int, indent: int | None
) -> Iterator[str]:
    opening, closing = ("{", "}") if pairs else ("[", "]")
    if indent is None:
        inner, separator, end = "", ", ", closing
    else:
        inner = "\n" + " " * (indent * (level + 1))
        separator = "," + inner
        end = "\n" + " " * (indent * level) + closing
    first = True
    for key, value in members:
        yield (opening + inner) if first else separator
        first = False
        if pairs:
            if not isinstance(key, str):
                raise TypeError(f"JSON object keys must be str (got {type(key).__name__})")
            yield _leaf(key) + ": "
        yield from _encode(value, level + 1, indent)
    yield opening + closing if first else end
