"""Labels of a sentence other outlets carry word for word, made once per comparison.

A wire story's sentence carried by hundreds of outlets names the same people the same way in
each: :func:`framing.extract.naming.article_labels` reads its mentions once and gives every
other copy the same labels, at the copy's place. A copy shares them only when all that the
labels read is the same: the sentence's text and the character on either side of it, its
mentions (entity, place in the sentence, text), the quotes that may hold a label (each quote
starting in the sentence, and the last one before it when it reaches in: place and speaker),
the lexicon and the language. Without the memo the labels are the same (tests/test_naming.py
compares both on random wire copies); the naming comparator's cost then follows the distinct
sentences of an event, not its outlets (``bench/outlets_scale.py``).
"""

from __future__ import annotations

import bisect
from collections.abc import Collection, Sequence
from typing import Any

from framing.extract.lexicon import Lexicon
from framing.extract.naming import Label, sentence_labels
from framing.extract.quotes import Quote
from framing.io.article import Article, Sentence
from framing.io.evidence import Evidence
from framing.text import language as _language

__all__ = ["SentenceLabels"]


class SentenceLabels:
    """The labels of the sentences whose text is in ``repeated``, made once for each context
    (see the module docstring); for one comparison, whose lexicons outlive it."""

    def __init__(self, repeated: Collection[str]) -> None:
        self.repeated = frozenset(repeated)
        # context -> the labels as (entity, kind, text, key, voice, marker, speaker, start, end, mention):
        # start and end in the sentence, mention the number of the mention whose evidence is the label's
        # (-1: an evidence of its own)
        self._made: dict[tuple[Any, ...], list[tuple[Any, ...]]] = {}

    def labels(self, article: Article, sn: Sentence, here: Sequence[tuple[str, Evidence]],
               taken: Sequence[tuple[int, int]], quotes: Sequence[Quote], starts: Sequence[int],
               lexicon: Lexicon) -> list[Label]:
        """:func:`framing.extract.naming.sentence_labels`, made once per context."""
        base, text = sn.start, article.text
        # a label's voice reads the last quote starting at or before it (voice_of): for a label in this
        # sentence, one starting in it, or the last one before it, which holds nothing here unless it reaches in
        first = bisect.bisect_right(starts, base) - 1
        last = bisect.bisect_left(starts, sn.end)
        reaching = quotes[first] if first >= 0 and quotes[first].end > base else None
        context = (
            sn.text, text[base - 1:base] if base else "", text[sn.end:sn.end + 1],
            tuple((name, ev.start - base, ev.end - base, ev.text) for name, ev in here),
            None if reaching is None else (reaching.start - base, reaching.end - base, reaching.speaker),
            tuple((q.start - base, q.end - base, q.speaker) for q in quotes[first + 1:last]),
            id(lexicon), article.language, _language.current(),
        )
        made = self._made.get(context)
        if made is None:
            found = sentence_labels(article, sn, here, taken, quotes, starts, lexicon)
            mention = {id(ev): n for n, (_name, ev) in enumerate(here)}
            self._made[context] = [(x.entity, x.kind, x.text, x.key, x.voice, x.marker, x.speaker,
                                    x.evidence.start - base, x.evidence.end - base, mention.get(id(x.evidence), -1))
                                   for x in found]
            return found
        return [Label(entity, kind, label, k, voice, marker, speaker,
                      here[n][1] if n >= 0 else Evidence.of(article, sn.index, base + start, base + end))
                for entity, kind, label, k, voice, marker, speaker, start, end, n in made]
