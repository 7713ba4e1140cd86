"""The Markdown report: a memo an analyst can paste, with the evidence for every finding.

Sections, each present when its comparator ran: header (the event and a table
of the articles), key findings (each pointing to the row that proves it),
coverage matrix and what each outlet alone carries or lacks, quotes,
readability, and the method. Every cell goes through
:func:`framing.render.cells.cell`, so article text can never break a table or
become live markup. Long sentences are shortened with an ellipsis; the JSON
has the full text. Evidence is written ``s12 @1609-1749``: sentence 12,
characters 1609 to 1749 of the article's text.
"""

from __future__ import annotations

import heapq
from collections import Counter
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from framing._version import __version__
from framing.comparators.numbers import LEGEND as NUMBERS_LEGEND
from framing.comparators.numbers import NONE_FOUND as NUMBERS_NONE_FOUND
from framing.extract.readability import TITLES
from framing.findings.derived import of
from framing.findings.labels import outlet_names
from framing.findings.model import MAX_FINDINGS, Finding, readability_verdict
from framing.render.cells import cell, table
from framing.render.memo_parts import (
    MAX_REWORDED,
    MAX_ROWS,
    SHORT,
    capped,
    evidence_ranges,
    md_line,
    more_columns,
    more_rows,
    quote_words,
    shown_columns,
    unit_text,
)
from framing.render.naming import naming_markdown
from framing.text.phrase import shorten

if TYPE_CHECKING:
    from framing.compare import Comparison
    from framing.io.article import Article

__all__ = ["MAX_FINDINGS", "labels", "summary_markdown", "to_markdown", "unit_labels"]


def labels(articles: Sequence[Article]) -> dict[str, str]:
    """How the report names each article (:func:`framing.findings.labels.outlet_names`)."""
    return outlet_names(articles)


def unit_labels(comparison: Comparison) -> dict[str, str]:
    """Unit id -> ``C1``, ``C2``, ... (:func:`framing.findings.labels.labels`)."""
    return dict(of(comparison).labels.units)


def _header(c: Comparison, names: Mapping[str, str]) -> list[str]:
    event = of(c).title
    n = len(c.articles)
    out = [f"# {cell(event, limit=SHORT * 2)}", ""]  # a 100 KB headline is no heading
    out.append(f"How {n} outlets cover the same event, compared by framing {__version__}.")
    out.append("")
    for note in c.notes:  # languages other than English (an all-English report has none)
        out += [f"> {md_line(cell(note))}", ""]
    rows = []
    read = c.readability
    for a in c.articles:
        # one word count everywhere: readability's when it ran
        words = read.by_article[a.id].words if read is not None else sum(len(s.text.split()) for s in a.body)
        rows.append([names[a.id], a.title or "", a.date or "", words, len(a.body), a.url or "",
                     *([a.language] if c.notes else []), a.id])
    out.append(table(["outlet", "title", "date", "words", "sentences", "url", *(["language"] if c.notes else []), "id"],
                     rows))
    return out


def _headlines(names: Mapping[str, str], contrast: Sequence[tuple[Article, list[str]]]) -> list[str]:
    if not contrast:
        return []
    rows = [[names[a.id], a.title, ", ".join(words) or "—"] for a, words in contrast]
    return ["", "## Headlines", "", table(["outlet", "headline", "words no other outlet's text uses"], rows)]


def _key_findings(found: Sequence[Finding]) -> list[str]:
    if not found:
        return []
    return ["", "## Key findings", "", *[f"{f.label[1:]}. {md_line(cell(f.text))}" for f in found]]


def _placement_cell(c: Comparison, unit_id: str, a: str, ulabel: Mapping[str, str]) -> str:
    cov = c.coverage
    assert cov is not None
    p = cov.placements[unit_id].get(a)
    if p is None:
        echoes = sorted(
            (ulabel[r] for r in c.alignment.unit(unit_id).related if a in cov.placements[r]),
            key=lambda x: int(x[1:]),
        )
        return f"— (linked to {', '.join(echoes)})" if echoes else "—"
    lede = ", lede" if p.lede else ""
    unit = c.alignment.unit(unit_id)
    # stated within a sentence that belongs to another unit (Unit.also): say which
    within = "" if a in unit.members else ", within " + ", ".join(
        dict.fromkeys(ulabel[c.alignment.unit_of(a, i).id] for i in p.sentences))
    return f"{p.position:.2f}{lede}, {p.words} words, {evidence_ranges(c.article(a), p.sentences)}{within}"


