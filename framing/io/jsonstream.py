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
    out: list[str] = []
    _write(tree, 0, indent, out, fh)
    fh.write("".join(out))


def dumps(tree: Any, *, indent: int | None = 2) -> str:
    """``tree`` as JSON text: ``json.dumps(plain(tree), ensure_ascii=False, indent=indent)``."""
    out = io.StringIO()
    write(tree, out, indent=indent)
    return out.getvalue()


# one encoder for the leaves of other types (json.dumps with options builds a new one per call); it
# refuses a non-finite number, which _write writes as null before it gets there
_leaf = json.JSONEncoder(ensure_ascii=False, allow_nan=False).encode
# what that encoder does with a string, an int and a finite float, called straight: through it, each
# number built an encoder of its own (JSONEncoder.encode's one-shot path), the larger part of the time
_string = json.encoder.encode_basestring
_CONSTANTS = {True: "true", False: "false"}

FLUSH = 4096
"""Pieces gathered before they are written to the file as one string: memory stays bounded, and the
file is not written once for every number and key."""


LONG = 1 << 16
"""Characters of a string written to the file on its own: a copy of an article's text is not made to
join it with the pieces gathered before it."""


def _write(tree: Any, level: int, indent: int | None, out: list[str], fh: TextIO) -> None:
    """Append ``tree``'s JSON to ``out``, writing ``out`` to ``fh`` whenever it holds :data:`FLUSH` pieces.

    A recursive function, not nested generators: a generator a value made writing JSON the larger part
    of a batch's time. The exact types come first (the common case); the rest as before: Lazy, a dict,
    a list or tuple (a named tuple too), a float that is not finite, else the leaf encoder.
    """
    kind = type(tree)
    if kind is str:
        if len(tree) > LONG:  # an article's text: written at once, never joined with the pieces beside it
            fh.write("".join(out))
            out.clear()
            fh.write(_string(tree))
        else:
            out.append(_string(tree))
    elif kind is int:
        out.append(int.__repr__(tree))
    elif kind is float:
        out.append(float.__repr__(tree) if math.isfinite(tree) else "null")
    elif tree is None:
        out.append("null")
    elif kind is bool:
        out.append(_CONSTANTS[tree])
    elif kind is dict:
        _members(iter(tree.items()), True, level, indent, out, fh)
    elif kind is list or kind is tuple:
        _members(((None, v) for v in tree), False, level, indent, out, fh)
    elif isinstance(tree, Lazy):
        if tree.pairs:
            _members(iter(tree.make()), True, level, indent, out, fh)
        else:
            _members(((None, v) for v in tree.make()), False, level, indent, out, fh)
    elif isinstance(tree, dict):
        _members(iter(tree.items()), True, level, indent, out, fh)
    elif isinstance(tree, list | tuple):
        _members(((None, v) for v in tree), False, level, indent, out, fh)
    elif isinstance(tree, float) and not math.isfinite(tree):
        out.append("null")
    else:
        out.append(_leaf(tree))


def _members(
    members: Iterator[tuple[Any, Any]], pairs: bool, level: int, indent: int | None, out: list[str], fh: TextIO
) -> None:
    opening, closing = ("{", "}") if pairs else ("[", "]")
    if indent is None:
        inner, separator, end = "", ", ", closing
    else:
        inner = "\n" + " " * (indent * (level + 1))
        separator = "," + inner
        end = "\n" + " " * (indent * level) + closing
    first = True
    for key, value in members:
        out.append((opening + inner) if first else separator)
        first = False
        if pairs:
            if not isinstance(key, str):
                raise TypeError(f"JSON object keys must be str (got {type(key).__name__})")
            out.append(_string(key) + ": " if type(key) is str else _leaf(key) + ": ")
        _write(value, level + 1, indent, out, fh)
        if len(out) >= FLUSH:
            fh.write("".join(out))
            out.clear()
    out.append(opening + closing if first else end)
