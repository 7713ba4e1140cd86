"""The language of an article, and what framing knows of each language.

framing compares articles in one language at a time. Each article's language
is detected when it is read (:func:`framing.text.detect.detect`), or given (``language=`` to
:func:`framing.load`, :meth:`framing.Article.from_text` and
:func:`framing.compare`; ``--language`` on the command line). English is read
by framing's own English rules; the other supported languages
(:data:`SUPPORTED`) by the resources in ``framing/text/languages/<code>.toml`` and
:mod:`framing.text.language_words`, :mod:`framing.extract.language_names`. An unsupported language is compared with the
English rules and the outputs say which sections are not valid for it.

Contents
--------
profile(code)
    The :class:`Language` resources of a supported language.
current(), using(code)
    The language the text-level functions work in (a context variable).
forced(code), forced_language()
    Read articles in ``code`` instead of detecting it (:mod:`framing.text.detect` detects it).
SUPPORTED, NAMES, INVALID_SECTIONS
    Languages compared in their own right; display names; what is not valid otherwise.

>>> with using("de"):
...     current()
'de'
>>> current()
'en'
"""

from __future__ import annotations

import re
import tomllib
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

__all__ = [
    "INVALID_SECTIONS", "NAMES", "SUPPORTED", "Language", "LanguageWarning", "Multilingual", "apart", "check",
    "current", "forced", "forced_language", "main_language", "name", "notes", "profile",
    "rules", "supported", "using",
]

SUPPORTED = ("en", "de", "fr", "es", "it", "pl", "ru", "uk", "lt")
"""Languages compared with their own rules (English first)."""

NAMES = {
    "en": "English", "de": "German", "fr": "French", "es": "Spanish", "it": "Italian", "pl": "Polish",
    "ru": "Russian", "uk": "Ukrainian", "lt": "Lithuanian", "nl": "Dutch", "pt": "Portuguese", "cs": "Czech",
    "sk": "Slovak", "lv": "Latvian", "et": "Estonian", "fi": "Finnish", "sv": "Swedish", "da": "Danish",
    "no": "Norwegian", "hu": "Hungarian", "ro": "Romanian", "bg": "Bulgarian", "be": "Belarusian",
    "sr": "Serbian", "hr": "Croatian", "sl": "Slovenian", "el": "Greek", "tr": "Turkish", "ar": "Arabic",
    "he": "Hebrew", "fa": "Persian", "zh": "Chinese", "ja": "Japanese", "ko": "Korean", "ka": "Georgian",
}
"""Display names of the languages reports name (others are shown by their code)."""

INVALID_SECTIONS = ("units", "quotes", "entities", "naming", "numbers", "wording", "readability")
"""What is not valid for an unsupported language: English stems, names, numbers, quotation
attribution, loaded-term lexicon and readability formulas are applied to it."""




_FORCED: ContextVar[str | None] = ContextVar("framing_forced_language", default=None)
_CURRENT: ContextVar[str] = ContextVar("framing_language", default="en")
_WORD = re.compile(r"[^\W\d_]+")


def name(code: str) -> str:
    """Display name of a language code.

    >>> name("de"), name("xx")
    ('German', 'xx')
    """
    return NAMES.get(code, code)


def supported(code: str) -> bool:
    """Whether ``code`` is compared with rules of its own (:data:`SUPPORTED`)."""
    return code in SUPPORTED


def check(code: object) -> str:
    """``code`` as a language code, or :class:`~framing.errors.MetadataError`.

    >>> check("DE")
    'de'
    """
    from framing.errors import MetadataError

    if not isinstance(code, str) or not re.fullmatch(r"[A-Za-z]{2,3}", code.strip()):
        raise MetadataError(f"language must be an ISO 639-1 code such as en, de or ru (got {code!r})")
    return code.strip().lower()


