"""Paragraph and sentence boundaries as character offsets.

Every span is ``(start, end)`` into the text given, so ``text[start:end]`` is
the piece; nothing is copied, lost or invented. Spans are stripped of
surrounding whitespace, never overlap and come in order, and together they
cover every non-space character of the text.

Why nupunkt for sentences (measured on 0.95 MB of English news text):
nupunkt ran at ~155k sentences/s and kept every character; syntok ran at
~9.5k/s; pysbd ran at ~1.9k/s, dropped ``?!`` runs and went superlinear on
one long paragraph (400 KB took 88 s). nupunkt is a Punkt model (abbreviations
such as "U.K.", "Mr.", "Sen." are learned, not listed) with no dependencies.
We only take its *cut points*: the spans themselves are rebuilt here so the
coverage guarantee holds even if the library changes.

Very long sentences (a 1 MB paragraph without punctuation) are cut at
whitespace into pieces of at most :data:`MAX_SENTENCE_CHARS`, so that every
later stage works on bounded pieces and stays linear.

>>> text = 'Mr. Smith met Sen. Warren in the U.K. on Monday. "Is it over?" he asked.'
>>> [text[s:e] for s, e in sentence_spans(text)]
['Mr. Smith met Sen. Warren in the U.K. on Monday.', '"Is it over?" he asked.']
>>> text = "Headline without a full stop\\nFirst paragraph. Second sentence."
>>> [text[s:e] for s, e in paragraph_spans(text)]
['Headline without a full stop', 'First paragraph. Second sentence.']
"""

from __future__ import annotations

import re
from collections.abc import Callable

from framing.text import language as _language
from framing.text import language_words as _language_words

__all__ = ["MAX_SENTENCE_CHARS", "chunks", "line_spans", "paragraph_spans", "sentence_spans", "strip_span"]

MAX_SENTENCE_CHARS = 2000
"""Longest sentence piece; longer runs are cut at whitespace (see module doc)."""

# Every line terminator str.splitlines() knows, with CRLF as one terminator.
_EOL = re.compile(r"\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]")
_TERMINAL = tuple(".!?:;\"'”’)»…")
_SPACES = re.compile(r"\s+")
_TITLE_END = re.compile(
    r"\b(?:Adm|Gen|Lt|Col|Maj|Capt|Cmdr|Sgt|Cpl|Brig|Rep|Sen|Gov|Rev|Prof|Dr|Mr|Mrs|Ms|Supt|Insp)\.\s*$"
)
_ITEM_NUMBER = re.compile(r"\d{1,3}[.)](?=\s+[A-Z\"“‘'])")
# Chinese and Japanese end a sentence with a full-width mark and start the next without a
# space; Punkt, trained on spaced scripts, never cuts there. Closing quotes and brackets
# after the mark stay with the sentence they close.
_FULL_WIDTH_END = re.compile(r"[。！？｡]+[」』）〕】〉》”’\"')]*")
# A page that ran its paragraphs together ("earthquake..Nord Stream AG said", 'she said..Polish
# Prime Minister', 'extortion.".Ever since'): two full stops, or a stop after a closing quote, glued to
# a capital (an opening quote between) end a sentence; Punkt, which needs a space, never cuts there.
_GLUED_END = re.compile(r"(?:\.\.|[.!?][\"”’]\.|[\"”’]\.)(?=[\"“‘]?[A-Z])")


def strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink ``(start, end)`` so the piece has no leading or trailing whitespace.

    >>> strip_span("  ab  ", 0, 6)
    (2, 4)
    """
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def line_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the lines of ``text`` (terminators excluded, not stripped)."""
    spans = []
    pos = 0
    for m in _EOL.finditer(text):
        spans.append((pos, m.start()))
        pos = m.end()
    spans.append((pos, len(text)))
    return spans


def _hard_wrapped(text: str, lines: list[tuple[int, int]]) -> bool:
    """Whether a block of lines is one paragraph wrapped at a fixed width.

    Scraped news usually puts one paragraph on a line, and a headline line has
    no final punctuation; wrapped text breaks most lines mid-sentence at
    similar, long widths.
    """
    if len(lines) < 3:
        return False
    inner = [text[s:e].rstrip() for s, e in lines[:-1]]
    open_ended = sum(1 for line in inner if len(line) >= 40 and not line.endswith(_TERMINAL))
    longest = max(len(line) for line in inner)
    return open_ended >= 0.6 * len(inner) and longest <= 120


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """Paragraphs of plain text.

    Blank lines separate blocks. Inside a block each line is a paragraph
    (scraped articles put one paragraph on a line, and headlines, captions and
    datelines have lines of their own), unless the block is hard-wrapped, in
    which case the block is one paragraph.
    """
    spans: list[tuple[int, int]] = []
    block: list[tuple[int, int]] = []

    def flush() -> None:
        if not block:
            return
        if _hard_wrapped(text, block):
            spans.append(strip_span(text, block[0][0], block[-1][1]))
        else:
            spans.extend(strip_span(text, s, e) for s, e in block)
        block.clear()

    for s, e in line_spans(text):
        s, e = strip_span(text, s, e)
        if s == e:
            flush()
        else:
            block.append((s, e))
    flush()
    return _rejoined(text, spans)


