"""framing.batch with worker processes from every context a researcher runs it in.

Each case runs in a fresh interpreter: a script with no ``if __name__ ==
"__main__":`` guard, the same script as a module (``python -m``), read from
stdin, given with ``python -c``, and run the way a notebook runs a cell (code
executed in a ``__main__`` that is no file). The script says "started" at its
top level: a worker that re-ran the script would say it again.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EVENTS = ROOT / "tests" / "fixtures" / "events"


def _code(out: Path) -> str:
    return (
        "import framing\n"
        "print('started')\n"
        f"result = framing.batch({str(EVENTS)!r}, out={str(out)!r}, workers=2, progress=False)\n"
        "print('events', result.aggregate.events, 'failed', result.aggregate.failed)\n"
    )


NOTEBOOK = (  # what a kernel does with a cell: exec in a __main__ module that has no file
    "import sys, types\n"
    "cell = types.ModuleType('__main__')\n"
    "sys.modules['__main__'] = cell\n"
    "exec(compile(open(sys.argv[1]).read(), '<cell>', 'exec'), cell.__dict__)\n"
)


def _run(how: str, tmp: Path) -> subprocess.CompletedProcess[str]:
    code = _code(tmp / "out")
    script = tmp / "study.py"
    script.write_text(code, encoding="utf-8")
    if how == "script":
        command, stdin = [sys.executable, str(script)], None
    elif how == "module":
        command, stdin = [sys.executable, "-m", "study"], None
    elif how == "stdin":
        command, stdin = [sys.executable, "-"], code
    elif how == "-c":
        command, stdin = [sys.executable, "-c", code], None
    else:
        command, stdin = [sys.executable, "-c", NOTEBOOK, str(script)], None
    return subprocess.run(command, input=stdin, capture_output=True, text=True, cwd=tmp, timeout=300)


@pytest.mark.parametrize("how", ["script", "module", "stdin", "-c", "notebook"])
def test_batch_with_worker_processes_runs_from_any_context(how, tmp_path):
    done = _run(how, tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == ["started", "events 2 failed 0"]  # the script ran once
    assert (tmp_path / "out" / "aggregate.md").is_file()


DOCS_OUT = "/tmp/framing-example"  # where the documented example writes; each test run writes under tmp_path


def _docs_batch_example(out: Path) -> str:
    """The Python example of docs/batch.md, writing to ``out`` instead of its scratch folder."""
    text = (ROOT / "docs" / "batch.md").read_text(encoding="utf-8")
    section = text.split("## In Python", 1)[1]
    code = section.split("```python\n", 1)[1].split("```", 1)[0]
    assert f'out="{DOCS_OUT}"' in code  # the docs write to a scratch folder, never into reports/
    return code.replace(f'"{DOCS_OUT}"', repr(str(out)))


@pytest.mark.parametrize("how", ["script", "-c", "notebook"])
def test_the_documented_batch_example_runs_verbatim(how, tmp_path):
    code = _docs_batch_example(tmp_path / "example")
    (tmp_path / "examples").symlink_to(ROOT / "examples")  # as in a clone: paths relative to its root
    script = tmp_path / "example.py"
    script.write_text(code, encoding="utf-8")
    if how == "script":
        command = [sys.executable, str(script)]
    elif how == "-c":
        command = [sys.executable, "-c", code]
    else:
        command = [sys.executable, "-c", NOTEBOOK, str(script)]
    done = subprocess.run(command, capture_output=True, text=True, cwd=tmp_path, timeout=300)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert any(line.startswith("left ") for line in lines)
    assert sum(" not covered by " in line for line in lines) == 3
    assert (tmp_path / "example" / "blindspots.csv").is_file()
