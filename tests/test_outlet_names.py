"""Outlets named by an article's own text: agency tags and bylines (issue 15, item 3)."""

from __future__ import annotations

import glob
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from framing import Article, load
from framing.io.outlets import outlet_from_byline, outlet_from_tag, outlet_from_text
from framing.text.names import gazetteer, name_key

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize(
    ("byline", "outlet"),
    [
        ("By Jane Holt, Valley Wire", "Valley Wire"),
        ("By Tomas Reyes, The Meridian", "The Meridian"),
        ("By Jane Holt and Tomas Reyes, The Meridian", "The Meridian"),
        ("By Jane Holt, Valley Wire.", "Valley Wire"),
        ("By The Associated Press", "Associated Press"),  # the gazetteer's canonical name
        ("By AP", "Associated Press"),
        ("By Reuters staff", "Reuters"),
        ("By Jane Holt, Associated Press Writer", "Associated Press"),  # role words stripped
        ("By Jane Holt, Valley Wire Senior Correspondent", "Valley Wire"),
        ("By Carl Mercer, The Daily Standard", "The Daily Standard"),
        # negatives
        ("By Jane Holt", None),  # a person's name alone
        ("By Tomas Reyes", None),
        ("By Valley Wire", None),  # cannot be told from a person's name
        ("By Jane Holt, Staff Writer", None),  # a role, no outlet
        ("By Jane Holt, Chief Political Correspondent", None),
        ("By Jane Holt, Tomas Reyes and Carl Mercer", None),  # people
        ("Reporting by Jane Holt; Editing by Tomas Reyes", None),
        ("By Jane Holt, Kyiv", None),  # a place the gazetteer knows
        ("By Jane Holt, 24 Hours", None),  # digits
        ("By Jane Holt, Monday", None),  # one common word
        ("By The White House", None),  # an organisation, not media
        ("This story was first published by Valley Wire.", None),  # syndication: not a byline
    ],
)
def test_byline_names_outlet(byline, outlet):
    assert outlet_from_byline(byline) == outlet


@pytest.mark.parametrize(
    ("tag", "outlet"),
    [
        ("Valley Wire", "Valley Wire"),
        ("Radio Norland", "Radio Norland"),
        ("The Meridian", "The Meridian"),
        ("Reuters", "Reuters"),
        ("AP", "Associated Press"),
        ("France 24", "France 24"),  # known: digits allowed
        # negatives
        ("Kyiv", None),  # a place
        ("NATO", None),  # an organisation, not media
        ("Updated", None),  # one common word
        ("NEWSWIRE- Acme Agency", None),
        ("Reuters/AP", None),
        ("Jane Holt", None),  # a person
        ("Valley Wire 2", None),
        ("One Two Three Four Five Six", None),  # more than five words
    ],
)
def test_tag_names_outlet(tag, outlet):
    assert outlet_from_tag(tag) == outlet


@pytest.mark.parametrize(
    ("tags", "bylines", "outlet"),
    [
        (["Valley Wire"], [], "Valley Wire"),
        (["Valley Wire", "Valley Wire"], ["By Jane Holt, Valley Wire"], "Valley Wire"),
        (["The Meridian"], ["By Tomas Reyes, Meridian"], "The Meridian"),  # one name, tag first
        (["Valley Wire", "Coastline Post"], [], None),  # tags disagree
        (["Valley Wire"], ["By Tomas Reyes, The Meridian"], None),  # several names
        ([], ["By Jane Holt, Valley Wire", "By Priya Anand, Coastline Post"], None),
        (["Kyiv"], ["By Jane Holt, Valley Wire"], "Valley Wire"),  # a tag naming no outlet
        ([], ["By Jane Holt"], None),
    ],
)
def test_one_name_or_none(tags, bylines, outlet):
    assert outlet_from_text(tags, bylines) == outlet


