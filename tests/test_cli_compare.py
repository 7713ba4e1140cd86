"""Exact-output tests of `framing compare` and `framing align`."""

from __future__ import annotations

import json
import shutil

import pytest
from click.testing import CliRunner

import framing
from framing.cli import cli

SEED_000 = "000_24b190d1714be1b8"
SEED_003 = "003_b0b2997cfc93b2b5"
HINT = f"Hint: no outlet name found for {SEED_000} (shown as 000); name it with --outlet {SEED_000}=NAME\n"


def run(*args: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


@pytest.fixture
def event(tmp_path, seeds):
    folder = tmp_path / "event"
    shutil.copytree(seeds, folder)
    return folder


def test_compare_writes_the_markdown_report(event, tmp_path):
    out = tmp_path / "r.md"
    result = run("compare", str(event), "-o", str(out))
    assert result.exit_code == 0
    assert result.stderr == f"wrote {out}\n{HINT}"
    expected = framing.compare(framing.load_all(event)).to_markdown()
    assert out.read_text(encoding="utf-8") == expected


def test_default_output_is_reports_slug(event, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = run("compare", "event")
    assert result.exit_code == 0
    assert result.stderr == f"wrote reports/lithuania-train-ukrainian-soldiers-defies.md\n{HINT}"
    assert (tmp_path / "reports" / "lithuania-train-ukrainian-soldiers-defies.md").exists()


def test_json_to_stdout_with_only_and_outlet(event):
    result = run("compare", str(event), "--format", "json", "-o", "-", "--only", "coverage",
                 "--outlet", f"{SEED_000}=LRT English")
    assert result.exit_code == 0
    assert result.stderr == ""
    data = json.loads(result.stdout)
    assert data["schema"] == "framing.comparison/1"
    assert data["quotes"] is None and data["coverage"] is not None  # every contract key present
    assert all(a["readability"] is None for a in data["articles"])
    assert {a["id"]: a["outlet"] for a in data["articles"]} == {
        SEED_000: "LRT English", SEED_003: "The Moscow Times"
    }


def test_streamed_json_is_to_json_byte_for_byte(event, tmp_path):
    # the command writes JSON as it is made; file and stdout get what to_json gives
    expected = framing.compare(framing.load_all(event)).to_json()
    out = tmp_path / "c.json"
    result = run("compare", str(event), "--format", "json", "-o", str(out))
    assert result.exit_code == 0 and result.stderr == f"wrote {out}\n{HINT}"
    assert out.read_text(encoding="utf-8") == expected
    assert run("compare", str(event), "--format", "json", "-o", "-").stdout == expected


def test_csv_folder(event, tmp_path):
    out = tmp_path / "tables"
    result = run("compare", str(event), "--format", "csv", "-o", str(out))
    assert result.exit_code == 0
    names = sorted(p.name for p in out.glob("*.csv"))  # and .framing-tables.json, the record of them
    assert result.stderr == f"wrote {len(names)} CSV files into {out}\n{HINT}"
    assert {"findings.csv", "articles.csv", "sentences.csv", "units.csv", "coverage.csv", "quotes.csv",
            "entities.csv", "loaded.csv", "numbers.csv"} <= set(names)
    import csv

    with open(out / "findings.csv", encoding="utf-8") as fh:
        findings = list(csv.DictReader(fh))
    with open(out / "units.csv", encoding="utf-8") as fh:
        unit_labels = {row["label"] for row in csv.DictReader(fh)}
    assert findings and all(r["label"].startswith("F") for r in findings)
    assert {ref for r in findings for ref in r["refs"].split("; ") if ref.startswith("C")} <= unit_labels


def test_csv_given_a_file_name_says_it_writes_a_folder(event, tmp_path):
    out = tmp_path / "x.csv"
    result = run("compare", str(event), "--format", "csv", "-o", str(out))
    assert result.exit_code == 1 and not out.exists()
    assert "writes a folder of tables" in result.stderr and result.stderr.count("\n") == 1


def test_csv_needs_a_folder(event):
    result = run("compare", str(event), "--format", "csv", "-o", "-")
    assert result.exit_code == 1
    assert result.stderr == "Error: --format csv writes a folder; give -o FOLDER\n"


def test_bad_file_is_named_and_the_comparison_still_runs(event, tmp_path):
    (event / "broken.json").write_text("{oops", encoding="utf-8")
    out = tmp_path / "r.md"
    result = run("compare", str(event), "-o", str(out))
    assert result.exit_code == 1
    assert result.stderr == (
        f"Error: {event / 'broken.json'}: invalid JSON at line 1 column 2: "
        "Expecting property name enclosed in double quotes\n"
        f"wrote {out}\n{HINT}"
    )
    report = out.read_text(encoding="utf-8")
    assert "file skipped" in report and "broken.json" in report


def test_one_article_is_not_enough(seeds):
    result = run("compare", str(seeds / f"{SEED_000}.txt"), "-o", "-")
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr == "Error: compare needs at least 2 articles (got 1)\n"


def test_unknown_comparator_is_a_usage_error(event):
    result = run("compare", str(event), "--only", "nope", "-o", "-")
    assert result.exit_code == 2
    assert "Invalid value for '--only': 'nope' is not one of 'coverage', 'quotes'" in result.stderr


def test_outlet_errors(event):
    result = run("compare", str(event), "--outlet", "no-equals-sign")
    assert result.exit_code == 2
    assert "expected ID=NAME (got 'no-equals-sign')" in result.stderr
    result = run("compare", str(event), "--outlet", "x=Y", "-o", "-")
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: --outlet names an unknown article id: x (ids: ")


def test_cutoff_out_of_range_is_a_usage_error(event):
    result = run("compare", str(event), "--cutoff", "101")
    assert result.exit_code == 2
    assert "--cutoff" in result.stderr


def test_compare_help_ends_with_an_example():
    assert run("compare", "--help").output.rstrip().endswith(
        f"framing compare seeds/ --only coverage,quotes --outlet {SEED_000}=LRT -o -"
    )


def test_align_side_by_side(seeds):
    result = run("align", str(seeds / f"{SEED_000}.txt"), str(seeds / f"{SEED_003}.txt"))
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0].startswith("| score")
    quote = [line for line in lines if "If we just thought about the Russian response" in line]
    assert len(quote) == 1 and "| s11 " in quote[0] and "| s6 " in quote[0]
    assert not any("deporting Ukrainian men" in line for line in lines)
    full = run("align", str(seeds / f"{SEED_000}.txt"), str(seeds / f"{SEED_003}.txt"), "--all")
    assert any("deporting Ukrainian men" in line for line in full.stdout.splitlines())


def test_align_missing_file(seeds, tmp_path):
    result = run("align", str(seeds / f"{SEED_000}.txt"), str(tmp_path / "nope.txt"))
    assert result.exit_code == 1
    assert result.stderr == f"Error: {tmp_path / 'nope.txt'}: no such file\n"


def test_to_frames(event):
    pd = pytest.importorskip("pandas")
    frames = framing.compare(framing.load_all(event)).to_frames()
    assert isinstance(frames["units"], pd.DataFrame)
    assert set(frames["articles"]["id"]) == {SEED_000, SEED_003}


def test_compare_keeps_the_good_records_of_a_jsonl_file_with_broken_lines(tmp_path):
    """One broken line made `compare` drop every good record of the file, naming the first problem only."""
    lines = [json.dumps({"id": "a", "title": "Bridge story",
                         "text": "The council met on Monday to discuss the bridge budget."}),
             "{not json",
             json.dumps({"id": "b", "title": "Bridge vote",
                         "text": "On Monday the council met to discuss the budget of the bridge."}),
             json.dumps({"id": "c"})]
    (tmp_path / "in.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "r.json"
    result = run("compare", str(tmp_path / "in.jsonl"), "--format", "json", "-o", str(out))
    assert result.exit_code == 1  # bad records are bad input, the report of the good ones is written
    errors = [line for line in result.stderr.splitlines() if line.startswith("Error:")]
    assert len(errors) == 2 and "line 2" in errors[0] and "line 4" in errors[1], errors
    data = json.loads(out.read_text(encoding="utf-8"))
    assert [a["id"] for a in data["articles"]] == ["in#a", "in#b"]


def test_compare_reads_a_link_out_of_its_inputs_only_when_asked(tmp_path):
    folder = tmp_path / "event"
    folder.mkdir()
    (folder / "a.txt").write_text("Bridge story\nThe council met on Monday to discuss the bridge budget.\n",
                                  encoding="utf-8")
    outside = tmp_path / "secret.txt"
    outside.write_text("Bridge vote\nOn Monday the council met to discuss the budget of the bridge.\n",
                       encoding="utf-8")
    (folder / "b.txt").symlink_to(outside)
    out = tmp_path / "r.json"
    refused = run("compare", str(folder), "--format", "json", "-o", str(out))
    assert refused.exit_code == 1
    assert any("b.txt" in line and "link" in line for line in refused.stderr.splitlines()), refused.stderr
    assert not out.exists()  # one article left: nothing to compare
    followed = run("compare", str(folder), "--format", "json", "-o", str(out), "--follow-links")
    assert followed.exit_code == 0, followed.stderr
    assert len(json.loads(out.read_text(encoding="utf-8"))["articles"]) == 2
