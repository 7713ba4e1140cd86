"""Typed tables for pandas: each table declared once, its columns' names, dtypes and meanings.

:class:`Column`, :class:`Table`
    A table's declaration (what ``to_frames`` returns, and what the docs list).
:func:`frame`
    Rows of Python values (None where a value is missing) -> a DataFrame with
    the declared dtypes; no rows give the same columns and dtypes.
:func:`describe`, :func:`markdown`
    The declarations as docstring text (the ``to_frames`` methods) and as
    Markdown (``docs/frames.md``), so both say what the code does.
:func:`documented`
    Appends :func:`describe` of some tables to a function's docstring.

The dtypes are pandas' own: ``string`` (text; missing is ``pd.NA``),
``int64``, ``float64`` and ``bool`` where no value can be missing, their
nullable forms ``Int64``, ``Float64`` and ``boolean`` where one can
(``pd.NA``), ``datetime64[ns]`` (a day; missing is ``NaT``), and ``object``
for a column of Python lists (``list[str]``: a list of str in every cell,
``pd.NA`` where the list is unknown) or of mixed Python values.

>>> t = Table("pairs", "Outlet pairs.", (Column("a", STRING, "One outlet."),
...                                      Column("share", FLOAT_NA, "Shared share."),
...                                      Column("terms", LIST_STR, "Words.")))
>>> f = frame(t, [["x", None, ["w"]]])
>>> [str(d) for d in f.dtypes], f["share"].isna().tolist(), f["terms"][0]
(['string', 'Float64', 'object'], [True], ['w'])
>>> [str(d) for d in frame(t, []).dtypes]  # no rows: the same schema
['string', 'Float64', 'object']
"""

from __future__ import annotations

import inspect
import re
import textwrap
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from framing.errors import FramingError

__all__ = [
    "BOOL",
    "BOOL_NA",
    "DATE",
    "FLOAT",
    "FLOAT_NA",
    "INT",
    "INT_NA",
    "LIST_DICT",
    "LIST_INT",
    "LIST_STR",
    "OBJECT",
    "STRING",
    "Column",
    "Table",
    "describe",
    "documented",
    "frame",
    "markdown",
    "pandas",
]

STRING = "string"
INT = "int64"
INT_NA = "Int64"
FLOAT = "float64"
FLOAT_NA = "Float64"
BOOL = "bool"
BOOL_NA = "boolean"
DATE = "datetime64[ns]"
OBJECT = "object"
LIST_STR = "list[str]"
LIST_INT = "list[int]"
LIST_DICT = "list[dict]"

_LISTS = {LIST_STR: "str", LIST_INT: "int", LIST_DICT: "dict"}
_DTYPES = {STRING, INT, INT_NA, FLOAT, FLOAT_NA, BOOL, BOOL_NA, DATE, OBJECT, *_LISTS}


@dataclass(frozen=True, slots=True)
class Column:
    """One column of a table.

    Attributes
    ----------
    name
        The column's name (the CSV file's header, for a table that has one).
    dtype
        The pandas dtype (``string``, ``Int64``, ...), or ``list[str]``,
        ``list[int]``, ``list[dict]``: an ``object`` column of Python lists.
    meaning
        What a value says (one or two sentences).
    """

    name: str
    dtype: str
    meaning: str

    def __post_init__(self) -> None:
        if self.dtype not in _DTYPES:
            raise ValueError(f"unknown dtype {self.dtype!r} for column {self.name!r}")

    @property
    def pandas_dtype(self) -> str:
        """The dtype pandas reports (``object`` for a list column)."""
        return OBJECT if self.dtype in _LISTS else self.dtype

    @property
    def shown(self) -> str:
        """The dtype as the docs show it: ``object (list of str)`` for a list column."""
        return f"object (list of {_LISTS[self.dtype]})" if self.dtype in _LISTS else self.dtype


