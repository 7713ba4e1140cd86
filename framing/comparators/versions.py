"""Versions: what each outlet's version of a shared fact adds, and where versions disagree.

A word diff pairs unrelated words once two versions are worded apart
("Prime Minister" / "possibility"). A reader asks something else of two
versions of one fact: what detail does one give that the other lacks, who
does each say it came from, and do they say opposite things. This section
answers that clause by clause, for every unit two or more outlets carry
(every pair of versions; for a unit more than
:data:`framing.comparators.ALL_PAIRS` outlets carry, each version against
the :func:`framing.comparators.representative`'s, and that one against
every other: a version's additions then say what it adds to the wire copy).

Clauses
    Each version's sentences are cut at commas (not inside "3,000"),
    semicolons, colons, dashes and brackets, and before the words that open a
    clause ("but", "while", "which", "that", "and", ...); not at quotation
    marks, which also set off titles. A clause that is only an attribution
    ("said the Prime Minister", "according to officials") is one; one that
    opens with one ("Simonyte told FT about ...") is split in two
    (:func:`framing.extract.attribution.attribution_head`).
``additions``
    A content clause of one version is an addition when at least
    :data:`MIN_NEW` of its content terms (:func:`framing.text.terms.terms`: stems,
    no function words), and :data:`NEW_SHARE` of them, are not in another
    outlet's version of the unit, and that outlet does not state them
    elsewhere in its article either: at least :data:`MIN_ABSENT` of the terms
    are nowhere in it, and no sentence of it holds :data:`ELSEWHERE_SHARE` of
    the new terms. "Lacks" must be true of the outlet, not only of its
    version. Neighbouring addition clauses are joined into one span; ``kind``
    is ``detail``. An attribution clause naming whom the other version does
    not (verbs of saying aside) is an addition of ``kind`` ``attribution``:
    who one outlet says the fact came from, told apart from what it adds.
``contradictions``
    Two clauses in the outlets' own words (not inside a quote: there one
    speaker answers another) of different outlets' versions that share at
    least :data:`MIN_SHARED` content terms and :data:`SAME_SHARE` of each
    one's (versions of one statement, not two statements on one subject),
    and disagree by a cue of a small word list (:data:`DEFAULT_CUES`,
    ``framing/data/contradiction_cues.txt``; give your own with
    :func:`load_cues`): one negates a word the other states plainly ("will
    not deport" / "will deport"), or they use words of opposite direction
    ("rose" / "fell") and neither is negated. Cues catch the plain cases
    only: opposite claims worded apart ("balanced out" / "working in the
    Democrats' favour") are not found. Figures that differ are the numbers
    section's.

Both are leads, not findings: judged blind against the articles on the BASIL
development events (``bench/versions_quality.py``), about half the additions
were true (the rest the other outlet says in other words or in another
paragraph), and the few disagreements found were a claim and another
person's rebuttal. Lexical terms cannot see a paraphrase.

Why by hand: clause-level comparison of news versions is not what any
maintained library does (difflib and diff-match-patch diff characters or
words; sentence aligners stop at the sentence).

>>> from framing import Article, align
>>> a = Article.from_text("Lithuania will train Ukrainian soldiers, the Prime Minister said.", id="a")
>>> b = Article.from_text("Lithuania will train Ukrainian soldiers at home, Simonyte told the FT, "
...                       "despite Russian nuclear threats.", id="b")
>>> v = versions([a, b], align([a, b]))
>>> for x in v.additions:
...     print(x.article, x.kind, repr(x.span.text), x.new)
a attribution 'the Prime Minister said' ('Prime', 'Minister')
b attribution 'Simonyte told the FT' ('Simonyte', 'FT')
b detail 'despite Russian nuclear threats' ('Russian', 'nuclear', 'threats')
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from framing.align.units import Alignment
from framing.comparators import ALL_PAIRS, quotes_of, representative
from framing.errors import FramingError, LoadError
from framing.extract.attribution import attribution_head, attribution_only, speech_verb
from framing.io.article import Article
from framing.io.evidence import Evidence
from framing.io.jsonstream import each
from framing.io.regular import read_regular
from framing.text import language as _language
from framing.text.normalise import fold
from framing.text.terms import folded_terms, folded_words, keep_terms, kept_terms, terms

__all__ = [
    "DEFAULT_CUES",
    "ELSEWHERE_SHARE",
    "MIN_ABSENT",
    "MIN_NEW",
    "MIN_SHARED",
    "NEW_SHARE",
    "SAME_SHARE",
    "Addition",
    "Contradiction",
    "Cues",
    "Versions",
    "load_cues",
    "parse_cues",
    "versions",
]

MIN_NEW = 3
"""Fewest content terms a clause must add to be an addition."""
NEW_SHARE = 0.6
"""Least share of a clause's content terms that must be new."""
ELSEWHERE_SHARE = 2 / 3
"""Share of an addition's new terms one sentence of the lacking article must hold to state it elsewhere."""
MIN_ABSENT = 2
"""Fewest of an addition's terms the lacking outlet must use nowhere in its article."""
MIN_SHARED = 3
"""Fewest content terms two clauses must share to be compared for a contradiction."""
SAME_SHARE = 0.6
"""Least share of each clause's terms the two must share: versions of one statement."""
MAX_CANDIDATES = 50
"""Most sentences of the lacking article checked for an addition stated elsewhere."""


