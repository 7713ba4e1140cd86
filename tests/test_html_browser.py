"""The HTML page in a real browser: Debian's Chromium, driven by playwright's Python API.

No browser is downloaded: playwright is pointed at the system's Chromium
(``/usr/bin/chromium``, or ``FRAMING_CHROMIUM``), which ``.ci/run`` installs
from the Debian packages. Without one, every test here is skipped with the
reason; with ``FRAMING_REQUIRE_BROWSER=1`` (set by ``.ci/run``) a missing
browser fails the run instead, so CI can never pass them silently.

Each test loads a page from a file, as a reader opens a saved report, and
checks: no console message of any kind (a blocked load or a script error
would show there), no request but the page itself, no script of the
article's ran, and that clicking a sentence lights up its counterparts (and
them alone), level with it; that each column marks every fact it lacks where
it would sit; that the keyboard does what the mouse does; the layout for 2, 6
and 12 outlets and on a narrow screen; the page framed in a notebook. The
accessibility audit is axe-core, from the axe.min.js the PyPI package
axe-playwright-python ships (no npm, no network), injected past the page's
policy: no serious or critical violation on the seeds' page and a page of six
outlets made from :data:`pages.FACTS`.
"""

from __future__ import annotations

import os
import shutil
import struct
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pages import FACTS, FOUR, SIX, hostile_comparison, made_comparison, seeds_comparison

from framing.findings.labels import labels


def framing_labels(c: Any) -> dict[str, str]:
    """Unit id -> its label (C7)."""
    return dict(labels(c).units)


CHROMIUM = os.environ.get("FRAMING_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
REQUIRED = os.environ.get("FRAMING_REQUIRE_BROWSER") == "1"
# Chromium as the machine's closed network needs it: no background connections, no first-run work.
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--disable-default-apps"]


def _why_no_browser() -> str | None:
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "playwright is not installed (pip install 'framing[test]')"
    if not os.path.exists(CHROMIUM):
        return f"no Chromium at {CHROMIUM} (apt-get install chromium, or set FRAMING_CHROMIUM)"
    return None


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    why = _why_no_browser()
    if why is not None:
        if REQUIRED:
            pytest.fail(f"FRAMING_REQUIRE_BROWSER=1 but {why}")
        pytest.skip(why)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS, headless=True)
        yield b
        b.close()


class Visit:
    """One page opened from a file, with what it logged and requested."""

    def __init__(self, browser: Any, path: Path, width: int = 1400, height: int = 1000, *,
                 audit: bool = False) -> None:
        # audit: the page's policy lets no script but its own run; axe is injected past it
        self.page = browser.new_page(viewport={"width": width, "height": height}, bypass_csp=audit)
        self.console: list[str] = []
        self.requests: list[str] = []  # every request tried, even those the policy then refuses
        self.finished: list[str] = []
        self.page.on("console", lambda m: self.console.append(f"{m.type}: {m.text}"))
        self.page.on("pageerror", lambda e: self.console.append(f"pageerror: {e}"))
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.on("requestfinished", lambda r: self.finished.append(r.url))
        self.url = path.resolve().as_uri()
        self.page.goto(self.url)
        self.page.wait_for_load_state("load")

    def lit(self) -> list[str]:
        return list(self.page.eval_on_selector_all(".s.lit", "els => els.map(e => e.id)"))

    def close(self) -> None:
        self.page.close()


def _axe() -> str:
    """axe-core's script, as the PyPI package axe-playwright-python ships it (no npm, no network)."""
    from importlib import resources

    try:
        return resources.files("axe_playwright_python").joinpath("axe.min.js").read_text(encoding="utf-8")
    except ModuleNotFoundError:
        why = "axe-playwright-python is not installed (pip install 'framing[test]'): no axe-core to audit with"
        if REQUIRED:
            pytest.fail(f"FRAMING_REQUIRE_BROWSER=1 but {why}")
        pytest.skip(why)


