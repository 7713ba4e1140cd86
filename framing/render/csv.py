"""CSV tables of a comparison: one file per table, for spreadsheets and scripts.

Every section of the Markdown memo has its table; a section's file is
written only when its comparator ran.

``findings.csv``
    The memo's key findings, with their labels and evidence.
``articles.csv``
    The articles (the memo's header), with word and content-sentence counts
    and the boilerplate sentences skipped (Method).
``headlines.csv``
    Each headline and the words of it no other outlet's text uses.
``sentences.csv``, ``units.csv``
    Every sentence; every content unit's members.
``coverage.csv``
    Where every unit sits in every article (Appendix: Coverage; what each
    outlet alone reports and lacks is its ``added`` and ``omitted`` rows).
``threads.csv``
    What each outlet alone reports, as threads of neighbouring sentences
    (:func:`framing.findings.threads.threads`), most salient first.
``additions.csv``, ``disagreements.csv``
    What each version of a shared unit adds, and versions that disagree.
``quotes.csv``, ``quote_changes.csv``
    Quotes, one row per version; the changed words of altered and
    excerpted quotes.
``entities.csv``
    People and sources, one row per mention.
``naming.csv``
    How each outlet names each entity: one row per entity, outlet and label
    in one voice (:mod:`framing.comparators.naming`).
``distinctive.csv``, ``loaded.csv``
    Distinctive terms per article (Wording), and loaded and hedging terms
    with their voice.
``wording_changes.csv``
    Word-level changes between versions of shared units (Appendix).
``numbers.csv``, ``readability.csv``
    Figures that disagree; readability per article.
``method.csv``, ``skipped.csv``
    The method's settings; files that could not be read.

Tables about articles carry the article id (``article``) and the name the
memo gives its outlet (``outlet_name``, :func:`framing.findings.labels.outlet_names`);
tables about units, quotes and people carry the memo's labels (``C7``,
``Q1``, ``P3``), so a table joins to the memo and to the others. Lists in a
cell are joined with ``"; "`` (labels, phrases) or a space (words). Text
cells are written as they are (the csv module quotes them), except that one
a spreadsheet would run as a formula gets a leading ``'`` (:func:`neutral`;
``raw=True`` keeps it); nothing is shortened. Rows are made as they are written, so a 50 MB article's tables
never sit in memory whole.

>>> import tempfile
>>> from framing import Article, compare
>>> a = Article.from_text("Storm hits Riga\\nTrees fell in Riga on Monday.", id="a", outlet="A")
>>> b = Article.from_text("Riga schools shut\\nOn Monday, trees fell in Riga.", id="b", outlet="B")
>>> [p.name for p in to_csv(compare([a, b]), tempfile.mkdtemp())][:4]
['findings.csv', 'articles.csv', 'headlines.csv', 'sentences.csv']
"""

from __future__ import annotations

import csv
import json
import os
import shutil
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from framing.errors import printable

if TYPE_CHECKING:
    from framing.compare import Comparison
    from framing.findings.threads import Thread
    from framing.io.evidence import Evidence

__all__ = ["FORMULA", "TABLES", "neutral", "to_csv"]


FORMULA = ("=", "+", "-", "@", "\t", "\r")
"""First characters that make a spreadsheet read a cell as a formula (OWASP's CSV injection list)."""
TABLES = (
    "findings.csv", "articles.csv", "headlines.csv", "sentences.csv", "units.csv", "coverage.csv", "threads.csv",
    "quotes.csv", "quote_changes.csv", "entities.csv", "naming.csv", "additions.csv", "disagreements.csv",
    "distinctive.csv", "loaded.csv", "wording_changes.csv", "numbers.csv", "readability.csv", "method.csv",
    "skipped.csv",
)
"""Every table :func:`to_csv` can write (one it wrote for an earlier comparison is removed)."""


def neutral(value: object) -> object:
    """A text cell a spreadsheet would run as a formula (``=HYPERLINK(...)``, ``+1``, ``@SUM``),
    prefixed with ``'`` as OWASP recommends; numbers and other cells as they are.

    >>> neutral("=HYPERLINK(1)"), neutral("-2 dead"), neutral(-2.5), neutral("Kyiv")
    ("'=HYPERLINK(1)", "'-2 dead", -2.5, 'Kyiv')
    """
    return "'" + value if isinstance(value, str) and value.startswith(FORMULA) else value


