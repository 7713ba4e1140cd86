"""Reading: files in, :class:`~framing.io.article.Article` out; and writing files safely.

Modules
-------
load, readers
    Reading files and folders (.txt, .md, .html, .json, .jsonl) into articles;
    one reader per format.
article, evidence
    The frozen :class:`~framing.io.article.Article` (paragraphs, sentences
    with exact offsets) and :class:`~framing.io.evidence.Evidence`, a span of
    one article every later stage points with.
outlets, outlets_file
    An article's outlet from its address, source code or byline; a user's
    outlets file (CSV).
regular, atomic, jsonstream
    Reading a regular file within a size bound; atomic, private writes;
    JSON written as it is made.

Imports
-------
May import :mod:`framing.text`, :mod:`framing.errors` and
:mod:`framing._version`; nothing above it (align, extract, ...).
"""
