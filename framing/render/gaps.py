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

from array import array
from collections import Counter
from collections.abc import Sequence
from itertools import groupby
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
    # units by number in the order of their ids (a sentence of two units lists them in that order);
    # a large article's records are arrays of numbers, not tuples, dicts and strings per sentence
    uids = sorted(u.id for u in alignment.units)
    code = {uid: n for n, uid in enumerate(uids)}
    width = len(uids)
    records: dict[str, list[int]] = {a: [] for a in ids}
    last = {a: array("q", [-1]) * width for a in ids}  # a unit's last sentence in the article (-1: none)
    for u in alignment.units:
        n = code[u.id]
        # a sentence stating the unit's fact within another unit's (Unit.also) carries it: no gap
        for a, idx in (*u.members.items(), *u.also.items()):
            if a in records:
                records[a].extend(i * width + n for i in idx)
                last[a][n] = idx[-1]
    seq = {a: array("q", sorted(records.pop(a))) for a in ids}  # (sentence, unit) in reading order
    rank: dict[str, array[float]] = {}
    for a, s in seq.items():
        # a unit's relative place: where its first sentence comes in the article's records
        rank[a] = r = array("d", [0.0]) * width
        for n in range(len(s) - 1, -1, -1):
            r[s[n] % width] = n / max(len(s), 1)
    out: dict[str, list[tuple[int, str]]] = {}
    for x in ids:
        # one record a vote, in three arrays: the lacked unit, the sentence it would follow, its
        # relative place in the carrier; grouped by unit at the end (a counter and a list per lacked
        # unit, then a tuple per vote, were several times a large article's text)
        units, afters, places = array("q"), array("q"), array("d")
        here_of = last[x]
        for c in ids:
            if c == x:
                continue
            before, voted = TOP, bytearray(width)
            for record in seq[c]:
                n = record % width
                here = here_of[n]
                if here >= 0:
                    before = here
                elif not voted[n]:  # a unit of several sentences votes once, from its first
                    voted[n] = 1
                    units.append(n)
                    afters.append(before)
                    places.append(rank[c][n])
        placed = []
        # a stable sort: a unit's votes stay in the carriers' order
        for n, group in groupby(sorted(range(len(units)), key=units.__getitem__), key=units.__getitem__):
            got = list(group)
            votes = Counter(afters[k] for k in got)
            placed.append((max(votes.items(), key=lambda kv: (kv[1], -kv[0]))[0],
                           sum(places[k] for k in got) / len(got), uids[n]))
        del units, afters, places
        out[x] = [(at, uid) for at, _r, uid in sorted(placed)]
    return out
