"""framing: how different news outlets cover the same event.

Public API
----------
load, load_all
    Read article files (.txt, .md, .html, .json, .jsonl) into :class:`Article`.
Article, Sentence, Paragraph, Link
    Frozen results: metadata, paragraphs and sentences with exact offsets.
similarity, DEFAULT_CUTOFF
    Score two sentences 0-100; the default link cut-off.
align, Alignment, Unit, SentenceLink, UNIT_CUTOFF
    N-way content units across articles (each link ``restates`` or
    ``overlaps``), independent of article order; the default cohesion cut-off.
compare, Comparison
    Align 2..N articles and run the comparators (coverage, quotes, ...).
batch, events_from, Event, BatchResult, EventResult
    Many events at once: per-event results and outlet-level findings.
key, words
    Comparison keys (case, accents, quotes, dashes and invisibles folded).
FramingError, LoadError, MetadataError, NotEnoughArticlesError
    The error family.

Each name is imported from its module on first use (PEP 562), so ``import
framing`` and ``framing --help`` load none of them, nor what they need
(nupunkt, rapidfuzz, wordfreq, ...).

>>> import framing
>>> framing.Article.from_text("One. Two.", id="x").sentences[1].text
'Two.'
"""

import importlib as _importlib
import sys as _sys
import types as _types

from framing._version import __version__

# Not typing.TYPE_CHECKING: importing typing (with re, enum, ...) would double
# the cost of `import framing`. Type checkers take any TYPE_CHECKING as true.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from framing.align.similarity import DEFAULT_CUTOFF, similarity
    from framing.align.units import UNIT_CUTOFF, Alignment, SentenceLink, Unit, align
    from framing.batch import BatchResult, EventResult, batch, events_from
    from framing.batch.events import Event
    from framing.compare import Comparison, compare
    from framing.errors import FramingError, LoadError, MetadataError, NotEnoughArticlesError, ScorerError
    from framing.io.article import Article, Link, Paragraph, Sentence
    from framing.io.load import MAX_BYTES, load, load_all
    from framing.text.normalise import key, words

__all__ = [
    "DEFAULT_CUTOFF",
    "MAX_BYTES",
    "UNIT_CUTOFF",
    "Alignment",
    "Article",
    "BatchResult",
    "Comparison",
    "Event",
    "EventResult",
    "FramingError",
    "Link",
    "LoadError",
    "MetadataError",
    "NotEnoughArticlesError",
    "Paragraph",
    "ScorerError",
    "Sentence",
    "SentenceLink",
    "Unit",
    "__version__",
    "align",
    "batch",
    "compare",
    "events_from",
    "key",
    "load",
    "load_all",
    "similarity",
    "words",
]

# Where each public name is defined (the imports above, for type checkers).
_ORIGINS = {
    **dict.fromkeys(["UNIT_CUTOFF", "Alignment", "SentenceLink", "Unit", "align"], "framing.align.units"),
    **dict.fromkeys(["Article", "Link", "Paragraph", "Sentence"], "framing.io.article"),
    **dict.fromkeys(["BatchResult", "EventResult", "batch", "events_from"], "framing.batch"),
    "Event": "framing.batch.events",
    **dict.fromkeys(["Comparison", "compare"], "framing.compare"),
    **dict.fromkeys(
        ["FramingError", "LoadError", "MetadataError", "NotEnoughArticlesError", "ScorerError"], "framing.errors"
    ),
    **dict.fromkeys(["MAX_BYTES", "load", "load_all"], "framing.io.load"),
    **dict.fromkeys(["DEFAULT_CUTOFF", "similarity"], "framing.align.similarity"),
    **dict.fromkeys(["key", "words"], "framing.text.normalise"),
}


def __getattr__(name: str) -> object:
    origin = _ORIGINS.get(name)
    if origin is None:
        raise AttributeError(f"module 'framing' has no attribute {name!r}")
    value = getattr(_importlib.import_module(origin), name)
    globals()[name] = value  # the next lookup is a plain one
    return value


def __dir__() -> list[str]:
    # The API and the loaded submodules, as an eager package showed them; not the helpers.
    names = (n for n, v in globals().items() if n.startswith("__") or isinstance(v, _types.ModuleType))
    return sorted({*__all__, *names} - {"_importlib", "_sys", "_types"})


class _Package(_types.ModuleType):
    """The ``framing`` module's type: keeps ``framing.compare`` the function.

    Importing a submodule sets it as an attribute of its package, and three
    of framing's submodules share their name with a public function
    (``framing.align`` and ``framing.batch``, packages, and the module
    ``framing.compare``). Imported eagerly, the function was bound after its
    module and won; looked up lazily, the module would stay in its place once
    anything imported it.

    It pickles by reference, as cloudpickle pickles any module: a function of the user's that
    uses ``framing`` is sent to Dask workers with its globals, and a subclass of the module type
    is not in cloudpickle's table (without this, "cannot pickle '_Package' object").
    """

    def __setattr__(self, name: str, value: object) -> None:
        if isinstance(value, _types.ModuleType) and name in _ORIGINS:
            return
        super().__setattr__(name, value)

    def __reduce__(self) -> tuple[object, tuple[str]]:
        return _importlib.import_module, (self.__name__,)


_sys.modules[__name__].__class__ = _Package
