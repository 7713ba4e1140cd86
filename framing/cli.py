"""The ``framing`` command: a thin mirror of the Python API.

Each command parses its arguments, calls one public function and formats the
result. A :class:`~framing.errors.FramingError` becomes one ``Error: ...``
line on stderr and exit code 1, never a traceback; usage errors exit with 2.
"""

from __future__ import annotations

import contextlib
import os
import stat
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO, cast

import click

from framing._version import __version__
from framing.align.cohesion import UNIT_CUTOFF, check_cutoff
from framing.comparators import COMPARATORS

if TYPE_CHECKING:
    from framing.extract.lexicon import Lexicon

# Everything else (the aligner, nupunkt, trafilatura, ...) is imported inside
# the command that needs it, so `--help` and `inspect` do not pay for `compare`
# (tests/test_startup.py checks what `--help` imports).


class _Stdout:
    """A text sink for click's stdout, written in 64 KB pieces."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.size = 0

    def write(self, text: str) -> int:
        self.parts.append(text)
        self.size += len(text)
        if self.size >= 1 << 16:
            self.flush()
        return len(text)

    def flush(self) -> None:
        _stdout("".join(self.parts))
        self.parts, self.size = [], 0


def _stdout(text: str, *, end: bool = False) -> None:
    """Write to standard output and check it: a full disk or a file-size limit is an error
    (exit 1), never a report cut short with exit code 0; a reader who left is quiet (main).

    Written with ``os.write`` on the descriptor until every byte is taken: under a
    file-size limit the first write is cut short and only the next one fails, and
    Python's buffered stdout counted the short write as whole (a report cut at 4 KB,
    exit 0). Without a descriptor (a test runner's capture) the stream is written.
    """
    out = sys.stdout
    if out is None:  # started with stdout closed (`framing ... >&-`)
        raise click.ClickException("-: cannot write to standard output (it is closed)")
    try:
        fd = out.fileno() if os.name == "posix" else None  # a Windows console needs Python's own writer
    except (AttributeError, OSError, ValueError):
        fd = None
    try:
        if fd is None:
            out.write(text)
            if end:
                out.flush()
            return
        out.flush()  # what click.echo left in the buffer goes first
        # what the terminal's encoding cannot show is written as an escape, never a traceback
        data = memoryview(text.encode(out.encoding or "utf-8", "backslashreplace"))
        while data:
            data = data[os.write(fd, data):]
    except BrokenPipeError:
        raise
    except UnicodeEncodeError:  # the fallback writer under a narrow encoding
        raise click.ClickException(f"-: cannot write to standard output (its encoding, {out.encoding}, cannot "
                                   "show the text; set PYTHONIOENCODING=utf-8)") from None
    except OSError as exc:
        raise click.ClickException(f"-: cannot write to standard output ({exc.strerror or exc})") from None


def _write(content: str | Callable[[TextIO], None], output: str, inputs: Sequence[str]) -> None:
    """Write ``content`` (text, or a function writing to a text file) to
    ``output`` ("-" is stdout), never onto an input file."""
    if output == "-":
        if isinstance(content, str):
            _stdout(content, end=True)
        else:
            sink = _Stdout()
            content(cast(TextIO, sink))
            sink.flush()
            _stdout("", end=True)
        return
    target = Path(output)
    if target.is_dir():
        raise click.ClickException(f"{output}: is a directory; give a file name")
    real = os.path.realpath(target)
    for path in inputs:
        if os.path.exists(path) and (
            os.path.realpath(path) == real
            or (os.path.isdir(path) and os.path.dirname(real) == os.path.realpath(path)
                and Path(real).suffix.lower() in _suffixes())
        ):
            raise click.ClickException(f"{output}: refusing to overwrite an input file")
    from framing.io.atomic import open_atomic

    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except (FileExistsError, NotADirectoryError):
        raise click.ClickException(f"{output}: cannot write (a parent of the path is not a folder)") from None
    except OSError as exc:
        raise click.ClickException(f"{output}: cannot write ({exc.strerror or exc})") from None
    try:
        special = not stat.S_ISREG(os.stat(target).st_mode)
    except OSError:
        special = False
    try:
        # a device or a pipe (-o /dev/null, a FIFO) is written to: renaming a file over it
        # would replace /dev/null itself
        with open(target, "w", encoding="utf-8", newline="") if special else open_atomic(str(target)) as fh:
            if isinstance(content, str):
                fh.write(content)
            else:
                content(fh)
    except NotADirectoryError:
        raise click.ClickException(f"{output}: cannot write (a parent of the path is not a folder)") from None
    except OSError as exc:  # a file planted at the temporary name is "File exists": never followed
        raise click.ClickException(f"{output}: cannot write ({exc.strerror or exc})") from None
    click.echo(f"wrote {output}", err=True)


def _suffixes() -> tuple[str, ...]:
    from framing.io.readers import SUFFIXES

    return SUFFIXES


FORMAT_SUFFIXES = {".md": "md", ".markdown": "md", ".html": "html", ".htm": "html", ".json": "json", ".csv": "csv"}
"""Output suffix (lower case) -> the format ``-o`` gives when ``--format`` is not given."""


def _implied_format(output: str | None, formats: Sequence[str]) -> str | None:
    """The format ``output`` asks for among ``formats``: its suffix's, or csv for a folder
    (an existing one, or a path ending in a slash); None for stdout or an unknown suffix."""
    if output is None or output == "-":
        return None
    if os.path.isdir(output) or output.endswith(("/", os.sep)):
        implied: str | None = "csv"
    else:
        implied = FORMAT_SUFFIXES.get(Path(output).suffix.lower())
    return implied if implied in formats else None


def _format(fmt: str | None, output: str | None, formats: Sequence[str]) -> str:
    """The output format: ``--format`` when given, else what ``-o`` implies, else md.

    A ``--format`` that the suffix contradicts wins, with a warning: ``--format json
    -o out.txt`` is deliberate more often than ``--format md -o page.html`` is."""
    implied = _implied_format(output, formats)
    if fmt is None:
        return implied or "md"
    suffix = Path(output or "").suffix
    if implied is not None and implied != fmt and suffix:
        click.echo(f"Warning: writing --format {fmt} into {output} "
                   f"(its {suffix} suffix suggests --format {implied})", err=True)
    return fmt


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

    fmt = _format(fmt, output, ("md", "json"))
    articles, skipped = _load(paths)
    if articles:
        render = inspect_json if fmt == "json" else inspect_markdown
        _write(render(articles, skipped), output, _files(paths))
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


_STOP = frozenset(
    "a an the and or but of to in on at by for with from as is are was were be it its this that "
    "after over says say said new how why what who".split()
)


def event_slug(articles: Sequence[Any], paths: Sequence[str]) -> str:
    """A file name for the event: its most common title words, else the folder name.

    >>> from framing import Article
    >>> a = Article.from_text("Lithuania to train troops\\nBody.", id="a")
    >>> b = Article.from_text("Lithuania ready to send troops\\nBody.", id="b")
    >>> event_slug([a, b], [])
    'lithuania-troops-train-ready-send'
    """
    import re

    from framing.text.normalise import key

    counts: dict[str, int] = {}
    first: dict[str, int] = {}
    position = 0
    for article in sorted(articles, key=lambda a: a.id):
        for word in re.findall(r"[a-z0-9]+", key(article.title or "")):
            if word in _STOP or len(word) < 3:
                continue
            counts[word] = counts.get(word, 0) + 1
            first.setdefault(word, position)
            position += 1
    words = sorted(counts, key=lambda w: (-counts[w], first[w]))[:5]
    if words:
        return "-".join(words)
    folders = [p for p in paths if os.path.isdir(p)]
    if len(folders) == 1:
        name = re.sub(r"[^a-z0-9]+", "-", key(Path(os.path.abspath(folders[0])).name)).strip("-")
        if name:
            return name
    return "comparison"


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
def compare(paths: tuple[str, ...], output: str | None, fmt: str | None, cutoff: float | None,
            only: tuple[str, ...], outlets: tuple[str, ...], outlets_file: str | None, follow_links: bool,
            raw_csv: bool, show: tuple[str, ...], lexicons: tuple[str, ...], no_shipped: bool) -> None:
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

    from framing.compare import compare as run_compare

    fmt = _format(fmt, output, ("md", "json", "csv", "html"))
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
        _reports_folder()
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
    comparison = run_compare(
        articles,
        cutoff=UNIT_CUTOFF if cutoff is None else cutoff,
        comparators=list(only) or None,
        lexicon=lexicon,
        skipped=skipped,
        progress=lambda stage: _progress(f"comparing: {stage}"),
    )
    from framing.findings.title import NO_SHARED, shares_content

    if not shares_content(comparison):
        click.echo(NO_SHARED, err=True)
    inputs = _files(paths)
    slug = event_slug(articles, inputs)
    # CSV is a folder of tables, named without a suffix
    target = output or _default_target(slug, fmt, articles)
    _progress(f"writing {target}")
    if fmt == "csv":
        _check_target(target, inputs, folder=True)
        try:
            files = comparison.to_csv(target, raw=raw_csv)
        except OSError as exc:
            raise click.ClickException(f"{target}: cannot write ({exc.strerror or exc})") from None
        click.echo(f"wrote {len(files)} CSV files into {target}", err=True)
    else:
        # JSON is streamed: for a large article it is many times the input
        if fmt == "json":
            _write(comparison.write_json, target, inputs)
        elif fmt == "html":
            _write(lambda fh: comparison.write_html(fh, outlets=list(show) or None), target, inputs)
        else:
            _write(comparison.to_markdown(), target, inputs)
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
    _stdout(table(["score", "link", a.id, "sentence", b.id, "sentence"], rows) + "\n", end=True)


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


NAMES = ".framing-names.json"
"""The file in ``reports/`` that records which event each default report name was given to."""


def _default_target(slug: str, fmt: str, articles: Sequence[Any]) -> str:
    """``reports/<slug>.<fmt>`` (a folder for CSV), unless that name went to another event:
    then ``<slug>-2``, ``-3``, ... Names are recorded in ``reports/.framing-names.json`` with
    the event's articles (ids and titles), so a second event titled alike never overwrites
    the first's report, and the same event's report is updated in place."""
    import hashlib
    import json

    from framing.io.atomic import write_text
    from framing.io.regular import read_regular

    key = hashlib.sha256(json.dumps(sorted([a.id, a.title or ""] for a in articles)).encode()).hexdigest()[:16]
    index_path = os.path.join("reports", NAMES)
    try:
        index = json.loads(read_regular(index_path))  # a FIFO planted there is never opened
        if not isinstance(index, dict):
            index = {}
    except (OSError, ValueError, RecursionError):
        index = {}
    try:
        # a FIFO, device or folder at the index's name is left as it is: never replaced
        keep = not os.path.lexists(index_path) or stat.S_ISREG(os.stat(index_path).st_mode)
    except OSError:
        keep = False
    n = 1
    while True:
        name = (slug if n == 1 else f"{slug}-{n}") + ("" if fmt == "csv" else f".{fmt}")
        owner = index.get(name)
        if owner == key or (owner is None and not os.path.lexists(os.path.join("reports", name))):
            break
        n += 1
    if keep and index.get(name) != key:
        index[name] = key
        _reports_folder()
        with contextlib.suppress(OSError):  # the name is only a courtesy; the report still goes out
            write_text(index_path, json.dumps(index, indent=1, sort_keys=True) + "\n")
    return os.path.join("reports", name)


def _reports_folder() -> None:
    """Make ``reports/``, the default output folder, or say in one line why it cannot be."""
    hint = "give -o PATH for the report"
    if os.path.lexists("reports") and not os.path.isdir("reports"):
        raise click.ClickException(f"reports: is a file, not a folder (the report's default place); {hint}")
    try:
        os.makedirs("reports", exist_ok=True)
    except OSError as exc:
        raise click.ClickException(f"reports: cannot make the folder ({exc.strerror or exc}); {hint}") from None


def _check_target(target: str, inputs: Sequence[str], *, folder: bool) -> None:
    real = os.path.realpath(target)
    for path in inputs:
        if os.path.exists(path) and os.path.realpath(path) == real:
            raise click.ClickException(f"{target}: refusing to overwrite an input")
    if folder and os.path.exists(target) and not os.path.isdir(target):
        raise click.ClickException(f"{target}: is a file; --format csv needs a folder")


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
