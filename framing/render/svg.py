"""Pictures of a comparison as standalone inline SVG: coverage map, positions, readability.

Each function returns one ``<svg>`` element as text: presentation attributes
only (no ``style`` attributes, no scripts, no external references), so it
draws the same inside the HTML page, in a notebook cell and in a file of its
own, under a Content-Security-Policy that allows no inline styles. Every
shape that stands for a content unit carries ``data-u`` (the memo's ``C#``
label), which the page's script uses to light up the unit's sentences, and a
``<title>`` a reader sees on hover. All text is escaped.

Written by hand, not with a plotting library: the pictures are a few dozen
rectangles and lines, and matplotlib (the maintained library that writes
standalone SVG) would add a large dependency, embed fonts or paths for every
glyph, and make byte-stable golden files depend on its version.

>>> from framing import Article, compare
>>> a = Article.from_text("Head\\nTroops left Kyiv on Monday. Prices rose in Vilnius.", id="a")
>>> b = Article.from_text("Head\\nOn Monday, troops left Kyiv. Rain fell in Riga.", id="b")
>>> picture = coverage_map(compare([a, b]), {"a": "A <x>", "b": "B"})
>>> picture.startswith("<svg") and "A &lt;x&gt;" in picture and "<script" not in picture
True
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from framing.findings.derived import of
from framing.findings.labels import Labels
from framing.findings.model import GRADES, MAX_FINDINGS
from framing.render.htmltext import plain
from framing.text.phrase import few

if TYPE_CHECKING:
    from framing.compare import Comparison

__all__ = ["COLOURS", "MAX_UNITS", "SHAPES", "coverage_map", "positions", "readability_dots"]

COLOURS = {"only": "#e69f00", "all": "#009e73", "some": "#56b4e9", "absent": "#eeeeee"}
SHAPES = {"only": "\u25c6", "all": "\u25cf", "some": "\u25d0"}
"""The shape of each kind, as the page's text and legend show it (◆ only, ● all, ◐ some)."""
"""Fill of a unit by what it is (Okabe-Ito: told apart by colour-blind readers too)."""
MAX_UNITS = 600
"""Most units one picture draws; a line under it says how many were left out."""

_NAME = 26  # characters of an outlet name shown beside a picture
_FONT = 'font-family="system-ui, sans-serif" font-size="11"'


def _name(text: str) -> str:
    text = " ".join(text.split())
    return plain(text if len(text) <= _NAME else text[: _NAME - 1] + "…")


def _svg(width: float, height: float, label: str, body: Sequence[str]) -> str:
    return (f'<svg xmlns="http://www.w3.org/2000/svg" width="{width:.0f}" height="{height:.0f}" '
            f'viewBox="0 0 {width:.0f} {height:.0f}" role="img" aria-label="{plain(label)}">'
            + "".join(body) + "</svg>")


def _ids(c: Comparison, outlets: Sequence[str] | None) -> list[str]:
    return [a.id for a in c.articles] if outlets is None else list(outlets)


def kind_of(carriers: int, outlets: int) -> str:
    """``only``, ``all`` or ``some``: a unit carried by that many of ``outlets`` outlets.

    >>> kind_of(1, 3), kind_of(3, 3), kind_of(2, 3)
    ('only', 'all', 'some')
    """
    if carriers <= 1:
        return "only"
    return "all" if carriers >= outlets else "some"


def _ordered_units(c: Comparison, lab: Labels | None) -> list[tuple[str, str]]:
    """(unit id, label) in label order (C1, C2, ...); ``lab``: the comparison's labels, when made."""
    units = (lab or of(c).labels).units
    return sorted(units.items(), key=lambda kv: int(kv[1][1:]))