@dataclass(frozen=True, eq=False)  # one per language (profile is cached): hashed by identity
class Language:
    """What framing knows of one supported language other than English.

    Attributes
    ----------
    code
        ISO 639-1 code.
    name
        Display name.
    stemmer
        Snowball algorithm name, or ``""`` when Snowball has none (a light suffix stripper stands in).
    stop_words
        Function words that never make two sentences similar (the stop-words package, or the
        data file's own list).
    abbreviations
        Words whose full stop ends no sentence (without the dot, as written).
    ordinals
        Whether a number with a full stop is an ordinal ("1. Januar"): no sentence end after it.
    months, weekdays
        Month names (January first) and weekday names (Monday first); each entry is
        ``|``-separated forms.
    decimal, thousands
        The decimal mark and the thousands separators.
    scales
        Scale word -> power of ten ("Milliarden": 9).
    currencies
        Currency word -> ISO 4217 code.
    percent
        Words for "percent".
    connectors
        Words between a scale word and a currency ("de", "d'").
    verbs
        Verbs (and verb phrases) of saying, as written after or before a quote.
    according
        "according to" phrases before a name.
    titles
        Honorifics and titles, lower case.
    surnames
        A regular expression a surname's last word matches ("Соколов", "Wiśniewska"), or ``""``.
    place_nouns
        Nouns that follow a place's adjective ("Тверской области"), lower case.
    name_endings
        Case endings of names ("Пригожин-а"), as :func:`framing.text.normalise.key` spells them, longest
        first: names are compared without them.
    determiners
        Articles and determiners before a common noun (German capitalises nouns: "der Stadtrat").
    pronouns
        Personal pronoun of a speaker ("er", "она") -> the English one ("he", "she") whose
        antecedent :mod:`framing.extract.quotes` finds.
    number_words
        Numbers written out ("zwei", "двух") -> their value.
    readability
        The formula valid for the language (``formula``, ``base``, ``sentence_length``,
        ``syllables_per_word``, ``hyphenation``), or empty when none is.
    reader
        Words that address the reader ("Sie", "vous", "вы"): a short line holding one and none of the
        event's words is a prompt, not the story (:func:`framing.text.furniture.page_roles`);
        matched as written when ``reader_case`` (German's formal "Sie" is "sie" only in capitals
        mid-sentence), else in any case.
    photo
        Words that open a picture's caption ("Foto", "Bild", "Фото"), lower case.
    institutions
        Prepositions before an institution named as the speaker after a verb of saying
        ("сообщили в МЧС": the МЧС said it).
    compounds
        Whether the language writes compound nouns as one word (German "Verteidigungsminister"):
        a word ending in a title is then a title too.
    auxiliaries
        Forms of the auxiliary verbs the stop-word list lacks ("seien", "worden"), lower case: passed
        over when reading what a figure counts ("440 Menschen seien verletzt worden").
    conjunctions
        Words for "and" joining two verbs of one subject, lower case: the speaker of "X äußerte sich
        auf X und schrieb: „...“" stands before the first verb.
    """

    code: str
    name: str
    stemmer: str
    stop_words: frozenset[str]
    abbreviations: frozenset[str]
    ordinals: bool
    months: tuple[tuple[str, ...], ...]
    weekdays: tuple[tuple[str, ...], ...]
    decimal: str
    thousands: str
    scales: Mapping[str, int]
    currencies: Mapping[str, str]
    percent: tuple[str, ...]
    connectors: tuple[str, ...]
    verbs: tuple[str, ...]
    according: tuple[str, ...]
    titles: frozenset[str]
    surnames: str = ""
    place_nouns: frozenset[str] = frozenset()
    name_endings: tuple[str, ...] = ()
    pronouns: Mapping[str, str] = field(default_factory=dict)
    number_words: Mapping[str, int] = field(default_factory=dict)
    determiners: frozenset[str] = frozenset()
    readability: Mapping[str, Any] = field(default_factory=dict)
    reader: frozenset[str] = frozenset()
    reader_case: bool = False
    photo: frozenset[str] = frozenset()
    institutions: frozenset[str] = frozenset()
    compounds: bool = False
    auxiliaries: frozenset[str] = frozenset()
    conjunctions: frozenset[str] = frozenset()

    @property
    def source(self) -> Path:
        """The data file the resources come from."""
        return _DATA / f"{self.code}.toml"


