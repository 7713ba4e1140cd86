"""Exact-output CLI tests (click's CliRunner)."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys

from click.testing import CliRunner

from framing import __version__
from framing.cli import cli

SEED_000 = "000_24b190d1714be1b8"


def run(*args: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def test_version():
    result = run("--version")
    assert result.exit_code == 0
    assert result.output == f"framing, version {__version__}\n"


def test_help_ends_with_examples():
    result = run("--help")
    assert result.exit_code == 0
    assert result.output.rstrip().endswith("framing inspect seeds/ -o /tmp/seeds-inspect.json")
    inspect_help = run("inspect", "--help").output
    assert inspect_help.rstrip().endswith("framing inspect seeds/ -o /tmp/seeds-inspect.md")


def test_inspect_markdown_to_stdout(seeds):
    result = run("inspect", str(seeds / f"{SEED_000}.txt"))
    assert result.exit_code == 0
    assert result.stderr == ""
    lines = result.stdout.splitlines()
    assert lines[0] == "# Article inspection: 1 article"
    assert f"## {SEED_000.replace('_', chr(92) + '_')}" in lines
    assert any("| 0   | 0      | title  |" in line for line in lines)


def test_inspect_json(seeds):
    result = run("inspect", str(seeds), "--format", "json")
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert data["schema"] == "framing.inspect/1"
    assert [a["id"] for a in data["articles"]] == [SEED_000, "003_b0b2997cfc93b2b5"]
    for article in data["articles"]:
        for s in article["sentences"]:
            assert article["text"][s["start"] : s["end"]] == s["text"]
            assert set(s) >= {"index", "paragraph", "start", "end", "text", "boilerplate"}


def test_bad_file_is_one_error_line_and_good_files_are_kept(tmp_path, seeds):
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    result = run("inspect", str(empty), str(seeds / f"{SEED_000}.txt"), "--format", "json")
    assert result.exit_code == 1
    assert result.stderr == f"Error: {empty}: empty file\n"
    data = json.loads(result.stdout)
    assert [a["id"] for a in data["articles"]] == [SEED_000]
    assert data["skipped"] == [{"path": str(empty), "problem": "empty file"}]


def test_only_bad_files(tmp_path):
    result = run("inspect", str(tmp_path / "missing.txt"))
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr == f"Error: {tmp_path / 'missing.txt'}: no such file\n"


def test_usage_error_exits_2():
    result = run("inspect")
    assert result.exit_code == 2
    assert "Missing argument 'PATHS...'" in result.stderr


def test_writes_report_file(tmp_path, seeds):
    out = tmp_path / "reports" / "r.md"
    result = run("inspect", str(seeds), "-o", str(out))
    assert result.exit_code == 0
    assert result.stderr == f"wrote {out}\n"
    assert out.read_text(encoding="utf-8").startswith("# Article inspection: 2 articles\n")


def test_refuses_to_overwrite_an_input(tmp_path, seeds):
    src = tmp_path / "a.txt"
    shutil.copy(seeds / f"{SEED_000}.txt", src)
    before = src.read_bytes()
    result = run("inspect", str(src), "-o", str(src))
    assert result.exit_code == 1
    assert result.stderr == f"Error: {src}: refusing to overwrite an input file\n"
    assert src.read_bytes() == before
    result = run("inspect", str(tmp_path), "-o", str(tmp_path / "new.txt"))
    assert result.exit_code == 1
    assert "refusing to overwrite an input file" in result.stderr


def test_output_is_a_directory(tmp_path, seeds):
    result = run("inspect", str(seeds), "-o", str(tmp_path))
    assert result.exit_code == 1
    assert result.stderr == f"Error: {tmp_path}: is a directory; give a file name\n"


def test_console_entry_point_has_no_traceback(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text("{oops")
    proc = subprocess.run(
        [sys.executable, "-m", "framing", "inspect", str(bad)],
        capture_output=True, text=True, check=False,
    )
    assert proc.returncode == 1
    assert proc.stderr == (
        f"Error: {bad}: invalid JSON at line 1 column 2: "
        "Expecting property name enclosed in double quotes\n"
    )
    assert "Traceback" not in proc.stderr


def test_help_does_not_import_heavy_modules():
    code = (
        "import sys; from framing.cli import cli\n"
        "try:\n    cli(['--help'])\nexcept SystemExit:\n    pass\n"
        "heavy = [m for m in ('nupunkt', 'trafilatura', 'lxml', 'charset_normalizer', 'tabulate')"
        " if m in sys.modules]\nprint(heavy)"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert proc.stdout.splitlines()[-1] == "[]"