def _unit_rows(c: Comparison, names: Mapping[str, str], ulabel: Mapping[str, str],
               units: Sequence[str], carrier_of: Any) -> list[list[object]]:
    cov = c.coverage
    assert cov is not None
    rows: list[list[object]] = []
    for u in sorted(units, key=lambda u: int(ulabel[u][1:]))[:MAX_ROWS]:
        carrier = carrier_of(u)
        p = cov.placements[u][carrier]
        unit = c.alignment.unit(u)
        links = sorted((ulabel[r] for r in unit.related), key=lambda x: int(x[1:]))
        note = f"also linked to {', '.join(links)}" if links else ""
        if not note and not unit.shared and unit.unsure is not None:
            note = f"near {ulabel[unit.unsure]}: not clear"  # where framing's verdict is least sure
        rows.append([
            ulabel[u],
            names[carrier],
            evidence_ranges(c.article(carrier), p.sentences),
            shorten(unit_text(c, u, carrier), SHORT),
            note,
        ])
    return rows


def _unit_table(title: str, rows: list[list[object]], total: int) -> list[str]:
    """A sub-section listing units (``total`` of them, ``rows`` shown) with their evidence."""
    return ["", f"### {title}", "", table(["unit", "outlet", "evidence", "text", "note"], rows),
            *more_rows(total - MAX_ROWS, "unit", csv=True)]


def _exclusive(c: Comparison, names: Mapping[str, str], ulabel: Mapping[str, str]) -> list[str]:
    """What each outlet alone reports, and what each lacks (the full matrix is in the appendix)."""
    cov = c.coverage
    if cov is None:
        return []
    ids = [a.id for a in c.articles]
    out = ["", "## What each outlet alone reports", ""]
    out.append(
        "Content units (sentences that state the same facts across outlets) that one outlet alone "
        "carries, with the evidence; \"also linked to\" names shared units the sentence partly "
        "overlaps, and \"near Cn: not clear\" one whose sentence in another outlet comes near it: "
        "framing's verdict is least sure on both (on the dev events two in five sentences \"also "
        "linked\" and one in four \"not clear\" were a fact another outlet states in other words, "
        "against one in thirteen of the others). Where every unit sits in every article is in the "
        "appendix (Coverage)."
    )
    empty = [a for a in ids if not cov.added[a]]
    merged = len(empty) > MAX_FINDINGS  # one line for them all, not a line per outlet
    for a in ids:
        units = cov.added[a]
        if not units:
            if not merged:
                out += ["", md_line(f"{cell(names[a])} carries nothing the other outlets lack.")]
            continue
        out += _unit_table(f"Only in {cell(names[a])}", _unit_rows(c, names, ulabel, units, lambda u, a=a: a),
                           len(units))
    if merged:
        shown = ", ".join(cell(names[a]) for a in empty[:MAX_FINDINGS])
        out += ["", md_line(f"{len(empty):,} outlets carry nothing the other outlets lack: {shown} and "
                          f"{len(empty) - MAX_FINDINGS:,} more (every outlet's coverage is in the JSON and CSV).")]
    out.append("")
    for a in ids:
        lacks = sorted((ulabel[u] for u in cov.omitted[a]), key=lambda x: int(x[1:]))
        listed = capped(lacks) if lacks else "nothing"
        if len(ids) == 2:
            other = next(b for b in ids if b != a)
            out.append(md_line(f"{cell(names[a])} lacks {listed} (what only {cell(names[other])} carries)."))
        else:
            out.append(md_line(f"{cell(names[a])} lacks {listed} (carried by other outlets; see the appendix)."))
        out.append("")
    out.pop()
    return out