@dataclass(frozen=True, slots=True)
class Addition:
    """What one outlet's version of a shared unit says that other versions lack.

    Attributes
    ----------
    unit
        The unit's id.
    article
        The outlet whose version carries it.
    kind
        ``detail`` (content) or ``attribution`` (who it came from).
    span
        The words, with their evidence.
    lacking
        The other outlets carrying the unit whose versions lack it (sorted).
    new
        The words of ``span`` that no lacking outlet uses anywhere in its article
        (as written, each once).
    """

    unit: str
    article: str
    kind: str
    span: Evidence
    lacking: tuple[str, ...]
    new: tuple[str, ...]

    def to_dict(self) -> dict[str, Any]:
        """Plain-JSON form."""
        return {"unit": self.unit, "article": self.article, "kind": self.kind,
                "span": self.span.to_dict(), "lacking": list(self.lacking), "new": list(self.new)}


@dataclass(frozen=True, slots=True)
class Contradiction:
    """Two versions of a shared unit that disagree.

    Attributes
    ----------
    unit
        The unit's id.
    kind
        ``negation`` or ``opposite``.
    cue
        The cue words, ``"not"`` or ``"rise / fall"``.
    a, b
        The two clauses (``a.article < b.article``).
    """

    unit: str
    kind: str
    cue: str
    a: Evidence
    b: Evidence

    def to_dict(self) -> dict[str, Any]:
        """Plain-JSON form."""
        return {"unit": self.unit, "kind": self.kind, "cue": self.cue, "a": self.a.to_dict(), "b": self.b.to_dict()}


@dataclass(frozen=True)
class Versions:
    """The versions section: additions and contradictions, in unit and article order."""

    additions: tuple[Addition, ...]
    contradictions: tuple[Contradiction, ...]

    def to_dict(self) -> dict[str, Any]:
        """Plain-JSON form."""
        return {"additions": [x.to_dict() for x in self.additions],
                "contradictions": [x.to_dict() for x in self.contradictions]}

    def json_tree(self) -> dict[str, Any]:
        """:meth:`to_dict` with the lists made as they are written."""
        return {"additions": each(self.additions), "contradictions": each(self.contradictions)}


@dataclass(frozen=True)
class Cues:
    """Contradiction cues: negation stems and pairs of opposite stems."""

    negation: frozenset[str]
    opposites: Mapping[str, frozenset[str]]


