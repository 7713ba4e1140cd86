"""The ``framing`` command: a thin mirror of the Python API.

Each command parses its arguments, calls one public function and formats the
result. A :class:`~framing.errors.FramingError` becomes one ``Error: ...``
line on stderr and exit code 1, never a traceback; usage errors exit with 2.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import click

from framing._version import __version__
from framing.align.cohesion import UNIT_CUTOFF, check_cutoff
from framing.cli_output import (
    check_target,
    default_target,
    event_slug,
    output_format,
    reports_folder,
    to_stdout,
    write_output,
)
from framing.comparators import COMPARATORS

if TYPE_CHECKING:
    from framing.extract.lexicon import Lexicon

# Everything else (the aligner, nupunkt, trafilatura, ...) is imported inside
# the command that needs it, so `--help` and `inspect` do not pay for `compare`
# (tests/test_startup.py checks what `--help` imports).


class _Group(click.Group):
    """A group that turns any FramingError into one ``Error: ...`` line, exit 1."""

    def invoke(self, ctx: click.Context) -> object:
        from framing.errors import FramingError, printable

        try:
            return super().invoke(ctx)
        except FramingError as exc:
            raise click.ClickException(printable(str(exc))) from None
        except click.ClickException as exc:  # paths in framing's own messages: one printable line
            if type(exc) is click.ClickException and printable(exc.message) != exc.message:
                raise click.ClickException(printable(exc.message)) from None
            raise


@click.group(
    cls=_Group,
    context_settings={"help_option_names": ["-h", "--help"]},
    epilog="""\b
Examples:
  framing compare seeds/ -o /tmp/seeds.md
  cat seeds/003_b0b2997cfc93b2b5.txt | framing compare seeds/000_24b190d1714be1b8.txt - -o -
  framing align seeds/000_24b190d1714be1b8.txt seeds/003_b0b2997cfc93b2b5.txt
  framing batch examples/corpus -o /tmp/framing-batch
  framing inspect seeds/ -o /tmp/seeds-inspect.json
""",
)
@click.version_option(__version__, "--version", "-V", prog_name="framing")
def cli() -> None:
    """Show how different news outlets cover the same event."""


@cli.command(
    epilog="""\b
Examples:
  cat seeds/003_b0b2997cfc93b2b5.txt | framing inspect -
  framing inspect seeds/ -o /tmp/seeds-inspect.md
