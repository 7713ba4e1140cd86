"""What the command line says when a researcher's first try goes wrong: exact messages."""

from __future__ import annotations

import os
import pty
import shutil
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from framing.align import UNIT_CUTOFF
from framing.cli import cli

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
IDS = "000_24b190d1714be1b8, 003_b0b2997cfc93b2b5"


def run(*args: str):
    return CliRunner().invoke(cli, list(args))


def test_a_missing_folder_is_named_as_missing(tmp_path):
    result = run("compare", str(tmp_path / "no-such-folder"), str(SEEDS), "-o", str(tmp_path / "r.md"))
    assert result.exit_code == 1
    assert result.stderr.splitlines()[0] == f"Error: {tmp_path / 'no-such-folder'}: no such file or folder"


def test_an_unknown_outlet_id_lists_the_valid_ids(tmp_path):
    result = run("compare", str(SEEDS), "--outlet", "000=LRT", "-o", str(tmp_path / "r.md"))
    assert result.exit_code == 1
    assert result.stderr == f"Error: --outlet names an unknown article id: 000 (ids: {IDS})\n"


def test_align_on_a_folder_points_to_compare(tmp_path):
    result = run("align", str(SEEDS), str(SEEDS / "000_24b190d1714be1b8.txt"))
    assert result.exit_code == 1
    assert result.stderr == (f"Error: {SEEDS}: is a folder; framing align takes two files "
                             "(framing compare reads folders)\n")


def test_batch_on_a_folder_of_articles_suggests_compare(tmp_path):
    folder = tmp_path / "articles"
    shutil.copytree(SEEDS, folder)
    result = run("batch", str(folder), "-o", str(tmp_path / "out"))
    assert result.exit_code == 1
    assert result.stderr == (
        f"Error: {folder}: no events found: it holds articles, not event folders; to compare them as one "
        f"event: framing compare {folder} (batch reads one folder per event, or a JSON Lines file whose "
        'records have an "event" key)\n'
    )


def test_articles_that_share_nothing_are_warned_about(tmp_path):
    (tmp_path / "a.txt").write_text("Cats\nThe cat sat on the mat all day long.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Markets\nStock markets in Tokyo rose sharply on Friday.\n", encoding="utf-8")
    result = run("compare", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), "-o", str(tmp_path / "r.md"))
    assert result.exit_code == 0
    warning = ('Warning: the articles share no content unit; they may not be about the same event, and what each '
               'outlet "alone reports" is then all of it.')
    assert result.stderr == (f"{warning}\nwrote {tmp_path / 'r.md'}\nHint: no outlet name found for a, b; name them "
                             "with --outlet ID=NAME (repeatable) or an --outlets file\n")
    report = (tmp_path / "r.md").read_text(encoding="utf-8")
    assert f"1. {warning}" in report.replace('\\"', '"')
    shared = run("compare", str(SEEDS), "-o", str(tmp_path / "s.md"))
    assert "Warning" not in shared.stderr


def test_cutoff_help_gives_the_number():
    for command in ("compare", "align"):
        text = " ".join(run(command, "--help").output.split())
        assert f"(default: {UNIT_CUTOFF:g})" in text
        assert "DEFAULT_CUTOFF" not in text


def test_a_terminal_sees_each_stage_of_a_compare(tmp_path):
    out = tmp_path / "r.md"
    master, slave = pty.openpty()
    done = subprocess.run([sys.executable, "-m", "framing", "compare", str(SEEDS), "-o", str(out)],
                          stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=slave, timeout=120, cwd=tmp_path)
    os.close(slave)
    chunks = []
    while True:
        try:
            data = os.read(master, 65536)
        except OSError:
            break
        if not data:
            break
        chunks.append(data)
    os.close(master)
    assert done.returncode == 0
    lines = b"".join(chunks).decode().replace("\r", "").splitlines()
    assert lines == [
        "framing: reading 1 path...",
        "framing: comparing 2 articles...",
        "framing: comparing: aligning 27 sentences...",
        *[f"framing: comparing: {s}..." for s in
          ("coverage", "quotes", "entities", "naming", "versions", "wording", "numbers", "readability")],
        f"framing: writing {out}...",
        f"wrote {out}",
        "Hint: no outlet name found for 000_24b190d1714be1b8 (shown as 000); "
        "name it with --outlet 000_24b190d1714be1b8=NAME",
    ]
