"""Alignment: which sentences of different articles say the same thing.

Modules
-------
similarity
    Scoring two sentences 0-100 (lexical, offline; the scorer is pluggable).
linkmodel
    The link model: whether a pair of sentences restates or overlaps.
links
    Sentence links: candidates from an inverted index, scored.
cohesion
    Clustering links into cohesive content units.
units
    :func:`~framing.align.units.align`: N-way content units across
    articles, independent of article order; :class:`Alignment`, :class:`Unit`.
smallmap
    A compact read-only mapping for a unit's few articles.

Imports
-------
May import :mod:`framing.io`, :mod:`framing.text`, :mod:`framing.errors`;
not extract, comparators or anything above them.
"""
