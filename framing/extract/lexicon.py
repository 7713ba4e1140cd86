"""Loaded, hedging and intensifying terms, and the word tokens they match on.

A lexicon maps categories (``loaded``, ``hedging``, ``intensifier``, or any
the user names) to terms. A term is one or more words; a trailing ``*``
matches any ending of its last word (``allege*`` finds "alleged" and
"allegedly"). Terms match on comparison keys (:func:`framing.text.normalise.key`) word
by word, so case, accents, quote style and hyphenation never hide a term:
``so-called`` finds "so called" and "So-Called".

Contents
--------
Lexicon
    Category -> terms, with :meth:`Lexicon.find` to scan key tokens.
DEFAULT_LEXICON
    The lexicon framing ships (:data:`DEFAULT_TERMS`, ``framing/data/lexicon.txt``: one
    ``category<TAB>term`` a line, its source and licence in its header).
load_lexicon(path), parse_lexicon(text)
    Read a user's lexicon in the same one ``category<TAB>term`` a line format.
Token, tokens(text, offset=0)
    Word tokens of a text with their character offsets and keys.

>>> lex = parse_lexicon("hedging\\tso-called\\nloaded\\tregime\\nhedging\\tallege*")
>>> toks = tokens("The so called Regime allegedly fell.")
>>> for i, j, category, term in lex.find([t.key for t in toks]):
...     print(repr(toks[i].text), repr(toks[j - 1].text), category, term)
'so' 'called' hedging so-called
'Regime' 'Regime' loaded regime
'allegedly' 'allegedly' hedging allege*
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from sys import intern
from typing import TYPE_CHECKING, Any, NamedTuple

from framing.errors import LoadError, MetadataError
from framing.io.regular import read_regular
from framing.text.normalise import has_figure, key

if TYPE_CHECKING:
    from framing.io.article import Sentence

__all__ = [
    "DEFAULT_LEXICON",
    "DEFAULT_TERMS",
    "NO_LEXICON",
    "TERM_CATEGORIES",
    "Lexicon",
    "Token",
    "lexicon_for",
    "load_lexicon",
    "parse_lexicon",
    "text_tokens",
    "tokens",
]

# A word: letters/digits plus combining marks and invisible characters (which
# key() drops), joined by inner apostrophes and dots ("Kyiv’s", "U.S");
# commas only inside numbers ("3,000"). Hyphens split words because outlets
# hyphenate inconsistently ("NATO-led" / "NATO led").
_CHAR = r"[\w\u0300-\u036f\u00ad\u200b-\u200d\u2060]"
_TOKEN = re.compile(rf"{_CHAR}+(?:(?:(?<=\d),(?=\d)|['’‘.](?={_CHAR})){_CHAR}+)*")


TERM_CATEGORIES = ("event", "war", "actor", "media", "measure")
"""Categories of naming terms, not of loaded words: what an outlet calls the event ("terrorist attack",
"mutiny", "sabotage"), the war ("full-scale war", "the Ukraine crisis"), the unnamed actors ("gunmen",
"terrorists"), the media ("state media", "liberal mass media") and the measures taken against a country or people
("brutal sanctions", "the blockade"). The naming section compares them per
outlet and voice; the wording section and what makes a label loaded leave them out (:meth:`Lexicon.without`)."""


class Token(NamedTuple):
    """One word of a text: ``start``/``end`` offsets, original ``text``, comparison ``key``."""

    start: int
    end: int
    text: str
    key: str


@lru_cache(maxsize=16384)  # the same words recur in every sentence; bounded, so memory stays flat
def _token_key(text: str) -> str:
    k = key(text).replace("_", "")
    # "U.S." and "US" are one word; "2.5" keeps its point.
    return k if any(c.isdigit() for c in k) else k.replace(".", "")


def tokens(text: str, offset: int = 0) -> list[Token]:
    """Word tokens of ``text``; offsets are shifted by ``offset``.

    Punctuation is never a token, so punctuation-only differences vanish.

    >>> [(t.text, t.key) for t in tokens("U.S. troops—3,000—left Šiauliai’s NATO-led base")]
    ... # doctest: +NORMALIZE_WHITESPACE
    [('U.S', 'us'), ('troops', 'troops'), ('3,000', '3,000'), ('left', 'left'),
     ('Šiauliai’s', "siauliai's"), ('NATO', 'nato'), ('led', 'led'), ('base', 'base')]
    >>> tokens("a b", offset=10)[1]
    Token(start=12, end=13, text='b', key='b')
    """
    out = []
    for m in _TOKEN.finditer(text):
        word = m.group()
        # a figure's key made afresh, not kept (framing.text.normalise.has_figure)
        k = _token_key(word) if word.isalpha() or not has_figure(word) else _token_key.__wrapped__(word)
        if k:
            # the word interned: the sentences' tokens kept (SENTENCE_CACHE) share each word's string;
            # made by tuple.__new__, as sentence_tokens shifts them (a NamedTuple's __new__ is a Python call)
            out.append(_new(Token, (m.start() + offset, m.end() + offset, intern(word), k)))
    return out


def lexicon_for(article: Any, lexicon: Lexicon, given: bool) -> Lexicon:
    """The lexicon to read ``article`` with: the shipped lexicon is English (its "war" is German's
    "was"), so an article in another language is read with none unless the user ``given`` one.

    >>> from framing import Article
    >>> de = Article.from_text("Kopf\\nDer Absturz war ein Unglück, sagte die Behörde.", id="a", language="de")
    >>> len(lexicon_for(de, DEFAULT_LEXICON, given=False)), len(lexicon_for(de, DEFAULT_LEXICON, given=True)) > 0
    (0, True)
    """
    if given or getattr(article, "language", "en") == "en":
        return lexicon
    return NO_LEXICON


def sentence_tokens(sentence: Sentence) -> tuple[Token, ...]:
    """:func:`tokens` of a sentence, offsets in its article (``sentence.start``); the naming and
    wording comparators each read every sentence's words several times, so those of the last
    :data:`SENTENCE_CACHE` sentence texts are kept (bounded: an event of 160,000 sentences would
    otherwise hold every sentence's tokens at once); a text met again at another place (a wire
    copy) gets them shifted there.

    >>> from framing import Article
    >>> [t.text for t in sentence_tokens(Article.from_text("Head\\nU.S. troops left.", id="a").body[0])]
    ['U.S', 'troops', 'left']
    """
    start = sentence.start
    slot = _sentence_tokens(sentence.text)
    made = slot[0]
    if made is None:
        made = slot[0] = (start, tuple(tokens(sentence.text, start)))
    at, found = made
    if at == start:
        return found
    # the same sentence elsewhere (a wire copy in another outlet): its words are read once, shifted here
    shift = start - at
    # tuple.__new__ straight: a NamedTuple's own __new__ is a Python call per token (twice the time)
    shifted = tuple([_new(Token, (i + shift, j + shift, text, k)) for i, j, text, k in found])
    if at == _UNPLACED:
        slot[0] = (start, shifted)  # read for its words first (text_tokens): placed at its first sentence
    return shifted


def text_tokens(text: str) -> tuple[Token, ...]:
    """The tokens of a sentence's text for their words (``text`` and ``key``) only: offsets are in the text
    or in the article of a sentence that holds it. Shares :func:`sentence_tokens`' cache, so a comparator
    that reads sentences by their text (a wire copy once) does not tokenise them again.

    >>> [t.key for t in text_tokens("U.S. troops left.")]
    ['us', 'troops', 'left']
    """
    slot = _sentence_tokens(text)
    made = slot[0]
    if made is None:
        made = slot[0] = (_UNPLACED, tuple(tokens(text)))
    return made[1]


_new = tuple.__new__
_UNPLACED = 0  # text_tokens' offsets: in the text itself (a sentence at 0, an article's first, is placed too)


SENTENCE_CACHE = 2048
"""Sentence texts whose tokens :func:`sentence_tokens` keeps: about 8 MB for news sentences (words interned; measured
with tracemalloc on bench/memory.py's 10 MB news input), held for the whole process. Keyed by the text, not where
it stands: a sentence many outlets carry word for word is read once, whatever the outlets."""


@lru_cache(maxsize=SENTENCE_CACHE)
def _sentence_tokens(text: str) -> list[tuple[int, tuple[Token, ...]] | None]:
    # a slot filled by the first caller with (its sentence's start, the tokens there): a text read at one
    # place only (every sentence of one large article) is kept once, never shifted
    return [None]


def forget_sentences() -> None:
    """Empty :func:`sentence_tokens`' cache: :func:`framing.compare` does once its comparators
    have run, so the outputs are not written beside the last sentences' tokens (about 8 MB)."""
    _sentence_tokens.cache_clear()


def _term_words(term: str) -> tuple[str, ...]:
    star = term.endswith("*")
    words = tuple(t.key for t in tokens(term.rstrip("*")))
    if star and words:
        words = (*words[:-1], words[-1] + "*")
    return words


_CANDIDATES_KEPT = 1 << 16
"""Distinct words whose candidate terms a :class:`Lexicon` keeps (a few megabytes at most)."""
_HITS_KEPT = 1 << 11
"""Distinct word sequences whose matches :meth:`Lexicon.find` keeps (sentences: about a megabyte), as many as
:data:`SENTENCE_CACHE` keeps tokens of."""


@dataclass(frozen=True)
class Lexicon:
    """Category -> terms.

    Attributes
    ----------
    categories
        Category name -> the terms as written (sorted). Build one with
        :func:`parse_lexicon` or :func:`load_lexicon`, or directly:
        ``Lexicon({"loaded": ("regime",)})``.
    """

    categories: Mapping[str, tuple[str, ...]]
    _index: dict[str, list[tuple[tuple[str, ...], str, str]]] = field(
        default_factory=dict, repr=False, compare=False
    )
    _parts: dict[tuple[str, ...], Lexicon] = field(default_factory=dict, repr=False, compare=False)
    _found: dict[str, list[tuple[tuple[str, ...], str, str]]] = field(default_factory=dict, repr=False, compare=False)
    _hits: dict[tuple[str, ...], tuple[tuple[int, int, str, str], ...]] = field(
        default_factory=dict, repr=False, compare=False
    )

    def __post_init__(self) -> None:
        # Index terms by their first word's key (or its prefix before "*"),
        # longest first, so a scan costs one dict probe per token.
        for category in sorted(self.categories):
            for term in self.categories[category]:
                words = _term_words(term)
                if not words:
                    continue
                head = words[0].rstrip("*") if len(words) == 1 else words[0]
                self._index.setdefault(head[:3], []).append((words, category, term))
        for entries in self._index.values():
            entries.sort(key=lambda e: (-len(e[0]), e[1], e[2]))

    def _candidates(self, word: str) -> list[tuple[tuple[str, ...], str, str]]:
        """Terms whose first word may match ``word``, longest first.

        Terms are indexed by the first three characters of their first word,
        or fewer when a ``*`` prefix is shorter ("un*"), so each shorter
        prefix of ``word`` is probed too.
        """
        found = self._found.get(word)
        if found is None:
            # every token of every sentence asks: the answer is kept per word (a vocabulary, not a text)
            if len(self._found) >= _CANDIDATES_KEPT:
                self._found.clear()
            found = [e for n in range(min(3, len(word)), 0, -1) for e in self._index.get(word[:n], ())]
            found.sort(key=lambda e: (-len(e[0]), e[1], e[2]))
            self._found[word] = found
        return found

    def without(self, categories: Sequence[str] = TERM_CATEGORIES) -> Lexicon:
        """This lexicon without ``categories`` (by default the naming terms, :data:`TERM_CATEGORIES`).

        >>> sorted(parse_lexicon("loaded\\tjunta\\nevent\\tmutiny").without().categories)
        ['loaded']
        """
        return self._part(tuple(c for c in self.categories if c not in categories))

    def only(self, categories: Sequence[str] = TERM_CATEGORIES) -> Lexicon:
        """This lexicon's ``categories`` alone (by default the naming terms, :data:`TERM_CATEGORIES`)."""
        return self._part(tuple(c for c in self.categories if c in categories))

    def _part(self, keep: tuple[str, ...]) -> Lexicon:
        if len(keep) == len(self.categories):
            return self
        if keep not in self._parts:
            self._parts[keep] = Lexicon({c: self.categories[c] for c in keep})
        return self._parts[keep]

    def merged(self, *others: Lexicon) -> Lexicon:
        """A lexicon holding this one's terms and those of ``others``.

        >>> both = DEFAULT_LEXICON.merged(parse_lexicon("loaded\\tjunta\\nslurs\\tsnowflake"))
        >>> len(both) - len(DEFAULT_LEXICON), both.categories["slurs"]
        (1, ('snowflake',))
        """
        found: dict[str, set[str]] = {}
        for lex in (self, *others):
            for category, terms in lex.categories.items():
                found.setdefault(category, set()).update(terms)
        return Lexicon({c: tuple(sorted(found[c])) for c in sorted(found)})

    def __len__(self) -> int:
        return sum(len(t) for t in self.categories.values())

    def find(self, keys: Sequence[str]) -> list[tuple[int, int, str, str]]:
        """Matches in a list of token keys: ``(i, j, category, term)`` for ``keys[i:j]``.

        Longest match first at each position; matches never overlap; a
        possessive "'s" is ignored ("regime's" is "regime").
        """
        # by the words, for the last few thousand texts: a wire story's sentence is read once whatever the
        # outlets carrying it, and a label's few words recur across its mentions
        asked = tuple(keys)
        kept = self._hits.get(asked)
        if kept is not None:
            return list(kept)
        keys = [k.removesuffix("'s") for k in asked]
        out = []
        i = 0
        while i < len(keys):
            hit = None
            for words, category, term in self._candidates(keys[i]):
                n = len(words)
                if i + n <= len(keys) and all(_word_matches(w, k) for w, k in zip(words, keys[i : i + n], strict=True)):
                    hit = (i, i + n, category, term)
                    break
            if hit:
                out.append(hit)
                i = hit[1]
            else:
                i += 1
        if len(self._hits) >= _HITS_KEPT:
            self._hits.clear()
        self._hits[asked] = tuple(out)
        return out


def _word_matches(word: str, token: str) -> bool:
    if word.endswith("*"):
        return token.startswith(word[:-1])
    return word == token


def parse_lexicon(text: str, *, source: str = "<lexicon>") -> Lexicon:
    """Read a lexicon from ``category<TAB>term`` lines.

    Blank lines and lines starting with ``#`` are skipped. Terms are kept as
    written; a term listed twice in one category counts once.

    Raises
    ------
    MetadataError
        A line without a tab, or with an empty category or term.

    >>> parse_lexicon("# mine\\nloaded\\tjunta\\n\\nloaded\\tJunta\\nhedging\\tper sources").categories
    {'hedging': ('per sources',), 'loaded': ('Junta', 'junta')}
    >>> parse_lexicon("regime")
    Traceback (most recent call last):
    ...
    framing.errors.MetadataError: <lexicon> line 1: expected 'category<TAB>term' (got 'regime')
    """
    found: dict[str, set[str]] = {}
    for n, line in enumerate(text.splitlines(), start=1):
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        category, tab, term = stripped.partition("\t")
        category, term = category.strip(), term.strip()
        if not tab or not category or not term or not _term_words(term):
            raise MetadataError(f"{source} line {n}: expected 'category<TAB>term' (got {stripped!r})")
        found.setdefault(category, set()).add(term)
    return Lexicon({c: tuple(sorted(found[c])) for c in sorted(found)})


def load_lexicon(path: str | os.PathLike[str]) -> Lexicon:
    """Read a user's lexicon file (UTF-8, one ``category<TAB>term`` a line).

    Use it instead of the default: ``wording(articles, alignment,
    lexicon=load_lexicon("mine.tsv"))``; to extend the default, merge them
    with :meth:`Lexicon.merged`:
    ``DEFAULT_LEXICON.merged(load_lexicon("mine.tsv"))``.

    Raises
    ------
    LoadError
        The file cannot be read or a line is malformed.
    """
    try:
        text = read_regular(path, what="file", directory="is a folder").decode("utf-8-sig")
        return parse_lexicon(text, source=os.fspath(path))
    except LoadError as e:
        raise LoadError(path, f"cannot read lexicon ({e.problem})") from None
    except (OSError, UnicodeDecodeError) as e:
        raise LoadError(path, f"cannot read lexicon ({e.__class__.__name__}: {e})") from None
    except MetadataError as e:
        raise LoadError(path, str(e).removeprefix(os.fspath(path) + " ")) from None


DEFAULT_TERMS = resources.files("framing").joinpath("data/lexicon.txt").read_text(encoding="utf-8")
"""The shipped lexicon's text, ``framing/data/lexicon.txt``: one ``category<TAB>term`` a line (the format
:func:`load_lexicon` reads), its source and licence in its header. Categories ``loaded`` (pejorative and
partisan labels, framing verbs of saying), ``honorific`` (glorifying labels), ``hedging`` and
``intensifier``; compiled by hand for framing (MIT), after the categories of Recasens et al. (2013) and the
labels of Hamborg et al. (2019). See ``docs/lexicon.md``."""

DEFAULT_LEXICON = parse_lexicon(DEFAULT_TERMS, source="framing/data/lexicon.txt")
NO_LEXICON = Lexicon({})
"""A lexicon of no terms: what :func:`lexicon_for` reads an article in another language with."""
"""The shipped lexicon (categories ``loaded``, ``honorific``, ``hedging``, ``intensifier``)."""
