"""Command-line habits (exact output): the format follows -o, case-insensitive choices,
comma lists, standard input as an article, readable outlet names, help examples."""

from __future__ import annotations

import json
import os
import pty
import shutil
import stat
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from click.testing import CliRunner

import framing
from framing.cli import cli

ROOT = Path(__file__).resolve().parents[1]
SEED_000 = "000_24b190d1714be1b8"
SEED_003 = "003_b0b2997cfc93b2b5"
HINT = f"Hint: no outlet name found for {SEED_000} (shown as 000); name it with --outlet {SEED_000}=NAME\n"


USAGE = "Usage: cli compare [OPTIONS] PATHS...\nTry 'cli compare --help' for help.\n\n"


def run(*args: str, input: str | bytes | None = None):
    return CliRunner().invoke(cli, list(args), input=input, catch_exceptions=False)


@pytest.fixture(scope="module")
def event(tmp_path_factory):
    folder = tmp_path_factory.mktemp("habits") / "event"
    shutil.copytree(ROOT / "seeds", folder)
    return folder


@pytest.fixture(scope="module")
def expected(event):
    """The seeds' comparison in every format, made through the API."""
    c = framing.compare(framing.load_all(event))
    return {"md": c.to_markdown(), "json": c.to_json(), "html": c.to_html()}


# --- 1. the format follows the -o suffix --------------------------------------------------------

@pytest.mark.parametrize(("name", "fmt"), [("r.md", "md"), ("r.markdown", "md"), ("r.html", "html"),
                                           ("r.htm", "html"), ("R.HTML", "html"), ("r.json", "json"),
                                           ("r.txt", "md"), ("report", "md")])
def test_the_format_follows_the_output_suffix(event, expected, tmp_path, name, fmt):
    out = tmp_path / name
    result = run("compare", str(event), "-o", str(out))
    assert (result.exit_code, result.stderr) == (0, f"wrote {out}\n{HINT}")
    assert out.read_text(encoding="utf-8") == expected[fmt]


def test_a_folder_or_a_trailing_slash_means_csv(event, tmp_path):
    folder = tmp_path / "tables"
    folder.mkdir()
    result = run("compare", str(event), "-o", str(folder))
    assert result.exit_code == 0
    n = len(list(folder.glob("*.csv")))
    assert (folder / "findings.csv").exists() and result.stderr == f"wrote {n} CSV files into {folder}\n{HINT}"
    fresh = f"{tmp_path / 'new'}/"
    result = run("compare", str(event), "-o", fresh)
    assert (result.exit_code, result.stderr) == (0, f"wrote {n} CSV files into {fresh}\n{HINT}")


def test_a_csv_suffix_means_csv_which_is_a_folder(event, tmp_path):
    out = tmp_path / "tables.csv"
    result = run("compare", str(event), "-o", str(out))
    assert result.exit_code == 1 and not out.exists()
    assert result.stderr == (f"Error: {out}: the csv format writes a folder of tables (findings.csv, units.csv, "
                             f"...), not one file; give -o FOLDER, e.g. -o {tmp_path / 'tables'}\n")


@pytest.mark.parametrize(("args", "message"), [
    (["-o", "t.csv"], "t.csv: the csv format writes a folder of tables (findings.csv, units.csv, ...), not one "
                      "file; give -o FOLDER, e.g. -o t"),
    (["--format", "csv", "-o", "-"], "--format csv writes a folder; give -o FOLDER"),
    (["--show", "a", "-o", "r.md"], "--show chooses the columns of the HTML page; add --format html"),
])
def test_what_the_options_rule_out_is_said_before_reading(tmp_path, args, message):
    result = run("compare", str(tmp_path / "missing.txt"), str(tmp_path / "missing-too.txt"), *args)
    assert (result.exit_code, result.stdout, result.stderr) == (1, "", f"Error: {message}\n")