def _article(*paragraphs: str, **kw) -> Article:
    return Article.from_text("\n\n".join(("Bridge closed for six weeks", *paragraphs)), id="stem", **kw)


BODY = "The bridge was closed on Tuesday after inspectors found cracks in a cable anchor."


def test_article_outlet_from_tag_and_byline():
    # an agency tag names who wrote the story; the outlet only when the article's id names it too
    # (the Jamaica Gleaner's page of an AP story is the Gleaner's)
    assert _article(f"PORTHAVEN (Valley Wire) — {BODY}", "It will stay shut.").outlet is None
    tagged = Article.from_text(f"Bridge closed for six weeks\n\nPORTHAVEN (Valley Wire) — {BODY}", id="valley-wire-1")
    assert tagged.outlet == "Valley Wire"
    ap = Article.from_text(f"Bridge closed for six weeks\n\nPORTHAVEN (AP) — {BODY}", id="ap-via-newsnation")
    assert ap.outlet == "Associated Press"
    assert _article("By Tomas Reyes, The Meridian", BODY).outlet == "The Meridian"
    assert _article("By The Associated Press", BODY).outlet == "Associated Press"


def test_article_outlet_given_or_url_wins_and_stem_stays_fallback():
    a = _article("By Tomas Reyes, The Meridian", BODY, outlet="Given")
    assert a.outlet == "Given"
    b = _article("By Tomas Reyes, The Meridian", BODY, url="https://www.reuters.com/x")
    assert b.outlet == "Reuters"
    c = _article("By Jane Holt", BODY)
    assert c.outlet is None and c.label == "stem"


def test_article_syndication_line_names_no_outlet():
    a = _article(BODY, "This story was first published by Valley Wire.")
    assert a.outlet is None


def test_article_conflicting_names_give_none():
    a = _article(f"PORTHAVEN (Valley Wire) — {BODY}", "By Tomas Reyes, The Meridian", "It will stay shut.")
    assert a.outlet is None


def test_example_corpus_outlets():
    got = {
        str(Path(f).relative_to(ROOT / "examples" / "corpus")): load(f).outlet
        for f in sorted(glob.glob(str(ROOT / "examples" / "corpus" / "*" / "*.txt")))
    }
    named = {k: v for k, v in got.items() if v is not None}
    assert named == {
        "chemical-plant-fire/radio-norland.txt": "Radio Norland",
        "chemical-plant-fire/valley-wire.txt": "Valley Wire",
        "harbour-bridge-closure/the-meridian.txt": "The Meridian",
        "harbour-bridge-closure/valley-wire.txt": "Valley Wire",
        "national-museum-theft/coastline-post.txt": "Coastline Post",
        "national-museum-theft/the-meridian.txt": "The Meridian",
        "riverside-clinic-strike/coastline-post.txt": "Coastline Post",
        "riverside-clinic-strike/valley-wire.txt": "Valley Wire",
        "tax-amnesty-bill/daily-standard.txt": "The Daily Standard",
    }
    # northgate-herald's "This story was first published by Valley Wire." names no outlet
    assert got["tax-amnesty-bill/northgate-herald.txt"] is None


FIRST = ["Jane", "Tomas", "Priya", "Carl", "Ingrid", "Oskar", "Elsa", "Henrik", "Lena", "Sofia", "Ruth", "Ada"]
SURNAME = st.one_of(
    st.sampled_from(["Holt", "Reyes", "Anand", "Mercer", "Halloran", "Lindqvist", "Varga", "O'Neil", "Smith"]),
    st.from_regex(r"[A-Z][a-z]{2,10}(-[A-Z][a-z]{2,8})?", fullmatch=True),
)
PERSON = st.tuples(
    st.one_of(st.sampled_from(FIRST), st.from_regex(r"[A-Z][a-z]{2,9}", fullmatch=True)),
    st.lists(st.from_regex(r"[A-Z]\.", fullmatch=True), max_size=1),
    SURNAME,
).map(lambda t: " ".join([t[0], *t[1], t[2]])).filter(
    # a person's name, not "The Holt" nor a name the gazetteer knows ("Fox News")
    lambda n: not n.startswith("The ") and name_key(n) not in gazetteer()
)


