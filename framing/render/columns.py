"""The page's articles side by side: one column per outlet, each sentence coloured and marked.

A column shows its headline, then every sentence shaped by what it is (only
this outlet, shared by every outlet shown, shared by some; boilerplate in
grey), with the units' labels, loaded terms and what a version adds marked
inside it, and, where a fact other outlets carry would sit, a slim marker
(:mod:`framing.render.gaps`) that opens to the fact's text.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from framing.findings.model import MAX_FINDINGS
from framing.findings.naming import voice_text
from framing.render.gaps import TOP
from framing.render.htmltext import esc, plain
from framing.render.page import COMPACT, TITLE, Page
from framing.text.phrase import count, few, quoted, shorten

if TYPE_CHECKING:
    from framing.io.article import Article

__all__ = ["side_by_side"]


def _marks(p: Page, a: Article) -> dict[int, list[tuple[int, int, str, str]]]:
    """Sentence index -> loaded-term spans inside it (start, end, category, tip)."""
    w = p.c.wording
    out: dict[int, list[tuple[int, int, str, str]]] = {}
    if w is None:
        return out
    for x in w.loaded.get(a.id, ()):
        who = "own words" if x.voice == "outlet" else f"quoting {x.speaker or 'someone'}"
        out.setdefault(x.span.sentence, []).append((x.span.start, x.span.end, x.category,
                                                     f"{x.category}: {x.term} ({who})"))
    return out


def _label_marks(p: Page, a: Article) -> dict[int, list[tuple[int, int, str, str]]]:
    """Sentence index -> the spans of ``a``'s labels that other outlets avoid for the same entity."""
    naming: Any = p.c.sections.get("naming")
    out: dict[int, list[tuple[int, int, str, str]]] = {}
    if naming is None:
        return out
    for x in naming.contrasts:
        if x.kind == "spelling" and not x.loaded and len(x.articles) > len(x.others):
            continue  # the spelling most outlets use is the one the others depart from, not a mark
        for u in x.usages:
            if u.article != a.id:
                continue
            tip = (f"naming {x.entity}: {x.label} ({voice_text(u)}); not used by "
                   f"{few([p.names[o] for o in x.others], MAX_FINDINGS)}")
            for e in u.evidence:
                out.setdefault(e.sentence, []).append((e.start, e.end, "naming", tip))
    return out


def _adds(p: Page, a: Article) -> dict[int, list[tuple[int, int, str, str]]]:
    """Sentence index -> the clauses of ``a``'s version of a shared unit that the versions of
    other outlets shown lack (:mod:`framing.comparators.versions`: leads, about half true)."""
    v = p.c.versions
    out: dict[int, list[tuple[int, int, str, str]]] = {}
    if v is None:
        return out
    for x in v.additions:
        lacking = [b for b in x.lacking if b in p.shown_ids]
        if x.article != a.id or not lacking:
            continue
        who = ", ".join(p.names[b] for b in lacking)
        css, what = ("attr", "who it came from") if x.kind == "attribution" else ("adds", "a detail")
        out.setdefault(x.span.sentence, []).append(
            (x.span.start, x.span.end, css, f"lead: this version adds {what} that {who}'s version lacks"))
    return out


def _sentence_html(text: str, offset: int, marks: Sequence[tuple[int, int, str, str]],
                   outer: Sequence[tuple[int, int, str, str]] = ()) -> str:
    """A sentence's text escaped, with ``outer`` spans (what a version adds) marked and
    ``marks`` (loaded terms) marked inside them or between them."""
    parts, pos = [], 0
    for start, end, css, tip in sorted(outer):
        lo, hi = max(start - offset, 0), min(end - offset, len(text))
        if lo < pos or hi <= lo:
            continue  # overlapping or outside: the first span wins
        parts += [_inner(text, offset, pos, lo, marks),
                  f'<mark class="{css}" title="{plain(tip)}">{_inner(text, offset, lo, hi, marks)}</mark>']
        pos = hi
    parts.append(_inner(text, offset, pos, len(text), marks))
    return "".join(parts)


def _inner(text: str, offset: int, lo: int, hi: int, marks: Sequence[tuple[int, int, str, str]]) -> str:
    parts, pos = [], lo
    for start, end, category, tip in sorted(marks):
        a, b = start - offset, end - offset
        if a < pos or b > hi:
            continue  # overlapping, or across a span's edge: the first mark wins
        css = re.sub(r"[^a-z]", "", category.lower()) or "loaded"
        parts += [esc(text[pos:a]), f'<mark class="{css}" title="{plain(tip)}">{esc(text[a:b])}</mark>']
        pos = b
    parts.append(esc(text[pos:hi]))
    return "".join(parts)


