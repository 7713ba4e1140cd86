"""A comparison's tables as typed pandas DataFrames (:meth:`framing.Comparison.to_frames`).

:data:`TABLES`
    Every table's declaration (:class:`~framing.render.schema.Table`): its
    columns, their dtypes and what they mean, in the order ``to_frames``
    gives them. ``docs/frames.md`` and the ``to_frames`` docstring are made
    from it.
:func:`to_frames`
    The tables of one comparison.

Each table has the columns of the CSV file of the same name
(:mod:`framing.render.csv`), in the same order, made from the same data, but
typed: counts and offsets are integers, scores floats, flags booleans, the
article's date a ``datetime64[ns]``, a missing value ``pd.NA`` (``NaT``)
instead of an empty cell, and what the CSV joins into one cell (labels,
words, sentence numbers, evidence) a Python list. A table whose comparator
did not run is absent, as its file is; a table with no rows has the columns
and dtypes of a full one.

>>> from framing import Article, compare
>>> a = Article.from_text("Storm hits Riga\\nTrees fell in Riga on Monday.", id="a", outlet="A")
>>> b = Article.from_text("Riga schools shut\\nOn Monday, trees fell in Riga. Schools shut.", id="b", outlet="B")
>>> frames = to_frames(compare([a, b]))
>>> frames["coverage"][["unit", "article", "status", "position", "lede"]].tail(2)
  unit article   status  position  lede
2  b:2       a  omitted      <NA>  <NA>
3  b:2       b    added       1.0  True
>>> frames["coverage"]["position"].dtype, frames["threads"]["sentences"][0]
(Float64Dtype(), [2])
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from framing.comparators.readability import METRICS
from framing.errors import printable
from framing.io.evidence import Evidence
from framing.render.schema import (
    BOOL,
    BOOL_NA,
    DATE,
    FLOAT,
    FLOAT_NA,
    INT,
    INT_NA,
    LIST_DICT,
    LIST_INT,
    LIST_STR,
    OBJECT,
    STRING,
    Column,
    Table,
    frame,
)

if TYPE_CHECKING:
    from framing.compare import Comparison
    from framing.findings.threads import Thread

__all__ = ["METRIC_MEANINGS", "TABLES", "naming_rows", "to_frames"]


def _table(name: str, meaning: str, *columns: Column | tuple[str, str, str]) -> Table:
    return Table(name, meaning, tuple(c if isinstance(c, Column) else Column(*c) for c in columns))


ARTICLE = Column("article", STRING, "The article's id (``articles.id``).")
OUTLET_NAME = Column("outlet_name", STRING, "The name the memo gives the article's outlet: its outlet, or its "
                                            "id when unknown; ``outlet (id)`` when outlets repeat.")
UNIT_LABEL = Column("unit", STRING, "The content unit's label (``C7``, as in the memo; ``units.label``).")


def _span(suffix: str = "", whose: str = "the words") -> tuple[Column, ...]:
    """Evidence columns: where ``whose`` are in the article (``text[start:end] == text`` column)."""
    return (
        Column(f"sentence{suffix}", INT, f"Index of the sentence {whose} are in (``sentences.index``)."),
        Column(f"start{suffix}", INT, f"Offset of {whose} in the article's text."),
        Column(f"end{suffix}", INT, f"Offset where {whose} end: ``text[start:end]`` is the ``text`` column."),
        Column(f"text{suffix}", STRING, f"{whose[0].upper()}{whose[1:]} as written."),
    )


METRIC_MEANINGS = {
    "flesch_reading_ease": "Flesch Reading Ease: higher is easier (60-70 plain English, below 30 very difficult).",
    "flesch_kincaid_grade": "Flesch-Kincaid grade level: the US school grade needed to follow the text.",
    "gunning_fog": "Gunning fog index (a US grade level).",
    "smog_index": "SMOG grade (a US grade level; rough for short texts).",
    "coleman_liau_index": "Coleman-Liau index (a US grade level).",
    "automated_readability_index": "Automated Readability Index (a US grade level).",
    "dale_chall_readability_score": "Dale-Chall score: 4.9 or below is easy for a 4th-grader, 9-9.9 college level.",
    "words": "Words of the body text.",
    "sentences": "Sentences of the body (its content sentences).",
    "mean_sentence_length": "Words per sentence.",
}
"""What each readability metric is (:class:`framing.extract.readability.Readability` defines them)."""

_COUNTS = {"words", "sentences"}  # the metrics that are counts: never missing

TABLES: dict[str, Table] = {t.name: t for t in (
    _table(
        "findings", "The memo's key findings, one row per finding, in memo order.",
        ("label", STRING, "The finding's label: ``F1``, ``F2``, ..."),
        ("kind", STRING, "What it finds: ``exclusive``, ``headline``, ``shared_quote``, ``conflicting_figures``, "
                         "... (:mod:`framing.findings.model`)."),
        ("text", STRING, "The finding's sentence, as the memo says it (plain text)."),
        ("refs", LIST_STR, "Labels of the units, quotes and people it refers to (``C3``, ``Q1``, ``P2``)."),
        ("articles", LIST_STR, "Ids of the articles it is about."),
        ("evidence", LIST_DICT, "The words it rests on: one dict per span, with keys ``article``, ``sentence``, "
                                "``start``, ``end``, ``text``."),
        ("outlet_names", LIST_STR, "The memo's names of the articles' outlets, in ``articles`` order."),
    ),
    _table(
        "articles", "The articles (the memo's header), one row per article, in id order.",
        ("id", STRING, "The article's id."),
        ("outlet", STRING, "Its outlet as read or given (NA when unknown)."),
        ("title", STRING, "Its headline (NA when it has none)."),
        ("date", DATE, "Its publication day (NaT when unknown)."),
        ("url", STRING, "Its address (NA when unknown)."),
        ("path", STRING, "The file it was read from (NA when made from text)."),
        ("sentences", INT, "All its sentences, boilerplate and title included."),
        OUTLET_NAME,
        ("words", INT, "Words of its content sentences (readability's count when that ran)."),
        ("content_sentences", INT, "Its content sentences: neither boilerplate nor the title."),
        ("boilerplate", INT, "Its boilerplate sentences (bylines, captions, ...), which the comparison skips."),
        ("language", STRING, "ISO 639-1 code of the language it is read in, detected or given (docs/languages.md)."),
    ),
    _table(
        "headlines", "Each article's headline and the words of it no other outlet's text uses (none when fewer "
                     "than two articles have a headline).",
        ARTICLE, OUTLET_NAME,
        ("headline", STRING, "The headline."),
        ("words", LIST_STR, "Its words no other article uses, as written."),
        ("sentence", INT_NA, "Index of its title sentence (NA for a headline given as metadata only)."),
        ("start", INT_NA, "Offset of the title sentence in the article's text (NA as ``sentence``)."),
        ("end", INT_NA, "Offset where the title sentence ends (NA as ``sentence``)."),
    ),
    _table(
        "sentences", "Every sentence of every article, in article and reading order.",
        ARTICLE,
        ("index", INT, "The sentence's index in its article (0 first)."),
        ("paragraph", INT, "Index of its paragraph."),
        ("start", INT, "Offset of the sentence in the article's text."),
        ("end", INT, "Offset where it ends: ``text[start:end]`` is the ``text`` column."),
        ("role", STRING, "``body``, ``title``, ``heading`` or a boilerplate role (``byline``, ``caption``, ...)."),
        ("boilerplate", BOOL, "Whether it is boilerplate (skipped by the comparison)."),
        ("text", STRING, "The sentence as written."),
        OUTLET_NAME,
    ),
    _table(
        "units", "Content units and their members: one row per unit and member sentence, and one per "
                 "sentence of another unit that states this unit's fact as well (``also``).",
        ("unit", STRING, "The unit's id, ``<article id>:<sentence index>`` of its first member."),
        ("label", STRING, "The unit's label in the memo (``C7``)."),
        ("score", FLOAT, "Cohesion, 0-100: the mean link score between its members of different articles "
                         "(0.0 for content of one article)."),
        ("kind", STRING, "``restates`` or ``overlaps`` for a unit of several articles; NA for one of one article."),
        ARTICLE, *_span(whose="the member sentence's words")[:3],
        ("text", STRING, "The member sentence as written."),
        OUTLET_NAME,
        ("also", BOOL, "Whether the sentence belongs to another unit and states this one's fact as well (a "
                       "sentence stating several facts; ``framing.align.units.Unit.also``)."),
    ),
    _table(
        "coverage", "Where every unit sits in every article: one row per unit and article (the memo's "
                    "Coverage appendix; ``added`` and ``omitted`` rows are what each outlet alone reports "
                    "and lacks).",
        ("unit", STRING, "The unit's id (``units.unit``)."),
        ARTICLE,
        ("status", STRING, "``shared`` (it and another article carry the unit), ``added`` (only it carries "
                           "the unit) or ``omitted`` (it lacks the unit)."),
        ("position", FLOAT_NA, "Where the unit's first sentence sits among the article's content sentences: "
                               "0.0 top, 1.0 bottom (NA when omitted)."),
        ("lede", BOOL_NA, "Whether the unit is in the article's lede (NA when omitted)."),
        ("words", INT_NA, "Words the article spends on the unit (NA when omitted)."),
        ("label", STRING, "The unit's label in the memo (``C7``)."),
        OUTLET_NAME,
    ),
    _table(
        "threads", "What each outlet alone reports, as threads of neighbouring sentences "
                   "(:func:`framing.findings.threads.threads`), most salient first per article.",
        ARTICLE, OUTLET_NAME,
        ("rank", INT, "1 for the article's most salient thread (the memo's key finding names the first three)."),
        ("labels", LIST_STR, "Labels of its units (``C7``)."),
        ("words", LIST_STR, "The words that name it, most its own first."),
        ("salience", FLOAT, "Its sentences, plus half a point per figure and per capitalised name, plus one "
                            "per quote."),
        ("position", FLOAT, "Where it sits in the article: 0.0 top, 1.0 bottom."),
        ("sentences", LIST_INT, "Indices of its sentences (consecutive)."),
        ("start", INT, "Offset of its first sentence in the article's text."),
        ("end", INT, "Offset where its last sentence ends: ``text[start:end]`` is the ``text`` column."),
        ("phrases", LIST_STR, "Short phrases it sets in quotation marks (what it stresses)."),
        ("text", STRING, "Its sentences as written."),
    ),
    _table(
        "quotes", "Quotes: one row per quote group and version (an outlet's quoting of the statement).",
        ("quote", STRING, "The quote group's id (``q1``)."),
        ("label", STRING, "Its label in the memo (``Q1``)."),
        ("status", STRING, "``exact``, ``excerpt``, ``altered``, ``paraphrased`` or ``single`` "
                           "(:mod:`framing.comparators.quotes`)."),
        ("speaker", STRING, "Who is quoted (NA when unknown)."),
        ARTICLE,
        ("form", STRING, "``marks`` or ``dash`` (a direct quote) or ``indirect`` (reported without "
                         "quotation marks)."),
        ("sentence", INT_NA, "Index of the first sentence the version spans (NA when it spans none)."),
        ("start", INT, "Offset of the version in the article's text."),
        ("end", INT, "Offset where it ends: ``text[start:end]`` is the ``text`` column."),
        ("text", STRING, "The version as written."),
        OUTLET_NAME,
    ),
    _table(
        "quote_changes", "The changed words of altered and excerpted quotes: one row per change against the "
                         "group's reference version.",
        ("quote", STRING, "The quote group's id (``quotes.quote``)."),
        ("label", STRING, "Its label in the memo (``Q1``)."),
        ARTICLE, OUTLET_NAME,
        ("op", STRING, "``replace``, ``insert`` (its version has words the reference lacks), ``delete`` "
                       "(it lacks words the reference has) or ``move`` (it has the reference's words in another "
                       "place)."),
        ("before", STRING, "The reference's words."),
        ("after", STRING, "This version's words."),
        ("inside", BOOL, "Whether the change falls inside the reference's words, not at either end."),
    ),
    _table(
        "entities", "People and sources: one row per entity, article and mention.",
        ("label", STRING, "The entity's label in the memo (``P3``)."),
        ("name", STRING, "Its display name (the gazetteer's, else the fullest, most frequent spelling)."),
        ("kind", STRING, "``person``, ``organisation``, ``place``, ``media/source`` or ``other``."),
        ARTICLE,
        ("mentions", INT, "Times the article mentions it."),
        ("quoted", BOOL, "Whether the article quotes it."),
        *_span(whose="the mention's words"),
        OUTLET_NAME,
    ),
    _table(
        "naming", "How each outlet names each entity: one row per entity, outlet and label (name as spelt, title, "
                  "descriptor or predicate) in one voice, with its first use (:mod:`framing.comparators.naming`).",
        ("label", STRING, "The entity's label in the memo (``P3``; ``entities.label``), NA for one the people "
                          "section does not list."),
        ("entity", STRING, "The entity's name."),
        ARTICLE,
        ("kind", STRING, "``name`` (as spelt), ``title``, ``descriptor`` (a modifier or appositive) or "
                         "``predicate`` (what it is or was)."),
        ("as_written", STRING, "The label as first written, without determiner or distancing word."),
        ("key", STRING, "What labels are compared on (a name as written; otherwise lower case)."),
        ("voice", STRING, "``own``, ``distanced`` (so-called, scare quotes, dubbed), ``reported`` (indirect "
                          "speech) or ``quote``."),
        ("marker", STRING, "What distances it (``so-called``, ``quotation marks``, ...), NA otherwise."),
        ("speaker", STRING, "Who is quoted, for ``quote`` (NA otherwise or when unknown)."),
        ("count", INT, "Times the article uses it so."),
        ("loaded", LIST_STR, "Lexicon terms it holds, ``category:term``."),
        ("new_words", LIST_STR, "Its words no other outlet naming the entity uses for it (a spelling: itself)."),
        ("contrast", BOOL, "Whether it is part of a contrast (the memo's naming table)."),
        *_span(whose="the label's first use"),
        OUTLET_NAME,
    ),
    _table(
        "additions", "What each version of a shared unit adds: one row per added clause "
                     "(:mod:`framing.comparators.versions`).",
        UNIT_LABEL, ARTICLE,
        ("kind", STRING, "``detail`` (words another version lacks) or ``attribution`` (a source another "
                         "version does not name)."),
        *_span(whose="the added words"),
        ("lacking", LIST_STR, "Ids of the other articles carrying the unit whose versions lack it (sorted)."),
        ("new_words", LIST_STR, "Its words no lacking article uses anywhere, as written, each once."),
        OUTLET_NAME,
    ),
    _table(
        "disagreements", "Versions that may disagree: one row per pair of clauses that one negates or "
                         "reverses in the other.",
        UNIT_LABEL,
        ("kind", STRING, "How they disagree: ``negation`` or ``opposite``."),
        ("cue", STRING, "The cue words: the negation (``not``) or the opposite pair (``fall / rise``)."),
        Column("article_a", STRING, "The first version's article id."), *_span("_a", "version a's words"),
        Column("article_b", STRING, "The second version's article id."), *_span("_b", "version b's words"),
        Column("outlet_name_a", STRING, "The memo's name of ``article_a``'s outlet."),
        Column("outlet_name_b", STRING, "The memo's name of ``article_b``'s outlet."),
    ),
    _table(
        "distinctive", "Distinctive terms per article (the memo's Wording), most distinctive first; an article "
                       "with none gets its leaning terms, none significant.",
        ARTICLE, OUTLET_NAME,
        ("rank", INT, "1 for the article's most distinctive term."),
        ("term", STRING, "The term (a word or phrase)."),
        ("z", FLOAT, "Log-odds z-score against the other articles."),
        ("count", INT, "Times the article uses it."),
        ("significant", BOOL, "Whether ``z`` reaches :data:`framing.comparators.wording.MIN_Z`."),
    ),
    _table(
        "loaded", "Loaded and hedging terms: one row per use, the outlet's own words before quoted ones.",
        ARTICLE,
        ("voice", STRING, "``outlet`` (its own words) or ``quote`` (inside a direct quote)."),
        ("speaker", STRING, "Who is quoted, for a quoted term (NA otherwise or when unknown)."),
        ("category", STRING, "The lexicon's category (``loaded``, ``hedging``, ``intensifier``, ...)."),
        ("term", STRING, "The term as the lexicon lists it."),
        *_span(whose="the term's words"),
        OUTLET_NAME,
    ),
    _table(
        "wording_changes", "Word-level changes between two versions of a shared unit (the Appendix): one row "
                           "per change.",
        ("unit", STRING, "The unit's id (``units.unit``)."),
        ("label", STRING, "The unit's label in the memo (``C7``)."),
        Column("article_a", STRING, "Version a's article id."),
        Column("outlet_name_a", STRING, "The memo's name of ``article_a``'s outlet."),
        Column("article_b", STRING, "Version b's article id."),
        Column("outlet_name_b", STRING, "The memo's name of ``article_b``'s outlet."),
        ("overlap", FLOAT, "Share of the two versions' words in common, 0-100 (low: a paraphrase, where "
                           "word-level changes say little)."),
        ("truncated", BOOL, "Whether a version was too long to compare whole and was cut."),
        ("kind", STRING, "``replaced``, ``a_only``, ``b_only`` or ``moved``."),
        *_span("_a", "version a's words"), *_span("_b", "version b's words"),
    ),
    _table(
        "numbers", "Figures that disagree: one row per finding, article and figure it states.",
        UNIT_LABEL,
        ("kind", STRING, "The kind of figure (``number``, ``percent``, ``date``, ...; "
                         ":data:`framing.text.numbers.KINDS`)."),
        ("status", STRING, "``conflicting`` (two values of one quantity) or ``missing`` (left out of what another "
                           "outlet tells too)."),
        ARTICLE, *_span(whose="the figure's words"),
        ("value", STRING, "The figure's value, normalised: a plain decimal (``2500000000``, ``2.5``), ``N/M`` "
                          "for a ratio, ``MM-DD`` for a date, ..."),
        ("qualifier", STRING, "The currency of an amount (``USD``) or the year of a date (NA when the text "
                              "does not say)."),
        OUTLET_NAME,
    ),
    _table(
        "readability", "Readability of each article's body text (:class:`framing.extract.readability.Readability`); "
                       "a formula's value is NA for a text without words.",
        ARTICLE,
        *(Column(m, INT if m in _COUNTS else FLOAT_NA, METRIC_MEANINGS[m]) for m in METRICS),
        OUTLET_NAME,
        Column("formula", STRING, "For a language other than English, the formula behind "
                                  "``flesch_reading_ease`` (Amstad for German, ...); NA for English "
                                  "(docs/languages.md)."),
    ),
    _table(
        "method", "The method's settings, one row each: ``framing_version`` (str), ``cutoff`` (float), "
                  "``units`` and ``shared_units`` (int), ``comparators`` (list of str).",
        ("setting", STRING, "The setting's name."),
        ("value", OBJECT, "Its value, as a Python value of the type named above."),
    ),
    _table(
        "skipped", "Files that could not be read, one row each.",
        ("path", STRING, "The file."),
        ("problem", STRING, "Why it was skipped."),
    ),
)}
"""Every table :func:`to_frames` can give, in order; the CSV file ``<name>.csv`` has the same columns."""


def to_frames(comparison: Comparison) -> dict[str, Any]:
    """The comparison's tables as DataFrames (see the module docstring), in :data:`TABLES` order.

    Raises
    ------
    FramingError
        pandas is not installed.
    """
    return {name: frame(TABLES[name], rows) for name, rows in _rows(comparison).items()}


def _rows(comparison: Comparison) -> dict[str, Iterable[Sequence[object]]]:
    """Each table's rows (None for a missing value), for the sections that ran; as
    :func:`framing.render.csv._tables` makes the CSV files' (same order, same data)."""
    from framing.findings.derived import of

    c = comparison
    by_id = {a.id: a for a in c.articles}
    d = of(c)  # made once for every output
    lab, names, contrast, found = d.labels, d.names, d.contrast, d.threads
    read = c.readability

    def article_rows() -> Iterator[list[object]]:
        for a in c.articles:
            words = read.by_article[a.id].words if read is not None else sum(len(s.text.split()) for s in a.body)
            yield [a.id, a.outlet or None, a.title or None, a.date or None, a.url or None, a.path or None,
                   len(a.sentences), names[a.id], words, len(a.body), sum(1 for s in a.sentences if s.boilerplate),
                   a.language]

    def headline_rows() -> Iterator[list[object]]:
        for a, words in contrast:
            title = next((s for s in a.sentences if s.role == "title"), None)
            yield [a.id, names[a.id], a.title, list(words),
                   *((None, None, None) if title is None else (title.index, title.start, title.end))]

    tables: dict[str, Iterable[Sequence[object]]] = {
        # Evidence.to_dict, not a quote's or a figure's own: every dict of the column has the same keys
        "findings": ([f.label, f.kind, f.text, list(f.refs), list(f.articles),
                      [Evidence.to_dict(e) for e in f.evidence], [names[a] for a in f.articles]]
                     for f in d.findings),
        "articles": article_rows(),
        "headlines": headline_rows(),
        "sentences": ([a.id, s.index, s.paragraph, s.start, s.end, s.role, s.boilerplate, s.text, names[a.id]]
                      for a in c.articles for s in a.sentences),
        "units": ([u.id, lab.units[u.id], u.score, u.kind, art, i, by_id[art].sentences[i].start,
                   by_id[art].sentences[i].end, by_id[art].sentences[i].text, names[art], also]
                  for u in c.alignment.units for also, held in ((False, u.members), (True, u.also))
                  for art, idx in held.items() for i in idx),
    }
    cov = c.coverage
    if cov is not None:
        added = {a: set(units) for a, units in cov.added.items()}
        tables["coverage"] = (
            [unit, a.id, ("added" if unit in added[a.id] else "shared") if p else "omitted",
             *((None, None, None) if p is None else (p.position, p.lede, p.words)), lab.units[unit], names[a.id]]
            for unit, placed in cov.placements.items() for a in c.articles for p in (placed.get(a.id),))
        tables["threads"] = _thread_rows(c, names, found)
    quotes = c.quotes
    if quotes is not None:
        tables["quotes"] = ([g.id, lab.quotes[g.id], g.status, g.speaker or None, v.article, v.form,
                             v.sentences[0] if v.sentences else None, v.start, v.end, v.text, names[v.article]]
                            for g in quotes.groups for v in g.variants)
        tables["quote_changes"] = ([g.id, lab.quotes[g.id], ch.article, names[ch.article], ch.op, ch.before,
                                    ch.after, ch.inside] for g in quotes.groups for ch in g.changes)
    ents = c.entities
    if ents is not None:
        tables["entities"] = ([lab.entities[e.name], e.name, e.kind, a, p.mentions, p.quoted, x.sentence, x.start,
                               x.end, x.text, names[a]]
                              for e in ents.entities for a, p in sorted(e.articles.items()) for x in p.evidence)
    naming = c.naming
    if naming is not None:
        tables["naming"] = naming_rows(c, lab.entities, names, lambda _column, values: list(values))
    versions = c.versions
    if versions is not None:
        tables["additions"] = ([lab.units[x.unit], x.article, x.kind, x.span.sentence, x.span.start, x.span.end,
                                x.span.text, list(x.lacking), list(x.new), names[x.article]]
                               for x in versions.additions)
        tables["disagreements"] = ([lab.units[x.unit], x.kind, x.cue,
                                    *(v for e in (x.a, x.b) for v in (e.article, e.sentence, e.start, e.end, e.text)),
                                    names[x.a.article], names[x.b.article]] for x in versions.contradictions)
    wording = c.wording
    if wording is not None:
        from framing.comparators.wording import MIN_Z

        tables["distinctive"] = (
            [a.id, names[a.id], n, t.term, t.score, t.count, t.score >= MIN_Z]
            for a in c.articles
            for n, t in enumerate(wording.distinctive.get(a.id, ()) or wording.leaning.get(a.id, ()), start=1))
        tables["loaded"] = ([a, x.voice, x.speaker or None, x.category, x.term, x.span.sentence, x.span.start,
                             x.span.end, x.span.text, names[a]]
                            for a, xs in sorted(wording.loaded.items()) for x in xs)
        tables["wording_changes"] = (
            [d.unit, lab.units[d.unit], d.a, names[d.a], d.b, names[d.b], d.overlap, d.truncated, ch.kind,
             *(v for e in (ch.a, ch.b) for v in (e.sentence, e.start, e.end, e.text))]
            for d in wording.differences for ch in d.changes)
    numbers = c.numbers
    if numbers is not None:
        tables["numbers"] = ([lab.units[f.unit], f.kind, f.status, a, x.sentence, x.start, x.end, x.text, x.value,
                              x.qualifier or None, names[a]]
                             for f in numbers.findings for a, xs in f.says.items() for x in xs)
    if read is not None:
        tables["readability"] = ([a, *[getattr(r, m) for m in METRICS], names[a], r.formula]
                                 for a, r in read.by_article.items())
    tables["method"] = _method_rows(c)
    tables["skipped"] = ([printable(e.path), printable(e.problem)] for e in c.skipped)
    return tables


