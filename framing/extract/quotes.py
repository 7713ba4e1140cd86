"""Direct quotes in one article, with their speakers.

Finds words inside quotation marks (straight ``"..."``, curly ``“...”``,
``„...“``, ``«...»``), a quotation left open at the end of a paragraph (the
convention for a quote that goes on in the next one), and dash-attributed
quotes (``... - said the Prime Minister``). The speaker is read as a careful
reader reads it (the patterns are in :mod:`framing.extract.attribution`):

1. **in the sentence**: "X said", "said X", "X told Y", "X added", "according
   to X", "X said: “...”", "X, the group's director, said", and for a quoted
   phrase inside a sentence, its subject's verb of saying ("X criticized the
   study as “...”", "X wrote that “...”");
2. **a continued quotation**: a quote that opens its sentence with no
   attribution of its own, right after a quote (in the same paragraph or at
   the end of the one before), has that quote's speaker; a quote that is its
   whole sentence, right after a sentence reporting someone's words (", the
   mayor said."), has theirs;
3. **a pronoun** ("he said") is the last person the article named before
   the quote (outside quotation marks), skipping those whose honorific says
   otherwise ("Mrs." for "he"); when no person is named, it stays unknown;
4. **institutions and roles**: "the ministry said", "the lawsuit says", "a
   spokeswoman said" name their speaker as written ("the spokeswoman" is
   later resolved to the one spokeswoman the articles name, if any).

Unnamed plurals ("officials said") are not speakers. Quoted titles ("The
Book of Mormon", every word capitalised) and phrases of fewer than
:data:`MIN_QUOTE_WORDS` words are not quotes of speech and are left out. A
quote may run across sentences of one paragraph; its offsets are those of
the quoted words inside ``Article.text``. Boilerplate is never searched.

>>> from framing import Article
>>> a = Article.from_text(
...     'Head\\n"We will not back down on this," Kremlin spokesman Dmitry Peskov said. '
...     '"It is a new round," he added. "And we are ready for all of it."', id="a")
>>> for q in extract_quotes(a):
...     print(q.speaker, "|", q.text)
Kremlin spokesman Dmitry Peskov | We will not back down on this,
Kremlin spokesman Dmitry Peskov | It is a new round,
Kremlin spokesman Dmitry Peskov | And we are ready for all of it.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from framing.extract.attribution import (
    DASH,
    PRONOUNS,
    Antecedents,
    attribution_only,
    clean,
    mask,
    role_title,
    speaker,
)
from framing.io.article import Article, Sentence

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


# straight and curly marks pair with each other too: outlets mix them ("... program.”)
# Single marks quote too (‘...’ in British and Asian outlets' copy, '...' where a page has no curly
# marks), told from apostrophes: an opening mark follows no letter and precedes one, a closing mark
# is followed by no letter ("don’t", "There's" go on), a plural possessive ("leaders' ") may close early
_PAIRS = re.compile(r'“([^“”"]+)[”"]|„([^„“”]+)[“”]|«([^«»]+)»|"([^"“”]+)[”"]'
                    # (at most SINGLE_QUOTE characters: an opening mark that is an apostrophe ("'em") is
                    # looked past that far only, so a page full of them costs linear time, not quadratic)
                    r"|(?<![\w’'])‘(?=[^\W\d_])((?:[^‘’“”\"]|’(?=\w)){1,600})’(?!\w)"
                    r"|(?<![\w’'])'(?=[^\W\d_])((?:[^'“”\"]|'(?=\w)){1,600})'(?!\w)"
                    # a double mark closed by a single one, as typed in haste (“no sign’ of life): when the
                    # paragraph closes it no other way, the single mark ends it, not the paragraph
                    r"|“((?:[^“”\"‘’]|’(?=\w)){1,600})’(?!\w)")
SINGLE_QUOTE = 600
"""Longest quote in single quotation marks (or a double mark closed by a single one), in characters."""
_OPEN = re.compile(r'[“„«"]')
def title_case(inner: str) -> bool:
    """A quoted title ("The Book of Mormon."): every word of four letters or more capitalised."""
    long_words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", inner) if len(w) >= 4]
    return len(long_words) >= 2 and len(inner.split()) <= 12 and all(w[0].isupper() for w in long_words)


@dataclass(frozen=True, slots=True)
class _Span:
    outer_start: int  # the opening mark (absolute offset)
    outer_end: int  # after the closing mark, or the paragraph's end for an open quote
    start: int  # the quoted words
    end: int
    paragraph: int


def _spans(article: Article, paragraphs: set[int]) -> list[_Span]:
    out = []
    for para in article.paragraphs:
        if para.index not in paragraphs:
            continue
        text, base = para.text, para.start
        last = 0
        for m in _PAIRS.finditer(text):
            group = next(g for g in range(1, 8) if m.group(g) is not None)
            out.append(_Span(base + m.start(), base + m.end(), base + m.start(group), base + m.end(group), para.index))
            last = m.end()
        # a quotation left open at the paragraph's end goes on in the next paragraph
        rest = _OPEN.search(text, last)
        if rest:
            inner = text[rest.end() :].rstrip()
            if inner and not _OPEN.search(inner):
                s = base + rest.end()
                out.append(_Span(base + rest.start(), base + len(text), s, s + len(inner), para.index))
    return out


def _continued(quotes: list[Quote], spans: Sequence[_Span], article: Article) -> None:
    """Give a quotation left open at its paragraph's end the speaker of the quote that opens the next
    paragraph: in English typography a quotation running on over paragraphs closes only at its end
    ("“I only realised that he was shot after the second gunshot.¶“Everything happened so fast,”
    Krajcik told AFP": both Krajcik's, found on a real page)."""
    text = article.text
    for k in range(len(quotes) - 1, -1, -1):  # from the last, so a run of open paragraphs takes the speaker
        sp = spans[k]
        if quotes[k].speaker is not None or k + 1 >= len(quotes):
            continue
        nxt, after = spans[k + 1], quotes[k + 1]
        para = article.paragraphs[sp.paragraph]
        # an opening mark: at the paragraph's start or after a space or a colon, before a word (a straight
        # mark closing a quote, 'this," said Josh Horowitz', is none)
        opens = (sp.outer_start == para.start or text[sp.outer_start - 1].isspace()
                 or text[sp.outer_start - 1] in ":(—–") and not text[sp.start:sp.start + 1].isspace()
        left_open = opens and sp.outer_end == para.end and text[sp.outer_end - 1] not in '”"»“'
        if (after.speaker is not None and left_open and nxt.paragraph == sp.paragraph + 1
                and nxt.outer_start == article.paragraphs[nxt.paragraph].start):
            quotes[k] = replace(quotes[k], speaker=after.speaker)


class _Sentences:
    """Which sentence holds an offset, by bisection."""

    def __init__(self, article: Article) -> None:
        self.sentences = article.sentences
        self.starts = [s.start for s in self.sentences]

    def at(self, offset: int) -> Sentence:
        return self.sentences[max(bisect.bisect_right(self.starts, offset) - 1, 0)]

    def ids(self, start: int, end: int) -> tuple[int, ...]:
        first = max(bisect.bisect_right(self.starts, start) - 1, 0)
        out = []
        for k in range(first, len(self.sentences)):  # by index: no copy of the rest of the article
            s = self.sentences[k]
            if s.start >= end:
                break
            if s.end > start:
                out.append(s.index)
        return tuple(out)


def _reported(text: str) -> str | None:
    """The speaker a sentence of reported speech names after its last comma (", the mayor said.",
    ", sagte der Bürgermeister Wladimir Leontjew am Dienstag."), or None."""
    cut = text.rfind(", ", 0, len(text) - 1)
    return speaker("", mask(text[cut:]), comma=True) if cut > 0 else None


# The attribution of a quote lies close to it: only this much text on either
# side is searched, so a long paragraph costs linear time, not quadratic.
_WINDOW = 300
# A pronoun's antecedent is looked for this far back (characters): a few paragraphs.
_REACH = 1500


def extract_quotes(article: Article) -> tuple[Quote, ...]:
    """All direct quotes of ``article`` in reading order (see the module docstring)."""
    body = article.body
    paragraphs = {s.paragraph for s in body}
    spans = _spans(article, paragraphs)
    where = _Sentences(article)
    text = article.text
    people: Antecedents | None = None

    def antecedents() -> Antecedents:  # made on first need: extract_mentions costs a pass over the article
        nonlocal people
        if people is None:
            people = Antecedents(article, [(x.outer_start, x.outer_end) for x in spans])
        return people

    quotes: list[Quote] = []
    marked: list[_Span] = []  # each quote's span, as ``quotes`` holds them before the dash quotes
    previous: tuple[_Span, str | None] | None = None
    found_in: set[int] = set()
    for n, sp in enumerate(spans):
        inner = text[sp.start : sp.end]
        if len(inner.split()) < MIN_QUOTE_WORDS or title_case(inner):
            continue
        first = where.at(sp.outer_start)
        last = where.at(max(sp.outer_end - 1, sp.outer_start))
        # the attribution: this sentence's text before the opening mark (after any earlier
        # quote in it) and after the closing mark (up to the next quote or the sentence end)
        lo = max(first.start, spans[n - 1].outer_end if n and spans[n - 1].outer_end <= sp.outer_start else 0,
                 sp.outer_start - _WINDOW)
        hi = min(last.end, spans[n + 1].outer_start if n + 1 < len(spans) else last.end, sp.outer_end + _WINDOW)
        before = mask(text[lo : sp.outer_start])
        after = mask(text[sp.outer_end : max(hi, sp.outer_end)])
        who = speaker(before, after, comma=inner.rstrip().endswith(","))
        if who is None and lo > first.start and lo > sp.outer_start - _WINDOW:
            # an earlier quote in this sentence cut the text before this one ("Biden said the
            # government would “pay the cost” and “...”"): the sentence's own attribution,
            # read from its start with the earlier quotes blanked out
            if previous is not None and previous[1] and where.at(previous[0].outer_start).index == first.index:
                who = previous[1]
            else:
                at = max(first.start, sp.outer_start - _WINDOW)
                whole = list(text[at : sp.outer_start])
                k = n - 1
                while k >= 0 and spans[k].outer_end > at:  # the quotes inside the window only
                    for i in range(max(spans[k].outer_start, at), min(spans[k].outer_end, sp.outer_start)):
                        whole[i - at] = "x"
                    k -= 1
                who = speaker(mask("".join(whole)), after)
        if who is None and previous is not None and not before.strip(" (—–-'‘\u2024"):
            # a continued quotation: right after a quote (this paragraph or the one before)
            prev_span, prev_who = previous
            gap = text[prev_span.outer_end : sp.outer_start]
            # the previous quote ends in this sentence or the one just before: what lies
            # between is the rest of its sentence (its attribution), not a statement of its own
            near = where.at(prev_span.outer_end - 1).index >= first.index - 1
            if (sp.paragraph - prev_span.paragraph <= 1 and near) or not gap.strip():
                who = prev_who
        if who is None and not before.strip(" (—–-'‘\u2024") and not after.strip(" .,;:!?)'’\"”") \
                and first.index > 0:
            # a quotation that is its whole sentence, right after the speaker's words reported in the
            # sentence before ("The water has risen by twelve metres, the mayor said. “The city is
            # flooded.”"): theirs, as a reader takes it
            prior = article.sentences[first.index - 1]
            if prior.role in ("body", "heading") and prior.text.rstrip().endswith(":") \
                    and first.paragraph - prior.paragraph <= 1:
                # ... or announced by the sentence before ("Ursula von der Leyen äußerte sich auf X und
                # schrieb:" and the post quoted below it, on a real German page)
                who = speaker(mask(prior.text[-_WINDOW:]), "")
            elif prior.paragraph == first.paragraph and prior.role in ("body", "heading") \
                    and not any(x.outer_start < prior.end and x.outer_end > prior.start for x in spans):
                who = _reported(prior.text)
        if who is not None and who.lower() in PRONOUNS:
            if previous is not None and previous[1] and attribution_only(
                    text[previous[0].outer_end : sp.outer_start]) and sp.paragraph - previous[0].paragraph <= 1:
                who = previous[1]  # "“...,” Peskov said. “...,” he added."
            else:
                who = antecedents().antecedent(first.index, who.lower(), sp.outer_start - _REACH, sp.outer_start)
        title = role_title(who)
        if title is not None:
            who = antecedents().holder(sp.outer_start, title, sp.outer_start - 4 * _REACH) or who
        s, e = sp.start, sp.end
        quotes.append(Quote(article.id, inner, s, e, where.ids(s, e), who, "marks"))
        marked.append(sp)
        if who is not None:
            antecedents().heard(last.index, who)
        found_in.add(sp.paragraph)
        previous = (sp, who)
    _continued(quotes, marked, article)
    for para in article.paragraphs:
        if para.index not in paragraphs or para.index in found_in:
            continue
        ptext, base = para.text, para.start
        dash = DASH.search(ptext)
        if dash and len(ptext[: dash.start()].split()) >= MIN_QUOTE_WORDS:
            who = clean(dash.group("who"))
            if who is not None and who.lower() in PRONOUNS:
                who = antecedents().antecedent(where.at(base).index, who.lower(), base - _REACH)
            s, e = base, base + dash.start()
            quotes.append(Quote(article.id, ptext[: dash.start()], s, e, where.ids(s, e), who, "dash"))
    quotes.sort(key=lambda q: (q.start, q.end))
    return tuple(quotes)
