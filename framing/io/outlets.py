"""Outlet names for known web domains and dataset source codes.

A deliberately small, editable table: an outlet not listed here is named by
its domain. Users override any outlet explicitly (``outlet=`` or
``--outlet ID=NAME``).

>>> outlet_for_url("https://www.themoscowtimes.com/2024/05/08/a85063")
'The Moscow Times'
>>> outlet_for_url("https://news.example.org/story/1")
'news.example.org'
>>> outlet_for_code("hpo")
'HuffPost'

When no metadata names an article's outlet, its own text may:
:func:`outlet_from_text` reads the agency tags and bylines that
:mod:`framing.text.boilerplate` recognises.

>>> outlet_from_byline("By Jane Holt, Valley Wire"), outlet_from_tag("Valley Wire")
('Valley Wire', 'Valley Wire')
>>> outlet_from_byline("By The Associated Press"), outlet_from_byline("By Jane Holt") is None
('Associated Press', True)
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from urllib.parse import urlsplit

from framing.text.names import DOMAINS

__all__ = [
    "SOURCE_CODES",
    "domain_of",
    "outlet_for_code",
    "outlet_for_url",
    "outlet_from_byline",
    "outlet_from_tag",
    "outlet_from_text",
    "outlet_name",
    "readable_name",
]


SOURCE_CODES: dict[str, str] = {
    # BASIL (Fan et al. 2019) names outlets by code in its `source` field.
    "nyt": "The New York Times",
    "fox": "Fox News",
    "hpo": "HuffPost",
}
"""Dataset source codes -> outlet name."""


def domain_of(url: str) -> str | None:
    """The host of ``url`` without ``www.``, or None if it has none.

    >>> domain_of("https://WWW.Example.com:8080/x")
    'example.com'
    """
    try:
        host = urlsplit(url.strip()).hostname
    except ValueError:
        return None
    if not host:
        return None
    return host.removeprefix("www.")


def outlet_for_url(url: str) -> str | None:
    """Outlet name for ``url``: a known domain's name, else the domain."""
    host = domain_of(url)
    if host is None:
        return None
    parts = host.split(".")
    for i in range(len(parts) - 1):
        name = DOMAINS.get(".".join(parts[i:]))
        if name:
            return name
    return host


def outlet_for_code(code: str) -> str:
    """Outlet name for a dataset source code (unknown codes are returned as given)."""
    return SOURCE_CODES.get(code.strip().lower(), code.strip())


# --- outlet names found in an article's own text ---------------------------------------------

_ROLE_NOUNS = frozenset(
    "writer writers correspondent correspondents reporter reporters staff editor editors "
    "columnist columnists contributor contributors journalist journalists producer photographer "
    "analyst chief".split()
)
"""Words that end a byline's role ("Staff Writer", "Associated Press Writer", "Reuters staff")."""
_ROLE_MODIFIERS = frozenset(
    "senior chief deputy associate assistant managing executive contributing special staff "
    "political foreign diplomatic economics economic business health science sports environment "
    "technology security defence defense legal investigative bureau national international "
    "regional local city".split()
)
"""Words before a role noun ("Senior Political Correspondent"), stripped with it."""
_CONNECTORS = frozenset("of and & for de del della di du des la le".split())
"""Lower-case words an organisation name may hold between capitalised ones."""
_NAME_WORD = re.compile(r"^[^\W\d_][^\W\d_'’.&-]*(?:['’.&-][^\W\d_]+)*\.?$")
_BY = re.compile(r"^\W*by\s+", re.I)
_COMMON = 4.0
"""Zipf frequency from which a lone word is a common word ("Staff", "Monday", "Photo"), not a name."""


def _known(name: str) -> tuple[str, str] | None:
    from framing.text.names import gazetteer, name_key

    return gazetteer().get(name_key(name))


