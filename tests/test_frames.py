"""Tables for notebooks: every memo section has a CSV table (and a frame); batch frames and display."""

from __future__ import annotations

import csv
import json
import math
import re
import sys
import tempfile
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import given
from strategies import article_sets

import framing
from framing.batch import BatchResult, batch
from framing.batch.aggregate import Aggregator, summarize
from framing.batch.columns import QUOTE_STATUSES
from framing.batch.frames import AGGREGATE_TABLES
from framing.batch.frames import TABLES as BATCH_TABLES
from framing.comparators.wording import MIN_Z
from framing.errors import FramingError
from framing.findings.labels import labels, outlet_names
from framing.findings.threads import event_terms, headline_contrast, threads
from framing.render.cells import cell
from framing.render.frames import TABLES
from framing.render.schema import LIST_DICT, LIST_INT, LIST_STR, Table, frame, markdown

pd = pytest.importorskip("pandas")

FIXTURES = Path(__file__).parent / "fixtures" / "events"
EVENTS = sorted(p.name for p in FIXTURES.iterdir())
SEEDS = Path(__file__).resolve().parents[1] / "seeds"

# Every heading of the memo and the table that holds its rows ("Only in X" and
# "Missing from X" are coverage.csv's added and omitted rows).
SECTION_TABLES = {
    "Headlines": "headlines",
    "Key findings": "findings",
    "What each outlet alone reports": "threads",
    "What each version adds": "additions",
    "Versions that may disagree": "disagreements",
    "Quotes": "quote_changes",
    "People and sources": "entities",
    "Wording": "distinctive",
    "Distinctive terms": "distinctive",
    "Loaded and hedging terms": "loaded",
    "Numbers that disagree": "numbers",
    "Readability": "readability",
    "How each outlet names people and places": "naming",
    "Every label of these entities": "naming",
    "Method": "method",
    "Appendix": "coverage",
    "Coverage": "coverage",
    "Word-level changes": "wording_changes",
    "Only in": "coverage",
    "Missing from": "coverage",
}


def comparison(name: str) -> framing.Comparison:
    return framing.compare(framing.load_all(SEEDS if name == "seeds" else FIXTURES / name))


@pytest.fixture(scope="module", params=[*EVENTS, "seeds"])
def made(request: pytest.FixtureRequest) -> tuple[framing.Comparison, dict[str, object]]:
    c = comparison(request.param)
    return c, c.to_frames()


def records(frame: object) -> list[dict[str, object]]:
    assert isinstance(frame, pd.DataFrame)
    return list(frame.to_dict("records"))


def test_every_memo_section_has_a_table(made):
    c, frames = made
    headings = re.findall(r"^#{2,3} (.+)$", c.to_markdown(), flags=re.M)
    assert headings
    for heading in headings:
        key = next((k for k in SECTION_TABLES if heading == k or heading.startswith(k + " ")), None)
        assert key is not None, f"memo section {heading!r} has no table"
        assert SECTION_TABLES[key] in frames, heading


def test_article_tables_carry_the_memos_outlet_names(made):
    c, frames = made
    names = outlet_names(c.articles)
    keyed = 0
    for name, f in frames.items():
        for article, outlet in (("article", "outlet_name"), ("article_a", "outlet_name_a"),
                                ("article_b", "outlet_name_b"), ("id", "outlet_name")):
            if article in f.columns:
                assert outlet in f.columns, name
                assert all(names[a] == o for a, o in zip(f[article], f[outlet], strict=True)), name
                keyed += 1
    assert keyed >= 15


def test_labels_in_the_frames_are_the_memos(made):
    c, frames = made
    units = {u["id"]: u["label"] for u in c.to_dict()["units"]}
    for name in ("units", "coverage", "wording_changes"):
        pairs = set(zip(frames[name]["unit"], frames[name]["label"], strict=True))
        assert pairs <= set(units.items()), name
    assert set(zip(frames["coverage"]["unit"], frames["coverage"]["label"], strict=True)) == set(units.items())
    for name in ("additions", "numbers", "disagreements"):  # these name the unit by its label
        assert set(frames[name]["unit"]) <= set(units.values()), name
    thread_labels = {x for labels in frames["threads"]["labels"] for x in labels}
    assert thread_labels <= set(units.values())
    quotes = {q["id"]: q["label"] for q in c.to_dict()["quotes"]}
    assert set(zip(frames["quote_changes"]["quote"], frames["quote_changes"]["label"], strict=True)) <= set(
        quotes.items())


