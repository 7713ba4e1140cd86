"""Finding the events of a batch: small, picklable descriptions, never loaded articles.

Three layouts are read (see :func:`events_from`):

``folders``
    A folder of event folders, one file per outlet: ``corpus/<event>/<outlet>.txt``.
``records``
    A JSON Lines file of records with an ``event`` key, plus ``outlet``,
    ``title``, ``date``, ``url`` and ``text`` (or BASIL's ``body-paragraphs``).
``basil``
    BASIL's own layout: JSON article files anywhere under a folder, grouped by
    ``triplet-uuid``; the outlet comes from ``source``.

An :class:`Event` names where its articles are; a worker process loads its
own files, so only a few hundred bytes per event cross process boundaries.

>>> import tempfile, pathlib
>>> root = pathlib.Path(tempfile.mkdtemp())
>>> for event in ("vote", "Storm: day 2"):
...     (root / event).mkdir()
...     for outlet in ("bbc", "cnn"):
...         _ = (root / event / f"{outlet}.txt").write_text("Title\\nA sentence. Another one.\\n")
>>> [(e.id, len(e.paths)) for e in events_from(root)]
[('Storm: day 2', 2), ('vote', 2)]
>>> [safe_name(e.id) for e in events_from(root)]
['storm-day-2-ac23062e18', 'vote']
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from framing.errors import LoadError, printable
from framing.io.readers import READERS
from framing.io.regular import open_regular, read_regular

__all__ = [
    "LAYOUTS", "OUTPUT_MARKER", "Event", "Layout", "check_unique", "clean_id", "events_from", "fingerprint",
    "read_spans", "safe_name",
]

Layout = Literal["auto", "folders", "records", "basil"]
LAYOUTS: tuple[str, ...] = ("auto", "folders", "records", "basil")
"""Values of ``layout=``: ``auto`` detects one of the other three."""

_RECORD_SUFFIXES = (".jsonl", ".ndjson")

OUTPUT_MARKER = ".framing-batch"
"""A file :func:`framing.batch.batch` leaves in its output folder: a folder holding
it (or a batch output of an older version: ``summaries`` beside ``aggregate.json``)
is framing's own output and never read as input."""


def _is_output(names: Iterable[str]) -> bool:
    """Whether a folder with these entries is a batch output folder."""
    found = set(names)
    return OUTPUT_MARKER in found or {"summaries", "aggregate.json"} <= found


def clean_id(value: str) -> str:
    """An event id that is valid Unicode: what cannot be encoded as UTF-8 is written out.

    A byte of a file name that is not UTF-8 (which Python keeps as a lone
    surrogate, U+DC80-U+DCFF) becomes ``\\xNN``; any other lone surrogate (a
    JSON ``"\\ud800"``) becomes ``\\uNNNN``. Every output, summary and
    message then holds the same printable id; :func:`safe_name` makes the file
    name.

    >>> clean_id("vote"), clean_id("ev\\udcfe"), clean_id("bad\\ud800id")
    ('vote', 'ev\\\\xfe', 'bad\\\\ud800id')
    """
    return _SURROGATE.sub(lambda m: printable(m.group()), value)  # messages escape them the same way


_SURROGATE = re.compile(r"[\ud800-\udfff]")


@dataclass(frozen=True, slots=True)
class Event:
    """Where one event's articles are (a description; nothing is loaded).

    Attributes
    ----------
    id
        The event's id: its folder name, its ``triplet-uuid`` or its
        ``event`` value. Unique in a batch; results are ordered by it.
    paths
        The article files, sorted; for records, the one JSON Lines file.
    spans
        For records only: ``(line, offset, length)`` of each of the event's
        lines in ``paths[0]`` (line number from 1; offset and length in
        bytes), in file order.
    digest
        For records only: SHA-256 of those lines' bytes, so a worker can tell
        that the file changed after it was scanned.
    error
        A problem found while scanning (for example a JSON Lines line that is
        not valid JSON): the event fails with this reason without being run.
    root
        The folder the scan started from (for a JSON Lines file, its folder): its
        key and outputs name the files relative to it, so the same corpus spelled
        two ways (``b``, ``./b/``, ``/abs/b``) is the same event with the same bytes.
    """

    id: str
    paths: tuple[str, ...]
    spans: tuple[tuple[int, int, int], ...] = ()
    digest: str | None = None
    error: str | None = None
    root: str | None = None

    def relative(self, path: str) -> str:
        """``path`` as the event's outputs and key name it (relative to :attr:`root`)."""
        if self.root is None:
            return path
        try:
            return os.path.relpath(path, self.root)
        except ValueError:  # another drive (Windows)
            return path


