"""``compare``: align 2..N articles and run the comparators on them.

>>> from framing import Article, compare
>>> a = Article.from_text("Troops left Kyiv on Monday. Prices rose sharply in Vilnius.", id="a")
>>> b = Article.from_text("On Monday, troops left Kyiv. Rain fell all day in Riga.", id="b")
>>> c = compare([b, a])
>>> [a.id for a in c.articles]
['a', 'b']
>>> c.sections["coverage"].added["a"], c.sections["coverage"].omitted["a"]
(('a:1',), ('b:1',))
"""

from __future__ import annotations

import dataclasses
import functools
import io
import os
import warnings
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO, TypeVar, cast

from framing._version import __version__
from framing.align.cohesion import check_cutoff
from framing.align.similarity import Scorer
from framing.align.units import UNIT_CUTOFF, Alignment, align
from framing.comparators import ACROSS, COMPARATORS, Section, run
from framing.comparators.speakers import sentence_speakers
from framing.errors import FramingError, LoadError, MetadataError, NotEnoughArticlesError, printable
from framing.extract.lexicon import forget_sentences
from framing.extract.memo import keep, sharing
from framing.io import jsonstream
from framing.io.article import Article
from framing.io.jsonstream import Lazy, plain
from framing.pace import fewer_collections
from framing.render.frames import TABLES as FRAME_TABLES
from framing.render.schema import documented
from framing.text import language as _language

if TYPE_CHECKING:
    from framing.comparators.coverage import Coverage
    from framing.comparators.entities import Entities
    from framing.comparators.naming import Naming
    from framing.comparators.numbers import Numbers
    from framing.comparators.quotes import Quotes
    from framing.comparators.readability import ReadabilitySection
    from framing.comparators.versions import Versions
    from framing.comparators.wording import Wording
    from framing.extract.lexicon import Lexicon
    from framing.findings.derived import Derived
    from framing.io.outlets_file import OutletTable
    from framing.render.html import PageView

__all__ = ["MAX_ARTICLES", "SCHEMA", "Comparison", "compare"]

SCHEMA = "framing.comparison/1"
"""Version tag of the JSON contract (see the README)."""


_Method = TypeVar("_Method", bound=Callable[..., Any])


def _in_language(method: _Method) -> _Method:
    """Run an output method in the comparison's language (:func:`framing.text.language.main_language`):
    what it derives from the text (findings, headline words) is read by that language's rules; with fewer
    garbage collections (:func:`framing.pace.fewer_collections`)."""

    @functools.wraps(method)
    def wrapped(self: Comparison, *args: Any, **kwargs: Any) -> Any:
        with fewer_collections(), _language.using(self.language):
            return method(self, *args, **kwargs)

    return cast("_Method", wrapped)