def _writer(raw: bool) -> Callable[[Path, str, Sequence[str], Iterable[Sequence[object]]], Path]:
    def write(folder: Path, name: str, header: Sequence[str], rows: Iterable[Sequence[object]]) -> Path:
        path = folder / name
        with open(path, "w", encoding="utf-8", newline="") as fh:
            writer = csv.writer(fh)
            writer.writerow(header)
            writer.writerows(rows if raw else ([neutral(v) for v in row] for row in rows))
            fh.flush()
            os.fsync(fh.fileno())
        return path

    return write


def to_csv(comparison: Comparison, folder: str | os.PathLike[str], *, raw: bool = False) -> list[Path]:
    """Write the comparison's tables into ``folder`` (created if needed); return the files.

    See the module docstring for the tables and their keys. The tables are written
    whole into a temporary folder inside ``folder`` first, then moved in one rename
    each: a full disk leaves the earlier tables as they were, never a table cut
    mid-row beside them; a table written for an earlier comparison that this one does
    not make is removed, when :data:`RECORD` names it and it still has the bytes
    written (a file of the same name that framing did not write stays). Text cells
    that a spreadsheet would run as a formula are prefixed with ``'`` (:func:`neutral`);
    ``raw=True`` writes them as they are.
    """
    from framing.io.atomic import temporary_name, write_text

    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    tmp = Path(temporary_name(str(out / "tables")))
    tmp.mkdir()
    try:
        made = _tables(comparison, tmp, _writer(raw))
        written = {p.name: _digest(p) for p in made}
        earlier = _recorded(out)
        for p in made:  # the new tables first: a failed rename leaves the earlier ones beside them
            os.replace(p, out / p.name)
        # a table of the earlier comparison that this one does not make goes, but only one
        # framing recorded writing, still with the bytes it wrote: never the user's own numbers.csv
        for name, digest in earlier.items():
            stale = out / name
            if name not in written and not stale.is_symlink() and stale.is_file() and _digest(stale) == digest:
                stale.unlink()
        write_text(str(out / RECORD), json.dumps(written, indent=1, sort_keys=True) + "\n")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return [out / p.name for p in made]


RECORD = ".framing-tables.json"
"""The file in a tables folder naming the tables :func:`to_csv` wrote there, with their SHA-256:
only those, unchanged, are ever removed."""


def _digest(path: Path) -> str | None:
    from framing.io.regular import sha256_of

    return sha256_of(path)


def _recorded(out: Path) -> dict[str, str]:
    from framing.io.regular import read_regular

    try:
        data = json.loads(read_regular(out / RECORD))
    except (OSError, ValueError, RecursionError):
        return {}
    if not isinstance(data, dict):
        return {}
    return {k: v for k, v in data.items() if k in TABLES and isinstance(v, str)}