def _status(p: Page, label: str, article: str) -> str:
    unit = p.unit_by_label[label]
    kind = p.kind(label)
    carriers = unit.carriers()  # with those stating it within another unit's sentence (Unit.also)
    shown = [a for a in p.shown_ids if a in carriers]
    hidden = [a for a in carriers if a not in p.shown_ids]
    if kind == "only":
        text = f"only {p.names[article]}" + (" of the outlets shown" if len(p.shown_ids) < len(p.c.articles) else "")
    elif kind == "all":
        text = "every outlet shown" if len(p.shown_ids) < len(p.c.articles) else "every outlet"
    else:
        text = "carried by " + p.some(shown) + "; not by " + p.some(
            [a for a in p.shown_ids if a not in carriers])
    if hidden:
        text += "; also " + p.some(hidden)
    linked = p.unit_kind(label)
    if linked:
        text += f" ({linked})"
    return text


def _column(p: Page, a: Article, stressed: Sequence[str], anchors: Mapping[tuple[str, int], str]) -> Iterator[str]:
    """One article's column, made as it is written (a 50 MB article's page is never held whole)."""
    n = p.col[a.id]
    name = esc(p.names[a.id])
    meta = " · ".join(esc(x) for x in (a.date, a.id if p.names[a.id] != a.id else None) if x)
    # an article in another language says so, for screen readers and hyphenation (the page's own words are English)
    lang = f' lang="{esc(a.language)}"' if a.language != "en" else ""
    yield (f'<section class="col" id="col-{n}" data-outlet="{plain(a.id)}"{lang}><header>'
           f'<div class="outlet">{name}</div>')
    yield f'<div class="headline">{esc(shorten(a.title, 2 * TITLE)) if a.title else "<i>no headline</i>"}</div>'
    if stressed:
        yield (f'<div class="stress">headline stresses {esc(", ".join(stressed))} (words no other '
               "outlet's text uses)</div>")
    if meta:
        yield f'<div class="muted">{meta}</div>'
    counts = Counter(p.kind(label) for s in a.sentences if s.role != "title"
                     for label in [p.label_of(a.id, s.index)] if label is not None)
    total = sum(counts.values())
    others = "other outlets shown carry" if len(p.shown_ids) > 2 else "the other outlet carries"
    tally = (f"{counts['only']} of {total} content sentences only here · {counts['all']} shared by every "
             f"outlet shown" + (f" · {counts['some']} by some" if len(p.shown_ids) > 2 else "")
             + f" · lacks {count(len(_lacks(p, a.id)), 'unit')} {others}")
    yield f'<div class="tally">{tally}</div></header>'
    yield f'<div class="text" id="text-{n}">'
    marks, adds = _marks(p, a), _adds(p, a)
    for index, spans in _label_marks(p, a).items():
        # a label others avoid first: it holds the loaded word the other mark would show
        marks[index] = spans + marks.get(index, [])
    paragraph = None
    related = {p.lab.units[u.id]: " ".join(p.lab.units[r] for r in u.related) for u in p.c.alignment.units
               if u.related and a.id in u.members}
    gaps: dict[int, list[str]] = {}
    titles = {s.index for s in a.sentences if s.role == "title"}
    for at, uid in p.gaps.get(a.id, ()):  # after the headline: at the top of the text
        gaps.setdefault(TOP if at in titles else at, []).append(uid)
    yield from _gaps(p, a.id, gaps.get(TOP, ()))
    for s in a.sentences:
        if s.role == "title":
            continue
        if s.paragraph != paragraph:
            if paragraph is not None:
                yield "</div>"
            yield '<div class="para">'
            paragraph = s.paragraph
        label = p.label_of(a.id, s.index)
        where = f"s{s.index} @{s.start}-{s.end}"
        if label is None:
            why = f"boilerplate ({s.role})" if s.boilerplate else f"not compared ({s.role})"
            yield (f'<span class="s grey" id="{p.sid(a.id, s.index)}" title="{plain(why)} · {where}">'
                   f"{_sentence_html(s.text, s.start, marks.get(s.index, ()))}</span> ")
            continue
        kind = p.kind(label)
        anchor = f'<a id="u-{label}"></a>' if anchors.get((a.id, s.index)) == label else ""
        attrs = f'data-u="{label}"'
        if related.get(label):
            attrs += f' data-r="{related[label]}"'
        tip = plain(f"{label} · {_status(p, label, a.id)} · {where}")
        yield (f'{anchor}<span class="s {kind}" id="{p.sid(a.id, s.index)}" {attrs} tabindex="0" title="{tip}">'
               f'<span class="tag">{label}</span>'
               f"{_sentence_html(s.text, s.start, marks.get(s.index, ()), adds.get(s.index, ()))}</span> ")
        yield from _gaps(p, a.id, gaps.get(s.index, ()))
    if paragraph is not None:
        yield "</div>"
    yield "</div></section>"