def audit(visit: Visit) -> list[str]:
    """axe-core's serious and critical violations on the page as it stands: rule, impact, first nodes."""
    visit.page.evaluate(_axe())
    result = visit.page.evaluate("() => axe.run(document, {resultTypes: ['violations']})")
    return [f"{v['id']} ({v['impact']}): {v['help']}: " + "; ".join(n["html"][:120] for n in v["nodes"][:3])
            for v in result["violations"] if v["impact"] in ("serious", "critical")]


def _page(tmp: Path, name: str, html: str) -> Path:
    path = tmp / name
    path.write_text(html, encoding="utf-8")
    return path


def _png_colours(png: bytes) -> int:
    """Distinct pixel values in a PNG (8-bit RGB or RGBA, as Chromium writes): 1 means blank."""
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    pos, width, height, channels, data = 8, 0, 0, 0, b""
    while pos < len(png):
        length, kind = struct.unpack(">I4s", png[pos:pos + 8])
        chunk = png[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, colour = struct.unpack(">IIBB", chunk[:10])
            assert depth == 8 and colour in (2, 6)
            channels = 3 if colour == 2 else 4
        elif kind == b"IDAT":
            data += chunk
        pos += 12 + length
    raw = zlib.decompress(data)
    stride = width * channels
    seen: set[bytes] = set()
    previous = bytearray(stride)
    for row in range(height):  # undo the PNG filters, row by row
        filt, line = raw[row * (stride + 1)], bytearray(raw[row * (stride + 1) + 1:(row + 1) * (stride + 1)])
        for i in range(stride):
            left = line[i - channels] if i >= channels else 0
            up, corner = previous[i], previous[i - channels] if i >= channels else 0
            if filt == 1:
                line[i] = (line[i] + left) & 255
            elif filt == 2:
                line[i] = (line[i] + up) & 255
            elif filt == 3:
                line[i] = (line[i] + (left + up) // 2) & 255
            elif filt == 4:
                p = left + up - corner
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - corner)
                line[i] = (line[i] + (left if pa <= pb and pa <= pc else up if pb <= pc else corner)) & 255
        if row % 8 == 0:
            seen.update(bytes(line[i:i + channels]) for i in range(0, stride, channels * 8))
        previous = line
    return len(seen)


def screenshot(browser: Any, html: str, out: Path, *, click: str | None = None, full: bool = False,
               opened: str | None = None) -> bytes:
    """Open ``html`` from ``out``'s folder, open the omission marker ``opened`` (a CSS selector) and
    click ``click`` if given, from the top of the side-by-side view, and save a PNG screenshot at
    ``out``; return its bytes. What the tests check and the README shows."""
    page_path = out.with_suffix(".html")
    page_path.write_text(html, encoding="utf-8")
    visit = Visit(browser, page_path)
    try:
        if click or opened:
            visit.page.evaluate("() => document.getElementById('text').scrollIntoView()")
        if opened:
            visit.page.click(f"{opened} summary")
        if click:
            visit.page.click(click)
        png: bytes = visit.page.screenshot(path=str(out), full_page=full)
    finally:
        visit.close()
        page_path.unlink()
    return png


def screenshots(folder: Path) -> None:  # pragma: no cover - run by `python tests/pages.py screenshots`
    """The README's pictures: the seeds' page with a sentence clicked, and the notebook display."""
    from playwright.sync_api import sync_playwright

    folder.mkdir(parents=True, exist_ok=True)
    c = seeds_comparison()
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS, headless=True)
        screenshot(b, c.to_html(), folder / "seeds-page.png", click="#s-1-4", opened='[data-omitted="C11"]')
        notebook = ("<!DOCTYPE html><meta charset='utf-8'><body style='font-family:sans-serif;max-width:1100px'>"
                    f"{c._repr_html_()}</body>")
        screenshot(b, notebook, folder / "notebook.png", full=True)
        b.close()


