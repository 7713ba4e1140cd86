"""Loader tests: every format and every bad input, with fixture files written here."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import framing
from framing import Article, LoadError, MetadataError, load, load_all

ROOT = Path(__file__).resolve().parents[1]

SEED_000 = "000_24b190d1714be1b8"
SEED_003 = "003_b0b2997cfc93b2b5"


def roundtrip(article: Article) -> None:
    for s in article.sentences:
        assert article.text[s.start : s.end] == s.text
    for p in article.paragraphs:
        assert article.text[p.start : p.end] == p.text
    for k in article.links:
        assert article.text[k.start : k.end] == k.text


# --- the seeds -------------------------------------------------------------


def test_seed_003_metadata_and_boilerplate(seeds):
    a = load(seeds / f"{SEED_003}.txt")
    roundtrip(a)
    assert a.id == SEED_003
    assert a.title == "Lithuania Ready to Send Troops to Ukraine, PM Says"
    assert a.date == "2024-05-08"
    assert a.url == (
        "https://www.themoscowtimes.com/2024/05/08/"
        "lithuania-ready-to-send-troops-to-ukraine-pm-says-a85063"
    )
    assert a.outlet == "The Moscow Times"
    roles = {s.text: s.role for s in a.sentences}
    assert roles["Lithuanian Prime Minister Ingrida Simonyte."] == "caption"
    assert roles["Kmu.gov.ua (CC BY 4.0)"] == "caption"
    assert roles["Related article: Ukraine Says Thwarted Russian Plot to Kill Zelensky"] == "related"
    assert roles["Original url:"] == "source"
    flagged = [s for s in a.sentences if s.boilerplate]
    assert {s.role for s in flagged} == {"caption", "related", "source", "dateline"}
    # markup is gone from the text, links are kept as metadata
    assert "[published](#)" not in a.text and "**" not in a.text
    assert ("published", "#") in {(k.text, k.url) for k in a.links}
    body = [s.text for s in a.body]
    assert body[0].startswith("Lithuania is prepared to send its soldiers")
    assert not any(s.boilerplate for s in a.body)


def test_seed_000_is_plain_text_untouched(seeds):
    path = seeds / f"{SEED_000}.txt"
    a = load(path)
    roundtrip(a)
    assert a.text == path.read_text(encoding="utf-8")
    assert a.title == "Lithuania to train Ukrainian soldiers, defies potential Russian backlash"
    assert a.date is None and a.url is None and a.outlet is None
    assert a.sentences[0].role == "title"
    assert len(a.body) == 16
    quote = [s for s in a.body if s.text.startswith("If we just thought")]
    assert len(quote) == 1


def test_load_all_folder_is_sorted_and_overrides_work(seeds):
    articles = load_all(seeds)
    assert [a.id for a in articles] == [SEED_000, SEED_003]
    a = load(seeds / f"{SEED_000}.txt", id="lrt", outlet="LRT", date="May 8, 2024", title="T")
    assert (a.id, a.outlet, a.date, a.title) == ("lrt", "LRT", "2024-05-08", "T")


# --- formats ---------------------------------------------------------------


def test_markdown_file(tmp_path):
    path = tmp_path / "story.md"
    path.write_text(
        "# Big *news* today\n\nBy Jane Doe\n\n![soldiers](img.jpg)\n\n"
        "Troops **arrived** in [Vilnius](https://lrt.lt/x) on Monday. They\nstayed.\n\n"
        "## Reaction\n\n- Kyiv welcomed it.\n",
        encoding="utf-8",
    )
    a = load(path)
    roundtrip(a)
    assert a.title == "Big news today"
    assert [(s.role, s.text) for s in a.sentences] == [
        ("title", "Big news today"),
        ("byline", "By Jane Doe"),
        ("body", "Troops arrived in Vilnius on Monday."),
        ("body", "They stayed."),
        ("heading", "Reaction"),
        ("body", "Kyiv welcomed it."),
    ]
    assert [(k.text, k.url) for k in a.links] == [("Vilnius", "https://lrt.lt/x")]


def test_markdown_image_with_caption_is_flagged(tmp_path):
    path = tmp_path / "c.md"
    path.write_text("Intro sentence here.\n\n![x](a.png) Soldiers at the base.\n\nBody.\n")
    a = load(path)
    assert [s.role for s in a.sentences] == ["body", "caption", "body"]


def _deep_quote(depth: int) -> str:
    return "> " * depth + "The deepest quoted sentence is here.\n"


def _deep_list(depth: int) -> str:
    return "".join("  " * i + f"- Item number {i} of the list.\n" for i in range(depth))


@pytest.mark.parametrize(
    ("make", "depth"),
    [(_deep_quote, 20), (_deep_quote, 500), (_deep_list, 9), (_deep_list, 10), (_deep_list, 60), (_deep_list, 2000)],
)
def test_markdown_nested_past_the_parsers_limit_loses_no_text(tmp_path, make, depth):
    """markdown-it drops blocks nested past its limit, and the rest of the outer block, silently."""
    path = tmp_path / "deep.md"
    path.write_text(f"# Title\n\nFirst paragraph.\n\n{make(depth)}\nAfter the nesting.\n", encoding="utf-8")
    text = load(path).text
    assert "The deepest quoted sentence is here." in text or f"Item number {depth - 1} of the list." in text
    assert "Item number 0 of" in text or "deepest" in text
    assert text.endswith("After the nesting.")


def _attribute_page(n: int) -> str:
    attrs = " ".join(f'a{i}="v"' for i in range(n))
    return (f"<html><head><title>Bridge shut</title></head><body><h1>Bridge shut</h1><p {attrs}>The bridge was "
            f"shut on Monday after a crack was found. Engineers will inspect it.</p>"
            f"<p>Traffic goes round by the ring road.</p></body></html>")


@pytest.mark.parametrize("n", [1_000, 2_000, 100_000])
def test_one_tag_with_many_attributes_hands_the_parser_a_bounded_number(tmp_path, monkeypatch, n):
    """libxml2 checks each attribute against those before it: 100,000 of them took minutes."""
    import trafilatura

    from framing.io.readers.html import MAX_ATTRIBUTES

    parsed: list[str] = []
    real = trafilatura.bare_extraction

    def spy(source, *args, **kwargs):
        parsed.append(source)
        return real(source, *args, **kwargs)

    monkeypatch.setattr(trafilatura, "bare_extraction", spy)
    path = tmp_path / "attrs.html"
    path.write_text(_attribute_page(n), encoding="utf-8")
    article = load(path)
    assert "Engineers will inspect it." in article.text and "ring road" in article.text
    assert parsed and all(page.count('="v"') == MAX_ATTRIBUTES for page in parsed)


def test_bounding_attributes_is_linear_in_the_page(monkeypatch):
    """Counted, not timed: the attribute matches made double when the page does."""
    import framing.io.readers.html as reader

    class Counting:
        def __init__(self, pattern):
            self.pattern, self.calls = pattern, 0

        def match(self, *args):
            self.calls += 1
            return self.pattern.match(*args)

    calls = []
    for n in (20_000, 40_000, 80_000):
        counter = Counting(reader._ATTRIBUTE)
        monkeypatch.setattr(reader, "_ATTRIBUTE", counter)
        reader.bounded(_attribute_page(n))
        monkeypatch.undo()
        calls.append(counter.calls)
    assert calls[1] <= 2 * calls[0] + 10 and calls[2] <= 2 * calls[1] + 10


def test_a_page_whose_tag_holds_100000_attributes_is_compared_in_one_process(tmp_path):
    (tmp_path / "attrs.html").write_text(_attribute_page(100_000), encoding="utf-8")
    (tmp_path / "other.txt").write_text("Bridge shut\nThe bridge was shut on Monday after a crack was found.\n",
                                        encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-m", "framing", "compare", str(tmp_path / "attrs.html"),
                           str(tmp_path / "other.txt"), "--format", "json", "-o", "-"],
                          capture_output=True, text=True, timeout=300, cwd=tmp_path, env=env)
    assert done.returncode == 0, done.stderr
    assert "Engineers will inspect it." in done.stdout


HTML = """<!doctype html><html><head>
<title>Lithuania ready | The Moscow Times</title>
<link rel="canonical" href="https://www.themoscowtimes.com/2024/05/08/x-a1">
<meta property="og:site_name" content="The Moscow Times">
<meta property="article:published_time" content="2024-05-08T10:00:00Z">
<script>var tracking = "SECRET_SCRIPT";</script></head>
<body><nav><a href="/">Home</a> <a href="/news">NAVIGATION_LINK</a></nav>
<div class="advert">BUY NOW ADVERT</div>
<article><h1>Lithuania Ready to Send Troops</h1>
<p>Lithuania is prepared to send its soldiers on a training mission to Ukraine despite
Russia's nuclear threats, Prime Minister Ingrida Simonyte said in an interview.</p>
<p onclick="steal()">"If we just thought about the Russian response, then we could not send
anything," Simonyte told the Financial Times about the possibility of boots on the ground.</p>
<p>Kyiv has not yet made such a request, the newspaper notes, and NATO is divided on the idea.</p>
</article><footer>Site footer links</footer></body></html>"""


def test_html_main_content_and_metadata(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(HTML, encoding="utf-8")
    a = load(path)
    roundtrip(a)
    assert a.format == "html"
    assert a.title == "Lithuania Ready to Send Troops"
    assert a.date == "2024-05-08"
    assert a.url == "https://www.themoscowtimes.com/2024/05/08/x-a1"
    assert a.outlet == "The Moscow Times"
    for junk in ("SECRET_SCRIPT", "NAVIGATION_LINK", "steal", "<p"):
        assert junk not in a.text
    assert any(s.text.startswith("Lithuania is prepared") for s in a.body)


def test_tiny_html_falls_back_to_visible_text(tmp_path):
    path = tmp_path / "tiny.htm"
    path.write_text("<html><body><p>Short note.</p><script>x()</script></body></html>")
    a = load(path)
    assert "Short note." in a.text and "x()" not in a.text


def test_json_record_with_text(tmp_path):
    path = tmp_path / "r.json"
    record = {"outlet": "LRT", "title": "Troops", "date": "2024-05-08T09:00:00",
              "url": "https://lrt.lt/a", "text": "Troops\nFirst. Second."}
    path.write_text(json.dumps(record))
    a = load(path)
    assert (a.outlet, a.title, a.date, a.url) == ("LRT", "Troops", "2024-05-08", "https://lrt.lt/a")
    assert [s.role for s in a.sentences] == ["title", "body", "body"]


def test_basil_record_keeps_its_sentence_split(tmp_path):
    path = tmp_path / "b_1.json"
    record = {
        "title": "Steele Criticized", "date": "2010-07-02", "source": "nyt",
        "url": "http://www.nytimes.com/x.html", "triplet-uuid": "t",
        "body-paragraphs": [["WASHINGTON — Mr. Steele spoke.", "He  was criticized."], ["Next."]],
    }
    path.write_text(json.dumps(record))
    a = load(path)
    roundtrip(a)
    assert a.outlet == "The New York Times"
    assert [(s.paragraph, s.text) for s in a.sentences] == [
        (0, "WASHINGTON — Mr. Steele spoke."),
        (0, "He was criticized."),
        (1, "Next."),
    ]


def test_jsonl_gives_one_article_per_record(tmp_path):
    path = tmp_path / "event.jsonl"
    path.write_text(
        json.dumps({"outlet": "A", "text": "One. Two."}) + "\n\n"
        + json.dumps({"outlet": "B", "id": "b", "text": "Three."}) + "\n"
    )
    articles = load_all(path)
    assert [(a.id, a.outlet) for a in articles] == [("event#1", "A"), ("event#b", "B")]
    with pytest.raises(LoadError, match="holds 2 records; use load_all"):
        load(path)


def test_from_text_rejects_bad_date_and_id():
    with pytest.raises(MetadataError, match="date must be a date"):
        Article.from_text("x", id="a", date="yesterday")
    with pytest.raises(MetadataError, match="non-empty"):
        Article.from_text("x", id=" ")


# --- encodings -------------------------------------------------------------

TEXT = "Šimonytė’s “café” — naïve résumé.\nSecond line here."


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("utf8", TEXT.encode("utf-8")),
        ("utf8bom", b"\xef\xbb\xbf" + TEXT.encode("utf-8")),
        ("utf16", TEXT.encode("utf-16")),
        ("utf16be", b"\xfe\xff" + TEXT.encode("utf-16-be")),
        ("utf32", TEXT.encode("utf-32")),
    ],
)
def test_unicode_encodings(tmp_path, name, data):
    path = tmp_path / f"{name}.txt"
    path.write_bytes(data)
    a = load(path)
    roundtrip(a)
    assert a.text == TEXT


def test_latin1_and_cp1252(tmp_path):
    latin = "Le ministre a déclaré à Vilnius que l'armée était prête. Très bien, dit-il.\n" * 3
    (tmp_path / "l1.txt").write_bytes(latin.encode("latin-1"))
    assert load(tmp_path / "l1.txt").text == latin
    cp = "He said “yes” – and left. The café was closed; naïve plans failed.\n" * 3
    (tmp_path / "cp.txt").write_bytes(cp.encode("cp1252"))
    assert load(tmp_path / "cp.txt").text == cp


CJK = {
    "zh": "北京市政府周一宣布，将在全市范围内实施新的交通管理措施。官员表示，这些措施旨在缓解拥堵。",
    "zh-tw": "台北市政府週一宣布，將在全市範圍內實施新的交通管理措施。官員表示，這些措施旨在緩解擁堵。",
    "ja": "東京都は月曜日、新しい交通規制を実施すると発表した。当局者によると、渋滞の緩和が目的だという。",
    "ko": "서울시는 월요일 새로운 교통 관리 조치를 시행한다고 발표했다. "
          "관계자들은 이 조치가 교통 혼잡을 완화하기 위한 것이라고 말했다.",
}


@pytest.mark.parametrize(
    ("encoding", "language"),
    [("gb18030", "zh"), ("gbk", "zh"), ("big5", "zh-tw"), ("euc_jp", "ja"), ("shift_jis", "ja"), ("euc_kr", "ko")],
)
def test_cjk_code_pages_are_read_not_turned_into_cp1252(tmp_path, encoding, language):
    """charset-normalizer's coherence is near 0 for CJK text, which sent it to cp1252 (mojibake)."""
    text = f"{CJK[language]}\n{CJK[language]}\n"
    path = tmp_path / f"{encoding}.txt"
    path.write_bytes(text.encode(encoding))
    assert load(path).text == text


