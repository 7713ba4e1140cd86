"""Reading article files safely: formats, encodings, bad input.

>>> import tempfile, pathlib
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> _ = (folder / "a.txt").write_text("Title line\\nMay 8, 2024\\nBody sentence one. Two.\\n")
>>> article = load(folder / "a.txt")
>>> article.id, article.title, article.date, len(article.body)
('a', 'Title line', '2024-05-08', 2)
>>> load(folder / "missing.txt")
Traceback (most recent call last):
...
framing.errors.LoadError: .../missing.txt: no such file
"""

from __future__ import annotations

import codecs
import json
import os
import re
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path

from framing.errors import LoadError, MetadataError, printable
from framing.io.article import Article, assemble
from framing.io.readers import READERS, SUFFIXES
from framing.io.readers.parsed import Parsed
from framing.io.readers.records import BadRecords
from framing.io.regular import MAX_BYTES, read_regular
from framing.text import language as _language
from framing.text.dates import parse_date

__all__ = ["MAX_BYTES", "SUFFIXES", "decode", "load", "load_all", "load_bytes", "points_inside", "sniff_suffix"]

PathLike = str | os.PathLike[str]

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_ALLOWED_CONTROLS = frozenset("\t\n\r\v\f\x1c\x1d\x1e\x85")
# the characters of Unicode category Cc (U+0000-U+001F, U+007F-U+009F) but those allowed: one
# regular-expression pass, not a category look-up per character
_CONTROLS = re.compile("[" + "".join(re.escape(chr(n)) for n in (*range(0x20), *range(0x7F, 0xA0))
                                     if chr(n) not in _ALLOWED_CONTROLS) + "]")


def decode(raw: bytes, path: str = "<bytes>") -> str:
    """Decode file bytes to text.

    A BOM decides (UTF-8, UTF-16, UTF-32); otherwise strict UTF-8; otherwise
    charset-normalizer's best guess (Latin-1, cp1252, GBK, Shift-JIS, ...). NUL bytes without
    a UTF-16/32 BOM, or many control characters, mean a binary file.

    >>> decode("café".encode("cp1252"))
    'café'
    >>> decode("\\ufeffhi".encode("utf-8")), decode("hi".encode("utf-16"))
    ('hi', 'hi')
    >>> decode("Президент заявил, что войска готовы. Это новость дня.".encode("cp1251"))
    'Президент заявил, что войска готовы. Это новость дня.'
    """
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            try:
                return raw.decode(encoding)
            except UnicodeDecodeError:
                raise LoadError(path, f"invalid {encoding.upper()} despite its byte-order mark") from None
    if b"\x00" in raw:
        raise LoadError(path, "binary file (contains NUL bytes), not text")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = _guess(raw, path)
    return _check_controls(text, path)


_WESTERN = ("cp1252", "latin_1", "iso8859_15")
_LATIN_LANGUAGES = frozenset(
    "English French German Spanish Italian Portuguese Dutch Swedish Danish Norwegian Finnish "
    "Indonesian Unknown".split()
)


def _guess(raw: bytes, path: str) -> str:
    """Decode bytes that are not UTF-8 and carry no BOM.

    charset-normalizer ranks candidate code pages. On short Western text
    several single-byte code pages tie (cp775 and cp1257 with cp1252 on plain
    English) or the ranking misses cp1252 entirely (4 bytes of "café" read as
    UTF-16). So: without a BOM and without NUL bytes UTF-16/32 guesses are
    dropped; Windows-1252/Latin-1 wins ties, and wins whenever the best guess
    is a Latin-script language; a Cyrillic, Greek, Arabic, ... guess stands
    when charset-normalizer is coherent about that language.
    """
    from charset_normalizer import from_bytes

    try:
        western: str | None = raw.decode("cp1252")
    except UnicodeDecodeError:
        western = None
    matches = [m for m in from_bytes(raw) if not m.encoding.startswith(("utf_16", "utf_32"))]
    if matches:
        least = min(m.chaos for m in matches)
        tied = [m for m in matches if m.chaos <= least + 0.01]
        for m in tied:
            if m.encoding in _WESTERN:
                return str(m)
        top = tied[0]
        # a non-Latin guess must rest on real evidence of its language: charset-normalizer's
        # coherence (letter frequencies), which it never has for Chinese, Japanese and Korean
        # (near 0 for them: jawah/charset_normalizer#121), so there the decoded text itself
        # is the evidence, written mostly in their scripts
        if western is not None and (top.language in _LATIN_LANGUAGES or top.coherence < 0.2):
            text = str(top)
            if top.language in _CJK_LANGUAGES and _mostly_cjk(text):
                return text
            return western
        return str(top)
    if western is not None:
        return western
    raise LoadError(path, "not text: invalid UTF-8 and no other encoding fits")