def test_seeds_page_runs_clean_offline_and_lights_up_counterparts(browser, tmp_path):
    c = seeds_comparison()
    visit = Visit(browser, _page(tmp_path, "seeds.html", c.to_html()), height=500)
    try:
        # C5: "Every second week you hear that somebody will be nuked", in both outlets
        unit = c.alignment.unit_of("003_b0b2997cfc93b2b5", 7)
        assert unit.shared
        counterpart = f"s-0-{unit.members['000_24b190d1714be1b8'][0]}"
        tops = f"""() => ['{counterpart}', 's-1-7'].map(x => document.getElementById(x).getBoundingClientRect().top)"""
        # columns run at full length: neither scrolls on its own
        assert visit.page.eval_on_selector_all(".text", "ts => ts.every(t => t.scrollHeight <= t.clientHeight)")
        assert abs(visit.page.evaluate(tops)[0] - visit.page.evaluate(tops)[1]) > 20  # not level before the click
        visit.page.click("#s-1-7")
        expected = {f"s-{n}-{i}" for n, a in enumerate(c.articles) for i in unit.members.get(a.id, ())}
        assert set(visit.lit()) == expected
        assert counterpart in visit.lit()  # the other column lights up ...
        theirs, mine = visit.page.evaluate(tops)
        assert abs(theirs - mine) < 1 and 0 <= mine < 500  # ... level with the clicked sentence, in view
        # a label in a finding lights up the unit it names
        label = visit.page.eval_on_selector("#findings a.ref[data-u]", "a => a.dataset.u")
        visit.page.click(f'#findings a.ref[data-u="{label}"]')
        assert visit.lit() and all(
            visit.page.eval_on_selector(f"#{x}", "e => e.dataset.u") == label for x in visit.lit())
        # an exclusive sentence lights up itself alone
        visit.page.click("#s-0-4")
        assert visit.lit() == ["s-0-4"]
        # hiding a column works
        visit.page.uncheck("input[data-col='col-1']")
        assert visit.page.is_hidden("#col-1")
        assert visit.console == []
        assert visit.requests == [visit.url]
    finally:
        visit.close()


# per marker: its outlet, the unit it names, its summary, and the text of the sentence before it in its column
_MARKERS = """() => Array.from(document.querySelectorAll('[data-omitted]')).map(m => {
    const col = m.closest('[data-outlet]');
    const before = Array.from(col.querySelectorAll('.s, [data-omitted]')).filter(
        e => e.compareDocumentPosition(m) & Node.DOCUMENT_POSITION_FOLLOWING && e.matches('.s')).pop();
    return [col.dataset.outlet, m.dataset.omitted, m.querySelector('summary').textContent,
            before ? before.textContent.replace(/^C[0-9]+/, '') : null]; })"""


def test_each_outlet_marks_every_fact_it_lacks_where_the_others_carry_it(browser, tmp_path):
    c = made_comparison(FOUR)
    lab = framing_labels(c)

    def label(article: str, fact: int) -> str:
        return lab[c.alignment.unit_of(article, FOUR[article].index(fact) + 1).id]

    visit = Visit(browser, _page(tmp_path, "four.html", c.to_html()))
    try:
        found = visit.page.evaluate(_MARKERS)
        # (outlet, fact it lacks) -> (carriers, the fact whose sentence it follows; None: the top)
        expected = {("a", 4): (1, 3), ("b", 2): (3, 1), ("b", 4): (1, 3), ("d", 0): (3, None), ("d", 4): (1, 3)}
        assert sorted(found) == sorted(
            [x, label("c", f), f"not here: {label('c', f)}, carried by {n} of 4",
             None if after is None else FACTS[after]] for (x, f), (n, after) in expected.items())
        # a marker opens to the fact as an outlet that carries it words it
        marker = visit.page.locator('[data-outlet="b"] [data-omitted]').first
        assert not marker.locator(".fact").is_visible()
        marker.locator("summary").click()
        assert marker.locator(".fact").is_visible() and FACTS[2] in marker.locator(".fact").inner_text()
        assert visit.console == []
    finally:
        visit.close()


def test_seeds_page_marks_every_unit_an_outlet_lacks_once_in_its_column(browser, tmp_path):
    c = seeds_comparison()
    lab = framing_labels(c)
    visit = Visit(browser, _page(tmp_path, "seeds.html", c.to_html()))
    try:
        found = visit.page.evaluate(_MARKERS)
        assert sorted((x, u) for x, u, _s, _b in found) == sorted(
            (a, lab[u]) for a, lacking in c.coverage.omitted.items() for u in lacking)
        assert all(summary == f"not here: {u}, carried by 1 of 2" for _x, u, summary, _b in found)
    finally:
        visit.close()


