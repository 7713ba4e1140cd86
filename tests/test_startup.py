"""Start-up: what ``import framing`` and each command import, and the help written without click."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

import framing.__main__ as entry
from framing.cli import cli

ROOT = Path(__file__).resolve().parents[1]

# Heavy at import, and needed by no command's start-up.
NEVER = ("nltk", "numpy", "pandas", "dask", "distributed", "textstat")
# What comparing needs, and neither `import framing` nor any --help does.
FOR_WORK = ("rapidfuzz", "wordfreq", "nupunkt", "trafilatura", "lxml", "markdown_it", "tabulate",
            "snowballstemmer", "charset_normalizer", "nicknames", "pyphen", "concurrent.futures")


@pytest.fixture(autouse=True)
def _no_shell_completion(monkeypatch):
    # click completes instead of running when _<PROG>_COMPLETE is set (and so does framing.__main__).
    for name in [n for n in os.environ if n.endswith("_COMPLETE")]:
        monkeypatch.delenv(name)


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
    assert _heavy(found, ("click", "framing.align.units", "framing.batch")) == []


def test_names_are_imported_on_first_use():
    found = _loaded("import framing\nframing.Article.from_text('One. Two.', id='x')")
    assert "framing.io.article" in found["all"]  # type: ignore[operator]
    assert _heavy(found, NEVER) == []
    assert _heavy(found, ("framing.batch", "framing.compare", "concurrent.futures")) == []


def test_the_lazy_package_pickles_by_reference_for_dask_workers():
    # a user's script sends its own function to Dask workers: cloudpickle pickles it by value with
    # its globals, ``framing`` among them, and the package's own type must pickle as a module does
    import pickle

    import framing

    cloudpickle = pytest.importorskip("cloudpickle")
    namespace: dict[str, object] = {"__name__": "a_users_script", "framing": framing}
    exec("def work():\n    return framing.compare.__name__, framing.__name__", namespace)
    work = pickle.loads(cloudpickle.dumps(namespace["work"]))
    assert work() == ("compare", "framing")
    assert pickle.loads(pickle.dumps(framing)) is framing
    assert pickle.loads(cloudpickle.dumps(framing)) is framing


def _run_main(*args: str) -> str:
    # As `python -m framing ARGS`: __main__ is the package's __main__ module.
    return (f"import runpy, sys\nsys.argv[1:] = {list(args)!r}\n"
            "runpy.run_module('framing', run_name='__main__', alter_sys=True)")


def test_top_level_help_imports_not_even_click():
    result = _loaded(_run_main("--help"))
    assert result["returncode"] == 0
    assert str(result["stdout"]).startswith("Usage: python -m framing [OPTIONS] COMMAND [ARGS]...\n")
    assert _heavy(result, ("click", "framing.cli", *NEVER, *FOR_WORK)) == []


@pytest.mark.parametrize("command", ["compare", "align", "inspect", "batch"])
def test_command_help_imports_click_only(command):
    result = _loaded(_run_main(command, "--help"))
    assert result["returncode"] == 0
    assert "Usage: python -m framing " + command in str(result["stdout"])
    assert "click" in result["all"]  # type: ignore[operator]
    assert _heavy(result, (*NEVER, *FOR_WORK, "framing.align.units", "framing.io.article", "framing.io.load")) == []


def test_compare_imports_no_unused_heavy_module(tmp_path):
    result = _loaded(_run_main("compare", str(ROOT / "seeds"), "-o", str(tmp_path / "seeds.md")))
    assert result["returncode"] == 0
    assert _heavy(result, NEVER) == []
    # batch's process pool is not compare's business
    assert _heavy(result, ("framing.batch", "concurrent.futures", "multiprocessing")) == []


# --- the help page written without click ------------------------------------------------------


def _click_help(prog: str) -> str:
    """What click prints for `PROG --help` on a terminal of 80 columns or more (it wraps at 78)."""
    ctx = click.Context(cli, info_name=prog, terminal_width=78, **cli.context_settings)
    return ctx.get_help() + "\n"


def test_kept_help_page_is_clicks(update_golden):
    page = _click_help("framing")
    if update_golden:
        Path(entry.HELP).write_text(page, encoding="utf-8")
    assert Path(entry.HELP).read_text(encoding="utf-8") == page, "run pytest --update-golden"


@pytest.mark.parametrize("prog", ["framing", "python -m framing", "f" * entry.MAX_PROGRAM])
@pytest.mark.parametrize("flag", ["--help", "-h"])
def test_quick_help_is_clicks(monkeypatch, prog, flag):
    monkeypatch.setenv("COLUMNS", "120")
    assert entry.quick_answer([flag], prog) == _click_help(prog)


def test_quick_version_is_clicks():
    assert entry.quick_answer(["--version"], "x") == CliRunner().invoke(cli, ["--version"]).output
    assert entry.quick_answer(["-V"], "x") == CliRunner().invoke(cli, ["-V"]).output


@pytest.mark.parametrize(
    "args, env",
    [
        (["--help"], {"COLUMNS": "79"}),  # click wraps narrower
        (["--help", "compare"], {}),
        (["compare", "--help"], {}),
        ([], {}),
        (["--help"], {"_FRAMING_COMPLETE": "bash_source"}),  # shell completion
        (["--version"], {"_FRAMING_COMPLETE": "bash_source"}),
    ],
)
def test_click_answers_everything_else(monkeypatch, args, env):
    monkeypatch.setenv("COLUMNS", "120")
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    assert entry.quick_answer(args, "framing") is None


def test_long_program_name_goes_to_click(monkeypatch):
    monkeypatch.setenv("COLUMNS", "120")
    assert entry.quick_answer(["--help"], "f" * (entry.MAX_PROGRAM + 1)) is None


def test_columns_as_shutil_finds_them(monkeypatch):
    import shutil

    for value in ("100", "79", "0", "-3", "wide"):
        monkeypatch.setenv("COLUMNS", value)
        assert entry.columns() == shutil.get_terminal_size().columns
    monkeypatch.delenv("COLUMNS")
    assert entry.columns() == shutil.get_terminal_size().columns


def test_program_name_as_click_finds_it(monkeypatch):
    from click.utils import _detect_program_name

    cases = [
        ("/usr/local/bin/framing", None),  # the console script
        ("/work/framing/__main__.py", "framing"),  # python -m framing
        ("/work/framing/cli.py", "framing"),  # python -m framing.cli
        ("framing", ""),  # a zipapp
    ]
    for path, package in cases:
        main = type(sys)("__main__")
        main.__package__ = package
        monkeypatch.setattr(sys, "argv", [path, "--help"])
        monkeypatch.setitem(sys.modules, "__main__", main)
        assert entry.program_name() == _detect_program_name(path, main)


def test_help_end_to_end_is_clicks():
    env = {**os.environ, "PYTHONPATH": str(ROOT), "COLUMNS": "100"}
    quick = subprocess.run([sys.executable, "-m", "framing", "--help"], env=env, cwd=ROOT,
                           capture_output=True, text=True, timeout=60)
    slow = subprocess.run(
        [sys.executable, "-c", "from framing.cli import main; main(prog_name='python -m framing')", "--help"],
        env=env, cwd=ROOT, capture_output=True, text=True, timeout=60,
    )
    assert (quick.returncode, quick.stderr) == (0, "")
    assert (quick.stdout, quick.returncode) == (slow.stdout, slow.returncode)


@pytest.mark.parametrize("args", [["--help"], ["--version"]])
def test_quick_answers_to_an_unwritable_stdout(args, tmp_path):
    env = {**os.environ, "PYTHONPATH": str(ROOT), "COLUMNS": "100"}
    command = [sys.executable, "-m", "framing", *args]
    closed = subprocess.run(["sh", "-c", 'exec "$@" >&-', "sh", *command], env=env, cwd=tmp_path,
                            capture_output=True, text=True, timeout=60)
    assert (closed.returncode, closed.stderr) == (0, "")  # nothing to show it to, as with click
    if not os.path.exists("/dev/full"):
        return
    with open("/dev/full", "w") as full:
        proc = subprocess.run(command, env=env, cwd=tmp_path, stdout=full, stderr=subprocess.PIPE, text=True,
                              timeout=60)
    message = "Error: -: cannot write to standard output (No space left on device)\n"
    assert (proc.returncode, proc.stderr) == (1, message)
