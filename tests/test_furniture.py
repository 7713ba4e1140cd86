"""Page furniture found by the page as a whole (framing.text.furniture): every mechanism on a synthetic page,
and what it must never do: touch the headline or a role already given, or flag a clean article."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

import framing
from framing.text.furniture import event_heads, page_roles

STORY = [
    "The dam on the Dnipro river was destroyed overnight, flooding villages downstream.",
    "Officials said the river rose by five metres within hours of the dam breaking.",
    "Thousands of residents of the flooded villages were moved to safety by Tuesday evening.",
    "Engineers warned that the reservoir behind the dam would take years to refill.",
]


def roles(lines: list[str]) -> list[str]:
    """Roles of a page whose first line is the headline."""
    return page_roles(lines, ["title"] + ["body"] * (len(lines) - 1))


def test_a_clean_article_is_left_as_it_is():
    assert roles(["Dam destroyed on the Dnipro", *STORY]) == ["title"] + ["body"] * len(STORY)


def test_the_headline_printed_again_and_a_caption_printed_twice_are_repeats():
    page = ["Dam destroyed on the Dnipro", "Dam Destroyed On The Dnipro", STORY[0],
            "Water pours through the breach in the dam", STORY[1], "Water pours through the breach in the dam",
            *STORY[2:]]
    assert roles(page) == ["title", "repeat", "body", "repeat", "body", "repeat", "body", "body"]


def test_a_full_sentence_printed_twice_stays_content():
    # a summary above the story repeats its lead: both are the outlet's words
    page = ["Dam destroyed on the Dnipro", STORY[0], *STORY]
    assert roles(page) == ["title"] + ["body"] * (len(STORY) + 1)


def test_a_photo_credit_and_the_caption_above_it():
    page = ["Dam destroyed on the Dnipro", *STORY[:2], "Submerged houses are seen in the flooded villages.",
            "(EPA Photo)", *STORY[2:]]
    assert roles(page)[3:5] == ["caption", "caption"]
    credits = ["Kremlin.ru/Handout via REUTERS", "A flooded street in Kherson - Copyright AFP handout",
               "Video caption: the dam breaks", "Residents wait for boats (L) beside the river"]
    for credit in credits:
        assert roles(["Dam destroyed on the Dnipro", STORY[0], credit, *STORY[1:]])[2] == "caption", credit


def test_a_bare_agency_line_is_the_storys_credit_and_leaves_the_line_above_it_alone():
    page = ["Dam destroyed on the Dnipro", *STORY, "REUTERS"]
    assert roles(page)[-2:] == ["body", "byline"]


def test_who_wrote_it():
    page = ["Dam destroyed on the Dnipro", "Paul Adams", "Diplomatic correspondent, in Ukraine", *STORY,
            "Alexander Query is a reporter at the Kyiv Independent."]
    assert roles(page)[1:3] == ["byline", "byline"] and roles(page)[-1] == "byline"


def test_prompts_to_the_reader():
    for prompt in ["Join ST's Telegram channel and get the latest breaking news delivered to you.",
                   "Please contact us for subscription options.", "Help us reach 25,000 members by the end of 2025.",
                   "This post will be updated as new information is available.", "1 min read", "log in or register"]:
        assert roles(["Dam destroyed on the Dnipro", *STORY, prompt])[-1] == "share", prompt


def test_a_news_sentence_with_a_prompt_word_stays_content():
    sentence = "US President Joe Biden gave a fingers-crossed sign in response to a question on the dam."
    assert roles(["Dam destroyed on the Dnipro", *STORY[:2], sentence, *STORY[2:]])[3] == "body"


def test_lines_outside_the_story_and_fragments_without_the_events_words():
    page = ["Dam destroyed on the Dnipro", "ISTANBUL", "News Feed", *STORY[:2], "Weather and traffic",
            "Flooding on the Dnipro", *STORY[2:], "Most read", "Заголовок открываемого материала"]
    out = roles(page)
    assert out[1:3] == ["navigation", "navigation"]
    assert out[5:7] == ["navigation", "body"]  # a sub-heading naming the event stays
    assert out[-2:] == ["navigation", "navigation"]


def test_a_line_introducing_a_quotation_stays():
    page = ["Dam destroyed on the Dnipro", *STORY[:2], "The ministry posted this statement:", *STORY[2:]]
    assert roles(page)[3] == "body"


def test_loaded_pages_flag_furniture_and_never_compare_it():
    page = "\n\n".join(["Dam destroyed on the Dnipro", "Hi, what are you looking for?", *STORY, "Connect with us"])
    other = "\n\n".join(["Dnipro dam breached", *STORY[:2]])
    a, b = framing.Article.from_text(page, id="a"), framing.Article.from_text(other, id="b")
    assert [s.text for s in a.sentences if s.boilerplate] == ["Hi, what are you looking for?", "Connect with us"]
    data = framing.compare([a, b]).to_dict()
    compared = {i for unit in data["units"] for i in unit["members"].get("a", [])}
    assert all(not a.sentences[i].boilerplate for i in compared)
    assert any(u.startswith("a:") for u in data["coverage"]["a"]["added"])  # its own sentences still are


LINES = st.lists(st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=80), max_size=12)


@given(LINES, st.data())
def test_only_body_roles_change_and_only_to_furniture(lines, data):
    given_roles = data.draw(st.lists(st.sampled_from(["title", "body", "body", "caption", "heading"]),
                                     min_size=len(lines), max_size=len(lines)))
    out = page_roles(lines, given_roles)
    assert len(out) == len(lines)
    for before, after in zip(given_roles, out, strict=True):
        assert after == before or (before == "body" and after in framing.text.boilerplate.BOILERPLATE_ROLES)


PIECES = st.sampled_from([
    "Photo", "(EPA Photo)", "via", "REUTERS", "AFP", "Getty Images", "/", "Kremlin.ru/Handout", "-", "–", "(L)",
    "Video caption:", "copyright", "Subscribe", "newsletter", "sign in", "log in", "join our", "channel", "members",
    "follow us", "1 min read", "This post will be updated", "reporter", "correspondent", "editor", "Live Reporting",
    "created with AI", "the", "dam", "said", "on", "Monday", ".", ",", "?", "\n", "  ", "A", "is a", "at the",
])


@given(st.lists(PIECES, max_size=12).map(" ".join))
def test_the_quick_tests_never_skip_a_line_a_pattern_would_flag(text):
    from framing.text import furniture as f

    text = text.strip()
    lower = " ".join(text.lower().split())
    if f._CREDIT.search(text):
        assert f._may_credit(lower)
    if f._PROMPT.search(text):
        assert any(n in lower for n in f._PROMPT_NEEDS)
    if f._JOB.search(text):
        assert any(n in lower for n in f._JOB_NEEDS)


def test_list_numbers_printed_apart_and_a_caption_before_a_dash_credit_are_furniture():
    page = ["Dam destroyed on the Dnipro", STORY[0], "1.", STORY[1], STORY[2], STORY[3]]
    assert roles(page) == ["title", "body", "navigation", "body", "body", "body"]
    lines = ["Dam destroyed on the Dnipro", STORY[0], STORY[1], "The dam on the Dnipro before the war.",
             "- Sputnik International, 1920, 15.05.2024", STORY[2], STORY[3]]
    out = page_roles(lines, ["title", "body", "body", "body", "dateline", "body", "body"])
    assert out[3] == "caption"


def test_lines_above_the_story_that_speak_to_the_reader_of_something_else_are_flagged_by_the_event():
    bbc = ["Got a TV Licence?", "You need one to watch live TV on any channel or device, and programmes online.",
           "It's the law.", *STORY]
    other = ["Floods followed the destruction of the dam on the Dnipro river overnight.", *STORY[1:]]
    angle = ["On one vessel, five people died on a very expensive excursion that went wrong.", *STORY]
    pages = [bbc, other, angle]
    roles = [["body"] * len(p) for p in pages]
    out = event_heads(pages, roles)
    assert out[0][:3] == ["navigation"] * 3 and out[0][3:] == ["body"] * len(STORY)
    assert out[1] == roles[1]
    assert out[2] == roles[2]  # a lede with its own angle is a sentence about the world: it stays
    assert event_heads(pages[::-1], roles[::-1]) == out[::-1]


def test_a_list_number_stands_apart_from_its_item():
    from framing.text.segment import sentence_spans

    text = "1. WATCH: Water gushes through the damaged dam"
    assert [text[s:e] for s, e in sentence_spans(text)] == ["1.", "WATCH: Water gushes through the damaged dam"]


def test_the_line_after_the_headline_printed_again_inside_the_story_is_a_caption():
    page = ["Dam destroyed on the Dnipro", STORY[0], STORY[1], "Dam destroyed on the Dnipro",
            "Water poured through a breach in the dam.", STORY[2], STORY[3]]
    assert roles(page) == ["title", "body", "body", "repeat", "caption", "body", "body"]


def test_event_heads_flag_nothing_on_a_page_whose_story_the_others_never_echo():
    from framing.text.furniture import event_heads

    pages = [["The crew were all Indians.", "Biden passed his plan."],
             ["The crew were all Filipinos.", "Biden spoke about the bridge."]]
    assert event_heads(pages, [["body", "body"], ["body", "body"]]) == [["body", "body"], ["body", "body"]]


def _script_by_letter(text: str) -> str | None:
    """The writing system of ``text`` read letter by letter (what _script computes faster)."""
    import unicodedata

    counts: dict[str, int] = {}
    for ch in text:
        if ch.isalpha():
            name = unicodedata.name(ch, "")
            script = name.split(" ", 1)[0] if name else ""
            counts[script] = counts.get(script, 0) + 1
    return max(counts, key=lambda s: counts[s]) if counts else None


# letters of several scripts, Latin ones outside ASCII, marks, digits and letters with no name
# (and short lines of few letters, where two scripts often tie: the one met first wins)
SCRIPT_TEXT = st.text(st.sampled_from(list("abzXY 1.,“”'’éüßŁПутинαβאבم中日ー\u0301\U000e0061\u2153ǅ")), max_size=30) \
    | st.text(st.sampled_from(list("aéПб1 ")), max_size=6)


@given(SCRIPT_TEXT)
@example("éПбa")  # a tie: Latin is met first, through a letter outside ASCII
@example("Пéбa")
def test_script_is_the_letter_by_letter_reading(text: str) -> None:
    from framing.text.furniture import _script

    assert _script(text) == _script_by_letter(text)


@given(SCRIPT_TEXT)
def test_a_letter_outside_ascii_is_found_as_letter_by_letter(text: str) -> None:
    from framing.text.detect import _letter_outside_ascii

    assert _letter_outside_ascii(text) == any(c.isalpha() and not c.isascii() for c in text)


@given(st.text())
@example("ΟΔΥΣΣΕΥΣ’ İstanbul STRASSE Straße")
def test_a_line_key_is_its_words_each_folded_without_apostrophes(text: str) -> None:
    # the key folds the joined words at once: the same as folding each word, since case folding
    # and translation go character by character (no final-sigma or other context rule)
    import re

    from framing.text import furniture

    words = re.findall(r"[^\W_]+(?:['’-][^\W_]+)*", text)
    assert furniture._key(text) == " ".join(w.casefold().replace("'", "").replace("’", "") for w in words)