def test_a_click_rings_the_counterparts_alone_and_linked_units_only_on_demand(browser, tmp_path):
    c = seeds_comparison()
    lab = framing_labels(c)
    ids = {a.id: n for n, a in enumerate(c.articles)}

    def sentences(units: list[str]) -> set[str]:
        return {f"s-{ids[a]}-{i}" for u in c.alignment.units if lab[u.id] in units for a, idx in u.members.items()
                for i in idx}

    first = c.articles[0]
    origin = next(s.index for s in first.body if c.alignment.unit_of(first.id, s.index).related)
    unit = c.alignment.unit_of(first.id, origin)
    visit = Visit(browser, _page(tmp_path, "seeds.html", c.to_html()))
    try:
        page = visit.page
        page.click(f"#s-0-{origin}")
        assert set(visit.lit()) == sentences([lab[unit.id]])
        assert page.eval_on_selector_all(".rel", "els => els.length") == 0  # nothing else is outlined
        button = page.locator("#related")
        assert button.is_visible() and button.get_attribute("aria-pressed") == "false"
        button.click()
        outlined = set(page.eval_on_selector_all(".s.rel", "els => els.map(e => e.id)"))
        assert outlined == sentences([lab[r] for r in unit.related]) and outlined
        button.click()  # and off again
        assert page.eval_on_selector_all(".rel", "els => els.length") == 0
        # a sentence linked to nothing outside its unit offers no such button
        lone = next(s.index for s in first.body if not c.alignment.unit_of(first.id, s.index).related)
        page.click(f"#s-0-{lone}")
        assert button.is_hidden()
        assert visit.console == []
    finally:
        visit.close()


@pytest.mark.parametrize("which", ["seeds", "six outlets"])
def test_axe_finds_no_serious_or_critical_violation(browser, tmp_path, which):
    c = seeds_comparison() if which == "seeds" else made_comparison(SIX)
    visit = Visit(browser, _page(tmp_path, "page.html", c.to_html()), audit=True)
    try:
        assert audit(visit) == []
        # and with a sentence clicked, its linked units outlined and an omission marker open
        visit.page.click(".s[data-r]") if visit.page.query_selector(".s[data-r]") else visit.page.click(".s[data-u]")
        if visit.page.is_visible("#related"):
            visit.page.click("#related")
        visit.page.click("[data-omitted] summary >> nth=0")
        assert audit(visit) == []
    finally:
        visit.close()


def test_each_kind_of_sentence_has_a_shape_of_its_own_as_well_as_a_colour(browser, tmp_path):
    visit = Visit(browser, _page(tmp_path, "six.html", made_comparison(SIX).to_html()))
    try:
        signs = visit.page.evaluate("""() => ['only', 'all', 'some'].map(k => {
            const look = (e, pseudo) => getComputedStyle(e, pseudo);
            const s = document.querySelector('.s.' + k), sw = document.querySelector('.sw.' + k);
            return [look(s.querySelector('.tag'), '::before').content, look(sw, '::before').content,
                    look(s).backgroundColor]; })""")
        shapes = [shape for shape, _legend, _colour in signs]
        assert len(set(shapes)) == 3 and "none" not in shapes and '""' not in shapes
        assert all(legend == shape for shape, legend, _colour in signs)  # the legend shows the same shape
        assert len({colour for _s, _l, colour in signs}) == 3
    finally:
        visit.close()


