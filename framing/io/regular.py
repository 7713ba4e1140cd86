"""Reading a file framing is given or finds: only a regular file, and only so much of it.

Every file framing reads (articles, outlets files, lexicons, cue files, its own
records in ``reports/`` and in a batch's output folder) is read through
:func:`read_regular`. A FIFO would block the run forever, ``/dev/zero`` never
ends (a ``MemoryError``), ``/dev/tty`` waits for a person: such a path is refused
with a :class:`~framing.errors.LoadError` before it is opened (a tape device
rewinds when opened), and checked again on the open descriptor, so a file swapped
for a FIFO meanwhile is refused too (the open does not block: ``O_NONBLOCK``).
A file larger than the cap is refused, and one that grows while it is read is
read no further than the cap.

>>> import os, tempfile
>>> d = tempfile.mkdtemp()
>>> os.mkfifo(os.path.join(d, "pipe.csv"))
>>> read_regular(os.path.join(d, "pipe.csv"), what="outlets file")
Traceback (most recent call last):
...
framing.errors.LoadError: .../pipe.csv: not a regular file (FIFO, device or socket)
"""

from __future__ import annotations

import errno
import hashlib
import os
import stat
import sys
from typing import BinaryIO

from framing.errors import LoadError

__all__ = ["MAX_BYTES", "open_regular", "read_regular", "sha256_of"]

MAX_BYTES = 64 * 1024 * 1024
"""Largest file read (64 MiB); larger files are refused with a LoadError."""

_SPECIAL = "not a regular file (FIFO, device or socket)"
_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_CLOEXEC", 0)


def _problem(exc: OSError, what: str) -> str:
    if exc.errno == errno.ENOENT:
        return f"no such {what}"
    if exc.errno == errno.ELOOP:
        return "symbolic link loop"
    if exc.errno in (errno.EACCES, errno.EPERM):
        return "permission denied"
    if exc.errno == errno.ENXIO:  # a socket, or a FIFO opened for writing
        return _SPECIAL
    return exc.strerror or str(exc)


def _checked(info: os.stat_result, path: str, directory: str, what: str, max_bytes: int) -> None:
    if stat.S_ISDIR(info.st_mode):
        raise LoadError(path, directory)
    if not stat.S_ISREG(info.st_mode):
        raise LoadError(path, _SPECIAL)
    if info.st_size > max_bytes:
        raise LoadError(path, f"{what} is {info.st_size / 2**20:.1f} MiB, over the {max_bytes / 2**20:g} MiB limit")


def open_regular(
    path: str | os.PathLike[str],
    *,
    max_bytes: int | None = MAX_BYTES,
    what: str = "file",
    directory: str = "is a directory",
) -> BinaryIO:
    """The regular file at ``path`` (links followed), opened for reading in binary.

    For a file read in pieces (a JSON Lines corpus, a digest); ``max_bytes`` None: no cap
    on its size. Raises as :func:`read_regular` does.
    """
    name = os.fspath(path)
    cap = sys.maxsize if max_bytes is None else max_bytes
    try:
        _checked(os.stat(name), name, directory, what, cap)  # a device is never opened
        fd = os.open(name, _FLAGS)
    except LoadError:
        raise
    except OSError as exc:
        raise LoadError(name, _problem(exc, what)) from None
    try:
        _checked(os.fstat(fd), name, directory, what, cap)  # swapped for a FIFO since the stat
        return os.fdopen(fd, "rb")
    except BaseException as exc:
        os.close(fd)
        if isinstance(exc, OSError) and not isinstance(exc, LoadError):
            raise LoadError(name, _problem(exc, what)) from None
        raise


def read_regular(
    path: str | os.PathLike[str],
    *,
    max_bytes: int = MAX_BYTES,
    what: str = "file",
    directory: str = "is a directory",
) -> bytes:
    """The bytes of the regular file at ``path`` (links followed), at most ``max_bytes``.

    Parameters
    ----------
    path
        The file.
    max_bytes
        Refuse a file larger than this.
    what
        What the file is, for messages (``no such outlets file``).
    directory
        The problem when ``path`` is a folder.

    Raises
    ------
    LoadError
        Missing, a folder, a FIFO, device or socket, a link loop, unreadable, or over the cap.
    """
    name = os.fspath(path)
    with open_regular(name, max_bytes=max_bytes, what=what, directory=directory) as fh:
        try:
            size = os.fstat(fh.fileno()).st_size
            # read what stat promised (read(max_bytes + 1) would reserve the whole cap up
            # front), then, 1 MiB at a time, whatever a growing file holds beyond it
            raw = fh.read(min(size, max_bytes) + 1)
            if len(raw) > size:
                parts, total = [raw], len(raw)
                while total <= max_bytes and (piece := fh.read(min(1 << 20, max_bytes + 1 - total))):
                    parts.append(piece)
                    total += len(piece)
                raw = b"".join(parts)
        except OSError as exc:
            raise LoadError(name, _problem(exc, what)) from None
    if len(raw) > max_bytes:
        raise LoadError(name, f"{what} is over the {max_bytes / 2**20:g} MiB limit")
    return raw


def sha256_of(path: str | os.PathLike[str]) -> str | None:
    """SHA-256 (hex) of the regular file at ``path``, read 1 MiB at a time whatever its size; None
    when it is missing, not a regular file or unreadable."""
    h = hashlib.sha256()
    try:
        with open_regular(os.fspath(path), max_bytes=None) as fh:
            for block in iter(lambda: fh.read(1 << 20), b""):
                h.update(block)
    except OSError:
        return None
    return h.hexdigest()
