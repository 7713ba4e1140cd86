"""The hostile-input catalogue (issue 7): one case per row, each run through the CLI.

Every case runs ``framing compare GOOD1 GOOD2 HOSTILE -o OUT`` and checks that
framing either reads the hostile file correctly or names it in exactly one
``Error: <file>: <problem>`` line on stderr, without a traceback, and that the
two good articles still make the report (the skipped file is listed in its
Method section). Output-side cases (a folder, an unwritable path, an input
file as the output) must refuse in one line and leave every input untouched.
"""

from __future__ import annotations

import os
import shutil
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from markdown_it import MarkdownIt

import framing
from framing.cli import cli

ROOT = Path(__file__).resolve().parents[1]
# The catalogue's full sizes (a 20 MB line, 200k sentences) take minutes through
# the whole comparison (quotes and entities dominate), so CI runs them at
# 500 kB and 5,000 sentences; FRAMING_FULL_SIZE=1 runs the real thing.
FULL = os.environ.get("FRAMING_FULL_SIZE") == "1"
BIG_LINE_BYTES = 20_000_000 if FULL else 500_000
ONE_WORD_SENTENCES = 200_000 if FULL else 5_000
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))

HEADLINE = "Lithuania to train Ukrainian soldiers"
BODY = (
    "Lithuania will send soldiers to Ukraine on a training mission. "
    "Kyiv has not yet asked for such help. The Kremlin called the plan a provocation."
)


def _text(body: str = BODY) -> str:
    return f"{HEADLINE}\n{body}\n"


@dataclass(frozen=True)
class Case:
    """One row of the catalogue.

    ``make(folder)`` writes the hostile input and returns its path; ``problem``
    is the expected one-line problem (None: read correctly); ``check`` looks
    at the article framing read from it.
    """

    name: str
    make: Callable[[Path], Path]
    problem: str | None
    check: Callable[[framing.Article], None] | None = None


def _write(name: str, data: bytes | str) -> Callable[[Path], Path]:
    def make(folder: Path) -> Path:
        path = folder / name
        if isinstance(data, str):
            path.write_bytes(data.encode("utf-8"))
        else:
            path.write_bytes(data)
        return path

    return make


def _has(*pieces: str) -> Callable[[framing.Article], None]:
    def check(article: framing.Article) -> None:
        for piece in pieces:
            assert piece in article.text, piece

    return check


def _lacks(*pieces: str) -> Callable[[framing.Article], None]:
    def check(article: framing.Article) -> None:
        for piece in pieces:
            assert piece not in article.text, piece

    return check


def _both(*checks: Callable[[framing.Article], None]) -> Callable[[framing.Article], None]:
    def check(article: framing.Article) -> None:
        for c in checks:
            c(article)

    return check


def _big_line(folder: Path) -> Path:
    # 20 MB on one line, no punctuation: cut into 2,000-character pieces
    words = " ".join(f"word{i % 9973}" for i in range(2000)) + " "
    path = folder / "bigline.txt"
    with path.open("w", encoding="utf-8") as fh:
        fh.write(HEADLINE + "\n")
        written = 0
        while written < BIG_LINE_BYTES:
            fh.write(words)
            written += len(words)
    return path


def _fifo(folder: Path) -> Path:
    path = folder / "pipe.txt"
    os.mkfifo(path)
    return path


def _loop(folder: Path) -> Path:
    a, b = folder / "loop-a.txt", folder / "loop-b.txt"
    a.symlink_to(b)
    b.symlink_to(a)
    return a


def _sentence_count(n: int) -> Callable[[framing.Article], None]:
    def check(article: framing.Article) -> None:
        assert len(article.body) >= n

    return check


def _offsets(article: framing.Article) -> None:
    for s in article.sentences:
        assert article.text[s.start : s.end] == s.text




def nested(depth: int) -> str:
    return "<html><body>" + "<div>" * depth + f"<p>{BODY}</p>" + "</div>" * depth + "</body></html>"


SCRIPTED = (
    "<html><head><title>Lithuania to train Ukrainian soldiers</title>"
    "<script>alert('head')</script></head><body>"
    "<article><h1>Lithuania to train Ukrainian soldiers</h1>"
    f"<p onclick=\"alert('click')\">{BODY}</p>"
    "<img src=x onerror=\"alert('img')\">"
    "<script>document.write('injected text')</script>"
    "<p onmouseover=\"steal()\">Prices of grain rose by 12 percent in April, traders in Vilnius said.</p>"
    "<a href=\"javascript:alert('link')\">Read more</a>"
    "</article></body></html>"
)
MIXED = _text(
    "Президент Литвы заявил, что войска готовы. "
    "قال رئيس الوزراء إن القوات مستعدة. "
    "ראש הממשלה אמר שהכוחות מוכנים. "
    "立陶宛总理表示，部队已经准备好。Lithuania will send soldiers to Ukraine."
)
RTL = _text("Lithuania will send \u202esreidlos\u202c to Ukraine. The \u202dKremlin\u202c called it a provocation.")
ZERO_WIDTH = _text("Lith\u200buania will send sol\u200ddiers to Ukr\ufeffaine. Kyiv has not\u2060 yet asked for help.")
NFD = unicodedata.normalize("NFD", _text("Prime Minister Ingrida Šimonytė said Lietuvoje visi žinojo. Café résumé."))
EMOJI = _text("Lithuania will send soldiers 🇱🇹🪖 to Ukraine 🇺🇦. The Kremlin 😡 called the plan a provocation 👀.")
MARKUP = _text(
    "| a | b |\n|---|---|\n| `x` | <b>y</b> |\n"
    "```python\nimport os\n```\n"
    "Troops ``left`` Kyiv | on *Monday* <script>alert(1)</script> [x](javascript:alert(1)) ![i](y.png) "
    "<!-- comment --> ~~struck~~ __bold__ # not a heading \\| escaped."
)