@dataclass(frozen=True, slots=True)
class Table:
    """A table's declaration: its ``name`` (the key in ``to_frames()``), what a row is
    (``meaning``) and its ``columns``, in order."""

    name: str
    meaning: str
    columns: tuple[Column, ...]

    @property
    def names(self) -> list[str]:
        """The column names, in order."""
        return [c.name for c in self.columns]

    def dtypes(self) -> dict[str, str]:
        """Column name -> the dtype pandas reports for it."""
        return {c.name: c.pandas_dtype for c in self.columns}


def pandas() -> Any:
    """The pandas module, or :class:`~framing.errors.FramingError` saying how to install it."""
    try:
        import pandas as pd
    except ImportError:
        raise FramingError("to_frames needs pandas: pip install 'framing[pandas]'") from None
    return pd


def frame(table: Table, rows: Iterable[Sequence[object]]) -> Any:
    """A DataFrame of ``rows`` (one value per column, in order; None where missing)
    with ``table``'s columns and dtypes, whether or not there are rows.

    Missing values become ``pd.NA`` (``NaT`` in a date column). A date is
    ISO ``YYYY-MM-DD`` text; one that is not becomes ``NaT``.

    Raises
    ------
    ValueError
        A row has more or fewer values than the table has columns.
    """
    pd = pandas()
    values: list[list[object]] = [[] for _ in table.columns]
    for row in rows:
        if len(row) != len(values):
            raise ValueError(f"{table.name}: a row of {len(row)} values for {len(values)} columns")
        for column, value in zip(values, row, strict=True):
            column.append(value)
    return pd.DataFrame({c.name: _series(pd, c, v) for c, v in zip(table.columns, values, strict=True)},
                        columns=table.names)


def _series(pd: Any, column: Column, values: list[object]) -> Any:
    if column.pandas_dtype == OBJECT:
        return pd.Series([pd.NA if v is None else v for v in values], dtype=object)
    if column.dtype == DATE:
        text = pd.Series(values, dtype=object)
        return pd.to_datetime(text, format="%Y-%m-%d", errors="coerce").astype(DATE)
    return pd.Series(values, dtype=column.dtype)


def describe(tables: Iterable[Table]) -> str:
    """The tables and their columns as NumPy-docstring text (``name : dtype`` entries)."""
    out = ["Tables", "------"]
    for t in tables:
        out += [t.name, textwrap.fill(t.meaning, 96, initial_indent="    ", subsequent_indent="    "), ""]
        for c in t.columns:
            out.append(f"    {c.name} : {c.shown}")
            out.append(textwrap.fill(c.meaning, 96, initial_indent=" " * 8, subsequent_indent=" " * 8))
        out.append("")
    return "\n".join(out).rstrip() + "\n"


def markdown(tables: Iterable[Table], *, level: int = 3) -> str:
    """The tables and their columns in Markdown: a heading, what a row is, and a
    ``column | dtype | meaning`` table for each."""
    out = []
    for t in tables:
        out += [f"{'#' * level} `{t.name}`", "", _md(t.meaning), "", "| column | dtype | meaning |", "|---|---|---|"]
        out += [f"| `{c.name}` | {c.shown} | {_md(c.meaning).replace('|', chr(92) + '|')} |" for c in t.columns]
        out.append("")
    return "\n".join(out)


def _md(text: str) -> str:
    """reStructuredText's inline code and roles (``x``, :mod:`x`) as Markdown code spans."""
    return re.sub(r":[a-z]+:`~?([^`]+)`", r"`\1`", text).replace("``", "`")


F = TypeVar("F", bound=Callable[..., Any])


def documented(tables: Iterable[Table]) -> Callable[[F], F]:
    """A decorator appending :func:`describe` of ``tables`` to the function's docstring
    (the declarations stay the one place that lists the columns)."""
    text = describe(tables)

    def decorate(function: F) -> F:
        if function.__doc__ is not None:  # None under python -OO
            function.__doc__ = inspect.cleandoc(function.__doc__) + "\n\n" + text
        return function

    return decorate
