"""What one HTML page is made of: its limits, its Content-Security-Policy, its static
files, and :class:`Page`, what every part of the page needs, made once.

The page's parts (:mod:`framing.render.html`, :mod:`framing.render.columns`)
read a :class:`Page`; the batch's index page (:mod:`framing.batch.html`)
shares the policy and the static files.
"""

from __future__ import annotations

import base64
import hashlib
import re
from collections.abc import Iterable, Sequence
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING, Any

from framing.errors import MetadataError
from framing.findings.derived import of
from framing.findings.labels import Labels
from framing.findings.model import MAX_FINDINGS
from framing.render.gaps import omission_places
from framing.render.htmltext import esc
from framing.render.svg import kind_of
from framing.text.phrase import count, few

if TYPE_CHECKING:
    from framing.compare import Comparison

__all__ = ["COMPACT", "MAX_ROWS", "MAX_SHOWN", "TITLE", "Page", "csp", "static"]


MAX_ROWS = 1000
"""Most rows of one list or table in the page (the columns' text is never cut)."""


TITLE = 160
"""Most characters of a headline in a heading or a finding (a 100 KB title is no heading;
the JSON keeps it whole); a column shows twice as many."""


MAX_SHOWN = 12
"""Outlets shown side by side (and given a column, row or axis in tables and pictures) when
``outlets`` does not choose them: the first by id. Every outlet is in the JSON and CSV."""


COMPACT = 6
"""Outlets side by side from which the columns are narrower and their text smaller (compact mode)."""


_LABEL = re.compile(r"\b([CQP]\d+)\b")


@cache
def static(name: str) -> str:
    return resources.files("framing.render").joinpath("static", name).read_text(encoding="utf-8")


def _hash(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii") + "'"


def csp(script: str | None, style: str) -> str:
    """The page's Content-Security-Policy: nothing may load; only this script (None: no script)
    and this style apply."""
    scripts = "'none'" if script is None else _hash(script)
    return (f"default-src 'none'; script-src {scripts}; style-src {_hash(style)}; img-src 'none'; "
            "font-src 'none'; connect-src 'none'; media-src 'none'; object-src 'none'; frame-src 'none'; "
            "base-uri 'none'; form-action 'none'")


class Page:
    """What every part of one page needs, made once."""

    def __init__(self, c: Comparison, shown: Sequence[str] | None) -> None:
        self.c = c
        self.derived = d = of(c)  # names, labels, threads and findings every output shares
        self.names = d.names
        self.lab: Labels = d.labels
        ids = [a.id for a in c.articles]
        if shown:
            unknown = [s for s in shown if s not in ids]
            if unknown:
                raise MetadataError(f"no article {unknown[0]!r} to show (ids: {few(ids, MAX_FINDINGS)})")
            chosen = set(shown)
            self.shown = [a for a in c.articles if a.id in chosen]
        else:
            self.shown = list(c.articles[:MAX_SHOWN])
        self.col = {a.id: n for n, a in enumerate(c.articles)}
        # unit label -> unit; a sentence's label is looked up through the alignment (label_of)
        self.unit_by_label: dict[str, Any] = {self.lab.units[u.id]: u for u in c.alignment.units}
        self.shown_ids = [a.id for a in self.shown]
        self.unit_kinds: dict[str, str | None] = {}
        self.threads = d.threads
        self.gaps = omission_places(c.alignment, self.shown_ids) if len(self.shown_ids) > 1 else {}
        self._numbers: dict[tuple[str, ...], int] = {}
        self._by_identity: dict[int, tuple[tuple[str, ...], int]] = {}

    def carrier_set(self, unit: str) -> int:
        """The number of unit ``unit``'s set of carriers among :meth:`carrier_sets`: found by the identity of its
        carriers tuple (equal sets share one, :func:`framing.align.smallmap.shared_keys`), so a set of hundreds
        of outlets is hashed once per page, not once per outlet lacking it; nothing is kept per unit."""
        cov = self.c.coverage
        assert cov is not None
        who = cov.carriers[unit]
        found = self._by_identity.get(id(who))
        if found is None or found[0] is not who:  # (the tuple is held beside its number: its id is no other's)
            number = self._numbers.setdefault(tuple(who), len(self._numbers))
            found = self._by_identity[id(who)] = (who, number)
        return found[1]

    def carrier_sets(self) -> list[tuple[str, ...]]:
        """The distinct sets of carriers numbered so far by :meth:`carrier_set`, by number."""
        return list(self._numbers)

    def label_of(self, article: str, index: int) -> str | None:
        """The label of the unit holding sentence ``index`` of ``article`` (None: a sentence no unit holds)."""
        try:
            unit = self.c.alignment.unit_of(article, index)
        except KeyError:
            return None
        return self.lab.units[unit.id]

    def unit_kind(self, label: str) -> str | None:
        """:attr:`framing.align.units.Unit.kind` of the unit, made once per unit (it looks at every pair
        of its carriers, and every sentence of every column asks)."""
        if label not in self.unit_kinds:
            self.unit_kinds[label] = self.unit_by_label[label].kind
        return self.unit_kinds[label]

    def kind(self, label: str) -> str:
        """``only``/``all``/``some`` among the outlets shown."""
        unit = self.unit_by_label[label]
        carriers = [a for a in unit.carriers() if a in self.shown_ids]
        return kind_of(len(carriers), len(self.shown_ids))

    def some(self, ids: Sequence[str]) -> str:
        """Outlet names for one line, at most :data:`MAX_FINDINGS` of them, the rest counted."""
        return few([self.names[a] for a in ids], MAX_FINDINGS)

    def hidden_columns(self) -> list[str]:
        """A note when tables give columns to only the outlets shown."""
        hidden = len(self.c.articles) - len(self.shown)
        if hidden <= 0:
            return []
        return [f'<p class="muted">Columns for {count(hidden, "more outlet")} are left out (the page shows '
                f"{len(self.shown)}; <code>--show ID</code> chooses them): every one is in the JSON and CSV.</p>"]

    def sid(self, article: str, index: int) -> str:
        return f"s-{self.col[article]}-{index}"

    def ref(self, label: str) -> str:
        """A label as a link: units light up in the text, quotes and people jump to their entry."""
        if label.startswith("C") and label in self.unit_by_label:
            return f'<a class="ref" href="#u-{label}" data-u="{label}">{label}</a>'
        if label.startswith("Q"):
            return f'<a class="ref" href="#q-{label}">{label}</a>'
        if label.startswith("P"):
            return f'<a class="ref" href="#p-{label}">{label}</a>'
        return label

    def linked(self, text: str, refs: Iterable[str]) -> str:
        """Plain ``text`` escaped, with the labels it names (among ``refs``) as links."""
        known = set(refs)
        return _LABEL.sub(lambda m: self.ref(m.group(1)) if m.group(1) in known else m.group(1), esc(text))

    def evidence(self, article: str, sentence: int, start: int, end: int, extra: str = "") -> str:
        if article not in self.shown_ids:  # its column is not on the page: the evidence as text
            return f"s{sentence}{extra} @{start}-{end}"
        return (f'<a class="ev" href="#{self.sid(article, sentence)}" data-s="{self.sid(article, sentence)}">'
                f"s{sentence}{extra} @{start}-{end}</a>")
