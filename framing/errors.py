"""One error family for everything framing raises on purpose.

Every error is a :class:`FramingError`; subclasses also subclass the builtin
they stand for, so ``except OSError`` still catches a file that cannot be read.
Messages state the rule and show the value, on one line.

>>> issubclass(LoadError, OSError) and issubclass(LoadError, FramingError)
True
>>> str(LoadError("notes.pdf", "unsupported format '.pdf'"))
"notes.pdf: unsupported format '.pdf'"
"""

from __future__ import annotations

import os
import re

__all__ = ["FramingError", "LoadError", "MetadataError", "NotEnoughArticlesError", "ScorerError", "printable"]

# What a one-line message must not carry as is: line breaks and other controls (a file name
# with a newline would forge a second "Error:" line), direction overrides, and the lone
# surrogates that stand for bytes of a file name that is not UTF-8 (unprintable on stderr).
_UNPRINTABLE = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def printable(text: str) -> str:
    r"""``text`` for one line of a terminal: controls, direction overrides and undecodable
    bytes escaped the way Python writes them (the same in every message and output).

    >>> printable("ev\udcfe\nError: forged")
    'ev\\xfe\\nError: forged'
    """

    def one(m: re.Match[str]) -> str:
        c = ord(m.group())
        if 0xDC80 <= c <= 0xDCFF:  # os.fsdecode's stand-in for an undecodable byte
            return f"\\x{c - 0xDC00:02x}"
        if c in (9, 10, 13):
            return {9: "\\t", 10: "\\n", 13: "\\r"}[c]
        return f"\\x{c:02x}" if c < 0x100 else f"\\u{c:04x}"

    return _UNPRINTABLE.sub(one, text)


class FramingError(Exception):
    """Base class of every error framing raises on purpose."""


class LoadError(FramingError, OSError):
    """A file could not be read as an article.

    Parameters
    ----------
    path
        The file (or directory) that failed.
    problem
        What is wrong with it, in a few words.
    """

    def __init__(self, path: str | os.PathLike[str], problem: str) -> None:
        self.path = os.fspath(path)
        self.problem = " ".join(problem.split())  # always one line
        super().__init__(str(self))

    def __str__(self) -> str:  # OSError's own __str__ would print the args tuple
        return printable(f"{self.path}: {self.problem}")

    def __reduce__(self) -> tuple[type[LoadError], tuple[str, str]]:
        # keeps the error picklable (batch workers send errors between processes)
        return (type(self), (self.path, self.problem))


class MetadataError(FramingError, ValueError):
    """A value given explicitly (a date, a comparator's name, a cut-off) is not valid."""


class NotEnoughArticlesError(FramingError, ValueError):
    """A comparison needs at least two articles."""


class ScorerError(FramingError, ValueError):
    """A user-supplied scorer returned something other than a number from 0 to 100."""