def coverage_map(c: Comparison, names: Mapping[str, str], lab: Labels | None = None,
                 outlets: Sequence[str] | None = None) -> str:
    """Units (columns, in label order: shared first) by outlets (rows): a filled cell where
    the outlet carries the unit, coloured by how many of all the outlets do; ``outlets``:
    the rows drawn (default every outlet)."""
    ids = _ids(c, outlets)
    units = _ordered_units(c, lab)
    shown, hidden = units[:MAX_UNITS], len(units) - MAX_UNITS
    left, top, row = 180, 22, 26
    cellw = max(3.0, min(30.0, 900 / max(len(shown), 1)))
    width = left + cellw * len(shown) + 10
    height = top + row * len(ids) + (34 if hidden > 0 else 18)
    body = [f'<text x="{left}" y="14" {_FONT} fill="#444">units, in label order: shared by most outlets first</text>']
    for r, a in enumerate(ids):
        y = top + r * row
        body.append(f'<text x="{left - 6}" y="{y + 14}" {_FONT} text-anchor="end" fill="#222">'
                    f'{_name(names[a])}</text>')
    for col, (uid, label) in enumerate(shown):
        unit = c.alignment.unit(uid)
        held = unit.carriers()  # with those stating it within another unit's sentence (Unit.also)
        kind = kind_of(len(held), len(c.articles))
        x = left + col * cellw
        carriers = few([names[a] for a in held], MAX_FINDINGS)
        tip = plain(f"{label}: {kind_text(kind)} ({carriers})")
        body.append(f'<g data-u="{label}"><title>{tip}</title>')
        for r, a in enumerate(ids):
            fill = COLOURS[kind] if a in held else COLOURS["absent"]
            body.append(f'<rect x="{x:.1f}" y="{top + r * row + 2}" width="{max(cellw - 1, 2):.1f}" '
                        f'height="{row - 4}" fill="{fill}"/>')
            if a in held and cellw >= 9:  # the kind's shape, as in the text: colour is not the only sign
                body.append(f'<text x="{x + cellw / 2 - .5:.1f}" y="{top + r * row + row / 2 + 3.5:.1f}" '
                            f'font-size="10" text-anchor="middle" fill="#1d1d1d">{SHAPES[kind]}</text>')
        body.append("</g>")
        if len(shown) <= 60 or col % 10 == 0:
            body.append(f'<text x="{x + cellw / 2:.1f}" y="{top + row * len(ids) + 12}" font-size="9" '
                        f'font-family="system-ui, sans-serif" text-anchor="middle" fill="#666">{label}</text>')
    if hidden > 0:
        body.append(f'<text x="{left}" y="{height - 4}" {_FONT} fill="#444">… and {hidden:,} more units '
                    "(every one is in the JSON output)</text>")
    return _svg(width, height, "coverage map: units by outlets", body)


def kind_text(kind: str) -> str:
    """How a unit's kind reads in words."""
    return {"only": "only one outlet", "all": "every outlet", "some": "some outlets"}[kind]


def positions(c: Comparison, names: Mapping[str, str], lab: Labels | None = None,
              outlets: Sequence[str] | None = None) -> str:
    """Where each unit sits in each article: one vertical axis per outlet, lede at the top,
    the end at the bottom; a shared unit is a line through its place in every outlet that
    carries it, content one outlet alone carries a short orange tick on its axis;
    ``outlets``: the axes drawn (default every outlet)."""
    cov = c.coverage
    ids = _ids(c, outlets)
    gap, top, tall, side = 260, 40, 320, 110
    width, height = side + gap * max(len(ids) - 1, 1) + side, top + tall + 20
    x = {a: side + gap * n for n, a in enumerate(ids)}

    def y(p: float) -> float:
        return top + tall * p

    body = [f'<text x="{side - 14}" y="{top + 4}" {_FONT} text-anchor="end" fill="#444">lede</text>',
            f'<text x="{side - 14}" y="{top + tall + 4}" {_FONT} text-anchor="end" fill="#444">end</text>']
    for a in ids:
        body.append(f'<line x1="{x[a]}" y1="{top}" x2="{x[a]}" y2="{top + tall}" stroke="#999" stroke-width="1"/>')
        body.append(f'<text x="{x[a]}" y="{top - 14}" {_FONT} text-anchor="middle" fill="#222">'
                    f'{_name(names[a])}</text>')
    if cov is None:
        return _svg(width, height, "positions of shared units", body)
    units = _ordered_units(c, lab)[:MAX_UNITS]
    for uid, label in units:
        where = cov.placements[uid]
        kind = kind_of(len(where), len(c.articles))
        if not any(a in x for a in where):
            continue
        if kind == "only":
            (a, p), = where.items()
            tip = plain(f"{label}: only {names[a]}, {round(p.position * 100)}% down")
            body.append(f'<g data-u="{label}"><title>{tip}</title><line x1="{x[a] - 7}" y1="{y(p.position):.1f}" '
                        f'x2="{x[a] + 7}" y2="{y(p.position):.1f}" stroke="{COLOURS["only"]}" stroke-width="3"/></g>')
            continue
        points = " ".join(f"{x[a]},{y(where[a].position):.1f}" for a in ids if a in where)
        tip = plain(f"{label}: " + "; ".join(f"{names[a]} {round(where[a].position * 100)}% down"
                                              for a in ids if a in where))
        dots = "".join(f'<circle cx="{x[a]}" cy="{y(where[a].position):.1f}" r="3.5" fill="{COLOURS[kind]}"/>'
                       for a in ids if a in where)
        body.append(f'<g data-u="{label}"><title>{tip}</title><polyline points="{points}" fill="none" '
                    f'stroke="{COLOURS[kind]}" stroke-width="2" stroke-opacity="0.8"/>{dots}</g>')
    return _svg(width, height, "positions of units in each article", body)


