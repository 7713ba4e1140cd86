"""Wording comparator: unit differences, distinctive terms, loaded terms, lexicons."""

from __future__ import annotations

import json
from collections import Counter

import pytest
from hypothesis import given
from hypothesis import strategies as st
from strategies import article_sets

from framing import Article, LoadError, align
from framing.comparators import wording as wording_module
from framing.comparators.wording import distinctive_terms, wording
from framing.extract.lexicon import DEFAULT_LEXICON, load_lexicon, parse_lexicon, tokens


def run(*texts, **kwargs):
    articles = [Article.from_text(t, id=chr(ord("a") + i)) for i, t in enumerate(texts)]
    return articles, wording(articles, align(articles), **kwargs)


def changes(result):
    return [(c.kind, c.a.text, c.b.text) for d in result.differences for c in d.changes]


def assert_evidence(articles, result):
    by_id = {a.id: a for a in articles}
    for d in result.differences:
        for c in d.changes:
            for side, art in ((c.a, d.a), (c.b, d.b)):
                a = by_id[art]
                assert side.article == art
                assert a.text[side.start : side.end] == side.text
                s = a.sentences[side.sentence]
                assert s.start <= side.start <= s.end


def test_replacement_is_reported_with_both_sides():
    arts, w = run("Russian troops crossed the border near Kharkiv on Monday.",
                  "Russian soldiers crossed the border near Kharkiv on Monday.")
    assert changes(w) == [("replaced", "troops", "soldiers")]
    (d,) = w.differences
    assert (d.unit, d.a, d.b, d.truncated) == ("a:0", "a", "b", False)
    c = d.changes[0]
    assert (c.a.sentence, c.a.start, c.a.end) == (0, 8, 14)
    assert 80 < d.overlap < 100
    assert_evidence(arts, w)


def test_added_qualifier_has_an_empty_span_where_it_would_stand():
    arts, w = run("Russian troops crossed the border near Kharkiv on Monday.",
                  "Russian troops allegedly crossed the border near Kharkiv on Monday.")
    assert changes(w) == [("b_only", "", "allegedly")]
    c = w.differences[0].changes[0]
    assert c.a.start == c.a.end == len("Russian troops")
    assert_evidence(arts, w)


def test_case_quotes_diacritics_hyphens_and_punctuation_are_not_differences():
    _, w = run("Šimonytė’s NATO-led mission — “training” troops, in Kyiv!",
               "simonyte's NATO led mission: \"Training\" troops in Kyiv.")
    assert w.differences == ()


def test_reordered_words_are_one_move():
    arts, w = run("On Monday the troops left Kyiv for the border region.",
                  "The troops left Kyiv for the border region on Monday.")
    assert changes(w) == [("moved", "On Monday", "on Monday")]
    assert_evidence(arts, w)


def test_versions_over_the_token_cap_are_cut_and_flagged(monkeypatch):
    monkeypatch.setattr(wording_module, "MAX_TOKENS", 5)
    _, w = run("Troops crossed the border near Kharkiv on Monday morning.",
               "Troops crossed the border near Kharkiv on Monday morning.")
    assert [(d.truncated, d.changes) for d in w.differences] == [(True, ())]


def test_three_articles_give_each_pair_once_in_id_order():
    _, w = run("Russian troops crossed the border near Kharkiv on Monday.",
               "Russian soldiers crossed the border near Kharkiv on Monday.",
               "Russian forces crossed the border near Kharkiv on Monday.")
    assert [(d.a, d.b) for d in w.differences] == [("a", "b"), ("a", "c"), ("b", "c")]


def test_unshared_units_give_no_differences():
    _, w = run("Troops crossed the border near Kharkiv.", "Grain prices rose in April across Europe.")
    assert w.differences == ()


def test_distinctive_terms_from_the_prior():
    many = Counter(troops=40, border=20, said=30)
    out = distinctive_terms({"x": many + Counter(regime=12), "y": many + Counter(junta=12)})
    assert [t.term for t in out["x"]] == ["regime"] and [t.term for t in out["y"]] == ["junta"]
    assert all(t.score >= 1.96 for ts in out.values() for t in ts)
    assert distinctive_terms({"x": Counter(), "y": Counter()}) == {"x": (), "y": ()}


def test_distinctive_ties_break_by_term_and_top_caps():
    # made-up words: no background frequency, so equal counts give equal scores
    x = Counter(zzqb=9, zzqa=9, zzqc=9, base=50)
    out = distinctive_terms({"x": x, "y": Counter(base=50, other=27)}, top=2)
    assert [t.term for t in out["x"]] == ["zzqa", "zzqb"]
    assert out["x"][0].score == out["x"][1].score


def test_distinctive_skips_stop_words_and_numbers():
    _, w = run(" ".join(["The troops and the 3,000 regime soldiers were there."] * 8),
               " ".join(["A crowd of protesters gathered in the square today."] * 8))
    terms = {t.term for ts in w.distinctive.values() for t in ts}
    assert terms and not terms & {"the", "and", "were", "3,000", "a", "of", "in"}


