"""Descriptors that stand for an entity on their own ("The Butcher of Tehran ordered ...").

An epithet one outlet sets beside a name ("Raisi, the Butcher of Tehran") names the entity
where another outlet writes it alone: :func:`standalone_labels` finds it there, outside the
spans other labels already take.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from framing.extract.naming import Label, label_at
from framing.extract.quotes import Quote
from framing.extract.spans import Spans
from framing.io.article import Article
from framing.text.normalise import key

__all__ = ["standalone_labels"]


def standalone_labels(article: Article, phrases: Mapping[str, str], quotes: Sequence[Quote],
                      taken: Sequence[tuple[int, int]]) -> list[Label]:
    """Descriptors that stand for an entity on their own: each of ``phrases`` (a label's text -> its entity)
    where ``article`` writes it apart from the spans already ``taken`` ("The Butcher of Tehran ordered ...",
    after another outlet's "Raisi, the Butcher of Tehran"). One regular-expression pass per sentence.

    >>> from framing import Article
    >>> a = Article.from_text("Head\\nThe Butcher of Tehran ordered it.", id="a")
    >>> [(x.entity, x.text, x.voice) for x in standalone_labels(a, {"Butcher of Tehran": "Raisi"}, (), ())]
    [('Raisi', 'Butcher of Tehran', 'own')]
    """
    if not phrases:
        return []
    by_key = {key(p): e for p, e in phrases.items()}
    longest = sorted(by_key, key=lambda k: (-len(k), k))
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(k).replace(r"\ ", r"\s+") for k in longest) + r")(?!\w)")
    ordered = sorted(quotes, key=lambda q: (q.start, q.end))
    starts, spans, out = [q.start for q in ordered], Spans(taken), []
    for sn in article.sentences:
        if sn.role not in ("body", "title"):
            continue
        folded = sn.text.lower()
        if len(folded) != len(sn.text):
            continue  # a case change that moves characters: offsets would not hold
        for m in pattern.finditer(folded):
            st, en = sn.start + m.start(), sn.start + m.end()
            if spans.overlaps(st, en):
                continue
            label = label_at(article, sn, by_key[" ".join(m.group().split())], "descriptor", st, en, ordered,
                             starts)
            if label is not None:
                out.append(label)
    return out
