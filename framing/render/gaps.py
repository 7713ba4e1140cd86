"""Where, in one outlet's text, would sit a fact it leaves out that other outlets carry.

The page marks each such gap in the outlet's column ("not here: C7, carried
by 4 of 5"), at the place the fact would sit: after this outlet's sentence of
the unit that comes before the fact in the outlets that carry it. Each
carrier votes for the last unit before the fact (in its own order) that this
outlet also carries; the place most carriers agree on wins, the earlier one
on a tie, the top of the text when no carrier has such a unit before it.

>>> from framing import Article, compare
>>> a = Article.from_text("Head\\nTroops left Kyiv on Monday. Rain fell in Riga. Prices rose in Vilnius.", id="a")
>>> b = Article.from_text("Head\\nOn Monday, troops left Kyiv. Prices rose sharply in Vilnius.", id="b")
>>> places = omission_places(compare([a, b]).alignment, ["a", "b"])
>>> places["b"], places["a"]
([(1, 'a:2')], [])
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from itertools import groupby
from operator import itemgetter
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from framing.align.units import Alignment

__all__ = ["TOP", "omission_places"]

TOP = -1
"""The place before the article's first sentence."""


def omission_places(alignment: Alignment, shown: Sequence[str]) -> dict[str, list[tuple[int, str]]]:
    """Per article of ``shown``: ``(sentence index, unit id)`` for each unit some other article of
    ``shown`` carries and it lacks, the sentence being the one it would follow (:data:`TOP`: before
    the first), in reading order (units at one place in the order their carriers give them).

    Independent of the order of ``shown``. Cost: one pass over each carrier's sentences per
    article lacking something, so linear in the text times the outlets shown (at most a dozen).
    """
    ids = sorted(set(shown))
    seq: dict[str, list[tuple[int, str]]] = {a: [] for a in ids}
    last: dict[tuple[str, str], int] = {}  # (article, unit) -> its last sentence in the article
    for u in alignment.units:
        # a sentence stating the unit's fact within another unit's (Unit.also) carries it: no gap
        for a, idx in (*u.members.items(), *u.also.items()):
            if a in seq:
                seq[a].extend((i, u.id) for i in idx)
                last[(a, u.id)] = idx[-1]
    for a in ids:
        seq[a].sort()
    rank = {a: {uid: n / max(len(s), 1) for n, (_i, uid) in reversed(list(enumerate(s)))} for a, s in seq.items()}
    out: dict[str, list[tuple[int, str]]] = {}
    for x in ids:
        # one record a vote: (lacked unit, the sentence it would follow, its relative place in the
        # carrier); grouped by unit at the end (a counter and a list per lacked unit were several
        # times a large article's text)
        cast: list[tuple[str, int, float]] = []
        for c in ids:
            if c == x:
                continue
            before, voted = TOP, set[str]()
            for _i, uid in seq[c]:
                here = last.get((x, uid))
                if here is not None:
                    before = here
                elif uid not in voted:  # a unit of several sentences votes once, from its first
                    voted.add(uid)
                    cast.append((uid, before, rank[c][uid]))
        placed = []
        # a stable sort: a unit's votes stay in the carriers' order
        for uid, group in groupby(sorted(cast, key=itemgetter(0)), key=itemgetter(0)):
            got = list(group)
            votes = Counter(at for _u, at, _r in got)
            placed.append((max(votes.items(), key=lambda kv: (kv[1], -kv[0]))[0],
                           sum(r for _u, _a, r in got) / len(got), uid))
        del cast
        out[x] = [(at, uid) for at, _r, uid in sorted(placed)]
    return out