@pytest.mark.parametrize("encoding", ["cp1252", "latin-1"])
@pytest.mark.parametrize(
    "text",
    ["Größe über Straße", "café résumé naïve", "Le président a déclaré mercredi que la réforme était nécessaire.",
     "El niño comió piñas en la montaña; después, añadió más.", "Ação, função e atenção não são iguais."],
)
def test_western_text_is_not_taken_for_a_cjk_code_page(tmp_path, encoding, text):
    path = tmp_path / "w.txt"
    path.write_bytes(f"{text}\n".encode(encoding))
    assert load(path).text == f"{text}\n"


def test_crlf_and_lone_cr_keep_offsets(tmp_path):
    path = tmp_path / "crlf.txt"
    path.write_bytes(b"Title here\r\nFirst one. Second one.\r\rThird para.\rFourth para.")
    a = load(path)
    roundtrip(a)
    assert "\r" in a.text
    assert [s.text for s in a.body] == ["First one.", "Second one.", "Third para.", "Fourth para."]


# --- bad input -------------------------------------------------------------


def test_missing_file(tmp_path):
    with pytest.raises(LoadError) as info:
        load(tmp_path / "nope.txt")
    assert str(info.value) == f"{tmp_path / 'nope.txt'}: no such file"
    assert isinstance(info.value, OSError) and isinstance(info.value, framing.FramingError)