def test_format_wins_over_the_suffix_with_a_warning(event, expected, tmp_path):
    out = tmp_path / "page.html"
    result = run("compare", str(event), "--format", "md", "-o", str(out))
    assert result.exit_code == 0
    assert result.stderr == (f"Warning: writing --format md into {out} (its .html suffix suggests --format html)\n"
                             f"wrote {out}\n{HINT}")
    assert out.read_text(encoding="utf-8") == expected["md"]


def test_format_and_an_unknown_suffix_agree_silently(event, expected, tmp_path):
    out = tmp_path / "r.txt"
    result = run("compare", str(event), "--format", "json", "-o", str(out))
    assert (result.exit_code, result.stderr) == (0, f"wrote {out}\n{HINT}")
    assert out.read_text(encoding="utf-8") == expected["json"]


def test_stdout_is_markdown_unless_format_says(event, expected):
    result = run("compare", str(event), "-o", "-")
    assert (result.exit_code, result.stderr, result.stdout) == (0, HINT, expected["md"])


def test_inspect_follows_the_suffix_too(event, tmp_path):
    out = tmp_path / "i.json"
    result = run("inspect", str(event), "-o", str(out))
    assert (result.exit_code, result.stderr) == (0, f"wrote {out}\n")
    assert json.loads(out.read_text(encoding="utf-8"))["schema"] == "framing.inspect/1"
    page = tmp_path / "i.html"  # inspect writes no HTML: Markdown, as for any other suffix
    result = run("inspect", str(event), "-o", str(page))
    assert (result.exit_code, result.stderr) == (0, f"wrote {page}\n")
    assert page.read_text(encoding="utf-8").startswith("# Article inspection: 2 articles\n")


# --- 3. case-insensitive --format ----------------------------------------------------------------

def test_format_is_case_insensitive(event, expected):
    result = run("compare", str(event), "--format", "JSON", "-o", "-")
    assert (result.exit_code, result.stderr, result.stdout) == (0, HINT, expected["json"])
    result = run("inspect", str(event), "--format", "Json")
    assert result.exit_code == 0 and json.loads(result.stdout)["schema"] == "framing.inspect/1"


def test_an_unknown_format_is_a_usage_error(event):
    result = run("compare", str(event), "--format", "pdf")
    assert result.exit_code == 2
    assert result.stderr == (f"{USAGE}Error: Invalid value for '--format': 'pdf' is not one of "
                             "'md', 'json', 'csv', 'html'.\n")


# --- 4. --only takes comma lists -----------------------------------------------------------------

def _sections(stdout: str) -> list[str]:
    data = json.loads(stdout)
    return [k for k in ("coverage", "quotes", "entities", "versions", "wording", "numbers") if data[k] is not None]


@pytest.mark.parametrize("only", [["coverage,quotes"], ["coverage", "quotes"], ["Quotes, COVERAGE"],
                                  ["quotes,coverage", "coverage"]])
def test_only_takes_a_comma_list_or_repeats(event, only):
    args = [a for value in only for a in ("--only", value)]
    result = run("compare", str(event), "--format", "json", "-o", "-", *args)
    assert (result.exit_code, result.stderr) == (0, HINT)
    assert _sections(result.stdout) == ["coverage", "quotes"]


KNOWN = "'coverage', 'quotes', 'entities', 'naming', 'versions', 'wording', 'numbers', 'readability'"


@pytest.mark.parametrize(("value", "message"), [
    ("coverage,nope", f"'nope' is not one of {KNOWN}."),
    ("coverage,,quotes", f"'coverage,,quotes' holds an empty name (give names separated by commas, each one of "
                         f"{KNOWN})."),
])
def test_only_names_what_is_wrong(event, value, message):
    result = run("compare", str(event), "--only", value, "-o", "-")
    assert result.exit_code == 2 and result.stdout == ""
    assert result.stderr == f"{USAGE}Error: Invalid value for '--only': {message}\n"


# --- 2. "-" reads one article from standard input --------------------------------------------------

LRT = f"{SEED_000}=LRT"  # named, so no hint about outlet names joins the output


