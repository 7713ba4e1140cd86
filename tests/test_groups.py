"""Outlets files, per-group aggregates and blindspots, on the example corpus (examples/)."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

import framing
from framing.batch import batch
from framing.cli import cli
from framing.errors import FramingError, LoadError
from framing.io.outlets_file import read_outlets

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "examples" / "corpus"
OUTLETS = ROOT / "examples" / "outlets.csv"


def _leans() -> dict[str, str]:
    with OUTLETS.open(encoding="utf-8", newline="") as fh:
        return {row["match"]: row["lean"] for row in csv.DictReader(fh)}


def test_blindspots_are_the_events_a_lean_group_did_not_cover(tmp_path):
    result = batch(CORPUS, out=tmp_path / "out", workers=1, progress=False, outlets=OUTLETS, group_by="lean")
    leans = _leans()
    # from the corpus itself: which lean groups have an article in each event
    covered = {e.name: sorted({leans[f.stem] for f in e.glob("*.txt")}) for e in CORPUS.iterdir() if e.is_dir()}
    universe = sorted(set(leans.values()))
    expected = [(e, tuple(c), tuple(g for g in universe if g not in c))
                for e, c in sorted(covered.items()) if len(c) < len(universe)]
    assert result.groups is not None
    assert list(result.groups.blindspots) == expected
    assert len(expected) == 3  # the corpus is written so that each lean misses one event
    with (tmp_path / "out" / "blindspots.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows == [["event", "covered_by", "not_covered_by"],
                    *[[e, "; ".join(c), "; ".join(m)] for e, c, m in expected]]
    data = json.loads((tmp_path / "out" / "aggregate.json").read_text(encoding="utf-8"))
    assert data["groups"]["by"] == "lean"
    assert [g["outlet"] for g in data["groups"]["groups"]] == universe
    assert "## Blindspots" in (tmp_path / "out" / "aggregate.md").read_text(encoding="utf-8")


def test_group_figures_count_each_groups_articles_and_events(tmp_path):
    result = batch(CORPUS, out=tmp_path / "out", workers=1, progress=False, outlets=OUTLETS, group_by="lean")
    leans = _leans()
    files = [f for e in CORPUS.iterdir() if e.is_dir() for f in e.glob("*.txt")]
    for g in result.groups.aggregate.outlets:
        mine = [f for f in files if leans[f.stem] == g.outlet]
        assert g.articles == len(mine)
        assert g.events == len({f.parent.name for f in mine})
        assert 0 <= g.exclusive_share <= 1 and 0 <= g.omitted_share <= 1
    # outlet names come from the outlets file
    names = {o.outlet for o in result.aggregate.outlets}
    with OUTLETS.open(encoding="utf-8", newline="") as fh:
        assert names == {row["name"] for row in csv.DictReader(fh)}


def test_groups_are_the_same_serial_and_on_processes(tmp_path):
    outs = []
    for n, workers in enumerate((1, 2)):
        batch(CORPUS, out=tmp_path / f"o{n}", workers=workers, progress=False, outlets=OUTLETS, group_by="lean")
        outs.append({name: (tmp_path / f"o{n}" / name).read_bytes()
                     for name in ("aggregate.md", "aggregate.json", "groups.csv", "blindspots.csv")})
    assert outs[0] == outs[1]


def test_groups_are_the_same_on_dask(tmp_path):
    distributed = pytest.importorskip("distributed")
    batch(CORPUS, out=tmp_path / "serial", workers=1, progress=False, outlets=OUTLETS, group_by="lean")
    with distributed.Client(n_workers=1, threads_per_worker=2, processes=False, dashboard_address=None) as client:
        batch(CORPUS, out=tmp_path / "dask", client=client, progress=False, outlets=OUTLETS, group_by="lean")
    for name in ("aggregate.md", "aggregate.json", "groups.csv", "blindspots.csv"):
        assert (tmp_path / "serial" / name).read_bytes() == (tmp_path / "dask" / name).read_bytes()


def test_group_by_needs_an_outlets_file_and_a_column_it_has(tmp_path):
    with pytest.raises(FramingError, match="needs an outlets file"):
        batch(CORPUS, out=tmp_path / "o", workers=1, group_by="lean")
    with pytest.raises(FramingError, match=r"no column 'party' to group by \(columns: lean, country, owner"):
        batch(CORPUS, out=tmp_path / "o", workers=1, outlets=OUTLETS, group_by="party")


@pytest.mark.parametrize(("text", "problem"), [
    ("", "outlets file is empty (it needs a header row: match,name,...)"),
    ("id,name\nx,X\n", "line 1: no match column (the header has: id, name)"),
    ("match,name,lean,lean\nx,X,l,r\n", "line 1: column 'lean' twice"),
    ("match,name\nx,X\ny\n", "line 3: 1 fields, the header has 2"),
    ("match,name\nx,\n", "line 2: empty name"),
    ("match,name\nx,X\nX,Y\n", "line 3: match 'X' is already on line 2"),
    ("match,name\n", "outlets file has a header but no rows"),
])
def test_a_bad_outlets_file_is_named_with_its_line(tmp_path, text, problem):
    path = tmp_path / "outlets.csv"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(LoadError) as caught:
        read_outlets(path)
    assert str(caught.value) == f"{path}: {problem}"
    result = CliRunner().invoke(cli, ["compare", str(CORPUS / "chemical-plant-fire"), "--outlets", str(path),
                                      "-o", str(tmp_path / "r.md")])
    assert result.exit_code == 1 and result.stderr == f"Error: {path}: {problem}\n"


def test_compare_names_and_describes_outlets_from_the_file(tmp_path):
    c = framing.compare(framing.load_all(CORPUS / "chemical-plant-fire"), outlets=OUTLETS)
    by_id = {a.id: a for a in c.articles}
    assert by_id["valley-wire"].outlet == "Valley Wire"
    assert by_id["valley-wire"].outlet_info["lean"] == "centre"
    assert json.loads(c.to_json())["articles"][0]["outlet_info"]["type"]
    other = tmp_path / "x.csv"
    other.write_text("match,name,lean\n*wire*,Any Wire,centre\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["compare", str(CORPUS / "chemical-plant-fire"), "--outlets", str(other),
                                      "-o", str(tmp_path / "r.md")])
    assert result.exit_code == 0
    assert result.stderr.splitlines()[0] == (
        f"Warning: {other} has no row for coastline-post, daily-standard, radio-norland")


def test_cli_group_by(tmp_path):
    runner = CliRunner()
    ok = runner.invoke(cli, ["batch", str(CORPUS), "-o", str(tmp_path / "out"), "--workers", "1",
                             "--outlets", str(OUTLETS), "--group-by", "lean"])
    assert ok.exit_code == 0, ok.stderr
    assert (tmp_path / "out" / "groups.csv").read_text(encoding="utf-8").startswith("lean,events,articles,")
    bad = runner.invoke(cli, ["batch", str(CORPUS), "-o", str(tmp_path / "out"), "--outlets", str(OUTLETS),
                              "--group-by", "party"])
    assert bad.exit_code == 1
    assert bad.stderr == (f"Error: {OUTLETS}: no column 'party' to group by "
                          "(columns: lean, country, owner, type, founded)\n")


def test_outlets_file_lines_count_file_lines_not_rows(tmp_path):
    path = tmp_path / "o.csv"
    path.write_text('match,name,note\nx,X,"two\nlines"\nx,Y,z\n', encoding="utf-8")
    with pytest.raises(LoadError, match=r"line 4: match 'x' is already on line 3$"):
        read_outlets(path)