def test_headlines_are_the_headline_contrast(made):
    c, frames = made
    want = [(a.id, a.title, words) for a, words in headline_contrast(c)]
    assert [(r["article"], r["headline"], r["words"]) for r in records(frames["headlines"])] == want
    for r in records(frames["headlines"]):
        if not pd.isna(r["start"]):
            assert c.article(str(r["article"])).text[r["start"]:r["end"]] == r["headline"]


def test_distinctive_terms_are_the_wordings(made):
    c, frames = made
    w = c.wording
    assert w is not None
    want = [(a.id, t.term, t.score, t.count, t.score >= MIN_Z)
            for a in c.articles for t in (w.distinctive.get(a.id) or w.leaning.get(a.id, ()))]
    got = [(r["article"], r["term"], r["z"], r["count"], r["significant"]) for r in records(frames["distinctive"])]
    assert got == want


def test_wording_changes_are_the_appendixs_with_evidence(made):
    c, frames = made
    w = c.wording
    assert w is not None
    rows = records(frames["wording_changes"])
    assert len(rows) == sum(len(d.changes) for d in w.differences)
    want = [(d.unit, d.a, d.b, ch.kind, ch.a.text, ch.b.text) for d in w.differences for ch in d.changes]
    assert [(r["unit"], r["article_a"], r["article_b"], r["kind"], r["text_a"], r["text_b"]) for r in rows] == want
    for r in rows:
        for side in "ab":
            text = c.article(str(r[f"article_{side}"])).text
            assert text[r[f"start_{side}"]:r[f"end_{side}"]] == r[f"text_{side}"]


def test_threads_are_what_each_outlet_alone_reports(made):
    c, frames = made
    lab, event = labels(c), event_terms(c)
    want = [(a.id, n, list(t.units), t.salience, list(t.sentences)) for a in c.articles
            for n, t in enumerate(threads(c, a, event, lab), start=1)]
    rows = records(frames["threads"])
    assert [(r["article"], r["rank"], r["labels"], r["salience"], r["sentences"]) for r in rows] == want
    for r in rows:
        assert c.article(str(r["article"])).text[r["start"]:r["end"]] == r["text"]
        assert r["sentences"] == list(range(r["sentences"][0], r["sentences"][-1] + 1))  # consecutive


def test_quote_changes_and_method(made):
    c, frames = made
    assert c.quotes is not None
    want = [(g.id, ch.article, ch.op, ch.before, ch.after) for g in c.quotes.groups for ch in g.changes]
    got = [(r["quote"], r["article"], r["op"], r["before"], r["after"]) for r in records(frames["quote_changes"])]
    assert got == want
    method = dict(zip(frames["method"]["setting"], frames["method"]["value"], strict=True))
    assert method == {"framing_version": framing.__version__, "cutoff": c.alignment.cutoff,
                      "units": len(c.to_dict()["units"]), "shared_units": method["shared_units"],
                      "comparators": list(c.sections)}
    assert type(method["cutoff"]) is float and type(method["units"]) is type(method["shared_units"]) is int
    articles = {r["id"]: r for r in records(frames["articles"])}
    for a in c.articles:
        assert articles[a.id]["content_sentences"] == len(a.body)
        assert articles[a.id]["boilerplate"] == sum(s.boilerplate for s in a.sentences)


def test_a_section_that_did_not_run_has_no_table(tmp_path):
    c = framing.compare(framing.load_all(FIXTURES / "budget"), comparators=["coverage"])
    names = {p.name for p in c.to_csv(tmp_path)}
    assert {"threads.csv", "coverage.csv", "headlines.csv", "method.csv"} <= names
    assert not names & {"distinctive.csv", "wording_changes.csv", "quote_changes.csv"}


# --- typed frames: schemas, lists, missing values --------------------------