def _without_role(words: list[str]) -> list[str]:
    """``words`` without a trailing role: "Valley Wire Senior Correspondent" -> "Valley Wire"."""
    out = list(words)
    stripped = False
    while out and out[-1].lower().strip(".") in _ROLE_NOUNS:
        out.pop()
        stripped = True
    while stripped and out and out[-1].lower() in _ROLE_MODIFIERS:
        out.pop()
    return out


def _reads_as_name(words: list[str]) -> bool:
    """1-5 capitalised words, optionally after "The", no digits, not one common word
    nor a person's given name first."""
    from framing.text.people import given_name

    core = words[1:] if words[:1] and words[0].lower() == "the" else words
    if not 1 <= len(core) <= 5 or core[0].lower() in _CONNECTORS or core[-1].lower() in _CONNECTORS:
        return False
    for k, w in enumerate(core):
        if w.lower() in _CONNECTORS:
            continue
        if not (_NAME_WORD.match(w) and w[0].isupper()) or w.lower().strip(".") in _ROLE_NOUNS:
            return False
        # "Jane Holt", "Tomas Reyes and Carl Mercer": people, not an organisation
        if (k == 0 or core[k - 1].lower() in ("and", "&")) and given_name(w.lower().strip(".")):
            return False
    if len(core) == 1 and core is words:
        from wordfreq import zipf_frequency

        return zipf_frequency(core[0].lower(), "en") < _COMMON
    return True


def outlet_name(text: str) -> str | None:
    """The outlet ``text`` names, or None when it does not read as an organisation name.

    A media name the gazetteer knows gives its canonical name ("AP" -> "Associated
    Press"); another name it knows (a place, "NATO") is no outlet; an unknown name is
    kept as written when it reads as one (see :func:`outlet_from_tag`).

    >>> outlet_name("AP"), outlet_name("Coastline Post"), outlet_name("Kyiv"), outlet_name("Staff")
    ('Associated Press', 'Coastline Post', None, None)
    """
    name = " ".join(text.split()).strip(" ,;:|-–—")
    if not name:
        return None
    known = _known(name)
    if known is not None:
        return known[0] if known[1] == "media/source" else None
    return name if _reads_as_name(name.split()) else None


def outlet_from_tag(tag: str) -> str | None:
    """The outlet a dateline agency tag names: "PORTHAVEN (Valley Wire) —" gives ``tag``
    "Valley Wire" (as :func:`framing.text.boilerplate.lead_tag` returns it).

    Accepted: a media name the gazetteer knows, or an unknown name that reads as an
    organisation's: 1-5 capitalised words, optionally after "The", without digits,
    not a single common word ("(Updated)") nor starting with a given name.

    >>> outlet_from_tag("Reuters"), outlet_from_tag("Radio Norland"), outlet_from_tag("NEWSWIRE- Acme Agency")
    ('Reuters', 'Radio Norland', None)
    """
    return outlet_name(tag)


def outlet_from_byline(text: str) -> str | None:
    """The outlet a byline names, or None.

    "By Jane Holt, Valley Wire": the part after the last comma, without a trailing
    role ("Associated Press Writer" -> Associated Press; "Staff Writer" names none).
    "By The Associated Press", "By Reuters staff": the whole name, when it starts with
    "The" or the gazetteer knows it as media. A person's name alone ("By Jane Holt")
    names no outlet, nor does "Reporting by ...; Editing by ...".

    >>> outlet_from_byline("By Tomas Reyes, The Meridian"), outlet_from_byline("By Reuters staff")
    ('The Meridian', 'Reuters')
    >>> outlet_from_byline("By Jane Holt, Staff Writer") is None
    True
    """
    m = _BY.match(text)
    if not m or ";" in text:
        return None
    parts = [p.strip() for p in text[m.end() :].strip().rstrip(".").split(",")]
    if _people(parts[-1]):
        return None  # "By Chen Qingqing, Yang Sheng and Guo Yuandan": authors, no outlet
    if len(parts) > 1:
        found = outlet_name(" ".join(_without_role(parts[-1].split())))
        if found is not None:
            return found
    whole = _without_role(parts[0].split())
    if whole and (whole[0].lower() == "the" or _known(" ".join(whole)) is not None):
        return outlet_name(" ".join(whole))
    return None