def _gaps(p: Page, article: str, units: Sequence[str]) -> Iterator[str]:
    """A marker for each unit ``article`` lacks and other outlets shown carry, where it would sit
    (:func:`framing.render.gaps.omission_places`), opening to the fact as the first outlet that
    carries it (by id) words it."""
    for uid in units:
        unit = p.c.alignment.unit(uid)
        label = p.lab.units[uid]
        carriers = [b for b in p.shown_ids if b in unit.carriers()]
        by = p.shown[p.shown_ids.index(min(carriers, key=lambda b: b not in unit.members))]  # a member first
        text = " ".join(by.sentences[i].text for i in unit.sentences(by.id))
        where = ", ".join(f"s{i}" for i in unit.sentences(by.id))
        yield (f'<details class="gap" data-omitted="{label}"><summary>not here: {label}, carried by '
               f"{len(carriers)} of {len(p.shown_ids)}</summary><div class=\"fact\">{esc(quoted(text, 600))} "
               f'({esc(p.names[by.id])}, {where}; <a class="ref" href="#u-{label}" data-u="{label}">find {label}'
               "</a>)</div></details>")


def _lacks(p: Page, article: str) -> list[str]:
    return [label for label, u in p.unit_by_label.items()
            if article not in u.members and article not in u.also and any(a in u.members for a in p.shown_ids)]


def _anchors(p: Page) -> dict[tuple[str, int], str]:
    """The first sentence of each unit (in column order) carries its ``u-C#`` anchor."""
    out: dict[tuple[str, int], str] = {}
    for label, u in p.unit_by_label.items():
        for a in p.shown_ids:
            if a in u.members:
                out[(a, u.members[a][0])] = label
                break
    return out


def side_by_side(p: Page) -> Iterator[str]:
    stressed = dict((a.id, words) for a, words in p.derived.contrast)
    out = ['<section id="text"><h2>Side by side</h2>',
           '<div class="legend"><span class="sw only">only this outlet</span><span class="sw all">shared by '
           "every outlet shown</span>"
           + ('<span class="sw some">shared by some</span>' if len(p.shown_ids) > 2 else "")
           + '<span class="sw grey">boilerplate, not compared</span> '
           '<mark class="loaded">loaded</mark> <mark class="intensifier">intensifier</mark> '
           '<mark class="hedging">hedging</mark> <mark class="naming">label others avoid</mark> · '
           '<mark class="adds">words this version adds</mark> (a lead: '
           "about half are true additions) · the small grey label is the sentence's unit · clicked: its "
           "counterparts ringed (a button then outlines, dashed, the sentences it is linked to but was kept "
           "apart from)</div>"]
    if len(p.shown) > 1:
        out.append('<div class="controls">Show: ' + "".join(
            f'<label><input type="checkbox" checked data-col="col-{p.col[a.id]}"> {esc(p.names[a.id])}</label>'
            for a in p.shown) + "</div>")
    if len(p.shown) < len(p.c.articles):
        out.append(f'<p class="muted">Showing {len(p.shown)} of {len(p.c.articles)} outlets '
                   "(<code>--show ID</code> chooses them); colours compare the outlets shown (a sentence's "
                   "tooltip names the others that carry it).</p>")
    # many outlets: narrower columns, in a row that scrolls sideways
    out.append(f'<div class="cols{" compact" if len(p.shown) >= COMPACT else ""}">')
    yield from out
    anchors = _anchors(p)
    for a in p.shown:
        yield from _column(p, a, stressed.get(a.id, []), anchors)
    # under the columns, and kept in view at their foot as they are read
    yield ('</div><div class="bar"><div id="status" aria-live="polite"></div>'
           '<button type="button" id="related" hidden></button></div></section>')
