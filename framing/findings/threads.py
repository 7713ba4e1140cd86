"""What one outlet alone reports, as threads; what each headline stresses.

A thread is a run of neighbouring sentences of one article that no other
outlet carries (:func:`threads`, :func:`all_threads`), ranked by salience;
:func:`headline_contrast` gives the words of each headline no other outlet's
text says.
"""

from __future__ import annotations

import array
import bisect
import itertools
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, cast, overload

from framing.findings.labels import Labels, labels

if TYPE_CHECKING:
    from framing.compare import Comparison
    from framing.io.article import Article

__all__ = ["Thread", "ThreadList", "all_threads", "english_zipf", "event_terms", "headline_contrast",
           "quoted_sentences", "threads", "zipf"]


@lru_cache(maxsize=1 << 16)
def english_zipf(word: str) -> float:
    """``wordfreq.zipf_frequency(word, "en")``, kept per word: the threads and the findings ask for
    the same words' frequencies many times (a pure function of the word, so safe to share).

    >>> english_zipf("the") > english_zipf("conscription")
    True
    """
    return zipf(word, "en")


def _words_language(comparison: Comparison) -> str:
    """The language whose word frequencies weigh the comparison's words: its own when framing reads
    it, English otherwise (as the rest of the comparison is read)."""
    from framing.text.language import SUPPORTED

    code = getattr(comparison, "language", "en")
    return code if code in SUPPORTED else "en"


@lru_cache(maxsize=65536)
def zipf(word: str, language: str) -> float:
    """``wordfreq.zipf_frequency(word, language)``: how common a word is in the article's own language
    (a German page's "bereits" and "bekannt" are common words, though English never writes them).

    >>> zipf("bekannt", "de") > zipf("bekannt", "en")
    True
    """
    from wordfreq import zipf_frequency

    result: float = zipf_frequency(word, language)
    return result


# abbreviations a headline uses for words the bodies spell out ("PM Says")
_SPELLED_OUT = {"pm": ("prime", "minist"), "gop": ("republican",), "us": ("unit", "state"),
                "uk": ("unit", "kingdom"), "un": ("unit", "nation"), "eu": ("european", "union")}


_ADDRESS_ID = re.compile(r"(?<![\w.,])\d{5,}(?![\w.,])")  # a page's number in its address, not a figure
# a page's label before its headline says what kind of page it is, not what the headline stresses
_LABEL = re.compile(r"^\W*(?:updated?|breaking(?:\s+news)?|live(?:\s+updates?)?|watch|video|exclusive|opinion|"
                    r"analysis|explainer|just\s+in|developing(?:\s+story)?|latest|photos?|editorial|op-ed|"
                    r"fact[\s-]check)\s*[:|–—]\s*", re.I)


def headline_contrast(comparison: Comparison) -> list[tuple[Article, list[str]]]:
    """Each titled article and the words of its headline no other article's text uses
    (content words, compared by stem; an abbreviation counts as its words spelled out; a page's
    label before the headline, "UPDATE:", "BREAKING:", is left out).

    >>> from framing import Article, compare
    >>> a = Article.from_text("UPDATE: Bridge falls in Carrow\\n\\nThe bridge fell.", id="a")
    >>> b = Article.from_text("Carrow bridge collapse\\n\\nThe bridge fell in Carrow.", id="b")
    >>> [(x.id, words) for x, words in headline_contrast(compare([a, b]))]
    [('a', []), ('b', ['collapse'])]
    """
    from framing.text.terms import terms

    # in a language that inflects and compounds its words ("sterben" / "gestorben", "людей" / "людьми",
    # "stürzt" / "abgestürzt") stems do not tell whether another outlet uses a word: nothing is claimed
    if getattr(comparison, "language", "en") != "en":
        return []
    # a "headline" that is a web address ("world europe 65816109"): no outlet wrote it
    titled = [a for a in comparison.articles if a.title and not _ADDRESS_ID.search(a.title)]
    if len(titled) < 2:
        return []
    def fold(k: str) -> str:  # "G.O.P." and "GOP", "U.S." and "US" are one word
        return k.replace(".", "")

    vocab: dict[str, set[str]] = {}
    forms: dict[str, set[str]] = {}  # the words as written (lower case): stems blur spellings
    users: Counter[str] = Counter()  # term -> how many articles use it: linear in outlets
    for a in comparison.articles:
        # every line of the other texts, furniture too: "no other outlet's text uses" must hold
        # for a reader who reads the whole page (a caption's "video address" is on it);
        # a title given as metadata (BASIL's) is no sentence. Read line by line into the two
        # sets: a list of every term of a large article was several times its text
        keys: set[str] = set()
        written: set[str] = set()
        for line in itertools.chain((sn.text for sn in a.sentences), (a.title or "",)):
            for k, t in terms(line).items():
                keys.add(fold(k))
                written.add(t.form)
        vocab[a.id], forms[a.id] = keys, written
        users.update(keys)
    near = _near_index(forms)
    out = []
    for a in titled:
        def elsewhere(k: str, own: set[str] = vocab[a.id]) -> bool:
            return users[k] - (k in own) > 0
        stressed = []
        for raw, t in terms(_LABEL.sub("", a.title or "", count=1)).items():
            k = fold(raw)
            spelled = _SPELLED_OUT.get(k)
            if not elsewhere(k) and not (spelled and all(elsewhere(w) for w in spelled)) \
                    and not _spelled_otherwise(t.form, a.id, near) \
                    and not (k.isalpha() and len(k) <= 2):
                stressed.append(t.form)  # two letters stress nothing ("en" of an address); "14" does
        out.append((a, stressed))
    return out