CASES = [
    Case("empty file", _write("empty.txt", b""), "empty file"),
    Case("whitespace-only file", _write("blank.txt", " \n\t\r\n  \n"), "file contains only whitespace"),
    Case("binary file", _write("binary.txt", bytes(range(256)) * 8), "binary file (contains NUL bytes), not text"),
    Case("NUL bytes in text", _write("nul.txt", _text().encode() + b"\x00\x00more"),
         "binary file (contains NUL bytes), not text"),
    Case("invalid UTF-8", _write("badutf8.txt", _text().encode() + b"Troops \xff\xfe\xc3\x28 left.\n"),
         None, _has("Troops", "Kyiv has not yet asked")),
    Case("Latin-1", _write("latin1.txt", _text("Café résumé: the Ministère said troops left.").encode("latin-1")),
         None, _has("Café résumé: the Ministère")),
    Case("UTF-16 with BOM", _write("utf16.txt", _text().encode("utf-16")), None,
         _both(_has(BODY), _lacks("\ufeff"))),
    Case("UTF-8 BOM", _write("utf8bom.txt", b"\xef\xbb\xbf" + _text().encode()), None,
         _both(_has(BODY), _lacks("\ufeff"))),
    Case("CRLF line ends", _write("crlf.txt", _text("One line here.\r\nSecond paragraph here.").replace("\n", "\r\n")),
         None, _both(_has("\r\n"), _offsets)),
    Case("lone CR line ends", _write("cr.txt", _text("One line here.\rSecond paragraph here.").replace("\n", "\r")),
         None, _both(_has("\r"), _offsets)),
    Case("20 MB single line", _big_line, None, _sentence_count(BIG_LINE_BYTES // 2000)),
    Case("200k one-word sentences", _write("words.txt", _text("Word. " * ONE_WORD_SENTENCES)), None,
         _sentence_count(ONE_WORD_SENTENCES)),
    Case("nested HTML, 200 levels", _write("nested200.html", nested(200)), None, _has("Kyiv has not yet asked")),
    # libxml2 stops at 255 levels; framing then reads the page with Python's own parser
    Case("deeply nested HTML, 50,000 levels", _write("nested.html", nested(50_000)), None,
         _has("Kyiv has not yet asked")),
    Case("HTML with scripts and event handlers", _write("scripted.html", SCRIPTED), None,
         _both(_has("Kyiv has not yet asked"), _lacks("alert", "injected", "steal", "onclick", "onerror"))),
    Case("mixed scripts", _write("mixed.txt", MIXED), None, _has("Президент", "القوات", "הכוחות", "立陶宛总理")),
    Case("RTL overrides", _write("rtl.txt", RTL), None, _has("\u202e")),
    Case("zero-width characters", _write("zerowidth.txt", ZERO_WIDTH), None, _has("Lith\u200buania")),
    Case("NFD text", _write("nfd.txt", NFD), None, _has(unicodedata.normalize("NFD", "Šimonytė"))),
    Case("emoji", _write("emoji.txt", EMOJI), None, _has("🇱🇹🪖")),
    Case("pipes, backticks, Markdown and HTML", _write("markup.txt", MARKUP), None, _has("Troops")),
    Case("FIFO", _fifo, "not a regular file (FIFO, device or socket)"),
    Case("symbolic link loop", _loop, "symbolic link loop"),
    Case("unreadable file", _write("secret.txt", _text()), "permission denied"),
]


def _run(*args: str) -> Result:
    return CliRunner().invoke(cli, list(args))


def _good(folder: Path) -> list[Path]:
    out = []
    for n, seed in enumerate(SEEDS[:2], start=1):
        path = folder / f"good{n}.txt"
        shutil.copyfile(seed, path)
        out.append(path)
    return out


def _tables(markdown: str) -> list[list[list[str]]]:
    """Every table as rows of cell texts (escapes undone); no raw HTML anywhere."""
    md = MarkdownIt("commonmark").enable("table")
    out: list[list[list[str]]] = []
    rows: list[list[str]] | None = None
    row: list[str] = []
    for tok in md.parse(markdown):
        assert tok.type not in ("html_block", "html_inline")
        for child in tok.children or ():
            assert child.type != "html_inline"
        if tok.type == "table_open":
            rows = []
        elif tok.type == "tr_open":
            row = []
        elif tok.type == "inline" and rows is not None:
            row.append("".join(c.content for c in tok.children or ()))
        elif tok.type == "tr_close" and rows is not None:
            rows.append(row)
        elif tok.type == "table_close" and rows is not None:
            out.append(rows)
            rows = None
    return out


def _no_traceback(result: Result) -> None:
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert "Traceback" not in result.output


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_hostile_input(case: Case, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    good = _good(tmp_path)
    before = [p.read_bytes() for p in good]
    hostile = case.make(tmp_path)
    if case.name == "unreadable file":
        # root reads chmod-0 files, so the refusal is simulated where it happens
        real_open = os.open

        def deny(file, *args, **kwargs):
            if str(file) == str(hostile):
                raise PermissionError(13, "Permission denied")
            return real_open(file, *args, **kwargs)

        monkeypatch.setattr(os, "open", deny)
    out = tmp_path / "out" / "report.md"
    result = _run("compare", str(good[0]), str(good[1]), str(hostile), "-o", str(out))
    _no_traceback(result)
    report = out.read_text(encoding="utf-8")
    assert [p.read_bytes() for p in good] == before
    tables = _tables(report)
    for rows in tables:
        assert len({len(r) for r in rows}) == 1
    assert {"good1", "good2"} <= {r[-1] for r in tables[0]}  # the articles table: id last
    method = next(t for t in tables if t[0] == ["", "value"])  # the method table (before the appendix)
    if case.problem is None:
        assert result.exit_code == 0, result.stderr
        assert "Error" not in result.stderr
        assert not [r for r in method if r[0] == "file skipped"]
        article = framing.load(hostile)
        assert article.id in [r[-1] for r in tables[0]]
        for s in article.sentences:
            assert article.text[s.start : s.end] == s.text
        if case.check is not None:
            case.check(article)
    else:
        assert result.exit_code == 1
        errors = [line for line in result.stderr.splitlines() if line.startswith("Error")]
        assert errors == [f"Error: {hostile}: {case.problem}"]
        assert [r for r in method if r[0] == "file skipped"] == [["file skipped", f"{hostile}: {case.problem}"]]


def _output_case(tmp_path: Path, target: Path | None, *more: str) -> tuple[list[Path], list[bytes], Result]:
    good = _good(tmp_path)
    before = [p.read_bytes() for p in good]
    out = good[0] if target is None else target
    result = _run("compare", str(good[0]), str(good[1]), "-o", str(out), *more)
    _no_traceback(result)
    assert result.exit_code == 1
    assert [p.read_bytes() for p in good] == before
    return good, before, result


def test_directory_as_output_target(tmp_path: Path) -> None:
    # without --format a folder means CSV tables (tests/test_cli_habits.py); a report file needs a file name
    target = tmp_path / "reports"
    target.mkdir()
    _, _, result = _output_case(tmp_path, target, "--format", "md")
    assert result.stderr == f"Error: {target}: is a directory; give a file name\n"
    assert list(target.iterdir()) == []


def test_unwritable_output_path(tmp_path: Path) -> None:
    # a regular file where a folder should be: unwritable even for root
    blocker = tmp_path / "blocker"
    blocker.write_text("not a folder")
    target = blocker / "report.md"
    _, _, result = _output_case(tmp_path, target)
    # the exact reason is the OS's ("File exists" from mkdir on Linux)
    assert result.stderr.startswith(f"Error: {target}: cannot write (")
    assert len(result.stderr.splitlines()) == 1
    assert blocker.read_text() == "not a folder"


def test_output_path_permission_denied(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "locked" / "report.md"

    opener = os.open

    def deny(path, flags, *args, **kwargs):  # as a folder root could not write to (tests run as root)
        if flags & os.O_CREAT:
            raise PermissionError(13, "Permission denied")
        return opener(path, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", deny)
    _, _, result = _output_case(tmp_path, target)
    assert result.stderr == f"Error: {target}: cannot write (Permission denied)\n"
    assert not target.exists()


def test_output_onto_an_input_file(tmp_path: Path) -> None:
    good = _good(tmp_path)
    _, _, result = _output_case(tmp_path, None)
    assert result.stderr == f"Error: {good[0]}: refusing to overwrite an input file\n"


def test_output_into_an_input_folder_under_a_supported_suffix(tmp_path: Path) -> None:
    # the report would become an input of the next run of the same command
    good = _good(tmp_path)
    target = tmp_path / "report.txt"
    result = _run("compare", str(tmp_path), "-o", str(target))
    _no_traceback(result)
    assert result.exit_code == 1
    assert result.stderr == f"Error: {target}: refusing to overwrite an input file\n"
    assert not target.exists()
    assert [p.name for p in sorted(tmp_path.iterdir())] == [p.name for p in good]


@pytest.mark.parametrize("depth", [254, 50_000])
def test_deeply_nested_html_keeps_its_text(tmp_path: Path, depth: int) -> None:
    path = tmp_path / "nested.html"
    path.write_text(nested(depth), encoding="utf-8")
    assert "Kyiv has not yet asked" in framing.load(path).text