def test_folder_without_supported_files(tmp_path):
    (tmp_path / "notes.pdf").write_bytes(b"%PDF")
    with pytest.raises(LoadError, match="folder holds no supported files"):
        load_all(tmp_path)


def test_directory_given_to_load(tmp_path):
    with pytest.raises(LoadError, match="is a directory"):
        load(tmp_path)


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        (b"", "empty file"),
        (b"  \n\t \r\n", "only whitespace"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
        (b"text with a \x00 NUL byte", "binary file"),
        (bytes(range(1, 32)) * 20, "binary file"),
    ],
)
def test_bad_contents(tmp_path, data, problem):
    path = tmp_path / "bad.txt"
    path.write_bytes(data)
    with pytest.raises(LoadError, match=problem) as info:
        load(path)
    assert "\n" not in str(info.value)
    assert str(info.value).startswith(str(path))


def test_unsupported_suffix(tmp_path):
    path = tmp_path / "doc.pdf"
    path.write_bytes(b"%PDF-1.4")
    with pytest.raises(LoadError, match="unsupported format '.pdf'"):
        load(path)


def test_size_cap(tmp_path):
    path = tmp_path / "big.txt"
    path.write_text("Word. " * 1000)
    with pytest.raises(LoadError, match="over the"):
        load(path, max_bytes=1000)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_fifo_is_refused_without_blocking(tmp_path):
    path = tmp_path / "pipe.txt"
    os.mkfifo(path)
    with pytest.raises(LoadError, match="not a regular file"):
        load(path)