_CJK_LANGUAGES = frozenset(("Chinese", "Japanese", "Korean"))
# Han, kana, Hangul, and the CJK punctuation and full-width forms that go with them
_CJK = re.compile(r"[\u3000-\u30ff\u3130-\u318f\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]")


def _mostly_cjk(text: str) -> bool:
    """Whether at least a third of ``text``'s letters and marks are CJK: text in those scripts.
    Western text misread as a CJK code page (each accented letter eating the letter after it)
    has a few per cent."""
    sample = text[:65536]
    letters = sum(1 for c in sample if c.isalpha())
    return letters > 0 and len(_CJK.findall(sample)) * 3 >= letters


def _check_controls(text: str, path: str) -> str:
    sample = text[:65536]
    controls = len(_CONTROLS.findall(sample))
    if controls > max(8, len(sample) // 100):
        raise LoadError(path, "binary file (control characters), not text")
    return text


def _read_bytes(path: str, max_bytes: int) -> bytes:
    return read_regular(path, max_bytes=max_bytes, directory="is a directory (use load_all to read a folder)")


def _parse(path: str, max_bytes: int) -> list[Parsed]:
    if not os.path.lexists(path):  # before the suffix: a missing folder has none
        raise LoadError(path, "no such file" if Path(path).suffix else "no such file or folder")
    if os.path.isdir(path):
        raise LoadError(path, "is a directory (use load_all to read a folder)")
    suffix = Path(path).suffix.lower()
    reader = READERS.get(suffix)
    if reader is None:
        supported = ", ".join(SUFFIXES)
        raise LoadError(path, f"unsupported format {suffix or '(no suffix)'!r} (supported: {supported})")
    return _parse_raw(_read_bytes(path, max_bytes), path, reader)


def _parse_raw(raw: bytes, path: str, reader: Callable[[str, str], list[Parsed]] | None,
               what: str = "file") -> list[Parsed]:
    """Decode and read ``raw``; ``reader`` None: the one :func:`sniff_suffix` picks."""
    if not raw:
        raise LoadError(path, f"empty {what}")
    source = decode(raw, path)
    if not source.strip():
        raise LoadError(path, f"{what} contains only whitespace")
    if reader is None:
        reader = READERS[sniff_suffix(source)]
    try:
        parsed = reader(source, path)
    except RecursionError:
        raise LoadError(path, "too deeply nested to read") from None
    if not parsed or not any(p.text.strip() for p in parsed):
        raise LoadError(path, "no article text found")
    return parsed


_MARKUP = re.compile(
    r"\s*<(?:!doctype\s+html|html|head|body|article|main|section|div|p|h[1-6]|meta|title|!--)[\s>/]", re.I
)


def sniff_suffix(source: str) -> str:
    """The suffix whose reader fits ``source``, text of unknown origin (standard input).

    ``.html`` when it opens with a page's markup; ``.json`` for one JSON document
    (and for text opening with ``{`` that is no JSON: the reader then says where it
    breaks); ``.jsonl`` when its first line is a JSON object and the whole is not;
    else ``.txt``, which reads Markdown when the text uses its syntax.

    >>> sniff_suffix("<!DOCTYPE html><p>Hi</p>"), sniff_suffix('{"text": "Hi"}'), sniff_suffix("# Title\\nText")
    ('.html', '.json', '.txt')
    >>> sniff_suffix('{"text": "a"}\\n{"text": "b"}'), sniff_suffix("[Updated] Bridge closed")
    ('.jsonl', '.txt')
    """
    if _MARKUP.match(source):
        return ".html"
    head = source.lstrip()[:1]
    if head and head in "{[":
        try:
            json.loads(source)
            return ".json"
        except (ValueError, RecursionError):
            pass
        try:
            if isinstance(json.loads(source.lstrip().split("\n", 1)[0]), dict):
                return ".jsonl"
        except (ValueError, RecursionError):
            pass
        if head == "{":
            return ".json"
    return ".txt"


def load_bytes(
    raw: bytes,
    *,
    id: str,
    path: str = "-",
    format: str | None = None,
    max_bytes: int = MAX_BYTES,
) -> Article:
    """Read one article from bytes that come from no file (standard input, a download).

    Parameters
    ----------
    raw
        The article, in any encoding :func:`decode` reads.
    id
        Its identifier in a comparison.
    path
        What messages and ``Article.path`` call it ("-": standard input).
    format
        A suffix of :data:`SUFFIXES` (``".html"``); None: from the content (:func:`sniff_suffix`).
    max_bytes
        Refuse more bytes than this.

    Raises
    ------
    LoadError
        Too large, empty, binary, in an unknown format, malformed, or holding several records.

    >>> a = load_bytes(b"<html><body><h1>Bridge shut</h1><p>The bridge was shut on Monday.</p></body></html>",
    ...                id="stdin")
    >>> a.id, a.path, a.format, a.title
    ('stdin', '-', 'html', 'Bridge shut')
    """
    if len(raw) > max_bytes:
        raise LoadError(path, f"input is over the {max_bytes / 2**20:g} MiB limit")
    reader = None
    if format is not None:
        reader = READERS.get(format.lower())
        if reader is None:
            raise LoadError(path, f"unsupported format {format!r} (supported: {', '.join(SUFFIXES)})")
    parsed = _parse_raw(raw, path, reader, "input")
    if len(parsed) > 1:
        raise LoadError(path, f"holds {len(parsed)} records; one article is read from here")
    return _build(parsed[0], id=id, path=path, overrides={})


def _build(p: Parsed, *, id: str, path: str, overrides: dict[str, str | None]) -> Article:
    meta = dict(p.meta)
    meta.update({k: v for k, v in overrides.items() if v is not None})
    date = meta.get("date")
    if date is not None:
        iso = parse_date(date)
        if iso is None and "date" in overrides and overrides["date"] is not None:
            raise MetadataError(f"date must be a date such as 2024-05-08 (got {date!r})")
        date = iso
    return assemble(
        p.text,
        p.blocks,
        # a file name that is not UTF-8 (its bytes as lone surrogates) or holds a newline is
        # written the way every message writes it (printable: "a\\xfe"): reports are UTF-8 text
        id=printable(id),
        outlet=meta.get("outlet"),
        title=meta.get("title"),
        date=date,
        url=meta.get("url"),
        path=printable(path) if path is not None else None,
        fmt=p.fmt,
        links=p.links,
        sniff_title=p.sniff_title,
    )


def load(
    path: PathLike,
    *,
    id: str | None = None,
    outlet: str | None = None,
    title: str | None = None,
    date: str | None = None,
    url: str | None = None,
    max_bytes: int = MAX_BYTES,
    language: str | None = None,
) -> Article:
    """Read one article file.

    Parameters
    ----------
    path
        A ``.txt``, ``.md``, ``.html``/``.htm``, ``.json`` or ``.jsonl`` file
        holding one article.
    id, outlet, title, date, url
        Override what is read or sniffed from the file. ``id`` defaults to the
        file stem.
    max_bytes
        Refuse files larger than this (default :data:`MAX_BYTES`).
    language
        ISO 639-1 code to read the article in (default: detected; see :mod:`framing.text.language`).

    Raises
    ------
    LoadError
        The file is missing, not a regular file, too large, empty, binary, in
        an unsupported format, malformed, or holds several records.
    """
    spath = os.fspath(path)
    parsed = _parse(spath, max_bytes)
    if len(parsed) > 1:
        raise LoadError(spath, f"holds {len(parsed)} records; use load_all to read them all")
    overrides = {"outlet": outlet, "title": title, "date": date, "url": url}
    with _language.forced(None if language is None else _language.check(language)):
        return _build(parsed[0], id=id or Path(spath).stem, path=spath, overrides=overrides)


def _expand(paths: Iterable[PathLike], follow_links: bool = False) -> Iterable[str | LoadError]:
    for path in paths:
        spath = os.fspath(path)
        if os.path.isdir(spath):
            try:
                names = sorted(os.listdir(spath))
            except OSError as exc:
                yield LoadError(spath, exc.strerror or str(exc))
                continue
            files = [
                os.path.join(spath, n)
                for n in names
                if not n.startswith(".")
                and Path(n).suffix.lower() in READERS
                and not os.path.isdir(os.path.join(spath, n))
            ]
            if not files:
                yield LoadError(spath, f"folder holds no supported files ({', '.join(SUFFIXES)})")
            for f in files:
                # a link in a folder to a file outside it (/etc/passwd) is not read unless asked
                if os.path.islink(f) and not follow_links and not points_inside(f, spath):
                    yield LoadError(f, "symbolic link to a file outside the folder, not followed "
                                       "(--follow-links / follow_links=True reads it)")
                else:
                    yield f
        else:
            yield spath


def points_inside(path: str, folder: str) -> bool:
    """Whether ``path``, links resolved, is ``folder`` or lies under it (``compare`` and
    ``batch`` read a link out of their input only when asked)."""
    real, top = os.path.realpath(path), os.path.realpath(folder)
    try:
        return os.path.commonpath([real, top]) == top
    except ValueError:  # another drive (Windows)
        return False


def _unique_ids(items: list[tuple[str, str, Parsed]]) -> list[str]:
    """Ids from file stems (or record ids), made unique without depending on order.

    Colliding stems are qualified first by their suffix (``x.txt`` and
    ``x.md`` in one folder), then by their parent folders (``a/x.txt`` ->
    ``a/x``); anything still colliding gets ``-2``, ``-3`` in sorted path
    order.
    """
    def base(path: str, p: Parsed, level: int, n_records: int, k: int) -> str:
        whole = Path(os.path.abspath(path))
        if level == 1:
            stem = whole.name
        else:
            parts = whole.with_suffix("").parts
            depth = max(level - 1, 0)
            stem = "/".join(parts[-1 - depth:])
        if n_records > 1:
            return f"{stem}#{p.record_id}" if p.record_id else f"{stem}#{k + 1}"
        return stem

    counts: dict[str, int] = {}
    for path, _, _ in items:
        counts[path] = counts.get(path, 0) + 1
    seen_k: dict[str, int] = {}
    keys = []
    for path, _, p in items:
        k = seen_k.get(path, 0)
        seen_k[path] = k + 1
        keys.append((path, p, counts[path], k))
    ids = [base(path, p, 0, n, k) for path, p, n, k in keys]
    for level in range(1, 5):
        dup = {i for i, n in Counter(ids).items() if n > 1}
        if not dup:
            break
        ids = [base(path, p, level, n, k) if ids[j] in dup else ids[j]
               for j, (path, p, n, k) in enumerate(keys)]
    groups: dict[str, list[int]] = {}
    for j, i in enumerate(ids):
        groups.setdefault(i, []).append(j)
    for i, members in groups.items():
        if len(members) > 1:
            for rank, j in enumerate(sorted(members, key=lambda j: (keys[j][0], keys[j][3]))):
                if rank:
                    ids[j] = f"{i}-{rank + 1}"
    return ids


def load_all(
    *paths: PathLike,
    on_error: Callable[[LoadError], None] | None = None,
    max_bytes: int = MAX_BYTES,
    follow_links: bool = False,
    language: str | None = None,
) -> list[Article]:
    """Read many files; a folder expands to its supported files, sorted by name.

    Parameters
    ----------
    *paths
        Files and folders (folders are not searched recursively; hidden files
        are skipped). The same file given twice is read once.
    on_error
        Called with each :class:`LoadError`; loading then goes on with the
        other files. Without it the first error is raised.
    max_bytes
        Refuse files larger than this.
    follow_links
        Read a symbolic link in a folder that points outside the folder (by default it
        is an error of that file: a corpus should not pull in ``/etc/passwd``). Paths
        given themselves are always read.
    language
        ISO 639-1 code to read every article in (default: each one's detected language).

    Returns
    -------
    list of Article
        In the order given, with unique ids (see ``_unique_ids``). A ``.jsonl``
        or list-of-records ``.json`` file gives one article per record.
    """
    items: list[tuple[str, str, Parsed]] = []
    seen: set[str] = set()
    for entry in _expand(paths, follow_links):
        try:
            if isinstance(entry, LoadError):
                raise entry
            real = os.path.realpath(entry)
            if real in seen:
                continue
            seen.add(real)
            try:
                parsed = _parse(entry, max_bytes)
            except BadRecords as bad:  # a JSON Lines file with bad lines: each named, the good ones kept
                if on_error is None:
                    raise
                parsed = bad.good
                for error in bad.errors:
                    on_error(error)
            for p in parsed:
                items.append((entry, real, p))
        except LoadError as exc:
            if on_error is None:
                raise
            on_error(exc)
    ids = _unique_ids([(real, path, p) for path, real, p in items])
    with _language.forced(None if language is None else _language.check(language)):
        return [
            _build(p, id=i, path=path, overrides={}) for (path, _, p), i in zip(items, ids, strict=True)
        ]
