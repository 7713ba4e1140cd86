"""Outputs under faults: two runs at once, planted links, full disks, size limits, formulas in
cells, names that are not UTF-8 or hold a newline, and default report names (issue 16).

Each runs the command line in a subprocess where it needs a second process, a limit or a
device (``/dev/full``).
"""

from __future__ import annotations

import csv
import json
import os
import resource
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from framing.cli import cli

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"


def framing_cmd(*args: str, cwd: Path, limit: int | None = None, stdout=subprocess.PIPE):
    def limited() -> None:
        if limit is not None:
            resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return subprocess.run([sys.executable, "-m", "framing", *args], cwd=cwd, stdout=stdout,
                          stderr=subprocess.PIPE, text=True, timeout=300, preexec_fn=limited)


def test_two_runs_writing_one_file_each_leave_a_whole_file(tmp_path):
    out = tmp_path / "same.json"
    procs = [subprocess.Popen([sys.executable, "-m", "framing", "compare", str(SEEDS), "--format", "json",
                               "-o", str(out)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=tmp_path)
             for _ in range(2)]
    for p in procs:
        assert p.wait(timeout=300) == 0
    data = out.read_bytes()
    assert b"\x00" not in data
    assert json.loads(data)["schema"] == "framing.comparison/1"
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_a_link_planted_at_the_temporary_name_is_not_followed(tmp_path, monkeypatch):
    import framing.io.atomic

    victim = tmp_path / "victim.txt"
    victim.write_text("keep me", encoding="utf-8")
    monkeypatch.setattr(framing.io.atomic.secrets, "token_hex", lambda n: "0" * (2 * n))  # a name one can guess
    planted = Path(framing.io.atomic.temporary_name(str(tmp_path / "r.md")))
    planted.symlink_to(victim)
    result = CliRunner().invoke(cli, ["compare", str(SEEDS), "-o", str(tmp_path / "r.md")])
    assert result.exit_code == 1
    assert result.stderr == f"Error: {tmp_path / 'r.md'}: cannot write (File exists)\n"
    assert victim.read_text(encoding="utf-8") == "keep me"
    assert not (tmp_path / "r.md").exists()


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="no /dev/full on this system")
@pytest.mark.parametrize("fmt", ["md", "json", "html"])
def test_stdout_to_a_full_disk_is_an_error(tmp_path, fmt):
    with open("/dev/full", "w") as full:
        done = framing_cmd("compare", str(SEEDS), "--format", fmt, "-o", "-", cwd=tmp_path, stdout=full)
    assert done.returncode == 1
    assert done.stderr.splitlines()[-1] == "Error: -: cannot write to standard output (No space left on device)"
    assert "Traceback" not in done.stderr


@pytest.mark.parametrize("fmt", ["md", "json", "html"])
def test_stdout_under_a_file_size_limit_is_an_error_not_a_report_cut_short(tmp_path, fmt):
    """Python's buffered stdout counted the first, short write as whole: 4 KB of the report, exit 0."""
    with open(tmp_path / "out", "w") as sink:
        done = framing_cmd("compare", str(SEEDS), "--format", fmt, "-o", "-", cwd=tmp_path, stdout=sink, limit=4096)
    assert done.returncode == 1
    assert done.stderr.splitlines()[-1] == "Error: -: cannot write to standard output (File too large)"
    assert "Traceback" not in done.stderr


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="no /dev/full on this system")
@pytest.mark.parametrize("command", ["inspect", "align"])
def test_every_command_writing_to_stdout_checks_it(tmp_path, command):
    with open("/dev/full", "w") as full:
        done = framing_cmd(command, *sorted(str(p) for p in SEEDS.glob("*.txt")), cwd=tmp_path, stdout=full)
    assert done.returncode == 1
    assert done.stderr.splitlines()[-1] == "Error: -: cannot write to standard output (No space left on device)"
    assert "Traceback" not in done.stderr


@pytest.mark.parametrize("fmt", ["md", "json", "html"])
def test_a_file_size_limit_keeps_the_old_report_and_says_so(tmp_path, fmt):
    out = tmp_path / f"r.{fmt}"
    out.write_text("earlier report", encoding="utf-8")
    done = framing_cmd("compare", str(SEEDS), "--format", fmt, "-o", str(out), cwd=tmp_path, limit=4096)
    assert done.returncode == 1
    assert done.stderr.splitlines()[-1] == f"Error: {out}: cannot write (File too large)"
    assert out.read_text(encoding="utf-8") == "earlier report"
    assert sorted(p.name for p in tmp_path.iterdir()) == [out.name]