"""
)
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option(
    "--format", "fmt", type=click.Choice(["md", "json"], case_sensitive=False), default=None,
    help="md (Markdown tables) or json, in any case. Default: from the -o suffix (.json: json), else md.",
)
@click.option(
    "-o", "--output", default="-", show_default=True, metavar="PATH|-",
    help="Where to write the report ('-' is stdout); its suffix picks the format unless --format is given.",
)
def inspect(paths: tuple[str, ...], fmt: str | None, output: str) -> None:
    """Read FILE|DIR|-... and show each article's metadata and sentence table.

    '-' reads one article from standard input (HTML, JSON or text, told by
    its content), with the id 'stdin'.

    Sentences come with their paragraph, role (body, title, or a boilerplate
    role such as caption or related), and character offsets into the text.
    Unreadable files are named on stderr, one line each; the others are shown.
    """
    from framing.render.inspect import inspect_json, inspect_markdown

    fmt = output_format(fmt, output, ("md", "json"))
    articles, skipped = _load(paths)
    if articles:
        render = inspect_json if fmt == "json" else inspect_markdown
        write_output(render(articles, skipped), output, _files(paths))
    if skipped:
        sys.exit(1)


STDIN = "stdin"
"""The id of the article read from standard input (``-``); ``stdin-2``, ... if a file took it."""


def _load(paths: Sequence[str], follow_links: bool = False) -> tuple[list[Any], list[Any]]:
    """Load files, and standard input for ``-``, naming each unreadable one on stderr (one line each)."""
    from framing.errors import LoadError
    from framing.io.load import load_all

    skipped: list[LoadError] = []

    def report(error: LoadError) -> None:
        skipped.append(error)
        click.echo(f"Error: {error}", err=True)

    raw = _read_stdin(paths)
    _progress(f"reading {len(paths)} path{'s' if len(paths) != 1 else ''}")
    articles = load_all(*_files(paths), on_error=report, follow_links=follow_links)
    if raw is not None:
        from framing.io.load import load_bytes

        taken = {a.id for a in articles}
        ident = next(i for i in (STDIN if n == 1 else f"{STDIN}-{n}" for n in range(1, len(taken) + 2))
                     if i not in taken)
        try:
            articles.append(load_bytes(raw, id=ident, path="-"))
        except LoadError as exc:
            report(exc)
    return articles, skipped


def _files(paths: Sequence[str]) -> list[str]:
    """The paths that name files or folders: all but ``-`` (standard input)."""
    return [p for p in paths if p != "-"]


def _read_stdin(paths: Sequence[str]) -> bytes | None:
    """Standard input's bytes when ``-`` is among ``paths``, else None; refused (one
    Error line) when given twice or when it is a terminal (nothing piped in)."""
    if "-" not in paths:
        return None
    if paths.count("-") > 1:
        raise click.ClickException("-: standard input holds one article; give - once")
    command = click.get_current_context().command.name
    example = f"cat article.txt | framing {command} -" + (" other.txt" if command == "compare" else "")
    stream = getattr(sys.stdin, "buffer", None)
    if stream is None:  # started with stdin closed (`framing compare - a.txt <&-`)
        raise click.ClickException("-: cannot read standard input (it is closed)")
    if stream.isatty():
        raise click.ClickException(f"-: standard input is a terminal; pipe an article into it ({example})")
    from framing.io.load import MAX_BYTES

    try:
        raw = stream.read(MAX_BYTES + 1)
    except OSError as exc:
        raise click.ClickException(f"-: cannot read standard input ({exc.strerror or exc})") from None
    if not raw.strip():  # nothing, or only blank lines
        raise click.ClickException(f"-: standard input is empty; pipe an article into it ({example})")
    return bytes(raw)


def _progress(message: str) -> None:
    """A progress line on stderr, only when a person is watching it."""
    if sys.stderr.isatty():
        click.echo(f"framing: {message}...", err=True)


def _outlets(values: Sequence[str]) -> dict[str, str]:
    out = {}
    for value in values:
        ident, sep, name = value.partition("=")
        if not sep or not ident.strip() or not name.strip():
            raise click.BadParameter(f"expected ID=NAME (got {value!r})", param_hint="'--outlet'")
        out[ident.strip()] = name.strip()
    return out


def _cutoff(ctx: click.Context, param: click.Parameter, value: float | None) -> float | None:
    """The API's own check (:func:`framing.align.cohesion.check_cutoff`): a range alone lets NaN through."""
    from framing.errors import MetadataError

    try:
        return None if value is None else check_cutoff(value)
    except MetadataError:
        raise click.BadParameter(f"{value!r} is not a number from 0 to 100.", ctx=ctx, param=param) from None


def _names_list(ctx: click.Context, param: click.Parameter, values: Sequence[str]) -> tuple[str, ...]:
    """A repeatable option's values, each also a comma-separated list, checked against
    :data:`~framing.comparators.COMPARATORS` in any case: ``--only coverage,quotes``
    is ``--only coverage --only quotes``."""
    chosen: list[str] = []
    for value in values:
        for part in value.split(","):
            name = part.strip().lower()
            if name not in COMPARATORS:
                known = ", ".join(f"{c!r}" for c in COMPARATORS)
                if not name:
                    raise click.BadParameter(f"{value!r} holds an empty name (give names separated by commas, "
                                             f"each one of {known}).", ctx=ctx, param=param)
                raise click.BadParameter(f"{part.strip()!r} is not one of {known}.", ctx=ctx, param=param)
            if name not in chosen:
                chosen.append(name)
    return tuple(chosen)