# What a CSV cell joins a frame's list into, by column (``evidence`` is spelled
# out in ``csv_cell``): the frames hold the lists, the files the joined text.
JOINED = {"refs": "; ", "articles": "; ", "outlet_names": "; ", "labels": "; ", "phrases": "; ", "words": " ",
          "sentences": " ", "lacking": " ", "new_words": " ", "value": " ", "distinctive_terms": "; ",
          "sources": "; ", "covered_by": "; ", "not_covered_by": "; ", "loaded": "; ", "naming": "; "}


def csv_cell(column: str, value: object) -> str:
    """A frame's value as the CSV file writes it (a missing value is an empty cell)."""
    np = pytest.importorskip("numpy")
    if isinstance(value, list):
        if column == "evidence":
            return "; ".join(f"{e['article']}:s{e['sentence']}@{e['start']}-{e['end']}" for e in value)
        return JOINED[column].join(map(str, value))
    if value is None or value is pd.NA or value is pd.NaT:
        return ""
    if isinstance(value, pd.Timestamp):
        return value.strftime("%Y-%m-%d")
    if isinstance(value, (bool, np.bool_)):
        return str(bool(value))
    if isinstance(value, (float, np.floating)):
        return repr(float(value))
    if isinstance(value, (int, np.integer)):
        return str(int(value))
    assert isinstance(value, str), (column, value)
    return value


def in_csv_form(frame: object) -> list[list[str]]:
    """The frame's header and rows as a CSV file of it would hold them, cell for cell."""
    assert isinstance(frame, pd.DataFrame)
    columns = list(frame.columns)
    return [columns, *([csv_cell(c, v) for c, v in zip(columns, row, strict=True)]
                       for row in frame.itertuples(index=False))]


def read_rows(path: Path) -> list[list[str]]:
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.reader(fh))


def check_schema(frames: dict[str, object], tables: dict[str, Table]) -> None:
    """Every frame has its declared columns, in order, with their dtypes; frames come in declared order."""
    assert list(frames) == [name for name in tables if name in frames]
    for name, f in frames.items():
        assert isinstance(f, pd.DataFrame)
        table = tables[name]
        assert list(f.columns) == table.names, name
        assert {c: str(t) for c, t in f.dtypes.items()} == table.dtypes(), name
        for column in table.columns:
            if column.dtype in (LIST_STR, LIST_INT, LIST_DICT):  # lists, never text joined into one cell
                item = {LIST_STR: str, LIST_INT: int, LIST_DICT: dict}[column.dtype]
                for value in f[column.name]:
                    assert value is pd.NA or (isinstance(value, list) and all(type(x) is item for x in value)), (
                        name, column.name, value)


def test_every_frame_has_its_declared_columns_and_dtypes(made):
    _, frames = made
    check_schema(frames, TABLES)
    assert {"findings", "articles", "coverage", "threads", "readability", "method"} <= set(frames)


def test_frames_hold_what_the_csv_files_hold_typed(made, tmp_path):
    c, frames = made
    files = c.to_csv(tmp_path, raw=True)
    assert [p.stem for p in files] == list(frames)
    for path in files:
        assert in_csv_form(frames[path.stem]) == read_rows(path), path.name


def test_evidence_dicts_have_the_keys_of_evidence_and_round_trip(made):
    c, frames = made
    spans = [e for evidence in frames["findings"]["evidence"] for e in evidence]
    assert spans
    for e in spans:
        assert list(e) == ["article", "sentence", "start", "end", "text"]  # a quote's too, not its speaker
        assert c.article(e["article"]).text[e["start"]:e["end"]] == e["text"]


def test_a_missing_value_is_na_never_an_empty_string(made):
    c, frames = made
    coverage = frames["coverage"]
    omitted = (coverage["status"] == "omitted").tolist()
    assert not all(omitted)
    for column in ("position", "lede", "words"):
        assert coverage[column].isna().tolist() == omitted, column
    articles = frames["articles"].set_index("id")
    for a in c.articles:
        for column in ("outlet", "title", "url", "path"):
            value = articles.loc[a.id, column]
            assert (value is pd.NA) == (not getattr(a, column)), (a.id, column)
    for name, column in (("quotes", "speaker"), ("loaded", "speaker"), ("numbers", "qualifier"),
                         ("units", "kind"), ("articles", "outlet"), ("articles", "title")):
        assert "" not in set(frames[name][column].dropna()), (name, column)
    units = frames["units"]
    assert units["kind"].isna().tolist() == units.groupby("unit")["article"].transform("nunique").eq(1).tolist()