_RARE = 3.0
"""Zipf frequency under which a word is rare enough (a name) to be matched one letter apart."""


def _rare(k: str) -> bool:
    return len(k) >= 7 and k.isalpha() and english_zipf(k) < _RARE


def _deletions(k: str) -> set[str]:
    return {k} | {k[:i] + k[i + 1:] for i in range(len(k))}


def _near_index(vocab: Mapping[str, set[str]]) -> dict[str, set[tuple[str, str]]]:
    """Each rare word of every article under itself and its one-letter deletions (symmetric-delete:
    two words one edit apart share a key), for :func:`_spelled_otherwise`. Linear in the vocabulary."""
    index: dict[str, set[tuple[str, str]]] = {}
    for article, words in vocab.items():
        for w in words:
            if _rare(w):
                for d in _deletions(w):
                    index.setdefault(d, set()).add((article, w))
    return index


def _spelled_otherwise(k: str, article: str, near: Mapping[str, set[tuple[str, str]]]) -> bool:
    """Whether another article writes ``k``, a rare word (a name), one letter apart: "Zelenskyy" and
    "Zelensky", "Koolivand" and "Kolivand" are one name transliterated two ways, not a word of one
    headline alone. Common words ("Hungary", "hungry") are never matched this way.

    >>> near = _near_index({"a": {"zelenskyy"}, "b": {"zelensky", "hungry"}})
    >>> _spelled_otherwise("zelenskyy", "a", near), _spelled_otherwise("hungary", "a", near)
    (True, False)
    """
    from rapidfuzz.distance import OSA

    if not _rare(k):
        return False
    return any(other != article and w[:1] == k[:1] and OSA.distance(w, k, score_cutoff=1) <= 1
               for d in _deletions(k) for other, w in near.get(d, ()))


@dataclass(frozen=True, slots=True)  # no dict per thread: a large article has one every few sentences
class Thread:
    """Neighbouring content one outlet alone reports: its units (labels), sentences, the
    words that name it, its salience, where it sits (0 = top, 1 = bottom), the short
    phrases it sets in quotation marks (``no boots on the ground``: what it stresses), each
    sentence's :attr:`framing.align.units.Unit.nearest`, and the words that name its clear
    sentences (:attr:`clear`; the words of the whole thread when every one is clear) and
    where the first of them sits."""

    units: tuple[str, ...]
    sentences: tuple[int, ...]
    words: tuple[str, ...]
    salience: float
    position: float
    phrases: tuple[str, ...] = ()
    nearest: tuple[float, ...] = ()
    clear_words: tuple[str, ...] = ()
    clear_position: float = 0.0
    clear_phrases: tuple[str, ...] = ()

    @property
    def clear(self) -> tuple[int, ...]:
        """Its sentences no sentence of another outlet comes near (:attr:`framing.align.units.Unit.nearest`
        under :data:`framing.align.units.CLEAR_BELOW`): those the memo's key findings claim."""
        from framing.align.units import CLEAR_BELOW

        if not self.nearest:  # made without the alignment's figures: every sentence counts
            return self.sentences
        return tuple(i for i, near in zip(self.sentences, self.nearest, strict=True) if near < CLEAR_BELOW)


