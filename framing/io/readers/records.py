"""JSON and JSON Lines records.

A record is an object with ``text`` (a string) or BASIL-style
``body-paragraphs`` (a list of paragraphs, each a list of sentences or a
string), plus optional ``outlet`` or ``source``, ``title``, ``date``, ``url``
and ``id``. A ``.json`` file holds one record or a list of them; a ``.jsonl``
file holds one per line.

BASIL's own sentence split is kept, so sentence ``K`` of an article is
BASIL's ``pK`` (its annotations refer to sentences that way).
"""

from __future__ import annotations

import json
from typing import Any

from framing.errors import LoadError
from framing.io.article import Block
from framing.io.outlets import outlet_for_code
from framing.io.readers.parsed import Parsed
from framing.text.segment import paragraph_spans


def _meta(record: dict[str, Any]) -> dict[str, Any]:
    meta: dict[str, Any] = {}
    for name in ("title", "date", "url"):
        value = record.get(name)
        if isinstance(value, str) and value.strip():
            meta[name] = value.strip()
    outlet = record.get("outlet")
    source = record.get("source")
    if isinstance(outlet, str) and outlet.strip():
        meta["outlet"] = outlet.strip()
    elif isinstance(source, str) and source.strip():
        meta["outlet"] = outlet_for_code(source)
    return meta


def _from_paragraphs(paragraphs: list[Any], where: str, path: str) -> tuple[str, list[Block]]:
    parts: list[str] = []
    blocks: list[Block] = []
    pos = 0
    for para in paragraphs:
        sentences = [para] if isinstance(para, str) else para
        if not isinstance(sentences, list) or not all(isinstance(s, str) for s in sentences):
            raise LoadError(path, f"{where}: body-paragraphs must hold strings or lists of strings")
        sentences = [" ".join(s.split()) for s in sentences]
        sentences = [s for s in sentences if s]
        if not sentences:
            continue
        if parts:
            parts.append("\n\n")
            pos += 2
        start = pos
        spans = []
        for i, s in enumerate(sentences):
            if i:
                parts.append(" ")
                pos += 1
            parts.append(s)
            spans.append((pos, pos + len(s)))
            pos += len(s)
        given = spans if not isinstance(para, str) else None
        blocks.append(Block(start, pos, "text", given))
    return "".join(parts), blocks


def _record(record: Any, where: str, path: str) -> Parsed:
    if not isinstance(record, dict):
        raise LoadError(path, f"{where}: expected a JSON object (got {type(record).__name__})")
    meta = _meta(record)
    rid = record.get("id")
    record_id = str(rid) if isinstance(rid, (str, int)) and str(rid).strip() else None
    if isinstance(record.get("text"), str):
        text = record["text"]
        blocks = [Block(s, e) for s, e in paragraph_spans(text)]
    elif isinstance(record.get("body-paragraphs"), list):
        text, blocks = _from_paragraphs(record["body-paragraphs"], where, path)
    else:
        raise LoadError(path, f"{where}: has no 'text' string or 'body-paragraphs' list")
    if not text.strip():
        raise LoadError(path, f"{where}: article text is empty")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise LoadError(path, f"{where}: invalid Unicode (a lone surrogate escape such as \\ud800)") from None
    # A record that names its title has given it; the text is not searched for one.
    return Parsed(text, blocks, "json", meta=meta, record_id=record_id,
                  sniff_title="title" not in meta)


def read_json(source: str, path: str) -> list[Parsed]:
    """Records of a ``.json`` file: one object or a list of objects."""
    try:
        data = json.loads(source)
    except json.JSONDecodeError as exc:
        raise LoadError(path, f"invalid JSON at line {exc.lineno} column {exc.colno}: {exc.msg}") from None
    except RecursionError:
        raise LoadError(path, "invalid JSON: nested too deeply") from None
    except ValueError as exc:  # e.g. an integer longer than Python's digit limit
        raise LoadError(path, f"invalid JSON: {exc}") from None
    if isinstance(data, list):
        if not data:
            raise LoadError(path, "JSON list holds no records")
        return [_record(r, f"record {i + 1}", path) for i, r in enumerate(data)]
    return [_record(data, "record", path)]


class BadRecords(LoadError):
    """Some lines of a JSON Lines file could not be read: ``good`` holds the records that
    could, ``errors`` one :class:`LoadError` per bad line (``load_all`` reports each and
    keeps the good ones; its message names the first and counts the rest)."""

    def __init__(self, path: str, good: list[Parsed], errors: list[LoadError]) -> None:
        more = f" (and {len(errors) - 1} more bad lines)" if len(errors) > 1 else ""
        super().__init__(path, errors[0].problem + more)
        self.good, self.errors = good, errors

    def __reduce__(self) -> tuple[type[LoadError], tuple[str, str]]:
        return (LoadError, (self.path, self.problem))


def read_jsonl(source: str, path: str) -> list[Parsed]:
    """Records of a JSON Lines file, one object per non-blank line.

    Raises
    ------
    BadRecords
        Some lines are not records (the others are in it, each bad line named).
    """
    out = []
    errors: list[LoadError] = []
    # only "\n" ends a record: U+2028 and friends may stand raw inside JSON strings
    for n, line in enumerate(source.split("\n"), start=1):
        line = line.removesuffix("\r")
        if not line.strip():
            continue
        try:
            try:
                data = json.loads(line)
            except json.JSONDecodeError as exc:
                raise LoadError(path, f"invalid JSON on line {n}: {exc.msg}") from None
            except RecursionError:
                raise LoadError(path, f"invalid JSON on line {n}: nested too deeply") from None
            except ValueError as exc:
                raise LoadError(path, f"invalid JSON on line {n}: {exc}") from None
            out.append(_record(data, f"line {n}", path))
        except LoadError as exc:
            errors.append(exc)
    if errors:
        raise BadRecords(path, out, errors)
    if not out:
        raise LoadError(path, "JSON Lines file holds no records")
    return out
