"""Figures in text (framing.text.numbers) and the numbers comparator."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from strategies import article_sets

from framing import Article, align
from framing.comparators.numbers import numbers
from framing.text.numbers import agree, extract


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("3,000 troops", [("3,000", "number", "3000", None)]),
        ("up 2.5 points", [("2.5", "number", "2.5", None)]),
        ("twenty-five", [("twenty-five", "number", "25", None)]),
        ("two dozen", [("two dozen", "number", "24", None)]),
        ("$2.5 billion", [("$2.5 billion", "number", "2500000000", "USD")]),
        ("2.5bn euros", [("2.5bn euros", "number", "2500000000", "EUR")]),
        ("£40m", [("£40m", "number", "40000000", "GBP")]),
        ("1.2 million people", [("1.2 million", "number", "1200000", None)]),
        ("30 per cent", [("30 per cent", "percent", "30", None)]),
        ("12.5%", [("12.5%", "percent", "12.5", None)]),
        ("on 8 May 2024", [("8 May 2024", "date", "05-08", "2024")]),
        ("Jan. 5", [("Jan. 5", "date", "01-05", None)]),
        ("in March 2024", [("March 2024", "month", "03", "2024")]),
        ("since 2014,", [("2014", "year", "2014", None)]),
        ("on Wednesday", [("Wednesday", "weekday", "wednesday", None)]),
        ("at 10:30", [("10:30", "time", "10:30", None)]),
        ("at 3 p.m.", [("3 p.m.", "time", "15:00", None)]),
    ],
)
def test_extract(text, expected):
    found = extract(text)
    assert [(f.text, f.kind, f.value, f.qualifier) for f in found] == expected
    for f in found:
        assert text[f.start : f.end] == f.text


@pytest.mark.parametrize(
    "text", ["F-16 jets", "COVID-19", "the G7", "the 1990s", "one of them", "a 100m sprint", "they may go"]
)
def test_not_figures(text):
    assert extract(text) == []


@pytest.mark.parametrize(
    ("one", "other"),
    [("5", "five"), ("$2.5bn", "2.5 billion dollars"), ("30%", "thirty percent"), ("May 8", "8th of May, 2024"),
     ("3,000", "three thousand"), ("2.50", "2.5")],
)
def test_equal_values_written_differently_agree(one, other):
    (a,), (b,) = extract(one), extract(other)
    assert agree(a, b) and agree(b, a)


def test_different_currencies_and_kinds_do_not_agree():
    assert not agree(extract("$5")[0], extract("€5")[0])
    assert not agree(extract("5")[0], extract("5%")[0])


def run(*texts):
    articles = [Article.from_text(t, id=chr(ord("a") + i)) for i, t in enumerate(texts)]
    return articles, numbers(articles, align(articles))


def summary(result):
    return [(f.unit, f.kind, f.status, {a: [c.text for c in cs] for a, cs in f.says.items()})
            for f in result.findings]


def test_same_figures_written_differently_are_no_finding():
    _, n = run("Five soldiers and $2.5bn in aid arrived on May 8, 2024, a 30% rise.",
               "5 soldiers and 2.5 billion dollars in aid arrived on 8 May, a 30 per cent rise.")
    assert n.findings == ()


def test_conflicting_figures_with_evidence():
    arts, n = run("About 3,000 troops crossed the border near Kharkiv.",
                  "About 2,500 troops crossed the border near Kharkiv.")
    assert summary(n) == [("a:0", "number", "conflicting", {"a": ["3,000"], "b": ["2,500"]})]
    c = n.findings[0].says["b"][0]
    assert (c.article, c.sentence, c.value) == ("b", 0, "2500")
    assert arts[1].text[c.start : c.end] == "2,500"


def test_missing_figure_is_not_a_conflict():
    _, n = run("Troops crossed the border near Kharkiv on May 8.",
               "Troops crossed the border near Kharkiv.")
    assert summary(n) == [("a:0", "date", "missing", {"a": ["May 8"], "b": []})]
    assert n.findings[0].silent == ("b",)


def test_a_weekday_left_out_is_not_a_finding_but_a_conflicting_one_is():
    _, n = run("Troops crossed the border near Kharkiv on Monday.", "Troops crossed the border near Kharkiv.")
    assert summary(n) == []
    _, n = run("Troops crossed the border near Kharkiv on Monday.",
               "Troops crossed the border near Kharkiv on Tuesday.")
    assert [f[1:3] for f in summary(n)] == [("weekday", "conflicting")]


def test_a_share_written_as_a_fraction_odds_or_percentage_is_one_value():
    _, n = run("Two-thirds of the voters crossed the border near Kharkiv.",
               "Some 67 percent of the voters crossed the border near Kharkiv.")
    assert summary(n) == []
    _, n = run("One in three voters crossed the border near Kharkiv.",
               "A third of the voters crossed the border near Kharkiv.")
    assert summary(n) == []


def test_extra_figure_of_a_kind_both_state_is_missing():
    _, n = run("Some 3,000 troops and 40 tanks crossed the border near Kharkiv.",
               "Some 3,000 troops and tanks crossed the border near Kharkiv.")
    assert summary(n) == [("a:0", "number", "missing", {"a": ["40"], "b": []})]


def test_three_outlets_two_agree_one_differs():
    _, n = run("Some 3,000 troops crossed the border near Kharkiv.",
               "Some 3,000 troops crossed the border near Kharkiv.",
               "Some 2,000 troops crossed the border near Kharkiv.")
    assert summary(n) == [("a:0", "number", "conflicting", {"a": ["3,000"], "b": ["3,000"], "c": ["2,000"]})]


def test_figures_outside_shared_units_are_ignored():
    _, n = run("Troops crossed the border near Kharkiv. Grain rose 12% in April.",
               "Troops crossed the border near Kharkiv. It rained 40 mm in Riga on Sunday.")
    assert n.findings == ()


def test_to_dict_is_plain_json():
    _, n = run("About 3,000 troops crossed the border.", "About 2,500 troops crossed the border.")
    data = n.to_dict()
    assert json.loads(json.dumps(data)) == data
    assert data[0]["articles"]["a"][0] == {
        "article": "a", "sentence": 0, "start": 6, "end": 11, "text": "3,000", "value": "3000", "qualifier": None}


@given(article_sets(min_size=1, max_size=1))
def test_an_article_and_its_copy_have_no_findings(articles):
    (a,) = articles
    copy = Article.from_text(a.text, id=a.id + "-copy")
    assert numbers([a, copy], align([a, copy])).findings == ()


@given(article_sets(max_size=4), st.randoms(use_true_random=False))
def test_result_does_not_depend_on_article_order(articles, rnd):
    shuffled = list(articles)
    rnd.shuffle(shuffled)
    assert numbers(shuffled, align(shuffled)).to_dict() == numbers(articles, align(articles)).to_dict()


@given(st.text(max_size=200))
def test_extract_offsets_round_trip_on_any_text(text):
    for f in extract(text, offset=7):
        assert text[f.start - 7 : f.end - 7] == f.text


def test_odds_written_in_words_or_digits_are_one_ratio_and_agree():
    from framing.text.numbers import agree, extract

    [a] = extract("There is a 1 in 3 chance of losing the House.")
    [b] = extract("There is a one-in-three chance of losing the House.")
    assert (a.kind, a.value, b.value) == ("ratio", "1/3", "1/3") and agree(a, b)
    assert [f.value for f in extract("Two out of five voters agreed.")] == ["2/5"]
    assert extract("We met at one in the morning.") == []  # "one" alone stays a pronoun
    assert [f.kind for f in extract("In 2010 in 12 states it rained.")] == ["year", "number"]


def test_a_period_and_a_year_are_not_shares():
    from framing.text.numbers import extract

    assert extract("In the second half of the year, it rained.") == []
    assert [f.kind for f in extract("They lost 12 in 2022.")] == ["number", "year"]


def test_a_share_agrees_with_a_percentage_only_within_its_rounding():
    from framing.text.numbers import agree, extract

    third = extract("one in three")[0]
    assert agree(third, extract("33 percent")[0]) and agree(third, extract("33.3 percent")[0])
    assert not agree(third, extract("33.5 percent")[0])  # written to a tenth: 33.3 or it is another share
    assert not agree(third, extract("34 percent")[0])


def test_a_conflict_is_only_between_figures_of_one_quantity():
    """Found on real pages: "1,900 km" against "Colony No. 3", "14 hours" against "2 km" were shown as
    conflicting figures. Two counts conflict only when they count the same thing."""

    def statuses(x: str, y: str) -> list[tuple[str, str]]:
        a, b = Article.from_text(x, id="a"), Article.from_text(y, id="b")
        return [(f.kind, f.status) for f in numbers([a, b], align([a, b])).findings]

    assert statuses("Navalny died in the prison colony 1,900 km north of Moscow, the prison service said.",
                    "Navalny died in the prison colony No. 3 north of Moscow, the prison service said.") \
        == [("number", "missing")]
    # (one omission per thing counted: the hours one outlet gives, the distance the other does)
    assert statuses("The rescuers searched the mountain for 14 hours before they found the helicopter.",
                    "The rescuers searched the mountain 2 km away before they found the helicopter.") \
        == [("number", "missing"), ("number", "missing")]
    assert statuses("The crash killed 9 people on board the plane near Tver, officials said.",
                    "The crash killed 8 people on board the plane near Tver, officials said.") \
        == [("number", "conflicting")]


def _statuses(*texts: str) -> list[tuple[str, str, dict[str, list[str]]]]:
    arts = [Article.from_text(t, id=f"a{i}") for i, t in enumerate(texts)]
    return [(f.kind, f.status, {a: [x.text for x in xs] for a, xs in f.says.items()})
            for f in numbers(arts, align(arts)).findings]


def test_a_figure_is_left_out_only_of_what_the_other_outlet_tells():
    """Found by independent readers of the web events' memos, who judged 13 of 32 "Numbers that disagree"
    rows false: a figure of a detail one outlet alone tells ("3,000 vehicles a day" beside "listed as a
    heritage structure in 1975") was called left out by the other; a unit joins sentences that share a
    fact, and one may tell more. Left out means: the other tells the thing counted, or restates the
    sentence."""
    # a detail only one tells: no omission either way (each is its own outlet's addition)
    assert _statuses("The bridge, built in 1898, carried about 3,000 vehicles a day, the council said.",
                     "The bridge, built in 1898, was listed as a heritage structure in 1975, the council said.") \
        == []
    # the thing counted told without its count: left out
    assert _statuses("The storm flooded 14 villages along the river on Monday night, officials said.",
                     "The storm flooded villages along the river on Monday night, officials said.") \
        == [("number", "missing", {"a0": ["14"], "a1": []})]


def test_a_conversion_a_rise_and_a_range_of_days_are_no_figures_of_their_own():
    """Found by independent readers: "5 meters (16 feet)" listed 16 as a figure left out; "risen by 5 meters"
    in Kherson against "exceeded 10 meters" in Nova Kakhovka called conflicting; the 24 of "June 23-24"
    called a number."""
    assert _statuses("The water in the city had risen by 5 meters (16 feet) by noon, the governor said.",
                     "The water level in the city had exceeded 10 meters by noon, the governor said.") == []
    assert [(f.text, f.kind, f.value) for f in extract("the mutiny of June 23-24 and 3-4 May")] == \
        [("June 23", "date", "06-23"), ("24", "date", "06-24"), ("3", "date", "05-03"), ("4 May", "date", "05-04")]
    assert [(f.kind, f.value) for f in extract("On June 23, 24 people died; June 5 - 40 more")] == \
        [("date", "06-23"), ("number", "24"), ("date", "06-05"), ("number", "40")]


def test_a_value_the_story_gives_elsewhere_is_neither_left_out_nor_contradicted():
    """Found by independent readers on the Titan event: "a pilot and four passengers" was said to conflict
    with "five passengers", though the same story says "the five people aboard"; "the six workers" in
    the sentence before a unit was shown as "states none"."""
    assert not any(s == "conflicting" for _k, s, _ in _statuses(
        "The vessel left on Sunday carrying a pilot and four passengers to the wreck of the Titanic. "
        "All the five people aboard are now presumed dead.",
        "The vessel left on Sunday carrying five passengers to the wreck of the Titanic."))
    assert ("number", "conflicting") in [(k, s) for k, s, _ in _statuses(
        "The vessel left on Sunday carrying a pilot and four passengers to the wreck of the Titanic.",
        "The vessel left on Sunday carrying five passengers to the wreck of the Titanic.")]


def test_an_outlet_giving_a_side_elsewhere_in_its_story_is_shown_there():
    """Found by independent readers on the Crocus event: two outlets giving 115 and 133 dead outside the
    shared passage were shown as "states none" in the conflict over 115 and 133."""
    found = _statuses(
        "At least 133 people were killed in the concert hall attack near Moscow on Friday, officials said.",
        "The concert hall attack near Moscow on Friday left 115 people killed, officials said.",
        "Many people were killed in the concert hall attack near Moscow on Friday, officials said. "
        "Hospitals in the region later reported that 115 had died.")
    assert ("number", "conflicting", {"a0": ["133"], "a1": ["115"], "a2": ["115"]}) in found


def test_a_value_in_a_conflict_takes_its_side_and_is_not_also_left_out():
    """Found by independent readers on the earthquake event: "the magnitude 7.8 earthquake" (read as a
    count of earthquakes) was listed as left out by the outlet that gives 7.7, and its outlet shown as
    "states none" in the 7.8 / 7.7 conflict."""
    assert _statuses("A 7.8 magnitude earthquake struck southern Turkey early on Monday, officials said.",
                     "A 7.7 magnitude earthquake struck southern Turkey early on Monday, officials said.",
                     "The magnitude 7.8 earthquake struck southern Turkey early on Monday and killed many, "
                     "officials said.") == [("number", "conflicting", {"a0": ["7.8"], "a1": ["7.7"], "a2": ["7.8"]})]


def test_sums_of_money_far_apart_conflict_only_in_one_statement():
    """Found by independent readers: "the $1.2 trillion act" against "$6 trillion to rebuild all US
    infrastructure" was called conflicting; a story gives many sums. Close sums still clash: "$5,687.75
    on Martha's Vineyard Holistic Retreat" against "a $5,587.75 vacation" there (BASIL)."""
    assert not any(s == "conflicting" for _k, s, _ in _statuses(
        "In 2021, he pushed through Congress the $1.2 trillion Infrastructure Investment and Jobs Act to "
        "renovate and rebuild aging infrastructure such as ports, roads and bridges.",
        "And the total reconstruction of the US infrastructure, built in the 1950s and 60s, such as ports, roads "
        "and bridges, requires as much as $6 trillion."))
    assert ("number", "conflicting") in [(k, s) for k, s, _ in _statuses(
        "Records show that expenses included $5,687.75 on the Martha's Vineyard Holistic Retreat in 2008.",
        "Records show he spent $5,587.75 on a vacation at the Martha's Vineyard Holistic Retreat in 2008.")]


def test_weekdays_conflict_only_between_sentences_that_restate_each_other():
    """Found by independent readers: "Kadyrov spoke on Saturday" and "Prigozhin rebelled on Friday" share a
    unit (and Wagner), not a day."""
    found = _statuses("Wagner chief Yevgeny Prigozhin accused the army of a missile strike on Friday and began "
                      "a march on Moscow with his fighters.",
                      "Chechen leader Ramzan Kadyrov said on Saturday that Wagner chief Yevgeny Prigozhin's march "
                      "on Moscow with his fighters was treason.")
    assert not any(kind == "weekday" for kind, _s, _says in found)
    assert ("weekday", "conflicting") in [(k, s) for k, s, _ in _statuses(
        "The bridge collapsed on Tuesday after a ship hit it, the governor said.",
        "The bridge collapsed on Monday after a ship hit it, the governor said.")]


def test_counts_of_people_conflict_only_when_they_count_the_same_happening():
    """Found by two readers on a real event: "detained 11 people" against "the lives of 133 people"
    was called conflicting figures. A word as common as "people" says little of what is counted."""
    def statuses(x: str, y: str) -> list[tuple[str, str]]:
        a, b = Article.from_text(x, id="a"), Article.from_text(y, id="b")
        return [(f.kind, f.status) for f in numbers([a, b], align([a, b])).findings]

    # nor is either left out by the other: neither tells of the other's count (11 detained, 133 killed)
    assert statuses("After the concert hall attack the Investigative Committee detained 11 people, including four.",
                    "After the concert hall attack the Investigative Committee said it claimed the lives of 133 "
                    "people, including children.") == []
    assert statuses("At least 133 people were killed in the concert hall attack near Moscow on Friday.",
                    "The concert hall attack near Moscow on Friday left 115 people killed.") \
        == [("number", "conflicting")]


# -- extract skips a pattern whose words the text lacks: never a figure lost ----------------------

_PIECES = ["3", "12.5", "2,000", "1999", "May", "MAY", "sept.", "Monday", "Sunday", "two", "Thirty",
           "hundred", "a", "dozen", "one", "in", "out of", "half", "of", "two-thirds", "quarter", "p.m.",
           "10:30", "%", "percent", "$", "€", "bn", "million", "ſeptember", "fıve", "FİVE", "\u212a",
           "the", ",", ".", "-", " ", "  ", "\n", "é", "Half", "thirds", "fourteenth", "twenty-five", "1-in-3",
           "one-in-three", "8th", "of", "Mondays", "x5", "five5", "Sept", "2:15", "am", "an", "Jan.", "3pm",
           "half of", "a third of", "HALF OF"]


def _unhinted(monkeypatch: pytest.MonkeyPatch, text: str) -> list[object]:
    import framing.text.numbers as numbers_module

    with monkeypatch.context() as m:
        m.setattr(numbers_module, "_hints", lambda _text: (True, lambda _words: True))
        return list(extract(text))


@settings(max_examples=300)
@given(st.lists(st.sampled_from(_PIECES), max_size=14).map(" ".join))
def test_extract_hints_never_drop_a_figure(text: str) -> None:
    # every pattern run on every text (no hint) finds exactly what extract finds
    with pytest.MonkeyPatch.context() as mp:
        assert extract(text) == _unhinted(mp, text)


def test_extract_hints_read_case_as_the_patterns_do() -> None:
    import re
    import sys

    from framing.text.numbers import _AS_RE_IGNORECASE

    # every character re.IGNORECASE matches to an ASCII letter is that letter once folded
    for cp in range(sys.maxunicode + 1):
        c = chr(cp)
        if re.fullmatch("[a-z]", c, re.I):
            assert re.fullmatch("[a-z]", c.lower().translate(_AS_RE_IGNORECASE)), hex(cp)
    assert [f.value for f in extract("fİve men on ſeptember 3")] == ["5", "09-03"]