class ThreadList(Sequence[Thread]):
    """Threads, most salient first (then by first sentence): a read-only sequence of
    :class:`Thread`, each made when it is read.

    Kept as columns (arrays of sentences, figures and floats; the tuples of words shared
    between equal threads), not as Thread objects: a large article has a thread every
    sentence or two, and a Thread with its tuples and floats was about 540 bytes, several
    times the sentence it names (17.6 MB of threads for a 2 MB article of short sentences;
    4.4 MB as columns, tracemalloc). Equal to any sequence of the same threads.

    >>> t = Thread(("C2",), (4, 5), ("troops",), 2.0, 0.5, (), (0.0, 12.5))
    >>> found = ThreadList([Thread(("C1",), (1,), ("kyiv",), 1.0, 0.1, (), (0.0,)), t])
    >>> found[0] == t, len(found), found == [found[0], found[1]]
    (True, 2, True)
    """

    __slots__ = ("_ends", "_floats", "_nearest", "_sentences", "_texts", "_units")  # _units: one a sentence

    def __init__(self, threads: Iterable[Thread] = ()) -> None:
        sentences, nearest, floats = array.array("q"), array.array("d"), array.array("d")
        ends = array.array("q")
        texts: list[tuple[str, ...]] = []
        units: list[str | tuple[str, ...] | None] = []
        shared: dict[tuple[str, ...], tuple[str, ...]] = {}  # one copy of equal tuples of words
        for t in threads:
            if not t.sentences or len(t.nearest) != len(t.sentences):
                raise ValueError(f"a thread needs a sentence and one nearest figure a sentence (has "
                                 f"{len(t.nearest)} for {len(t.sentences)})")
            if len(t.units) == len(t.sentences):
                units.extend(t.units)  # a unit a sentence (the most common): its labels, a reference each
            else:
                units.extend((t.units,) + (None,) * (len(t.sentences) - 1))  # the thread's tuple, kept whole
            sentences.extend(t.sentences)
            nearest.extend(t.nearest)
            ends.append(len(sentences))
            floats.extend((t.salience, t.position, t.clear_position))
            texts.extend(shared.setdefault(x, x) for x in (t.words, t.phrases, t.clear_words, t.clear_phrases))
        # most salient first, then by first sentence (the sort the threads were always given in)
        order = sorted(range(len(ends)), key=lambda k: (-floats[3 * k], sentences[ends[k - 1] if k else 0]))
        self._sentences, self._nearest = array.array("q"), array.array("d")
        self._ends, self._floats = array.array("q"), array.array("d")
        self._units: list[str | tuple[str, ...] | None] = []
        self._texts: list[tuple[str, ...]] = []
        for k in order:
            start = ends[k - 1] if k else 0
            self._sentences.extend(sentences[start:ends[k]])
            self._nearest.extend(nearest[start:ends[k]])
            self._ends.append(len(self._sentences))
            self._floats.extend(floats[3 * k:3 * k + 3])
            self._units.extend(units[start:ends[k]])
            self._texts.extend(texts[4 * k:4 * k + 4])

    def _thread(self, k: int) -> Thread:
        start, end = self._ends[k - 1] if k else 0, self._ends[k]
        salience, position, clear_position = self._floats[3 * k:3 * k + 3]
        words, phrases, clear_words, clear_phrases = self._texts[4 * k:4 * k + 4]
        first = self._units[start]
        units = first if isinstance(first, tuple) else cast("tuple[str, ...]", tuple(self._units[start:end]))
        return Thread(units, tuple(self._sentences[start:end]), words, salience, position, phrases,
                      tuple(self._nearest[start:end]), clear_words, clear_position, clear_phrases)

    def __len__(self) -> int:
        return len(self._ends)

    @overload
    def __getitem__(self, index: int) -> Thread: ...

    @overload
    def __getitem__(self, index: slice) -> list[Thread]: ...

    def __getitem__(self, index: int | slice) -> Thread | list[Thread]:
        if isinstance(index, slice):
            return [self._thread(k) for k in range(len(self))[index]]
        return self._thread(range(len(self))[index])  # negative indices; IndexError past the end

    def __iter__(self) -> Iterator[Thread]:
        return map(self._thread, range(len(self)))

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Sequence) or isinstance(other, (str, bytes)):
            return NotImplemented
        return len(self) == len(other) and all(a == b for a, b in zip(self, other, strict=True))

    __hash__ = None  # type: ignore[assignment]  # equal to lists, so unhashable like them

    def __repr__(self) -> str:
        return f"ThreadList({list(self)!r})"


