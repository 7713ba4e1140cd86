"""A batch's output folder: one run at a time, marked as output, cleaned after killed runs.

A running batch holds :data:`LOCK` in its output folder (its process id),
taken atomically, so two runs never write one folder; a lock whose process
is gone is taken over. :func:`claim` also leaves the marker that keeps the
folder from ever being read as input, and removes what killed runs left
half written.
"""

from __future__ import annotations

import contextlib
import math
import os
import re
import sys
import time
from collections.abc import Iterator

if sys.platform != "win32":
    import fcntl
else:  # pragma: no cover - Windows
    fcntl = None

from framing.batch.events import OUTPUT_MARKER
from framing.errors import FramingError
from framing.io.regular import read_regular

__all__ = ["LOCK", "claim"]

LOCK = ".framing-batch.lock"
"""The lock file a running batch holds in its output folder (its process id)."""

_YOUNG_LOCK = 10.0  # seconds: an empty lock file this new is one being written, not a stale one
_TEMPORARY = re.compile(r"\..+\.(\d+)\.[0-9a-f]{8,16}\.tmp")  # framing.io.atomic.temporary_name


@contextlib.contextmanager
def claim(out: str) -> Iterator[None]:
    """Check, lock and tidy the output folder before anything runs; unlock at the end.

    Checked first, so a folder that cannot be written fails at once, not
    after every event is computed. The lock (:func:`_lock`) is the kernel's
    lock on :data:`LOCK`, so a run that was killed holds none. Temporary files
    a killed run left are removed. The lock goes on any exit, an error or
    Ctrl-C included.
    """
    _preflight(out)
    lock, held = _lock(out)
    try:
        _mark(out)
        _clean_temporary(out)
        yield
    finally:
        if held is not None:
            with contextlib.suppress(OSError):
                if _same_file(lock, held):
                    os.remove(lock)  # removed before the lock is let go: no one else can hold it yet
            os.close(held)
        elif _lock_pid(lock) == os.getpid():
            with contextlib.suppress(OSError):
                os.remove(lock)


def _preflight(out: str) -> None:
    if os.path.lexists(out) and not os.path.isdir(out):
        raise FramingError(f"{out}: the output folder is a file; give a folder")
    parent = os.path.dirname(out)
    while not os.path.lexists(parent):
        parent = os.path.dirname(parent)
    if not os.path.isdir(parent):
        raise FramingError(f"{out}: cannot make the output folder ({parent} is a file)")
    try:
        os.makedirs(out, exist_ok=True)
    except OSError as exc:
        raise FramingError(f"{out}: cannot make the output folder ({exc.strerror or exc})") from None
    if not os.access(out, os.W_OK | os.X_OK):
        raise FramingError(f"{out}: the output folder is not writable")


def _lock(out: str) -> tuple[str, int | None]:
    """Take the output folder's lock: ``(path, descriptor held for the run)``.

    Where the system has ``flock`` the lock is the kernel's, held on the open
    lock file: it goes when the process does, however it dies, so a lock is
    never judged stale by a process id (which says nothing about a batch on
    another machine sharing the folder) and two runs finding a dead run's lock
    cannot both take it over. The file holds the process id for the message.
    Elsewhere the file itself is the lock (:func:`_lock_file`).
    """
    if fcntl is None:  # pragma: no cover - Windows
        return _lock_file(out), None
    path = os.path.join(out, LOCK)
    for _ in range(10):
        try:
            fd = os.open(path, os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0), 0o644)
        except OSError as exc:
            raise FramingError(f"{out}: cannot write to the output folder ({exc.strerror or exc})") from None
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(fd)
            pid = _lock_pid(path)
            where = f" (pid {pid})" if pid is not None else ""
            raise FramingError(f"{out} is in use by another framing batch{where}") from None
        if not _same_file(path, fd):  # the run that held it removed it meanwhile: lock the new one
            os.close(fd)
            continue
        try:
            os.ftruncate(fd, 0)
            os.write(fd, f"{os.getpid()}\n".encode("ascii"))
        except OSError as exc:
            os.close(fd)
            raise FramingError(f"{out}: cannot write to the output folder ({exc.strerror or exc})") from None
        return path, fd
    raise FramingError(f"{out} is in use by another framing batch")  # pragma: no cover - lost ten races


def _same_file(path: str, fd: int) -> bool:
    try:
        now, held = os.stat(path, follow_symlinks=False), os.fstat(fd)
    except OSError:
        return False
    return (now.st_dev, now.st_ino) == (held.st_dev, held.st_ino)


def _lock_file(out: str) -> str:  # pragma: no cover - Windows
    """The lock where there is no ``flock``: a file made with ``O_EXCL`` holding the process id,
    taken over when that process is gone."""
    path = os.path.join(out, LOCK)
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
    for _ in range(3):
        try:
            fd = os.open(path, flags, 0o644)
        except FileExistsError:
            pid = _lock_pid(path)
            if pid is None and _age(path) < _YOUNG_LOCK:
                raise FramingError(f"{out} is in use by another framing batch (starting)") from None
            if pid is not None and _alive(pid):
                raise FramingError(f"{out} is in use by another framing batch (pid {pid}); if no such batch "
                                   f"runs, remove {path}") from None  # pragma: no cover - Windows
            with contextlib.suppress(FileNotFoundError):  # stale: its batch was killed
                os.remove(path)
            continue
        except OSError as exc:
            raise FramingError(f"{out}: cannot write to the output folder ({exc.strerror or exc})") from None
        try:
            with os.fdopen(fd, "w", encoding="ascii") as fh:
                fh.write(f"{os.getpid()}\n")
        except OSError as exc:
            with contextlib.suppress(OSError):
                os.remove(path)
            raise FramingError(f"{out}: cannot write to the output folder ({exc.strerror or exc})") from None
        return path
    raise FramingError(f"{out} is in use by another framing batch")  # pragma: no cover - lost three races


def _lock_pid(path: str) -> int | None:
    try:
        text = read_regular(path, max_bytes=64).decode("ascii").strip()
    except (OSError, ValueError):
        return None
    return int(text) if text.isdigit() else None


def _age(path: str) -> float:
    try:
        return time.time() - os.stat(path).st_mtime
    except OSError:
        return math.inf


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    if sys.platform == "win32":  # os.kill(pid, 0) would end that process there: assume it lives
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # EPERM: someone else's process
        return True
    return True


def _mark(out: str) -> None:
    """Leave :data:`~framing.batch.events.OUTPUT_MARKER`: this folder is never read as input."""
    from framing.batch.worker import _write

    if not os.path.isfile(os.path.join(out, OUTPUT_MARKER)):
        try:
            _write(out, OUTPUT_MARKER, "framing batch output folder: never read as input by framing batch\n")
        except OSError as exc:
            raise FramingError(f"{out}: cannot write to the output folder ({exc.strerror or exc})") from None


def _clean_temporary(out: str) -> None:
    """Remove the temporary files and folders of killed runs (those whose process is gone)."""
    import shutil

    for folder in (out, os.path.join(out, "events"), os.path.join(out, "summaries")):
        try:
            entries = list(os.scandir(folder))
        except OSError:
            continue
        for e in entries:
            m = _TEMPORARY.fullmatch(e.name)
            if m is None or _alive(int(m[1])):
                continue
            with contextlib.suppress(OSError):
                if e.is_dir(follow_symlinks=False):
                    shutil.rmtree(e.path)
                else:
                    os.remove(e.path)