def test_csv_tables_are_swapped_in_whole(tmp_path):
    tables = tmp_path / "tables"
    assert framing_cmd("compare", str(SEEDS), "--format", "csv", "-o", str(tables), cwd=tmp_path).returncode == 0
    before = {p.name: p.read_bytes() for p in tables.iterdir()}
    (tables / "mine.txt").write_text("a user's own file", encoding="utf-8")
    biggest = max(len(b) for b in before.values())  # that table cannot be written: a full disk midway
    done = framing_cmd("compare", str(SEEDS), "--format", "csv", "-o", str(tables), cwd=tmp_path, limit=biggest - 1)
    assert done.returncode == 1 and "File too large" in done.stderr
    after = {p.name: p.read_bytes() for p in tables.iterdir() if p.name != "mine.txt"}
    assert after == before  # nothing cut mid-row, nothing half new
    assert (tables / "mine.txt").exists()
    # a table the earlier comparison made and this one does not is removed, the user's file stays
    done = framing_cmd("compare", str(SEEDS), "--only", "coverage", "--format", "csv", "-o", str(tables),
                       cwd=tmp_path)
    assert done.returncode == 0
    names = {p.name for p in tables.iterdir()}
    assert "quotes.csv" not in names and "coverage.csv" in names and "mine.txt" in names


def _number(cell: str) -> bool:
    try:
        float(cell)
    except ValueError:
        return False
    return True


def test_csv_cells_cannot_become_formulas(tmp_path):
    runner = CliRunner()
    name = '=HYPERLINK("http://example.invalid","x")'
    for raw in (False, True):
        out = tmp_path / ("raw" if raw else "safe")
        args = ["compare", str(SEEDS), "--outlet", f"003_b0b2997cfc93b2b5={name}", "--format", "csv", "-o", str(out)]
        result = runner.invoke(cli, args + (["--raw-csv"] if raw else []))
        assert result.exit_code == 0, result.stderr
        with (out / "articles.csv").open(encoding="utf-8", newline="") as fh:
            outlets = [row["outlet"] for row in csv.DictReader(fh)]
        assert (name if raw else "'" + name) in outlets
        for table in out.iterdir():
            with table.open(encoding="utf-8", newline="") as fh:
                for row in csv.reader(fh):
                    formula = any(c.startswith(("=", "+", "-", "@", "\t", "\r")) and not _number(c) for c in row)
                    assert raw or not formula, (table.name, row)
    from framing.render.csv import neutral

    assert [neutral(x) for x in ("-x", "\tx", "\rx", -3, -2.5, "x-")] == ["'-x", "'\tx", "'\rx", -3, -2.5, "x-"]


def test_a_file_name_with_a_newline_cannot_forge_a_line(tmp_path):
    folder = tmp_path / "in"
    shutil.copytree(SEEDS, folder)
    (folder / "bad\nError: forged.txt").write_bytes(b"")
    done = framing_cmd("compare", str(folder), "-o", str(tmp_path / "r.md"), cwd=tmp_path)
    assert done.returncode == 1
    errors = [line for line in done.stderr.splitlines() if line.startswith("Error:")]
    assert errors == [f"Error: {folder}/bad\\nError: forged.txt: empty file"]


def test_a_file_name_that_is_not_utf8_is_read_and_written_escaped(tmp_path):
    folder = tmp_path / "in"
    shutil.copytree(SEEDS, folder)
    os.rename(folder / "003_b0b2997cfc93b2b5.txt", os.path.join(os.fsencode(folder), b"003\xfe.txt"))
    for fmt in ("md", "json", "html", "csv"):
        out = tmp_path / f"r-{fmt}"
        done = framing_cmd("compare", str(folder), "--format", fmt, "-o", str(out), cwd=tmp_path)
        assert done.returncode == 0, done.stderr
        assert "Traceback" not in done.stderr
    assert json.loads((tmp_path / "r-json").read_text(encoding="utf-8"))["articles"][1]["id"] == "003\\xfe"


def test_a_skipped_file_whose_name_is_not_utf8_is_named_escaped_in_every_output(tmp_path):
    """The Error line was escaped, then writing the report's Method section raised UnicodeEncodeError."""
    folder = tmp_path / "in"
    shutil.copytree(SEEDS, folder)
    (folder / "e\nError: forged.txt").write_bytes(b"")
    with open(os.path.join(os.fsencode(folder), b"e\xfe.txt"), "wb"):
        pass  # empty: skipped
    for fmt in ("md", "json", "html", "csv"):
        out = tmp_path / f"r-{fmt}"
        done = framing_cmd("compare", str(folder), "--format", fmt, "-o", str(out), cwd=tmp_path)
        assert done.returncode == 1, done.stderr  # files were skipped; the others' report is written
        assert "Traceback" not in done.stderr
        assert [line for line in done.stderr.splitlines() if line.startswith("Error:")] == [
            f"Error: {folder}/e\\nError: forged.txt: empty file", f"Error: {folder}/e\\xfe.txt: empty file"]
        written = "".join(p.read_text(encoding="utf-8") for p in ([out] if out.is_file() else out.iterdir()))
        if fmt in ("md", "json"):
            written = written.replace("\\\\", "\\")  # Markdown and JSON escape the backslash
        assert "e\\xfe.txt" in written, fmt
        assert "e\\nError: forged.txt" in written, fmt
    skipped = json.loads((tmp_path / "r-json").read_text(encoding="utf-8"))["skipped"]
    assert sorted(Path(x["path"]).name for x in skipped) == ["e\\nError: forged.txt", "e\\xfe.txt"]