def _tables(comparison: Comparison, out: Path,
            _write: Callable[[Path, str, Sequence[str], Iterable[Sequence[object]]], Path]) -> list[Path]:
    """Every table of ``comparison``, written into ``out`` by ``_write``."""
    c = comparison
    by_id = {a.id: a for a in c.articles}
    from framing.findings.derived import of

    d = of(c)  # made once for every output: findings and threads.csv read the same threads
    lab, names, contrast, found = d.labels, d.names, d.contrast, d.threads

    def where(evidence: Iterable[Evidence]) -> str:
        return "; ".join(f"{e.article}:s{e.sentence}@{e.start}-{e.end}" for e in evidence)

    read = c.readability

    def article_rows() -> Iterator[list[object]]:
        for a in c.articles:
            # one word count everywhere (as the memo's header): readability's when it ran
            words = read.by_article[a.id].words if read is not None else sum(len(s.text.split()) for s in a.body)
            boilerplate = sum(1 for s in a.sentences if s.boilerplate)
            yield [a.id, a.outlet or "", a.title or "", a.date or "", a.url or "", a.path or "",
                   len(a.sentences), names[a.id], words, len(a.body), boilerplate, a.language]

    def headline_rows() -> Iterator[list[object]]:
        for a, words in contrast:
            title = next((s for s in a.sentences if s.role == "title"), None)
            yield [a.id, names[a.id], a.title, " ".join(words),
                   *(("", "", "") if title is None else (title.index, title.start, title.end))]

    files = [
        _write(out, "findings.csv",
               ["label", "kind", "text", "refs", "articles", "evidence", "outlet_names"],
               ([f.label, f.kind, f.text, "; ".join(f.refs), "; ".join(f.articles), where(f.evidence),
                 "; ".join(names[a] for a in f.articles)]
                for f in d.findings)),
        _write(out, "articles.csv",
               ["id", "outlet", "title", "date", "url", "path", "sentences", "outlet_name", "words",
                "content_sentences", "boilerplate", "language"], article_rows()),
        _write(out, "headlines.csv",
               ["article", "outlet_name", "headline", "words", "sentence", "start", "end"], headline_rows()),
        _write(out, "sentences.csv",
               ["article", "index", "paragraph", "start", "end", "role", "boilerplate", "text", "outlet_name"],
               ([a.id, s.index, s.paragraph, s.start, s.end, s.role, s.boilerplate, s.text, names[a.id]]
                for a in c.articles for s in a.sentences)),
        _write(out, "units.csv",
               ["unit", "label", "score", "kind", "article", "sentence", "start", "end", "text", "outlet_name", "also"],
               ([u.id, lab.units[u.id], u.score, u.kind or "", art, i, by_id[art].sentences[i].start,
                 by_id[art].sentences[i].end, by_id[art].sentences[i].text, names[art], also]
                for u in c.alignment.units for also, held in ((False, u.members), (True, u.also))
                for art, idx in held.items() for i in idx)),
    ]
    cov = c.coverage
    if cov is not None:
        added = {a: set(units) for a, units in cov.added.items()}

        def coverage_rows() -> Iterator[list[object]]:
            for unit, placed in cov.placements.items():
                for a in c.articles:
                    p = placed.get(a.id)
                    status = ("added" if unit in added[a.id] else "shared") if p else "omitted"
                    yield [unit, a.id, status, "" if p is None else p.position,
                           "" if p is None else p.lede, "" if p is None else p.words, lab.units[unit], names[a.id]]

        files.append(_write(out, "coverage.csv",
                            ["unit", "article", "status", "position", "lede", "words", "label", "outlet_name"],
                            coverage_rows()))
        files.append(_write(
            out, "threads.csv",
            ["article", "outlet_name", "rank", "labels", "words", "salience", "position", "sentences",
             "start", "end", "phrases", "text"],
            _thread_rows(c, names, found)))
    quotes = c.quotes
    if quotes is not None:
        files.append(_write(
            out, "quotes.csv",
            ["quote", "label", "status", "speaker", "article", "form", "sentence", "start", "end", "text",
             "outlet_name"],
            ([g.id, lab.quotes[g.id], g.status, g.speaker or "", v.article, v.form,
              v.sentences[0] if v.sentences else "", v.start, v.end, v.text, names[v.article]]
             for g in quotes.groups for v in g.variants),
        ))
        files.append(_write(
            out, "quote_changes.csv",
            ["quote", "label", "article", "outlet_name", "op", "before", "after", "inside"],
            ([g.id, lab.quotes[g.id], ch.article, names[ch.article], ch.op, ch.before, ch.after, ch.inside]
             for g in quotes.groups for ch in g.changes),
        ))
    ents = c.entities
    if ents is not None:
        files.append(_write(
            out, "entities.csv",
            ["label", "name", "kind", "article", "mentions", "quoted", "sentence", "start", "end", "text",
             "outlet_name"],
            ([lab.entities[e.name], e.name, e.kind, a, p.mentions, p.quoted, x.sentence, x.start, x.end, x.text,
              names[a]] for e in ents.entities for a, p in sorted(e.articles.items()) for x in p.evidence),
        ))
    if c.naming is not None:
        from framing.render.frames import TABLES as FRAME_TABLES
        from framing.render.frames import naming_rows

        files.append(_write(
            out, "naming.csv", [col.name for col in FRAME_TABLES["naming"].columns],
            ([v if v is not None else "" for v in row] for row in naming_rows(
                c, lab.entities, names, lambda column, values: ("; " if column == "loaded" else " ").join(values))),
        ))
    versions = c.versions
    if versions is not None:
        files.append(_write(
            out, "additions.csv",
            ["unit", "article", "kind", "sentence", "start", "end", "text", "lacking", "new_words", "outlet_name"],
            ([lab.units[x.unit], x.article, x.kind, x.span.sentence, x.span.start, x.span.end, x.span.text,
              " ".join(x.lacking), " ".join(x.new), names[x.article]] for x in versions.additions),
        ))
        files.append(_write(
            out, "disagreements.csv",
            ["unit", "kind", "cue", "article_a", "sentence_a", "start_a", "end_a", "text_a",
             "article_b", "sentence_b", "start_b", "end_b", "text_b", "outlet_name_a", "outlet_name_b"],
            ([lab.units[x.unit], x.kind, x.cue, *(v for e in (x.a, x.b)
                                                  for v in (e.article, e.sentence, e.start, e.end, e.text)),
              names[x.a.article], names[x.b.article]]
             for x in versions.contradictions),
        ))
    wording = c.wording
    if wording is not None:
        from framing.comparators.wording import MIN_Z

        files.append(_write(
            out, "distinctive.csv",
            ["article", "outlet_name", "rank", "term", "z", "count", "significant"],
            # as the memo: an article with no distinctive term gets its leaning ones, none significant
            ([a.id, names[a.id], n, t.term, t.score, t.count, t.score >= MIN_Z]
             for a in c.articles
             for n, t in enumerate(wording.distinctive.get(a.id, ()) or wording.leaning.get(a.id, ()), start=1)),
        ))
        files.append(_write(
            out, "loaded.csv",
            ["article", "voice", "speaker", "category", "term", "sentence", "start", "end", "text", "outlet_name"],
            ([a, x.voice, x.speaker or "", x.category, x.term, x.span.sentence, x.span.start, x.span.end,
              x.span.text, names[a]] for a, xs in sorted(wording.loaded.items()) for x in xs),
        ))
        files.append(_write(
            out, "wording_changes.csv",
            ["unit", "label", "article_a", "outlet_name_a", "article_b", "outlet_name_b", "overlap", "truncated",
             "kind", "sentence_a", "start_a", "end_a", "text_a", "sentence_b", "start_b", "end_b", "text_b"],
            ([d.unit, lab.units[d.unit], d.a, names[d.a], d.b, names[d.b], d.overlap, d.truncated, ch.kind,
              *(v for e in (ch.a, ch.b) for v in (e.sentence, e.start, e.end, e.text))]
             for d in wording.differences for ch in d.changes),
        ))
    numbers = c.numbers
    if numbers is not None:
        files.append(_write(
            out, "numbers.csv",
            ["unit", "kind", "status", "article", "sentence", "start", "end", "text", "value", "qualifier",
             "outlet_name"],
            ([lab.units[f.unit], f.kind, f.status, a, x.sentence, x.start, x.end, x.text, x.value,
              x.qualifier or "", names[a]] for f in numbers.findings for a, xs in f.says.items() for x in xs),
        ))
    if read is not None:
        from framing.comparators.readability import METRICS

        files.append(_write(out, "readability.csv", ["article", *METRICS, "outlet_name", "formula"],
                            [[a, *[getattr(r, m) for m in METRICS], names[a], r.formula or ""]
                             for a, r in read.by_article.items()]))
    files.append(_write(out, "method.csv", ["setting", "value"], _method_rows(c)))
    files.append(_write(out, "skipped.csv", ["path", "problem"],
                        ([printable(e.path), printable(e.problem)] for e in c.skipped)))
    return files