def _ids_outlets(stdout: str) -> list[tuple[str, str | None, str | None, str]]:
    return [(a["id"], a["outlet"], a["path"], a["format"]) for a in json.loads(stdout)["articles"]]


def test_dash_reads_an_article_from_stdin(event):
    text = (event / f"{SEED_003}.txt").read_bytes()
    result = run("compare", str(event / f"{SEED_000}.txt"), "-", "--outlet", LRT, "--format", "json", "-o", "-",
                 input=text)
    assert (result.exit_code, result.stderr) == (0, "")
    assert _ids_outlets(result.stdout) == [(SEED_000, "LRT", str(event / f"{SEED_000}.txt"), "txt"),
                                           ("stdin", "The Moscow Times", "-", "md")]
    from_file = framing.load(event / f"{SEED_003}.txt")
    stdin = json.loads(result.stdout)["articles"][1]
    assert stdin["text"] == from_file.text and len(stdin["sentences"]) == len(from_file.sentences)
    # where "-" stands among the paths changes nothing
    again = run("compare", "-", str(event / f"{SEED_000}.txt"), "--outlet", LRT, "--format", "json", "-o", "-",
                input=text)
    assert again.stdout == result.stdout


PAGE = ('<!DOCTYPE html><html><head><meta property="og:site_name" content="Valley Wire">'
        "<title>Bridge shut for six weeks</title></head><body><article><h1>Bridge shut for six weeks</h1>"
        "<p>The harbour bridge was shut on Monday after inspectors found cracks in a cable anchor.</p>"
        "<p>It will stay closed for six weeks, the city said.</p></article></body></html>")


@pytest.mark.parametrize(("source", "fmt", "outlet"), [
    (PAGE, "html", "Valley Wire"),  # the page's own site name
    (json.dumps({"outlet": "Coastline Post", "title": "Bridge shut",
                 "text": "The harbour bridge was shut on Monday after inspectors found cracks."}), "json",
     "Coastline Post"),
    ("Bridge shut\n\nBy Jane Holt, Valley Wire\n\nThe harbour bridge was shut on Monday after inspectors found "
     "cracks.\n", "txt", "Valley Wire"),  # a byline
])
def test_stdin_format_comes_from_the_content(source, fmt, outlet):
    result = run("inspect", "-", "--format", "json", input=source)
    assert (result.exit_code, result.stderr) == (0, "")
    (article,) = json.loads(result.stdout)["articles"]
    assert (article["id"], article["path"], article["format"], article["outlet"]) == ("stdin", "-", fmt, outlet)


def test_stdin_id_stays_unique(tmp_path, event):
    (tmp_path / "stdin.txt").write_bytes((event / f"{SEED_000}.txt").read_bytes())
    result = run("compare", str(tmp_path / "stdin.txt"), "-", "--outlet", "stdin=LRT", "--format", "json",
                 "-o", "-", input=(event / f"{SEED_003}.txt").read_bytes())
    assert (result.exit_code, result.stderr) == (0, "")
    assert [a[:2] for a in _ids_outlets(result.stdout)] == [("stdin", "LRT"), ("stdin-2", "The Moscow Times")]


@pytest.mark.parametrize("given", ["", "  \n\n"])
def test_empty_stdin_is_one_error_line(event, given):
    result = run("compare", "-", str(event / f"{SEED_000}.txt"), "-o", "-", input=given)
    assert (result.exit_code, result.stdout) == (1, "")
    assert result.stderr == ("Error: -: standard input is empty; pipe an article into it "
                             "(cat article.txt | framing compare - other.txt)\n")


def test_stdin_is_read_once():
    result = run("compare", "-", "-", "-o", "-", input="Bridge shut\n\nThe bridge was shut on Monday.\n")
    assert (result.exit_code, result.stdout) == (1, "")
    assert result.stderr == "Error: -: standard input holds one article; give - once\n"