_DATA = Path(__file__).parent / "languages"


@cache
def profile(code: str) -> Language:
    """The resources of a supported language other than English.

    >>> profile("de").stemmer, profile("uk").stemmer, "und" in profile("de").stop_words
    ('german', '', True)

    Raises
    ------
    KeyError
        ``code`` is English or not supported.
    """
    if code == "en" or code not in SUPPORTED:
        raise KeyError(code)
    with (_DATA / f"{code}.toml").open("rb") as fh:
        data = tomllib.load(fh)
    listed = data.get("stop_words")
    if listed is None:
        from stop_words import get_stop_words

        listed = get_stop_words(code)
    stop = frozenset(w.lower() for w in listed if w and _WORD.fullmatch(w))

    def forms(entries: list[str]) -> tuple[tuple[str, ...], ...]:
        return tuple(tuple(f.casefold() for f in e.split("|")) for e in entries)

    return Language(
        code=code, name=data["name"], stemmer=data["stemmer"], stop_words=stop,
        abbreviations=frozenset(data["abbreviations"]), ordinals=bool(data["ordinals"]),
        months=forms(data["months"]), weekdays=forms(data["weekdays"]), decimal=data["decimal"],
        thousands=data["thousands"], scales={k.casefold(): int(v) for k, v in data["scales"].items()},
        currencies={k.casefold(): v for k, v in data["currencies"].items()}, percent=tuple(data["percent"]),
        connectors=tuple(data["connectors"]), verbs=tuple(data["verbs"]), according=tuple(data["according"]),
        titles=frozenset(t.casefold() for t in data["titles"]), surnames=data.get("surnames", ""),
        place_nouns=frozenset(w.casefold() for w in data.get("place_nouns", [])),
        name_endings=tuple(sorted(data.get("name_endings", []), key=len, reverse=True)),
        pronouns={k.casefold(): v for k, v in data.get("pronouns", {}).items()},
        number_words={k.lower(): int(v) for k, v in data.get("number_words", {}).items()},
        determiners=frozenset(data.get("determiners", [])), readability=dict(data.get("readability", {})),
        reader=frozenset(data.get("reader", [])), reader_case=bool(data.get("reader_case", False)),
        photo=frozenset(w.casefold() for w in data.get("photo", [])),
        institutions=frozenset(data.get("institutions", [])),
        compounds=bool(data.get("compounds", False)),
        auxiliaries=frozenset(w.lower() for w in data.get("auxiliaries", [])),
        conjunctions=frozenset(w.lower() for w in data.get("conjunctions", [])),
    )


def current() -> str:
    """The language the text-level functions (terms, numbers, quote speakers) work in."""
    return _CURRENT.get()


def rules(code: str | None = None) -> Language | None:
    """The :class:`Language` of ``code`` (default :func:`current`), or None for English and
    unsupported languages (both read with the English rules).

    >>> rules("en") is None, rules("xx") is None, rules("ru").name
    (True, True, 'Russian')
    """
    if code is None:
        code = _CURRENT.get()  # not current(): called for most words of every text, a call saved is felt
    return profile(code) if code != "en" and code in SUPPORTED else None


@contextmanager
def using(code: str) -> Iterator[None]:
    """Work in ``code`` inside the block (see :func:`current`)."""
    token = _CURRENT.set(code)
    try:
        yield
    finally:
        _CURRENT.reset(token)


@contextmanager
def forced(code: str | None) -> Iterator[None]:
    """Read articles in ``code`` inside the block instead of detecting it (None: detect)."""
    token = _FORCED.set(code)
    try:
        yield
    finally:
        _FORCED.reset(token)