@given(PERSON, st.sampled_from(["By", "by", "BY"]))
def test_a_person_alone_names_no_outlet(name, by):
    byline = f"{by} {name}"
    assert outlet_from_byline(byline) is None
    article = _article(byline, BODY)
    assert article.outlet is None


# --- what the reports call an outlet nothing names (issue 25, item 4.5) ------------------------------

@pytest.mark.parametrize(
    ("ident", "title", "name"),
    [
        ("000_24b190d1714be1b8", None, "000"),  # the seeds: a number and a hash
        ("northgate-herald", None, "northgate-herald"),  # readable already
        ("lrt_9f3c2a71b0d4_en", None, "lrt_en"),
        ("123e4567-e89b-12d3-a456-426614174000", "Bridge shut", "Bridge shut"),  # a UUID alone: the title
        ("9f3c2a71b0d4", "Lithuania to train Ukrainian soldiers, defies potential Russian backlash",
         "Lithuania to train Ukrainian…"),
        ("9f3c2a71b0d4", "Averyveryveryverylongsinglewordheadline", "Averyveryveryverylongsinglewo…"),
        ("9f3c2a71b0d4", None, "9f3c2a71b0d4"),  # nothing readable: the id
        ("20240508", None, "20240508"),  # a number, not a hash
        ("deadbeef", None, "deadbeef"),  # hex letters alone: a word
        ("in#9f3c2a71b0d4", None, "in"),
    ],
)
def test_readable_name(ident, title, name):
    from framing.io.outlets import readable_name

    assert readable_name(ident, title) == name


def _unnamed(*ids: str, outlets: dict[str, str] | None = None) -> list[Article]:
    return [Article.from_text("Bridge shut\nThe bridge was shut.", id=i, outlet=(outlets or {}).get(i)) for i in ids]


@pytest.mark.parametrize(
    ("articles", "names"),
    [
        (_unnamed("000_24b190d1714be1b8", "003_b0b2997cfc93b2b5"), ["000", "003"]),
        # two would share "000": both keep their ids
        (_unnamed("000_24b190d1714be1b8", "000_b0b2997cfc93b2b5"), ["000_24b190d1714be1b8", "000_b0b2997cfc93b2b5"]),
        # "000" is another article's id, or another outlet's name: the id
        (_unnamed("000_24b190d1714be1b8", "000", outlets={"000": "LRT"}), ["000_24b190d1714be1b8", "LRT"]),
        (_unnamed("000_24b190d1714be1b8", "x", outlets={"x": "000"}), ["000_24b190d1714be1b8", "000"]),
    ],
)
def test_outlet_names_are_readable_unique_and_independent_of_order(articles, names):
    import itertools

    from framing.findings.labels import outlet_names

    assert list(outlet_names(articles).values()) == names
    for order in itertools.permutations(articles):
        assert outlet_names(list(order)) == dict(zip([a.id for a in articles], names, strict=True))


def test_names_and_ids_that_look_like_numbers_stay_text_in_frames():
    pd = pytest.importorskip("pandas")
    from framing import compare

    a = Article.from_text("Bridge shut\nThe harbour bridge was shut on Monday after inspectors found cracks.",
                          id="000_24b190d1714be1b8")
    b = Article.from_text("Bridge closed\nInspectors found cracks, and the harbour bridge was shut on Monday.",
                          id="007")
    frames = compare([a, b]).to_frames()
    articles = frames["articles"]
    assert list(articles["id"]) == ["000_24b190d1714be1b8", "007"]
    assert list(articles["outlet_name"]) == ["000", "007"]
    assert pd.api.types.is_integer_dtype(articles["sentences"])  # numbers stay numbers
