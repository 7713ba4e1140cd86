"""The HTML view: the articles side by side, coloured by what each sentence is, with the memo.

:func:`to_html` writes one self-contained page: its CSS and script are inline
(``framing/render/static``) and pinned by hash in a Content-Security-Policy
that allows nothing else: no request of any kind leaves the page, and no
script but framing's own can run, even if article text were to get through
as markup (it never does: every piece of it is escaped here, and invisible
direction overrides are shown as ``U+202E`` tags, as the Markdown report
shows them). The page reads offline and prints (the columns then run one
after the other, in full).

What it shows: the event, then what each outlet alone reports and leaves
out, in threads (:func:`framing.findings.threads.threads`); the key findings, whose
unit labels (``C7``) light up the unit's sentences in the text; the articles
side by side, headline on top, each content sentence coloured and shaped:
only this outlet (orange, ◆), shared by every outlet shown (green, ●), shared
by some (blue, ◐); boilerplate and sentences the comparison does not read in
grey; where a fact other outlets carry would sit, a slim marker ("not here:
C7, carried by 4 of 5", :mod:`framing.render.gaps`) opens to the fact's text.
Clicking a sentence (or Enter on it: every content sentence takes the
keyboard's focus) rings its counterparts in the other columns and brings
them level with it (the columns run at full length; more than fit scroll
sideways, narrower from :data:`COMPACT` outlets on); a button then outlines, dashed, the sentences of other units
it is linked to but did not join (on demand: they are many). Then pictures
(:mod:`framing.render.svg`), quotes with their word-level changes marked
inline (deleted words struck through, added words in green, as
:class:`difflib.HtmlDiff` marks them), people and sources, what each version
adds, loaded terms (also underlined in the text), numbers that disagree,
readability and the method.

:func:`summary_html` is the compact fragment a notebook shows (no article
text, no script): the outlets, the key findings and the coverage map.
:class:`PageView` (``comparison.show()``) shows the whole page in a notebook
inside a sandboxed ``<iframe srcdoc>`` (:func:`framed`): its style and script
stay inside, where ``HTML(comparison.to_html())`` would restyle the notebook.

>>> from framing import Article, compare
>>> a = Article.from_text("Head\\nTroops left Kyiv on Monday. <b>Prices</b> rose in Vilnius.", id="a")
>>> b = Article.from_text("Head\\nOn Monday, troops left Kyiv. Rain fell in Riga.", id="b")
>>> page = to_html(compare([a, b]))
>>> "&lt;b&gt;Prices&lt;/b&gt;" in page and "<b>Prices" not in page
True
>>> page.count('class="s only"'), page.count('class="s all"')
(2, 2)
"""

from __future__ import annotations

import base64
import hashlib
import html
import io
import itertools
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING, Any, TextIO

from framing._version import __version__
from framing.errors import MetadataError
from framing.extract.readability import TITLES
from framing.findings.derived import of
from framing.findings.labels import Labels
from framing.findings.model import MAX_FINDINGS, readability_verdict
from framing.findings.naming import SECTION as NAMING_SECTION
from framing.findings.naming import voice_text
from framing.render.gaps import TOP, omission_places
from framing.render.htmltext import esc, plain
from framing.render.naming import contrast_rows
from framing.render.svg import coverage_map, kind_of, positions, readability_dots
from framing.text.phrase import count, few, quoted, shorten

if TYPE_CHECKING:
    from framing.compare import Comparison
    from framing.io.article import Article

__all__ = ["MAX_ROWS", "PageView", "csp", "esc", "framed", "inline_diff", "summary_html", "to_html", "write_html"]

MAX_ROWS = 1000
"""Most rows of one list or table in the page (the columns' text is never cut)."""
TITLE = 160
"""Most characters of a headline in a heading or a finding (a 100 KB title is no heading;
the JSON keeps it whole); a column shows twice as many."""
MAX_SHOWN = 12
"""Outlets shown side by side (and given a column, row or axis in tables and pictures) when
``outlets`` does not choose them: the first by id. Every outlet is in the JSON and CSV."""

COMPACT = 6
"""Outlets side by side from which the columns are narrower and their text smaller (compact mode)."""

_LABEL = re.compile(r"\b([CQP]\d+)\b")


@cache
def _static(name: str) -> str:
    return resources.files("framing.render").joinpath("static", name).read_text(encoding="utf-8")