def _coverage_appendix(c: Comparison, names: Mapping[str, str], ulabel: Mapping[str, str]) -> list[str]:
    cov = c.coverage
    if cov is None:
        return []
    ids, hidden_columns = shown_columns(c)
    out = ["", "### Coverage", ""]
    out.append(
        "Every content unit, carried by the most outlets first. \"link\" says whether the outlets' "
        "versions restate one statement or overlap (share a fact, each adding more). A cell gives the "
        "position in that article (0 = top, 1 = bottom), \"lede\" when it is in the opening, the words "
        "spent, and the evidence."
    )
    out.append("")
    rows = []
    # the first MAX_ROWS by label, not every unit's pair sorted (a large article has a unit a sentence)
    for unit_id, label in heapq.nsmallest(MAX_ROWS, ulabel.items(), key=lambda kv: int(kv[1][1:])):
        row: list[object] = [label, shorten(unit_text(c, unit_id), 80), c.alignment.unit(unit_id).kind or ""]
        row += [_placement_cell(c, unit_id, a, ulabel) for a in ids]
        rows.append(row)
    out.append(table(["unit", "content", "link", *[names[a] for a in ids]], rows))
    out += more_columns(hidden_columns)
    out += more_rows(len(ulabel) - MAX_ROWS, "unit", csv=True)
    if len(ids) > 2:  # with two outlets, what one lacks is what the other alone carries
        for a in ids:
            units = cov.omitted[a]
            if not units:
                continue
            out += _unit_table(f"Missing from {cell(names[a])}",
                               _unit_rows(c, names, ulabel, units, lambda u: c.alignment.unit(u).articles[0]),
                               len(units))
    return out


def _versions(c: Comparison, names: Mapping[str, str], ulabel: Mapping[str, str]) -> list[str]:
    v = c.versions
    if v is None:
        return []
    out = ["", "## What each version adds", ""]
    out.append(
        "For each fact several outlets carry: the clauses one outlet's version has and another's lacks "
        "(checked against the whole of the lacking article, not only its version), and attributions "
        "(who the fact is said to come from) that differ. \"new words\" are the words the lacking "
        "outlet uses nowhere in its article. Read them as leads, not findings: judged against the "
        "articles on the BASIL development events, about half were true additions; the other outlet "
        "said the rest in other words or in another paragraph."
    )
    out.append("")
    if not v.additions:
        out.append("The versions of every shared fact carry the same details and attributions.")
    else:
        order = sorted(v.additions, key=lambda x: (int(ulabel[x.unit][1:]), x.kind != "detail", x.article,
                                                   x.span.start))
        rows = [
            [ulabel[x.unit], names[x.article], "attribution" if x.kind == "attribution" else "adds",
             shorten(x.span.text, SHORT), f"s{x.span.sentence} @{x.span.start}-{x.span.end}",
             ", ".join(names[b] for b in x.lacking), ", ".join(x.new)]
            for x in order[:MAX_ROWS]
        ]
        out.append(table(["unit", "outlet", "kind", "words", "evidence", "lacking in", "new words"], rows))
        out += more_rows(len(order) - MAX_ROWS, "addition")
    out += ["", "### Versions that may disagree", ""]
    if not v.contradictions:
        out.append("No version of a shared fact negates or reverses another (by the shipped cue list: negations "
                   "and words of opposite direction; claims worded apart are not caught).")
        return out
    out += ["Found by a cue (a negation one version lacks, or words of opposite direction) in clauses that "
            "share most of their words; not a key finding: on the BASIL development events most such pairs "
            "were two statements on one subject, so check each against the articles.", ""]
    rows = [
        [ulabel[x.unit], f"{x.kind}: {x.cue}",
         f"{names[x.a.article]}: {shorten(x.a.text, 90)}", f"s{x.a.sentence} @{x.a.start}-{x.a.end}",
         f"{names[x.b.article]}: {shorten(x.b.text, 90)}", f"s{x.b.sentence} @{x.b.start}-{x.b.end}"]
        for x in sorted(v.contradictions, key=lambda x: (int(ulabel[x.unit][1:]), x.a.start, x.b.start))[:MAX_ROWS]
    ]
    out.append(table(["unit", "cue", "one version", "evidence", "other version", "evidence"], rows))
    return [*out, *more_rows(len(v.contradictions) - MAX_ROWS, "disagreement")]


