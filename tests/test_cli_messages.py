"""What the command line says when a researcher's first try goes wrong: exact messages."""

from __future__ import annotations

import os
import pty
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from framing.align.units import UNIT_CUTOFF
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


@pytest.mark.parametrize("command", ["compare", "align"])
@pytest.mark.parametrize("value", ["nan", "NaN", "-5", "1e9", "inf"])
def test_a_cutoff_that_is_no_number_from_0_to_100_is_refused(tmp_path, command, value):
    """--cutoff nan passed the 0-100 range (NaN compares false) and the JSON held a bare NaN."""
    paths = [str(SEEDS)] if command == "compare" else [str(p) for p in sorted(SEEDS.glob("*.txt"))[:2]]
    done = subprocess.run([sys.executable, "-m", "framing", command, *paths, "--cutoff", value,
                           *(["-o", str(tmp_path / "r.json")] if command == "compare" else [])],
                          capture_output=True, text=True, timeout=300, cwd=tmp_path)
    assert done.returncode == 2
    assert done.stderr.splitlines()[-1].startswith("Error: Invalid value for '--cutoff': ")
    assert "Traceback" not in done.stderr
    assert not (tmp_path / "r.json").exists()


@pytest.mark.parametrize("value", [float("nan"), -5, 1e9, float("inf")])
def test_the_api_refuses_a_cutoff_that_is_no_number_from_0_to_100(tmp_path, value):
    from test_batch import corpus

    import framing

    a = framing.Article.from_text("Storm hits Riga\nTrees fell in Riga on Monday.", id="a")
    b = framing.Article.from_text("Riga schools shut\nOn Monday, trees fell in Riga.", id="b")
    for call in (lambda: framing.compare([a, b], cutoff=value), lambda: framing.align([a, b], cutoff=value),
                 lambda: framing.batch(corpus(tmp_path / "in", 2), out=tmp_path / "out", cutoff=value, workers=1)):
        with pytest.raises(framing.MetadataError, match=r"cutoff must be a number from 0 to 100 \(got "):
            call()
    assert not (tmp_path / "out").exists()


def test_compare_refuses_more_articles_than_one_event_has_pointing_to_batch(tmp_path):
    """A JSON Lines file of 10,000 records grew past 4.4 GB in compare, without a word."""
    import json

    from framing.compare import MAX_ARTICLES

    records = tmp_path / "many.jsonl"
    with records.open("w", encoding="utf-8") as fh:
        for i in range(MAX_ARTICLES + 1):
            fh.write(json.dumps({"id": f"r{i}", "text": f"Bridge {i} shut\nThe bridge was shut on Monday."}) + "\n")
    done = subprocess.run([sys.executable, "-m", "framing", "compare", str(records), "-o", str(tmp_path / "r.md")],
                          capture_output=True, text=True, timeout=300, cwd=tmp_path)
    assert done.returncode == 1
    assert done.stderr == (
        f"Error: compare takes at most {MAX_ARTICLES:,} articles, one event's (got {MAX_ARTICLES + 1:,}): its memory "
        "grows with every pair; for many events use framing batch (a folder per event, or JSON Lines records "
        "with an \"event\" key)\n")
    assert not (tmp_path / "r.md").exists()


def test_the_api_cap_on_articles_can_be_moved():
    import framing

    articles = [framing.Article.from_text(f"Head {i}\nTrees fell in Riga on Monday.", id=f"a{i}") for i in range(4)]
    with pytest.raises(framing.FramingError, match=r"at most 3 articles, one event's \(got 4\)"):
        framing.compare(articles, max_articles=3)
    assert len(framing.compare(articles, max_articles=None).articles) == 4