def naming_rows(c: Comparison, elabel: Mapping[str, str], names: Mapping[str, str],
                joined: Any) -> Iterator[list[object]]:
    """The ``naming`` table's rows; ``joined(column, values)`` makes a list cell (a list for frames, joined text
    for CSV)."""
    naming = c.naming
    if naming is None:
        return
    in_contrast = {(u.entity, u.article, u.kind, u.key, u.voice, u.marker, u.speaker)
                   for x in naming.contrasts for u in x.usages}
    for u in naming.usages:
        e = u.evidence[0]
        yield [elabel.get(u.entity), u.entity, u.article, u.kind, u.label, u.key, u.voice, u.marker, u.speaker,
               u.count, joined("loaded", u.loaded), joined("new_words", u.new),
               (u.entity, u.article, u.kind, u.key, u.voice, u.marker, u.speaker) in in_contrast,
               e.sentence, e.start, e.end, e.text, names[u.article]]


def _thread_rows(c: Comparison, names: Mapping[str, str], found: Mapping[str, Sequence[Thread]]
                 ) -> Iterator[list[object]]:
    for a in c.articles:
        for n, t in enumerate(found[a.id], start=1):
            first, last = a.sentences[t.sentences[0]], a.sentences[t.sentences[-1]]
            yield [a.id, names[a.id], n, list(t.units), list(t.words), t.salience, t.position, list(t.sentences),
                   first.start, last.end, list(t.phrases), a.text[first.start:last.end]]


def _method_rows(c: Comparison) -> list[list[object]]:
    from framing._version import __version__

    return [
        ["framing_version", __version__],
        ["cutoff", c.alignment.cutoff],
        ["units", len(c.alignment.units)],
        ["shared_units", sum(1 for u in c.alignment.units if len(u.members) > 1)],
        ["comparators", list(c.sections)],
    ]
