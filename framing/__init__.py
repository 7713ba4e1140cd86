"""framing: how different news outlets cover the same event.

Public API
----------
load, load_all
    Read article files (.txt, .md, .html, .json, .jsonl) into :class:`Article`.
Article, Sentence, Paragraph, Link
    Frozen results: metadata, paragraphs and sentences with exact offsets.
key, words
    Comparison keys (case, accents, quotes, dashes and invisibles folded).
FramingError, LoadError, MetadataError, NotEnoughArticlesError
    The error family.

>>> import framing
>>> framing.Article.from_text("One. Two.", id="x").sentences[1].text
'Two.'
"""

from framing._version import __version__
from framing.article import Article, Link, Paragraph, Sentence
from framing.errors import FramingError, LoadError, MetadataError, NotEnoughArticlesError
from framing.load import MAX_BYTES, load, load_all
from framing.text import key, words

__all__ = [
    "MAX_BYTES",
    "Article",
    "FramingError",
    "Link",
    "LoadError",
    "MetadataError",
    "NotEnoughArticlesError",
    "Paragraph",
    "Sentence",
    "__version__",
    "key",
    "load",
    "load_all",
    "words",
]