def _people(part: str) -> bool:
    """A byline's "Yang Sheng and Guo Yuandan": names of two or three words joined by "and" (an
    outlet's name that holds "and" has a one-word side or starts with "The": "The Post and Courier").

    >>> _people("Yang Sheng and Guo Yuandan"), _people("The Post and Courier"), _people("Post and Courier")
    (True, False, False)
    """
    sides = [x.split() for x in re.split(r"\s+(?:and|&)\s+", part)]
    return len(sides) > 1 and all(2 <= len(x) <= 3 and x[0].lower() != "the" for x in sides)


def outlet_from_text(tags: Iterable[str], bylines: Iterable[str]) -> str | None:
    """The one outlet an article's agency tags and bylines name, else None.

    Tags count only when every one names the same outlet; then bylines. Names that
    differ only by a leading "The" or case are one; several different names give None.
    A syndication line ("This story was first published by Valley Wire.") is not read:
    it names the original publisher, not the outlet carrying the story.

    >>> outlet_from_text(["Valley Wire"], ["By Jane Holt, Valley Wire"])
    'Valley Wire'
    >>> outlet_from_text([], ["By Jane Holt, Valley Wire", "By Tomas Reyes, The Meridian"]) is None
    True
    """
    from framing.text.names import name_key

    tags = list(tags)
    found = [n for n in map(outlet_from_tag, tags) if n is not None]
    if len(found) != len(tags) or len({name_key(n) for n in found}) > 1:
        found = []  # a tag names no outlet, or tags name several: tags say nothing
    found += [n for n in map(outlet_from_byline, bylines) if n is not None]
    return found[0] if len({name_key(n) for n in found}) == 1 else None


# --- a readable name when nothing names the outlet --------------------------------------------

_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", re.I)
_PIECES = re.compile(r"([\s_.#/-]+)")
_HEX = re.compile(r"[0-9a-f]{8,}", re.I)
TITLE_NAME = 30
"""Longest name, in characters, taken from a title (cut at a word, with an ellipsis)."""


def _hashlike(piece: str) -> bool:
    """Eight or more hex digits mixing digits and letters: a hash or an id, not a word or a number."""
    return bool(_HEX.fullmatch(piece)) and any(c.isdigit() for c in piece) and any(c.isalpha() for c in piece)


def readable_name(ident: str, title: str | None = None) -> str:
    """A short name a reader can tell apart, for an article whose outlet is unknown.

    Its id (a file stem) without the parts that look like hashes or UUIDs; when that
    leaves nothing, the first words of its title; else the id as it is. A name is only
    a label: :func:`framing.findings.labels.outlet_names` keeps every name unique.

    >>> readable_name("000_24b190d1714be1b8"), readable_name("northgate-herald")
    ('000', 'northgate-herald')
    >>> readable_name("lrt_9f3c2a71b0d4_en"), readable_name("123e4567-e89b-12d3-a456-426614174000.v2")
    ('lrt_en', 'v2')
    >>> readable_name("24b190d1714be1b8", "Lithuania to train Ukrainian soldiers, defies potential Russian backlash")
    'Lithuania to train Ukrainian…'
    >>> readable_name("24b190d1714be1b8"), readable_name("20240508"), readable_name("9f3c2a71b0d4", "Bridge shut")
    ('24b190d1714be1b8', '20240508', 'Bridge shut')
    """
    pieces = _PIECES.split(_UUID.sub(" ", ident))
    name = ""
    for k in range(0, len(pieces), 2):
        word = pieces[k]
        if not word or _hashlike(word):
            continue
        name += (pieces[k - 1] if name else "") + word
    if any(c.isalnum() for c in name):
        return name
    text = " ".join((title or "").split())
    if not text:
        return ident
    if len(text) <= TITLE_NAME:
        return text
    cut = text[: TITLE_NAME - 1]
    if " " in cut and text[len(cut)] != " ":  # end at a whole word
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:.-–—") + "…"
