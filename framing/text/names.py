"""Known names: outlets' web domains, the shipped gazetteer, name keys.

Lexical knowledge the reading stage (an article's outlet from its byline)
and the extractors (entities, people, attribution) share: which domain is
which outlet, which names are known media, organisations and places, and
the key two spellings of one name share.

>>> gazetteer()[name_key("FT")]
('Financial Times', 'media/source')
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache, lru_cache
from importlib import resources

from framing.text import language as _language
from framing.text import language_words as _language_words
from framing.text.normalise import key

__all__ = ["DOMAINS", "demonyms", "gazetteer", "gazetteer_titles", "line_key", "name_key", "places", "tables"]


DOMAINS: dict[str, str] = {
    "themoscowtimes.com": "The Moscow Times",
    "nytimes.com": "The New York Times",
    "foxnews.com": "Fox News",
    "huffpost.com": "HuffPost",
    "huffingtonpost.com": "HuffPost",
    "ft.com": "Financial Times",
    "bbc.co.uk": "BBC",
    "bbc.com": "BBC",
    "reuters.com": "Reuters",
    "apnews.com": "Associated Press",
    "theguardian.com": "The Guardian",
    "washingtonpost.com": "The Washington Post",
    "wsj.com": "The Wall Street Journal",
    "cnn.com": "CNN",
    "aljazeera.com": "Al Jazeera",
    "politico.com": "Politico",
    "politico.eu": "Politico Europe",
    "bloomberg.com": "Bloomberg",
    "economist.com": "The Economist",
    "dw.com": "DW",
    "france24.com": "France 24",
    "euronews.com": "Euronews",
    "rt.com": "RT",
    "tass.com": "TASS",
    "tass.ru": "TASS",
    "ria.ru": "RIA Novosti",
    "meduza.io": "Meduza",
    "kyivindependent.com": "The Kyiv Independent",
    "pravda.com.ua": "Ukrainska Pravda",
    "lrt.lt": "LRT",
    "delfi.lt": "Delfi",
    "corriere.it": "Corriere della Sera",
    "lemonde.fr": "Le Monde",
    "spiegel.de": "Der Spiegel",
    "npr.org": "NPR",
    "nbcnews.com": "NBC News",
    "cbsnews.com": "CBS News",
    "abcnews.go.com": "ABC News",
    "usatoday.com": "USA Today",
    "latimes.com": "Los Angeles Times",
    "breitbart.com": "Breitbart",
    "msnbc.com": "MSNBC",
    "independent.co.uk": "The Independent",
    "telegraph.co.uk": "The Telegraph",
    "dailymail.co.uk": "Daily Mail",
    "afp.com": "AFP",
}
"""Registered domain -> outlet name. Subdomains (www., edition., ...) match too."""


def name_key(text: str) -> str:
    """Comparison key of a name: :func:`framing.text.normalise.key` without a leading article (in a
    language that declines names, each word's stem: :func:`framing.text.language_words.name_key`).

    Cached: an article names the same few people and places again and again.

    >>> name_key("The Financial  Times’s") == name_key("financial times")
    True
    """
    if (rules := _language.rules()) is not None:
        return _language_words.name_key(_name_key(text), rules)
    return _name_key(text)


def line_key(text: str) -> str:
    """:func:`name_key` of a whole line of text, not kept in its cache: that cache is for names, which
    recur; a large article's lines would fill it with copies of themselves (65,536 of them).

    >>> line_key("The Kremlin’s view") == name_key("The Kremlin’s view")
    True
    """
    if (rules := _language.rules()) is not None:
        return _language_words.name_key(_name_key.__wrapped__(text), rules)
    return _name_key.__wrapped__(text)


@lru_cache(maxsize=1 << 16)
def _name_key(text: str) -> str:
    k = key(text)
    k = re.sub(r"['’]s$", "", k)
    return re.sub(r"^(?:the|a|an)\s+", "", k)


@cache
def gazetteer() -> Mapping[str, tuple[str, str]]:
    """The shipped gazetteer: name key -> (canonical name, kind) for every name and alias.

    >>> gazetteer()[name_key("FT")]
    ('Financial Times', 'media/source')
    """
    table = tables()
    return table[0]


@cache
def places() -> Mapping[str, str]:
    """Key of every place name and demonym the gazetteer knows -> the place's key.

    >>> places()["russian"], places()["russia"]
    ('russia', 'russia')
    """
    names, demonyms, _titles = tables()
    out = {k: name_key(name) for k, (name, kind) in names.items() if kind == "place"}
    out.update(demonyms)
    return out


@cache
def countries() -> frozenset[str]:
    """Keys of the places a demonym names: countries, not towns ("lithuania"; not "handlova").

    >>> "lithuania" in countries(), "kherson" in countries()
    (True, False)
    """
    return frozenset(tables()[1].values())


@cache
def demonyms() -> frozenset[str]:
    """Keys of the demonyms the gazetteer knows ("indian", "salvadoran").

    >>> "mexican" in demonyms(), "mexico" in demonyms()
    (True, False)
    """
    return frozenset(tables()[1])


@cache
def gazetteer_titles() -> frozenset[str]:
    """Keys of the shipped title words ("minister", "sen.", "spokesman").

    >>> "minister" in gazetteer_titles()
    True
    """
    return frozenset(tables()[2])


@cache
def tables() -> tuple[dict[str, tuple[str, str]], dict[str, str], dict[str, bool]]:
    """The gazetteer's three tables: name key -> (name, kind); demonym key -> place key; title key -> whether it
    is a head word (marked ``*`` in ``framing/data/entities.txt``: a title must contain one)."""
    names: dict[str, tuple[str, str]] = {}
    demonyms: dict[str, str] = {}
    titles: dict[str, bool] = {}
    kinds = {"media": "media/source", "organisation": "organisation", "place": "place"}
    section = ""
    text = resources.files("framing").joinpath("data/entities.txt").read_text(encoding="utf-8")
    for outlet in sorted(set(DOMAINS.values())):
        names.setdefault(name_key(outlet), (outlet, "media/source"))
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        if line.startswith("["):
            section = line.strip("[]")
            continue
        parts = [p.strip() for p in line.split("|")]
        if section == "demonym":
            demonyms[key(parts[0])] = name_key(parts[1])
        elif section == "title":
            titles[key(parts[0].rstrip("*"))] = parts[0].endswith("*")
        else:
            for p in parts:
                names[name_key(p)] = (parts[0], kinds[section])
    return names, demonyms, titles