@dataclass(frozen=True)
class Comparison:
    """The result of :func:`compare`.

    Attributes
    ----------
    articles
        The compared articles, sorted by id, as compared: lines above a story that name nothing
        of the event are flagged furniture here (see :func:`framing.text.furniture.event_heads`).
    alignment
        Their content units.
    sections
        Comparator name -> its frozen result, in report order.
    skipped
        Files that could not be read when the comparison was made from paths
        (reported, never silently lost).
    notes
        What the outputs say about the articles' languages (:func:`framing.text.language.notes`):
        the language each is read in, what is not valid for it; empty when all are English.
    """

    articles: tuple[Article, ...]
    alignment: Alignment
    sections: Mapping[str, Section]
    skipped: tuple[LoadError, ...] = field(default=())
    notes: tuple[str, ...] = field(default=())

    @property
    def language(self) -> str:
        """The language most articles are in: what the comparison's text-level steps read by."""
        return _language.main_language(self.articles)

    @property
    def coverage(self) -> Coverage | None:
        """The coverage section (None if that comparator did not run)."""
        return cast("Coverage | None", self.sections.get("coverage"))

    @property
    def quotes(self) -> Quotes | None:
        """The quotes section (None if that comparator did not run)."""
        return cast("Quotes | None", self.sections.get("quotes"))

    @property
    def entities(self) -> Entities | None:
        """The people-and-sources section (None if that comparator did not run)."""
        return cast("Entities | None", self.sections.get("entities"))

    @property
    def naming(self) -> Naming | None:
        """How each outlet names each entity, and the labels that set outlets apart (None if not run)."""
        return cast("Naming | None", self.sections.get("naming"))

    @property
    def versions(self) -> Versions | None:
        """What each version of a shared unit adds, and where versions disagree (None if not run)."""
        return cast("Versions | None", self.sections.get("versions"))

    @property
    def wording(self) -> Wording | None:
        """The wording section (None if that comparator did not run)."""
        return cast("Wording | None", self.sections.get("wording"))

    @property
    def numbers(self) -> Numbers | None:
        """The numbers section (None if that comparator did not run)."""
        return cast("Numbers | None", self.sections.get("numbers"))

    @property
    def readability(self) -> ReadabilitySection | None:
        """The readability section (None if that comparator did not run)."""
        return cast("ReadabilitySection | None", self.sections.get("readability"))

    @cached_property
    def _derived(self) -> Derived:
        # what every output reads (labels, threads, key findings), made once: kept in the
        # instance's __dict__, which a frozen dataclass without slots still has
        from framing.findings.derived import Derived

        return Derived(self)

    def article(self, id: str) -> Article:
        """The article with this id."""
        for a in self.articles:
            if a.id == id:
                return a
        raise KeyError(id)

    @_in_language
    def to_dict(self) -> dict[str, Any]:
        """Plain-JSON form: the ``framing.comparison/1`` contract."""
        result: dict[str, Any] = plain(self.json_tree())
        return result

    def json_tree(self) -> dict[str, Any]:
        """:meth:`to_dict` with its long lists made as they are written
        (:mod:`framing.io.jsonstream`); what :meth:`write_json` encodes."""
        # Every contract key is present; a comparator that did not run
        # (compare(..., comparators=[...])) gives null.
        sections: dict[str, Any] = {name: None for name in COMPARATORS}
        # a section without json_tree (a hand-made one) is written from to_dict
        sections.update((name, getattr(s, "json_tree", s.to_dict)()) for name, s in self.sections.items())
        readability = sections.pop("readability") or {}
        from framing.findings.derived import of

        derived = of(self)
        lab = derived.labels
        # the memo's labels on what they name: units C#, quotes Q#, people and sources P#
        quotes, entities = self.quotes, self.entities
        if quotes is not None and "quotes" in self.sections:
            sections["quotes"] = Lazy(lambda: ({"label": lab.quotes[g.id], **g.to_dict()} for g in quotes.groups))
        if entities is not None and "entities" in self.sections:
            sections["entities"] = Lazy(
                lambda: ({"label": lab.entities[e.name], **e.to_dict()} for e in entities.entities)
            )

        def article(a: Article) -> dict[str, Any]:
            entry = a.json_tree()
            entry["readability"] = readability.get(a.id)
            return entry

        return {
            "schema": SCHEMA,
            "version": __version__,
            "cutoff": self.alignment.cutoff,
            "articles": Lazy(lambda: map(article, self.articles)),
            "units": Lazy(lambda: (
                {"id": u.id, "label": lab.units[u.id], "members": {k: list(v) for k, v in u.members.items()},
                 "also": {k: list(v) for k, v in u.also.items()}, "score": u.score,
                 "kind": u.kind, "links": [x.to_dict() for x in u.links], "related": list(u.related),
                 "nearest": u.nearest, "near": u.near}
                for u in self.alignment.units
            )),
            "findings": Lazy(lambda: (f.to_dict() for f in derived.findings)),
            **sections,
            "skipped": [{"path": printable(e.path), "problem": printable(e.problem)} for e in self.skipped],
            **({"notes": list(self.notes)} if self.notes else {}),  # languages other than English only
        }

    @_in_language
    def to_markdown(self) -> str:
        """The Markdown report (see :mod:`framing.render.markdown`)."""
        from framing.render.markdown import to_markdown

        return to_markdown(self)

    @_in_language
    def to_html(self, *, outlets: Sequence[str] | None = None) -> str:
        """The HTML page: the articles side by side, coloured, with the memo
        (see :mod:`framing.render.html`). ``outlets``: ids of the articles to set
        side by side (default: all, or the first
        :data:`framing.render.page.MAX_SHOWN` by id when there are more)."""
        from framing.render.html import to_html

        return to_html(self, outlets=outlets)

    @_in_language
    def write_html(self, fh: TextIO, *, outlets: Sequence[str] | None = None) -> None:
        """Write :meth:`to_html`'s page to ``fh`` as it is made (for a large article)."""
        from framing.render.html import write_html

        write_html(self, fh, outlets=outlets)

    @_in_language
    def show(self, *, outlets: Sequence[str] | None = None, height: int = 800) -> PageView:
        """The HTML page for a notebook: shown in a sandboxed iframe ``height`` pixels tall, so
        its styles stay inside (``HTML(comparison.to_html())`` would restyle the notebook);
        ``.html`` is the page itself. ``outlets`` as for :meth:`to_html`."""
        from framing.findings.derived import of
        from framing.render.html import PageView

        return PageView(self.to_html(outlets=outlets), height, f"framing: {of(self).title}"[:200])

    @_in_language
    def _repr_html_(self) -> str:
        """What a notebook shows: the outlets, the key findings and the coverage map (no article text)."""
        from framing.render.html import summary_html

        return summary_html(self)

    @_in_language
    def _repr_markdown_(self) -> str:
        """The memo's head in Markdown: the outlets, headlines and key findings."""
        from framing.render.markdown import summary_markdown

        return summary_markdown(self)

    def __repr__(self) -> str:
        shared = sum(1 for u in self.alignment.units if u.shared)
        return (f"Comparison(articles={[a.id for a in self.articles]!r}, units={len(self.alignment.units)}, "
                f"shared={shared}, sections={list(self.sections)!r}, skipped={len(self.skipped)})")

    @_in_language
    def to_csv(self, folder: str | os.PathLike[str], *, raw: bool = False) -> list[Path]:
        """Write one CSV per table into ``folder``; return the files written. Text cells a
        spreadsheet would run as a formula get a leading ``'`` unless ``raw``
        (see :mod:`framing.render.csv`)."""
        from framing.render.csv import to_csv

        return to_csv(self, folder, raw=raw)

    @documented(FRAME_TABLES.values())
    @_in_language
    def to_frames(self) -> dict[str, Any]:
        """The comparison's tables as typed pandas DataFrames (needs the ``pandas`` extra).

        Table name -> DataFrame, for the tables listed below (those of the
        comparators that ran), in that order. Each has the columns of the CSV
        file of the same name (:meth:`to_csv`) from the same data, typed:
        numbers are numbers, flags booleans, the date a ``datetime64[ns]``,
        what the CSV joins into one cell a Python list, and a missing value
        ``pd.NA`` (``NaT``), never ``""``. A table without rows has the same
        columns and dtypes. See ``docs/frames.md`` and
        :mod:`framing.render.frames`.

        Raises
        ------
        FramingError
            pandas is not installed.
        """
        from framing.render.frames import to_frames

        return to_frames(self)

    @_in_language
    def to_json(self, *, indent: int | None = 2) -> str:
        """The comparison as JSON text (UTF-8 safe, deterministic key order)."""
        out = io.StringIO()
        self.write_json(out, indent=indent)
        return out.getvalue()

    @_in_language
    def write_json(self, fh: TextIO, *, indent: int | None = 2) -> None:
        """Write :meth:`to_json`'s text to ``fh`` as it is made.

        Memory stays near the comparison's own: the JSON of a large article is
        many times its size, and is never held whole.
        """
        jsonstream.write(self.json_tree(), fh, indent=indent)
        fh.write("\n")


