"""Whether a conflict of figures is a key finding: the figures count the same thing, in the same place.

The Numbers table lists every figure outlets give differently on one unit; a key finding says only
those a careful reader would sign as one quantity told two ways (:func:`same_quantity`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from framing.compare import Comparison

__all__ = ["same_quantity"]


_COUNTED = frozenset({"number", "percent", "ratio"})
_NEXT_WORD = re.compile(r"[\s$%]*(?:(?:million|billion|trillion|thousand|hundred|percent|per cent|of|the|a|an)\s+)*"
                        r"([A-Za-z][\w'’-]*)")


def same_quantity(comparison: Comparison, finding: Any) -> bool:
    """Whether a conflict's figures count the same thing: each article's figures are followed
    by the same word ("12 people" / "Fourteen people"); only counts, shares and ratios."""
    from framing.text.terms import stem

    if finding.kind not in _COUNTED:
        return False
    # read on the unit's own sentences: an outlet the Numbers table shows where its story gives a value
    # elsewhere (not in the unit) takes a side, but its other sentence tells of other things
    unit = comparison.alignment.unit(finding.unit)
    says = {a: tuple(x for x in cites if x.sentence in unit.members.get(a, ())) for a, cites in finding.says.items()}
    heads = []
    for a, cites in says.items():
        text = comparison.article(a).text
        mine = set()
        for x in cites:
            m = _NEXT_WORD.match(text, x.end)
            if m:
                mine.add(stem(m.group(1).lower()))
        if cites:
            heads.append(mine)
    if not (len(heads) > 1 and bool(set.intersection(*heads))):
        return False
    # the same measure of two different places ("risen by 5 meters" in Kherson, "exceeded 10
    # meters" in Nova Kakhovka) is no conflict: the figures' sentences must name the same places,
    # people or bodies, or none; one that names none may count another place's ("20 Gebäude ... in
    # der Stadt", Diyarbakir, against "in der Provinz Malatya 140 Gebäude": a reader found it false;
    # "$1 trillion in spending cuts" against Corker's "$2 trillion in spending cuts")
    names = []
    proper = _proper_words(comparison)
    for a, cites in says.items():
        art = comparison.article(a)
        caps = set()
        for i in {x.sentence for x in cites}:
            caps |= proper(art.sentences[i].text)
        if cites:
            names.append(caps)
    named = [n for n in names if n]
    if named and not (len(named) == len(names) and bool(set.intersection(*named))):
        return False
    return not _gives_the_others(comparison, finding)


def _gives_the_others(comparison: Comparison, finding: Any) -> bool:
    """Whether an outlet of a conflict writes, anywhere in its story, a figure of the kind and value
    another outlet gives here: it does not contradict that figure, it counts something else with its
    own ("carrying a pilot and four passengers" beside "the five people aboard", against the others'
    "five passengers": a reader found "the figures differ" false)."""
    from framing.text.numbers import extract

    given = {a: {x.value for x in cites} for a, cites in finding.says.items() if cites}
    values: dict[str, set[str]] = {}  # a sentence's values of the finding's kind, by its text: a wire copy read once

    def of(text: str) -> set[str]:
        if text not in values:
            values[text] = {f.value for f in extract(text) if f.kind == finding.kind}
        return values[text]

    for a, mine in given.items():
        others = set().union(*(v for b, v in given.items() if b != a)) - mine
        if others and any(of(s.text) & others for s in comparison.article(a).body):
            return True
    return False


def _proper_words(comparison: Comparison) -> Any:
    """The function giving a sentence's capitalised words but its first, folded: in English every one;
    in another language a word its language writes as a common word is none ("Gebäude", "Stadt" in
    German, which capitalises every noun: "20 Gebäude ... in der Stadt" of Diyarbakir and "140 Gebäude"
    of the province of Malatya were called one figure told two ways, found on a held-out event)."""
    from framing.text.language import SUPPORTED, profile

    code = getattr(comparison, "language", "en")
    if code == "en" or code not in SUPPORTED:
        return lambda text: {w.rstrip("'’s").lower() for w in re.findall(r"[A-Z][\w'’-]+", text)[1:]}
    from framing.extract.language_names import _common, _noun

    rules = profile(code)
    common = _noun if rules.compounds else _common

    def proper(text: str) -> set[str]:
        words = re.findall(r"[^\W\d_][\w'’-]+", text)[1:]
        return {w.casefold() for w in words if w[:1].isupper() and not common(w, rules)}
    return proper
