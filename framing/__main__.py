"""``python -m framing`` and the ``framing`` command: answer ``--help`` before importing click.

Importing click and the command definitions (:mod:`framing.cli`) takes four
to five times as long as starting the interpreter (``bench/startup.py``), for
a page that only changes when the commands do. So the top-level help (``framing --help`` or
``-h``) is click's own rendering, kept in ``framing/data/help.txt``, and
``--version`` its one line; both are written here, without click, whenever
click would write exactly that text. Anything else, or any doubt, goes to
:func:`framing.cli.main`.

``tests/test_startup.py`` compares the kept page with what click renders
(``pytest --update-golden`` rewrites it) and this path with click's.
"""

from __future__ import annotations

import os
import sys

from framing._version import __version__

HELP = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data", "help.txt")
"""Click's help page of the ``framing`` group, for the program name ``framing`` and
click's widest layout (78 columns)."""

MIN_COLUMNS = 80
"""Click wraps help at ``min(columns, 80) - 2``: the kept page is its layout from here up."""

MAX_PROGRAM = 40
"""Longest program name whose usage line click keeps on one line at 78 columns."""


def main() -> None:
    """Entry point of the ``framing`` console script and of ``python -m framing``."""
    prog = program_name()
    text = quick_answer(sys.argv[1:], prog)
    if text is None:
        from framing.cli import main as click_main

        click_main(prog_name=prog)
        return
    write(text)


def write(text: str) -> None:
    """Write ``text`` to standard output as :mod:`framing.cli` writes there: an unwritable
    stdout is one ``Error:`` line and exit code 1, never a traceback."""
    out = sys.stdout
    if out is None:  # started with stdout closed (`framing --help >&-`): nothing shown, as by click
        return
    try:
        try:
            fd = out.fileno() if os.name == "posix" else None
        except (AttributeError, OSError, ValueError):  # not a file (a test's capture)
            fd = None
        if fd is None:
            out.write(text)
            out.flush()
            return
        # Unbuffered, so nothing is left for Python to fail to flush at exit.
        data = text.encode(out.encoding or "utf-8", "backslashreplace")
        while data:
            data = data[os.write(fd, data):]
    except BrokenPipeError:  # `framing --help | head`: the reader left (as framing.cli.main)
        sys.stderr.close()
        sys.exit(1)
    except OSError as exc:  # a full disk
        sys.stderr.write(f"Error: -: cannot write to standard output ({exc.strerror or exc})\n")
        sys.exit(1)


def quick_answer(args: list[str], prog: str) -> str | None:
    """What click would print for ``args``, when that is the kept help page or the
    version line; None when click has to answer."""
    # Shell completion (click reads _<PROG>_COMPLETE, whatever the arguments) is click's.
    if any(name.endswith("_COMPLETE") for name in os.environ):
        return None
    if args in (["--version"], ["-V"]):
        return f"framing, version {__version__}\n"
    if args not in (["--help"], ["-h"]) or len(prog) > MAX_PROGRAM or columns() < MIN_COLUMNS:
        return None
    try:
        with open(HELP, encoding="utf-8") as fh:
            page = fh.read()
    except OSError:
        return None
    head, sep, rest = page.partition("Usage: framing ")
    if head or not sep:
        return None
    return f"Usage: {prog} {rest}"


def columns() -> int:
    """The terminal width as ``shutil.get_terminal_size()`` finds it (what click wraps to);
    shutil itself is not imported: it costs more than the rest of this module."""
    try:
        found = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        found = 0
    if found <= 0:
        try:
            found = os.get_terminal_size(sys.__stdout__.fileno()).columns  # type: ignore[union-attr]
        except (AttributeError, ValueError, OSError):  # no stdout, or not a terminal
            found = 0
    return found or 80


def program_name() -> str:
    """The name the help shows, found as click finds it (``click.utils._detect_program_name``):
    ``python -m framing`` when run as a module, else the file name of ``sys.argv[0]``."""
    path = sys.argv[0] if sys.argv else ""
    package = getattr(sys.modules.get("__main__"), "__package__", None)
    if not package:  # a file was run: the console script
        return os.path.basename(path)
    name = os.path.splitext(os.path.basename(path))[0]
    module = package if name == "__main__" else f"{package}.{name}"
    return f"python -m {module.lstrip('.')}"


if __name__ == "__main__":
    main()