def test_lists_keep_what_the_csv_cell_cannot_tell_apart():
    """An outlet named 'A; B' is one name in a list, two in the CSV's joined cell."""
    a = framing.Article.from_text("Storm hits Riga\nTrees fell in Riga on Monday. Roads shut in Riga.", id="a",
                                  outlet="North; South")
    b = framing.Article.from_text("Riga storm\nOn Monday trees fell in Riga. Schools shut.", id="b", outlet="B")
    frames = framing.compare([a, b]).to_frames()
    findings = frames["findings"]
    assert findings["outlet_names"][0] == ["North; South", "B"] and findings["articles"][0] == ["a", "b"]
    assert findings["kind"][0] == "headline"
    for evidence in findings["evidence"]:
        for e in evidence:
            assert list(e) == ["article", "sentence", "start", "end", "text"]
            assert {a.id: a, b.id: b}[e["article"]].text[e["start"]:e["end"]] == e["text"]


def test_dates_are_days_and_an_unknown_date_is_nat():
    a = framing.Article.from_text("Storm hits Riga\nTrees fell in Riga on Monday.", id="a", date="May 8, 2024")
    b = framing.Article.from_text("Riga storm\nOn Monday trees fell in Riga.", id="b")
    dates = framing.compare([a, b]).to_frames()["articles"]["date"]
    assert str(dates.dtype) == "datetime64[ns]"
    assert dates[0] == pd.Timestamp("2024-05-08") and dates[1] is pd.NaT


def test_empty_tables_have_the_columns_and_dtypes_of_full_ones():
    a = framing.Article.from_text("Storm hits Riga\nTrees fell in Riga on Monday.", id="a")
    b = framing.Article.from_text("Budget passes\nThe council passed the budget with 85 votes.", id="b")
    frames = framing.compare([a, b]).to_frames()
    empty = {name for name, f in frames.items() if f.empty}
    assert {"quotes", "quote_changes", "wording_changes", "disagreements", "skipped"} <= empty
    check_schema(frames, TABLES)
    for tables in (TABLES, BATCH_TABLES):  # every table, made without rows
        for table in tables.values():
            f = frame(table, [])
            assert list(f.columns) == table.names and {c: str(t) for c, t in f.dtypes.items()} == table.dtypes()


def test_frames_and_csv_files_have_the_same_tables_and_columns(tmp_path):
    c = comparison("bridge")
    names = [p.stem for p in c.to_csv(tmp_path)]
    assert names == list(TABLES)  # every comparator ran: every table
    for name in names:
        assert read_rows(tmp_path / f"{name}.csv")[0] == TABLES[name].names, name


@given(article_sets(max_size=4))
def test_any_articles_give_typed_frames_of_the_csv_files(articles):
    c = framing.compare(articles)
    frames = c.to_frames()
    check_schema(frames, TABLES)
    with tempfile.TemporaryDirectory() as tmp:
        for path in c.to_csv(tmp, raw=True):
            assert in_csv_form(frames[path.stem]) == read_rows(path), path.name


@given(article_sets(max_size=4))
def test_any_articles_give_tables_whose_evidence_round_trips(articles):
    c = framing.compare(articles)
    assert c.coverage is not None
    with tempfile.TemporaryDirectory() as tmp:
        c.to_csv(tmp)

        def rows(name: str) -> list[dict[str, str]]:
            with open(Path(tmp) / name, encoding="utf-8", newline="") as fh:
                return list(csv.DictReader(fh))

        names = outlet_names(c.articles)
        for r in rows("threads.csv"):
            assert names[r["article"]] == r["outlet_name"]
            assert c.article(r["article"]).text[int(r["start"]):int(r["end"])] == r["text"]
        for r in rows("wording_changes.csv"):
            for side in "ab":
                text = c.article(r[f"article_{side}"]).text
                assert text[int(r[f"start_{side}"]):int(r[f"end_{side}"])] == r[f"text_{side}"]
        assert {r["article"] for r in rows("distinctive.csv")} <= set(names)
        exclusive = {(a, u) for a, units in c.coverage.added.items() for u in units}
        lab = labels(c)
        in_threads = {(r["article"], x) for r in rows("threads.csv") for x in r["labels"].split("; ")}
        assert in_threads == {(a, lab.units[u]) for a, u in exclusive}