def test_the_keyboard_reaches_every_sentence_and_enter_rings_its_counterparts(browser, tmp_path):
    c = seeds_comparison()
    visit = Visit(browser, _page(tmp_path, "seeds.html", c.to_html()))
    try:
        page = visit.page
        page.focus("#s-0-1")
        page.keyboard.press("Tab")  # the next sentence of the column, in reading order
        assert page.evaluate("() => document.activeElement.id") == "s-0-2"
        page.keyboard.press("Enter")
        unit = c.alignment.unit_of(c.articles[0].id, 2)
        assert set(visit.lit()) == {f"s-{n}-{i}" for n, a in enumerate(c.articles)
                                    for i in unit.members.get(a.id, ())}
        assert page.evaluate("() => document.activeElement.id") == "s-0-2"  # focus stays where the reader is
        # every content sentence can be focused; an omission marker opens from the keyboard
        focusable = page.eval_on_selector_all(".s[data-u]", "els => els.filter(e => e.tabIndex === 0).length")
        assert focusable == sum(1 for a in c.articles for s in a.body if (a.id, s.index) in {
            (a2, i) for u in c.alignment.units for a2, idx in u.members.items() for i in idx})
        page.focus("[data-omitted] summary >> nth=0")
        page.keyboard.press("Enter")
        assert page.is_visible("[data-omitted] .fact >> nth=0")
        assert visit.console == []
    finally:
        visit.close()


def _host(fragment: str) -> str:
    """A notebook-like page with styles of its own, showing ``fragment`` as a notebook shows HTML output."""
    return ("<!DOCTYPE html><html><head><meta charset='utf-8'><style>body { font-size: 13px; margin: 8px } "
            "h2 { font-size: 20px } .prompt { width: 90px }</style></head><body><div class='prompt'>Out[1]:</div>"
            f"<h2 id='host'>Notebook</h2><div class='output'>{fragment}</div></body></html>")


_HOST_LOOK = """() => [getComputedStyle(document.body).fontSize, getComputedStyle(document.body).maxWidth,
    getComputedStyle(document.getElementById('host')).fontSize, document.styleSheets.length]"""


def test_the_page_in_a_notebook_keeps_its_style_to_itself(browser, tmp_path):
    c = seeds_comparison()
    alone = Visit(browser, _page(tmp_path, "bare.html", _host("")))
    try:
        untouched = alone.page.evaluate(_HOST_LOOK)
    finally:
        alone.close()
    # the control: the page's markup put straight into the notebook restyles it
    leaky = Visit(browser, _page(tmp_path, "leaky.html", _host(c.to_html())))
    try:
        assert leaky.page.evaluate(_HOST_LOOK) != untouched
    finally:
        leaky.close()
    visit = Visit(browser, _page(tmp_path, "notebook.html", _host(c.show(height=600)._repr_html_())))
    try:
        assert visit.page.evaluate(_HOST_LOOK) == untouched
        frame = visit.page.frame_locator("iframe.framing-page")
        frame.locator("#s-1-7").click()  # the page works inside its frame
        assert frame.locator(".s.lit").count() >= 2
        assert visit.page.eval_on_selector("iframe.framing-page", "f => f.clientHeight") == 600
        assert visit.console == []
    finally:
        visit.close()


_ROW = """() => { const cols = Array.from(document.querySelectorAll('.col')), box = document.querySelector('.cols');
    return {tops: new Set(cols.map(c => Math.round(c.getBoundingClientRect().top))).size, n: cols.length,
            compact: box.classList.contains('compact'), sideways: box.scrollWidth > box.clientWidth,
            page: document.documentElement.scrollWidth <= window.innerWidth,
            own: cols.some(c => c.querySelector('.text').scrollHeight > c.querySelector('.text').clientHeight)}; }"""


@pytest.mark.parametrize("outlets", [2, 6, 12])
def test_every_column_in_one_row_at_full_length_the_row_scrolling_sideways(browser, tmp_path, outlets):
    plan = {"a": [0, 1, 2], "b": [0, 2, 3]} if outlets == 2 else SIX if outlets == 6 else {
        f"o{n:02d}": [f for f in range(len(FACTS)) if (f + n) % 3] for n in range(12)}
    visit = Visit(browser, _page(tmp_path, "row.html", made_comparison(plan).to_html()), width=1400)
    try:
        row = visit.page.evaluate(_ROW)
        assert row == {"tops": 1, "n": outlets, "compact": outlets >= 6, "sideways": outlets == 12, "page": True,
                       "own": False}
    finally:
        visit.close()


