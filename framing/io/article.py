"""The article: text, metadata, paragraphs and sentences with exact offsets.

``Article.text`` is the article's text as read: for plain text the decoded
file, for Markdown and HTML the text with markup removed. Every offset points
into it, and ``article.text[s.start:s.end] == s.text`` holds for every
paragraph and sentence.

>>> a = Article.from_text(
...     "Troops to Ukraine\\nMay 08, 2024\\nMr. Smith said so. He left.\\nRead more: other news",
...     id="demo",
... )
>>> a.title, a.date
('Troops to Ukraine', '2024-05-08')
>>> for s in a.sentences:
...     print(s.index, s.role, repr(s.text))
0 title 'Troops to Ukraine'
1 dateline 'May 08, 2024'
2 body 'Mr. Smith said so.'
3 body 'He left.'
4 related 'Read more: other news'
>>> [s.text for s in a.body]
['Mr. Smith said so.', 'He left.']
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from framing.errors import MetadataError
from framing.io.jsonstream import Lazy, each, plain
from framing.io.outlets import outlet_for_url, outlet_from_text
from framing.text import boilerplate as _bp
from framing.text import detect as _detect
from framing.text import language as _language
from framing.text import segment as _seg
from framing.text.dates import parse_date
from framing.text.normalise import key as _key

__all__ = ["Article", "Link", "Paragraph", "Sentence"]

# Content the comparison reads: every content role but the headline.
_BODY_ROLES = _bp.CONTENT_ROLES - {"title"}


@dataclass(frozen=True, slots=True, eq=False)
class Sentence:
    """One sentence of an article.

    Attributes
    ----------
    index
        Position among the article's sentences, from 0.
    paragraph
        Index of the paragraph it belongs to.
    start, end
        Character offsets into ``Article.text``: ``text[start:end] == self.text``.
    role
        ``body``, ``title``, ``heading`` or a boilerplate role
        (see :mod:`framing.text.boilerplate`).
    source
        The whole ``Article.text`` it points into: one string shared by every
        sentence and paragraph of the article, not a copy.

    ``text``, the sentence exactly as it appears in ``Article.text``, is
    sliced from ``source`` when asked for: on a 50 MB article, a stored copy
    per sentence and paragraph cost more than the article itself. Two
    sentences are equal when their fields and their ``text`` are (never
    comparing whole sources: that would make comparing articles quadratic).

    >>> s = Sentence(1, 0, 6, 11, source="Rain. Snow.")
    >>> s.text, s
    ('Snow.', Sentence(index=1, paragraph=0, start=6, end=11, text='Snow.', role='body'))
    """

    index: int
    paragraph: int
    start: int
    end: int
    role: str = "body"
    source: str = field(default="", repr=False, kw_only=True)

    @property
    def text(self) -> str:
        """The sentence: ``source[start:end]``."""
        return self.source[self.start : self.end]

    @property
    def boilerplate(self) -> bool:
        """True for furniture (captions, teasers, bylines, ...); comparators skip it."""
        return self.role in _bp.BOILERPLATE_ROLES

    def __repr__(self) -> str:
        return (
            f"Sentence(index={self.index}, paragraph={self.paragraph}, start={self.start}, "
            f"end={self.end}, text={self.text!r}, role={self.role!r})"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Sentence):
            return NotImplemented
        return _same(self, other, (self.index, self.paragraph, self.role), (other.index, other.paragraph, other.role))

    def __hash__(self) -> int:
        return hash((self.index, self.paragraph, self.start, self.end, self.role, self.text))

    def to_dict(self) -> dict[str, Any]:
        """Plain-JSON form: the fields plus ``text`` and ``boilerplate``."""
        return {
            "index": self.index,
            "paragraph": self.paragraph,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "boilerplate": self.boilerplate,
            "role": self.role,
        }


@dataclass(frozen=True, slots=True, eq=False)
class Paragraph:
    """A paragraph: ``index``, offsets ``start``/``end`` into ``Article.text``,
    and ``source``, that whole text (shared); ``text`` is sliced from it."""

    index: int
    start: int
    end: int
    source: str = field(default="", repr=False, kw_only=True)

    @property
    def text(self) -> str:
        """The paragraph: ``source[start:end]``."""
        return self.source[self.start : self.end]

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Paragraph):
            return NotImplemented
        return _same(self, other, self.index, other.index)

    def __hash__(self) -> int:
        return hash((self.index, self.start, self.end, self.text))


def _same(a: Sentence | Paragraph, b: Sentence | Paragraph, mine: object, theirs: object) -> bool:
    """Equal fields, offsets and text (the text without comparing whole sources)."""
    return (
        mine == theirs
        and (a.start, a.end) == (b.start, b.end)
        and (a.source is b.source or a.text == b.text)
    )


@dataclass(frozen=True, slots=True)
class Link:
    """A hyperlink kept from Markdown or HTML: its visible ``text`` at ``start``/``end``
    in ``Article.text``, and its target ``url``."""

    text: str
    url: str
    start: int
    end: int


@dataclass(frozen=True)
class Article:
    """One news article, ready for comparison.

    Attributes
    ----------
    id
        Unique within a comparison; the file stem unless given.
    outlet
        Outlet name (given, from a known domain, or the domain, else the one outlet
        the text's agency tags and bylines name), or None if unknown.
    title
        Headline, or None.
    date
        Publication date as ISO ``YYYY-MM-DD``, or None.
    url
        The article's own URL, or None.
    path
        File it was read from, or None.
    text
        The article's text; every offset points into it.
    paragraphs, sentences
        In reading order, with offsets into ``text``.
    format
        ``txt``, ``md``, ``html``, ``json`` (how the file was read).
    links
        Hyperlinks found in Markdown or HTML.
    outlet_info
        What an outlets file records about the outlet (``lean``, ``country``,
        ``type``, ...; see :mod:`framing.io.outlets_file`); empty when none was given.
    language
        ISO 639-1 code of the language the article is read in: detected from its text,
        or given (see :mod:`framing.text.language`).
    """

    id: str
    outlet: str | None
    title: str | None
    date: str | None
    url: str | None
    path: str | None
    text: str
    paragraphs: tuple[Paragraph, ...] = field(repr=False)
    sentences: tuple[Sentence, ...] = field(repr=False)
    format: str = "txt"
    links: tuple[Link, ...] = field(default=(), repr=False)
    outlet_info: Mapping[str, str] = field(default_factory=dict, repr=False, compare=False)
    language: str = "en"

    @property
    def body(self) -> tuple[Sentence, ...]:
        """Content sentences: everything but boilerplate and the title."""
        return tuple(s for s in self.sentences if s.role in _BODY_ROLES)

    def with_roles(self, roles: Sequence[str]) -> Article:
        """The article with its sentences' roles replaced by ``roles`` (one per sentence, in order)."""
        sentences = tuple(sn if role == sn.role else
                          Sentence(sn.index, sn.paragraph, sn.start, sn.end, role, source=self.text)
                          for sn, role in zip(self.sentences, roles, strict=True))
        return dataclasses.replace(self, sentences=sentences)

    @property
    def label(self) -> str:
        """How reports name the article: its outlet, else its id."""
        return self.outlet or self.id

    @classmethod
    def from_text(
        cls,
        text: str,
        *,
        id: str,
        outlet: str | None = None,
        title: str | None = None,
        date: str | None = None,
        url: str | None = None,
        language: str | None = None,
    ) -> Article:
        """Build an article from plain text, sniffing what metadata is not given.

        Parameters
        ----------
        text
            The article; one paragraph per line (or blank-line separated blocks).
        id
            Its identifier in a comparison.
        outlet, title, date, url
            Metadata; each one given overrides what is sniffed from the text.
            ``date`` may be ISO or a written date ("May 8, 2024").
        language
            ISO 639-1 code of the text's language; detected when not given
            (:func:`framing.text.detect.detect`).

        Raises
        ------
        MetadataError
            If ``date`` is given but is not a date.

        Examples
        --------
        >>> Article.from_text("Hello world.", id="a", outlet="Example").sentences[0].text
        'Hello world.'
        """
        if not isinstance(text, str):
            raise TypeError(f"text must be str (got {type(text).__name__})")
        if date is not None:
            iso = parse_date(date)
            if iso is None:
                raise MetadataError(f"date must be a date such as 2024-05-08 (got {date!r})")
            date = iso
        _check_id(id)
        blocks = [Block(s, e) for s, e in _seg.paragraph_spans(text)]
        with _language.forced(_language.check(language) if language is not None else _language.forced_language()):
            return assemble(
                text, blocks, id=id, outlet=outlet, title=title, date=date, url=url, fmt="txt"
            )

    def to_dict(self, *, with_text: bool = True) -> dict[str, Any]:
        """Plain-JSON form of the article (the ``articles`` entries of framing's JSON)."""
        result: dict[str, Any] = plain(self.json_tree(with_text=with_text))
        return result

    def json_tree(self, *, with_text: bool = True) -> dict[str, Any]:
        """:meth:`to_dict` with its long lists made as they are written
        (see :mod:`framing.io.jsonstream`)."""
        out: dict[str, Any] = {
            "id": self.id,
            "outlet": self.outlet,
            "outlet_info": dict(self.outlet_info),
            "title": self.title,
            "date": self.date,
            "url": self.url,
            "path": self.path,
            "format": self.format,
            "language": self.language,
        }
        if with_text:
            out["text"] = self.text
        out["paragraphs"] = Lazy(
            lambda: ({"index": p.index, "start": p.start, "end": p.end} for p in self.paragraphs)
        )
        out["sentences"] = each(self.sentences)
        out["links"] = [
            {"text": k.text, "url": k.url, "start": k.start, "end": k.end} for k in self.links
        ]
        return out


@dataclass(slots=True)
class Block:
    """A paragraph span handed over by a reader, with what the reader knows of it.

    ``kind`` is ``heading1`` (a top-level heading), ``heading``, ``image`` (a
    paragraph holding an image) or ``text``; ``sentences`` are given spans (for
    pre-segmented sources such as BASIL) or None to segment here.
    """

    start: int
    end: int
    kind: str = "text"
    sentences: list[tuple[int, int]] | None = None


_ORIGINAL_URL = re.compile(r"(?:original|source)\s+(?:url|link)\s*:?\s*<?(https?://\S+?)>?\s*$", re.I)
_URL_ONLY = re.compile(r"^\W*<?(https?://\S+?)>?\W*$")
_TERMINATED = re.compile(r"[.!?…]['\"”’)]*$")


_CONTENT_WORD = re.compile(r"[^\W\d_]{4,}")


def _other_headlines(sentences: list[Sentence], kinds: Sequence[str], text: str) -> list[Sentence]:
    """Mark as ``related`` another story's headline standing alone between paragraphs.

    A plain-text paragraph of one sentence of 4-20 words, without end
    punctuation, after the article's first content and before its last,
    that shares no word of four letters or more with the rest of the body.
    Cost: one pass over the body's words.
    """
    by_paragraph: dict[int, list[int]] = {}
    for k, sn in enumerate(sentences):
        by_paragraph.setdefault(sn.paragraph, []).append(k)
    body = [sn for sn in sentences if sn.role == "body"]
    if len(body) < 4:
        return sentences
    first, last = body[0].paragraph, body[-1].paragraph
    candidates = []
    for p, ks in by_paragraph.items():
        if len(ks) != 1 or not first < p < last or kinds[p] != "text":
            continue
        sn = sentences[ks[0]]
        n = len(sn.text.split())
        ends = sn.text.rstrip()[-1:]
        if sn.role == "body" and 4 <= n <= 20 and not _TERMINATED.search(sn.text) and sn.text[:1].isupper() \
                and ends not in ":;,—–-":  # "Here's an excerpt from the report:" introduces what follows
            candidates.append(ks[0])
    if not candidates:
        return sentences
    from wordfreq import zipf_frequency

    def content(t: str) -> set[str]:  # words of four letters or more that are not function words
        return {w for w in (_key(x) for x in _CONTENT_WORD.findall(t)) if zipf_frequency(w, "en") < 5.0}

    counts: dict[str, int] = {}
    for sn in body:
        for w in content(sn.text):
            counts[w] = counts.get(w, 0) + 1
    out = list(sentences)
    for k in candidates:
        own = content(sentences[k].text)
        if own and all(counts.get(w, 0) <= 1 for w in own):
            sn = sentences[k]
            out[k] = Sentence(sn.index, sn.paragraph, sn.start, sn.end, "related", source=text)
    return out


class _SentenceTexts(Sequence[str]):
    """The sentences' texts, each sliced when read: a long article's text is not copied whole."""

    def __init__(self, sentences: Sequence[Sentence]) -> None:
        self.sentences = sentences

    def __len__(self) -> int:
        return len(self.sentences)

    def __getitem__(self, k: int) -> str:  # type: ignore[override]
        return self.sentences[k].text


def _page_furniture(sentences: list[Sentence], text: str, language: str = "en") -> list[Sentence]:
    """Sentences re-judged by the page as a whole (see :mod:`framing.text.furniture`)."""
    from framing.text.furniture import page_roles

    roles = page_roles(_SentenceTexts(sentences), [sn.role for sn in sentences], language=language)
    return [sn if role == sn.role else Sentence(sn.index, sn.paragraph, sn.start, sn.end, role, source=text)
            for sn, role in zip(sentences, roles, strict=True)]


def _outlet_in_text(tags: Sequence[str], sentences: Sequence[Sentence], id: str) -> str | None:
    """The one outlet the article's agency tags and bylines name (see
    :func:`framing.io.outlets.outlet_from_text`).

    Syndication lines ("This story was first published by Valley Wire.") are not
    read: they name the original publisher, not the outlet carrying the story. Nor, alone,
    is an agency tag ("MARRAKECH, Morocco (AP)"): it names who wrote the story, and many
    outlets carry agency copy (the Jamaica Gleaner's page is the Gleaner's), unless the
    article's id names the agency too ("ap-via-newsnation", "jerusalem-post-reuters").
    """
    bylines = [s.text for s in sentences if s.role == "byline"]
    found = outlet_from_text(tags, bylines)
    if found is None or outlet_from_text([], bylines) is not None:
        return found
    words = set(re.split(r"[\W_]+", id.lower()))
    key = re.sub(r"^the\s+", "", found.lower())
    initials = "".join(w[0] for w in key.split() if w)
    named = {re.sub(r"[\W_]+", "", t.lower()) for t in tags}
    return found if words & ({key.replace(" ", ""), initials, *key.split(), *named} - {""}) else None


def _looks_like_headline(text: str) -> bool:
    words = text.split()
    if not words or len(words) > 25 or len(text) > 200:
        return False
    return not _TERMINATED.search(text) or (len(words) <= 12 and not text.endswith("."))


def assemble(
    text: str,
    blocks: Sequence[Block],
    *,
    id: str,
    outlet: str | None = None,
    title: str | None = None,
    date: str | None = None,
    url: str | None = None,
    path: str | None = None,
    fmt: str = "txt",
    links: Iterable[Link] = (),
    sniff_title: bool = True,
) -> Article:
    """Segment blocks into sentences, assign roles, sniff missing metadata.

    Internal: readers call this with the plain text they produced and its
    paragraph blocks. Given metadata always wins over sniffed metadata.
    """
    paragraphs: list[Paragraph] = []
    sentences: list[Sentence] = []
    title_key = _key(title) if title else None
    found_title: str | None = None
    found_date: str | None = None
    found_url: str | None = None
    previous_role: str | None = None
    seen_content = False
    tags: list[str] = []  # agency tags opening paragraphs
    forced: dict[int, str] = {}  # sentence start -> role found before the sentence roles
    furniture: dict[int, str] = {}  # sentence start -> its role, over its paragraph's (the headline's)
    kinds: list[str] = []  # block kind per paragraph
    # A one-paragraph text has no headline: its only paragraph is the content.
    sniff_title = sniff_title and len(blocks) > 1
    language = _detect.of_text(text)
    for block in blocks:
        s0, e0 = _seg.strip_span(text, block.start, block.end)
        if s0 == e0:
            continue
        ptext = text[s0:e0]
        pidx = len(paragraphs)
        paragraphs.append(Paragraph(pidx, s0, e0, source=text))
        spans = (
            # a reader's own split is kept, but pieces stay bounded like ours
            [c for s, e in block.sentences for c in _seg.chunks(text, *_seg.strip_span(text, s, e))]
            if block.sentences is not None
            else _seg.sentence_spans(text, s0, e0, language=language)
        )
        spans = [(s, e) for s, e in spans if s < e]
        # paragraph-level role
        role: str | None = _bp.paragraph_role(ptext, has_image=block.kind == "image")
        if role == "dateline" and found_date is None:
            found_date = parse_date(ptext)
        if role is None and not seen_content:
            is_title = False
            if title_key is not None:
                is_title = _key(ptext) == title_key
            elif sniff_title and found_title is None:
                # a byline, a credit or a prompt at the page's head is furniture, never the headline
                is_title = _bp.sentence_role(ptext) is None and (block.kind == "heading1" or (
                    block.kind in ("text", "heading") and _looks_like_headline(ptext)
                ))
            if is_title:
                role = "title"
                # a credit or other furniture closing the headline's line ("... stuns world. Video /
                # CBS News") is no part of it: it keeps its own role and is left out of the headline
                head = len(spans)
                while head > 1 and (tail := _bp.sentence_role(text[spans[head - 1][0]:spans[head - 1][1]])):
                    head -= 1
                    furniture[spans[head][0]] = tail
                found_title = " ".join(text[s0:spans[head - 1][1] if spans else e0].split())
        if role is None and block.kind in ("heading1", "heading"):
            role = "heading"
        # "Original url:" followed by a paragraph that is only the URL
        url_match = _ORIGINAL_URL.search(ptext) or (
            _URL_ONLY.match(ptext) if previous_role == "source" else None
        )
        if url_match and found_url is None:
            found_url = url_match.group(1)
        # (a reader's own sentence split, as BASIL's, is kept as given: its numbering is the data's)
        if role is None and spans and block.sentences is None:
            tag = _bp.lead_tag(text[spans[0][0] : spans[0][1]])
            if tag is not None:
                # "WASHINGTON (Reuters) - ...": the agency tag is a byline of its own
                s, e = spans[0]
                rest = _seg.strip_span(text, s + tag[0], e)
                tag_end = _seg.strip_span(text, s, s + tag[0])[1]
                spans[0:1] = [(s, tag_end), rest]
                tags.append(tag[1])
                forced[s] = "byline"
        for s, e in spans:
            srole = furniture.get(s) or role or forced.get(s) or _bp.sentence_role(text[s:e]) or "body"
            sentences.append(Sentence(len(sentences), pidx, s, e, srole, source=text))
            previous_role = srole
        kinds.append(block.kind)
        if role != "title" and any(x.role == "body" for x in sentences[-len(spans):] if spans):
            seen_content = True
    sentences = _other_headlines(sentences, kinds, text)
    sentences = _page_furniture(sentences, text, language)
    final_url = url or found_url
    final_outlet = (
        outlet
        or (outlet_for_url(final_url) if final_url else None)
        or _outlet_in_text(tags, sentences, id)
    )
    return Article(
        id=id,
        outlet=final_outlet,
        title=title or found_title,
        date=date or found_date,
        url=final_url,
        path=path,
        text=text,
        paragraphs=tuple(paragraphs),
        sentences=tuple(sentences),
        format=fmt,
        links=tuple(links),
        language=language,
    )


def _check_id(value: str) -> str:
    if not value or not value.strip():
        raise MetadataError(f"article id must be a non-empty string (got {value!r})")
    return value