def parse_cues(text: str, *, source: str = "<cues>") -> Cues:
    """Read cues in the format of ``framing/data/contradiction_cues.txt``.

    >>> c = parse_cues("[negation]\\nnot\\n[opposites]\\nrise fall\\n")
    >>> sorted(c.negation), sorted(c.opposites["fall"])
    (['not'], ['rise'])
    """
    negation: set[str] = set()
    opposites: dict[str, set[str]] = {}
    part = None
    for n, raw in enumerate(text.splitlines(), start=1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        if line in ("[negation]", "[opposites]"):
            part = line[1:-1]
            continue
        words = [_word(w) for w in line.split()]
        if part == "negation" and len(words) == 1:
            negation.add(words[0])
        elif part == "opposites" and len(words) == 2 and words[0] != words[1]:
            opposites.setdefault(words[0], set()).add(words[1])
            opposites.setdefault(words[1], set()).add(words[0])
        else:
            want = "a [negation] or [opposites] heading" if part is None else (
                "one word" if part == "negation" else "two different words")
            raise FramingError(f"{source}: line {n}: expected {want}, got {raw.strip()!r}")
    return Cues(frozenset(negation), {k: frozenset(v) for k, v in opposites.items()})


def load_cues(path: str | Path) -> Cues:
    """Read a cue file (see :func:`parse_cues`); a clear error when it cannot be read."""
    try:
        text = read_regular(path, directory="is a folder").decode("utf-8")
    except LoadError as exc:
        raise FramingError(f"{path}: cannot read cue file ({exc.problem})") from None
    except UnicodeDecodeError as exc:
        raise FramingError(f"{path}: cannot read cue file ({exc.__class__.__name__})") from None
    return parse_cues(text, source=str(path))


def _word(w: str) -> str:
    found = folded_words(fold(w))
    return found[0] if found else w.casefold()


def _default_cues() -> Cues:
    text = resources.files("framing").joinpath("data/contradiction_cues.txt").read_text(encoding="utf-8")
    # English words, stemmed by English rules whatever the language of the comparison that first imports this
    with _language.using("en"):
        return parse_cues(text, source="framing/data/contradiction_cues.txt")


DEFAULT_CUES: Cues = _default_cues()
"""The shipped cues (``framing/data/contradiction_cues.txt``)."""

# where a clause ends: punctuation (dashes only with a space on one side,
# so "NATO-led" stays whole), or before a clause opener; not quotation marks,
# which also set off titles and single words ('the "Financial Times"')
_BREAK = re.compile(
    r"(?<!\d),|,(?!\d)|[;:()\[\]]|\s[-–—]+\s?|[–—]\s"
    r"|\s(?=(?:but|while|whereas|although|though|because|which|who|whom|whose|where|when|that|and|as well as|"
    r"after|before|despite|since|unless|if)\s)"
)
_EDGE = " \t\n,;:.!?-–—()[]\"“”«»'’"
_OPENERS = re.compile(r"^(?:(?:and|but|while|whereas|although|though|because|as well as)\s+)+", re.I)


@dataclass(frozen=True, slots=True)
class _Clause:
    sentence: int
    start: int
    end: int
    text: str
    attribution: bool
    terms: frozenset[str]
    words: tuple[str, ...]  # every word as a term, function words included (for cues)


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _EDGE:
        start += 1
    while end > start and text[end - 1] in _EDGE:
        end -= 1
    return start, end


def _clauses(article: Article, indices: Sequence[int],
             cut: Callable[[str], tuple[_Piece, ...]] | None = None) -> list[_Clause]:
    """The clauses of ``article``'s sentences ``indices``; ``cut``: :func:`_sentence_clauses`, or a
    cached one (:func:`versions` keeps them by sentence text while it runs)."""
    cut = _sentence_clauses if cut is None else cut
    out: list[_Clause] = []
    for i in indices:
        s = article.sentences[i]
        at = s.start
        out.extend(_Clause(i, at + lo, at + hi, piece, attribution, terms_of, words)
                   for lo, hi, piece, attribution, terms_of, words in cut(s.text))
    return out


_Piece = tuple[int, int, str, bool, frozenset[str], tuple[str, ...]]


def _sentence_clauses(text: str) -> tuple[_Piece, ...]:
    """A sentence's clauses, offsets in the sentence: a pure function of its text (in the language
    read in)."""
    out: list[_Piece] = []
    cuts = [0, *(m.start() for m in _BREAK.finditer(text)), len(text)]
    for lo, hi in itertools.pairwise(cuts):
        lo, hi = _trimmed(text, lo, hi)
        if lo >= hi:
            continue
        piece = text[lo:hi]
        if attribution_only(piece):
            out.append(_clause(text, lo, hi, attribution=True))
            continue
        head = attribution_head(piece)
        if head:
            out.append(_clause(text, lo, lo + head, attribution=True))
            lo, hi = _trimmed(text, lo + head, hi)
            if lo >= hi:
                continue
        out.append(_clause(text, lo, hi, attribution=False))
    return tuple(out)


_WORD = re.compile(r"[\w'’.-]+")
_ACCORDING = re.compile(r"\baccording to\b", re.I)


def _clause(text: str, start: int, end: int, *, attribution: bool) -> _Piece:
    piece = text[start:end]
    # an attribution is compared by whom it names, not by its verb ("declared" / "said")
    folded = fold(piece)  # once for its words and, most often, its terms
    if attribution:
        content = _WORD.sub(lambda m: "" if speech_verb(m.group()) else m.group(), _ACCORDING.sub(" ", piece))
        found = frozenset(terms(content))
    elif _language.rules() is not None:
        found = frozenset(terms(piece))  # another language folds its own way (terms.folded)
    else:
        # terms(piece), read from the fold made here (in English terms.folded is this fold)
        kept = kept_terms(piece, _language.current())
        if kept is None:
            kept = folded_terms(folded)
            keep_terms(piece, _language.current(), kept)
        found = frozenset(kept)
    return start, end, piece, attribution, found, folded_words(folded)


def _near(term: str, vocabulary: frozenset[str]) -> bool:
    """Whether a word of ``vocabulary`` is ``term`` with another ending ("lithuanian" / "lithuania")."""
    return len(term) >= 6 and any(v[:6] == term[:6] for v in vocabulary)


def _new_words(text: str, new: frozenset[str]) -> tuple[str, ...]:
    """The words of ``text`` whose terms are in ``new``, as written, each once."""
    out: dict[str, None] = {}
    for m in _WORD.finditer(text):
        w = m.group().strip(".'’-")
        if w and set(terms(w)) & new:
            out.setdefault(w, None)
    return tuple(out)


class _Index:
    """One article's sentences by content term: does it state a clause elsewhere?"""

    def __init__(self, article: Article) -> None:
        self.terms = [frozenset(terms(s.text)) if not s.boilerplate else frozenset() for s in article.sentences]
        self.vocabulary = frozenset().union(*self.terms)
        self.postings: dict[str, list[int]] = {}
        for i, ts in enumerate(self.terms):
            for t in ts:
                self.postings.setdefault(t, []).append(i)

    def states(self, new: Iterable[str]) -> bool:
        wanted = set(new)
        need = ELSEWHERE_SHARE * len(wanted)
        # a sentence holding two thirds of the terms holds one of the two rarest
        # (exactly so for up to five terms; nearly always beyond)
        rare = sorted(wanted, key=lambda t: (len(self.postings.get(t, ())), t))[:2]
        seen: set[int] = set()
        for t in rare:
            for i in self.postings.get(t, ())[:MAX_CANDIDATES]:
                if i not in seen:
                    seen.add(i)
                    if len(wanted & self.terms[i]) >= need:
                        return True
        return False


def _negations(words: Sequence[str], cues: Cues) -> list[int]:
    """Positions of the negation cues in ``words`` ("not only" is no negation)."""
    return [n for n, w in enumerate(words)
            if (w in cues.negation or w.endswith("n't")) and not (n + 1 < len(words) and words[n + 1] == "onli")]


def _disagree(x: _Clause, y: _Clause, cues: Cues) -> tuple[str, str] | None:
    """(kind, cue) when clauses ``x`` and ``y`` disagree by a cue, else None."""
    nx, ny = _negations(x.words, cues), _negations(y.words, cues)
    if bool(nx) != bool(ny):
        (neg, at), plain = ((x, nx), y) if nx else ((y, ny), x)
        # a negation governs the next three words
        governed = {neg.words[i] for n in at for i in range(n + 1, min(n + 4, len(neg.words)))} & neg.terms
        if governed & plain.terms:
            return "negation", neg.words[at[0]]
        return None
    if nx:  # both negated: an opposite word under a negation says little
        return None
    wx, wy = set(x.words), set(y.words)
    for w in sorted(wx - wy):
        for o in sorted(cues.opposites.get(w, ())):
            if o in wy and o not in wx:
                return "opposite", " / ".join(sorted((w, o)))
    return None


def _quoted(c: _Clause, spans: Sequence[tuple[int, int]]) -> bool:
    """Whether clause ``c`` lies (mostly) inside one of the quotes ``spans``."""
    at = bisect.bisect_right(spans, (c.start, float("inf"))) - 1
    return any(min(hi, c.end) - max(lo, c.start) > (c.end - c.start) / 2 for lo, hi in spans[max(at, 0):at + 2])


def _evidence(article: Article, c: _Clause) -> Evidence:
    return Evidence.of(article, c.sentence, c.start, c.end)


def _joined(article: Article, run: Sequence[_Clause]) -> Evidence:
    first, last = run[0], run[-1]
    lo, hi = first.start, last.end
    m = _OPENERS.match(article.text[lo:hi])
    if m and m.end() < hi - lo:
        lo += m.end()
    return Evidence.of(article, first.sentence, lo, hi)


def _additions(
    unit: str, article: Article, others: Sequence[str], clauses: Sequence[_Clause],
    vocab: Mapping[str, frozenset[str]], index_of: Callable[[str], _Index],
) -> list[Addition]:
    """What ``article``'s clauses of ``unit`` add to the ``others``' versions (see the module docstring)."""
    out: list[Addition] = []
    run: list[tuple[_Clause, frozenset[str]]] = []  # neighbouring detail clauses with the same lacking outlets
    run_lacking: tuple[str, ...] = ()

    def flush() -> None:
        if run:
            span = _joined(article, [c for c, _n in run])
            new = frozenset().union(*(n for _c, n in run))
            out.append(Addition(unit, article.id, "detail", span, run_lacking, _new_words(span.text, new)))
            run.clear()

    for c in clauses:
        lacking: list[str] = []
        new_to_all = c.terms
        for b in others:
            new = c.terms - vocab[b]
            if c.attribution:
                # "Lithuanian Prime Minister" / "Prime Minister of Lithuania": the same source
                new = frozenset(t for t in new if not _near(t, vocab[b]))
                if new:
                    lacking.append(b)
                    new_to_all &= new - index_of(b).vocabulary
                continue
            if len(new) < MIN_NEW or len(new) < NEW_SHARE * len(c.terms):
                continue
            absent = c.terms - index_of(b).vocabulary
            if len(absent) >= MIN_ABSENT and not index_of(b).states(new):
                lacking.append(b)
                new_to_all &= absent
        if c.attribution:
            flush()
            if lacking:
                out.append(Addition(unit, article.id, "attribution", _joined(article, [c]), tuple(lacking),
                                    _new_words(c.text, new_to_all)))
            continue
        if lacking and run and run[-1][0].sentence == c.sentence and tuple(lacking) == run_lacking:
            run.append((c, new_to_all))
            continue
        flush()
        if lacking:
            run.append((c, new_to_all))
            run_lacking = tuple(lacking)
    flush()
    return out


def versions(articles: Sequence[Article], alignment: Alignment, *, cues: Cues | None = None) -> Versions:
    """The versions section (see the module docstring).

    Parameters
    ----------
    articles
        The compared articles (any order; the result does not depend on it).
    alignment
        Their alignment.
    cues
        Contradiction cues; default :data:`DEFAULT_CUES`.

    Cost: linear in the text of the shared units, times the number of outlets
    carrying each (for a unit of more than :data:`framing.comparators.ALL_PAIRS`
    carriers, each version is compared with the representative's only:
    :func:`framing.comparators.representative`); one term index per article.
    """
    cues = DEFAULT_CUES if cues is None else cues
    by_id = {a.id: a for a in articles}
    spans: dict[str, list[tuple[int, int]]] = {}

    def quoted(article: str) -> list[tuple[int, int]]:
        if article not in spans:
            spans[article] = sorted((q.start, q.end) for q in quotes_of(by_id[article]))
        return spans[article]

    index: dict[str, _Index] = {}

    def index_of(article: str) -> _Index:
        if article not in index:
            index[article] = _Index(by_id[article])
        return index[article]

    # by sentence text, while this runs: a wire copy many outlets carry is cut once
    cut = lru_cache(maxsize=2048)(_sentence_clauses)
    additions: list[Addition] = []
    contradictions: list[Contradiction] = []
    for unit in alignment.units:
        carriers = sorted(unit.members)
        if len(carriers) < 2:
            continue
        clauses = {a: _clauses(by_id[a], unit.members[a], cut) for a in carriers}
        vocab = {a: frozenset().union(*(c.terms for c in cs)) for a, cs in clauses.items()}
        # many carriers: each version against the representative's (and it against every other)
        rep = representative(unit, by_id) if len(carriers) > ALL_PAIRS else None
        for a in carriers:
            others = [b for b in carriers if b != a] if rep is None or a == rep else [rep]
            additions += _additions(unit.id, by_id[a], others, clauses[a], vocab, index_of)
        # the outlets' own words only: inside a quote, a speaker contradicts another
        # speaker (one outlet quotes each side), not one outlet another
        own = {a: [x for x in clauses[a] if not x.attribution and not _quoted(x, quoted(a))] for a in carriers}
        pairs = ([(a, b) for i, a in enumerate(carriers) for b in carriers[i + 1:]] if rep is None
                 else [(a, rep) if a < rep else (rep, a) for a in carriers if a != rep])
        for a, b in pairs:
            for x in own[a]:
                for y in own[b]:
                    both = len(x.terms & y.terms)
                    if both < MIN_SHARED or both < SAME_SHARE * max(len(x.terms), len(y.terms)):
                        continue
                    found = _disagree(x, y, cues)
                    if found:
                        contradictions.append(Contradiction(
                            unit.id, found[0], found[1], _evidence(by_id[a], x), _evidence(by_id[b], y)))
    return Versions(tuple(additions), tuple(contradictions))
