"""Key findings on naming: the labels and spellings that set outlets apart for one entity.

One finding per entity whose naming is salient: an outlet labels it, in its own voice or at arm's length
("so-called"), with a loaded word (a lexicon term) that no other outlet writes anywhere in its text; or
writes a place's name, or a name in lower case, in a spelling no other outlet uses ("Kiev" / "Kyiv"), or
alone spells a name otherwise where at least two other outlets agree ("Evgeny" / "Yevgeny").
The finding then lists that entity's contrasts of the same sure kind (no other outlet writes the word),
each with the outlets and their voices. A label only inside a quote, or in reported speech, never makes
a finding, and is said as such when it stands beside one.

>>> from framing import Article, compare
>>> a = Article.from_text("Head\\nRussian dictator Vladimir Putin spoke in Moscow on Monday.", id="a", outlet="A")
>>> b = Article.from_text("Head\\nRussian President Vladimir Putin spoke in Moscow on Monday.", id="b", outlet="B")
>>> c = compare([a, b])
>>> [text for _kind, text, *_ in naming_findings(c, {"a": "A", "b": "B"}, {"Vladimir Putin": "P1"})]
['How outlets name Vladimir Putin (P1): “Russian dictator” (A, own voice); “Russian President” (B, own voice). \
No other outlet writes “dictator”, “president” (see How each outlet names people and places).']
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from framing.io.evidence import Evidence
from framing.text.normalise import fold
from framing.text.phrase import shorten

if TYPE_CHECKING:
    from framing.comparators.naming import Contrast, Usage
    from framing.comparators.naming_terms import TermContrast, TermUsage
    from framing.compare import Comparison

__all__ = ["MAX_CLAUSES", "MAX_NAMING", "MAX_OUTLETS", "MAX_TERMS", "naming_findings", "term_findings", "voice_text"]

MAX_NAMING = 5
"""Entities with a naming finding at most; one more line says how many were left out."""
MAX_CLAUSES = 4
"""Labels one naming finding lists at most."""
MAX_TERMS = 3
"""Naming-term findings (how the event, the war, unnamed actors are named) at most, one per category."""
MAX_OUTLETS = 10
"""Outlets a naming-term finding names in one list, or gives a clause each, at most: past it, the rest are
counted, and outlets that only quote the term are listed by whose words (a wire story in 300 outlets made
a finding of 13,000 characters)."""
SECTION = "How each outlet names people and places"
"""The memo section the findings point to."""

_STATED = ("own", "distanced")


def voice_text(u: Usage | TermUsage) -> str:
    """How a usage's voice is said: "own voice", "“so-called”", "in quotation marks", "in reported speech",
    "in a quote of X".

    >>> from framing.comparators.naming import Usage
    >>> voice_text(Usage("E", "a", "descriptor", "x", "x", "quote", None, "Jo Li", 1, (), (), ()))
    'in a quote of Jo Li'
    """
    if u.voice == "own":
        return "own voice"
    if u.voice == "distanced":
        return "in quotation marks" if u.marker == "quotation marks" else f"“{u.marker}”"
    if u.voice == "reported":
        return "in reported speech"
    return f"in a quote of {u.speaker}" if u.speaker else "in a quote"


def _voices(c: Contrast, names: Mapping[str, str]) -> str:
    """ "JNS, own voice; ABC, “so-called”" for the usages of a contrast, one voice per outlet and voice."""
    said: dict[str, list[str]] = {}
    for u in c.usages:
        v = voice_text(u)
        if v not in said.setdefault(u.article, []):
            said[u.article].append(v)
    return "; ".join(f"{names[a]}, {' and '.join(vs)}" for a, vs in sorted(said.items(), key=lambda x: names[x[0]]))


def _stated(c: Contrast) -> bool:
    return c.absent and any(u.voice in _STATED for u in c.usages)


def _salient(c: Contrast, kinds: Mapping[str, str]) -> bool:
    if not _stated(c) or not c.others:
        return False  # (a label of an entity no other outlet names is a row of the table, not a finding)
    if c.kind == "label":
        return bool(c.loaded)
    own = [u for u in c.usages if u.voice == "own"]
    # a place's spelling (Kiev / Kyiv), a deliberate lower case, a listed spelling, or one outlet's
    # transliteration where at least two others agree on another (Novaya / Nova Kakhovka)
    lone = len(c.articles) == 1 and len(c.others) >= 2
    return bool(own) and (kinds.get(c.entity) == "place" or c.key.islower() or bool(c.loaded) or lone)


def _typeset(contrasts: Sequence[Contrast]) -> set[tuple[str, str]]:
    """``(entity, key)`` of the spellings that differ from another of the entity's only in diacritics
    ("Šimonytė" / "Simonyte"): shown in the naming table, never a key finding alone (typesetting as often as
    choice)."""
    folded: dict[tuple[str, str], list[str]] = {}
    for c in contrasts:
        if c.kind == "spelling":
            folded.setdefault((c.entity, fold(c.key).lower()), []).append(c.key)
    return {(entity, k) for (entity, _f), keys in folded.items() if len(set(keys)) > 1 for k in keys}


def naming_findings(comparison: Comparison, names: Mapping[str, str],
                    entity_labels: Mapping[str, str]) -> list[tuple[str, str, tuple[str, ...], tuple[str, ...],
                                                                    tuple[Evidence, ...]]]:
    """The naming findings as ``(kind, text, refs, articles, evidence)`` (see the module docstring)."""
    section: Any = comparison.sections.get("naming")
    if section is None:
        return []
    ents = comparison.entities
    kinds = {e.name: e.kind for e in ents.entities} if ents is not None else {}
    typeset = _typeset(section.contrasts)
    # the spelling most outlets share is what the others depart from: not a clause of its own
    shown: dict[str, list[Contrast]] = {}
    for c in section.contrasts:
        if _stated(c) and not (c.kind == "spelling" and not c.loaded and len(c.articles) > len(c.others)) \
                and (c.entity, c.key) not in typeset:
            shown.setdefault(c.entity, []).append(c)
    salient: list[str] = []
    for c in section.contrasts:
        # an entity with no clause to show is no finding ("How outlets name First Daughters (P24): . No other
        # outlet writes (...)": its one salient contrast was the spelling most outlets share)
        if c.entity not in salient and c.entity in shown and (c.entity, c.key) not in typeset and _salient(c, kinds):
            salient.append(c.entity)
    Raw = tuple[str, str, tuple[str, ...], tuple[str, ...], tuple[Evidence, ...]]
    out: list[Raw] = []
    for entity in salient[:MAX_NAMING]:
        chosen = shown[entity][:MAX_CLAUSES]
        clauses = []
        for c in chosen:
            what = f"“{shorten(c.label, 60)}”" + (" in lower case" if c.kind == "spelling" and c.key.islower() else "")
            clauses.append(f"{what} ({_voices(c, names)})")
        words = list(dict.fromkeys(w for c in chosen for w in c.telling))
        ref = entity_labels.get(entity)
        head = f"How outlets name {entity}" + (f" ({ref})" if ref else "")
        text = (f"{head}: {'; '.join(clauses)}. No other outlet writes "
                f"{', '.join(f'“{w}”' for w in words[:6])} (see {SECTION}).")
        arts = tuple(sorted({a for c in chosen for a in c.articles}))
        evidence = tuple(e for c in chosen for u in c.usages for e in u.evidence[:1])
        out.append(("naming", text, (ref,) if ref else (), arts, evidence))
    if len(salient) > MAX_NAMING:
        out.append(("more_naming", f"{len(salient) - MAX_NAMING:,} more entities named with loaded words no other "
                    f"outlet writes (see {SECTION}).", (), (), ()))
    return out


_THING = {"event": "the event", "war": "the war", "actor": "the unnamed actors", "media": "the media",
          "measure": "the sanctions and blockades"}


def _term_voices(c: TermContrast, article: str) -> str:
    return " and ".join(dict.fromkeys(voice_text(u) for u in c.usages if u.article == article))


def term_findings(comparison: Comparison, names: Mapping[str, str]) -> list[tuple[str, str, tuple[str, ...],
                                                                                  tuple[str, ...],
                                                                                  tuple[Evidence, ...]]]:
    """How outlets name the event, the war and unnamed actors, when a loaded term sets them apart: the outlets
    that write it in their own voice, those that only quote it or hold it at arm's length (with whose words),
    and those that name the same kind of thing otherwise and never write it (with what they write instead).

    >>> from framing import Article, compare
    >>> a = Article.from_text("Head\\nThe terrorists fled the hall on Friday after the attack.", id="a", outlet="A")
    >>> b = Article.from_text("Head\\nThe attackers fled the hall on Friday after the attack.", id="b", outlet="B")
    >>> [text for _kind, text, *_ in term_findings(compare([a, b]), {"a": "A", "b": "B"})]
    ['How outlets name the unnamed actors: A writes “terrorists” in its own voice; B never does (it writes \
“attackers”) (see How each outlet names people and places).']
    """
    section: Any = comparison.sections.get("naming")
    if section is None:
        return []
    out: list[tuple[str, str, tuple[str, ...], tuple[str, ...], tuple[Evidence, ...]]] = []
    done: set[str] = set()
    for c in section.term_contrasts:
        if not c.loaded or c.category in done or c.category in ("control", "spelling") or len(out) >= MAX_TERMS:
            # (control labels and contested spellings are rows: who writes "Moscow-seized" against
            # "Russian-held" tells less than who writes none, which the row shows)
            continue
        done.add(c.category)
        # words in indirect speech are the outlet's own choice as much as the speaker's ("after alleging
        # that a missile strike on his mercenary forces ..."): said beside the outlets that write the term
        # in their own voice, never as a contrast to them
        indirect = tuple(a for a in c.quoted if any(u.article == a and u.voice == "reported" for u in c.usages))
        voices = ("own", "reported")
        forms = {a: tuple(dict.fromkeys(u.text.lower() for u in c.usages if u.article == a and u.voice in voices))
                 for a in (*c.own, *indirect)}
        own = sorted((*c.own, *indirect), key=lambda a: names[a].lower())

        reported = set(indirect)
        if len(set(forms.values())) == 1:
            listed = [f"{names[a]} (in reported speech)" if a in reported else names[a] for a in own]
            parts = [f"{_and(_capped(listed))} {'writes' if len(own) == 1 else 'write'} {_quoted(forms[own[0]])}"
                     + (f" in {'its' if len(own) == 1 else 'their'} own voice" if not reported else "")]
        else:
            listed = [f"{names[a]} ({_quoted(forms[a])}{', in reported speech' if a in reported else ''})"
                      for a in own]
            parts = [f"{_and(_capped(listed))} write them" + (" in their own voice" if not reported else "")]
        apart = sorted((*c.distanced, *(x for x in c.quoted if x not in indirect)), key=lambda a: names[a].lower())
        parts += _clauses([(names[a], f"only {_term_voices(c, a)}", f"only {_term_voices(c, a)}") for a in apart],
                          "more only quote it or keep it at a distance")
        instead = dict(c.instead)
        never = sorted(c.never, key=lambda a: names[a].lower())
        writes = {a: ", ".join(f"“{t}”" for t in instead[a][:3]) for a in never}
        parts += _clauses([(names[a], f"never does (it writes {writes[a]})", f"never do (they write {writes[a]})")
                           for a in never], "more never do")
        thing = _THING.get(c.category, f"the {c.category}")
        text = f"How outlets name {thing}: {'; '.join(parts)} (see {SECTION})."
        arts = tuple(sorted({*c.own, *c.distanced, *c.quoted, *c.never}))
        evidence = tuple(u.evidence[0] for u in c.usages)
        out.append(("naming_term", text, (), arts, evidence))
    return out


def _quoted(xs: tuple[str, ...]) -> str:
    return " and ".join(f"“{x}”" for x in xs)


def _clauses(said: list[tuple[str, str, str]], counted: str) -> list[str]:
    """A clause an outlet, ``(outlet, what it does, what several do)``; past :data:`MAX_OUTLETS` outlets, one
    clause for the outlets that do the same (the commonest first, :data:`MAX_CLAUSES` of them, each naming
    at most :data:`MAX_OUTLETS`), the rest counted ("21 more never do")."""
    if len(said) <= MAX_OUTLETS:
        return [f"{outlet} {one}" for outlet, one, _ in said]
    alike: dict[str, list[str]] = {}
    alone: dict[str, str] = {}  # what several do -> the clause for one outlet doing it
    for outlet, one, several in said:
        alike.setdefault(several, []).append(outlet)
        alone.setdefault(several, one)
    ranked = sorted(alike.items(), key=lambda x: (-len(x[1]), x[0]))
    out = [f"{_and(_capped(outlets))} {several if len(outlets) > 1 else alone[several]}"
           for several, outlets in ranked[:MAX_CLAUSES]]
    if rest := sum(len(outlets) for _, outlets in ranked[MAX_CLAUSES:]):
        out.append(f"{rest:,} {counted}")
    return out


def _capped(xs: list[str]) -> list[str]:
    """``xs``, or its first :data:`MAX_OUTLETS` and a count of the rest ("and 290 more")."""
    return xs if len(xs) <= MAX_OUTLETS else [*xs[:MAX_OUTLETS], f"{len(xs) - MAX_OUTLETS:,} more"]


def _and(xs: list[str]) -> str:
    return xs[0] if len(xs) == 1 else ", ".join(xs[:-1]) + " and " + xs[-1]
