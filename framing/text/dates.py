"""Reading dates written the way news pages write them, into ISO ``YYYY-MM-DD``.

Only unambiguous forms are read: month names in English and ISO-like numbers.
``08/05/2024`` could be either order, so it is not guessed.

>>> parse_date("May 08, 2024")
'2024-05-08'
>>> parse_date("Published: Wednesday, 8 May 2024, 10:30 GMT")
'2024-05-08'
>>> parse_date("2010-07-02T14:00:00Z")
'2010-07-02'
>>> parse_date("08/05/2024") is None
True
>>> dateline("May 08, 2024"), dateline("On May 8, 2024 troops left.")
('2024-05-08', None)
"""

from __future__ import annotations

import datetime as _dt
import re

__all__ = ["dateline", "parse_date"]

_MONTHS = {
    m: i
    for i, names in enumerate(
        [
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
            ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
            ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for m in names
}
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_WEEKDAY = r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?"
_FORMS = [
    rf"{_WEEKDAY}{_MONTH}\s+{_DAY},?\s+{_YEAR}",
    rf"{_WEEKDAY}{_DAY}\s+{_MONTH},?\s+{_YEAR}",
    rf"{_YEAR}[-/.](?P<nmonth>\d{{1,2}})[-/.](?P<nday>\d{{1,2}})",
    rf"(?P<eday>\d{{1,2}})\.(?P<emonth>\d{{1,2}})\.{_YEAR}",
]
_ANY = [re.compile(rf"\b(?:{f})(?!\d)", re.I) for f in _FORMS]
_TIME = r"(?:\s*(?:,|\||-|–|—|at)?\s*\d{1,2}[:.]\d\d(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?)?(?:\s*\(?[A-Z]{2,5}\)?)?)?"
_PREFIX = r"(?:(?:published|updated|posted|last updated|first published|date)(?:\s+on)?\s*:?\s*)?"
_LINE = [re.compile(rf"^\s*{_PREFIX}{f}{_TIME}\s*$", re.I) for f in _FORMS]


def _iso(m: re.Match[str]) -> str | None:
    g = {k: v for k, v in m.groupdict().items() if v}
    try:
        year = int(g["year"])
        if "month" in g:
            month, day = _MONTHS[g["month"].lower().rstrip(".")], int(g["day"])
        elif "nmonth" in g:
            month, day = int(g["nmonth"]), int(g["nday"])
        else:
            month, day = int(g["emonth"]), int(g["eday"])
        return _dt.date(year, month, day).isoformat()
    except (KeyError, ValueError):
        return None


def parse_date(value: str) -> str | None:
    """The first unambiguous date in ``value`` as ``YYYY-MM-DD``, else None."""
    best: tuple[int, str] | None = None
    for rx in _ANY:
        for m in rx.finditer(value):
            iso = _iso(m)
            if iso and (best is None or m.start() < best[0]):
                best = (m.start(), iso)
            if iso:
                break
    return best[1] if best else None


def dateline(line: str) -> str | None:
    """The date if ``line`` is nothing but a date (with optional prefix and time)."""
    if len(line) > 80:
        return None
    for rx in _LINE:
        m = rx.match(line)
        if m:
            return _iso(m)
    return None