def threads(
    comparison: Comparison, article: Article, event: tuple[Counter[str], int] | None = None,
    lab: Labels | None = None, quoted: Mapping[str, set[int]] | None = None,
) -> ThreadList:
    """What ``article`` alone reports, as threads, most salient first.

    A thread is a run of the article's exclusive sentences with nothing
    between them, each going on from the one before: it opens with a pronoun
    or a demonstrative ("She added", "This way"), points back ("in this
    regard"), or shares a content word with it that is not one of the
    event's own words (those in a fifth of its sentences). It is named by
    its three words that are most its own: frequent in it, rare in the
    event's other sentences and in English (wordfreq), common words before
    names. Salience: sentences, plus half a point per figure and per
    capitalised name inside, plus one per quote. ``event``, ``lab`` and
    ``quoted`` are what :func:`key_findings` makes once for every outlet
    (:func:`event_terms`, :func:`labels`, the quoted sentences); made here
    when not given. Cost: linear in the article set's text.
    """
    return ThreadList(_threads(comparison, article, event, lab, quoted))


def _threads(
    comparison: Comparison, article: Article, event: tuple[Counter[str], int] | None,
    lab: Labels | None, quoted: Mapping[str, set[int]] | None,
) -> Iterator[Thread]:
    """:func:`threads`, in the order the article tells them."""
    from framing.text.numbers import extract
    from framing.text.terms import terms

    cov = comparison.coverage
    if cov is None:
        return
    lab = lab or labels(comparison)
    unit_of: dict[int, str] = {}
    for u in cov.added[article.id]:
        for i in comparison.alignment.unit(u).members[article.id]:
            unit_of[i] = u
    if not unit_of:
        return
    df, total = event if event is not None else event_terms(comparison)
    # the event's own words ("Russia", "Lithuania" in a story about both) join nothing
    common = {k for k, n in df.items() if n >= max(3, 0.2 * total)}
    # a sentence's terms are made where they are read (here, then when its run is named), not
    # kept for every sentence at once: a dict per sentence of a large article was several times its text
    runs_: list[list[int]] = []
    after: set[str] = set()  # the terms of the sentence before
    for i in sorted(unit_of):
        previous = runs_[-1][-1] if runs_ else None
        mine = set(terms(article.sentences[i].text))
        if previous == i - 1 and (_continues(article.sentences[i].text) or (mine & after) - common):
            runs_[-1].append(i)
        else:
            runs_.append([i])
        after = mine
    # position among content sentences, by binary search over their indices (ascending): a dict of every
    # content sentence was a large article's size while its threads were made
    body_at = array.array("q", (sn.index for sn in article.body))

    def rank(i: int) -> int:
        k = bisect.bisect_left(body_at, i)
        return k if k < len(body_at) and body_at[k] == i else 0

    span = max(len(body_at) - 1, 1)
    in_quotes = (quoted if quoted is not None else quoted_sentences(comparison)).get(article.id, set())
    language = _words_language(comparison)

    def name(run: Sequence[int]) -> tuple[str, ...]:
        """The three words most the run's own: frequent in it, rare in the event's other
        sentences and in English; common words say what it is about ("deporting",
        "conscription"), names say who, and come after."""
        stems = [terms(article.sentences[i].text) for i in run]
        counts: Counter[str] = Counter(k for found in stems for k in found)
        forms = {k: t.form for found in stems for k, t in found.items()}
        text = " ".join(article.sentences[i].text for i in run)
        capitalised = {w.lower() for w in re.findall(r"(?<=[\w,;] )[A-Z][\w'’-]*", text)}
        # figures name nothing: left out before they are weighed (a number's frequency, asked of
        # wordfreq and kept, was a large article's every figure kept twice)
        named = sorted((k for k in counts if not any(ch.isdigit() for ch in k)),
                       key=lambda k: (forms[k] in capitalised, -counts[k] / df[k] * (8 - zipf(forms[k], language)), k))
        return tuple(forms[k] for k in named[:3])

    def phrases_of(run: Sequence[int]) -> tuple[str, ...]:
        """The short phrases the run sets in quotation marks."""
        text = " ".join(article.sentences[i].text for i in run)
        return tuple(dict.fromkeys(
            m.group(1).strip() for m in _PHRASE.finditer(text) if 2 <= len(m.group(1).split()) <= MAX_PHRASE
        ))

    from framing.align.units import CLEAR_BELOW

    for run in runs_:
        text = " ".join(article.sentences[i].text for i in run)
        words = name(run)
        names = len(re.findall(r"(?<=[a-z,;] )[A-Z][a-z]+", text))
        figures = sum(len(extract(article.sentences[i].text)) for i in run)  # per sentence: linear
        salience = len(run) + 0.5 * figures + 0.5 * names + sum(1 for i in run if i in in_quotes)
        units = tuple(dict.fromkeys(lab.units[unit_of[i]] for i in run))
        position = rank(run[0]) / span
        phrases = phrases_of(run)
        near = tuple(comparison.alignment.unit(unit_of[i]).nearest for i in run)
        clear = [i for i, n in zip(run, near, strict=True) if n < CLEAR_BELOW]
        clear_words = words if len(clear) == len(run) else name(clear) if clear else ()
        clear_position = rank(clear[0]) / span if clear else position
        clear_phrases = phrases if len(clear) == len(run) else phrases_of(clear)
        yield Thread(units, tuple(run), words, round(salience, 1), round(position, 2), phrases, near,
                     clear_words, round(clear_position, 2), clear_phrases)