def _hash(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii") + "'"


def csp(script: str | None, style: str) -> str:
    """The page's Content-Security-Policy: nothing may load; only this script (None: no script)
    and this style apply."""
    scripts = "'none'" if script is None else _hash(script)
    return (f"default-src 'none'; script-src {scripts}; style-src {_hash(style)}; img-src 'none'; "
            "font-src 'none'; connect-src 'none'; media-src 'none'; object-src 'none'; frame-src 'none'; "
            "base-uri 'none'; form-action 'none'")


class _Page:
    """What every part of one page needs, made once."""

    def __init__(self, c: Comparison, shown: Sequence[str] | None) -> None:
        self.c = c
        self.derived = d = of(c)  # names, labels, threads and findings every output shares
        self.names = d.names
        self.lab: Labels = d.labels
        ids = [a.id for a in c.articles]
        if shown:
            unknown = [s for s in shown if s not in ids]
            if unknown:
                raise MetadataError(f"no article {unknown[0]!r} to show (ids: {few(ids, MAX_FINDINGS)})")
            chosen = set(shown)
            self.shown = [a for a in c.articles if a.id in chosen]
        else:
            self.shown = list(c.articles[:MAX_SHOWN])
        self.col = {a.id: n for n, a in enumerate(c.articles)}
        # (article, sentence) -> unit label; unit label -> unit
        self.label_of: dict[tuple[str, int], str] = {}
        self.unit_by_label: dict[str, Any] = {}
        for u in c.alignment.units:
            label = self.lab.units[u.id]
            self.unit_by_label[label] = u
            for a, idx in u.members.items():
                for i in idx:
                    self.label_of[(a, i)] = label
        self.shown_ids = [a.id for a in self.shown]
        self.unit_kinds: dict[str, str | None] = {}
        self.threads = d.threads
        self.gaps = omission_places(c.alignment, self.shown_ids) if len(self.shown_ids) > 1 else {}

    def unit_kind(self, label: str) -> str | None:
        """:attr:`framing.align.units.Unit.kind` of the unit, made once per unit (it looks at every pair
        of its carriers, and every sentence of every column asks)."""
        if label not in self.unit_kinds:
            self.unit_kinds[label] = self.unit_by_label[label].kind
        return self.unit_kinds[label]

    def kind(self, label: str) -> str:
        """``only``/``all``/``some`` among the outlets shown."""
        unit = self.unit_by_label[label]
        carriers = [a for a in unit.members if a in self.shown_ids]
        return kind_of(len(carriers), len(self.shown_ids))

    def some(self, ids: Sequence[str]) -> str:
        """Outlet names for one line, at most :data:`MAX_FINDINGS` of them, the rest counted."""
        return few([self.names[a] for a in ids], MAX_FINDINGS)

    def hidden_columns(self) -> list[str]:
        """A note when tables give columns to only the outlets shown."""
        hidden = len(self.c.articles) - len(self.shown)
        if hidden <= 0:
            return []
        return [f'<p class="muted">Columns for {count(hidden, "more outlet")} are left out (the page shows '
                f"{len(self.shown)}; <code>--show ID</code> chooses them): every one is in the JSON and CSV.</p>"]

    def sid(self, article: str, index: int) -> str:
        return f"s-{self.col[article]}-{index}"

    def ref(self, label: str) -> str:
        """A label as a link: units light up in the text, quotes and people jump to their entry."""
        if label.startswith("C") and label in self.unit_by_label:
            return f'<a class="ref" href="#u-{label}" data-u="{label}">{label}</a>'
        if label.startswith("Q"):
            return f'<a class="ref" href="#q-{label}">{label}</a>'
        if label.startswith("P"):
            return f'<a class="ref" href="#p-{label}">{label}</a>'
        return label

    def linked(self, text: str, refs: Iterable[str]) -> str:
        """Plain ``text`` escaped, with the labels it names (among ``refs``) as links."""
        known = set(refs)
        return _LABEL.sub(lambda m: self.ref(m.group(1)) if m.group(1) in known else m.group(1), esc(text))

    def evidence(self, article: str, sentence: int, start: int, end: int, extra: str = "") -> str:
        if article not in self.shown_ids:  # its column is not on the page: the evidence as text
            return f"s{sentence}{extra} @{start}-{end}"
        return (f'<a class="ev" href="#{self.sid(article, sentence)}" data-s="{self.sid(article, sentence)}">'
                f"s{sentence}{extra} @{start}-{end}</a>")


def _header(p: _Page) -> list[str]:
    c = p.c
    title = shorten(of(c).title, TITLE)
    out = [f"<header><h1>{esc(title)}</h1>",
           f'<p class="lead">How {len(c.articles)} outlets cover the same event, compared by framing '
           f"{esc(__version__)}. Click a sentence to see where the other outlets say the same; click a label "
           "(C7) in a finding to find it in the text.</p>"]
    if c.skipped:
        out.append('<p class="muted">Files that could not be read: '
                   + "; ".join(esc(str(e)) for e in c.skipped) + "</p>")
    out.append("</header>")
    out.append('<nav><a href="#findings">Findings</a><a href="#text">Side by side</a><a href="#alone">Alone</a>'
               '<a href="#pictures">Pictures</a><a href="#quotes">Quotes</a><a href="#people">People</a>'
               '<a href="#versions">Versions</a><a href="#wording">Wording</a><a href="#readability">Readability</a>'
               '<a href="#method">Method</a></nav>')
    return out


def _alone(p: _Page) -> list[str]:
    """What each outlet alone reports (threads), and what it leaves out that others carry.

    Outlets that carry nothing of their own share one heading when there are more than
    :data:`MAX_FINDINGS` of them (a wire story in many outlets), a list item each for what
    they leave out, at most :data:`MAX_ROWS`.
    """
    c = p.c
    cov = c.coverage
    out = ['<section id="alone"><h2>What each outlet alone reports, and leaves out</h2>']
    if cov is None:
        return [*out, "<p>The coverage comparator did not run.</p></section>"]
    empty = [a for a in c.articles if not p.threads[a.id]]
    merged = len(empty) > MAX_FINDINGS
    for a in c.articles:
        name = esc(p.names[a.id])
        found = p.threads[a.id]
        if not found and merged:
            continue
        out.append(f"<h3>{name}</h3>")
        if not found:
            out.append(f"<p>{name} carries nothing the other outlets lack.</p>")
        else:
            own = sum(len(t.sentences) for t in found)
            body = len([s for s in a.body if (a.id, s.index) in p.label_of])
            out.append(f"<p>Alone reports {count(len(found), 'thread')} ({own} of its {body} content "
                       "sentences), most salient first:</p><ul class=\"threads\">")
            for t in found[:MAX_FINDINGS]:
                # named as the key findings name it: by what it says, its first clear sentence (else its first)
                lead = a.sentences[t.clear[0] if t.clear else t.sentences[0]]
                where = ("the first third", "the middle third", "the last third")[min(int(t.position * 3), 2)]
                labels = ", ".join(p.ref(u) for u in t.units)
                phrases = "".join(f", with “{esc(x)}”" for x in t.phrases[:2])
                near = sorted({p.lab.units[unit.unsure] for unit in (p.unit_by_label[u] for u in t.units)
                               if unit.unsure is not None}, key=lambda x: int(x[1:]))
                unsure = f" · not clear: near {', '.join(p.ref(x) for x in near)}" if near else ""
                out.append(f"<li><strong>{esc(quoted(lead.text, 90))}</strong> ({labels}; "
                           f"{count(len(t.sentences), 'sentence')}, {where}){phrases}{unsure}</li>")
            if len(found) > MAX_FINDINGS:
                out.append(f"<li>… and {len(found) - MAX_FINDINGS} more (orange in the text)</li>")
            out.append("</ul>")
        lacking = _leaves_out(p, a.id)
        out.append(f"<p>{lacking[0].upper()}{lacking[1:]}.</p>" if cov.omitted[a.id] else f"<p>{name} {lacking}.</p>")
    if merged:
        shown = ", ".join(esc(p.names[a.id]) for a in empty[:MAX_FINDINGS])
        out.append(f"<h3>{len(empty):,} outlets that carry nothing of their own</h3>")
        out.append(f"<p>{len(empty):,} outlets carry nothing the other outlets lack: {shown} and "
                   f"{len(empty) - MAX_FINDINGS:,} more (every outlet's coverage is in the JSON and CSV).</p><ul>")
        out += [f"<li>{esc(p.names[a.id])} {_leaves_out(p, a.id)}</li>" for a in empty[:MAX_ROWS]]
        if len(empty) > MAX_ROWS:
            out.append(f"<li>… and {len(empty) - MAX_ROWS:,} more (in the JSON and CSV)</li>")
        out.append("</ul>")
    out.append("</section>")
    return out


def _leaves_out(p: _Page, article: str) -> str:
    """"leaves out 2 units that only B carries (C3, C4)", or "leaves out nothing another outlet carries"."""
    cov = p.c.coverage
    assert cov is not None
    lacking = cov.omitted[article]
    if not lacking:
        return "leaves out nothing another outlet carries"
    by: Counter[tuple[str, ...]] = Counter(tuple(cov.carriers[u]) for u in lacking)
    units: dict[tuple[str, ...], list[str]] = {}
    for u in lacking:
        units.setdefault(tuple(cov.carriers[u]), []).append(p.lab.units[u])
    parts = [f"{count(n, 'unit')} that {_carriers(p, who)} ("
             + ", ".join(p.ref(x) for x in sorted(units[who], key=lambda x: int(x[1:]))[:12])
             + (", …" if n > 12 else "") + ")"
             # what most outlets carry first: the omissions a reader notices ("what 4 of 5 carry")
             for who, n in sorted(by.items(), key=lambda kv: (-len(kv[0]), -kv[1], kv[0]))]
    return (f"leaves out {', '.join(parts[:6])}"
            + (f" and {len(parts) - 6} other combinations" if len(parts) > 6 else ""))


def _carriers(p: _Page, who: Sequence[str]) -> str:
    """"only A carries", "A, B and C carry", at most :data:`MAX_FINDINGS` outlets named."""
    names = [esc(p.names[a]) for a in who[:MAX_FINDINGS]]
    if len(who) > MAX_FINDINGS:
        names.append(f"{len(who) - MAX_FINDINGS:,} more outlets")
    if len(names) == 1:
        return f"only {names[0]} carries"
    return ", ".join(names[:-1]) + f" and {names[-1]} carry"


def _findings(p: _Page) -> list[str]:
    found = p.derived.findings
    out = ['<section id="findings"><h2>Key findings</h2>']
    if not found:
        return [*out, "<p>No key findings.</p></section>"]
    out.append('<ol class="findings">')
    for f in found:
        out.append(f'<li id="f-{f.label}">{p.linked(f.text, f.refs)}</li>')
    return [*out, "</ol></section>"]


def _marks(p: _Page, a: Article) -> dict[int, list[tuple[int, int, str, str]]]:
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


def _label_marks(p: _Page, a: Article) -> dict[int, list[tuple[int, int, str, str]]]:
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


def _naming(p: _Page) -> list[str]:
    out = [f'<section id="naming"><h2>{esc(NAMING_SECTION)}</h2>']
    if p.c.sections.get("naming") is None:
        return [*out, "<p>The naming comparator did not run.</p></section>"]
    rows = contrast_rows(p.c, p.names, p.lab.entities)
    if not rows:
        return [*out, "<p>No outlet names a person, group or place with words the others naming it avoid."
                      "</p></section>"]
    out.append('<p class="muted">Labels and spellings some outlets use for a person, group or place and the '
               "others naming it avoid, the most loaded first; in the text they are "
               '<mark class="naming">underlined</mark>. The voice says whose words they are.</p>')
    heads = ["entity", "label", "used by (voice)", "not by", "words the others never use for it", "loaded"]
    out.append("<table><tr>" + "".join(f"<th>{esc(h)}</th>" for h in heads) + "<th>evidence</th></tr>")
    naming: Any = p.c.sections["naming"]
    for row, x in zip(rows[:MAX_ROWS], naming.contrasts, strict=False):
        first = x.usages[0].evidence[0]
        where = f"{esc(p.names[first.article])} " + p.evidence(first.article, first.sentence, first.start, first.end)
        out.append("<tr>" + "".join(f"<td>{p.linked(v, p.lab.entities.values()) if n == 0 else esc(v)}</td>"
                                    for n, v in enumerate(row[:6])) + f"<td>{where}</td></tr>")
    out.append("</table>")
    if len(rows) > MAX_ROWS:
        out.append(f"<p>… and {len(rows) - MAX_ROWS:,} more (every one is in the JSON and CSV).</p>")
    return [*out, "</section>"]


def _adds(p: _Page, a: Article) -> dict[int, list[tuple[int, int, str, str]]]:
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


def _status(p: _Page, label: str, article: str) -> str:
    unit = p.unit_by_label[label]
    kind = p.kind(label)
    shown = [a for a in p.shown_ids if a in unit.members]
    hidden = [a for a in unit.members if a not in p.shown_ids]
    if kind == "only":
        text = f"only {p.names[article]}" + (" of the outlets shown" if len(p.shown_ids) < len(p.c.articles) else "")
    elif kind == "all":
        text = "every outlet shown" if len(p.shown_ids) < len(p.c.articles) else "every outlet"
    else:
        text = "carried by " + p.some(shown) + "; not by " + p.some(
            [a for a in p.shown_ids if a not in unit.members])
    if hidden:
        text += "; also " + p.some(hidden)
    linked = p.unit_kind(label)
    if linked:
        text += f" ({linked})"
    return text


def _column(p: _Page, a: Article, stressed: Sequence[str], anchors: Mapping[tuple[str, int], str]) -> Iterator[str]:
    """One article's column, made as it is written (a 50 MB article's page is never held whole)."""
    n = p.col[a.id]
    name = esc(p.names[a.id])
    meta = " · ".join(esc(x) for x in (a.date, a.id if p.names[a.id] != a.id else None) if x)
    yield (f'<section class="col" id="col-{n}" data-outlet="{plain(a.id)}"><header>'
           f'<div class="outlet">{name}</div>')
    yield f'<div class="headline">{esc(shorten(a.title, 2 * TITLE)) if a.title else "<i>no headline</i>"}</div>'
    if stressed:
        yield (f'<div class="stress">headline stresses {esc(", ".join(stressed))} (words no other '
               "outlet's text uses)</div>")
    if meta:
        yield f'<div class="muted">{meta}</div>'
    counts = Counter(p.kind(label) for s in a.sentences if s.role != "title"
                     for label in [p.label_of.get((a.id, s.index))] if label is not None)
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
        label = p.label_of.get((a.id, s.index))
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


def _gaps(p: _Page, article: str, units: Sequence[str]) -> Iterator[str]:
    """A marker for each unit ``article`` lacks and other outlets shown carry, where it would sit
    (:func:`framing.render.gaps.omission_places`), opening to the fact as the first outlet that
    carries it (by id) words it."""
    for uid in units:
        unit = p.c.alignment.unit(uid)
        label = p.lab.units[uid]
        carriers = [b for b in p.shown_ids if b in unit.members]
        by = p.shown[p.shown_ids.index(carriers[0])]
        text = " ".join(by.sentences[i].text for i in unit.members[by.id])
        where = ", ".join(f"s{i}" for i in unit.members[by.id])
        yield (f'<details class="gap" data-omitted="{label}"><summary>not here: {label}, carried by '
               f"{len(carriers)} of {len(p.shown_ids)}</summary><div class=\"fact\">{esc(quoted(text, 600))} "
               f'({esc(p.names[by.id])}, {where}; <a class="ref" href="#u-{label}" data-u="{label}">find {label}'
               "</a>)</div></details>")


def _lacks(p: _Page, article: str) -> list[str]:
    return [label for label, u in p.unit_by_label.items()
            if article not in u.members and any(a in u.members for a in p.shown_ids)]


def _anchors(p: _Page) -> dict[tuple[str, int], str]:
    """The first sentence of each unit (in column order) carries its ``u-C#`` anchor."""
    out: dict[tuple[str, int], str] = {}
    for label, u in p.unit_by_label.items():
        for a in p.shown_ids:
            if a in u.members:
                out[(a, u.members[a][0])] = label
                break
    return out


def _side_by_side(p: _Page) -> Iterator[str]:
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


def _pictures(p: _Page) -> list[str]:
    c, names, drawn = p.c, p.names, p.shown_ids
    out = ['<section id="pictures"><h2>Pictures</h2>']
    if c.coverage is not None:
        out.append(f"<figure>{coverage_map(c, names, p.lab, drawn)}<figcaption>Coverage map: every content "
                   "unit (column) by outlet (row), filled where the outlet carries it: orange ◆ one outlet "
                   "alone, green ● every outlet, blue ◐ some. Click a column to find it in the text."
                   "</figcaption></figure>")
        out.append(f"<figure>{positions(c, names, p.lab, drawn)}<figcaption>Where each unit sits in each "
                   "article, lede at the top: a line joins one shared unit's places across outlets (a steep "
                   "line: one outlet leads with what another buries); orange ticks are content one outlet alone "
                   "carries.</figcaption></figure>")
    if c.readability is not None:
        out.append(f"<figure>{readability_dots(c, names, drawn)}<figcaption>Readability: each outlet's US school grade "
                   "by five formulas (Flesch-Kincaid, Gunning fog, SMOG, Coleman-Liau, automated readability "
                   "index; hover a dot); the grey bar is how far the formulas disagree on that text. A difference "
                   "between outlets smaller than that bar is not a difference.</figcaption></figure>")
    return [*out, *(p.hidden_columns() if out[1:] else []), "</section>"]


def inline_diff(a: str, b: str) -> str:
    """``b`` as HTML, with its word-level changes against ``a`` marked: ``<del>`` words of
    ``a`` it lacks, ``<ins>`` words it adds (the quotes comparator's own alignment,
    :func:`framing.comparators.quotes.word_ops`).

    >>> inline_diff("We will not send troops", "We will send troops")
    'We will <del>not</del> send troops'
    >>> inline_diff("Troops & <tanks> left", "Troops & <tanks> went")
    'Troops &amp; &lt;tanks&gt; <del>left</del> <ins>went</ins>'
    """
    from framing.comparators.quotes import word_ops

    spans_a, spans_b, ops = word_ops(a, b)
    out, pos = [], 0
    for op, i1, i2, j1, j2 in ops:
        if j2 > j1:
            start, end = spans_b[j1][0], spans_b[j2 - 1][1]
        else:
            start = end = spans_b[j1][0] if j1 < len(spans_b) else len(b)
        if start > pos:
            out.append(esc(b[pos:start]))
        if op == "equal":
            out.append(esc(b[start:end]))
        else:
            if i2 > i1:
                # a space after the struck words when words follow (the text's own space came before them)
                follows = end > start or start < len(b)
                out.append(f"<del>{esc(a[spans_a[i1][0]:spans_a[i2 - 1][1]])}</del>" + (" " if follows else ""))
            if end > start:
                out.append(f"<ins>{esc(b[start:end])}</ins>")
        pos = max(pos, end)
    out.append(esc(b[pos:]))
    return "".join(out)


def _quotes(p: _Page) -> list[str]:
    q = p.c.quotes
    out = ['<section id="quotes"><h2>Quotes</h2>']
    if q is None:
        return [*out, "<p>The quotes comparator did not run.</p></section>"]
    if not q.groups:
        return [*out, "<p>No outlet quotes anyone.</p></section>"]
    out.append('<p class="muted">Each quote as every outlet gives it; against the first version, '
               "<del>struck</del> words are missing and <ins>green</ins> words added.</p>")
    for g in q.groups[:MAX_ROWS]:
        label = p.lab.quotes[g.id]
        shown_variants = [v for v in g.variants if v.article in p.shown_ids] or list(g.variants[:1])
        out.append(f'<div class="quote" id="q-{label}"><div class="who"><strong>{label}</strong> · '
                   f"{esc(g.speaker or 'unattributed')} · {esc(g.status)}</div>")
        reference = shown_variants[0]
        for n, v in enumerate(shown_variants):
            words = esc(v.text) if n == 0 else inline_diff(reference.text, v.text)
            extra = "+" + "+".join(f"s{i}" for i in v.sentences[1:]) if len(v.sentences) > 1 else ""
            out.append(f'<div class="v"><span class="who">{esc(p.names[v.article])} ({esc(v.form)}, '
                       f"{p.evidence(v.article, v.sentence, v.start, v.end, extra)}):</span> “{words}”</div>")
        quoting = {v.article for v in g.variants}
        absent = [a.id for a in p.c.articles if a.id not in quoting]
        others = sorted({v.article for v in g.variants} - {v.article for v in shown_variants})
        if others:
            out.append(f'<div class="who">also quoted by {esc(p.some(others))} (every version is in the JSON)</div>')
        if absent:
            out.append(f'<div class="who">not in {esc(p.some(absent))}</div>')
        out.append("</div>")
    if len(q.groups) > MAX_ROWS:
        out.append(f"<p>… and {len(q.groups) - MAX_ROWS:,} more quotes (every one is in the JSON output).</p>")
    return [*out, "</section>"]


def _people(p: _Page) -> list[str]:
    ents = p.c.entities
    out = ['<section id="people"><h2>People and sources</h2>']
    if ents is None:
        return [*out, "<p>The people comparator did not run.</p></section>"]
    if not ents.entities:
        return [*out, "<p>No outlet names anyone.</p></section>"]
    ids = p.shown_ids
    out.append('<p class="muted">Who each outlet names and quotes, and which media and documents it cites '
               "(spelling variants merged): mentions, whether quoted, and the first mention.</p>")
    out.append("<table><tr><th>label</th><th>name</th><th>kind</th>"
               + "".join(f"<th>{esc(p.names[a])}</th>" for a in ids) + "</tr>")
    ordered = sorted(ents.entities, key=lambda e: int(p.lab.entities[e.name][1:]))  # the memo's order
    for e in ordered[:MAX_ROWS]:
        label = p.lab.entities[e.name]
        cells = []
        for a in ids:
            pr = e.articles.get(a)
            if pr is None:
                cells.append("<td>—</td>")
                continue
            first = pr.evidence[0] if pr.evidence else None
            where = "" if first is None else ", " + p.evidence(a, first.sentence, first.start, first.end)
            cells.append(f"<td>{pr.mentions}{', <strong>quoted</strong>' if pr.quoted else ''}{where}</td>")
        out.append(f'<tr id="p-{label}"><td>{label}</td><td>{esc(e.name)}</td><td>{esc(e.kind)}</td>'
                   + "".join(cells) + "</tr>")
    out.append("</table>")
    out += p.hidden_columns()
    if len(ents.entities) > MAX_ROWS:
        out.append(f"<p>… and {len(ents.entities) - MAX_ROWS:,} more (every one is in the JSON output).</p>")
    return [*out, "</section>"]


def _versions(p: _Page) -> list[str]:
    v = p.c.versions
    out = ['<section id="versions"><h2>What each version adds</h2>']
    if v is None:
        return [*out, "<p>The versions comparator did not run.</p></section>"]
    out.append('<p class="muted">For a fact several outlets carry: words one version has and another lacks. '
               "Leads, not findings: judged on the BASIL development events, about half were true additions; "
               "the other outlet said the rest in other words or elsewhere.</p>")
    if not v.additions:
        out.append("<p>No version adds a clause the others lack.</p>")
    else:
        out.append("<ul>")
        for x in v.additions[:MAX_ROWS]:
            label = p.lab.units[x.unit]
            what = "attribution" if x.kind == "attribution" else "adds"
            out.append(f"<li>{p.ref(label)} · {esc(p.names[x.article])} {what} {esc(quoted(x.span.text))} "
                       f"({p.evidence(x.article, x.span.sentence, x.span.start, x.span.end)}); lacking in "
                       f"{esc(p.some(x.lacking))}</li>")
        out.append("</ul>")
    if v.contradictions:
        out.append("<h3>Versions that may disagree</h3><ul>")
        for k in v.contradictions[:MAX_ROWS]:
            out.append(f"<li>{p.ref(p.lab.units[k.unit])} · {esc(k.kind)} (cue “{esc(k.cue)}”): "
                       f"{esc(p.names[k.a.article])} {esc(quoted(k.a.text, 200))} "
                       f"({p.evidence(k.a.article, k.a.sentence, k.a.start, k.a.end)}) against "
                       f"{esc(p.names[k.b.article])} {esc(quoted(k.b.text, 200))} "
                       f"({p.evidence(k.b.article, k.b.sentence, k.b.start, k.b.end)})</li>")
        out.append("</ul>")
    return [*out, "</section>"]


def _wording(p: _Page) -> list[str]:
    w = p.c.wording
    out = ['<section id="wording"><h2>Wording</h2>']
    if w is None:
        return [*out, "<p>The wording comparator did not run.</p></section>"]
    out.append("<h3>Distinctive terms</h3><ul>")
    for a in p.c.articles:
        terms = w.distinctive.get(a.id, ())
        if terms:
            listed = ", ".join(f"{esc(t.term)} ({t.score:g}, {t.count}×)" for t in terms[:10])
        else:
            leaning = w.leaning.get(a.id, ())
            listed = "too little text to tell: none reach z ≥ 1.96" + (
                "; leaning " + ", ".join(f"{esc(t.term)} ({t.score:g}, {t.count}×)" for t in leaning)
                if leaning else "")
        out.append(f"<li><strong>{esc(p.names[a.id])}</strong>: {listed}</li>")
    out.append('</ul><p class="muted">Log-odds with an informative Dirichlet prior (Monroe, Colaresi and Quinn '
               "2008) against the other outlets, z-scores of 1.96 or more.</p>")
    out.append("<h3>Loaded and hedging terms</h3>")
    found = [(a, x) for a in p.c.articles for x in w.loaded.get(a.id, ())]
    if not found:
        out.append("<p>None of the shipped lexicon's terms.</p>")
    else:
        out.append('<p class="muted">Underlined in the text; whose words they are matters: the outlet\'s own, '
                   "or inside a quote.</p><ul>")
        for a, x in found[:MAX_ROWS]:
            who = "own words" if x.voice == "outlet" else f"quoting {x.speaker or 'someone'}"
            out.append(f"<li>{esc(p.names[a.id])} · {esc(x.category)} · <strong>{esc(x.term)}</strong> "
                       f"({esc(who)}, {p.evidence(a.id, x.span.sentence, x.span.start, x.span.end)})</li>")
        out.append("</ul>")
    return [*out, "</section>"]


def _numbers(p: _Page) -> list[str]:
    n = p.c.numbers
    out = ['<section id="numbers"><h2>Numbers that disagree</h2>']
    if n is None:
        return [*out, "<p>The numbers comparator did not run.</p></section>"]
    if not n.findings:
        return [*out, "<p>The outlets state the same figures on every shared unit.</p></section>"]
    out.append("<ul>")
    for f in sorted(n.findings, key=lambda f: (f.status != "conflicting", f.unit, f.kind))[:MAX_ROWS]:
        says = "; ".join(
            f"{esc(p.names[a])}: " + (", ".join(f"{esc(x.text)} ({p.evidence(a, x.sentence, x.start, x.end)})"
                                                for x in xs) or "states none")
            # the outlets on the page first
            for a, xs in sorted(f.says.items(), key=lambda kv: (kv[0] not in p.shown_ids, kv[0]))[:MAX_SHOWN])
        if len(f.says) > MAX_SHOWN:
            says += f"; and {count(len(f.says) - MAX_SHOWN, 'more outlet')} (every one is in the JSON and CSV)"
        out.append(f"<li>{p.ref(p.lab.units[f.unit])} · {esc(f.kind)} {esc(f.status)}: {says}</li>")
    return [*out, "</ul></section>"]


_READING = tuple((m, TITLES[m]) for m in ("flesch_reading_ease", "flesch_kincaid_grade", "smog_index", "words",
                                          "sentences"))


def _readability(p: _Page) -> list[str]:
    read = p.c.readability
    out = ['<section id="readability"><h2>Readability</h2>']
    if read is None:
        return [*out, "<p>The readability comparator did not run.</p></section>"]
    verdict = readability_verdict(read.by_article, p.names)
    if verdict:
        out.append(f"<p>{esc(verdict)} (the picture above draws every formula).</p>")
    ids = p.shown_ids
    out.append("<table><tr><th>metric</th>" + "".join(f"<th>{esc(p.names[a])}</th>" for a in ids) + "</tr>")
    for metric, title in _READING:
        values = [getattr(read.by_article[a], metric) for a in ids]
        out.append(f"<tr><td>{title}</td>" + "".join(f"<td>{'' if v is None else f'{v:g}'}</td>" for v in values)
                   + "</tr>")
    return [*out, "</table>" + "".join(p.hidden_columns()) + "</section>"]


def _method(p: _Page) -> list[str]:
    c = p.c
    return ['<footer id="method"><h2>Method</h2><p>Sentences that state the same facts across outlets form a '
            f"content unit (cohesion cut-off {c.alignment.cutoff:g} of 100); a unit one outlet alone carries is "
            "what it adds and what the others leave out. “restates” links the same statement, “overlaps” a "
            "shared fact where each side adds more: both count as shared. Units decide: a sentence linked to a "
            "unit it did not join is outlined, dashed, on demand (a button under the legend, once a sentence "
            "is clicked). Evidence is written s12 @1609-1749: sentence 12, characters 1609 to 1749 of the "
            "article's text. The JSON "
            f"output (--format json) has every unit, link and finding. framing {esc(__version__)}.</p></footer>"]


_AFTER = (_alone, _pictures, _quotes, _people, _naming, _versions, _wording, _numbers, _readability, _method)


def to_html(comparison: Comparison, *, outlets: Sequence[str] | None = None) -> str:
    """The whole page (deterministic: no timestamps).

    Parameters
    ----------
    comparison
        What to show.
    outlets
        Ids of the articles to set side by side (default: all); colours then compare
        those outlets, and the other sections still cover every outlet.

    Raises
    ------
    MetadataError
        An id in ``outlets`` is not one of the comparison's articles.
    """
    out = io.StringIO()
    write_html(comparison, out, outlets=outlets)
    return out.getvalue()


def write_html(comparison: Comparison, fh: TextIO, *, outlets: Sequence[str] | None = None) -> None:
    """Write :func:`to_html`'s page to ``fh`` as it is made: the columns' text, most of a large
    article's page, is never held whole."""
    p = _Page(comparison, outlets)
    script, style = _static("page.js"), _static("page.css")
    title = shorten(of(comparison).title, TITLE)
    parts = itertools.chain([
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{csp(script, style)}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<meta name="referrer" content="no-referrer">',
        f"<title>{plain(shorten(title, 200))} · framing</title>",
        f"<style>{style}</style></head><body>",
        *_header(p), *_findings(p)], _side_by_side(p), (x for f in _AFTER for x in f(p)),
        [f"<script>{script}</script></body></html>"])
    for n, part in enumerate(parts):
        if n:
            fh.write("\n")
        fh.write(part)
    fh.write("\n")


def summary_html(comparison: Comparison) -> str:
    """The compact fragment a notebook shows for a comparison: the outlets (headline, words,
    what each alone carries and lacks), the key findings and the coverage map; no article
    text, no script."""
    c = comparison
    d = of(c)
    names, lab = d.names, d.labels
    cov = c.coverage
    title = shorten(of(c).title, TITLE)
    rows = []
    for a in c.articles:
        body = len(a.body)
        own = sum(len(c.alignment.unit(u).members[a.id]) for u in cov.added[a.id]) if cov else None
        lacks = len(cov.omitted[a.id]) if cov else None
        rows.append(f"<tr><td>{esc(names[a.id])}</td><td>{esc(shorten(a.title or '', 90))}</td>"
                    f"<td>{body}</td><td>{'' if own is None else own}</td><td>{'' if lacks is None else lacks}"
                    "</td></tr>")
    found = d.findings
    items = "".join(f"<li>{esc(f.text)}</li>" for f in found) or "<li>No key findings.</li>"
    picture = coverage_map(c, names, lab) if cov is not None else ""
    return (f'<div class="framing-summary"><h3>{esc(title)}</h3>'
            f"<p>{len(c.articles)} outlets, {len(c.alignment.units):,} content units, compared by framing "
            f"{esc(__version__)}. <code>.to_html()</code> gives the page with the texts side by side.</p>"
            "<table><tr><th>outlet</th><th>headline</th><th>content sentences</th><th>only here</th>"
            f"<th>units it lacks</th></tr>{''.join(rows)}</table>"
            f"<p><strong>Key findings</strong></p><ol>{items}</ol>{picture}</div>")


def framed(page: str, *, height: int = 800, title: str = "framing") -> str:
    """``page`` (a whole document) as an ``<iframe>`` whose ``srcdoc`` holds it, escaped: its
    styles apply inside the frame alone, and its script runs sandboxed (no same-origin access to
    the document around it). What :class:`PageView` shows in a notebook.

    >>> framed('<p class="x">a & "b"</p>', height=300).split(" srcdoc=")[1]
    '"&lt;p class=&quot;x&quot;&gt;a &amp; &quot;b&quot;&lt;/p&gt;"></iframe>'
    """
    return (f'<iframe class="framing-page" title="{plain(title)}" sandbox="allow-scripts" width="100%" '
            f'height="{int(height)}" srcdoc="{html.escape(page, quote=True)}"></iframe>')


@dataclass(frozen=True)
class PageView:
    """The whole page (:func:`to_html`) as a notebook shows it: in an iframe (:func:`framed`),
    so that none of its style reaches the notebook. Made by ``comparison.show()``.

    Attributes
    ----------
    html
        The page, as :func:`to_html` writes it.
    height
        The frame's height in CSS pixels (the page scrolls inside it).
    title
        The frame's accessible name.
    """

    html: str
    height: int = 800
    title: str = "framing"

    def _repr_html_(self) -> str:
        return framed(self.html, height=self.height, title=self.title)
