"""Where a command's output goes: standard output, a file, or the reports folder.

The format a command writes is told by ``--format``, else by the suffix of
``-o`` (:data:`FORMAT_SUFFIXES`); without ``-o`` a report goes to
``reports/<event-slug>.<format>`` (:func:`event_slug`). A file is written
atomically and never over one of the command's inputs; standard output
errors are errors. The commands themselves are in :mod:`framing.cli`.
"""

from __future__ import annotations

import contextlib
import os
import stat
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TextIO, cast

import click

__all__ = ["FORMAT_SUFFIXES", "NAMES", "check_target", "default_target", "event_slug", "output_format",
           "reports_folder", "to_stdout", "write_output"]


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
        to_stdout("".join(self.parts))
        self.parts, self.size = [], 0


def to_stdout(text: str, *, end: bool = False) -> None:
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


def write_output(content: str | Callable[[TextIO], None], output: str, inputs: Sequence[str]) -> None:
    """Write ``content`` (text, or a function writing to a text file) to
    ``output`` ("-" is stdout), never onto an input file."""
    if output == "-":
        if isinstance(content, str):
            to_stdout(content, end=True)
        else:
            sink = _Stdout()
            content(cast(TextIO, sink))
            sink.flush()
            to_stdout("", end=True)
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


def output_format(fmt: str | None, output: str | None, formats: Sequence[str]) -> str:
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


NAMES = ".framing-names.json"
"""The file in ``reports/`` that records which event each default report name was given to."""


def default_target(slug: str, fmt: str, articles: Sequence[Any]) -> str:
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
        reports_folder()
        with contextlib.suppress(OSError):  # the name is only a courtesy; the report still goes out
            write_text(index_path, json.dumps(index, indent=1, sort_keys=True) + "\n")
    return os.path.join("reports", name)


def reports_folder() -> None:
    """Make ``reports/``, the default output folder, or say in one line why it cannot be."""
    hint = "give -o PATH for the report"
    if os.path.lexists("reports") and not os.path.isdir("reports"):
        raise click.ClickException(f"reports: is a file, not a folder (the report's default place); {hint}")
    try:
        os.makedirs("reports", exist_ok=True)
    except OSError as exc:
        raise click.ClickException(f"reports: cannot make the folder ({exc.strerror or exc}); {hint}") from None


def check_target(target: str, inputs: Sequence[str], *, folder: bool) -> None:
    real = os.path.realpath(target)
    for path in inputs:
        if os.path.exists(path) and os.path.realpath(path) == real:
            raise click.ClickException(f"{target}: refusing to overwrite an input")
    if folder and os.path.exists(target) and not os.path.isdir(target):
        raise click.ClickException(f"{target}: is a file; --format csv needs a folder")