# --- batch ----------------------------------------------------------------

HOSTILE = '<script>alert("x")</script><img src=x onerror=alert(1)>'


@pytest.fixture(scope="module")
def fixture_batch(tmp_path_factory: pytest.TempPathFactory) -> BatchResult:
    return batch(FIXTURES, out=tmp_path_factory.mktemp("out"), workers=1, markdown=True, progress=False)


LEANS = {"harbour-gazette": ("Harbour Gazette", "left"), "northern-ledger": ("Northern Ledger", "right"),
         "valley-wire": ("Valley Wire", "centre"), "county-post": ("County Post", "left"),
         "westford-courier": ("Westford Courier", "")}


@pytest.fixture(scope="module")
def grouped_batch(tmp_path_factory: pytest.TempPathFactory) -> BatchResult:
    """The fixture events, one more that fails (one article), and an outlets file with a lean
    for all outlets but one: budget has no centre or right article, a blindspot."""
    root = tmp_path_factory.mktemp("grouped")
    for name in EVENTS:
        (root / "in" / name).mkdir(parents=True)
        for p in (FIXTURES / name).iterdir():
            (root / "in" / name / p.name).write_bytes(p.read_bytes())
    (root / "in" / "lonely").mkdir()
    (root / "in" / "lonely" / "a.txt").write_text("One article\nIt stands alone.\n")
    outlets = root / "outlets.csv"
    outlets.write_text("match,name,lean\n" + "".join(f"{m},{n},{lean}\n" for m, (n, lean) in LEANS.items()))
    return batch(root / "in", out=root / "out", workers=1, progress=False, outlets=outlets, group_by="lean")


def na_to_none(value: object) -> object:
    return None if value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)) else value


def test_batch_frames_match_the_aggregate(fixture_batch):
    frames = fixture_batch.to_frames()
    data = fixture_batch.aggregate.to_dict()
    assert list(frames) == ["outlets", "pairs", "failures", "terms", "sources", "naming", "events", "event_outlets"]
    outlets = {r["outlet"]: r for r in records(frames["outlets"])}
    assert list(outlets) == [o["outlet"] for o in data["outlets"]]
    for o in data["outlets"]:
        row = outlets[o["outlet"]]
        for key in ("events", "articles", "sentences", "exclusive_share", "omitted_share"):
            assert na_to_none(row[key]) == o[key], key
        for status, n in o["quotes"].items():
            assert row[f"quotes_{status}"] == n
        for metric, spread in o["readability"].items():
            assert na_to_none(row[f"{metric}_mean"]) == spread["mean"]
            assert na_to_none(row[f"{metric}_std"]) == spread["std"] is None  # one article each: no spread
        assert row["distinctive_terms"] == [t["term"] for t in o["distinctive_terms"]]
        assert row["sources"] == [s["name"] for s in o["sources"]]
        assert row["naming"] == [h["habit"] for h in o["naming"]]
    naming = frames["naming"]
    assert sorted(zip(naming["outlet"], naming["habit"], naming["events"], strict=True)) == sorted(
        (o["outlet"], h["habit"], h["events"]) for o in data["outlets"] for h in o["naming"])
    terms = frames["terms"]
    for o in data["outlets"]:
        mine = terms[terms["outlet"] == o["outlet"]]
        assert list(mine["term"]) == [t["term"] for t in o["distinctive_terms"]]
    sources = frames["sources"]
    assert sorted(zip(sources["outlet"], sources["source"], strict=True)) == sorted(
        (o["outlet"], s["name"]) for o in data["outlets"] for s in o["sources"])
    pairs = [(r["a"], r["b"], r["events"], r["shared_units"], r["units"], na_to_none(r["share"]))
             for r in records(frames["pairs"])]
    assert pairs == [(p["a"], p["b"], p["events"], p["shared_units"], p["units"], p["share"]) for p in data["pairs"]]


