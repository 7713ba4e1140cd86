"""Writing output files so that nothing is lost, forged or half-written.

Every file framing writes goes through :func:`write_text` (or :func:`open_atomic`):
a temporary file with a unique, unpredictable name is created exclusively
(``O_CREAT | O_EXCL | O_NOFOLLOW``: a file or link planted at that name makes
the open fail, it is never followed) in the target's own folder, written,
flushed and fsynced, then renamed over the target in one step. A reader sees
the old file or the new one, never a mixture; two runs writing one target
never share a temporary file (the last rename wins, and each run's file is
whole); a full disk or a file-size limit fails the write before the rename, so
the old file stays and the error is raised. The temporary file is removed on
any failure, Ctrl-C included.

A folder of tables is written into a temporary folder first, then moved in file by file
(:func:`framing.render.csv.to_csv`).

Not :func:`tempfile.mkstemp`: its files are private (0600); results keep the
mode the umask gives, as any file a user makes.

>>> import tempfile, os
>>> d = tempfile.mkdtemp()
>>> write_text(os.path.join(d, "r.md"), "# report\\n")
>>> open(os.path.join(d, "r.md")).read(), [n for n in os.listdir(d) if n.endswith(".tmp")]
('# report\\n', [])
"""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Iterator
from typing import TextIO

__all__ = ["open_atomic", "temporary_name", "write_text"]

_FLAGS = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)


def temporary_name(target: str) -> str:
    """A fresh temporary path beside ``target`` (hidden, with the process id and 64 random bits)."""
    folder, name = os.path.split(os.path.abspath(target))
    return os.path.join(folder, f".{name}.{os.getpid()}.{secrets.token_hex(8)}.tmp")


@contextlib.contextmanager
def open_atomic(target: str) -> Iterator[TextIO]:
    """A UTF-8 text file that becomes ``target`` when the ``with`` block ends without error."""
    tmp = temporary_name(target)
    fd = os.open(tmp, _FLAGS, 0o666)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.remove(tmp)
        raise


def write_text(target: str, text: str) -> None:
    """Write ``text`` to ``target`` atomically (see the module docstring)."""
    with open_atomic(target) as fh:
        fh.write(text)
