"""Quotes across outlets: the same words quoted exactly, altered, paraphrased, or by one outlet only.

Quotes are found per article by :func:`framing.extract.quotes.extract_quotes`, then
grouped across articles: two quotes of different articles belong together
when most of the words of the shorter one appear, in order, in the other (an
outlet may quote only part of a statement, or cut it across two sentences).
A group holds one quote per article, or two when the article broke the
statement in two that another outlet quotes as one (its variants are then
compared as one text); in an event of more than
:data:`framing.align.units.COPIES_ABOVE` outlets, quotes with the same words
and speaker in several outlets (a wire copy) are one group first
(:func:`framing.comparators.quote_pairs.copies`); then the strongest matches
are grouped, ties broken by article id and position, so the grouping does not
depend on article order.

Status of a group:

``exact``
    Two or more outlets quote it with the same words (case, punctuation and
    quote style aside).
``excerpt``
    Two or more outlets quote it, and the versions differ only by words one
    of them leaves out: one quoted a longer or shorter part of the statement
    (or cut words from inside it, which ``changes`` then shows). No word is
    replaced.
``altered``
    Two or more outlets quote it and words are replaced; ``changes`` lists
    each word-level difference against the version most outlets carry word for word
    (the first outlet's when none is carried by more).
``paraphrased``
    One outlet quotes it, another reports the same words as indirect speech
    (a sentence outside quotation marks carrying most of its content words).
``single``
    Only one outlet has it.
"""

from __future__ import annotations

import difflib
import functools
import re
from array import array
from collections import Counter
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from framing.align.units import COPIES_ABOVE, Alignment
from framing.comparators import quotes_of
from framing.comparators.entities import Registry
from framing.comparators.quote_pairs import MATCH, STOP, candidate_pairs, copies, join_pieces, match, neighbours
from framing.extract.quotes import Quote
from framing.io.article import Article, Sentence
from framing.io.evidence import Evidence
from framing.io.jsonstream import Lazy, each
from framing.text.normalise import words

__all__ = [
    "MATCH", "PARAPHRASE", "STATUSES", "Change", "Opcodes", "QuoteGroup", "Quotes", "Spans", "Variant", "quotes",
    "word_ops",
]

STATUSES = ("exact", "excerpt", "altered", "paraphrased", "single")
"""Quote-group statuses (see the module docstring), in report order."""
PARAPHRASE = 0.6
"""Share of a quote's content words an indirect-speech sentence must carry."""
UNNAMED_MATCH = 0.8
"""Share (as :data:`MATCH`) two quotes must share when either names no speaker: without
a speaker to tie them, only near-verbatim words make them one statement."""


@dataclass(frozen=True, slots=True)
class Variant(Evidence):
    """One outlet's version of a quote: its evidence (``sentence`` is the first of the
    ``sentences`` it spans), ``speaker`` and ``form``: ``marks``/``dash`` for a direct
    quote, ``indirect`` for a sentence reporting the same words without quotation marks.
    """

    sentences: tuple[int, ...]
    speaker: str | None
    form: str

    def to_dict(self) -> dict[str, Any]:
        """Plain-JSON form."""
        return {
            "article": self.article,
            "sentence": self.sentence,
            "sentences": list(self.sentences),
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "speaker": self.speaker,
            "form": self.form,
        }


@dataclass(frozen=True, slots=True)
class Change:
    """A word-level difference of ``article``'s version against the reference version.

    ``op`` is ``replace``, ``insert`` (``article``'s version has words the
    reference lacks), ``delete`` (it lacks words the reference has) or ``move``
    (it has the reference's words ``before`` in another place of the quote).
    Words are compared by their :func:`framing.text.normalise.key`, with hyphens as
    word breaks and number words as digits ("one-in-three" = "1 in 3").
    ``inside`` says the change falls inside the reference's words, not at
    either end: words cut from (or added into) the middle of a statement,
    which an excerpt's reader should see ("We will not send" -> "We will
    send").
    """

    article: str
    op: str
    before: str
    after: str
    inside: bool = False

    def to_dict(self) -> dict[str, Any]:
        """Plain-JSON form."""
        return {"article": self.article, "op": self.op, "from": self.before, "to": self.after,
                "inside": self.inside}