def test_batch_frames_have_their_declared_schemas(fixture_batch, grouped_batch, tmp_path):
    check_schema(fixture_batch.to_frames(), BATCH_TABLES)
    grouped = grouped_batch.to_frames()
    check_schema(grouped, BATCH_TABLES)
    assert list(grouped) == list(BATCH_TABLES)  # with group_by: every table
    nothing = BatchResult(Aggregator().result(), tmp_path, computed=0, reused=0, _events=())
    empty = nothing.to_frames()
    assert all(f.empty for f in empty.values()) and "groups" not in empty
    check_schema(empty, BATCH_TABLES)
    check_schema(nothing.aggregate.to_frames(), AGGREGATE_TABLES)


def test_batch_frames_hold_what_the_csv_files_hold(fixture_batch, grouped_batch):
    for result in (fixture_batch, grouped_batch):
        frames = result.to_frames()
        for name in ("outlets", "pairs", "failures"):
            assert in_csv_form(frames[name]) == read_rows(result.out / f"{name}.csv"), name
    grouped = grouped_batch.to_frames()
    header, *rows = in_csv_form(grouped["groups"])
    assert header[0] == "group"  # groups.csv names it after the column grouped by
    assert [["lean", *header[1:]], *rows] == read_rows(grouped_batch.out / "groups.csv")
    assert in_csv_form(grouped["blindspots"]) == read_rows(grouped_batch.out / "blindspots.csv")


def test_events_frame_has_one_row_per_event(fixture_batch):
    events = records(fixture_batch.to_frames()["events"])
    assert [e["event"] for e in events] == EVENTS
    for e, result in zip(events, fixture_batch, strict=True):
        assert e["status"] == result.status == "ok"
        assert e["articles"] == len(list((FIXTURES / result.event).iterdir()))
        assert e["outlets"] == len(e["outlet_names"]) and e["outlet_names"] == sorted(e["outlet_names"])
        assert Path(e["json"]).is_file() and Path(e["markdown"]).is_file() and e["html"] is None
        assert json.loads(Path(e["json"]).read_text())["schema"] == "framing.comparison/1"
        assert e["problems"] == [] and e["reason"] is None


def test_failed_events_in_the_events_frame(grouped_batch):
    result = grouped_batch
    frame = result.to_frames()["events"]
    assert str(frame["articles"].dtype) == str(frame["outlets"].dtype) == "Int64"
    assert list(frame["articles"].isna()) == [False, False, True]
    events = {e["event"]: e for e in records(frame)}
    lonely = events["lonely"]
    assert lonely["status"] == "failed" and lonely["reason"] == "compare needs at least 2 articles (got 1)"
    assert lonely["outlet_names"] is None and lonely["outlets"] is None
    assert {e["articles"] for n, e in events.items() if n != "lonely"} == {2, 3}
    assert pd.isna(lonely["json"]) and all(pd.isna(events[n]["markdown"]) for n in EVENTS)
    assert all(Path(events[n]["json"]).is_file() for n in EVENTS)
    failures = records(result.to_frames()["failures"])
    assert [(f["event"], f["reason"]) for f in failures] == list(result.aggregate.failures)
    assert "lonely" not in set(result.to_frames()["event_outlets"]["event"])  # no outlets to tell of