@pytest.mark.skipif(sys.platform == "win32", reason="unix sockets")
def test_socket_is_refused(tmp_path):
    path = tmp_path / "s.txt"
    sock = socket.socket(socket.AF_UNIX)
    try:
        sock.bind(str(path))
        with pytest.raises(LoadError, match="not a regular file"):
            load(path)
    finally:
        sock.close()


def test_device_is_refused():
    with pytest.raises(LoadError, match="unsupported format|not a regular file"):
        load("/dev/zero")


def test_symlink_loop(tmp_path):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.symlink_to(b)
    b.symlink_to(a)
    with pytest.raises(LoadError, match="symbolic link loop"):
        load(a)


@pytest.mark.skipif(os.geteuid() == 0 if hasattr(os, "geteuid") else True,
                    reason="root reads any file")
def test_unreadable_file(tmp_path):
    path = tmp_path / "secret.txt"
    path.write_text("Secret.")
    path.chmod(0)
    with pytest.raises(LoadError, match="permission denied"):
        load(path)


def test_permission_denied_is_reported_even_as_root(tmp_path, monkeypatch):
    # root can read a chmod-0 file, so the refusal is simulated where it happens
    path = tmp_path / "secret.txt"
    path.write_text("Secret.")
    real_open = os.open

    def deny(file, *args, **kwargs):
        if str(file) == str(path):
            raise PermissionError(13, "Permission denied")
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(os, "open", deny)
    with pytest.raises(LoadError) as info:
        load(path)
    assert str(info.value) == f"{path}: permission denied"


