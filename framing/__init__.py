"""framing: how different news outlets cover the same event.

Public API
----------
load, load_all
    Read article files (.txt, .md, .html, .json, .jsonl) into :class:`Article`.
Article, Sentence, Paragraph, Link
    Frozen results: metadata, paragraphs and sentences with exact offsets.
similarity, DEFAULT_CUTOFF
    Score two sentences 0-100; the default link cut-off.
align, Alignment, Unit, SentenceLink, UNIT_CUTOFF
    N-way content units across articles (each link ``restates`` or
    ``overlaps``), independent of article order; the default cohesion cut-off.
compare, Comparison
    Align 2..N articles and run the comparators (coverage, quotes, ...).
batch, events_from, Event, BatchResult, EventResult
    Many events at once: per-event results and outlet-level findings.
key, words
    Comparison keys (case, accents, quotes, dashes and invisibles folded).
FramingError, LoadError, MetadataError, NotEnoughArticlesError
    The error family.

>>> import framing
>>> framing.Article.from_text("One. Two.", id="x").sentences[1].text
'Two.'
"""

from framing._version import __version__
from framing.align import UNIT_CUTOFF, Alignment, SentenceLink, Unit, align
from framing.article import Article, Link, Paragraph, Sentence
from framing.batch import BatchResult, EventResult, batch, events_from
from framing.batch_events import Event
from framing.compare import Comparison, compare
from framing.errors import FramingError, LoadError, MetadataError, NotEnoughArticlesError, ScorerError
from framing.load import MAX_BYTES, load, load_all
from framing.similarity import DEFAULT_CUTOFF, similarity
from framing.text import key, words

__all__ = [
    "DEFAULT_CUTOFF",
    "MAX_BYTES",
    "UNIT_CUTOFF",
    "Alignment",
    "Article",
    "BatchResult",
    "Comparison",
    "Event",
    "EventResult",
    "FramingError",
    "Link",
    "LoadError",
    "MetadataError",
    "NotEnoughArticlesError",
    "Paragraph",
    "ScorerError",
    "Sentence",
    "SentenceLink",
    "Unit",
    "__version__",
    "align",
    "batch",
    "compare",
    "events_from",
    "key",
    "load",
    "load_all",
    "similarity",
    "words",
]