_SAFE = re.compile(r"[a-z0-9][a-z0-9._-]{0,99}")
_RESERVED = frozenset(
    ["con", "prn", "aux", "nul"] + [f"com{i}" for i in range(10)] + [f"lpt{i}" for i in range(10)]
)


def safe_name(event_id: str) -> str:
    """A file name for the event: the id itself when it is already a safe name, else a slug plus a hash.

    Safe means lower-case ASCII letters, digits, ``.``, ``_`` and ``-``, at
    most 100 characters, not starting with a dot, not ending with one, and no
    Windows device name. Anything else gets ``<slug>-<10 hex digits of the
    id's SHA-256>``, so two ids never share a name on a case-insensitive
    file system.

    >>> safe_name("2b95d2cf-e979-4f9c-ae27-9a5370934f23")
    '2b95d2cf-e979-4f9c-ae27-9a5370934f23'
    >>> safe_name("Šimonytė/../x"), safe_name("CON")
    ('simonyte-x-24cd4a8cc2', 'con-a3dbc4b644')
    """
    if (
        _SAFE.fullmatch(event_id)
        and not event_id.endswith(".")
        and event_id.split(".")[0] not in _RESERVED
    ):
        return event_id
    folded = unicodedata.normalize("NFKD", event_id).encode("ascii", "ignore").decode("ascii").lower()
    slug = re.sub(r"[^a-z0-9_]+", "-", folded).strip("-_")[:80].strip("-_")
    digest = hashlib.sha256(event_id.encode("utf-8", "surrogatepass")).hexdigest()[:10]
    return f"{slug}-{digest}" if slug else digest


def fingerprint(event: Event) -> str:
    """What the event's inputs are now: names, sizes and modification times of its files.

    For records, the digest of its lines (fixed when the file was scanned). A
    file that cannot be examined counts as missing. Taken before the files are
    read, so a file changed while it is read makes the next run recompute.

    >>> fingerprint(Event("e", ("/nonexistent/a.txt",))) == fingerprint(Event("e", ("/nonexistent/a.txt",)))
    True
    """
    h = hashlib.sha256()
    if event.digest is not None:
        h.update(f"records\0{event.digest}\0".encode())
    for path in event.paths if event.digest is None else ():
        name = event.relative(path)
        try:
            st = os.stat(path)
            h.update(f"{name}\0{st.st_size}\0{st.st_mtime_ns}\0".encode("utf-8", "surrogateescape"))
        except OSError:
            h.update(f"{name}\0missing\0".encode("utf-8", "surrogateescape"))
    if event.error is not None:
        h.update(f"error\0{event.error}".encode())
    return h.hexdigest()


def events_from(
    path: str | os.PathLike[str],
    *,
    layout: Layout = "auto",
    exclude: Iterable[str | os.PathLike[str]] = (),
) -> list[Event]:
    """The events found at ``path``, sorted by id.

    Parameters
    ----------
    path
        A folder of event folders, a ``.jsonl`` file of records with an
        ``event`` key, or a folder of BASIL article files.
    layout
        ``auto`` (default): a ``.jsonl``/``.ndjson`` file is ``records``; a
        folder whose first JSON file (in sorted order, searched recursively)
        has a ``triplet-uuid`` is ``basil``; any other folder is ``folders``.
    exclude
        Folders to leave out (the output folder, when it lies inside the input).

    Cost: ``folders`` lists directories; ``records`` reads the file once;
    ``basil`` parses every JSON file once (to find its ``triplet-uuid``).

    Raises
    ------
    LoadError
        ``path`` is missing, unreadable, or holds no events.
    """
    root = os.fspath(path)
    if not os.path.exists(root):
        raise LoadError(root, "no such file or folder")
    skip = {os.path.realpath(p) for p in exclude}
    chosen = _detect(root, skip) if layout == "auto" else layout
    if chosen == "records":
        events = _records(root)
    elif chosen == "basil":
        events = _basil(root, skip)
    elif chosen == "folders":
        events = _folders(root, skip)
    else:
        raise ValueError(f"layout must be one of {', '.join(LAYOUTS)} (got {layout!r})")
    if not events:
        if chosen == "folders" and os.path.isdir(root) and _holds_articles(root):
            raise LoadError(root, "no events found: it holds articles, not event folders; to compare them as "
                            f"one event: framing compare {root} (batch reads one folder per event, or a JSON "
                            "Lines file whose records have an \"event\" key)")
        raise LoadError(root, f"no events found ({chosen} layout)")
    base = root if os.path.isdir(root) else os.path.dirname(root) or "."
    return [dataclasses.replace(e, root=base) for e in events]


