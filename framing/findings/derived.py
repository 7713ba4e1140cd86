"""What every output of one comparison reads, made once.

The Markdown memo, the HTML page, the JSON, the CSV files and the data
frames all name the outlets the same way, label units, quotes and people
the same way, and list the same key findings (built from the same threads
and headline contrasts). :func:`of` gives the comparison's :class:`Derived`:
each of those is made the first time an output asks for it and kept on the
comparison (a :class:`~framing.compare.Comparison` is frozen, so they never
go stale), so writing the memo and then the page costs the findings once.

Everything it holds is shared between the outputs: read it, never change it.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from framing.compare import Comparison
    from framing.findings.labels import Labels
    from framing.findings.model import Finding
    from framing.findings.threads import ThreadList
    from framing.io.article import Article

__all__ = ["Derived", "of"]


class Derived:
    """A comparison's names, labels, headline contrasts, threads, key findings and event
    title, each made on first use (:mod:`framing.findings.model`). Read-only: every output
    shares them."""

    def __init__(self, comparison: Comparison) -> None:
        self._c = comparison

    @cached_property
    def names(self) -> dict[str, str]:
        """Article id -> how every output names it (:func:`framing.findings.labels.outlet_names`)."""
        from framing.findings.labels import outlet_names

        return outlet_names(self._c.articles)

    @cached_property
    def labels(self) -> Labels:
        """The C#, Q# and P# labels (:func:`framing.findings.labels.labels`)."""
        from framing.findings.labels import labels

        return labels(self._c)

    @cached_property
    def contrast(self) -> list[tuple[Article, list[str]]]:
        """What each headline stresses (:func:`framing.findings.threads.headline_contrast`)."""
        from framing.findings.threads import headline_contrast

        return headline_contrast(self._c)

    @cached_property
    def threads(self) -> dict[str, ThreadList]:
        """Article id -> its threads (:func:`framing.findings.threads.all_threads`); empty without coverage."""
        from framing.findings.threads import all_threads

        return all_threads(self._c, self.labels) if self._c.coverage is not None else {}

    @cached_property
    def findings(self) -> tuple[Finding, ...]:
        """The key findings (:func:`framing.findings.model.key_findings`), frozen."""
        from framing.findings.model import key_findings

        return key_findings(self._c, self.names, lab=self.labels, contrast=self.contrast,
                            threads_of=self.threads or None)

    @cached_property
    def title(self) -> str:
        """The event's neutral name (:func:`framing.findings.title.event_title`)."""
        from framing.findings.title import event_title

        return event_title(self._c)


def of(comparison: Comparison) -> Derived:
    """The :class:`Derived` of ``comparison``, made on the first call and kept on it."""
    return comparison._derived