def _quotes(c: Comparison, names: Mapping[str, str]) -> list[str]:
    quotes = c.quotes
    if quotes is None:
        return []
    out = ["", "## Quotes", ""]
    if not quotes.groups:
        return [*out, "No direct quotes found."]
    ids, hidden_columns = shown_columns(c)
    rows = []
    for g in quotes.groups[:MAX_ROWS]:
        row: list[object] = [g.id.upper(), g.speaker or "unattributed", shorten(quote_words(g), 80), g.status]
        by_article: dict[str, list[Any]] = {}
        for v in g.variants:
            by_article.setdefault(v.article, []).append(v)  # two when an outlet broke the quote in two
        direct = [v for v in g.variants if v.form != "indirect"]
        for a in ids:
            pieces = by_article.get(a)
            if not pieces:
                row.append("absent")
                continue
            v = pieces[0]
            evidence = " and ".join(f"{'+'.join(f's{i}' for i in x.sentences)} @{x.start}-{x.end}" for x in pieces)
            mine = [ch for ch in g.changes if ch.article == a]
            if v.form == "indirect":
                verdict = "paraphrased (indirect speech)"
            elif len({x.article for x in direct}) == 1:
                verdict = "quoted"
            elif mine:
                marks = "; ".join(
                    f"{ch.before} → {ch.after}" if ch.before and ch.after
                    else (f"adds {ch.after}" if ch.after else f"drops {ch.before}")
                    + (" (inside the quote)" if ch.inside else "")
                    for ch in mine
                )
                verdict = f"{g.status}: {shorten(marks, 80)}"
            elif g.status in ("altered", "excerpt"):
                verdict = "reference wording"
            else:
                verdict = "exact"
            row.append(f"{verdict}, {evidence}")
        rows.append(row)
    out.append(table(["quote", "speaker", "words", "status", *[names[a] for a in ids]], rows))
    out += more_columns(hidden_columns)
    out += more_rows(len(quotes.groups) - MAX_ROWS, "quote", csv=True)
    changed = [(g, ch) for g in quotes.groups for ch in g.changes]
    if changed:
        out += ["", "Changed words in altered and excerpted quotes (against the wording most outlets carry, else "
                "the first outlet's):", ""]
        out.append(table(
            ["quote", "outlet", "change", "was", "became"],
            [[g.id.upper(), names[ch.article], ch.op, ch.before, ch.after] for g, ch in changed[:MAX_ROWS]],
        ))
        out += more_rows(len(changed) - MAX_ROWS, "change")
    return out


def _entities(c: Comparison, names: Mapping[str, str], elabel: Mapping[str, str]) -> list[str]:
    ents = c.entities
    if ents is None:
        return []
    out = ["", "## People and sources", ""]
    if not ents.entities:
        return [*out, "No named people, organisations or sources found."]
    out.append(
        "Who each outlet names and quotes, and which media and documents it cites "
        "(spelling variants, titles and surname-only mentions merged). A cell gives the "
        "mentions, whether quoted, and the first mention as evidence."
    )
    out.append("")
    ids, hidden_columns = shown_columns(c)
    rows = []
    ordered = sorted(ents.entities, key=lambda e: int(elabel[e.name][1:]))
    for e in ordered[:MAX_ROWS]:
        row: list[object] = [elabel[e.name], e.name, e.kind]
        for a in ids:
            p = e.articles.get(a)
            if p is None:
                row.append("—")
                continue
            first = p.evidence[0] if p.evidence else None
            where = f", s{first.sentence} @{first.start}-{first.end}" if first else ""
            row.append(f"{p.mentions}{', quoted' if p.quoted else ''}{where}")
        rows.append(row)
    out.append(table(["label", "name", "kind", *[names[a] for a in ids]], rows))
    out += more_columns(hidden_columns)
    return [*out, *more_rows(len(ordered) - MAX_ROWS, "name")]


WORDING_OVERLAP = 30
"""Shared units whose versions share less (0-100) are listed as reworded, not diffed."""
MAX_CHANGES = 8
"""Word-level changes shown per unit and pair of outlets (all are in the JSON)."""


def _leaning(terms: Sequence[Any]) -> str:
    if not terms:
        return "too little text to tell"
    shown = ", ".join(f"{t.term} ({t.score:.1f}, {t.count}×)" for t in terms)
    return f"too little text to tell: none reach z ≥ 1.96; leaning {shown}"