def _event_heads(articles: tuple[Article, ...]) -> tuple[Article, ...]:
    """The articles with the lines above each story that name nothing of the event flagged
    (:func:`framing.text.furniture.event_heads`)."""
    from framing.text.furniture import event_heads

    roles = event_heads([[s.text for s in a.sentences] for a in articles],
                        [[s.role for s in a.sentences] for a in articles])
    return tuple(a if all(r == s.role for r, s in zip(rs, a.sentences, strict=True)) else a.with_roles(rs)
                 for a, rs in zip(articles, roles, strict=True))


MAX_ARTICLES = 1000
"""Most articles :func:`compare` takes (one event's outlets; ``bench/many_files.py``: 1,000
four-sentence articles take about 450 MB). More are refused: memory grows with every pair of
articles (10,000 records grew past 4.4 GB); :func:`framing.batch` compares many events,
each in bounded memory."""


def compare(
    articles: Iterable[Article],
    *,
    cutoff: float = UNIT_CUTOFF,
    comparators: Sequence[str] | None = None,
    scorer: Scorer | None = None,
    skipped: Sequence[LoadError] = (),
    progress: Callable[[str], object] | None = None,
    outlets: str | os.PathLike[str] | OutletTable | None = None,
    max_articles: int | None = MAX_ARTICLES,
    lexicon: Lexicon | str | os.PathLike[str] | None = None,
    language: str | None = None,
) -> Comparison:
    """Compare how 2..N articles cover one event.

    Parameters
    ----------
    articles
        The articles, in any order (the result does not depend on it).
    cutoff
        Unit cohesion cut-off for the aligner, 0-100 (see :data:`framing.align.units.UNIT_CUTOFF`).
    comparators
        Names of the comparators to run (default: all, see
        :data:`framing.comparators.COMPARATORS`).
    scorer
        Optional sentence scorer ``(str, str) -> float`` on 0-100.
    skipped
        Files that failed to load, carried into the reports.
    outlets
        An outlets file (or its :class:`~framing.io.outlets_file.OutletTable`): each
        article's outlet is named, and described (``outlet_info``), by the first
        row that matches it.
    lexicon
        What makes a word loaded, for the wording and naming sections: a
        :class:`~framing.extract.lexicon.Lexicon` or a lexicon file (one
        ``category<TAB>term`` a line, see :func:`framing.extract.lexicon.load_lexicon`).
        It replaces the shipped :data:`~framing.extract.lexicon.DEFAULT_LEXICON`; to extend
        that, pass ``DEFAULT_LEXICON.merged(load_lexicon(path))``.
    progress
        Called with a short line as each stage starts ("aligning 27 sentences",
        "quotes", ...): what the command line shows on a terminal.
    max_articles
        Refuse more articles than this (default :data:`MAX_ARTICLES`; None: no cap).
    language
        ISO 639-1 code every article is compared in, instead of each one's own
        (``Article.language``, detected when read). Sentences stay as they were split
        when read: to split them by this language too, pass it to :func:`framing.load`.
        Articles in several languages are aligned only within one language, unless
        ``scorer`` is a :class:`framing.text.language.Multilingual` scorer; an unsupported
        language is compared with English rules. Both give one
        :class:`framing.text.language.LanguageWarning` line and a note in every output
        (:attr:`Comparison.notes`).

    Raises
    ------
    NotEnoughArticlesError
        Fewer than 2 articles.
    FramingError
        More than ``max_articles`` articles (many events are :func:`framing.batch`'s work).
    MetadataError
        Two articles share an id, a comparator name is unknown, or ``cutoff`` is not a
        number from 0 to 100.
    LoadError
        The lexicon file cannot be read or has a malformed line.
    """
    cutoff = check_cutoff(cutoff)  # before anything is read or run
    if outlets is not None:
        from framing.io.outlets_file import read_outlets

        table = read_outlets(outlets) if isinstance(outlets, (str, os.PathLike)) else outlets
        articles = table.apply(articles)
    ordered = tuple(sorted(articles, key=lambda a: a.id))
    if len(ordered) < 2:
        raise NotEnoughArticlesError(f"compare needs at least 2 articles (got {len(ordered)})")
    if max_articles is not None and len(ordered) > max_articles:
        raise FramingError(
            f"compare takes at most {max_articles:,} articles, one event's (got {len(ordered):,}): its memory "
            f"grows with every pair; for many events use framing batch (a folder per event, or JSON Lines "
            f"records with an \"event\" key)")
    ids = [a.id for a in ordered]
    duplicates = sorted(i for i, n in Counter(ids).items() if n > 1)
    if duplicates:
        raise MetadataError(f"article ids must be unique (repeated: {', '.join(duplicates)})")
    chosen = list(COMPARATORS) if comparators is None else list(dict.fromkeys(comparators))
    unknown = [c for c in chosen if c not in COMPARATORS]
    if unknown:
        raise MetadataError(
            f"unknown comparator {unknown[0]!r} (known: {', '.join(COMPARATORS)})"
        )
    if isinstance(lexicon, (str, os.PathLike)):
        from framing.extract.lexicon import load_lexicon

        lexicon = load_lexicon(lexicon)
    if language is not None:
        code = _language.check(language)
        ordered = tuple(a if a.language == code else dataclasses.replace(a, language=code) for a in ordered)
    ordered = _event_heads(ordered)
    warned, noted = _language.notes(ordered, scorer)
    for line in warned:
        warnings.warn(line, _language.LanguageWarning, stacklevel=2)
    say = progress or (lambda _line: None)
    say(f"aligning {sum(len(a.body) for a in ordered):,} sentences")
    # fewer collections: the steps below make many small containers (framing.pace)
    with fewer_collections(), _language.using(_language.main_language(ordered)):  # (Comparison.language)
        sections = {}
        with sharing():  # work two comparators need is made once
            # who each sentence quotes: the alignment keeps two people's words apart; the quotes and
            # the people registry it reads are the ones the comparators read
            speakers = sentence_speakers(ordered)
            keep(ACROSS)  # the registry's per-sentence work goes before the alignment's is made
            alignment = align(ordered, cutoff=cutoff, scorer=scorer, speakers=speakers)
            del speakers
            for name in COMPARATORS:
                if name in chosen:
                    say(name)
                    sections[name] = run(COMPARATORS[name], ordered, alignment, lexicon=lexicon)
                    keep(ACROSS)  # the per-sentence work goes with the comparator that made it
        forget_sentences()  # the outputs read no sentence's tokens
    return Comparison(ordered, alignment, sections, tuple(skipped), noted)
