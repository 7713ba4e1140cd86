"""Versions comparator: what each version of a shared unit adds, attributions, disagreements, cues."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from strategies import article_sets

import framing
from framing import Article, align
from framing.comparators.versions import DEFAULT_CUES, load_cues, parse_cues, versions
from framing.errors import FramingError

EVENTS = Path(__file__).resolve().parent / "fixtures" / "events"


def run(*texts, **kwargs):
    articles = [Article.from_text(t, id=chr(ord("a") + i)) for i, t in enumerate(texts)]
    return articles, versions(articles, align(articles), **kwargs)


def assert_evidence(articles, result):
    by_id = {a.id: a for a in articles}
    spans = [x.span for x in result.additions] + [e for x in result.contradictions for e in (x.a, x.b)]
    for e in spans:
        a = by_id[e.article]
        assert a.text[e.start : e.end] == e.text
        s = a.sentences[e.sentence]
        assert s.start <= e.start < e.end <= s.end


def test_a_clause_one_version_adds_is_found_with_its_new_words():
    articles, v = run(
        "Lithuania will train Ukrainian soldiers, despite warnings from Moscow about nuclear escalation.",
        "Lithuania will train Ukrainian soldiers.",
    )
    (x,) = v.additions
    assert (x.article, x.kind, x.lacking) == ("a", "detail", ("b",))
    assert x.span.text == "despite warnings from Moscow about nuclear escalation"
    assert set(x.new) == {"warnings", "Moscow", "nuclear", "escalation"}
    assert_evidence(articles, v)


def test_a_detail_the_other_outlet_states_elsewhere_is_not_an_addition():
    # b's version of the unit lacks the warning, but b's article states it in another sentence
    _articles, v = run(
        "Lithuania will train Ukrainian soldiers, despite warnings from Moscow about nuclear escalation.",
        "Lithuania will train Ukrainian soldiers. Rain fell all week in Vilnius and Riga. "
        "Moscow has issued warnings about nuclear escalation.",
    )
    assert [x for x in v.additions if x.kind == "detail"] == []


def test_attributions_are_told_apart_from_content():
    _articles, v = run(
        "Lithuania is ready to send troops for training, said the Prime Minister of Lithuania.",
        "Lithuania is ready to send troops for training, Simonyte told the Financial Times.",
    )
    kinds = {(x.article, x.kind, x.span.text) for x in v.additions}
    assert kinds == {
        ("a", "attribution", "said the Prime Minister of Lithuania"),
        ("b", "attribution", "Simonyte told the Financial Times"),
    }


def test_a_different_verb_of_saying_is_not_a_different_attribution():
    _, v = run(
        "The bridge will close for a month, Mayor Ann Lee said.",
        "The bridge will close for a month, Mayor Ann Lee declared.",
    )
    assert v.additions == ()


def test_identical_versions_add_nothing():
    _, v = run("Troops left Kyiv on Monday after talks.", "Troops left Kyiv on Monday after talks.")
    assert v.additions == () and v.contradictions == ()


def test_negation_of_the_same_statement_is_a_disagreement():
    articles, v = run(
        "Engineers had inspected the bridge in March, the council said.",
        "Engineers had not inspected the bridge in March, the council said.",
    )
    (x,) = v.contradictions
    assert (x.kind, x.cue) == ("negation", "not")
    assert "not inspected" in x.b.text and "not" not in x.a.text.split()
    assert_evidence(articles, v)


def test_opposite_direction_is_a_disagreement_and_negated_opposites_are_not():
    _, v = run("Spending on roads will rise by 2 million pounds.", "Spending on roads will fall by 2 million pounds.")
    assert [(x.kind, x.cue) for x in v.contradictions] == [("opposite", "fall / rise")]
    _, v = run("Spending on roads will not rise this year at all.", "Spending on roads will fall this year at all.")
    assert [x.kind for x in v.contradictions] != ["opposite"]


def test_speakers_inside_quotes_do_not_make_the_outlets_disagree():
    _, v = run(
        'Critics said: "The bridge was inspected in March and nothing was found."',
        'Officials said: "The bridge was not inspected in March and nothing was found."',
    )
    assert v.contradictions == ()


def test_a_shared_topic_with_a_negation_elsewhere_is_no_disagreement():
    # one statement each on the bridge: too little shared to be versions of one statement
    _, v = run(
        "The bridge carried 3,000 vehicles a day before it collapsed in the storm on Tuesday.",
        "The bridge had not been painted since the war, residents in the old town complained.",
    )
    assert v.contradictions == ()


def test_cues_are_user_overridable():
    cues = parse_cues("[negation]\nnot\n[opposites]\nhot cold\n")
    _, v = run("The water in the lake was hot all summer.", "The water in the lake was cold all summer.",
               cues=cues)
    assert [x.cue for x in v.contradictions] == ["cold / hot"]
    _, v = run("The water in the lake was hot all summer.", "The water in the lake was cold all summer.")
    assert v.contradictions == ()  # not a shipped pair
    assert "rise" in DEFAULT_CUES.opposites["fall"]


def test_a_bad_cue_file_names_the_file_and_line(tmp_path):
    path = tmp_path / "cues.txt"
    path.write_text("[opposites]\nrise\n", encoding="utf-8")
    with pytest.raises(FramingError, match=r"cues\.txt: line 2: expected two different words"):
        load_cues(path)
    with pytest.raises(FramingError, match="cannot read cue file"):
        load_cues(tmp_path / "missing.txt")
    with pytest.raises(FramingError, match="line 1: expected a \\[negation\\] or \\[opposites\\] heading"):
        parse_cues("rise fall\n")


def test_fixture_events_carry_their_planted_differences():
    bridge = framing.compare(framing.load_all(EVENTS / "bridge"))
    v = bridge.versions
    assert v is not None
    # the Valley Wire says the bridge was not inspected; the Harbour Gazette that it was, in March
    ((x),) = [x for x in v.contradictions if x.kind == "negation"]
    assert {x.a.article, x.b.article} == {"harbour-gazette", "valley-wire"}
    details = {(x.article, x.span.text) for x in v.additions if x.kind == "detail"}
    assert ("northern-ledger", "who praised volunteers from the rowing club") in details
    budget = framing.compare(framing.load_all(EVENTS / "budget"))
    assert budget.versions is not None
    assert [x.cue for x in budget.versions.contradictions] == ["fall / rise"]


@settings(max_examples=25, deadline=None)
@given(article_sets(max_size=4))
def test_evidence_holds_and_order_does_not_matter(articles):
    result = versions(articles, align(articles))
    assert_evidence(articles, result)
    again = versions(articles[::-1], align(articles[::-1]))
    assert again == result
    for x in result.additions:
        assert x.lacking and x.article not in x.lacking
    json.dumps(result.to_dict())