def _wording_appendix(c: Comparison, names: Mapping[str, str], ulabel: Mapping[str, str]) -> list[str]:
    w = c.wording
    if w is None:
        return []
    out = ["", "### Word-level changes", ""]
    out.append(
        "Word-level differences between outlets' versions of the same content unit "
        "(case, accents, quote style and punctuation aside)."
    )
    rows: list[list[object]] = []
    reworded = []
    hidden = 0
    for d in sorted(w.differences, key=lambda d: (int(ulabel[d.unit][1:]), d.a, d.b)):
        if not d.changes:
            continue
        if d.overlap < WORDING_OVERLAP:
            reworded.append(f"{ulabel[d.unit]} ({names[d.a]} / {names[d.b]}, overlap {d.overlap:g})")
            continue
        if len(rows) + min(len(d.changes), MAX_CHANGES) + (len(d.changes) > MAX_CHANGES) > MAX_ROWS:
            hidden += len(d.changes)  # the table is full: this unit's changes are counted, not shown
            continue
        for ch in d.changes[:MAX_CHANGES]:
            kind = {"replaced": "replaced", "a_only": f"only {names[d.a]}",
                    "b_only": f"only {names[d.b]}", "moved": "moved"}.get(ch.kind, ch.kind)
            rows.append([
                ulabel[d.unit], kind,
                f"{names[d.a]}: {ch.a.text}" if ch.a.text else "",
                f"s{ch.a.sentence} @{ch.a.start}-{ch.a.end}",
                f"{names[d.b]}: {ch.b.text}" if ch.b.text else "",
                f"s{ch.b.sentence} @{ch.b.start}-{ch.b.end}",
            ])
        if len(d.changes) > MAX_CHANGES:
            rows.append([ulabel[d.unit], f"{len(d.changes) - MAX_CHANGES} more (see JSON)", "", "", "", ""])
    out.append("")
    if rows:
        out.append(table(["unit", "change", "one version", "evidence", "other version", "evidence"], rows))
    elif not hidden:
        out.append("No word-level differences on closely matching units.")
    out += more_rows(hidden, "word-level change")[int(not rows):]
    if reworded:
        shown = "; ".join(reworded[:MAX_REWORDED])
        more = len(reworded) - MAX_REWORDED
        if more > 0:
            shown += f" and {more:,} more pairs (every pair is in the JSON and CSV)"
        out += ["", "Reworded beyond word-level comparison: " + cell(shown) + "."]
    return out


def _wording(c: Comparison, names: Mapping[str, str]) -> list[str]:
    w = c.wording
    if w is None:
        return []
    out = ["", "## Wording", ""]
    out.append("Which words set each outlet apart, and the loaded and hedging terms each uses; every "
               "word-level change between versions of a shared unit is in the appendix.")
    out += ["", "### Distinctive terms", ""]
    out.append(
        "Log-odds ratio with an informative Dirichlet prior (Monroe, Colaresi and Quinn 2008) "
        "against the other outlets; z-scores of at least 1.96, with how often the outlet uses the term; "
        "honorifics and the outlet's own name are left out (house style, not framing)."
    )
    out.append("")
    out.append(table(
        ["outlet", "most distinctive terms (z)"],
        [[names[a.id], ", ".join(f"{t.term} ({t.score:.1f}, {t.count}×)" for t in w.distinctive.get(a.id, ()))
          or _leaning(w.leaning.get(a.id, ()))] for a in c.articles],
    ))
    out += ["", "### Loaded and hedging terms", ""]
    # the outlet's own words first: a term inside a quote is the speaker's, not the outlet's
    loaded = sorted(((a, x) for a in c.articles for x in w.loaded.get(a.id, ())),
                    key=lambda ax: ax[1].voice != "outlet")
    loaded_rows = [
        [names[a.id], "own words" if x.voice == "outlet" else f"quoting {x.speaker or 'an unattributed speaker'}",
         x.category, x.term, f"s{x.span.sentence} @{x.span.start}-{x.span.end}",
         shorten(c.article(a.id).sentences[x.span.sentence].text, 90)]
        for a, x in loaded[:MAX_ROWS]
    ]
    if loaded_rows:
        out.append(table(["outlet", "voice", "category", "term", "evidence", "sentence"], loaded_rows))
        out += more_rows(len(loaded) - MAX_ROWS, "term")
    else:
        out.append("None found.")
    return out