def _rejoined(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    r"""Paragraphs a web page broke at a link put back together: a paragraph that does not end a
    sentence, followed by one that starts in lower case ("Wagner Group" / "private military company
    (PMC) leader Yevgeny Prigozhin" / "was listed among passengers"), is one paragraph. The first
    paragraph (a headline, as a rule) is never joined.

    >>> t = "Headline\n\nWagner Group\n\nprivate company leader Prigozhin\n\nwas listed. It rained."
    >>> [t[s:e] for s, e in paragraph_spans(t)]
    ['Headline', 'Wagner Group\n\nprivate company leader Prigozhin\n\nwas listed. It rained.']
    """
    out: list[tuple[int, int]] = []
    for s, e in spans:
        if len(out) > 1 and text[s].islower() and text[out[-1][1] - 1] not in _TERMINAL:
            out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
    return out


def _punkt_cuts() -> Callable[[str], list[tuple[int, int]]]:
    import nupunkt  # imported lazily: keeps `framing --help` fast

    cuts: Callable[[str], list[tuple[int, int]]] = nupunkt.sent_spans
    return cuts


def chunks(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Cut an over-long piece at whitespace into pieces of at most MAX_SENTENCE_CHARS.

    >>> [e - s for s, e in chunks("ab " * 1000, 0, 2999)]
    [1997, 1001]
    """
    out = []
    while end - start > MAX_SENTENCE_CHARS:
        limit = start + MAX_SENTENCE_CHARS
        cut = -1
        for m in _SPACES.finditer(text, start + MAX_SENTENCE_CHARS // 2, limit):
            cut = m.start()
        if cut <= start:
            cut = limit
        out.append(strip_span(text, start, cut))
        start, end = strip_span(text, cut, end)
    out.append((start, end))
    return [(s, e) for s, e in out if s < e]


def sentence_spans(text: str, start: int = 0, end: int | None = None, *,
                   language: str | None = None) -> list[tuple[int, int]]:
    """Sentences of ``text[start:end]`` as spans into ``text``.

    Cuts are Punkt's, and after the full-width sentence ends of Chinese and Japanese
    (``。！？``, with the closing quotes or brackets after them). Cost is linear in the
    length of the piece. In a supported ``language`` other than English, a cut after one of
    its abbreviations or ordinals is dropped (:func:`framing.text.language_words.kept_cuts`).

    >>> text = 'It was a 2.3 quake..Nord AG said "an act of sabotage.".Others "doubt it."."No," he said.'
    >>> [text[s:e] for s, e in sentence_spans(text)]
    ['It was a 2.3 quake..', 'Nord AG said "an act of sabotage.".', 'Others "doubt it.".', '"No," he said.']
    >>> text = "北京周一宣布新措施。官员表示：“这是必要的！”记者问为什么？"
    >>> [text[s:e] for s, e in sentence_spans(text)]
    ['北京周一宣布新措施。', '官员表示：“这是必要的！”', '记者问为什么？']
    """
    end = len(text) if end is None else end
    start, end = strip_span(text, start, end)
    if start == end:
        return []
    piece = text[start:end]
    try:
        found = {e for _, e in _punkt_cuts()(piece)}
    except Exception:  # pragma: no cover - a segmenter bug must not lose the text
        found = set()
    found.update(m.end() for m in _FULL_WIDTH_END.finditer(piece))
    for m in _GLUED_END.finditer(piece):  # the cut goes after the whole run, not inside it
        found.difference_update(range(m.start() + 1, m.end()))
        found.add(m.end())
    cuts = sorted(e for e in found if 0 < e < len(piece))
    if language is not None and (rules := _language.rules(language)) is not None:
        cuts = _language_words.kept_cuts(piece, cuts, rules)
    # "Rear Adm. John Mauger", "Lt. Col. Smith": a title's full stop ends no sentence
    cuts = [c for c in cuts
            if not (_TITLE_END.search(piece, max(0, c - 8), c) and piece[c : c + 2].lstrip()[:1].isupper())]
    number = _ITEM_NUMBER.match(piece)
    if number and number.end() < len(piece):
        # "1. WATCH: Water gushes ...": a list item's number stands apart from the item
        cuts = sorted({number.end(), *cuts})
    spans = []
    pos = start
    for cut in [*(start + c for c in cuts), end]:
        s, e = strip_span(text, pos, cut)
        if s < e:
            spans.extend(chunks(text, s, e))
        pos = cut
    return spans