@dataclass(frozen=True, slots=True)
class QuoteGroup:
    """One statement as quoted (or reported) across outlets."""

    id: str
    speaker: str | None
    status: str
    variants: tuple[Variant, ...]
    changes: tuple[Change, ...]

    def to_dict(self) -> dict[str, Any]:
        """Plain-JSON form."""
        return {
            "id": self.id,
            "speaker": self.speaker,
            "status": self.status,
            "variants": [v.to_dict() for v in self.variants],
            "changes": [c.to_dict() for c in self.changes],
        }


@dataclass(frozen=True)
class Quotes:
    """All quote groups, in order of first appearance (article id, position)."""

    groups: tuple[QuoteGroup, ...]

    def to_dict(self) -> list[dict[str, Any]]:
        """Plain-JSON form: a list of groups."""
        return [g.to_dict() for g in self.groups]

    def json_tree(self) -> Lazy:
        """:meth:`to_dict`, made as it is written."""
        return each(self.groups)


def _tokens(text: str) -> list[str]:
    return words(text)


def _distinct_words(text: str) -> tuple[str, ...]:
    """:func:`_tokens` of ``text``, each once, in reading order."""
    return tuple(dict.fromkeys(_tokens(text)))


def _variant(q: Quote, registry: Registry) -> Variant:
    from framing.comparators.resolve import resolve_speaker

    speaker = resolve_speaker(q.speaker, registry, q.article) if q.speaker else None
    first = q.sentences[0] if q.sentences else 0  # extract_quotes always gives one; a hand-made Quote may not
    return Variant(q.article, first, q.start, q.end, q.text, q.sentences, speaker, q.form)


_NUMBER_WORDS = {
    w: str(n) for n, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
        "sixteen seventeen eighteen nineteen twenty".split()
    )
} | {w: str(10 * n) for n, w in enumerate("thirty forty fifty sixty seventy eighty ninety".split(), start=3)}
_PIECES = re.compile(r"[^\s\-–—]+")


