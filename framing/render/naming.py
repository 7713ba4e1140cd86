"""The naming section's rows, as the memo and the page show them.

``contrast_rows`` gives one row per contrast (a label or spelling some outlets use for an entity and
the others avoid), most loaded first; ``label_rows`` one row per entity and outlet listing every label
it uses, for the entities with a contrast. Both the Markdown memo and the HTML page render them.

>>> from framing import Article, compare
>>> a = Article.from_text("Head\\nRussian dictator Vladimir Putin spoke in Moscow on Monday.", id="a", outlet="A")
>>> b = Article.from_text("Head\\nRussian President Vladimir Putin spoke in Moscow on Monday.", id="b", outlet="B")
>>> c = compare([a, b])
>>> rows = contrast_rows(c, {"a": "A", "b": "B"}, {"Vladimir Putin": "P1"})
>>> rows[0]
['Vladimir Putin (P1)', 'Russian dictator', 'A: own voice', 'B', 'dictator', 'dictator (loaded)', 'A s1 @5-21']
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from framing.findings.naming import SECTION, voice_text
from framing.render.cells import table
from framing.text.phrase import shorten

if TYPE_CHECKING:
    from framing.compare import Comparison

__all__ = ["MAX_CONTRASTS", "MAX_LABEL_ROWS", "contrast_rows", "label_rows", "naming_markdown", "term_rows"]

MAX_CONTRASTS = 20
"""Contrasts the memo lists at most (all are in the JSON, CSV and frames)."""
MAX_LABEL_ROWS = 20
"""Entity x outlet rows of labels the memo lists at most."""
MAX_TERM_ROWS = 30
"""Category x outlet rows of naming terms the memo lists at most."""


def _entity(name: str, elabel: Mapping[str, str]) -> str:
    return f"{name} ({elabel[name]})" if name in elabel else name


MAX_ELSEWHERE = 3
"""Outlets a contrast's note names as writing its words elsewhere, the rest counted."""


def _outlets(ids: Sequence[str], names: Mapping[str, str]) -> str:
    shown = sorted(names[o] for o in ids)
    if len(shown) <= MAX_ELSEWHERE:
        return ", ".join(shown)
    return f"{', '.join(shown[:MAX_ELSEWHERE])} and {len(shown) - MAX_ELSEWHERE:,} more"


def _elsewhere(x: Any, names: Mapping[str, str]) -> str:
    """The note on a contrast's words that other outlets write elsewhere: which words, by whom."""
    return f" ({', '.join(x.written or x.telling)} written elsewhere by {_outlets(x.elsewhere, names)})"


def contrast_rows(c: Comparison, names: Mapping[str, str], elabel: Mapping[str, str]) -> list[list[str]]:
    """One row per contrast: entity, label, users with voices, the others, new words, loaded terms, evidence."""
    section: Any = c.sections.get("naming")
    if section is None:
        return []
    rows = []
    for x in section.contrasts:
        voices: dict[str, list[str]] = {}
        for u in x.usages:
            v = voice_text(u)
            if v not in voices.setdefault(u.article, []):
                voices[u.article].append(v)
        used = "; ".join(f"{names[a]}: {', '.join(vs)}" for a, vs in sorted(voices.items(), key=lambda i: names[i[0]]))
        first = x.usages[0].evidence[0]
        label = f"{x.label} (spelling)" if x.kind == "spelling" else x.label
        rows.append([_entity(x.entity, elabel), shorten(label, 60), used,
                     ", ".join(sorted(names[o] for o in x.others)) or "(no other outlet names it)",
                     ", ".join(x.new) + ("" if x.absent else _elsewhere(x, names)),
                     ", ".join(t.split(":", 1)[1] + f" ({t.split(':', 1)[0]})" for t in x.loaded),
                     f"{names[first.article]} s{first.sentence} @{first.start}-{first.end}"])
    return rows


def label_rows(c: Comparison, names: Mapping[str, str], elabel: Mapping[str, str]) -> list[list[str]]:
    """Per entity with a contrast and per outlet naming it: its names and every label, with voices."""
    section: Any = c.sections.get("naming")
    if section is None:
        return []
    wanted = list(dict.fromkeys(x.entity for x in section.contrasts))
    by: dict[tuple[str, str], list[Any]] = {}
    for u in section.usages:
        if u.entity in wanted:
            by.setdefault((u.entity, u.article), []).append(u)
    rows = []
    for entity in wanted:
        for a in sorted({a for e, a in by if e == entity}, key=lambda a: names[a]):
            us = by[(entity, a)]
            spelt = ", ".join(dict.fromkeys(u.label for u in us if u.kind == "name"))
            said = ", ".join(dict.fromkeys(
                u.label + ("" if u.voice == "own" else f" ({voice_text(u)})") + (f" ×{u.count}" if u.count > 1 else "")
                for u in us if u.kind != "name"))
            rows.append([_entity(entity, elabel), names[a], spelt, said or "—"])
    return rows