def test_event_outlets_are_each_events_articles(fixture_batch):
    """Checked against each event's comparison JSON (one article per outlet in the fixtures)."""
    rows = {(r["event"], r["outlet"]): r for r in records(fixture_batch.to_frames()["event_outlets"])}
    seen = set()
    for result in fixture_batch:
        data = result.comparison()
        # an article stating a unit's fact within a sentence of another unit carries it too ("also")
        members = [set(u["members"]) | set(u["also"]) for u in data["units"]]
        for art in data["articles"]:
            row = rows[result.event, art["outlet"] or art["id"]]
            seen.add((result.event, row["outlet"]))
            assert row["articles"] == 1 and row["article_ids"] == [art["id"]] and row["group"] is None
            assert row["units"] == sum(1 for m in members if art["id"] in m)
            assert row["exclusive_units"] == sum(1 for m in members if m == {art["id"]})
            assert row["sentences"] == sum(len(u["members"][art["id"]]) for u in data["units"]
                                           if art["id"] in u["members"])
            assert row["words"] == art["readability"]["words"]
            assert row["flesch_reading_ease"] == art["readability"]["flesch_reading_ease"]
            statuses = [g["status"] for g in data["quotes"] if art["id"] in {v["article"] for v in g["variants"]}]
            assert [row[f"quotes_{s}"] for s in QUOTE_STATUSES] == [statuses.count(s) for s in QUOTE_STATUSES]
            assert row["terms"] == [t["term"] for t in data["wording"]["distinctive"].get(art["id"], [])]
    assert seen == set(rows)
    assert list(rows) == sorted(rows)  # event id order, then outlet name


def test_event_outlets_pool_into_the_outlets_table(grouped_batch):
    frames = grouped_batch.to_frames()
    eo, outlets = frames["event_outlets"], frames["outlets"].set_index("outlet")
    for outlet, mine in eo.groupby("outlet"):
        row = outlets.loc[outlet]
        assert row["events"] == mine["event"].nunique() and row["articles"] == mine["articles"].sum()
        assert row["sentences"] == mine["sentences"].sum()
        exclusive, sentences = mine["exclusive"].sum(), mine["sentences"].sum()
        assert na_to_none(row["exclusive_share"]) == (round(exclusive / sentences, 4) if sentences else None)
        omitted, others = mine["omitted"].sum(), mine["others_shared"].sum()
        assert na_to_none(row["omitted_share"]) == (round(omitted / others, 4) if others else None)
        for s in QUOTE_STATUSES:
            assert row[f"quotes_{s}"] == mine[f"quotes_{s}"].sum()
        assert row["words_mean"] == pytest.approx(mine["words"].mean(), abs=0.006)


def test_groups_and_blindspots_with_group_by(grouped_batch, fixture_batch):
    frames = grouped_batch.to_frames()
    assert records(frames["blindspots"]) == [
        {"event": "budget", "covered_by": ["(no lean)", "left"], "not_covered_by": ["centre", "right"]}]
    lean = {name: (value or "(no lean)") for name, value in LEANS.values()}
    eo = frames["event_outlets"]
    assert [lean[o] for o in eo["outlet"]] == list(eo["group"])
    groups = frames["groups"].set_index("group")
    assert sorted(groups.index) == ["(no lean)", "centre", "left", "right"]
    for group, mine in eo.groupby("group"):
        assert groups.loc[group, "articles"] == mine["articles"].sum()
        assert groups.loc[group, "events"] == mine["event"].nunique()
    plain = fixture_batch.to_frames()
    assert "groups" not in plain and "blindspots" not in plain  # no group_by: no such tables
    assert plain["event_outlets"]["group"].isna().all()


def hostile_batch(tmp_path: Path, failures: int = 0) -> BatchResult:
    agg = Aggregator()
    a = framing.Article.from_text("Storm hits Riga\nTrees fell in Riga on Monday. Roads shut.", id="a",
                                  outlet=HOSTILE)
    b = framing.Article.from_text("Riga storm\nOn Monday trees fell in Riga. Schools shut.", id="b",
                                  outlet="Plain & Simple")
    agg.add({"event": "storm", "status": "ok", "problems": [], **summarize(framing.compare([a, b]))})
    for k in range(failures):
        agg.add({"event": f"e{k:06d}", "status": "failed", "reason": f"{HOSTILE} {k}.txt: empty file"})
    return BatchResult(agg.result(), tmp_path / "<out>", computed=1 + failures, reused=0, _events=())


