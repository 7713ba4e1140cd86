"""Figures in text: numbers, amounts, percentages, dates, years, weekdays and times.

Each figure gets a comparable value, so that the same fact written two ways
compares equal: "5" and "five", "$2.5bn" and "2.5 billion dollars", "30%"
and "30 per cent", "May 8" and "8 May".

Contents
--------
Figure
    One figure: where it is, what it says, its ``kind`` and normalised ``value``.
extract(text, offset=0)
    The figures of a text, in order, offsets shifted by ``offset``.
agree(a, b)
    Whether two figures state the same value.

What is read, and what is left alone on purpose:

- digits with separators ("3,000", "2.5"; a comma is a thousands separator
  only before three digits), magnitudes ("1.2 million", "2.5bn"; the bare
  suffixes "m", "k" and "b" only after a currency sign, since "100m" is also a
  distance), currencies by sign or word ($, US$, €, £, ¥, dollars, euros,
  pounds, yen, roubles), percentages ("%", "percent", "per cent");
- written numbers from "two" up ("twenty-five", "two hundred and fifty",
  "a dozen", "three million"); a lone "one" is left out: it is a pronoun as
  often as a number ("one of the soldiers");
- dates with a month name and a day or a year ("May 8", "8 May 2024",
  "March 2024"), four-digit years 1900-2099 standing alone, weekdays, and
  clock times ("10:30", "3 p.m.");
- odds and shares as one figure: "1 in 3", "one-in-three", "two out of five", "two-thirds",
  "a third of", "half of" (a ratio: "1 in 3", "one-in-three" and "33 percent" agree);
- numbers glued to letters ("F-16", "COVID-19", "G7", "1990s") are names, not figures.

>>> for f in extract("Five soldiers and $2.5bn on Wednesday, May 8, 2024."):
...     print(repr(f.text), f.kind, f.value, f.qualifier)
'Five' number 5 None
'$2.5bn' number 2500000000 USD
'Wednesday' weekday wednesday None
'May 8, 2024' date 05-08 2024
>>> agree(extract("2.5 billion dollars")[0], extract("$2.5bn")[0])
True
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import cache
from typing import Any

from framing.text import language as _language
from framing.text import language_words as _language_words
from framing.text.language import Language

__all__ = ["KINDS", "Figure", "agree", "complementary", "extract", "extract_in_language"]

KINDS = ("number", "percent", "ratio", "date", "month", "year", "weekday", "time")
"""Kinds of figure; figures of different kinds never agree."""


@dataclass(frozen=True, slots=True)
class Figure:
    """One figure in a text.

    Attributes
    ----------
    start, end
        Character offsets of ``text`` in the text it was extracted from (plus
        the ``offset`` given to :func:`extract`).
    text
        The figure as written ("$2.5bn", "twenty-five", "May 8").
    kind
        One of :data:`KINDS`: ``number`` (counts and amounts), ``percent``,
        ``ratio`` ("1 in 3", "one-in-three", "two out of five"),
        ``date`` (month and day), ``month`` (month and year), ``year``,
        ``weekday``, ``time``.
    value
        Normalised value: a plain decimal for numbers and percentages
        ("2500000000", "2.5"), ``N/M`` for ratios ("1/3"), ``MM-DD`` for dates, ``MM`` for months, the
        year, the weekday's name in lower case, ``HH:MM`` (24 h) for times.
    qualifier
        The currency of an amount (``USD``, ``EUR``, ...) or the year of a
        date or month; None when the text does not say. A figure without a
        qualifier agrees with the same value under any qualifier.
    """

    start: int
    end: int
    text: str
    kind: str
    value: str
    qualifier: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """Plain-JSON form."""
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "kind": self.kind,
            "value": self.value,
            "qualifier": self.qualifier,
        }


def complementary(a: Figure, b: Figure) -> bool:
    """True if ``a`` and ``b`` are percentages that make up the whole, as rounded.

    >>> complementary(extract("77 percent")[0], extract("23%")[0])
    True
    >>> complementary(extract("77 percent")[0], extract("33%")[0])
    False
    """
    if not a.kind == b.kind == "percent":
        return False
    return abs(Decimal(a.value) + Decimal(b.value) - 100) <= max(_rounding(a.value), _rounding(b.value))


def agree(a: Figure, b: Figure) -> bool:
    """True if ``a`` and ``b`` state the same value (see :attr:`Figure.qualifier`).

    >>> agree(extract("May 8")[0], extract("8 May 2024")[0])
    True
    >>> agree(extract("$5")[0], extract("€5")[0])
    False
    >>> agree(extract("one in three")[0], extract("33 percent")[0])
    True
    >>> agree(extract("two-thirds")[0], extract("2 in 3")[0])
    True
    """
    if {a.kind, b.kind} == {"ratio", "percent"}:
        # "1 in 3" and "33%", "two-thirds" and "67 percent": one value, as rounded
        ratio, pct = (a, b) if a.kind == "ratio" else (b, a)
        top, bottom = (Decimal(x) for x in ratio.value.split("/"))
        return abs(top * 100 / bottom - Decimal(pct.value)) <= _rounding(pct.value)
    if a.kind == b.kind == "ratio":
        (p, q), (r, t) = ([Decimal(x) for x in f.value.split("/")] for f in (a, b))
        return p * t == r * q  # "2 in 4" = "one in two"
    return (
        a.kind == b.kind
        and a.value == b.value
        and (a.qualifier is None or b.qualifier is None or a.qualifier == b.qualifier)
    )


def _rounding(value: str) -> Decimal:
    """Half a unit of the last digit written: "33" may be 33.33 rounded (0.5), "33.3" may be 33.33 (0.05)."""
    places = len(value.split(".")[1]) if "." in value else 0
    return Decimal(5) / Decimal(10) ** (places + 1)


_MONTHS = {
    name: n
    for n, names in enumerate(
        ["january jan", "february feb", "march mar", "april apr", "may", "june jun",
         "july jul", "august aug", "september sept sep", "october oct", "november nov",
         "december dec"],
        start=1,
    )
    for name in names.split()
}
_MONTH = r"(?P<month>(?:" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\b\.?)"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?!\d)"
_YEAR = r"(?P<year>(?:19|20)\d\d)(?!\d)"
_DATES = [
    re.compile(rf"\b{_MONTH}\s+{_DAY}(?:,?\s+{_YEAR})?\b", re.I),
    re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH}(?:,?\s+{_YEAR})?", re.I),
    re.compile(rf"\b{_MONTH}\s+(?:of\s+)?{_YEAR}\b", re.I),
]
_RANGE_AFTER = re.compile(r"(?:st|nd|rd|th)?(?:[-–]|\s+(?:to|through|until|till)\s+)(?P<other>[0-3]?\d)(?!\d)"
                          r"(?:st|nd|rd|th)?(?![,.:]\d|\s*(?:%|per\b))")
_RANGE_BEFORE = re.compile(r"(?<![\d,.])(?P<other>[0-3]?\d)(?:st|nd|rd|th)?(?:[-–]|\s+(?:to|through|until|till)\s+)$"
                           r"|\bbetween\s+(?P<between>[0-3]?\d)(?:st|nd|rd|th)?\s+and\s+$", re.I)
_WEEKDAY = re.compile(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b", re.I)
_TIME = re.compile(
    r"(?<![\w.,:])(?P<h>[0-2]?\d)(?::(?P<m>[0-5]\d))?\s*(?P<ap>[ap])\.?m\b\.?"
    r"|(?<![\w.,:])(?P<h2>[0-2]?\d):(?P<m2>[0-5]\d)(?![\d:])",
    re.I,
)
_CURRENCY_SIGNS = {"us$": "USD", "$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY"}
_CURRENCY_WORDS = {
    "dollar": "USD", "dollars": "USD", "usd": "USD", "euro": "EUR", "euros": "EUR", "eur": "EUR",
    "pound": "GBP", "pounds": "GBP", "gbp": "GBP", "yen": "JPY", "rouble": "RUB", "roubles": "RUB",
    "ruble": "RUB", "rubles": "RUB",
}
_SCALES = {
    "hundred": 100, "thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12,
    "mn": 10**6, "bn": 10**9, "tn": 10**12, "k": 10**3, "m": 10**6, "b": 10**9,
}
_UNITS = {
    w: n
    for n, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
        "fifteen sixteen seventeen eighteen nineteen".split()
    )
}
_TENS = {w: 10 * n for n, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split(), 2)}
_WORD = "|".join(sorted([*_UNITS, *_TENS, "hundred", "thousand", "million", "billion", "trillion", "dozen"],
                        key=len, reverse=True))
_BIG = r"(?:(?<=hundred)|(?<=thousand)|(?<=million)|(?<=billion))"
_FRACTIONS = {"half": 2, "third": 3, "quarter": 4, "fourth": 4, "fifth": 5, "tenth": 10}
# "two-thirds", "a third of", "three quarters", "half of": a share; "the second half" is not one
_FRACTION = re.compile(
    r"\b(?:(?P<top>one|two|three|four|five|six|seven|eight|nine|a|an)[\s-]+)(?P<part>thirds?|quarters?|fourths?|"
    r"fifths?|tenths?)\b(?!\s+(?:place|time|round|generation|grade|floor|term))|\b(?P<half>half)\s+of\b",
    re.I,
)
_SMALL = "|".join(sorted([*_UNITS, *_TENS, "hundred", "thousand"], key=len, reverse=True))
_RATIO = re.compile(
    rf"(?<![\w.,])(?P<a>\d{{1,4}}|{_SMALL})(?:\s*-\s*|\s+)(?:in|out\s+of)(?:\s*-\s*|\s+)(?P<b>\d{{1,7}}|{_SMALL})\b(?![.,]\d)",
    re.I,
)
_WRITTEN = re.compile(
    rf"\b(?:an?\s+(?=(?:dozen|hundred|thousand|million|billion)\b))?(?:{_WORD})"
    rf"(?:(?:[\s-]+|{_BIG}\s+and\s+)(?:{_WORD}))*\b",
    re.I,
)
_DIGITS = re.compile(
    r"(?<![\w.,])(?<![A-Za-z]-)(?P<cur>US\$|\$|€|£|¥)?\s?"
    r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?![.,]?\d)"
    r"(?:\s?(?P<scale>hundred|thousand|million|billion|trillion|mn|bn|tn)\b|(?P<short>[mkb])\b)?"
    r"(?!\w)",
    re.I,
)
_SUFFIX = re.compile(
    r"(?P<pct>\s?%|\s+per\s?cent\b|\s+percent\b)|\s+(?P<curw>" + "|".join(_CURRENCY_WORDS) + r")\b",
    re.I,
)


def _plain(value: Decimal) -> str:
    text = format(value.normalize(), "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def _written(text: str) -> Decimal | None:
    words = [w for w in re.split(r"[\s-]+", _low(text)) if w not in ("and", "a", "an")]
    if words == ["one"] or not words:
        return None
    total, current = 0, 0
    for w in words:
        if w in _UNITS:
            current += _UNITS[w]
        elif w in _TENS:
            current += _TENS[w]
        elif w == "dozen":
            current = max(current, 1) * 12
        elif w == "hundred":
            current = max(current, 1) * 100
        else:
            total += max(current, 1) * _SCALES[w]
            current = 0
    return Decimal(total + current)


# What each pattern cannot match without: most sentences hold no figure, and a case-blind alternation
# of words tried at every position costs more than the rest of extract (measured: 140 -> 25 us a news
# sentence). Each word a pattern needs stands whole (between \b's, spaces or hyphens), so it is one of
# the text's runs of letters once lower-cased: a missing word only ever skips a pattern that would find
# nothing. re.IGNORECASE also matches "ı" and "İ" to "i", "ſ" to "s" (re._casefix), which the table
# below folds the same way (tests/test_numbers.py checks every character, and that extract finds
# what every pattern run on every text finds).
_MONTH_WORDS = frozenset(_MONTHS)
_FRACTION_WORDS = frozenset(f"{w}{s}" for w in ("third", "quarter", "fourth", "fifth", "tenth") for s in ("", "s")) \
    | {"half"}
_NUMBER_WORDS = frozenset(_WORD.split("|"))
_RATIO_WORDS = frozenset({"in", "out"})
_WEEKDAY_WORDS = frozenset(f"{d}day" for d in ("mon", "tues", "wednes", "thurs", "fri", "satur", "sun"))
_AS_RE_IGNORECASE = str.maketrans({"\u0131": "i", "\u017f": "s", "\u0307": None})
_ANY_DIGIT = re.compile(r"\d")
_LETTERS = re.compile(r"[a-z]+")


def _low(text: str) -> str:
    """``text`` lower-cased as ``re.IGNORECASE`` matched it: a word the patterns found is a key of their tables.

    >>> _low("ſeptember"), _low("FİVE")
    ('september', 'five')
    """
    return text.lower().translate(_AS_RE_IGNORECASE)


def _hints(text: str) -> tuple[bool, Callable[[frozenset[str]], bool]]:
    """Whether ``text`` holds a digit (``\\d``, as the patterns read it), and a test of whether it
    holds any of some lower-case words, whole and in any case (as ``re.IGNORECASE`` reads them)."""
    found = frozenset(_LETTERS.findall(_low(text)))
    return _ANY_DIGIT.search(text) is not None, lambda words: not found.isdisjoint(words)


def _free(taken: list[tuple[int, int]], s: int, e: int) -> bool:
    return all(e <= a or s >= b for a, b in taken)


def _range_end(text: str, m: re.Match[str], day: int, month: int, taken: list[tuple[int, int]],
               add: Callable[..., None]) -> None:
    """Add the other day of a range whose one end the date ``m`` is: after it when the day follows the
    month ("June 23-24", "June 23 to 24"), before it otherwise ("23-24 June", "between 23 and 24 June")."""
    after = m.start("day") > m.start("month")
    other = _RANGE_AFTER.match(text, m.end("day")) if after else \
        _RANGE_BEFORE.search(text, max(0, m.start() - 16), m.start())
    if other is None:
        return
    group = "other" if other["other"] else "between"
    value = int(other[group])
    if (value > day if after else 1 <= value < day) and _free(taken, other.start(group), other.end(group)):
        add(other.start(group), other.end(group), "date", f"{month:02d}-{value:02d}", m["year"])


def extract(text: str, offset: int = 0) -> list[Figure]:
    """The figures of ``text`` in reading order (see the module docstring).

    Parameters
    ----------
    text
        Any text, typically one sentence.
    offset
        Added to every ``start``/``end`` (pass ``Sentence.start`` to get
        offsets into ``Article.text``).

    >>> for f in extract("3,000 troops, up 12.5 per cent, at 3 p.m. in 2024"):
    ...     print(repr(f.text), f.kind, f.value)
    '3,000' number 3000
    '12.5 per cent' percent 12.5
    '3 p.m.' time 15:00
    '2024' year 2024
    >>> [(f.text, f.value) for f in extract("two hundred and fifty F-16s, one of them, a dozen more", offset=100)]
    [('two hundred and fifty', '250'), ('a dozen', '12')]
    >>> extract("")
    []
    """
    if (rules := _language.rules()) is not None:  # another supported language (its data file)
        return extract_in_language(text, offset, rules)
    found: list[Figure] = []
    taken: list[tuple[int, int]] = []

    def add(s: int, e: int, kind: str, value: str, unit: str | None = None) -> None:
        taken.append((s, e))
        found.append(Figure(s + offset, e + offset, text[s:e], kind, value, unit))

    digit, has = _hints(text)
    for pattern in _DATES if digit and has(_MONTH_WORDS) else ():
        for m in pattern.finditer(text):
            if not _free(taken, m.start(), m.end()):
                continue
            month = _MONTHS[_low(m["month"]).rstrip(".")]
            day = m.groupdict().get("day")
            if day is not None and not 1 <= int(day) <= 31:
                continue
            if day is None:
                add(m.start(), m.end(), "month", f"{month:02d}", m["year"])
            else:
                add(m.start(), m.end(), "date", f"{month:02d}-{int(day):02d}", m["year"])
                # the other end of a range of days ("June 23-24", "between 23 and 24 June") is a date of that
                # month too, not a count of 24
                _range_end(text, m, int(day), month, taken, add)
    for m in _FRACTION.finditer(text) if has(_FRACTION_WORDS) else ():
        if m["top"] and _low(m["top"]) in ("a", "an") and not re.match(r"\s+of\s+(?!an?\s)", text[m.end():]):
            continue  # "a third party", "a quarter of a million": not a share of something
        if m["half"] and re.search(r"\b(?:the|first|second|latter|former|other|this|that|next|last)\s+$",
                                   text[max(0, m.start() - 12) : m.start()], re.I):
            continue  # "the second half of the year": a period, not a share
        if _free(taken, m.start(), m.end()):
            top = _ratio_part(m["top"]) if m["top"] and _low(m["top"]) not in ("a", "an") else 1
            part = "half" if m["half"] else _low(m["part"]).rstrip("s")
            end = m.end("half") if m["half"] else m.end()
            add(m.start(), end, "ratio", f"{top}/{_FRACTIONS[part]}")
    spelled = has(_NUMBER_WORDS)
    for m in _RATIO.finditer(text) if (digit or spelled) and has(_RATIO_WORDS) else ():
        a, b = _ratio_part(m["a"]), _ratio_part(m["b"])
        if b is not None and 1900 <= b <= 2099 and m["b"].isdigit():
            continue  # "lost 12 in 2022": a count and a year
        if a is not None and b and a <= b and _free(taken, m.start(), m.end()):
            add(m.start(), m.end(), "ratio", f"{a}/{b}")
    for m in _TIME.finditer(text) if digit else ():
        hour, minute = int(m["h"] or m["h2"]), int(m["m"] or m["m2"] or 0)
        if m["ap"]:
            if not 1 <= hour <= 12:
                continue
            hour = hour % 12 + (12 if _low(m["ap"]) == "p" else 0)
        if hour < 24 and _free(taken, m.start(), m.end()):
            add(m.start(), m.end(), "time", f"{hour:02d}:{minute:02d}")
    for m in _DIGITS.finditer(text) if digit else ():
        s, e = m.start(), m.end()
        if m["cur"] is None:
            s = m.start("num")
        if not _free(taken, s, e):
            continue
        try:
            value = Decimal(m["num"].replace(",", ""))
        except InvalidOperation:  # pragma: no cover - the pattern only admits digits
            continue
        unit = _CURRENCY_SIGNS[_low(m["cur"])] if m["cur"] else None
        scale = m["scale"] or (m["short"] if unit else None)
        if m["short"] and not unit:
            continue  # "100m" may be metres: not read
        if scale:
            value *= _SCALES[_low(scale)]
        _number(text, s, e, value, unit, add, bare=not (scale or unit or "," in m["num"] or "." in m["num"]))
    for m in _WRITTEN.finditer(text) if spelled else ():
        written = _written(m.group())
        if written is not None and _free(taken, m.start(), m.end()):
            _number(text, m.start(), m.end(), written, None, add, bare=False)
    for m in _WEEKDAY.finditer(text) if has(_WEEKDAY_WORDS) else ():
        if _free(taken, m.start(), m.end()):
            add(m.start(), m.end(), "weekday", _low(m.group()))
    found.sort(key=lambda f: (f.start, f.end))
    return found


def _ratio_part(word: str) -> int | None:
    if word.isdigit():
        return int(word)
    if _low(word) == "one":
        return 1  # "one in three": here "one" is a number
    value = _written(word)
    return int(value) if value is not None and value == value.to_integral_value() else None


def _number(text: str, s: int, e: int, value: Decimal, unit: str | None, add: Any, *, bare: bool) -> None:
    """Add a number, reading a following "%"/"percent" or currency word."""
    suffix = _SUFFIX.match(text, e)
    if suffix and suffix["pct"] and unit is None:
        add(s, suffix.end(), "percent", _plain(value))
    elif suffix and suffix["curw"] and unit is None:
        add(s, suffix.end(), "number", _plain(value), _CURRENCY_WORDS[_low(suffix["curw"])])
    elif bare and 1900 <= value <= 2099 and value == value.to_integral_value():
        add(s, e, "year", _plain(value))
    else:
        add(s, e, "number", _plain(value), unit)


# -- other supported languages ------------------------------------------------------------------


@cache
def _number_patterns(language: Language) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    seps = "".join(re.escape(c) for c in language.thousands) + "\u00a0\u202f"
    dec = re.escape(language.decimal)
    words = sorted([*language.scales, *language.currencies, *(p for p in language.percent if p != "%")],
                   key=len, reverse=True)
    spelled = "|".join(sorted((re.escape(w) for w in language.number_words), key=len, reverse=True)) or "(?!)"
    number = re.compile(
        rf"(?<![\w.,])(?P<num>\d{{1,3}}(?:[{seps}]\d{{3}})+(?:{dec}\d+)?|\d+(?:{dec}\d+)?|(?:{spelled})(?!\w))"
        rf"(?![.,]?\d)"
        rf"(?P<tail>(?:\s?%|(?:\s+|\s*\.\s*|\s*(?:{'|'.join(re.escape(c) for c in language.connectors) or '(?!)'})\s*)"
        rf"(?:{'|'.join(re.escape(w) for w in words)})\.?(?!\w))*)",
        re.I,
    )
    month = "|".join(sorted((re.escape(f) for forms in language.months for f in forms), key=len, reverse=True))
    date = re.compile(
        rf"(?<!\d)(?P<day>[0-3]?\d)(?:\.|er|°|º)?\s+(?:de\s+)?(?P<month>{month})\.?(?!\w)"
        rf"(?:\s+(?:de\s+)?(?P<year>(?:19|20)\d\d)(?!\d))?"
        rf"|(?P<year2>(?:19|20)\d\d)\s*m\.\s+(?P<month2>{month})\s+(?P<day2>[0-3]?\d)\s*d\.?",
        re.I,
    )
    weekday = "|".join(sorted((re.escape(f) for forms in language.weekdays for f in forms), key=len, reverse=True))
    return number, date, re.compile(rf"(?<!\w)(?:{weekday})(?!\w)", re.I)


def _month_of(word: str, language: Language) -> int:
    w = word.casefold().rstrip(".")
    return next(n for n, forms in enumerate(language.months, 1) if w in forms)


_CLOCK = re.compile(r"(?<![\d:.,])(?:[01]?\d|2[0-3]):[0-5]\d(?![\d:])")


def extract_in_language(text: str, offset: int, language: Language) -> list[Figure]:
    """:func:`extract` in ``language``: numbers, percentages, amounts, dates,
    years and weekdays.

    >>> from framing.text.language import profile
    >>> found = extract_in_language("с 1 января 2027 г. на 12,5 процента", 0, profile("ru"))
    >>> [(f.text, f.kind, f.value) for f in found]
    [('1 января 2027', 'date', '01-01'), ('12,5 процента', 'percent', '12.5')]
    >>> [(f.text, f.value, f.qualifier) for f in extract_in_language("Zwei Milliarden Euro", 0, profile("de"))]
    [('Zwei Milliarden Euro', '2000000000', 'EUR')]
    >>> [f.text for f in extract_in_language("Gegen 19:20 Uhr starben zehn Menschen", 0, profile("de"))]
    ['zehn']
    """
    number, date, weekday = _number_patterns(language)
    found: list[Figure] = []
    taken: list[tuple[int, int]] = []

    def free(s: int, e: int) -> bool:
        return all(e <= a or s >= b for a, b in taken)

    def add(s: int, e: int, kind: str, value: str, qualifier: str | None = None) -> None:
        taken.append((s, e))
        found.append(Figure(s + offset, e + offset, text[s:e], kind, value, qualifier))

    # a clock time ("19:20 Uhr", "в 17:54") is when, not how many: neither of its numbers is a figure
    taken.extend((m.start(), m.end()) for m in _CLOCK.finditer(text))
    for m in date.finditer(text):
        day, month, year = (m["day"], m["month"], m["year"]) if m["month"] else (m["day2"], m["month2"], m["year2"])
        if 1 <= int(day) <= 31:
            add(m.start(), m.end(), "date", f"{_month_of(month, language):02d}-{int(day):02d}", year)
    for m in number.finditer(text):
        if not free(m.start(), m.end()):
            continue
        spelled_out = language.number_words.get(m["num"].lower())
        try:
            value = Decimal(spelled_out if spelled_out is not None else _language_words.number_key(m["num"], language))
        except InvalidOperation:  # pragma: no cover - the pattern only admits digits and number words
            continue
        kind, qualifier, tail = "number", None, m["tail"]
        end = m.end("num")
        for w in re.finditer(r"%|[^\W\d_][\w'’.]*", tail):
            word = w.group().casefold().rstrip(".")
            for elided in (c for c in language.connectors if c[-1:] in "'’"):
                if word.startswith(elided) and len(word) > len(elided):
                    word = word[len(elided):]  # "d'euros"
            if w.group() == "%" or any(word == p.casefold().rstrip(".") for p in language.percent):
                kind = "percent"
            elif word in language.scales:
                value *= 10 ** language.scales[word]
            elif word in language.currencies:
                qualifier = language.currencies[word]
            elif word in ("pour", "por", "per") or word.rstrip("'’") in {c.rstrip("'’") for c in language.connectors}:
                continue
            else:
                break
            end = m.end("num") + w.start() + len(w.group().rstrip("."))  # an abbreviation's dot stays out
        bare = end == m.end("num") and m["num"].isdigit()
        if bare and 1900 <= value <= 2099:
            add(m.start(), end, "year", _plain(value))
        else:
            add(m.start(), end, kind, _plain(value), qualifier if kind == "number" else None)
    for m in weekday.finditer(text):
        if free(m.start(), m.end()):
            day = next(n for n, forms in enumerate(language.weekdays) if m.group().casefold() in forms)
            add(m.start(), m.end(), "weekday", ("monday", "tuesday", "wednesday", "thursday", "friday",
                                                 "saturday", "sunday")[day])
    found.sort(key=lambda f: (f.start, f.end))
    return found