def all_threads(comparison: Comparison, lab: Labels | None = None) -> dict[str, ThreadList]:
    """Article id -> :func:`threads`, with the event's terms and quoted sentences made once
    (what the memo's findings, the HTML page and the CSV all read)."""
    lab = lab or labels(comparison)
    event, quoted = event_terms(comparison), quoted_sentences(comparison)
    return {a.id: threads(comparison, a, event, lab, quoted) for a in comparison.articles}


MAX_PHRASE = 8
"""Most words of a quoted phrase a thread is shown with (longer ones are quotes, not phrases)."""


# a phrase in quotation marks inside a sentence (not a quote that opens it)
_PHRASE = re.compile(r"(?<=[\w,;] )[\"“]([^\"“”\n]{3,80})[\"”]")


_CONTINUES = re.compile(
    r"^\W*(?:he|she|it|they|this|that|these|those|such|his|her|its|their|there|then|also|but|and|yet)\b"
    r"|\b(?:this|that|these|those|such)\s+(?:regard|way|issue|matter|case|move|plan|step|decision|point|action|"
    r"view|respect|sense|reason)\b",
    re.I,
)


def quoted_sentences(comparison: Comparison) -> dict[str, set[int]]:
    """Article id -> indices of the sentences holding a quote (one pass over the quote groups)."""
    out: dict[str, set[int]] = {}
    if comparison.quotes is not None:
        for g in comparison.quotes.groups:
            for v in g.variants:
                out.setdefault(v.article, set()).update(v.sentences)
    return out


def event_terms(comparison: Comparison) -> tuple[Counter[str], int]:
    """In how many content sentences of the event each term is, and how many there are."""
    from framing.text.terms import terms

    df: Counter[str] = Counter()
    total = 0
    for a in comparison.articles:
        for sn in a.body:
            df.update(set(terms(sn.text)))
            total += 1
    return df, total


def _continues(sentence: str) -> bool:
    """Whether a sentence goes on from the one before ("She added ...", "in this regard")."""
    return bool(_CONTINUES.search(sentence))