def _lexicon(paths: tuple[str, ...], no_shipped: bool) -> Lexicon | None:
    """The lexicon --lexicon and --no-shipped-lexicon ask for (None: the shipped one)."""
    if not paths:
        if no_shipped:
            raise click.ClickException("--no-shipped-lexicon needs at least one --lexicon FILE")
        return None
    from framing.errors import LoadError
    from framing.extract.lexicon import DEFAULT_LEXICON, load_lexicon

    try:
        given = [load_lexicon(p) for p in paths]
    except LoadError as exc:
        raise click.ClickException(str(exc)) from None
    first = given[0] if no_shipped else DEFAULT_LEXICON
    return first.merged(*given[1:] if no_shipped else given)


@cli.command(
    epilog="""\b
Examples:
  framing compare seeds/ -o /tmp/seeds.md
  framing compare seeds/ -o /tmp/seeds.html
  framing compare seeds/ --format JSON -o -
  cat seeds/003_b0b2997cfc93b2b5.txt | framing compare seeds/000_24b190d1714be1b8.txt - -o -
  framing compare seeds/ --lexicon examples/lexicon.tsv --format json -o -
  framing compare seeds/ --only coverage,quotes --outlet 000_24b190d1714be1b8=LRT -o -
"""
)
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("-o", "--output", default=None, metavar="PATH|-",
              help="Report file, or a folder for csv ('-' is stdout); its suffix picks the format "
                   "(.md, .html/.htm, .json; a folder or .csv: csv) unless --format is given. "
                   "Default: reports/<event-slug>.<format>.")
@click.option("--format", "fmt", type=click.Choice(["md", "json", "csv", "html"], case_sensitive=False),
              default=None,
              help="md (Markdown report), json, csv (one CSV per table) or html (a page with the texts "
                   "side by side), in any case; wins over the -o suffix. Default: from the -o suffix, else md.")
@click.option("--cutoff", type=click.FloatRange(0, 100), default=None, callback=_cutoff,
              help=f"Unit cohesion cut-off, 0-100 (default: {UNIT_CUTOFF:g}).")
@click.option("--only", "only", multiple=True, callback=_names_list, metavar="NAME[,NAME...]",
              help=f"Run only these comparators: {', '.join(COMPARATORS)} (comma-separated or repeated, "
                   "in any case).")
@click.option("--outlet", "outlets", multiple=True, metavar="ID=NAME",
              help="Name the outlet of article ID, as in the report's id column (repeatable).")
@click.option("--outlets", "outlets_file", default=None, type=click.Path(), metavar="FILE",
              help="Outlets file (CSV: match,name and any columns such as lean, country, type).")
@click.option("--follow-links", "follow_links", is_flag=True,
              help="Read links in a folder that point outside it (default: named and skipped).")
@click.option("--raw-csv", "raw_csv", is_flag=True,
              help="--format csv: write cells as they are (by default a cell starting =, +, -, @ gets a leading ').")
@click.option("--show", "show", multiple=True, metavar="ID",
              help="--format html: set only these articles side by side (repeatable; default: all, "
                   "or the first 12 by id of more).")
@click.option("--lexicon", "lexicons", multiple=True, type=click.Path(), metavar="FILE",
              help="Lexicon file (one category<TAB>term a line) whose terms count as loaded, hedging, ... in "
                   "the wording and naming sections, added to the shipped one (repeatable; see docs/lexicon.md).")
@click.option("--no-shipped-lexicon", "no_shipped", is_flag=True,
              help="Use only the --lexicon files, not the shipped lexicon.")
@click.option("--language", "language", default=None, metavar="CODE",
              help="Read and compare every article in this language (ISO 639-1: en, de, fr, es, it, pl, ru, uk, "
                   "lt; see docs/languages.md). Default: each article's detected language.")
