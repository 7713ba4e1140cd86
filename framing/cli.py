"""The ``framing`` command: a thin mirror of the Python API.

Each command parses its arguments, calls one public function and formats the
result. A :class:`~framing.errors.FramingError` becomes one ``Error: ...``
line on stderr and exit code 1, never a traceback; usage errors exit with 2.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from pathlib import Path

import click

from framing._version import __version__

# Heavy modules (nupunkt, trafilatura, ...) are imported inside commands so
# `framing --help` stays fast.


def _write(text: str, output: str, inputs: Sequence[str]) -> None:
    """Write ``text`` to ``output`` ("-" is stdout), never onto an input file."""
    if output == "-":
        click.echo(text, nl=False)
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
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_name(f".{target.name}.tmp")
        tmp.write_text(text, encoding="utf-8")
        os.replace(tmp, target)
    except OSError as exc:
        raise click.ClickException(f"{output}: cannot write ({exc.strerror or exc})") from None
    click.echo(f"wrote {output}", err=True)


def _suffixes() -> tuple[str, ...]:
    from framing.readers import SUFFIXES

    return SUFFIXES


class _Group(click.Group):
    """A group that turns any FramingError into one ``Error: ...`` line, exit 1."""

    def invoke(self, ctx: click.Context) -> object:
        from framing.errors import FramingError

        try:
            return super().invoke(ctx)
        except FramingError as exc:
            raise click.ClickException(str(exc)) from None


@click.group(
    cls=_Group,
    context_settings={"help_option_names": ["-h", "--help"]},
    epilog="""\b
Examples:
  framing inspect seeds/
  framing inspect seeds/ --format json -o reports/seeds.json
""",
)
@click.version_option(__version__, "--version", "-V", prog_name="framing")
def cli() -> None:
    """Show how different news outlets cover the same event."""


@cli.command(
    epilog="""\b
Example:
  framing inspect seeds/ -o reports/seeds-inspect.md
"""
)
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option(
    "--format", "fmt", type=click.Choice(["md", "json"]), default="md", show_default=True,
    help="Markdown tables or JSON.",
)
@click.option(
    "-o", "--output", default="-", show_default=True, metavar="PATH|-",
    help="Where to write the report ('-' is stdout).",
)
def inspect(paths: tuple[str, ...], fmt: str, output: str) -> None:
    """Read FILE|DIR... and show each article's metadata and sentence table.

    Sentences come with their paragraph, role (body, title, or a boilerplate
    role such as caption or related), and character offsets into the text.
    Unreadable files are named on stderr, one line each; the others are shown.
    """
    from framing.errors import LoadError
    from framing.load import load_all
    from framing.render.inspect import inspect_json, inspect_markdown

    skipped: list[LoadError] = []

    def report(error: LoadError) -> None:
        skipped.append(error)
        click.echo(f"Error: {error}", err=True)

    articles = load_all(*paths, on_error=report)
    if articles:
        render = inspect_json if fmt == "json" else inspect_markdown
        _write(render(articles, skipped), output, paths)
    if skipped:
        sys.exit(1)


def main() -> None:
    """Entry point of the ``framing`` console script."""
    try:
        cli()
    except BrokenPipeError:  # `framing inspect ... | head`: the reader left
        sys.stderr.close()
        sys.exit(1)
