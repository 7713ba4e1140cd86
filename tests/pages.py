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


if __name__ == "__main__":  # pragma: no cover - the README's screenshots
    import sys

    from test_html_browser import screenshots

    screenshots(Path(sys.argv[2] if len(sys.argv) > 2 else "docs"))
