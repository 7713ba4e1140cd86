import time

from hypothesis import given
from hypothesis import strategies as st

from framing.text.segment import MAX_SENTENCE_CHARS, paragraph_spans, sentence_spans


def texts(text):
    return [text[s:e] for s, e in sentence_spans(text)]


def test_abbreviations_do_not_end_sentences():
    assert texts("Sen. Warren met Mr. Smith in the U.K. on Monday. Then they left.") == [
        "Sen. Warren met Mr. Smith in the U.K. on Monday.",
        "Then they left.",
    ]


def test_closing_quote_stays_with_its_sentence():
    assert texts('He warned of "threats and provocations." Then he left.') == [
        'He warned of "threats and provocations."',
        "Then he left.",
    ]


def test_question_and_exclamation_marks_are_kept():
    text = "Is it over?! No. Really?"
    assert "".join(texts(text)).replace(" ", "") == text.replace(" ", "")


def test_headline_line_is_its_own_paragraph():
    text = "Lithuania Ready to Send Troops\nMay 08, 2024\nBody one. Body two."
    assert [text[s:e] for s, e in paragraph_spans(text)] == [
        "Lithuania Ready to Send Troops",
        "May 08, 2024",
        "Body one. Body two.",
    ]


def test_hard_wrapped_block_is_one_paragraph():
    line = "this is a long line of prose wrapped at a fixed width and it goes on"
    text = "\n".join([line] * 4) + " to the end.\n\nNext paragraph."
    spans = paragraph_spans(text)
    assert len(spans) == 2
    assert text[spans[1][0] : spans[1][1]] == "Next paragraph."


def test_crlf_and_lone_cr_separate_paragraphs():
    text = "One.\r\nTwo.\rThree."
    assert [text[s:e] for s, e in paragraph_spans(text)] == ["One.", "Two.", "Three."]


def test_long_unpunctuated_paragraph_is_cut_into_bounded_pieces():
    text = "word " * 100_000
    spans = sentence_spans(text)
    assert all(e - s <= MAX_SENTENCE_CHARS for s, e in spans)
    assert "".join(text[s:e] for s, e in spans).replace(" ", "") == text.replace(" ", "")


def test_long_paragraph_is_linear_by_count_of_pieces():
    # counts, not seconds: every piece is bounded, so the number of pieces
    # grows with the text and no piece is re-scanned
    small = len(sentence_spans("Word one. " * 2_000))
    large = len(sentence_spans("Word one. " * 8_000))
    assert large == 4 * small


def _covers(text, spans):
    pos = 0
    for s, e in spans:
        assert pos <= s < e <= len(text)
        assert text[pos:s].strip() == ""
        assert text[s:e] == text[s:e].strip()
        pos = e
    assert text[pos:].strip() == ""


@given(st.text())
def test_sentence_spans_cover_every_non_space_character(text):
    _covers(text, sentence_spans(text))


@given(st.text(alphabet=st.sampled_from(list("ab .?!\"'\n\r\u2028U.K.Mr") + ["\ud800"])))
def test_paragraph_and_sentence_spans_nest_and_cover(text):
    paragraphs = paragraph_spans(text)
    _covers(text, paragraphs)
    for s, e in paragraphs:
        _covers(text[s:e], [(a - s, b - s) for a, b in sentence_spans(text, s, e)])


def test_segmentation_is_fast_enough_to_be_linear_smoke():
    # not an assert on time: just make sure a 1 MB paragraph completes
    start = time.perf_counter()
    sentence_spans("x" * 1_000_000)
    assert time.perf_counter() - start >= 0


def test_a_title_s_full_stop_ends_no_sentence():
    from framing.text.segment import sentence_spans

    text = "Speaking at a press conference, Rear Adm. John Mauger said that parts of the vessel were found."
    assert [text[s:e] for s, e in sentence_spans(text)] == [text]


def test_a_paragraph_broken_at_a_link_is_put_back_together():
    from framing.text.segment import paragraph_spans

    text = "Crash kills ten\n\nWagner Group\n\nleader Yevgeny Prigozhin\n\nwas listed among passengers.\n\nIt rained."
    assert [text[s:e] for s, e in paragraph_spans(text)] == [
        "Crash kills ten", "Wagner Group\n\nleader Yevgeny Prigozhin\n\nwas listed among passengers.", "It rained."]


def test_full_width_sentence_ends_split_chinese_and_japanese():
    zh = "北京市政府周一宣布新措施。官员表示，这些措施旨在缓解拥堵！记者问：“为什么？”他没有回答。"
    assert [zh[s:e] for s, e in sentence_spans(zh)] == [
        "北京市政府周一宣布新措施。", "官员表示，这些措施旨在缓解拥堵！", "记者问：“为什么？”", "他没有回答。"]
    ja = "東京都は新しい規制を発表した。「渋滞の緩和が目的だ。」と当局者は述べた。"
    assert [ja[s:e] for s, e in sentence_spans(ja)] == [
        "東京都は新しい規制を発表した。", "「渋滞の緩和が目的だ。」", "と当局者は述べた。"]


def test_what_one_chinese_outlet_alone_reports_is_found():
    """The whole paragraph was one sentence: the added one was never exclusive content."""
    import framing

    shared = "北京市政府周一宣布，将在全市范围内实施新的交通管理措施。官员表示，这些措施旨在缓解拥堵。"
    a = framing.Article.from_text(f"北京实施新交通措施\n{shared}", id="a", outlet="A")
    added = "反对者称，新规将给小商户带来沉重负担。"
    b = framing.Article.from_text(f"北京实施新交通措施\n{shared}{added}", id="b", outlet="B")
    alone = [b.sentences[i].text for u in framing.align([a, b]).units if not u.shared for i in u.members.get("b", ())]
    assert alone == [added]
