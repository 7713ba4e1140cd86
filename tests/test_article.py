import dataclasses

import pytest

from framing import Article
from framing.io.article import Sentence
from framing.io.outlets import domain_of, outlet_for_code, outlet_for_url


def test_single_paragraph_has_no_headline():
    a = Article.from_text("Troops arrived in Vilnius", id="a")
    assert a.title is None
    assert [s.role for s in a.sentences] == ["body"]


def test_given_title_marks_the_matching_first_line():
    a = Article.from_text("LITHUANIA  ready\nBody text here.", id="a", title="Lithuania ready")
    assert a.title == "Lithuania ready"
    assert [s.role for s in a.sentences] == ["title", "body"]


def test_first_line_that_is_a_sentence_is_not_a_title():
    a = Article.from_text("Troops arrived in Vilnius on Monday.\nThey stayed.", id="a")
    assert a.title is None
    assert len(a.body) == 2


def test_original_url_line_sets_url_and_outlet():
    a = Article.from_text(
        "Headline\nBody.\nOriginal url: https://www.lrt.lt/en/news/1", id="a"
    )
    assert a.url == "https://www.lrt.lt/en/news/1"
    assert a.outlet == "LRT"
    assert a.sentences[-1].role == "source"


def test_explicit_metadata_wins():
    a = Article.from_text(
        "Headline\nMay 8, 2024\nBody.\nOriginal url: https://www.lrt.lt/x",
        id="a", outlet="Mine", date="2020-01-02", url="https://example.org/y",
    )
    assert (a.outlet, a.date, a.url) == ("Mine", "2020-01-02", "https://example.org/y")


def test_article_and_sentences_are_frozen():
    a = Article.from_text("One. Two.", id="a")
    with pytest.raises(dataclasses.FrozenInstanceError):
        a.title = "x"  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        a.sentences[0].start = 1  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        a.paragraphs[0].end = 1  # type: ignore[misc]


def test_to_dict_has_the_contract_fields():
    d = Article.from_text("Head\nOne. Two.", id="a").to_dict()
    assert set(d) >= {"id", "outlet", "title", "date", "url", "path", "text", "sentences"}
    assert set(d["sentences"][0]) >= {"index", "paragraph", "start", "end", "text", "boilerplate"}


def test_outlet_tables():
    assert outlet_for_url("https://edition.bbc.co.uk/news") == "BBC"
    assert outlet_for_url("not a url") is None
    assert domain_of("http://[::1") is None
    assert outlet_for_code("FOX") == "Fox News"
    assert outlet_for_code("other") == "other"


def test_sentences_compare_by_fields_and_text_not_by_source():
    one = Article.from_text("Rain fell. Snow fell.", id="a")
    again = Article.from_text(" ".join(["Rain fell.", "Snow fell."]), id="a")  # an equal, other string
    other = Article.from_text("Rain fell. Snow melt.", id="a")
    assert one.sentences[0].source is not again.sentences[0].source
    assert one.sentences == again.sentences and one.paragraphs == again.paragraphs
    assert {hash(s) for s in one.sentences} == {hash(s) for s in again.sentences}
    assert one.sentences[0] == other.sentences[0]  # same fields, same text
    assert one.sentences[1] != other.sentences[1]  # same offsets, other text
    assert one.paragraphs[0] != other.paragraphs[0]
    assert one == again and one != other


def test_source_is_keyword_only_so_the_old_positional_order_fails_loudly():
    # Sentence(index, paragraph, start, end, text, role) was the old order
    with pytest.raises(TypeError):
        Sentence(0, 0, 0, 5, "Hello", "body")  # type: ignore[call-arg]
    s = Sentence(0, 0, 0, 5, source="Hello world")
    assert (s.text, s.role) == ("Hello", "body")


def test_a_credit_closing_the_headline_line_is_no_part_of_the_headline():
    # NZ Herald: "Japan's ex-leader Shinzo Abe assassination stuns world. Video / CBS News"
    a = Article.from_text("Abe assassination stuns world. Video / CBS News\n\nThe former leader was shot on Friday.",
                          id="a")
    assert a.title == "Abe assassination stuns world."
    assert [(s.text, s.role, s.boilerplate) for s in a.sentences[:2]] == [
        ("Abe assassination stuns world.", "title", False), ("Video / CBS News", "caption", True)]


def test_paragraphs_run_together_with_two_full_stops_are_split():
    # Western Standard ran its paragraphs together: 'she said..Polish Prime Minister ... "sabotage.".Ever'
    a = Article.from_text('Head\n\nIt was a 2.3 quake..Nord Stream AG said it was "an act of sabotage.".Ever since '
                          'then gas has not flowed.', id="a")
    assert [s.text for s in a.body] == ["It was a 2.3 quake..", 'Nord Stream AG said it was "an act of sabotage.".',
                                        "Ever since then gas has not flowed."]