def term_rows(c: Comparison, names: Mapping[str, str]) -> list[list[str]]:
    """Per category of naming terms (the event, the war, unnamed actors) and outlet: the terms it writes in its
    own voice, and those it only quotes or holds at arm's length (with whose words)."""
    section: Any = c.sections.get("naming")
    if section is None or not section.terms:
        return []
    by: dict[tuple[str, str], list[Any]] = {}
    for u in section.terms:
        by.setdefault((u.category, u.article), []).append(u)
    # a category one outlet alone names compares nothing
    outlets: dict[str, int] = {}
    for category, _a in by:
        outlets[category] = outlets.get(category, 0) + 1
    # (phrases in quotation marks and control labels, "Moscow-seized", compare with the outlets that write
    # none: one outlet's are a contrast)
    # (nor does the war: one outlet naming it, "the conflict", where the others never do, is a contrast)
    # (nor does a contested spelling: one outlet writing "Kiev" where the others write nothing of it is one)
    by = {k: v for k, v in by.items() if outlets[k[0]] > 1 or k[0] in ("scare", "control", "war", "spelling")}
    rows = []
    for category, article in sorted(by, key=lambda k: (_CATEGORY_ORDER.get(k[0], 9), k[0], names[k[1]])):
        us = by[(category, article)]
        own: dict[str, int] = {}
        other: dict[str, int] = {}
        for u in sorted(us, key=lambda u: -u.count):
            written = _written(u)
            if u.voice == "own":
                own[written] = own.get(written, 0) + u.count
            else:
                k = f"{written} ({voice_text(u)})"
                other[k] = other.get(k, 0) + u.count
        said = ", ".join(t + (f" ×{n}" if n > 1 else "") for t, n in sorted(own.items(), key=lambda x: -x[1]))
        held = ", ".join(t + (f" ×{n}" if n > 1 else "") for t, n in sorted(other.items(), key=lambda x: -x[1]))
        rows.append([_CATEGORY_NAMES.get(category, category), names[article], said or "—", held or "—"])
    return rows


def _written(u: Any) -> str:
    """A naming term as the row shows it: with its modifiers ("alleged far-left political activist"), or
    the phrase a control label qualifies ("Moscow-seized region of Kherson"), as written; lower case for a
    term alone (a phrase keeps its names' capitals: "Russian state media")."""
    return str(u.phrase or (u.text if u.category in ("control", "spelling") else u.text.lower()))


_CATEGORY_ORDER = {"event": 0, "war": 1, "actor": 2, "media": 3, "measure": 4, "spelling": 5, "control": 6,
                   "scare": 7}
_CATEGORY_NAMES = {"event": "the event", "war": "the war", "actor": "unnamed actors", "media": "the media",
                   "measure": "sanctions and blockades", "spelling": "contested spellings of places",
                   "control": "who holds a place or put an official in office",
                   "scare": "phrases it sets in quotation marks"}


def naming_markdown(c: Comparison, names: Mapping[str, str], elabel: Mapping[str, str], *,
                    limit: int = MAX_CONTRASTS) -> list[str]:
    """The memo's naming section (empty when the comparator did not run); ``limit`` caps each table's rows."""
    if c.sections.get("naming") is None:
        return []
    out = ["", f"## {SECTION}", ""]
    terms = term_rows(c, names)
    if terms:
        out.append("How each outlet names the event, the war, unnamed actors, the media and sanctions or blockades "
                   "(the lexicon's event, war, actor, media and measure terms with the words the outlet sets before "
                   "them, and groups of people "
                   "named by where they come from; see docs/lexicon.md): in its own voice, and only quoted, in "
                   "reported speech or held at arm's length (\"so-called\", quotation marks); the contested spellings "
                   "of places it writes (\"Kiev\"); who it says holds a "
                   "place or put an official in office (\"Russian-held\", \"Moscow-installed\", "
                   "\"self-proclaimed\"; outlets not listed write none); and the short phrases an outlet sets in "
                   "quotation marks in sentences that report no one's words.")
        out += ["", table(["what", "outlet", "own voice", "quoted or at arm's length"],
                          terms[:min(limit, MAX_TERM_ROWS)])]
        if len(terms) > min(limit, MAX_TERM_ROWS):
            out += ["", f"{len(terms) - min(limit, MAX_TERM_ROWS):,} more rows in the JSON."]
        out.append("")
    rows = contrast_rows(c, names, elabel)
    if not rows:
        return [*out, "No outlet names a person, group or place with words the others naming it avoid."]
    out.append("Labels (titles, descriptors, appositives, what an entity \"is\" or \"was\") and spellings that "
               "some outlets use for a person, group or place and the others naming it avoid, the most loaded "
               "first (lexicon terms; see docs/lexicon.md). The voice says whose words they are: the outlet's "
               "own, held at arm's length (\"so-called\", quotation marks), reported speech or a quote.")
    out.append("")
    out.append(table(["entity", "label", "used by (voice)", "not by", "words the others never use for it",
                      "loaded", "evidence"], rows[:min(limit, MAX_CONTRASTS)]))
    if len(rows) > min(limit, MAX_CONTRASTS):
        out += ["", f"{len(rows) - min(limit, MAX_CONTRASTS):,} more in the JSON and CSV (naming.csv)."]
    labelled = label_rows(c, names, elabel)
    out += ["", "### Every label of these entities", ""]
    out.append(table(["entity", "outlet", "names", "labels (own voice unless said)"],
                     labelled[:min(limit, MAX_LABEL_ROWS)]))
    if len(labelled) > min(limit, MAX_LABEL_ROWS):
        out += ["", f"{len(labelled) - min(limit, MAX_LABEL_ROWS):,} more rows in the JSON and CSV (naming.csv)."]
    return out