_GRADE_MARK = {
    "flesch_kincaid_grade": "FK",
    "gunning_fog": "Fog",
    "smog_index": "SMOG",
    "coleman_liau_index": "CL",
    "automated_readability_index": "ARI",
}


def readability_dots(c: Comparison, names: Mapping[str, str], outlets: Sequence[str] | None = None) -> str:
    """Each outlet's grade level by every grade formula (one dot each, joined by the range
    they span): how far the formulas themselves disagree is drawn with the difference;
    ``outlets``: the rows drawn (default every outlet)."""
    read = c.readability
    ids = _ids(c, outlets)
    left, top, row, scale_w = 180, 30, 34, 560
    values = [getattr(read.by_article[a], g) for a in ids for g in GRADES] if read is not None else []
    known = [float(v) for v in values if v is not None]
    hi = max([20.0, *known])
    lo = min([0.0, *known])
    width, height = left + scale_w + 150, top + row * len(ids) + 30

    def x(v: float) -> float:
        return left + scale_w * (v - lo) / (hi - lo)

    body = []
    for tick in range(int(lo), int(hi) + 1, 2):
        body.append(f'<line x1="{x(tick):.1f}" y1="{top - 6}" x2="{x(tick):.1f}" y2="{top + row * len(ids)}" '
                    'stroke="#eee"/>')
        body.append(f'<text x="{x(tick):.1f}" y="{top - 10}" font-size="9" font-family="system-ui, sans-serif" '
                    f'text-anchor="middle" fill="#666">{tick}</text>')
    body.append(f'<text x="{left}" y="{height - 6}" {_FONT} fill="#444">US school grade</text>')
    for r, a in enumerate(ids):
        cy = top + r * row + row / 2
        body.append(f'<text x="{left - 6}" y="{cy + 4:.1f}" {_FONT} text-anchor="end" fill="#222">'
                    f'{_name(names[a])}</text>')
        if read is None:
            continue
        measured = read.by_article[a]
        grades = [(g, float(getattr(measured, g))) for g in GRADES if getattr(measured, g) is not None]
        if not grades:
            continue
        low, high = min(v for _, v in grades), max(v for _, v in grades)
        body.append(f'<line x1="{x(low):.1f}" y1="{cy:.1f}" x2="{x(high):.1f}" y2="{cy:.1f}" stroke="#999" '
                    'stroke-width="6" stroke-linecap="round" stroke-opacity="0.4"/>')
        for g, v in grades:
            body.append(f'<circle cx="{x(v):.1f}" cy="{cy:.1f}" r="4" fill="#0072b2"><title>'
                        f'{plain(names[a])}: {_GRADE_MARK[g]} {v:g} ({measured.words} words)</title></circle>')
        body.append(f'<text x="{x(high) + 8:.1f}" y="{cy + 4:.1f}" font-size="9" font-family="system-ui, sans-serif" '
                    f'fill="#666">{low:g}–{high:g} ({measured.words} words)</text>')
    return _svg(width, height, "readability per outlet", body)