def check_output(root: str | os.PathLike[str], out: str | os.PathLike[str]) -> None:
    """Refuse an output folder that would take input away from the batch reading ``root``.

    The output folder is never read as input (it is left out of the scan), so an output
    folder that is the input folder itself, or one of its folders holding articles (an
    event: ``framing batch corpus -o corpus/<event>``), would drop that input silently.
    A new folder inside the input (``-o corpus/00out``) is fine.

    Raises
    ------
    FramingError
        ``out`` is ``root``, or lies inside it and holds article files without being a
        batch output folder.
    """
    from framing.errors import FramingError
    from framing.io.load import SUFFIXES

    top, where = os.path.realpath(root), os.path.realpath(out)
    if not os.path.isdir(top) or not os.path.isdir(where):
        return
    try:
        inside = os.path.commonpath([top, where]) == top
    except ValueError:  # another drive (Windows)
        return
    if not inside:
        return
    if where == top:
        raise FramingError(f"{out}: the output folder is the input folder; give -o a folder of its own "
                           f"(a new one, inside the input or not)")
    try:
        with os.scandir(where) as entries:
            names = [e.name for e in entries]
    except OSError:
        return
    articles = sorted(n for n in names if not n.startswith(".") and Path(n).suffix.lower() in SUFFIXES)
    if articles and not _is_output(names):
        raise FramingError(f"{out}: the output folder is a folder of the input holding articles "
                           f"({articles[0]}, ...), which would not be read; give -o a folder of its own")


def _holds_articles(root: str) -> bool:
    """Whether a folder holds article files directly (what ``compare`` reads)."""
    from framing.io.load import SUFFIXES

    with os.scandir(root) as entries:
        return any(e.is_file() and Path(e.name).suffix.lower() in SUFFIXES for e in entries)


def _detect(root: str, skip: set[str]) -> str:
    if os.path.isfile(root):
        if Path(root).suffix.lower() in _RECORD_SUFFIXES:
            return "records"
        raise LoadError(root, "batch input must be a folder or a .jsonl file of records with an 'event' key")
    first = next(_json_files(root, skip), None)
    if first is not None and _triplet(first) is not None:
        return "basil"
    return "folders"


def _walk(root: str, skip: set[str], top: bool = True,
          top_root: str | None = None) -> Iterator[tuple[str, list[str]]]:
    """(folder, sorted file names) for every folder under ``root``, in sorted order.

    Hidden entries, the folders in ``skip`` and batch output folders are left
    out. An entry that cannot be examined (a symlink loop: ``ELOOP``) counts
    as a file, so that reading it reports why it failed.
    """
    try:
        entries = sorted(os.scandir(root), key=lambda e: e.name)
    except OSError as exc:
        raise LoadError(root, exc.strerror or str(exc)) from None
    if not top and _is_output(e.name for e in entries):
        return
    visible = [e for e in entries if not e.name.startswith(".")]
    folders = [e for e in visible if _is_dir(e)]
    files = [e.name for e in visible if e not in folders and _is_file(e)]
    yield root, files
    for e in folders:
        # a link to a folder outside the input is not followed (its files would be read as input)
        if os.path.realpath(e.path) not in skip and _inside(e.path, top_root or root):
            yield from _walk(e.path, skip, top=False, top_root=top_root or root)


def _inside(path: str, root: str) -> bool:
    from framing.io.load import points_inside

    return points_inside(path, root)