def compare(paths: tuple[str, ...], output: str | None, fmt: str | None, cutoff: float | None,
            only: tuple[str, ...], outlets: tuple[str, ...], outlets_file: str | None, follow_links: bool,
            raw_csv: bool, show: tuple[str, ...], lexicons: tuple[str, ...], no_shipped: bool,
            language: str | None) -> None:
    """Compare how the articles in FILE|DIR|-... cover one event.

    Writes a Markdown report (or JSON, CSV tables or an HTML page): what each outlet alone
    reports, what it leaves out, shared quotes and how they differ, and how
    readable each article is, with the evidence for every finding.
    Unreadable files are named on stderr, one line each; if at least two
    articles remain, the comparison still runs and the report lists what was
    skipped (exit code 1 all the same). '-' reads one article from standard
    input (HTML, JSON or text, told by its content), with the id 'stdin'.
    """
    import dataclasses
    import warnings

    from framing.compare import compare as run_compare
    from framing.errors import MetadataError
    from framing.text import language as _language

    try:
        language = None if language is None else _language.check(language)
    except MetadataError as exc:
        raise click.ClickException(f"--language: {exc}") from None
    fmt = output_format(fmt, output, ("md", "json", "csv", "html"))
    # what the options alone rule out is said before the files are read and compared
    if show and fmt != "html":
        raise click.ClickException("--show chooses the columns of the HTML page; add --format html")
    if fmt == "csv" and output == "-":
        raise click.ClickException("--format csv writes a folder; give -o FOLDER")
    if fmt == "csv" and output is not None and output.lower().endswith(".csv") and not os.path.isdir(output):
        raise click.ClickException(
            f"{output}: the csv format writes a folder of tables (findings.csv, units.csv, ...), "
            f"not one file; give -o FOLDER, e.g. -o {output[:-4] or 'tables'}"
        )
    if output is None:  # before reading and comparing: a folder that cannot be is said at once
        reports_folder()
    names = _outlets(outlets)
    lexicon = _lexicon(lexicons, no_shipped)
    table = None
    if outlets_file is not None:
        from framing.errors import LoadError
        from framing.io.outlets_file import read_outlets, unmatched

        try:
            table = read_outlets(outlets_file)
        except LoadError as exc:
            raise click.ClickException(str(exc)) from None
    with _language.forced(language):  # sentences are cut by the given language's rules too
        articles, skipped = _load(paths, follow_links)
    if table is not None:
        missing_rows = unmatched(table, articles)
        if missing_rows:
            click.echo(f"Warning: {outlets_file} has no row for {', '.join(missing_rows)}", err=True)
        articles = table.apply(articles)
    unknown = sorted(set(names) - {a.id for a in articles})
    if unknown:
        raise click.ClickException(f"--outlet names an unknown article id: {unknown[0]} "
                                   f"(ids: {', '.join(sorted(a.id for a in articles))})")
    missing = [s for s in show if s not in {a.id for a in articles}]
    if missing:
        raise click.ClickException(
            f"--show names an unknown article id: {missing[0]} (ids: {', '.join(sorted(a.id for a in articles))})")
    articles = [dataclasses.replace(a, outlet=names.get(a.id, a.outlet)) for a in articles]
    _progress(f"comparing {len(articles)} articles")
    with warnings.catch_warnings(record=True) as said:
        warnings.simplefilter("always", _language.LanguageWarning)
        comparison = run_compare(
            articles,
            cutoff=UNIT_CUTOFF if cutoff is None else cutoff,
            comparators=list(only) or None,
            lexicon=lexicon,
            skipped=skipped,
            progress=lambda stage: _progress(f"comparing: {stage}"),
            language=language,
        )
    for w in said:  # one line each: an unsupported language, articles in several languages
        if issubclass(w.category, _language.LanguageWarning):
            click.echo(f"Warning: {w.message}", err=True)
        else:  # pragma: no cover - another warning is shown as Python would
            warnings.showwarning(w.message, w.category, w.filename, w.lineno)
    from framing.findings.title import NO_SHARED, shares_content

    if not shares_content(comparison):
        click.echo(NO_SHARED, err=True)
    inputs = _files(paths)
    slug = event_slug(articles, inputs)
    # CSV is a folder of tables, named without a suffix
    target = output or default_target(slug, fmt, articles)
    _progress(f"writing {target}")
    if fmt == "csv":
        check_target(target, inputs, folder=True)
        try:
            files = comparison.to_csv(target, raw=raw_csv)
        except OSError as exc:
            raise click.ClickException(f"{target}: cannot write ({exc.strerror or exc})") from None
        click.echo(f"wrote {len(files)} CSV files into {target}", err=True)
    else:
        # JSON is streamed: for a large article it is many times the input
        if fmt == "json":
            write_output(comparison.write_json, target, inputs)
        elif fmt == "html":
            write_output(lambda fh: comparison.write_html(fh, outlets=list(show) or None), target, inputs)
        else:
            write_output(comparison.to_markdown(), target, inputs)
    # advice on a report that was written, never beside an Error line
    _hint_unnamed(comparison.articles)
    if skipped:
        sys.exit(1)