def _pieces(text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Raw word pieces of a quote (hyphens and dashes break words) and their comparison keys."""
    raw = _PIECES.findall(text)
    keys = []
    for w in raw:
        k = " ".join(words(w))
        keys.append(_NUMBER_WORDS.get(k, k))
    return tuple(raw), tuple(keys)


Spans = list[tuple[int, int]]
Opcodes = list[tuple[str, int, int, int, int]]


def word_ops(a: str, b: str) -> tuple[Spans, Spans, Opcodes]:
    """How quote text ``b`` differs from ``a``, word by word: the offsets of each text's
    word pieces and difflib's opcodes over the pieces' comparison keys (what
    :class:`Change` is made of; the HTML view marks the same changes inline).

    >>> spans_a, spans_b, ops = word_ops("We will not send troops", "We will send troops")
    >>> [(op, "We will not send troops"[spans_a[i][0]:spans_a[i2 - 1][1]]) for op, i, i2, j, j2 in ops if op != "equal"]
    [('delete', 'not')]
    """
    spans_a = [m.span() for m in _PIECES.finditer(a)]
    spans_b = [m.span() for m in _PIECES.finditer(b)]
    key_a, key_b = _pieces(a)[1], _pieces(b)[1]
    matcher = difflib.SequenceMatcher(None, key_a, key_b, autojunk=False)
    return spans_a, spans_b, list(matcher.get_opcodes())


_Edit = tuple[str, str, str, bool]


def _changes(reference: Variant, other: Variant,
             edits: Callable[[str, str], tuple[_Edit, ...]] | None = None) -> list[Change]:
    """How ``other`` differs from ``reference``; ``edits``: :func:`_edits`, or a cached one
    (:func:`quotes` keeps them by the two texts while it runs)."""
    edits = _edits if edits is None else edits
    return [Change(other.article, *e) for e in edits(reference.text, other.text)]


def _edits(reference: str, other: str,
           pieces: Callable[[str], tuple[tuple[str, ...], tuple[str, ...]]] = _pieces) -> tuple[_Edit, ...]:
    """How quote text ``other`` differs from ``reference``: :class:`Change`'s fields but the article's
    (``pieces``: :func:`_pieces`, or a cached one)."""
    raw_a, key_a = pieces(reference)
    raw_b, key_b = pieces(other)
    # word_ops's opcodes, on the pieces read once
    matcher = difflib.SequenceMatcher(None, key_a, key_b, autojunk=False)
    ops = [o for o in matcher.get_opcodes() if o[0] != "equal"
           and " ".join(key_a[o[1]:o[2]]).strip() != " ".join(key_b[o[3]:o[4]]).strip()]  # not punctuation only
    def words_of(keys: Sequence[str]) -> tuple[str, ...]:
        return tuple(k for k in keys if k.strip())

    # no word is replaced by punctuation: words against an ellipsis ("your voice ... on the Senate
    # Judiciary Committee", the writer's mark of a cut) are words one version has and the other cut
    ops = [("insert" if not words_of(key_a[i1:i2]) else "delete" if not words_of(key_b[j1:j2]) else op,
            i1, i2, j1, j2) if op == "replace" else (op, i1, i2, j1, j2) for op, i1, i2, j1, j2 in ops]
    # words one version has in one place and the other in another ("no place in America for this kind
    # of violence" / "no place for this kind of violence in America") are moved, neither cut nor added
    moved: set[int] = set()
    for n, (op, i1, i2, _j1, _j2) in enumerate(ops):
        if op != "delete" or not words_of(key_a[i1:i2]):
            continue
        for m, (op2, _i1, _i2, j1, j2) in enumerate(ops):
            if op2 == "insert" and m not in moved and words_of(key_b[j1:j2]) == words_of(key_a[i1:i2]):
                moved |= {n, m}
                break
    out = []
    ends = [k for k, x in enumerate(key_a) if x]
    for n, (op, i1, i2, j1, j2) in enumerate(ops):
        before = " ".join(raw_a[i1:i2]).strip(",.;:!?\"'“”…")
        after = " ".join(raw_b[j1:j2]).strip(",.;:!?\"'“”…")
        if n in moved:
            if op == "delete":
                out.append(("move", before, before, True))
            continue
        inside = bool(ends) and ends[0] < i1 and i2 <= ends[-1]
        out.append((op, before, after, inside))
    return tuple(out)


class _Reports:
    """Every article's content sentences outside quotation marks, indexed by word across the event.

    Built once per comparison. Finding the indirect-speech version of a quote in every outlet
    that does not quote it then costs the postings of the quote's rarest words, not a look at
    every such outlet: a wire story's quotes grow in number with its outlets, and a look per
    quote and outlet grew with the square of the outlets (629,233 looks at 300 outlets,
    ``bench/outlets_scale.py``).
    """

    def __init__(self, articles: Sequence[Article], found: Mapping[str, Sequence[Quote]],
                 distinct: Callable[[str], tuple[str, ...]] = _distinct_words) -> None:
        self.distinct = distinct
        # the indexed sentences by number, as their article and index (two flat arrays, not a pair
        # each: a large article has a sentence every 150 bytes); word -> the numbers of the sentences
        # with it, once each. No set of words is kept per sentence (a large article's were many times
        # its text).
        self.articles: list[Article] = []
        self.indexes = array("q")
        self.postings: dict[str, list[int]] = {}
        for article in sorted(articles, key=lambda a: a.id):
            inside = {i for q in found[article.id] for i in q.sentences}
            for s in article.body:
                if s.index in inside:
                    continue
                number = len(self.articles)
                self.articles.append(article)
                self.indexes.append(s.index)
                for w in distinct(s.text):
                    self.postings.setdefault(w, []).append(number)

    def sentence(self, number: int) -> tuple[Article, Sentence]:
        """The indexed sentence ``number``: its article, and it."""
        article = self.articles[number]
        return article, article.sentences[self.indexes[number]]

    def reported(self, content: Sequence[str], surname: Sequence[str], present: Collection[str]) -> list[Variant]:
        """In each article not in ``present``, the sentence reporting most of a quote's ``content``
        words, if one reports enough (:data:`PARAPHRASE`) and names the quote's speaker by
        ``surname`` (:func:`_asked`): indirect speech is someone's, and words alike without the
        speaker are another statement on the subject. By article id.

        A sentence reporting enough holds one of the quote's rarest words whose occurrences
        make up more than the share it may lack: only those words' sentences are read.
        """
        if len(content) < 3 or not surname:
            return []
        total, times = len(content), Counter(content)
        rare, lacking = [], total
        for w in sorted(times, key=lambda w: (len(self.postings.get(w, ())), w)):
            if lacking / total < PARAPHRASE:
                break  # a sentence without any word of ``rare`` reports too few
            rare.append(w)
            lacking -= times[w]
        best: dict[str, tuple[int, int, int]] = {}  # article -> (-words reported, sentence, its number)
        for number in sorted({n for w in rare for n in self.postings.get(w, ())}):
            article, s = self.sentence(number)
            if article.id in present:
                continue
            held = set(self.distinct(s.text))
            if surname[0] not in held:
                continue
            mine = (-sum(1 for w in content if w in held), s.index, number)
            if mine[0] and (article.id not in best or mine < best[article.id]):
                best[article.id] = mine
        out = []
        for art in sorted(best):
            count, _index, number = best[art]
            if -count / total < PARAPHRASE:
                continue
            article, s = self.sentence(number)
            out.append(Variant(article.id, s.index, s.start, s.end, s.text, (s.index,), None, "indirect"))
        return out


def _asked(quote: Quote, speaker: str | None) -> tuple[list[str], list[str]]:
    """A quote's content words, and its speaker's surname (empty without a speaker or
    without three content words: such a quote is not looked for in indirect speech)."""
    content = [w for w in _tokens(quote.text) if w not in STOP]
    if len(content) < 3 or not speaker:
        return content, []
    return content, _tokens(speaker)[-1:]


def _speaker(variants: Sequence[Variant]) -> str | None:
    named = [v.speaker for v in variants if v.speaker]
    if not named:
        return None
    counts: dict[str, int] = {}
    for n in named:
        counts[n] = counts.get(n, 0) + 1
    return max(counts, key=lambda n: (counts[n], len(n), n))


def _reference(whole: Sequence[Variant], pieces: Callable[[str], tuple[tuple[str, ...], tuple[str, ...]]]) -> int:
    """Which of the outlets' versions (``whole``, in outlet order) the others are compared with: the wording
    most outlets carry word for word (comparison keys, ``pieces``), the first of those when several tie.
    A wire quote in many outlets is then the wire's words, each outlet's edit a change from them, not
    every outlet's difference from whichever outlet sorts first (at 300 outlets, one outlet's "whatever
    this office holds" against 260 outlets' "whatever weight this office holds")."""
    keys = [pieces(v.text)[1] for v in whole]
    counts = Counter(keys)
    most = max(counts.values())
    return next(k for k, key in enumerate(keys) if counts[key] == most)


def _wholes(direct: Sequence[Variant]) -> list[Variant]:
    """One variant per article: pieces of one article (in reading order) read as one text."""
    by_article: dict[str, list[Variant]] = {}
    for v in direct:
        by_article.setdefault(v.article, []).append(v)
    out = []
    for vs in by_article.values():
        first = vs[0]
        text = " ".join(v.text for v in vs)
        out.append(Variant(first.article, first.sentence, first.start, vs[-1].end, text,
                           tuple(i for v in vs for i in v.sentences), first.speaker, first.form))
    return out


def quotes(articles: Sequence[Article], alignment: Alignment) -> Quotes:
    """Group the articles' quotes across outlets (see the module docstring)."""
    found: dict[str, list[Quote]] = {a.id: list(quotes_of(a)) for a in articles}
    flat = [q for a in sorted(found) for q in found[a]]
    # by text, while this runs (then freed: a large article's quotes are many): a wire story's quote,
    # and the sentences it is looked for in, are read once whatever the outlets
    pieces = lru_cache(maxsize=2048)(_pieces)
    distinct = lru_cache(maxsize=2048)(_distinct_words)
    edits = lru_cache(maxsize=2048)(functools.partial(_edits, pieces=pieces))
    toks = [tuple(k for k in pieces(q.text)[1] if k) for q in flat]  # tuples: the match cache's keys too
    # Speakers are named in the set's own terms: "Simonyte" and "the Prime
    # Minister of Lithuania" both become the person the articles establish.
    from framing.comparators.entities import registry_of
    from framing.comparators.resolve import speaking_person

    registry = registry_of(articles)
    person = [speaking_person(q.speaker, registry, q.article) if q.speaker else None for q in flat]
    # in an event of more than COPIES_ABOVE outlets (as the aligner does), a quote's wire copies are one group
    # first (quote_pairs.copies), then pairs of distinct ones matched: a quote in hundreds of outlets costs
    # its outlets, not their pairs. In a smaller event every pair is matched: a quote's copy may then join
    # another outlet's longer version first (BASIL 65cb14cb: with copies first, Fox's version of a Santorum
    # quote, which the extractor gives to the sentence's subject, was left to a group of its own)
    members = copies(flat, toks, person) if len(articles) > COPIES_ABOVE else {i: [i] for i in range(len(flat))}
    group_of = list(range(len(flat)))
    for root, held in members.items():
        for k in held:
            group_of[k] = root
    untouched = set(members)  # groups that are still one quote and its copies
    pairs = []
    # a wire story's quote is carried word for word by many outlets: each pair of distinct wordings
    # is matched once (a pure function of the two word lists), not once per pair of outlets
    matched: dict[tuple[tuple[str, ...], tuple[str, ...]], float] = {}
    for i, j in candidate_pairs(flat, toks, members):
        key = (toks[i], toks[j])
        m = matched.get(key)
        if m is None:
            m = matched[key] = match(toks[i], toks[j])
        # a speaker on each side ties two quotes, unless they are two people the set names: then,
        # as with no speaker, only near-verbatim words make one statement ("an act of sabotage", a
        # prime minister's, against "any act of sabotage on any infrastructure", a spokesman's)
        apart = person[i] is not None and person[j] is not None and person[i] != person[j]
        need = MATCH if flat[i].speaker and flat[j].speaker and not apart else UNNAMED_MATCH
        if m >= need and min(len(toks[i]), len(toks[j])) >= 3:
            pairs.append((-m, i, j))
    pairs.sort()
    beside = neighbours(flat)
    for negative, i, j in pairs:
        gi, gj = group_of[i], group_of[j]
        if gi == gj:
            continue
        arts_i = {flat[k].article for k in members[gi]}
        arts_j = {flat[k].article for k in members[gj]}
        if arts_i & arts_j:
            # at most one quote per article in a group, or pieces of one statement: "I trust in
            # God," he said, "but God wants..." against another outlet's one quote of both. A
            # piece found near word for word in another outlet's version, next to a piece of its
            # own article already there and no longer than that version, joins the group; left
            # alone it matched a fragment elsewhere ("not putting people back to work")
            # (a piece in several outlets, its wire copies grouped, joins when each copy does: every
            # outlet broke the statement there)
            for piece, other, group in ((i, j, gj), (j, i, gi)):
                if group_of[piece] not in untouched or -negative < UNNAMED_MATCH:
                    continue
                held = members[group_of[piece]]
                if all((own := [k for k in members[group] if flat[k].article == flat[p].article])
                       and beside.get(p, set()) & set(own)
                       and len(toks[p]) + sum(len(toks[k]) for k in own) <= len(toks[other]) + 3 for p in held):
                    untouched.discard(group_of[piece])
                    untouched.discard(group)
                    members.pop(group_of[piece])
                    for p in held:
                        group_of[p] = group
                    members[group].extend(held)
                    break
            continue
        untouched.discard(gi)
        untouched.discard(gj)
        keep, drop = min(gi, gj), max(gi, gj)
        for k in members[drop]:
            group_of[k] = keep
        members[keep].extend(members.pop(drop))
    join_pieces(flat, toks, group_of, members)
    reports: _Reports | None = None  # made on first need: an event whose quotes name no speaker needs none
    groups = []
    for n, root in enumerate(sorted(members, key=lambda r: min(members[r]))):
        direct = [_variant(flat[k], registry) for k in sorted(members[root])]
        direct.sort(key=lambda v: (v.article, v.start))
        present = {v.article for v in direct}
        longest = max((flat[k] for k in members[root]), key=lambda q: (len(q.text), q.article))
        asked = _asked(longest, _speaker(direct))
        if asked[1] and reports is None:
            reports = _Reports(articles, found, distinct)
        indirect = reports.reported(*asked, present) if reports is not None else []
        # an outlet that broke the statement in two is compared as one text
        whole = _wholes(direct)
        ref = _reference(whole, pieces)
        versus = [_changes(whole[ref], v, edits) for k, v in enumerate(whole) if k != ref]
        changes = [c for cs in versus for c in cs]
        if any(c.op in ("replace", "move") for c in changes) or any(
                {c.op for c in cs if c.inside} >= {"insert", "delete"} for cs in versus):
            # words one version lacks and others it adds, inside the quote ("a window was prepared
            # for them from the Ukrainian side" / "... from the Ukrainian side for the terrorists"):
            # reworded, not cut
            status = "altered"
        elif changes:
            status = "excerpt"
        elif indirect:
            status = "paraphrased"
        elif len(direct) > 1:
            status = "exact"
        else:
            status = "single"
        variants = tuple(sorted(direct + indirect, key=lambda v: (v.article, v.start)))
        groups.append(QuoteGroup(f"q{n + 1}", _speaker(direct), status, variants, tuple(changes)))
    return Quotes(tuple(groups))
