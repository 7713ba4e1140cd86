"""Pages the HTML tests load: the seeds' page and a page of hostile article text.

Shared by the plain tests (tests/test_html.py) and the browser tests
(tests/test_html_browser.py), and by the README's screenshot (``python
tests/pages.py screenshots docs/``, which runs the browser tests' own
screenshot code).
"""

from __future__ import annotations

import os
from pathlib import Path

import framing

ROOT = Path(__file__).resolve().parents[1]

# Each payload sets window.__pwned if it ever runs; each remote address would be a request.
HOSTILE_BODY = (
    "Troops left Kyiv on Monday, officials said. "
    "<script>window.__pwned = 1</script> The mayor <img src=\"http://example.invalid/x.png\" "
    "onerror=\"window.__pwned = 2\"> spoke. "
    "<a href=\"javascript:window.__pwned = 3\">Read more</a> and [this](javascript:window.__pwned=4). "
    "Prices rose \u202eevil\u202c sharply in Vilnius. "
    "<style>body { display: none }</style><link rel=\"stylesheet\" href=\"http://example.invalid/a.css\"> "
    "<iframe src=\"http://example.invalid/\"></iframe> \"><svg onload=\"window.__pwned = 5\"> ends here."
)
HOSTILE_OTHER = (
    "On Monday, troops left Kyiv, officials said. The mayor spoke. "
    "Rain fell all day in Riga. <b onmouseover=\"window.__pwned = 6\">Bold</b> claims followed."
)


def seeds_comparison() -> framing.Comparison:
    """The seeds compared as the README's command compares them."""
    old = os.getcwd()
    os.chdir(ROOT)
    try:
        return framing.compare(framing.load_all("seeds"))
    finally:
        os.chdir(old)


def hostile_comparison() -> framing.Comparison:
    """Two articles whose text, headline and outlet name try every way to become live markup."""
    a = framing.Article.from_text(
        "Troops <script>window.__pwned = 7</script> leave \u202eKyiv\n" + HOSTILE_BODY,
        id="hostile", outlet="\"><img src=x onerror=\"window.__pwned = 8\">", url="javascript:window.__pwned=9",
    )
    b = framing.Article.from_text("Troops leave Kyiv\n" + HOSTILE_OTHER, id="other", outlet="Other </style>")
    return framing.compare([a, b])


# Facts that share no word of weight, so each is a unit of its own: an event made to order.
FACTS = (
    "Troops left the eastern city of Kharkiv on Monday morning after heavy shelling.",
    "Heavy rain flooded the old town of Riga overnight, closing the cathedral square.",
    "Fuel prices rose sharply across Vilnius petrol stations during the weekend.",
    "The central bank in Oslo raised interest rates by half a point on Thursday.",
    "Farmers in Poland blocked border crossings with tractors and burning tyres.",
    "A new bridge over the Daugava river opened to traffic near Jelgava.",
    "Teachers in Tallinn went on strike over wages and crowded classrooms.",
    "The Finnish president visited a drone factory near Tampere with engineers.",
    "Snow closed the airport in Helsinki for six hours, stranding thousands of passengers.",
)
# which facts each outlet carries, in its order (a fact's index in FACTS)
FOUR = {"a": [0, 1, 2, 3], "b": [0, 1, 3], "c": [0, 1, 2, 3, 4], "d": [2, 1, 3]}
SIX = {"a": [0, 1, 2, 3, 5], "b": [0, 1, 3, 6], "c": [0, 1, 2, 3, 4], "d": [2, 1, 3, 7],
       "e": [0, 3, 4, 5, 6, 7], "f": [1, 0, 2, 3, 8, 4, 5, 6]}


def made_comparison(plan: dict[str, list[int]]) -> framing.Comparison:
    """An event whose outlets carry the :data:`FACTS` ``plan`` gives them, each a paragraph of two
    facts, in that order (article ids are the plan's keys; outlets "Outlet A"...)."""
    articles = []
    for name, facts in plan.items():
        paragraphs = [" ".join(FACTS[f] for f in facts[i:i + 2]) for i in range(0, len(facts), 2)]
        articles.append(framing.Article.from_text("Events in the Baltic region\n" + "\n\n".join(paragraphs),
                                                  id=name, outlet=f"Outlet {name.upper()}"))
    return framing.compare(articles)


if __name__ == "__main__":  # pragma: no cover - the README's screenshots
    import sys

    from test_html_browser import screenshots

    screenshots(Path(sys.argv[2] if len(sys.argv) > 2 else "docs"))