def _is_dir(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_dir()
    except OSError:
        return False


def _is_file(entry: os.DirEntry[str]) -> bool:
    """A file, or an entry that cannot be examined (reading it will say why)."""
    try:
        return entry.is_file()
    except OSError:
        return True


def _json_files(root: str, skip: set[str]) -> Iterator[str]:
    for folder, names in _walk(root, skip):
        for name in names:
            if name.lower().endswith(".json"):
                yield os.path.join(folder, name)


def _triplet(path: str) -> str | None:
    try:
        data = json.loads(read_regular(path))
    except (OSError, ValueError, RecursionError):
        return None
    value = data.get("triplet-uuid") if isinstance(data, dict) else None
    return value.strip() if isinstance(value, str) and value.strip() else None


def _folders(root: str, skip: set[str]) -> list[Event]:
    events = []
    try:
        folders = [e for e in os.scandir(root) if not e.name.startswith(".") and _is_dir(e)]
    except OSError as exc:
        raise LoadError(root, exc.strerror or str(exc)) from None
    for folder in sorted(folders, key=lambda e: e.name):
        if os.path.realpath(folder.path) in skip:
            continue
        if not _inside(folder.path, root):  # as compare: what lies outside the input is not read
            outside = str(LoadError(folder.path, "symbolic link to a folder outside the input, not followed"))
            events.append(Event(clean_id(folder.name), (), error=outside))
            continue
        try:
            names = sorted(os.listdir(folder.path))
        except OSError as exc:
            unreadable = str(LoadError(folder.path, exc.strerror or str(exc)))
            events.append(Event(clean_id(folder.name), (), error=unreadable))
            continue
        if _is_output(names):
            continue
        paths = tuple(
            os.path.join(folder.path, n)
            for n in names
            if not n.startswith(".") and Path(n).suffix.lower() in READERS and _readable(os.path.join(folder.path, n))
        )
        error = None if paths else str(LoadError(folder.path, "folder holds no supported article files"))
        events.append(Event(clean_id(folder.name), paths, error=error))
    return events


def _readable(path: str) -> bool:
    """A file, or a link that cannot be followed (a loop, a dangling link): reading it says why."""
    return os.path.isfile(path) or (os.path.islink(path) and not os.path.isdir(path))


def _basil(root: str, skip: set[str]) -> list[Event]:
    groups: dict[str, list[str]] = {}
    for path in _json_files(root, skip):
        # A file that cannot be parsed still joins its triplet (BASIL names
        # files <triplet>_<n>.json); the worker then reports why it failed.
        event = clean_id(_triplet(path) or re.sub(r"_\d+$", "", Path(path).stem))
        groups.setdefault(event, []).append(path)
    return [Event(event, tuple(sorted(paths))) for event, paths in sorted(groups.items())]


def _records(path: str) -> list[Event]:
    try:
        with open_regular(path, max_bytes=None) as fh:  # read line by line: no cap on its size
            return _scan(fh, path)
    except LoadError:
        raise
    except OSError as exc:
        raise LoadError(path, exc.strerror or str(exc)) from None


def _scan(lines: Iterable[bytes], path: str) -> list[Event]:
    """Group a JSON Lines file's lines by event, streaming (the file is never held whole)."""
    spans: dict[str, list[tuple[int, int, int]]] = {}
    digests: dict[str, hashlib._Hash] = {}
    bad: list[Event] = []
    name = Path(path).name
    offset = 0
    for n, line in enumerate(lines, start=1):
        start, offset = offset, offset + len(line)
        if not line.strip():
            continue
        event, problem = _event_of(line, n)
        if event is None:
            bad.append(Event(f"{name}:{n}", (path,), error=f"{path}: {problem}"))
            continue
        spans.setdefault(event, []).append((n, start, len(line)))
        digests.setdefault(event, hashlib.sha256()).update(line)
    events = [
        Event(event, (path,), tuple(where), digests[event].hexdigest()) for event, where in spans.items()
    ]
    return sorted(events + bad, key=lambda e: e.id)


def _event_of(line: bytes, n: int) -> tuple[str | None, str]:
    try:
        record = json.loads(line)
    except (ValueError, RecursionError) as exc:
        msg = exc.msg if isinstance(exc, json.JSONDecodeError) else "not UTF-8 JSON"
        return None, f"invalid JSON on line {n}: {msg}"
    value = record.get("event") if isinstance(record, dict) else None
    if isinstance(value, bool) or not isinstance(value, (str, int)) or not str(value).strip():
        return None, f"line {n}: record has no 'event' (a string or integer)"
    return clean_id(str(value).strip()), ""


def read_spans(event: Event) -> list[tuple[int, bytes]]:
    """``(line number, bytes)`` of a records event's lines, checked against its digest.

    Raises
    ------
    LoadError
        The file changed since it was scanned, or cannot be read.
    """
    path = event.paths[0]
    h = hashlib.sha256()
    parts = []
    try:
        with open_regular(path, max_bytes=None) as fh:
            for line, offset, length in event.spans:
                fh.seek(offset)
                chunk = fh.read(length)
                h.update(chunk)
                parts.append((line, chunk))
    except LoadError:
        raise
    except OSError as exc:
        raise LoadError(path, exc.strerror or str(exc)) from None
    if h.hexdigest() != event.digest:
        raise LoadError(path, "file changed since it was scanned; run the batch again")
    return parts


def check_unique(events: Sequence[Event]) -> None:
    """Raise if two events share an id or a file name (:func:`safe_name`)."""
    ids: set[str] = set()
    names: dict[str, str] = {}
    for e in events:
        if e.id in ids:
            raise LoadError(e.paths[0] if e.paths else e.id, f"event id {e.id!r} is repeated")
        ids.add(e.id)
        name = safe_name(e.id)
        other = names.setdefault(name, e.id)
        if other != e.id:
            raise LoadError(e.id, f"events {other!r} and {e.id!r} would share the file name {name!r}")