def _thread_rows(c: Comparison, names: Mapping[str, str], found: Mapping[str, Sequence[Thread]]
                 ) -> Iterator[list[object]]:
    """One row per thread of every article, most salient first (``rank`` 1; the memo's key
    finding names the first three)."""
    for a in c.articles:
        for n, t in enumerate(found[a.id], start=1):
            first, last = a.sentences[t.sentences[0]], a.sentences[t.sentences[-1]]
            # a thread is a run of consecutive sentences: one range is its evidence
            yield [a.id, names[a.id], n, "; ".join(t.units), " ".join(t.words), t.salience, t.position,
                   " ".join(map(str, t.sentences)), first.start, last.end, "; ".join(t.phrases),
                   a.text[first.start:last.end]]


def _method_rows(c: Comparison) -> Iterator[list[object]]:
    """The memo's Method table, less what other tables hold: boilerplate skipped
    (``articles.csv``; by kind in ``sentences.csv``) and files skipped (``skipped.csv``)."""
    from framing._version import __version__

    yield ["framing_version", __version__]
    yield ["cutoff", c.alignment.cutoff]
    yield ["units", len(c.alignment.units)]
    yield ["shared_units", sum(1 for u in c.alignment.units if len(u.members) > 1)]
    yield ["comparators", " ".join(c.sections)]