def _numbers(c: Comparison, names: Mapping[str, str], ulabel: Mapping[str, str]) -> list[str]:
    n = c.numbers
    if n is None:
        return []
    out = ["", "## Numbers that disagree", ""]
    if not n.findings:
        return [*out, NUMBERS_NONE_FOUND]
    out.append(NUMBERS_LEGEND)
    out.append("")
    ids, hidden_columns = shown_columns(c)
    rows = []
    ordered = sorted(n.findings, key=lambda f: (f.status != "conflicting", int(ulabel[f.unit][1:]), f.kind))
    for f in ordered[:MAX_ROWS]:
        row: list[object] = [ulabel[f.unit], f.kind, f.status]
        for a in ids:
            if a not in f.says:
                row.append("—")
            else:
                row.append("; ".join(f"{x.text} (s{x.sentence} @{x.start}-{x.end})" for x in f.says[a])
                           or "states none")
        rows.append(row)
    out.append(table(["unit", "kind", "status", *[names[a] for a in ids]], rows))
    out += more_columns(hidden_columns)
    return [*out, *more_rows(len(ordered) - MAX_ROWS, "finding")]


def _readability(c: Comparison, names: Mapping[str, str]) -> list[str]:
    read = c.readability
    if read is None:
        return []
    ids, hidden_columns = shown_columns(c)
    out = ["", "## Readability", "", "Measured on body text (no title, no boilerplate)."]
    out.append("")
    rows = []
    for metric, title in TITLES.items():
        values = [getattr(read.by_article[a], metric) for a in ids]
        spread = read.spread(metric)
        rows.append([title, *["" if v is None else f"{v:g}" for v in values],
                     "" if spread is None else f"{spread:g}"])
    out.append(table(["metric", *[names[a] for a in ids], "spread"], rows))
    out += more_columns(hidden_columns)
    formulas = sorted({r.formula for r in read.by_article.values() if r.formula})
    if c.notes:  # a language other than English: which formula stands for reading ease, and what is not valid
        said = f"Reading ease by {', '.join(formulas)}; an empty cell" if formulas else "An empty cell"
        out += ["", md_line(cell(f"{said}: the formula is not valid for the article's language."))]
    reading = readability_verdict(read.by_article, names)
    if reading is not None:
        out += ["", md_line(cell(reading))]
    return out


def _method(c: Comparison, names: Mapping[str, str]) -> list[str]:
    out = ["", "## Method", ""]
    rows: list[list[object]] = [
        ["framing version", __version__],
        ["unit cohesion cut-off (0-100)", f"{c.alignment.cutoff:g}"],
        ["content units", len(c.alignment.units)],
        ["shared units", sum(1 for u in c.alignment.units if len(u.members) > 1)],
        ["comparators", ", ".join(c.sections)],
    ]
    for a in c.articles:
        skipped = sum(1 for s in a.sentences if s.boilerplate)
        kinds = Counter(s.role for s in a.sentences if s.boilerplate)
        detail = ", ".join(f"{k} {n}" for k, n in sorted(kinds.items()))
        rows.append([f"boilerplate skipped in {names[a.id]}", f"{skipped}" + (f" ({detail})" if detail else "")])
    for e in c.skipped:
        rows.append(["file skipped", str(e)])  # printable: a name that is not UTF-8 reads "a\\xfe" everywhere
    out.append(table(["", "value"], rows))
    return out


def summary_markdown(comparison: Comparison) -> str:
    """The memo's head: the event and its outlets, the headlines and the key findings
    (what a notebook shows for a comparison in Markdown)."""
    d = of(comparison)
    parts = [*_header(comparison, d.names), *_headlines(d.names, d.contrast), *_key_findings(d.findings)]
    return "\n".join(parts) + "\n"


def to_markdown(comparison: Comparison) -> str:
    """Render ``comparison`` as the Markdown report (deterministic: no timestamps)."""
    d = of(comparison)  # names, labels, findings: made once for every output
    names, lab = d.names, d.labels
    ulabel = lab.units  # read, never changed: not copied (a large article has a unit a sentence)
    parts = [
        *_header(comparison, names),
        *_headlines(names, d.contrast),
        *_key_findings(d.findings),
        *_exclusive(comparison, names, ulabel),
        *_versions(comparison, names, ulabel),
        *_quotes(comparison, names),
        *_entities(comparison, names, lab.entities),
        *naming_markdown(comparison, names, lab.entities, limit=MAX_ROWS),
        *_wording(comparison, names),
        *_numbers(comparison, names, ulabel),
        *_readability(comparison, names),
        *_method(comparison, names),
    ]
    appendix = [*_coverage_appendix(comparison, names, ulabel), *_wording_appendix(comparison, names, ulabel)]
    if appendix:
        parts += ["", "## Appendix", "", "Detail tables: every unit's place in every article, and every "
                  "word-level change.", *appendix]
    return "\n".join(parts) + "\n"