def forced_language() -> str | None:
    """The language :func:`forced` sets, or None."""
    return _FORCED.get()


class LanguageWarning(UserWarning):
    """A comparison in an unsupported language, or in several languages (one line each)."""


class Multilingual:
    """A sentence scorer marked as multilingual: with it, units may join sentences of
    articles in different languages (:func:`framing.compare` otherwise keeps them apart).

    >>> from rapidfuzz import fuzz
    >>> scorer = Multilingual(fuzz.token_set_ratio)
    >>> scorer.multilingual, scorer("a b", "b a")
    (True, 100.0)
    """

    multilingual = True

    def __init__(self, scorer: Any) -> None:
        self.scorer = scorer

    def __call__(self, a: str, b: str, **kwargs: Any) -> Any:
        return self.scorer(a, b, **kwargs)

    def __repr__(self) -> str:
        return f"Multilingual({self.scorer!r})"


def apart(articles: Iterable[Any], scorer: Any = None) -> dict[str, str] | None:
    """Article id -> language when the articles are in several languages and no
    multilingual scorer may join them (links across languages are then dropped); else None."""
    languages = {a.id: a.language for a in articles}
    if len(set(languages.values())) < 2 or getattr(scorer, "multilingual", False) is True:
        return None
    return languages


def main_language(articles: Iterable[Any]) -> str:
    """The language most of the articles are in (ties: the first code in alphabetical order)."""
    counts = Counter(a.language for a in articles)
    return min(counts, key=lambda c: (-counts[c], c)) if counts else "en"


def notes(articles: Sequence[Any], scorer: Any = None) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """``(warnings, notes)`` about the articles' languages: warnings are single lines for the
    command line's standard error and :mod:`warnings`; notes go into every output. Both are
    empty when every article is English.

    >>> from framing import Article
    >>> de = Article.from_text("Kopf\\nDer Rat hat am Dienstag die neue Linie beschlossen.", id="a", language="de")
    >>> en = Article.from_text("Head\\nThe council approved the line.", id="b")
    >>> warned, noted = notes([de, en])
    >>> print(warned[0])
    the articles are in 2 languages (German: a; English: b): sentences are aligned only within one language
    """
    by: dict[str, list[str]] = {}
    for a in articles:
        by.setdefault(a.language, []).append(a.id)
    if set(by) <= {"en"}:
        return (), ()
    warned: list[str] = []
    noted: list[str] = []
    listing = "; ".join(f"{name(c)}: {', '.join(ids)}" for c, ids in sorted(by.items()))
    if len(by) > 1:
        if getattr(scorer, "multilingual", False) is True:
            line = (f"the articles are in {len(by)} languages ({listing}): units across languages come from "
                    f"the multilingual scorer given")
        else:
            line = (f"the articles are in {len(by)} languages ({listing}): sentences are aligned only within "
                    f"one language")
        warned.append(line)
        noted.append(f"Languages: {line}.")
    for code, ids in sorted(by.items()):
        if code == "en":
            continue
        if code not in SUPPORTED:
            line = (f"framing has no rules for {name(code)} ({code}; articles {', '.join(ids)}): "
                    f"{', '.join(INVALID_SECTIONS)} are read with English rules and are not valid for it")
            warned.append(line)
            noted.append(f"Not valid for {name(code)}: {', '.join(INVALID_SECTIONS)} (read with English rules).")
            continue
        lang = profile(code)
        formula = lang.readability.get("formula")
        read = (f"readability is {formula}; the US grade formulas and Dale-Chall are not valid for {lang.name}"
                if formula else f"no readability formula is valid for {lang.name}: none is given")
        noted.append(f"Language: {lang.name} ({code}; articles {', '.join(ids)}), read with framing's "
                     f"{lang.name} rules (docs/languages.md); {read}.")
    return tuple(warned), tuple(noted)