def test_stdin_with_several_records_is_named_and_skipped(event):
    records = "\n".join(json.dumps({"text": f"The bridge was shut on Monday, report {n}."}) for n in (1, 2))
    result = run("compare", "-", str(event / f"{SEED_000}.txt"), "-o", "-", input=records)
    assert (result.exit_code, result.stdout) == (1, "")
    assert result.stderr == ("Error: -: holds 2 records; one article is read from here\n"
                             "Error: compare needs at least 2 articles (got 1)\n")


def test_stdin_from_a_terminal_is_refused(event):
    master, slave = pty.openpty()
    try:
        done = subprocess.run([sys.executable, "-m", "framing", "compare", "-", str(event), "-o", "-"],
                              stdin=slave, capture_output=True, text=True, timeout=60, cwd=ROOT,
                              env={**os.environ, "PYTHONPATH": str(ROOT)})
    finally:
        os.close(slave)
        os.close(master)
    assert (done.returncode, done.stdout) == (1, "")
    assert done.stderr == ("Error: -: standard input is a terminal; pipe an article into it "
                           "(cat article.txt | framing compare - other.txt)\n")


# --- output to a device or a pipe ---------------------------------------------------------------

def test_output_to_a_pipe_is_written_into_it_not_replaced(event, tmp_path):
    """`-o /dev/null` renamed a file over /dev/null itself (as root): a device or a FIFO is written to."""
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    got: list[str] = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_text(encoding="utf-8")), daemon=True)
    reader.start()
    result = run("compare", str(event), "--outlet", LRT, "-o", str(fifo))
    reader.join(60)
    assert (result.exit_code, result.stderr) == (0, f"wrote {fifo}\n")
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)
    assert got == [run("compare", str(event), "--outlet", LRT, "-o", "-").stdout]


# --- 5. a readable name for an outlet framing cannot name -----------------------------------------

def test_the_seeds_report_names_the_unnamed_outlet_by_its_file_name(event):
    result = run("compare", str(event), "-o", "-")
    assert (result.exit_code, result.stderr) == (0, HINT)
    lines = result.stdout.splitlines()
    assert lines[6].startswith("| 000              | Lithuania to train Ukrainian soldiers, defies potential Russian")
    assert lines[6].endswith("| 000\\_24b190d1714be1b8 |")  # the id column keeps the id --outlet takes
    assert "### Only in 000" in lines and "24b190d1714be1b8" not in "\n".join(lines[8:])


def test_a_named_outlet_gives_no_hint(event):
    result = run("compare", str(event), "-o", "-", "--outlet", LRT)
    assert (result.exit_code, result.stderr) == (0, "")
    assert "### Only in LRT" in result.stdout.splitlines()


def test_no_hint_beside_an_error(event):
    target = event / f"{SEED_000}.txt"
    result = run("compare", str(event), "-o", str(target))
    assert (result.exit_code, result.stderr) == (1, f"Error: {target}: refusing to overwrite an input file\n")


def _copy(seed: str, folder: Path, name: str) -> str:
    target = folder / name
    shutil.copyfile(ROOT / "seeds" / f"{seed}.txt", target)
    return str(target)


def test_a_hash_for_a_file_name_gives_the_title(tmp_path):
    a = _copy(SEED_000, tmp_path, "9f3c2a71b0d4e5f6.txt")
    b = _copy(SEED_003, tmp_path, "b.txt")
    result = run("compare", a, b, "-o", "-")
    assert result.exit_code == 0
    assert result.stderr == ("Hint: no outlet name found for 9f3c2a71b0d4e5f6 (shown as Lithuania to train "
                             "Ukrainian…); name it with --outlet 9f3c2a71b0d4e5f6=NAME\n")
    assert "### Only in Lithuania to train Ukrainian…" in result.stdout.splitlines()