def test_the_menu_never_covers_the_text_on_a_narrow_screen(browser, tmp_path):
    visit = Visit(browser, _page(tmp_path, "seeds.html", seeds_comparison().to_html()), width=420, height=800)
    try:
        page = visit.page
        page.evaluate("() => document.getElementById('s-0-9').scrollIntoView()")
        assert page.evaluate("() => window.scrollY") > 1000
        on_top = "() => [5, 40].map(y => !!document.elementFromPoint(200, y).closest('nav'))"
        assert page.evaluate(on_top) == [False, False]
        page.click("nav a[href='#quotes']")  # a menu link's target is not hidden under the menu either
        assert page.evaluate("() => document.getElementById('quotes').getBoundingClientRect().top") > -1
    finally:
        visit.close()


def test_hostile_text_stays_text(browser, tmp_path):
    c = hostile_comparison()
    visit = Visit(browser, _page(tmp_path, "hostile.html", c.to_html()))
    try:
        page = visit.page
        for sentence in page.query_selector_all(".s"):  # hovering runs any handler a sentence could carry
            sentence.hover()
        page.click(".s[data-u]")
        assert page.evaluate("() => window.__pwned") is None
        assert page.evaluate("() => document.querySelectorAll('script').length") == 1
        assert page.evaluate("() => document.querySelectorAll('img, iframe, link, svg [onload], a[href^=javascript]')"
                             ".length") == 0
        text = page.inner_text("#text")
        assert "<script>window.__pwned = 1</script>" in text  # shown, as written
        assert "U+202E" in text  # the direction override is shown, not obeyed
        assert page.is_visible("body")  # the article's <style> did not hide the page
        assert visit.console == []
        assert visit.requests == [visit.url]
    finally:
        visit.close()


def test_screenshot_of_the_seeds_page_is_not_blank(browser, tmp_path):
    png = screenshot(browser, seeds_comparison().to_html(), tmp_path / "seeds.png", click="#s-1-4")
    assert (tmp_path / "seeds.png").read_bytes() == png
    assert _png_colours(png) > 20  # text, three highlight colours, borders: far from one flat colour


def test_the_page_policy_blocks_what_escaping_would_miss(browser, tmp_path):
    # a control for the checks above: markup that got in would be refused, and said so
    html = seeds_comparison().to_html().replace(
        "</body>", '<img src="http://example.invalid/x.png"><script>window.__pwned = 1</script></body>')
    visit = Visit(browser, _page(tmp_path, "injected.html", html))
    try:
        assert visit.page.evaluate("() => window.__pwned") is None
        assert any("Content Security Policy" in m for m in visit.console)
        assert visit.finished == [visit.url]  # tried (the clean pages try nothing), refused
    finally:
        visit.close()


def test_png_colour_count_tells_blank_from_drawn():
    def png(rows: list[bytes]) -> bytes:
        def chunk(kind: bytes, data: bytes) -> bytes:
            return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        header = struct.pack(">IIBBBBB", len(rows[0]) // 3, len(rows), 8, 2, 0, 0, 0)
        raw = b"".join(b"\x00" + r for r in rows)
        return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b"")

    blank = [b"\xff\xff\xff" * 64] * 16
    assert _png_colours(png(blank)) == 1
    rows = [b"".join(bytes(((x * 37) % 256, (y * 53) % 256, 90)) for x in range(64)) for y in range(16)]
    assert _png_colours(png(rows)) > 5


def test_batch_index_runs_clean_and_links_to_event_pages(browser, tmp_path):
    from pages import ROOT

    from framing.batch import batch

    batch(ROOT / "tests" / "fixtures" / "events", out=tmp_path / "out", workers=1, progress=False, html=True)
    visit = Visit(browser, tmp_path / "out" / "index.html")
    try:
        visit.page.click("#events a >> nth=0")
        visit.page.wait_for_load_state("load")
        assert visit.page.url.endswith("/events/bridge.html")
        visit.page.click(".s[data-u]")
        assert visit.lit()
        assert visit.console == []
        assert visit.requests == [visit.url, visit.page.url]
    finally:
        visit.close()
