"""Which labels and spellings set outlets apart for one entity: the contrasts of the naming section.

:func:`contrasts` takes the usages :func:`framing.comparators.naming.naming` made (one per entity, outlet,
label and voice) and keeps a label some outlets use for an entity and the others naming it avoid (words the
others never use for it, a loaded term, a spelling close to theirs), with who uses it, who does not, and
whether the others write its telling words anywhere at all. Split from :mod:`framing.comparators.naming`,
which finds the labels, so that each module stays readable.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import lru_cache

from framing.comparators.naming import (
    Contrast,
    Usage,
    _by_others,
    _close,
    _counts,
    _forms,
    _stems,
    _word,
)
from framing.extract.lexicon import Lexicon, sentence_tokens, tokens
from framing.extract.naming import label_words, loaded_terms
from framing.io.article import Article
from framing.text.names import name_key, tables

__all__ = ["contrasts"]

# zipf above which a word of a mention that covers only part of a name is a common word ("coast" of "coast
# guard" for the US Coast Guard; "putin" is below it)
_COMMON_PART = 4.5


@lru_cache(maxsize=1)
def _abbreviated() -> dict[str, tuple[str, ...]]:
    """The gazetteer's abbreviated titles (their comparison form, as :func:`_word`) -> the titles they shorten:
    "adm" -> ("admiral",), "gen" -> ("general",), "gov" -> ("governor",)."""
    heads = tables()[2]  # title key -> whether it is a head word ("admiral"; not "majority", "senate")
    out: dict[str, tuple[str, ...]] = {}
    for t in sorted(heads):
        if t.endswith(".") and len(t) > 3:
            full = tuple(w for w in sorted(heads) if heads[w] and not w.endswith(".") and w.startswith(t[:-1])
                         and len(w) > len(t))
            if full:
                out[_word(t[:-1])] = full
    return out


def _partial_common(word: str, forms: Sequence[str], entity: str) -> bool:
    """Whether a lower-case ``word`` of a mention (its words ``forms``) is a common English word in a mention
    that covers only part of the entity's name: "coast guard" for the US Coast Guard is two common nouns, not
    the name written small as "vladimir putin", "russia" or "putin" are."""
    from wordfreq import zipf_frequency

    # (several lower-case words of a longer name, each common: "coast guard"; one, "trump", may be the name)
    return len(forms) > 1 and len(forms) < len(_forms(entity)) and all(
        f.islower() and zipf_frequency(f, "en") >= _COMMON_PART for f in forms)


# head nouns that say nothing of whom they name: a label new only by one of them is no contrast
_GENERIC_HEADS = frozenset("man men woman women person persons people individual figure guy one".split())


def _written(text: str) -> frozenset[str]:
    """The words of a sentence, as :func:`_word` stems and as written (a possessive dropped)."""
    toks = tokens(text)
    return frozenset({_word(t.key.removesuffix("'s")) for t in toks} | {re.sub(r"['’]s$", "", t.text) for t in toks})


def contrasts(usages: Sequence[Usage], arts: Sequence[Article], order: Mapping[str, int],
               lexicon: Lexicon, known: frozenset[str]) -> list[Contrast]:
    naming_outlets: dict[str, set[str]] = {}
    words: dict[tuple[str, str], set[str]] = {}
    forms: dict[tuple[str, str], set[str]] = {}
    mentioned: dict[tuple[str, str], set[int]] = {}  # (entity, outlet) -> sentences naming the entity
    for u in usages:
        naming_outlets.setdefault(u.entity, set()).add(u.article)
        mentioned.setdefault((u.entity, u.article), set()).update(e.sentence for e in u.evidence)
        if u.kind == "name":
            forms.setdefault((u.entity, u.article), set()).update(_forms(u.key))
        else:
            words.setdefault((u.entity, u.article), set()).update(_word(w) for w in label_words(u.key))
    grouped: dict[tuple[str, str, str], list[Usage]] = {}
    for u in usages:
        if len(naming_outlets[u.entity]) < 2 and (u.kind == "name" or not loaded_terms(u.key, lexicon)):
            continue  # one outlet alone names it: nothing to compare, but a loaded label ("the 2020 BLM pogroms")
        if u.kind == "name":
            forms_of = _forms(u.key)
            for f in forms_of:  # a spelling is a word written otherwise, whatever name it stands in
                if f.islower() and _partial_common(f, forms_of, u.entity):
                    continue  # "the Greek coast guard" is no "US Coast Guard" written small
                grouped.setdefault((u.entity, "spelling", f), []).append(u)
        else:
            grouped.setdefault((u.entity, "label", u.key), []).append(u)
    text_words: dict[str, set[str]] = {}
    by_id = {a.id: a for a in arts}

    # by sentence text, for this call only: a wire copy many outlets carry is read once
    words_in = lru_cache(maxsize=2048)(_written)

    def written(article: str) -> set[str]:
        if article not in text_words:
            found: set[str] = set()
            for s in by_id[article].sentences:  # sentence by sentence: a list of the article's tokens was 30x its text
                found.update(words_in(s.text))
            text_words[article] = found
        return text_words[article]

    form_count, word_count = _counts(forms), _counts(words)
    near_words: dict[tuple[str, str], set[str]] = {}

    def near(entity: str, article: str) -> set[str]:
        """The words (as :func:`_word`) of the sentences where ``article`` names ``entity``."""
        if (entity, article) not in near_words:
            sentences = by_id[article].sentences
            found = {_word(t.key.removesuffix("'s")) for i in mentioned[(entity, article)]
                     for t in sentence_tokens(sentences[i])}
            # a title abbreviated ("Rear Adm. John Mauger") writes the word in full ("Rear Admiral")
            near_words[(entity, article)] = found | {_word(w) for a in found for w in _abbreviated().get(a, ())}
        return near_words[(entity, article)]

    out = []
    for (entity, kind, k), us in grouped.items():
        users = tuple(sorted({u.article for u in us}))
        others = tuple(sorted(naming_outlets[entity] - set(users)))
        if not others and len(naming_outlets[entity]) > 1:
            continue
        said = ""
        if kind == "spelling":
            theirs = _by_others(form_count.get(entity, {}), forms, entity, users)
            # a lower-case form is a choice only for a name the set capitalises mid-sentence
            if k in theirs or not any(_close(k, g) for g in theirs) or (k.islower() and k not in known):
                continue
            new: tuple[str, ...] = (k,)
            probe = {k}
        else:
            theirs = _by_others(word_count.get(entity, {}), words, entity, users)
            name_stems = {_word(w) for w in label_words(name_key(entity))}
            new = tuple(w for s, w in _stems(label_words(k)).items() if s not in theirs and s not in name_stems)
            # the new words as the label orders them: a loaded term of several words ("Moscow-seized") is
            # looked for in the order it is written, not in the words' sorted order
            said = " ".join(w for w in dict.fromkeys(t.key.removesuffix("'s") for t in tokens(k)) if w in new)
            # a label is a contrast when the others label the entity otherwise, or when it is loaded:
            # "President Macron" beside a bare "Macron" is house style
            if not new or (not theirs and not loaded_terms(said, lexicon)) or set(new) <= _GENERIC_HEADS:
                continue  # ... and "talented man" beside "talented businessman" differs by a word that says nothing
            probe = {_word(w) for w in new}
        us = sorted(us, key=lambda u: (u.article, ("own", "distanced", "reported", "quote").index(u.voice),
                                       u.marker or "", u.speaker or "", u.key))
        # a user may list spellings too ("spelling\tKiev")
        loaded = loaded_terms(said if kind == "label" else " ".join(new), lexicon)
        # the words that tell: the loaded ones when there are any ("butcher", not "tehran")
        telling = tuple(w for w in new if loaded_terms(w, lexicon)) or new
        if kind == "label":
            probe = {_word(w) for w in telling}
            # an outlet writing all the telling words beside the entity in a form no label was read from ("the
            # CEO of OceanGate, Stockton Rush"; "Slovakia's Prime Minister") does not avoid them
            lone = not others  # an entity no other outlet names (its loaded label is a row)
            others = tuple(o for o in others if not probe <= near(entity, o))
            if not others and not lone:
                continue
        absent = not any(probe & written(o) for o in sorted(set(by_id) - set(users)))
        out.append(Contrast(entity, kind, k if kind == "spelling" else us[0].label, k, users, others, new,
                            telling, loaded, absent, tuple(us)))
    out.sort(key=lambda c: (-len(c.loaded), not c.absent, c.kind != "label", -len(c.others),
                            order.get(c.entity, len(order)), c.entity, c.key))
    return out
