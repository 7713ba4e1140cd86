"""Every file framing reads is a regular file, read with a size cap (issue 28, item 5).

A FIFO given as ``--outlets`` or planted at a file framing keeps for itself
(``reports/.framing-names.json``, a batch's summaries and results) blocked the run
forever; ``/dev/zero`` was a ``MemoryError`` traceback. Each case runs in a subprocess
whose timeout only fires when framing hangs.
"""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
CORPUS = ROOT / "examples" / "corpus"
SPECIAL = "not a regular file (FIFO, device or socket)"

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, *args], cwd=cwd, capture_output=True, text=True, timeout=300, env=env)


def framing(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return run("-m", "framing", *args, cwd=cwd)


def fifo(path: Path) -> Path:
    os.mkfifo(path)
    return path


@pytest.mark.parametrize("kind", ["fifo", "/dev/zero"])
@pytest.mark.parametrize("command", ["compare", "batch"])
def test_outlets_file_that_is_a_fifo_or_a_device_is_one_error_line(tmp_path, kind, command):
    if kind == "/dev/zero" and not os.path.exists("/dev/zero"):
        pytest.skip("no /dev/zero")
    outlets = str(fifo(tmp_path / "outlets.csv")) if kind == "fifo" else kind
    source = str(SEEDS if command == "compare" else CORPUS)
    done = framing(command, source, "--outlets", outlets, "-o", str(tmp_path / "out"), cwd=tmp_path)
    assert done.returncode == 1
    assert done.stderr == f"Error: {outlets}: {SPECIAL}\n"


def test_a_fifo_at_the_report_names_index_is_neither_read_nor_replaced(tmp_path):
    (tmp_path / "reports").mkdir()
    index = fifo(tmp_path / "reports" / ".framing-names.json")
    done = framing("compare", str(SEEDS), cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    assert [p.suffix for p in (tmp_path / "reports").iterdir() if p != index] == [".md"]
    assert stat.S_ISFIFO(os.lstat(index).st_mode)


@pytest.mark.parametrize("planted", ["summaries", "events"])
def test_a_fifo_planted_in_a_batch_output_folder_does_not_block_the_next_run(tmp_path, planted):
    out = tmp_path / "out"
    assert framing("batch", str(CORPUS), "-o", str(out), "--workers", "1", cwd=tmp_path).returncode == 0
    victim = sorted((out / planted).glob("*.json"))[0]
    victim.unlink()
    fifo(victim)
    done = framing("batch", str(CORPUS), "-o", str(out), "--workers", "1", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "1 run, 4 already current" in done.stderr


@pytest.mark.parametrize(
    "call",
    [
        "from framing.extract.lexicon import load_lexicon as f",
        "from framing.comparators.versions import load_cues as f",
        "from framing.io.outlets_file import read_outlets as f",
        "from framing import load as f",
    ],
)
def test_the_api_refuses_a_fifo_without_opening_it(tmp_path, call):
    path = fifo(tmp_path / "x.txt")
    done = run("-c", f"{call}\ntry:\n    f({str(path)!r})\nexcept Exception as e:\n    print(type(e).__name__, e)",
               cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert SPECIAL in done.stdout
    assert done.stdout.split()[0] in ("LoadError", "FramingError")


def test_a_file_swapped_for_a_fifo_after_its_stat_is_refused_on_the_open_descriptor(tmp_path, monkeypatch):
    from framing.errors import LoadError
    from framing.io.regular import read_regular

    path = tmp_path / "a.txt"
    path.write_text("text", encoding="utf-8")
    real_stat = os.stat

    def swapped(name, *args, **kwargs):  # the stat sees the file, then a FIFO takes its place
        info = real_stat(name, *args, **kwargs)
        if str(name) == str(path):
            path.unlink()
            os.mkfifo(path)
        return info

    monkeypatch.setattr(os, "stat", swapped)
    with pytest.raises(LoadError, match="not a regular file"):
        read_regular(path)


def test_a_batch_records_file_that_is_a_fifo_is_one_error_line(tmp_path):
    records = fifo(tmp_path / "events.jsonl")
    done = framing("batch", str(records), "-o", str(tmp_path / "out"), cwd=tmp_path)
    assert done.returncode == 1
    assert done.stderr.startswith(f"Error: {records}: ")
    assert "Traceback" not in done.stderr
    shutil.rmtree(tmp_path / "out", ignore_errors=True)
