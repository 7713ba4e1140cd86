"""Direct quotes in one article, with their speakers.

Finds words inside quotation marks (straight ``"..."``, curly ``“...”``,
``„...“``, ``«...»``) and dash-attributed quotes (``... - said the Prime
Minister``), and reads the speaker from the attribution: "X said", "said X",
"X told Y", "X added", "according to X", "X said: “...”". A pronoun speaker
("she said") is resolved to the last named speaker when there is one.

Quoted phrases of fewer than :data:`MIN_QUOTE_WORDS` words ("provocative",
titles, scare quotes) are not quotes of speech and are left out. A quote may
run across sentences of one paragraph; its offsets are those of the quoted
words inside ``Article.text``. Boilerplate is never searched.

>>> from framing import Article
>>> a = Article.from_text(
...     'Head\\n"We will not back down on this," Kremlin spokesman Dmitry Peskov said. '
...     '"It is a new round," he added.', id="a")
>>> for q in extract_quotes(a):
...     print(q.speaker, "|", q.text)
Kremlin spokesman Dmitry Peskov | We will not back down on this,
Kremlin spokesman Dmitry Peskov | It is a new round,
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from framing.article import Article

__all__ = ["MIN_QUOTE_WORDS", "Quote", "extract_quotes"]

MIN_QUOTE_WORDS = 4
"""Quoted passages shorter than this are phrases, not quotes."""


@dataclass(frozen=True, slots=True)
class Quote:
    """A direct quote found in one article.

    Attributes
    ----------
    article
        Id of the article.
    text
        The quoted words exactly as in ``Article.text`` (marks excluded).
    start, end
        Offsets of ``text`` in ``Article.text``.
    sentences
        Indices of the sentences the quote spans.
    speaker
        Who is quoted, as the article names them, or None if not attributed.
    form
        ``marks`` (quotation marks) or ``dash`` (``... - said X``).
    """

    article: str
    text: str
    start: int
    end: int
    sentences: tuple[int, ...]
    speaker: str | None
    form: str


_VERBS = (
    r"said|says|say|told|tells|added|adds|stated|states|declared|declares|noted|notes|wrote|"
    r"writes|asked|asks|explained|explains|warned|warns|insisted|insists|argued|argues|"
    r"claimed|claims|continued|replied|replies|responded|tweeted|posted|recalled|stressed|"
    r"stresses|emphasi[sz]ed|acknowledged|admitted|concluded|announced|announces|"
    r"suggested|suggests|remarked|observed|went on|told reporters"
)
_PAIRS = re.compile(r'“([^“”]+)”|„([^„“”]+)[“”]|«([^«»]+)»|"([^"]+)"')
_NAME = r"[^,.;:!?\"“”«»]{1,80}?"
_AFTER_WHO_VERB = re.compile(rf"^[\s,.!?–—-]*(?P<who>{_NAME})\s+(?:{_VERBS})\b")
_AFTER_VERB_WHO = re.compile(rf"^[\s,.!?–—-]*(?:{_VERBS})\s+(?P<who>{_NAME})\s*(?:[,.;:!?]|$)")
_BEFORE = re.compile(rf"(?P<who>{_NAME})\s+(?:{_VERBS})(?:\s+\w+){{0,3}}\s*[:,]?\s*$")
_ACCORDING = re.compile(rf"\baccording to\s+(?P<who>{_NAME})\s*(?:[,.;:!?]|$)")
_DASH = re.compile(rf"\s[-–—]+\s*(?:{_VERBS})\s+(?P<who>[^.!?]{{1,80}}?)\s*[.!?]?\s*$")
_PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "you"})
_LEADING = re.compile(r"^(?:the|a|an)\s+", re.I)


def _clean(who: str | None) -> str | None:
    if who is None:
        return None
    who = _LEADING.sub("", " ".join(who.split())).strip(" ,-–—")
    if not who or len(who.split()) > 8:
        return None
    if who.lower() not in _PRONOUNS and not any(c.isupper() for c in who):
        return None  # "officials said", "the newspaper says": no named speaker
    return who


def _speaker(before: str, after: str) -> str | None:
    for rx, text in ((_AFTER_WHO_VERB, after), (_AFTER_VERB_WHO, after), (_BEFORE, before)):
        m = rx.search(text)
        if m:
            who = _clean(m.group("who"))
            if who:
                return who
    m = _ACCORDING.search(after) or _ACCORDING.search(before)
    return _clean(m.group("who")) if m else None


def _sentence_ids(article: Article, starts: list[int], start: int, end: int) -> tuple[int, ...]:
    """Indices of the sentences overlapping ``[start, end)``, by bisection."""
    first = max(bisect.bisect_right(starts, start) - 1, 0)
    sentences = article.sentences
    out = []
    # by index: a slice sentences[first:] would copy the rest of the article per quote
    for k in range(first, len(sentences)):
        s = sentences[k]
        if s.start >= end:
            break
        if s.end > start:
            out.append(s.index)
    return tuple(out)


# The attribution of a quote lies close to it: only this much text on either
# side is searched, so a long paragraph costs linear time, not quadratic.
_WINDOW = 300


def extract_quotes(article: Article) -> tuple[Quote, ...]:
    """All direct quotes of ``article`` in reading order (see the module docstring)."""
    quotes: list[Quote] = []
    starts = [s.start for s in article.sentences]
    last_named: str | None = None
    body = {s.paragraph for s in article.body}
    for para in article.paragraphs:
        if para.index not in body:
            continue
        text, base = para.text, para.start
        found = False
        for m in _PAIRS.finditer(text):
            group = next(g for g in range(1, 5) if m.group(g) is not None)
            inner_start, inner_end = m.start(group), m.end(group)
            inner = text[inner_start:inner_end]
            if len(inner.split()) < MIN_QUOTE_WORDS:
                continue
            # the attribution lies in the same sentence: up to the next full stop
            after = re.split(r"(?<=[.!?])\s", text[m.end() : m.end() + _WINDOW], maxsplit=1)[0]
            before = re.split(r"[.!?]\s", text[max(0, m.start() - _WINDOW) : m.start()])[-1]
            who = _speaker(before, after)
            if who is not None and who.lower() in _PRONOUNS:
                who = last_named
            elif who is not None:
                last_named = who
            s, e = base + inner_start, base + inner_end
            quotes.append(Quote(article.id, inner, s, e, _sentence_ids(article, starts, s, e), who, "marks"))
            found = True
        if not found:
            dash = _DASH.search(text)
            if dash and len(text[: dash.start()].split()) >= MIN_QUOTE_WORDS:
                who = _clean(dash.group("who"))
                if who is not None and who.lower() in _PRONOUNS:
                    who = last_named
                elif who is not None:
                    last_named = who
                s, e = base, base + dash.start()
                quotes.append(
                    Quote(article.id, text[: dash.start()], s, e, _sentence_ids(article, starts, s, e), who, "dash")
                )
    return tuple(quotes)
