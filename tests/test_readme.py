"""The README's quick start runs as written, and no example in the README or docs/ writes over
shipped files: every file it writes goes to a scratch path under /tmp (here: under tmp_path)."""

from __future__ import annotations

import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from framing.cli import cli

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
PAGES = [README, *sorted((ROOT / "docs").glob("*.md"))]


def _blocks(path: Path, lang: str) -> list[str]:
    """The fenced code blocks of one language in a Markdown file."""
    return re.findall(rf"^```{lang}\n(.*?)^```", path.read_text(encoding="utf-8"), flags=re.M | re.S)


def _quick_start(lang: str) -> list[str]:
    text = README.read_text(encoding="utf-8")
    section = text.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    return re.findall(rf"^```{lang}\n(.*?)^```", section, flags=re.M | re.S)


def _clone(tmp: Path) -> None:
    """A working folder that looks like a clone: the seeds and the example corpus, no reports/."""
    for name in ("seeds", "examples"):
        (tmp / name).symlink_to(ROOT / name)


def _scratch(text: str, tmp: Path) -> str:
    return text.replace("/tmp/", f"{tmp}/scratch/")


def test_the_quick_start_has_python_and_command_line_examples():
    assert len(_quick_start("python")) >= 2
    assert any("framing batch" in block for block in _quick_start("sh"))


@pytest.mark.parametrize("index", range(len(_quick_start("python"))))
def test_the_readme_python_examples_run(index, tmp_path):
    _clone(tmp_path)
    (tmp_path / "scratch").mkdir()
    code = _scratch(_quick_start("python")[index], tmp_path)
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path, timeout=300)
    assert done.returncode == 0, done.stderr
    assert not (tmp_path / "reports").exists()


def test_the_readme_command_lines_run(tmp_path, monkeypatch):
    _clone(tmp_path)
    (tmp_path / "scratch").mkdir()
    monkeypatch.chdir(tmp_path)
    lines = [line for block in _quick_start("sh") for line in block.splitlines() if line.startswith("framing ")]
    assert len(lines) >= 5
    for line in lines:
        args = shlex.split(_scratch(line, tmp_path), comments=True)[1:]
        result = CliRunner().invoke(cli, args, catch_exceptions=False)
        assert result.exit_code == 0, (line, result.output)
    assert not (tmp_path / "reports").exists()  # every line names its output: nothing lands in reports/


def _output_of(args: list[str]) -> str | None:
    for flag in ("-o", "--output"):
        if flag in args:
            return args[args.index(flag) + 1]
    return None


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_examples_write_only_to_scratch_paths(page):
    for block in _blocks(page, "sh"):
        for line in block.splitlines():
            if not line.startswith("framing "):
                continue
            args = shlex.split(line, comments=True)
            if args[1] in ("compare", "batch"):
                out = _output_of(args)
                assert out is not None, f"{page.name}: {line!r} writes into reports/"
            out = _output_of(args)
            assert out is None or out == "-" or out.startswith("/tmp/"), f"{page.name}: {line!r}"
    for block in _blocks(page, "python"):
        for path in re.findall(r"""(?:out=|to_csv\(|Path\()["']([^"']+)["']""", block):
            assert path.startswith("/tmp/"), f"{page.name}: {path!r}"