@pytest.mark.parametrize(
    ("name", "data", "problem"),
    [
        ("bad.json", "{not json", "invalid JSON at line 1"),
        ("list.json", "[1, 2]", "record 1: expected a JSON object"),
        ("empty.json", "[]", "holds no records"),
        ("notext.json", '{"title": "x"}', "has no 'text' string or 'body-paragraphs' list"),
        ("bad.jsonl", '{"text": "a"}\n{oops\n', "invalid JSON on line 2"),
        ("deep.json", "[" * 100_000 + "]" * 100_000, "nested too deeply"),
    ],
)
def test_bad_json(tmp_path, name, data, problem):
    path = tmp_path / name
    path.write_text(data)
    with pytest.raises(LoadError, match=problem):
        load_all(path)


def test_load_all_keeps_good_files_when_told(tmp_path, seeds):
    (tmp_path / "empty.txt").write_text("")
    errors: list[LoadError] = []
    articles = load_all(tmp_path / "empty.txt", seeds, on_error=errors.append)
    assert [a.id for a in articles] == [SEED_000, SEED_003]
    assert [str(e) for e in errors] == [f"{tmp_path / 'empty.txt'}: empty file"]
    with pytest.raises(LoadError, match="empty file"):
        load_all(tmp_path / "empty.txt", seeds)