class Checker(HTMLParser):
    """Records tags and attributes; fails on unbalanced tags."""

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []
        self.tags: set[str] = set()
        self.attrs: list[tuple[str, str | None]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.stack.append(tag)
        self.tags.add(tag)
        self.attrs += attrs

    def handle_endtag(self, tag: str) -> None:
        assert self.stack and self.stack.pop() == tag

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def test_repr_html_escapes_hostile_names_and_loads_nothing(tmp_path):
    html = hostile_batch(tmp_path, failures=3)._repr_html_()
    check = Checker()
    check.feed(html)
    check.close()
    assert check.stack == []
    assert check.tags <= {"div", "h3", "h4", "p", "table", "thead", "tbody", "tr", "th", "td", "ul", "li", "em"}
    assert check.attrs == [("class", "framing-batch")]
    text = "".join(check.text)
    assert HOSTILE in text and "Plain & Simple" in text and "<out>" in text  # shown as text
    assert "<script" not in html and "&lt;script&gt;" in html


def test_repr_markdown_has_the_summary_and_the_aggregate(tmp_path):
    shown = hostile_batch(tmp_path)._repr_markdown_()
    folder = cell(str(tmp_path / "<out>"))
    assert folder.endswith("/&lt;out&gt;")
    assert shown.startswith(f"# Batch report\n\nOutput folder: {folder}\n\nEvents: 1 ok, 0 failed; ")
    assert "1 computed this run, 0 reused." in shown
    assert "<script" not in shown and "&lt;script&gt;" in shown
    assert "## Outlets" in shown and "Plain &amp; Simple" in shown


def test_display_of_a_huge_batch_is_capped(tmp_path):
    result = hostile_batch(tmp_path, failures=2000)
    shown = result._repr_markdown_()
    failed = shown.split("## Failed events", 1)[1]
    assert failed.count("\n| e0") == 50
    assert "… and 1,950 more rows: every one is in failures.csv" in failed
    assert len(shown) < 20_000
    html = result._repr_html_()
    assert html.count("<td>e0") == 50 and "1,950 more rows" in html
    assert len(repr(result)) < 200
    assert repr(result) == (f"BatchResult(out={str(tmp_path / '<out>')!r}, events=2001, failed=2000, outlets=2, "
                            "computed=2001, reused=0)")
    # the report written to disk keeps every row
    assert result.aggregate.to_markdown().count("\n| e0") == 2000


def test_frames_say_how_to_get_pandas(monkeypatch, tmp_path):
    result = hostile_batch(tmp_path)
    monkeypatch.setitem(sys.modules, "pandas", None)  # import pandas now raises ImportError
    c = framing.compare([framing.Article.from_text("Storm hits Riga\nTrees fell.", id="a"),
                         framing.Article.from_text("Riga storm\nTrees fell.", id="b")])
    for call in (result.to_frames, result.aggregate.to_frames, c.to_frames):
        with pytest.raises(FramingError, match=r"needs pandas: pip install 'framing\[pandas\]'"):
            call()


# --- docs -----------------------------------------------------------------

DOCS = Path(__file__).resolve().parents[1] / "docs" / "frames.md"


def test_docs_list_every_table_and_column(update_golden):
    """docs/frames.md holds the declarations' Markdown; ``pytest --update-golden`` rewrites it."""
    text = DOCS.read_text(encoding="utf-8")
    made = text
    for key, tables in (("comparison", TABLES), ("batch", BATCH_TABLES)):
        begin = re.search(rf"^<!-- {key} tables: .*-->\n", made, flags=re.M)
        end = made.index(f"<!-- end of {key} tables -->")
        assert begin is not None and begin.end() <= end, key
        made = made[:begin.end()] + "\n" + markdown(tables.values()) + "\n" + made[end:]
    if update_golden:
        DOCS.write_text(made, encoding="utf-8")
    assert text == made or update_golden, "docs/frames.md is out of date: run pytest --update-golden"
    for t in (*TABLES.values(), *BATCH_TABLES.values()):
        for c in t.columns:
            assert f"| `{c.name}` | {c.shown} |" in made, (t.name, c.name)


def test_to_frames_docstrings_list_every_column():
    for method, tables in ((framing.Comparison.to_frames, TABLES), (BatchResult.to_frames, BATCH_TABLES)):
        doc = method.__doc__ or ""
        for t in tables.values():
            section = doc.split(f"\n{t.name}\n", 1)[1]
            for c in t.columns:
                assert f"    {c.name} : {c.shown}\n" in section, (t.name, c.name)