@cli.command(
    epilog="""\b
Example:
  framing align seeds/000_24b190d1714be1b8.txt seeds/003_b0b2997cfc93b2b5.txt
"""
)
@click.argument("first", type=click.Path())
@click.argument("second", type=click.Path())
@click.option("--cutoff", type=click.FloatRange(0, 100), default=None, callback=_cutoff,
              help=f"Unit cohesion cut-off, 0-100 (default: {UNIT_CUTOFF:g}).")
@click.option("--all", "show_all", is_flag=True, help="Also list sentences without a partner.")
def align(first: str, second: str, cutoff: float | None, show_all: bool) -> None:
    """Show the linked sentences of two articles side by side, with scores."""
    import dataclasses

    from framing.align.units import align as run_align
    from framing.io.load import load
    from framing.render.cells import table
    from framing.text.phrase import shorten

    for path in (first, second):
        if os.path.isdir(path):
            raise click.ClickException(f"{path}: is a folder; framing align takes two files "
                                       "(framing compare reads folders)")
    if os.path.exists(first) and os.path.realpath(first) == os.path.realpath(second):
        raise click.ClickException(f"{second}: align needs two different files")
    a, b = load(first), load(second, id=None)
    if a.id == b.id:  # same file name in two folders
        b = dataclasses.replace(b, id=f"{b.id}-2")
    alignment = run_align([a, b], cutoff=UNIT_CUTOFF if cutoff is None else cutoff)
    rows = []
    for unit in alignment.units:
        if len(unit.members) < 2 and not show_all:
            continue
        left = " ".join(a.sentences[i].text for i in unit.members.get(a.id, ()))
        right = " ".join(b.sentences[i].text for i in unit.members.get(b.id, ()))
        where = [",".join(f"s{i}" for i in unit.members.get(x.id, ())) for x in (a, b)]
        score = f"{unit.score:.1f}" if unit.shared else ""
        rows.append([score, unit.kind or "", where[0], shorten(left, 90), where[1], shorten(right, 90)])
    to_stdout(table(["score", "link", a.id, "sentence", b.id, "sentence"], rows) + "\n", end=True)


def _hint_unnamed(articles: Sequence[Any]) -> None:
    """One line on stderr naming the articles whose outlet framing could not tell (the report
    names them by file name or title: :func:`framing.findings.labels.outlet_names`), and how to name them."""
    from framing.findings.labels import outlet_names
    from framing.text.phrase import few

    ordered = sorted(articles, key=lambda a: a.id)
    unnamed = [a.id for a in ordered if not a.outlet]
    if not unnamed or len(ordered) < 2:
        return
    shown = outlet_names(ordered)
    said = [i if shown[i] == i else f"{i} (shown as {shown[i]})" for i in unnamed]
    if len(unnamed) == 1:
        how = f"name it with --outlet {unnamed[0]}=NAME"
    else:
        how = "name them with --outlet ID=NAME (repeatable) or an --outlets file"
    click.echo(f"Hint: no outlet name found for {few(said, 3)}; {how}", err=True)


from framing.cli_batch import batch  # noqa: E402  (the command module imports `cli` helpers lazily)

cli.add_command(batch)


def main(prog_name: str | None = None) -> None:
    """Run the command line (``sys.argv``); :func:`framing.__main__.main`, the entry
    point, answers ``--help`` and ``--version`` itself and passes everything else here."""
    try:
        cli(prog_name=prog_name)
    except BrokenPipeError:  # `framing inspect ... | head`: the reader left
        sys.stderr.close()
        sys.exit(1)
