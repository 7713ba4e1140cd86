"""Which quotes of different outlets state one statement: candidate pairs, their matches, and the pieces
one outlet broke a statement into. :func:`framing.comparators.quotes.quotes` groups by them.
"""

from __future__ import annotations

import difflib
from collections import Counter
from collections.abc import Mapping, Sequence

from framing.extract.quotes import Quote

__all__ = ["MATCH", "STOP", "candidate_pairs", "copies", "join_pieces", "match", "neighbours"]

MATCH = 0.6
"""Share of the shorter quote's words that must appear, in order, in the other."""

STOP = frozenset(
    "a an the and or but if then of to in on at by for with from as is are was were be been it "
    "this that these those we you he she they i our your his her their its not no so there here "
    "will would can could just about what who which when all any some do does did have has had".split()
)
"""Words too common to tie two quotes (candidate keys, and the words a quote's report must carry)."""


def match(a: Sequence[str], b: Sequence[str]) -> float:
    """Share of the shorter word list found in order in the longer one."""
    if not a or not b:
        return 0.0
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    common = sum(block.size for block in matcher.get_matching_blocks())
    return common / min(len(a), len(b))


def candidate_pairs(flat: Sequence[Quote], toks: Sequence[Sequence[str]],
                    among: Mapping[int, Sequence[int]] | None = None) -> list[tuple[int, int]]:
    """Pairs of quotes of different articles sharing at least two content words; with ``among``
    (:func:`copies`), pairs of its sets, each by its first quote, whose quotes are not all of one article.

    A match needs most of the shorter quote's words, so quotes sharing fewer
    cannot match; words in very many quotes (sets) are skipped as keys.
    """
    # quotes with the same content words (a wire story's quote in every outlet) are one class: the
    # words two quotes share are counted once per pair of classes, not once per pair of quotes
    classes: dict[frozenset[str], list[int]] = {}
    for i in range(len(toks)) if among is None else sorted(among):
        classes.setdefault(frozenset(toks[i]) - STOP, []).append(i)
    members = list(classes.values())
    postings: dict[str, list[int]] = {}  # word -> the classes with it
    quotes_with: Counter[str] = Counter()  # word -> the quotes (sets of copies) with it
    for c, words_c in enumerate(classes):
        for w in words_c:
            postings.setdefault(w, []).append(c)
            quotes_with[w] += len(members[c])
    shared: Counter[tuple[int, int]] = Counter()
    for w, hits in postings.items():
        if quotes_with[w] > 200:
            continue
        for n, c in enumerate(hits):
            for d in hits[n:]:
                shared[(c, d)] += 1
    out = []
    for (c, d), n in shared.items():
        if n < 2:
            continue
        for i in members[c]:
            for j in members[d]:
                if i != j and (c != d or i < j) and (flat[i].article != flat[j].article or (
                        among is not None and (len(among[i]) > 1 or len(among[j]) > 1))):
                    out.append((i, j) if i < j else (j, i))
    return sorted(out)


def copies(flat: Sequence[Quote], toks: Sequence[tuple[str, ...]],
           person: Sequence[str | None]) -> dict[int, list[int]]:
    """Quotes one before any other pairing: the same words (``toks``, comparison keys) and the same
    speaker (named or not, and the same ``person`` the set names) in different articles, three words
    or more: each such set by its first quote -> its quotes, ascending; every other quote alone.

    Any two of a set match wholly (:func:`match` 1.0) and match any other quote alike, so they are the
    first pairs joined; joined at once, a quote carried word for word by hundreds of outlets costs its
    outlets, not their pairs (with every pair, a quote in more than 200 outlets lost its words as
    keys, and each outlet's copy was reported as its own). An article quoting the same words twice
    has the second in a set of its own: a group holds one quote per article.

    >>> from framing.extract.quotes import Quote
    >>> q = [Quote(a, "We will go there now", 0, 20, (0,), "X", "marks") for a in ("a", "a", "b")]
    >>> copies(q, [("we", "go", "there", "now")] * 3, ["X", "X", "X"])
    {0: [0, 2], 1: [1]}
    """
    out: dict[int, list[int]] = {}
    open_: dict[tuple[object, ...], list[tuple[list[int], set[str]]]] = {}
    for i, q in enumerate(flat):
        if len(toks[i]) < 3:  # too short to be matched (framing.comparators.quotes.quotes)
            out[i] = [i]
            continue
        for held, articles in (sets := open_.setdefault((toks[i], bool(q.speaker), person[i]), [])):
            if q.article not in articles:
                held.append(i)
                articles.add(q.article)
                break
        else:
            out[i] = [i]
            sets.append((out[i], {q.article}))
    return out


def _following(flat: Sequence[Quote], *, loose: bool = False) -> dict[int, int]:
    """Quote -> the next quote of the same article when it may go on with the same statement:
    one sentence away at most, and the next names no speaker or the same one (``loose``:
    either names none, or both name one with the same last word, "President Obama" and
    "Obama")."""

    def same(q: str | None, nxt: str | None) -> bool:
        if loose:
            return q is None or nxt is None or q.split()[-1:] == nxt.split()[-1:]
        return nxt is None or nxt == q

    following: dict[int, int] = {}
    for k in range(len(flat) - 1):
        q, nxt = flat[k], flat[k + 1]
        if q.article == nxt.article and q.sentences and nxt.sentences and nxt.sentences[0] - q.sentences[-1] <= 1 and (
                same(q.speaker, nxt.speaker)):
            following[k] = k + 1
    return following


def neighbours(flat: Sequence[Quote]) -> dict[int, set[int]]:
    """Quote -> the quotes before and after it that may be pieces of its statement
    (:func:`_following`, loose)."""
    out: dict[int, set[int]] = {}
    for before, after in _following(flat, loose=True).items():
        out.setdefault(before, set()).add(after)
        out.setdefault(after, set()).add(before)
    return out


def join_pieces(
    flat: Sequence[Quote], toks: Sequence[Sequence[str]], group_of: list[int], members: dict[int, list[int]]
) -> None:
    """Join to a group the rest of a statement one outlet broke in two.

    ``"We've got a real challenge," Boehner said. "There's a 1 in 3 chance..."``
    against another outlet's one quote of both: the other piece, quoted by
    nobody else, is the next or the previous quote of the same article (one
    sentence away at most, the same speaker or none), and most of its words
    appear in another outlet's version of the group. Changes the groups in
    place.
    """
    following = _following(flat)
    preceding = {after: before for before, after in following.items()}
    for root in sorted(members, key=lambda r: min(members[r])):
        if root not in members or len({flat[k].article for k in members[root]}) < 2:
            continue
        for k in sorted(members[root]):
            # the rest of the statement may come after this piece or before it
            for piece in (following.get(k), preceding.get(k)):
                if piece is None or group_of[piece] == root or len(members.get(group_of[piece], ())) != 1:
                    continue
                others = [j for j in members[root] if flat[j].article != flat[k].article]
                longest = max(others, key=lambda j: (len(toks[j]), j))
                if len(toks[piece]) >= 3 and match(toks[piece], toks[longest]) >= MATCH \
                        and len(toks[k]) + len(toks[piece]) <= len(toks[longest]) + 3:
                    members.pop(group_of[piece])
                    group_of[piece] = root
                    members[root].append(piece)
