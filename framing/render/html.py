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
sideways, narrower from :data:`~framing.render.page.COMPACT` outlets on); a button then
outlines, dashed, the sentences of other units it is linked to but did not join (on demand:
they are many). Then pictures
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

import html
import io
import itertools
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TextIO

from framing._version import __version__
from framing.comparators.numbers import LEGEND as NUMBERS_LEGEND
from framing.comparators.numbers import NONE_FOUND as NUMBERS_NONE_FOUND
from framing.extract.readability import TITLES
from framing.findings.derived import of
from framing.findings.model import MAX_FINDINGS, readability_verdict
from framing.findings.naming import SECTION as NAMING_SECTION
from framing.render.columns import side_by_side
from framing.render.htmltext import esc, plain
from framing.render.naming import contrast_rows, term_rows
from framing.render.page import MAX_ROWS, MAX_SHOWN, TITLE, Page, csp, static
from framing.render.svg import coverage_map, positions, readability_dots
from framing.text.phrase import count, quoted, shorten

if TYPE_CHECKING:
    from framing.compare import Comparison

__all__ = ["PageView", "esc", "framed", "inline_diff", "summary_html", "to_html", "write_html"]


def _header(p: Page) -> list[str]:
    c = p.c
    title = shorten(of(c).title, TITLE)
    out = [f"<header><h1>{esc(title)}</h1>",
           f'<p class="lead">How {len(c.articles)} outlets cover the same event, compared by framing '
           f"{esc(__version__)}. Click a sentence to see where the other outlets say the same; click a label "
           "(C7) in a finding to find it in the text.</p>"]
    if c.skipped:
        out.append('<p class="muted">Files that could not be read: '
                   + "; ".join(esc(str(e)) for e in c.skipped) + "</p>")
    out.extend(f'<p class="muted">{esc(note)}</p>' for note in c.notes)  # languages other than English
    out.append("</header>")
    out.append('<nav><a href="#findings">Findings</a><a href="#text">Side by side</a><a href="#alone">Alone</a>'
               '<a href="#pictures">Pictures</a><a href="#quotes">Quotes</a><a href="#people">People</a>'
               '<a href="#versions">Versions</a><a href="#wording">Wording</a><a href="#readability">Readability</a>'
               '<a href="#method">Method</a></nav>')
    return out


def _alone(p: Page) -> list[str]:
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
            body = len([s for s in a.body if p.label_of(a.id, s.index) is not None])
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


def _leaves_out(p: Page, article: str) -> str:
    """"leaves out 2 units that only B carries (C3, C4)", or "leaves out nothing another outlet carries"."""
    cov = p.c.coverage
    assert cov is not None
    lacking = cov.omitted[article]
    if not lacking:
        return "leaves out nothing another outlet carries"
    # units grouped by who carries them: a set of carriers is numbered once per page (:meth:`Page.carrier_set`),
    # not hashed again for every outlet that lacks it (a wire story's: hundreds of outlets each)
    units: dict[int, list[str]] = {}
    for u in lacking:
        units.setdefault(p.carrier_set(u), []).append(p.lab.units[u])
    who = p.carrier_sets()
    # what most outlets carry first: the omissions a reader notices ("what 4 of 5 carry")
    order = sorted(units, key=lambda k: (-len(who[k]), -len(units[k]), who[k]))
    parts = [f"{count(len(units[k]), 'unit')} that {_carriers(p, who[k])} ("
             + ", ".join(p.ref(x) for x in sorted(units[k], key=lambda x: int(x[1:]))[:12])
             + (", …" if len(units[k]) > 12 else "") + ")"
             for k in order[:6]]
    return (f"leaves out {', '.join(parts)}"
            + (f" and {len(order) - 6} other combinations" if len(order) > 6 else ""))


def _carriers(p: Page, who: Sequence[str]) -> str:
    """"only A carries", "A, B and C carry", at most :data:`MAX_FINDINGS` outlets named."""
    names = [esc(p.names[a]) for a in who[:MAX_FINDINGS]]
    if len(who) > MAX_FINDINGS:
        names.append(f"{len(who) - MAX_FINDINGS:,} more outlets")
    if len(names) == 1:
        return f"only {names[0]} carries"
    return ", ".join(names[:-1]) + f" and {names[-1]} carry"


def _findings(p: Page) -> list[str]:
    found = p.derived.findings
    out = ['<section id="findings"><h2>Key findings</h2>']
    if not found:
        return [*out, "<p>No key findings.</p></section>"]
    out.append('<ol class="findings">')
    for f in found:
        out.append(f'<li id="f-{f.label}">{p.linked(f.text, f.refs)}</li>')
    return [*out, "</ol></section>"]


def _naming(p: Page) -> list[str]:
    out = [f'<section id="naming"><h2>{esc(NAMING_SECTION)}</h2>']
    if p.c.sections.get("naming") is None:
        return [*out, "<p>The naming comparator did not run.</p></section>"]
    terms = term_rows(p.c, p.names)
    if terms:
        out.append('<p class="muted">How each outlet names the event, the war, unnamed actors, the media and '
                   "sanctions or blockades, with the words it sets before them, in its own voice and only quoted, "
                   "in reported speech or held at arm's length; the contested spellings of places it writes "
                   "(\"Kiev\"); who it says holds a place or put an official in office (\"Russian-held\", "
                   "\"self-proclaimed\"); and the short phrases it sets in quotation marks in sentences that report "
                   "no one's words.</p>")
        out.append("<table><tr>" + "".join(f"<th>{esc(h)}</th>" for h in
                                           ("what", "outlet", "own voice", "quoted or at arm's length")) + "</tr>")
        out += ["<tr>" + "".join(f"<td>{esc(v)}</td>" for v in row) + "</tr>" for row in terms[:MAX_ROWS]]
        out.append("</table>")
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


def _pictures(p: Page) -> list[str]:
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


def _quotes(p: Page) -> list[str]:
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


def _people(p: Page) -> list[str]:
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


def _versions(p: Page) -> list[str]:
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


def _wording(p: Page) -> list[str]:
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


def _numbers(p: Page) -> list[str]:
    n = p.c.numbers
    out = ['<section id="numbers"><h2>Numbers that disagree</h2>']
    if n is None:
        return [*out, "<p>The numbers comparator did not run.</p></section>"]
    if not n.findings:
        return [*out, f"<p>{esc(NUMBERS_NONE_FOUND)}</p></section>"]
    out.append(f"<p>{esc(NUMBERS_LEGEND)}</p><ul>")
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


def _readability(p: Page) -> list[str]:
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


def _method(p: Page) -> list[str]:
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
    p = Page(comparison, outlets)
    script, style = static("page.js"), static("page.css")
    title = shorten(of(comparison).title, TITLE)
    parts = itertools.chain([
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{csp(script, style)}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<meta name="referrer" content="no-referrer">',
        f"<title>{plain(shorten(title, 200))} · framing</title>",
        f"<style>{style}</style></head><body>",
        *_header(p), *_findings(p)], side_by_side(p), (x for f in _AFTER for x in f(p)),
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
