"""Fewer cyclic garbage collections while framing works.

A comparison makes hundreds of thousands of small containers (tokens, terms, mentions,
links, units) that live until the step that made them ends. CPython runs a young-generation
collection every 700 container allocations (``gc.get_threshold()[0]``), and each one
traverses the containers made since the last: about 8% of :func:`framing.compare`'s CPU time
on a BASIL event (9 of 113 ms for the comparison, the memo and the page; measured with
``gc.callbacks``). With the threshold ten times higher while framing works, it is about 2 ms,
whatever factor above ten is chosen (7,000, 20,000 and 50,000 all measured 2-2.5 ms). Nothing
stays alive longer but cyclic garbage, of which framing makes little; results cannot change.

The threshold is the process's, so entering is counted: with several threads (or nested calls)
inside at once, the first raises the threshold and the last puts back the one the process had,
unless something else changed it meanwhile (that setting is then left alone). A process that
turned collection off (threshold 0) is left as it is.

Examples
--------
>>> import gc
>>> before = gc.get_threshold()
>>> with fewer_collections():
...     raised = gc.get_threshold()
>>> raised[0] == (before[0] * FACTOR if before[0] else 0), gc.get_threshold() == before
(True, True)
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["FACTOR", "fewer_collections"]

FACTOR = 10
"""How many times the young generation's threshold is raised while framing works."""

_LOCK = threading.Lock()
_inside = 0
_saved: tuple[int, ...] | None = None  # the threshold to put back, None when framing did not change it


@contextmanager
def fewer_collections() -> Iterator[None]:
    """Raise the young generation's collection threshold :data:`FACTOR` times for the block."""
    global _inside, _saved
    with _LOCK:
        if _inside == 0:
            threshold = gc.get_threshold()
            _saved = None
            if threshold[0] > 0:
                _saved = threshold
                gc.set_threshold(threshold[0] * FACTOR, *threshold[1:])
        _inside += 1
    try:
        yield
    finally:
        with _LOCK:
            _inside -= 1
            if _inside == 0 and _saved is not None:
                if gc.get_threshold() == (_saved[0] * FACTOR, *_saved[1:]):  # else another's setting
                    gc.set_threshold(*_saved)
                _saved = None