def test_ids_are_unique_and_independent_of_order(tmp_path):
    for folder in ("x", "y"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "story.txt").write_text(f"From {folder}. Body.")
    one = load_all(tmp_path / "x", tmp_path / "y")
    two = load_all(tmp_path / "y", tmp_path / "x")
    assert sorted(a.id for a in one) == sorted(a.id for a in two) == ["x/story", "y/story"]
    assert {a.id: a.text for a in one} == {a.id: a.text for a in two}


def test_same_file_twice_is_read_once(seeds):
    path = seeds / f"{SEED_000}.txt"
    assert [a.id for a in load_all(path, path)] == [SEED_000]


@given(st.text(min_size=1).filter(lambda t: t.strip()))
def test_any_text_file_roundtrips(tmp_path_factory, text):
    path = tmp_path_factory.mktemp("h") / "t.txt"
    path.write_bytes(text.encode("utf-8", "surrogatepass"))
    try:
        a = load(path)
    except LoadError as exc:  # binary-looking or undecodable text is refused, in one line
        assert "\n" not in str(exc)
        return
    roundtrip(a)


@given(st.text())
def test_from_text_roundtrips_any_text(text):
    a = Article.from_text(text, id="h")
    roundtrip(a)
    ends = [s.end for s in a.sentences]
    assert ends == sorted(ends)


def test_a_file_larger_than_stat_says_is_read_whole_and_capped(tmp_path, monkeypatch):
    # a file that grows while read, or one whose size stat does not know
    import importlib

    L = importlib.import_module("framing.io.load")

    path = tmp_path / "grows.txt"
    path.write_text("Headline here\n" + "Troops left Kyiv on Monday. " * 5000, encoding="utf-8")
    real = os.stat

    def small(p, *args, **kwargs):
        info = real(p, *args, **kwargs)
        return os.stat_result((info.st_mode, *info[1:6], 10, *info[7:]))

    monkeypatch.setattr(L.os, "stat", small)
    assert framing.load(path).text == path.read_text(encoding="utf-8")
    with pytest.raises(LoadError, match="over the"):
        framing.load(path, max_bytes=1000)


def test_jsonl_with_bad_lines_keeps_the_good_records_and_names_each_bad_one(tmp_path):
    path = tmp_path / "r.jsonl"
    path.write_text('{"text": "Head one\\nTroops left Kyiv."}\n{broken\n{"text": "Head two\\nRain in Riga."}\n'
                    '[1, 2]\n', encoding="utf-8")
    errors: list[framing.LoadError] = []
    articles = framing.load_all(path, on_error=errors.append)
    assert [a.title for a in articles] == ["Head one", "Head two"]
    assert [str(e).split(": ", 1)[1].split(":")[0] for e in errors] == ["invalid JSON on line 2", "line 4"]
    with pytest.raises(framing.LoadError, match=r"invalid JSON on line 2: .* \(and 1 more bad lines\)$"):
        framing.load_all(path)


def test_a_link_out_of_the_folder_is_not_read_unless_asked(tmp_path):
    outside = tmp_path / "secret.txt"
    outside.write_text("Secret head\nNobody should read this.\n", encoding="utf-8")
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "a.txt").write_text("Head\nTroops left Kyiv.\n", encoding="utf-8")
    (folder / "b.txt").symlink_to(outside)
    (folder / "sub").mkdir()
    (folder / "sub" / "x.txt").write_text("Other head\nRain fell in Riga.\n", encoding="utf-8")
    (folder / "c.txt").symlink_to(folder / "sub" / "x.txt")  # a link inside the folder is read
    errors: list[framing.LoadError] = []
    # (a link's article is named by the file it points to)
    assert sorted(a.id for a in framing.load_all(folder, on_error=errors.append)) == ["a", "x"]
    assert [str(e) for e in errors] == [
        f"{folder / 'b.txt'}: symbolic link to a file outside the folder, not followed "
        "(--follow-links / follow_links=True reads it)"]
    assert sorted(a.id for a in framing.load_all(folder, follow_links=True)) == ["a", "secret", "x"]
