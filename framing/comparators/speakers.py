"""Who each sentence quotes: the people whose words it carries, for the aligner.

Two sentences quoting two different people state two people's words, not one fact:
:func:`framing.align.units.align` keeps them apart. The quotes and the people registry
read here are, inside :func:`framing.extract.memo.sharing`, the ones the comparators read.
"""

from __future__ import annotations

from collections.abc import Sequence

from framing.comparators import quotes_of
from framing.io.article import Article
from framing.text.boilerplate import EMBED

__all__ = ["sentence_speakers"]


def sentence_speakers(articles: Sequence[Article]) -> dict[tuple[str, int], frozenset[str]]:
    """``(article id, sentence index)`` -> the people the set names whose words the sentence quotes
    (its quotes' speakers, resolved in the set's terms; speakers the set names no person are left
    out). :func:`framing.align.units.align` reads it: two sentences quoting two different people
    state two people's words, not one fact. Inside :func:`framing.extract.memo.sharing` the quotes
    and the people registry are the ones the comparators read.

    >>> from framing import Article
    >>> a = Article.from_text('Head\\nIt is. "We will send our soldiers to train them," Prime Minister '
    ...                       'Ingrida Simonyte said. Simonyte left.', id="a")
    >>> sentence_speakers([a])
    {('a', 2): frozenset({'Ingrida Simonyte'})}
    """
    from framing.comparators.entities import registry_of
    from framing.comparators.resolve import speaking_person

    registry = registry_of(articles)
    found: dict[tuple[str, int], set[str]] = {}
    for a in articles:
        for q in quotes_of(a):
            if q.speaker and (who := speaking_person(q.speaker, registry, q.article)) is not None:
                for i in q.sentences:
                    found.setdefault((a.id, i), set()).add(who)
        # an embedded post's sentences are the words of the one who signed it ("... — Karl Nehammer
        # (@karlnehammer) May 15, 2024"), written without quotation marks
        sentences = a.sentences
        for k, s in enumerate(sentences):
            if s.role == "byline" and (m := EMBED.search(s.text)) and \
                    (who := speaking_person(m["who"], registry, a.id)) is not None:
                first = k  # the post's paragraph only: a scan of its sentences, not of the article
                while first and sentences[first - 1].paragraph == s.paragraph:
                    first -= 1
                for t in sentences[first:k]:
                    if t.role == "body" and (a.id, t.index) not in found:
                        found[(a.id, t.index)] = {who}
    return {k: frozenset(v) for k, v in found.items()}
