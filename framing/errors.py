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

__all__ = ["FramingError", "LoadError", "MetadataError", "NotEnoughArticlesError", "ScorerError"]


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
        super().__init__(f"{self.path}: {self.problem}")

    def __str__(self) -> str:  # OSError's own __str__ would print the args tuple
        return f"{self.path}: {self.problem}"

    def __reduce__(self) -> tuple[type[LoadError], tuple[str, str]]:
        # keeps the error picklable (batch workers send errors between processes)
        return (type(self), (self.path, self.problem))


class MetadataError(FramingError, ValueError):
    """A metadata value given explicitly (for example a date) is not valid."""


class NotEnoughArticlesError(FramingError, ValueError):
    """A comparison needs at least two articles."""


class ScorerError(FramingError, ValueError):
    """A user-supplied scorer returned something other than a number from 0 to 100."""
