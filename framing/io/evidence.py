"""Evidence: words of one article that a finding rests on.

Every comparator points at the articles the same way: the article's id, the
sentence, character offsets into ``Article.text`` and the text there. Types
that say more about their words extend it (:class:`framing.comparators.
numbers.Citation` adds the figure's value; :class:`framing.comparators.
quotes.Variant` the speaker and the sentences a quote spans).

>>> from framing import Article
>>> a = Article.from_text("Head\\nTroops left Kyiv on Monday.", id="a")
>>> e = Evidence.of(a, 1, 17, 21)
>>> e.to_dict()
{'article': 'a', 'sentence': 1, 'start': 17, 'end': 21, 'text': 'Kyiv'}
"""

from __future__ import annotations

from dataclasses import dataclass
from sys import intern
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from framing.io.article import Article

__all__ = ["Evidence"]


@dataclass(frozen=True, slots=True)
class Evidence:
    """Words of one article.

    Attributes
    ----------
    article
        The article's id.
    sentence
        Index of the sentence the words are in (or start in).
    start, end
        Offsets into ``Article.text``: ``text[start:end] == self.text``
        (equal for an empty span: where words would stand).
    text
        The words as written.
    """

    article: str
    sentence: int
    start: int
    end: int
    text: str

    @classmethod
    def of(cls, article: Article, sentence: int, start: int, end: int) -> Evidence:
        """Evidence for ``article.text[start:end]`` in sentence ``sentence``."""
        # interned: the sections keep an evidence per mention of a name or a word, and an
        # article names the same few things again and again (a copy each was many megabytes)
        return cls(article.id, sentence, start, end, intern(article.text[start:end]))

    def to_dict(self) -> dict[str, Any]:
        """Plain-JSON form: ``article``, ``sentence``, ``start``, ``end``, ``text``."""
        return {
            "article": self.article,
            "sentence": self.sentence,
            "start": self.start,
            "end": self.end,
            "text": self.text,
        }