def test_names_two_files_would_share_give_way_to_ids_whatever_the_order(tmp_path):
    a = _copy(SEED_000, tmp_path, "000_aaaa1111bbbb2222.txt")
    b = _copy(SEED_003, tmp_path, "000_cccc3333dddd4444.txt")
    result = run("compare", a, b, "-o", "-", "--format", "json")
    assert result.exit_code == 0
    # the second names itself (The Moscow Times): only the first is unnamed, and "000" is its alone
    assert result.stderr == ("Hint: no outlet name found for 000_aaaa1111bbbb2222 (shown as 000); "
                             "name it with --outlet 000_aaaa1111bbbb2222=NAME\n")
    c = _copy(SEED_000, tmp_path, "000_eeee5555ffff6666.txt")
    forward = run("compare", a, b, c, "-o", "-")
    backward = run("compare", c, b, a, "-o", "-")
    assert forward.exit_code == backward.exit_code == 0
    assert forward.stderr == backward.stderr == (
        "Hint: no outlet name found for 000_aaaa1111bbbb2222, 000_eeee5555ffff6666; "
        "name them with --outlet ID=NAME (repeatable) or an --outlets file\n")
    assert forward.stdout == backward.stdout
    assert "### Only in 000" not in forward.stdout.splitlines()


def test_the_hint_stays_one_line(tmp_path):
    paths = [_copy(SEED_000 if n % 2 else SEED_003, tmp_path, f"{name}.txt")
             for n, name in enumerate(["alpha", "bravo", "charlie", "delta", "echo"])]
    result = run("compare", *paths, "--only", "coverage", "-o", "-")
    assert result.exit_code == 0
    assert result.stderr == ("Hint: no outlet name found for bravo, delta; name them with --outlet ID=NAME "
                             "(repeatable) or an --outlets file\n")
    more = [_copy(SEED_000, tmp_path, f"x{n}_9f3c2a71b0d4e5f{n}.txt") for n in range(4)]
    result = run("compare", *more, "--only", "coverage", "-o", "-")
    assert result.exit_code == 0
    assert result.stderr == ("Hint: no outlet name found for x0_9f3c2a71b0d4e5f0 (shown as x0), x1_9f3c2a71b0d4e5f1 "
                             "(shown as x1), x2_9f3c2a71b0d4e5f2 (shown as x2) and 1 more; name them with --outlet "
                             "ID=NAME (repeatable) or an --outlets file\n")


# --- 6. every help ends with a runnable example that writes nothing shipped -------------------------

COMMANDS = [[], ["compare"], ["inspect"], ["align"], ["batch"]]


def _examples(help_text: str) -> list[str]:
    lines = help_text.rstrip().splitlines()
    start = max(i for i, line in enumerate(lines) if line.strip() in ("Example:", "Examples:"))
    return [line.strip() for line in lines[start + 1:]]


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c) or "framing")
def test_help_examples_write_to_scratch_paths_and_name_nothing_internal(command):
    text = run(*command, "--help").output
    examples = _examples(text)
    assert examples and all(e.startswith(("framing ", "cat ")) for e in examples), examples
    for example in examples:
        words = example.split()
        targets = [words[k + 1] for k, w in enumerate(words[:-1]) if w in ("-o", "--output")]
        assert all(t == "-" or t.startswith("/tmp/") for t in targets), example
    lowered = text.lower()
    assert "../" not in text and "shared/data" not in text and "issue" not in lowered, text


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c) or "framing")
def test_the_last_help_example_runs(command, tmp_path):
    example = _examples(run(*command, "--help").output)[-1]
    assert "/tmp/" in example or " -o -" in example or command == ["align"], example
    line = example.replace("/tmp/", f"{tmp_path}/").replace("framing ", f"{sys.executable} -m framing ")
    done = subprocess.run(line, shell=True, cwd=ROOT, capture_output=True, text=True, timeout=300,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert done.returncode == 0, (line, done.stderr)
    assert "Error" not in done.stderr and "Traceback" not in done.stderr
    written = list(tmp_path.iterdir())
    assert ("/tmp/" in example) == bool(written), written


def test_docs_cli_md_covers_every_compare_option():
    from framing.cli import compare

    doc = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    for param in compare.params:
        for opt in getattr(param, "opts", []):
            if opt.startswith("--"):
                assert f"`{opt}" in doc or f", {opt}" in doc, opt