def test_loaded_terms_with_evidence():
    arts, w = run("The so-called regime's militants allegedly fired.", "Rebels fired.")
    found = [(x.term, x.category, x.span.text) for x in w.loaded["a"]]
    assert found == [("so-called", "loaded", "so-called"), ("regime", "loaded", "regime's"),
                     ("militant*", "loaded", "militants"), ("allegedly", "hedging", "allegedly")]
    for x in w.loaded["a"]:
        assert arts[0].text[x.span.start : x.span.end] == x.span.text
    assert w.loaded["b"] == ()


def test_user_lexicon_overrides_the_default(tmp_path):
    path = tmp_path / "mine.tsv"
    path.write_text("# my terms\nloaded\tfreedom fighters\nhedging\tit is said\n", encoding="utf-8")
    lex = load_lexicon(path)
    _, w = run("The regime said it is said that Freedom-Fighters fired.", "Rebels fired.", lexicon=lex)
    assert [(x.term, x.span.text) for x in w.loaded["a"]] == [
        ("it is said", "it is said"), ("freedom fighters", "Freedom-Fighters")]
    assert len(DEFAULT_LEXICON.merged(lex)) == len(DEFAULT_LEXICON) + 2


def test_malformed_lexicon_file_is_a_load_error(tmp_path):
    path = tmp_path / "bad.tsv"
    path.write_text("loaded regime\n", encoding="utf-8")
    with pytest.raises(LoadError, match=r"line 1: expected 'category<TAB>term'"):
        load_lexicon(path)
    with pytest.raises(LoadError, match="cannot read lexicon"):
        load_lexicon(tmp_path / "missing.tsv")


def test_lexicon_star_matches_endings_only_on_the_last_word():
    lex = parse_lexicon("hedging\talleg*")
    keys = [t.key for t in tokens("Alleged, allegedly, allegations, allergy")]
    assert [keys[i] for i, _, _, _ in lex.find(keys)] == ["alleged", "allegedly", "allegations"]


def test_empty_articles_give_empty_sections():
    arts = [Article.from_text("", id="a"), Article.from_text("", id="b")]
    assert wording(arts, align(arts)).to_dict() == {
        "differences": [], "distinctive": {"a": [], "b": []}, "leaning": {"a": [], "b": []},
        "loaded": {"a": [], "b": []}}


@given(article_sets(min_size=1, max_size=1))
def test_an_article_and_its_copy_differ_in_nothing(articles):
    (a,) = articles
    copy = Article.from_text(a.text, id=a.id + "-copy")
    w = wording([a, copy], align([a, copy]))
    assert w.differences == ()
    assert w.distinctive == {a.id: (), copy.id: ()}
    assert [(x.term, x.span.start) for x in w.loaded[a.id]] == [
        (x.term, x.span.start) for x in w.loaded[copy.id]]


@given(article_sets(max_size=4), st.randoms(use_true_random=False))
def test_result_does_not_depend_on_article_order(articles, rnd):
    shuffled = list(articles)
    rnd.shuffle(shuffled)
    first = wording(articles, align(articles)).to_dict()
    assert wording(shuffled, align(shuffled)).to_dict() == first
    json.dumps(first)


@given(article_sets(min_size=2, max_size=3))
def test_change_evidence_points_into_the_articles(articles):
    assert_evidence(articles, wording(articles, align(articles)))


def test_loaded_terms_inside_a_quote_are_the_speakers_not_the_outlets():
    from framing import Article, align
    from framing.comparators.wording import wording

    a = Article.from_text(
        'Head\nThe regime moved troops on Monday. "This is an unprecedented provocation by the West," '
        "Kremlin spokesman Dmitry Peskov said.", id="a")
    b = Article.from_text("Head\nTroops moved on Monday near the border.", id="b")
    found = [(x.term, x.voice, x.speaker) for x in wording([a, b], align([a, b])).loaded["a"]]
    assert found == [("regime", "outlet", None), ("unprecedented", "quote", "Dmitry Peskov")]
    as_json = wording([a, b], align([a, b])).loaded["a"][1].to_dict()
    assert as_json["voice"] == "quote" and as_json["speaker"] == "Dmitry Peskov"


def test_house_style_is_not_distinctive_and_small_counts_say_so():
    from framing import Article, align
    from framing.comparators.wording import wording

    body = "The council met on Monday and approved the budget for the new tram line. "
    a = Article.from_text("Head\n" + "Mr. Smith of the Daily Planet said so. " * 30 + body, id="a",
                          outlet="Daily Planet")
    b = Article.from_text("Head\n" + "Smith said so. " * 30 + body, id="b", outlet="Evening Star")
    w = wording([a, b], align([a, b]))
    terms_a = {t.term for t in w.distinctive["a"]} | {t.term for t in w.leaning["a"]}
    assert not terms_a & {"mr", "mr.", "daily", "planet"}  # an honorific and the outlet's own name
    short_a = Article.from_text("Head\nThe council met on Monday about trams.", id="a")
    short_b = Article.from_text("Head\nThe council met on Monday about buses.", id="b")
    w = wording([short_a, short_b], align([short_a, short_b]))
    assert w.distinctive == {"a": (), "b": ()} and all(t.count >= 1 for t in w.leaning["a"])
