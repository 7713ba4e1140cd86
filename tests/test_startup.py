"""Start-up: what ``import framing`` and each command import."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

# Heavy at import, and needed by no command's start-up.
NEVER = ("nltk", "numpy", "pandas", "dask", "distributed", "textstat")
# What comparing needs, and neither `import framing` nor any --help does.
FOR_WORK = ("rapidfuzz", "wordfreq", "nupunkt", "trafilatura", "lxml", "markdown_it", "tabulate",
            "snowballstemmer", "charset_normalizer", "nicknames", "pyphen", "concurrent.futures")


def _loaded(code: str, *argv: str) -> dict[str, object]:
    """Run ``code`` in a fresh interpreter (argv after it) and return which modules it loaded."""
    probe = textwrap.dedent(
        """
        import atexit, json, sys

        def report():
            top = sorted({name.split(".")[0] for name in sys.modules})
            sys.__stderr__.write("\\nMODULES " + json.dumps({"top": top, "all": sorted(sys.modules)}) + "\\n")

        atexit.register(report)
        """
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT), "COLUMNS": "100"}
    proc = subprocess.run([sys.executable, "-c", probe + code, *argv], env=env, cwd=ROOT,
                          capture_output=True, text=True, timeout=120)
    line = proc.stderr.rpartition("\nMODULES ")[2]
    found: dict[str, object] = json.loads(line)
    found["stdout"], found["returncode"] = proc.stdout, proc.returncode
    return found


def _heavy(found: dict[str, object], names: tuple[str, ...]) -> list[str]:
    loaded = set(found["all"])  # type: ignore[arg-type]
    return [name for name in names if name in loaded]


# --- what is imported -------------------------------------------------------------------------


def test_import_framing_imports_none_of_the_heavy_modules():
    found = _loaded("import framing")
    assert _heavy(found, NEVER) == []
    assert _heavy(found, FOR_WORK) == []
    assert _heavy(found, ("click", "framing.align", "framing.batch")) == []


def test_names_are_imported_on_first_use():
    found = _loaded("import framing\nframing.Article.from_text('One. Two.', id='x')")
    assert "framing.article" in found["all"]  # type: ignore[operator]
    assert _heavy(found, NEVER) == []
    assert _heavy(found, ("framing.batch", "framing.compare", "concurrent.futures")) == []


def _run_main(*args: str) -> str:
    # As `python -m framing ARGS`: __main__ is the package's __main__ module.
    return (f"import runpy, sys\nsys.argv[1:] = {list(args)!r}\n"
            "runpy.run_module('framing', run_name='__main__', alter_sys=True)")


@pytest.mark.parametrize("command", ["compare", "align", "inspect", "batch"])
def test_command_help_imports_click_only(command):
    result = _loaded(_run_main(command, "--help"))
    assert result["returncode"] == 0
    assert "Usage: python -m framing " + command in str(result["stdout"])
    assert "click" in result["all"]  # type: ignore[operator]
    assert _heavy(result, (*NEVER, *FOR_WORK, "framing.align", "framing.article", "framing.load")) == []


def test_compare_imports_no_unused_heavy_module(tmp_path):
    result = _loaded(_run_main("compare", str(ROOT / "seeds"), "-o", str(tmp_path / "seeds.md")))
    assert result["returncode"] == 0
    assert _heavy(result, NEVER) == []
    # batch's process pool is not compare's business
    assert _heavy(result, ("framing.batch", "concurrent.futures", "multiprocessing")) == []