def test_default_report_names_never_overwrite_another_events_report(tmp_path):
    other = tmp_path / "other"
    other.mkdir()
    for name in ("a", "b"):  # titled like the seeds, about something else
        (other / f"{name}.txt").write_text(
            "Lithuania to train Ukrainian soldiers, defies potential Russian backlash\n"
            f"A different story {name}: the weather in Vilnius was fine on Tuesday.\n", encoding="utf-8")
    assert framing_cmd("compare", str(SEEDS), cwd=tmp_path).returncode == 0
    done = framing_cmd("compare", str(other), cwd=tmp_path)
    assert done.returncode == 0
    reports = sorted(p.name for p in (tmp_path / "reports").glob("*.md"))
    assert reports == ["lithuania-train-ukrainian-soldiers-defies-2.md", "lithuania-train-ukrainian-soldiers-defies.md"]
    seeds_report = (tmp_path / "reports" / "lithuania-train-ukrainian-soldiers-defies.md").read_text(encoding="utf-8")
    assert "The Moscow Times" in seeds_report
    again = framing_cmd("compare", str(SEEDS), cwd=tmp_path)  # the same event: updated in place
    assert "wrote reports/lithuania-train-ukrainian-soldiers-defies.md" in again.stderr.splitlines()


def test_stdout_closed_or_too_narrow_for_the_text_is_no_traceback(tmp_path):
    """`framing align ... >&-` raised AttributeError; an ASCII stdout raised UnicodeEncodeError."""
    seeds = sorted(str(p) for p in SEEDS.glob("*.txt"))
    closed = subprocess.run([sys.executable, "-m", "framing", "align", *seeds], cwd=tmp_path, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, text=True, timeout=300, preexec_fn=lambda: os.close(1))
    assert closed.returncode == 1
    assert closed.stderr.splitlines()[-1] == "Error: -: cannot write to standard output (it is closed)"
    narrow = subprocess.run([sys.executable, "-m", "framing", "compare", str(SEEDS), "-o", "-"], cwd=tmp_path,
                            capture_output=True, timeout=300, env={**os.environ, "PYTHONIOENCODING": "ascii"})
    assert narrow.returncode == 0, narrow.stderr
    assert b"Traceback" not in narrow.stderr
    assert b"\\u0160imonyt\\u0117" in narrow.stdout  # what ASCII cannot show is an escape


@pytest.mark.parametrize("fmt", ["md", "csv"])
def test_reports_a_regular_file_is_one_error_line_before_the_comparison(tmp_path, fmt):
    """The default output folder ``reports`` being a file was a FileExistsError traceback."""
    (tmp_path / "reports").write_text("mine", encoding="utf-8")
    done = framing_cmd("compare", str(SEEDS), "--format", fmt, cwd=tmp_path)
    assert done.returncode == 1
    assert done.stderr == ("Error: reports: is a file, not a folder (the report's default place); "
                           "give -o PATH for the report\n")
    assert (tmp_path / "reports").read_text(encoding="utf-8") == "mine"


def test_csv_into_a_folder_of_the_users_own_tables_removes_none_of_them(tmp_path):
    """Tables framing can write but did not (the user's numbers.csv, quotes.csv) were deleted as stale."""
    tables = tmp_path / "tables"
    tables.mkdir()
    mine = {"numbers.csv": "figure,source\n12,mine\n", "quotes.csv": "who,what\nme,hello\n"}
    for name, text in mine.items():
        (tables / name).write_text(text, encoding="utf-8")
    done = framing_cmd("compare", str(SEEDS), "--only", "coverage", "--format", "csv", "-o", str(tables),
                       cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert {n: (tables / n).read_text(encoding="utf-8") for n in mine} == mine
    assert (tables / "coverage.csv").exists()


def test_a_table_framing_wrote_and_the_user_then_changed_is_not_removed(tmp_path):
    tables = tmp_path / "tables"
    assert framing_cmd("compare", str(SEEDS), "--format", "csv", "-o", str(tables), cwd=tmp_path).returncode == 0
    (tables / "quotes.csv").write_text("my own notes\n", encoding="utf-8")
    done = framing_cmd("compare", str(SEEDS), "--only", "coverage", "--format", "csv", "-o", str(tables),
                       cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert (tables / "quotes.csv").read_text(encoding="utf-8") == "my own notes\n"
    assert not (tables / "numbers.csv").exists()  # framing's own, unchanged: removed
