"""The HTML view without a browser: golden file, escaping, what it colours, the notebook display."""

from __future__ import annotations

import html
import re
from collections import Counter
from html.parser import HTMLParser

import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st
from pages import ROOT, SIX, hostile_comparison, made_comparison, seeds_comparison
from test_report import check_golden

import framing
import framing.findings.title
from framing.cli import cli
from framing.cli_output import event_slug
from framing.render.gaps import omission_places
from framing.render.html import inline_diff
from framing.render.page import csp


class _Tags(HTMLParser):
    """Every start tag with its attributes; text outside tags."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data):
        self.text.append(data)


def parse(page: str) -> _Tags:
    p = _Tags()
    p.feed(page)
    return p


def test_seeds_page_matches_the_golden_file(update_golden):
    c = seeds_comparison()
    articles = list(c.articles)
    check_golden(ROOT / "reports" / f"{event_slug(articles, ['seeds'])}.html", c.to_html(), update_golden)


def test_every_content_sentence_is_coloured_by_its_unit():
    c = seeds_comparison()
    tags = parse(c.to_html()).tags
    spans = {a["id"]: a for t, a in tags if t == "span" and (a.get("id") or "").startswith("s-")}
    lab = framing.findings.labels.labels(c).units
    for n, a in enumerate(c.articles):
        for s in a.sentences:
            if s.role == "title":
                continue
            attrs = spans[f"s-{n}-{s.index}"]
            try:
                unit = c.alignment.unit_of(a.id, s.index)
            except KeyError:
                assert attrs["class"] == "s grey" and "data-u" not in attrs
                continue
            assert attrs["data-u"] == lab[unit.id]
            want = "only" if len(unit.members) == 1 else "all"
            assert attrs["class"] == f"s {want}"


def test_the_policy_pins_the_page_own_script_and_style():
    page = seeds_comparison().to_html()
    script = re.search(r"<script>(.*)</script>", page, re.S).group(1)
    style = re.search(r"<style>(.*?)</style>", page, re.S).group(1)
    policy = html.unescape(re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', page).group(1))
    assert policy == csp(script, style)
    assert "default-src 'none'" in policy and "unsafe-inline" not in policy
    tags = parse(page).tags
    # nothing on the page could load anything: no src, no remote href, no inline style or handler
    for tag, attrs in tags:
        assert "src" not in attrs and "style" not in attrs, (tag, attrs)
        assert not any(k.startswith("on") for k in attrs), (tag, attrs)
        href = attrs.get("href")
        assert href is None or href.startswith("#"), (tag, attrs)
    assert [t for t, _ in tags].count("script") == 1


def test_hostile_text_headline_and_outlet_name_stay_text():
    c = hostile_comparison()
    page = c.to_html()
    parsed = parse(page)
    names = [t for t, _ in parsed.tags]
    assert names.count("script") == 1 and names.count("style") == 1
    assert not {"img", "iframe", "link", "b"} & set(names)
    assert "javascript:" not in " ".join(v or "" for _, a in parsed.tags for v in a.values())
    text = "".join(parsed.text)
    assert "<script>window.__pwned = 1</script>" in text and "<svg onload" in text
    assert "\u202e" not in page and "U+202E" in text  # shown, never obeyed
    assert '"><img src=x onerror="window.__pwned = 8">' in text  # the outlet name, as text


def test_choosing_two_outlets_colours_against_them():
    a = framing.Article.from_text("Head\nTroops left Kyiv on Monday. Heavy rain flooded the old town of Riga.", id="a")
    b = framing.Article.from_text("Head\nOn Monday, troops left Kyiv. The central bank in Oslo raised rates.", id="b")
    c3 = framing.Article.from_text("Head\nHeavy rain flooded the old town of Riga all day. Troops left Kyiv on Monday.",
                                   id="c")
    c = framing.compare([a, b, c3])
    assert set(c.alignment.unit_of("a", 2).members) == {"a", "c"}
    both = c.to_html(outlets=["a", "b"])
    spans = {x["id"]: x for t, x in parse(both).tags if t == "span" and (x.get("id") or "").startswith("s-")}
    assert not any(k.startswith("s-2-") for k in spans)  # c is not shown
    # the Riga sentence is shared with c only: against b, a alone carries it, and its tooltip says so
    assert spans["s-0-2"]["class"] == "s only" and "also c" in spans["s-0-2"]["title"]
    assert spans["s-0-1"]["class"] == "s all"
    every = {x["id"]: x for t, x in parse(c.to_html()).tags if t == "span" and (x.get("id") or "").startswith("s-")}
    assert every["s-0-2"]["class"] == "s some" and every["s-1-2"]["class"] == "s only"
    ids = {x.get("id") for t, x in parse(both).tags}
    targets = [x["href"][1:] for t, x in parse(both).tags if t == "a" and (x.get("href") or "").startswith("#s-")]
    assert all(target in ids for target in targets)  # no evidence link points at a column not shown
    with pytest.raises(framing.MetadataError, match="'zz'"):
        c.to_html(outlets=["a", "zz"])


def test_omission_places_name_each_lacked_unit_once_whatever_the_order_of_the_outlets():
    c = made_comparison(SIX)
    ids = [a.id for a in c.articles]
    places = omission_places(c.alignment, ids)
    assert places == omission_places(c.alignment, ids[::-1])
    assert {a: sorted(u for _at, u in p) for a, p in places.items()} == {
        a: sorted(lacking) for a, lacking in c.coverage.omitted.items()}
    # with two outlets shown, only what one of them carries is lacked by the other
    two = omission_places(c.alignment, ["a", "e"])
    assert sorted(u for _at, u in two["e"]) == sorted(
        u.id for u in c.alignment.units if "a" in u.members and "e" not in u.members)


def test_threads_on_the_page_are_named_as_the_key_findings_name_them():
    c = seeds_comparison()
    page = html.unescape(c.to_html())
    alone = page[page.index('<section id="alone">'):]
    names = re.findall(r"<li><strong>(“[^<]*”)</strong>", alone[:alone.index("</section>")])
    claimed = [n for f in framing.findings.model.key_findings(c) if f.kind == "exclusive"
               for n in re.findall(r"\d\) (“.*?”) \(C", f.text)]
    assert claimed and set(claimed) <= set(names)  # the memo's names, on the page
    words = [", ".join(t.words) for ts in framing.findings.threads.all_threads(c).values() for t in ts]
    assert not set(words) & {n.strip("“”") for n in names}  # never a keyword list
    assert not re.search(r'“["“]', page)  # no doubled quotation marks anywhere on the page


def test_page_does_not_depend_on_the_order_of_the_articles():
    a = framing.Article.from_text("Head\nTroops left Kyiv on Monday. Rain fell in Riga.", id="a")
    b = framing.Article.from_text("Head\nOn Monday, troops left Kyiv. Snow fell in Oslo.", id="b")
    assert framing.compare([a, b]).to_html() == framing.compare([b, a]).to_html()


@given(st.lists(st.sampled_from(["We", "will", "not", "send", "troops", "Kyiv", "<b>", "&", "—", "one", "1", ","]),
                max_size=12),
       st.lists(st.sampled_from(["We", "will", "not", "send", "troops", "Kyiv", "<b>", "&", "—", "one", "1", ","]),
                max_size=12))
def test_inline_diff_keeps_the_new_text_and_marks_only_changes(left, right):
    a, b = " ".join(left), " ".join(right)
    marked = inline_diff(a, b)
    without_deleted = re.sub(r"<del>.*?</del> ?", "", marked)
    assert html.unescape(re.sub(r"</?ins>", "", without_deleted)) == b
    deleted = " ".join(html.unescape(x) for x in re.findall(r"<del>(.*?)</del>", marked))
    assert set(deleted.split()) <= set(a.split())
    if a == b:
        assert "<del>" not in marked and "<ins>" not in marked


def test_notebook_display_is_a_summary_without_the_texts():
    c = seeds_comparison()
    fragment = c._repr_html_()
    assert "<script" not in fragment and "<style" not in fragment
    assert "Key findings" in fragment and "<svg" in fragment
    body = c.article("000_24b190d1714be1b8").sentences[15].text  # the residency-permit sentence
    assert body not in html.unescape(fragment)
    assert c._repr_markdown_().startswith("# Ukraine, Ingrida Šimonytė, Russia")  # what both outlets name
    assert "## Key findings" in c._repr_markdown_() and "## Quotes" not in c._repr_markdown_()
    shown = repr(c)
    assert len(shown) < 300 and "Russia" not in shown and "000_24b190d1714be1b8" in shown


def test_the_notebook_page_is_the_whole_page_inside_an_iframe_and_nothing_else():
    c = hostile_comparison()
    view = c.show(height=500)
    assert view.html == c.to_html()
    shown = view._repr_html_()
    tags = parse(shown).tags
    assert [t for t, _a in tags] == ["iframe"]  # no style, script or markup of the page outside the frame
    attrs = tags[0][1]
    assert attrs["srcdoc"] == view.html and attrs["sandbox"] == "allow-scripts" and attrs["height"] == "500"
    assert "<script>window.__pwned" not in shown


def test_cli_writes_the_page_and_checks_show(tmp_path):
    out = tmp_path / "seeds.html"
    runner = CliRunner()
    result = runner.invoke(cli, ["compare", str(ROOT / "seeds"), "--format", "html", "-o", str(out),
                                 "--show", "003_b0b2997cfc93b2b5", "--show", "000_24b190d1714be1b8"])
    assert result.exit_code == 0, result.output
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    bad = runner.invoke(cli, ["compare", str(ROOT / "seeds"), "--format", "html", "-o", str(out), "--show", "nope"])
    assert bad.exit_code == 1
    assert bad.stderr == ("Error: --show names an unknown article id: nope "
                          "(ids: 000_24b190d1714be1b8, 003_b0b2997cfc93b2b5)\n")
    # (an .html name makes the page without --format html: tests/test_cli_habits.py)
    md = runner.invoke(cli, ["compare", str(ROOT / "seeds"), "-o", str(tmp_path / "seeds.md"),
                             "--show", "000_24b190d1714be1b8"])
    assert md.exit_code == 1
    assert md.stderr == "Error: --show chooses the columns of the HTML page; add --format html\n"


def test_batch_html_writes_an_index_linking_every_event_page(tmp_path):
    from framing.batch import batch

    events = ROOT / "tests" / "fixtures" / "events"
    result = batch(events, out=tmp_path / "out", workers=1, progress=False, html=True)
    index = (tmp_path / "out" / "index.html").read_text(encoding="utf-8")
    links = [a["href"] for t, a in parse(index).tags if t == "a"]
    assert sorted(links) == sorted(f"events/{e.name}.html" for e in events.iterdir())
    for e in events.iterdir():  # each linked page is the event's own comparison page
        page = (tmp_path / "out" / "events" / f"{e.name}.html").read_text(encoding="utf-8")
        assert page == framing.compare(framing.load_all(e)).to_html()
    assert "<script" not in index and "script-src 'none'" in index
    for o in result.aggregate.outlets:
        assert f"{o.outlet}: only it carries" in index or o.exclusive_share is None


def test_batch_index_escapes_event_ids_and_reasons():
    from framing.batch.aggregate import Aggregator
    from framing.batch.html import index_html

    agg = Aggregator()
    agg.add({"event": "<script>x</script>", "status": "failed", "reason": "<img src=x onerror=alert(1)>"})
    tags = [t for t, _ in parse(index_html(agg.result(), [])).tags]
    assert "script" not in tags and "img" not in tags


def test_what_a_version_adds_is_marked_inside_its_shared_sentence():
    c = seeds_comparison()
    page = c.to_html()
    added = re.findall(r'<mark class="adds" title="([^"]*)">(.*?)</mark>', page)
    assert ("lead: this version adds a detail that 000&#x27;s version lacks",
            "about the possibility of Lithuanian boots on the ground in Ukraine") in added
    # (a naming mark may sit inside an attribution: "<naming>Simonyte</naming> told FT")
    unnamed = re.sub(r'<mark class="naming"[^>]*>(.*?)</mark>', r"\1", page)
    attributed = re.findall(r'<mark class="attr" title="[^"]*">(.*?)</mark>', unnamed)
    assert "Simonyte told FT" in attributed
    # each mark sits inside the sentence its evidence names
    for x in c.versions.additions:
        n = [a.id for a in c.articles].index(x.article)
        sentence = re.search(rf'id="s-{n}-{x.span.sentence}"[^>]*>(.*?)</span> ', unnamed).group(1)
        assert html.escape(x.span.text, quote=True) in sentence


INVISIBLE = re.compile("[\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff\ud800-\udfff]")


def test_no_output_lets_a_direction_override_or_a_lone_surrogate_through(tmp_path, monkeypatch):
    # found by a red-team read: pictures, tooltips, <title> and batch tables once used plain html.escape
    a = framing.Article.from_text("Head \u202eevil\u202c \ud800\nTroops left Kyiv on Monday \u2067x.", id="a",
                                  outlet="\u202eCBB")
    b = framing.Article.from_text("Head\nOn Monday, troops left Kyiv.", id="b", outlet="Reuters \udc00")
    # the event's title is made of names the texts give: one with an override must be escaped too
    monkeypatch.setattr(framing.findings.title, "event_title", lambda c: "Kyiv \u202eevil\u202c")
    c = framing.compare([a, b])
    page = tmp_path / "p.html"
    with page.open("w", encoding="utf-8") as fh:  # a lone surrogate would fail here
        c.write_html(fh)
    for text in (page.read_text(encoding="utf-8"), c._repr_html_()):
        assert not INVISIBLE.search(text)
        assert "U+202ECBB" in text  # the SVG labels and tooltips say it too
    title = re.search(r"<title>(.*?)</title>", page.read_text(encoding="utf-8")).group(1)
    assert "<span" not in title and "U+202E" in title

    from framing.batch import batch

    events = tmp_path / "in"
    for name, text in (("a", "Head\nTroops left Kyiv on Monday."), ("b", "Head\nOn Monday, troops left Kyiv.")):
        (events / "ev1").mkdir(parents=True, exist_ok=True)
        (events / "ev1" / f"{name}.txt").write_text(text, encoding="utf-8")
    (tmp_path / "o.csv").write_text("match,name\na,\u202eCBB\nb,Reuters\n", encoding="utf-8")
    result = batch(events, out=tmp_path / "out2", workers=1, progress=False, html=True, outlets=tmp_path / "o.csv")
    for text in ((tmp_path / "out2" / "index.html").read_text(encoding="utf-8"), result._repr_html_()):
        assert not INVISIBLE.search(text) and "U+202E" in text


def test_every_outlet_gets_a_name_of_its_own():
    arts = [framing.Article.from_text("H\nTroops left.", id=i, outlet=o)
            for i, o in [("b", "X"), ("c", "X"), ("d", "X (b)"), ("X", None)]]
    names = framing.findings.labels.outlet_names(arts)
    assert len(set(names.values())) == 4


def test_a_page_of_many_outlets_shows_a_few_and_names_the_rest_by_count():
    """300 near-alike files made a 9 MB page: a column, an axis and a table column per outlet,
    a paragraph per outlet carrying nothing, tooltips and lists naming every outlet."""
    from framing.findings.model import MAX_FINDINGS
    from framing.render.page import MAX_SHOWN

    n = MAX_SHOWN + 28
    arts = [framing.Article.from_text(
        f"Bridge {k} story\nMayor Jane Doe said the council met on Monday to discuss the {k + 3} million "
        f"bridge budget. Residents of ward {k} complained about traffic near the old bridge all week, "
        f"Doe said.", id=f"o{k:02d}") for k in range(n)]
    page = framing.compare(arts).to_html()
    assert page.count('<section class="col"') == MAX_SHOWN
    assert f"Showing {MAX_SHOWN} of {n} outlets" in page
    people = page.split('<section id="people">', 1)[1].split("</section>", 1)[0]
    assert people.split("</tr>", 1)[0].count("<th>") == 3 + MAX_SHOWN
    assert f"Columns for {n - MAX_SHOWN} more outlets are left out" in people
    readability = page.split('<section id="readability">', 1)[1].split("</section>", 1)[0]
    assert readability.split("</tr>", 1)[0].count("<th>") == 1 + MAX_SHOWN
    positions = re.search(r'<svg [^>]*aria-label="positions of units in each article">.*?</svg>', page, re.S)
    assert positions is not None and positions.group(0).count('stroke="#999"') == MAX_SHOWN  # one axis each
    alone = page.split('<section id="alone">', 1)[1].split("</section>", 1)[0]
    assert alone.count("carries nothing the other outlets lack") == 0
    assert "outlets carry nothing the other outlets lack" in alone
    # no tooltip, list item or paragraph names every outlet
    pieces = re.findall(r'title="[^"]*"|<li>.*?</li>|<p>.*?</p>|<div class="who">.*?</div>', page, re.S)
    assert pieces
    for piece in pieces:
        assert len(set(re.findall(r"\bo\d\d\b", piece))) <= MAX_SHOWN + MAX_FINDINGS, piece[:300]
    assert max(len(line) for line in page.splitlines()) < 40_000


def test_the_coverage_map_shapes_each_filled_cell_by_its_kind():
    from framing.render.svg import SHAPES, coverage_map

    c = seeds_comparison()
    drawn = coverage_map(c, framing.findings.labels.outlet_names(c.articles))
    kinds = Counter("only" if len(u.members) == 1 else "all" for u in c.alignment.units for _a in u.members)
    assert {k: drawn.count(f">{SHAPES[k]}</text>") for k in SHAPES} == {"only": kinds["only"], "all": kinds["all"],
                                                                         "some": 0}


def test_what_an_outlet_leaves_out_names_what_most_outlets_carry_first():
    """Facts 5 and 6 are carried by one outlet, fact 0 by three: the page's "leaves out" line for an
    outlet lacking all three names the fact three outlets carry first, though it is one unit."""
    from framing.render.html import _leaves_out
    from framing.render.page import Page

    c = made_comparison({"a": [0, 1], "b": [0, 1], "c": [0, 1], "d": [1], "f": [1, 5, 6]})
    page = Page(c, None)
    line = _leaves_out(page, "d")
    assert line.index("Outlet A, Outlet B and Outlet C carry") < line.index("only Outlet F carries")


def test_the_page_shows_how_each_outlet_names_the_event_and_its_scare_quotes():
    from framing import Article, compare

    a = Article.from_text('Head\nThe terrorists attacked the hall. Moscow blamed the "Kyiv regime" plans.', id="a")
    b = Article.from_text("Head\nThe gunmen attacked the hall. Moscow blamed Kyiv for the attack.", id="b")
    page = compare([a, b]).to_html()
    section = page[page.index('<section id="naming">'):]
    section = section[:section.index("</section>")]
    assert "<td>unnamed actors</td><td>a</td><td>terrorists</td>" in section
    assert "<td>unnamed actors</td><td>b</td><td>gunmen</td>" in section
    assert "kyiv regime (in quotation marks)" in section
